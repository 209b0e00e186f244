import { useTranslation } from "react-i18next";
import type { Degree } from "../../../shared/graph/schemas.ts";
import { badgeDegree } from "./degrees.ts";

const TONES = {
  1: "border-blue-300 bg-blue-50 text-blue-900",
  2: "border-indigo-200 bg-indigo-50 text-indigo-900",
  3: "border-slate-300 bg-slate-50 text-slate-700",
} as const;

/**
 * "1st", "2nd" or "3rd": how far a person is from you in your network. Nothing for yourself, for people
 * beyond the third degree, or while the degree is unknown. Screen readers hear the full phrase.
 */
export function DegreeBadge({ degree }: { degree: Degree | undefined }) {
  const { t } = useTranslation();
  const d = badgeDegree(degree);
  if (d === null) return null;
  return (
    <span
      title={t(`network.degree.long.${d}`)}
      className={`inline-flex shrink-0 items-center rounded-full border px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${TONES[d]}`}
    >
      <span aria-hidden="true">{t(`network.degree.short.${d}`)}</span>
      <span className="sr-only">{t(`network.degree.long.${d}`)}</span>
    </span>
  );
}
