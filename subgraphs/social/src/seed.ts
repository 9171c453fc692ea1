import { newId, recordEvent, type Em } from '../../../kit';
import { Follow, SocialPost, SocialProfile } from './entities';
import { POST_CREATED_EVENT } from './service';

/** identity's demo users (see identity's seed): the demo user and the admin. */
const DEMO_USER_ID = '01900000-0000-7000-8000-000000000002';
const DEMO_ADMIN_ID = '01900000-0000-7000-8000-000000000001';

/**
 * The demo user follows the admin; each has a few posts, one reply and a like. Skipped when the demo
 * user already has posts. Each top-level post is announced
 * like a new one, so the fan-out worker fills the home timelines.
 */
export async function seed(em: Em): Promise<void> {
  if (await em.count(SocialPost, { authorId: DEMO_USER_ID })) return;
  const now = Date.now();
  const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000);
  const post = (authorId: string, text: string, minutesAgo: number, replyToId: string | null = null) => {
    const createdAt = at(minutesAgo);
    const row = em.create(SocialPost, {
      id: newId(),
      createdAt,
      updatedAt: createdAt,
      authorId,
      text,
      mediaRefs: [],
      mentionIds: [],
      replyToId,
      repostOfId: null,
      likeCount: 0,
      replyCount: 0,
      repostCount: 0,
    });
    if (!replyToId) recordEvent(em, POST_CREATED_EVENT, { postId: row.id, authorId, score: createdAt.getTime() });
    return row;
  };
  const hello = post(DEMO_ADMIN_ID, 'Welcome to Hubgraph social: follow people, post, like and reply.', 120);
  post(DEMO_ADMIN_ID, 'Home timelines are fanned out on write; big accounts are merged at read time.', 60);
  post(DEMO_USER_ID, 'My first post on the supergraph.', 30);
  post(DEMO_USER_ID, 'Thanks, glad to be here!', 20, hello.id);
  hello.replyCount = 1;
  em.create(Follow, { followerId: DEMO_USER_ID, followeeId: DEMO_ADMIN_ID });
  em.create(SocialProfile, { userId: DEMO_ADMIN_ID, followerCount: 1, followingCount: 0 });
  em.create(SocialProfile, { userId: DEMO_USER_ID, followerCount: 0, followingCount: 1 });
  await em.flush();
}
