/**
 * Writes a synthetic professional network (see server/features/graph/synthetic-network.ts).
 *
 *   npm run gen:graph -- --people 10000 --avg-degree 40 --seed 1 --out /tmp/net.csv
 *
 * <out>: csv `src,dst,rating` (people "1".."N", ratings 1..10), read with --format csv [--weighted].
 * <out minus .csv>.affiliations.csv: `person,org,from,to` (to empty while current), the employers.
 * Both files are streamed; the links are held in typed arrays (1M people / 20M links: ~3 min and
 * ~2.7 GB resident, within Node's default heap).
 */

import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { parseArgs } from "node:util";
import { generateNetwork } from "../../server/features/graph/synthetic-network.ts";
import { intArg, usage } from "./cli-args.ts";
import { withShardedSets } from "./large-set.ts";

const HELP = "usage: npm run gen:graph -- --people N --avg-degree D --seed S --out <file.csv>";

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    people: { type: "string" },
    "avg-degree": { type: "string" },
    seed: { type: "string" },
    out: { type: "string" },
  },
});
if (!values.out) usage("--out is required", HELP);
const people = intArg("people", values.people, 10_000, HELP);
const avgDegree = intArg("avg-degree", values["avg-degree"], 40, HELP);
const seed = intArg("seed", values.seed, 1, HELP);

const started = performance.now();
// Past 2^24 links its dedupe Set would hit V8's size cap (see large-set.ts); the output is the same.
const wanted = (people * avgDegree) / 2;
const net =
  wanted < 2 ** 24
    ? generateNetwork({ people, avgDegree, seed })
    : withShardedSets(() => generateNetwork({ people, avgDegree, seed }));
await writeLines(values.out, function* () {
  for (let i = 0; i < net.linkA.length; i++) {
    yield `${(net.linkA[i] as number) + 1},${(net.linkB[i] as number) + 1},${net.rating[i]}`;
  }
});
const affiliationsFile = values.out.replace(/(\.csv)?$/, ".affiliations.csv");
await writeLines(affiliationsFile, function* () {
  for (const s of net.stints) yield `${s.person + 1},o${s.org + 1},${s.from},${s.to === 0 ? "" : s.to}`;
});
process.stdout.write(
  `${net.people} people, ${net.linkA.length} links, ${net.orgs} organizations, ${net.stints.length} stints ` +
    `in ${Math.round(performance.now() - started)} ms\n  ${values.out}\n  ${affiliationsFile}\n`,
);

async function writeLines(file: string, lines: () => Generator<string>): Promise<void> {
  const stream = createWriteStream(file);
  let chunk: string[] = [];
  for (const line of lines()) {
    chunk.push(line);
    if (chunk.length === 10_000) {
      if (!stream.write(`${chunk.join("\n")}\n`)) await once(stream, "drain");
      chunk = [];
    }
  }
  if (chunk.length > 0) stream.write(`${chunk.join("\n")}\n`);
  stream.end();
  await once(stream, "finish");
}
