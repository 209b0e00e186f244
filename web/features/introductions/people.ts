import type { TFunction } from "i18next";
import type { Introduction, IntroductionPerson } from "../../../shared/introductions/schemas.ts";

/** A person's name as the viewer reads it: "You" for themselves, "Someone" for a name left blank. */
export function nameOf(t: TFunction, person: IntroductionPerson, isYou: boolean): string {
  if (isYou) return t("introductions.you");
  return person.displayName || t("introductions.someone");
}

/** Requester and target as the viewer reads them ("You" for their own side). */
export function partiesOf(t: TFunction, intro: Introduction) {
  return {
    requester: nameOf(t, intro.requester, intro.role === "requester"),
    target: nameOf(t, intro.target, intro.role === "target"),
    requesterName: intro.requester.displayName || t("introductions.someone"),
    targetName: intro.target.displayName || t("introductions.someone"),
  };
}

/** The person the viewer passes the request on to: the step right after theirs, if they may see it. */
export function nextPerson(intro: Introduction): IntroductionPerson | undefined {
  const mine = intro.myStep?.position;
  if (mine === undefined) return undefined;
  return intro.steps.find((s) => s.position === mine + 1)?.person;
}

/** The intermediaries who accepted, for the requester to thank once the introduction is made. */
export function introducers(intro: Introduction) {
  return intro.steps.filter((s) => !s.isTarget && s.state === "accepted");
}
