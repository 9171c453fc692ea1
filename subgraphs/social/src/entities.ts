import { baseProperties, defineEntity, p, type InferEntity } from '../../../kit';

/**
 * Social data is public or per user, not tenant-owned: a follow graph spans organisations.
 * `Follow`, `Block` and `Mute` are one row per ordered pair (unique), so repeating a mutation (or
 * racing it) changes nothing twice.
 */
export const Follow = defineEntity({
  name: 'Follow',
  tableName: 'social_follows',
  properties: { ...baseProperties(), followerId: p.string().length(36), followeeId: p.string().length(36).index() },
  uniques: [{ properties: ['followerId', 'followeeId'] }],
});
export type FollowRow = InferEntity<typeof Follow>;

export const Block = defineEntity({
  name: 'Block',
  tableName: 'social_blocks',
  properties: { ...baseProperties(), blockerId: p.string().length(36), blockedId: p.string().length(36).index() },
  uniques: [{ properties: ['blockerId', 'blockedId'] }],
});
export type BlockRow = InferEntity<typeof Block>;

export const Mute = defineEntity({
  name: 'Mute',
  tableName: 'social_mutes',
  properties: { ...baseProperties(), muterId: p.string().length(36), mutedId: p.string().length(36) },
  uniques: [{ properties: ['muterId', 'mutedId'] }],
});
export type MuteRow = InferEntity<typeof Mute>;

/**
 * A user's counters, kept by conditional increments in the transaction that adds or removes the
 * follow row. `followerCount` decides fan-out on write (below the threshold) or merge at read.
 */
export const SocialProfile = defineEntity({
  name: 'SocialProfile',
  tableName: 'social_profiles',
  properties: {
    userId: p.string().length(36).primary(),
    followerCount: p.integer().default(0),
    followingCount: p.integer().default(0),
    /** The author's moderation reputation, as the moderation subgraph last announced it (feeds the classifier). */
    moderationReputation: p.integer().default(0),
  },
  indexes: [{ properties: ['followerCount'] }],
});
export type SocialProfileRow = InferEntity<typeof SocialProfile>;

/**
 * A post, a reply (`replyToId`) or a repost (`repostOfId`, empty text). Counters move with the like,
 * reply and repost rows in one transaction. A user reposts a post once (unique; NULLs do not clash).
 */
export const SocialPost = defineEntity({
  name: 'SocialPost',
  tableName: 'social_posts',
  properties: {
    ...baseProperties(),
    authorId: p.string().length(36),
    text: p.string().length(500),
    mediaRefs: p.json<string[]>(),
    mentionIds: p.json<string[]>(),
    replyToId: p.string().length(36).nullable().index(),
    repostOfId: p.string().length(36).nullable(),
    likeCount: p.integer().default(0),
    replyCount: p.integer().default(0),
    repostCount: p.integer().default(0),
    /** PUBLISHED, FLAGGED, HELD or REMOVED: only the first two are visible to others than the author. */
    moderationStatus: p.string().length(10).default('PUBLISHED'),
  },
  uniques: [{ properties: ['authorId', 'repostOfId'] }],
  indexes: [{ properties: ['authorId', 'createdAt'] }],
});
export type SocialPostRow = InferEntity<typeof SocialPost>;

export const Like = defineEntity({
  name: 'Like',
  tableName: 'social_likes',
  properties: { ...baseProperties(), userId: p.string().length(36), postId: p.string().length(36).index() },
  uniques: [{ properties: ['userId', 'postId'] }],
});
export type LikeRow = InferEntity<typeof Like>;

export const entities = [Follow, Block, Mute, SocialProfile, SocialPost, Like];
