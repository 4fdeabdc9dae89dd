// Plain data structure, no secrets: used by the server (sanitised HTML, session tokens) and the emulator.
/**
 * A Map with a size cap that drops the least recently used entry first. Map iteration order is
 * insertion order, so a hit is re-inserted to move it to the back and the front is the oldest.
 */
export class BoundedLru<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly maxEntries: number) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1)
      throw new RangeError(`maxEntries must be a positive integer, got ${maxEntries}`);
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key) as V;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.maxEntries)
      this.entries.delete(this.entries.keys().next().value as K);
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  /** Drops every entry the predicate picks (e.g. the cached orders a write made stale). */
  deleteWhere(pick: (value: V, key: K) => boolean): void {
    for (const [key, value] of this.entries) if (pick(value, key)) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** The cache's promise for `key`, loading it on a miss; a load that fails is forgotten (asked again next time). */
export function loadOnce<K, V>(
  cache: {
    get(key: K): Promise<V> | undefined;
    set(key: K, value: Promise<V>): unknown;
    delete(key: K): unknown;
  },
  key: K,
  load: () => Promise<V>,
): Promise<V> {
  let pending = cache.get(key);
  if (!pending) {
    pending = load();
    cache.set(key, pending);
    pending.catch(() => cache.delete(key));
  }
  return pending;
}
