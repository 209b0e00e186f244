/** Bitsets over dense node ids, one bit per node in 32-bit words. */

export function bitsetFor(nodeCount: number): Uint32Array {
  return new Uint32Array((nodeCount + 31) >>> 5);
}

export function hasBit(bits: Uint32Array, i: number): boolean {
  return ((bits[i >>> 5] as number) & (1 << (i & 31))) !== 0;
}

export function setBit(bits: Uint32Array, i: number): void {
  bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
}

export function clearBit(bits: Uint32Array, i: number): void {
  bits[i >>> 5] = (bits[i >>> 5] as number) & ~(1 << (i & 31));
}

/** A copy with room for at least `nodeCount` bits; the old bits are kept. */
export function growBitset(bits: Uint32Array, nodeCount: number): Uint32Array {
  const words = (nodeCount + 31) >>> 5;
  if (words <= bits.length) return bits;
  const grown = new Uint32Array(Math.max(words, bits.length * 2));
  grown.set(bits);
  return grown;
}
