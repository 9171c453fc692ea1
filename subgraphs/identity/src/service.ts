import argon2 from 'argon2';
import type { UserError } from '../../../kit';
import type { IdentityDeps } from './context';
import {
  conflictError,
  fieldError,
  hashPassword,
  isUniqueViolation,
  newId,
  recordEvent,
  requireRole,
  requireViewer,
  type Em,
  type PasswordHashSettings,
} from '../../../kit';
import { SESSIONS_REVOKED_EVENT } from './access-changes';
import { User, type TenantInvitationRow, type UserRow } from './entities';
import type { KeyRotation, KeyStore } from './keys';
import type { RefreshSessions } from './sessions';
import type { WebSessions } from './websessions';
import { seatProblem, TenantService } from './tenants';
import type { TenantInvitations } from './invitations';

/** Thrown inside the sign-up transaction to roll it back: the invitation was used up meanwhile, or the tenant is full. */
class InvitationGone extends Error {
  constructor(readonly reason: UserError) {
    super(reason.message);
  }
}

const INVALID_INVITATION: UserError = fieldError(
  'input.invitationToken',
  'This invitation is invalid, already used, revoked or expired; ask for a new one.',
);
import { LOGIN_FAILURE_LIMIT, LOGIN_IP_FAILURE_LIMIT, Throttle, type RateLimit } from './throttle';

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,253}\.[^\s@]{2,}$/;

/** Event recorded when an account is created; notifications keeps its e-mail directory from it. */
export const USER_REGISTERED_EVENT = 'identity.user.registered';

export interface SignUpInput {
  email: string;
  password: string;
  displayName?: string | null;
  organizationName?: string | null;
  /** A tenant invitation mailed to `email`: the account joins that tenant instead of getting its own. */
  invitationToken?: string | null;
}

/** A successful sign-in: the user, a 15-minute access token and the session's refresh token. */
export interface SignedIn {
  ok: true;
  user: UserRow;
  accessToken: string;
  expiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

export type AuthResult = SignedIn | { ok: false; errors: UserError[] };

/** Trims and lower-cases an address, the form it is stored and looked up in. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Whether a normalised address is acceptable. */
export function isValidEmail(email: string): boolean {
  return email.length <= 254 && EMAIL.test(email);
}

/** Checks a new password (8 to 128 characters); `field` names the input in the errors. */
export function validatePassword(field: string, password: string): UserError[] {
  if (password.length < 8) return [fieldError(field, 'Use at least 8 characters.')];
  if (password.length > 128) return [fieldError(field, 'Use at most 128 characters.')];
  return [];
}

/** Checks a sign-up form and returns every problem, one per field. */
export function validateSignUp(input: SignUpInput): UserError[] {
  const errors: UserError[] = [];
  if (!isValidEmail(normaliseEmail(input.email))) errors.push(fieldError('input.email', 'Enter a valid e-mail address.'));
  errors.push(...validatePassword('input.password', input.password));
  if (input.displayName != null) {
    const name = input.displayName.trim();
    if (name.length < 1 || name.length > 80) errors.push(fieldError('input.displayName', 'Use 1 to 80 characters.'));
  }
  if (input.organizationName != null) {
    const name = input.organizationName.trim();
    if (name.length < 1 || name.length > 80) errors.push(fieldError('input.organizationName', 'Use 1 to 80 characters.'));
  }
  return errors;
}

/** The answer once an address or client IP has failed to log in too often (see the throttle's limits). */
export const TOO_MANY_FAILED_LOG_INS: UserError = {
  field: null,
  message: 'Too many failed log-ins; try again in 15 minutes or reset your password.',
  code: 'RATE_LIMITED',
};

/** Who a password log-in proved to be, or why it failed. */
export type Authentication = { ok: true; user: UserRow } | { ok: false; error: UserError };

/** The one answer to a failed log-in, whether the address is unknown or the password wrong. */
export const INCORRECT_CREDENTIALS: UserError = { field: null, message: 'E-mail or password is incorrect.', code: 'UNAUTHENTICATED' };

const SESSION_ENDED: UserError = {
  field: 'refreshToken',
  message: 'This session has ended; log in again.',
  code: 'UNAUTHENTICATED',
};

/** Sign-up, log-in, sessions (refresh tokens) and signing keys; no GraphQL in here. */
export class IdentityService {
  /** A hash to verify against when the e-mail is unknown, so both paths take the same time. */
  private decoy?: Promise<string>;

  constructor(
    private readonly keys: KeyStore,
    private readonly sessions: RefreshSessions,
    private readonly webSessions: WebSessions,
    private readonly tenants: TenantService = new TenantService(),
    private readonly throttle: Throttle = new Throttle(),
    private readonly invitations?: TenantInvitations,
  ) {}

  /** A hash at this process's cost, verified against when there is no such user (equal timing either way). */
  private decoyHash(settings: PasswordHashSettings): Promise<string> {
    return (this.decoy ??= hashPassword(settings, 'decoy-password-for-timing'));
  }

  async signUp(deps: IdentityDeps, input: SignUpInput): Promise<AuthResult> {
    const { em } = deps;
    const errors = validateSignUp(input);
    if (errors.length) return { ok: false, errors };
    const email = normaliseEmail(input.email);
    if (await em.count(User, { email })) {
      return { ok: false, errors: [conflictError('input.email', 'An account with this e-mail already exists.')] };
    }
    const invitation = input.invitationToken != null ? await this.invitations?.usable(em, input.invitationToken) : undefined;
    if (input.invitationToken != null && !invitation) return { ok: false, errors: [INVALID_INVITATION] };
    if (invitation && invitation.email !== email) {
      return {
        ok: false,
        errors: [{ field: 'input.invitationToken', message: 'This invitation was sent to another e-mail address.', code: 'FORBIDDEN' }],
      };
    }
    const passwordHash = await hashPassword(deps.config, input.password);
    const displayName = input.displayName?.trim() || email.replace(/@.*$/, '').slice(0, 80);
    if (invitation) return this.signUpInvited(em, { email, displayName, passwordHash }, invitation);
    const user = em.create(User, { id: newId(), email, displayName, passwordHash, roles: ['user'], emailVerified: false });
    recordEvent(em, USER_REGISTERED_EVENT, { userId: user.id, email });
    this.provisionTenant(em, user, input.organizationName);
    try {
      await em.flush();
    } catch (error) {
      if (isUniqueViolation(error)) {
        return { ok: false, errors: [conflictError('input.email', 'An account with this e-mail already exists.')] };
      }
      throw error;
    }
    return this.signIn(em, user);
  }

  /**
   * Sign-up through an invitation: the account joins the inviting tenant (no tenant of its own) and
   * its address counts as verified (the mailed token proved it). Account, membership and the used-up
   * invitation are one transaction; an invitation used meanwhile rolls it all back.
   */
  private async signUpInvited(
    em: Em,
    fields: { email: string; displayName: string; passwordHash: string },
    invitation: TenantInvitationRow,
  ): Promise<AuthResult> {
    try {
      const userId = await em.transactional(async (tx) => {
        const user = tx.create(User, { id: newId(), ...fields, roles: ['user'], emailVerified: true });
        recordEvent(tx, USER_REGISTERED_EVENT, { userId: user.id, email: fields.email });
        const full = await seatProblem(tx, invitation.tenantId, 'input.invitationToken');
        if (full) throw new InvitationGone(full);
        if (!(await this.invitations!.claim(tx, invitation, user))) throw new InvitationGone(INVALID_INVITATION);
        await tx.flush();
        return user.id;
      });
      return this.signIn(em, await em.findOneOrFail(User, { id: userId }));
    } catch (error) {
      if (error instanceof InvitationGone) return { ok: false, errors: [error.reason] };
      if (isUniqueViolation(error)) {
        return { ok: false, errors: [conflictError('input.email', 'An account with this e-mail already exists.')] };
      }
      throw error;
    }
  }

  /**
   * The account `email` and `password` belong to, or null. An unknown address is checked against a
   * decoy hash so both failures take the same time; passwords over 1,024 characters are refused
   * unhashed. Shared by `logIn` (tokens) and cookie log-in (`POST /internal/sessions`).
   */
  async authenticate(
    em: Em,
    settings: PasswordHashSettings,
    emailInput: string,
    password: string,
    clientIp: string | null = null,
  ): Promise<Authentication> {
    const email = normaliseEmail(emailInput);
    // Brute force: failed log-ins are counted per address (known or not, so the limit reveals
    // nothing) and per client IP; a full window refuses before any password is checked. Each attempt
    // takes its place as a failure before the check and gives it back on success, so concurrent
    // guesses cannot all pass a count taken before any of them was recorded.
    const hits: string[] = [];
    const take = async (what: string, subject: string, rule: RateLimit) => {
      const hit = await this.throttle.reserve(em, what, subject, rule);
      if (hit) hits.push(hit);
      return hit !== null;
    };
    if (
      !(await take('login-failure:email', email, LOGIN_FAILURE_LIMIT)) ||
      (clientIp !== null && !(await take('login-failure:ip', clientIp, LOGIN_IP_FAILURE_LIMIT)))
    ) {
      for (const hit of hits) await this.throttle.release(em, hit);
      return { ok: false, error: TOO_MANY_FAILED_LOG_INS };
    }
    const user = email.length <= 254 ? await em.findOne(User, { email }) : null;
    const hash = user?.passwordHash ?? (await this.decoyHash(settings));
    const valid = password.length <= 1024 && (await argon2.verify(hash, password).catch(() => false));
    // An account without a password (created through an OAuth provider) never matches, whatever is typed.
    if (user?.passwordHash && valid) {
      for (const hit of hits) await this.throttle.release(em, hit);
      return { ok: true, user };
    }
    return { ok: false, error: INCORRECT_CREDENTIALS };
  }

  /**
   * Self sign-up provisions a tenant the new user administers (catalogue #55), named `name` or
   * "<displayName>'s workspace"; in `em`'s unit of work (the caller flushes).
   */
  provisionTenant(em: Em, user: UserRow, name?: string | null): void {
    this.tenants.provision(em, user, name?.trim() || `${user.displayName}'s workspace`.slice(0, 80));
  }

  async logIn(deps: IdentityDeps, emailInput: string, password: string, clientIp: string | null = null): Promise<AuthResult> {
    const { em } = deps;
    const result = await this.authenticate(em, deps.config, emailInput, password, clientIp);
    if (!result.ok) return { ok: false, errors: [result.error] };
    return this.signIn(em, result.user);
  }

  /**
   * Starts a session: its first refresh token and an access token bound to it. Public so that other
   * ways of proving who someone is (OAuth log-in) issue exactly the tokens a password log-in does.
   */
  async signIn(em: Em, user: UserRow): Promise<SignedIn> {
    const refresh = await this.sessions.start(em, user.id);
    const access = await this.keys.sign(em, {
      userId: user.id,
      roles: user.roles,
      tenants: await this.tenants.claimsOf(em, user.id),
      sessionId: refresh.sessionId,
    });
    return {
      ok: true,
      user,
      accessToken: access.token,
      expiresAt: access.expiresAt,
      refreshToken: refresh.token,
      refreshTokenExpiresAt: refresh.expiresAt,
    };
  }

  /**
   * Exchanges a refresh token for a new access token and a new refresh token (rotation). Unknown,
   * expired, revoked and reused tokens all get the same UNAUTHENTICATED answer; reuse also ends the
   * session (see {@link RefreshSessions.exchange}). The new access token carries the user's current roles.
   */
  async refresh(deps: IdentityDeps, refreshToken: string): Promise<AuthResult> {
    const { em, log } = deps;
    const exchange = await this.sessions.exchange(em, refreshToken, log);
    if (!exchange.ok) return { ok: false, errors: [SESSION_ENDED] };
    const user = await em.findOne(User, { id: exchange.userId });
    if (!user) {
      await this.sessions.revokeFamily(em, exchange.refresh.sessionId, 'USER_GONE');
      return { ok: false, errors: [SESSION_ENDED] };
    }
    const access = await this.keys.sign(em, {
      userId: user.id,
      roles: user.roles,
      tenants: await this.tenants.claimsOf(em, user.id),
      sessionId: exchange.refresh.sessionId,
    });
    return {
      ok: true,
      user,
      accessToken: access.token,
      expiresAt: access.expiresAt,
      refreshToken: exchange.refresh.token,
      refreshTokenExpiresAt: exchange.refresh.expiresAt,
    };
  }

  /**
   * Ends the session of `refreshToken`. Like OAuth token revocation (RFC 7009) it answers the same for
   * unknown tokens, so it tells nothing about which tokens exist. Access tokens already issued stay
   * valid until they expire (at most 15 minutes).
   */
  logOut(deps: IdentityDeps, refreshToken: string): Promise<number> {
    const { em } = deps;
    return this.sessions.revokeByToken(em, refreshToken);
  }

  /**
   * Ends every session of the signed-in user, refresh-token families and cookie sessions alike;
   * returns how many were open.
   */
  async logOutEverywhere(deps: IdentityDeps): Promise<number> {
    const { em, viewer } = deps;
    const { userId } = requireViewer(viewer);
    const families = await this.sessions.revokeAllOf(em, userId, 'LOG_OUT_EVERYWHERE');
    const ended = families + (await this.webSessions.endAllOf(em, userId));
    // Open streams (router WebSockets) end on this event; access tokens alone would outlive the sessions.
    recordEvent(em, SESSIONS_REVOKED_EVENT, { userId, reason: 'LOG_OUT_EVERYWHERE' });
    await em.flush();
    return ended;
  }

  /** Rotates the access-token signing key; admins only (FORBIDDEN for others). */
  rotateSigningKey(deps: IdentityDeps): Promise<KeyRotation> {
    const { em, viewer } = deps;
    requireRole(viewer, 'admin');
    return this.keys.rotate(em);
  }
}
