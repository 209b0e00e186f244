import { describe, expect, it } from "vitest";
import { userActor } from "../../test/actors.ts";
import { type Actor, ANONYMOUS } from "../accounts/actor.ts";
import { canOnNotification, type NotificationAction } from "./notifications.policy.ts";

const user = userActor;
const notification = { userId: "ann" };

const actors: [string, Actor][] = [
  ["anonymous", ANONYMOUS],
  ["another user", user("bob")],
  ["the recipient", user("ann")],
];

// Rows are actions, columns follow `actors` above.
const matrix: Record<NotificationAction, boolean[]> = {
  //          anon   other  recipient
  read: [false, false, true],
  markRead: [false, false, true],
};

describe("canOnNotification", () => {
  for (const [action, row] of Object.entries(matrix) as [NotificationAction, boolean[]][]) {
    actors.forEach(([name, actor], i) => {
      it(`${name} ${row[i] ? "may" : "may not"} ${action}`, () => {
        expect(canOnNotification(actor, notification, action)).toBe(row[i]);
      });
    });
  }
});
