import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TOUR_OUTCOMES, type TourOutcome } from "../../../shared/tours/constants.ts";
import type { Tour } from "../../../shared/tours/schemas.ts";
import { Button } from "../../components/Button.tsx";
import { Section } from "../../components/Page.tsx";
import { RadioGroup } from "../../components/RadioGroup.tsx";
import { TextField } from "../../components/TextField.tsx";
import { required, useFormErrors } from "../../components/useFormErrors.ts";
import { termsOf, useReloadTour, useTourCommand } from "./queries.ts";
import { TourConflict } from "./TourConflict.tsx";

/**
 * The end-of-tour conversation's outcome: a next tour, a new role here, or leaving on good terms (which
 * records the departure, so it needs the last day; the person then joins the alumni network).
 */
export function CompleteTourForm({ tour, onClose }: { tour: Tour; onClose: () => void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<TourOutcome | null>(null);
  const [lastDay, setLastDay] = useState(termsOf(tour).plannedEndDate ?? "");
  const [note, setNote] = useState("");
  const command = useTourCommand(tour);
  const reload = useReloadTour(tour.id);
  const form = useFormErrors(command.error);
  const leaving = outcome === "leaving_on_good_terms";

  return (
    <Section title={t("tours.complete.title")}>
      <form
        ref={form.formRef}
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          const ok = form.check({
            outcome: outcome ? undefined : t("tours.complete.chooseOutcome"),
            lastDay: leaving ? required(t, lastDay) : undefined,
          });
          if (!ok || !outcome) return;
          command.mutate(
            { command: "complete", body: { outcome, note: note.trim(), ...(leaving ? { lastDay } : {}) } },
            { onSuccess: onClose },
          );
        }}
      >
        <p className="text-slate-700">{t("tours.complete.intro")}</p>
        <RadioGroup<TourOutcome>
          legend={t("tours.complete.outcome")}
          name="outcome"
          value={outcome}
          onChange={setOutcome}
          error={form.errorFor("outcome")}
          options={TOUR_OUTCOMES.map((o) => ({
            value: o,
            label: t(`tours.outcomes.${o}`),
            description: t(`tours.outcomeHints.${o}`),
          }))}
        />
        {leaving && (
          <TextField
            type="date"
            label={t("tours.complete.lastDay")}
            hint={t("tours.complete.lastDayHint")}
            required
            value={lastDay}
            onChange={setLastDay}
            error={form.errorFor("lastDay")}
          />
        )}
        <TextField
          label={t("tours.complete.note")}
          rows={3}
          maxLength={2000}
          value={note}
          onChange={setNote}
          error={form.errorFor("note")}
        />
        <TourConflict error={command.error} onReload={reload} placed={["outcome", "lastDay", "note"]} />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" loading={command.isPending}>
            {t("tours.actions.complete")}
          </Button>
          <Button variant="secondary" onClick={onClose} disabled={command.isPending}>
            {t("common.cancel")}
          </Button>
        </div>
      </form>
    </Section>
  );
}
