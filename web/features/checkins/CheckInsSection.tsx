import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Tour } from "../../../shared/tours/schemas.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { formatDay } from "../../components/dates.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { Section } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { CheckInForm, emptyCheckIn } from "./CheckInForm.tsx";
import { CheckInItem } from "./CheckInItem.tsx";
import { useCheckIns, useRecordCheckIn } from "./queries.ts";

/** The schedule (next due, overdue), the form to record one, and the check-ins so far. */
export function CheckInsSection({ tour }: { tour: Tour }) {
  const { t } = useTranslation();
  const checkIns = useCheckIns(tour.id);
  const record = useRecordCheckIn(tour.id);
  const [open, setOpen] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const schedule = checkIns.schedule;

  return (
    <Section title={t("checkIns.title")}>
      <div className="flex flex-col gap-4">
        {schedule?.nextDueOn &&
          (schedule.overdue ? (
            <Alert tone="error" title={t("checkIns.overdue", { date: formatDay(schedule.nextDueOn) })} />
          ) : (
            <p className="text-slate-700">
              {t("checkIns.nextDue", { date: formatDay(schedule.nextDueOn), count: schedule.cadenceMonths })}
            </p>
          ))}
        {record.isSuccess && !open && <Alert tone="success" title={t("checkIns.recorded")} />}
        {tour.can.checkIn &&
          (open ? (
            <div className="rounded-md border border-slate-200 p-4">
              <h3 className="mb-3 font-semibold">{t("checkIns.formTitle")}</h3>
              <CheckInForm
                key={formKey}
                initial={emptyCheckIn()}
                submitLabel={t("checkIns.record")}
                pending={record.isPending}
                error={record.error}
                onCancel={() => setOpen(false)}
                onSubmit={({ privateNote, ...shared }) =>
                  record.mutate(
                    { ...shared, ...(privateNote.trim() ? { privateNote: privateNote.trim() } : {}) },
                    {
                      onSuccess: () => {
                        setOpen(false);
                        setFormKey((k) => k + 1);
                      },
                    },
                  )
                }
              />
            </div>
          ) : (
            <div className="print:hidden">
              <Button
                onClick={() => {
                  record.reset();
                  setOpen(true);
                }}
              >
                {t("checkIns.record")}
              </Button>
            </div>
          ))}
        {checkIns.isPending && <Spinner />}
        {checkIns.isError && <ErrorAlert error={checkIns.error} />}
        {checkIns.isSuccess && checkIns.items.length === 0 && (
          <p className="text-slate-600">{t("checkIns.none")}</p>
        )}
        <ul data-testid="check-in-list" className="flex flex-col gap-3">
          {checkIns.items.map((c) => (
            <CheckInItem key={c.id} tourId={tour.id} checkIn={c} />
          ))}
        </ul>
        <LoadMore {...checkIns} />
      </div>
    </Section>
  );
}
