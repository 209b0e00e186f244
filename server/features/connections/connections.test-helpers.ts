import type { TestClient } from "../../test/app.ts";

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
