import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TourTerms } from "../../../shared/tours/constants.ts";
import { formatDay } from "../../components/dates.ts";

export function Term({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="break-inside-avoid">
      <dt className="text-sm font-semibold text-slate-600 print:text-black">{term}</dt>
      <dd className="mt-1 whitespace-pre-line text-slate-900 print:text-black">{children}</dd>
    </div>
  );
}

/** Text a side left empty reads as "Not set" rather than as a blank, so gaps in the deal are visible. */
function Text({ value }: { value: string }) {
  const { t } = useTranslation();
  return value.trim() ? value : <span className="text-slate-500 italic">{t("tours.notSet")}</span>;
}

/** The agreed (or proposed) terms of a tour, read-only; used on the tour page and the printed statement. */
export function TermsView({ terms, sponsorName }: { terms: TourTerms; sponsorName?: string | null }) {
  const { t } = useTranslation();
  const yesNo = (v: boolean) => (v ? t("tours.firstConversation.yes") : t("tours.firstConversation.no"));
  return (
    <dl className="flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Term term={t("tours.fields.type")}>{t(`tours.types.${terms.type}`)}</Term>
        {sponsorName !== undefined && (
          <Term term={t("tours.fields.sponsor")}>{sponsorName ?? t("tours.noSponsor")}</Term>
        )}
        <Term term={t("tours.fields.startDate")}>{formatDay(terms.startDate)}</Term>
        <Term term={t("tours.fields.plannedEndDate")}>
          {terms.plannedEndDate ? formatDay(terms.plannedEndDate) : t("tours.openEnded")}
        </Term>
        <Term term={t("tours.fields.checkInCadence")}>
          {t("tours.everyMonths", { count: terms.checkInCadenceMonths })}
        </Term>
      </div>
      <Term term={t("tours.fields.missionObjective")}>
        <Text value={terms.missionObjective} />
      </Term>
      <Term term={t("tours.fields.companyGets")}>
        <Text value={terms.companyGets} />
      </Term>
      <div>
        <p className="text-sm font-semibold text-slate-600 print:text-black">
          {t("tours.fields.personGets")}
        </p>
        <dl className="mt-2 grid gap-3 border-l-4 border-slate-200 pl-4 sm:grid-cols-2">
          {(["skills", "experience", "network", "reputation"] as const).map((gain) => (
            <Term key={gain} term={t(`tours.gains.${gain}`)}>
              <Text value={terms.personGets[gain]} />
            </Term>
          ))}
        </dl>
      </div>
      <Term term={t("tours.fields.successMeasures")}>
        <Text value={terms.successMeasures} />
      </Term>
      <Term term={t("tours.fields.firstConversation")}>
        <ul className="list-disc pl-5">
          <li>
            {t("tours.firstConversation.person")}: {yesNo(terms.personFirstConversation)}
          </li>
          <li>
            {t("tours.firstConversation.company")}: {yesNo(terms.companyFirstConversation)}
          </li>
        </ul>
      </Term>
      <Term term={t("tours.fields.workWorthDoing")}>
        <p>
          {t("tours.fields.servesOrgValues")}:{" "}
          {terms.servesOrgValues.length ? terms.servesOrgValues.join(", ") : t("tours.notSet")}
        </p>
        <p>
          {t("tours.fields.servesPersonValues")}:{" "}
          {terms.servesPersonValues.length ? terms.servesPersonValues.join(", ") : t("tours.notSet")}
        </p>
        {terms.workWorthDoing.trim() && <p className="mt-1">{terms.workWorthDoing}</p>}
      </Term>
    </dl>
  );
}
