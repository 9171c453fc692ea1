import { errorCodes, gql, logInUser, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import type { ModerationDecision } from '../../../kit';
import { SocialService } from '../../social/src/service';

const CREATE = `mutation($input: CreateSocialPostInput!) {
  createSocialPost(input: $input) { post { id text moderationStatus } errors { field message code } }
}`;
const POST = 'query($id: ID!) { socialPost(id: $id) { id text moderationStatus } }';
const USER_POSTS = 'query($u: ID!) { userPosts(userId: $u, first: 50) { edges { node { id } } } }';
const REPLIES = 'query($p: ID!) { replies(postId: $p, first: 50) { edges { node { id } } } }';
const HOME = 'query { homeTimeline(first: 50) { edges { node { id } } } }';
const CASE_FIELDS = 'id contentType contentId authorId verdict score reasons { code detail } status appealed appealReason decisionNote';
const QUEUE = `query($status: ModerationCaseStatus, $first: Int, $after: String) {
  moderationQueue(status: $status, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${CASE_FIELDS} } } }
}`;
const MINE = `query { myModerationCases(first: 50) { edges { node { ${CASE_FIELDS} } } } }`;
const DECIDE = `mutation($input: DecideModerationCaseInput!) { decideModerationCase(input: $input) { case { ${CASE_FIELDS} } errors { field message code } } }`;
const APPEAL = `mutation($input: AppealModerationCaseInput!) { appealModerationCase(input: $input) { case { ${CASE_FIELDS} } errors { field message code } } }`;
const REPUTATION = 'query($u: ID!) { moderationReputation(userId: $u) { userId score upheld overturned } }';

interface Case {
  id: string;
  contentId: string;
  status: string;
  verdict: string;
  reasons: { code: string; detail: string }[];
}

describe('moderation through the router (social posts)', () => {
  let stack: TestStack;
  let admin: TestUser;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'social', 'moderation', 'notifications'] });
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
  const post = async (user: TestUser, text: string, extra: Record<string, unknown> = {}) => {
    const data = await ok(user, CREATE, { input: { text, ...extra } });
    expect(data.createSocialPost.errors).toEqual([]);
    return data.createSocialPost.post as { id: string; moderationStatus: string };
  };
  const seen = async (user: TestUser | null, id: string) =>
    (await ok(user, POST, { id })).socialPost as { moderationStatus: string } | null;
  const ids = (conn: { edges: { node: { id: string } }[] }) => conn.edges.map((e) => e.node.id);
  const caseOf = (contentId: string, status?: string) =>
    eventually(async () => {
      const queue = (await ok(admin, QUEUE, { status, first: 100 })).moderationQueue;
      const found = queue.edges.map((e: { node: Case }) => e.node).find((c: Case) => c.contentId === contentId);
      expect(found).toBeDefined();
      return found as Case;
    });
  const decide = async (caseId: string, action: 'APPROVE' | 'REMOVE', note?: string) => {
    const data = await ok(admin, DECIDE, { input: { caseId, action, note } });
    expect(data.decideModerationCase.errors).toEqual([]);
    return data.decideModerationCase.case as Case;
  };
  const reputation = async (user: TestUser) => (await ok(admin, REPUTATION, { u: user.id })).moderationReputation;

  it('hides a held post from everyone but its author until an admin approves it, then publishes and fans it out', async () => {
    const [alice, bob] = await Promise.all([signUpUser(stack.url, 'alice'), signUpUser(stack.url, 'bob')]);
    await ok(bob, 'mutation($u: ID!) { follow(userId: $u) { errors { code } } }', { u: alice.id });
    const held = await post(alice, 'k i l l  y o u r s e l f, loser');
    expect(held.moderationStatus).toBe('HELD');
    expect(await seen(alice, held.id)).toMatchObject({ moderationStatus: 'HELD' });
    expect(await seen(bob, held.id)).toBeNull();
    expect(await seen(null, held.id)).toBeNull();
    expect(ids((await ok(bob, USER_POSTS, { u: alice.id })).userPosts)).not.toContain(held.id);
    expect(ids((await ok(alice, USER_POSTS, { u: alice.id })).userPosts)).toContain(held.id);
    // Positive control through the same path: a clean post arrives in bob's timeline; the held one does not.
    const clean = await post(alice, 'Lovely morning for a run');
    expect(clean.moderationStatus).toBe('PUBLISHED');
    await eventually(async () => expect(ids((await ok(bob, HOME)).homeTimeline)).toContain(clean.id));
    expect(ids((await ok(bob, HOME)).homeTimeline)).not.toContain(held.id);

    const found = await caseOf(held.id);
    expect(found).toMatchObject({
      verdict: 'HOLD',
      status: 'PENDING',
      reasons: expect.arrayContaining([{ code: 'THREAT', detail: 'kill yourself' }]),
    });
    expect(errorCodes(await call(bob, QUEUE))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await call(bob, DECIDE, { input: { caseId: found.id, action: 'APPROVE' } }))).toEqual(['FORBIDDEN']);
    expect((await ok(bob, `query($id: ID!) { moderationCase(id: $id) { id } }`, { id: found.id })).moderationCase).toBeNull();
    expect((await ok(alice, `query($id: ID!) { moderationCase(id: $id) { id status } }`, { id: found.id })).moderationCase).toEqual({
      id: found.id,
      status: 'PENDING',
    });

    expect(await decide(found.id, 'APPROVE', 'quoting a film')).toMatchObject({ status: 'APPROVED', decisionNote: 'quoting a film' });
    await eventually(async () => expect(await seen(bob, held.id)).toMatchObject({ moderationStatus: 'PUBLISHED' }));
    await eventually(async () => expect(ids((await ok(bob, HOME)).homeTimeline)).toContain(held.id));
    expect(await reputation(alice)).toEqual({ userId: alice.id, score: 3, upheld: 0, overturned: 1 });
    // The decision event reaches the author through notifications (no change there: recipientIds, title, body).
    await eventually(async () => {
      const inbox = (await ok(alice, '{ notifications(first: 10) { edges { node { eventType title body } } } }')).notifications;
      expect(inbox.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
        eventType: 'moderation.case.decided',
        title: 'Your content was approved',
        body: 'quoting a film',
      });
    });
    // A decided case is not decided again.
    const again = await ok(admin, DECIDE, { input: { caseId: found.id, action: 'REMOVE' } });
    expect(again.decideModerationCase.errors).toEqual([expect.objectContaining({ code: 'INVALID_STATE', field: 'input.caseId' })]);
  });

  it('queues a flagged post while it stays visible; removal hides it; the author appeals once and a granted appeal restores it', async () => {
    const [carl, dana] = await Promise.all([signUpUser(stack.url, 'carl'), signUpUser(stack.url, 'dana')]);
    const flagged = await post(carl, 'you absolute b!tch');
    expect(flagged.moderationStatus).toBe('FLAGGED');
    expect(await seen(dana, flagged.id)).toMatchObject({ moderationStatus: 'FLAGGED' });
    const found = await caseOf(flagged.id);
    expect(found).toMatchObject({ verdict: 'FLAG', reasons: [{ code: 'PROFANITY', detail: 'bitch' }] });

    await decide(found.id, 'REMOVE');
    await eventually(async () => expect(await seen(dana, flagged.id)).toBeNull());
    expect(await seen(carl, flagged.id)).toMatchObject({ moderationStatus: 'REMOVED' });
    expect(await reputation(carl)).toMatchObject({ score: -15, upheld: 1 });

    // Only the author appeals, with a reason, once.
    const mine = (await ok(carl, MINE)).myModerationCases.edges.map((e: { node: Case }) => e.node);
    expect(mine).toEqual([expect.objectContaining({ id: found.id, status: 'REMOVED', appealed: false })]);
    const byOther = await ok(dana, APPEAL, { input: { caseId: found.id, reason: 'please' } });
    expect(byOther.appealModerationCase.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    const empty = await ok(carl, APPEAL, { input: { caseId: found.id, reason: '   ' } });
    expect(empty.appealModerationCase.errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.reason' })]);
    const appealed = await ok(carl, APPEAL, { input: { caseId: found.id, reason: 'It was a quote from our group chat' } });
    expect(appealed.appealModerationCase).toMatchObject({ errors: [], case: { status: 'APPEALED', appealed: true } });
    const twice = await ok(carl, APPEAL, { input: { caseId: found.id, reason: 'again' } });
    expect(twice.appealModerationCase.errors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
    expect(await caseOf(flagged.id, 'APPEALED')).toMatchObject({ appealReason: 'It was a quote from our group chat' });
    // Still hidden while the appeal waits.
    expect(await seen(dana, flagged.id)).toBeNull();

    await decide(found.id, 'APPROVE');
    await eventually(async () => expect(await seen(dana, flagged.id)).toMatchObject({ moderationStatus: 'PUBLISHED' }));
    expect(await reputation(carl)).toMatchObject({ score: 5, upheld: 1, overturned: 1 });
    const closed = await ok(carl, APPEAL, { input: { caseId: found.id, reason: 'x' } });
    expect(closed.appealModerationCase.errors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
  });

  it('keeps held replies out of the thread and its count; upheld removals lower reputation until clean posts are flagged', async () => {
    const [erin, fred] = await Promise.all([signUpUser(stack.url, 'erin'), signUpUser(stack.url, 'fred')]);
    const root = await post(fred, 'What is everyone reading this week?');
    const reply = await post(erin, 'I know where you live', { replyToId: root.id });
    expect(reply.moderationStatus).toBe('HELD');
    expect(ids((await ok(fred, REPLIES, { p: root.id })).replies)).toEqual([]);
    expect(ids((await ok(erin, REPLIES, { p: root.id })).replies)).toEqual([reply.id]);
    expect((await ok(fred, 'query($id: ID!) { socialPost(id: $id) { replyCount } }', { id: root.id })).socialPost.replyCount).toBe(0);
    await decide((await caseOf(reply.id)).id, 'REMOVE');
    expect(await reputation(erin)).toMatchObject({ score: -15 });

    // Three more removals: -60, at or below the classifier's LOW_REPUTATION; social learns it from the decision events.
    for (const text of ['this is bullshit', 'what a dumbass take', 'shut the fuck up']) {
      const p = await post(erin, text);
      expect(p.moderationStatus).toBe('FLAGGED');
      await decide((await caseOf(p.id)).id, 'REMOVE');
    }
    expect(await reputation(erin)).toMatchObject({ score: -60, upheld: 4 });
    await eventually(async () => {
      const p = await post(erin, `Lovely weather today ${Math.random()}`);
      expect(p.moderationStatus).toBe('FLAGGED');
    });
    const lowRep = await caseOf((await post(erin, 'Going to the library later')).id);
    expect(lowRep.reasons).toEqual([{ code: 'LOW_REPUTATION', detail: 'author reputation -60' }]);
  });

  it('refuses bad input with typed errors and pages the queue', async () => {
    const bad = await ok(admin, DECIDE, { input: { caseId: 'nope', action: 'APPROVE' } });
    expect(bad.decideModerationCase).toEqual({
      case: null,
      errors: [expect.objectContaining({ code: 'NOT_FOUND', field: 'input.caseId' })],
    });
    const long = await ok(admin, DECIDE, { input: { caseId: 'nope', action: 'APPROVE', note: 'x'.repeat(1001) } });
    expect(long.decideModerationCase.errors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.note' })]);
    expect(errorCodes(await call(admin, QUEUE, { first: 0 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await call(null, MINE))).toEqual(['UNAUTHENTICATED']);

    const gina = await signUpUser(stack.url, 'gina');
    const posted = [];
    for (const t of ['buy now', 'click here', 'free money']) posted.push((await post(gina, `${t} friends`)).id);
    for (const id of posted) await caseOf(id);
    const seenIds: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const page: { edges: { node: Case }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (
        await ok(admin, QUEUE, { status: 'PENDING', first: 2, after })
      ).moderationQueue;
      seenIds.push(...page.edges.map((e) => e.node.contentId));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seenIds).size).toBe(seenIds.length);
    expect(seenIds).toEqual(expect.arrayContaining(posted));
  });

  it('of two moderators deciding at once one wins and reputation moves once; a redelivered decision changes nothing', async () => {
    const [hal, ivy] = await Promise.all([signUpUser(stack.url, 'hal'), signUpUser(stack.url, 'ivy')]);
    const second = { ...admin, token: admin.token };
    const flagged = await post(hal, 'such a dickhead');
    const found = await caseOf(flagged.id);
    const answers = await Promise.all([
      ok(admin, DECIDE, { input: { caseId: found.id, action: 'APPROVE' } }),
      ok(second, DECIDE, { input: { caseId: found.id, action: 'REMOVE' } }),
    ]);
    const errors = answers.map((a) => a.decideModerationCase.errors as { code: string }[]);
    expect(errors.filter((e) => e.length === 0)).toHaveLength(1);
    expect(['CONFLICT', 'INVALID_STATE']).toContain(errors.find((e) => e.length > 0)?.[0]?.code);
    const rep = await reputation(hal);
    expect(rep.upheld + rep.overturned).toBe(1);
    expect([3, -15]).toContain(rep.score);

    // A held reply approved once counts once, however often the decision event arrives.
    const root = await post(ivy, 'Favourite hiking trails?');
    const reply = await post(hal, 'kys', { replyToId: root.id });
    const replyCase = await caseOf(reply.id);
    await decide(replyCase.id, 'APPROVE');
    const count = async () =>
      (await ok(ivy, 'query($id: ID!) { socialPost(id: $id) { replyCount } }', { id: root.id })).socialPost.replyCount;
    await eventually(async () => expect(await count()).toBe(1));
    const social = stack.subgraphs.find((s) => s.name === 'social')!;
    const decision: ModerationDecision = {
      caseId: replyCase.id,
      contentType: 'SOCIAL_POST',
      contentId: reply.id,
      authorId: hal.id,
      action: 'PUBLISH',
      reputation: 6,
    };
    for (let i = 0; i < 2; i++) await social.orm.em.fork().transactional((em) => new SocialService().applyDecision(em, decision));
    expect(await count()).toBe(1);
    expect(await seen(ivy, reply.id)).toMatchObject({ moderationStatus: 'PUBLISHED' });
  });
});
