import { useTranslation } from "react-i18next";
import type { RequesterStatus } from "../../../shared/introductions/constants.ts";

const TONES: Record<RequesterStatus, string> = {
  pending: "bg-amber-50 text-amber-900 border-amber-300",
  accepted: "bg-green-50 text-green-900 border-green-300",
  not_completed: "bg-slate-100 text-slate-800 border-slate-300",
  withdrawn: "bg-slate-100 text-slate-800 border-slate-300",
};

/**
 * Where an introduction stands, in plain words. A decline and a step that ran out both read "Did not go
 * ahead": nobody learns who declined.
 */
export function IntroductionStatusBadge({ status }: { status: RequesterStatus }) {
  const { t } = useTranslation();
  return (
    <span
      data-testid="introduction-status"
      className={`inline-block rounded-full border px-2.5 py-0.5 text-sm font-medium whitespace-nowrap ${TONES[status]}`}
    >
      {t(`introductions.status.${status}`)}
    </span>
  );
}
