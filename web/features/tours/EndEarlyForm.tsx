import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Tour } from "../../../shared/tours/schemas.ts";
import { Button } from "../../components/Button.tsx";
import { Section } from "../../components/Page.tsx";
import { TextField } from "../../components/TextField.tsx";
import { required, useFormErrors } from "../../components/useFormErrors.ts";
import { useReloadTour, useTourCommand } from "./queries.ts";
import { TourConflict } from "./TourConflict.tsx";

/** Ending a tour before its planned end; the reason is part of the record both sides keep. */
export function EndEarlyForm({ tour, onClose }: { tour: Tour; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const command = useTourCommand(tour);
  const reload = useReloadTour(tour.id);
  const form = useFormErrors(command.error);
  return (
    <Section title={t("tours.endEarly.title")}>
      <form
        ref={form.formRef}
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          if (!form.check({ reason: required(t, reason) })) return;
          command.mutate({ command: "end-early", body: { reason: reason.trim() } }, { onSuccess: onClose });
        }}
      >
        <p className="text-slate-700">{t("tours.endEarly.intro")}</p>
        <TextField
          label={t("tours.endEarly.reason")}
          rows={3}
          maxLength={2000}
          value={reason}
          onChange={setReason}
          error={form.errorFor("reason")}
        />
        <TourConflict error={command.error} onReload={reload} placed={["reason"]} />
        <div className="flex flex-wrap gap-3">
          <Button type="submit" variant="danger" loading={command.isPending}>
            {t("tours.actions.endEarly")}
          </Button>
          <Button variant="secondary" onClick={onClose} disabled={command.isPending}>
            {t("common.cancel")}
          </Button>
        </div>
      </form>
    </Section>
  );
}
