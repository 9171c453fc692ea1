import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { GraphQLError } from 'graphql';
import type { Logger } from '../../kit';

export interface RateLimitPolicy {
  windowSeconds: number;
  /** Points per window for requests without a user (keyed by client IP). */
  anonymousPoints: number;
  /** Points per window for a signed-in user (keyed by user id, whatever the IP). */
  userPoints: number;
}

/** What a request may still spend, for the `RateLimit` and `RateLimit-Policy` response headers. */
export interface RateLimitState {
  limit: number;
  remaining: number;
  resetSeconds: number;
  windowSeconds: number;
}

/**
 * Cost-weighted token buckets (catalogue #36): an operation spends as many points as its static cost.
 * Signed-in users are limited per user, everyone else per IP. With Redis every router replica draws
 * from the same buckets; if Redis fails, each replica falls back to a local in-memory bucket of the
 * same size (fail-open within a bound, so an outage of Redis never takes the API down).
 */
export class RateLimiter {
  private readonly anonymous: RateLimiterAbstract;
  private readonly users: RateLimiterAbstract;
  private readonly redis?: Redis;

  constructor(
    private readonly policy: RateLimitPolicy,
    redisUrl: string | undefined,
    prefix: string,
    log: Logger,
  ) {
    const make = (name: string, points: number): RateLimiterAbstract => {
      const memory = new RateLimiterMemory({ points, duration: policy.windowSeconds, keyPrefix: `${prefix}rl:${name}` });
      if (!this.redis) return memory;
      return new RateLimiterRedis({
        storeClient: this.redis,
        points,
        duration: policy.windowSeconds,
        keyPrefix: `${prefix}rl:${name}`,
        insuranceLimiter: memory,
      });
    };
    if (redisUrl) {
      this.redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
      this.redis.on('error', (err) => log.warn({ err: err.message }, 'rate limiter redis error (using local buckets)'));
    }
    this.anonymous = make('ip', policy.anonymousPoints);
    this.users = make('user', policy.userPoints);
  }

  /** Spends `points` for this caller, or throws RATE_LIMITED (HTTP 429 with Retry-After). */
  async consume(caller: { ip: string; userId: string | null }, points: number): Promise<RateLimitState> {
    const limiter = caller.userId ? this.users : this.anonymous;
    const limit = caller.userId ? this.policy.userPoints : this.policy.anonymousPoints;
    const key = caller.userId ?? caller.ip;
    try {
      const res = await limiter.consume(key, Math.max(1, Math.ceil(points)));
      return this.state(limit, res);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const state = this.state(limit, rejection);
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      const tooBig = points > limit;
      throw new GraphQLError(
        tooBig
          ? `This operation costs ${points} points, more than the ${limit} allowed per ${this.policy.windowSeconds} s.`
          : `Rate limit reached: ${limit} points per ${this.policy.windowSeconds} s. Retry in ${retryAfter} s.`,
        {
          extensions: {
            code: 'RATE_LIMITED',
            retryAfterSeconds: retryAfter,
            cost: points,
            http: { status: 429, headers: new Map([['retry-after', String(retryAfter)], ...rateLimitHeaders(state)]) },
          },
        },
      );
    }
  }

  private state(limit: number, res: RateLimiterRes): RateLimitState {
    return {
      limit,
      remaining: Math.max(0, res.remainingPoints),
      resetSeconds: Math.max(0, Math.ceil(res.msBeforeNext / 1000)),
      windowSeconds: this.policy.windowSeconds,
    };
  }

  close(): void {
    this.redis?.disconnect();
  }
}

/** The IETF draft headers: `RateLimit-Policy: 1000;w=60` and `RateLimit: limit=1000, remaining=990, reset=42`. */
export function rateLimitHeaders(state: RateLimitState): [string, string][] {
  return [
    ['ratelimit-policy', `${state.limit};w=${state.windowSeconds}`],
    ['ratelimit', `limit=${state.limit}, remaining=${state.remaining}, reset=${state.resetSeconds}`],
  ];
}
