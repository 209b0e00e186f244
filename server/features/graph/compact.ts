import type { Csr } from "./csr.ts";
import type { AddedLinks, Overlay } from "./overlay.ts";

/**
 * A new CSR holding base + overlay: one sequential pass copying each base row without its removed
 * links and links to deleted people, then merging in the row's added links (few; sorted first). Base
 * rows are already sorted, so most rows are a plain copy. About 4× faster than feeding every link back
 * through CsrBuilder (80 ms instead of 370 ms at 2M links), which matters: it runs on the event loop.
 */
export function foldOverlay(
  base: Csr,
  overlay: Overlay,
  nodeCount: number,
  deleted: ReadonlySet<number>,
): Csr {
  const capacity = base.targets.length + 2 * overlay.addedCount;
  const offsets = new Uint32Array(nodeCount + 1);
  let targets = new Uint32Array(capacity);
  let costs = new Float32Array(capacity);
  const gone = (v: number) => deleted.size > 0 && deleted.has(v);
  let w = 0;
  for (let u = 0; u < nodeCount; u++) {
    const start = w;
    if (!gone(u)) {
      const removed = overlay.removed.get(u);
      if (u < base.nodeCount) {
        for (let i = base.offsets[u] as number, end = base.offsets[u + 1] as number; i < end; i++) {
          const v = base.targets[i] as number;
          if (removed?.has(v) || gone(v)) continue;
          targets[w] = v;
          costs[w] = base.costs[i] as number;
          w++;
        }
      }
      const added = overlay.added.get(u);
      if (added !== undefined) w = mergeAdded(targets, costs, start, w, added, gone);
    }
    offsets[u + 1] = w;
  }
  if (w < capacity) {
    targets = targets.slice(0, w);
    costs = costs.slice(0, w);
  }
  return { nodeCount, offsets, targets, costs };
}

/**
 * Merges a row's added links (few, unsorted) into its sorted base part targets[start, end), backwards in
 * place, so the row stays sorted. Returns the row's new end.
 */
function mergeAdded(
  targets: Uint32Array,
  costs: Float32Array,
  start: number,
  end: number,
  added: AddedLinks,
  gone: (v: number) => boolean,
): number {
  const order = added.targets.map((_, k) => k).filter((k) => !gone(added.targets[k] as number));
  if (order.length > 1) order.sort((x, y) => (added.targets[x] as number) - (added.targets[y] as number));
  let i = end - 1;
  let w = end + order.length - 1;
  for (let j = order.length - 1; j >= 0; j--) {
    const k = order[j] as number;
    const v = added.targets[k] as number;
    while (i >= start && (targets[i] as number) > v) {
      targets[w] = targets[i] as number;
      costs[w] = costs[i] as number;
      w--;
      i--;
    }
    targets[w] = v;
    costs[w] = added.costs[k] as number;
    w--;
  }
  return end + order.length;
}
