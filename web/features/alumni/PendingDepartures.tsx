import { useTranslation } from "react-i18next";
import { Button } from "../../components/Button.tsx";
import { formatDay } from "../../components/dates.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { LoadMore } from "../../components/LoadMore.tsx";
import { Section } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { DegreeBadge } from "../network/DegreeBadge.tsx";
import { useDegrees } from "../network/queries.ts";
import { useConfirmDeparture, usePendingDepartures } from "./queries.ts";

/** People who said "I'm leaving": the organization confirms whether they leave in good standing. */
export function PendingDepartures({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const pending = usePendingDepartures(slug, true);
  const confirm = useConfirmDeparture(slug);
  const degrees = useDegrees(pending.items.map((d) => d.userId));
  const busy = (id: string, good: boolean) =>
    confirm.isPending && confirm.variables?.id === id && confirm.variables.goodStanding === good;

  return (
    <Section title={t("alumni.pending.title")}>
      <div className="flex flex-col gap-3">
        <p className="text-slate-700">{t("alumni.pending.intro")}</p>
        {pending.isPending && <Spinner />}
        <ErrorAlert error={pending.error ?? confirm.error} />
        {pending.isSuccess && pending.items.length === 0 && (
          <p className="text-slate-600">{t("alumni.pending.none")}</p>
        )}
        <ul className="flex flex-col gap-3">
          {pending.items.map((d) => (
            <li
              key={d.id}
              className="flex flex-col gap-2 rounded-md border border-slate-200 p-3 sm:flex-row sm:items-center sm:justify-between"
            >
              <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <span className="font-semibold break-words">{d.displayName}</span>
                <DegreeBadge degree={degrees.degreeOf(d.userId)} />
                <span className="text-slate-700">
                  {t("timeline.lastDay", { date: formatDay(d.lastDay) })}
                </span>
              </p>
              <div className="flex flex-wrap gap-2">
                <Button
                  size="sm"
                  loading={busy(d.id, true)}
                  onClick={() => confirm.mutate({ id: d.id, goodStanding: true })}
                >
                  {t("alumni.pending.good", { name: d.displayName })}
                </Button>
                <Button
                  variant="secondary"
                  size="sm"
                  loading={busy(d.id, false)}
                  onClick={() => confirm.mutate({ id: d.id, goodStanding: false })}
                >
                  {t("alumni.pending.notGood")}
                </Button>
              </div>
            </li>
          ))}
        </ul>
        <LoadMore {...pending} />
      </div>
    </Section>
  );
}
