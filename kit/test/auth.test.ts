import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { generateKeyPairSync } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { SignJWT, decodeJwt, decodeProtectedHeader, type JWK, type JWTPayload } from 'jose';
import WebSocket from 'ws';
import {
  INTERNAL_AUTH_HEADER,
  RouterKeys,
  RouterSigner,
  generateRouterKeys,
  loadSubgraphConfig,
  parseRouterPrivateKey,
  routerPublicJwk,
  type RunningSubgraph,
  type Viewer,
} from '../index';
import { ForwardedVerifier, parseRouterPublicKeys } from '../src/auth';
import { work } from '../../subgraphs/work';
import { errorCodes, gql } from '../../test/helpers/graphql';
import { disposeAfterAll } from '../../test/helpers/stack';
import { startOneSubgraph } from '../../test/helpers/subgraph';

/** A key pair as configuration gives it: the router's private key and the public keys subgraphs trust. */
function keyPair() {
  const env = generateRouterKeys();
  return { env, privateKey: parseRouterPrivateKey(env.ROUTER_SIGNING_KEY), publicKeys: parseRouterPublicKeys(env.ROUTER_PUBLIC_KEYS) };
}

const ROUTER = keyPair();
/** What a compromised subgraph could sign with: a key of its own, which nobody was told to trust. */
const INTRUDER = keyPair();
const signer = new RouterSigner(ROUTER.privateKey);
const intruder = new RouterSigner(INTRUDER.privateKey);
const keys = new RouterKeys({ keys: ROUTER.publicKeys });
const VIEWER: Viewer = {
  userId: '0193a1b2-0000-7000-8000-000000000001',
  roles: ['admin', 'member'],
  tenantId: 'tenant-1',
  tenantRole: 'MANAGER',
};

/** The error subgraph `audience` refuses `token` with (fails the test when it is accepted). */
async function rejectionOf(token: string, audience = 'work', verifierKeys = keys): Promise<GraphQLError> {
  try {
    await new ForwardedVerifier(verifierKeys, audience).verifyViewer(token);
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  throw new Error('expected the token to be rejected');
}

/** Signs arbitrary claims with the router's key, to build tokens that are well signed but wrong in one way. */
function signClaims(claims: JWTPayload, kid = signer.kid): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'ES256', kid }).sign(ROUTER.privateKey);
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

function expectUnauthenticated(error: GraphQLError): void {
  expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', http: { status: 401 } });
  // One message for every failure, so a prober learns nothing about why a token was refused.
  expect(error.message).toBe('The forwarded identity is invalid or expired.');
}

describe('kit auth: forwarded identity tokens', () => {
  it('round-trips a viewer through sign and verify', async () => {
    const verifier = new ForwardedVerifier(keys, 'work');
    expect(await verifier.verifyViewer(await signer.signForwarded(VIEWER, 'work'))).toEqual(VIEWER);
    const noTenant = await signer.signForwarded({ ...VIEWER, roles: [], tenantId: null }, 'work');
    expect(await verifier.verifyViewer(noTenant)).toEqual({ ...VIEWER, roles: [], tenantId: null, tenantRole: null });
    // A tenant without a role (a forged or partial claim) is no tenant at all.
    const roleless = await signer.signForwarded({ ...VIEWER, tenantRole: null }, 'work');
    expect(await verifier.verifyViewer(roleless)).toEqual({ ...VIEWER, tenantId: null, tenantRole: null });
    expect(await verifier.verify(await signer.signForwarded(null, 'work', { clientIp: '10.1.2.3' }))).toEqual({
      viewer: null,
      clientIp: '10.1.2.3',
    });
  });

  it('makes a short-lived ES256 token for one subgraph that names the subject and the request', async () => {
    const token = await signer.signForwarded(VIEWER, 'work', { requestId: 'req-42' });
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', kid: signer.kid });
    const claims = decodeJwt(token);
    expect(claims).toMatchObject({
      iss: 'hubgraph-router',
      aud: 'work',
      sub: VIEWER.userId,
      rid: 'req-42',
      roles: VIEWER.roles,
      tid: VIEWER.tenantId,
      trl: 'MANAGER',
    });
    expect(claims.exp! - claims.iat!).toBe(60);
    expect(Math.abs(claims.iat! - Date.now() / 1000)).toBeLessThan(5);
  });

  it('refuses a token a subgraph minted with its own key, even one claiming the router key id', async () => {
    // A compromised process holds no key that others accept: whatever it signs is refused.
    const minted = await intruder.signForwarded({ ...VIEWER, roles: ['admin'] }, 'work');
    expectUnauthenticated(await rejectionOf(minted));
    const disguised = await new SignJWT(decodeJwt(minted)).setProtectedHeader({ alg: 'ES256', kid: signer.kid }).sign(INTRUDER.privateKey);
    expectUnauthenticated(await rejectionOf(disguised));
  });

  it('refuses a token signed for one subgraph when it is replayed to another', async () => {
    const forCrm = await signer.signForwarded(VIEWER, 'crm');
    expectUnauthenticated(await rejectionOf(forCrm, 'work'));
    expect(await new ForwardedVerifier(keys, 'crm').verifyViewer(forCrm)).toEqual(VIEWER);
  });

  it('refuses HS256 tokens, including one keyed with the router public key (algorithm confusion)', async () => {
    const claims = decodeJwt(await signer.signForwarded(VIEWER, 'work'));
    const publicKeyBytes = new TextEncoder().encode(ROUTER.env.ROUTER_PUBLIC_KEYS);
    const confused = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256', kid: signer.kid }).sign(publicKeyBytes);
    expectUnauthenticated(await rejectionOf(confused));
    const oldSecret = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode('hubgraph-development-internal-secret-do-not-use-in-production'));
    expectUnauthenticated(await rejectionOf(oldSecret));
  });

  it('rejects a token whose payload was changed after signing', async () => {
    const [header, payload, signature] = (await signer.signForwarded(VIEWER, 'work')).split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString('utf8'));
    const escalated = `${header}.${b64({ ...claims, sub: 'someone-else', roles: ['superuser'] })}.${signature}`;
    expectUnauthenticated(await rejectionOf(escalated));
  });

  it('rejects a token whose signature was changed', async () => {
    const [header, payload, signature] = (await signer.signForwarded(VIEWER, 'work')).split('.');
    const flipped = signature![0] === 'A' ? `B${signature!.slice(1)}` : `A${signature!.slice(1)}`;
    expectUnauthenticated(await rejectionOf(`${header}.${payload}.${flipped}`));
  });

  it('rejects an expired token even when its signature is valid', async () => {
    const claims = decodeJwt(await signer.signForwarded(VIEWER, 'work'));
    const now = Math.floor(Date.now() / 1000);
    expectUnauthenticated(await rejectionOf(await signClaims({ ...claims, iat: now - 120, exp: now - 60 })));
    // The same claims with a future expiry pass, so it is the expiry that was refused.
    expect(await new ForwardedVerifier(keys, 'work').verifyViewer(await signClaims({ ...claims, iat: now, exp: now + 60 }))).toEqual(
      VIEWER,
    );
  });

  it('rejects validly signed tokens from another issuer, without a subject, or unsigned', async () => {
    const claims = decodeJwt(await signer.signForwarded(VIEWER, 'work'));
    expectUnauthenticated(await rejectionOf(await signClaims({ ...claims, iss: 'hubgraph-identity' })));
    expectUnauthenticated(await rejectionOf(await signClaims({ ...claims, aud: 'hubgraph-identity-sessions' })));
    const { sub: _sub, ...withoutSubject } = claims;
    expectUnauthenticated(await rejectionOf(await signClaims(withoutSubject)));
    expectUnauthenticated(await rejectionOf(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`));
    expectUnauthenticated(await rejectionOf('not-a-jwt'));
  });

  it('keeps only string roles from a token', async () => {
    const claims = decodeJwt(await signer.signForwarded(VIEWER, 'work'));
    const token = await signClaims({ ...claims, roles: ['admin', 7, { role: 'x' }, null] });
    expect((await new ForwardedVerifier(keys, 'work').verifyViewer(token)).roles).toEqual(['admin']);
  });

  it('verifies each distinct token once, and never remembers a refused one', async () => {
    const verifier = new ForwardedVerifier(keys, 'work');
    const spy = jest.spyOn(keys, 'verify');
    try {
      const token = await signer.signForwarded(VIEWER, 'work');
      for (let i = 0; i < 3; i++) await verifier.verify(token);
      expect(spy).toHaveBeenCalledTimes(1);
      const forCrm = await signer.signForwarded(VIEWER, 'crm');
      for (let i = 0; i < 2; i++) expectUnauthenticated(await rejectionOf(forCrm, 'work'));
      expect(spy).toHaveBeenCalledTimes(3);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('kit auth: router keys in configuration', () => {
  it('reads the same key as PEM or JWK, with the thumbprint as key id on both sides', () => {
    const jwk = ROUTER.privateKey.export({ format: 'jwk' });
    const fromJwk = new RouterSigner(parseRouterPrivateKey(JSON.stringify(jwk)));
    expect(fromJwk.kid).toBe(signer.kid);
    const publicJwk = routerPublicJwk(ROUTER.publicKeys[0]!);
    expect(publicJwk).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig', kid: signer.kid });
    expect(publicJwk).not.toHaveProperty('d');
    // PEM with \n escapes (as environment files often hold it), a JWK set and a single JWK all parse.
    expect(parseRouterPublicKeys(ROUTER.env.ROUTER_PUBLIC_KEYS.replace(/\n/g, '\\n')).map((k) => routerPublicJwk(k).kid)).toEqual([
      signer.kid,
    ]);
    const both = parseRouterPublicKeys(JSON.stringify({ keys: [publicJwk, routerPublicJwk(INTRUDER.publicKeys[0]!)] }));
    expect(both.map((k) => routerPublicJwk(k).kid)).toEqual([signer.kid, intruder.kid]);
    expect(parseRouterPublicKeys(JSON.stringify(publicJwk))).toHaveLength(1);
    expect(parseRouterPublicKeys(ROUTER.env.ROUTER_PUBLIC_KEYS + INTRUDER.env.ROUTER_PUBLIC_KEYS)).toHaveLength(2);
  });

  it('refuses private keys where public ones belong, and keys that are not ES256', () => {
    expect(() => parseRouterPublicKeys(ROUTER.env.ROUTER_SIGNING_KEY)).toThrow(/private key/);
    expect(() => parseRouterPublicKeys(JSON.stringify(ROUTER.privateKey.export({ format: 'jwk' })))).toThrow(/private key/);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    expect(() => parseRouterPrivateKey(rsa.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString())).toThrow(/P-256/);
    expect(() => parseRouterPublicKeys(rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString())).toThrow(/P-256/);
    const p384 = generateKeyPairSync('ec', { namedCurve: 'P-384' });
    expect(() => parseRouterPrivateKey(p384.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString())).toThrow(/P-256/);
    expect(() => parseRouterPrivateKey('not a key')).toThrow(/ES256 private key/);
    expect(() => parseRouterPublicKeys('{"keys":[]}')).toThrow(/no key/);
  });

  it('publishes the signing key first, then the other configured public keys (a rotation)', () => {
    const rotating = new RouterSigner(ROUTER.privateKey, [...INTRUDER.publicKeys, ...ROUTER.publicKeys]);
    expect(rotating.jwks().keys.map((k) => k.kid)).toEqual([signer.kid, intruder.kid]);
    expect(rotating.jwks().keys.every((k) => !('d' in k))).toBe(true);
  });

  it('in production, a subgraph has no signing key to fall back on and needs the public keys', () => {
    const config = loadSubgraphConfig({ NODE_ENV: 'production', ROUTER_PUBLIC_KEYS: ROUTER.env.ROUTER_PUBLIC_KEYS });
    expect(() => RouterSigner.fromConfig(config)).toThrow(/ROUTER_SIGNING_KEY/);
    expect(() => RouterKeys.fromConfig({ NODE_ENV: 'production' })).toThrow(/ROUTER_PUBLIC_KEYS/);
  });
});

describe('kit auth: router keys fetched from the router (ROUTER_JWKS_URL)', () => {
  let published: { keys: JWK[] } = signer.jwks();
  let fetches = 0;
  let jwksUrl: string;

  beforeAll(async () => {
    const server: Server = createServer((_req, res) => {
      fetches++;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(published));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    disposeAfterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/router-jwks.json`;
  });

  it('fetches the keys once, and again when a token names a key it has not seen (rotation)', async () => {
    const remote = new ForwardedVerifier(new RouterKeys({ jwksUrl }), 'work');
    expect(await remote.verifyViewer(await signer.signForwarded(VIEWER, 'work'))).toEqual(VIEWER);
    expect(await remote.verifyViewer(await signer.signForwarded({ ...VIEWER, roles: [] }, 'work'))).toMatchObject({ roles: [] });
    expect(fetches).toBe(1);

    // The router rotates to a new key and publishes both; tokens of the new key pass after one refetch.
    const next = keyPair();
    const nextSigner = new RouterSigner(next.privateKey, ROUTER.publicKeys);
    published = nextSigner.jwks();
    const now = jest.spyOn(Date, 'now');
    try {
      // Past the 30 s cooldown between refetches.
      now.mockReturnValue(Date.now() + 31_000);
      expect(await remote.verifyViewer(await nextSigner.signForwarded(VIEWER, 'work'))).toEqual(VIEWER);
    } finally {
      now.mockRestore();
    }
    expect(fetches).toBe(2);
    // Keys never published stay refused.
    expectUnauthenticated(await rejectionOf(await intruder.signForwarded(VIEWER, 'work'), 'work', new RouterKeys({ jwksUrl })));
  });

  it('checks configured keys first and fetches only for a key it does not hold (both settings, as in compose)', async () => {
    const before = fetches;
    const both = new ForwardedVerifier(new RouterKeys({ keys: ROUTER.publicKeys, jwksUrl }), 'work');
    expect(await both.verifyViewer(await signer.signForwarded(VIEWER, 'work'))).toEqual(VIEWER);
    expect(fetches).toBe(before);
    expectUnauthenticated(
      await rejectionOf(await intruder.signForwarded(VIEWER, 'work'), 'work', new RouterKeys({ keys: ROUTER.publicKeys, jwksUrl })),
    );
    expect(fetches).toBe(before + 1);
  });
});

describe('kit auth: a subgraph trusts only router-signed identity for itself', () => {
  const TASKS = '{ tasks { totalCount } }';
  let subgraph: RunningSubgraph;

  beforeAll(async () => {
    subgraph = await startOneSubgraph(work, { ROUTER_PUBLIC_KEYS: ROUTER.env.ROUTER_PUBLIC_KEYS });
  });

  it('serves the viewer named by a valid forwarded token', async () => {
    const token = await signer.signForwarded(VIEWER, 'work');
    const created = await gql(
      subgraph.url,
      'mutation { createTask(input: { title: "direct" }) { task { owner { id } } errors { code } } }',
      {},
      { headers: { [INTERNAL_AUTH_HEADER]: token } },
    );
    expect(created.status).toBe(200);
    expect(created.body.data.createTask).toEqual({ task: { owner: { id: VIEWER.userId } }, errors: [] });
    const listed = await gql(subgraph.url, TASKS, {}, { headers: { [INTERNAL_AUTH_HEADER]: token } });
    expect(listed.body.data.tasks.totalCount).toBe(1);
  });

  it('treats a request without the header as anonymous (UNAUTHENTICATED from the resolver)', async () => {
    const res = await gql(subgraph.url, TASKS);
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });

  it.each([
    ['a forged value', async () => 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl'],
    ["an admin viewer minted with a subgraph's own key", () => intruder.signForwarded({ ...VIEWER, roles: ['admin'] }, 'work')],
    ['a token the router signed for crm, replayed to work', () => signer.signForwarded(VIEWER, 'crm')],
    [
      'an expired token',
      async () => {
        const now = Math.floor(Date.now() / 1000);
        return signClaims({ ...decodeJwt(await signer.signForwarded(VIEWER, 'work')), iat: now - 120, exp: now - 60 });
      },
    ],
  ])('answers HTTP 401 UNAUTHENTICATED to %s in x-hubgraph-auth', async (_label, makeToken) => {
    const res = await gql(subgraph.url, TASKS, {}, { headers: { [INTERNAL_AUTH_HEADER]: await makeToken() } });
    expect(res.status).toBe(401);
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
    expect(res.body.data).toBeUndefined();
  });

  it.each([
    ['a forged identity', async () => 'forged.token.value'],
    ['a token signed for another subgraph', () => signer.signForwarded(VIEWER, 'crm')],
  ])('refuses a WebSocket connection that presents %s (4403)', async (_label, makeToken) => {
    const token = await makeToken();
    const ws = new WebSocket(subgraph.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    ws.once('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { [INTERNAL_AUTH_HEADER]: token } })));
    const code = await new Promise<number>((resolve) => ws.once('close', (closeCode) => resolve(closeCode)));
    expect(code).toBe(4403);
  });
});
