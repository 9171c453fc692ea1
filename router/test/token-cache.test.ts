import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair, type KeyLike } from 'jose';
import { GraphQLError } from 'graphql';
import { TENANT_HEADER } from '../../kit';
import { TokenVerifier } from '../src/auth';

/**
 * The router remembers verified access tokens until their `exp` (router/src/auth.ts). Remembering
 * must not change any answer: a tampered or foreign token is still refused after a good one was
 * seen, the tenant is still chosen per request, and an expired token is refused.
 */
let server: Server;
let jwksUrl: string;
let jwksCalls = 0;
let privateKey: KeyLike;
let foreignKey: KeyLike;
const KID = 'k1';

beforeAll(async () => {
  const pair = await generateKeyPair('ES256');
  privateKey = pair.privateKey;
  foreignKey = (await generateKeyPair('ES256')).privateKey;
  const jwk = { ...(await exportJWK(pair.publicKey)), kid: KID, alg: 'ES256', use: 'sig' };
  server = createServer((_req, res) => {
    jwksCalls++;
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function sign(claims: Record<string, unknown>, expiresAt: number, key = privateKey): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: KID })
    .setIssuer('hubgraph-identity')
    .setAudience('hubgraph')
    .setSubject('u-alice')
    .setIssuedAt()
    .setExpirationTime(expiresAt)
    .sign(key);
}

const request = (token: string, tenant?: string) =>
  ({ headers: { authorization: `Bearer ${token}`, ...(tenant ? { [TENANT_HEADER]: tenant } : {}) } }) as unknown as IncomingMessage;

async function codeOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    return error instanceof GraphQLError ? error.extensions.code : error;
  }
}

describe('TokenVerifier: remembered verifications', () => {
  const now = () => Math.floor(Date.now() / 1000);

  it('answers a known token as a fresh verification would, tenant chosen per request', async () => {
    const verifier = new TokenVerifier(jwksUrl);
    const token = await sign({ roles: ['user'], ten: { 't-a': 'ADMIN', 't-b': 'EMPLOYEE' }, tid: 't-a' }, now() + 600);
    const first = await verifier.viewerOf(request(token));
    expect(first).toEqual({ userId: 'u-alice', roles: ['user'], tenantId: 't-a', tenantRole: 'ADMIN' });
    expect(await verifier.viewerOf(request(token))).toEqual(first);
    // The tenant header is still checked on every request, also for a remembered token.
    expect(await verifier.viewerOf(request(token, 't-b'))).toMatchObject({ tenantId: 't-b', tenantRole: 'EMPLOYEE' });
    expect(await codeOf(verifier.viewerOf(request(token, 't-other')))).toBe('FORBIDDEN');
  });

  it('refuses a tampered or foreign-signed token even after the genuine one was remembered', async () => {
    const verifier = new TokenVerifier(jwksUrl);
    const token = await sign({ roles: ['user'] }, now() + 600);
    expect(await codeOf(verifier.viewerOf(request(token)))).toBe('accepted');
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const flipped = signature.slice(0, -2) + (signature.endsWith('AA') ? 'AB' : 'AA');
    expect(await codeOf(verifier.viewerOf(request(`${header}.${payload}.${flipped}`)))).toBe('UNAUTHENTICATED');
    // Same claims, another key: the signature differs, so nothing remembered applies.
    const forged = await sign({ roles: ['user', 'admin'] }, now() + 600, foreignKey);
    expect(await codeOf(verifier.viewerOf(request(forged)))).toBe('UNAUTHENTICATED');
    // The genuine token with a byte appended is not the remembered one.
    expect(await codeOf(verifier.viewerOf(request(`${token}x`)))).toBe('UNAUTHENTICATED');
  });

  it('refuses an expired token and keys are fetched once for many tokens', async () => {
    const verifier = new TokenVerifier(jwksUrl);
    const before = jwksCalls;
    const expired = await sign({ roles: ['user'] }, now() - 60);
    expect(await codeOf(verifier.viewerOf(request(expired)))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verifier.viewerOf(request(expired)))).toBe('UNAUTHENTICATED');
    const tokens = await Promise.all(Array.from({ length: 20 }, (_, i) => sign({ roles: [`r${i}`] }, now() + 600)));
    for (const token of tokens) expect(await codeOf(verifier.viewerOf(request(token)))).toBe('accepted');
    for (const [i, token] of tokens.entries()) expect((await verifier.viewerOf(request(token)))?.roles).toEqual([`r${i}`]);
    expect(jwksCalls - before).toBe(1);
  });
});
