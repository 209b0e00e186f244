import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

/**
 * Edge-list formats the tools read:
 * - snap: `src dst` separated by whitespace, `#` comment lines (SNAP datasets);
 * - csv:  `src,dst[,weight[,...]]`, no header; the weight is a trust rating, higher = more trust;
 * - ldbc: `|`-separated with a header line, ids in the first two columns (LDBC SNB person_knows_person).
 */
export type EdgeFormat = "snap" | "csv" | "ldbc";
export const EDGE_FORMATS: readonly EdgeFormat[] = ["snap", "csv", "ldbc"];

export interface EdgeRecord {
  src: string;
  dst: string;
  /** The csv third column when present and numeric. */
  rating: number | undefined;
}

/** Parses one line; null for blank, comment and header lines. Throws with the line number on junk. */
export function parseEdgeLine(line: string, format: EdgeFormat, lineNo: number): EdgeRecord | null {
  const text = line.trim();
  if (text === "" || (format === "snap" && text.startsWith("#"))) return null;
  if (format === "ldbc" && lineNo === 1) return null;
  const cols = format === "snap" ? text.split(/\s+/) : text.split(format === "csv" ? "," : "|");
  const src = cols[0]?.trim() ?? "";
  const dst = cols[1]?.trim() ?? "";
  if (src === "" || dst === "") throw new SyntaxError(`line ${lineNo}: expected two ids, got "${line}"`);
  const third = format === "csv" ? cols[2]?.trim() : undefined;
  const rating = third === undefined || third === "" ? undefined : Number(third);
  if (rating !== undefined && Number.isNaN(rating)) {
    throw new SyntaxError(`line ${lineNo}: the rating "${third}" is not a number`);
  }
  return { src, dst, rating };
}

/** Streams the records of an edge-list file line by line. */
export async function* readEdges(path: string, format: EdgeFormat): AsyncGenerator<EdgeRecord> {
  const lines = createInterface({
    input: createReadStream(path, "utf8"),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let lineNo = 0;
  for await (const line of lines) {
    const record = parseEdgeLine(line, format, ++lineNo);
    if (record !== null) yield record;
  }
}

/** Pairs of ids, one pair a line, separated by whitespace or a comma; `#` comments and blanks skipped. */
export async function* readPairs(path: string): AsyncGenerator<[string, string]> {
  const lines = createInterface({
    input: createReadStream(path, "utf8"),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    const text = line.trim();
    if (text === "" || text.startsWith("#")) continue;
    const [a, b] = text.split(/[\s,]+/);
    if (a === undefined || b === undefined) throw new SyntaxError(`pairs line ${lineNo}: expected two ids`);
    yield [a, b];
  }
}
