import { baseProperties, defineEntity, p, type InferEntity } from '../../../kit';

export const POST_STATUSES = ['DRAFT', 'PUBLISHED', 'SCHEDULED'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

/**
 * A blog post. Posts are not tenant-owned: a blog is public, and who may change a post is decided by
 * its authors. `ownerId` is the first author (slugs are unique per owner); `authorIds` are all of
 * them, first first, and `authorKey` (`|id|id|`) lets a LIKE find a post by any author. `sortAt` is
 * `publishedAt` or, for a draft, `createdAt`, so every post has a place in the default order.
 * `searchText` (kit/src/search.ts) holds the words of the title, content, category and tags.
 */
export const Post = defineEntity({
  name: 'Post',
  tableName: 'posts',
  properties: {
    ...baseProperties(),
    ownerId: p.string().length(36),
    authorIds: p.json<string[]>(),
    authorKey: p.string().length(400),
    title: p.string().length(200),
    titleKey: p.string().length(200),
    slug: p.string().length(80),
    // 200,000 characters do not fit MySQL's TEXT (64 KiB); SQLite takes the type name as TEXT.
    content: p.text().columnType('mediumtext'),
    excerpt: p.string().length(500),
    /** False when `excerpt` was derived from the content (and follows it). */
    customExcerpt: p.boolean(),
    category: p.string().length(50).nullable(),
    categoryKey: p.string().length(50).nullable(),
    tags: p.json<string[]>(),
    tagKey: p.string().length(1000),
    status: p.enum([...POST_STATUSES]),
    publishedAt: p.datetime(3).nullable(),
    sortAt: p.datetime(3),
    searchText: p.text(),
  },
  uniques: [{ properties: ['ownerId', 'slug'] }],
  indexes: [
    { properties: ['status', 'sortAt'] },
    { properties: ['categoryKey', 'sortAt'] },
    { properties: ['searchText'], type: 'fulltext' },
  ],
});
export type PostRow = InferEntity<typeof Post>;

/**
 * Every slug a post has had under its owner, the current one included: the unique key keeps a slug
 * from being reused by another post of the same owner, and an old slug still finds (and redirects to)
 * its post.
 */
export const PostSlug = defineEntity({
  name: 'PostSlug',
  tableName: 'post_slugs',
  properties: {
    ...baseProperties(),
    ownerId: p.string().length(36),
    slug: p.string().length(80),
    postId: p.string().length(36).index(),
  },
  uniques: [{ properties: ['ownerId', 'slug'] }],
});
export type PostSlugRow = InferEntity<typeof PostSlug>;

/**
 * A reader's comment on a post. Moderated on writing (kit classifier): `moderationStatus` is
 * PUBLISHED, FLAGGED, HELD or REMOVED, and only the first two are shown to others than the author.
 */
export const PostComment = defineEntity({
  name: 'PostComment',
  tableName: 'post_comments',
  properties: {
    ...baseProperties(),
    postId: p.string().length(36),
    authorId: p.string().length(36),
    text: p.string().length(2000),
    moderationStatus: p.string().length(10).default('PUBLISHED'),
  },
  indexes: [{ properties: ['postId', 'createdAt'] }, { properties: ['authorId', 'createdAt'] }],
});
export type PostCommentRow = InferEntity<typeof PostComment>;

/** An author's moderation reputation as the moderation subgraph last announced it (feeds the classifier). */
export const PublishingAuthorReputation = defineEntity({
  name: 'PublishingAuthorReputation',
  tableName: 'publishing_author_reputations',
  properties: { userId: p.string().length(36).primary(), reputation: p.integer().default(0) },
});

export const entities = [Post, PostSlug, PostComment, PublishingAuthorReputation];
