import type { Knex } from '@mikro-orm/knex';
import {
  checkPage,
  badInput,
  fail,
  fieldError,
  forbidden,
  isUniqueViolation,
  isUuid,
  newId,
  notFound,
  ok,
  paginate,
  paginateInMemory,
  checkPageArgs,
  classifyContent,
  moderationStatusOf,
  reportModeration,
  recordEvent,
  requireViewer,
  totalOrder,
  type Connection,
  type PageInfo,
  type Em,
  type ModerationDecision,
  type PageArgs,
  type Payload,
  type UserError,
  type Viewer,
} from '../../../kit';
import { relationKey, viewerRelates, type SocialDeps } from './context';
import { Block, Follow, Like, Mute, SocialPost, SocialProfile, type SocialPostRow } from './entities';
import type { CreateSocialPostInput, TimelineView } from './generated/resolvers';
import { newerFirst, timelineStores, type TimelineEntry } from './timeline-store';

export const MAX_TEXT = 500;
export const MAX_MEDIA = 4;
export const MAX_MEDIA_REF = 300;
export const MAX_MENTIONS = 10;
/** Bounds of the per-viewer hidden set read on every timeline page. */
export const MAX_HIDDEN = 5000;
/** The ranked view orders this many of the newest timeline entries. */
export const RANKED_WINDOW = 200;

/** Events: the fan-out worker consumes the first; notifications consumes the others. */
export const POST_CREATED_EVENT = 'social.post.created';
export const FOLLOW_EVENT = 'social.follow.created';
export const LIKE_EVENT = 'social.like.created';
export const REPLY_EVENT = 'social.reply.created';
export const MENTION_EVENT = 'social.mention.created';
/** Held or flagged content, for the moderation subgraph (kit `MODERATION_REPORT_EVENTS`). */
export const MODERATED_EVENT = 'social.content.moderated';

/** Moderation statuses others than the author may see. */
export const VISIBLE_STATUSES = ['PUBLISHED', 'FLAGGED'];
/** Whether the viewer may see a post as far as moderation goes: it is visible, or theirs. */
export const moderationAllows = (post: Pick<SocialPostRow, 'moderationStatus' | 'authorId'>, viewerId: string | null | undefined) =>
  VISIBLE_STATUSES.includes(post.moderationStatus) || post.authorId === viewerId;
/** How many of the author's latest posts the duplicate check compares with. */
export const RECENT_FOR_DUPLICATES = 5;

/** A user edge of a follower, following, blocked or muted list. */
export interface UserEdgeView {
  cursor: string;
  userId: string;
  since: Date;
}

/** A page of users. */
export interface UserConnectionView {
  edges: UserEdgeView[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** The profile of one user as the viewer sees it (fields resolved by loaders). */
export interface ProfileView {
  userId: string;
}

const MEDIA_REF = /^(?:[A-Za-z0-9_-]{1,64}|https:\/\/[^\s]{1,290})$/;

function checkUserId(id: string, field = 'userId'): string {
  const clean = id.trim().toLowerCase();
  if (!isUuid(clean)) throw badInput(`${field} must be the id of a user.`, field);
  return clean;
}

function checkPostId(id: string, field = 'id'): string {
  const clean = id.trim().toLowerCase();
  if (!isUuid(clean)) throw badInput(`${field} must be the id of a post.`, field);
  return clean;
}

const knexOf = (em: Em) => ({ knex: em.getKnex(), trx: em.getTransactionContext<Knex.Transaction>() });

/** Inserts `row`; false (and nothing else done) when its unique pair already exists. */
async function insertOnce(
  em: Em,
  entity: typeof Follow | typeof Block | typeof Mute | typeof Like | typeof SocialPost,
  row: object,
): Promise<boolean> {
  try {
    const now = new Date();
    await em.insert(entity as typeof Follow, { id: newId(), createdAt: now, updatedAt: now, ...row } as never);
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Adds `delta` to counters of users' profiles, creating missing rows (one upsert per user). */
async function bumpProfile(em: Em, userId: string, column: 'follower_count' | 'following_count', delta: number) {
  const { knex, trx } = knexOf(em);
  const insert = { user_id: userId, follower_count: 0, following_count: 0, [column]: Math.max(delta, 0) };
  const q = knex('social_profiles')
    .insert(insert)
    .onConflict('user_id')
    .merge({ [column]: knex.raw('?? + ?', [`social_profiles.${column}`, delta]) });
  await (trx ? q.transacting(trx) : q);
}

async function bumpPost(em: Em, postId: string, column: 'like_count' | 'reply_count' | 'repost_count', delta: number) {
  const { knex, trx } = knexOf(em);
  const q = knex('social_posts').where({ id: postId });
  const run = delta > 0 ? q.increment(column, delta) : q.where(column, '>', 0).decrement(column, -delta);
  await (trx ? run.transacting(trx) : run);
}

/**
 * Social rules: who may follow, see and react to what; the home timeline (fan-out on write below the
 * follower threshold, merge at read above it); blocks and mutes on every read. No GraphQL in here.
 */
export class SocialService {
  // ---------------------------------------------------------------- relations

  async follow(deps: SocialDeps, userId: string): Promise<Payload<{ profile: ProfileView }>> {
    const viewer = requireViewer(deps.viewer);
    const other = checkUserId(userId);
    if (other === viewer.userId) return fail(fieldError('userId', 'You cannot follow yourself.'));
    if (await deps.loaders.blockedEitherWay.load(relationKey(viewer.userId, other))) {
      return fail({ field: 'userId', message: 'You cannot follow this user.', code: 'FORBIDDEN' });
    }
    await deps.em.transactional(async (tx) => {
      if (!(await insertOnce(tx, Follow, { followerId: viewer.userId, followeeId: other }))) return;
      await bumpProfile(tx, other, 'follower_count', 1);
      await bumpProfile(tx, viewer.userId, 'following_count', 1);
      recordEvent(tx, FOLLOW_EVENT, { recipientIds: [other], actorId: viewer.userId, followerId: viewer.userId });
    });
    return ok({ profile: { userId: other } });
  }

  async unfollow(deps: SocialDeps, userId: string): Promise<Payload<{ profile: ProfileView }>> {
    const viewer = requireViewer(deps.viewer);
    const other = checkUserId(userId);
    await deps.em.transactional((tx) => this.dropFollow(tx, viewer.userId, other));
    return ok({ profile: { userId: other } });
  }

  private async dropFollow(tx: Em, followerId: string, followeeId: string): Promise<void> {
    if ((await tx.nativeDelete(Follow, { followerId, followeeId })) !== 1) return;
    await bumpProfile(tx, followeeId, 'follower_count', -1);
    await bumpProfile(tx, followerId, 'following_count', -1);
  }

  async block(deps: SocialDeps, userId: string): Promise<Payload<{ profile: ProfileView }>> {
    const viewer = requireViewer(deps.viewer);
    const other = checkUserId(userId);
    if (other === viewer.userId) return fail(fieldError('userId', 'You cannot block yourself.'));
    await deps.em.transactional(async (tx) => {
      if ((await tx.count(Block, { blockerId: viewer.userId })) >= MAX_HIDDEN) {
        throw badInput(`You can block at most ${MAX_HIDDEN} users.`, 'userId');
      }
      await insertOnce(tx, Block, { blockerId: viewer.userId, blockedId: other });
      await this.dropFollow(tx, viewer.userId, other);
      await this.dropFollow(tx, other, viewer.userId);
    });
    return ok({ profile: { userId: other } });
  }

  async unblock(deps: SocialDeps, userId: string): Promise<Payload<{ profile: ProfileView }>> {
    const viewer = requireViewer(deps.viewer);
    const other = checkUserId(userId);
    await deps.em.nativeDelete(Block, { blockerId: viewer.userId, blockedId: other });
    return ok({ profile: { userId: other } });
  }

  async mute(deps: SocialDeps, userId: string): Promise<Payload<{ profile: ProfileView }>> {
    const viewer = requireViewer(deps.viewer);
    const other = checkUserId(userId);
    if (other === viewer.userId) return fail(fieldError('userId', 'You cannot mute yourself.'));
    if ((await deps.em.count(Mute, { muterId: viewer.userId })) >= MAX_HIDDEN) {
      return fail(fieldError('userId', `You can mute at most ${MAX_HIDDEN} users.`));
    }
    await insertOnce(deps.em, Mute, { muterId: viewer.userId, mutedId: other });
    return ok({ profile: { userId: other } });
  }

  async unmute(deps: SocialDeps, userId: string): Promise<Payload<{ profile: ProfileView }>> {
    const viewer = requireViewer(deps.viewer);
    const other = checkUserId(userId);
    await deps.em.nativeDelete(Mute, { muterId: viewer.userId, mutedId: other });
    return ok({ profile: { userId: other } });
  }

  profile(_deps: SocialDeps, userId: string): ProfileView {
    return { userId: checkUserId(userId) };
  }

  /** Followers (`direction` in) or followees (out) of a user, newest first. */
  async followList(deps: SocialDeps, userId: string, direction: 'followers' | 'following', args: PageArgs) {
    const user = checkUserId(userId);
    const where = direction === 'followers' ? { followeeId: user } : { followerId: user };
    const page = await paginate(deps.em, Follow, where, args, totalOrder('createdAt', 'desc'), { list: direction });
    return userEdges(page, (f) => (direction === 'followers' ? f.followerId : f.followeeId));
  }

  async blockedUsers(deps: SocialDeps, args: PageArgs) {
    const viewer = requireViewer(deps.viewer);
    const page = await paginate(deps.em, Block, { blockerId: viewer.userId }, args, totalOrder('createdAt', 'desc'));
    return userEdges(page, (b) => b.blockedId);
  }

  async mutedUsers(deps: SocialDeps, args: PageArgs) {
    const viewer = requireViewer(deps.viewer);
    const page = await paginate(deps.em, Mute, { muterId: viewer.userId }, args, totalOrder('createdAt', 'desc'));
    return userEdges(page, (m) => m.mutedId);
  }

  // ---------------------------------------------------------------- posts

  async createPost(deps: SocialDeps, input: CreateSocialPostInput): Promise<Payload<{ post: SocialPostRow }>> {
    const viewer = requireViewer(deps.viewer);
    const errors: UserError[] = [];
    const text = input.text.trim();
    if (!text) errors.push(fieldError('input.text', 'Text is required.'));
    else if (text.length > MAX_TEXT) errors.push(fieldError('input.text', `Text must be at most ${MAX_TEXT} characters.`));
    const mediaRefs = (input.mediaRefs ?? []).map((m) => m.trim());
    if (mediaRefs.length > MAX_MEDIA) errors.push(fieldError('input.mediaRefs', `At most ${MAX_MEDIA} media references.`));
    else if (mediaRefs.some((m) => m.length > MAX_MEDIA_REF || !MEDIA_REF.test(m))) {
      errors.push(fieldError('input.mediaRefs', 'Each media reference must be a media id or an https URL of at most 300 characters.'));
    }
    const mentionIds = [...new Set((input.mentionIds ?? []).map((m) => m.trim().toLowerCase()))].filter((m) => m !== viewer.userId);
    if ((input.mentionIds ?? []).length > MAX_MENTIONS) errors.push(fieldError('input.mentionIds', `At most ${MAX_MENTIONS} mentions.`));
    else if (mentionIds.some((m) => !isUuid(m))) errors.push(fieldError('input.mentionIds', 'Each mention must be the id of a user.'));
    let parent: SocialPostRow | null = null;
    if (input.replyToId != null) {
      parent = isUuid(input.replyToId.trim().toLowerCase()) ? await this.get(deps, input.replyToId.trim().toLowerCase()) : null;
      if (!parent || parent.repostOfId)
        errors.push({ field: 'input.replyToId', message: 'There is no such post to reply to.', code: 'NOT_FOUND' });
    }
    if (errors.length) return fail(errors);
    // Moderation: the kit's classifier, with the author's reputation and latest texts (duplicates).
    const [profile, recent] = await Promise.all([
      deps.loaders.profileById.load(viewer.userId),
      // A separate unit of work: partially loaded rows must not join the request's identity map.
      deps.em
        .fork()
        .find(
          SocialPost,
          { authorId: viewer.userId, repostOfId: null },
          { orderBy: { createdAt: 'desc', id: 'desc' }, limit: RECENT_FOR_DUPLICATES, fields: ['text'] },
        ),
    ]);
    const verdict = classifyContent({ text, reputation: profile?.moderationReputation ?? 0, recentTexts: recent.map((r) => r.text) });
    const held = verdict.verdict === 'HOLD';
    // Nobody is notified by someone they block (nor someone who blocks them).
    const blocked = new Set(
      (
        await deps.em.find(Block, {
          $or: [
            { blockerId: viewer.userId, blockedId: { $in: [...mentionIds, parent?.authorId ?? viewer.userId] } },
            { blockedId: viewer.userId, blockerId: { $in: [...mentionIds, parent?.authorId ?? viewer.userId] } },
          ],
        })
      ).map((b) => (b.blockerId === viewer.userId ? b.blockedId : b.blockerId)),
    );
    const post = await deps.em.transactional(async (tx) => {
      const row = tx.create(SocialPost, {
        authorId: viewer.userId,
        text,
        mediaRefs,
        mentionIds,
        replyToId: parent?.id ?? null,
        repostOfId: null,
        likeCount: 0,
        replyCount: 0,
        repostCount: 0,
        moderationStatus: moderationStatusOf(verdict),
      });
      row.createdAt = deps.clock.now();
      reportModeration(
        tx,
        MODERATED_EVENT,
        { contentType: 'SOCIAL_POST', contentId: row.id, authorId: viewer.userId, excerpt: text },
        verdict,
      );
      // A held post reaches nobody (no count, timeline or notification) until a moderator approves it.
      if (held) {
        await tx.flush();
        return row;
      }
      if (parent) {
        await bumpPost(tx, parent.id, 'reply_count', 1);
        if (parent.authorId !== viewer.userId && !blocked.has(parent.authorId)) {
          recordEvent(tx, REPLY_EVENT, {
            recipientIds: [parent.authorId],
            actorId: viewer.userId,
            postId: row.id,
            replyToId: parent.id,
            excerpt: text.slice(0, 200),
          });
        }
      } else {
        recordEvent(tx, POST_CREATED_EVENT, { postId: row.id, authorId: viewer.userId, score: row.createdAt.getTime() });
      }
      const notify = mentionIds.filter((m) => !blocked.has(m));
      if (notify.length)
        recordEvent(tx, MENTION_EVENT, { recipientIds: notify, actorId: viewer.userId, postId: row.id, excerpt: text.slice(0, 200) });
      await tx.flush();
      return row;
    });
    return ok({ post });
  }

  async deletePost(deps: SocialDeps, id: string): Promise<Payload<{ deletedId: string }>> {
    const viewer = requireViewer(deps.viewer);
    const postId = checkPostId(id);
    const post = await deps.em.findOne(SocialPost, { id: postId });
    if (!post) throw notFound('SocialPost', postId);
    if (post.authorId !== viewer.userId) throw forbidden('Only the author of this post may delete it.');
    await deps.em.transactional(async (tx) => {
      await tx.nativeDelete(Like, { postId });
      await tx.nativeDelete(SocialPost, { repostOfId: postId });
      await tx.nativeUpdate(SocialPost, { replyToId: postId }, { replyToId: null });
      await tx.nativeDelete(SocialPost, { id: postId });
      if (post.replyToId) await bumpPost(tx, post.replyToId, 'reply_count', -1);
      if (post.repostOfId) await bumpPost(tx, post.repostOfId, 'repost_count', -1);
    });
    return ok({ deletedId: postId });
  }

  async like(deps: SocialDeps, id: string): Promise<Payload<{ post: SocialPostRow }>> {
    const viewer = requireViewer(deps.viewer);
    const post = await this.visible(deps, id);
    const blocked = await deps.loaders.blockedEitherWay.load(relationKey(viewer.userId, post.authorId));
    if (blocked) throw notFound('SocialPost', post.id);
    await deps.em.transactional(async (tx) => {
      if (!(await insertOnce(tx, Like, { userId: viewer.userId, postId: post.id }))) return;
      await bumpPost(tx, post.id, 'like_count', 1);
      if (post.authorId !== viewer.userId) {
        recordEvent(tx, LIKE_EVENT, {
          recipientIds: [post.authorId],
          actorId: viewer.userId,
          postId: post.id,
          excerpt: post.text.slice(0, 200),
        });
      }
    });
    return ok({ post: await this.reload(deps, post.id) });
  }

  async unlike(deps: SocialDeps, id: string): Promise<Payload<{ post: SocialPostRow }>> {
    const viewer = requireViewer(deps.viewer);
    const post = await this.visible(deps, id);
    await deps.em.transactional(async (tx) => {
      if ((await tx.nativeDelete(Like, { userId: viewer.userId, postId: post.id })) === 1) await bumpPost(tx, post.id, 'like_count', -1);
    });
    return ok({ post: await this.reload(deps, post.id) });
  }

  async repost(deps: SocialDeps, id: string): Promise<Payload<{ post: SocialPostRow }>> {
    const viewer = requireViewer(deps.viewer);
    const original = await this.visible(deps, id);
    if (original.repostOfId) return fail(fieldError('id', 'Repost the original post, not a repost.'));
    await deps.em.transactional(async (tx) => {
      const id = newId();
      const createdAt = deps.clock.now();
      const row = { id, createdAt, updatedAt: createdAt, authorId: viewer.userId, text: '', mediaRefs: [], mentionIds: [] };
      const fresh = { ...row, replyToId: null, repostOfId: original.id, likeCount: 0, replyCount: 0, repostCount: 0 };
      if (!(await insertOnce(tx, SocialPost, fresh))) return false;
      await bumpPost(tx, original.id, 'repost_count', 1);
      recordEvent(tx, POST_CREATED_EVENT, { postId: id, authorId: viewer.userId, score: createdAt.getTime() });
      await tx.flush();
      return true;
    });
    const row = await deps.em.fork().findOne(SocialPost, { authorId: viewer.userId, repostOfId: original.id });
    if (!row) throw notFound('SocialPost', original.id);
    return ok({ post: row });
  }

  async undoRepost(deps: SocialDeps, id: string): Promise<Payload<{ post: SocialPostRow }>> {
    const viewer = requireViewer(deps.viewer);
    const original = await this.visible(deps, id);
    await deps.em.transactional(async (tx) => {
      if ((await tx.nativeDelete(SocialPost, { authorId: viewer.userId, repostOfId: original.id })) === 1) {
        await bumpPost(tx, original.id, 'repost_count', -1);
      }
    });
    return ok({ post: await this.reload(deps, original.id) });
  }

  /** A post the viewer may see: it exists and neither blocks the other's author. */
  async get(deps: SocialDeps, id: string): Promise<SocialPostRow | null> {
    const post = await deps.loaders.postById.load(id);
    if (!post) return null;
    if (!moderationAllows(post, deps.viewer?.userId)) return null;
    if (await viewerRelates(deps.loaders.blockedEitherWay, deps.viewer, post.authorId)) return null;
    return post;
  }

  private async visible(deps: SocialDeps, id: string): Promise<SocialPostRow> {
    const postId = checkPostId(id);
    const post = await this.get(deps, postId);
    if (!post) throw notFound('SocialPost', postId);
    return post;
  }

  private async reload(deps: SocialDeps, id: string): Promise<SocialPostRow> {
    const post = await deps.em.fork().findOne(SocialPost, { id });
    if (!post) throw notFound('SocialPost', id);
    return post;
  }

  // ---------------------------------------------------------------- lists

  /** The ids the viewer must not see posts of: blocked either way, or muted (when `withMutes`). */
  async hiddenAuthors(em: Em, viewer: Viewer | null, withMutes: boolean): Promise<string[]> {
    if (!viewer) return [];
    const me = viewer.userId;
    const [blocks, mutes] = await Promise.all([
      em.find(Block, { $or: [{ blockerId: me }, { blockedId: me }] }, { limit: 2 * MAX_HIDDEN }),
      withMutes ? em.find(Mute, { muterId: me }, { limit: MAX_HIDDEN }) : Promise.resolve([]),
    ]);
    return [...blocks.map((b) => (b.blockerId === me ? b.blockedId : b.blockerId)), ...mutes.map((m) => m.mutedId)];
  }

  /** A user's posts and reposts, newest first; empty when either blocks the other. */
  async userPosts(deps: SocialDeps, userId: string, args: PageArgs): Promise<Connection<SocialPostRow>> {
    const author = checkUserId(userId);
    const where =
      author === deps.viewer?.userId
        ? { authorId: author, replyToId: null }
        : { authorId: author, replyToId: null, moderationStatus: { $in: VISIBLE_STATUSES } };
    if (await viewerRelates(deps.loaders.blockedEitherWay, deps.viewer, author)) {
      return paginateInMemory<SocialPostRow>([], args, 'user-posts-hidden');
    }
    return paginate(deps.em, SocialPost, where, args, totalOrder('createdAt', 'desc'), { list: 'user-posts' });
  }

  /** The replies to a post the viewer may see, oldest first, without blocked or muted authors. */
  async replies(deps: SocialDeps, postId: string, args: PageArgs): Promise<Connection<SocialPostRow> | null> {
    checkPage(SocialPost, args, totalOrder<SocialPostRow>('createdAt', 'asc'), { list: 'replies' });
    const parent = await this.get(deps, checkPostId(postId, 'postId'));
    if (!parent) return null;
    const hidden = await this.hiddenAuthors(deps.em, deps.viewer, true);
    const moderated = deps.viewer
      ? { $or: [{ moderationStatus: { $in: VISIBLE_STATUSES } }, { authorId: deps.viewer.userId }] }
      : { moderationStatus: { $in: VISIBLE_STATUSES } };
    const where = hidden.length
      ? { replyToId: parent.id, authorId: { $nin: hidden }, ...moderated }
      : { replyToId: parent.id, ...moderated };
    return paginate(deps.em, SocialPost, where, args, totalOrder('createdAt', 'asc'), { list: 'replies' });
  }

  // ---------------------------------------------------------------- home timeline

  /**
   * The viewer's home timeline. Candidates come from their fanned-out sorted set and, for followed
   * accounts above the fan-out threshold, from one indexed query at read time; every candidate is then
   * re-checked against the database (still there, author still followed or the viewer, neither
   * blocked nor muted, a repost's original likewise). Statements per page are constant.
   */
  async homeTimeline(deps: SocialDeps, args: PageArgs, view: TimelineView | null | undefined): Promise<Connection<SocialPostRow>> {
    const viewer = requireViewer(deps.viewer);
    if (view === 'RANKED') {
      checkPageArgs(args);
      const window = await this.timelineWindow(deps, viewer, null, RANKED_WINDOW);
      const now = deps.clock.now().getTime();
      const ranked = window.posts
        .map((post) => ({ post, score: rankScore(post, window.originals.get(post.repostOfId ?? '') ?? null, now) }))
        .sort((a, b) => b.score - a.score || newerFirst(entryOf(a.post), entryOf(b.post)))
        .map((r) => r.post);
      return paginateInMemory(ranked, args, `home-ranked:${viewer.userId}`);
    }
    const { first } = checkPageArgs(args);
    const before = args.after != null ? decodeTimelineCursor(args.after) : null;
    const { posts, total } = await this.timelineWindow(deps, viewer, before, first + 1);
    const page = posts.slice(0, first);
    const edges = page.map((node) => ({ cursor: encodeTimelineCursor(entryOf(node)), node }));
    return {
      edges,
      totalCount: total,
      pageInfo: {
        hasNextPage: posts.length > first,
        hasPreviousPage: before !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  private async timelineWindow(deps: SocialDeps, viewer: Viewer, before: TimelineEntry | null, want: number) {
    const { em, config } = deps;
    const store = timelineStores.get(deps);
    const me = viewer.userId;
    const [hiddenList, bigFollowees, total] = await Promise.all([
      this.hiddenAuthors(em, viewer, true),
      this.bigFollowees(em, me, config.SOCIAL_FANOUT_THRESHOLD),
      store.count(me),
    ]);
    const hidden = new Set(hiddenList);
    const posts: SocialPostRow[] = [];
    const originals = new Map<string, SocialPostRow>();
    let cursor = before;
    // Hidden or stale entries can thin a batch out: read on, at most a few batches.
    for (let round = 0; round < 4 && posts.length < want; round++) {
      const batch = Math.min(Math.max(2 * (want - posts.length) + 10, 20), 1000);
      const [stored, merged] = await Promise.all([
        store.range(me, cursor, batch),
        bigFollowees.length ? this.postsOf(em, bigFollowees, cursor, batch) : Promise.resolve([]),
      ]);
      const byId = new Map<string, TimelineEntry>();
      for (const e of [...stored, ...merged.map(entryOf)]) byId.set(e.postId, e);
      const entries = [...byId.values()].sort(newerFirst).slice(0, batch);
      if (!entries.length) break;
      cursor = entries.at(-1)!;
      for (const post of merged) deps.loaders.postById.prime(post.id, post);
      const rows = (await deps.loaders.postById.loadMany(entries.map((e) => e.postId))).filter(
        (r): r is SocialPostRow => r !== null && !(r instanceof Error),
      );
      const originalIds = rows.map((r) => r.repostOfId).filter((id): id is string => id !== null);
      const [originalRows, followed] = await Promise.all([
        originalIds.length ? deps.loaders.postById.loadMany(originalIds) : Promise.resolve([]),
        deps.loaders.viewerFollows.loadMany([...new Set(rows.map((r) => r.authorId))].map((a) => relationKey(me, a))),
      ]);
      for (const o of originalRows) if (o && !(o instanceof Error)) originals.set(o.id, o);
      const authors = [...new Set(rows.map((r) => r.authorId))];
      const follows = new Map(authors.map((a, i) => [a, followed[i] === true]));
      for (const row of rows) {
        if (hidden.has(row.authorId)) continue;
        if (row.authorId !== me && !follows.get(row.authorId)) continue;
        if (row.replyToId) continue;
        if (!moderationAllows(row, me)) continue;
        if (row.repostOfId) {
          const original = originals.get(row.repostOfId);
          if (!original || hidden.has(original.authorId) || !moderationAllows(original, me)) continue;
        }
        posts.push(row);
        if (posts.length >= want) break;
      }
      if (entries.length < batch) break;
    }
    return { posts, originals, total };
  }

  /** Followed accounts above the threshold: their posts are merged at read time. One statement. */
  private async bigFollowees(em: Em, userId: string, threshold: number): Promise<string[]> {
    const rows = await em
      .getKnex()
      .select('f.followee_id')
      .from('social_follows as f')
      .join('social_profiles as p', 'p.user_id', 'f.followee_id')
      .where('f.follower_id', userId)
      .andWhere('p.follower_count', '>', threshold)
      .limit(MAX_HIDDEN);
    return (rows as { followee_id: string }[]).map((r) => r.followee_id);
  }

  private postsOf(em: Em, authorIds: string[], before: TimelineEntry | null, limit: number): Promise<SocialPostRow[]> {
    const older = before
      ? { $or: [{ createdAt: { $lt: new Date(before.score) } }, { createdAt: new Date(before.score), id: { $lt: before.postId } }] }
      : {};
    return em.find(
      SocialPost,
      { authorId: { $in: authorIds }, replyToId: null, ...older },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit },
    );
  }

  // ---------------------------------------------------------------- moderation (worker)

  /**
   * Applies a moderator's decision (the consumer of `moderation.case.decided`): keeps the author's
   * reputation for the classifier, then publishes or removes the post. Idempotent: the status moves by
   * a conditional update, so a redelivery changes nothing; a held post that becomes visible is counted
   * as a reply, or fanned out (`social.post.created`), at that moment, once.
   */
  async applyDecision(em: Em, decision: ModerationDecision): Promise<void> {
    const { knex, trx } = knexOf(em);
    const reputation = knex('social_profiles')
      .insert({ user_id: decision.authorId, follower_count: 0, following_count: 0, moderation_reputation: decision.reputation })
      .onConflict('user_id')
      .merge({ moderation_reputation: decision.reputation });
    await (trx ? reputation.transacting(trx) : reputation);
    if (decision.contentType !== 'SOCIAL_POST') return;
    const post = await em.findOne(SocialPost, { id: decision.contentId });
    const to = decision.action === 'PUBLISH' ? 'PUBLISHED' : 'REMOVED';
    if (!post || post.moderationStatus === to) return;
    const moved = await em.nativeUpdate(SocialPost, { id: post.id, moderationStatus: post.moderationStatus }, { moderationStatus: to });
    if (moved !== 1) return;
    const wasVisible = VISIBLE_STATUSES.includes(post.moderationStatus);
    if (!wasVisible && to === 'PUBLISHED') {
      if (post.replyToId) await bumpPost(em, post.replyToId, 'reply_count', 1);
      else recordEvent(em, POST_CREATED_EVENT, { postId: post.id, authorId: post.authorId, score: post.createdAt.getTime() });
      await em.flush();
    } else if (wasVisible && to === 'REMOVED' && post.replyToId) {
      await bumpPost(em, post.replyToId, 'reply_count', -1);
    }
  }

  // ---------------------------------------------------------------- fan-out (worker)

  /**
   * Pushes one post into the home timelines of its author and, when the author is at or below the
   * threshold, of every follower who does not block them, in batches. Run by the consumer of
   * `social.post.created` (off the request); idempotent, so a redelivery changes nothing.
   */
  async fanOut(deps: Pick<SocialDeps, 'em' | 'config' | 'log'>, postId: string): Promise<{ pushed: number; merged: boolean }> {
    const { em, config } = deps;
    const store = timelineStores.get(deps);
    const post = await em.findOne(SocialPost, { id: postId });
    if (!post || !VISIBLE_STATUSES.includes(post.moderationStatus)) return { pushed: 0, merged: false };
    const entry = entryOf(post);
    await store.push([post.authorId], entry, config.SOCIAL_TIMELINE_SIZE);
    const profile = await em.findOne(SocialProfile, { userId: post.authorId });
    if ((profile?.followerCount ?? 0) > config.SOCIAL_FANOUT_THRESHOLD) return { pushed: 1, merged: true };
    let pushed = 1;
    let after = '';
    for (;;) {
      const follows = await em.find(
        Follow,
        { followeeId: post.authorId, followerId: { $gt: after } },
        { orderBy: { followerId: 'asc' }, limit: config.SOCIAL_FANOUT_BATCH, fields: ['followerId'] },
      );
      if (!follows.length) break;
      const ids = follows.map((f) => f.followerId);
      const blockers = new Set(
        (await em.find(Block, { blockedId: post.authorId, blockerId: { $in: ids } }, { fields: ['blockerId'] })).map((b) => b.blockerId),
      );
      const to = ids.filter((id) => !blockers.has(id));
      await store.push(to, entry, config.SOCIAL_TIMELINE_SIZE);
      pushed += to.length;
      after = ids.at(-1)!;
      if (follows.length < config.SOCIAL_FANOUT_BATCH) break;
    }
    return { pushed, merged: false };
  }
}

function entryOf(post: SocialPostRow): TimelineEntry {
  return { postId: post.id, score: post.createdAt.getTime() };
}

/** Engagement over age: newer and busier posts first (a repost ranks by its original's engagement). */
export function rankScore(post: SocialPostRow, original: SocialPostRow | null, now: number): number {
  const source = original ?? post;
  const engagement = 1 + source.likeCount + 2 * source.replyCount + 2 * source.repostCount;
  const ageHours = Math.max(0, now - post.createdAt.getTime()) / 3_600_000;
  return engagement / Math.pow(ageHours + 2, 1.5);
}

const CURSOR_TAG = 'home';

function encodeTimelineCursor(entry: TimelineEntry): string {
  return Buffer.from(JSON.stringify([CURSOR_TAG, entry.score, entry.postId])).toString('base64url');
}

function decodeTimelineCursor(cursor: string): TimelineEntry {
  const [score, postId] = readCursor(cursor);
  return { score, postId };
}

function readCursor(cursor: string): [number, string] {
  let decoded: unknown;
  try {
    decoded = cursor.length < 200 ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : null;
  } catch {
    decoded = null;
  }
  if (
    !Array.isArray(decoded) ||
    decoded.length !== 3 ||
    decoded[0] !== CURSOR_TAG ||
    typeof decoded[1] !== 'number' ||
    !Number.isFinite(decoded[1]) ||
    typeof decoded[2] !== 'string' ||
    !isUuid(decoded[2])
  ) {
    throw badInput('after is not a cursor of this timeline; start again without after.', 'after');
  }
  return [decoded[1], decoded[2]];
}

function userEdges<T extends { createdAt: Date }>(page: Connection<T>, userOf: (row: T) => string): UserConnectionView {
  return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, userId: userOf(e.node), since: e.node.createdAt })) };
}
