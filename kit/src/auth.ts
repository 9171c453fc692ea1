import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type JsonWebKey, type KeyObject } from 'node:crypto';
import {
  SignJWT,
  createRemoteJWKSet,
  jwtVerify,
  type FlattenedJWSInput,
  type JWK,
  type JWTHeaderParameters,
  type JWTPayload,
  type KeyLike,
} from 'jose';
import { GraphQLError } from 'graphql';
import { forbidden, unauthenticated } from './errors';
import { isTenantRole, type TenantRole } from './tenant-roles';

/**
 * Header that carries the router-verified identity to subgraphs: a short-lived ES256 JWT the router
 * signs for one subgraph (`aud` = the subgraph's name). See {@link RouterSigner} and {@link ForwardedVerifier}.
 */
export const INTERNAL_AUTH_HEADER = 'x-hubgraph-auth';
/** Issuer of everything the router signs. */
export const ROUTER_ISSUER = 'hubgraph-router';
/** Path at which the router publishes the public half of its signing keys. */
export const ROUTER_JWKS_PATH = '/.well-known/router-jwks.json';
const ROUTER_ALG = 'ES256';
const FORWARDED_TTL_SECONDS = 60;
/** Where a development subgraph run on its own (`npm run serve`) finds the keys of a router on its default port. */
const DEVELOPMENT_ROUTER_JWKS_URL = `http://127.0.0.1:4000${ROUTER_JWKS_PATH}`;

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

/** Whether the viewer holds the global `role` (false for an anonymous request). */
export function hasRole(viewer: Viewer | null, role: string): boolean {
  return viewer?.roles.includes(role) === true;
}

/** Throws FORBIDDEN unless the viewer holds `role`. */
export function requireRole(viewer: Viewer | null, role: string): Viewer {
  const v = requireViewer(viewer);
  if (!v.roles.includes(role)) throw forbidden(`This needs the ${role} role.`);
  return v;
}

/** What the router vouches for about one request: who (or nobody) and from which client address. */
export interface ForwardedRequest {
  viewer: Viewer | null;
  clientIp: string | null;
}

// ---------------------------------------------------------------------------------------------------
// Router keys: ES256 (P-256) only. Configuration holds them as PEM or JWK text; the kid is always the
// RFC 7638 thumbprint of the public key, so router and subgraphs agree on it whatever form each was given.

function assertP256(key: KeyObject, what: string): KeyObject {
  if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new Error(`${what} must be an EC P-256 (ES256) key`);
  }
  return key;
}

/** Parses an ES256 private key given as PEM (PKCS#8 or SEC1) or as a private JWK (JSON); throws a readable Error. */
export function parseRouterPrivateKey(text: string): KeyObject {
  const trimmed = text.trim();
  let key: KeyObject;
  try {
    key = trimmed.startsWith('{')
      ? createPrivateKey({ key: JSON.parse(trimmed) as JsonWebKey, format: 'jwk' })
      : createPrivateKey(pemText(trimmed));
  } catch {
    throw new Error('must be an ES256 private key: PEM ("-----BEGIN PRIVATE KEY-----") or a private JWK');
  }
  return assertP256(key, 'the key');
}

/**
 * Parses the router's public keys: a JWK set (`{"keys":[…]}`), a single JWK, or one or more PEM
 * public keys. A private key is refused: whoever verifies must not be able to sign.
 */
export function parseRouterPublicKeys(text: string): KeyObject[] {
  const trimmed = text.trim();
  const keys: KeyObject[] = [];
  if (trimmed.startsWith('{')) {
    let parsed: { keys?: unknown } & Record<string, unknown>;
    try {
      parsed = JSON.parse(trimmed) as typeof parsed;
    } catch {
      throw new Error('is not valid JSON (give a JWK set, a JWK, or PEM public keys)');
    }
    const jwks = Array.isArray(parsed.keys) ? (parsed.keys as Record<string, unknown>[]) : [parsed];
    for (const jwk of jwks) {
      if (jwk && typeof jwk === 'object' && 'd' in jwk) throw new Error('holds a private key; give only public keys');
      try {
        keys.push(assertP256(createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' }), 'each key'));
      } catch (error) {
        throw new Error(
          error instanceof Error && error.message.includes('P-256') ? error.message : 'holds a JWK that is not an ES256 public key',
          {
            cause: error,
          },
        );
      }
    }
  } else {
    const blocks = pemText(trimmed).match(/-----BEGIN [A-Z ]+-----[\s\S]+?-----END [A-Z ]+-----/g) ?? [];
    for (const block of blocks) {
      if (/PRIVATE KEY/.test(block)) throw new Error('holds a private key; give only public keys');
      try {
        keys.push(assertP256(createPublicKey(block), 'each key'));
      } catch (error) {
        throw new Error(
          error instanceof Error && error.message.includes('P-256') ? error.message : 'holds a PEM block that is not a public key',
          {
            cause: error,
          },
        );
      }
    }
  }
  if (!keys.length) throw new Error('holds no key (give a JWK set, a JWK, or PEM public keys)');
  return keys;
}

/** PEM from an environment variable, where newlines are often written as `\n`. */
function pemText(text: string): string {
  return text.replace(/\\n/g, '\n');
}

/** The public JWK of a key, with its thumbprint as `kid`. */
export function routerPublicJwk(key: KeyObject): JWK {
  const jwk = (key.type === 'private' ? createPublicKey(key) : key).export({ format: 'jwk' }) as JWK;
  const { crv, kty, x, y } = jwk;
  const kid = createHash('sha256').update(JSON.stringify({ crv, kty, x, y })).digest('base64url');
  return { kty, crv, x, y, kid, alg: ROUTER_ALG, use: 'sig' };
}

/**
 * A new ES256 key pair as the two settings that carry it (PEM), for `npm run router-keys` and for
 * tests that run in production mode.
 */
export function generateRouterKeys(): { ROUTER_SIGNING_KEY: string; ROUTER_PUBLIC_KEYS: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    ROUTER_SIGNING_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    ROUTER_PUBLIC_KEYS: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
}

let developmentKey: KeyObject | undefined;

/**
 * The signing key of a router started without ROUTER_SIGNING_KEY outside production: made once per
 * process and never written anywhere. Subgraphs in the same process (`npm start`, the tests) trust it
 * without configuration; a development subgraph in its own process fetches the router's JWKS instead.
 */
function developmentRouterKey(): KeyObject {
  return (developmentKey ??= generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey);
}

/** The settings {@link RouterSigner.fromConfig} and {@link RouterKeys.fromConfig} read (see kit/src/config.ts). */
export interface RouterKeyConfig {
  NODE_ENV: 'development' | 'production' | 'test';
  ROUTER_SIGNING_KEY?: KeyObject;
  ROUTER_PUBLIC_KEYS?: KeyObject[];
  ROUTER_JWKS_URL?: string;
}

// ---------------------------------------------------------------------------------------------------
// Signing (the router)

/**
 * The router's signer. Everything the router vouches for to another process is an ES256 JWT signed
 * with its private key, which only router processes hold; subgraphs verify with the public half. Each
 * token names one audience (the subgraph's name, or identity's session API), so a token one subgraph
 * receives cannot be replayed to another, and a subgraph — holding no private key anyone accepts —
 * cannot mint identities at all.
 */
export class RouterSigner {
  readonly kid: string;
  private readonly published: JWK[];

  /** `alsoPublished`: further public keys to serve in the JWKS (the next or previous key during a rotation). */
  constructor(
    private readonly privateKey: KeyObject,
    alsoPublished: KeyObject[] = [],
  ) {
    const own = routerPublicJwk(privateKey);
    this.kid = own.kid!;
    const others = alsoPublished.map(routerPublicJwk).filter((jwk) => jwk.kid !== own.kid);
    this.published = [own, ...others];
  }

  /** The configured ROUTER_SIGNING_KEY (publishing ROUTER_PUBLIC_KEYS too); outside production, a per-process key when unset. */
  static fromConfig(config: RouterKeyConfig): RouterSigner {
    if (config.ROUTER_SIGNING_KEY) return new RouterSigner(config.ROUTER_SIGNING_KEY, config.ROUTER_PUBLIC_KEYS);
    if (config.NODE_ENV === 'production') throw new Error('ROUTER_SIGNING_KEY is required in production.');
    return new RouterSigner(developmentRouterKey(), config.ROUTER_PUBLIC_KEYS);
  }

  /** The public keys to publish at {@link ROUTER_JWKS_PATH}: the signing key's first. */
  jwks(): { keys: JWK[] } {
    return { keys: this.published };
  }

  /**
   * Signs the forwarded-request header for one subgraph (`audience` = its name): the viewer (or none),
   * the client IP and the request id, valid for one minute.
   */
  signForwarded(viewer: Viewer | null, audience: string, request: { requestId?: string; clientIp?: string | null } = {}): Promise<string> {
    return this.sign(
      {
        roles: viewer?.roles ?? [],
        tid: viewer?.tenantId ?? null,
        trl: viewer?.tenantId ? (viewer.tenantRole ?? null) : null,
        rid: request.requestId ?? '',
        ip: request.clientIp ?? null,
        ...(viewer ? { sub: viewer.userId } : {}),
      },
      audience,
      FORWARDED_TTL_SECONDS,
    );
  }

  /** Signs other router-to-service calls (e.g. identity's session API): `claims` for `audience`, for `ttlSeconds`. */
  sign(claims: JWTPayload, audience: string, ttlSeconds: number): Promise<string> {
    return new SignJWT(claims)
      .setProtectedHeader({ alg: ROUTER_ALG, kid: this.kid })
      .setIssuer(ROUTER_ISSUER)
      .setAudience(audience)
      .setIssuedAt()
      .setExpirationTime(`${ttlSeconds}s`)
      .sign(this.privateKey);
  }
}

// ---------------------------------------------------------------------------------------------------
// Verifying (subgraphs)

/**
 * The router public keys a process trusts: ROUTER_PUBLIC_KEYS (configured, checked locally with no
 * network call) and/or ROUTER_JWKS_URL (the router's published keys, fetched once, cached, and fetched
 * again when a token names an unknown key: a rotation needs no restart). Outside production with
 * neither set, it trusts this process's development router key, and in development also the JWKS of a
 * router at 127.0.0.1:4000.
 */
export class RouterKeys {
  private readonly local = new Map<string, KeyObject>();
  private readonly remote?: ReturnType<typeof createRemoteJWKSet>;

  constructor(options: { keys?: KeyObject[]; jwksUrl?: string }) {
    for (const key of options.keys ?? []) this.local.set(routerPublicJwk(key).kid!, key.type === 'private' ? createPublicKey(key) : key);
    if (options.jwksUrl) {
      this.remote = createRemoteJWKSet(new URL(options.jwksUrl), {
        cooldownDuration: 30_000,
        cacheMaxAge: 10 * 60_000,
        timeoutDuration: 5_000,
      });
    }
  }

  static fromConfig(config: RouterKeyConfig): RouterKeys {
    if (config.ROUTER_PUBLIC_KEYS || config.ROUTER_JWKS_URL) {
      return new RouterKeys({ keys: config.ROUTER_PUBLIC_KEYS, jwksUrl: config.ROUTER_JWKS_URL });
    }
    if (config.NODE_ENV === 'production') throw new Error('ROUTER_PUBLIC_KEYS or ROUTER_JWKS_URL is required in production.');
    return new RouterKeys({
      keys: [developmentRouterKey()],
      jwksUrl: config.NODE_ENV === 'development' ? DEVELOPMENT_ROUTER_JWKS_URL : undefined,
    });
  }

  private readonly getKey = async (header: JWTHeaderParameters, token: FlattenedJWSInput): Promise<KeyLike> => {
    const local = header.kid ? this.local.get(header.kid) : undefined;
    if (local) return local;
    if (this.remote) return this.remote(header, token);
    throw new Error('unknown router key');
  };

  /**
   * Verifies a JWT the router signed for `audience` (ES256, issuer, audience, expiry) and returns its
   * claims; throws (any error) when it is not one.
   */
  async verify(token: string, audience: string, options: { maxTokenAge?: string } = {}): Promise<JWTPayload> {
    const { payload } = await jwtVerify(token, this.getKey, {
      issuer: ROUTER_ISSUER,
      audience,
      algorithms: [ROUTER_ALG],
      clockTolerance: 5,
      ...options,
    });
    return payload;
  }
}

function invalidForwarded(): GraphQLError {
  return new GraphQLError('The forwarded identity is invalid or expired.', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });
}

/** The request a verified forwarded token describes. */
function forwardedOf(payload: JWTPayload): ForwardedRequest {
  const roles = Array.isArray(payload.roles) ? payload.roles.filter((r): r is string => typeof r === 'string') : [];
  const tenantId = typeof payload.tid === 'string' ? payload.tid : null;
  const tenantRole = tenantId && isTenantRole(payload.trl) ? payload.trl : null;
  const viewer: Viewer | null =
    typeof payload.sub === 'string' && payload.sub
      ? { userId: payload.sub, roles, tenantId: tenantRole ? tenantId : null, tenantRole }
      : null;
  return { viewer, clientIp: typeof payload.ip === 'string' ? payload.ip : null };
}

/**
 * Verifies the forwarded-request header for one subgraph (`audience` = its name): a token the router
 * signed for another subgraph, or one signed with any other key, is a 401 UNAUTHENTICATED, never
 * anonymous. The router reuses one token per viewer, client and subgraph for most of its minute, so
 * each distinct token is verified once (signature and JSON work) and remembered until it expires; only
 * a byte-for-byte identical token hits, and a refused one is never stored. One verifier serves one
 * audience, so the cache is per audience too.
 */
export class ForwardedVerifier {
  private readonly cache = new Map<string, { forwarded: ForwardedRequest; until: number }>();

  constructor(
    private readonly keys: RouterKeys,
    readonly audience: string,
    private readonly limit = 10_000,
  ) {}

  async verify(token: string): Promise<ForwardedRequest> {
    const now = Date.now();
    const hit = this.cache.get(token);
    if (hit && hit.until > now) return hit.forwarded;
    let payload: JWTPayload;
    try {
      payload = await this.keys.verify(token, this.audience);
    } catch {
      throw invalidForwarded();
    }
    const forwarded = forwardedOf(payload);
    const until = typeof payload.exp === 'number' ? payload.exp * 1000 : 0;
    if (until > now) {
      if (this.cache.size >= this.limit) this.cache.clear();
      this.cache.set(token, { forwarded, until });
    }
    return forwarded;
  }

  /** Verifies a forwarded identity that must name a viewer (401 when it does not). */
  async verifyViewer(token: string): Promise<Viewer> {
    const { viewer } = await this.verify(token);
    if (!viewer) throw invalidForwarded();
    return viewer;
  }
}

// ---------------------------------------------------------------------------------------------------
// Router-signed calls to a service's own HTTP routes

const sha256Base64url = (body: string) => createHash('sha256').update(body, 'utf8').digest('base64url');

/**
 * The router's signature over one call to a service route (identity's session API, links' edge
 * visit reports): bound to the route's path (`pth`) and the SHA-256 of the body (`bh`), for one
 * audience, short-lived, so it cannot be replayed on another route or with another body.
 */
export function signRouterCall(signer: RouterSigner, audience: string, path: string, body: string, ttlSeconds = 60): Promise<string> {
  return signer.sign({ pth: path, bh: sha256Base64url(body) }, audience, ttlSeconds);
}

/** Whether `token` is the router's signature over this call (audience, path and body; at most 60 s old). */
export async function verifyRouterCall(
  keys: RouterKeys,
  audience: string,
  token: string | undefined,
  path: string,
  body: string,
): Promise<boolean> {
  if (!token) return false;
  try {
    const claims = await keys.verify(token, audience, { maxTokenAge: '60s' });
    return claims.pth === path && claims.bh === sha256Base64url(body);
  } catch {
    return false;
  }
}
