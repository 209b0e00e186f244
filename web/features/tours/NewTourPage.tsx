import { Link, useNavigate, useParams } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../../api/session.ts";
import { Alert } from "../../components/Alert.tsx";
import { todayIso } from "../../components/dates.ts";
import { Section, useDocumentTitle } from "../../components/Page.tsx";
import { Select } from "../../components/Select.tsx";
import { useAllMembers, useOrg } from "../organizations/queries.ts";
import { sponsorsFrom, usePersonValues } from "./parties.ts";
import { useCreateTour } from "./queries.ts";
import { TourTermsForm } from "./TourTermsForm.tsx";
import { emptyDraft, termsFrom } from "./terms.ts";

/**
 * Drafting a tour. Managers and admins draft for any member and are the sponsor unless they name another;
 * a member drafts their own tour and may name a sponsor.
 */
export function NewTourPage() {
  const { t } = useTranslation();
  const { slug } = useParams({ from: "/orgs/$slug/tours/new" });
  const navigate = useNavigate();
  const { data: org } = useOrg(slug);
  const { data: me } = useSession();
  const isMember = Boolean(org?.myRole);
  const company = isMember && org?.myRole !== "member";
  const members = useAllMembers(slug, isMember);
  const [chosen, setChosen] = useState("");
  // A member drafts only their own tour; the company side picks the person.
  const personId = company ? chosen : (me?.id ?? "");
  const personValues = usePersonValues(slug, personId);
  const create = useCreateTour(slug);
  useDocumentTitle(org ? `${t("tours.new.title")} · ${org.name}` : t("tours.new.title"));

  if (!org || !me) return null;
  if (!isMember) return <Alert tone="info" title={t("orgs.membersOnly")} />;

  const people = (members.data ?? []).map((m) => ({ value: m.userId, label: m.displayName }));
  return (
    <Section title={t("tours.new.title")}>
      <p className="mb-4 text-slate-700">{t("tours.new.intro")}</p>
      <TourTermsForm
        mode="create"
        initial={{ ...emptyDraft(todayIso()), sponsorId: company ? me.id : "" }}
        sponsors={sponsorsFrom(members.data, personId)}
        orgValues={org.values}
        personValues={personValues}
        personPicker={(errorFor) =>
          company ? (
            <Select
              label={t("tours.fields.person")}
              hint={t("tours.hints.person")}
              value={personId}
              onChange={setChosen}
              options={[{ value: "", label: t("tours.choosePerson") }, ...people]}
              disabled={members.isPending}
              error={errorFor("personId")}
            />
          ) : (
            <p className="text-slate-700">{t("tours.new.forYourself")}</p>
          )
        }
        extraChecks={(draft) => ({
          personId: personId ? undefined : t("validation.required"),
          sponsorId:
            draft.sponsorId && draft.sponsorId === personId
              ? t("tours.validation.sponsorIsPerson")
              : undefined,
        })}
        error={create.error}
        pending={create.isPending}
        submitLabel={t("tours.new.submit")}
        onSubmit={(draft) =>
          create.mutate(
            { personId, ...termsFrom(draft) },
            { onSuccess: (tour) => void navigate({ to: "/tours/$id", params: { id: tour.id } }) },
          )
        }
      />
      <p className="mt-4">
        <Link to="/orgs/$slug/tours" params={{ slug }} className="text-blue-800 underline">
          {t("tours.backToList")}
        </Link>
      </p>
    </Section>
  );
}
