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
    const bucket = `${what}:${hashToken(subject)}`;
    const since = new Date(Date.now() - rule.windowMs);
    const recent = await em.count(RateLimitHit, { bucket, createdAt: { $gt: since } });
    if (recent >= rule.limit) return false;
    em.create(RateLimitHit, { bucket });
    await em.flush();
    // Now and then, drop hits no window looks at any more; a failure here must not fail the request.
    if (Math.random() < 0.02) {
      await em.nativeDelete(RateLimitHit, { createdAt: { $lt: new Date(Date.now() - LONGEST_WINDOW_MS) } }).catch(() => undefined);
    }
    return true;
  }
}
