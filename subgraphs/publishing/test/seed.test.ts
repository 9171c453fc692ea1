import { gql } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';

const DEMO_USER_ID = '01900000-0000-7000-8000-000000000002';

describe('publishing: demo data for npm start', () => {
  let stack: TestStack;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'publishing'], env: { SEED_DEMO_DATA: 'true', PUBLISHING_SCHEDULE_SWEEP_MS: '0' } });
  });

  it('seeds the demo user’s blog: readers see the two published posts, the feed lists them', async () => {
    const res = await gql(
      stack.url,
      'query($a: ID) { posts(filter: { authorId: $a }) { totalCount edges { node { title status path } } } }',
      {
        a: DEMO_USER_ID,
      },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.posts.totalCount).toBe(2);
    expect(res.body.data.posts.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual([
      'Scheduling posts on many replicas',
      'Hello, supergraph',
    ]);
    const page = await fetch(stack.url.replace(/\/graphql$/, '') + res.body.data.posts.edges[1].node.path);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<strong>publishing</strong>');
    const feed = await (await fetch(stack.url.replace(/\/graphql$/, '/feeds/posts.rss'))).text();
    expect(feed).toContain('<title>Hello, supergraph</title>');
    expect(feed).not.toContain('Draft ideas');
  });
});
