import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CheckIn } from "../../../shared/checkins/schemas.ts";
import { Button } from "../../components/Button.tsx";
import { formatDay } from "../../components/dates.ts";
import { CheckInForm } from "./CheckInForm.tsx";
import { PrivateNote } from "./PrivateNote.tsx";
import { useUpdateCheckIn } from "./queries.ts";

const SHARED = [
  "progress",
  "companyDelivered",
  "personDelivered",
  "blockers",
  "nextSteps",
  "sharedNotes",
] as const;

/** One check-in as both sides read it, with the viewer's own private note kept apart. */
export function CheckInItem({ tourId, checkIn }: { tourId: string; checkIn: CheckIn }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const update = useUpdateCheckIn(tourId, checkIn.id);
  const filled = SHARED.filter((f) => checkIn[f].trim());

  return (
    <li className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold text-slate-900">
          {t("checkIns.heldOn", { date: formatDay(checkIn.heldOn) })}
        </h3>
        <p className="text-sm text-slate-600">
          {t("checkIns.by", { name: checkIn.author?.displayName ?? t("checkIns.deletedAccount") })}
        </p>
      </div>
      {editing ? (
        <CheckInForm
          initial={{
            heldOn: checkIn.heldOn,
            progress: checkIn.progress,
            companyDelivered: checkIn.companyDelivered,
            personDelivered: checkIn.personDelivered,
            blockers: checkIn.blockers,
            nextSteps: checkIn.nextSteps,
            sharedNotes: checkIn.sharedNotes,
            privateNote: checkIn.privateNote ?? "",
          }}
          submitLabel={t("checkIns.saveChanges")}
          pending={update.isPending}
          error={update.error}
          onCancel={() => setEditing(false)}
          onSubmit={(draft) => update.mutate(draft, { onSuccess: () => setEditing(false) })}
        />
      ) : (
        <>
          {filled.length === 0 ? (
            <p className="text-slate-600 italic">{t("checkIns.nothingWritten")}</p>
          ) : (
            <dl className="grid gap-3 sm:grid-cols-2">
              {filled.map((field) => (
                <div key={field}>
                  <dt className="text-sm font-semibold text-slate-600">{t(`checkIns.fields.${field}`)}</dt>
                  <dd className="whitespace-pre-line text-slate-900">{checkIn[field]}</dd>
                </div>
              ))}
            </dl>
          )}
          <PrivateNote tourId={tourId} checkIn={checkIn} />
          {checkIn.can.edit && (
            <div>
              <Button variant="secondary" size="sm" onClick={() => setEditing(true)}>
                {t("checkIns.edit")}
              </Button>
            </div>
          )}
        </>
      )}
    </li>
  );
}
