import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { createConnection } from 'mysql2/promise';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { addToTenant, gql, logInUser, signUpUser, type TestUser } from './helpers/graphql';
import { freePort, startServiceProcess } from './helpers/processes';
import { disposeAfterAll, startTestStack, testEnv, type TestStack } from './helpers/stack';
import { eventually } from './helpers/wait';
import { generateRouterKeys } from '../kit';

const PROTOCOL = 'graphql-transport-ws';
const COUNTER = 'subscription($n: String!) { counterChanged(name: $n) { value } }';

/**
 * Long-lived streams follow identity (issue 10 item 2): a WebSocket connection ends with a coded
 * error and close 4403 when its token expires without renewal, when the user logs out everywhere, and
 * when the tenant membership or role it acted with is taken away; a token sent in a ping renews it.
 *
 * Short-lived tokens come from a test signing key that the router trusts next to identity's: the test
 * serves a JWKS with both (identity's keys fetched from identity), so identity's 15-minute tokens and
 * the test's few-second ones verify alike.
 */
describe('router: streams follow identity', () => {
  let stack: TestStack;
  let wsUrl: string;
  let jwks: Server;
  let identityJwks = '';
  let testKey: { privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey']; jwk: JWK };
  const clients: Client[] = [];

  /** An access token like identity's, signed with the test key, expiring `expiresIn` seconds from now (may be negative). */
  async function mint(userId: string, expiresIn: number): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ roles: ['user'], tid: null, ten: {} })
      .setProtectedHeader({ alg: 'ES256', kid: 'stream-test-key', typ: 'at+jwt' })
      .setSubject(userId)
      .setIssuer('hubgraph-identity')
      .setAudience('hubgraph')
      .setIssuedAt(now - 60)
      .setExpirationTime(now + expiresIn)
      .sign(testKey.privateKey);
  }

  /** A graphql-ws client that records how its socket closed. */
  function client(token: string, connectionParams: Record<string, unknown> = {}) {
    const closes: { code: number; reason: string }[] = [];
    const c = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${token}`, ...connectionParams },
      on: {
        closed: (event) => {
          const { code, reason } = event as { code: number; reason: string };
          closes.push({ code, reason });
        },
      },
    });
    clients.push(c);
    return { c, closes };
  }

  function collect(c: Client, query: string, variables: Record<string, unknown> = {}) {
    const events: any[] = [];
    const state = { completed: false, error: undefined as unknown };
    c.subscribe(
      { query, variables },
      { next: (event) => events.push(event), error: (error) => (state.error = error), complete: () => (state.completed = true) },
    );
    return { events, state };
  }

  /** Subscribes to a fresh counter and waits until an increment arrives, so the stream is known to be live. */
  async function liveCounter(c: Client) {
    const name = `id-${Math.random().toString(36).slice(2, 8)}`;
    const sub = collect(c, COUNTER, { n: name });
    await eventually(
      async () => {
        await gql(stack.url, 'mutation($n: String!) { incrementCounter(name: $n) { value } }', { n: name });
        expect(sub.events.length).toBeGreaterThan(0);
      },
      10_000,
      100,
    );
    return { ...sub, name };
  }

  /** Ends only once the router's final error and `complete` arrived, then the 4403 close. */
  async function expectEnded(
    sub: { events: any[]; state: { completed: boolean } },
    closes: { code: number; reason: string }[],
    code: string,
  ) {
    await eventually(() => expect(sub.state.completed).toBe(true), 10_000);
    expect(sub.events[sub.events.length - 1].errors[0].extensions.code).toBe(code);
    await eventually(() => expect(closes.map((c) => c.code)).toContain(4403));
    expect(closes.find((c) => c.code === 4403)!.reason).toMatch(new RegExp(`^${code}: `));
  }

  /** Opens a raw socket and sends connection_init; resolves with the socket once acknowledged or closed. */
  function rawConnect(payload: Record<string, unknown>) {
    return new Promise<{ ws: WebSocket; acked: boolean; closed: Promise<number>; messages: any[] }>((resolve, reject) => {
      const ws = new WebSocket(wsUrl, PROTOCOL);
      const messages: any[] = [];
      const closed = new Promise<number>((done) => ws.on('close', (code) => done(code)));
      ws.on('message', (data) => {
        const message = JSON.parse(data.toString());
        messages.push(message);
        if (message.type === 'connection_ack') resolve({ ws, acked: true, closed, messages });
      });
      ws.once('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload })));
      ws.once('close', () => resolve({ ws, acked: false, closed, messages }));
      ws.once('error', reject);
    });
  }

  /** Waits until the clock is in a later second than the token's `iat` (changes are compared by whole seconds). */
  const nextSecondAfter = (token: string) =>
    eventually(() => expect(Math.floor(Date.now() / 1000)).toBeGreaterThan(Number(decodeJwt(token).iat)), 2_000, 20);

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    testKey = { privateKey, jwk: { ...(await exportJWK(publicKey)), kid: 'stream-test-key', alg: 'ES256', use: 'sig' } };
    const port = await freePort();
    jwks = createServer((_req, res) => {
      void (async () => {
        const identity = (await (await fetch(identityJwks)).json()) as { keys: JWK[] };
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ keys: [...identity.keys, testKey.jwk] }));
      })().catch(() => {
        res.writeHead(503).end();
      });
    });
    await new Promise<void>((resolve) => jwks.listen(port, '127.0.0.1', resolve));
    disposeAfterAll(() => new Promise<void>((resolve) => jwks.close(() => resolve())));
    // The demo admin (SEED_DEMO_DATA) grants and revokes global roles.
    stack = await startTestStack({
      only: ['identity', 'basics'],
      env: { JWKS_URL: `http://127.0.0.1:${port}/jwks`, SEED_DEMO_DATA: 'true' },
    });
    identityJwks = stack.subgraphs.find((s) => s.name === 'identity')!.url.replace(/\/graphql$/, '/.well-known/jwks.json');
    wsUrl = stack.url.replace(/^http/, 'ws');
    disposeAfterAll(async () => {
      await Promise.all(clients.map((c) => c.dispose()));
    });
  }, 60_000);

  describe('token expiry', () => {
    let user: TestUser;
    beforeAll(async () => {
      user = await signUpUser(stack.url, 'expiring');
    });

    it('ends the stream with UNAUTHENTICATED and closes 4403 when the token expires without renewal', async () => {
      // Expired 3 s ago: still inside the 5 s clock tolerance, so about 2 s left.
      const { c, closes } = client(await mint(user.id, -3));
      const sub = await liveCounter(c);
      await expectEnded(sub, closes, 'UNAUTHENTICATED');
      expect(sub.events[sub.events.length - 1].errors[0].message).toMatch(/expired/);
      await eventually(() => expect(stack.router.subscriptions.subscribers).toBe(0));
    }, 20_000);

    it('keeps the stream open past the old expiry when a fresh token for the same user comes in a ping', async () => {
      const old = await mint(user.id, -3);
      const { ws, acked, messages } = await rawConnect({ authorization: `Bearer ${old}` });
      expect(acked).toBe(true);
      const name = `renew-${Math.random().toString(36).slice(2, 8)}`;
      ws.send(JSON.stringify({ id: 's1', type: 'subscribe', payload: { query: COUNTER, variables: { n: name } } }));
      await eventually(() => expect(stack.router.subscriptions.subscribers).toBeGreaterThan(0));
      ws.send(JSON.stringify({ type: 'ping', payload: { authorization: `Bearer ${await mint(user.id, 600)}` } }));
      await eventually(() => expect(messages.some((m) => m.type === 'pong')).toBe(true));
      // Past the old token's end (exp + 5 s tolerance), the connection and the stream are still there.
      const oldEnd = (Number(decodeJwt(old).exp) + 5) * 1000;
      await eventually(() => expect(Date.now()).toBeGreaterThan(oldEnd + 300), 5_000, 50);
      await gql(stack.url, 'mutation($n: String!) { incrementCounter(name: $n) { value } }', { n: name });
      await eventually(() => expect(messages.some((m) => m.type === 'next' && m.payload.data?.counterChanged)).toBe(true));
      expect(ws.readyState).toBe(WebSocket.OPEN);
      expect(messages.some((m) => m.type === 'next' && m.payload.errors)).toBe(false);
      ws.close(1000);
    }, 20_000);

    it('refuses a renewal token of another user (4403)', async () => {
      const other = await signUpUser(stack.url, 'other');
      const { ws, acked, closed } = await rawConnect({ authorization: `Bearer ${await mint(user.id, 600)}` });
      expect(acked).toBe(true);
      ws.send(JSON.stringify({ type: 'ping', payload: { authorization: `Bearer ${other.token}` } }));
      expect(await closed).toBe(4403);
    });
  });

  it("log-out-everywhere ends the user's streams, and the old token cannot open a new one", async () => {
    const user = await signUpUser(stack.url, 'leaver');
    await nextSecondAfter(user.token);
    const { c, closes } = client(user.token);
    const sub = await liveCounter(c);
    const out = await gql(stack.url, 'mutation { logOutEverywhere { endedSessions } }', {}, { token: user.token });
    expect(out.body.data.logOutEverywhere.endedSessions).toBeGreaterThan(0);
    await expectEnded(sub, closes, 'UNAUTHENTICATED');
    const again = await rawConnect({ authorization: `Bearer ${user.token}` });
    expect(again.acked).toBe(false);
    expect(await again.closed).toBe(4403);
    // Signing in again gives a token that works.
    const fresh = await logInUser(stack.url, user.email);
    const after = await rawConnect({ authorization: `Bearer ${fresh}` });
    expect(after.acked).toBe(true);
    after.ws.close(1000);
  }, 30_000);

  it('a revoked global role ends the streams opened with it (FORBIDDEN)', async () => {
    const adminToken = (
      await gql(stack.url, 'mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }', {
        i: { email: 'admin@hubgraph.dev', password: 'hubgraph-demo' },
      })
    ).body.data.logIn.accessToken;
    const ROLE = (verb: string) => `mutation($u: ID!) { ${verb}(userId: $u, role: "admin") { errors { message } } }`;
    const user = await signUpUser(stack.url, 'promoted');
    expect((await gql(stack.url, ROLE('grantRole'), { u: user.id }, { token: adminToken })).body.data.grantRole.errors).toEqual([]);
    const promoted = await logInUser(stack.url, user.email);
    expect(decodeJwt(promoted).roles).toContain('admin');
    await nextSecondAfter(promoted);
    const { c, closes } = client(promoted);
    const sub = await liveCounter(c);
    expect((await gql(stack.url, ROLE('revokeRole'), { u: user.id }, { token: adminToken })).body.data.revokeRole.errors).toEqual([]);
    await expectEnded(sub, closes, 'FORBIDDEN');
  }, 30_000);

  describe('tenant membership', () => {
    it("removal ends the streams acting in that tenant (FORBIDDEN) and not those in the member's own tenant", async () => {
      const admin = await signUpUser(stack.url, 'admin');
      const member = await signUpUser(stack.url, 'member');
      const auth = await addToTenant(stack.url, admin, member);
      await nextSecondAfter(auth.token);
      const inTenant = client(auth.token, auth.headers);
      const inOwn = client(auth.token);
      const tenantSub = await liveCounter(inTenant.c);
      const ownSub = await liveCounter(inOwn.c);
      const removed = await gql(
        stack.url,
        'mutation($u: ID!) { removeTenantMember(userId: $u) { removed errors { message } } }',
        { u: member.id },
        { token: admin.token },
      );
      expect(removed.body.data.removeTenantMember.removed).toBe(true);
      await expectEnded(tenantSub, inTenant.closes, 'FORBIDDEN');
      expect(ownSub.state.completed).toBe(false);
      expect(inOwn.closes).toEqual([]);
      // The old token still lists the membership; it may not reopen a stream in that tenant.
      const again = await rawConnect({ authorization: `Bearer ${auth.token}`, ...auth.headers });
      expect(again.acked).toBe(false);
      expect(await again.closed).toBe(4403);
    }, 30_000);

    it('a lowered role ends the streams that acted with the higher one (FORBIDDEN)', async () => {
      const admin = await signUpUser(stack.url, 'admin');
      const member = await signUpUser(stack.url, 'manager');
      const auth = await addToTenant(stack.url, admin, member, 'MANAGER');
      await nextSecondAfter(auth.token);
      const { c, closes } = client(auth.token, auth.headers);
      const sub = await liveCounter(c);
      const changed = await gql(
        stack.url,
        'mutation($u: ID!) { changeTenantMemberRole(userId: $u, role: EMPLOYEE) { errors { message } } }',
        { u: member.id },
        { token: admin.token },
      );
      expect(changed.body.data.changeTenantMemberRole.errors).toEqual([]);
      await expectEnded(sub, closes, 'FORBIDDEN');
    }, 30_000);
  });
});

const scaledOut = Boolean(testEnv.MYSQL_URL && testEnv.REDIS_URL);

/**
 * Across router replicas: identity, basics and two routers as separate processes sharing MariaDB and
 * Redis. A user logs out everywhere through router 1; their stream on router 2 ends, and router 2
 * refuses the old token afterwards. Needs MYSQL_URL and REDIS_URL.
 */
(scaledOut ? describe : describe.skip)('router replicas: streams follow identity through Redis', () => {
  const prefix = `hgi_${randomBytes(4).toString('hex')}_`;
  const common = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    MYSQL_URL: testEnv.MYSQL_URL!,
    REDIS_URL: testEnv.REDIS_URL!,
    MYSQL_DATABASE_PREFIX: prefix,
    REDIS_KEY_PREFIX: `${prefix}:`,
    HOST: '127.0.0.1',
    RATE_LIMIT_ANONYMOUS_POINTS: '1000000',
    // Both router replicas sign with one key that every subgraph trusts.
    ...generateRouterKeys(),
  };
  let routers: string[] = [];

  beforeAll(async () => {
    disposeAfterAll(async () => {
      const connection = await createConnection(testEnv.MYSQL_URL!);
      for (const name of ['identity', 'basics']) await connection.query(`drop database if exists \`${prefix}${name}\``);
      await connection.end();
    });
    const [identity, basics, r1, r2] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
    await Promise.all([
      startServiceProcess('identity', { ...common, PORT: String(identity) }, `http://127.0.0.1:${identity}/ready`),
      startServiceProcess('basics', { ...common, PORT: String(basics) }, `http://127.0.0.1:${basics}/ready`),
    ]);
    const routerEnv = (port: number) => ({
      ...common,
      ROUTER_PORT: String(port),
      SUBGRAPH_URL_IDENTITY: `http://127.0.0.1:${identity}/graphql`,
      SUBGRAPH_URL_BASICS: `http://127.0.0.1:${basics}/graphql`,
    });
    await Promise.all([
      startServiceProcess('router', routerEnv(r1), `http://127.0.0.1:${r1}/health`),
      startServiceProcess('router', routerEnv(r2), `http://127.0.0.1:${r2}/health`),
    ]);
    routers = [`http://127.0.0.1:${r1}/graphql`, `http://127.0.0.1:${r2}/graphql`];
  }, 120_000);

  it('log-out-everywhere on router 1 ends the stream on router 2', async () => {
    const user = await signUpUser(routers[0]!, 'replicas');
    await eventually(() => expect(Math.floor(Date.now() / 1000)).toBeGreaterThan(Number(decodeJwt(user.token).iat)), 2_000, 20);
    const closes: number[] = [];
    const client = createClient({
      url: routers[1]!.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${user.token}` },
      on: { closed: (event) => void closes.push((event as { code: number }).code) },
    });
    disposeAfterAll(async () => {
      await client.dispose();
    });
    const events: any[] = [];
    const state = { completed: false };
    const name = `replicas-${randomBytes(3).toString('hex')}`;
    client.subscribe(
      { query: COUNTER, variables: { n: name } },
      { next: (e) => events.push(e), error: () => undefined, complete: () => (state.completed = true) },
    );
    await eventually(
      async () => {
        await gql(routers[0]!, 'mutation($n: String!) { incrementCounter(name: $n) { value } }', { n: name });
        expect(events.length).toBeGreaterThan(0);
      },
      15_000,
      100,
    );
    await gql(routers[0]!, 'mutation { logOutEverywhere { endedSessions } }', {}, { token: user.token });
    await eventually(() => expect(state.completed).toBe(true), 10_000);
    expect(events[events.length - 1].errors[0].extensions.code).toBe('UNAUTHENTICATED');
    await eventually(() => expect(closes).toContain(4403));
    const again = await new Promise<number>((resolve) => {
      const ws = new WebSocket(routers[1]!.replace(/^http/, 'ws'), PROTOCOL);
      ws.once('open', () => ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${user.token}` } })));
      ws.once('close', (code) => resolve(code));
    });
    expect(again).toBe(4403);
  }, 60_000);
});
