import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import type { Introduction, IntroductionStep } from "../../../shared/introductions/schemas.ts";
import { introducers, nameOf, nextPerson, partiesOf } from "./people.ts";
import { INBOX_COUNT_LIMIT, inboxCountText } from "./queries.ts";

const t = ((key: string) => key) as unknown as TFunction;

const person = (id: string, displayName = id.toUpperCase()) => ({ id, displayName });
const step = (position: number, id: string, extra: Partial<IntroductionStep> = {}): IntroductionStep => ({
  position,
  person: person(id),
  isTarget: false,
  isYou: false,
  state: "undisclosed",
  note: null,
  thanked: null,
  ...extra,
});

function intro(extra: Partial<Introduction>): Introduction {
  return {
    id: "i1",
    role: "requester",
    status: "pending",
    requester: person("r"),
    target: person("t"),
    reason: "A good reason to meet.",
    steps: [],
    myStep: null,
    contact: null,
    outcome: null,
    version: null,
    createdAt: "2026-01-01T00:00:00.000Z",
    closedAt: null,
    can: { respond: false, withdraw: false, setOutcome: false, thank: false },
    ...extra,
  };
}

describe("introduction people", () => {
  it("names the viewer 'You' and a blank name 'Someone'", () => {
    expect(nameOf(t, person("a"), true)).toBe("introductions.you");
    expect(nameOf(t, person("a", ""), false)).toBe("introductions.someone");
    expect(nameOf(t, person("a", "Ana"), false)).toBe("Ana");
  });

  it("reads the requester's or the target's own side as 'You'", () => {
    expect(partiesOf(t, intro({ role: "requester" }))).toMatchObject({
      requester: "introductions.you",
      target: "T",
    });
    expect(partiesOf(t, intro({ role: "target" }))).toMatchObject({
      requester: "R",
      target: "introductions.you",
    });
    expect(partiesOf(t, intro({ role: "intermediary" }))).toMatchObject({ requester: "R", target: "T" });
  });

  it("finds the next person after the viewer's own step", () => {
    const steps = [step(1, "a", { isYou: true }), step(2, "b")];
    const myStep = {
      position: 1,
      isTarget: false,
      state: "waiting" as const,
      note: "",
      dueAt: null,
      decidedAt: null,
    };
    expect(nextPerson(intro({ role: "intermediary", steps, myStep }))?.id).toBe("b");
    expect(nextPerson(intro({ role: "requester", steps }))).toBeUndefined();
  });

  it("thanks only the intermediaries who accepted, never the target", () => {
    const steps = [
      step(1, "a", { state: "accepted", thanked: false }),
      step(2, "b", { state: "accepted", thanked: true }),
      step(3, "t", { state: "accepted", isTarget: true }),
    ];
    expect(introducers(intro({ status: "accepted", steps })).map((s) => s.person.id)).toEqual(["a", "b"]);
  });

  it("counts the inbox for the menu", () => {
    expect(inboxCountText(undefined)).toBeNull();
    expect(inboxCountText({ count: 0, more: false })).toBeNull();
    expect(inboxCountText({ count: 3, more: false })).toBe("3");
    expect(inboxCountText({ count: INBOX_COUNT_LIMIT, more: true })).toBe(`${INBOX_COUNT_LIMIT}+`);
  });
});
