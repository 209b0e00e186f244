import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { ConfirmButton } from "../../components/ConfirmButton.tsx";
import { formatDateTime } from "../../components/dates.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Section } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from "./queries.ts";

/**
 * A private calendar feed of check-ins, starts, ends and review windows. The server keeps only a hash of
 * the secret URL, so it is shown once, right after creating it, with a copy button.
 */
export function CalendarFeed() {
  const { t } = useTranslation();
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const [copied, setCopied] = useState(false);
  const url = create.data?.url;

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false); // Without clipboard access the URL is still selectable in the box.
    }
  }

  return (
    <Section title={t("alliance.calendar.title")}>
      <div className="flex flex-col gap-3">
        <p className="text-slate-700">{t("alliance.calendar.intro")}</p>
        {feed.isPending && <Spinner />}
        <ErrorAlert error={feed.error ?? create.error ?? revoke.error} />
        {url && (
          <Alert tone="success" title={t("alliance.calendar.created")}>
            <p>{t("alliance.calendar.onlyOnce")}</p>
            <div className="mt-2 flex flex-col gap-2 sm:flex-row">
              <label htmlFor="calendar-url" className="sr-only">
                {t("alliance.calendar.url")}
              </label>
              <input
                id="calendar-url"
                readOnly
                value={url}
                onFocus={(e) => e.target.select()}
                className="w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm text-slate-900"
              />
              <Button variant="secondary" className="shrink-0" onClick={() => void copy(url)}>
                {t("alliance.calendar.copy")}
              </Button>
            </div>
            {copied && <p role="status">{t("alliance.calendar.copied")}</p>}
          </Alert>
        )}
        {feed.data && (
          <p className="text-slate-700">
            {feed.data.active
              ? t("alliance.calendar.active", { date: formatDateTime(feed.data.createdAt) })
              : t("alliance.calendar.inactive")}
          </p>
        )}
        {feed.data && (
          <div className="flex flex-wrap gap-2">
            <Button
              variant={feed.data.active ? "secondary" : "primary"}
              loading={create.isPending}
              onClick={() => {
                setCopied(false);
                create.mutate();
              }}
            >
              {feed.data.active ? t("alliance.calendar.replace") : t("alliance.calendar.create")}
            </Button>
            {feed.data.active && (
              <ConfirmButton
                label={t("alliance.calendar.revoke")}
                question={t("alliance.calendar.revokeQuestion")}
                confirmLabel={t("alliance.calendar.revokeConfirm")}
                loading={revoke.isPending}
                onConfirm={() => revoke.mutate(undefined, { onSuccess: () => create.reset() })}
              />
            )}
          </div>
        )}
        {feed.data?.active && !url && <p className="text-sm text-slate-600">{t("alliance.calendar.lost")}</p>}
      </div>
    </Section>
  );
}
