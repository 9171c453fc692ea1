import { createHash, randomBytes } from 'node:crypto';
import { GraphQLError } from 'graphql';
import {
  conflictError,
  fieldError,
  isUniqueViolation,
  lockRow,
  newId,
  recordEvent,
  requireViewer,
  unauthenticated,
  type Em,
  type UserError,
} from '../../../../kit';
import type { IdentityDeps } from '../context';
import { User, type UserRow } from '../entities';
import { hashToken, looksLikeOpaqueToken, newOpaqueToken } from '../secrets';
import { USER_REGISTERED_EVENT, type AuthResult, type IdentityService } from '../service';
import type { Throttle } from '../throttle';
import {
  OAUTH_PROVIDERS,
  OAuthIdentity,
  OAuthState,
  type OAuthIdentityRow,
  type OAuthLinkOrigin,
  type OAuthProviderName,
} from './entities';
import { ProviderError } from './http';
import { configuredClients, type OAuthClient } from './providers';

/** An authorization request must come back within 10 minutes. */
export const OAUTH_STATE_TTL_MS = 10 * 60_000;
/** Authorization requests one client IP may start: 60 per 10 minutes (each stores a row). */
const START_RATE_LIMIT = { limit: 60, windowMs: 10 * 60_000 };

/** Display names of the providers, for messages. */
export const PROVIDER_LABELS: Record<OAuthProviderName, string> = { GOOGLE: 'Google', GITHUB: 'GitHub', FACEBOOK: 'Facebook' };

const INVALID_STATE = 'This sign-in attempt is invalid, already used or expired; start again.';

export type OAuthStartResult =
  { authorizationUrl: string; state: string; errors: [] } | { authorizationUrl: null; state: null; errors: UserError[] };
export type UnlinkResult = { user: UserRow | null; errors: UserError[] };

/** The PKCE S256 challenge of a verifier (RFC 7636 §4.2). */
export function codeChallengeOf(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/**
 * An expected provider failure as a GraphQL error. UNAVAILABLE is not a mistake of the person and not
 * a payload field, so it is an error with `extensions.code: SERVICE_UNAVAILABLE`; the message never
 * carries the provider's answer or a stack.
 */
function providerUnavailable(provider: OAuthProviderName): GraphQLError {
  return new GraphQLError(`${PROVIDER_LABELS[provider]} cannot be reached right now; try again in a few minutes or log in another way.`, {
    extensions: { code: 'SERVICE_UNAVAILABLE', provider },
  });
}

/**
 * Log-in and account linking with OAuth providers (catalogue #28): authorization code with PKCE
 * (S256), a `state` of 256 random bits stored hashed, single use, 10 minutes, bound to its provider
 * and redirect URI, and an OIDC nonce. Linking follows Keycloak's first-broker-login rules so no one
 * can take over or pre-create someone else's account through a provider (see the identity README).
 * Sessions are started by {@link IdentityService.signIn}, so the tokens equal a password log-in's.
 */
export class OAuthService {
  private clients = new Map<OAuthProviderName, OAuthClient>();
  private redirectUris = new Set<string>();

  constructor(
    private readonly identity: IdentityService,
    private readonly throttle: Throttle,
  ) {}

  /** Called when the subgraph starts: builds a client for every provider with an id and a secret. */
  configure(settings: Parameters<typeof configuredClients>[0], clients = configuredClients(settings)): void {
    for (const previous of this.clients.values()) if (![...clients.values()].includes(previous)) void previous.http.close();
    this.clients = clients;
    this.redirectUris = new Set(settings.OAUTH_REDIRECT_URIS);
  }

  /** The providers people can log in with here, in a fixed order. */
  enabledProviders(): OAuthProviderName[] {
    return OAUTH_PROVIDERS.filter((name) => this.clients.has(name));
  }

  /**
   * Starts a log-in (`viewer` null) or, for a signed-in viewer who asks to link, a link of `provider`
   * to their account. Returns the provider's authorization URL and the state in it.
   */
  async start(
    deps: IdentityDeps,
    provider: OAuthProviderName,
    redirectUri: string,
    link: boolean,
    clientIp: string | null,
  ): Promise<OAuthStartResult> {
    const { em } = deps;
    const linkFor = link ? requireViewer(deps.viewer) : null;
    const client = this.clients.get(provider);
    if (!client)
      return {
        authorizationUrl: null,
        state: null,
        errors: [fieldError('provider', `Log-in with ${PROVIDER_LABELS[provider]} is not enabled here.`)],
      };
    if (!this.redirectUris.has(redirectUri)) {
      return {
        authorizationUrl: null,
        state: null,
        errors: [fieldError('redirectUri', 'This redirect URI is not registered (OAUTH_REDIRECT_URIS).')],
      };
    }
    if (clientIp && !(await this.throttle.attempt(em, 'oauth-start:ip', clientIp, START_RATE_LIMIT))) {
      return {
        authorizationUrl: null,
        state: null,
        errors: [{ field: null, message: 'Too many log-in attempts; try again in 10 minutes.', code: 'RATE_LIMITED' }],
      };
    }
    const state = newOpaqueToken();
    // RFC 7636: 43 to 128 characters from the unreserved set; 32 random bytes in base64url are 43.
    const codeVerifier = randomBytes(32).toString('base64url');
    const nonce = randomBytes(32).toString('base64url');
    let authorizationUrl: string;
    try {
      authorizationUrl = await client.authorizationUrl({ state, nonce, redirectUri, codeChallenge: codeChallengeOf(codeVerifier) });
    } catch (error) {
      if (error instanceof ProviderError) throw providerUnavailable(provider);
      throw error;
    }
    em.create(OAuthState, {
      stateHash: hashToken(state),
      provider,
      codeVerifier,
      nonce,
      redirectUri,
      linkUserId: linkFor?.userId ?? null,
      expiresAt: new Date(Date.now() + OAUTH_STATE_TTL_MS),
      usedAt: null,
    });
    await em.flush();
    // Now and then, drop requests that can no longer complete; a failure must not fail the start.
    if (Math.random() < 0.05) {
      await em.nativeDelete(OAuthState, { expiresAt: { $lt: new Date(Date.now() - OAUTH_STATE_TTL_MS) } }).catch(() => undefined);
    }
    return { authorizationUrl, state, errors: [] };
  }

  /**
   * Completes what {@link start} began: checks and uses up the state, has the provider exchange the
   * code (with the PKCE verifier, and the nonce checked for OIDC), then signs in the linked user,
   * links by verified e-mail, creates an account, or, for a link request, links to the viewer.
   */
  async complete(deps: IdentityDeps, provider: OAuthProviderName, code: string, state: string, redirectUri: string): Promise<AuthResult> {
    const { em, viewer, log } = deps;
    const client = this.clients.get(provider);
    if (!client) return { ok: false, errors: [fieldError('provider', `Log-in with ${PROVIDER_LABELS[provider]} is not enabled here.`)] };
    if (!code || code.length > 2048) return { ok: false, errors: [fieldError('code', 'The authorization code is missing or malformed.')] };
    if (!looksLikeOpaqueToken(state)) return { ok: false, errors: [fieldError('state', INVALID_STATE)] };
    const row = await em.findOne(OAuthState, { stateHash: hashToken(state) });
    if (!row) return { ok: false, errors: [fieldError('state', INVALID_STATE)] };
    // Use it up first, whatever follows: of two completions with one state exactly one gets past here,
    // and a state presented with the wrong provider or redirect URI is burnt, not left for a retry.
    const now = new Date();
    if ((await em.nativeUpdate(OAuthState, { id: row.id, usedAt: null }, { usedAt: now, updatedAt: now })) !== 1) {
      return { ok: false, errors: [fieldError('state', INVALID_STATE)] };
    }
    if (row.expiresAt <= now || row.provider !== provider || row.redirectUri !== redirectUri) {
      log.info({ provider, issuedFor: row.provider, expired: row.expiresAt <= now }, 'oauth callback refused: state does not match');
      return { ok: false, errors: [fieldError('state', INVALID_STATE)] };
    }
    // A link completes only for the user who started it: a link URL sent to someone else cannot
    // attach their provider account to the sender's Hubgraph account.
    if (row.linkUserId && viewer?.userId !== row.linkUserId) {
      return {
        ok: false,
        errors: [{ field: null, message: 'Log in to the account that started linking, then try again.', code: 'FORBIDDEN' }],
      };
    }

    let profile;
    try {
      profile = await client.exchange({ code, codeVerifier: row.codeVerifier, nonce: row.nonce, redirectUri: row.redirectUri });
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      log.warn({ provider, failure: error.failure, reason: error.message }, 'oauth code exchange failed');
      if (error.failure === 'UNAVAILABLE') throw providerUnavailable(provider);
      const message =
        error.failure === 'REFUSED'
          ? `${PROVIDER_LABELS[provider]} did not accept this sign-in (it may have expired or been used); start again.`
          : `${PROVIDER_LABELS[provider]}'s answer could not be verified; start again.`;
      return { ok: false, errors: [fieldError('code', message)] };
    }

    const label = PROVIDER_LABELS[provider];
    const linked = await em.findOne(OAuthIdentity, { provider, subject: profile.subject });
    if (row.linkUserId) {
      if (linked && linked.userId !== row.linkUserId) {
        return { ok: false, errors: [conflictError(null, `This ${label} account is already linked to another Hubgraph account.`)] };
      }
      const user = await em.findOne(User, { id: row.linkUserId });
      if (!user) throw unauthenticated('Your account no longer exists.');
      if (!linked) {
        const other = await em.findOne(OAuthIdentity, { userId: user.id, provider });
        if (other) return { ok: false, errors: [conflictError(null, `Another ${label} account is linked already; unlink it first.`)] };
        em.create(OAuthIdentity, this.identityRow(provider, profile, user.id, 'LINK', now));
      } else {
        this.touch(linked, profile, now);
      }
      return this.finish(em, user);
    }

    if (linked) {
      const user = await em.findOne(User, { id: linked.userId });
      if (user) {
        this.touch(linked, profile, now);
        return this.finish(em, user);
      }
      em.remove(linked);
    }
    if (!profile.email) {
      return {
        ok: false,
        errors: [fieldError(null, `${label} did not share an e-mail address; allow access to it, or sign up with a password.`)],
      };
    }
    const existing = await em.findOne(User, { email: profile.email });
    if (existing) {
      // Only when both sides have proven the address: otherwise whoever controls one side (a provider
      // account with someone's unverified address, or a local account squatting an address) could
      // take over the other.
      if (!profile.emailVerified || !existing.emailVerified) {
        return {
          ok: false,
          errors: [
            conflictError(
              null,
              `An account with this e-mail address exists. Log in with your password (or reset it), then link ${label} from your account settings.`,
            ),
          ],
        };
      }
      if (await em.count(OAuthIdentity, { userId: existing.id, provider })) {
        return { ok: false, errors: [conflictError(null, `Another ${label} account is linked to this Hubgraph account already.`)] };
      }
      em.create(OAuthIdentity, this.identityRow(provider, profile, existing.id, 'EMAIL_MATCH', now));
      return this.finish(em, existing);
    }
    const user = em.create(User, {
      id: newId(),
      email: profile.email,
      displayName: (profile.name?.trim() || profile.email.replace(/@.*$/, '')).slice(0, 80),
      // No password. The column is nullable; MikroORM's type for a hidden() property cannot say so.
      passwordHash: null as unknown as string,
      roles: ['user'],
      emailVerified: profile.emailVerified,
    });
    em.create(OAuthIdentity, this.identityRow(provider, profile, user.id, 'SIGN_UP', now));
    recordEvent(em, USER_REGISTERED_EVENT, { userId: user.id, email: user.email });
    this.identity.provisionTenant(em, user);
    return this.finish(em, user);
  }

  private identityRow(
    provider: OAuthProviderName,
    profile: { subject: string; email: string | null; emailVerified: boolean },
    userId: string,
    origin: OAuthLinkOrigin,
    now: Date,
  ) {
    return {
      provider,
      subject: profile.subject,
      userId,
      email: profile.email,
      emailVerified: profile.emailVerified,
      origin,
      lastUsedAt: now,
    };
  }

  private touch(identity: OAuthIdentityRow, profile: { email: string | null; emailVerified: boolean }, now: Date): void {
    identity.email = profile.email;
    identity.emailVerified = profile.emailVerified;
    identity.lastUsedAt = now;
  }

  /** Saves the link or account and signs in; a concurrent completion that created the same row loses cleanly. */
  private async finish(em: Em, user: UserRow): Promise<AuthResult> {
    try {
      await em.flush();
    } catch (error) {
      if (isUniqueViolation(error)) {
        return {
          ok: false,
          errors: [conflictError(null, 'This account was linked or created at the same moment by another request; try again.')],
        };
      }
      throw error;
    }
    return this.identity.signIn(em, user);
  }

  /** The viewer's linked provider accounts, oldest first. */
  linkedAccounts(deps: IdentityDeps, userId: string): Promise<OAuthIdentityRow[]> {
    const { em } = deps;
    return em.find(OAuthIdentity, { userId }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  /**
   * Removes the viewer's link to `provider`, unless it is their last way to log in (no password and
   * no other provider): CONFLICT then, telling them to set a password first.
   */
  async unlink(deps: IdentityDeps, provider: OAuthProviderName): Promise<UnlinkResult> {
    const { em, viewer } = deps;
    const { userId } = requireViewer(viewer);
    return em.transactional(async (tx): Promise<UnlinkResult> => {
      // The user's row is the lock: two unlinks of different providers at once cannot both count the
      // other link as still there and leave the account with no way to log in.
      const user = await lockRow(tx, User, { id: userId });
      if (!user) throw unauthenticated('Your account no longer exists.');
      const identity = await tx.findOne(OAuthIdentity, { userId, provider });
      if (!identity)
        return {
          user: null,
          errors: [{ field: 'provider', message: `No ${PROVIDER_LABELS[provider]} account is linked.`, code: 'NOT_FOUND' }],
        };
      const others = await tx.count(OAuthIdentity, { userId, provider: { $ne: provider } });
      if (!user.passwordHash && others === 0) {
        return {
          user: null,
          errors: [
            conflictError(
              'provider',
              'This is your only way to log in; set a password (reset it by e-mail) or link another provider first.',
            ),
          ],
        };
      }
      await tx.nativeDelete(OAuthIdentity, { id: identity.id });
      return { user, errors: [] };
    });
  }
}
