import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { OUTCOMES, type Outcome } from "../../../shared/introductions/constants.ts";
import type { Introduction } from "../../../shared/introductions/schemas.ts";
import { Button } from "../../components/Button.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Section } from "../../components/Page.tsx";
import { RadioGroup } from "../../components/RadioGroup.tsx";

/** What came of a made introduction, recorded by either of the two people introduced; either may change it. */
export function OutcomeSection({
  intro,
  onSave,
  saving,
  saved,
  error,
}: {
  intro: Introduction;
  onSave: (outcome: Outcome) => void;
  saving: boolean;
  saved: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<Outcome | null>(intro.outcome);
  // The other side may have recorded one meanwhile: show what the server now holds.
  useEffect(() => setChoice(intro.outcome), [intro.outcome]);
  const other = intro.role === "requester" ? intro.target.displayName : intro.requester.displayName;

  return (
    <Section title={t("introductions.outcome.title")}>
      <form
        className="flex flex-col gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (choice) onSave(choice);
        }}
      >
        <RadioGroup<Outcome>
          legend={t("introductions.outcome.legend")}
          hint={t("introductions.outcome.hint", { name: other || t("introductions.someone") })}
          name="introduction-outcome"
          value={choice}
          onChange={setChoice}
          options={OUTCOMES.map((o) => ({ value: o, label: t(`introductions.outcome.options.${o}`) }))}
        />
        <ErrorAlert error={error} />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" loading={saving} disabled={!choice || choice === intro.outcome}>
            {t("introductions.outcome.save")}
          </Button>
          <p role="status" className="text-sm text-green-800">
            {saved && choice === intro.outcome ? t("introductions.outcome.saved") : ""}
          </p>
        </div>
      </form>
    </Section>
  );
}
