import { createHash, randomBytes } from 'node:crypto';
import { decodeJwt } from 'jose';
import { gql, logInUser, signUpUser, TEST_PASSWORD, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { Membership, TenantInvitation } from '../src/entities';
import { Mailbox, identityOf, tokenFromMail } from './support';

const INVITE_SUBJECT = /^You are invited to join /;
const INVITE =
  'mutation($e: String!, $r: TenantRole!) { inviteTenantMember(email: $e, role: $r) { invitation { id email role expiresAt tenant { id } invitedBy { id } } errors { field message code } } }';
const ACCEPT =
  'mutation($t: String!) { acceptTenantInvitation(token: $t) { membership { role tenant { id } user { id } } errors { field message code } } }';
const REVOKE = 'mutation($id: ID!) { revokeTenantInvitation(id: $id) { revoked errors { field code } } }';
const PENDING =
  'query($after: String) { currentTenant { invitations(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { email role } } } } }';
const SIGN_UP = 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken user { id emailVerified } errors { field message code } } }';
const INVALID = {
  field: 'token',
  message: 'This invitation is invalid, already used, revoked or expired; ask for a new one.',
  code: 'BAD_USER_INPUT',
};

const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');
const address = (name: string) => `${name}-${randomBytes(5).toString('hex')}@example.test`;

describe('identity: tenant invitations by e-mail, through the router with a real SMTP server (#55)', () => {
  let stack: TestStack;
  let mailbox: Mailbox;
  let admin: TestUser;
  const em = () => identityOf(stack).orm.em.fork();
  const membershipsIn = (tenantId: string, userId: string) => em().count(Membership, { tenantId, userId });

  beforeAll(async () => {
    mailbox = await Mailbox.start();
    stack = await startTestStack({
      only: ['identity'],
      env: { SMTP_URL: mailbox.url, MAIL_FROM: 'Hubgraph <accounts@hubgraph.test>', PUBLIC_URL: 'https://app.hubgraph.test' },
    });
    admin = await signUpUser(stack.url, 'inviter');
  });

  /** Invites `email` into the admin's tenant and returns the invitation and the mailed token. */
  async function invite(email: string, role = 'EMPLOYEE', nth = 1) {
    const res = await gql(stack.url, INVITE, { e: email, r: role }, { token: admin.token });
    expect(res.body.data.inviteTenantMember.errors).toEqual([]);
    const mail = await mailbox.waitFor(email.toLowerCase(), INVITE_SUBJECT, nth);
    expect(mail.text).toContain('https://app.hubgraph.test/accept-invitation?token=');
    return { invitation: res.body.data.inviteTenantMember.invitation, token: tokenFromMail(mail) };
  }

  it('mails a one-use token (stored hashed) that an existing, signed-in account accepts', async () => {
    const invitee = await signUpUser(stack.url, 'invitee');
    const { invitation, token } = await invite(invitee.email.toUpperCase(), 'MANAGER');
    expect(invitation).toMatchObject({
      email: invitee.email,
      role: 'MANAGER',
      tenant: { id: admin.tenantId },
      invitedBy: { id: admin.id },
    });
    const days = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    const row = await em().findOneOrFail(TenantInvitation, { id: invitation.id });
    expect(row.tokenHash).toBe(sha256(token));
    expect(JSON.stringify(row)).not.toContain(token);

    const accepted = await gql(stack.url, ACCEPT, { t: token }, { token: invitee.token });
    expect(accepted.body.data.acceptTenantInvitation).toEqual({
      membership: { role: 'MANAGER', tenant: { id: admin.tenantId }, user: { id: invitee.id } },
      errors: [],
    });
    // The next token carries the membership, so the router lets the invitee act in the tenant.
    const fresh = decodeJwt(await logInUser(stack.url, invitee.email));
    expect((fresh.ten as Record<string, string>)[admin.tenantId]).toBe('MANAGER');

    const again = await gql(stack.url, ACCEPT, { t: token }, { token: invitee.token });
    expect(again.body.data.acceptTenantInvitation).toEqual({ membership: null, errors: [INVALID] });
  });

  it('signs a new account up with the token: it joins the tenant, verified, with no tenant of its own', async () => {
    const email = address('newcomer');
    const { token } = await invite(email);
    const wrong = await gql(stack.url, SIGN_UP, { i: { email: address('other'), password: TEST_PASSWORD, invitationToken: token } });
    expect(wrong.body.data.signUp).toMatchObject({ accessToken: null, errors: [{ field: 'input.invitationToken', code: 'FORBIDDEN' }] });

    const res = await gql(stack.url, SIGN_UP, { i: { email, password: TEST_PASSWORD, invitationToken: token } });
    const { accessToken, user, errors } = res.body.data.signUp;
    expect(errors).toEqual([]);
    expect(user.emailVerified).toBe(true);
    expect(decodeJwt(accessToken).ten).toEqual({ [admin.tenantId]: 'EMPLOYEE' });

    const reused = await gql(stack.url, SIGN_UP, { i: { email: address('late'), password: TEST_PASSWORD, invitationToken: token } });
    expect(reused.body.data.signUp).toMatchObject({
      accessToken: null,
      errors: [{ field: 'input.invitationToken', code: 'BAD_USER_INPUT' }],
    });
  });

  it('refuses bad, expired, revoked and foreign tokens with a typed error, changing nothing', async () => {
    const invitee = await signUpUser(stack.url, 'careful');
    const bad = await gql(stack.url, ACCEPT, { t: 'x'.repeat(5000) }, { token: invitee.token });
    expect(bad.body.data.acceptTenantInvitation).toEqual({ membership: null, errors: [INVALID] });

    const expired = await invite(invitee.email);
    await em().nativeUpdate(TenantInvitation, { id: expired.invitation.id }, { expiresAt: new Date(Date.now() - 1000) });
    const late = await gql(stack.url, ACCEPT, { t: expired.token }, { token: invitee.token });
    expect(late.body.data.acceptTenantInvitation).toEqual({ membership: null, errors: [INVALID] });

    const revoked = await invite(invitee.email, 'EMPLOYEE', 2);
    const outsider = await signUpUser(stack.url, 'outsider');
    const foreign = await gql(stack.url, ACCEPT, { t: revoked.token }, { token: outsider.token });
    expect(foreign.body.data.acceptTenantInvitation.errors).toEqual([
      { field: 'token', message: 'This invitation was sent to another e-mail address.', code: 'FORBIDDEN' },
    ]);
    const byEmployee = await gql(stack.url, REVOKE, { id: revoked.invitation.id }, { token: outsider.token });
    expect(byEmployee.body.data.revokeTenantInvitation).toEqual({ revoked: false, errors: [{ field: 'id', code: 'BAD_USER_INPUT' }] });
    const done = await gql(stack.url, REVOKE, { id: revoked.invitation.id }, { token: admin.token });
    expect(done.body.data.revokeTenantInvitation).toEqual({ revoked: true, errors: [] });
    const afterRevoke = await gql(stack.url, ACCEPT, { t: revoked.token }, { token: invitee.token });
    expect(afterRevoke.body.data.acceptTenantInvitation).toEqual({ membership: null, errors: [INVALID] });

    expect(await membershipsIn(admin.tenantId, invitee.id)).toBe(0);
    expect(await membershipsIn(admin.tenantId, outsider.id)).toBe(0);
    const unauthenticated = await gql(stack.url, ACCEPT, { t: revoked.token });
    expect(unauthenticated.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets only ADMINs invite MANAGERs, refuses members and bad addresses, and lists pending invitations in pages', async () => {
    const inviter = await signUpUser(stack.url, 'lister');
    const emails = [address('p1'), address('p2'), address('p3')];
    for (const e of emails) {
      const res = await gql(stack.url, INVITE, { e, r: 'EMPLOYEE' }, { token: inviter.token });
      expect(res.body.data.inviteTenantMember.errors).toEqual([]);
    }
    const resent = await gql(stack.url, INVITE, { e: emails[0], r: 'ADMIN' }, { token: inviter.token });
    expect(resent.body.data.inviteTenantMember.errors).toEqual([]);
    const badAddress = await gql(stack.url, INVITE, { e: 'not-an-address', r: 'EMPLOYEE' }, { token: inviter.token });
    expect(badAddress.body.data.inviteTenantMember.errors).toMatchObject([{ field: 'email', code: 'BAD_USER_INPUT' }]);
    const self = await gql(stack.url, INVITE, { e: inviter.email, r: 'EMPLOYEE' }, { token: inviter.token });
    expect(self.body.data.inviteTenantMember.errors).toMatchObject([{ field: 'email', code: 'CONFLICT' }]);

    const page1 = (await gql(stack.url, PENDING, {}, { token: inviter.token })).body.data.currentTenant.invitations;
    expect(page1.totalCount).toBe(3);
    expect(page1.edges.map((e: { node: { email: string } }) => e.node)).toEqual([
      { email: emails[0], role: 'ADMIN' },
      { email: emails[2], role: 'EMPLOYEE' },
    ]);
    const page2 = (await gql(stack.url, PENDING, { after: page1.pageInfo.endCursor }, { token: inviter.token })).body.data.currentTenant
      .invitations;
    expect(page2.edges.map((e: { node: { email: string } }) => e.node.email)).toEqual([emails[1]]);
    expect(page2.pageInfo.hasNextPage).toBe(false);

    // An EMPLOYEE sees no invitations and cannot invite.
    const employee = await signUpUser(stack.url, 'employee');
    const { token } = await invite(employee.email);
    await gql(stack.url, ACCEPT, { t: token }, { token: employee.token });
    const asEmployee = { token: await logInUser(stack.url, employee.email), headers: { 'x-hubgraph-tenant': admin.tenantId } };
    expect((await gql(stack.url, PENDING, {}, asEmployee)).body.data.currentTenant.invitations).toBeNull();
    const refused = await gql(stack.url, INVITE, { e: address('x'), r: 'EMPLOYEE' }, asEmployee);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('accepts the same token twice at once into exactly one membership', async () => {
    const invitee = await signUpUser(stack.url, 'racer');
    const { token } = await invite(invitee.email);
    const results = await Promise.all(Array.from({ length: 4 }, () => gql(stack.url, ACCEPT, { t: token }, { token: invitee.token })));
    const wins = results.filter((r) => r.body.data?.acceptTenantInvitation?.membership);
    expect(wins).toHaveLength(1);
    for (const r of results)
      if (!r.body.data.acceptTenantInvitation.membership) expect(r.body.data.acceptTenantInvitation.errors).toHaveLength(1);
    expect(await membershipsIn(admin.tenantId, invitee.id)).toBe(1);

    // A sign-up racing an acceptance by another means for one invitation: one account joins.
    const email = address('double');
    const second = await invite(email);
    const signUps = await Promise.all(
      [0, 1].map(() => gql(stack.url, SIGN_UP, { i: { email, password: TEST_PASSWORD, invitationToken: second.token } })),
    );
    expect(signUps.filter((r) => r.body.data.signUp.accessToken)).toHaveLength(1);
    expect(await em().count(Membership, { tenantId: admin.tenantId, role: 'EMPLOYEE' })).toBeGreaterThanOrEqual(2);
  });
});
