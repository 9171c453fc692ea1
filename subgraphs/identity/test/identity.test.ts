import { randomBytes } from 'node:crypto';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { OutboxEvent } from '../../../kit';
import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';

const SIGN_UP = `mutation($input: SignUpInput!) {
  signUp(input: $input) { accessToken expiresAt user { id email displayName roles createdAt } errors { field message code } }
}`;
const LOG_IN = `mutation($input: LogInInput!) {
  logIn(input: $input) { accessToken expiresAt user { id email } errors { field message code } }
}`;
const PASSWORD = 'correct horse battery staple';

interface FieldError {
  field: string | null;
  message: string;
  code: string;
}

/** A unique address per call, so every test owns its accounts and needs no truncation. */
function freshEmail(name: string): string {
  return `${name}-${randomBytes(6).toString('hex')}@example.test`;
}

describe('identity: accounts and access tokens through the router', () => {
  let stack: TestStack;

  /** The identity subgraph running inside the stack (its URL, ORM and so on). */
  const identity = () => {
    const running = stack.subgraphs.find((s) => s.name === 'identity');
    if (!running) throw new Error('identity subgraph is not running');
    return running;
  };

  const logIn = (email: string, password: string) => gql(stack.url, LOG_IN, { input: { email, password } });

  beforeAll(async () => {
    // Demo data gives us an admin account to check that admins see other users' e-mail.
    stack = await startTestStack({ env: { SEED_DEMO_DATA: 'true' } });
  });

  describe('signUp', () => {
    it('returns an ES256 access token with a kid and the user, storing the e-mail lower-case', async () => {
      const mixed = freshEmail('Mixed.Case').replace('example.test', 'Example.TEST');
      const res = await gql(stack.url, SIGN_UP, { input: { email: `  ${mixed} `, password: PASSWORD, displayName: '  Mia  ' } });
      expect(res.body.errors).toBeUndefined();
      const payload = res.body.data.signUp;
      expect(payload.errors).toEqual([]);
      expect(payload.user).toMatchObject({ displayName: 'Mia', roles: ['user'] });
      expect(typeof payload.user.id).toBe('string');
      expect(new Date(payload.user.createdAt).toISOString()).toBe(payload.user.createdAt);

      const header = decodeProtectedHeader(payload.accessToken);
      expect(header.alg).toBe('ES256');
      expect(typeof header.kid).toBe('string');
      expect(header.kid!.length).toBeGreaterThan(0);
      // 15-minute lifetime, give or take the time the request took.
      const lifetime = new Date(payload.expiresAt).getTime() - Date.now();
      expect(lifetime).toBeGreaterThan(14 * 60_000);
      expect(lifetime).toBeLessThanOrEqual(15 * 60_000);

      // The row holds the lower-case address, and the user sees it through `me`.
      const rows: { email: string }[] = await identity()
        .orm.em.fork()
        .getConnection()
        .execute('select email from users where id = ?', [payload.user.id]);
      expect(rows).toEqual([{ email: mixed.toLowerCase() }]);
      const me = await gql(stack.url, '{ me { id email } }', {}, { token: payload.accessToken });
      expect(me.body.data.me).toEqual({ id: payload.user.id, email: mixed.toLowerCase() });
      // Logging in with the address in another case finds the same account.
      const again = await logIn(mixed.toUpperCase(), PASSWORD);
      expect(again.body.data.logIn.user.id).toBe(payload.user.id);
    });

    // The account holder has just proven who they are, so the payload's user is resolved as theirs
    // (the resolver makes them the request's viewer) and shows their own address.
    it('shows the new user their own e-mail in the signUp and logIn payloads', async () => {
      const email = freshEmail('self');
      const signUp = await gql(stack.url, SIGN_UP, { input: { email, password: PASSWORD } });
      expect(signUp.body.data.signUp.user.email).toBe(email);
      const login = await logIn(email, PASSWORD);
      expect(login.body.data.logIn.user.email).toBe(email);
    });

    it('records identity.user.registered with the id and address, for the other subgraphs (notifications)', async () => {
      const email = freshEmail('event');
      const res = await gql(stack.url, SIGN_UP, { input: { email, password: PASSWORD } });
      const userId = res.body.data.signUp.user.id;
      const events = await identity().orm.em.fork().find(OutboxEvent, { type: 'identity.user.registered' });
      const mine = events.filter((e) => e.payload.userId === userId);
      expect(mine).toHaveLength(1);
      expect(mine[0]!.payload).toEqual({ userId, email });
      // A failed sign-up (duplicate) records nothing.
      await gql(stack.url, SIGN_UP, { input: { email, password: PASSWORD } });
      const again = await identity().orm.em.fork().find(OutboxEvent, { type: 'identity.user.registered' });
      expect(again.filter((e) => e.payload.email === email)).toHaveLength(1);
    });

    it('defaults displayName to the part of the e-mail before @', async () => {
      const email = freshEmail('nameless');
      const res = await gql(stack.url, SIGN_UP, { input: { email, password: PASSWORD } });
      expect(res.body.data.signUp.user.displayName).toBe(email.split('@')[0]);
    });

    it.each([
      ['a malformed e-mail', { email: 'not-an-email', password: PASSWORD, displayName: 'ok' }, ['input.email']],
      ['an e-mail without a domain dot', { email: 'who@localhost', password: PASSWORD }, ['input.email']],
      ['a 7-character password', { email: '@', password: 'short77', displayName: 'ok' }, ['input.email', 'input.password']],
      ['a 129-character password', { password: 'p'.repeat(129) }, ['input.password']],
      ['a blank displayName', { password: PASSWORD, displayName: '   ' }, ['input.displayName']],
      ['an 81-character displayName', { password: PASSWORD, displayName: 'n'.repeat(81) }, ['input.displayName']],
      ['everything wrong at once', { email: 'x', password: '1', displayName: '' }, ['input.displayName', 'input.email', 'input.password']],
    ])('rejects %s with per-field BAD_USER_INPUT errors and creates no user', async (_label, overrides, fields) => {
      const input = { email: freshEmail('invalid'), ...overrides };
      const res = await gql(stack.url, SIGN_UP, { input });
      expect(res.body.errors).toBeUndefined();
      const payload = res.body.data.signUp;
      expect(payload.accessToken).toBeNull();
      expect(payload.expiresAt).toBeNull();
      expect(payload.user).toBeNull();
      const errors: FieldError[] = payload.errors;
      expect(errors.map((e) => e.field).sort()).toEqual(fields);
      for (const error of errors) {
        expect(error.code).toBe('BAD_USER_INPUT');
        expect(error.message.length).toBeGreaterThan(0);
      }
      // Nothing was saved: the same credentials cannot log in.
      const login = await logIn(input.email, input.password);
      expect(login.body.data.logIn.accessToken).toBeNull();
      expect(login.body.data.logIn.errors).toEqual([{ field: null, message: 'E-mail or password is incorrect.', code: 'UNAUTHENTICATED' }]);
    });

    it('answers CONFLICT on input.email for an address already taken in another case', async () => {
      const email = freshEmail('dupe');
      const first = await gql(stack.url, SIGN_UP, { input: { email, password: PASSWORD } });
      expect(first.body.data.signUp.errors).toEqual([]);
      const second = await gql(stack.url, SIGN_UP, { input: { email: email.toUpperCase(), password: 'another password' } });
      const payload = second.body.data.signUp;
      expect(payload.accessToken).toBeNull();
      expect(payload.user).toBeNull();
      expect(payload.errors).toHaveLength(1);
      expect(payload.errors[0]).toMatchObject({ field: 'input.email', code: 'CONFLICT' });
      // The original account keeps its password; the second one's was not stored.
      expect((await logIn(email, PASSWORD)).body.data.logIn.accessToken).toEqual(expect.any(String));
      expect((await logIn(email, 'another password')).body.data.logIn.accessToken).toBeNull();
    });

    it('lets exactly one of several simultaneous sign-ups with one address win; the rest get CONFLICT', async () => {
      const email = freshEmail('race');
      const variants = [email, email.toUpperCase(), ` ${email}`, email.replace(/^r/, 'R')];
      const results = await Promise.all(variants.map((e) => gql(stack.url, SIGN_UP, { input: { email: e, password: PASSWORD } })));
      for (const r of results) expect(r.body.errors).toBeUndefined();
      const payloads = results.map((r) => r.body.data.signUp);
      expect(payloads.filter((p) => p.accessToken)).toHaveLength(1);
      for (const p of payloads.filter((p) => !p.accessToken)) {
        expect(p.errors).toEqual([{ field: 'input.email', message: expect.any(String), code: 'CONFLICT' }]);
      }
    });
  });

  describe('logIn', () => {
    let user: TestUser;

    beforeAll(async () => {
      user = await signUpUser(stack.url, 'login');
    });

    it('returns a token and the user for the right password, whatever the e-mail case', async () => {
      const res = await logIn(user.email.toUpperCase(), PASSWORD);
      expect(res.body.errors).toBeUndefined();
      const payload = res.body.data.logIn;
      expect(payload.errors).toEqual([]);
      expect(payload.user.id).toBe(user.id);
      expect(decodeProtectedHeader(payload.accessToken)).toMatchObject({ alg: 'ES256', kid: expect.any(String) });
      // The new token works at the router.
      const me = await gql(stack.url, '{ me { id } }', {}, { token: payload.accessToken });
      expect(me.body.data.me).toEqual({ id: user.id });
    });

    it('gives the same answer for a wrong password and for an unknown e-mail', async () => {
      const wrongPassword = await logIn(user.email, 'not the password');
      const unknownEmail = await logIn(freshEmail('nobody'), PASSWORD);
      expect(wrongPassword.body.errors).toBeUndefined();
      expect(unknownEmail.body.errors).toBeUndefined();
      const expected = {
        accessToken: null,
        expiresAt: null,
        user: null,
        errors: [{ field: null, message: 'E-mail or password is incorrect.', code: 'UNAUTHENTICATED' }],
      };
      expect(wrongPassword.body.data.logIn).toEqual(expected);
      expect(unknownEmail.body.data.logIn).toEqual(expected);
    });
  });

  describe('me and user', () => {
    let alice: TestUser;
    let bob: TestUser;

    beforeAll(async () => {
      [alice, bob] = await Promise.all([signUpUser(stack.url, 'alice'), signUpUser(stack.url, 'bob')]);
    });

    it('answers me: null without a token and the user with one', async () => {
      const anonymous = await gql(stack.url, '{ me { id } }');
      expect(anonymous.body.errors).toBeUndefined();
      expect(anonymous.body.data).toEqual({ me: null });
      const signedIn = await gql(stack.url, '{ me { id email displayName roles } }', {}, { token: alice.token });
      expect(signedIn.body.errors).toBeUndefined();
      expect(signedIn.body.data.me).toEqual({ id: alice.id, email: alice.email, displayName: 'alice', roles: ['user'] });
    });

    it('refuses user(id) without a token', async () => {
      const res = await gql(stack.url, 'query($id: ID!) { user(id: $id) { id } }', { id: alice.id });
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
      expect(res.body.data?.user ?? null).toBeNull();
    });

    it("hides another user's e-mail but shows a user their own", async () => {
      const query = 'query($id: ID!) { user(id: $id) { id email displayName } }';
      const other = await gql(stack.url, query, { id: alice.id }, { token: bob.token });
      expect(other.body.errors).toBeUndefined();
      expect(other.body.data.user).toEqual({ id: alice.id, email: null, displayName: 'alice' });
      const self = await gql(stack.url, query, { id: alice.id }, { token: alice.token });
      expect(self.body.data.user).toEqual({ id: alice.id, email: alice.email, displayName: 'alice' });
    });

    it("shows another user's e-mail to an admin", async () => {
      const admin = await logIn('admin@hubgraph.dev', 'hubgraph-demo');
      const token = admin.body.data.logIn.accessToken;
      expect(token).toEqual(expect.any(String));
      const res = await gql(stack.url, 'query($id: ID!) { user(id: $id) { email } }', { id: bob.id }, { token });
      expect(res.body.data.user).toEqual({ email: bob.email });
    });

    it('returns null for an unknown id', async () => {
      const res = await gql(stack.url, 'query($id: ID!) { user(id: $id) { id } }', { id: 'no-such-user' }, { token: alice.token });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.user).toBeNull();
    });
  });

  describe('JWKS', () => {
    it('publishes the key that signed the token, and the token verifies against it', async () => {
      const user = await signUpUser(stack.url, 'jwks');
      const jwksUrl = identity().url.replace(/\/graphql$/, '/.well-known/jwks.json');
      expect(jwksUrl).toMatch(/^http:\/\/.+\/\.well-known\/jwks\.json$/);
      const res = await fetch(jwksUrl);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/jwk-set+json');
      const jwks = (await res.json()) as JSONWebKeySet;
      expect(jwks.keys.length).toBeGreaterThan(0);
      const { kid } = decodeProtectedHeader(user.token);
      const key = jwks.keys.find((k) => k.kid === kid);
      expect(key).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', use: 'sig' });
      // Only public material is published.
      for (const published of jwks.keys) expect(published).not.toHaveProperty('d');

      const { payload, protectedHeader } = await jwtVerify(user.token, createLocalJWKSet(jwks), {
        issuer: 'hubgraph-identity',
        audience: 'hubgraph',
        algorithms: ['ES256'],
      });
      expect(protectedHeader.kid).toBe(kid);
      expect(payload.sub).toBe(user.id);
      expect(payload.roles).toEqual(['user']);

      // The same token fails against a different issuer or audience, so the checks above mean something.
      await expect(jwtVerify(user.token, createLocalJWKSet(jwks), { issuer: 'someone-else' })).rejects.toThrow();
      await expect(jwtVerify(user.token, createLocalJWKSet(jwks), { audience: 'other' })).rejects.toThrow();
    });
  });

  describe('password storage', () => {
    it('stores an argon2id hash, never the password', async () => {
      const user = await signUpUser(stack.url, 'hash');
      const rows: { password_hash: string }[] = await identity()
        .orm.em.fork()
        .getConnection()
        .execute('select password_hash from users where email = ?', [user.email]);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.password_hash.startsWith('$argon2id$')).toBe(true);
      expect(rows[0]!.password_hash).not.toContain(PASSWORD);
    });
  });
});
