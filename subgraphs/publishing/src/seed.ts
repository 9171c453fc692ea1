import type { Em } from '../../../kit';
import { Post, PostSlug } from './entities';
import { deriveExcerpt, slugify } from './service';
import { searchText, sortKey, tagKey, newId } from '../../../kit';

/** identity's demo user (see identity's seed). */
const DEMO_USER_ID = '01900000-0000-7000-8000-000000000002';

const DAY = 86_400_000;

/** A few posts by the demo user (published, one scheduled, one draft); skipped when they have posts. */
export async function seed(em: Em): Promise<void> {
  if (await em.count(Post, { ownerId: DEMO_USER_ID })) return;
  const now = Date.now();
  const samples: {
    title: string;
    content: string;
    category: string;
    tags: string[];
    status: 'PUBLISHED' | 'SCHEDULED' | 'DRAFT';
    at: number | null;
  }[] = [
    {
      title: 'Hello, supergraph',
      content:
        '# Hello\n\nThis blog is served by the **publishing** subgraph. Posts are Markdown; readers get [RSS](/feeds/posts.rss) and Atom feeds.',
      category: 'Announcements',
      tags: ['federation', 'hubgraph'],
      status: 'PUBLISHED',
      at: now - 7 * DAY,
    },
    {
      title: 'Scheduling posts on many replicas',
      content:
        'A scheduled post publishes itself at its time. Every replica sweeps; a conditional update claims each post, so it is published once.',
      category: 'Engineering',
      tags: ['scheduling'],
      status: 'PUBLISHED',
      at: now - 2 * DAY,
    },
    {
      title: 'Coming soon: slugs that never break',
      content: 'Rename a post and its old address keeps working: it answers 301 to the new one.',
      category: 'Engineering',
      tags: ['slugs'],
      status: 'SCHEDULED',
      at: now + 3 * DAY,
    },
    { title: 'Draft ideas', content: 'Only the author sees a draft.', category: 'Notes', tags: [], status: 'DRAFT', at: null },
  ];
  for (const s of samples) {
    const id = newId();
    const slug = slugify(s.title);
    const createdAt = new Date(s.at !== null && s.at < now ? s.at : now);
    em.create(Post, {
      id,
      ownerId: DEMO_USER_ID,
      authorIds: [DEMO_USER_ID],
      authorKey: `|${DEMO_USER_ID}|`,
      title: s.title,
      titleKey: sortKey(s.title, 200),
      slug,
      content: s.content,
      excerpt: deriveExcerpt(s.content),
      customExcerpt: false,
      category: s.category,
      categoryKey: sortKey(s.category, 50),
      tags: s.tags,
      tagKey: tagKey(s.tags),
      status: s.status,
      publishedAt: s.at === null ? null : new Date(s.at),
      sortAt: new Date(s.at ?? now),
      searchText: searchText([s.title, s.category, s.tags.join(' '), s.content]),
      createdAt,
      updatedAt: createdAt,
    });
    em.create(PostSlug, { ownerId: DEMO_USER_ID, slug, postId: id });
  }
  await em.flush();
}
