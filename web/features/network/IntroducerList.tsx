import { Link } from "@tanstack/react-router";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Introducer, PersonRef } from "../../../shared/graph/schemas.ts";
import { useSession } from "../../api/session.ts";
import { Button } from "../../components/Button.tsx";
import { EmptyState } from "../../components/EmptyState.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { PersonLine } from "../../components/PersonLine.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { IntroductionRequestForm } from "./IntroductionRequestForm.tsx";
import { useIntroducers } from "./queries.ts";

export type IntroducerSearch =
  | { kind: "org"; orgId: string; orgName: string }
  | { kind: "skill"; skill: string };

/** The people on an introducer's path, named where the answer names them (you, the go-between, them). */
function pathPeople(introducer: Introducer, me: PersonRef): PersonRef[] {
  const known = new Map<string, PersonRef>([[me.id, me]]);
  if (introducer.via) known.set(introducer.via.id, introducer.via);
  known.set(introducer.person.id, introducer.person);
  return introducer.path.map((id) => known.get(id) ?? { id, displayName: "" });
}

function IntroducerRow({
  introducer,
  search,
  me,
}: {
  introducer: Introducer;
  search: IntroducerSearch;
  me: PersonRef;
}) {
  const { t } = useTranslation();
  const nameId = useId();
  const [asking, setAsking] = useState(false);
  const askRef = useRef<HTMLButtonElement>(null);
  const { person, via } = introducer;
  const there =
    search.kind === "org"
      ? introducer.current
        ? t("network.introducers.worksThere")
        : introducer.lastYear !== null
          ? t("network.introducers.wasThereUntil", { year: introducer.lastYear })
          : t("network.introducers.wasThere")
      : null;

  return (
    <li className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <PersonLine nameId={nameId} person={person} degree={introducer.hops}>
        <p className="text-slate-700">
          {there && <span>{there} · </span>}
          {via ? (
            <>
              {t("network.introducers.through")}{" "}
              <Link to="/people/$id" params={{ id: via.id }} className="text-blue-800 underline">
                {via.displayName}
              </Link>
            </>
          ) : (
            t("network.introducers.yourConnection")
          )}
        </p>
      </PersonLine>
      {introducer.hops === 1 ? (
        <div>
          <Link
            to="/people/$id"
            params={{ id: person.id }}
            aria-describedby={nameId}
            className="font-medium text-blue-800 underline"
          >
            {t("network.introducers.askDirectly")}
          </Link>
        </div>
      ) : asking ? (
        <IntroductionRequestForm
          target={person}
          paths={[{ people: pathPeople(introducer, me), label: "" }]}
          onCancel={() => {
            setAsking(false);
            // Back to the button that opened the form, which reappears on the next frame.
            requestAnimationFrame(() => askRef.current?.focus());
          }}
        />
      ) : (
        <div>
          <Button ref={askRef} size="sm" aria-describedby={nameId} onClick={() => setAsking(true)}>
            {t("network.intro.ask")}
          </Button>
        </div>
      )}
    </li>
  );
}

/** People within two steps who are or were at an organization, or who list a skill: warmest path first. */
export function IntroducerList({ search }: { search: IntroducerSearch }) {
  const { t } = useTranslation();
  const { data: user } = useSession();
  const introducers = useIntroducers(
    search.kind === "org" ? { orgId: search.orgId } : { skill: search.skill },
  );
  const headingId = useId();
  const me: PersonRef = { id: user?.id ?? "", displayName: user?.name ?? "" };
  const heading =
    search.kind === "org"
      ? t("network.introducers.titleOrg", { org: search.orgName })
      : t("network.introducers.titleSkill", { skill: search.skill });

  if (introducers.isPending) return <Spinner label={t("network.introducers.loading")} />;
  if (introducers.isError) return <ErrorAlert error={introducers.error} />;
  const list = introducers.data.introducers;
  if (list.length === 0) {
    return (
      <EmptyState
        title={
          search.kind === "org"
            ? t("network.introducers.noneOrg", { org: search.orgName })
            : t("network.introducers.noneSkill", { skill: search.skill })
        }
        action={
          <Link to="/people" className="text-blue-800 underline">
            {t("network.introducers.findPeople")}
          </Link>
        }
      >
        {t("network.introducers.noneHint")}
      </EmptyState>
    );
  }
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="text-lg font-semibold text-slate-900">
        {heading}
      </h2>
      <p className="text-slate-700">{t("network.introducers.intro")}</p>
      <ul className="flex flex-col gap-3">
        {list.map((introducer) => (
          <IntroducerRow key={introducer.path.join(">")} introducer={introducer} search={search} me={me} />
        ))}
      </ul>
    </section>
  );
}
