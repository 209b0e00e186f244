/**
 * V8 caps one Set (and one Map) at 2^24 = 16,777,216 entries ("Set maximum size exceeded").
 * generateNetwork dedupes links in a single Set<number>, so it cannot produce more than ~16.7M links
 * (a million people at average degree 40 wants 20M). Until that code keys its dedupe differently,
 * `withShardedSets` runs it with the global Set swapped for one that spreads its entries over 16 real
 * Sets: the same has/add/delete answers, so the output is identical, only the cap moves to 2^28.
 * Synchronous calls only; the real Set is restored before the call returns or throws.
 */
const RealSet = Set;
const SHARDS = 16;

class ShardedSet<T> {
  private readonly shards: Set<T>[] = Array.from({ length: SHARDS }, () => new RealSet<T>());

  constructor(values?: Iterable<T> | null) {
    if (values) for (const v of values) this.add(v);
  }

  private shard(value: T): Set<T> {
    const k = typeof value === "number" ? (value >>> 0) % SHARDS : 0;
    return this.shards[k] as Set<T>;
  }

  get size(): number {
    let n = 0;
    for (const s of this.shards) n += s.size;
    return n;
  }
  has(value: T): boolean {
    return this.shard(value).has(value);
  }
  add(value: T): this {
    this.shard(value).add(value);
    return this;
  }
  delete(value: T): boolean {
    return this.shard(value).delete(value);
  }
  clear(): void {
    for (const s of this.shards) s.clear();
  }
  *values(): IterableIterator<T> {
    for (const s of this.shards) yield* s;
  }
  keys(): IterableIterator<T> {
    return this.values();
  }
  *entries(): IterableIterator<[T, T]> {
    for (const v of this.values()) yield [v, v];
  }
  forEach(fn: (value: T, key: T, set: this) => void): void {
    for (const v of this.values()) fn(v, v, this);
  }
  [Symbol.iterator](): IterableIterator<T> {
    return this.values();
  }
}

export function withShardedSets<R>(run: () => R): R {
  globalThis.Set = ShardedSet as unknown as SetConstructor;
  try {
    return run();
  } finally {
    globalThis.Set = RealSet;
  }
}
