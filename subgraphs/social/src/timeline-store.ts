import { Redis } from 'ioredis';
import { PerStart, type Logger } from '../../../kit';
import type { SocialConfig } from './config';

/** One home-timeline entry: a post id and its score (the post's creation time in ms). */
export interface TimelineEntry {
  postId: string;
  score: number;
}

/**
 * Where home timelines live: one sorted set per user, highest score first, trimmed to `size` entries.
 * Redis sorted sets when REDIS_URL is set (shared by every replica), memory otherwise (one process).
 * Entries are only hints: every read re-checks the posts (deleted, blocked, muted, unfollowed).
 */
export interface TimelineStore {
  /** Adds one post to each user's timeline and trims each to `size`. Idempotent. */
  push(userIds: readonly string[], entry: TimelineEntry, size: number): Promise<void>;
  /** Up to `limit` entries below (score, postId), newest first; everything when `before` is null. */
  range(userId: string, before: TimelineEntry | null, limit: number): Promise<TimelineEntry[]>;
  /** How many entries a user's timeline holds. */
  count(userId: string): Promise<number>;
  close(): Promise<void>;
}

/** Newer first: higher score, then the larger id (UUIDv7 ids grow with time). */
export function newerFirst(a: TimelineEntry, b: TimelineEntry): number {
  return b.score - a.score || (a.postId < b.postId ? 1 : a.postId > b.postId ? -1 : 0);
}

/** Whether `e` comes strictly after `before` in {@link newerFirst} order. */
export function isOlder(e: TimelineEntry, before: TimelineEntry): boolean {
  return e.score < before.score || (e.score === before.score && e.postId < before.postId);
}

export class MemoryTimelineStore implements TimelineStore {
  private readonly sets = new Map<string, TimelineEntry[]>();

  async push(userIds: readonly string[], entry: TimelineEntry, size: number): Promise<void> {
    for (const userId of userIds) {
      const list = (this.sets.get(userId) ?? []).filter((e) => e.postId !== entry.postId);
      list.push(entry);
      list.sort(newerFirst);
      if (list.length > size) list.length = size;
      this.sets.set(userId, list);
    }
  }

  async range(userId: string, before: TimelineEntry | null, limit: number): Promise<TimelineEntry[]> {
    const list = this.sets.get(userId) ?? [];
    return (before ? list.filter((e) => isOlder(e, before)) : list).slice(0, limit);
  }

  async count(userId: string): Promise<number> {
    return this.sets.get(userId)?.length ?? 0;
  }

  async close(): Promise<void> {
    this.sets.clear();
  }
}

export class RedisTimelineStore implements TimelineStore {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false });
  }

  private key(userId: string): string {
    return `${this.prefix}social:timeline:${userId}`;
  }

  async push(userIds: readonly string[], entry: TimelineEntry, size: number): Promise<void> {
    if (!userIds.length) return;
    const pipeline = this.redis.pipeline();
    for (const userId of userIds) {
      pipeline.zadd(this.key(userId), entry.score, entry.postId);
      pipeline.zremrangebyrank(this.key(userId), 0, -(size + 1));
    }
    const results = (await pipeline.exec()) ?? [];
    const failed = results.find(([error]) => error);
    if (failed) throw failed[0];
  }

  async range(userId: string, before: TimelineEntry | null, limit: number): Promise<TimelineEntry[]> {
    // Entries with the cursor's own score may lie on either side of it: read them too, then cut.
    const max = before ? String(before.score) : '+inf';
    const raw = await this.redis.zrevrangebyscore(this.key(userId), max, '-inf', 'WITHSCORES', 'LIMIT', 0, limit + 20);
    const entries: TimelineEntry[] = [];
    for (let i = 0; i < raw.length; i += 2) entries.push({ postId: raw[i]!, score: Number(raw[i + 1]) });
    entries.sort(newerFirst);
    return (before ? entries.filter((e) => isOlder(e, before)) : entries).slice(0, limit);
  }

  async count(userId: string): Promise<number> {
    return this.redis.zcard(this.key(userId));
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}

/** The started subgraph's timeline store: Redis when REDIS_URL is set, memory otherwise. */
export const timelineStores = new PerStart<SocialConfig, TimelineStore>(
  (config: SocialConfig, _log: Logger) =>
    config.REDIS_URL ? new RedisTimelineStore(config.REDIS_URL, config.REDIS_KEY_PREFIX ?? '') : new MemoryTimelineStore(),
  (store) => store.close(),
);
