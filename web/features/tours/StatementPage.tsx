import { Link, useParams } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/client.ts";
import { Alert } from "../../components/Alert.tsx";
import { Button } from "../../components/Button.tsx";
import { formatDateTime, formatDay } from "../../components/dates.ts";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Page } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { termsOf, useTour, useVersions } from "./queries.ts";
import { Term, TermsView } from "./TermsView.tsx";

/**
 * The statement of alliance: the agreed terms on one printable page, as both sides signed them. Print
 * styles (styles.css and `print:` classes) drop the navigation and buttons and keep text black.
 */
export function StatementPage() {
  const { t } = useTranslation();
  const { id } = useParams({ from: "/tours/$id/statement" });
  const tour = useTour(id);
  const versions = useVersions(id);

  if (tour.isPending) return <Spinner />;
  if (isApiError(tour.error, "TOUR_NOT_FOUND") || isApiError(tour.error, "NOT_FOUND")) {
    return (
      <Page title={t("tours.notFound.title")}>
        <EmptyState title={t("tours.notFound.title")}>{t("tours.notFound.body")}</EmptyState>
      </Page>
    );
  }
  if (tour.isError) return <ErrorAlert error={tour.error} />;

  const data = tour.data;
  const agreed = versions.data?.items.find((v) => v.version === data.agreedVersion);
  // The agreed version's own text, so a pending amendment never shows up on the signed statement.
  const terms = agreed ? (agreed.terms as unknown as ReturnType<typeof termsOf>) : termsOf(data);
  return (
    <Page
      title={t("tours.statement.title")}
      actions={
        <div className="flex flex-wrap gap-2 print:hidden">
          <Button onClick={() => window.print()}>{t("tours.statement.print")}</Button>
          <Link to="/tours/$id" params={{ id }} className="self-center text-blue-800 underline">
            {t("tours.statement.back")}
          </Link>
        </div>
      }
    >
      {data.agreedVersion === 0 && <Alert tone="info" title={t("tours.statement.notAgreed")} />}
      <article className="statement flex flex-col gap-6 rounded-lg border border-slate-200 bg-white p-6 print:border-0 print:p-0">
        <header className="flex flex-col gap-1">
          <p className="text-sm tracking-wide text-slate-600 uppercase print:text-black">{data.org.name}</p>
          <h2 className="text-2xl font-bold">{terms.title}</h2>
          <p className="text-slate-700 print:text-black">
            {t("tours.statement.between", { person: data.person.displayName, org: data.org.name })}
          </p>
          {data.agreedVersion > 0 && (
            <p className="text-sm text-slate-600 print:text-black">
              {t("tours.statement.agreedVersion", { version: data.agreedVersion })}
              {agreed?.agreedAt &&
                ` · ${t("tours.statement.agreedOn", { date: formatDay(agreed.agreedAt) })}`}
            </p>
          )}
        </header>
        <dl className="grid gap-4 sm:grid-cols-2">
          <Term term={t("tours.statement.person")}>{data.person.displayName}</Term>
          <Term term={t("tours.statement.company")}>
            {data.org.name}
            {data.sponsor && ` (${t("tours.statement.sponsoredBy", { name: data.sponsor.displayName })})`}
          </Term>
        </dl>
        <TermsView terms={terms} />
        <section className="break-inside-avoid">
          <h3 className="mb-2 text-lg font-semibold">{t("tours.statement.signatures")}</h3>
          {versions.isPending && <Spinner />}
          {agreed && agreed.signatures.length > 0 ? (
            <ul className="grid gap-4 sm:grid-cols-2">
              {agreed.signatures.map((s) => (
                <li key={s.side} className="border-t-2 border-slate-800 pt-2">
                  <p className="font-semibold">{s.signerName}</p>
                  <p className="text-sm">
                    {t("tours.statement.signedFor", {
                      side: t(`tours.sides.${s.side}`),
                      when: formatDateTime(s.signedAt),
                    })}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            !versions.isPending && <p className="text-slate-600">{t("tours.statement.noSignatures")}</p>
          )}
        </section>
      </article>
    </Page>
  );
}
