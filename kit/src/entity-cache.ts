import DataLoader from 'dataloader';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { Redis } from 'ioredis';
import { privateEntityReason } from './cache-control';
import type { Logger } from './logger';
import type { Em } from './orm';

/**
 * A subgraph's cache of public rows by id (issue 23 item 7: per-entity caching), in front of its
 * per-request loaders. Redis when REDIS_URL is set (shared by every replica), a bounded LRU in
 * memory otherwise (one process: SQLite and in-memory pub/sub are single-process by design).
 *
 * Invalidation is by versioned keys: each key has a generation (`gen`), bumped by `invalidate(key)`
 * after a write commits. A value is stored with the generation that was current BEFORE its row was
 * read, and a read accepts it only while that generation is still current. So a reader that loaded
 * the old row before a write and stores it after the write's invalidation stores a value nobody
 * accepts, and a write through one replica (INCR in Redis) invalidates the entry for every replica
 * at once, with no pub/sub message to lose. Every entry also expires after `ttlMs` (bounded), which
 * also bounds how stale a missed invalidation can leave a read.
 *
 * Only public data: {@link cachedEntityLoader} refuses tenant-owned and per-user entities (the same
 * rule as `@cacheControl(scope: PUBLIC)`, kit/src/cache-control.ts), so no key is per viewer.
 */
export interface EntityCacheStats {
  hits: number;
  misses: number;
  invalidations: number;
}

export interface EntityCache {
  /** The stored values of `keys` still valid, and the generation of each (to pass to `set`). */
  getMany(keys: readonly string[]): Promise<{ values: Map<string, unknown>; generations: Map<string, number> }>;
  /** Stores `value` read under `generation` (from `getMany` before the read); ignored when stale. */
  set(key: string, value: unknown, generation: number): Promise<void>;
  /** Makes every stored value of `key` invalid, on every replica. Call after the write commits. */
  invalidate(...keys: string[]): Promise<void>;
  readonly stats: EntityCacheStats;
  readonly ttlMs: number;
  close(): Promise<void>;
}

export const ENTITY_CACHE_MAX_TTL_MS = 3_600_000;

function boundedTtl(ttlMs: number): number {
  if (!Number.isFinite(ttlMs) || ttlMs < 1 || ttlMs > ENTITY_CACHE_MAX_TTL_MS) {
    throw new Error(`entity cache TTL must be between 1 ms and ${ENTITY_CACHE_MAX_TTL_MS} ms, got ${ttlMs}`);
  }
  return Math.round(ttlMs);
}

/** In one process: an LRU of at most `maxEntries` values, each expiring after `ttlMs`. */
export class MemoryEntityCache implements EntityCache {
  readonly stats: EntityCacheStats = { hits: 0, misses: 0, invalidations: 0 };
  readonly ttlMs: number;
  private readonly values = new Map<string, { value: string; generation: number; until: number }>();
  private readonly generations = new Map<string, number>();

  constructor(
    ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {
    this.ttlMs = boundedTtl(ttlMs);
  }

  async getMany(keys: readonly string[]) {
    const values = new Map<string, unknown>();
    const generations = new Map<string, number>();
    const now = Date.now();
    for (const key of keys) {
      const generation = this.generations.get(key) ?? 0;
      generations.set(key, generation);
      const held = this.values.get(key);
      if (held && held.generation === generation && held.until > now) {
        // Least recently used first: a hit moves the key to the end.
        this.values.delete(key);
        this.values.set(key, held);
        values.set(key, JSON.parse(held.value));
        this.stats.hits += 1;
      } else {
        if (held) this.values.delete(key);
        this.stats.misses += 1;
      }
    }
    return { values, generations };
  }

  async set(key: string, value: unknown, generation: number): Promise<void> {
    if ((this.generations.get(key) ?? 0) !== generation) return;
    this.values.delete(key);
    this.values.set(key, { value: JSON.stringify(value), generation, until: Date.now() + this.ttlMs });
    for (const oldest of this.values.keys()) {
      if (this.values.size <= this.maxEntries) break;
      this.values.delete(oldest);
    }
  }

  async invalidate(...keys: string[]): Promise<void> {
    for (const key of keys) {
      this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
      this.values.delete(key);
      this.stats.invalidations += 1;
    }
    // Generations of keys with no value left are only needed while a read may be in flight.
    if (this.generations.size > this.maxEntries * 4) {
      for (const key of this.generations.keys()) {
        if (this.generations.size <= this.maxEntries * 2) break;
        if (!this.values.has(key)) this.generations.delete(key);
      }
    }
  }

  async close(): Promise<void> {
    this.values.clear();
  }
}

/**
 * In Redis under `<prefix>ec:<name>:v:<key>` (the value and its generation, expiring after the TTL)
 * and `<prefix>ec:<name>:g:<key>` (the generation, kept a day past the last write). A Redis failure is
 * a miss (the row is read from the database), never a failed request.
 */
export class RedisEntityCache implements EntityCache {
  readonly stats: EntityCacheStats = { hits: 0, misses: 0, invalidations: 0 };
  readonly ttlMs: number;
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly base: string,
    ttlMs: number,
    private readonly log?: Logger,
  ) {
    this.ttlMs = boundedTtl(ttlMs);
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 1000 });
    let reported = false;
    this.redis.on('error', (error) => {
      if (!reported) this.log?.warn({ err: error }, 'entity cache: redis unavailable; reads go to the database');
      reported = true;
    });
    this.redis.on('ready', () => (reported = false));
  }

  async getMany(keys: readonly string[]) {
    const values = new Map<string, unknown>();
    const generations = new Map<string, number>();
    if (!keys.length) return { values, generations };
    try {
      const found = await this.redis.mget(...keys.map((k) => `${this.base}g:${k}`), ...keys.map((k) => `${this.base}v:${k}`));
      keys.forEach((key, i) => {
        const generation = Number(found[i] ?? 0);
        generations.set(key, generation);
        const text = found[keys.length + i];
        const held = text ? (JSON.parse(text) as { g: number; v: unknown }) : null;
        if (held && held.g === generation) {
          values.set(key, held.v);
          this.stats.hits += 1;
        } else this.stats.misses += 1;
      });
    } catch (error) {
      this.log?.debug({ err: error }, 'entity cache: read failed; treated as misses');
      this.stats.misses += keys.length;
      // No generation: nothing read now may be stored.
      generations.clear();
    }
    return { values, generations };
  }

  async set(key: string, value: unknown, generation: number): Promise<void> {
    try {
      await this.redis.set(`${this.base}v:${key}`, JSON.stringify({ g: generation, v: value }), 'PX', this.ttlMs);
    } catch (error) {
      this.log?.debug({ err: error }, 'entity cache: write failed');
    }
  }

  async invalidate(...keys: string[]): Promise<void> {
    if (!keys.length) return;
    const batch = this.redis.multi();
    for (const key of keys) batch.incr(`${this.base}g:${key}`).pexpire(`${this.base}g:${key}`, 86_400_000).del(`${this.base}v:${key}`);
    try {
      await batch.exec();
      this.stats.invalidations += keys.length;
    } catch (error) {
      // The TTL bounds how long the old value can still be served.
      this.log?.warn({ err: error, keys }, 'entity cache: invalidation failed; entries expire with their TTL');
    }
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

export interface EntityCacheOptions {
  /** Names the cache in Redis keys (e.g. `library`). */
  name: string;
  redisUrl?: string;
  /** REDIS_KEY_PREFIX. */
  prefix?: string;
  ttlMs: number;
  /** Memory only: the LRU's bound. */
  maxEntries?: number;
  log?: Logger;
}

/** Redis when `redisUrl` is set, a bounded memory LRU otherwise. */
export function createEntityCache(options: EntityCacheOptions): EntityCache {
  return options.redisUrl
    ? new RedisEntityCache(options.redisUrl, `${options.prefix ?? 'hubgraph:'}ec:${options.name}:`, options.ttlMs, options.log)
    : new MemoryEntityCache(options.ttlMs, options.maxEntries);
}

/** How a row is stored: its own properties, Dates as `{ $date: ms }` so they come back as Dates. */
function toStored(row: object): unknown {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(row)) {
    if (typeof value === 'function') continue;
    out[name] = value instanceof Date ? { $date: value.getTime() } : value;
  }
  return out;
}

function fromStored<T>(stored: unknown): T {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(stored as Record<string, unknown>)) {
    out[name] =
      value && typeof value === 'object' && !Array.isArray(value) && typeof (value as { $date?: unknown }).$date === 'number'
        ? new Date((value as { $date: number }).$date)
        : value;
  }
  return out as T;
}

/**
 * Like the kit's `entityLoader` (one statement per tick for the ids asked), with `cache` in front:
 * ids found are not read from the database. Rows come back as plain objects (not managed by the
 * request's entity manager): use it for reads, never to load a row a mutation then changes. Keys are
 * `<Entity>:<id>`, so invalidate with {@link entityCacheKey}. Refuses per-user and tenant-owned
 * entities at creation: their rows must never be shared between viewers.
 */
export function cachedEntityLoader<T extends object>(em: Em, entity: EntityName<T>, cache: EntityCache): DataLoader<string, T | null> {
  const meta = em.getMetadata().get(entity as never);
  const reason = privateEntityReason({ meta });
  if (reason) throw new Error(`cachedEntityLoader: ${meta.className} is ${reason}; only public rows may be cached`);
  return new DataLoader<string, T | null>(
    async (ids) => {
      const keys = ids.map((id) => entityCacheKey(meta.className, id));
      const { values, generations } = await cache.getMany(keys);
      const missing = ids.filter((_, i) => !values.has(keys[i]!));
      const byId = new Map<string, T>();
      if (missing.length) {
        const rows = await em.find(entity, { id: { $in: missing } } as unknown as FilterQuery<T>);
        await Promise.all(
          rows.map(async (row) => {
            const id = String((row as Record<string, unknown>).id);
            byId.set(id, row);
            const generation = generations.get(entityCacheKey(meta.className, id));
            if (generation !== undefined) await cache.set(entityCacheKey(meta.className, id), toStored(row), generation);
          }),
        );
      }
      return ids.map((id, i) => {
        const stored = values.get(keys[i]!);
        return stored !== undefined ? fromStored<T>(stored) : (byId.get(id) ?? null);
      });
    },
    { maxBatchSize: 500 },
  );
}

/** The cache key of one row: `<Entity>:<id>`. */
export function entityCacheKey(className: string, id: string): string {
  return `${className}:${id}`;
}

// One cache per started subgraph (its ORM), found again from any fork of it: a subgraph's loaders are
// built per request from the request's entity manager alone, and replicas in one process (tests) must
// not share a cache.
const attached = new WeakMap<object, EntityCache>();

/** Makes `cache` the one `entityCacheOf` finds for `em` and every fork of it (call in `start`). */
export function attachEntityCache(em: Em, cache: EntityCache): void {
  attached.set(em.config, cache);
}

/** The cache attached to `em`'s ORM, if any. */
export function entityCacheOf(em: Em): EntityCache | undefined {
  return attached.get(em.config);
}
