/**
 * `npm run bench -- social-timeline`: the social subgraph's home timeline (in-process stack: identity,
 * social and the router; SQLite in a temp dir, or MariaDB with MYSQL_URL; the timeline store in memory, or
 * Redis sorted sets with REDIS_URL, whose results go to social-timeline-redis.json).
 *
 * 1. Read: p50/p99 of `homeTimeline(first: 20)` through the router for a user following 1,000
 *    accounts (2 posts each, fanned out into the reader's sorted set), then again once the reader also
 *    follows an account above the fan-out threshold (its posts merged at read time).
 * 2. Write: the fan-out worker's time for one post by an account with 10,000 followers, pushed to every
 *    follower (threshold above 10,000: no merge) and with the read-time merge (threshold below: only the
 *    author's own timeline is written).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newId } from '../kit/src/entity';
import type { RunningSubgraph } from '../kit';
import { startStack, type Stack } from '../scripts/lib/stack';
import type { SocialConfig } from '../subgraphs/social/src/config';
import type { SocialLoaders } from '../subgraphs/social/src/context';
import { Follow, SocialPost, SocialProfile } from '../subgraphs/social/src/entities';
import { SocialService } from '../subgraphs/social/src/service';
import { timelineStores } from '../subgraphs/social/src/timeline-store';
import type { BenchArgs } from './lib/args';
import { onInterrupt } from './lib/proc';
import { describeMachine, formatTable, writeResult } from './lib/report';
import { round } from './lib/stats';

const HOME = 'query { homeTimeline(first: 20) { edges { node { id text likeCount likedByViewer author { id } } } } }';

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
}

function post(authorId: string, at: Date, text: string) {
  return {
    id: newId(),
    createdAt: at,
    updatedAt: at,
    authorId,
    text,
    mediaRefs: [],
    mentionIds: [],
    replyToId: null,
    repostOfId: null,
    likeCount: 0,
    replyCount: 0,
    repostCount: 0,
  };
}

export async function socialTimeline(args: BenchArgs, env: Record<string, string | undefined>): Promise<void> {
  const reads = args.number('reads', 200, 10, 10_000);
  const following = args.number('following', 1000, 10, 10_000);
  const followers = args.number('followers', 10_000, 10, 100_000);
  args.rejectUnknown();
  const dataDir = mkdtempSync(join(tmpdir(), 'hubgraph-bench-'));
  let stack: Stack | undefined;
  const cleanup = async () => {
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const unregister = onInterrupt(cleanup);
  try {
    stack = await startStack({
      env: {
        NODE_ENV: 'test',
        LOG_LEVEL: 'error',
        DATA_DIR: dataDir,
        MYSQL_URL: env.MYSQL_URL,
        REDIS_URL: env.REDIS_URL,
        REDIS_KEY_PREFIX: `hgb_${randomBytes(4).toString('hex')}:`,
        MYSQL_DATABASE_PREFIX: `hgb_${randomBytes(4).toString('hex')}_`,
        RATE_LIMIT_USER_POINTS: '100000000',
        SOCIAL_FANOUT_THRESHOLD: String(Math.floor(followers / 2)),
      },
      ephemeralPorts: true,
      only: ['identity', 'social'],
    });
    const url = stack.router.url;
    const signUp = await gql(url, 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken user { id } } }', {
      i: { email: `bench-${randomBytes(4).toString('hex')}@example.test`, password: 'correct horse battery staple', displayName: 'bench' },
    });
    const token = signUp.data?.signUp?.accessToken as string;
    const readerId = signUp.data?.signUp?.user?.id as string;
    if (!token) throw new Error(`sign-up failed: ${JSON.stringify(signUp)}`);
    const social = stack.subgraphs.find((s) => s.name === 'social') as unknown as RunningSubgraph<SocialConfig, SocialLoaders>;
    const deps = social.serviceDeps();
    const store = timelineStores.get(deps);

    // 1. The reader follows `following` accounts with two posts each, fanned out into their set.
    const now = Date.now();
    const follows = [];
    const posts = [];
    for (let i = 0; i < following; i++) {
      const authorId = newId();
      follows.push({ id: newId(), createdAt: new Date(now), updatedAt: new Date(now), followerId: readerId, followeeId: authorId });
      for (let p = 0; p < 2; p++) posts.push(post(authorId, new Date(now - (i * 2 + p) * 1000), `post ${i}/${p}`));
    }
    const em = social.orm.em.fork();
    for (let i = 0; i < follows.length; i += 500) await em.insertMany(Follow, follows.slice(i, i + 500));
    for (let i = 0; i < posts.length; i += 500) await em.insertMany(SocialPost, posts.slice(i, i + 500));
    for (const p of posts) await store.push([readerId], { postId: p.id, score: p.createdAt.getTime() }, deps.config.SOCIAL_TIMELINE_SIZE);

    const measureReads = async () => {
      const times: number[] = [];
      for (let i = 0; i < reads; i++) {
        const t0 = performance.now();
        const reply = await gql(url, HOME, {}, token);
        times.push(performance.now() - t0);
        if (reply.errors || reply.data?.homeTimeline?.edges?.length !== 20)
          throw new Error(`bad reply: ${JSON.stringify(reply).slice(0, 300)}`);
      }
      return { p50: round(percentile(times, 50)), p99: round(percentile(times, 99)) };
    };
    const fanOutOnly = await measureReads();

    // 2. A big account with `followers` followers (the reader among them) and one fresh post.
    const celeb = newId();
    const fans = [{ id: newId(), createdAt: new Date(), updatedAt: new Date(), followerId: readerId, followeeId: celeb }];
    for (let i = 1; i < followers; i++)
      fans.push({ id: newId(), createdAt: new Date(), updatedAt: new Date(), followerId: newId(), followeeId: celeb });
    for (let i = 0; i < fans.length; i += 500) await em.insertMany(Follow, fans.slice(i, i + 500));
    await em.insertMany(SocialProfile, [{ userId: celeb, followerCount: followers, followingCount: 0 }]);
    const celebPost = post(celeb, new Date(), 'from the big account');
    await em.insertMany(SocialPost, [celebPost]);
    const withMerge = await measureReads();

    const service = new SocialService();
    const timeFanOut = async (threshold: number) => {
      // Its own config object: its own (memory) store, so the runs do not share sets.
      const config = { ...deps.config, SOCIAL_FANOUT_THRESHOLD: threshold };
      const t0 = performance.now();
      const result = await service.fanOut({ ...deps, em: social.orm.em.fork(), config }, celebPost.id);
      const ms = performance.now() - t0;
      await timelineStores.close(config);
      return { ms: round(ms), pushed: result.pushed, merged: result.merged };
    };
    const noMerge = await timeFanOut(followers * 10);
    const merge = await timeFanOut(Math.floor(followers / 2));

    const machine = describeMachine();
    console.log(
      `social-timeline on ${machine.cpuModel} (${machine.cpus} CPUs, shared with other work), ${env.MYSQL_URL ? 'MariaDB' : 'SQLite'}, timelines in ${env.REDIS_URL ? 'Redis' : 'memory'}`,
    );
    console.log(
      formatTable(
        ['measure', 'value'],
        [
          [`home read p50 / p99 (ms), following ${following}, fan-out only`, `${fanOutOnly.p50} / ${fanOutOnly.p99}`],
          [`home read p50 / p99 (ms), + one merged account (${followers} followers)`, `${withMerge.p50} / ${withMerge.p99}`],
          [`fan-out of one post to ${followers} followers, no merge (ms)`, `${noMerge.ms} (${noMerge.pushed} timelines)`],
          [`fan-out of the same post with read-time merge (ms)`, `${merge.ms} (${merge.pushed} timeline)`],
        ],
      ),
    );
    const path = writeResult(env.REDIS_URL ? 'social-timeline-redis' : 'social-timeline', {
      machine,
      database: env.MYSQL_URL ? 'mariadb' : 'sqlite',
      store: env.REDIS_URL ? 'redis' : 'memory',
      reads,
      following,
      followers,
      read: { fanOutOnly, withMerge },
      fanOut: { noMerge, merge },
    });
    console.log(`wrote ${path}`);
  } finally {
    unregister();
    await cleanup();
  }
}
