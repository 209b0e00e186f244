import { useTranslation } from "react-i18next";
import type { TourTerms } from "../../../shared/tours/constants.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { useDiff } from "./queries.ts";

const TERM_FIELDS: (keyof TourTerms)[] = [
  "type",
  "title",
  "missionObjective",
  "companyGets",
  "personGets",
  "successMeasures",
  "startDate",
  "plannedEndDate",
  "sponsorId",
  "checkInCadenceMonths",
  "personFirstConversation",
  "companyFirstConversation",
  "servesOrgValues",
  "servesPersonValues",
  "workWorthDoing",
];
const isTermField = (f: string): f is keyof TourTerms => (TERM_FIELDS as string[]).includes(f);

/**
 * A word-level diff of one version against the agreed version before it. Added and removed words are
 * <ins>/<del> with a colour, a line and hidden words for screen readers, so the change never rests on colour.
 */
export function DiffView({ tourId, version }: { tourId: string; version: number }) {
  const { t } = useTranslation();
  const diff = useDiff(tourId, version);
  if (diff.isPending) return <Spinner />;
  if (diff.isError) return <ErrorAlert error={diff.error} />;
  if (diff.data.changes.length === 0)
    return <p className="mt-2 text-slate-600">{t("tours.versions.noChanges")}</p>;
  return (
    <div className="mt-3 flex flex-col gap-3">
      <p className="text-sm text-slate-600">
        {t("tours.versions.comparing", { from: diff.data.from, to: diff.data.to })}
      </p>
      <dl className="flex flex-col gap-3">
        {diff.data.changes.map((c) => (
          <div key={c.field}>
            <dt className="text-sm font-semibold text-slate-600">
              {isTermField(c.field) ? t(`tours.termNames.${c.field}`) : c.field}
            </dt>
            <dd className="mt-1 whitespace-pre-line rounded-md bg-slate-50 p-2 text-slate-900">
              {c.parts.map((p, i) =>
                p.added ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity but their order.
                  <ins key={i} className="bg-green-100 text-green-900 underline decoration-green-700">
                    <span className="sr-only">{t("tours.versions.addedText")}</span>
                    {p.value}
                  </ins>
                ) : p.removed ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity but their order.
                  <del key={i} className="bg-red-100 text-red-900 line-through">
                    <span className="sr-only">{t("tours.versions.removedText")}</span>
                    {p.value}
                  </del>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: parts have no identity but their order.
                  <span key={i}>{p.value}</span>
                ),
              )}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
