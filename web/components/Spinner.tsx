import { useTranslation } from "react-i18next";

function SpinnerIcon({ className = "size-5" }: { className?: string }) {
  return (
    <svg className={`animate-spin ${className}`} viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <circle cx="12" cy="12" r="10" stroke="currentColor" strokeWidth="4" className="opacity-25" />
      <path d="M22 12a10 10 0 0 0-10-10" stroke="currentColor" strokeWidth="4" strokeLinecap="round" />
    </svg>
  );
}

/** Decorative spinner for inside buttons; the button's own text says what is happening. */
export function InlineSpinner() {
  return <SpinnerIcon className="size-4" />;
}

/** A loading indicator announced politely to screen readers. */
export function Spinner({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div role="status" className="flex items-center gap-2 py-6 text-slate-600">
      <SpinnerIcon />
      <span>{label ?? t("common.loading")}</span>
    </div>
  );
}
