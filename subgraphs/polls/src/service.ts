import { randomBytes } from 'node:crypto';
import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import {
  conflictError,
  fail,
  fieldError,
  forbidden,
  newId,
  notFound,
  ok,
  paginate,
  recordEvent,
  requireViewer,
  type Connection,
  type Em,
  type PageArgs,
  type Payload,
  type UserError,
  unauthenticated,
} from '../../../kit';
import type { PollsDeps } from './context';
import { Poll, PollOption, Vote, type PollOptionRow, type PollRow, type VoteRow } from './entities';
import type { CreatePollInput, PollScope } from './generated/resolvers';
import { resultsStream } from './results-stream';

export const QUESTION_MAX = 300;
export const OPTION_MAX = 100;
export const OPTIONS_MIN = 2;
export const OPTIONS_MAX = 20;

const closedConflict = (): UserError => conflictError(null, 'This poll is closed and takes no more votes.');

/** Type of the domain event recorded when a poll closes (manually or by schedule). */
export const POLL_CLOSED_EVENT = 'polls.poll.closed';

export type PollStatus = 'OPEN' | 'CLOSED';

/** One option's share of a poll's votes. */
export interface OptionTotalView {
  option: PollOptionRow;
  votes: number;
  percentage: number;
}

/** A poll's totals at `countedAt`, counted by one grouped COUNT over its votes. */
export interface PollResultsView {
  poll: PollRow;
  totals: OptionTotalView[];
  totalVotes: number;
  countedAt: Date;
}

export type PollResult = Payload<{ poll: PollRow }>;
export type VoteResult = Payload<{ poll: PollRow; option: PollOptionRow }>;

/**
 * What travels on a poll's pub/sub topic. `changed` only says "re-count": subscribers read the totals
 * from the database themselves, so an event delivered late or out of order can never show stale totals
 * as the last word. `probe` lets a new subscriber see that its channel is live (see results-stream.ts).
 */
export type PollSignal = { kind: 'changed'; pollId: string } | { kind: 'probe'; nonce: string };

/** The pub/sub topic of one poll's live results. */
export const pollTopic = (pollId: string) => `poll:${pollId}`;

/** True once the poll was closed, or its scheduled close has passed (whether or not it was settled yet). */
export function isClosed(poll: Pick<PollRow, 'closedAt' | 'closesAt'>, now = new Date()): boolean {
  return poll.closedAt != null || isDue(poll, now);
}

/** True when the scheduled close has passed but no one has recorded the close yet. */
export function isDue(poll: Pick<PollRow, 'closedAt' | 'closesAt'>, now = new Date()): boolean {
  return poll.closedAt == null && poll.closesAt != null && poll.closesAt.getTime() <= now.getTime();
}

/** OPEN or CLOSED as clients see it at `now`. */
export function pollStatus(poll: Pick<PollRow, 'closedAt' | 'closesAt'>, now = new Date()): PollStatus {
  return isClosed(poll, now) ? 'CLOSED' : 'OPEN';
}

/** When the poll closed as clients see it: the recorded close, else the passed `closesAt`, else null. */
export function effectiveClosedAt(poll: Pick<PollRow, 'closedAt' | 'closesAt'>, now = new Date()): Date | null {
  return poll.closedAt ?? (isDue(poll, now) ? poll.closesAt! : null);
}

/** How the poll closed as clients see it: the recorded reason, else SCHEDULED once `closesAt` passed. */
export function effectiveCloseReason(poll: PollRow, now = new Date()): 'MANUAL' | 'SCHEDULED' | null {
  return poll.closeReason ?? (isDue(poll, now) ? 'SCHEDULED' : null);
}

/** Comparison key for duplicate options: Unicode-normalised and case-insensitive. */
function optionKey(label: string): string {
  return label.normalize('NFC').toLocaleLowerCase('en');
}

/**
 * Checks a new poll and returns one error per bad field: question 1–300 characters, 2–20 options of
 * 1–100 characters that differ ignoring case, `closesAt` in the future. Strings are judged trimmed.
 */
export function validatePoll(input: CreatePollInput, now = new Date()): UserError[] {
  const errors: UserError[] = [];
  const question = input.question.trim();
  if (!question) errors.push(fieldError('input.question', 'The question is required.'));
  else if (question.length > QUESTION_MAX) {
    errors.push(fieldError('input.question', `The question must be at most ${QUESTION_MAX} characters.`));
  }
  const options = input.options;
  if (options.length < OPTIONS_MIN || options.length > OPTIONS_MAX) {
    errors.push(fieldError('input.options', `A poll has ${OPTIONS_MIN} to ${OPTIONS_MAX} options.`));
  }
  const seen = new Map<string, number>();
  options.slice(0, OPTIONS_MAX + 1).forEach((raw, i) => {
    const label = raw.trim();
    if (!label) errors.push(fieldError(`input.options.${i}`, 'An option cannot be empty.'));
    else if (label.length > OPTION_MAX) {
      errors.push(fieldError(`input.options.${i}`, `An option must be at most ${OPTION_MAX} characters.`));
    } else {
      const first = seen.get(optionKey(label));
      if (first !== undefined) {
        errors.push(fieldError(`input.options.${i}`, `Option ${i + 1} repeats option ${first + 1}; options must differ.`));
      } else seen.set(optionKey(label), i);
    }
  });
  if (input.closesAt != null && input.closesAt.getTime() <= now.getTime()) {
    errors.push(fieldError('input.closesAt', 'closesAt must be in the future.'));
  }
  return errors;
}

function percentage(votes: number, total: number): number {
  return total === 0 ? 0 : Math.round((votes * 1000) / total) / 10;
}

/**
 * Votes per option of each poll in `pollIds`, from ONE grouped COUNT over the votes (the index on
 * (poll_id, option_id) covers it). Counting rows, rather than keeping counters, means concurrent votes
 * can never lose an update: the rows are the truth.
 */
export async function tallyVotes(em: Em, pollIds: readonly string[]): Promise<Map<string, Map<string, number>>> {
  const byPoll = new Map<string, Map<string, number>>(pollIds.map((id) => [id, new Map()]));
  if (!pollIds.length) return byPoll;
  const rows = await em.getConnection().execute<{ poll_id: string; option_id: string; votes: number | string }[]>(
    `select poll_id, option_id, count(*) as votes from poll_votes
       where poll_id in (${pollIds.map(() => '?').join(', ')}) group by poll_id, option_id`,
    [...pollIds],
  );
  for (const row of rows) byPoll.get(row.poll_id)?.set(row.option_id, Number(row.votes));
  return byPoll;
}

/** Shapes a poll's totals from its options (in order) and the votes per option id. */
export function buildResults(poll: PollRow, options: PollOptionRow[], counts: Map<string, number>, now = new Date()): PollResultsView {
  const totalVotes = options.reduce((sum, option) => sum + (counts.get(option.id) ?? 0), 0);
  return {
    poll,
    totals: options.map((option) => {
      const votes = counts.get(option.id) ?? 0;
      return { option, votes, percentage: percentage(votes, totalVotes) };
    }),
    totalVotes,
    countedAt: now,
  };
}

/** Poll rules: creation, one vote per user, closing, listing. No GraphQL in here. */
export class PollService {
  async create(deps: PollsDeps, input: CreatePollInput): Promise<PollResult> {
    const { em } = deps;
    const viewer = requireViewer(deps.viewer);
    const errors = validatePoll(input, deps.clock.now());
    if (errors.length) return fail(errors);
    const poll = em.create(Poll, {
      createdBy: viewer.userId,
      question: input.question.trim(),
      anonymous: input.anonymous ?? false,
      closesAt: input.closesAt ?? null,
      closedAt: null,
      closeReason: null,
    });
    input.options.forEach((label, position) => em.create(PollOption, { poll, label: label.trim(), position }));
    await em.flush();
    return ok({ poll });
  }

  async get(deps: PollsDeps, id: string): Promise<PollRow | null> {
    return deps.em.findOne(Poll, { id });
  }

  /** One page of polls, newest first: the viewer's own (MINE) or everyone's still open (OPEN). */
  async list(deps: PollsDeps, scope: PollScope, args: PageArgs): Promise<Connection<PollRow>> {
    const { em, viewer } = deps;
    let where: FilterQuery<PollRow>;
    if (scope === 'MINE') {
      if (!viewer) throw unauthenticated('Sign in to list your own polls.');
      where = { createdBy: viewer.userId };
    } else {
      where = { closedAt: null, $or: [{ closesAt: null }, { closesAt: { $gt: deps.clock.now() } }] };
    }
    return paginate(em, Poll, where, args, { createdAt: 'desc', id: 'desc' });
  }

  /** Who voted for what, oldest first: named polls only, their creator only. */
  async votes(deps: PollsDeps, poll: PollRow, args: PageArgs): Promise<Connection<VoteRow>> {
    const viewer = requireViewer(deps.viewer);
    if (poll.anonymous) throw forbidden('This poll is anonymous: nobody can see who voted for what.');
    if (poll.createdBy !== viewer.userId) throw forbidden('Only the creator of this poll can see who voted.');
    return paginate(deps.em, Vote, { poll: poll.id }, args, { createdAt: 'asc', id: 'asc' });
  }

  /** Loads a poll and one of its options for a vote: NOT_FOUND for the poll, a field error for the option. */
  private async target(em: Em, pollId: string, optionId: string): Promise<{ poll: PollRow; option: PollOptionRow | null }> {
    const poll = await em.findOne(Poll, { id: pollId });
    if (!poll) throw notFound('Poll', pollId);
    const option = await em.findOne(PollOption, { id: optionId, poll: pollId });
    return { poll, option };
  }

  /** The payload error for voting on a poll whose schedule has passed; records the close on the way. */
  private async closedError(deps: PollsDeps, poll: PollRow): Promise<UserError> {
    await this.settleDue(deps, poll);
    return closedConflict();
  }

  /**
   * Casts the viewer's vote. The insert is one `INSERT … SELECT` that only yields a row while the poll is
   * not closed, so a vote and a concurrent close are ordered by the database (InnoDB takes shared locks
   * on the rows it selects; SQLite has one writer): no vote lands after the close. A second vote by the
   * same user fails on the unique index (poll_id, user_id) and comes back as CONFLICT.
   */
  async castVote(deps: PollsDeps, pollId: string, optionId: string): Promise<VoteResult> {
    const { em } = deps;
    const viewer = requireViewer(deps.viewer);
    const { poll, option } = await this.target(em, pollId, optionId);
    if (!option) return fail(fieldError('optionId', 'This option does not belong to the poll.'));
    // `closesAt` never changes, so checking it here is final. A manual close is checked only by the insert
    // itself: a check here could pass just before a close commits.
    if (isDue(poll, deps.clock.now())) return fail(await this.closedError(deps, poll));
    const now = deps.clock.now();
    let inserted: number;
    try {
      const res = await em.getConnection().execute<{ affectedRows: number }>(
        `insert into poll_votes (id, created_at, updated_at, poll_id, option_id, user_id)
         select ?, ?, ?, p.id, ?, ? from polls p where p.id = ? and p.closed_at is null`,
        [newId(), now, now, option.id, viewer.userId, poll.id],
        'run',
      );
      inserted = res.affectedRows;
    } catch (error) {
      const converted = em.getDriver().convertException(error as Error);
      if (converted instanceof UniqueConstraintViolationException) {
        return fail(conflictError('pollId', 'You have already voted in this poll; use changeVote to change your vote.'));
      }
      throw error;
    }
    if (inserted !== 1) return fail(closedConflict());
    await this.announce(deps, poll.id);
    return ok({ poll, option });
  }

  /**
   * Moves the viewer's vote to another option while the poll is open; the poll's close is checked in
   * the same statement as for `castVote`. Choosing the same option again is accepted and changes nothing.
   */
  async changeVote(deps: PollsDeps, pollId: string, optionId: string): Promise<VoteResult> {
    const { em } = deps;
    const viewer = requireViewer(deps.viewer);
    const { poll, option } = await this.target(em, pollId, optionId);
    if (!option) return fail(fieldError('optionId', 'This option does not belong to the poll.'));
    if (isDue(poll, deps.clock.now())) return fail(await this.closedError(deps, poll));
    const res = await em.getConnection().execute<{ affectedRows: number }>(
      `update poll_votes set option_id = ?, updated_at = ?
       where poll_id = ? and user_id = ? and exists (select 1 from polls p where p.id = ? and p.closed_at is null)`,
      [option.id, deps.clock.now(), poll.id, viewer.userId, poll.id],
      'run',
    );
    if (res.affectedRows !== 1) {
      const fresh = await em.fork().findOne(Poll, { id: poll.id });
      if (fresh && isClosed(fresh, deps.clock.now())) return fail(closedConflict());
      return fail({ field: 'pollId', message: 'You have not voted in this poll yet; use castVote.', code: 'NOT_FOUND' });
    }
    await this.announce(deps, poll.id);
    return ok({ poll, option });
  }

  /**
   * Closes an open poll now; creator only. The close is a conditional update (`closed_at is null`), so
   * of two racing closes (or a close and a scheduled settle) exactly one wins and records the event.
   */
  async close(deps: PollsDeps, id: string): Promise<PollResult> {
    const { em } = deps;
    const viewer = requireViewer(deps.viewer);
    const poll = await em.findOne(Poll, { id });
    if (!poll) throw notFound('Poll', id);
    if (poll.createdBy !== viewer.userId) throw forbidden('Only the creator of this poll may close it.');
    const conflict = fail(conflictError(null, 'This poll is already closed.'));
    if (isDue(poll, deps.clock.now())) {
      await this.settleDue(deps, poll);
      return conflict;
    }
    if (poll.closedAt) return conflict;
    const now = deps.clock.now();
    const closed = await em.transactional(async (tx) => {
      const changed = await tx.nativeUpdate(
        Poll,
        { id, closedAt: null, $or: [{ closesAt: null }, { closesAt: { $gt: now } }] },
        { closedAt: now, closeReason: 'MANUAL', updatedAt: now },
      );
      if (changed !== 1) return false;
      recordEvent(tx, POLL_CLOSED_EVENT, closedPayload(poll, now, 'MANUAL', viewer.userId));
      await tx.flush();
      return true;
    });
    if (!closed) return conflict;
    await this.announce(deps, id);
    return ok({ poll: await em.refreshOrFail(poll) });
  }

  /**
   * Records the close of a poll whose `closesAt` has passed (status already reads CLOSED; this makes
   * it durable and announces it). Idempotent and race-safe: only the update that finds `closed_at`
   * still null records the event. Returns whether this call did it.
   */
  async settleDue(deps: PollsDeps, poll: PollRow): Promise<boolean> {
    const now = deps.clock.now();
    if (!isDue(poll, now)) return false;
    const closesAt = poll.closesAt!;
    const settled = await deps.em.fork().transactional(async (tx) => {
      const changed = await tx.nativeUpdate(
        Poll,
        { id: poll.id, closedAt: null, closesAt: { $lte: now } },
        { closedAt: closesAt, closeReason: 'SCHEDULED', updatedAt: now },
      );
      if (changed !== 1) return false;
      recordEvent(tx, POLL_CLOSED_EVENT, closedPayload(poll, closesAt, 'SCHEDULED', null));
      await tx.flush();
      return true;
    });
    if (settled) await this.announce(deps, poll.id);
    return settled;
  }

  /**
   * Settles up to `limit` polls whose scheduled close has passed; returns how many it closed. Meant for
   * the periodic sweep the subgraph's `start` hook runs (every few seconds, with `deps.serviceDeps()`);
   * votes, closes and live subscriptions settle the polls they touch on their own.
   */
  async closeDuePolls(deps: PollsDeps, limit = 100): Promise<number> {
    const due = await deps.em
      .fork()
      .find(Poll, { closedAt: null, closesAt: { $lte: deps.clock.now() } }, { orderBy: { closesAt: 'asc', id: 'asc' }, limit });
    let count = 0;
    for (const poll of due) if (await this.settleDue(deps, poll)) count++;
    return count;
  }

  /** A poll's totals through the request's loaders: options and counts batched across every poll in the query. */
  async results(deps: PollsDeps, poll: PollRow): Promise<PollResultsView> {
    const [options, counts] = await Promise.all([deps.loaders.optionsByPoll.load(poll.id), deps.loaders.voteCountsByPoll.load(poll.id)]);
    return buildResults(poll, options, counts, deps.clock.now());
  }

  /**
   * The `pollResultsChanged` feed: a fresh totals snapshot after every change (see results-stream.ts).
   * Each snapshot is read in a new unit of work (`deps.fork()`), so it never shows an earlier one's
   * cached rows; a scheduled close that passed is recorded before the snapshot that shows it.
   */
  async watchResults(deps: PollsDeps, pollId: string): Promise<AsyncIterableIterator<PollResultsView>> {
    const poll = await this.get(deps, pollId);
    if (!poll) throw notFound('Poll', pollId);
    const live = async (): Promise<PollResultsView> => {
      const fresh = deps.fork();
      let current = await fresh.loaders.pollById.load(pollId);
      if (!current) throw notFound('Poll', pollId);
      if (isDue(current, fresh.clock.now()) && (await this.settleDue(fresh, current))) current = await fresh.em.refreshOrFail(current);
      return this.results(fresh, current);
    };
    return resultsStream<PollResultsView>({
      pubsub: deps.pubsub,
      pollId,
      closesAt: poll.closedAt ? null : (poll.closesAt ?? null),
      log: deps.log,
      load: live,
      isFinal: (view) => isClosed(view.poll, view.countedAt),
      onScheduledClose: async () => {
        const fresh = deps.fork();
        const current = await this.get(fresh, pollId);
        if (current) await this.settleDue(fresh, current);
      },
    });
  }

  /** Tells live subscribers to re-count, after the change committed. A lost signal must not fail the vote. */
  private async announce(deps: PollsDeps, pollId: string): Promise<void> {
    try {
      await deps.pubsub.publish(pollTopic(pollId), { kind: 'changed', pollId } satisfies PollSignal);
    } catch (error) {
      deps.log.warn({ err: String(error), pollId }, 'could not announce a poll change to live subscribers');
    }
  }
}

function closedPayload(poll: PollRow, closedAt: Date, reason: 'MANUAL' | 'SCHEDULED', closedBy: string | null) {
  return {
    pollId: poll.id,
    question: poll.question,
    reason,
    closedAt: closedAt.toISOString(),
    closedBy,
    recipientIds: [poll.createdBy],
  };
}

/** A random token identifying one subscriber's probe. */
export function probeNonce(): string {
  return randomBytes(9).toString('base64url');
}
