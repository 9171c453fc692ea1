import { baseProperties, defineEntity, p, type InferEntity, type ModerationReason } from '../../../kit';

/**
 * One case per piece of content (unique on type and id: a redelivered report opens nothing twice).
 * Not tenant-owned: social and chat content spans organisations, and moderators are global admins.
 */
export const ModerationCase = defineEntity({
  name: 'ModerationCase',
  tableName: 'moderation_cases',
  properties: {
    ...baseProperties(),
    contentType: p.string().length(32),
    contentId: p.string().length(64),
    authorId: p.string().length(36).index(),
    excerpt: p.string().length(500),
    verdict: p.string().length(8),
    score: p.double(),
    reasons: p.json<ModerationReason[]>(),
    status: p.string().length(12),
    appealed: p.boolean().default(false),
    appealReason: p.string().length(1000).nullable(),
    decidedBy: p.string().length(36).nullable(),
    decidedAt: p.datetime().nullable(),
    decisionNote: p.string().length(1000).nullable(),
  },
  uniques: [{ properties: ['contentType', 'contentId'] }],
  indexes: [{ properties: ['status', 'createdAt'] }, { properties: ['authorId', 'createdAt'] }],
});
export type ModerationCaseRow = InferEntity<typeof ModerationCase>;

/** An author's reputation, moved by decisions (kit `REPUTATION_DELTAS`). */
export const ModerationReputation = defineEntity({
  name: 'ModerationReputation',
  tableName: 'moderation_reputations',
  properties: {
    userId: p.string().length(36).primary(),
    score: p.integer().default(0),
    upheld: p.integer().default(0),
    overturned: p.integer().default(0),
  },
});
export type ModerationReputationRow = InferEntity<typeof ModerationReputation>;

export const entities = [ModerationCase, ModerationReputation];
