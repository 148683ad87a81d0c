/**
 * Execution ids seen in one file: an open-addressing hash table over the index of each
 * execution. A Map keyed by a million fresh id strings costs ~0.5 µs per insert; this costs a
 * fraction of that and allocates nothing per row. It is exact: the 32-bit hash only finds
 * candidates, equality of the id strings decides.
 */
export class IdIndex {
  private slots = new Int32Array(1 << 12); // execution index + 1; 0 = empty
  private hashes = new Int32Array(1 << 12);
  private size = 0;

  constructor(private readonly idAt: (index: number) => string) {}

  /** The index stored under `id`, or -1. */
  find(id: string): number {
    const h = hash(id);
    const mask = this.slots.length - 1;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const v = this.slots[i] as number;
      if (v === 0) return -1;
      if (this.hashes[i] === h && this.idAt(v - 1) === id) return v - 1;
    }
  }

  /** The index stored under `id`; when absent, stores `index` under it and returns -1. */
  findOrAdd(id: string, index: number): number {
    const h = hash(id);
    let mask = this.slots.length - 1;
    let i = h & mask;
    for (; ; i = (i + 1) & mask) {
      const v = this.slots[i] as number;
      if (v === 0) break;
      if (this.hashes[i] === h && this.idAt(v - 1) === id) return v - 1;
    }
    if ((this.size + 1) * 2 > this.slots.length) {
      this.grow();
      mask = this.slots.length - 1;
      for (i = h & mask; this.slots[i] !== 0; i = (i + 1) & mask);
    }
    this.slots[i] = index + 1;
    this.hashes[i] = h;
    this.size++;
    return -1;
  }

  /** Adds an id known to be absent. */
  add(id: string, index: number): void {
    if ((this.size + 1) * 2 > this.slots.length) this.grow();
    this.put(hash(id), index);
    this.size++;
  }

  private put(h: number, index: number): void {
    const mask = this.slots.length - 1;
    let i = h & mask;
    while (this.slots[i] !== 0) i = (i + 1) & mask;
    this.slots[i] = index + 1;
    this.hashes[i] = h;
  }

  private grow(): void {
    const { slots, hashes } = this;
    this.slots = new Int32Array(slots.length * 2);
    this.hashes = new Int32Array(slots.length * 2);
    for (let i = 0; i < slots.length; i++) {
      const v = slots[i] as number;
      if (v !== 0) this.put(hashes[i] as number, v - 1);
    }
  }
}

/** FNV-1a over UTF-16 code units, with a final avalanche so linear probing spreads well. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h | 0;
}
