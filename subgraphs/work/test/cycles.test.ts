import { addToTenant, errorCodes, gql, signUpUser, type TenantAuth, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';

const CREATE_PROJECT =
  'mutation($n: String!) { createProject(input: { name: $n }) { project { id states { id group } } errors { code } } }';
const SET_MEMBER = `mutation($p: ID!, $u: ID!, $r: ProjectRole!) { setProjectMember(projectId: $p, userId: $u, role: $r) { errors { code } } }`;
const CREATE_ITEM = `mutation($p: ID!, $t: String!, $e: Int) { createWorkItem(projectId: $p, input: { title: $t, estimate: $e }) { task { id } errors { code } } }`;
const CREATE_CYCLE = `mutation($p: ID!, $input: CreateCycleInput!) { createCycle(projectId: $p, input: $input) {
  cycle { id name startsAt endsAt progress { total done totalEstimate doneEstimate } } errors { field code message } } }`;
const SET_CYCLE = `mutation($id: ID!, $c: ID) { setWorkItemCycle(id: $id, cycleId: $c) { task { id cycle { id name } } errors { field code } } }`;
const MOVE = `mutation($id: ID!, $s: ID!) { moveWorkItem(id: $id, stateId: $s, position: 0) { errors { code } } }`;
const CYCLES = `query($p: ID!) { project(id: $p) { cycles(first: 10) { totalCount edges { node { name
  progress { total done totalEstimate doneEstimate } items(first: 10) { totalCount edges { node { id } } } } } } } }`;

describe('work: cycles (sprints) and their progress', () => {
  let stack: TestStack;
  let admin: TestUser;
  let member: TenantAuth;
  let outsider: TenantAuth;
  let projectId: string;
  let doneState: string;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'work'] });
    const [a, m, o] = await Promise.all(['admin', 'member', 'outsider'].map((n) => signUpUser(stack.url, n)));
    admin = a!;
    [member, outsider] = await Promise.all([addToTenant(stack.url, admin, m!), addToTenant(stack.url, admin, o!)]);
    const res = await gql(stack.url, CREATE_PROJECT, { n: 'Cycles' }, { token: admin.token });
    projectId = res.body.data.createProject.project.id;
    doneState = res.body.data.createProject.project.states.find((s: any) => s.group === 'DONE').id;
    await gql(stack.url, SET_MEMBER, { p: projectId, u: m!.id, r: 'MEMBER' }, { token: admin.token });
  });

  it('creates cycles (admins), refuses bad dates, and reports progress by count and estimate', async () => {
    const bad = await gql(
      stack.url,
      CREATE_CYCLE,
      { p: projectId, input: { name: 'Backwards', startsAt: '2026-12-10T00:00:00Z', endsAt: '2026-12-01T00:00:00Z' } },
      { token: admin.token },
    );
    expect(bad.body.data.createCycle).toMatchObject({ cycle: null, errors: [{ field: 'input.endsAt', code: 'BAD_USER_INPUT' }] });
    const byMember = await gql(
      stack.url,
      CREATE_CYCLE,
      { p: projectId, input: { name: 'Sprint', startsAt: '2026-12-01T00:00:00Z', endsAt: '2026-12-14T00:00:00Z' } },
      member,
    );
    expect(errorCodes(byMember)).toEqual(['FORBIDDEN']);

    const created = await gql(
      stack.url,
      CREATE_CYCLE,
      { p: projectId, input: { name: ' Sprint 1 ', startsAt: '2026-12-01T00:00:00Z', endsAt: '2026-12-14T00:00:00Z' } },
      { token: admin.token },
    );
    const cycle = created.body.data.createCycle.cycle;
    expect(cycle).toMatchObject({ name: 'Sprint 1', progress: { total: 0, done: 0, totalEstimate: 0, doneEstimate: 0 } });

    const ids: string[] = [];
    for (const [t, e] of [
      ['a', 3],
      ['b', 5],
      ['c', null],
    ] as const) {
      const item = await gql(stack.url, CREATE_ITEM, { p: projectId, t, e }, member);
      ids.push(item.body.data.createWorkItem.task.id);
      const planned = await gql(stack.url, SET_CYCLE, { id: ids.at(-1), c: cycle.id }, member);
      expect(planned.body.data.setWorkItemCycle).toMatchObject({ task: { cycle: { id: cycle.id, name: 'Sprint 1' } }, errors: [] });
    }
    await gql(stack.url, MOVE, { id: ids[1], s: doneState }, member);
    await gql(stack.url, MOVE, { id: ids[2], s: doneState }, member);

    const read = await gql(stack.url, CYCLES, { p: projectId }, member);
    expect(read.body.errors).toBeUndefined();
    const node = read.body.data.project.cycles.edges[0].node;
    expect(node.progress).toEqual({ total: 3, done: 2, totalEstimate: 8, doneEstimate: 5 });
    expect(node.items.totalCount).toBe(3);

    // Out of the cycle again: progress follows.
    const unplanned = await gql(stack.url, SET_CYCLE, { id: ids[0], c: null }, member);
    expect(unplanned.body.data.setWorkItemCycle).toMatchObject({ task: { cycle: null }, errors: [] });
    const after = await gql(stack.url, CYCLES, { p: projectId }, member);
    expect(after.body.data.project.cycles.edges[0].node.progress).toEqual({ total: 2, done: 2, totalEstimate: 5, doneEstimate: 5 });
  });

  it('refuses a cycle of another project and hides the project from non-members', async () => {
    const other = await gql(stack.url, CREATE_PROJECT, { n: 'Other' }, { token: admin.token });
    const otherId = other.body.data.createProject.project.id;
    const c = await gql(
      stack.url,
      CREATE_CYCLE,
      { p: otherId, input: { name: 'Elsewhere', startsAt: '2026-12-01T00:00:00Z', endsAt: '2026-12-02T00:00:00Z' } },
      { token: admin.token },
    );
    const item = await gql(stack.url, CREATE_ITEM, { p: projectId, t: 'x', e: 1 }, { token: admin.token });
    const res = await gql(
      stack.url,
      SET_CYCLE,
      { id: item.body.data.createWorkItem.task.id, c: c.body.data.createCycle.cycle.id },
      { token: admin.token },
    );
    expect(res.body.data.setWorkItemCycle).toMatchObject({ task: null, errors: [{ field: 'cycleId', code: 'BAD_USER_INPUT' }] });
    const hidden = await gql(
      stack.url,
      CREATE_CYCLE,
      { p: projectId, input: { name: 'Nope', startsAt: '2026-12-01T00:00:00Z', endsAt: '2026-12-02T00:00:00Z' } },
      outsider,
    );
    expect(errorCodes(hidden)).toEqual(['NOT_FOUND']);
    expect((await gql(stack.url, CYCLES, { p: projectId }, outsider)).body.data.project).toBeNull();
  });
});
