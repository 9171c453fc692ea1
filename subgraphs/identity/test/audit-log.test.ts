import { recordAudit } from '../../../kit';
import { errorCodes, gql, logInUser, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { waitFor } from '../../../test/helpers/wait';
import { identityOf } from './support';

const LOG = `query($first: Int, $after: String, $filter: AuditLogFilter) {
  currentTenant { auditLog(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { action actorId actor { id } targetType targetId details source occurredAt } }
  } }
}`;
const ADD = 'mutation($e: String!, $r: TenantRole!) { addTenantMember(email: $e, role: $r) { errors { code } } }';
const CHANGE = 'mutation($u: ID!, $r: TenantRole!) { changeTenantMemberRole(userId: $u, role: $r) { errors { code } } }';
const REMOVE = 'mutation($u: ID!) { removeTenantMember(userId: $u) { removed } }';
const INVITE = 'mutation($e: String!) { inviteTenantMember(email: $e, role: EMPLOYEE) { invitation { id } errors { code } } }';

interface Entry {
  action: string;
  actorId: string | null;
  actor: { id: string } | null;
  targetType: string;
  targetId: string | null;
  details: string;
  source: string;
  occurredAt: string;
}

describe('identity: the tenant audit log of administrative actions, through the router (#55)', () => {
  let stack: TestStack;
  let admin: TestUser;
  let member: TestUser;

  const log = async (variables: Record<string, unknown> = {}, token = admin.token) => {
    const res = await gql(stack.url, LOG, { first: 20, ...variables }, { token });
    return res.body.data?.currentTenant?.auditLog as {
      totalCount: number;
      edges: { node: Entry }[];
      pageInfo: { endCursor: string };
    } | null;
  };
  const waitForEntries = (count: number) =>
    waitFor(async () => ((await log())?.totalCount ?? 0) >= count, `${count} audit entries`, 20_000);

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity'] });
    admin = await signUpUser(stack.url, 'auditor');
    member = await signUpUser(stack.url, 'audited');
  });

  it("records identity's own admin actions (invite, add, role change, removal) with who did what to whom", async () => {
    const invited = await gql(stack.url, INVITE, { e: `guest-${Date.now()}@example.test` }, { token: admin.token });
    expect(invited.body.data.inviteTenantMember.errors).toEqual([]);
    await gql(stack.url, ADD, { e: member.email, r: 'EMPLOYEE' }, { token: admin.token });
    await gql(stack.url, CHANGE, { u: member.id, r: 'MANAGER' }, { token: admin.token });
    await gql(stack.url, REMOVE, { u: member.id }, { token: admin.token });
    await waitForEntries(4);

    const page = (await log())!;
    expect(page.edges.map((e) => e.node.action)).toEqual(['member.removed', 'member.role_changed', 'member.added', 'member.invited']);
    const [removed, changed, , invite] = page.edges.map((e) => e.node);
    expect(changed).toMatchObject({
      actorId: admin.id,
      actor: { id: admin.id },
      targetType: 'Membership',
      targetId: member.id,
      source: 'identity',
    });
    expect(JSON.parse(changed!.details)).toEqual({ role: 'MANAGER' });
    expect(removed!.targetId).toBe(member.id);
    expect(invite).toMatchObject({ targetType: 'TenantInvitation', targetId: invited.body.data.inviteTenantMember.invitation.id });
  });

  it('filters by actor, action and date, in pages, and is for tenant ADMINs only', async () => {
    await waitForEntries(4);
    const changes = (await log({ filter: { action: 'member.role_changed' } }))!;
    expect(changes.edges.map((e) => e.node.action)).toEqual(['member.role_changed']);
    const byStranger = (await log({ filter: { actorId: member.id } }))!;
    expect(byStranger.totalCount).toBe(0);
    const future = (await log({ filter: { from: new Date(Date.now() + 60_000).toISOString() } }))!;
    expect(future.totalCount).toBe(0);
    const past = (await log({ filter: { to: new Date(Date.now() - 3_600_000).toISOString() } }))!;
    expect(past.totalCount).toBe(0);

    const first = (await log({ first: 3 }))!;
    expect(first.edges).toHaveLength(3);
    const rest = (await log({ first: 3, after: first.pageInfo.endCursor }))!;
    expect(rest.edges.map((e) => e.node.action)).toEqual(['member.invited']);

    const tooLong = await gql(stack.url, LOG, { filter: { action: 'x'.repeat(81) } }, { token: admin.token });
    expect(errorCodes(tooLong)).toEqual(['BAD_USER_INPUT']);

    // A MANAGER of the tenant sees no audit log; another tenant's ADMIN sees only their own (empty) log.
    await gql(stack.url, ADD, { e: member.email, r: 'MANAGER' }, { token: admin.token });
    const asManager = await logInUser(stack.url, member.email);
    const managerView = await gql(stack.url, LOG, {}, { token: asManager, headers: { 'x-hubgraph-tenant': admin.tenantId } });
    expect(managerView.body.data.currentTenant.auditLog).toBeNull();
    const own = (await log({}, member.token))!;
    expect(own.edges.every((e) => e.node.actorId === member.id || e.node.actorId === null)).toBe(true);
  });

  it('stores entries other subgraphs record with the kit helper, once each', async () => {
    const em = identityOf(stack).orm.em.fork();
    await em.transactional(async (tx) => {
      recordAudit(tx, {
        tenantId: admin.tenantId,
        actorId: admin.id,
        action: 'pipeline.deleted',
        targetType: 'Pipeline',
        targetId: 'p-1',
        details: { name: 'Sales' },
      });
    });
    expect(() =>
      recordAudit(em, { tenantId: admin.tenantId, actorId: admin.id, action: 'Bad Action', targetType: 'X', targetId: null }),
    ).toThrow(/must look like area.verb/);
    await waitFor(async () => ((await log({ filter: { action: 'pipeline.deleted' } }))?.totalCount ?? 0) === 1, 'the kit entry', 20_000);
    const [entry] = (await log({ filter: { action: 'pipeline.deleted' } }))!.edges;
    expect(entry!.node).toMatchObject({ targetType: 'Pipeline', targetId: 'p-1', actorId: admin.id });
    expect(JSON.parse(entry!.node.details)).toEqual({ name: 'Sales' });
  });
});
