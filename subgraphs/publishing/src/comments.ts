import type { Knex } from '@mikro-orm/knex';
import {
  checkPage,
  classifyContent,
  fail,
  fieldError,
  isUuid,
  moderationStatusOf,
  reportModeration,
  ok,
  paginate,
  requireViewer,
  totalOrder,
  type Connection,
  type Em,
  type ModerationDecision,
  type PageArgs,
  type Payload,
} from '../../../kit';
import type { PublishingDeps } from './context';
import { PostComment, PublishingAuthorReputation, type PostCommentRow } from './entities';
import type { AddPostCommentInput } from './generated/resolvers';
import type { PublishingService } from './service';

export const MAX_COMMENT = 2000;
/** Held or flagged comments, for the moderation subgraph (kit `MODERATION_REPORT_EVENTS`). */
export const MODERATED_EVENT = 'publishing.content.moderated';
/** Moderation statuses others than the author may see. */
export const VISIBLE_STATUSES = ['PUBLISHED', 'FLAGGED'];

/** Comments on posts, moderated on writing with the kit's classifier; no GraphQL. */
export class CommentService {
  constructor(private readonly posts: PublishingService) {}

  /** Writes a comment on a post the viewer may see; held comments are seen by their author only. */
  async add(deps: PublishingDeps, input: AddPostCommentInput): Promise<Payload<{ comment: PostCommentRow }>> {
    const viewer = requireViewer(deps.viewer);
    const text = input.text.trim();
    if (!text || text.length > MAX_COMMENT) return fail(fieldError('input.text', `A comment must be 1 to ${MAX_COMMENT} characters.`));
    const postId = input.postId.trim().toLowerCase();
    const post = isUuid(postId) ? await this.posts.get(deps, postId) : null;
    if (!post) return fail({ field: 'input.postId', message: 'There is no such post.', code: 'NOT_FOUND' });
    const [standing, recent] = await Promise.all([
      deps.em.findOne(PublishingAuthorReputation, { userId: viewer.userId }),
      deps.em
        .fork()
        .find(PostComment, { authorId: viewer.userId }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 5, fields: ['text'] }),
    ]);
    const verdict = classifyContent({ text, reputation: standing?.reputation ?? 0, recentTexts: recent.map((c) => c.text) });
    const comment = deps.em.create(PostComment, {
      postId: post.id,
      authorId: viewer.userId,
      text,
      moderationStatus: moderationStatusOf(verdict),
    });
    comment.createdAt = deps.clock.now();
    reportModeration(
      deps.em,
      MODERATED_EVENT,
      { contentType: 'PUBLISHING_COMMENT', contentId: comment.id, authorId: viewer.userId, excerpt: text },
      verdict,
    );
    await deps.em.flush();
    return ok({ comment });
  }

  /** The comments on a post the viewer may see, oldest first; null when the post is not visible. */
  async list(deps: PublishingDeps, postId: string, args: PageArgs): Promise<Connection<PostCommentRow> | null> {
    // Bad paging input is refused as such, even for a post that is not there.
    checkPage(PostComment, args, totalOrder<PostCommentRow>('createdAt', 'asc'), { list: 'post-comments' });
    const id = postId.trim().toLowerCase();
    const post = isUuid(id) ? await this.posts.get(deps, id) : null;
    if (!post) return null;
    const visible = deps.viewer
      ? { $or: [{ moderationStatus: { $in: VISIBLE_STATUSES } }, { authorId: deps.viewer.userId }] }
      : { moderationStatus: { $in: VISIBLE_STATUSES } };
    return paginate(deps.em, PostComment, { postId: post.id, ...visible }, args, totalOrder('createdAt', 'asc'), { list: 'post-comments' });
  }

  /**
   * Applies a moderator's decision (the consumer of `moderation.case.decided`): keeps the author's
   * reputation, then publishes or removes the comment. Idempotent (conditional update).
   */
  async applyDecision(em: Em, decision: ModerationDecision): Promise<void> {
    const knex = em.getKnex();
    const trx = em.getTransactionContext<Knex.Transaction>();
    const upsert = knex('publishing_author_reputations')
      .insert({ user_id: decision.authorId, reputation: decision.reputation })
      .onConflict('user_id')
      .merge({ reputation: decision.reputation });
    await (trx ? upsert.transacting(trx) : upsert);
    if (decision.contentType !== 'PUBLISHING_COMMENT') return;
    const to = decision.action === 'PUBLISH' ? 'PUBLISHED' : 'REMOVED';
    await em.nativeUpdate(PostComment, { id: decision.contentId, moderationStatus: { $ne: to } }, { moderationStatus: to });
  }
}
