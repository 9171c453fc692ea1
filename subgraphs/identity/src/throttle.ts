import { hashToken } from './secrets';
import { RateLimitHit } from './entities';
import type { Em } from '../../../kit';

/** A sliding-window limit: at most `limit` attempts in any `windowMs`. */
export interface RateLimit {
  limit: number;
  windowMs: number;
}

/** Password-reset and verification mails: 5 per 15 minutes per address and per account. */
export const MAIL_RATE_LIMIT: RateLimit = { limit: 5, windowMs: 15 * 60_000 };

/** Mails asked for from one client IP (password reset, verification): 20 per 15 minutes. */
export const MAIL_IP_RATE_LIMIT: RateLimit = { limit: 20, windowMs: 15 * 60_000 };

/** Failed log-ins per address: 10 per 15 minutes, then the address is locked for the rest of the window. */
export const LOGIN_FAILURE_LIMIT: RateLimit = { limit: 10, windowMs: 15 * 60_000 };

/** Failed log-ins per client IP (password spraying across addresses): 50 per 15 minutes. */
export const LOGIN_IP_FAILURE_LIMIT: RateLimit = { limit: 50, windowMs: 15 * 60_000 };

/** Rows older than this belong to no window any more and are deleted now and then. */
const LONGEST_WINDOW_MS = 60 * 60_000;

/**
 * Counts attempts per bucket in the database, so every identity replica shares the counts (no
 * Redis needed). A bucket is named `<what>:<sha256 of the subject>` so e-mail addresses are not
 * stored in clear here. Concurrent attempts may overshoot the limit by the number of replicas
 * racing; for mail throttling that is acceptable.
 */
export class Throttle {
  /**
   * Records an attempt in `bucket` unless the window is full. Returns true when the attempt is
   * allowed (and counted), false when it is over the limit (and not counted, so a blocked client
   * does not extend its own block).
   */
  async attempt(em: Em, what: string, subject: string, rule: RateLimit): Promise<boolean> {
    if (await this.full(em, what, subject, rule)) return false;
    await this.record(em, what, subject);
    return true;
  }

  /** Whether the window of `bucket` is full (nothing is counted). */
  async full(em: Em, what: string, subject: string, rule: RateLimit): Promise<boolean> {
    const since = new Date(Date.now() - rule.windowMs);
    return (await em.count(RateLimitHit, { bucket: `${what}:${hashToken(subject)}`, createdAt: { $gt: since } })) >= rule.limit;
  }

  /** Counts one event in `bucket` without checking the limit (e.g. a failed log-in). */
  async record(em: Em, what: string, subject: string): Promise<void> {
    em.create(RateLimitHit, { bucket: `${what}:${hashToken(subject)}` });
    await em.flush();
    // Now and then, drop hits no window looks at any more; a failure here must not fail the request.
    if (Math.random() < 0.02) {
      await em.nativeDelete(RateLimitHit, { createdAt: { $lt: new Date(Date.now() - LONGEST_WINDOW_MS) } }).catch(() => undefined);
    }
  }
}
