import { createHash, randomBytes } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { disposeAfterAll, startTestStack, type TestStack } from '../../../test/helpers/stack';
import { TestClock } from '../../../test/helpers/clock';
import { User, WebSession } from '../src/entities';
import { RouterSigner, generateRouterKeys, parseRouterPrivateKey } from '../../../kit';
import { privilegeKey } from '../src/websessions';
import { Mailbox, OPS, PASSWORD, identityOf, logIn, tokenFromMail } from './support';

const DEV_COOKIE = 'hubgraph_session';
const PROD_COOKIE = '__Host-hubgraph_session';
const ME = '{ me { id roles } }';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');
const originOf = (stack: TestStack) => stack.url.replace(/\/graphql$/, '');
const randomSessionId = () => randomBytes(32).toString('base64url');

interface SetCookie {
  name: string;
  value: string;
  /** Attribute names lower-cased; flags map to true. */
  attributes: Map<string, string | true>;
  raw: string;
}

function parseSetCookie(raw: string): SetCookie {
  const [pair, ...rest] = raw.split(';');
  const at = pair!.indexOf('=');
  const attributes = new Map<string, string | true>();
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq === -1) attributes.set(part.trim().toLowerCase(), true);
    else attributes.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  return { name: pair!.slice(0, at).trim(), value: pair!.slice(at + 1).trim(), attributes, raw };
}

/** The session cookie a response sets (or clears), if any. */
function sessionCookieOf(headers: Headers, name = DEV_COOKIE): SetCookie | undefined {
  return headers
    .getSetCookie()
    .map(parseSetCookie)
    .find((c) => c.name === name);
}

/** Whether a Set-Cookie deletes the cookie. */
const clears = (cookie: SetCookie | undefined) => cookie !== undefined && cookie.value === '' && cookie.attributes.get('max-age') === '0';

interface CookieLogIn {
  status: number;
  body: any;
  cookie: SetCookie | undefined;
  headers: Headers;
}

/** `POST /auth/session` at the router, as a browser's fetch would send it. */
async function cookieLogIn(
  stack: TestStack,
  email: string,
  password = PASSWORD,
  headers: Record<string, string> = {},
  cookieName = DEV_COOKIE,
): Promise<CookieLogIn> {
  const res = await fetch(`${originOf(stack)}/auth/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  });
  return { status: res.status, body: await res.json(), cookie: sessionCookieOf(res.headers, cookieName), headers: res.headers };
}

/** Logs in with a cookie and returns the session id, failing the test otherwise. */
async function sessionFor(stack: TestStack, user: { email: string }, cookieName = DEV_COOKIE): Promise<string> {
  const res = await cookieLogIn(stack, user.email, PASSWORD, {}, cookieName);
  expect(res.status).toBe(200);
  expect(res.cookie?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  return res.cookie!.value;
}

/** A GraphQL request carrying only the session cookie. */
const withCookie = (stack: TestStack, value: string, query = ME, name = DEV_COOKIE) =>
  gql(stack.url, query, {}, { headers: { cookie: `theme=dark; ${name}=${value}; other=1` } });

async function logOut(stack: TestStack, value: string | null, headers: Record<string, string> = {}) {
  const res = await fetch(`${originOf(stack)}/auth/session`, {
    method: 'DELETE',
    headers: { ...(value ? { cookie: `${DEV_COOKIE}=${value}` } : {}), ...headers },
  });
  return { status: res.status, body: await res.json(), cookie: sessionCookieOf(res.headers) };
}

/** Expects the cookie to be refused: 401 UNAUTHENTICATED and a Set-Cookie that deletes it. */
async function expectEnded(stack: TestStack, value: string): Promise<void> {
  const res = await withCookie(stack, value);
  expect(res.status).toBe(401);
  expect(res.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  expect(res.body.errors?.[0]?.message).toBe('Your session has ended; log in again.');
  expect(clears(sessionCookieOf(res.headers))).toBe(true);
}

/** Counts the router's calls to identity's session-resolution endpoint. */
function countResolutions(stack: TestStack): { readonly count: number } {
  const counter = { count: 0 };
  identityOf(stack).httpServer.on('request', (req) => {
    if (req.url === '/internal/sessions/resolve') counter.count++;
  });
  return counter;
}

describe('identity: cookie sessions through the router (development stack)', () => {
  let stack: TestStack;
  let mailbox: Mailbox;
  let redis: Redis | undefined;

  const em = () => identityOf(stack).orm.em.fork();

  beforeAll(async () => {
    mailbox = await Mailbox.start();
    // No resolution cache here, so every request shows identity's current answer at once; the cache
    // has its own suite below.
    stack = await startTestStack({ only: ['identity'], env: { SESSION_RESOLVE_CACHE_MS: '0', SMTP_URL: mailbox.url } });
    if (stack.env.REDIS_URL) {
      const client = new Redis(stack.env.REDIS_URL);
      redis = client;
      disposeAfterAll(async () => void client.disconnect());
    }
  });

  describe('log-in', () => {
    it('sets an HttpOnly, SameSite=Strict, Path=/ cookie holding 256 random bits, stored only as a hash', async () => {
      const user = await signUpUser(stack.url, 'cookie');
      const res = await cookieLogIn(stack, user.email.toUpperCase());
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.body.user).toEqual({ id: user.id, email: user.email, displayName: 'cookie', roles: ['user'], emailVerified: false });
      const idle = Date.parse(res.body.session.idleExpiresAt) - Date.now();
      const absolute = Date.parse(res.body.session.expiresAt) - Date.now();
      expect(idle).toBeGreaterThan(29 * 60_000);
      expect(idle).toBeLessThanOrEqual(30 * 60_000);
      expect(absolute).toBeGreaterThan(11.9 * 3600_000);
      expect(absolute).toBeLessThanOrEqual(12 * 3600_000);

      const cookie = res.cookie!;
      expect(cookie.name).toBe(DEV_COOKIE);
      expect(Buffer.from(cookie.value, 'base64url')).toHaveLength(32);
      expect(cookie.attributes.get('httponly')).toBe(true);
      expect(cookie.attributes.get('samesite')).toBe('Strict');
      expect(cookie.attributes.get('path')).toBe('/');
      // Plain http://localhost must work in development: no Secure, no __Host- prefix.
      expect(cookie.attributes.has('secure')).toBe(false);
      // A browser-session cookie: identity enforces the timeouts, the browser forgets it on exit.
      expect(cookie.attributes.has('max-age')).toBe(false);
      expect(cookie.attributes.has('expires')).toBe(false);

      if (redis) {
        const stored = await redis.get(`${stack.env.REDIS_KEY_PREFIX}websession:${sha256(cookie.value)}`);
        // The privileges the session was issued for (roles and memberships), as a hash.
        const privileges = sha256(privilegeKey(['user'], { [user.tenantId]: 'ADMIN' }));
        expect(JSON.parse(stored!)).toMatchObject({ userId: user.id, roles: privileges, rotatedAt: null });
        expect(stored).not.toContain(cookie.value);
        const ttl = await redis.pttl(`${stack.env.REDIS_KEY_PREFIX}websession:${sha256(cookie.value)}`);
        // The 30-minute idle timeout plus the minute the key outlives the session by (reads check the times).
        expect(ttl).toBeGreaterThan(30 * 60_000);
        expect(ttl).toBeLessThanOrEqual(31 * 60_000);
      } else {
        const rows = await em().find(WebSession, { userId: user.id });
        expect(rows.map((r) => r.tokenHash)).toEqual([sha256(cookie.value)]);
        const raw: unknown[] = await em().getConnection().execute('select * from web_sessions where user_id = ?', [user.id]);
        expect(JSON.stringify(raw)).not.toContain(cookie.value);
      }
    });

    it('answers a wrong password and an unknown address alike, with 401 and no cookie', async () => {
      const user = await signUpUser(stack.url, 'wrong');
      const wrong = await cookieLogIn(stack, user.email, 'not the password');
      const unknown = await cookieLogIn(stack, `nobody-${randomBytes(4).toString('hex')}@example.test`);
      for (const res of [wrong, unknown]) {
        expect(res.status).toBe(401);
        expect(res.body).toEqual({ errors: [{ message: 'E-mail or password is incorrect.', extensions: { code: 'UNAUTHENTICATED' } }] });
        expect(res.headers.getSetCookie()).toEqual([]);
      }
    });

    it('refuses malformed requests and foreign origins before checking any password', async () => {
      const user = await signUpUser(stack.url, 'malformed');
      const asText = await fetch(`${originOf(stack)}/auth/session`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ email: user.email, password: PASSWORD }),
      });
      expect(asText.status).toBe(415);
      expect(asText.headers.getSetCookie()).toEqual([]);
      const badShape = await fetch(`${originOf(stack)}/auth/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: user.email }),
      });
      expect(badShape.status).toBe(400);
      // Login CSRF: a page elsewhere cannot log the browser into an account of its choosing.
      const foreign = await cookieLogIn(stack, user.email, PASSWORD, { origin: 'https://evil.example' });
      expect(foreign.status).toBe(403);
      expect(foreign.cookie).toBeUndefined();
      const own = await cookieLogIn(stack, user.email, PASSWORD, { origin: originOf(stack) });
      expect(own.status).toBe(200);
    });

    it('answers the CORS preflight of an allowed origin, and lets that origin read the log-in answer', async () => {
      const origin = 'https://sandbox.apollo.dev';
      const preflight = await fetch(`${originOf(stack)}/auth/session`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
      expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
      expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
      const foreign = await fetch(`${originOf(stack)}/auth/session`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull();

      const user = await signUpUser(stack.url, 'cors');
      const res = await cookieLogIn(stack, user.email, PASSWORD, { origin });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe(origin);
    });
  });

  describe('requests with the cookie', () => {
    it('signs in GraphQL requests; without the cookie they are anonymous', async () => {
      const user = await signUpUser(stack.url, 'me');
      const session = await sessionFor(stack, user);
      const res = await withCookie(stack, session);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ data: { me: { id: user.id, roles: ['user'] } } });
      expect((await gql(stack.url, ME)).body).toEqual({ data: { me: null } });
      // Mutations that need a viewer work too: the router forwards the cookie's user like a token's.
      const verification = await withCookie(stack, session, 'mutation { requestEmailVerification { sent } }');
      expect(verification.body).toEqual({ data: { requestEmailVerification: { sent: true } } });

      const described = await fetch(`${originOf(stack)}/auth/session`, { headers: { cookie: `${DEV_COOKIE}=${session}` } });
      expect(described.status).toBe(200);
      expect(((await described.json()) as any).user).toEqual({ id: user.id, roles: ['user'] });
    });

    it('lets a bearer token win over the cookie, even over an ended one', async () => {
      const cookieUser = await signUpUser(stack.url, 'cookie-user');
      const bearerUser = await signUpUser(stack.url, 'bearer-user');
      const session = await sessionFor(stack, cookieUser);
      const both = await gql(stack.url, ME, {}, { token: bearerUser.token, headers: { cookie: `${DEV_COOKIE}=${session}` } });
      expect(both.body.data.me.id).toBe(bearerUser.id);
      const stale = await gql(stack.url, ME, {}, { token: bearerUser.token, headers: { cookie: `${DEV_COOKIE}=${randomSessionId()}` } });
      expect(stale.status).toBe(200);
      expect(stale.body.data.me.id).toBe(bearerUser.id);
      expect(stale.headers.getSetCookie()).toEqual([]);
    });

    it('refuses an unknown or malformed cookie with 401 and deletes it, so the next request is anonymous', async () => {
      await expectEnded(stack, randomSessionId());
      await expectEnded(stack, 'not-a-session-id');
      // A public query with a dead cookie still fails once: the client learns its session ended.
      const publicQuery = await withCookie(stack, randomSessionId(), '{ __typename }');
      expect(publicQuery.status).toBe(401);
    });
  });

  describe('session fixation', () => {
    it('never adopts a cookie presented at log-in: an attacker-chosen id is replaced', async () => {
      const user = await signUpUser(stack.url, 'fixation');
      const planted = randomSessionId();
      const res = await cookieLogIn(stack, user.email, PASSWORD, { cookie: `${DEV_COOKIE}=${planted}` });
      expect(res.status).toBe(200);
      expect(res.cookie!.value).not.toBe(planted);
      await expectEnded(stack, planted);
      expect((await withCookie(stack, res.cookie!.value)).body.data.me.id).toBe(user.id);
    });

    it('ends the session a browser already had when it logs in again, and issues a new id', async () => {
      const user = await signUpUser(stack.url, 'relogin');
      const first = await sessionFor(stack, user);
      const again = await cookieLogIn(stack, user.email, PASSWORD, { cookie: `${DEV_COOKIE}=${first}` });
      expect(again.status).toBe(200);
      expect(again.cookie!.value).not.toBe(first);
      await expectEnded(stack, first);
      expect((await withCookie(stack, again.cookie!.value)).body.data.me.id).toBe(user.id);
    });

    it('replaces the id when the user’s roles change (privilege change), keeping the absolute limit', async () => {
      const user = await signUpUser(stack.url, 'promoted');
      const before = await cookieLogIn(stack, user.email);
      const session = before.cookie!.value;
      await em().nativeUpdate(User, { id: user.id }, { roles: ['user', 'admin'] });

      const promoted = await withCookie(stack, session);
      expect(promoted.body.data.me.roles).toEqual(['user', 'admin']);
      const replacement = sessionCookieOf(promoted.headers);
      expect(replacement?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(replacement!.value).not.toBe(session);
      expect(replacement!.attributes.get('httponly')).toBe(true);

      // The new id carries the new privileges and is not replaced again.
      const next = await withCookie(stack, replacement!.value, 'mutation { rotateSigningKey { kid } }');
      expect(next.body.errors).toBeUndefined();
      expect(next.headers.getSetCookie()).toEqual([]);
      const described = (await (
        await fetch(`${originOf(stack)}/auth/session`, { headers: { cookie: `${DEV_COOKIE}=${replacement!.value}` } })
      ).json()) as any;
      expect(described.session.expiresAt).toBe(before.body.session.expiresAt);
      // The old id answers only during a short grace (requests already in flight), without a new cookie.
      const inFlight = await withCookie(stack, session);
      expect(inFlight.body.data.me.id).toBe(user.id);
      expect(inFlight.headers.getSetCookie()).toEqual([]);
    });

    it('replaces the id when the user joins a tenant, and the new membership works with the tenant header', async () => {
      const owner = await signUpUser(stack.url, 'tenant-owner');
      const user = await signUpUser(stack.url, 'joiner');
      const session = (await cookieLogIn(stack, user.email)).cookie!.value;
      const CURRENT = '{ currentTenant { id viewerRole } }';
      const foreign = await fetch(stack.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `${DEV_COOKIE}=${session}`, 'x-hubgraph-tenant': owner.tenantId },
        body: JSON.stringify({ query: CURRENT }),
      });
      expect(foreign.status).toBe(403);

      const added = await gql(
        stack.url,
        'mutation($e: String!) { addTenantMember(email: $e, role: MANAGER) { errors { code } } }',
        { e: user.email },
        { token: owner.token },
      );
      expect(added.body.data.addTenantMember.errors).toEqual([]);
      // The router may reuse its last answer for the session a few seconds; then identity rotates the id.
      let replacement: SetCookie | undefined;
      for (let i = 0; i < 100 && !replacement; i++) {
        replacement = sessionCookieOf((await withCookie(stack, session)).headers);
        if (!replacement) await sleep(100);
      }
      expect(replacement?.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(replacement!.value).not.toBe(session);
      const inTenant = await fetch(stack.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `${DEV_COOKIE}=${replacement!.value}`, 'x-hubgraph-tenant': owner.tenantId },
        body: JSON.stringify({ query: CURRENT }),
      });
      expect(((await inTenant.json()) as any).data.currentTenant).toEqual({ id: owner.tenantId, viewerRole: 'MANAGER' });
    });
  });

  describe('ending sessions', () => {
    it('logs out: deletes the session and clears the cookie', async () => {
      const user = await signUpUser(stack.url, 'logout');
      const session = await sessionFor(stack, user);
      const other = await sessionFor(stack, user);
      const res = await logOut(stack, session);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ endedSessions: 1 });
      expect(clears(res.cookie)).toBe(true);
      expect(res.cookie!.attributes.get('path')).toBe('/');
      expect(res.cookie!.attributes.get('httponly')).toBe(true);
      await expectEnded(stack, session);
      // Only that session: the user's other browser stays signed in.
      expect((await withCookie(stack, other)).body.data.me.id).toBe(user.id);
      // Again, or without a cookie: nothing to end, same answer shape.
      expect((await logOut(stack, session)).body).toEqual({ endedSessions: 0 });
      expect((await logOut(stack, null)).body).toEqual({ endedSessions: 0 });
      if (!redis) expect(await em().count(WebSession, { tokenHash: sha256(session) })).toBe(0);
    });

    it('refuses a log-out from a foreign origin (the session survives)', async () => {
      const user = await signUpUser(stack.url, 'logout-csrf');
      const session = await sessionFor(stack, user);
      const res = await logOut(stack, session, { origin: 'https://evil.example' });
      expect(res.status).toBe(403);
      expect(res.cookie).toBeUndefined();
      expect((await withCookie(stack, session)).body.data.me.id).toBe(user.id);
    });

    it('ends every cookie session and refresh-token session with logOutEverywhere', async () => {
      const user = await signUpUser(stack.url, 'everywhere');
      const laptop = await sessionFor(stack, user);
      const phone = await sessionFor(stack, user);
      const bystander = await sessionFor(stack, await signUpUser(stack.url, 'bystander'));
      // signUp opened one refresh-token session; two cookie sessions make three.
      const res = await withCookie(stack, laptop, OPS.logOutEverywhere);
      expect(res.body).toEqual({ data: { logOutEverywhere: { endedSessions: 3 } } });
      await expectEnded(stack, laptop);
      await expectEnded(stack, phone);
      expect((await withCookie(stack, bystander)).status).toBe(200);
    });

    it('ends every cookie session when the password is reset', async () => {
      const user = await signUpUser(stack.url, 'reset');
      const session = await sessionFor(stack, user);
      const tokens = await logIn(stack.url, user.email);
      await gql(stack.url, OPS.requestReset, { email: user.email });
      const token = tokenFromMail(await mailbox.waitFor(user.email, /^Reset your Hubgraph password$/));
      const reset = await gql(stack.url, OPS.reset, { token, newPassword: 'a brand new passphrase' });
      expect(reset.body.data.resetPassword).toEqual({ ok: true, errors: [] });
      await expectEnded(stack, session);
      expect(
        (await gql(stack.url, OPS.refresh, { refreshToken: tokens.refreshToken })).body.data.refreshAccessToken.accessToken,
      ).toBeNull();
      expect((await cookieLogIn(stack, user.email)).status).toBe(401);
      expect((await cookieLogIn(stack, user.email, 'a brand new passphrase')).status).toBe(200);
    });
  });

  describe('cross-site request forgery', () => {
    let user: TestUser;
    let session: string;
    beforeAll(async () => {
      user = await signUpUser(stack.url, 'csrf');
      session = await sessionFor(stack, user);
    });
    const cookie = () => `${DEV_COOKIE}=${session}`;

    it('refuses simple POSTs (text/plain, form-encoded) that carry the cookie', async () => {
      for (const contentType of ['text/plain', 'application/x-www-form-urlencoded']) {
        const res = await fetch(stack.url, {
          method: 'POST',
          headers: { 'content-type': contentType, cookie: cookie() },
          body: JSON.stringify({ query: OPS.logOutEverywhere }),
        });
        expect(res.status).toBe(415);
      }
      // Nothing ran: the session is still there.
      expect((await withCookie(stack, session)).body.data.me.id).toBe(user.id);
    });

    it('does not sign in a WebSocket from the cookie on its upgrade request: sockets need a token', async () => {
      const cookieHeader = cookie();
      // A browser attaches cookies to a WebSocket upgrade from any site; the router must not trust them.
      class SocketWithCookie extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie: cookieHeader, origin: 'https://evil.example' } });
        }
      }
      const me = async (connectionParams?: Record<string, unknown>) => {
        const client = createClient({
          url: stack.url.replace(/^http/, 'ws'),
          webSocketImpl: SocketWithCookie,
          retryAttempts: 0,
          lazy: true,
          connectionParams,
        });
        try {
          for await (const result of client.iterate({ query: ME })) return result;
        } finally {
          await client.dispose();
        }
        return undefined;
      };
      expect(await me()).toEqual({ data: { me: null } });
      const bearer = await signUpUser(stack.url, 'socket');
      expect(await me({ authorization: `Bearer ${bearer.token}` })).toEqual({ data: { me: { id: bearer.id, roles: ['user'] } } });
    });

    it('refuses a GET without a preflight-forcing header, and answers one with it', async () => {
      const url = `${stack.url}?query=${encodeURIComponent(ME)}`;
      const forged = await fetch(url, { headers: { cookie: cookie() } });
      expect(forged.status).toBe(400);
      const body = (await forged.json()) as any;
      expect(body.errors[0].message).toMatch(/Cross-Site Request Forgery/);
      expect(JSON.stringify(body)).not.toContain(user.id);
      const allowed = await fetch(url, { headers: { cookie: cookie(), 'apollo-require-preflight': 'true' } });
      expect(allowed.status).toBe(200);
      expect(((await allowed.json()) as any).data.me.id).toBe(user.id);
    });
  });
});

describe('identity: cookie-session timeouts', () => {
  let stack: TestStack;
  // Identity's sessions and the router's session cache both read this clock: the test moves time
  // instead of waiting for it, so the timeouts hold to the millisecond however slow the machine is.
  const clock = new TestClock();

  beforeAll(async () => {
    // The router's cache keeps its default (3 s) on purpose: identity caps it below the idle time left.
    stack = await startTestStack({
      only: ['identity'],
      env: { SESSION_IDLE_TIMEOUT_SECONDS: '2', SESSION_ABSOLUTE_TIMEOUT_SECONDS: '10' },
      clock,
    });
  });

  it('ends a session after the idle timeout, which each use pushes back', async () => {
    const user = await signUpUser(stack.url, 'idle');
    const session = await sessionFor(stack, user);
    clock.advance(1200);
    expect((await withCookie(stack, session)).status).toBe(200);
    clock.advance(1200);
    // 2.4 s after log-in: alive only because the request at 1.2 s slid the idle timeout.
    expect((await withCookie(stack, session)).status).toBe(200);
    clock.advance(1999);
    expect((await withCookie(stack, session)).status).toBe(200);
    // 2 s without a request, well inside the 10 s absolute limit: ended for being idle.
    clock.advance(2001);
    await expectEnded(stack, session);
  });

  it('ends a session at the absolute timeout however active it is', async () => {
    const user = await signUpUser(stack.url, 'absolute');
    const session = await sessionFor(stack, user);
    for (let elapsed = 0; elapsed < 10_000; elapsed += 500) {
      expect((await withCookie(stack, session)).status).toBe(200);
      clock.advance(500);
    }
    // 10 s after log-in, used every half second (never idle): ended all the same.
    await expectEnded(stack, session);
  });
});

describe('identity: the router’s session cache', () => {
  let stack: TestStack;
  const clock = new TestClock();
  let resolutions: { readonly count: number };

  beforeAll(async () => {
    // The database store even when Redis is configured, so MariaDB runs cover it too.
    stack = await startTestStack({ only: ['identity'], env: { SESSION_STORE: 'database', SESSION_RESOLVE_CACHE_MS: '1500' }, clock });
    resolutions = countResolutions(stack);
  });

  it('asks identity once per cache period, and once for concurrent requests', async () => {
    const user = await signUpUser(stack.url, 'cached');
    const session = await sessionFor(stack, user);
    const before = resolutions.count;
    const answers = await Promise.all(Array.from({ length: 5 }, () => withCookie(stack, session)));
    for (let i = 0; i < 5; i++) answers.push(await withCookie(stack, session));
    expect(answers.map((a) => a.body.data.me.id)).toEqual(Array(10).fill(user.id));
    expect(resolutions.count - before).toBe(1);
    clock.advance(1499);
    await withCookie(stack, session);
    expect(resolutions.count - before).toBe(1);
    clock.advance(2);
    await withCookie(stack, session);
    expect(resolutions.count - before).toBe(2);
    expect(await identityOf(stack).orm.em.fork().count(WebSession, { userId: user.id })).toBe(1);
  });

  it('forgets a session at once when this router logs it out', async () => {
    const user = await signUpUser(stack.url, 'evicted');
    const session = await sessionFor(stack, user);
    expect((await withCookie(stack, session)).status).toBe(200);
    await logOut(stack, session);
    await expectEnded(stack, session);
  });

  it('stops accepting a session ended elsewhere within the cache period', async () => {
    const user = await signUpUser(stack.url, 'lag');
    const session = await sessionFor(stack, user);
    const tokens = await logIn(stack.url, user.email);
    expect((await withCookie(stack, session)).status).toBe(200);
    // Logged out everywhere with a bearer token, so this router's cache does not know.
    await gql(stack.url, OPS.logOutEverywhere, {}, { token: tokens.accessToken });
    // Still answered from the cache for the rest of the period (the documented lag)…
    expect((await withCookie(stack, session)).status).toBe(200);
    // …and refused once it has passed.
    clock.advance(1501);
    await expectEnded(stack, session);
  });
});

describe('identity: cookie sessions in production', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity'], env: { NODE_ENV: 'production', ...generateRouterKeys() } });
  });

  it('names the cookie __Host-… and marks it Secure', async () => {
    const user = await signUpUser(stack.url, 'prod');
    const res = await cookieLogIn(stack, user.email, PASSWORD, {}, PROD_COOKIE);
    expect(res.status).toBe(200);
    const cookie = res.cookie!;
    expect(cookie.raw).toMatch(/^__Host-hubgraph_session=[A-Za-z0-9_-]{43}; /);
    expect(cookie.attributes.get('secure')).toBe(true);
    expect(cookie.attributes.get('httponly')).toBe(true);
    expect(cookie.attributes.get('samesite')).toBe('Strict');
    // __Host- requires Path=/ and no Domain.
    expect(cookie.attributes.get('path')).toBe('/');
    expect(cookie.attributes.has('domain')).toBe(false);

    expect((await withCookie(stack, cookie.value, ME, PROD_COOKIE)).body.data.me.id).toBe(user.id);
    // The unprefixed name, which a sibling subdomain or plain-http page could plant, means nothing here.
    const unprefixed = await withCookie(stack, cookie.value, ME, DEV_COOKIE);
    expect(unprefixed.status).toBe(200);
    expect(unprefixed.body.data.me).toBeNull();

    const out = await fetch(`${originOf(stack)}/auth/session`, { method: 'DELETE', headers: { cookie: `${PROD_COOKIE}=${cookie.value}` } });
    const cleared = sessionCookieOf(out.headers, PROD_COOKIE);
    expect(clears(cleared)).toBe(true);
    expect(cleared!.attributes.get('secure')).toBe(true);
  });

  it('refuses identity’s session API to callers without the router’s signature', async () => {
    const identity = identityOf(stack).url.replace(/\/graphql$/, '');
    const user = await signUpUser(stack.url, 'direct');
    const unsigned = await fetch(`${identity}/internal/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: PASSWORD }),
    });
    expect(unsigned.status).toBe(401);
    expect(JSON.stringify(await unsigned.json())).not.toMatch(/token/);
  });

  it('accepts only calls the router signed for the session API, not a subgraph’s key or a forwarded token', async () => {
    const identity = identityOf(stack).url.replace(/\/graphql$/, '');
    const user = await signUpUser(stack.url, 'signed');
    const body = JSON.stringify({ email: user.email, password: PASSWORD });
    const claims = { pth: '/internal/sessions', bh: createHash('sha256').update(body, 'utf8').digest('base64url') };
    const call = (signature: string) =>
      fetch(`${identity}/internal/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-hubgraph-auth': signature },
        body,
      });
    const router = new RouterSigner(parseRouterPrivateKey(stack.env.ROUTER_SIGNING_KEY!));
    // A compromised subgraph signing the same claims with a key of its own.
    const intruder = new RouterSigner(parseRouterPrivateKey(generateRouterKeys().ROUTER_SIGNING_KEY));
    expect((await call(await intruder.sign(claims, 'hubgraph-identity-sessions', 30))).status).toBe(401);
    // A forwarded-identity token identity received as a subgraph, replayed to its session API.
    expect((await call(await router.signForwarded(null, 'identity'))).status).toBe(401);
    // The router's own signature opens it, so the refusals above are about the signer.
    const signed = await call(await router.sign(claims, 'hubgraph-identity-sessions', 30));
    expect(signed.status).toBe(200);
    expect(await signed.json()).toMatchObject({ ok: true, user: { id: user.id } });
  });
});
