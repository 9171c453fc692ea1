import { errorCodes, gql, signUpUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';

const GRANT = 'mutation($u: ID!, $r: String!) { grantRole(userId: $u, role: $r) { user { id roles } errors { field code } } }';
const REVOKE = 'mutation($u: ID!, $r: String!) { revokeRole(userId: $u, role: $r) { user { id roles } errors { field code } } }';
const LOGIN = 'mutation($i: LogInInput!) { logIn(input: $i) { accessToken user { id roles } } }';

describe('identity: only admins grant and revoke roles (#27)', () => {
  let stack: TestStack;
  let adminToken: string;
  let adminId: string;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity'], env: { SEED_DEMO_DATA: 'true' } });
    const login = await gql(stack.url, LOGIN, { i: { email: 'admin@hubgraph.dev', password: 'hubgraph-demo' } });
    adminToken = login.body.data.logIn.accessToken;
    adminId = login.body.data.logIn.user.id;
  });

  it('refuses anonymous callers and non-admins before anything changes', async () => {
    const user = await signUpUser(stack.url, 'plain');
    expect(errorCodes(await gql(stack.url, GRANT, { u: user.id, r: 'admin' }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql(stack.url, GRANT, { u: user.id, r: 'admin' }, { token: user.token }))).toEqual(['FORBIDDEN']);
    const me = await gql(stack.url, '{ me { roles } }', {}, { token: user.token });
    expect(me.body.data.me.roles).toEqual(['user']);
  });

  it('lets an admin grant admin; the new role is in the next access token and works', async () => {
    const user = await signUpUser(stack.url, 'promoted');
    const granted = await gql(stack.url, GRANT, { u: user.id, r: 'admin' }, { token: adminToken });
    expect(granted.body.data.grantRole).toEqual({ user: { id: user.id, roles: ['admin', 'user'] }, errors: [] });
    const relogin = await gql(stack.url, LOGIN, { i: { email: user.email, password: 'correct horse battery staple' } });
    const promotedToken = relogin.body.data.logIn.accessToken;
    const other = await signUpUser(stack.url, 'other');
    const byPromoted = await gql(stack.url, GRANT, { u: other.id, r: 'admin' }, { token: promotedToken });
    expect(byPromoted.body.data.grantRole.errors).toEqual([]);
    const revoked = await gql(stack.url, REVOKE, { u: other.id, r: 'admin' }, { token: adminToken });
    expect(revoked.body.data.revokeRole.user.roles).toEqual(['user']);
  });

  it('lets an admin grant and revoke librarian (the library desk role), which reaches the next token', async () => {
    const user = await signUpUser(stack.url, 'librarian');
    const granted = await gql(stack.url, GRANT, { u: user.id, r: 'librarian' }, { token: adminToken });
    expect(granted.body.data.grantRole).toEqual({ user: { id: user.id, roles: ['librarian', 'user'] }, errors: [] });
    const relogin = await gql(stack.url, LOGIN, { i: { email: user.email, password: 'correct horse battery staple' } });
    expect(relogin.body.data.logIn.user.roles).toEqual(['librarian', 'user']);
    // A librarian is not an admin: granting stays refused.
    const other = await signUpUser(stack.url, 'patron');
    const byLibrarian = await gql(stack.url, GRANT, { u: other.id, r: 'librarian' }, { token: relogin.body.data.logIn.accessToken });
    expect(errorCodes(byLibrarian)).toEqual(['FORBIDDEN']);
    const revoked = await gql(stack.url, REVOKE, { u: user.id, r: 'librarian' }, { token: adminToken });
    expect(revoked.body.data.revokeRole.user.roles).toEqual(['user']);
    // The warehouse staff role is granted the same way.
    const staff = await gql(stack.url, GRANT, { u: user.id, r: 'inventory' }, { token: adminToken });
    expect(staff.body.data.grantRole).toEqual({ user: { id: user.id, roles: ['inventory', 'user'] }, errors: [] });
  });

  it('rejects unknown roles and users as field errors, and keeps the last admin', async () => {
    const user = await signUpUser(stack.url, 'target');
    const unknownRole = await gql(stack.url, GRANT, { u: user.id, r: 'superuser' }, { token: adminToken });
    expect(unknownRole.body.data.grantRole.errors).toEqual([{ field: 'role', code: 'BAD_USER_INPUT' }]);
    const unknownUser = await gql(stack.url, GRANT, { u: '01900000-0000-7000-8000-00000000dead', r: 'admin' }, { token: adminToken });
    expect(unknownUser.body.data.grantRole.errors).toEqual([{ field: 'userId', code: 'BAD_USER_INPUT' }]);
    // Other admins were made in the previous test; take admin from all of them but the seeded one.
    const users = await stack.subgraphs[0]!.orm.em.fork().getConnection().execute('select id, roles from users');
    for (const row of users as { id: string; roles: string | string[] }[]) {
      // Raw rows carry the JSON column as text on some drivers and parsed on others.
      const roles = typeof row.roles === 'string' ? (JSON.parse(row.roles) as string[]) : row.roles;
      if (row.id !== adminId && roles.includes('admin')) {
        await gql(stack.url, REVOKE, { u: row.id, r: 'admin' }, { token: adminToken });
      }
    }
    const last = await gql(stack.url, REVOKE, { u: adminId, r: 'admin' }, { token: adminToken });
    expect(last.body.data.revokeRole.errors).toEqual([{ field: 'userId', code: 'CONFLICT' }]);
  });
});
