import { useTranslation } from "react-i18next";
import type { Tour } from "../../../shared/tours/schemas.ts";
import { Alert } from "../../components/Alert.tsx";
import { Section } from "../../components/Page.tsx";
import { useAllMembers, useOrg } from "../organizations/queries.ts";
import { sponsorsFrom, usePersonValues } from "./parties.ts";
import { termsOf, useReloadTour, useTourCommand } from "./queries.ts";
import { TourTermsForm } from "./TourTermsForm.tsx";
import { changedTerms, draftFrom, termsFrom } from "./terms.ts";

/**
 * Editing a draft or proposal in place, or proposing an amendment to agreed terms. Only the changed terms
 * are sent, so the version history shows exactly what moved.
 */
export function TourEditorPanel({
  tour,
  mode,
  onClose,
}: {
  tour: Tour;
  mode: "edit" | "amend";
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const slug = tour.org.slug;
  const { data: org } = useOrg(slug);
  const members = useAllMembers(slug);
  const personValues = usePersonValues(slug, tour.person.id);
  const command = useTourCommand(tour);
  const reload = useReloadTour(tour.id);
  const terms = termsOf(tour);

  return (
    <Section title={mode === "amend" ? t("tours.amend.title") : t("tours.edit.title")}>
      <div className="mb-4">
        <Alert tone="info">{mode === "amend" ? t("tours.amend.intro") : t("tours.edit.intro")}</Alert>
      </div>
      <TourTermsForm
        // A reloaded tour (after a conflict) starts the form again from what is now stored.
        key={tour.version}
        mode={mode}
        initial={draftFrom(terms)}
        sponsors={sponsorsFrom(members.data, tour.person.id)}
        orgValues={org?.values ?? []}
        personValues={personValues}
        extraChecks={(draft) => ({
          sponsorId:
            draft.sponsorId && draft.sponsorId === tour.person.id
              ? t("tours.validation.sponsorIsPerson")
              : undefined,
          ...(mode === "amend" && Object.keys(changedTerms(terms, termsFrom(draft))).length === 0
            ? { summary: t("tours.validation.nothingChanged") }
            : {}),
        })}
        error={command.error}
        pending={command.isPending}
        submitLabel={mode === "amend" ? t("tours.amend.submit") : t("tours.edit.submit")}
        onCancel={onClose}
        onReload={() => {
          command.reset();
          reload();
        }}
        onSubmit={(draft, summary) => {
          const changed = changedTerms(terms, termsFrom(draft));
          command.mutate(
            mode === "amend"
              ? { command: "amendments", body: { terms: changed, summary } }
              : { command: "edit", body: { terms: changed } },
            { onSuccess: onClose },
          );
        }}
      />
    </Section>
  );
}
