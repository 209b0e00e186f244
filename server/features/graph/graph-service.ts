import pg from "pg";
import type { DbOrTx } from "../../db/client.ts";
import { shortestPath } from "./bfs.ts";
import { BEYOND, degrees as degreeBadges } from "./degrees.ts";
import { bestPath } from "./dijkstra.ts";
import {
  type ChangeRow,
  lastChangeSeq,
  readBlocks,
  readLinks,
  readLinksOf,
  readPeople,
  readStints,
  type StintRow,
  streamLinks,
  streamPeople,
  streamStints,
} from "./graph-store.ts";
import { ChangeFeed } from "./graph-sync.ts";
import { introducersTo } from "./introducers.ts";
import { PeopleGraph } from "./people-graph.ts";

export interface GraphServiceOptions {
  db: DbOrTx;
  /** The pool whose settings the LISTEN connection copies; without it the feed relies on polling alone. */
  pool?: pg.Pool;
  log?: (message: string) => void;
  /** The index never answers from a state older than this (default 1000 ms). */
  freshnessMs?: number;
  /** Poll interval of the change log, the fallback when a NOTIFY is missed (default 250 ms). */
  pollMs?: number;
  /** For link costs: the current year (shared years of a current stint run until now). */
  clock?: () => Date;
}

export type DegreeBadge = 0 | 1 | 2 | 3 | null;

export interface PersonPath {
  /** User ids from the viewer to the target. */
  people: string[];
  hops: number;
  /** Sum of link costs (docs/benchmarks.md, "Link cost"); lower is a warmer path. */
  cost: number;
}

export interface IntroducerFound {
  personId: string;
  hops: 1 | 2;
  cost: number;
  /** User ids: viewer, [intermediary,] introducer. */
  path: string[];
  /** Still at the organization (for organization searches). */
  current: boolean;
  /** Last year at the organization when no longer there. */
  lastYear: number | null;
}

/** Links (and so people on an introduction path) allowed between requester and target. */
export const MAX_PATH_LINKS = 4;

/**
 * The people graph of this server: loaded from the database at boot, kept current by the change log
 * (NOTIFY plus polling), and asked through viewer-bound queries that apply the privacy rules inside the
 * search (decision 0010). Every query first makes sure the index has caught up within `freshnessMs`.
 */
export class GraphService {
  readonly graph: PeopleGraph;
  private feed!: ChangeFeed;
  private timer: NodeJS.Timeout | undefined;
  private listener: pg.Client | undefined;
  private stopped = false;
  private readonly freshnessMs: number;

  private constructor(private readonly options: GraphServiceOptions) {
    const clock = options.clock ?? (() => new Date());
    this.graph = new PeopleGraph(() => clock().getUTCFullYear());
    this.freshnessMs = options.freshnessMs ?? 1000;
  }

  static async start(options: GraphServiceOptions): Promise<GraphService> {
    const service = new GraphService(options);
    await service.load();
    await service.follow();
    return service;
  }

  /** Streams every person, stint, connection and block into the index, logging progress. */
  private async load(): Promise<void> {
    const { db } = this.options;
    const log = this.options.log ?? (() => undefined);
    const started = performance.now();
    // Changes committed during the load are re-applied afterwards; applying one twice is harmless.
    const fromSeq = await lastChangeSeq(db);
    let people = 0;
    for await (const page of streamPeople(db)) {
      for (const row of page) this.graph.setPerson(row);
      people += page.length;
    }
    let stints = 0;
    for await (const page of streamStints(db)) {
      this.graph.addStints(page);
      stints += page.length;
    }
    let links = 0;
    let nextReport = 100_000;
    for await (const page of streamLinks(db)) {
      for (const row of page) this.graph.setLink(row);
      links += page.length;
      if (links >= nextReport) {
        log(`graph: loaded ${links} connections…`);
        nextReport += 100_000;
      }
    }
    this.graph.index.compact();
    const blocks = await readBlocks(db);
    for (const b of blocks) this.graph.setBlock(b.blocker, b.blocked, true);
    log(
      `graph: ${people} people, ${stints} stints, ${links} connections, ${blocks.length} blocks in ${Math.round(performance.now() - started)} ms`,
    );
    // Start a little before the load's first change number, in case earlier ones were still committing.
    this.feed = new ChangeFeed(db, Math.max(0, fromSeq - 1000), (rows) => this.apply(rows));
    await this.feed.catchUp();
  }

  private async follow(): Promise<void> {
    const pollMs = this.options.pollMs ?? 250;
    const tick = () => {
      if (this.stopped) return;
      this.feed.catchUp().catch((err) => this.options.log?.(`graph: catching up failed: ${err}`));
    };
    this.timer = setInterval(tick, pollMs);
    this.timer.unref();
    if (!this.options.pool) return;
    // A connection of its own, not one held from the pool: closing the pool must not wait for it.
    const client = new pg.Client(this.options.pool.options as pg.ClientConfig);
    try {
      client.on("notification", tick);
      client.on("error", () => {
        // The connection dropped; polling keeps the index current.
        this.listener = undefined;
      });
      await client.connect();
      await client.query("LISTEN graph_changes");
      this.listener = client;
    } catch (err) {
      await client.end().catch(() => undefined);
      this.options.log?.(`graph: LISTEN failed, polling every ${pollMs} ms: ${err}`);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    const client = this.listener;
    this.listener = undefined;
    await client?.end().catch(() => undefined);
  }

  /** Applies every change committed so far. Call after a write so the next read on this server sees it. */
  sync(): Promise<void> {
    return this.feed.catchUp();
  }

  /** Waits for a catch-up when the last one started more than `freshnessMs` ago. */
  private async fresh(): Promise<void> {
    if (performance.now() - this.feed.syncedAt > this.freshnessMs) await this.feed.catchUp();
  }

  /** Re-reads what the change rows name, then changes the index in one synchronous step. */
  private async apply(rows: ChangeRow[]): Promise<void> {
    const { db } = this.options;
    const people = unique(rows.filter((r) => r.kind === "person").map((r) => r.subject));
    const stintPeople = unique(rows.filter((r) => r.kind === "affiliations").map((r) => r.subject));
    const linkPairs = uniquePairs(rows.filter((r) => r.kind === "link"));
    const blockPairs = uniquePairs(rows.filter((r) => r.kind === "block"));
    const [personRows, stintRows, linkRows, blockRows, relinkRows] = await Promise.all([
      people.length ? readPeople(db, people) : [],
      stintPeople.length ? readStints(db, stintPeople) : [],
      linkPairs.length ? readLinks(db, linkPairs) : [],
      blockPairs.length ? readBlocks(db, blockPairs) : [],
      stintPeople.length ? readLinksOf(db, stintPeople) : [],
    ]);
    const g = this.graph;
    const present = new Set(personRows.map((p) => p.userId));
    for (const row of personRows) g.setPerson(row);
    for (const id of people) if (!present.has(id)) g.removePerson(id);
    const stintsOf = new Map<string, StintRow[]>();
    for (const row of stintRows) {
      const list = stintsOf.get(row.userId);
      if (list) list.push(row);
      else stintsOf.set(row.userId, [row]);
    }
    for (const id of stintPeople) g.setStints(id, stintsOf.get(id) ?? []);
    for (const row of relinkRows) g.setLink(row);
    const linked = new Set(linkRows.map((l) => `${l.userA} ${l.userB}`));
    for (const row of linkRows) g.setLink(row);
    for (const [a, b] of linkPairs) if (!linked.has(`${a} ${b}`)) g.removeLink(a, b);
    const blocked = new Set(blockRows.map((b) => `${b.blocker} ${b.blocked}`));
    for (const [a, b] of blockPairs) g.setBlock(a, b, blocked.has(`${a} ${b}`));
  }

  // ---- queries: user ids in, user ids out; the viewer's privacy rules applied inside the search ----

  /** Degree badges of many people for one viewer: 0 self, 1..3, or null (beyond, unknown or blocked). */
  async degrees(viewerId: string, targetIds: readonly string[]): Promise<Map<string, DegreeBadge>> {
    await this.fresh();
    const out = new Map<string, DegreeBadge>();
    const g = this.graph;
    const viewer = g.index.nodeOf(viewerId);
    if (viewer === undefined) {
      for (const id of targetIds) out.set(id, id === viewerId ? 0 : null);
      return out;
    }
    const known: number[] = [];
    const knownIds: string[] = [];
    for (const id of targetIds) {
      const node = g.index.nodeOf(id);
      if (node === undefined || g.blocked(viewer, node)) out.set(id, null);
      else {
        known.push(node);
        knownIds.push(id);
      }
    }
    const badges = degreeBadges(g.index, viewer, known, g.allowFor(viewer), g.degreeCache);
    knownIds.forEach((id, i) => {
      const d = badges[i] as number;
      out.set(id, d === BEYOND ? null : (d as DegreeBadge));
    });
    return out;
  }

  /** The fewest-hops and the warmest (cheapest) allowed paths from viewer to target; null when none. */
  async paths(
    viewerId: string,
    targetId: string,
  ): Promise<{ shortest: PersonPath | null; best: PersonPath | null }> {
    await this.fresh();
    const g = this.graph;
    const v = g.index.nodeOf(viewerId);
    const t = g.index.nodeOf(targetId);
    if (v === undefined || t === undefined || v === t || g.blocked(v, t))
      return { shortest: null, best: null };
    const allow = g.allowFor(v);
    const short = shortestPath(g.index, v, t, allow);
    const best = bestPath(g.index, v, t, allow);
    const toPath = (nodes: number[]): PersonPath => ({
      people: nodes.map((n) => g.index.externalId(n)),
      hops: nodes.length - 1,
      cost: pathCost(nodes, (a, b) => g.index.costOf(a, b) ?? Number.NaN),
    });
    return {
      shortest: short.hops > 0 ? toPath(short.path) : null,
      best: best.hops > 0 ? toPath(best.path) : null,
    };
  }

  /**
   * Whether `people` (requester first, target last) is a path the requester may use for an
   * introduction: every consecutive pair connected, nobody repeated or blocked, every intermediary one
   * the requester may route through, and at most MAX_PATH_LINKS links. Returns its cost, or null.
   */
  async checkPath(people: readonly string[]): Promise<number | null> {
    await this.fresh();
    const g = this.graph;
    if (people.length < 2 || people.length > MAX_PATH_LINKS + 1) return null;
    if (new Set(people).size !== people.length) return null;
    const nodes = people.map((id) => g.index.nodeOf(id));
    if (nodes.some((n) => n === undefined || !g.index.isEnabled(n))) return null;
    const ns = nodes as number[];
    const v = ns[0] as number;
    const allow = g.allowFor(v);
    for (let i = 1; i < ns.length; i++) {
      if (g.blocked(v, ns[i] as number)) return null;
      if (i < ns.length - 1 && !allow(ns[i] as number)) return null;
    }
    const cost = pathCost(ns, (a, b) => g.index.costOf(a, b) ?? Number.NaN);
    return Number.isNaN(cost) ? null : cost;
  }

  /**
   * Whether the person exists and neither blocks the viewer: the people a viewer may ask about. Answered
   * from memory (every profile is a node; blocks are kept per person), so it costs no round trip.
   */
  async canAskAbout(viewerId: string, personId: string): Promise<boolean> {
    await this.fresh();
    const g = this.graph;
    const person = g.index.nodeOf(personId);
    if (person === undefined || !g.index.isEnabled(person)) return false;
    const viewer = g.index.nodeOf(viewerId);
    return viewer === undefined || !g.blocked(viewer, person);
  }

  /** Whether two people are connected now. */
  async connected(a: string, b: string): Promise<boolean> {
    await this.fresh();
    const x = this.graph.index.nodeOf(a);
    const y = this.graph.index.nodeOf(b);
    return x !== undefined && y !== undefined && this.graph.index.costOf(x, y) !== undefined;
  }

  /** People within two hops who are or were at the organization, cheapest path, then most recent first. */
  async introducersToOrg(viewerId: string, orgId: string, limit = 20): Promise<IntroducerFound[]> {
    await this.fresh();
    const g = this.graph;
    const v = g.index.nodeOf(viewerId);
    if (v === undefined) return [];
    const affiliations = g.affiliations();
    const org = affiliations.orgOf(orgId);
    if (org === undefined) return [];
    const blocked = (n: number) => g.blocked(v, n);
    const found = introducersTo(
      g.index,
      v,
      { org, affiliations },
      { allowIntermediary: g.allowFor(v), limit: limit * 2 },
    );
    return found
      .filter((f) => !blocked(f.node))
      .slice(0, limit)
      .map((f) => ({
        personId: g.index.externalId(f.node),
        hops: f.hops,
        cost: f.cost,
        path: f.path.map((n) => g.index.externalId(n)),
        current: f.recency === Number.POSITIVE_INFINITY,
        lastYear: f.recency === Number.POSITIVE_INFINITY ? null : f.recency,
      }));
  }

  /**
   * Everyone within two allowed hops of the viewer with their cheapest path, cheapest first (for
   * "someone with skill Y" and suggestions, which filter the candidates further in SQL).
   */
  async withinTwoHops(viewerId: string, limit = 5000): Promise<IntroducerFound[]> {
    await this.fresh();
    const g = this.graph;
    const v = g.index.nodeOf(viewerId);
    if (v === undefined) return [];
    const found = introducersTo(
      g.index,
      v,
      { accept: (n) => !g.blocked(v, n) },
      { allowIntermediary: g.allowFor(v), limit },
    );
    return found.map((f) => ({
      personId: g.index.externalId(f.node),
      hops: f.hops,
      cost: f.cost,
      path: f.path.map((n) => g.index.externalId(n)),
      current: false,
      lastYear: null,
    }));
  }
}

function pathCost(nodes: readonly number[], cost: (a: number, b: number) => number): number {
  let sum = 0;
  for (let i = 1; i < nodes.length; i++) sum += cost(nodes[i - 1] as number, nodes[i] as number);
  return sum;
}

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

function uniquePairs(rows: ChangeRow[]): [string, string][] {
  const seen = new Map<string, [string, string]>();
  for (const r of rows) if (r.other !== null) seen.set(`${r.subject} ${r.other}`, [r.subject, r.other]);
  return [...seen.values()];
}
