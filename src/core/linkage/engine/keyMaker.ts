/**
 * Composite keys as small integers (blocking keys, pairs of values to count): each (key, part) pair is interned, so a key of any number of parts
 * is one integer, with no strings built per record (a million records file tens of millions of keys).
 */
export class KeyMaker {
  private capacity = 1 << 16;
  private firsts = new Int32Array(this.capacity).fill(-1);
  private seconds = new Int32Array(this.capacity);
  private thirds = new Int32Array(this.capacity);
  private values = new Int32Array(this.capacity);
  private count = 0;

  /** The id of a key of two or three parts, or -1 when it was never made. */
  find(first: number, second: number, third = -1): number {
    const mask = this.capacity - 1;
    let slot = hash(first, second, third) & mask;
    for (;;) {
      const stored = this.firsts[slot] ?? -1;
      if (stored === -1) return -1;
      if (stored === first && this.seconds[slot] === second && this.thirds[slot] === third) {
        return this.values[slot] ?? -1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The key made of two or three parts (non-negative 32-bit integers; the third -1 when there are two). */
  join(first: number, second: number, third = -1): number {
    const mask = this.capacity - 1;
    let slot = hash(first, second, third) & mask;
    for (;;) {
      const stored = this.firsts[slot] ?? -1;
      if (stored === -1) break;
      if (stored === first && this.seconds[slot] === second && this.thirds[slot] === third) {
        return this.values[slot] ?? 0;
      }
      slot = (slot + 1) & mask;
    }
    const id = this.count;
    this.firsts[slot] = first;
    this.seconds[slot] = second;
    this.thirds[slot] = third;
    this.values[slot] = id;
    this.count += 1;
    if (this.count * 2 > this.capacity) this.grow();
    return id;
  }

  get size(): number {
    return this.count;
  }

  private grow(): void {
    const { firsts, seconds, thirds, values } = this;
    this.capacity *= 2;
    this.firsts = new Int32Array(this.capacity).fill(-1);
    this.seconds = new Int32Array(this.capacity);
    this.thirds = new Int32Array(this.capacity);
    this.values = new Int32Array(this.capacity);
    const mask = this.capacity - 1;
    for (let old = 0; old < firsts.length; old += 1) {
      const first = firsts[old] ?? -1;
      if (first === -1) continue;
      const second = seconds[old] ?? 0;
      const third = thirds[old] ?? 0;
      let slot = hash(first, second, third) & mask;
      while ((this.firsts[slot] ?? -1) !== -1) slot = (slot + 1) & mask;
      this.firsts[slot] = first;
      this.seconds[slot] = second;
      this.thirds[slot] = third;
      this.values[slot] = values[old] ?? 0;
    }
  }
}

function hash(first: number, second: number, third: number): number {
  return Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b) ^ Math.imul(third + 1, 0xc2b2ae35);
}
