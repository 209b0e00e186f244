import { Link, useRouter } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Notification } from "../../../shared/notifications/schemas.ts";
import { Button } from "../../components/Button.tsx";
import { Checkbox } from "../../components/Checkbox.tsx";
import { formatDateTime } from "../../components/dates.ts";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { Page } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { notificationText } from "./notificationText.ts";
import { useMarkAllRead, useMarkRead, useNotifications } from "./queries.ts";

/** Only in-app paths are followed: a notification link never leaves the site. */
const safeLink = (link: string) => (link.startsWith("/") && !link.startsWith("//") ? link : "/");

function NotificationRow({ n }: { n: Notification }) {
  const { t } = useTranslation();
  const markRead = useMarkRead();
  const router = useRouter();
  const text = notificationText(t, n);
  const unread = n.readAt === null;
  return (
    <li
      className={`flex flex-col gap-2 rounded-lg border p-4 sm:flex-row sm:items-start sm:justify-between ${unread ? "border-blue-300 bg-blue-50" : "border-slate-200 bg-white"}`}
    >
      <div className="min-w-0">
        {unread && <span className="sr-only">{t("notifications.unread")}: </span>}
        <a
          href={safeLink(n.link)}
          onClick={(e) => {
            if (unread) markRead.mutate(n.id);
            // Stay in the app (no full reload) for a plain click; modified clicks open a tab as usual.
            if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
            e.preventDefault();
            router.history.push(safeLink(n.link));
          }}
          className={`text-blue-800 underline ${unread ? "font-semibold" : ""}`}
        >
          {text}
        </a>
        <p className="text-sm text-slate-600">{formatDateTime(n.createdAt)}</p>
      </div>
      {unread && (
        <Button
          variant="secondary"
          size="sm"
          loading={markRead.isPending}
          onClick={() => markRead.mutate(n.id)}
        >
          <span aria-hidden="true">{t("notifications.markRead")}</span>
          <span className="sr-only">{t("notifications.markReadFor", { text })}</span>
        </Button>
      )}
    </li>
  );
}

export function NotificationsPage() {
  const { t } = useTranslation();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications(unreadOnly);
  const markAll = useMarkAllRead();
  const anyUnread = list.items.some((n) => n.readAt === null);

  return (
    <Page
      title={t("notifications.title")}
      actions={
        <Link to="/settings/notifications" className="self-center text-blue-800 underline">
          {t("notifications.settingsLink")}
        </Link>
      }
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Checkbox label={t("notifications.unreadOnly")} checked={unreadOnly} onChange={setUnreadOnly} />
        <Button
          variant="secondary"
          disabled={!anyUnread}
          loading={markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          {t("notifications.markAllRead")}
        </Button>
      </div>
      <ErrorAlert error={markAll.error} />
      {list.isPending && <Spinner />}
      {list.isError && <ErrorAlert error={list.error} />}
      {list.isSuccess && list.items.length === 0 && (
        <EmptyState title={unreadOnly ? t("notifications.noneUnread") : t("notifications.none")}>
          {t("notifications.noneHint")}
        </EmptyState>
      )}
      <ul className="flex flex-col gap-3">
        {list.items.map((n) => (
          <NotificationRow key={n.id} n={n} />
        ))}
      </ul>
      <LoadMore {...list} />
    </Page>
  );
}
