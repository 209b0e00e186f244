import { useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  CONNECTION_LIST_VISIBILITIES,
  type ConnectionListVisibility,
} from "../../../shared/connections/constants.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { RadioGroup } from "../../components/RadioGroup.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { useConnectionSettings, useUpdateConnectionSettings } from "./queries.ts";

/**
 * Who may see my connection list. It matters beyond privacy: paths and introductions pass only through
 * people whose list the person asking may see, so a private list also means nobody is introduced through me.
 */
export function ListVisibilitySection() {
  const { t } = useTranslation();
  const headingId = useId();
  const settings = useConnectionSettings();
  const update = useUpdateConnectionSettings();
  const [choice, setChoice] = useState<ConnectionListVisibility | null>(null);
  const saved = settings.data?.listVisibility ?? null;
  useEffect(() => {
    if (saved) setChoice(saved);
  }, [saved]);

  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {t("connections.visibility.title")}
      </h2>
      <p className="text-slate-700">{t("connections.visibility.why")}</p>
      {settings.isPending && <Spinner />}
      {settings.isError && <ErrorAlert error={settings.error} />}
      {settings.isSuccess && (
        <form
          className="flex flex-col gap-4"
          onSubmit={(e) => {
            e.preventDefault();
            if (choice) update.mutate(choice);
          }}
        >
          <RadioGroup<ConnectionListVisibility>
            legend={t("connections.visibility.legend")}
            name="connection-list-visibility"
            value={choice}
            onChange={(next) => {
              update.reset();
              setChoice(next);
            }}
            options={CONNECTION_LIST_VISIBILITIES.map((v) => ({
              value: v,
              label: t(`connections.visibility.options.${v}`),
              description: t(`connections.visibility.descriptions.${v}`),
            }))}
          />
          {update.isSuccess && <Alert tone="success" title={t("connections.visibility.saved")} />}
          <ErrorAlert error={update.error} />
          <div>
            <Button type="submit" loading={update.isPending} disabled={choice === saved}>
              {t("connections.visibility.save")}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
