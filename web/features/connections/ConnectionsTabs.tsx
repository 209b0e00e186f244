import { Link, type LinkProps } from "@tanstack/react-router";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { requestCountText, useOpenRequests } from "./queries.ts";

function Tab({ to, children }: { to: LinkProps["to"]; children: ReactNode }) {
  return (
    <Link
      to={to}
      activeOptions={{ exact: true }}
      className="flex items-center gap-2 rounded-md px-3 py-2 whitespace-nowrap text-slate-800 hover:bg-slate-100 aria-[current=page]:bg-white aria-[current=page]:font-semibold aria-[current=page]:text-blue-900 aria-[current=page]:shadow-sm"
    >
      {children}
    </Link>
  );
}

/** A count in a blue pill for the eye, and as words for screen readers. */
export function CountBadge({
  count,
  label,
  testId,
}: {
  count: string | null;
  label: string;
  testId?: string;
}) {
  if (!count) return null;
  return (
    <>
      <span
        aria-hidden="true"
        data-testid={testId}
        className="min-w-5 rounded-full bg-blue-700 px-1.5 text-center text-xs leading-5 font-semibold text-white"
      >
        {count}
      </span>
      <span className="sr-only">{label}</span>
    </>
  );
}

/** The connections pages: my connections, requests (with how many wait on me), and the LinkedIn import. */
export function ConnectionsTabs() {
  const { t } = useTranslation();
  const waiting = requestCountText(useOpenRequests("incoming").data);
  return (
    <nav aria-label={t("connections.tabs.label")}>
      <ul className="flex flex-wrap gap-1 rounded-lg bg-slate-200/70 p-1">
        <li>
          <Tab to="/connections">{t("connections.tabs.mine")}</Tab>
        </li>
        <li>
          <Tab to="/connections/requests">
            {t("connections.tabs.requests")}
            <CountBadge count={waiting} label={t("connections.tabs.waiting", { n: waiting })} />
          </Tab>
        </li>
        <li>
          <Tab to="/connections/import">{t("connections.tabs.import")}</Tab>
        </li>
      </ul>
    </nav>
  );
}
