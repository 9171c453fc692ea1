import { errorCodes, gql, logInUser, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';

const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } errors { code } } }`;
const COMMENT = `mutation($input: AddPostCommentInput!) {
  addPostComment(input: $input) { comment { id text moderationStatus author { id } } errors { field message code } }
}`;
const COMMENTS = `query($postId: ID!, $first: Int, $after: String) {
  postComments(postId: $postId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id moderationStatus } } }
}`;
const QUEUE = `query { moderationQueue(first: 100) { edges { node { id contentType contentId verdict } } } }`;
const MINE = `query { myModerationCases(first: 10) { edges { node { id contentId status } } } }`;
const DECIDE = `mutation($input: DecideModerationCaseInput!) { decideModerationCase(input: $input) { case { status } errors { code } } }`;
const APPEAL = `mutation($input: AppealModerationCaseInput!) { appealModerationCase(input: $input) { case { status } errors { code } } }`;

describe('moderation through the router (publishing comments)', () => {
  let stack: TestStack;
  let admin: TestUser;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'publishing', 'moderation'] });
    const boss = await signUpUser(stack.url, 'moderator');
    const identity = stack.subgraphs.find((s) => s.name === 'identity')!;
    await identity.orm.em.fork().getConnection().execute('update users set roles = ? where id = ?', ['["admin","user"]', boss.id]);
    admin = { ...boss, token: await logInUser(stack.url, boss.email) };
  });

  const call = (user: TestUser | null, query: string, variables: Record<string, unknown> = {}) =>
    gql(stack.url, query, variables, user ? { token: user.token } : {});
  const ok = async (user: TestUser | null, query: string, variables: Record<string, unknown> = {}) => {
    const res = await call(user, query, variables);
    expect(res.body.errors).toBeUndefined();
    return res.body.data;
  };
  const comments = async (user: TestUser | null, postId: string) =>
    (await ok(user, COMMENTS, { postId, first: 50 })).postComments.edges.map((e: { node: { id: string } }) => e.node.id) as string[];
  const caseOf = (contentId: string) =>
    eventually(async () => {
      const found = (await ok(admin, QUEUE)).moderationQueue.edges
        .map((e: { node: { id: string; contentId: string } }) => e.node)
        .find((c: { contentId: string }) => c.contentId === contentId);
      expect(found).toBeDefined();
      return found as { id: string; contentType: string; verdict: string };
    });

  it('holds an abusive comment from readers until approved; a removed comment is appealed and restored', async () => {
    const [writer, troll, reader] = await Promise.all([
      signUpUser(stack.url, 'writer'),
      signUpUser(stack.url, 'troll'),
      signUpUser(stack.url, 'reader'),
    ]);
    const post = (await ok(writer, CREATE_POST, { input: { title: 'On caching', content: 'Caches are hard.', status: 'PUBLISHED' } }))
      .createPost.post;
    const add = async (user: TestUser, text: string) => {
      const data = (await ok(user, COMMENT, { input: { postId: post.id, text } })).addPostComment;
      expect(data.errors).toEqual([]);
      return data.comment as { id: string; moderationStatus: string };
    };
    const nice = await add(reader, 'Great write-up, thanks!');
    expect(nice.moderationStatus).toBe('PUBLISHED');
    const held = await add(troll, 'nice post, now go die');
    expect(held.moderationStatus).toBe('HELD');
    expect(await comments(reader, post.id)).toEqual([nice.id]);
    expect(await comments(null, post.id)).toEqual([nice.id]);
    expect(await comments(troll, post.id)).toEqual([nice.id, held.id]);

    const heldCase = await caseOf(held.id);
    expect(heldCase).toMatchObject({ contentType: 'PUBLISHING_COMMENT', verdict: 'HOLD' });
    expect((await ok(admin, DECIDE, { input: { caseId: heldCase.id, action: 'APPROVE' } })).decideModerationCase.errors).toEqual([]);
    await eventually(async () => expect(await comments(reader, post.id)).toEqual([nice.id, held.id]));

    const flagged = await add(troll, 'this is bullshit');
    expect(flagged.moderationStatus).toBe('FLAGGED');
    expect(await comments(reader, post.id)).toContain(flagged.id);
    const flaggedCase = await caseOf(flagged.id);
    await ok(admin, DECIDE, { input: { caseId: flaggedCase.id, action: 'REMOVE' } });
    await eventually(async () => expect(await comments(reader, post.id)).not.toContain(flagged.id));
    const mine = (await ok(troll, MINE)).myModerationCases.edges.map((e: { node: { contentId: string; status: string } }) => e.node);
    expect(mine).toEqual(expect.arrayContaining([expect.objectContaining({ contentId: flagged.id, status: 'REMOVED' })]));
    const appealed = await ok(troll, APPEAL, { input: { caseId: flaggedCase.id, reason: 'Strong words about the topic, not a person' } });
    expect(appealed.appealModerationCase).toEqual({ case: { status: 'APPEALED' }, errors: [] });
    await ok(admin, DECIDE, { input: { caseId: flaggedCase.id, action: 'APPROVE' } });
    await eventually(async () => expect(await comments(reader, post.id)).toContain(flagged.id));
  });

  it('refuses bad comments with typed errors, writes nothing, and pages the comments', async () => {
    const [writer, reader] = await Promise.all([signUpUser(stack.url, 'writer2'), signUpUser(stack.url, 'reader2')]);
    const post = (await ok(writer, CREATE_POST, { input: { title: 'Paging', content: 'x', status: 'PUBLISHED' } })).createPost.post;
    const draft = (await ok(writer, CREATE_POST, { input: { title: 'Secret', content: 'y', status: 'DRAFT' } })).createPost.post;
    const refuse = async (input: Record<string, unknown>) => (await ok(reader, COMMENT, { input })).addPostComment;
    expect(await refuse({ postId: post.id, text: '  ' })).toEqual({
      comment: null,
      errors: [expect.objectContaining({ field: 'input.text', code: 'BAD_USER_INPUT' })],
    });
    expect((await refuse({ postId: post.id, text: 'x'.repeat(2001) })).errors[0].code).toBe('BAD_USER_INPUT');
    expect((await refuse({ postId: draft.id, text: 'hello' })).errors[0]).toMatchObject({ field: 'input.postId', code: 'NOT_FOUND' });
    expect((await refuse({ postId: 'nope', text: 'hello' })).errors[0].code).toBe('NOT_FOUND');
    expect(errorCodes(await call(null, COMMENT, { input: { postId: post.id, text: 'hi' } }))).toEqual(['UNAUTHENTICATED']);
    expect((await ok(reader, COMMENTS, { postId: draft.id })).postComments).toBeNull();
    expect(await comments(reader, post.id)).toEqual([]);

    const written: string[] = [];
    for (let i = 0; i < 5; i++)
      written.push((await ok(reader, COMMENT, { input: { postId: post.id, text: `point number ${i}` } })).addPostComment.comment.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { edges: { node: { id: string } }[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string } } = (
        await ok(null, COMMENTS, { postId: post.id, first: 2, after })
      ).postComments;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(written);
  });
});
