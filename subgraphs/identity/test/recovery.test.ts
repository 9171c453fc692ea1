import { createHash, randomBytes } from 'node:crypto';
import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { ActionToken, User } from '../src/entities';
import { Mailbox, OPS, PASSWORD, identityOf, logIn, tokenFromMail } from './support';

const NEW_PASSWORD = 'a brand new passphrase';
const PUBLIC_URL = 'https://app.hubgraph.test/base';
const RESET_SUBJECT = /^Reset your Hubgraph password$/;
const CHANGED_SUBJECT = /^Your Hubgraph password was changed$/;
const VERIFY_SUBJECT = /^Confirm your e-mail address/;
const INVALID_RESET = {
  field: 'token',
  message: 'This reset link is invalid, already used or expired; ask for a new one.',
  code: 'BAD_USER_INPUT',
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');

describe('identity: password reset and e-mail verification through the router, with a real SMTP server', () => {
  let stack: TestStack;
  let mailbox: Mailbox;

  // Each request from its own client address: this suite asks for more resets than one IP may (20 per
  // 15 minutes; that limit has its own test in brute-force.test.ts).
  let clients = 0;
  const requestReset = (email: string) =>
    gql(stack.url, OPS.requestReset, { email }, { headers: { 'x-forwarded-for': `198.18.0.${++clients % 250}` } });
  const reset = (token: string, newPassword: string) => gql(stack.url, OPS.reset, { token, newPassword });
  const refresh = (refreshToken: string) => gql(stack.url, OPS.refresh, { refreshToken });
  const em = () => identityOf(stack).orm.em.fork();
  const canLogIn = async (email: string, password: string) =>
    Boolean((await gql(stack.url, OPS.logIn, { input: { email, password } })).body.data.logIn.accessToken);

  /** Asks for a reset link for `user` and returns the token from the mail. */
  async function resetTokenFor(user: TestUser, nth = 1): Promise<string> {
    const res = await requestReset(user.email);
    expect(res.body.data.requestPasswordReset).toEqual({ accepted: true, errors: [] });
    return tokenFromMail(await mailbox.waitFor(user.email, RESET_SUBJECT, nth));
  }

  beforeAll(async () => {
    mailbox = await Mailbox.start();
    // Identity reads its own settings from the environment the stack was started with.
    stack = await startTestStack({
      only: ['identity'],
      env: { SMTP_URL: mailbox.url, MAIL_FROM: 'Hubgraph Accounts <accounts@hubgraph.test>', PUBLIC_URL, TRUST_PROXY_HOPS: '1' },
    });
  });

  describe('requestPasswordReset', () => {
    it('answers an unknown address exactly like a known one, and mails only the known one', async () => {
      const user = await signUpUser(stack.url, 'known');
      const unknown = `nobody-${randomBytes(6).toString('hex')}@example.test`;
      const forUnknown = await requestReset(unknown);
      const forKnown = await requestReset(user.email.toUpperCase());
      expect(forUnknown.status).toBe(forKnown.status);
      expect(forUnknown.body).toEqual(forKnown.body);
      expect(forKnown.body).toEqual({ data: { requestPasswordReset: { accepted: true, errors: [] } } });

      const mail = await mailbox.waitFor(user.email, RESET_SUBJECT);
      expect(mail.from).toBe('Hubgraph Accounts <accounts@hubgraph.test>');
      const token = tokenFromMail(mail);
      expect(mail.text).toContain(`${PUBLIC_URL}/reset-password?token=${token}`);
      expect(mail.text).toContain('30 minutes');
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      // The unknown address was asked first; nothing reached it.
      await sleep(200);
      expect(mailbox.to(unknown)).toEqual([]);

      // Stored hashed, with a 30-minute expiry; the token itself is nowhere in the table.
      const rows = await em().find(ActionToken, { userId: user.id, purpose: 'PASSWORD_RESET' });
      expect(rows).toHaveLength(1);
      expect(rows[0]!.tokenHash).toBe(sha256(token));
      const minutes = (rows[0]!.expiresAt.getTime() - Date.now()) / 60_000;
      expect(minutes).toBeGreaterThan(29);
      expect(minutes).toBeLessThanOrEqual(30);
      const raw: Record<string, unknown>[] = await em().getConnection().execute('select * from action_tokens where user_id = ?', [user.id]);
      expect(JSON.stringify(raw)).not.toContain(token);
    });

    it('rejects a malformed address as bad input (which says nothing about accounts)', async () => {
      const res = await requestReset('not an address');
      expect(res.body.data.requestPasswordReset).toEqual({
        accepted: false,
        errors: [{ field: 'email', message: 'Enter a valid e-mail address.', code: 'BAD_USER_INPUT' }],
      });
    });

    it('limits requests to 5 per address per 15 minutes, for known and unknown addresses alike', async () => {
      const user = await signUpUser(stack.url, 'limited');
      const unknown = `ghost-${randomBytes(6).toString('hex')}@example.test`;
      for (const address of [user.email, unknown]) {
        for (let i = 0; i < 5; i++) {
          expect((await requestReset(address)).body.data.requestPasswordReset).toEqual({ accepted: true, errors: [] });
        }
        const sixth = await requestReset(address);
        expect(sixth.body.errors).toBeUndefined();
        expect(sixth.body.data.requestPasswordReset).toEqual({
          accepted: false,
          errors: [{ field: 'email', message: expect.stringMatching(/Too many/), code: 'RATE_LIMITED' }],
        });
      }
      await mailbox.waitFor(user.email, RESET_SUBJECT, 5);
      expect(await em().count(ActionToken, { userId: user.id })).toBe(5);
      // Another address is not affected by this one's limit; its mail, asked for after the refused sixth,
      // arriving is the control for "no sixth mail came".
      const other = await signUpUser(stack.url, 'unaffected');
      expect((await requestReset(other.email)).body.data.requestPasswordReset.accepted).toBe(true);
      await mailbox.waitFor(other.email, RESET_SUBJECT);
      expect(mailbox.to(user.email)).toHaveLength(5);
    });
  });

  describe('resetPassword', () => {
    it('sets the new password once, ends every session, verifies the address and mails a notice', async () => {
      const user = await signUpUser(stack.url, 'reset');
      const phone = await logIn(stack.url, user.email);
      const laptop = await logIn(stack.url, user.email);
      const token = await resetTokenFor(user);

      const res = await reset(token, NEW_PASSWORD);
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.resetPassword).toEqual({ ok: true, errors: [] });

      expect(await canLogIn(user.email, PASSWORD)).toBe(false);
      expect(await canLogIn(user.email, NEW_PASSWORD)).toBe(true);
      // Every refresh-token family of the user was revoked.
      for (const session of [phone, laptop]) {
        const refused = await refresh(session.refreshToken);
        expect(refused.body.data.refreshAccessToken.errors).toEqual([expect.objectContaining({ code: 'UNAUTHENTICATED' })]);
      }
      // The link works once.
      expect((await reset(token, 'yet another passphrase')).body.data.resetPassword).toEqual({ ok: false, errors: [INVALID_RESET] });
      expect(await canLogIn(user.email, NEW_PASSWORD)).toBe(true);

      const notice = await mailbox.waitFor(user.email, CHANGED_SUBJECT);
      expect(notice.text).toMatch(/signed out/);
      expect(notice.text).not.toContain(token);
      const row = await em().findOneOrFail(User, { id: user.id });
      expect(row.emailVerified).toBe(true);
    });

    it('refuses an expired link', async () => {
      const user = await signUpUser(stack.url, 'expired');
      const token = await resetTokenFor(user);
      await em().nativeUpdate(ActionToken, { tokenHash: sha256(token) }, { expiresAt: new Date(Date.now() - 1000) });
      expect((await reset(token, NEW_PASSWORD)).body.data.resetPassword).toEqual({ ok: false, errors: [INVALID_RESET] });
      expect(await canLogIn(user.email, PASSWORD)).toBe(true);
      expect(await canLogIn(user.email, NEW_PASSWORD)).toBe(false);
    });

    it('refuses unknown and malformed tokens the same way', async () => {
      for (const token of [randomBytes(32).toString('base64url'), 'short', '']) {
        expect((await reset(token, NEW_PASSWORD)).body.data.resetPassword).toEqual({ ok: false, errors: [INVALID_RESET] });
      }
    });

    it('validates the new password without using up the link', async () => {
      const user = await signUpUser(stack.url, 'weak');
      const token = await resetTokenFor(user);
      for (const [password, message] of [
        ['short', 'Use at least 8 characters.'],
        ['x'.repeat(129), 'Use at most 128 characters.'],
      ]) {
        expect((await reset(token, password!)).body.data.resetPassword).toEqual({
          ok: false,
          errors: [{ field: 'newPassword', message, code: 'BAD_USER_INPUT' }],
        });
      }
      expect((await reset(token, NEW_PASSWORD)).body.data.resetPassword).toEqual({ ok: true, errors: [] });
      expect(await canLogIn(user.email, NEW_PASSWORD)).toBe(true);
    });

    it('kills the other outstanding links of the account once one of them is used', async () => {
      const user = await signUpUser(stack.url, 'two-links');
      const first = await resetTokenFor(user, 1);
      const second = await resetTokenFor(user, 2);
      expect(second).not.toBe(first);
      expect((await reset(second, NEW_PASSWORD)).body.data.resetPassword.ok).toBe(true);
      expect((await reset(first, 'some other passphrase')).body.data.resetPassword).toEqual({ ok: false, errors: [INVALID_RESET] });
    });

    it('lets exactly one of two simultaneous uses of a link win', async () => {
      const user = await signUpUser(stack.url, 'race');
      const token = await resetTokenFor(user);
      const results = await Promise.all([reset(token, 'passphrase number one'), reset(token, 'passphrase number two')]);
      const oks = results.map((r) => r.body.data.resetPassword.ok);
      expect(oks.filter(Boolean)).toHaveLength(1);
      const winner = oks[0] ? 'passphrase number one' : 'passphrase number two';
      const loser = oks[0] ? 'passphrase number two' : 'passphrase number one';
      expect(await canLogIn(user.email, winner)).toBe(true);
      expect(await canLogIn(user.email, loser)).toBe(false);
    });
  });

  describe('e-mail verification', () => {
    it('mails a link that verifies the address once; afterwards no more mails are needed', async () => {
      const user = await signUpUser(stack.url, 'verify');
      const before = await gql(stack.url, '{ me { emailVerified } }', {}, { token: user.token });
      expect(before.body.data.me).toEqual({ emailVerified: false });

      const anonymous = await gql(stack.url, OPS.requestVerification);
      expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);

      const sent = await gql(stack.url, OPS.requestVerification, {}, { token: user.token });
      expect(sent.body.errors).toBeUndefined();
      expect(sent.body.data.requestEmailVerification).toEqual({ sent: true, errors: [] });
      const mail = await mailbox.waitFor(user.email, VERIFY_SUBJECT);
      const token = tokenFromMail(mail);
      expect(mail.text).toContain(`${PUBLIC_URL}/verify-email?token=${token}`);
      const row = await em().findOneOrFail(ActionToken, { userId: user.id, purpose: 'EMAIL_VERIFICATION' });
      expect(row.tokenHash).toBe(sha256(token));
      const hours = (row.expiresAt.getTime() - Date.now()) / 3_600_000;
      expect(hours).toBeGreaterThan(23.9);
      expect(hours).toBeLessThanOrEqual(24);

      // A reset token is not a verification token.
      const resetToken = await resetTokenFor(user);
      const wrongKind = await gql(stack.url, OPS.verify, { token: resetToken });
      expect(wrongKind.body.data.verifyEmail).toEqual({
        user: null,
        errors: [expect.objectContaining({ field: 'token', code: 'BAD_USER_INPUT' })],
      });

      // The link works without being signed in (it may be opened on another device).
      const verified = await gql(stack.url, OPS.verify, { token });
      expect(verified.body.errors).toBeUndefined();
      expect(verified.body.data.verifyEmail).toEqual({ user: { id: user.id, emailVerified: true }, errors: [] });
      const after = await gql(stack.url, '{ me { emailVerified } }', {}, { token: user.token });
      expect(after.body.data.me).toEqual({ emailVerified: true });

      const again = await gql(stack.url, OPS.verify, { token });
      expect(again.body.data.verifyEmail).toEqual({
        user: null,
        errors: [{ field: 'token', message: expect.stringMatching(/invalid, already used or expired/), code: 'BAD_USER_INPUT' }],
      });
      const noMore = await gql(stack.url, OPS.requestVerification, {}, { token: user.token });
      expect(noMore.body.data.requestEmailVerification).toEqual({ sent: false, errors: [] });
    });

    it('refuses an expired verification link and limits verification mails to 5 per 15 minutes', async () => {
      const user = await signUpUser(stack.url, 'verify-limit');
      for (let i = 0; i < 5; i++) {
        const res = await gql(stack.url, OPS.requestVerification, {}, { token: user.token });
        expect(res.body.data.requestEmailVerification).toEqual({ sent: true, errors: [] });
      }
      const sixth = await gql(stack.url, OPS.requestVerification, {}, { token: user.token });
      expect(sixth.body.data.requestEmailVerification).toEqual({
        sent: false,
        errors: [{ field: null, message: expect.stringMatching(/Too many/), code: 'RATE_LIMITED' }],
      });
      const token = tokenFromMail(await mailbox.waitFor(user.email, VERIFY_SUBJECT, 5));
      await em().nativeUpdate(ActionToken, { tokenHash: sha256(token) }, { expiresAt: new Date(Date.now() - 1000) });
      const res = await gql(stack.url, OPS.verify, { token });
      expect(res.body.data.verifyEmail.user).toBeNull();
      expect(res.body.data.verifyEmail.errors).toEqual([expect.objectContaining({ field: 'token', code: 'BAD_USER_INPUT' })]);
      expect((await em().findOneOrFail(User, { id: user.id })).emailVerified).toBe(false);
    });
  });
});
