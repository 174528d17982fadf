/**
 * A map with a bound on its size, for memos: two generations, the young one taking new
 * entries and the old one read through (an entry read from it moves back to the young one).
 * When the young generation holds half the bound it becomes the old one and the previous old
 * one is dropped, so the map never holds more than `limit` entries and the words read often
 * stay in it.
 *
 * @module
 */

export class BoundedMap<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  private readonly half: number;

  /** `limit`: the most entries kept (0 keeps nothing). */
  constructor(readonly limit: number) {
    this.half = Math.max(1, Math.ceil(limit / 2));
  }

  get(key: K): V | undefined {
    const hit = this.young.get(key);
    if (hit !== undefined || this.old.size === 0) return hit;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: K, value: V): void {
    if (this.limit <= 0) return;
    this.young.set(key, value);
    if (this.young.size >= this.half) {
      this.old = this.young;
      this.young = new Map();
    }
  }

  /** How many entries are held (an entry in both generations counts twice). */
  get size(): number {
    return this.young.size + this.old.size;
  }

  clear(): void {
    this.young = new Map();
    this.old = new Map();
  }
}
