import { fieldError, hashPassword, recordEvent, requireViewer, unauthenticated, type Em, type UserError } from '../../../kit';
import type { IdentityDeps } from './context';
import { SESSIONS_REVOKED_EVENT } from './access-changes';
import type { IdentityConfig } from './config';
import { ActionToken, User, type ActionTokenPurpose, type ActionTokenRow, type UserRow } from './entities';
import { OAuthIdentity } from './oauth/entities';
import { passwordChangedMail, passwordResetMail, verificationMail, type MailQueue } from './mail';
import { hashToken, looksLikeOpaqueToken, newOpaqueToken } from './secrets';
import { isValidEmail, normaliseEmail, validatePassword } from './service';
import type { RefreshSessions } from './sessions';
import type { WebSessions } from './websessions';
import { MAIL_IP_RATE_LIMIT, MAIL_RATE_LIMIT, type Throttle } from './throttle';

/** A reset link works for 30 minutes. */
export const PASSWORD_RESET_TTL_MS = 30 * 60_000;
/** A verification link works for 24 hours (people read mail later than they reset passwords). */
export const EMAIL_VERIFICATION_TTL_MS = 24 * 60 * 60_000;

/** What recovery needs from the running subgraph; set once it has started (see index.ts). */
export interface RecoveryRuntime {
  config: IdentityConfig;
  mail: MailQueue;
}

const rateLimited = (field: string | null, message: string): UserError => ({ field, message, code: 'RATE_LIMITED' });

const INVALID_RESET_LINK = 'This reset link is invalid, already used or expired; ask for a new one.';
const INVALID_VERIFICATION_LINK = 'This verification link is invalid, already used or expired; ask for a new one.';

/**
 * Password reset (catalogue #26) and e-mail verification: single-use, expiring tokens (256 bits,
 * stored as SHA-256) mailed as links. Asking for a reset answers the same whether or not an account
 * uses the address, and the mail goes out after the answer, so neither the answer nor its timing
 * tells who has an account.
 */
export class AccountRecovery {
  private runtime?: RecoveryRuntime;

  constructor(
    private readonly sessions: RefreshSessions,
    private readonly throttle: Throttle,
    private readonly webSessions: WebSessions,
  ) {}

  /** Called when the subgraph starts, with its configuration and mail queue. */
  configure(runtime: RecoveryRuntime): void {
    this.runtime = runtime;
  }

  private get started(): RecoveryRuntime {
    if (!this.runtime) throw new Error('identity recovery used before the subgraph started');
    return this.runtime;
  }

  /** `<PUBLIC_URL>/<page>?token=…`, keeping any path PUBLIC_URL has. */
  private link(page: string, token: string): string {
    const base = this.started.config.PUBLIC_URL;
    const url = new URL(page, base.endsWith('/') ? base : `${base}/`);
    url.searchParams.set('token', token);
    return url.toString();
  }

  private async issue(em: Em, user: UserRow, purpose: ActionTokenPurpose, ttlMs: number): Promise<string> {
    const token = newOpaqueToken();
    em.create(ActionToken, {
      tokenHash: hashToken(token),
      purpose,
      userId: user.id,
      email: user.email,
      expiresAt: new Date(Date.now() + ttlMs),
      usedAt: null,
    });
    await em.flush();
    return token;
  }

  /** The usable token behind `token` and its user, or null (unknown, used, expired, or mailed to an old address). */
  private async usable(em: Em, token: string, purpose: ActionTokenPurpose): Promise<{ row: ActionTokenRow; user: UserRow } | null> {
    if (!looksLikeOpaqueToken(token)) return null;
    const row = await em.findOne(ActionToken, { tokenHash: hashToken(token), purpose });
    if (!row || row.usedAt || row.expiresAt <= new Date()) return null;
    const user = await em.findOne(User, { id: row.userId });
    if (!user || user.email !== row.email) return null;
    return { row, user };
  }

  /**
   * Mails a reset link if an account uses `email`. Answers the same either way; the visible limits
   * are per address (5 per 15 minutes), which applies to unknown addresses too, and per client IP
   * (20 per 15 minutes). A third, silent limit per account caps the mails one account receives.
   */
  async requestPasswordReset(deps: IdentityDeps, emailInput: string, clientIp: string | null = null): Promise<UserError[]> {
    const { em } = deps;
    const email = normaliseEmail(emailInput);
    if (!isValidEmail(email)) return [fieldError('email', 'Enter a valid e-mail address.')];
    // Per client IP too, so one client cannot mail many addresses (20 per 15 minutes).
    if (clientIp !== null && !(await this.throttle.attempt(em, 'password-reset:ip', clientIp, MAIL_IP_RATE_LIMIT))) {
      return [rateLimited(null, 'Too many reset requests from your network; try again in 15 minutes.')];
    }
    if (!(await this.throttle.attempt(em, 'password-reset:email', email, MAIL_RATE_LIMIT))) {
      return [rateLimited('email', 'Too many reset requests for this address; try again in 15 minutes.')];
    }
    const user = await em.findOne(User, { email });
    if (user && (await this.throttle.attempt(em, 'password-reset:account', user.id, MAIL_RATE_LIMIT))) {
      const token = await this.issue(em, user, 'PASSWORD_RESET', PASSWORD_RESET_TTL_MS);
      this.started.mail.enqueue(passwordResetMail(user.email, this.link('reset-password', token), PASSWORD_RESET_TTL_MS / 60_000));
    }
    return [];
  }

  /**
   * Sets a new password with a reset token. The token is used up, every other outstanding reset link
   * of the account dies with it, every session (refresh-token family) of the account is revoked, the
   * address counts as verified (the link proved the user reads it), every cookie session ends, and a
   * notice is mailed.
   */
  async resetPassword(deps: IdentityDeps, token: string, newPassword: string): Promise<UserError[]> {
    const { em } = deps;
    const found = await this.usable(em, token, 'PASSWORD_RESET');
    const errors = [...(found ? [] : [fieldError('token', INVALID_RESET_LINK)]), ...validatePassword('newPassword', newPassword)];
    // A weak password does not use up the link: the user may try another one.
    if (errors.length || !found) return errors;
    const { row, user } = found;
    const passwordHash = await hashPassword(deps.config, newPassword);
    const now = new Date();
    const claimed = await em.transactional(async (tx) => {
      // Conditional update: of two simultaneous uses of one link, exactly one wins.
      if ((await tx.nativeUpdate(ActionToken, { id: row.id, usedAt: null }, { usedAt: now, updatedAt: now })) !== 1) return false;
      await tx.nativeUpdate(ActionToken, { userId: user.id, purpose: 'PASSWORD_RESET', usedAt: null }, { usedAt: now, updatedAt: now });
      await tx.nativeUpdate(User, { id: user.id }, { passwordHash, emailVerified: true, updatedAt: now });
      // An account created through a provider on an address the provider did not verify may have been
      // created by someone else with this address; the mailbox owner now takes it over alone.
      await tx.nativeDelete(OAuthIdentity, { userId: user.id, origin: 'SIGN_UP', emailVerified: false });
      await this.sessions.revokeAllOf(tx, user.id, 'PASSWORD_RESET');
      recordEvent(tx, SESSIONS_REVOKED_EVENT, { userId: user.id, reason: 'PASSWORD_RESET' });
      // Inside the transaction for the database store; a Redis store deletes at once, and a rollback
      // after that would only have ended sessions early, never kept one alive.
      await this.webSessions.endAllOf(tx, user.id);
      return true;
    });
    if (!claimed) return [fieldError('token', INVALID_RESET_LINK)];
    this.started.mail.enqueue(passwordChangedMail(user.email, now));
    return [];
  }

  /**
   * Mails the signed-in user a link that confirms their address. Returns `sent: false` without a mail
   * when the address is already verified; 5 mails per 15 minutes per account.
   */
  async requestEmailVerification(deps: IdentityDeps): Promise<{ sent: boolean; errors: UserError[] }> {
    const { em, viewer } = deps;
    const { userId } = requireViewer(viewer);
    const user = await em.findOne(User, { id: userId });
    if (!user) throw unauthenticated('Your account no longer exists.');
    if (user.emailVerified) return { sent: false, errors: [] };
    if (!(await this.throttle.attempt(em, 'email-verification:account', user.id, MAIL_RATE_LIMIT))) {
      return { sent: false, errors: [rateLimited(null, 'Too many verification mails; try again in 15 minutes.')] };
    }
    const token = await this.issue(em, user, 'EMAIL_VERIFICATION', EMAIL_VERIFICATION_TTL_MS);
    this.started.mail.enqueue(verificationMail(user.email, this.link('verify-email', token), EMAIL_VERIFICATION_TTL_MS / 3_600_000));
    return { sent: true, errors: [] };
  }

  /** Marks the address a verification token was mailed to as verified; the token is used up. */
  async verifyEmail(deps: IdentityDeps, token: string): Promise<{ user: UserRow | null; errors: UserError[] }> {
    const { em } = deps;
    const found = await this.usable(em, token, 'EMAIL_VERIFICATION');
    if (!found) return { user: null, errors: [fieldError('token', INVALID_VERIFICATION_LINK)] };
    const now = new Date();
    const claimed = await em.transactional(async (tx) => {
      if ((await tx.nativeUpdate(ActionToken, { id: found.row.id, usedAt: null }, { usedAt: now, updatedAt: now })) !== 1) return false;
      await tx.nativeUpdate(User, { id: found.user.id, email: found.row.email }, { emailVerified: true, updatedAt: now });
      return true;
    });
    if (!claimed) return { user: null, errors: [fieldError('token', INVALID_VERIFICATION_LINK)] };
    return { user: await em.findOneOrFail(User, { id: found.user.id }, { refresh: true }), errors: [] };
  }
}
