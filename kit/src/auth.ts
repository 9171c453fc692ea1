import { SignJWT, jwtVerify } from 'jose';
import { GraphQLError } from 'graphql';
import { forbidden, unauthenticated } from './errors';
import { isTenantRole, type TenantRole } from './tenancy';

/** Header that carries the router-verified identity to subgraphs, as a short-lived HS256 JWT. */
export const INTERNAL_AUTH_HEADER = 'x-hubgraph-auth';
const INTERNAL_ISSUER = 'hubgraph-router';
const INTERNAL_AUDIENCE = 'hubgraph-subgraphs';
const INTERNAL_TTL_SECONDS = 60;

/** Who is making a request, as verified by the router. */
export interface Viewer {
  userId: string;
  roles: string[];
  /** The tenant the request acts in (chosen per request and checked against membership by the router). */
  tenantId: string | null;
  /** The viewer's role in `tenantId`; null or absent when no tenant is chosen. */
  tenantRole?: TenantRole | null;
}

/** Returns the viewer or throws UNAUTHENTICATED; resolvers call it first on every protected operation. */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

/** Throws FORBIDDEN unless the viewer holds `role`. */
export function requireRole(viewer: Viewer | null, role: string): Viewer {
  const v = requireViewer(viewer);
  if (!v.roles.includes(role)) throw forbidden(`This needs the ${role} role.`);
  return v;
}

function secretKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/** What the router vouches for about one request: who (or nobody) and from which client address. */
export interface ForwardedRequest {
  viewer: Viewer | null;
  clientIp: string | null;
}

/**
 * Signs what the router forwards to subgraphs with every request, signed-in or not: the viewer (if any),
 * the client's IP and the request id. The token lives one minute and is HMAC-signed with the
 * INTERNAL_SECRET every process shares, so a subgraph can tell a router-made header from one a client
 * typed, and (with REQUIRE_ROUTER) refuse requests that did not come through the router.
 */
export async function signForwardedRequest(
  secret: string,
  request: { viewer: Viewer | null; requestId: string; clientIp?: string | null },
): Promise<string> {
  const { viewer } = request;
  const jwt = new SignJWT({
    roles: viewer?.roles ?? [],
    tid: viewer?.tenantId ?? null,
    trl: viewer?.tenantId ? (viewer.tenantRole ?? null) : null,
    rid: request.requestId,
    ip: request.clientIp ?? null,
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(INTERNAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${INTERNAL_TTL_SECONDS}s`);
  if (viewer) jwt.setSubject(viewer.userId);
  return jwt.sign(secretKey(secret));
}

/** Signs a forwarded identity for a signed-in viewer (see {@link signForwardedRequest}). */
export function signInternalToken(secret: string, viewer: Viewer, requestId: string): Promise<string> {
  return signForwardedRequest(secret, { viewer, requestId });
}

function invalidForwarded(): GraphQLError {
  return new GraphQLError('The forwarded identity is invalid or expired.', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/** Verifies a forwarded request; a bad or expired token is a 401 UNAUTHENTICATED, never anonymous. */
export async function verifyForwardedRequest(secret: string, token: string): Promise<ForwardedRequest> {
  try {
    const { payload } = await jwtVerify(token, secretKey(secret), {
      issuer: INTERNAL_ISSUER,
      audience: INTERNAL_AUDIENCE,
      algorithms: ['HS256'],
    });
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === 'string') : [];
    const tenantId = typeof payload.tid === 'string' ? payload.tid : null;
    const tenantRole = tenantId && isTenantRole(payload.trl) ? payload.trl : null;
    const viewer: Viewer | null = payload.sub
      ? { userId: payload.sub, roles, tenantId: tenantRole ? tenantId : null, tenantRole }
      : null;
    return { viewer, clientIp: typeof payload.ip === 'string' ? payload.ip : null };
  } catch {
    throw invalidForwarded();
  }
}

/** Verifies a forwarded identity that must name a viewer (401 when it does not). */
export async function verifyInternalToken(secret: string, token: string): Promise<Viewer> {
  const { viewer } = await verifyForwardedRequest(secret, token);
  if (!viewer) throw invalidForwarded();
  return viewer;
}
