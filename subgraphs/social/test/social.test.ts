import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import type { SocialConfig } from '../src/config';
import type { SocialLoaders } from '../src/context';
import { Block, Follow } from '../src/entities';
import { SocialService } from '../src/service';
import { timelineStores } from '../src/timeline-store';
import type { RunningSubgraph } from '../../../kit';

const POST_FIELDS = 'id text authorId mediaRefs likeCount replyCount repostCount likedByViewer repostOf { id } replyTo { id }';
const CREATE = `mutation($input: CreateSocialPostInput!) { createSocialPost(input: $input) { post { ${POST_FIELDS} } errors { field message code } } }`;
const HOME = `query($first: Int, $after: String, $view: TimelineView) {
  homeTimeline(first: $first, after: $after, view: $view) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${POST_FIELDS} } } }
}`;
const PROFILE =
  'query($u: ID!) { socialProfile(userId: $u) { followerCount followingCount followedByViewer blockedByViewer mutedByViewer } }';

/** Threshold 3: an account with more than 3 followers is merged at read time instead of fanned out. */
const THRESHOLD = 3;

describe('social through the router', () => {
  let stack: TestStack;
  const social = () => stack.subgraphs.find((s) => s.name === 'social') as unknown as RunningSubgraph<SocialConfig, SocialLoaders>;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'social', 'notifications'], env: { SOCIAL_FANOUT_THRESHOLD: String(THRESHOLD) } });
  });

  const users = <N extends string[]>(...names: N) =>
    Promise.all(names.map((n) => signUpUser(stack.url, n))) as Promise<{ [K in keyof N]: TestUser }>;
  const call = async (user: TestUser | null, query: string, variables: Record<string, unknown> = {}) =>
    gql(stack.url, query, variables, user ? { token: user.token } : {});
  const ok = async (user: TestUser | null, query: string, variables: Record<string, unknown> = {}) => {
    const res = await call(user, query, variables);
    expect(res.body.errors).toBeUndefined();
    return res.body.data;
  };
  const post = async (user: TestUser, text: string, extra: Record<string, unknown> = {}) => {
    const data = await ok(user, CREATE, { input: { text, ...extra } });
    expect(data.createSocialPost.errors).toEqual([]);
    return data.createSocialPost.post as { id: string; text: string };
  };
  const relate = (user: TestUser, op: string, other: TestUser) =>
    ok(user, `mutation($u: ID!) { ${op}(userId: $u) { profile { followerCount } errors { field message code } } }`, { u: other.id });
  const home = async (user: TestUser, variables: Record<string, unknown> = {}) => (await ok(user, HOME, variables)).homeTimeline;
  const homeTexts = async (user: TestUser, variables: Record<string, unknown> = {}) =>
    (await home(user, { first: 50, ...variables })).edges.map((e: { node: { text: string } }) => e.node.text);

  it('fans a post out to followers off the request; the home timeline pages newest first', async () => {
    const [ada, bob] = await Promise.all([signUpUser(stack.url, 'ada'), signUpUser(stack.url, 'bob')]);
    const followed = await relate(bob, 'follow', ada);
    expect(followed.follow).toEqual({ profile: { followerCount: 1 }, errors: [] });
    for (const text of ['one', 'two', 'three']) await post(ada, text);
    await eventually(async () => expect(await homeTexts(bob)).toEqual(['three', 'two', 'one']));
    expect(await homeTexts(ada)).toEqual(['three', 'two', 'one']);
    const first = await home(bob, { first: 2 });
    expect(first.edges.map((e: { node: { text: string } }) => e.node.text)).toEqual(['three', 'two']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await home(bob, { first: 2, after: first.pageInfo.endCursor });
    expect(second.edges.map((e: { node: { text: string } }) => e.node.text)).toEqual(['one']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    // A post by someone bob does not follow never reaches him; unfollowing takes ada's posts out.
    const cy = await signUpUser(stack.url, 'cy');
    await post(cy, 'not for bob');
    await relate(bob, 'unfollow', ada);
    await post(ada, 'four');
    await eventually(async () => expect(await homeTexts(ada)).toContain('four'));
    expect(await homeTexts(bob)).toEqual([]);
    expect((await ok(bob, PROFILE, { u: ada.id })).socialProfile).toEqual({
      followerCount: 0,
      followingCount: 0,
      followedByViewer: false,
      blockedByViewer: false,
      mutedByViewer: false,
    });
  });

  it('validates inputs with clear errors and requires a signed-in viewer', async () => {
    const ada = await signUpUser(stack.url, 'ada');
    const bad = async (input: Record<string, unknown>) => (await ok(ada, CREATE, { input })).createSocialPost;
    expect((await bad({ text: '  ' })).errors).toEqual([{ field: 'input.text', message: 'Text is required.', code: 'BAD_USER_INPUT' }]);
    expect((await bad({ text: 'x'.repeat(501) })).errors[0].field).toBe('input.text');
    expect((await bad({ text: 'hi', mediaRefs: ['a', 'b', 'c', 'd', 'e'] })).errors[0]).toMatchObject({
      field: 'input.mediaRefs',
      message: 'At most 4 media references.',
    });
    expect((await bad({ text: 'hi', mediaRefs: ['http://insecure.example/x.png'] })).errors[0].field).toBe('input.mediaRefs');
    expect((await bad({ text: 'hi', mentionIds: ['nope'] })).errors[0].field).toBe('input.mentionIds');
    expect((await bad({ text: 'hi', replyToId: '01900000-0000-7000-8000-00000000ffff' })).errors[0]).toMatchObject({ code: 'NOT_FOUND' });
    const four = await post(ada, 'with media', { mediaRefs: ['media-1', 'https://cdn.example/a.png', 'm3', 'm4'] });
    expect(four).toMatchObject({ mediaRefs: ['media-1', 'https://cdn.example/a.png', 'm3', 'm4'] });
    expect((await relate(ada, 'follow', ada)).follow.errors[0]).toMatchObject({ field: 'userId', code: 'BAD_USER_INPUT' });
    expect(errorCodes(await call(ada, 'mutation { follow(userId: "x") { errors { code } } }'))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await call(ada, HOME, { first: 101 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await call(ada, HOME, { after: 'garbage' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await call(null, HOME))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await call(null, CREATE, { input: { text: 'hi' } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('blocks hide posts both ways on every read and end follows; mutes hide them from the muter only', async () => {
    const [ada, bob, dan, eve] = await users('ada', 'bob', 'dan', 'eve');
    await Promise.all([relate(bob, 'follow', ada), relate(dan, 'follow', ada), relate(eve, 'follow', ada)]);
    const hello = await post(ada, 'hello');
    await eventually(async () => expect(await homeTexts(bob)).toEqual(['hello']));
    await eventually(async () => expect(await homeTexts(dan)).toEqual(['hello']));
    const reply = await post(bob, 'bob replies', { replyToId: hello.id });
    // bob blocks ada: the follow ends, her posts vanish from his reads, and his from hers.
    expect((await relate(bob, 'block', ada)).block.errors).toEqual([]);
    expect(await homeTexts(bob)).toEqual([]);
    expect((await ok(bob, 'query($id: ID!) { socialPost(id: $id) { id } }', { id: hello.id })).socialPost).toBeNull();
    expect((await ok(bob, 'query($u: ID!) { userPosts(userId: $u) { totalCount } }', { u: ada.id })).userPosts.totalCount).toBe(0);
    expect((await ok(ada, 'query($id: ID!) { replies(postId: $id) { totalCount } }', { id: hello.id })).replies.totalCount).toBe(0);
    expect((await ok(eve, 'query($id: ID!) { replies(postId: $id) { edges { node { id } } } }', { id: hello.id })).replies.edges).toEqual([
      { node: { id: reply.id } },
    ]);
    expect((await ok(ada, PROFILE, { u: bob.id })).socialProfile.followingCount).toBe(0);
    expect((await relate(ada, 'follow', bob)).follow.errors[0]).toMatchObject({ code: 'FORBIDDEN' });
    expect(errorCodes(await call(bob, 'mutation($id: ID!) { likePost(id: $id) { errors { code } } }', { id: hello.id }))).toEqual([
      'NOT_FOUND',
    ]);
    // dan mutes ada: gone from his timeline, still readable directly; eve (positive control) still sees new posts.
    await relate(dan, 'mute', ada);
    await post(ada, 'after');
    await eventually(async () => expect(await homeTexts(eve)).toEqual(['after', 'hello']));
    expect(await homeTexts(dan)).toEqual([]);
    expect(await homeTexts(bob)).toEqual([]);
    expect((await ok(dan, 'query($id: ID!) { socialPost(id: $id) { id } }', { id: hello.id })).socialPost).toEqual({ id: hello.id });
    await relate(dan, 'unmute', ada);
    expect(await homeTexts(dan)).toEqual(['after', 'hello']);
    const blocked = await ok(bob, '{ blockedUsers { totalCount edges { userId node { id } } } }');
    expect(blocked.blockedUsers).toEqual({ totalCount: 1, edges: [{ userId: ada.id, node: { id: ada.id } }] });
  });

  it('the fan-out worker never pushes a post to a follower who blocks the author', async () => {
    const [ada, bob, cy] = await users('ada', 'bob', 'cy');
    const p = await post(ada, 'racing a block');
    // A follow row and a block row side by side (a block racing a follow): the worker skips the blocker.
    const em = social().orm.em.fork();
    em.create(Follow, { followerId: bob.id, followeeId: ada.id });
    em.create(Follow, { followerId: cy.id, followeeId: ada.id });
    em.create(Block, { blockerId: bob.id, blockedId: ada.id });
    await em.flush();
    const deps = social().serviceDeps();
    const result = await new SocialService().fanOut(deps, p.id);
    expect(result).toEqual({ pushed: 2, merged: false });
    const store = timelineStores.get(deps);
    expect((await store.range(bob.id, null, 10)).map((e) => e.postId)).toEqual([]);
    expect((await store.range(cy.id, null, 10)).map((e) => e.postId)).toEqual([p.id]);
  });

  it('merges an account above the follower threshold at read time instead of fanning it out', async () => {
    const star = await signUpUser(stack.url, 'star');
    const fans = await Promise.all(Array.from({ length: THRESHOLD + 1 }, (_, i) => signUpUser(stack.url, `fan${i}`)));
    await Promise.all(fans.map((f) => relate(f, 'follow', star)));
    const small = await signUpUser(stack.url, 'small');
    await relate(fans[0]!, 'follow', small);
    const starPost = await post(star, 'from the star');
    const smallPost = await post(small, 'from a small account');
    await eventually(async () => expect(await homeTexts(fans[0]!)).toEqual(['from a small account', 'from the star']));
    for (const fan of fans.slice(1)) expect(await homeTexts(fan)).toEqual(['from the star']);
    // Only the small account's post was pushed; the star's is in the star's own set alone.
    const store = timelineStores.get(social().serviceDeps());
    expect((await store.range(fans[0]!.id, null, 10)).map((e) => e.postId)).toEqual([smallPost.id]);
    expect((await store.range(star.id, null, 10)).map((e) => e.postId)).toEqual([starPost.id]);
  });

  it('likes, follows and reposts count once under concurrent requests', async () => {
    const [ada, bob] = await Promise.all([signUpUser(stack.url, 'ada'), signUpUser(stack.url, 'bob')]);
    const fans = await Promise.all(Array.from({ length: 5 }, (_, i) => signUpUser(stack.url, `f${i}`)));
    const p = await post(ada, 'like me');
    const LIKE = 'mutation($id: ID!) { likePost(id: $id) { post { likeCount } errors { code } } }';
    await Promise.all(Array.from({ length: 8 }, () => ok(bob, LIKE, { id: p.id })));
    await Promise.all(fans.map((f) => ok(f, LIKE, { id: p.id })));
    await Promise.all(Array.from({ length: 6 }, () => relate(bob, 'follow', ada)));
    const REPOST = 'mutation($id: ID!) { repost(id: $id) { post { id repostOf { id } } errors { code } } }';
    const reposts = await Promise.all(Array.from({ length: 5 }, () => ok(bob, REPOST, { id: p.id })));
    expect(new Set(reposts.map((r) => r.repost.post.id)).size).toBe(1);
    expect(reposts[0].repost.post.repostOf).toEqual({ id: p.id });
    const read = await ok(bob, `query($id: ID!) { socialPost(id: $id) { likeCount repostCount likedByViewer } }`, { id: p.id });
    expect(read.socialPost).toEqual({ likeCount: 6, repostCount: 1, likedByViewer: true });
    expect((await ok(bob, PROFILE, { u: ada.id })).socialProfile).toMatchObject({ followerCount: 1, followedByViewer: true });
    await Promise.all(
      Array.from({ length: 4 }, () => ok(bob, 'mutation($id: ID!) { unlikePost(id: $id) { errors { code } } }', { id: p.id })),
    );
    expect((await ok(ada, `query($id: ID!) { socialPost(id: $id) { likeCount likedByViewer } }`, { id: p.id })).socialPost).toEqual({
      likeCount: 5,
      likedByViewer: false,
    });
  });

  it("reposts reach the reposter's followers; deleted posts leave timelines; RANKED puts engagement first", async () => {
    const [ada, bob, cy] = await users('ada', 'bob', 'cy');
    await relate(cy, 'follow', bob);
    await relate(cy, 'follow', ada);
    const quiet = await post(ada, 'quiet');
    const loud = await post(ada, 'loud');
    const newest = await post(ada, 'newest');
    await ok(bob, 'mutation($id: ID!) { repost(id: $id) { errors { code } } }', { id: quiet.id });
    await eventually(async () => expect((await home(cy, { first: 10 })).edges).toHaveLength(4));
    const chrono = (await home(cy, { first: 10 })).edges.map((e: { node: { text: string; repostOf: { id: string } | null } }) =>
      e.node.repostOf ? `repost:${e.node.repostOf.id}` : e.node.text,
    );
    expect(chrono).toEqual([`repost:${quiet.id}`, 'newest', 'loud', 'quiet']);
    for (const liker of [bob, cy]) await ok(liker, 'mutation($id: ID!) { likePost(id: $id) { errors { code } } }', { id: loud.id });
    await post(bob, 'reply', { replyToId: loud.id });
    const ranked = (await home(cy, { first: 2, view: 'RANKED' })).edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ranked[0]).toBe(loud.id);
    await ok(ada, 'mutation($id: ID!) { deleteSocialPost(id: $id) { deletedId } }', { id: newest.id });
    expect((await home(cy, { first: 10 })).edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(newest.id);
    expect(errorCodes(await call(bob, 'mutation($id: ID!) { deleteSocialPost(id: $id) { deletedId } }', { id: loud.id }))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('notifies follows, likes, replies and mentions through notifications, never from someone the recipient blocks', async () => {
    const [ada, bob, cy] = await users('ada', 'bob', 'cy');
    const kinds = async (user: TestUser) =>
      (await ok(user, '{ notifications(first: 50) { edges { node { kind eventType actor { id } subjectId } } } }')).notifications.edges.map(
        (e: { node: { kind: string; actor: { id: string } | null } }) => `${e.node.kind}:${e.node.actor?.id === bob.id ? 'bob' : 'cy'}`,
      );
    await ok(ada, 'mutation($u: ID!) { block(userId: $u) { errors { code } } }', { u: cy.id });
    await relate(bob, 'follow', ada);
    const p = await post(ada, 'hi all');
    await ok(bob, 'mutation($id: ID!) { likePost(id: $id) { errors { code } } }', { id: p.id });
    await post(bob, 'nice', { replyToId: p.id });
    await post(cy, 'hey @ada', { mentionIds: [ada.id] });
    await post(bob, 'hey @ada', { mentionIds: [ada.id] });
    await eventually(async () =>
      expect((await kinds(ada)).sort()).toEqual(['MENTION:bob', 'NEW_FOLLOWER:bob', 'POST_LIKED:bob', 'POST_REPLY:bob']),
    );
  });
});
