import type { Knex } from '@mikro-orm/knex';
import {
  MODERATION_DECIDED_EVENT,
  fail,
  fieldError,
  isUuid,
  ok,
  paginate,
  recordEvent,
  reputationAfter,
  requireViewer,
  totalOrder,
  type Connection,
  type Em,
  type ModerationDecision,
  type ModerationReport,
  type PageArgs,
  type Payload,
  type UserError,
  type Viewer,
} from '../../../kit';
import type { ModerationDeps } from './context';
import { ModerationCase, ModerationReputation, type ModerationCaseRow, type ModerationReputationRow } from './entities';
import type { AppealModerationCaseInput, DecideModerationCaseInput, ModerationCaseStatus } from './generated/resolvers';

export const MAX_NOTE = 1000;
const OPEN: ModerationCaseStatus[] = ['PENDING', 'APPEALED'];

const isAdmin = (viewer: Viewer | null) => viewer?.roles.includes('admin') === true;

/** What a decision does: the case's new status, the reputation step, and what the content's subgraph does. */
function outcome(status: string, action: 'APPROVE' | 'REMOVE') {
  if (status === 'PENDING') {
    return action === 'APPROVE'
      ? { status: 'APPROVED', step: 'approved' as const, publish: true }
      : { status: 'REMOVED', step: 'removed' as const, publish: false };
  }
  return action === 'APPROVE'
    ? { status: 'APPROVED', step: 'appealGranted' as const, publish: true }
    : { status: 'REMOVED', step: 'appealUpheld' as const, publish: false };
}

/** Cases, decisions, appeals and reputation; no GraphQL. */
export class ModerationService {
  /**
   * Opens a case for reported content (the consumer of `<subgraph>.content.moderated`). Idempotent: a
   * case exists once per content (unique key), a redelivered report changes nothing.
   */
  async report(em: Em, report: ModerationReport): Promise<ModerationCaseRow> {
    const existing = await em.findOne(ModerationCase, { contentType: report.contentType, contentId: report.contentId });
    if (existing) {
      // Content edited after its report: an approved case goes back to the queue with the new text, a
      // pending one shows the new text (a HOLD verdict stays).
      if (existing.status === 'APPROVED' || existing.status === 'PENDING') {
        Object.assign(existing, {
          status: 'PENDING',
          excerpt: report.excerpt.slice(0, 500),
          verdict: existing.status === 'PENDING' && existing.verdict === 'HOLD' ? 'HOLD' : report.verdict,
          score: report.score,
          reasons: report.reasons,
        });
        await em.flush();
      }
      return existing;
    }
    const row = em.create(ModerationCase, {
      contentType: report.contentType,
      contentId: report.contentId,
      authorId: report.authorId,
      excerpt: report.excerpt.slice(0, 500),
      verdict: report.verdict,
      score: report.score,
      reasons: report.reasons,
      status: 'PENDING',
      appealed: false,
      appealReason: null,
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
    });
    await em.flush();
    return row;
  }

  /** The review queue, oldest first: open cases (pending and appealed), or one status. */
  queue(deps: ModerationDeps, status: ModerationCaseStatus | null | undefined, args: PageArgs): Promise<Connection<ModerationCaseRow>> {
    const where = status ? { status } : { status: { $in: OPEN } };
    return paginate(deps.em, ModerationCase, where, args, totalOrder('createdAt', 'asc'), { list: `queue:${status ?? 'OPEN'}` });
  }

  /** The viewer's own cases, newest first. */
  mine(deps: ModerationDeps, args: PageArgs): Promise<Connection<ModerationCaseRow>> {
    const viewer = requireViewer(deps.viewer);
    return paginate(deps.em, ModerationCase, { authorId: viewer.userId }, args, totalOrder('createdAt', 'desc'), { list: 'mine' });
  }

  /** A case the viewer may see: admins see every case, authors their own; others get null. */
  async get(deps: ModerationDeps, id: string): Promise<ModerationCaseRow | null> {
    const clean = id.trim().toLowerCase();
    if (!isUuid(clean)) return null;
    const row = await deps.loaders.caseById.load(clean);
    return row && (isAdmin(deps.viewer) || row.authorId === deps.viewer?.userId) ? row : null;
  }

  async reputation(deps: ModerationDeps, userId: string): Promise<ModerationReputationRow> {
    const id = userId.trim().toLowerCase();
    const row = isUuid(id) ? await deps.em.findOne(ModerationReputation, { userId: id }) : null;
    return row ?? ({ userId: id, score: 0, upheld: 0, overturned: 0 } as ModerationReputationRow);
  }

  /**
   * A moderator approves or removes a pending or appealed case. The status moves by a conditional
   * update (two moderators deciding at once: one wins, the other gets CONFLICT), the author's
   * reputation moves in the same transaction, and `moderation.case.decided` tells the content's
   * subgraph to publish or remove it (and notifications to tell the author).
   */
  async decide(deps: ModerationDeps, input: DecideModerationCaseInput): Promise<Payload<{ case: ModerationCaseRow }>> {
    const viewer = requireViewer(deps.viewer);
    const errors: UserError[] = [];
    const note = input.note?.trim() || null;
    if (note && note.length > MAX_NOTE) errors.push(fieldError('input.note', `The note must be at most ${MAX_NOTE} characters.`));
    const found = errors.length ? null : await this.get(deps, input.caseId);
    if (!errors.length && !found) errors.push({ field: 'input.caseId', message: 'There is no such case.', code: 'NOT_FOUND' });
    if (errors.length || !found) return fail(errors);
    if (!OPEN.includes(found.status as ModerationCaseStatus)) {
      return fail({
        field: 'input.caseId',
        message: `The case is ${found.status.toLowerCase()}: nothing to decide.`,
        code: 'INVALID_STATE',
      });
    }
    const next = outcome(found.status, input.action);
    const now = deps.clock.now();
    const decided = await deps.em.transactional(async (tx) => {
      const moved = await tx.nativeUpdate(
        ModerationCase,
        { id: found.id, status: found.status },
        { status: next.status, decidedBy: viewer.userId, decidedAt: now, decisionNote: note, updatedAt: now },
      );
      if (moved !== 1) return null;
      const reputation = await this.moveReputation(tx, found.authorId, next.step);
      const decision: ModerationDecision = {
        caseId: found.id,
        contentType: found.contentType as ModerationDecision['contentType'],
        contentId: found.contentId,
        authorId: found.authorId,
        action: next.publish ? 'PUBLISH' : 'REMOVE',
        reputation,
      };
      recordEvent(tx, MODERATION_DECIDED_EVENT, {
        ...decision,
        recipientIds: [found.authorId],
        actorId: viewer.userId,
        title: next.publish ? 'Your content was approved' : 'Your content was removed',
        body: note ?? (next.publish ? 'A moderator published it.' : 'A moderator removed it; you may appeal.'),
      });
      await tx.flush();
      return true;
    });
    if (!decided) return fail({ field: 'input.caseId', message: 'Another moderator decided this case first.', code: 'CONFLICT' });
    return ok({ case: (await deps.fork().em.findOne(ModerationCase, { id: found.id }))! });
  }

  /** The author appeals a removal, once: the case goes back to the queue as APPEALED. */
  async appeal(deps: ModerationDeps, input: AppealModerationCaseInput): Promise<Payload<{ case: ModerationCaseRow }>> {
    const viewer = requireViewer(deps.viewer);
    const reason = input.reason.trim();
    if (!reason || reason.length > MAX_NOTE) return fail(fieldError('input.reason', `The reason must be 1 to ${MAX_NOTE} characters.`));
    const found = await this.get(deps, input.caseId);
    if (!found || found.authorId !== viewer.userId) {
      return fail({ field: 'input.caseId', message: 'There is no such case of yours.', code: 'NOT_FOUND' });
    }
    if (found.status !== 'REMOVED' || found.appealed) {
      const why = found.appealed ? 'It has been appealed already.' : 'Only a removal can be appealed.';
      return fail({ field: 'input.caseId', message: why, code: 'INVALID_STATE' });
    }
    const moved = await deps.em.nativeUpdate(
      ModerationCase,
      { id: found.id, status: 'REMOVED', appealed: false },
      { status: 'APPEALED', appealed: true, appealReason: reason, updatedAt: deps.clock.now() },
    );
    if (moved !== 1) return fail({ field: 'input.caseId', message: 'It has been appealed already.', code: 'INVALID_STATE' });
    return ok({ case: (await deps.fork().em.findOne(ModerationCase, { id: found.id }))! });
  }

  /** Moves an author's reputation by one decision step, atomically and clamped to -100..100; returns the new score. */
  private async moveReputation(tx: Em, userId: string, step: Parameters<typeof reputationAfter>[1]): Promise<number> {
    const knex = tx.getKnex();
    const trx = tx.getTransactionContext<Knex.Transaction>();
    const inTx = <Q extends Knex.QueryBuilder>(q: Q): Q => (trx ? q.transacting(trx) : q);
    const delta = reputationAfter(0, step);
    const upheld = step === 'removed' || step === 'appealUpheld' ? 1 : 0;
    await inTx(
      knex('moderation_reputations').insert({ user_id: userId, score: 0, upheld: 0, overturned: 0 }).onConflict('user_id').ignore(),
    );
    await inTx(
      knex('moderation_reputations')
        .where({ user_id: userId })
        .update({
          score: knex.raw('case when score + ? > 100 then 100 when score + ? < -100 then -100 else score + ? end', [delta, delta, delta]),
          upheld: knex.raw('upheld + ?', [upheld]),
          overturned: knex.raw('overturned + ?', [1 - upheld]),
        }),
    );
    const row = (await inTx(knex('moderation_reputations').select('score').where({ user_id: userId })).first()) as {
      score: number | string;
    };
    return Number(row.score);
  }
}
