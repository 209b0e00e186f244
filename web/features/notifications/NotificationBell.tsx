import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { useUnreadCount } from "./queries.ts";

/** The header bell: a link to the notifications whose name says how many are unread. */
export function NotificationBell() {
  const { t } = useTranslation();
  const unread = useUnreadCount(true);
  const count = unread.data?.count ?? 0;
  return (
    <Link
      to="/notifications"
      aria-label={count > 0 ? t("notifications.bellUnread", { count }) : t("notifications.bell")}
      className="relative flex items-center gap-2 rounded-md px-3 py-2 text-slate-800 hover:bg-slate-100 aria-[current=page]:bg-blue-50 aria-[current=page]:text-blue-900"
    >
      <svg
        viewBox="0 0 24 24"
        className="size-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        aria-hidden="true"
      >
        <path d="M6 8a6 6 0 1 1 12 0c0 7 3 9 3 9H3s3-2 3-9" strokeLinecap="round" strokeLinejoin="round" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <span className="lg:sr-only">{t("notifications.title")}</span>
      {count > 0 && (
        <span
          data-testid="unread-count"
          aria-hidden="true"
          className="min-w-5 rounded-full bg-red-700 px-1.5 text-center text-xs leading-5 font-semibold text-white"
        >
          {count > 99 ? "99+" : count}
        </span>
      )}
    </Link>
  );
}
