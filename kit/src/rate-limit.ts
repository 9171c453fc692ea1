/**
 * A subgraph's own rate limit (weather queries per caller, media transforms per client): a token
 * budget per key over a window, shared by every replica through Redis when REDIS_URL is set, with a
 * per-process bucket of the same size taking over while Redis is unreachable. The router's limit
 * (router/src/ratelimit.ts) bounds every client's whole traffic; this one bounds one costly thing.
 */
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { Logger } from './logger';

export interface RateLimitOptions {
  /** Names the budget in Redis keys and logs (e.g. `weather`). */
  name: string;
  /** Spends allowed per key per window. */
  points: number;
  windowSeconds: number;
  redisUrl?: string;
  /** The deployment's REDIS_KEY_PREFIX. */
  keyPrefix?: string;
  log?: Logger;
}

export type RateLimitVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/** One budget; see the module comment. */
export interface RateLimit {
  /** Spends one point for `key` (`user:…`, `ip:…`); when the budget is spent, how long to wait. */
  spend(key: string): Promise<RateLimitVerdict>;
  close(): Promise<void>;
}

/** Makes a {@link RateLimit}. Keep one per started subgraph (a `PerStart`), closed by its start hook. */
export function createRateLimit(options: RateLimitOptions): RateLimit {
  const settings = {
    points: options.points,
    duration: options.windowSeconds,
    keyPrefix: `${options.keyPrefix ?? 'hubgraph:'}${options.name}:rl`,
  };
  const memory = new RateLimiterMemory(settings);
  let redis: Redis | undefined;
  let limiter: RateLimiterAbstract = memory;
  if (options.redisUrl) {
    redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    redis.on('error', (err: Error) =>
      options.log?.warn({ err: err.message }, `${options.name} rate limit: Redis unreachable, using per-process buckets`),
    );
    limiter = new RateLimiterRedis({ ...settings, storeClient: redis, insuranceLimiter: memory });
  }
  return {
    async spend(key) {
      try {
        await limiter.consume(key, 1);
        return { ok: true };
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) };
      }
    },
    async close() {
      if (redis) await redis.quit().catch(() => undefined);
    },
  };
}
