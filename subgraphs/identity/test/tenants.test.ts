import { decodeJwt } from 'jose';
import { errorCodes, gql, logInUser, signUpUser, TEST_PASSWORD } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';

const TENANT = 'x-hubgraph-tenant';
const CURRENT = '{ currentTenant { id name viewerRole } }';
const MEMBERSHIPS = '{ me { memberships(first: 10) { totalCount edges { node { role tenant { id name } } } } } }';
const ADD =
  'mutation($e: String!, $r: TenantRole!) { addTenantMember(email: $e, role: $r) { membership { role user { id } tenant { id } } errors { field code } } }';
const CHANGE =
  'mutation($u: ID!, $r: TenantRole!) { changeTenantMemberRole(userId: $u, role: $r) { membership { role } errors { field code } } }';
const REMOVE = 'mutation($u: ID!) { removeTenantMember(userId: $u) { removed errors { field code } } }';
const MEMBERS =
  '{ currentTenant { members(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { role user { id } } } } } }';

describe('identity: tenants and per-tenant roles (#27, #55)', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity'] });
  });

  it('provisions a tenant at sign-up with the new user as its ADMIN, named after the organisation', async () => {
    const res = await gql(stack.url, 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken user { id } errors { field } } }', {
      i: { email: `org-${Date.now()}@example.test`, password: TEST_PASSWORD, organizationName: '  Acme Ltd  ' },
    });
    const token = res.body.data.signUp.accessToken;
    const claims = decodeJwt(token);
    expect(Object.values(claims.ten as object)).toEqual(['ADMIN']);
    expect(claims.tid).toBe(Object.keys(claims.ten as object)[0]);
    const current = await gql(stack.url, CURRENT, {}, { token });
    expect(current.body.data.currentTenant).toEqual({ id: claims.tid, name: 'Acme Ltd', viewerRole: 'ADMIN' });

    const unnamed = await signUpUser(stack.url, 'solo');
    const mine = await gql(stack.url, MEMBERSHIPS, {}, { token: unnamed.token });
    expect(mine.body.data.me.memberships).toEqual({
      totalCount: 1,
      edges: [{ node: { role: 'ADMIN', tenant: { id: unnamed.tenantId, name: "solo's workspace" } } }],
    });
  });

  it('refuses a bad organisation name without creating the account', async () => {
    const email = `bad-org-${Date.now()}@example.test`;
    const res = await gql(stack.url, 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken errors { field code } } }', {
      i: { email, password: TEST_PASSWORD, organizationName: 'x'.repeat(81) },
    });
    expect(res.body.data.signUp).toEqual({ accessToken: null, errors: [{ field: 'input.organizationName', code: 'BAD_USER_INPUT' }] });
    await expect(logInUser(stack.url, email)).rejects.toThrow(/log-in failed/);
  });

  it('chooses the tenant per request with the header, only among the viewer’s memberships', async () => {
    const user = await signUpUser(stack.url, 'multi');
    const created = await gql(
      stack.url,
      'mutation { createTenant(name: "Second") { tenant { id viewerRole } errors { code } } }',
      {},
      { token: user.token },
    );
    const second = created.body.data.createTenant.tenant.id;
    expect(created.body.data.createTenant.tenant.viewerRole).toBe('ADMIN');

    // The membership is in the next token; the old one does not know it yet.
    const stale = await gql(stack.url, CURRENT, {}, { token: user.token, headers: { [TENANT]: second } });
    expect(stale.status).toBe(403);
    expect(errorCodes(stale)).toEqual(['FORBIDDEN']);
    const token = await logInUser(stack.url, user.email);
    const chosen = await gql(stack.url, CURRENT, {}, { token, headers: { [TENANT]: second } });
    expect(chosen.body.data.currentTenant).toMatchObject({ id: second, name: 'Second' });
    const byDefault = await gql(stack.url, CURRENT, {}, { token });
    expect(byDefault.body.data.currentTenant.id).toBe(user.tenantId);

    const stranger = await signUpUser(stack.url, 'stranger');
    const foreign = await gql(stack.url, CURRENT, {}, { token, headers: { [TENANT]: stranger.tenantId } });
    expect(foreign.status).toBe(403);
    expect(foreign.body.errors?.[0]!.message).toMatch(/not a member/);
    expect(foreign.body.data ?? null).toBeNull();
  });

  it('lets ADMINs add any role and MANAGERs only EMPLOYEEs; EMPLOYEEs add nobody', async () => {
    const admin = await signUpUser(stack.url, 'boss');
    const manager = await signUpUser(stack.url, 'manager');
    const employee = await signUpUser(stack.url, 'employee');
    const newcomer = await signUpUser(stack.url, 'newcomer');
    const tenant = { [TENANT]: admin.tenantId };

    const addManager = await gql(stack.url, ADD, { e: manager.email.toUpperCase(), r: 'MANAGER' }, { token: admin.token });
    expect(addManager.body.data.addTenantMember).toEqual({
      membership: { role: 'MANAGER', user: { id: manager.id }, tenant: { id: admin.tenantId } },
      errors: [],
    });
    const managerToken = await logInUser(stack.url, manager.email);
    expect(
      (await gql(stack.url, ADD, { e: employee.email, r: 'MANAGER' }, { token: managerToken, headers: tenant })).body.data.addTenantMember
        .errors,
    ).toEqual([{ field: 'role', code: 'FORBIDDEN' }]);
    expect(
      (await gql(stack.url, ADD, { e: employee.email, r: 'EMPLOYEE' }, { token: managerToken, headers: tenant })).body.data.addTenantMember
        .errors,
    ).toEqual([]);
    const employeeToken = await logInUser(stack.url, employee.email);
    expect(errorCodes(await gql(stack.url, ADD, { e: newcomer.email, r: 'EMPLOYEE' }, { token: employeeToken, headers: tenant }))).toEqual([
      'FORBIDDEN',
    ]);

    const again = await gql(stack.url, ADD, { e: employee.email, r: 'EMPLOYEE' }, { token: admin.token });
    expect(again.body.data.addTenantMember.errors).toEqual([{ field: 'email', code: 'CONFLICT' }]);
    const nobody = await gql(stack.url, ADD, { e: 'nobody@example.test', r: 'EMPLOYEE' }, { token: admin.token });
    expect(nobody.body.data.addTenantMember.errors).toEqual([{ field: 'email', code: 'BAD_USER_INPUT' }]);

    // Members are listed page by page, to members of the tenant only.
    const page = await gql(stack.url, MEMBERS, {}, { token: employeeToken, headers: tenant });
    expect(page.body.data.currentTenant.members.totalCount).toBe(3);
    expect(page.body.data.currentTenant.members.edges.map((e: any) => e.node.role)).toEqual(['ADMIN', 'MANAGER']);
    expect(page.body.data.currentTenant.members.pageInfo.hasNextPage).toBe(true);
  });

  it('keeps the last ADMIN, lets ADMINs change roles and remove members, and lets anyone leave', async () => {
    const admin = await signUpUser(stack.url, 'owner');
    const member = await signUpUser(stack.url, 'member');
    await gql(stack.url, ADD, { e: member.email, r: 'EMPLOYEE' }, { token: admin.token });

    expect(
      (await gql(stack.url, CHANGE, { u: admin.id, r: 'EMPLOYEE' }, { token: admin.token })).body.data.changeTenantMemberRole.errors,
    ).toEqual([{ field: 'userId', code: 'CONFLICT' }]);
    expect((await gql(stack.url, REMOVE, { u: admin.id }, { token: admin.token })).body.data.removeTenantMember.errors).toEqual([
      { field: 'userId', code: 'CONFLICT' },
    ]);
    const memberToken = await logInUser(stack.url, member.email);
    const tenant = { [TENANT]: admin.tenantId };
    expect(errorCodes(await gql(stack.url, CHANGE, { u: member.id, r: 'ADMIN' }, { token: memberToken, headers: tenant }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      (await gql(stack.url, REMOVE, { u: admin.id }, { token: memberToken, headers: tenant })).body.data.removeTenantMember.errors,
    ).toEqual([{ field: 'userId', code: 'FORBIDDEN' }]);

    expect((await gql(stack.url, CHANGE, { u: member.id, r: 'ADMIN' }, { token: admin.token })).body.data.changeTenantMemberRole).toEqual({
      membership: { role: 'ADMIN' },
      errors: [],
    });
    // Two admins now: the first may step down, and the member may leave on their own.
    expect(
      (await gql(stack.url, CHANGE, { u: admin.id, r: 'MANAGER' }, { token: admin.token })).body.data.changeTenantMemberRole.errors,
    ).toEqual([]);
    const promotedToken = await logInUser(stack.url, member.email);
    expect(
      (await gql(stack.url, REMOVE, { u: member.id }, { token: promotedToken, headers: tenant })).body.data.removeTenantMember.errors,
    ).toEqual([{ field: 'userId', code: 'CONFLICT' }]);
    expect((await gql(stack.url, REMOVE, { u: admin.id }, { token: promotedToken, headers: tenant })).body.data.removeTenantMember).toEqual(
      {
        removed: true,
        errors: [],
      },
    );
    const left = await gql(stack.url, MEMBERSHIPS, {}, { token: await logInUser(stack.url, admin.email) });
    expect(left.body.data.me.memberships.totalCount).toBe(0);
  });

  it('shows memberships to the user and admins only, and members of other tenants to nobody', async () => {
    const a = await signUpUser(stack.url, 'alice');
    const b = await signUpUser(stack.url, 'bob');
    const q = 'query($id: ID!) { user(id: $id) { memberships { totalCount } } }';
    expect((await gql(stack.url, q, { id: a.id }, { token: b.token })).body.data.user.memberships).toBeNull();
    expect((await gql(stack.url, q, { id: a.id }, { token: a.token })).body.data.user.memberships.totalCount).toBe(1);
  });
});
