import { OutboxEvent, type RunningSubgraph } from '../../../kit';
import { addToTenant, errorCodes, gql, signUpUser, type TenantAuth, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { TASK_ASSIGNED_EVENT } from '../src/service';

const CREATE = 'mutation($title: String!) { createTask(input: { title: $title }) { task { id } errors { code } } }';
const ASSIGN = `mutation($id: ID!, $assigneeId: ID) {
  assignTask(id: $id, assigneeId: $assigneeId) { task { id title owner { id } assignee { id } } errors { field code } }
}`;
const TASK = 'query($id: ID!) { task(id: $id) { id title assignee { id } owner { id } } }';
const ASSIGNED = `query($after: String) { assignedTasks(first: 2, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { title owner { id } } } } }`;

describe('work: assigning tasks', () => {
  let stack: TestStack;
  let owner: TestUser;
  let assignee: TestUser;
  let stranger: TestUser;
  /** The assignee acting in the owner's tenant, where the tasks are. */
  let assigneeIn: TenantAuth;

  const work = (): RunningSubgraph => stack.subgraphs.find((s) => s.name === 'work')!;

  /** The `work.task.assigned` events recorded for one task, oldest first, read from work's outbox. */
  async function assignedEvents(taskId: string): Promise<Record<string, unknown>[]> {
    const rows = await work()
      .orm.em.fork()
      .find(OutboxEvent, { type: TASK_ASSIGNED_EVENT }, { orderBy: { id: 'asc' } });
    return rows.map((row) => row.payload).filter((payload) => payload.taskId === taskId);
  }

  async function createTask(user: TestUser, title: string): Promise<string> {
    const res = await gql(stack.url, CREATE, { title }, { token: user.token });
    expect(res.body.data.createTask.errors).toEqual([]);
    return res.body.data.createTask.task.id;
  }

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'work'] });
    [owner, assignee, stranger] = await Promise.all([
      signUpUser(stack.url, 'owner'),
      signUpUser(stack.url, 'assignee'),
      signUpUser(stack.url, 'stranger'),
    ]);
    assigneeIn = await addToTenant(stack.url, owner, assignee);
  });

  it('lets the owner assign a task, records work.task.assigned and shows the task to the assignee', async () => {
    const id = await createTask(owner, 'Prepare the demo');
    const res = await gql(stack.url, ASSIGN, { id, assigneeId: assignee.id }, { token: owner.token });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.assignTask).toEqual({
      task: { id, title: 'Prepare the demo', owner: { id: owner.id }, assignee: { id: assignee.id } },
      errors: [],
    });
    expect(await assignedEvents(id)).toEqual([
      { taskId: id, title: 'Prepare the demo', assignedBy: owner.id, assigneeId: assignee.id, recipientIds: [assignee.id] },
    ]);
    // The event belongs to the task's tenant, as the task does.
    const rows = await work().orm.em.fork().find(OutboxEvent, { type: TASK_ASSIGNED_EVENT });
    expect(rows.filter((row) => row.payload.taskId === id).map((row) => row.tenantId)).toEqual([owner.tenantId]);

    const seen = await gql(stack.url, TASK, { id }, assigneeIn);
    expect(seen.body.data.task).toEqual({ id, title: 'Prepare the demo', assignee: { id: assignee.id }, owner: { id: owner.id } });
    const hidden = await gql(stack.url, TASK, { id }, { token: stranger.token });
    expect(hidden.body.data.task).toBeNull();
  });

  it('keeps changes owner-only: the assignee may not update, delete or reassign', async () => {
    const id = await createTask(owner, 'Owner decides');
    await gql(stack.url, ASSIGN, { id, assigneeId: assignee.id }, { token: owner.token });
    const update = 'mutation($id: ID!) { updateTask(id: $id, input: { status: DONE }) { task { status } } }';
    expect(errorCodes(await gql(stack.url, update, { id }, assigneeIn))).toEqual(['FORBIDDEN']);
    const del = 'mutation($id: ID!) { deleteTask(id: $id) { deletedId } }';
    expect(errorCodes(await gql(stack.url, del, { id }, assigneeIn))).toEqual(['FORBIDDEN']);
    const steal = await gql(stack.url, ASSIGN, { id, assigneeId: stranger.id }, assigneeIn);
    expect(errorCodes(steal)).toEqual(['FORBIDDEN']);
    // Someone of another tenant cannot even find the task.
    const byStranger = await gql(stack.url, ASSIGN, { id, assigneeId: stranger.id }, { token: stranger.token });
    expect(errorCodes(byStranger)).toEqual(['NOT_FOUND']);
    expect(
      errorCodes(await gql(stack.url, ASSIGN, { id: '01900000-0000-7000-8000-00000000dead', assigneeId: null }, { token: owner.token })),
    ).toEqual(['NOT_FOUND']);
    expect((await gql(stack.url, TASK, { id }, { token: owner.token })).body.data.task.assignee).toEqual({ id: assignee.id });
  });

  it('records no event for assigning to the owner, re-assigning to the same user or unassigning', async () => {
    const id = await createTask(owner, 'Quiet changes');
    const self = await gql(stack.url, ASSIGN, { id, assigneeId: owner.id }, { token: owner.token });
    expect(self.body.data.assignTask.task.assignee).toEqual({ id: owner.id });
    expect(await assignedEvents(id)).toEqual([]);

    await gql(stack.url, ASSIGN, { id, assigneeId: assignee.id }, { token: owner.token });
    const again = await gql(stack.url, ASSIGN, { id, assigneeId: assignee.id }, { token: owner.token });
    expect(again.body.data.assignTask).toMatchObject({ task: { assignee: { id: assignee.id } }, errors: [] });
    expect(await assignedEvents(id)).toHaveLength(1);

    const unassigned = await gql(stack.url, ASSIGN, { id, assigneeId: null }, { token: owner.token });
    expect(unassigned.body.data.assignTask).toMatchObject({ task: { assignee: null }, errors: [] });
    expect(await assignedEvents(id)).toHaveLength(1);
    expect((await gql(stack.url, TASK, { id }, assigneeIn)).body.data.task).toBeNull();

    // Assigning anew after an unassign is a new assignment and notifies again.
    await gql(stack.url, ASSIGN, { id, assigneeId: assignee.id }, { token: owner.token });
    expect(await assignedEvents(id)).toHaveLength(2);
  });

  it('answers a malformed assignee id with a field error and changes nothing', async () => {
    const id = await createTask(owner, 'Validated');
    const res = await gql(stack.url, ASSIGN, { id, assigneeId: 'not-a-user' }, { token: owner.token });
    expect(res.body.data.assignTask).toEqual({ task: null, errors: [{ field: 'assigneeId', code: 'BAD_USER_INPUT' }] });
    expect((await gql(stack.url, TASK, { id }, { token: owner.token })).body.data.task.assignee).toBeNull();
    expect(await assignedEvents(id)).toEqual([]);
  });

  it('lists the tasks assigned to the viewer with cursors, and refuses User.assignedTasks of someone else', async () => {
    const lister = await signUpUser(stack.url, 'lister');
    const listerIn = await addToTenant(stack.url, owner, lister);
    for (const title of ['one', 'two', 'three']) {
      const id = await createTask(owner, title);
      await gql(stack.url, ASSIGN, { id, assigneeId: lister.id }, { token: owner.token });
    }
    await createTask(owner, 'not assigned');
    // In the lister's own tenant nothing is assigned to them; in the owner's tenant three tasks are.
    expect((await gql(stack.url, ASSIGNED, {}, { token: lister.token })).body.data.assignedTasks.totalCount).toBe(0);
    const first = await gql(stack.url, ASSIGNED, {}, listerIn);
    expect(first.body.data.assignedTasks).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(first.body.data.assignedTasks.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(['three', 'two']);
    const after = first.body.data.assignedTasks.pageInfo.endCursor;
    const second = await gql(stack.url, ASSIGNED, { after }, listerIn);
    expect(second.body.data.assignedTasks.edges).toEqual([{ node: { title: 'one', owner: { id: owner.id } } }]);

    const mine = await gql(stack.url, '{ me { assignedTasks { totalCount } } }', {}, listerIn);
    expect(mine.body.data.me.assignedTasks.totalCount).toBe(3);
    // The owner's own list is unchanged by assignments: they still own the tasks.
    const owned = await gql(stack.url, '{ tasks(filter: { search: "one" }) { totalCount } }', {}, listerIn);
    expect(owned.body.data.tasks.totalCount).toBe(0);
    const theirs = await gql(
      stack.url,
      'query($id: ID!) { user(id: $id) { assignedTasks { totalCount } } }',
      { id: lister.id },
      { token: stranger.token },
    );
    expect(errorCodes(theirs)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(stack.url, '{ assignedTasks { totalCount } }'))).toEqual(['UNAUTHENTICATED']);
  });
});
