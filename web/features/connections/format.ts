import type { TFunction } from "i18next";
import type { OrgRef, SuggestionReason, TourRef } from "../../../shared/connections/schemas.ts";

interface Context {
  contextOrg: OrgRef | null;
  contextTour?: TourRef | null;
  since: string | null;
}

/** The year of a YYYY-MM-DD day, or null. */
export function sinceYear(since: string | null | undefined): string | null {
  const year = since?.slice(0, 4);
  return year && /^\d{4}$/.test(year) ? year : null;
}

/** Where two people know each other from: "Worked together at Acme since 2021", or null when not said. */
export function contextText(t: TFunction, c: Context): string | null {
  const year = sinceYear(c.since);
  const org = c.contextOrg?.name;
  const main = org
    ? year
      ? t("connections.context.orgSince", { org, year })
      : t("connections.context.org", { org })
    : year
      ? t("connections.context.since", { year })
      : null;
  const tour = c.contextTour ? t("connections.context.tour", { title: c.contextTour.title }) : null;
  return [main, tour].filter(Boolean).join(" · ") || null;
}

/** Why someone is suggested: "You were both at Acme in 2021" or "… in 2019–2021". */
export function reasonText(t: TFunction, r: SuggestionReason): string {
  return r.fromYear === r.toYear
    ? t("connections.suggestions.reasonYear", { org: r.org.name, year: r.fromYear })
    : t("connections.suggestions.reasonYears", { org: r.org.name, from: r.fromYear, to: r.toYear });
}
