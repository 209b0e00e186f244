import { and, eq, or } from "drizzle-orm";
import type { TestApp, TestClient } from "../../test/app.ts";
import { connectionRequests, connections } from "./connections.tables.ts";

/** A signed-up test client, as `TestApp.signUp` returns it. */
export type Person = TestClient & { userId: string; email: string };

export const REQUESTS = "/api/v1/connections/requests";

/** Sends `from`'s request to connect with `to`, answering the raw response. */
export function askToConnect(from: Person, to: Person, extra: Record<string, unknown> = {}) {
  return from.post(REQUESTS, { toUserId: to.userId, ...extra });
}

/** The notifications `who` reads through the API, newest first. */
export async function notificationsSeenBy(
  who: Person,
): Promise<{ kind: string; data: Record<string, string>; link: string }[]> {
  return (await who.get("/api/v1/notifications")).json().items;
}

/** The stored connection rows between two people (at most one). */
export async function connectionsBetween(t: TestApp, a: string, b: string) {
  const [userA, userB] = a < b ? [a, b] : [b, a];
  return t.database.db
    .select()
    .from(connections)
    .where(and(eq(connections.userA, userA), eq(connections.userB, userB)));
}

/** The stored requests between two people, either way round and in any state. */
export async function requestsBetween(t: TestApp, a: string, b: string) {
  return t.database.db
    .select()
    .from(connectionRequests)
    .where(
      or(
        and(eq(connectionRequests.fromUser, a), eq(connectionRequests.toUser, b)),
        and(eq(connectionRequests.fromUser, b), eq(connectionRequests.toUser, a)),
      ),
    );
}

/** Connections.csv as LinkedIn exports it: a BOM, a notes preamble, CRLF line ends, quoted fields. */
export const LINKEDIN_EXPORT = [
  "\uFEFFNotes:",
  '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"',
  "",
  "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
  'Grace,Hopper,https://www.linkedin.com/in/grace,Grace.Hopper@Example.test,"Navy, US",Rear Admiral,01 Jan 2020',
  'Alan,Turing,https://www.linkedin.com/in/alan,,"Bletchley ""Park""",Cryptanalyst,02 Feb 2021',
  'Ada,Lovelace,https://www.linkedin.com/in/ada,ada@example.test,Analytical Engines,"Programmer,',
  'first of her kind",03 Mar 2022',
  "",
].join("\r\n");

/** A LinkedIn export with the given rows (first, last, email, company, position), preamble and all. */
export function linkedInExport(rows: [string, string, string, string, string][]): string {
  const quote = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return [
    "\uFEFFNotes:",
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    "",
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
    ...rows.map(([first, last, email, company, position]) =>
      [
        first,
        last,
        `https://www.linkedin.com/in/${first.toLowerCase()}`,
        email,
        company,
        position,
        "01 Jan 2024",
      ]
        .map(quote)
        .join(","),
    ),
    "",
  ].join("\r\n");
}

/** Connects two people the way people do: a request and its acceptance. */
export async function befriend(
  a: TestClient & { userId: string },
  b: TestClient & { userId: string },
  extra: Record<string, unknown> = {},
) {
  const sent = await a.post("/api/v1/connections/requests", { toUserId: b.userId, ...extra });
  if (sent.statusCode !== 201) throw new Error(`request failed: ${sent.body}`);
  const accepted = await b.post(`/api/v1/connections/requests/${sent.json().request.id}/accept`);
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.body}`);
  return accepted.json();
}
