import { gql, logInUser, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { Membership, User } from '../src/entities';
import { LOGIN_FAILURE_LIMIT } from '../src/throttle';
import { MAX_MEMBERSHIPS_PER_USER } from '../src/tenants';
import { identityOf } from './support';

const TENANT = 'x-hubgraph-tenant';
const ADD = 'mutation($e: String!, $r: TenantRole!) { addTenantMember(email: $e, role: $r) { membership { role } errors { field code } } }';
const CHANGE =
  'mutation($u: ID!, $r: TenantRole!) { changeTenantMemberRole(userId: $u, role: $r) { membership { role } errors { field code } } }';
const REMOVE = 'mutation($u: ID!) { removeTenantMember(userId: $u) { removed errors { field code } } }';
const CREATE = 'mutation($n: String!) { createTenant(name: $n) { tenant { id } errors { code } } }';
const GRANT = 'mutation($u: ID!, $r: String!) { grantRole(userId: $u, role: $r) { errors { code } } }';
const REVOKE = 'mutation($u: ID!, $r: String!) { revokeRole(userId: $u, role: $r) { errors { code } } }';

const ROUNDS = 24;

/**
 * Whether a mutation payload came back without errors. A GraphQL error fails the test, except the
 * router's refusal of a member removed a moment ago by the other racer (its token predates the removal).
 */
function succeeded(res: { status: number; body: { data?: any; errors?: unknown[] } }, field: string): boolean {
  const removed = res.status === 403 && JSON.stringify(res.body.errors ?? []).includes('no longer a member of this tenant');
  if (removed) return false;
  if (res.body.errors?.length) throw new Error(`${field}: ${res.status} ${JSON.stringify(res.body.errors)}`);
  return res.body.data[field].errors.length === 0;
}

/*
 * Check-then-act races (issue 10, item 6), fired through the router many rounds over: the invariant
 * must hold after every round on SQLite and on MariaDB (MYSQL_URL), where requests run in parallel on
 * a connection pool. Access tokens carry the tenant role at signing time, so a demoted admin's token
 * still passes the role check: exactly the case the guard in the database must catch.
 */
describe('identity: concurrent tenant and role changes keep their invariants', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity'], env: { SEED_DEMO_DATA: 'true' } });
  });

  const admins = (tenantId: string) => identityOf(stack).orm.em.fork().count(Membership, { tenantId, role: 'ADMIN' });

  it('never leaves a tenant without an ADMIN when two admins demote or remove each other at once', async () => {
    const a = await signUpUser(stack.url, 'race-a');
    const b = await signUpUser(stack.url, 'race-b');
    const tenant = { [TENANT]: a.tenantId };
    expect(succeeded(await gql(stack.url, ADD, { e: b.email, r: 'ADMIN' }, { token: a.token }), 'addTenantMember')).toBe(true);
    const as = new Map<TestUser, { token: string; headers: Record<string, string> }>([
      [a, { token: a.token, headers: tenant }],
      [b, { token: await logInUser(stack.url, b.email), headers: tenant }],
    ]);
    const demote = (actor: TestUser, target: TestUser) => gql(stack.url, CHANGE, { u: target.id, r: 'EMPLOYEE' }, as.get(actor));
    const remove = (actor: TestUser, target: TestUser) => gql(stack.url, REMOVE, { u: target.id }, as.get(actor));
    const pairs = [
      () => [demote(a, b), demote(b, a)],
      () => [remove(a, b), remove(b, a)],
      () => [remove(a, a), remove(b, b)],
      () => [demote(a, b), remove(b, a)],
    ];

    for (let round = 0; round < ROUNDS; round++) {
      const results = await Promise.all(pairs[round % pairs.length]!());
      const wins = results.filter((res) => succeeded(res, Object.keys(res.body.data ?? {})[0] ?? 'missing')).length;
      expect({ round, admins: await admins(a.tenantId) }).toEqual({ round, admins: 1 });
      expect({ round, wins }).toEqual({ round, wins: 1 });
      // The remaining ADMIN puts the other back for the next round. A removed member's old token is
      // refused in the tenant (the router heard of the removal), so the one put back logs in again.
      const memberships = await identityOf(stack).orm.em.fork().find(Membership, { tenantId: a.tenantId });
      const admin = [a, b].find((user) => memberships.some((m) => m.userId === user.id && m.role === 'ADMIN'))!;
      for (const user of [a, b]) {
        const membership = memberships.find((m) => m.userId === user.id);
        if (!membership) {
          expect(succeeded(await gql(stack.url, ADD, { e: user.email, r: 'ADMIN' }, as.get(admin)), 'addTenantMember')).toBe(true);
          as.set(user, { token: await logInUser(stack.url, user.email), headers: tenant });
        } else if (membership.role !== 'ADMIN') {
          expect(succeeded(await gql(stack.url, CHANGE, { u: user.id, r: 'ADMIN' }, as.get(admin)), 'changeTenantMemberRole')).toBe(true);
        }
      }
      expect(await admins(a.tenantId)).toBe(2);
    }
  });

  it(`never lets a user belong to more than ${MAX_MEMBERSHIPS_PER_USER} tenants when tenants are created and joined at once`, async () => {
    const user = await signUpUser(stack.url, 'joiner');
    const inviters = await Promise.all([1, 2, 3].map((i) => signUpUser(stack.url, `inviter-${i}`)));
    for (let i = 1; i < MAX_MEMBERSHIPS_PER_USER - 3; i++) {
      expect(succeeded(await gql(stack.url, CREATE, { n: `T${i}` }, { token: user.token }), 'createTenant')).toBe(true);
    }
    const memberships = () => identityOf(stack).orm.em.fork().count(Membership, { userId: user.id });
    expect(await memberships()).toBe(MAX_MEMBERSHIPS_PER_USER - 3);

    const results = await Promise.all([
      ...[1, 2, 3, 4].map((i) => gql(stack.url, CREATE, { n: `Race ${i}` }, { token: user.token })),
      ...inviters.map((inviter) => gql(stack.url, ADD, { e: user.email, r: 'EMPLOYEE' }, { token: inviter.token })),
    ]);
    const wins = results.filter((res, i) => succeeded(res, i < 4 ? 'createTenant' : 'addTenantMember')).length;
    expect(await memberships()).toBe(MAX_MEMBERSHIPS_PER_USER);
    expect(wins).toBe(3);
  });

  it('never revokes the last global admin when two admins revoke each other at once', async () => {
    const login = async (email: string, password: string) => {
      const res = await gql(stack.url, 'mutation($i: LogInInput!) { logIn(input: $i) { accessToken user { id } } }', {
        i: { email, password },
      });
      return { id: res.body.data.logIn.user.id as string, token: res.body.data.logIn.accessToken as string };
    };
    const seeded = await login('admin@hubgraph.dev', 'hubgraph-demo');
    const other = await signUpUser(stack.url, 'second-admin');
    expect(succeeded(await gql(stack.url, GRANT, { u: other.id, r: 'admin' }, { token: seeded.token }), 'grantRole')).toBe(true);
    const promoted = await login(other.email, 'correct horse battery staple');
    const globalAdmins = async () => {
      const users = await identityOf(stack).orm.em.fork().find(User, {});
      return users.filter((u) => u.roles.includes('admin')).length;
    };
    expect(await globalAdmins()).toBe(2);

    for (let round = 0; round < ROUNDS; round++) {
      const results = await Promise.all([
        gql(stack.url, REVOKE, { u: promoted.id, r: 'admin' }, { token: seeded.token }),
        gql(stack.url, REVOKE, { u: seeded.id, r: 'admin' }, { token: promoted.token }),
      ]);
      const wins = results.filter((res) => succeeded(res, 'revokeRole')).length;
      expect({ round, admins: await globalAdmins() }).toEqual({ round, admins: 1 });
      expect({ round, wins }).toEqual({ round, wins: 1 });
      // Tokens still carry `admin`, so either may grant it back.
      for (const id of [seeded.id, promoted.id]) {
        expect(succeeded(await gql(stack.url, GRANT, { u: id, r: 'admin' }, { token: seeded.token }), 'grantRole')).toBe(true);
      }
    }
  });

  it(`never checks more than ${LOGIN_FAILURE_LIMIT.limit} wrong passwords per address, however many arrive at once`, async () => {
    const LOGIN = 'mutation($i: LogInInput!) { logIn(input: $i) { accessToken errors { code } } }';
    for (let round = 0; round < 3; round++) {
      const victim = await signUpUser(stack.url, 'guessed');
      const guess = (i: number) => gql(stack.url, LOGIN, { i: { email: victim.email, password: `wrong-${round}-${i}-password` } });
      const codes = async (results: Awaited<ReturnType<typeof guess>>[]) => results.map((res) => res.body.data.logIn.errors[0]?.code);
      const burst = await codes(await Promise.all(Array.from({ length: 3 * LOGIN_FAILURE_LIMIT.limit }, (_, i) => guess(i))));
      expect(burst.filter((c) => c !== 'UNAUTHENTICATED' && c !== 'RATE_LIMITED')).toEqual([]);
      let checked = burst.filter((c) => c === 'UNAUTHENTICATED').length;
      expect({ round, checked, overLimit: checked > LOGIN_FAILURE_LIMIT.limit }).toEqual({ round, checked, overLimit: false });
      // Then one at a time until the address locks: the window held exactly the limit.
      for (let i = 0; ; i++) {
        const [code] = await codes([await guess(1000 + i)]);
        if (code === 'RATE_LIMITED') break;
        checked++;
      }
      expect({ round, checked }).toEqual({ round, checked: LOGIN_FAILURE_LIMIT.limit });
    }
  });
});
