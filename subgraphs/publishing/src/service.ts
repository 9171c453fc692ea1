import type { FilterQuery } from '@mikro-orm/core';
import {
  badInput,
  cleanTag,
  fail,
  fieldError,
  flushOrConflict,
  forbidden,
  hasRole,
  isUuid,
  MAX_TAGS,
  newId,
  notFound,
  ok,
  paginate,
  recordEvent,
  requireViewer,
  searchCondition,
  searchText,
  sortKey,
  tagCondition,
  tagKey,
  totalOrder,
  type Em,
  type Payload,
  type UserError,
  type Viewer,
} from '../../../kit';
import type { PublishingDeps } from './context';
import { Post, PostSlug, type PostRow, type PostStatus } from './entities';
import type { CreatePostInput, PostFilter, PostOrder, QueryPostsArgs, UpdatePostInput } from './generated/resolvers';

export const MAX_TITLE = 200;
export const MAX_CONTENT = 200_000;
export const MAX_EXCERPT = 500;
export const MAX_CATEGORY = 50;
export const MAX_SLUG = 80;
export const MAX_CO_AUTHORS = 9;
/** Derived excerpts stop at a word boundary before this many characters. */
const DERIVED_EXCERPT = 280;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The event recorded once when a post goes live (on publish, or when its scheduled time is swept). */
export const POST_PUBLISHED_EVENT = 'publishing.post.published';

const ORDER_COLUMN = { PUBLISHED_AT: 'sortAt', CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt', TITLE: 'titleKey' } as const;

export type PostListArgs = QueryPostsArgs;

/** A slug made from `text`: folded to ASCII letters and digits joined by single hyphens; `post` when nothing is left. */
export function slugify(text: string): string {
  const slug = sortKey(text, 500)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
  return slug || 'post';
}

/**
 * A plain-text summary of Markdown: code blocks, images, HTML and markup dropped, links replaced by
 * their text, cut at a word boundary.
 */
export function deriveExcerpt(markdown: string): string {
  const text = markdown
    .slice(0, 20_000)
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= DERIVED_EXCERPT) return text;
  const cut = text.slice(0, DERIVED_EXCERPT);
  const space = cut.lastIndexOf(' ');
  return `${(space > DERIVED_EXCERPT / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Whether a post is live at `now`: published, or scheduled for a time that has come. */
export function isLive(post: Pick<PostRow, 'status' | 'publishedAt'>, now: Date): boolean {
  return post.status === 'PUBLISHED' || (post.status === 'SCHEDULED' && post.publishedAt != null && post.publishedAt <= now);
}

/** The status readers see: a scheduled post whose time has come is PUBLISHED even before the sweep records it. */
export function effectiveStatus(post: Pick<PostRow, 'status' | 'publishedAt'>, now: Date): PostStatus {
  return isLive(post, now) ? 'PUBLISHED' : post.status;
}

/** Who may see a post: everyone once it is live; its authors and admins always. */
export function canSee(post: PostRow, viewer: Viewer | null, now: Date): boolean {
  return isLive(post, now) || hasRole(viewer, 'admin') || (viewer !== null && post.authorIds.includes(viewer.userId));
}

/** The public page of a post, below the router host. */
export function postPath(post: Pick<PostRow, 'ownerId' | 'slug'>): string {
  return `/blog/${post.ownerId}/${post.slug}`;
}

const authorCondition = (userId: string): FilterQuery<PostRow> => ({ authorKey: { $like: `%|${userId}|%` } });

/** The rows a viewer may see, as a condition. */
function visibleTo(viewer: Viewer | null, now: Date): FilterQuery<PostRow> {
  if (hasRole(viewer, 'admin')) return {};
  const live: FilterQuery<PostRow>[] = [{ status: 'PUBLISHED' }, { status: 'SCHEDULED', publishedAt: { $lte: now } }];
  return { $or: viewer ? [...live, authorCondition(viewer.userId)] : live };
}

interface Cleaned {
  title?: string;
  content?: string;
  excerpt?: string | null;
  category?: string | null;
  tags?: string[];
  slug?: string;
  status?: PostStatus;
  publishedAt?: Date | null;
  coAuthorIds?: string[];
}

/**
 * Checks the fields present in `input` (title and content are required on create) and returns them
 * cleaned, with one error per bad field. Publication times are checked against the status they will
 * have (`current` for an update that leaves the status alone).
 */
function clean(input: CreatePostInput | UpdatePostInput, creating: boolean, viewerId: string, now: Date, current?: PostRow) {
  const errors: UserError[] = [];
  const out: Cleaned = {};
  if (creating || input.title != null) {
    const title = input.title?.trim() ?? '';
    if (!title) errors.push(fieldError('input.title', 'Title is required.'));
    else if (title.length > MAX_TITLE) errors.push(fieldError('input.title', `Title must be at most ${MAX_TITLE} characters.`));
    else out.title = title;
  } else if (input.title === null) errors.push(fieldError('input.title', 'Title cannot be cleared.'));
  if (creating || input.content != null) {
    const content = input.content ?? '';
    if (!content.trim()) errors.push(fieldError('input.content', 'Content is required.'));
    else if (content.length > MAX_CONTENT)
      errors.push(fieldError('input.content', `Content must be at most ${MAX_CONTENT.toLocaleString('en')} characters.`));
    else out.content = content;
  } else if (input.content === null) errors.push(fieldError('input.content', 'Content cannot be cleared.'));
  if (input.excerpt !== undefined) {
    const excerpt = input.excerpt?.trim() || null;
    if (excerpt && excerpt.length > MAX_EXCERPT)
      errors.push(fieldError('input.excerpt', `Excerpt must be at most ${MAX_EXCERPT} characters.`));
    else out.excerpt = excerpt;
  }
  if (input.category !== undefined) {
    const category = input.category?.trim().replace(/\s+/g, ' ') || null;
    if (category && category.length > MAX_CATEGORY)
      errors.push(fieldError('input.category', `Category must be at most ${MAX_CATEGORY} characters.`));
    else if (category && !/[\p{L}\p{N}]/u.test(category))
      errors.push(fieldError('input.category', 'Category must contain a letter or a digit.'));
    else out.category = category;
  }
  if (input.tags != null) {
    const tags = input.tags.map(cleanTag);
    if (input.tags.length > MAX_TAGS) errors.push(fieldError('input.tags', `At most ${MAX_TAGS} tags.`));
    else if (tags.some((t) => t === null))
      errors.push(fieldError('input.tags', 'Each tag must be 1 to 40 letters, digits, spaces, _ or -.'));
    else out.tags = [...new Set(tags as string[])];
  } else if (!creating && input.tags === null) out.tags = [];
  if (input.slug != null) {
    const slug = input.slug.trim().toLowerCase();
    if (slug.length > MAX_SLUG || !SLUG.test(slug)) {
      errors.push(
        fieldError('input.slug', `Slug must be lower-case letters and digits joined by single hyphens, at most ${MAX_SLUG} characters.`),
      );
    } else out.slug = slug;
  } else if (!creating && input.slug === null) errors.push(fieldError('input.slug', 'Slug cannot be cleared.'));
  if (input.coAuthorIds != null) {
    const ids = [...new Set(input.coAuthorIds.map((id) => id.trim().toLowerCase()))].filter((id) => id !== viewerId);
    if (input.coAuthorIds.length > MAX_CO_AUTHORS) errors.push(fieldError('input.coAuthorIds', `At most ${MAX_CO_AUTHORS} co-authors.`));
    else if (ids.some((id) => !isUuid(id))) errors.push(fieldError('input.coAuthorIds', 'Each co-author must be the id of a user.'));
    else out.coAuthorIds = ids;
  }
  if (!creating && input.status === null) errors.push(fieldError('input.status', 'Status cannot be cleared.'));
  const status: PostStatus = input.status ?? current?.status ?? 'DRAFT';
  if (input.status != null) out.status = input.status;
  const at = input.publishedAt;
  if (status === 'SCHEDULED') {
    const when = at ?? (input.status == null ? current?.publishedAt : undefined);
    if (!when) errors.push(fieldError('input.publishedAt', 'A scheduled post needs publishedAt, the time to publish it.'));
    else if (when <= now)
      errors.push(fieldError('input.publishedAt', 'A scheduled post must be published in the future; use PUBLISHED for now.'));
    else out.publishedAt = when;
  } else if (status === 'PUBLISHED') {
    if (at && at > now)
      errors.push(
        fieldError('input.publishedAt', 'A published post cannot be dated in the future; schedule it instead (status SCHEDULED).'),
      );
    else if (at) out.publishedAt = at;
    else if (!current || !isLive(current, now)) out.publishedAt = now;
  } else {
    if (at) errors.push(fieldError('input.publishedAt', 'A draft has no publication time.'));
    out.publishedAt = null;
  }
  return { errors, values: out };
}

/**
 * Post rules: who sees and changes what, validation, slugs, listing, scheduling. No GraphQL in here.
 * Every method takes the kit's {@link PublishingDeps} first (resolvers pass `ctx.deps`).
 */
export class PublishingService {
  async create(deps: PublishingDeps, input: CreatePostInput): Promise<Payload<{ post: PostRow }>> {
    const viewer = requireViewer(deps.viewer);
    const now = deps.clock.now();
    const { errors, values } = clean(input, true, viewer.userId, now);
    if (errors.length) return fail(errors);
    const { em } = deps;
    const slug = values.slug ?? (await this.freeSlug(em, viewer.userId, slugify(values.title!)));
    const authorIds = [viewer.userId, ...(values.coAuthorIds ?? [])];
    const post = em.create(Post, {
      id: newId(),
      ownerId: viewer.userId,
      authorIds,
      authorKey: `|${authorIds.join('|')}|`,
      title: values.title!,
      titleKey: sortKey(values.title!, 200),
      slug,
      content: values.content!,
      excerpt: values.excerpt ?? deriveExcerpt(values.content!),
      customExcerpt: Boolean(values.excerpt),
      category: values.category ?? null,
      categoryKey: values.category ? sortKey(values.category, MAX_CATEGORY) : null,
      tags: values.tags ?? [],
      tagKey: tagKey(values.tags ?? []),
      status: values.status ?? 'DRAFT',
      publishedAt: values.publishedAt ?? null,
      sortAt: values.publishedAt ?? now,
      searchText: '',
    });
    post.searchText = this.searchTextOf(post);
    em.create(PostSlug, { ownerId: viewer.userId, slug, postId: post.id });
    if (post.status === 'PUBLISHED') this.recordPublished(em, post);
    const conflict = await flushOrConflict(em, 'input.slug', `You already have a post with the slug "${slug}"; choose another.`);
    return conflict.length ? fail(conflict) : ok({ post });
  }

  async update(deps: PublishingDeps, id: string, input: UpdatePostInput): Promise<Payload<{ post: PostRow }>> {
    const { em } = deps;
    const viewer = requireViewer(deps.viewer);
    const post = await this.changeable(deps, id);
    const now = deps.clock.now();
    const { errors, values } = clean(input, false, post.ownerId, now, post);
    if (errors.length) return fail(errors);
    const wasLive = isLive(post, now);
    if (values.title !== undefined) {
      post.title = values.title;
      post.titleKey = sortKey(values.title, 200);
    }
    if (values.content !== undefined) {
      post.content = values.content;
      if (!post.customExcerpt) post.excerpt = deriveExcerpt(values.content);
    }
    if (values.excerpt !== undefined) {
      post.customExcerpt = values.excerpt !== null;
      post.excerpt = values.excerpt ?? deriveExcerpt(post.content);
    }
    if (values.category !== undefined) {
      post.category = values.category;
      post.categoryKey = values.category ? sortKey(values.category, MAX_CATEGORY) : null;
    }
    if (values.tags !== undefined) {
      post.tags = values.tags;
      post.tagKey = tagKey(values.tags);
    }
    if (values.coAuthorIds !== undefined) {
      if (viewer.userId !== post.ownerId && !hasRole(viewer, 'admin')) {
        return fail(fieldError('input.coAuthorIds', 'Only the first author can change who the other authors are.'));
      }
      post.authorIds = [post.ownerId, ...values.coAuthorIds.filter((a) => a !== post.ownerId)];
      post.authorKey = `|${post.authorIds.join('|')}|`;
    }
    if (values.status !== undefined) post.status = values.status;
    if (values.publishedAt !== undefined) post.publishedAt = values.publishedAt;
    post.sortAt = post.publishedAt ?? post.createdAt;
    if (values.slug !== undefined && values.slug !== post.slug) {
      // The old slug stays in post_slugs, pointing here: it keeps finding (and redirecting to) this post.
      const existing = await em.findOne(PostSlug, { ownerId: post.ownerId, slug: values.slug });
      if (existing && existing.postId !== post.id) {
        return fail({
          field: 'input.slug',
          message: `You already have a post with the slug "${values.slug}"; choose another.`,
          code: 'CONFLICT',
        });
      }
      if (!existing) em.create(PostSlug, { ownerId: post.ownerId, slug: values.slug, postId: post.id });
      post.slug = values.slug;
    }
    post.searchText = this.searchTextOf(post);
    if (!wasLive && post.status === 'PUBLISHED') this.recordPublished(em, post);
    const conflict = await flushOrConflict(em, 'input.slug', `You already have a post with the slug "${post.slug}"; choose another.`);
    return conflict.length ? fail(conflict) : ok({ post });
  }

  async delete(deps: PublishingDeps, id: string): Promise<Payload<{ deletedId: string }>> {
    const viewer = requireViewer(deps.viewer);
    const post = await this.changeable(deps, id);
    if (post.ownerId !== viewer.userId && !hasRole(viewer, 'admin')) throw forbidden('Only the first author of this post may delete it.');
    await deps.em.transactional(async (tx) => {
      await tx.nativeDelete(PostSlug, { postId: id });
      await tx.nativeDelete(Post, { id });
    });
    return ok({ deletedId: id });
  }

  /** A post the viewer may see, or null. */
  async get(deps: PublishingDeps, id: string): Promise<PostRow | null> {
    const post = await deps.loaders.postById.load(id);
    return post && canSee(post, deps.viewer, deps.clock.now()) ? post : null;
  }

  /** The post `authorId` has (or had) at `slug`, when the viewer may see it. */
  async bySlug(deps: PublishingDeps, authorId: string, slug: string): Promise<PostRow | null> {
    const owner = authorId.trim().toLowerCase();
    if (!isUuid(owner)) throw badInput('authorId must be the id of a user.', 'authorId');
    const clean = slug.trim().toLowerCase();
    if (clean.length > MAX_SLUG || !SLUG.test(clean)) throw badInput('slug is not a post slug.', 'slug');
    const row = await deps.em.findOne(PostSlug, { ownerId: owner, slug: clean });
    return row ? this.get(deps, row.postId) : null;
  }

  /**
   * One page of the posts the viewer may see that match `filter` (plus `authorId` from `User.posts`).
   * Two statements whatever the page size.
   */
  list(
    deps: PublishingDeps,
    args: Pick<PostListArgs, 'first' | 'after'> & { filter?: PostFilter | null; orderBy?: PostOrder | null },
    authorId?: string,
  ) {
    const now = deps.clock.now();
    const conditions: FilterQuery<PostRow>[] = [visibleTo(deps.viewer, now)];
    const filter = args.filter ?? {};
    const author = authorId ?? filter.authorId;
    if (author != null) {
      const id = author.trim().toLowerCase();
      if (!isUuid(id)) throw badInput('authorId must be the id of a user.', 'filter.authorId');
      conditions.push(authorCondition(id));
    }
    if (filter.search != null) conditions.push(searchCondition<PostRow>(deps.em, filter.search));
    if (filter.tag != null) conditions.push(tagCondition<PostRow>(filter.tag));
    if (filter.category != null) {
      const key = sortKey(filter.category, MAX_CATEGORY + 1);
      if (!key || key.length > MAX_CATEGORY) throw badInput(`category must be 1 to ${MAX_CATEGORY} characters.`, 'filter.category');
      conditions.push({ categoryKey: key });
    }
    if (filter.status === 'PUBLISHED')
      conditions.push({ $or: [{ status: 'PUBLISHED' }, { status: 'SCHEDULED', publishedAt: { $lte: now } }] });
    if (filter.status === 'SCHEDULED') conditions.push({ status: 'SCHEDULED', publishedAt: { $gt: now } });
    if (filter.status === 'DRAFT') conditions.push({ status: 'DRAFT' });
    if (filter.publishedFrom != null || filter.publishedTo != null) {
      if (filter.publishedFrom && filter.publishedTo && filter.publishedFrom >= filter.publishedTo) {
        throw badInput('publishedTo must be after publishedFrom.', 'filter.publishedTo');
      }
      conditions.push({
        publishedAt: {
          $ne: null,
          ...(filter.publishedFrom ? { $gte: filter.publishedFrom } : {}),
          ...(filter.publishedTo ? { $lt: filter.publishedTo } : {}),
        },
      });
    }
    const order = args.orderBy ?? { field: 'PUBLISHED_AT', direction: 'DESC' };
    return paginate<PostRow>(deps.em, Post, { $and: conditions }, args, totalOrder<PostRow>(ORDER_COLUMN[order.field], order.direction));
  }

  /** The latest live posts, for feeds; `filter` narrows them like {@link list}'s. */
  async latest(
    deps: Pick<PublishingDeps, 'em' | 'clock'>,
    size: number,
    filter: { authorId?: string; tag?: string; category?: string } = {},
  ) {
    const now = deps.clock.now();
    const where: FilterQuery<PostRow>[] = [visibleTo(null, now)];
    if (filter.authorId) where.push(authorCondition(filter.authorId));
    if (filter.tag) where.push(tagCondition<PostRow>(filter.tag, 'tag'));
    if (filter.category) where.push({ categoryKey: sortKey(filter.category, MAX_CATEGORY) });
    return deps.em.find(Post, { $and: where }, { orderBy: { sortAt: 'desc', id: 'desc' }, limit: size });
  }

  /**
   * Publishes every scheduled post whose time has come (up to `limit`); returns how many this call
   * published. Run by every replica's sweep: each post is claimed by a conditional update inside the
   * transaction that records its event, so it is published — and announced — exactly once.
   */
  async publishDue(deps: Pick<PublishingDeps, 'em' | 'clock'>, limit = 100): Promise<number> {
    const now = deps.clock.now();
    const due = await deps.em
      .fork()
      .find(Post, { status: 'SCHEDULED', publishedAt: { $lte: now } }, { orderBy: { publishedAt: 'asc', id: 'asc' }, limit });
    let published = 0;
    for (const post of due) {
      const claimed = await deps.em.fork().transactional(async (tx) => {
        const moved = await tx.nativeUpdate(
          Post,
          { id: post.id, status: 'SCHEDULED', publishedAt: { $lte: now } },
          { status: 'PUBLISHED' },
        );
        if (moved !== 1) return false;
        this.recordPublished(tx, post);
        return true;
      });
      if (claimed) published++;
    }
    return published;
  }

  /** Loads a post the viewer may change: NOT_FOUND when missing or invisible, FORBIDDEN when not theirs. */
  private async changeable(deps: PublishingDeps, id: string): Promise<PostRow> {
    const viewer = requireViewer(deps.viewer);
    const post = await deps.em.findOne(Post, { id });
    if (!post || !canSee(post, viewer, deps.clock.now())) throw notFound('Post', id);
    if (!post.authorIds.includes(viewer.userId) && !hasRole(viewer, 'admin'))
      throw forbidden('Only the authors of this post may change it.');
    return post;
  }

  /** `base`, or `base-2`, `base-3`… : the first slug the owner has not used (a racing insert is caught by the unique key). */
  private async freeSlug(em: Em, ownerId: string, base: string): Promise<string> {
    const stem = base.slice(0, MAX_SLUG - 4).replace(/-+$/, '');
    const taken = new Set(
      (await em.find(PostSlug, { ownerId, slug: { $like: `${stem}%` } }, { fields: ['slug'], limit: 1000 })).map((s) => s.slug),
    );
    if (!taken.has(base)) return base;
    for (let n = 2; n < 1000; n++) if (!taken.has(`${stem}-${n}`)) return `${stem}-${n}`;
    return `${stem}-${Date.now().toString(36)}`;
  }

  private searchTextOf(post: PostRow): string {
    return searchText([post.title, post.category, post.tags.join(' '), post.content]);
  }

  private recordPublished(em: Em, post: PostRow): void {
    recordEvent(em, POST_PUBLISHED_EVENT, {
      postId: post.id,
      title: post.title,
      path: postPath(post),
      authorIds: post.authorIds,
    });
  }
}
