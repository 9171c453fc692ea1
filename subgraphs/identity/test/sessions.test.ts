import { createHash, randomBytes } from 'node:crypto';
import { decodeJwt } from 'jose';
import { errorCodes, gql, signUpUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { RefreshFamily, RefreshToken } from '../src/entities';
import { OPS, PASSWORD, identityOf, logIn, type Session } from './support';

/** The session (refresh-token family) an access token belongs to. */
const sessionIdOf = (accessToken: string) => decodeJwt(accessToken).sid as string;

const SESSION_ENDED = [{ field: 'refreshToken', message: 'This session has ended; log in again.', code: 'UNAUTHENTICATED' }];

describe('identity: refresh tokens, rotation, reuse detection and logout through the router', () => {
  let stack: TestStack;

  const refresh = (refreshToken: string) => gql(stack.url, OPS.refresh, { refreshToken });
  const me = (token: string) => gql(stack.url, OPS.me, {}, { token });
  const em = () => identityOf(stack).orm.em.fork();

  /** Exchanges a refresh token and expects success; returns the new pair. */
  async function rotate(refreshToken: string): Promise<{ accessToken: string; refreshToken: string }> {
    const res = await refresh(refreshToken);
    expect(res.body.errors).toBeUndefined();
    const payload = res.body.data.refreshAccessToken;
    expect(payload.errors).toEqual([]);
    return { accessToken: payload.accessToken, refreshToken: payload.refreshToken };
  }

  /** Expects the exchange to be refused with the single, uninformative UNAUTHENTICATED answer. */
  async function expectRefused(refreshToken: string): Promise<void> {
    const res = await refresh(refreshToken);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.refreshAccessToken).toEqual({
      accessToken: null,
      expiresAt: null,
      refreshToken: null,
      refreshTokenExpiresAt: null,
      user: null,
      errors: SESSION_ENDED,
    });
  }

  async function freshSession(name: string): Promise<Session> {
    const user = await signUpUser(stack.url, name);
    return logIn(stack.url, user.email);
  }

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity'] });
  });

  it('returns an opaque 256-bit refresh token with signUp and logIn, stored only as its SHA-256', async () => {
    const email = `refresh-${randomBytes(6).toString('hex')}@example.test`;
    const res = await gql(stack.url, OPS.signUp, { input: { email, password: PASSWORD } });
    const payload = res.body.data.signUp;
    expect(payload.errors).toEqual([]);
    expect(payload.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(payload.refreshToken, 'base64url')).toHaveLength(32);
    // About 30 days, and far longer than the access token.
    const days = (new Date(payload.refreshTokenExpiresAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);

    const login = await logIn(stack.url, email);
    expect(login.refreshToken).not.toBe(payload.refreshToken);

    const rows = await em().find(RefreshToken, { userId: payload.user.id }, { orderBy: { createdAt: 'asc' } });
    expect(rows).toHaveLength(2);
    const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');
    expect(rows.map((r) => r.tokenHash)).toEqual([sha256(payload.refreshToken), sha256(login.refreshToken)]);
    // Two sign-ins, two families (sessions); the access token names its session.
    expect(new Set(rows.map((r) => r.familyId)).size).toBe(2);
    expect(decodeJwt(payload.accessToken).sid).toBe(rows[0]!.familyId);
    const raw: Record<string, unknown>[] = await em()
      .getConnection()
      .execute('select * from refresh_tokens where user_id = ?', [payload.user.id]);
    expect(JSON.stringify(raw)).not.toContain(payload.refreshToken);
  });

  it('rotates: the exchange returns a new access token and a new refresh token in the same family, and marks the old one used', async () => {
    const session = await freshSession('rotation');
    const next = await rotate(session.refreshToken);
    expect(next.refreshToken).not.toBe(session.refreshToken);
    expect(next.accessToken).not.toBe(session.accessToken);
    expect((await me(next.accessToken)).body.data.me).toEqual({ id: session.userId });

    const third = await rotate(next.refreshToken);
    // The whole chain is one family (the user's sign-up session is another one).
    const familyId = sessionIdOf(session.accessToken);
    expect(sessionIdOf(third.accessToken)).toBe(familyId);
    const rows = await em().find(RefreshToken, { familyId }, { orderBy: { createdAt: 'asc' } });
    expect(rows).toHaveLength(3);
    const [first, second, newest] = rows;
    expect(first).toMatchObject({ parentId: null, replacedById: second!.id, revokedAt: null });
    expect(first!.usedAt).toBeInstanceOf(Date);
    expect(second).toMatchObject({ parentId: first!.id, replacedById: newest!.id });
    expect(second!.usedAt).toBeInstanceOf(Date);
    expect(newest).toMatchObject({ parentId: second!.id, replacedById: null, usedAt: null, revokedAt: null });
    expect((await me(third.accessToken)).body.data.me).toEqual({ id: session.userId });
  });

  it('treats a used refresh token as reuse: refuses it and revokes the whole family, newest token included', async () => {
    const session = await freshSession('reuse');
    const second = await rotate(session.refreshToken);
    const third = await rotate(second.refreshToken);
    // An attacker replays the first token (already exchanged).
    await expectRefused(session.refreshToken);
    // The legitimate holder's newest token is dead too: both parties must log in again.
    await expectRefused(third.refreshToken);
    const family = await em().findOneOrFail(RefreshFamily, { id: sessionIdOf(session.accessToken) });
    expect(family.revokedReason).toBe('REUSE_DETECTED');
    expect(family.revokedAt).toBeInstanceOf(Date);
    const rows = await em().find(RefreshToken, { familyId: family.id });
    expect(rows.every((r) => r.revokedAt instanceof Date)).toBe(true);
    // Other sessions of the same user are untouched.
    const other = await logIn(stack.url, session.email);
    await rotate(other.refreshToken);
  });

  it('lets exactly one of two simultaneous exchanges of one token win; the loser counts as reuse and ends the family', async () => {
    const session = await freshSession('race');
    const results = await Promise.all([refresh(session.refreshToken), refresh(session.refreshToken)]);
    const payloads = results.map((r) => r.body.data.refreshAccessToken);
    const winners = payloads.filter((p) => p.accessToken);
    expect(winners.length).toBeLessThanOrEqual(1);
    expect(payloads.filter((p) => !p.accessToken).every((p) => JSON.stringify(p.errors) === JSON.stringify(SESSION_ENDED))).toBe(true);
    // Whatever the interleaving, the family is revoked afterwards: the winner's new token is dead.
    for (const winner of winners) await expectRefused(winner.refreshToken);
  });

  it('gives unknown, malformed and expired refresh tokens the same UNAUTHENTICATED answer', async () => {
    await expectRefused(randomBytes(32).toString('base64url'));
    await expectRefused('not-a-token');
    await expectRefused('');
    const session = await freshSession('expired');
    await em().nativeUpdate(RefreshToken, { familyId: sessionIdOf(session.accessToken) }, { expiresAt: new Date(Date.now() - 1000) });
    await expectRefused(session.refreshToken);
    // An expired token is not reuse: the family is not revoked for it.
    const family = await em().findOneOrFail(RefreshFamily, { id: sessionIdOf(session.accessToken) });
    expect(family.revokedAt).toBeNull();
  });

  it('stops at the session limit even when every token in it is fresh', async () => {
    const session = await freshSession('session-max');
    await em().nativeUpdate(RefreshFamily, { id: sessionIdOf(session.accessToken) }, { expiresAt: new Date(Date.now() - 1000) });
    await expectRefused(session.refreshToken);
  });

  it('puts the current roles into refreshed access tokens', async () => {
    const session = await freshSession('roles');
    await em()
      .getConnection()
      .execute('update users set roles = ? where id = ?', [JSON.stringify(['user', 'moderator']), session.userId]);
    const next = await rotate(session.refreshToken);
    expect(decodeJwt(next.accessToken).roles).toEqual(['user', 'moderator']);
  });

  it('logOut revokes the family of the token; its access token stays valid until it expires', async () => {
    const session = await freshSession('logout');
    const second = await rotate(session.refreshToken);
    const other = await logIn(stack.url, session.email);

    const res = await gql(stack.url, OPS.logOut, { refreshToken: second.refreshToken });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.logOut).toEqual({ endedSessions: 1 });
    await expectRefused(second.refreshToken);
    // Logging out twice, or with an unknown token, answers the same without an error.
    expect((await gql(stack.url, OPS.logOut, { refreshToken: second.refreshToken })).body.data.logOut).toEqual({ endedSessions: 0 });
    expect((await gql(stack.url, OPS.logOut, { refreshToken: 'garbage' })).body.data.logOut).toEqual({ endedSessions: 0 });
    // Documented limit: a stateless access token is not revoked (no denylist yet); it expires within 15 minutes.
    expect((await me(second.accessToken)).body.data.me).toEqual({ id: session.userId });
    // The user's other session goes on.
    await rotate(other.refreshToken);
    const family = await em().findOneOrFail(RefreshFamily, { id: sessionIdOf(second.accessToken) });
    expect(family.revokedReason).toBe('LOG_OUT');
  });

  it('logOutEverywhere needs a signed-in user and revokes every family of that user only', async () => {
    const a1 = await freshSession('everywhere');
    const a2 = await logIn(stack.url, a1.email);
    const a3 = await logIn(stack.url, a1.email);
    const b = await freshSession('bystander');

    const anonymous = await gql(stack.url, OPS.logOutEverywhere);
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    await rotate(a1.refreshToken).then((next) => (a1.refreshToken = next.refreshToken));

    const res = await gql(stack.url, OPS.logOutEverywhere, {}, { token: a2.accessToken });
    expect(res.body.errors).toBeUndefined();
    // signUp's session (from freshSession) + three logIns.
    expect(res.body.data.logOutEverywhere).toEqual({ endedSessions: 4 });
    for (const s of [a1, a2, a3]) await expectRefused(s.refreshToken);
    await rotate(b.refreshToken);
  });
});
