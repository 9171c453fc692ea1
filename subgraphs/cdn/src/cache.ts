/** A cached response. `size` counts body plus header bytes; the LRU is bounded by the sum of sizes. */
export interface CachedResponse {
  key: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** Clock time (ms) when the response was stored or last revalidated. */
  storedAt: number;
  /** Freshness lifetime in ms (0: revalidate on every use). */
  ttlMs: number;
  etag: string | undefined;
  tags: string[];
  size: number;
}

/** Least-recently-used cache bounded in bytes, not entries. */
export class ByteLru {
  private readonly entries = new Map<string, CachedResponse>();
  private used = 0;

  constructor(readonly maxBytes: number) {
    if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) throw new Error('maxBytes must be a positive integer');
  }

  get bytes(): number {
    return this.used;
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): CachedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Stores an entry, evicting the least recently used until it fits. An entry larger than the cache is not stored. */
  set(entry: CachedResponse): boolean {
    this.delete(entry.key);
    if (entry.size > this.maxBytes) return false;
    while (this.used + entry.size > this.maxBytes) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.delete(oldest.value);
    }
    this.entries.set(entry.key, entry);
    this.used += entry.size;
    return true;
  }

  delete(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    this.entries.delete(key);
    this.used -= entry.size;
    return true;
  }

  /** Deletes every entry matching the predicate; returns how many. */
  deleteWhere(predicate: (entry: CachedResponse) => boolean): number {
    let count = 0;
    for (const entry of [...this.entries.values()]) {
      if (predicate(entry)) count += this.delete(entry.key) ? 1 : 0;
    }
    return count;
  }
}
