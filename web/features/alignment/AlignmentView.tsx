import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { AlignmentView as View } from "../../../shared/alignment/schemas.ts";
import { Section } from "../../components/Page.tsx";

function Column({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-2 rounded-md border border-slate-200 p-3">
      <h3 className="font-semibold">{title}</h3>
      {children}
    </div>
  );
}

function List({ items, empty }: { items: string[]; empty: string }) {
  if (items.length === 0) return <p className="text-slate-600">{empty}</p>;
  return (
    <ul className="flex flex-wrap gap-2">
      {items.map((v) => (
        <li key={v} className="rounded-full bg-slate-100 px-3 py-1 text-slate-900">
          {v}
        </li>
      ))}
    </ul>
  );
}

/** Score, shared values with both ranks, what only one side holds, and both missions side by side. */
export function AlignmentDetails({ view, isMe }: { view: View; isMe: boolean }) {
  const { t } = useTranslation();
  const who = isMe ? t("alignment.you") : view.person.displayName;
  return (
    <>
      <Section title={t("alignment.scoreTitle")}>
        {view.score === null ? (
          <p className="text-slate-700">{t("alignment.hidden", { name: view.person.displayName })}</p>
        ) : (
          <p className="flex items-baseline gap-2">
            <span className="text-5xl font-bold text-blue-900" data-testid="alignment-score">
              {view.score}
            </span>
            <span className="text-slate-700">{t("alignment.outOf")}</span>
          </p>
        )}
        <details className="mt-3 text-sm text-slate-700">
          <summary className="cursor-pointer text-blue-800 underline">{t("alignment.howComputed")}</summary>
          <p className="mt-2">{t("alignment.formulaIntro")}</p>
          <p className="mt-1 font-mono text-xs break-words">{view.formula}</p>
        </details>
      </Section>
      {!view.personValuesHidden && (
        <Section title={t("alignment.valuesTitle")}>
          <div className="flex flex-col gap-4">
            <div>
              <h3 className="mb-2 font-semibold">{t("alignment.shared")}</h3>
              {view.shared.length === 0 ? (
                <p className="text-slate-600">{t("alignment.noShared")}</p>
              ) : (
                <ul className="flex flex-col gap-1">
                  {view.shared.map((s) => (
                    <li key={s.value}>
                      <span className="font-medium">{s.value}</span>{" "}
                      <span className="text-sm text-slate-600">
                        {t("alignment.ranks", { person: s.personRank, org: s.orgRank, name: who })}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div className="grid gap-3 sm:grid-cols-2">
              <Column title={t("alignment.personOnly", { name: who })}>
                <List items={view.personOnly} empty={t("alignment.nothing")} />
              </Column>
              <Column title={t("alignment.orgOnly", { org: view.org.name })}>
                <List items={view.orgOnly} empty={t("alignment.nothing")} />
              </Column>
            </div>
          </div>
        </Section>
      )}
      <Section title={t("alignment.missionsTitle")}>
        <div className="grid gap-3 sm:grid-cols-2">
          <Column title={who}>
            <p className="text-sm font-semibold text-slate-600">{t("profile.fields.mission")}</p>
            <p className="whitespace-pre-line">{view.person.mission || t("alignment.notShared")}</p>
            <p className="text-sm font-semibold text-slate-600">{t("profile.fields.vision")}</p>
            <p className="whitespace-pre-line">{view.person.vision || t("alignment.notShared")}</p>
          </Column>
          <Column title={view.org.name}>
            <p className="text-sm font-semibold text-slate-600">{t("orgs.fields.mission")}</p>
            <p className="whitespace-pre-line">{view.org.mission || t("alignment.notShared")}</p>
            <p className="text-sm font-semibold text-slate-600">{t("orgs.fields.vision")}</p>
            <p className="whitespace-pre-line">{view.org.vision || t("alignment.notShared")}</p>
          </Column>
        </div>
      </Section>
    </>
  );
}
