import { type ReactNode, useEffect } from "react";
import { useTranslation } from "react-i18next";

/** Keeps the browser tab (and what screen readers announce on navigation) in step with the page. */
export function useDocumentTitle(title: string | null) {
  const { t } = useTranslation();
  useEffect(() => {
    if (title === null) return;
    document.title = title ? `${title} · ${t("app.name")}` : t("app.name");
  }, [title, t]);
}

/**
 * A page with its one <h1>. `narrow` suits single forms. `documentTitle` overrides the tab title; a layout
 * whose child routes set their own passes null (a parent's effect runs after its children's and would win).
 */
export function Page({
  title,
  documentTitle = title,
  children,
  actions,
  narrow = false,
}: {
  title: string;
  documentTitle?: string | null;
  children?: ReactNode;
  actions?: ReactNode;
  narrow?: boolean;
}) {
  useDocumentTitle(documentTitle);
  return (
    <div className={`mx-auto w-full ${narrow ? "max-w-md" : "max-w-4xl"}`}>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
        {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>
      <div className="flex flex-col gap-6">{children}</div>
    </div>
  );
}

/** A white card section with an optional heading. */
export function Section({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      {title && <h2 className="mb-4 text-lg font-semibold text-slate-900">{title}</h2>}
      {children}
    </section>
  );
}
