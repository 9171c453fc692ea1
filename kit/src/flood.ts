import type { IncomingMessage, Server } from 'node:http';
import type { Socket } from 'node:net';

/**
 * Flood protection before any parsing (learning path: DDoS protection and rate-limiting variations).
 * Everything here is in memory, per process, and O(1) per connection or request: it must stay cheaper
 * than what it protects, so it never waits on Redis. Shared, cost-weighted limits per user are the
 * router's rate limiter's job (router/src/ratelimit.ts), after parsing.
 */

/** How a keyed rate rule counts. */
export const RATE_ALGORITHMS = ['token-bucket', 'sliding-window'] as const;
export type RateAlgorithm = (typeof RATE_ALGORITHMS)[number];

export interface RateRule {
  algorithm: RateAlgorithm;
  /** Requests per window (token bucket: the bucket's size; it refills `limit` tokens per window). */
  limit: number;
  windowMs: number;
}

export interface RateDecision {
  allowed: boolean;
  /** When the next request of this key would be allowed (0 when allowed now). */
  retryAfterMs: number;
}

interface BucketState {
  tokens: number;
  at: number;
}
interface WindowState {
  start: number;
  current: number;
  previous: number;
}

/**
 * A rate rule applied per key (a client IP), with one of two algorithms:
 * - **token bucket**: a burst of up to `limit` at once, then `limit` per window on average;
 * - **sliding window** (the two-window estimate Cloudflare describes): the previous window's count,
 *   weighted by how much of it still overlaps the last `windowMs`, plus the current window's; no burst
 *   at a window edge, which a fixed window allows (twice the limit across the boundary).
 * At most `maxKeys` keys are kept; the least recently refreshed go first, so a spray of spoofed or
 * rotating addresses cannot grow memory without bound (an evicted key starts afresh).
 */
export class KeyedRateLimiter {
  private readonly states = new Map<string, BucketState | WindowState>();

  constructor(
    readonly rule: RateRule,
    private readonly maxKeys = 100_000,
  ) {
    if (!(rule.limit >= 1) || !(rule.windowMs >= 1)) throw new Error('a rate rule needs limit ≥ 1 and windowMs ≥ 1');
  }

  /** Counts one request of `key` when allowed; a refused one is not counted. */
  take(key: string, now = Date.now()): RateDecision {
    const state = this.states.get(key);
    if (state) this.states.delete(key); // re-inserted below: Map order is the eviction order
    const decision =
      this.rule.algorithm === 'token-bucket'
        ? this.bucket(key, state as BucketState | undefined, now)
        : this.window(key, state as WindowState | undefined, now);
    if (this.states.size > this.maxKeys) this.states.delete(this.states.keys().next().value!);
    return decision;
  }

  /** Keys currently tracked (for metrics and tests). */
  get size(): number {
    return this.states.size;
  }

  private bucket(key: string, state: BucketState | undefined, now: number): RateDecision {
    const { limit, windowMs } = this.rule;
    const perMs = limit / windowMs;
    const tokens = state ? Math.min(limit, state.tokens + (now - state.at) * perMs) : limit;
    if (tokens >= 1) {
      this.states.set(key, { tokens: tokens - 1, at: now });
      return { allowed: true, retryAfterMs: 0 };
    }
    this.states.set(key, { tokens, at: now });
    return { allowed: false, retryAfterMs: Math.ceil((1 - tokens) / perMs) };
  }

  private window(key: string, state: WindowState | undefined, now: number): RateDecision {
    const { limit, windowMs } = this.rule;
    const start = now - (now % windowMs);
    let s: WindowState;
    if (!state || start - state.start >= 2 * windowMs) s = { start, current: 0, previous: 0 };
    else if (start !== state.start) s = { start, current: 0, previous: state.current };
    else s = state;
    const overlap = 1 - (now - start) / windowMs;
    const estimate = s.previous * overlap + s.current;
    if (estimate + 1 <= limit) {
      s.current += 1;
      this.states.set(key, s);
      return { allowed: true, retryAfterMs: 0 };
    }
    this.states.set(key, s);
    // When the estimate leaves room for one more: later in this window as the previous one slides out,
    // or, when this window alone is full, that far into the next one.
    const elapsed = now - start;
    let until: number;
    if (s.current + 1 <= limit && s.previous > 0) until = windowMs * (1 - (limit - 1 - s.current) / s.previous) - elapsed;
    else until = windowMs - elapsed + windowMs * Math.max(0, 1 - (limit - 1) / s.current);
    return { allowed: false, retryAfterMs: Math.max(1, Math.ceil(until)) };
  }
}

export interface ConnectionCapOptions {
  /** Open connections per peer address (0: no cap). Behind a proxy every client shares the proxy's address: set 0 there. */
  maxPerIp: number;
  /** Peer addresses never capped (loopback: a sidecar proxy, local tools). */
  exempt?: ReadonlySet<string>;
  /** Called when a connection is refused (for logs and metrics). */
  onRefused?: (ip: string) => void;
}

/**
 * Caps open connections per peer address on `server`: a connection beyond the cap is destroyed as it
 * arrives, before a byte is read. Counts every socket (HTTP keep-alive and WebSocket alike).
 */
export function capConnectionsPerIp(server: Server, options: ConnectionCapOptions): { open(ip: string): number } {
  const open = new Map<string, number>();
  if (options.maxPerIp > 0) {
    server.on('connection', (socket: Socket) => {
      const ip = socket.remoteAddress ?? 'unknown';
      if (options.exempt?.has(ip)) return;
      const count = (open.get(ip) ?? 0) + 1;
      if (count > options.maxPerIp) {
        options.onRefused?.(ip);
        socket.destroy();
        return;
      }
      open.set(ip, count);
      socket.once('close', () => {
        const left = (open.get(ip) ?? 1) - 1;
        if (left > 0) open.set(ip, left);
        else open.delete(ip);
      });
    });
  }
  return { open: (ip) => open.get(ip) ?? 0 };
}

/** The request-rate screen a request listener runs first: refuse (429) or let through. */
export type RequestAdmission = (req: IncomingMessage) => RateDecision | undefined;
