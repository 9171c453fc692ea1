import { OutboxEvent, type RunningSubgraph } from '../../../kit';
import { addToTenant, errorCodes, gql, signUpUser, type TenantAuth, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { COMMENT_MENTIONED_EVENT } from '../src/projects';

const CREATE_PROJECT = 'mutation($n: String!) { createProject(input: { name: $n }) { project { id } errors { code } } }';
const SET_MEMBER = `mutation($p: ID!, $u: ID!, $r: ProjectRole!) { setProjectMember(projectId: $p, userId: $u, role: $r) { errors { code } } }`;
const CREATE_ITEM = `mutation($p: ID!, $t: String!) { createWorkItem(projectId: $p, input: { title: $t }) { task { id } errors { code } } }`;
const ADD = `mutation($t: ID!, $input: CommentInput!) { addWorkItemComment(taskId: $t, input: $input) {
  comment { id body author { id } mentions { id } editedAt } errors { field code message } } }`;
const EDIT = `mutation($id: ID!, $input: CommentInput!) { editWorkItemComment(id: $id, input: $input) {
  comment { id body mentions { id } editedAt } errors { field code message } } }`;
const DELETE = 'mutation($id: ID!) { deleteWorkItemComment(id: $id) { deletedId errors { code } } }';
const COMMENTS = `query($t: ID!, $first: Int, $after: String) { task(id: $t) { comments(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { body author { id } } } } } }`;
const NOTIFICATIONS = '{ notifications(first: 20) { totalCount edges { node { eventType kind title subjectId actor { id } } } } }';

async function eventually<T>(check: () => Promise<T>, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe('work: comments on work items with @mentions', () => {
  let stack: TestStack;
  let admin: TestUser;
  let memberUser: TestUser;
  let member: TenantAuth;
  let viewer: TenantAuth;
  let outsider: TenantAuth;
  let outsiderUser: TestUser;
  let projectId: string;
  let taskId: string;

  const work = (): RunningSubgraph => stack.subgraphs.find((s) => s.name === 'work')!;
  async function mentionEvents(): Promise<Record<string, unknown>[]> {
    const rows = await work()
      .orm.em.fork()
      .find(OutboxEvent, { type: COMMENT_MENTIONED_EVENT }, { orderBy: { id: 'asc' } });
    return rows.map((row) => row.payload).filter((payload) => payload.taskId === taskId);
  }

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'work', 'notifications'] });
    const [a, m, v, o] = await Promise.all(['admin', 'member', 'viewer', 'outsider'].map((n) => signUpUser(stack.url, n)));
    admin = a!;
    memberUser = m!;
    outsiderUser = o!;
    [member, viewer, outsider] = await Promise.all([
      addToTenant(stack.url, admin, m!),
      addToTenant(stack.url, admin, v!),
      addToTenant(stack.url, admin, o!),
    ]);
    const res = await gql(stack.url, CREATE_PROJECT, { n: 'Comments' }, { token: admin.token });
    projectId = res.body.data.createProject.project.id;
    await gql(stack.url, SET_MEMBER, { p: projectId, u: m!.id, r: 'MEMBER' }, { token: admin.token });
    await gql(stack.url, SET_MEMBER, { p: projectId, u: v!.id, r: 'VIEWER' }, { token: admin.token });
    const item = await gql(stack.url, CREATE_ITEM, { p: projectId, t: 'Write the spec' }, { token: admin.token });
    taskId = item.body.data.createWorkItem.task.id;
  });

  it('adds a comment that mentions a member, who is notified through the notifications subgraph', async () => {
    const res = await gql(
      stack.url,
      ADD,
      { t: taskId, input: { body: '  Can you review, @member?  ', mentionIds: [memberUser.id, admin.id] } },
      {
        token: admin.token,
      },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.addWorkItemComment).toMatchObject({
      comment: { body: 'Can you review, @member?', author: { id: admin.id }, editedAt: null },
      errors: [],
    });
    expect(res.body.data.addWorkItemComment.comment.mentions).toEqual([{ id: memberUser.id }, { id: admin.id }]);
    // The author mentioning themself is not notified.
    const events = await mentionEvents();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ recipientIds: [memberUser.id], authorId: admin.id, title: 'Write the spec' });

    const mentions = async (auth: { token: string }) => {
      const list = await gql(stack.url, NOTIFICATIONS, {}, auth);
      return list.body.data.notifications.edges.map((e: any) => e.node).filter((n: any) => n.eventType === COMMENT_MENTIONED_EVENT);
    };
    const inbox = await eventually(async () => {
      const found = await mentions(member);
      expect(found).toHaveLength(1);
      return found;
    });
    expect(inbox[0]).toMatchObject({ eventType: COMMENT_MENTIONED_EVENT, kind: 'MENTION' });
    expect(inbox[0].title).toMatch(/^You were mentioned on “/);
    expect(await mentions({ token: admin.token })).toEqual([]);
  });

  it('refuses bad input with typed errors and writes nothing', async () => {
    const before = await gql(stack.url, COMMENTS, { t: taskId, first: 50 }, { token: admin.token });
    const cases: [Record<string, unknown>, string][] = [
      [{ body: '   ' }, 'input.body'],
      [{ body: 'x'.repeat(5001) }, 'input.body'],
      [{ body: 'hi', mentionIds: ['not-a-user'] }, 'input.mentionIds'],
      [{ body: 'hi', mentionIds: [outsiderUser.id] }, 'input.mentionIds'],
    ];
    for (const [input, field] of cases) {
      const res = await gql(stack.url, ADD, { t: taskId, input }, { token: admin.token });
      expect(res.body.data.addWorkItemComment.comment).toBeNull();
      expect(res.body.data.addWorkItemComment.errors).toMatchObject([{ field, code: 'BAD_USER_INPUT' }]);
    }
    const after = await gql(stack.url, COMMENTS, { t: taskId, first: 50 }, { token: admin.token });
    expect(after.body.data.task.comments.totalCount).toBe(before.body.data.task.comments.totalCount);
    expect((await mentionEvents()).length).toBe(1);
  });

  it('lets only members comment and see comments; viewers read only; outsiders get NOT_FOUND', async () => {
    const byViewer = await gql(stack.url, ADD, { t: taskId, input: { body: 'me too' } }, viewer);
    expect(errorCodes(byViewer)).toEqual(['FORBIDDEN']);
    const byOutsider = await gql(stack.url, ADD, { t: taskId, input: { body: 'hello' } }, outsider);
    expect(errorCodes(byOutsider)).toEqual(['NOT_FOUND']);
    const read = await gql(stack.url, COMMENTS, { t: taskId, first: 5 }, viewer);
    expect(read.body.data.task.comments.totalCount).toBeGreaterThan(0);
    const hidden = await gql(stack.url, COMMENTS, { t: taskId, first: 5 }, outsider);
    expect(hidden.body.data.task).toBeNull();
    const anonymous = await gql(stack.url, ADD, { t: taskId, input: { body: 'hello' } });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });

  it('edits and deletes by the author only, notifying only newly mentioned members', async () => {
    const added = await gql(stack.url, ADD, { t: taskId, input: { body: 'draft' } }, member);
    const id = added.body.data.addWorkItemComment.comment.id;
    const notMine = await gql(stack.url, EDIT, { id, input: { body: 'hijack' } }, { token: admin.token });
    expect(errorCodes(notMine)).toEqual(['FORBIDDEN']);
    const notMineDelete = await gql(stack.url, DELETE, { id }, { token: admin.token });
    expect(errorCodes(notMineDelete)).toEqual(['FORBIDDEN']);
    const hiddenEdit = await gql(stack.url, EDIT, { id, input: { body: 'x' } }, outsider);
    expect(errorCodes(hiddenEdit)).toEqual(['NOT_FOUND']);

    const eventsBefore = (await mentionEvents()).length;
    const edited = await gql(stack.url, EDIT, { id, input: { body: 'final, @admin', mentionIds: [admin.id] } }, member);
    expect(edited.body.data.editWorkItemComment).toMatchObject({
      comment: { body: 'final, @admin', mentions: [{ id: admin.id }] },
      errors: [],
    });
    expect(edited.body.data.editWorkItemComment.comment.editedAt).not.toBeNull();
    const again = await gql(stack.url, EDIT, { id, input: { body: 'final!, @admin', mentionIds: [admin.id] } }, member);
    expect(again.body.data.editWorkItemComment.errors).toEqual([]);
    const events = await mentionEvents();
    expect(events).toHaveLength(eventsBefore + 1);
    expect(events.at(-1)).toMatchObject({ recipientIds: [admin.id], commentId: id });

    const deleted = await gql(stack.url, DELETE, { id }, member);
    expect(deleted.body.data.deleteWorkItemComment).toEqual({ deletedId: id, errors: [] });
    const gone = await gql(stack.url, DELETE, { id }, member);
    expect(errorCodes(gone)).toEqual(['NOT_FOUND']);
  });

  it('pages comments oldest first', async () => {
    for (const body of ['one', 'two', 'three']) {
      const res = await gql(stack.url, ADD, { t: taskId, input: { body } }, member);
      expect(res.body.data.addWorkItemComment.errors).toEqual([]);
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: any = await gql(stack.url, COMMENTS, { t: taskId, first: 2, after }, member);
      const page = res.body.data.task.comments;
      seen.push(...page.edges.map((e: any) => e.node.body));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen.slice(-3)).toEqual(['one', 'two', 'three']);
    expect(seen).toHaveLength(new Set(seen).size);
  });
});
