import { Link } from "@tanstack/react-router";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import type { Introduction, StepViewState } from "../../../shared/introductions/schemas.ts";
import { nameOf } from "./people.ts";

interface ChainLink {
  key: string;
  personId: string;
  name: string;
  isYou: boolean;
  /** What the viewer may know of this person's answer; nothing for the requester and undisclosed steps. */
  state?: StepViewState;
}

const STATE_TONES: Partial<Record<StepViewState, string>> = {
  accepted: "text-green-800",
  waiting: "text-amber-800",
};

/**
 * The path of an introduction as the viewer may see it: the requester, then each person asked in order,
 * ending with the target. An intermediary sees only the people before them and the next person; the
 * people further on are shown as "…" before the target. The arrows are decoration: the ordered list gives
 * screen readers the order, and each answer the viewer may know is said in words.
 */
export function IntroductionChain({ intro }: { intro: Introduction }) {
  const { t } = useTranslation();
  const steps = [...intro.steps].sort((a, b) => a.position - b.position);
  const links: ChainLink[] = [
    {
      key: "requester",
      personId: intro.requester.id,
      name: nameOf(t, intro.requester, intro.role === "requester"),
      isYou: intro.role === "requester",
    },
    ...steps.map((s) => ({
      key: `step-${s.position}`,
      personId: s.person.id,
      name: nameOf(t, s.person, s.isYou),
      isYou: s.isYou,
      state: s.state === "undisclosed" ? undefined : s.state,
    })),
  ];
  const reachesTarget = steps.at(-1)?.isTarget ?? false;
  const target: ChainLink = {
    key: "target",
    personId: intro.target.id,
    name: nameOf(t, intro.target, intro.role === "target"),
    isYou: intro.role === "target",
  };
  const names = [...links.map((l) => l.name), ...(reachesTarget ? [] : ["…", target.name])];

  const item = (l: ChainLink) => (
    <span className="flex min-w-0 flex-col">
      {l.isYou ? (
        <span className="font-medium text-slate-900">{l.name}</span>
      ) : (
        <Link
          to="/people/$id"
          params={{ id: l.personId }}
          className="min-w-0 break-words text-blue-800 underline"
        >
          {l.name}
        </Link>
      )}
      {l.state && (
        <span className={`text-xs ${STATE_TONES[l.state] ?? "text-slate-600"}`}>
          {t(`introductions.stepState.${l.state}`)}
        </span>
      )}
    </span>
  );
  const arrow = (
    <span aria-hidden="true" className="text-slate-500">
      →
    </span>
  );

  return (
    <ol
      aria-label={t("introductions.detail.pathLabel", { names: names.join(", ") })}
      className="flex flex-wrap items-start gap-x-2 gap-y-2"
    >
      {links.map((l, i) => (
        <li key={l.key} className="flex min-w-0 items-start gap-2">
          {i > 0 && arrow}
          {item(l)}
        </li>
      ))}
      {!reachesTarget && (
        <Fragment>
          <li className="flex items-start gap-2">
            {arrow}
            <span aria-hidden="true" className="text-slate-600">
              …
            </span>
            <span className="sr-only">{t("introductions.detail.morePeople")}</span>
          </li>
          <li className="flex min-w-0 items-start gap-2">
            {arrow}
            {item(target)}
          </li>
        </Fragment>
      )}
    </ol>
  );
}
