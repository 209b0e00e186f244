/**
 * Shortest or trust-weighted paths between pairs of people in an edge list (links are mutual).
 *
 *   npm run graph:query -- --edges <file> [--format snap|csv|ldbc] --pairs <file> [--weighted]
 *
 * Prints `<from> <to> <hops> <path ids, comma-separated>` per pair, plus the cost with --weighted
 * (hops and path are then those of the cheapest path). No path: hops −1 and "-" for path and cost.
 */
import { parseArgs } from "node:util";
import { runQuery } from "../../server/features/graph/query-pairs.ts";
import { formatArg, usage } from "./cli-args.ts";

const HELP =
  "usage: npm run graph:query -- --edges <file> [--format snap|csv|ldbc] --pairs <file> [--weighted]";

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    edges: { type: "string" },
    format: { type: "string" },
    pairs: { type: "string" },
    weighted: { type: "boolean", default: false },
  },
});
if (!values.edges || !values.pairs) usage("--edges and --pairs are required", HELP);
const format = formatArg(values.format, HELP);
if (values.weighted && format !== "csv") usage("--weighted needs --format csv (its third column)", HELP);

const out: string[] = [];
const flush = () => {
  process.stdout.write(out.join("\n") + (out.length > 0 ? "\n" : ""));
  out.length = 0;
};
try {
  await runQuery(
    { edges: values.edges, format, pairs: values.pairs, weighted: values.weighted ?? false },
    (line) => {
      out.push(line);
      if (out.length >= 1000) flush();
    },
  );
  flush();
} catch (err) {
  process.stderr.write(`graph:query: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
