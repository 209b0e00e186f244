import { useState } from "react";
import { useTranslation } from "react-i18next";
import { MANUAL_STAGES } from "../../../shared/affiliations/constants.ts";
import { isApiError } from "../../api/client.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { formatDay, todayIso } from "../../components/dates.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Section } from "../../components/Page.tsx";
import { RadioGroup } from "../../components/RadioGroup.tsx";
import { TextField } from "../../components/TextField.tsx";
import { required, useFormErrors } from "../../components/useFormErrors.ts";
import { type ManualStage, useAddStage } from "./queries.ts";

/**
 * Owners and admins add a contractor, advisor or partner stage to a person's history with the organization
 * (employee and alumni stages follow joining and leaving on their own).
 */
export function AddStageForm({ slug, userId }: { slug: string; userId: string }) {
  const { t } = useTranslation();
  const [stage, setStage] = useState<ManualStage | null>(null);
  const [startedOn, setStartedOn] = useState(todayIso());
  const [endedOn, setEndedOn] = useState("");
  const add = useAddStage(slug);
  const form = useFormErrors(add.error);
  const added = add.data;

  return (
    <Section title={t("alumni.addStage.title")}>
      <form
        ref={form.formRef}
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          const ok = form.check({
            stage: stage ? undefined : t("validation.required"),
            startedOn: required(t, startedOn),
            endedOn:
              endedOn && startedOn && endedOn < startedOn ? t("alumni.addStage.endBeforeStart") : undefined,
          });
          if (!ok || !stage) return;
          add.mutate(
            { userId, stage, startedOn, endedOn: endedOn || null },
            {
              onSuccess: () => {
                setStage(null);
                setStartedOn(todayIso());
                setEndedOn("");
              },
            },
          );
        }}
      >
        <p className="text-slate-700">{t("alumni.addStage.intro")}</p>
        <RadioGroup<ManualStage>
          legend={t("alumni.addStage.stage")}
          name="stage"
          value={stage}
          onChange={setStage}
          error={form.errorFor("stage")}
          options={MANUAL_STAGES.map((s) => ({ value: s, label: t(`timeline.stage.${s}`) }))}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            type="date"
            label={t("alumni.addStage.startedOn")}
            value={startedOn}
            onChange={setStartedOn}
            required
            error={form.errorFor("startedOn")}
          />
          <TextField
            type="date"
            label={t("alumni.addStage.endedOn")}
            hint={t("alumni.addStage.endedOnHint")}
            value={endedOn}
            onChange={setEndedOn}
            min={startedOn || undefined}
            error={form.errorFor("endedOn")}
          />
        </div>
        {isApiError(add.error, "MEMBER_NOT_FOUND") ? (
          <Alert tone="error" title={t("alumni.addStage.notMember")} />
        ) : (
          <ErrorAlert error={add.error} placed={["stage", "startedOn", "endedOn"]} />
        )}
        {added && (
          <Alert
            tone="success"
            title={t("alumni.addStage.added", {
              stage: t(`timeline.stage.${added.stage}`),
              from: formatDay(added.startedOn),
            })}
          />
        )}
        <div>
          <Button type="submit" loading={add.isPending}>
            {t("alumni.addStage.submit")}
          </Button>
        </div>
      </form>
    </Section>
  );
}
