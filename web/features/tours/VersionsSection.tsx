import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Tour } from "../../../shared/tours/schemas.ts";
import { Button } from "../../components/Button.tsx";
import { formatDateTime } from "../../components/dates.ts";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Section } from "../../components/Page.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { DiffView } from "./DiffView.tsx";
import { useVersions } from "./queries.ts";

/** Every version of the terms (proposals and amendments) with signatures, and what each one changed. */
export function VersionsSection({ tour }: { tour: Tour }) {
  const { t } = useTranslation();
  const versions = useVersions(tour.id);
  const [open, setOpen] = useState<number | null>(null);
  const items = [...(versions.data?.items ?? [])].sort((a, b) => b.version - a.version);

  return (
    <Section title={t("tours.versions.title")}>
      {versions.isPending && <Spinner />}
      {versions.isError && <ErrorAlert error={versions.error} />}
      {versions.isSuccess && items.length === 0 && (
        <p className="text-slate-600">{t("tours.versions.none")}</p>
      )}
      <ol className="flex flex-col gap-3">
        {items.map((v) => (
          <li key={v.version} className="rounded-md border border-slate-200 p-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-semibold">
                {t("tours.versions.version", { version: v.version })} ·{" "}
                {t(`tours.versions.status.${v.status}`)}
              </h3>
              <p className="text-sm text-slate-600">{formatDateTime(v.createdAt)}</p>
            </div>
            {v.summary && <p className="mt-1 text-slate-800">{v.summary}</p>}
            {v.signatures.length > 0 && (
              <ul className="mt-1 text-sm text-slate-700">
                {v.signatures.map((s) => (
                  <li key={s.side}>
                    {t("tours.versions.signedBy", {
                      name: s.signerName,
                      side: t(`tours.sides.${s.side}`),
                      when: formatDateTime(s.signedAt),
                    })}
                  </li>
                ))}
              </ul>
            )}
            {v.version > 1 && (
              <div className="mt-2">
                <Button
                  variant="secondary"
                  size="sm"
                  aria-expanded={open === v.version}
                  onClick={() => setOpen(open === v.version ? null : v.version)}
                >
                  {open === v.version
                    ? t("tours.versions.hideChanges")
                    : t("tours.versions.showChanges", { version: v.version })}
                </Button>
                {open === v.version && <DiffView tourId={tour.id} version={v.version} />}
              </div>
            )}
          </li>
        ))}
      </ol>
    </Section>
  );
}
