import { addToTenant, errorCodes, gql, signUpUser, type TenantAuth, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';

const CREATE_PROJECT = `mutation($name: String!) { createProject(input: { name: $name }) {
  project { id name viewerRole states { id name group position } } errors { field code } } }`;
const SET_MEMBER = `mutation($p: ID!, $u: ID!, $r: ProjectRole!) { setProjectMember(projectId: $p, userId: $u, role: $r) {
  project { members(first: 10) { totalCount edges { node { user { id } role } } } } errors { field code } } }`;
const CREATE_ITEM = `mutation($p: ID!, $input: CreateWorkItemInput!) { createWorkItem(projectId: $p, input: $input) {
  task { id title status position estimate state { name } parent { id } } errors { field code } } }`;
const UPDATE_ITEM = `mutation($id: ID!, $input: UpdateWorkItemInput!) { updateWorkItem(id: $id, input: $input) {
  task { id parent { id } estimate } errors { field code } } }`;
const MOVE = `mutation($id: ID!, $s: ID!, $pos: Int!) { moveWorkItem(id: $id, stateId: $s, position: $pos) {
  task { id status position state { id } } errors { field code } } }`;
const BOARD = `query($p: ID!, $s: ID) { project(id: $p) { name viewerRole
  items(first: 50, stateId: $s) { totalCount edges { node { title position } } } } }`;

describe('work: projects, boards and work items', () => {
  let stack: TestStack;
  let admin: TestUser;
  let member: TenantAuth;
  let viewer: TenantAuth;
  let outsider: TenantAuth;
  let memberUser: TestUser;
  let outsiderUser: TestUser;
  let projectId: string;
  let states: { id: string; name: string; group: string; position: number }[];

  const stateId = (name: string) => states.find((s) => s.name === name)!.id;
  async function item(auth: { token: string }, input: Record<string, unknown>): Promise<any> {
    const res = await gql(stack.url, CREATE_ITEM, { p: projectId, input }, auth);
    expect(res.body.errors).toBeUndefined();
    return res.body.data.createWorkItem;
  }

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'work'] });
    const [a, m, v, o] = await Promise.all(['admin', 'member', 'viewer', 'outsider'].map((n) => signUpUser(stack.url, n)));
    admin = a!;
    memberUser = m!;
    outsiderUser = o!;
    [member, viewer, outsider] = await Promise.all([
      addToTenant(stack.url, admin, m!),
      addToTenant(stack.url, admin, v!),
      addToTenant(stack.url, admin, o!),
    ]);
    const res = await gql(stack.url, CREATE_PROJECT, { name: '  Launch  ' }, { token: admin.token });
    expect(res.body.data.createProject.errors).toEqual([]);
    projectId = res.body.data.createProject.project.id;
    states = res.body.data.createProject.project.states;
    await gql(stack.url, SET_MEMBER, { p: projectId, u: m!.id, r: 'MEMBER' }, { token: admin.token });
    const last = await gql(stack.url, SET_MEMBER, { p: projectId, u: v!.id, r: 'VIEWER' }, { token: admin.token });
    expect(last.body.data.setProjectMember.project.members.totalCount).toBe(3);
  });

  it('creates a project with the default board and shows it to members only', async () => {
    expect(states.map((s) => [s.name, s.group, s.position])).toEqual([
      ['Backlog', 'BACKLOG', 0],
      ['Todo', 'TODO', 1],
      ['In Progress', 'IN_PROGRESS', 2],
      ['Done', 'DONE', 3],
    ]);
    const seen = await gql(stack.url, BOARD, { p: projectId }, viewer);
    expect(seen.body.data.project).toMatchObject({ name: 'Launch', viewerRole: 'VIEWER' });
    expect((await gql(stack.url, BOARD, { p: projectId }, outsider)).body.data.project).toBeNull();
    const list = await gql(stack.url, '{ projects(first: 5) { totalCount edges { node { id } } } }', {}, outsider);
    expect(list.body.data.projects.totalCount).toBe(0);
    const mine = await gql(stack.url, '{ projects(first: 5) { totalCount edges { node { id } } } }', {}, member);
    expect(mine.body.data.projects.edges.map((e: any) => e.node.id)).toEqual([projectId]);
  });

  it('enforces roles: viewers read, outsiders find nothing, only admins manage members', async () => {
    expect(errorCodes(await gql(stack.url, CREATE_ITEM, { p: projectId, input: { title: 'x' } }, viewer))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(stack.url, CREATE_ITEM, { p: projectId, input: { title: 'x' } }, outsider))).toEqual(['NOT_FOUND']);
    const promote = await gql(stack.url, SET_MEMBER, { p: projectId, u: outsiderUser.id, r: 'ADMIN' }, member);
    expect(errorCodes(promote)).toEqual(['FORBIDDEN']);
    const bad = await gql(stack.url, CREATE_PROJECT, { name: ' ' }, { token: admin.token });
    expect(bad.body.data.createProject).toEqual({ project: null, errors: [{ field: 'input.name', code: 'BAD_USER_INPUT' }] });
  });

  it('creates items with sub-tasks, refuses cycles and records every change', async () => {
    const epic = (await item(member, { title: 'Epic', estimate: 8 })).task;
    expect(epic).toMatchObject({ status: 'TODO', position: 0, estimate: 8, state: { name: 'Backlog' } });
    const child = (await item(member, { title: 'Child', parentId: epic.id, stateId: stateId('Todo') })).task;
    const grandchild = (await item(member, { title: 'Grandchild', parentId: child.id })).task;
    expect(grandchild.parent).toEqual({ id: child.id });

    const cycle = await gql(stack.url, UPDATE_ITEM, { id: epic.id, input: { parentId: grandchild.id } }, member);
    expect(cycle.body.data.updateWorkItem).toEqual({ task: null, errors: [{ field: 'input.parentId', code: 'BAD_USER_INPUT' }] });
    const self = await gql(stack.url, UPDATE_ITEM, { id: epic.id, input: { parentId: epic.id } }, member);
    expect(self.body.data.updateWorkItem.errors).toHaveLength(1);
    const badEstimate = await gql(stack.url, UPDATE_ITEM, { id: epic.id, input: { estimate: -1 } }, member);
    expect(badEstimate.body.data.updateWorkItem.errors).toEqual([{ field: 'input.estimate', code: 'BAD_USER_INPUT' }]);

    const ok = await gql(stack.url, UPDATE_ITEM, { id: grandchild.id, input: { parentId: null, estimate: 3 } }, member);
    expect(ok.body.data.updateWorkItem.task).toEqual({ id: grandchild.id, parent: null, estimate: 3 });

    const history = await gql(
      stack.url,
      `query($id: ID!) { task(id: $id) { subtasks(first: 5) { totalCount }
        activity(first: 10) { totalCount edges { node { field from to actor { id } } } } } }`,
      { id: grandchild.id },
      viewer,
    );
    const rows = history.body.data.task.activity.edges.map((e: any) => e.node);
    expect(rows.map((r: any) => [r.field, r.from, r.to])).toEqual([
      ['created', null, 'Grandchild'],
      ['parent', child.id, null],
      ['estimate', null, '3'],
    ]);
    expect(new Set(rows.map((r: any) => r.actor.id))).toEqual(new Set([memberUser.id]));
    const epicSubs = await gql(
      stack.url,
      'query($id: ID!) { task(id: $id) { subtasks(first: 5) { totalCount } } }',
      { id: epic.id },
      member,
    );
    expect(epicSubs.body.data.task.subtasks.totalCount).toBe(1);
  });

  it('moves items between states in order, sets their status and keeps positions dense under concurrent moves', async () => {
    const doing = stateId('In Progress');
    const ids: string[] = [];
    for (const title of ['A', 'B', 'C']) ids.push((await item(member, { title, stateId: doing })).task.id);
    const [, b, c] = ids;
    // C to the top of its column.
    const moved = await gql(stack.url, MOVE, { id: c, s: doing, pos: 0 }, member);
    expect(moved.body.data.moveWorkItem.task).toMatchObject({ position: 0, status: 'IN_PROGRESS' });
    let board = await gql(stack.url, BOARD, { p: projectId, s: doing }, viewer);
    expect(board.body.data.project.items.edges.map((e: any) => [e.node.title, e.node.position])).toEqual([
      ['C', 0],
      ['A', 1],
      ['B', 2],
    ]);
    // B to Done: status follows the state's group.
    const done = await gql(stack.url, MOVE, { id: b, s: stateId('Done'), pos: 99 }, member);
    expect(done.body.data.moveWorkItem.task).toMatchObject({ status: 'DONE', position: 0, state: { id: stateId('Done') } });
    expect(errorCodes(await gql(stack.url, MOVE, { id: b, s: doing, pos: 0 }, viewer))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(stack.url, MOVE, { id: b, s: doing, pos: 0 }, outsider))).toEqual(['NOT_FOUND']);

    // Six concurrent moves into one column: positions stay 0..n-1 with no duplicates.
    const many: string[] = [];
    for (let i = 0; i < 6; i++) many.push((await item(member, { title: `M${i}` })).task.id);
    const results = await Promise.all(many.map((id, i) => gql(stack.url, MOVE, { id, s: doing, pos: i % 2 }, member)));
    for (const res of results) expect(res.body.data.moveWorkItem.errors).toEqual([]);
    board = await gql(stack.url, BOARD, { p: projectId, s: doing }, viewer);
    const positions = board.body.data.project.items.edges.map((e: any) => e.node.position);
    expect(positions).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('reorders board states (admins only, every state exactly once)', async () => {
    const reorder = `mutation($p: ID!, $ids: [ID!]!) { reorderStates(projectId: $p, stateIds: $ids) {
      project { states { name position } } errors { field code } } }`;
    const ids = states.map((s) => s.id);
    expect(errorCodes(await gql(stack.url, reorder, { p: projectId, ids: [...ids].reverse() }, member))).toEqual(['FORBIDDEN']);
    const partial = await gql(stack.url, reorder, { p: projectId, ids: ids.slice(1) }, { token: admin.token });
    expect(partial.body.data.reorderStates.errors).toEqual([{ field: 'stateIds', code: 'BAD_USER_INPUT' }]);
    const res = await gql(stack.url, reorder, { p: projectId, ids: [ids[1], ids[0], ids[2], ids[3]] }, { token: admin.token });
    expect(res.body.data.reorderStates.project.states.map((s: any) => s.name)).toEqual(['Todo', 'Backlog', 'In Progress', 'Done']);
  });
});
