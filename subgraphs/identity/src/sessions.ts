import type { Em, Logger } from '../../../kit';
import { RefreshFamily, RefreshToken, type RefreshTokenRow, type SessionEndReason } from './entities';
import { hashToken, looksLikeOpaqueToken, newOpaqueToken } from './secrets';

/** A refresh token is good for 30 days after it was issued (each rotation starts a new 30 days)… */
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60_000;
/** …but never beyond 90 days after the session began: a stolen session cannot be kept alive forever. */
export const SESSION_MAX_MS = 90 * 24 * 60 * 60_000;

/** A refresh token as the client gets it (the opaque value is never stored). */
export interface IssuedRefreshToken {
  token: string;
  expiresAt: Date;
  sessionId: string;
}

/** The outcome of exchanging a refresh token. */
export type Exchange =
  { ok: true; userId: string; refresh: IssuedRefreshToken } | { ok: false; reason: 'UNKNOWN' | 'EXPIRED' | 'REVOKED' | 'REUSED' };

/**
 * Refresh tokens with rotation and reuse detection (OAuth 2.0 Security BCP §4.14). Every logIn
 * starts a *family*; each exchange marks the presented token used and issues its successor in the
 * same family. Presenting a used token again means two parties hold the family (a stolen token or a
 * replay), so the whole family is revoked: the thief's and the user's newest tokens both stop working.
 */
export class RefreshSessions {
  private async insertToken(em: Em, userId: string, familyId: string, familyExpiresAt: Date, parentId: string | null) {
    const token = newOpaqueToken();
    const expiresAt = new Date(Math.min(Date.now() + REFRESH_TOKEN_TTL_MS, familyExpiresAt.getTime()));
    const row = em.create(RefreshToken, {
      tokenHash: hashToken(token),
      familyId,
      userId,
      parentId,
      expiresAt,
      usedAt: null,
      replacedById: null,
      revokedAt: null,
    });
    await em.flush();
    return { row, issued: { token, expiresAt, sessionId: familyId } };
  }

  /** Starts a session for `userId` and returns its first refresh token. */
  async start(em: Em, userId: string): Promise<IssuedRefreshToken> {
    const family = em.create(RefreshFamily, {
      userId,
      expiresAt: new Date(Date.now() + SESSION_MAX_MS),
      revokedAt: null,
      revokedReason: null,
    });
    await em.flush();
    return (await this.insertToken(em, userId, family.id, family.expiresAt, null)).issued;
  }

  private async find(em: Em, token: string): Promise<RefreshTokenRow | null> {
    if (!looksLikeOpaqueToken(token)) return null;
    return em.findOne(RefreshToken, { tokenHash: hashToken(token) });
  }

  /**
   * Exchanges `token` for its successor. Refuses unknown, expired and revoked tokens; a token that was
   * already exchanged revokes its family (reuse). The "mark used" step is a conditional update, so of
   * two simultaneous exchanges of one token exactly one wins and the other counts as reuse. Reuse is
   * logged as a warning on `log` (a security event worth alerting on).
   */
  async exchange(em: Em, token: string, log: Logger): Promise<Exchange> {
    const row = await this.find(em, token);
    if (!row) return { ok: false, reason: 'UNKNOWN' };
    const family = await em.findOne(RefreshFamily, { id: row.familyId });
    if (!family || family.revokedAt || row.revokedAt) return { ok: false, reason: 'REVOKED' };
    if (row.usedAt) {
      await this.revokeFamily(em, row.familyId, 'REUSE_DETECTED');
      log.warn({ sessionId: row.familyId, userId: row.userId }, 'refresh token reused: session revoked');
      return { ok: false, reason: 'REUSED' };
    }
    const now = new Date();
    if (row.expiresAt <= now || family.expiresAt <= now) return { ok: false, reason: 'EXPIRED' };

    const next = await em.transactional(async (tx) => {
      const claimed = await tx.nativeUpdate(RefreshToken, { id: row.id, usedAt: null, revokedAt: null }, { usedAt: now, updatedAt: now });
      if (claimed !== 1) return null;
      const { row: child, issued } = await this.insertToken(tx, row.userId, row.familyId, family.expiresAt, row.id);
      await tx.nativeUpdate(RefreshToken, { id: row.id }, { replacedById: child.id, updatedAt: now });
      return issued;
    });
    if (!next) {
      // Someone exchanged this token between our read and our claim.
      await this.revokeFamily(em, row.familyId, 'REUSE_DETECTED');
      log.warn({ sessionId: row.familyId, userId: row.userId }, 'refresh token exchanged twice at once: session revoked');
      return { ok: false, reason: 'REUSED' };
    }
    return { ok: true, userId: row.userId, refresh: next };
  }

  /** Ends one session. Returns how many sessions ended (0 when it had already ended). */
  async revokeFamily(em: Em, familyId: string, reason: SessionEndReason): Promise<number> {
    const now = new Date();
    // The family row decides (exchange checks it); marking its tokens is bookkeeping, so these two
    // updates need no transaction of their own and can run inside a caller's.
    const ended = await em.nativeUpdate(
      RefreshFamily,
      { id: familyId, revokedAt: null },
      { revokedAt: now, revokedReason: reason, updatedAt: now },
    );
    await em.nativeUpdate(RefreshToken, { familyId, revokedAt: null }, { revokedAt: now, updatedAt: now });
    return ended;
  }

  /** Ends the session `token` belongs to (log out). Unknown tokens end nothing, without an error. */
  async revokeByToken(em: Em, token: string): Promise<number> {
    const row = await this.find(em, token);
    return row ? this.revokeFamily(em, row.familyId, 'LOG_OUT') : 0;
  }

  /** Ends every session of `userId`; returns how many had not been revoked before. */
  async revokeAllOf(em: Em, userId: string, reason: SessionEndReason): Promise<number> {
    const now = new Date();
    const ended = await em.nativeUpdate(
      RefreshFamily,
      { userId, revokedAt: null },
      { revokedAt: now, revokedReason: reason, updatedAt: now },
    );
    await em.nativeUpdate(RefreshToken, { userId, revokedAt: null }, { revokedAt: now, updatedAt: now });
    return ended;
  }
}
