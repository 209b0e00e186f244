import { useTranslation } from "react-i18next";
import type { TourStatus } from "../../../shared/tours/constants.ts";

const TONES: Record<TourStatus, string> = {
  draft: "bg-slate-100 text-slate-800 border-slate-300",
  proposed: "bg-amber-50 text-amber-900 border-amber-300",
  agreed: "bg-blue-50 text-blue-900 border-blue-300",
  active: "bg-green-50 text-green-900 border-green-300",
  in_review: "bg-purple-50 text-purple-900 border-purple-300",
  completed: "bg-slate-100 text-slate-900 border-slate-400",
  ended_early: "bg-red-50 text-red-900 border-red-300",
};

/** The tour's status in words (colour only supports the text, for those who can see it). */
export function StatusBadge({ status, testId }: { status: TourStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span
      data-testid={testId}
      className={`inline-block rounded-full border px-2.5 py-0.5 text-sm font-medium whitespace-nowrap ${TONES[status]}`}
    >
      {t(`tours.status.${status}`)}
    </span>
  );
}
