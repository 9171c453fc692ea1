import { SignJWT, decodeProtectedHeader, exportJWK, generateKeyPair, importJWK, type JSONWebKeySet, type JWK } from 'jose';
import { errorCodes, gql, signUpUser, type GraphQLResponse } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { SigningKey } from '../src/entities';
import { KeyStore } from '../src/keys';
import { OPS, identityOf, logIn, type Session } from './support';

const ADMIN = 'admin@hubgraph.dev';
const DEMO = 'demo@hubgraph.dev';
const DEMO_PASSWORD = 'hubgraph-demo';
/** jose's default in the router: after a JWKS fetch, an unknown kid triggers no new fetch for this long. */
const ROUTER_JWKS_COOLDOWN_MS = 30_000;

const kidOf = (token: string) => decodeProtectedHeader(token).kid;

describe('identity: signing-key rotation and access-token checks, end to end through the router', () => {
  let stack: TestStack;
  /** When the router (or anyone) fetched identity's JWKS, in order. */
  const jwksFetches: number[] = [];

  const me = (token: string) => gql(stack.url, OPS.me, {}, { token });
  const em = () => identityOf(stack).orm.em.fork();
  const jwks = async (): Promise<JSONWebKeySet> => {
    const res = await fetch(identityOf(stack).url.replace(/\/graphql$/, '/.well-known/jwks.json'), { headers: { 'x-test-fetch': '1' } });
    return (await res.json()) as JSONWebKeySet;
  };
  const rotate = async (admin: Session) => {
    const res = await gql(stack.url, OPS.rotate, {}, { token: admin.accessToken });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.rotateSigningKey as { kid: string; previousKid: string; nextKid: string };
  };
  const expectMe = async (token: string, userId: string) => {
    const res = await me(token);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.me).toEqual({ id: userId });
  };

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity'], env: { SEED_DEMO_DATA: 'true' } });
    identityOf(stack).httpServer.on('request', (req) => {
      // The test's own JWKS reads are marked; every other fetch is the router's.
      if (req.url?.startsWith('/.well-known/jwks.json') && !req.headers['x-test-fetch']) jwksFetches.push(Date.now());
    });
  });

  describe('the router refuses bad access tokens with 401 UNAUTHENTICATED', () => {
    let user: { id: string; token: string };
    let activeKey: { kid: string; privateJwk: JWK; publicJwk: JWK };

    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const now = () => Math.floor(Date.now() / 1000);

    /** A token signed with identity's real active key, with the claims a test chooses. */
    async function signWithRealKey(overrides: { iss?: string; aud?: string; exp?: number; iat?: number } = {}) {
      const key = await importJWK(activeKey.privateJwk, 'ES256');
      return new SignJWT({ roles: ['user'], tid: null })
        .setProtectedHeader({ alg: 'ES256', kid: activeKey.kid, typ: 'at+jwt' })
        .setSubject(user.id)
        .setIssuer(overrides.iss ?? 'hubgraph-identity')
        .setAudience(overrides.aud ?? 'hubgraph')
        .setIssuedAt(overrides.iat ?? now())
        .setExpirationTime(overrides.exp ?? now() + 600)
        .sign(key);
    }

    function expect401(res: GraphQLResponse) {
      expect(res.status).toBe(401);
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
      expect(res.body.data?.me ?? null).toBeNull();
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
    }

    beforeAll(async () => {
      const signedUp = await signUpUser(stack.url, 'security');
      user = { id: signedUp.id, token: signedUp.token };
      const row = await em().findOneOrFail(SigningKey, { kid: kidOf(signedUp.token) });
      activeKey = { kid: row.kid, privateJwk: row.privateJwk, publicJwk: row.publicJwk };
    });

    it('accepts a token crafted with the real key and correct claims (the control for the cases below)', async () => {
      await expectMe(await signWithRealKey(), user.id);
    });

    it('refuses a token whose payload was changed after signing (forged signature)', async () => {
      const [header, , signature] = user.token.split('.');
      const payload = {
        sub: '01900000-0000-7000-8000-000000000001',
        roles: ['user', 'admin'],
        iss: 'hubgraph-identity',
        aud: 'hubgraph',
        exp: now() + 600,
      };
      expect401(await me(`${header}.${b64(payload)}.${signature}`));
    });

    it('refuses a token with a tampered signature', async () => {
      const [header, payload, signature] = user.token.split('.');
      const bytes = Buffer.from(signature!, 'base64url');
      bytes[10]! ^= 0xff;
      expect401(await me(`${header}.${payload}.${bytes.toString('base64url')}`));
    });

    it('refuses an unsigned token (alg: none), with or without a trailing signature segment', async () => {
      const header = b64({ alg: 'none', typ: 'JWT', kid: activeKey.kid });
      const payload = b64({ sub: user.id, roles: ['user'], iss: 'hubgraph-identity', aud: 'hubgraph', exp: now() + 600 });
      expect401(await me(`${header}.${payload}.`));
      expect401(await me(`${header}.${payload}.AAAA`));
    });

    it('refuses an HS256 token keyed with the public key (algorithm confusion)', async () => {
      const secret = new TextEncoder().encode(JSON.stringify(activeKey.publicJwk));
      const token = await new SignJWT({ roles: ['user'] })
        .setProtectedHeader({ alg: 'HS256', kid: activeKey.kid })
        .setSubject(user.id)
        .setIssuer('hubgraph-identity')
        .setAudience('hubgraph')
        .setExpirationTime('10m')
        .sign(secret);
      expect401(await me(token));
    });

    it('refuses a token signed by a key identity never published, whatever kid it claims', async () => {
      const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
      expect((await exportJWK(publicKey)).crv).toBe('P-256');
      for (const kid of ['attacker-key', activeKey.kid]) {
        const token = await new SignJWT({ roles: ['user', 'admin'] })
          .setProtectedHeader({ alg: 'ES256', kid })
          .setSubject(user.id)
          .setIssuer('hubgraph-identity')
          .setAudience('hubgraph')
          .setExpirationTime('10m')
          .sign(privateKey);
        expect401(await me(token));
      }
    });

    it('refuses an expired token signed with the real key', async () => {
      const res = await me(await signWithRealKey({ iat: now() - 1000, exp: now() - 60 }));
      expect401(res);
      expect(res.body.errors?.[0]!.message).toMatch(/expired/);
    });

    it('refuses a token for another audience', async () => {
      expect401(await me(await signWithRealKey({ aud: 'some-other-api' })));
    });

    it('refuses a token from another issuer', async () => {
      expect401(await me(await signWithRealKey({ iss: 'https://evil.example' })));
    });
  });

  describe('rotateSigningKey', () => {
    it(
      'keeps old-key tokens working, and the router refetches the JWKS for a key it has never seen once its cooldown is over',
      async () => {
        const user = await signUpUser(stack.url, 'rotation');
        const tokenA = user.token;
        const kidA = kidOf(tokenA);
        await expectMe(tokenA, user.id);
        // The router has fetched the JWKS by now (here or in the suites above).
        expect(jwksFetches.length).toBeGreaterThan(0);
        const fetches = jwksFetches.length;

        const admin = await logIn(stack.url, ADMIN, DEMO_PASSWORD);
        const first = await rotate(admin);
        expect(first.previousKid).toBe(kidA);
        const second = await rotate(admin);
        // The second rotation activates the key the first one created: the router has never seen it.
        expect(second).toMatchObject({ previousKid: first.kid, kid: first.nextKid });

        const tokenC = (await logIn(stack.url, user.email)).accessToken;
        expect(kidOf(tokenC)).toBe(second.kid);
        const lastFetch = jwksFetches[fetches - 1];
        if (Date.now() < lastFetch! + ROUTER_JWKS_COOLDOWN_MS - 2_000) {
          // Within jose's cooldown the router does not refetch, so the brand-new key is refused. This
          // is why identity publishes each key one rotation ahead (next test).
          const early = await me(tokenC);
          expect(early.status).toBe(401);
          expect(errorCodes(early)).toEqual(['UNAUTHENTICATED']);
          expect(jwksFetches).toHaveLength(fetches);
        }

        // Refused (without a fetch) until the cooldown is over; the first request after it fetches once.
        await eventually(() => expectMe(tokenC, user.id), ROUTER_JWKS_COOLDOWN_MS + 10_000, 250);
        expect(jwksFetches).toHaveLength(fetches + 1); // the unknown kid made the router fetch again
        // Token A, signed with a key retired two rotations ago, still verifies.
        await expectMe(tokenA, user.id);
      },
      ROUTER_JWKS_COOLDOWN_MS + 30_000,
    );

    it('switches keys without downtime: token A (old key) and token B (new key) both work at once, with no refetch', async () => {
      const user = await signUpUser(stack.url, 'seamless');
      const tokenA = user.token;
      await expectMe(tokenA, user.id);
      const fetchesBefore = jwksFetches.length;

      const admin = await logIn(stack.url, ADMIN, DEMO_PASSWORD);
      const rotation = await rotate(admin);
      expect(rotation.previousKid).toBe(kidOf(tokenA));
      expect(rotation.kid).not.toBe(rotation.previousKid);
      expect(rotation.nextKid).not.toBe(rotation.kid);

      const tokenB = (await logIn(stack.url, user.email)).accessToken;
      expect(kidOf(tokenB)).toBe(rotation.kid);
      await expectMe(tokenB, user.id);
      await expectMe(tokenA, user.id);
      // The router already held the new key: it was published as the next key before it signed.
      expect(jwksFetches).toHaveLength(fetchesBefore);

      const published = await jwks();
      const kids = published.keys.map((k) => k.kid);
      expect(kids).toEqual(expect.arrayContaining([rotation.previousKid, rotation.kid, rotation.nextKid]));
      for (const key of published.keys) {
        expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
        expect(key).not.toHaveProperty('d');
      }
      const rows = await em().find(SigningKey, { kid: { $in: [rotation.previousKid, rotation.kid, rotation.nextKid] } });
      const byKid = new Map(rows.map((r) => [r.kid, r]));
      expect(byKid.get(rotation.previousKid)?.retiredAt).toBeInstanceOf(Date);
      expect(byKid.get(rotation.kid)).toMatchObject({ retiredAt: null, activatedAt: expect.any(Date) });
      expect(byKid.get(rotation.nextKid)).toMatchObject({ retiredAt: null, activatedAt: null });
    });

    it('is for admins only: FORBIDDEN for a signed-in user, UNAUTHENTICATED for anonymous, and nothing changes', async () => {
      const activeBefore = await em().find(SigningKey, { retiredAt: null }, { orderBy: { kid: 'asc' } });
      const demo = await logIn(stack.url, DEMO, DEMO_PASSWORD);
      const forbidden = await gql(stack.url, OPS.rotate, {}, { token: demo.accessToken });
      expect(errorCodes(forbidden)).toEqual(['FORBIDDEN']);
      expect(forbidden.body.data?.rotateSigningKey ?? null).toBeNull();
      const anonymous = await gql(stack.url, OPS.rotate);
      expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
      const activeAfter = await em().find(SigningKey, { retiredAt: null }, { orderBy: { kid: 'asc' } });
      expect(activeAfter.map((k) => [k.kid, k.activatedAt?.getTime() ?? null])).toEqual(
        activeBefore.map((k) => [k.kid, k.activatedAt?.getTime() ?? null]),
      );
    });

    it('drops a retired key from the JWKS once twice the token lifetime has passed', async () => {
      const admin = await logIn(stack.url, ADMIN, DEMO_PASSWORD);
      const rotation = await rotate(admin);
      expect((await jwks()).keys.map((k) => k.kid)).toContain(rotation.previousKid);
      await em().nativeUpdate(SigningKey, { kid: rotation.previousKid }, { retiredAt: new Date(Date.now() - 31 * 60_000) });
      const kids = (await jwks()).keys.map((k) => k.kid);
      expect(kids).not.toContain(rotation.previousKid);
      expect(kids).toEqual(expect.arrayContaining([rotation.kid, rotation.nextKid]));
    });

    it('makes a rotation done by one replica visible to another within its cache period', async () => {
      // Two key stores on the same database stand for two identity replicas.
      const replicaA = new KeyStore({ activeKeyCacheMs: 400 });
      const replicaB = new KeyStore({ activeKeyCacheMs: 400 });
      const claims = { userId: 'replica-user', roles: ['user'], sessionId: null };
      const before = kidOf((await replicaB.sign(em(), claims)).token);
      const rotation = await replicaA.rotate(em());
      expect(rotation.previousKid).toBe(before);
      expect(kidOf((await replicaA.sign(em(), claims)).token)).toBe(rotation.kid);
      // B still signs with its cached (now retired) key; such tokens stay verifiable (key still published).
      const stale = (await replicaB.sign(em(), claims)).token;
      expect(kidOf(stale)).toBe(before);
      expect((await jwks()).keys.map((k) => k.kid)).toContain(before);
      // Once B's key cache expires it signs with the new key.
      await eventually(async () => expect(kidOf((await replicaB.sign(em(), claims)).token)).toBe(rotation.kid), 5000);
    });
  });
});
