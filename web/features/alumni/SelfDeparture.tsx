import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { formatDay, todayIso } from "../../components/dates.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { TextField } from "../../components/TextField.tsx";
import { required, useFormErrors } from "../../components/useFormErrors.ts";
import { useSelfDeparture } from "./queries.ts";

/** "I'm leaving": the person records their last day; the organization then confirms their standing. */
export function SelfDeparture({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [lastDay, setLastDay] = useState(todayIso());
  const leave = useSelfDeparture(slug);
  const form = useFormErrors(leave.error);

  if (leave.isSuccess) {
    return (
      <Alert tone="success" title={t("alumni.self.recorded", { date: formatDay(leave.data.lastDay) })} />
    );
  }
  if (!open) {
    return (
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        {t("alumni.self.open")}
      </Button>
    );
  }
  return (
    <form
      ref={form.formRef}
      noValidate
      className="flex flex-col gap-3 rounded-md border border-slate-200 bg-white p-3"
      onSubmit={(e) => {
        e.preventDefault();
        if (!form.check({ lastDay: required(t, lastDay) })) return;
        leave.mutate(lastDay);
      }}
    >
      <p className="text-slate-700">{t("alumni.self.intro")}</p>
      <TextField
        type="date"
        label={t("alumni.departure.lastDay")}
        value={lastDay}
        onChange={setLastDay}
        error={form.errorFor("lastDay")}
      />
      <ErrorAlert error={leave.error} placed={["lastDay"]} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" loading={leave.isPending}>
          {t("alumni.self.submit")}
        </Button>
        <Button variant="secondary" size="sm" onClick={() => setOpen(false)} disabled={leave.isPending}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
