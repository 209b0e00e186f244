import { Link } from "@tanstack/react-router";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ConnectionPath } from "../../../shared/graph/schemas.ts";
import { isApiError } from "../../api/client.ts";
import { Button } from "../../components/Button.tsx";
import { ErrorAlert } from "../../components/ErrorAlert.tsx";
import { Spinner } from "../../components/Spinner.tsx";
import { Badge } from "../alliance/StageList.tsx";
import { DegreeBadge } from "./DegreeBadge.tsx";
import { defaultPathIndex } from "./degrees.ts";
import { IntroductionRequestForm, type PathChoice } from "./IntroductionRequestForm.tsx";
import { PathChain } from "./PathChain.tsx";
import { useHowConnected } from "./queries.ts";

function usePathLabel() {
  const { t } = useTranslation();
  return (p: ConnectionPath) =>
    [p.fewestHops && t("network.howConnected.fewest"), p.warmest && t("network.howConnected.warmest")]
      .filter(Boolean)
      .join(" · ") || t("network.howConnected.path");
}

/**
 * On someone else's profile: the paths from you to them (fewest introductions, strongest links), and for
 * 2nd and 3rd degree a way to ask for an introduction along one of them. Hidden when the person is unknown
 * to the network (404), so a blocked person does not show up here either.
 */
export function HowConnectedSection({ personId, personName }: { personId: string; personName: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const connected = useHowConnected(personId, true);
  const [asking, setAsking] = useState(false);
  const askRef = useRef<HTMLButtonElement>(null);
  const pathLabel = usePathLabel();

  if (isApiError(connected.error) && connected.error.status === 404) return null;

  const data = connected.data;
  const canAsk = (data?.degree === 2 || data?.degree === 3) && data.paths.length > 0;
  const choices: PathChoice[] = (data?.paths ?? []).map((p) => ({ people: p.people, label: pathLabel(p) }));

  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
    >
      <div className="mb-4 flex flex-wrap items-center gap-2">
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {t("network.howConnected.title")}
        </h2>
        {data && <DegreeBadge degree={data.degree} />}
      </div>
      {connected.isPending && <Spinner />}
      {connected.isError && <ErrorAlert error={connected.error} />}
      {data && data.paths.length === 0 && (
        <div className="flex flex-col gap-2">
          <p className="font-medium text-slate-900">{t("network.howConnected.none")}</p>
          <p className="text-slate-700">{t("network.howConnected.noneHint", { name: personName })}</p>
          <p>
            <Link to="/network/introductions/find" className="text-blue-800 underline">
              {t("network.howConnected.findIntroducer")}
            </Link>
          </p>
        </div>
      )}
      {data && data.paths.length > 0 && (
        <div className="flex flex-col gap-4">
          {data.degree === 1 && (
            <p className="text-slate-700">{t("network.howConnected.direct", { name: personName })}</p>
          )}
          <ul className="flex flex-col gap-3">
            {data.paths.map((p, i) => (
              <li
                key={p.people.map((x) => x.id).join(">")}
                className="rounded-md border border-slate-200 p-3"
              >
                <div className="mb-2 flex flex-wrap items-center gap-2">
                  {p.fewestHops && <Badge>{t("network.howConnected.fewest")}</Badge>}
                  {p.warmest && <Badge>{t("network.howConnected.warmest")}</Badge>}
                  <span className="text-sm text-slate-600">
                    {t("network.howConnected.introductions", { count: Math.max(0, p.hops - 1) })}
                  </span>
                </div>
                <PathChain
                  people={p.people}
                  label={t("network.howConnected.pathLabel", { n: i + 1, kind: pathLabel(p) })}
                />
              </li>
            ))}
          </ul>
          {canAsk && !asking && (
            <div>
              <Button ref={askRef} variant="primary" onClick={() => setAsking(true)}>
                {t("network.intro.ask")}
              </Button>
            </div>
          )}
          {canAsk && asking && (
            <IntroductionRequestForm
              target={{ id: personId, displayName: personName }}
              paths={choices}
              initialPath={defaultPathIndex(data.paths)}
              onCancel={() => {
                setAsking(false);
                // Back to the button that opened the form, which reappears on the next frame.
                requestAnimationFrame(() => askRef.current?.focus());
              }}
            />
          )}
        </div>
      )}
    </section>
  );
}
