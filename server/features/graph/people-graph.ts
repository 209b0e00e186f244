import type { ConnectionListVisibility } from "../../../shared/connections/constants.ts";
import { AffiliationIndex, type AffiliationRecord } from "./affiliations.ts";
import { DegreeCache } from "./degree-cache.ts";
import { GraphIndex } from "./graph-index.ts";
import type { LinkRow, PersonRow, StintRow } from "./graph-store.ts";
import { connectionCost, sharedYears, type YearStint } from "./people-graph-costs.ts";
import type { AllowIntermediary } from "./privacy.ts";

const VISIBILITY_CODE: Record<ConnectionListVisibility, number> = { only_me: 0, connections: 1, public: 2 };
const CONNECTIONS = 1;
const PUBLIC = 2;

/**
 * The app's people graph: the engine's GraphIndex of accepted connections (external ids are user ids)
 * plus what privacy needs per person (who may see their connection list, whom they block) and their
 * stints at organizations. Every mutation keeps the index version moving, so cached frontiers of a
 * viewer are never reused across a change that could alter them.
 */
export class PeopleGraph {
  readonly index = GraphIndex.empty();
  readonly degreeCache = new DegreeCache();
  private visibility = new Uint8Array(1024);
  private readonly stints = new Map<number, YearStint[]>();
  private readonly blocks = new Map<number, Set<number>>();
  private affiliationIndex: AffiliationIndex | undefined;
  private affiliationNodes = -1;

  constructor(private readonly thisYear: () => number) {}

  // ---- writes (from the boot load and from change rows) ----

  setPerson(row: PersonRow): number {
    const node = this.index.addNode(row.userId);
    if (node >= this.visibility.length) {
      const grown = new Uint8Array(Math.max(node + 1, this.visibility.length * 2));
      grown.set(this.visibility);
      this.visibility = grown;
    }
    this.visibility[node] = VISIBILITY_CODE[row.listVisibility] ?? 0;
    this.index.touch();
    return node;
  }

  /** The account is gone: the person vanishes from every answer at once. */
  removePerson(userId: string): void {
    const node = this.index.nodeOf(userId);
    if (node === undefined) return;
    this.index.removeNode(node);
    this.stints.delete(node);
    this.affiliationIndex = undefined;
  }

  /** Replaces a person's stints (all of them); call relinkCosts afterwards with their links. */
  setStints(userId: string, rows: StintRow[]): void {
    const node = this.index.nodeOf(userId);
    if (node === undefined) return;
    if (rows.length === 0) this.stints.delete(node);
    else this.stints.set(node, rows.map(toYearStint));
    this.affiliationIndex = undefined;
  }

  /** Adds stints during the boot load (rows of one person may arrive in several pages). */
  addStints(rows: StintRow[]): void {
    for (const row of rows) {
      const node = this.index.nodeOf(row.userId);
      if (node === undefined) continue;
      const list = this.stints.get(node) ?? [];
      list.push(toYearStint(row));
      this.stints.set(node, list);
    }
    this.affiliationIndex = undefined;
  }

  /** Stores (or re-costs) a connection; both people must be known. */
  setLink(row: LinkRow): void {
    const a = this.index.nodeOf(row.userA);
    const b = this.index.nodeOf(row.userB);
    if (a === undefined || b === undefined || !this.index.isEnabled(a) || !this.index.isEnabled(b)) return;
    const years = sharedYears(this.stints.get(a) ?? [], this.stints.get(b) ?? [], this.thisYear());
    this.index.addLink(a, b, connectionCost({ ...row, sharedYears: years }));
  }

  removeLink(userA: string, userB: string): void {
    const a = this.index.nodeOf(userA);
    const b = this.index.nodeOf(userB);
    if (a !== undefined && b !== undefined) this.index.removeLink(a, b);
  }

  setBlock(blocker: string, blocked: string, on: boolean): void {
    const a = this.index.nodeOf(blocker);
    const b = this.index.nodeOf(blocked);
    if (a === undefined || b === undefined) return;
    // Stored both ways: a block hides each from the other, whoever made it.
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const set = this.blocks.get(x) ?? new Set<number>();
      if (on) set.add(y);
      else set.delete(y);
      if (set.size > 0) this.blocks.set(x, set);
      else this.blocks.delete(x);
    }
    this.index.touch();
  }

  // ---- privacy ----

  /** Whether the viewer and the other person block one another (either way). */
  blocked(viewer: number, other: number): boolean {
    return this.blocks.get(viewer)?.has(other) ?? false;
  }

  /** May `viewer` see `owner`'s connection list? Their own list always. */
  canSeeList(viewer: number, owner: number): boolean {
    if (viewer === owner) return true;
    const v = this.visibility[owner] ?? 0;
    if (v === PUBLIC) return true;
    return v === CONNECTIONS && this.index.costOf(viewer, owner) !== undefined;
  }

  /**
   * The predicate every query for `viewer` uses: a path may pass through someone only when the viewer
   * may see their connection list and neither blocks the other. It depends on the viewer and on data
   * whose every change bumps the index version, as the degree cache requires.
   */
  allowFor(viewer: number): AllowIntermediary {
    const blocked = this.blocks.get(viewer);
    return (node) => !(blocked?.has(node) ?? false) && this.canSeeList(viewer, node);
  }

  /** Organization → people index, rebuilt on first use after an affiliation or membership of nodes changed. */
  affiliations(): AffiliationIndex {
    if (this.affiliationIndex && this.affiliationNodes === this.index.nodeCount) return this.affiliationIndex;
    const records: AffiliationRecord[] = [];
    for (const [person, list] of this.stints) {
      for (const s of list) records.push({ person, org: s.org, from: s.from, to: s.to ?? 0 });
    }
    this.affiliationIndex = new AffiliationIndex(records, this.index.nodeCount);
    this.affiliationNodes = this.index.nodeCount;
    return this.affiliationIndex;
  }

  stintsOf(node: number): readonly YearStint[] {
    return this.stints.get(node) ?? [];
  }
}

function toYearStint(row: StintRow): YearStint {
  return { org: row.orgId, from: row.fromYear, to: row.toYear ?? undefined };
}
