import { Outlet, useRouterState } from "@tanstack/react-router";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { NavBar } from "./NavBar.tsx";

/** The page frame: skip link, header with navigation and language switcher, main content. */
export function Layout() {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new content so screen readers start reading there
  // instead of staying on the link that was activated.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every page change.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <div className="flex min-h-screen flex-col bg-slate-50 text-slate-900 print:bg-white print:text-black">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-10 focus:rounded-md focus:bg-white focus:p-2"
      >
        {t("nav.skipToContent")}
      </a>
      <header className="border-b border-slate-200 bg-white print:hidden">
        <NavBar />
      </header>
      <main
        id="main"
        ref={mainRef}
        tabIndex={-1}
        className="flex-1 px-4 py-8 focus-visible:outline-none print:p-0"
      >
        <Outlet />
      </main>
      <footer className="border-t border-slate-200 bg-white px-4 py-4 text-center text-sm text-slate-600 print:hidden">
        {t("app.footer")}
      </footer>
    </div>
  );
}
