/**
 * The social part of sql-per-request: the bench user follows 100 accounts with 3 posts each (300
 * entries fanned out into the user's home timeline), read as `homeTimeline(first: N)` with per-row
 * fields (likedByViewer, repostOf, author) for growing N. Posts, reposts' originals, follows and likes
 * come from per-request loaders and the hidden set is one read per request, so the statement count
 * must not move with N.
 */
import { newId } from '../kit/src/entity';
import type { SocialConfig } from '../subgraphs/social/src/config';
import type { SocialLoaders } from '../subgraphs/social/src/context';
import { Follow, SocialPost } from '../subgraphs/social/src/entities';
import { SocialService } from '../subgraphs/social/src/service';
import type { RunningSubgraph } from '../kit';
import type { DomainBench } from './sql-per-request-domains';

const AUTHORS = 100;
const POSTS_EACH = 3;
const PAGE_SIZES = [10, 50, 100];

const HOME_QUERY = `query Home($first: Int!) {
  homeTimeline(first: $first) {
    totalCount edges { cursor node { id text likeCount replyCount likedByViewer author { id } repostOf { id } } }
  }
}`;

interface Reply {
  data?: { homeTimeline: { totalCount: number; edges: { node: { id: string } }[] } | null };
}

/** social's entry in sql-per-request's domain table (bench/sql-per-request-domains.ts). */
export const socialBench: DomainBench = {
  name: 'social',
  shown: ['social'],
  pageSizes: PAGE_SIZES,
  query: HOME_QUERY,
  async seed(stack, user) {
    const social = stack.subgraphs.find((s) => s.name === 'social') as RunningSubgraph<SocialConfig, SocialLoaders> | undefined;
    if (!social) throw new Error('the social subgraph is not running');
    const em = social.orm.em.fork();
    const now = Date.now();
    const posts = [];
    for (let a = 0; a < AUTHORS; a++) {
      const authorId = newId();
      em.create(Follow, { followerId: user.id, followeeId: authorId });
      for (let p = 0; p < POSTS_EACH; p++) {
        const at = new Date(now - (a * POSTS_EACH + p) * 60_000);
        posts.push(
          em.create(SocialPost, {
            createdAt: at,
            updatedAt: at,
            authorId,
            text: `post ${a}/${p}`,
            mediaRefs: [],
            mentionIds: [],
            replyToId: null,
            repostOfId: null,
            likeCount: p,
            replyCount: 0,
            repostCount: 0,
          }),
        );
      }
    }
    await em.flush();
    const service = new SocialService();
    for (const post of posts) await service.fanOut(social.serviceDeps(), post.id);
  },
  check(data, size) {
    const reply = { data } as Reply;
    const edges = reply.data?.homeTimeline?.edges ?? [];
    if (reply.data?.homeTimeline?.totalCount !== AUTHORS * POSTS_EACH || edges.length !== size) return 'wrong answer';
    return `ok, ${size} timeline posts`;
  },
};
