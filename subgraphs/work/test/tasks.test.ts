import { addToTenant, errorCodes, gql, signUpUser, type GraphQLResponse, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';

const CREATE = `mutation($input: CreateTaskInput!) {
  createTask(input: $input) { task { id title status priority tags owner { id } } errors { field message code } }
}`;

describe('work: tasks through the router', () => {
  let stack: TestStack;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'work'] });
    [alice, bob] = await Promise.all([signUpUser(stack.url, 'alice'), signUpUser(stack.url, 'bob')]);
  });

  it('creates a task for the signed-in user and lists it with its owner from identity', async () => {
    const created = await gql(stack.url, CREATE, { input: { title: '  Write tests ', tags: ['qa'] } }, { token: alice.token });
    expect(created.body.errors).toBeUndefined();
    expect(created.body.data.createTask).toMatchObject({
      task: { title: 'Write tests', status: 'TODO', priority: 'MEDIUM', tags: ['qa'], owner: { id: alice.id } },
      errors: [],
    });
    const me = await gql(
      stack.url,
      '{ me { email tasks(first: 50) { totalCount edges { node { title owner { email } } } } } }',
      {},
      { token: alice.token },
    );
    expect(me.body.data.me).toEqual({
      email: alice.email,
      tasks: { totalCount: 1, edges: [{ node: { title: 'Write tests', owner: { email: alice.email } } }] },
    });
  });

  it('answers UNAUTHENTICATED without a token and 401 with a bad one', async () => {
    const anonymous = await gql(stack.url, CREATE, { input: { title: 'x' } });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    const forged = await gql(stack.url, CREATE, { input: { title: 'x' } }, { token: 'a.b.c' });
    expect(forged.status).toBe(401);
    expect(errorCodes(forged)).toEqual(['UNAUTHENTICATED']);
  });

  it('lets only the owner update or delete (FORBIDDEN for fellow members, NOT_FOUND in other tenants)', async () => {
    const created = await gql(stack.url, CREATE, { input: { title: 'Alice only' } }, { token: alice.token });
    const id = created.body.data.createTask.task.id;
    const update = 'mutation($id: ID!) { updateTask(id: $id, input: { status: DONE }) { task { status } errors { code } } }';
    const del = 'mutation($id: ID!) { deleteTask(id: $id) { deletedId } }';
    // Bob in his own tenant cannot even find Alice's task.
    expect(errorCodes(await gql(stack.url, update, { id }, { token: bob.token }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(stack.url, del, { id }, { token: bob.token }))).toEqual(['NOT_FOUND']);
    // In Alice's tenant he sees it but may not change it.
    const carol = await signUpUser(stack.url, 'carol');
    const carolIn = await addToTenant(stack.url, alice, carol);
    expect(errorCodes(await gql(stack.url, update, { id }, carolIn))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(stack.url, del, { id }, carolIn))).toEqual(['FORBIDDEN']);
    const byAlice = await gql(stack.url, update, { id }, { token: alice.token });
    expect(byAlice.body.data.updateTask).toEqual({ task: { status: 'DONE' }, errors: [] });
    expect((await gql(stack.url, del, { id }, { token: alice.token })).body.data.deleteTask).toEqual({ deletedId: id });
    expect(errorCodes(await gql(stack.url, del, { id }, { token: alice.token }))).toEqual(['NOT_FOUND']);
  });

  it('returns per-field validation errors and saves nothing', async () => {
    const res = await gql(
      stack.url,
      CREATE,
      { input: { title: '   ', description: 'x'.repeat(5001), tags: ['ok', 'bad|tag'] } },
      { token: bob.token },
    );
    expect(res.body.data.createTask.task).toBeNull();
    expect(res.body.data.createTask.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'input.description',
      'input.tags',
      'input.title',
    ]);
    const list = await gql(stack.url, '{ tasks { totalCount } }', {}, { token: bob.token });
    expect(list.body.data.tasks.totalCount).toBe(0);
  });

  it('paginates with cursors and totalCount, filters by status and sorts by title', async () => {
    const carol = await signUpUser(stack.url, 'carol');
    const titles = ['delta', 'alpha', 'echo', 'charlie', 'bravo'];
    for (const [i, title] of titles.entries()) {
      await gql(stack.url, CREATE, { input: { title, status: i % 2 ? 'DONE' : 'TODO' } }, { token: carol.token });
    }
    const page = `query($after: String) { tasks(first: 2, after: $after, orderBy: { field: TITLE, direction: ASC }) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 3; i++) {
      const res: GraphQLResponse = await gql(stack.url, page, { after }, { token: carol.token });
      const conn: any = res.body.data.tasks;
      expect(conn.totalCount).toBe(5);
      seen.push(...conn.edges.map((e: { node: { title: string } }) => e.node.title));
      after = conn.pageInfo.endCursor;
      expect(conn.pageInfo.hasNextPage).toBe(i < 2);
    }
    expect(seen).toEqual(['alpha', 'bravo', 'charlie', 'delta', 'echo']);
    const done = await gql(
      stack.url,
      '{ tasks(filter: { status: DONE }) { totalCount edges { node { title } } } }',
      {},
      { token: carol.token },
    );
    expect(done.body.data.tasks.totalCount).toBe(2);
    const bad = await gql(stack.url, '{ tasks(first: 1000) { totalCount } }', {}, { token: carol.token });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const badCursor = await gql(stack.url, '{ tasks(after: "nope") { totalCount } }', {}, { token: carol.token });
    expect(errorCodes(badCursor)).toEqual(['BAD_USER_INPUT']);
  });

  it('filters by tag (exact, after trimming; with the other filters; per owner) and refuses a malformed tag', async () => {
    const dave = await signUpUser(stack.url, 'dave');
    const make = (title: string, tags: string[], status = 'TODO') =>
      gql(stack.url, CREATE, { input: { title, tags, status } }, { token: dave.token });
    await make('tagged one', ['home', 'urgent']);
    await make('tagged two', ['urgent'], 'DONE');
    await make('near miss', ['urgently', 'home office']);
    await make('untagged', []);
    // Someone else's task with the same tag stays out of dave's list.
    await gql(stack.url, CREATE, { input: { title: 'not dave', tags: ['urgent'] } }, { token: alice.token });
    const list = `query($filter: TaskFilter) { tasks(filter: $filter, orderBy: { field: TITLE, direction: ASC }) {
      totalCount edges { node { title tags } } } }`;
    const titles = async (filter: object) => {
      const res = await gql(stack.url, list, { filter }, { token: dave.token });
      expect(res.body.errors).toBeUndefined();
      return {
        total: res.body.data.tasks.totalCount,
        titles: res.body.data.tasks.edges.map((e: { node: { title: string } }) => e.node.title),
      };
    };
    expect(await titles({ tag: 'urgent' })).toEqual({ total: 2, titles: ['tagged one', 'tagged two'] });
    expect(await titles({ tag: ' home ' })).toEqual({ total: 1, titles: ['tagged one'] });
    expect(await titles({ tag: 'home office' })).toEqual({ total: 1, titles: ['near miss'] });
    expect(await titles({ tag: 'urgent', status: 'DONE' })).toEqual({ total: 1, titles: ['tagged two'] });
    expect(await titles({ tag: 'nothing-has-this' })).toEqual({ total: 0, titles: [] });
    // The positive control: without the filter all four come back.
    expect((await titles({})).total).toBe(4);
    const bad = await gql(stack.url, list, { filter: { tag: 'bad|tag' } }, { token: dave.token });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  it("refuses to list another user's tasks through User.tasks", async () => {
    const res = await gql(
      stack.url,
      'query($id: ID!) { user(id: $id) { displayName tasks { totalCount } } }',
      { id: alice.id },
      { token: bob.token },
    );
    // User.tasks is nullable (work's field on identity's User): the user's own fields stay.
    expect(res.body.data.user).toEqual({ displayName: 'alice', tasks: null });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
  });
});
