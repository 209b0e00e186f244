/**
 * The mutable part of the graph between compactions: links added since the CSR was built (kept per node
 * in both directions, so reading a node's row is one Map lookup) and links of the CSR that were removed
 * (also per node in both directions). Small by design: GraphIndex folds it into a new CSR when it grows.
 */
export interface AddedLinks {
  targets: number[];
  costs: number[];
}

export class Overlay {
  readonly added = new Map<number, AddedLinks>();
  readonly removed = new Map<number, Set<number>>();
  private addedLinks = 0;
  private removedLinks = 0;

  /** Undirected links held: added plus removed. */
  get size(): number {
    return this.addedLinks + this.removedLinks;
  }

  get addedCount(): number {
    return this.addedLinks;
  }

  get removedCount(): number {
    return this.removedLinks;
  }

  addedCost(a: number, b: number): number | undefined {
    const row = this.added.get(a);
    if (row === undefined) return undefined;
    const i = row.targets.indexOf(b);
    return i < 0 ? undefined : row.costs[i];
  }

  /** Adds a–b, or sets its cost when it is already added. */
  add(a: number, b: number, cost: number): void {
    if (!this.setCost(a, b, cost)) {
      push(this.added, a, b, cost);
      push(this.added, b, a, cost);
      this.addedLinks++;
    }
  }

  /** Drops an added link; false when a–b was not added. */
  drop(a: number, b: number): boolean {
    if (!unpush(this.added, a, b)) return false;
    unpush(this.added, b, a);
    this.addedLinks--;
    return true;
  }

  isRemoved(a: number, b: number): boolean {
    return this.removed.get(a)?.has(b) ?? false;
  }

  markRemoved(a: number, b: number): void {
    if (this.isRemoved(a, b)) return;
    mark(this.removed, a, b);
    mark(this.removed, b, a);
    this.removedLinks++;
  }

  unmarkRemoved(a: number, b: number): void {
    if (!this.isRemoved(a, b)) return;
    unmark(this.removed, a, b);
    unmark(this.removed, b, a);
    this.removedLinks--;
  }

  clear(): void {
    this.added.clear();
    this.removed.clear();
    this.addedLinks = 0;
    this.removedLinks = 0;
  }

  private setCost(a: number, b: number, cost: number): boolean {
    const row = this.added.get(a);
    const i = row ? row.targets.indexOf(b) : -1;
    if (!row || i < 0) return false;
    row.costs[i] = cost;
    const back = this.added.get(b) as AddedLinks;
    back.costs[back.targets.indexOf(a)] = cost;
    return true;
  }
}

function push(rows: Map<number, AddedLinks>, a: number, b: number, cost: number): void {
  const row = rows.get(a);
  if (row) {
    row.targets.push(b);
    row.costs.push(cost);
  } else {
    rows.set(a, { targets: [b], costs: [cost] });
  }
}

function unpush(rows: Map<number, AddedLinks>, a: number, b: number): boolean {
  const row = rows.get(a);
  const i = row ? row.targets.indexOf(b) : -1;
  if (!row || i < 0) return false;
  // Swap-remove: order within an overlay row carries no meaning.
  const last = row.targets.length - 1;
  row.targets[i] = row.targets[last] as number;
  row.costs[i] = row.costs[last] as number;
  row.targets.pop();
  row.costs.pop();
  if (row.targets.length === 0) rows.delete(a);
  return true;
}

function mark(rows: Map<number, Set<number>>, a: number, b: number): void {
  const set = rows.get(a);
  if (set) set.add(b);
  else rows.set(a, new Set([b]));
}

function unmark(rows: Map<number, Set<number>>, a: number, b: number): void {
  const set = rows.get(a);
  if (!set) return;
  set.delete(b);
  if (set.size === 0) rows.delete(a);
}
