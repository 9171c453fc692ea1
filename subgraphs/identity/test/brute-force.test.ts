import { gql, signUpUser, TEST_PASSWORD } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';

const LOGIN = 'mutation($i: LogInInput!) { logIn(input: $i) { accessToken errors { field code message } } }';
const RESET = 'mutation($e: String!) { requestPasswordReset(email: $e) { accepted errors { field code } } }';

/** Log-in and reset throttling in identity (OWASP Authentication Cheat Sheet: account and IP limits). */
describe('identity: log-in brute force and reset flooding are rate limited (#24, #26)', () => {
  let stack: TestStack;

  beforeAll(async () => {
    // One trusted proxy hop: the router takes the client IP from X-Forwarded-For, so each test can
    // play a different client.
    stack = await startTestStack({ only: ['identity'], env: { TRUST_PROXY_HOPS: '1', RATE_LIMIT_ENABLED: 'false' } });
  });

  const logIn = (email: string, password: string, ip: string) =>
    gql(stack.url, LOGIN, { i: { email, password } }, { headers: { 'x-forwarded-for': ip } });

  it('locks an address after 10 failed log-ins, even for the right password, without touching other addresses', async () => {
    const victim = await signUpUser(stack.url, 'victim');
    const bystander = await signUpUser(stack.url, 'bystander');
    for (let i = 0; i < 10; i++) {
      const failed = await logIn(victim.email, `wrong-${i}-password`, `203.0.113.${i + 1}`);
      expect(failed.body.data.logIn.errors).toEqual([
        { field: null, code: 'UNAUTHENTICATED', message: 'E-mail or password is incorrect.' },
      ]);
    }
    const locked = await logIn(victim.email.toUpperCase(), TEST_PASSWORD, '198.51.100.7');
    expect(locked.body.data.logIn).toEqual({
      accessToken: null,
      errors: [{ field: null, code: 'RATE_LIMITED', message: expect.stringMatching(/Too many failed log-ins/) }],
    });
    expect((await logIn(bystander.email, TEST_PASSWORD, '198.51.100.7')).body.data.logIn.accessToken).toEqual(expect.any(String));
    // Unknown addresses are limited alike, so the limit tells nothing about which accounts exist.
    for (let i = 0; i < 10; i++) await logIn('nobody-here@example.test', 'whatever-password', '192.0.2.200');
    const unknown = await logIn('nobody-here@example.test', 'whatever-password', '192.0.2.201');
    expect(unknown.body.data.logIn.errors[0].code).toBe('RATE_LIMITED');
  });

  it('stops one client IP spraying passwords across many addresses after 50 failures', async () => {
    const target = await signUpUser(stack.url, 'sprayed');
    const sprayer = '203.0.113.99';
    for (let i = 0; i < 50; i++) {
      const res = await logIn(`spray-${i}@example.test`, 'Summer2026!', sprayer);
      expect(res.body.data.logIn.errors[0].code).toBe('UNAUTHENTICATED');
    }
    expect((await logIn(target.email, TEST_PASSWORD, sprayer)).body.data.logIn.errors[0].code).toBe('RATE_LIMITED');
    expect((await logIn(target.email, TEST_PASSWORD, '203.0.113.100')).body.data.logIn.accessToken).toEqual(expect.any(String));
  });

  it('limits reset requests per client IP (20 per 15 minutes) as well as per address', async () => {
    const flooder = '198.51.100.50';
    for (let i = 0; i < 20; i++) {
      const res = await gql(stack.url, RESET, { e: `flood-${i}@example.test` }, { headers: { 'x-forwarded-for': flooder } });
      expect(res.body.data.requestPasswordReset).toEqual({ accepted: true, errors: [] });
    }
    const refused = await gql(stack.url, RESET, { e: 'flood-21@example.test' }, { headers: { 'x-forwarded-for': flooder } });
    expect(refused.body.data.requestPasswordReset).toEqual({ accepted: false, errors: [{ field: null, code: 'RATE_LIMITED' }] });
    const other = await gql(stack.url, RESET, { e: 'flood-21@example.test' }, { headers: { 'x-forwarded-for': '198.51.100.51' } });
    expect(other.body.data.requestPasswordReset.accepted).toBe(true);
  });
});
