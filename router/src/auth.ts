import type { IncomingMessage } from 'node:http';
import { createRemoteJWKSet, jwtVerify, errors as joseErrors } from 'jose';
import { GraphQLError } from 'graphql';
import { TENANT_HEADER, isTenantRole, type TenantRole, type Viewer } from '../../kit';
import type { CookieSessions } from './sessions';
import type { StreamIdentity } from './stream-identity';

/** Issuer and audience identity puts in access tokens. */
const ISSUER = 'hubgraph-identity';
const AUDIENCE = 'hubgraph';

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) } },
  });
}

/** Verified access tokens remembered at most; beyond, the oldest are dropped. */
const VERIFIED_MAX_ENTRIES = 10_000;

/** What a verified access token says, kept until the token expires. */
interface VerifiedToken {
  userId: string;
  roles: string[];
  tenants: unknown;
  defaultTenant: unknown;
  /** The token's `iat` (seconds): a tenant the user was removed from after it is refused. */
  issuedAt: number;
  /** Epoch ms of the token's `exp`: the entry is not used from then on. */
  expiresAt: number;
}

/**
 * Verifies bearer access tokens against identity's JWKS (ES256 only, issuer, audience, expiry). Keys
 * are fetched once and cached; an unknown `kid` triggers a refetch, so key rotation needs no restart.
 * With `sessions`, a request without an Authorization header may instead be signed in by its session
 * cookie (see {@link CookieSessions}); when both are present the bearer token wins and the cookie is
 * not looked at.
 */
export class TokenVerifier {
  private readonly jwks: ReturnType<typeof createRemoteJWKSet>;
  /**
   * Tokens already verified, by their exact text (signature included), until their `exp` — never
   * longer, and without the 5 s clock tolerance. Access tokens cannot be revoked before they expire
   * (docs/ARCHITECTURE.md), so a remembered verification answers as a new one would; an ES256 check
   * was the router's largest own cost with many signed-in users (bench/README.md, gateways).
   */
  private readonly verified = new Map<string, VerifiedToken>();

  /** Identity's announced access changes (see {@link StreamIdentity.removedMember}); set once the router has them. */
  accessChanges?: Pick<StreamIdentity, 'removedMember'>;

  constructor(
    jwksUrl: string,
    private readonly sessions?: CookieSessions,
  ) {
    this.jwks = createRemoteJWKSet(new URL(jwksUrl), { cooldownDuration: 30_000, cacheMaxAge: 10 * 60_000 });
  }

  /**
   * The viewer of a request: from the bearer token (401 when it is bad), else from the session cookie
   * (401 clearing the cookie when the session has ended), else null (anonymous).
   */
  async viewerOf(req: IncomingMessage, requestId?: string): Promise<Viewer | null> {
    const header = req.headers.authorization;
    if (!header) return this.sessions ? this.sessions.viewerOf(req, requestId) : null;
    const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/.exec(header);
    const token = match?.[1];
    if (!token) throw unauthenticated('The Authorization header must be "Bearer <access token>".');
    const known = this.verified.get(token);
    if (known) {
      if (Date.now() < known.expiresAt) return this.acting(req, known);
      this.verified.delete(token);
    }
    try {
      const { payload } = await jwtVerify(token, this.jwks, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['ES256'],
        clockTolerance: 5,
      });
      if (typeof payload.sub !== 'string') throw unauthenticated('The access token names no user.');
      const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === 'string') : [];
      const claims = { userId: payload.sub, roles, tenants: payload.ten, defaultTenant: payload.tid };
      const entry = { ...claims, issuedAt: typeof payload.iat === 'number' ? payload.iat : 0 };
      if (typeof payload.exp === 'number') this.remember(token, { ...entry, expiresAt: payload.exp * 1000 });
      return this.acting(req, entry);
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      if (error instanceof joseErrors.JWTExpired) throw unauthenticated('The access token has expired; log in again.');
      if (error instanceof joseErrors.JWKSTimeout || error instanceof TypeError) {
        throw new GraphQLError('Access tokens cannot be verified right now; retry shortly.', {
          extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
        });
      }
      throw unauthenticated('The access token is not valid.');
    }
  }

  /**
   * The viewer acting in the tenant the request chooses (`chooseTenant`), checked on every request,
   * cached token or not, against removals announced since the token was issued.
   */
  private acting(req: IncomingMessage, token: Omit<VerifiedToken, 'expiresAt'>): Viewer {
    const viewer = chooseTenant(req, token);
    const removed = this.accessChanges?.removedMember(viewer, { iat: token.issuedAt });
    if (!removed) return viewer;
    // Chosen by the header (or subdomain): refused. Only the token's default: the request acts in no tenant.
    if (req.headers[TENANT_HEADER] !== undefined) throw removed;
    return { ...viewer, tenantId: null, tenantRole: null };
  }

  private remember(token: string, entry: VerifiedToken): void {
    if (entry.expiresAt <= Date.now()) return;
    if (this.verified.size >= VERIFIED_MAX_ENTRIES) {
      const now = Date.now();
      for (const [key, value] of this.verified) if (value.expiresAt <= now) this.verified.delete(key);
      while (this.verified.size >= VERIFIED_MAX_ENTRIES) this.verified.delete(this.verified.keys().next().value!);
    }
    this.verified.set(token, entry);
  }
}

function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
}

/** The most tenant memberships read from a token or session (identity issues at most 100). */
const MAX_TENANTS = 100;

/**
 * The viewer of a request, acting in the tenant it chose (catalogue #55): the `x-hubgraph-tenant`
 * header (or the same key in graphql-ws `connectionParams`) when given — 403 FORBIDDEN unless the
 * user's memberships include it — else the default tenant identity put in the token (its oldest
 * membership), else none. Memberships come from the access token (so a change takes effect with the
 * next token, within 15 minutes) or, for cookie sessions, from identity at each resolution.
 */
export function chooseTenant(
  req: Pick<IncomingMessage, 'headers'>,
  user: { userId: string; roles: string[]; tenants: unknown; defaultTenant?: unknown },
): Viewer {
  const memberships = new Map<string, TenantRole>();
  if (user.tenants && typeof user.tenants === 'object' && !Array.isArray(user.tenants)) {
    for (const [tenantId, role] of Object.entries(user.tenants).slice(0, MAX_TENANTS)) {
      if (isTenantRole(role)) memberships.set(tenantId, role);
    }
  }
  const header = req.headers[TENANT_HEADER];
  const requested = Array.isArray(header) ? header[0] : header;
  let tenantId: string | null = null;
  if (requested !== undefined && requested !== '') {
    if (!memberships.has(requested)) {
      throw forbidden(`You are not a member of the tenant named in ${TENANT_HEADER}.`);
    }
    tenantId = requested;
  } else if (typeof user.defaultTenant === 'string' && memberships.has(user.defaultTenant)) {
    tenantId = user.defaultTenant;
  } else {
    tenantId = memberships.keys().next().value ?? null;
  }
  return { userId: user.userId, roles: user.roles, tenantId, tenantRole: tenantId ? memberships.get(tenantId)! : null };
}
