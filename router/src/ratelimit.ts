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
  /**
   * Points per window shared by every member of a tenant, for requests acting in it (spent besides
   * the user's own); 0 turns the tenant budget off. One busy organisation cannot starve the others.
   */
  tenantPoints: number;
}

/** Who spends: the client address, and the signed-in user and the tenant the request acts in. */
export interface RateLimitCaller {
  ip: string;
  userId: string | null;
  tenantId?: string | null;
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
  private readonly tenants: RateLimiterAbstract | undefined;
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
    this.tenants = policy.tenantPoints > 0 ? make('tenant', policy.tenantPoints) : undefined;
  }

  /**
   * Spends `points` for this caller — from the user's budget (or the IP's), and for a request acting
   * in a tenant from the tenant's as well — or throws RATE_LIMITED (HTTP 429 with Retry-After, and
   * `extensions.scope` USER, IP or TENANT). A refusal by the tenant's budget gives the user's points
   * back. The headers describe the budget with the fewer points left.
   */
  async consume(caller: RateLimitCaller, points: number): Promise<RateLimitState> {
    const limiter = caller.userId ? this.users : this.anonymous;
    const limit = caller.userId ? this.policy.userPoints : this.policy.anonymousPoints;
    const key = caller.userId ?? caller.ip;
    const cost = Math.max(1, Math.ceil(points));
    const own = await this.spend(limiter, key, cost, limit, points, caller.userId ? 'USER' : 'IP');
    if (!this.tenants || !caller.userId || !caller.tenantId) return own;
    try {
      const shared = await this.spend(this.tenants, caller.tenantId, cost, this.policy.tenantPoints, points, 'TENANT');
      return shared.remaining < own.remaining ? shared : own;
    } catch (error) {
      await limiter.reward(key, cost).catch(() => undefined);
      throw error;
    }
  }

  private async spend(
    limiter: RateLimiterAbstract,
    key: string,
    cost: number,
    limit: number,
    points: number,
    scope: 'USER' | 'IP' | 'TENANT',
  ): Promise<RateLimitState> {
    try {
      return this.state(limit, await limiter.consume(key, cost));
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const state = this.state(limit, rejection);
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      const whose = scope === 'TENANT' ? "Your organisation's rate limit (shared by its members)" : 'Rate limit';
      throw new GraphQLError(
        points > limit
          ? `This operation costs ${points} points, more than the ${limit} allowed per ${this.policy.windowSeconds} s.`
          : `${whose} reached: ${limit} points per ${this.policy.windowSeconds} s. Retry in ${retryAfter} s.`,
        {
          extensions: {
            code: 'RATE_LIMITED',
            scope,
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
