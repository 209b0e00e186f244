import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { AffiliationStage } from "../../../shared/affiliations/constants.ts";
import { formatDay } from "../../components/dates.ts";
import type { TimelineEntry } from "../alumni/types.ts";

export function Badge({ children, tone = "plain" }: { children: ReactNode; tone?: "plain" | "boomerang" }) {
  const cls =
    tone === "boomerang"
      ? "border-teal-400 bg-teal-50 text-teal-900"
      : "border-slate-300 bg-slate-50 text-slate-800";
  return <span className={`rounded-full border px-2 py-0.5 text-sm ${cls}`}>{children}</span>;
}

/** The stages of a relationship (employee, alumni, contractor…) with their dates; boomerangs are marked. */
export function StageList({ stages }: { stages: TimelineEntry["affiliations"] }) {
  const { t } = useTranslation();
  if (stages.length === 0) return null;
  return (
    <div>
      <h3 className="mb-2 font-semibold">{t("timeline.stages")}</h3>
      <ol className="flex flex-col gap-1">
        {stages.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center gap-2 text-slate-800">
            <span className="font-medium">{t(`timeline.stage.${s.stage as AffiliationStage}`)}</span>
            <span className="text-sm text-slate-600">
              {s.endedOn
                ? t("timeline.fromTo", { from: formatDay(s.startedOn), to: formatDay(s.endedOn) })
                : t("timeline.since", { from: formatDay(s.startedOn) })}
            </span>
            {s.boomerang && <Badge tone="boomerang">{t("timeline.boomerang")}</Badge>}
          </li>
        ))}
      </ol>
    </div>
  );
}
