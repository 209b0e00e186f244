import { useTranslation } from "react-i18next";
import { NOTIFICATION_KINDS, type NotificationKind } from "../../../shared/notifications/constants.ts";
import { Alert } from "../../components/Alert.tsx";
import { Checkbox } from "../../components/Checkbox.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Page, Section } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { usePreferences, useSavePreferences } from "./queries.ts";

/**
 * Which notifications also arrive by email, one checkbox per kind. Each change is saved at once (only the
 * changed kind is sent), so there is no Save button to forget.
 */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const prefs = usePreferences();
  const save = useSavePreferences();

  function toggle(kind: NotificationKind, on: boolean) {
    save.mutate({ email: { [kind]: on } });
  }

  return (
    <Page title={t("notifications.settings.title")} narrow>
      <p className="text-slate-700">{t("notifications.settings.intro")}</p>
      {prefs.isPending && <Spinner />}
      {prefs.isError && <ErrorAlert error={prefs.error} />}
      {prefs.data && (
        <Section>
          <fieldset className="flex flex-col gap-4">
            <legend className="mb-2 font-semibold">{t("notifications.settings.legend")}</legend>
            {NOTIFICATION_KINDS.map((kind) => (
              <Checkbox
                key={kind}
                label={t(`notifications.settings.kinds.${kind}`)}
                checked={prefs.data.email[kind]}
                onChange={(on) => toggle(kind, on)}
              />
            ))}
          </fieldset>
        </Section>
      )}
      <ErrorAlert error={save.error} />
      {save.isSuccess && <Alert tone="success" title={t("notifications.settings.saved")} />}
    </Page>
  );
}
