import { SignJWT, jwtVerify } from 'jose';
import { GraphQLError } from 'graphql';
import { forbidden, unauthenticated } from './errors';

/** Header that carries the router-verified identity to subgraphs, as a short-lived HS256 JWT. */
export const INTERNAL_AUTH_HEADER = 'x-hubgraph-auth';
const INTERNAL_ISSUER = 'hubgraph-router';
const INTERNAL_AUDIENCE = 'hubgraph-subgraphs';
const INTERNAL_TTL_SECONDS = 60;

/** Who is making a request, as verified by the router. */
export interface Viewer {
  userId: string;
  roles: string[];
  tenantId: string | null;
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

/**
 * Signs the identity the router forwards to subgraphs. The token lives one minute, names the
 * request, and is HMAC-signed with the INTERNAL_SECRET every process shares, so a subgraph can tell a
 * router-made header from one a client typed.
 */
export async function signInternalToken(secret: string, viewer: Viewer, requestId: string): Promise<string> {
  return new SignJWT({ roles: viewer.roles, tid: viewer.tenantId, rid: requestId })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(viewer.userId)
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(INTERNAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${INTERNAL_TTL_SECONDS}s`)
    .sign(secretKey(secret));
}

/** Verifies a forwarded identity; a bad or expired one is a 401 UNAUTHENTICATED, never anonymous. */
export async function verifyInternalToken(secret: string, token: string): Promise<Viewer> {
  try {
    const { payload } = await jwtVerify(token, secretKey(secret), {
      issuer: INTERNAL_ISSUER,
      audience: INTERNAL_AUDIENCE,
      algorithms: ['HS256'],
    });
    const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === 'string') : [];
    if (!payload.sub) throw new Error('no subject');
    return { userId: payload.sub, roles, tenantId: typeof payload.tid === 'string' ? payload.tid : null };
  } catch {
    throw new GraphQLError('The forwarded identity is invalid or expired.', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
    });
  }
}
