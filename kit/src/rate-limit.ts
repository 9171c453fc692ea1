/**
 * A subgraph's own rate limit (weather queries per caller, media transforms per client): a token
 * budget per key over a window, shared by every replica through Redis when REDIS_URL is set, with a
 * per-process bucket of the same size taking over while Redis is unreachable. The router's limit
 * (router/src/ratelimit.ts) bounds every client's whole traffic; this one bounds one costly thing.
 */
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { KeyedRateLimiter, type RateAlgorithm } from './flood';
import type { Logger } from './logger';

export interface RateLimitOptions {
  /** Names the budget in Redis keys and logs (e.g. `weather`). */
  name: string;
  /** Spends allowed per key per window. */
  points: number;
  windowSeconds: number;
  /**
   * How spends are counted: `fixed-window` (the default: `points` per window starting at the first
   * spend), `token-bucket` (a burst of `points`, refilled at `points` per window) or `sliding-window`
   * (the previous window weighted by its overlap plus the current one: no double burst at an edge).
   */
  algorithm?: 'fixed-window' | RateAlgorithm;
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

/**
 * Token bucket and sliding window in Redis, one script each, on Redis' clock (replicas' clocks may
 * disagree): the same arithmetic as kit/src/flood.ts. KEYS[1] the key; ARGV limit, window in ms.
 * Returns { allowed (1/0), retry after ms }.
 */
const NOW_MS = `local t = redis.call('TIME') local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1]) local window = tonumber(ARGV[2])`;
const TOKEN_BUCKET_LUA = `${NOW_MS}
local s = redis.call('HMGET', KEYS[1], 't', 'a')
local rate = limit / window
local tokens = tonumber(s[1]) local at = tonumber(s[2])
if tokens == nil or at == nil then tokens = limit at = now end
tokens = math.min(limit, tokens + math.max(0, now - at) * rate)
local allowed = 0 local retry = 0
if tokens >= 1 then tokens = tokens - 1 allowed = 1 else retry = math.ceil((1 - tokens) / rate) end
redis.call('HSET', KEYS[1], 't', tostring(tokens), 'a', tostring(now))
redis.call('PEXPIRE', KEYS[1], window * 2)
return { allowed, retry }`;
const SLIDING_WINDOW_LUA = `${NOW_MS}
local start = now - (now % window)
local s = redis.call('HMGET', KEYS[1], 's', 'c', 'p')
local ws = tonumber(s[1]) local cur = tonumber(s[2]) or 0 local prev = tonumber(s[3]) or 0
if ws == nil or start - ws >= 2 * window then cur = 0 prev = 0 elseif start ~= ws then prev = cur cur = 0 end
local elapsed = now - start
local estimate = prev * (1 - elapsed / window) + cur
local allowed = 0 local retry = 0
if estimate + 1 <= limit then cur = cur + 1 allowed = 1
else
  if cur + 1 <= limit and prev > 0 then retry = window * (1 - (limit - 1 - cur) / prev) - elapsed
  else retry = window - elapsed + window * math.max(0, 1 - (limit - 1) / cur) end
  retry = math.max(1, math.ceil(retry))
end
redis.call('HSET', KEYS[1], 's', start, 'c', cur, 'p', prev)
redis.call('PEXPIRE', KEYS[1], window * 2)
return { allowed, retry }`;

/**
 * Waits up to `ms` for a connection that is still being made (a fresh replica's first spends), so
 * they count in the shared budget instead of falling back to the process's own.
 */
async function connected(redis: Redis, ms = 1000): Promise<void> {
  if (redis.status === 'ready' || redis.status === 'end') return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    redis.once('ready', done);
  });
}

/** Makes a {@link RateLimit}. Keep one per started subgraph (a `PerStart`), closed by its start hook. */
export function createRateLimit(options: RateLimitOptions): RateLimit {
  const algorithm = options.algorithm ?? 'fixed-window';
  if (algorithm !== 'fixed-window') return createAlgorithmLimit(options, algorithm);
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
        if (redis) await connected(redis);
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

function createAlgorithmLimit(options: RateLimitOptions, algorithm: RateAlgorithm): RateLimit {
  const rule = { algorithm, limit: options.points, windowMs: options.windowSeconds * 1000 };
  const memory = new KeyedRateLimiter(rule);
  const prefix = `${options.keyPrefix ?? 'hubgraph:'}${options.name}:${algorithm}:`;
  const script = algorithm === 'token-bucket' ? TOKEN_BUCKET_LUA : SLIDING_WINDOW_LUA;
  let redis: Redis | undefined;
  if (options.redisUrl) {
    redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    redis.on('error', (err: Error) =>
      options.log?.warn({ err: err.message }, `${options.name} rate limit: Redis unreachable, using per-process buckets`),
    );
  }
  const verdict = (allowed: boolean, retryAfterMs: number): RateLimitVerdict =>
    allowed ? { ok: true } : { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
  return {
    async spend(key) {
      if (redis) {
        try {
          await connected(redis);
          const [allowed, retry] = (await redis.eval(script, 1, prefix + key, rule.limit, rule.windowMs)) as [number, number];
          return verdict(allowed === 1, retry);
        } catch {
          // Redis unreachable: this process's own bucket of the same size (logged by the error handler).
        }
      }
      const decision = memory.take(key);
      return verdict(decision.allowed, decision.retryAfterMs);
    },
    async close() {
      if (redis) await redis.quit().catch(() => undefined);
    },
  };
}
