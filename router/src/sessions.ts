import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import {
  signRouterCall,
  BodyTooLarge,
  INTERNAL_AUTH_HEADER,
  REQUEST_ID_HEADER,
  readBody,
  sendGraphQLError,
  sendJson,
  systemClock,
  type Clock,
  type HttpRoute,
  type Logger,
  type RouterSigner,
  type Viewer,
} from '../../kit';
import { chooseTenant } from './auth';
import { clientIp, type RouterContext } from './context';
import type { RateLimiter } from './ratelimit';

/** The session cookie's name: `__Host-` in production (Secure, host-only, Path=/ enforced by browsers). */
export const PRODUCTION_COOKIE = '__Host-hubgraph_session';
/** Outside production the cookie also works over plain http://localhost, which `__Host-` forbids. */
export const DEVELOPMENT_COOKIE = 'hubgraph_session';

/** Audience of the router's signed calls to identity's session API (see identity's `src/session-api.ts`). */
const SESSION_API_AUDIENCE = 'hubgraph-identity-sessions';
/** Rate-limit points a cookie log-in spends (a password check is far dearer than a typical query). */
const LOG_IN_COST = 10;
const BODY_LIMIT_BYTES = 16 * 1024;
/** Resolved sessions kept at most; beyond, the oldest are dropped (each lives only seconds anyway). */
const CACHE_MAX_ENTRIES = 10_000;
const IDENTITY_TIMEOUT_MS = 5_000;
const SESSION_ID = /^[A-Za-z0-9_-]{43}$/;

/** A session as identity describes it. */
export interface ResolvedSession {
  id: string;
  userId: string;
  roles: string[];
  /** The user's tenant memberships, tenant id → role, oldest first. */
  tenants?: Record<string, string>;
  idleExpiresAt: string;
  expiresAt: string;
}

interface Resolution {
  session: ResolvedSession;
  rotatedToken: string | null;
}

interface CacheEntry {
  /** Epoch ms after which the answer is stale; Infinity while the call is in flight. */
  until: number;
  value: Promise<Resolution | null>;
}

export interface CookieSessionOptions {
  /** Identity's GraphQL URL; its session API lives beside it, under `/internal/sessions`. */
  identityUrl: string;
  /** Signs each call to identity's session API (bound to its path and body). */
  signer: RouterSigner;
  production: boolean;
  log: Logger;
  /** Where the answer cache reads the time (default the system clock). */
  clock?: Clock;
}

export interface SessionRouteOptions {
  /** Origins (besides the router's own) allowed to log in and out from a browser: the CORS origins. */
  allowedOrigins: string[];
  rateLimiter: RateLimiter | null;
  trustedHops: number;
}

class IdentityUnavailable extends Error {}

const sha256 = (value: string, encoding: 'hex') => createHash('sha256').update(value, 'utf8').digest(encoding);

/**
 * Cookie sessions at the router (catalogue #25). Identity owns the sessions; the router carries them
 * to and from the browser: `POST /auth/session` logs in and sets the cookie, `DELETE /auth/session`
 * logs out and clears it, `GET /auth/session` describes it. On GraphQL requests without a bearer token
 * {@link viewerOf} resolves the cookie through identity's internal API, reusing each answer for as
 * long as identity allows (a few seconds), so a busy session costs one identity call per few seconds
 * per router, not one per request.
 */
export class CookieSessions {
  readonly cookieName: string;
  private readonly apiBase: string;
  private readonly cache = new Map<string, CacheEntry>();
  /** Set-Cookie values owed to the response of a request whose session id was replaced, by viewer. */
  private readonly pending = new WeakMap<Viewer, string>();

  private readonly now: () => number;

  constructor(private readonly options: CookieSessionOptions) {
    const clock = options.clock ?? systemClock;
    this.now = () => clock.now().getTime();
    this.cookieName = options.production ? PRODUCTION_COOKIE : DEVELOPMENT_COOKIE;
    this.apiBase = options.identityUrl.replace(/\/graphql\/?$/, '');
  }

  /** `Set-Cookie` for a session id: HttpOnly, SameSite=Strict, Path=/, Secure in production, no expiry (a browser-session cookie). */
  setCookie(token: string): string {
    return `${this.cookieName}=${token}; Path=/; HttpOnly; SameSite=Strict${this.options.production ? '; Secure' : ''}`;
  }

  /** `Set-Cookie` that deletes the session cookie (same attributes, already expired). */
  clearCookie(): string {
    return `${this.cookieName}=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; SameSite=Strict${this.options.production ? '; Secure' : ''}`;
  }

  /** The session cookie's value in a request, or undefined when it has none. Other cookies are ignored. */
  presented(req: IncomingMessage): string | undefined {
    const header = req.headers.cookie;
    if (!header) return undefined;
    for (const part of header.split(';')) {
      const at = part.indexOf('=');
      if (at === -1 || part.slice(0, at).trim() !== this.cookieName) continue;
      return part.slice(at + 1).trim();
    }
    return undefined;
  }

  private async call<T>(path: string, payload: Record<string, unknown>, requestId?: string): Promise<T> {
    const body = JSON.stringify(payload);
    const signature = await signRouterCall(this.options.signer, SESSION_API_AUDIENCE, path, body, 30);
    let res: Response;
    try {
      res = await fetch(`${this.apiBase}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [INTERNAL_AUTH_HEADER]: signature,
          ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
        },
        body,
        signal: AbortSignal.timeout(IDENTITY_TIMEOUT_MS),
      });
    } catch (error) {
      throw new IdentityUnavailable(error instanceof Error ? error.message : String(error));
    }
    if (!res.ok) {
      this.options.log.error({ status: res.status, path }, 'identity session API refused the router');
      throw new IdentityUnavailable(`identity answered ${res.status}`);
    }
    return (await res.json()) as T;
  }

  /** Keeps the cache bounded: drops stale answers, then the oldest settled ones (in-flight calls stay). */
  private prune(now: number): void {
    if (this.cache.size <= CACHE_MAX_ENTRIES) return;
    for (const [key, entry] of this.cache) if (entry.until <= now) this.cache.delete(key);
    for (const [key, entry] of this.cache) {
      if (this.cache.size <= CACHE_MAX_ENTRIES) return;
      if (entry.until !== Infinity) this.cache.delete(key);
    }
  }

  /**
   * Whose session `token` is, or null when it is not a live session. Concurrent requests with one
   * cookie share a single identity call, and the answer is reused for the `cacheForMs` identity gave
   * (never past the session's idle or absolute expiry). Throws {@link IdentityUnavailable}.
   */
  private resolve(token: string, requestId?: string): Promise<Resolution | null> {
    if (!SESSION_ID.test(token)) return Promise.resolve(null);
    const key = sha256(token, 'hex');
    const now = this.now();
    const cached = this.cache.get(key);
    if (cached && cached.until > now) return cached.value;
    const entry: CacheEntry = { until: Infinity, value: Promise.resolve(null) };
    entry.value = this.call<{ session: ResolvedSession | null; rotatedToken?: string | null; cacheForMs?: number }>(
      '/internal/sessions/resolve',
      { token },
      requestId,
    ).then(
      (answer) => {
        const cacheForMs = answer.session ? (answer.cacheForMs ?? 0) : 0;
        if (this.cache.get(key) === entry) {
          if (cacheForMs > 0 && answer.session) {
            // Later hits get the session but not the replacement id: only this request sets the cookie.
            entry.value = Promise.resolve({ session: answer.session, rotatedToken: null });
            entry.until = this.now() + cacheForMs;
          } else {
            this.cache.delete(key);
          }
        }
        return answer.session ? { session: answer.session, rotatedToken: answer.rotatedToken ?? null } : null;
      },
      (error: unknown) => {
        if (this.cache.get(key) === entry) this.cache.delete(key);
        throw error;
      },
    );
    // Re-inserted, not overwritten, so Map order stays oldest-first for prune().
    this.cache.delete(key);
    this.cache.set(key, entry);
    this.prune(now);
    return entry.value;
  }

  /** Forgets a cached answer (after this router logged the session in or out). */
  private evict(token: string | undefined): void {
    if (token) this.cache.delete(sha256(token, 'hex'));
  }

  /**
   * The viewer of a GraphQL request that carries the session cookie (and no bearer token): null
   * without the cookie; 401 UNAUTHENTICATED with a `Set-Cookie` that clears it when the session has
   * ended (expired, logged out, unknown), so the next request is anonymous; 503 when identity cannot
   * be asked. When identity replaced the session id (the user's roles changed), {@link plugin} sets
   * the new cookie on this request's response.
   */
  async viewerOf(req: IncomingMessage, requestId?: string): Promise<Viewer | null> {
    const token = this.presented(req);
    if (token === undefined) return null;
    let resolution: Resolution | null;
    try {
      resolution = await this.resolve(token, requestId);
    } catch (error) {
      if (!(error instanceof IdentityUnavailable)) throw error;
      this.options.log.warn({ err: error.message }, 'cannot resolve a session cookie');
      throw new GraphQLError('Sessions cannot be checked right now; retry shortly.', {
        extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
      });
    }
    if (!resolution) {
      throw new GraphQLError('Your session has ended; log in again.', {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: new Map([['set-cookie', this.clearCookie()]]) } },
      });
    }
    const { session } = resolution;
    const viewer: Viewer = chooseTenant(req, { userId: session.userId, roles: session.roles, tenants: session.tenants });
    if (resolution.rotatedToken) this.pending.set(viewer, this.setCookie(resolution.rotatedToken));
    return viewer;
  }

  /** Adds the replacement session cookie (see {@link viewerOf}) to the GraphQL response it belongs to. */
  plugin(): ApolloServerPlugin<RouterContext> {
    const pending = this.pending;
    return {
      async requestDidStart() {
        return {
          async willSendResponse({ contextValue, response }) {
            const cookie = contextValue.viewer ? pending.get(contextValue.viewer) : undefined;
            if (cookie) response.http.headers.set('set-cookie', cookie);
          },
        };
      },
    };
  }

  /** Whether a browser request may change the session: no Origin (not a browser), the router's own, or an allowed one. */
  private originAllowed(req: IncomingMessage, allowed: string[]): boolean {
    const origin = req.headers.origin;
    if (origin === undefined) return true;
    if (allowed.includes(origin)) return true;
    try {
      return new URL(origin).host === req.headers.host;
    } catch {
      return false;
    }
  }

  /**
   * `POST /auth/session` (log in: JSON `{ email, password }`; sets the cookie), `GET /auth/session`
   * (the current session) and `DELETE /auth/session` (log out; clears the cookie). Log-in and log-out
   * refuse foreign Origins (403) and non-JSON bodies (415), so a cross-site form cannot log a browser
   * in or out; log-in spends rate-limit points per client IP.
   */
  routes(options: SessionRouteOptions): HttpRoute[] {
    const noStore = { 'cache-control': 'no-store' };
    const refuse = (res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}) =>
      sendGraphQLError(res, status, code, message, { ...noStore, ...headers });
    const unavailable = (res: ServerResponse, error: unknown) => {
      if (!(error instanceof IdentityUnavailable)) throw error;
      this.options.log.warn({ err: error.message }, 'identity session API unavailable');
      refuse(res, 503, 'SERVICE_UNAVAILABLE', 'Sessions cannot be handled right now; retry shortly.');
    };

    const logIn = async (req: IncomingMessage, res: ServerResponse, requestId: string) => {
      if (!this.originAllowed(req, options.allowedOrigins)) {
        refuse(res, 403, 'FORBIDDEN', 'Log-in is not allowed from this origin.');
        return;
      }
      if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
        refuse(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the credentials as JSON with Content-Type: application/json.');
        return;
      }
      try {
        await options.rateLimiter?.consume({ ip: clientIp(req, options.trustedHops), userId: null }, LOG_IN_COST);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        const http = error.extensions.http as { status?: number; headers?: Map<string, string> } | undefined;
        refuse(
          res,
          http?.status ?? 429,
          String(error.extensions.code ?? 'RATE_LIMITED'),
          error.message,
          Object.fromEntries(http?.headers ?? []),
        );
        return;
      }
      let raw: string;
      try {
        raw = await readBody(req, BODY_LIMIT_BYTES);
      } catch (error) {
        if (!(error instanceof BodyTooLarge)) throw error;
        refuse(res, 413, 'PAYLOAD_TOO_LARGE', `Request body is larger than the limit of ${BODY_LIMIT_BYTES} bytes.`, {
          connection: 'close',
        });
        return;
      }
      let input: { email?: unknown; password?: unknown };
      try {
        input = JSON.parse(raw) as typeof input;
      } catch {
        refuse(res, 400, 'BAD_REQUEST', 'Request body is not valid JSON.');
        return;
      }
      if (
        !input ||
        typeof input.email !== 'string' ||
        typeof input.password !== 'string' ||
        input.email.length > 1024 ||
        input.password.length > 4096
      ) {
        refuse(res, 400, 'BAD_USER_INPUT', 'Send { "email": string, "password": string }.');
        return;
      }
      const presented = this.presented(req);
      let answer: { ok: boolean; rateLimited?: boolean; token?: string; session?: ResolvedSession; user?: unknown };
      try {
        answer = await this.call(
          '/internal/sessions',
          {
            email: input.email,
            password: input.password,
            // Ended by identity on success; never adopted (session fixation).
            presentedToken: presented && SESSION_ID.test(presented) ? presented : null,
            // Identity counts failed log-ins per address and per client IP (brute force).
            clientIp: clientIp(req, options.trustedHops),
          },
          requestId,
        );
      } catch (error) {
        unavailable(res, error);
        return;
      }
      if (answer.rateLimited) {
        refuse(res, 429, 'RATE_LIMITED', 'Too many failed log-ins; try again in 15 minutes or reset your password.', {
          'retry-after': '900',
        });
        return;
      }
      if (!answer.ok || !answer.token || !answer.session) {
        refuse(res, 401, 'UNAUTHENTICATED', 'E-mail or password is incorrect.');
        return;
      }
      this.evict(presented);
      sendJson(
        res,
        200,
        { user: answer.user, session: { idleExpiresAt: answer.session.idleExpiresAt, expiresAt: answer.session.expiresAt } },
        { ...noStore, 'set-cookie': this.setCookie(answer.token) },
      );
    };

    const current = async (req: IncomingMessage, res: ServerResponse, requestId: string) => {
      const token = this.presented(req);
      if (token === undefined) {
        refuse(res, 401, 'UNAUTHENTICATED', 'There is no session cookie.');
        return;
      }
      let resolution: Resolution | null;
      try {
        resolution = await this.resolve(token, requestId);
      } catch (error) {
        unavailable(res, error);
        return;
      }
      if (!resolution) {
        refuse(res, 401, 'UNAUTHENTICATED', 'Your session has ended; log in again.', { 'set-cookie': this.clearCookie() });
        return;
      }
      const { session } = resolution;
      sendJson(
        res,
        200,
        {
          user: { id: session.userId, roles: session.roles },
          session: { idleExpiresAt: session.idleExpiresAt, expiresAt: session.expiresAt },
        },
        { ...noStore, ...(resolution.rotatedToken ? { 'set-cookie': this.setCookie(resolution.rotatedToken) } : {}) },
      );
    };

    const logOut = async (req: IncomingMessage, res: ServerResponse, requestId: string) => {
      if (!this.originAllowed(req, options.allowedOrigins)) {
        refuse(res, 403, 'FORBIDDEN', 'Log-out is not allowed from this origin.');
        return;
      }
      const token = this.presented(req);
      let endedSessions = 0;
      if (token && SESSION_ID.test(token)) {
        try {
          ({ endedSessions } = await this.call<{ endedSessions: number }>('/internal/sessions/end', { token }, requestId));
        } catch (error) {
          unavailable(res, error);
          return;
        }
        this.evict(token);
      }
      sendJson(res, 200, { endedSessions }, { ...noStore, 'set-cookie': this.clearCookie() });
    };

    return [
      { method: 'POST', path: '/auth/session', handler: (req, res, meta) => logIn(req, res, meta.requestId) },
      { method: 'GET', path: '/auth/session', handler: (req, res, meta) => current(req, res, meta.requestId) },
      { method: 'DELETE', path: '/auth/session', handler: (req, res, meta) => logOut(req, res, meta.requestId) },
    ];
  }
}
