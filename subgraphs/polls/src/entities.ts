import { baseProperties, defineEntity, p, type InferEntity } from '../../../kit';

export const CLOSE_REASONS = ['MANUAL', 'SCHEDULED'] as const;

/**
 * A poll. `createdBy` references identity's User (no copy of user data here). `closedAt` is set once,
 * by a conditional update, when the poll is closed by its creator or settled after `closesAt`; status
 * is derived from it and `closesAt`, so a scheduled poll reads CLOSED on time even before it is settled.
 */
export const Poll = defineEntity({
  name: 'Poll',
  tableName: 'polls',
  properties: {
    ...baseProperties(),
    createdBy: p.string().length(36),
    question: p.string().length(300),
    anonymous: p.boolean(),
    closesAt: p.datetime(3).nullable(),
    closedAt: p.datetime(3).nullable(),
    closeReason: p.enum([...CLOSE_REASONS]).nullable(),
  },
  indexes: [{ properties: ['createdBy', 'createdAt'] }, { properties: ['closedAt', 'createdAt'] }],
});
export type PollRow = InferEntity<typeof Poll>;

/** One answer of a poll; immutable once the poll exists. */
export const PollOption = defineEntity({
  name: 'PollOption',
  tableName: 'poll_options',
  properties: {
    id: baseProperties().id,
    // The unique (poll, position) index starts with poll_id and serves the foreign key.
    poll: p.manyToOne(Poll).index(false),
    label: p.string().length(100),
    position: p.smallint(),
  },
  uniques: [{ properties: ['poll', 'position'] }],
});
export type PollOptionRow = InferEntity<typeof PollOption>;

/**
 * One user's vote in one poll. The unique index on (poll, userId) is what makes "one vote per user"
 * hold under any concurrency; (poll, option) serves the grouped COUNT that tallies a poll. `userId` is
 * kept for anonymous polls too (the unique index needs it) but the API never reveals it there.
 */
export const Vote = defineEntity({
  name: 'Vote',
  tableName: 'poll_votes',
  properties: {
    ...baseProperties(),
    // Composite indexes below start with poll_id and serve the foreign key.
    poll: p.manyToOne(Poll).index(false),
    option: p.manyToOne(PollOption),
    userId: p.string().length(36),
  },
  uniques: [{ name: 'poll_votes_poll_id_user_id_unique', properties: ['poll', 'userId'] }],
  indexes: [{ properties: ['poll', 'option'] }, { properties: ['poll', 'createdAt'] }],
});
export type VoteRow = InferEntity<typeof Vote>;

export const entities = [Poll, PollOption, Vote];
