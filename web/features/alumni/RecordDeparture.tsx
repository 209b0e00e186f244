import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DEPARTURE_REASONS, type DepartureReasonCategory } from "../../../shared/affiliations/constants.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { Checkbox } from "../../components/Checkbox.tsx";
import { formatDay, todayIso } from "../../components/dates.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Select } from "../../components/Select.tsx";
import { TextField } from "../../components/TextField.tsx";
import { required, useFormErrors } from "../../components/useFormErrors.ts";
import { useRecordDeparture } from "./queries.ts";

/**
 * Managers and admins record that someone is leaving: the last day, a reason kept private to the
 * organization, and whether they leave in good standing (which makes them alumni the day after).
 */
export function RecordDeparture({ slug, userId, name }: { slug: string; userId: string; name: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [lastDay, setLastDay] = useState(todayIso());
  const [reason, setReason] = useState<DepartureReasonCategory | "">("");
  const [goodStanding, setGoodStanding] = useState(true);
  const record = useRecordDeparture(slug);
  const form = useFormErrors(record.error);

  if (record.isSuccess) {
    return (
      <Alert tone="success" title={t("alumni.departure.recorded", { name, date: formatDay(lastDay) })} />
    );
  }
  if (!open) {
    return (
      <Button
        variant="secondary"
        size="sm"
        aria-label={t("alumni.departure.recordFor", { name })}
        onClick={() => setOpen(true)}
      >
        {t("alumni.departure.record")}
      </Button>
    );
  }
  return (
    <form
      ref={form.formRef}
      noValidate
      className="flex flex-col gap-3 rounded-md border border-slate-200 bg-slate-50 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (!form.check({ lastDay: required(t, lastDay) })) return;
        record.mutate({ userId, lastDay, reasonCategory: reason || null, goodStanding });
      }}
    >
      <p className="font-semibold">{t("alumni.departure.recordFor", { name })}</p>
      <TextField
        type="date"
        label={t("alumni.departure.lastDay")}
        value={lastDay}
        onChange={setLastDay}
        error={form.errorFor("lastDay")}
      />
      <Select<DepartureReasonCategory | "">
        label={t("alumni.departure.reason")}
        hint={t("alumni.departure.reasonHint")}
        value={reason}
        onChange={setReason}
        error={form.errorFor("reasonCategory")}
        options={[
          { value: "", label: t("alumni.departure.noReason") },
          ...DEPARTURE_REASONS.map((r) => ({ value: r, label: t(`alumni.reasons.${r}`) })),
        ]}
      />
      <Checkbox
        label={t("alumni.departure.goodStanding")}
        hint={t("alumni.departure.goodStandingHint")}
        checked={goodStanding}
        onChange={setGoodStanding}
      />
      <ErrorAlert error={record.error} placed={["lastDay", "reasonCategory"]} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" loading={record.isPending}>
          {t("alumni.departure.record")}
        </Button>
        <Button variant="secondary" size="sm" onClick={() => setOpen(false)} disabled={record.isPending}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
