import { gql, signUpUser } from '../../../test/helpers/graphql';
import { startTestStack, stopSubgraph, type TestStack } from '../../../test/helpers/stack';

describe('links visit buffer on shutdown, and the demo data', () => {
  let stack: TestStack;
  beforeAll(async () => {
    // Nothing is flushed by time or size during the test: only the stop writes the visits. Every visit
    // reaches links (no edge answers at the router, whose reports edge.test.ts covers).
    stack = await startTestStack({
      only: ['identity', 'links'],
      env: { LINKS_FLUSH_MS: '60000', LINKS_FLUSH_MAX: '10000', SEED_DEMO_DATA: 'true', LINKS_EDGE_TTL_MS: '0' },
    });
  });

  it('writes the buffered visits when the subgraph stops', async () => {
    const user = await signUpUser(stack.url, 'flush');
    const created = await gql(
      stack.url,
      'mutation { createShortLink(input: { target: "https://example.com/x" }) { link { code } } }',
      {},
      { token: user.token },
    );
    const code = created.body.data.createShortLink.link.code;
    const origin = new URL(stack.url).origin;
    for (let i = 0; i < 20; i++) expect((await fetch(`${origin}/s/${code}`, { redirect: 'manual' })).status).toBe(302);
    const count = async () =>
      (await gql(stack.url, `{ shortLink(code: "${code}") { visitCount stats { total } } }`, {}, { token: user.token })).body.data
        .shortLink;
    expect(await count()).toEqual({ visitCount: 0, stats: { total: 0 } }); // still buffered: the positive control below
    const stopped = await stopSubgraph(stack, 'links');
    await stopped.restart();
    expect(await count()).toEqual({ visitCount: 20, stats: { total: 20 } });
  });

  it('seeds the demo links for SEED_DEMO_DATA', async () => {
    const res = await fetch(`${new URL(stack.url).origin}/s/readme`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('https://github.com/apollographql/federation#readme');
  });
});
