import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  verifyRouterCall,
  BodyTooLarge,
  INTERNAL_AUTH_HEADER,
  readBody,
  sendJson,
  type HttpRoute,
  type Logger,
  type Orm,
  type RouterKeys,
  type PasswordHashSettings,
} from '../../../kit';
import type { IdentityService } from './service';
import type { TenantService } from './tenants';
import type { SessionView, WebSessions } from './websessions';

/**
 * The router's calls to these endpoints carry, in `x-hubgraph-auth`, an ES256 JWT signed with the
 * router's private key whose audience is this API (so a forwarded-identity token, signed for a
 * subgraph, cannot be replayed here), bound to the path (`pth`) and to the SHA-256 of the body (`bh`).
 * Only router processes hold that key, so no subgraph can call this API.
 */
export const SESSION_API_AUDIENCE = 'hubgraph-identity-sessions';
const BODY_LIMIT_BYTES = 16 * 1024;

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Session-API answers are never cached. */
const send = (res: ServerResponse, status: number, body: unknown) => sendJson(res, status, body, { 'cache-control': 'no-store' });

async function readLimitedBody(req: IncomingMessage): Promise<string> {
  try {
    return await readBody(req, BODY_LIMIT_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge) throw new ApiError(413, 'body too large');
    throw error;
  }
}

/** Checks the router's signature over this call and returns the parsed JSON body. */
async function authorisedBody(req: IncomingMessage, path: string, routerKeys: RouterKeys): Promise<Record<string, unknown>> {
  if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) throw new ApiError(415, 'send application/json');
  const raw = await readLimitedBody(req);
  const header = req.headers[INTERNAL_AUTH_HEADER];
  if (typeof header !== 'string') throw new ApiError(401, 'missing router signature');
  if (!(await verifyRouterCall(routerKeys, SESSION_API_AUDIENCE, header, path, raw))) throw new ApiError(401, 'invalid router signature');
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new ApiError(400, 'body is not JSON');
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new ApiError(400, 'body must be a JSON object');
  return body as Record<string, unknown>;
}

function stringField(body: Record<string, unknown>, name: string, optional = false): string | null {
  const value = body[name];
  if (value === undefined || value === null) {
    if (optional) return null;
    throw new ApiError(400, `${name} is required`);
  }
  if (typeof value !== 'string' || value.length > 4096) throw new ApiError(400, `${name} must be a string`);
  return value;
}

const sessionJson = (s: SessionView) => ({
  id: s.id,
  userId: s.userId,
  roles: s.roles,
  tenants: s.tenants,
  idleExpiresAt: s.idleExpiresAt.toISOString(),
  expiresAt: s.expiresAt.toISOString(),
});

/** What the session API needs from the running subgraph. */
export interface SessionApiDeps {
  orm: Orm;
  log: Logger;
  /** The router's public keys (the kit's, from ROUTER_PUBLIC_KEYS / ROUTER_JWKS_URL). */
  routerKeys: RouterKeys;
  service: IdentityService;
  sessions: WebSessions;
  tenants: TenantService;
  /** The cost of the decoy hash checked for an unknown address (as for a known one). */
  config: PasswordHashSettings;
}

/**
 * Identity's internal session endpoints, called only by the router (which turns their answers into
 * `Set-Cookie`; a subgraph cannot reach the browser):
 *
 * - `POST /internal/sessions` `{ email, password, presentedToken? }` → `{ ok: true, token, session, user }`
 *   or `{ ok: false, rateLimited }` (wrong e-mail or password, indistinguishable; or too many failed log-ins).
 * - `POST /internal/sessions/resolve` `{ token }` → `{ session, rotatedToken, cacheForMs }` or `{ session: null }`.
 * - `POST /internal/sessions/end` `{ token }` → `{ endedSessions }`.
 * - `POST /internal/tenants/by-slug` `{ slug }` → `{ tenantId }` (null when no tenant uses that
 *   subdomain label): the router's subdomain routing.
 *
 * A missing or bad router signature is 401; a malformed body 400/413/415.
 */
export function sessionApiRoutes(deps: SessionApiDeps): HttpRoute[] {
  const route = (path: string, handle: (body: Record<string, unknown>) => Promise<unknown>): HttpRoute => ({
    method: 'POST',
    path,
    handler: async (req, res) => {
      try {
        const body = await authorisedBody(req, path, deps.routerKeys);
        send(res, 200, await handle(body));
      } catch (error) {
        if (error instanceof ApiError) {
          send(res, error.status, { error: error.message });
          return;
        }
        throw error;
      }
    },
  });
  return [
    route('/internal/sessions', async (body) => {
      const email = stringField(body, 'email')!;
      const password = stringField(body, 'password')!;
      const presented = stringField(body, 'presentedToken', true);
      const em = deps.orm.em.fork();
      const clientIp = stringField(body, 'clientIp', true);
      const result = await deps.service.authenticate(em, deps.config, email, password, clientIp);
      if (!result.ok) return { ok: false, rateLimited: result.error.code === 'RATE_LIMITED' };
      const { user } = result;
      const started = await deps.sessions.start(em, user, presented);
      deps.log.info({ userId: user.id, sessionId: started.session.id }, 'cookie session started');
      return {
        ok: true,
        token: started.token,
        session: sessionJson(started.session),
        user: { id: user.id, email: user.email, displayName: user.displayName, roles: user.roles, emailVerified: user.emailVerified },
      };
    }),
    route('/internal/sessions/resolve', async (body) => {
      const resolution = await deps.sessions.resolve(deps.orm.em.fork(), stringField(body, 'token')!);
      if (!resolution) return { session: null };
      if (resolution.rotatedToken) {
        deps.log.info(
          { userId: resolution.session.userId, sessionId: resolution.session.id },
          'cookie session id replaced after a role change',
        );
      }
      return { session: sessionJson(resolution.session), rotatedToken: resolution.rotatedToken, cacheForMs: resolution.cacheForMs };
    }),
    route('/internal/sessions/end', async (body) => ({
      endedSessions: await deps.sessions.end(deps.orm.em.fork(), stringField(body, 'token')!),
    })),
    route('/internal/tenants/by-slug', async (body) => ({
      tenantId: await deps.tenants.idBySlug(deps.orm.em.fork(), stringField(body, 'slug')!),
    })),
  ];
}
