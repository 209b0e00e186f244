import { Link, type LinkProps, useRouterState } from "@tanstack/react-router";
import { type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSession } from "../api/session.ts";
import { useSignOut } from "../features/accounts/useSignOut.ts";
import { ConnectionsNavLabel } from "../features/connections/ConnectionsNavLabel.tsx";
import { IntroductionsNavLabel } from "../features/introductions/IntroductionsNavLabel.tsx";
import { NotificationBell } from "../features/notifications/NotificationBell.tsx";
import { Button } from "./Button.tsx";
import { ErrorAlert } from "./ErrorAlert.tsx";
import { LanguageSwitcher } from "./LanguageSwitcher.tsx";

function NavLink({ to, children }: { to: LinkProps["to"]; children: ReactNode }) {
  return (
    <Link
      to={to}
      activeOptions={{ exact: to === "/" }}
      className="block rounded-md px-2.5 py-2 whitespace-nowrap text-slate-800 hover:bg-slate-100 aria-[current=page]:bg-blue-50 aria-[current=page]:font-semibold aria-[current=page]:text-blue-900"
    >
      {children}
    </Link>
  );
}

/** Header navigation. Below the lg breakpoint the links fold behind a Menu button (they need the width). */
export function NavBar() {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const signOut = useSignOut();
  const [open, setOpen] = useState(false);
  const pathname = useRouterState({ select: (s) => s.location.pathname });

  // biome-ignore lint/correctness/useExhaustiveDependencies: the menu closes whenever the page changes.
  useEffect(() => setOpen(false), [pathname]);

  return (
    <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-2 px-4 py-3">
      <Link to="/" className="text-xl font-bold text-blue-900">
        {t("app.name")}
      </Link>
      <Button
        variant="secondary"
        size="sm"
        className="lg:hidden"
        aria-expanded={open}
        aria-controls="primary-nav"
        onClick={() => setOpen((o) => !o)}
      >
        {open ? t("nav.closeMenu") : t("nav.menu")}
      </Button>
      <nav
        id="primary-nav"
        aria-label={t("nav.label")}
        className={`${open ? "flex" : "hidden"} w-full flex-col gap-3 lg:flex lg:w-auto lg:flex-row lg:flex-wrap lg:items-center lg:justify-end`}
      >
        <ul className="flex flex-col gap-1 lg:flex-row lg:items-center">
          <li>
            <NavLink to="/">{t("nav.home")}</NavLink>
          </li>
          {user ? (
            <>
              <li>
                <NavLink to="/alliance">{t("nav.alliance")}</NavLink>
              </li>
              <li>
                <NavLink to="/timeline">{t("nav.timeline")}</NavLink>
              </li>
              <li>
                <NavLink to="/profile">{t("nav.profile")}</NavLink>
              </li>
              <li>
                <NavLink to="/people">{t("nav.people")}</NavLink>
              </li>
              <li>
                <NavLink to="/network">{t("nav.network")}</NavLink>
              </li>
              <li>
                <NavLink to="/connections">
                  <ConnectionsNavLabel />
                </NavLink>
              </li>
              <li>
                <NavLink to="/introductions">
                  <IntroductionsNavLabel />
                </NavLink>
              </li>
              <li>
                <NavLink to="/orgs/new">{t("nav.newOrg")}</NavLink>
              </li>
              <li>
                <NotificationBell />
              </li>
            </>
          ) : (
            <>
              <li>
                <NavLink to="/sign-in">{t("nav.signIn")}</NavLink>
              </li>
              <li>
                <NavLink to="/sign-up">{t("nav.signUp")}</NavLink>
              </li>
            </>
          )}
          {import.meta.env.DEV && (
            <li>
              <a href="/dev/mailbox" className="block rounded-md px-3 py-2 text-slate-600 hover:bg-slate-100">
                {t("nav.devMailbox")}
              </a>
            </li>
          )}
        </ul>
        <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-3 lg:border-0 lg:pt-0">
          {user && (
            <>
              <span className="text-sm text-slate-700" data-testid="signed-in-as">
                {t("nav.signedInAs", { name: user.name })}
              </span>
              <Link to="/pay-forward" className="text-sm text-blue-800 underline">
                {t("nav.payForward")}
              </Link>
              <Button
                variant="secondary"
                size="sm"
                loading={signOut.isPending}
                onClick={() => signOut.mutate()}
              >
                {t("nav.signOut")}
              </Button>
            </>
          )}
          <LanguageSwitcher />
        </div>
        {signOut.isError && <ErrorAlert error={signOut.error} />}
      </nav>
    </div>
  );
}
