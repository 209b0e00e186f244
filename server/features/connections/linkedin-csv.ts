/**
 * Parses CSV text (RFC 4180) into records of fields. Fields are separated by commas and records by CRLF,
 * LF or a lone CR; a field in double quotes may hold commas, line breaks and doubled quotes (""). A
 * leading byte-order mark is dropped. Lenient where real files are sloppy: a quote inside an unquoted
 * field is kept as text, text after a closing quote is appended to the field, and an unclosed quote runs
 * to the end of the input. Blank lines come back as one empty field.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false; // the current field began with a quote that has since been closed
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;

  while (i < n) {
    const c = text[i] as string;
    if (c === '"' && field === "" && !quoted) {
      // A quoted section: read to its closing quote, turning "" into ".
      i++;
      let start = i;
      let value = "";
      for (;;) {
        const q = text.indexOf('"', i);
        if (q === -1) {
          value += text.slice(start);
          i = n;
          break;
        }
        if (text[q + 1] === '"') {
          value += text.slice(start, q + 1);
          i = q + 2;
          start = i;
          continue;
        }
        value += text.slice(start, q);
        i = q + 1;
        break;
      }
      field = value;
      quoted = true;
      continue;
    }
    if (c === ",") {
      record.push(field);
      field = "";
      quoted = false;
      i++;
      continue;
    }
    if (c === "\n" || c === "\r") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      quoted = false;
      i += c === "\r" && text[i + 1] === "\n" ? 2 : 1;
      continue;
    }
    if (c === '"') {
      // A stray quote inside a field is kept as text.
      field += c;
      i++;
      continue;
    }
    // Plain text up to the next separator, line break or quote.
    let end = i + 1;
    while (end < n) {
      const d = text[end];
      if (d === "," || d === "\n" || d === "\r" || d === '"') break;
      end++;
    }
    field += text.slice(i, end);
    i = end;
  }
  if (field !== "" || quoted || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** One row of LinkedIn's Connections.csv. */
export interface LinkedInContact {
  firstName: string;
  lastName: string;
  /** Lower-cased, or null when the row has none (LinkedIn leaves most of them out) or it is not one. */
  email: string | null;
  company: string;
  position: string;
}

const HEADER = {
  firstName: "first name",
  lastName: "last name",
  email: "email address",
  company: "company",
  position: "position",
} as const;

const EMAIL = /^[^\s@"<>,;]+@[^\s@"<>,;]+\.[^\s@"<>,;]+$/;

const normalizeHeader = (cell: string) =>
  cell
    .replace(/\uFEFF/g, "")
    .trim()
    .toLowerCase();

/**
 * Reads LinkedIn's Connections.csv: skips the "Notes:" preamble LinkedIn puts before the header, finds
 * the columns by their header names (so their order does not matter), and keeps every non-blank row.
 * Returns null when no header row (First Name, Last Name, Email Address) is found.
 */
export function readLinkedInConnections(text: string): LinkedInContact[] | null {
  const records = parseCsv(text);
  const headerAt = records.findIndex((r) => {
    const cells = r.map(normalizeHeader);
    return (
      cells.includes(HEADER.firstName) && cells.includes(HEADER.lastName) && cells.includes(HEADER.email)
    );
  });
  if (headerAt === -1) return null;
  const header = (records[headerAt] as string[]).map(normalizeHeader);
  const col = (name: string) => header.indexOf(name);
  const at = {
    firstName: col(HEADER.firstName),
    lastName: col(HEADER.lastName),
    email: col(HEADER.email),
    company: col(HEADER.company),
    position: col(HEADER.position),
  };
  const cell = (r: string[], index: number) => (index === -1 ? "" : (r[index] ?? "").trim());

  const contacts: LinkedInContact[] = [];
  for (const r of records.slice(headerAt + 1)) {
    if (r.every((v) => v.trim() === "")) continue;
    const email = cell(r, at.email).toLowerCase();
    contacts.push({
      firstName: cell(r, at.firstName),
      lastName: cell(r, at.lastName),
      email: email.length <= 254 && EMAIL.test(email) ? email : null,
      company: cell(r, at.company),
      position: cell(r, at.position),
    });
  }
  return contacts;
}
