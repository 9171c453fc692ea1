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
 * stored in clear here. A place in a window is taken by writing the hit first and counting after
 * (see {@link Throttle.reserve}), so concurrent attempts, on any number of replicas, never overshoot.
 */
export class Throttle {
  /**
   * Records an attempt in `bucket` unless the window is full. Returns true when the attempt is
   * allowed (and counted), false when it is over the limit (and not counted, so a blocked client
   * does not extend its own block).
   */
  async attempt(em: Em, what: string, subject: string, rule: RateLimit): Promise<boolean> {
    return (await this.reserve(em, what, subject, rule)) !== null;
  }

  /**
   * Takes a place in the window of `bucket` for an attempt about to be made, or returns null when the
   * window is full. The hit is committed first and the window counted after, with it: each caller
   * counts every hit committed before its own, so of any number of concurrent callers at most `limit`
   * see a count within the limit (counting first and writing after let every racer through). A refused
   * hit is taken back, so a blocked client does not extend its own block. Returns the hit's id, for
   * {@link release} when the attempt should not count after all (a successful log-in).
   */
  async reserve(em: Em, what: string, subject: string, rule: RateLimit): Promise<string | null> {
    const bucket = `${what}:${hashToken(subject)}`;
    const hit = em.create(RateLimitHit, { bucket });
    await em.flush();
    const since = new Date(Date.now() - rule.windowMs);
    if ((await em.count(RateLimitHit, { bucket, createdAt: { $gt: since } })) > rule.limit) {
      await this.release(em, hit.id);
      return null;
    }
    // Now and then, drop hits no window looks at any more; a failure here must not fail the request.
    if (Math.random() < 0.02) {
      await em.nativeDelete(RateLimitHit, { createdAt: { $lt: new Date(Date.now() - LONGEST_WINDOW_MS) } }).catch(() => undefined);
    }
    return hit.id;
  }

  /** Takes back a place {@link reserve} took (the attempt does not count). */
  async release(em: Em, hitId: string): Promise<void> {
    await em.nativeDelete(RateLimitHit, { id: hitId });
  }
}
