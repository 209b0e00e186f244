import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PRIVATE_NOTE_MAX } from "../../../shared/checkins/constants.ts";
import type { CheckIn } from "../../../shared/checkins/schemas.ts";
import { Button } from "../../components/Button.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { TextField } from "../../components/TextField.tsx";
import { useSavePrivateNote } from "./queries.ts";

/** The viewer's own note on a check-in; anyone who reads the tour may keep one, and only they see it. */
export function PrivateNote({ tourId, checkIn }: { tourId: string; checkIn: CheckIn }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(checkIn.privateNote ?? "");
  const save = useSavePrivateNote(tourId, checkIn.id);
  const note = checkIn.privateNote ?? "";

  if (!editing) {
    return (
      <div className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3">
        <p className="text-sm font-semibold text-amber-900">{t("checkIns.privateHint")}</p>
        {note && <p className="whitespace-pre-line text-slate-900">{note}</p>}
        <div>
          <Button
            variant="secondary"
            size="sm"
            onClick={() => {
              setText(note);
              setEditing(true);
            }}
          >
            {note ? t("checkIns.editPrivateNote") : t("checkIns.addPrivateNote")}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <form
      className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate(text.trim(), { onSuccess: () => setEditing(false) });
      }}
    >
      <TextField
        label={t("checkIns.fields.privateNote")}
        hint={t("checkIns.privateHint")}
        rows={2}
        maxLength={PRIVATE_NOTE_MAX}
        value={text}
        onChange={setText}
      />
      <ErrorAlert error={save.error} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" loading={save.isPending}>
          {t("checkIns.savePrivateNote")}
        </Button>
        <Button variant="secondary" size="sm" onClick={() => setEditing(false)} disabled={save.isPending}>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
