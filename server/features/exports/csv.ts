/**
 * CSV for downloads people open in spreadsheets (RFC 4180: comma-separated, CRLF rows, fields quoted
 * when they hold a comma, quote or line break, quotes doubled).
 *
 * A cell a spreadsheet would read as a formula (starting with = + - @, a tab or a carriage return) is
 * prefixed with a single quote, so text a person typed into their profile cannot run as a formula on
 * an admin's machine (CSV injection). The quote shows in the cell; that is the accepted cost.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | null | undefined;

export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function field(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  // Numbers we produce (counts, years) are data, not user text: a negative number stays a number.
  const text = typeof value === "string" ? neutralizeCell(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV document: the header row, then each row in order, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(field).join(",")];
  for (const row of rows) lines.push(row.map(field).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
