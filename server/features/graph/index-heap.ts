/**
 * A binary min-heap of node ids on typed arrays, keyed by an external distance array, with positions
 * kept so a key can be decreased in place. Capacity is fixed; nothing is allocated per operation.
 * `pos` is only meaningful for nodes currently in the heap: callers track membership themselves.
 */
export interface IndexHeap {
  items: Int32Array;
  pos: Int32Array;
  key: Float64Array;
  size: number;
}

export function createIndexHeap(capacity: number, key: Float64Array): IndexHeap {
  return { items: new Int32Array(capacity), pos: new Int32Array(capacity), key, size: 0 };
}

export function heapPush(h: IndexHeap, node: number): void {
  h.items[h.size] = node;
  h.pos[node] = h.size;
  siftUp(h, h.size++);
}

/** Call after lowering `key[node]` of a node in the heap. */
export function heapDecrease(h: IndexHeap, node: number): void {
  siftUp(h, h.pos[node] as number);
}

export function heapPop(h: IndexHeap): number {
  const top = h.items[0] as number;
  const last = h.items[--h.size] as number;
  if (h.size > 0) {
    h.items[0] = last;
    h.pos[last] = 0;
    siftDown(h, 0);
  }
  return top;
}

export function heapTopKey(h: IndexHeap): number {
  return h.size === 0 ? Number.POSITIVE_INFINITY : (h.key[h.items[0] as number] as number);
}

function siftUp(h: IndexHeap, at: number): void {
  const { items, pos, key } = h;
  const node = items[at] as number;
  const k = key[node] as number;
  let i = at;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const p = items[parent] as number;
    if ((key[p] as number) <= k) break;
    items[i] = p;
    pos[p] = i;
    i = parent;
  }
  items[i] = node;
  pos[node] = i;
}

function siftDown(h: IndexHeap, at: number): void {
  const { items, pos, key, size } = h;
  const node = items[at] as number;
  const k = key[node] as number;
  let i = at;
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    const right = child + 1;
    if (right < size && (key[items[right] as number] as number) < (key[items[child] as number] as number)) {
      child = right;
    }
    const c = items[child] as number;
    if ((key[c] as number) >= k) break;
    items[i] = c;
    pos[c] = i;
    i = child;
  }
  items[i] = node;
  pos[node] = i;
}
