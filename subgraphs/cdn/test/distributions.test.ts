import { addToTenant, errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, stopSubgraph, type TestStack } from '../../../test/helpers/stack';
import { waitFor } from '../../../test/helpers/wait';
import { startOrigin } from './origin';

const CREATE = `mutation($input: CreateDistributionInput!) {
  createDistribution(input: $input) { distribution { id endpoint strategy nodeCount nodes { index healthy } } errors { field code message } }
}`;
const PURGE_URL = 'mutation($d: ID!, $p: String!) { purgeUrl(distributionId: $d, path: $p) { purged errors { field code } } }';
const PURGE_TAG = 'mutation($d: ID!, $t: String!) { purgeTag(distributionId: $d, tag: $t) { purged errors { field code } } }';
const NODES = `query($id: ID!) { distribution(id: $id) {
  nodes { index online healthy hits misses hitRatio bytesSaved originRequests cachedObjects latencyP50Ms latencyP95Ms }
  stats { hits misses hitRatio bytesSaved originOffload }
} }`;
const SET_ONLINE =
  'mutation($d: ID!, $i: Int!, $o: Boolean!) { setEdgeNodeOnline(distributionId: $d, index: $i, online: $o) { index online } }';

async function get(endpoint: string, path: string): Promise<{ status: number; cache: string | null; node: string | null }> {
  const res = await fetch(`${endpoint}${path}`);
  await res.arrayBuffer();
  return { status: res.status, cache: res.headers.get('x-cache'), node: res.headers.get('x-edge-node') };
}

describe('cdn: distributions through the router', () => {
  let stack: TestStack;
  let origin: Awaited<ReturnType<typeof startOrigin>>;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'cdn'],
      env: { CDN_HEALTH_INTERVAL_MS: '40', CDN_HEALTH_THRESHOLD: '2', SEED_DEMO_DATA: 'true' },
    });
    origin = await startOrigin();
    [alice, bob] = await Promise.all([signUpUser(stack.url, 'alice'), signUpUser(stack.url, 'bob')]);
  });

  async function create(input: Record<string, unknown>, auth = { token: alice.token }) {
    const res = await gql(stack.url, CREATE, { input: { name: 'site', originUrl: origin.url, ...input } }, auth);
    expect(res.body.errors).toBeUndefined();
    return res.body.data.createDistribution;
  }

  it('refuses bad input with field errors and creates nothing', async () => {
    const bad = await gql(
      stack.url,
      CREATE,
      { input: { name: ' ', originUrl: 'ftp://user:pw@example.com/x', nodeCount: 9, cacheBytes: 10 } },
      { token: alice.token },
    );
    expect(bad.body.data.createDistribution.distribution).toBeNull();
    expect(bad.body.data.createDistribution.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'input.cacheBytes',
      'input.name',
      'input.nodeCount',
      'input.originUrl',
    ]);
    for (const originUrl of ['http://a:b@127.0.0.1/', 'http://127.0.0.1/?q=1', `http://x/${'a'.repeat(2100)}`, 'not a url']) {
      const res = await create({ originUrl });
      expect(res.errors).toEqual([expect.objectContaining({ field: 'input.originUrl', code: 'BAD_USER_INPUT' })]);
    }
    const list = await gql(stack.url, '{ distributions(first: 5) { totalCount } }', {}, { token: alice.token });
    expect(list.body.data.distributions.totalCount).toBe(0);
    expect(errorCodes(await gql(stack.url, CREATE, { input: { name: 'x', originUrl: origin.url } }))).toEqual(['UNAUTHENTICATED']);
  });

  it('caches at the edge (consistent hashing keeps a path on one node) and reports hits, bytes saved and latency', async () => {
    const { distribution } = await create({ strategy: 'CONSISTENT_HASH', nodeCount: 3 });
    expect(distribution.nodes).toEqual([0, 1, 2].map((index) => ({ index, healthy: true })));
    const first = await get(distribution.endpoint, '/img/a.png');
    expect(first).toMatchObject({ status: 200, cache: 'MISS' });
    for (let i = 0; i < 4; i++) expect(await get(distribution.endpoint, '/img/a.png')).toEqual({ ...first, cache: 'HIT' });
    expect(origin.hits.get('/img/a.png')).toBe(1);

    const { body } = await gql(stack.url, NODES, { id: distribution.id }, { token: alice.token });
    const owner = body.data.distribution.nodes[Number(first.node)];
    expect(owner).toMatchObject({ hits: 4, misses: 1, hitRatio: 0.8, originRequests: 1, cachedObjects: 1 });
    expect(owner.bytesSaved).toBe(4 * 'body of /img/a.png '.repeat(20).length);
    expect(owner.latencyP95Ms).toBeGreaterThan(0);
    expect(body.data.distribution.stats).toMatchObject({ hits: 4, misses: 1, hitRatio: 0.8, originOffload: 0.8 });

    const cdn = stack.subgraphs.find((s) => s.name === 'cdn')!;
    const metrics = await (await fetch(new URL('/metrics', cdn.url))).text();
    expect(metrics).toContain(`hubgraph_cdn_edge_hits{distribution="${distribution.id}",node="${first.node}"} 4`);
    expect(metrics).toContain(`hubgraph_cdn_edge_hit_ratio{distribution="${distribution.id}",node="${first.node}"} 0.8`);
    expect(metrics).toMatch(
      new RegExp(`hubgraph_cdn_edge_latency_p95_seconds\\{distribution="${distribution.id}",node="${first.node}"\\} \\d`),
    );
  });

  it("purges by URL and by tag for the distribution's tenant only: another tenant and an employee are FORBIDDEN, nothing purged", async () => {
    const { distribution } = await create({ strategy: 'ROUND_ROBIN', nodeCount: 1 });
    const d = distribution.id;
    await get(distribution.endpoint, '/docs/1');
    await get(distribution.endpoint, '/docs/2');
    await get(distribution.endpoint, '/news/1');

    const carol = await signUpUser(stack.url, 'carol');
    const carolIn = await addToTenant(stack.url, alice, carol, 'EMPLOYEE');
    for (const auth of [{ token: bob.token }, carolIn]) {
      expect(errorCodes(await gql(stack.url, PURGE_URL, { d, p: '/docs/1' }, auth))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await gql(stack.url, PURGE_TAG, { d, t: 'section-docs' }, auth))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await gql(stack.url, SET_ONLINE, { d, i: 0, o: false }, auth))).toEqual(['FORBIDDEN']);
    }
    for (const path of ['/docs/1', '/docs/2', '/news/1']) expect((await get(distribution.endpoint, path)).cache).toBe('HIT');

    const badPath = await gql(stack.url, PURGE_URL, { d, p: 'docs/1' }, { token: alice.token });
    expect(badPath.body.data.purgeUrl).toEqual({ purged: 0, errors: [{ field: 'path', code: 'BAD_USER_INPUT' }] });
    const badTag = await gql(stack.url, PURGE_TAG, { d, t: 'two words' }, { token: alice.token });
    expect(badTag.body.data.purgeTag).toEqual({ purged: 0, errors: [{ field: 'tag', code: 'BAD_USER_INPUT' }] });
    const unknown = await gql(stack.url, PURGE_URL, { d: '01900000-0000-7000-8000-00000000ffff', p: '/x' }, { token: alice.token });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);

    const byUrl = await gql(stack.url, PURGE_URL, { d, p: '/news/1' }, { token: alice.token });
    expect(byUrl.body.data.purgeUrl).toEqual({ purged: 1, errors: [] });
    const byTag = await gql(stack.url, PURGE_TAG, { d, t: 'section-docs' }, { token: alice.token });
    expect(byTag.body.data.purgeTag).toEqual({ purged: 2, errors: [] });
    for (const path of ['/docs/1', '/docs/2', '/news/1']) expect((await get(distribution.endpoint, path)).cache).toBe('MISS');
    expect(origin.hits.get('/docs/1')).toBe(2);
  });

  it('fails a node over when its health checks fail and takes it back when they pass again', async () => {
    const { distribution } = await create({ strategy: 'ROUND_ROBIN', nodeCount: 2 });
    const d = distribution.id;
    const health = async () => {
      const { body } = await gql(stack.url, NODES, { id: d }, { token: alice.token });
      return body.data.distribution.nodes.map((n: { healthy: boolean }) => n.healthy);
    };
    const down = await gql(stack.url, SET_ONLINE, { d, i: 0, o: false }, { token: alice.token });
    expect(down.body.data.setEdgeNodeOnline).toEqual({ index: 0, online: false });
    await waitFor(async () => (await health()).join() === 'false,true', 'node 0 failed over');
    // Every request now lands on node 1, and is answered.
    const served = await Promise.all(Array.from({ length: 6 }, (_, i) => get(distribution.endpoint, `/f/${i % 2}`)));
    expect(served.map((r) => [r.status, r.node])).toEqual(Array.from({ length: 6 }, () => [200, '1']));

    await gql(stack.url, SET_ONLINE, { d, i: 0, o: true }, { token: alice.token });
    await waitFor(async () => (await health()).join() === 'true,true', 'node 0 recovered');
    const spread = new Set<string | null>();
    for (let i = 0; i < 4; i++) spread.add((await get(distribution.endpoint, '/f/0')).node);
    expect([...spread].sort()).toEqual(['0', '1']);
    expect(errorCodes(await gql(stack.url, SET_ONLINE, { d, i: 5, o: true }, { token: alice.token }))).toEqual(['BAD_USER_INPUT']);
  });

  it('stops the nodes of a deleted distribution', async () => {
    const { distribution } = await create({ nodeCount: 1 });
    expect((await get(distribution.endpoint, '/x')).status).toBe(200);
    const del = await gql(
      stack.url,
      'mutation($id: ID!) { deleteDistribution(id: $id) { deletedId } }',
      { id: distribution.id },
      {
        token: alice.token,
      },
    );
    expect(del.body.data.deleteDistribution.deletedId).toBe(distribution.id);
    await expect(fetch(`${distribution.endpoint}/x`)).rejects.toThrow();
  });

  it('starts the stored distributions again when the subgraph restarts (the demo one included)', async () => {
    const { distribution } = await create({ nodeCount: 2 });
    const stopped = await stopSubgraph(stack, 'cdn');
    await expect(fetch(`${distribution.endpoint}/r`)).rejects.toThrow();
    await stopped.restart();
    const read = await gql(
      stack.url,
      'query($id: ID!) { distribution(id: $id) { endpoint nodes { healthy } } }',
      { id: distribution.id },
      {
        token: alice.token,
      },
    );
    const { endpoint, nodes } = read.body.data.distribution;
    expect(nodes).toEqual([{ healthy: true }, { healthy: true }]);
    expect(await get(endpoint, '/r')).toMatchObject({ status: 200, cache: 'MISS' });

    const login = await gql(stack.url, 'mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }', {
      i: { email: 'demo@hubgraph.dev', password: 'hubgraph-demo' },
    });
    const demo = await gql(
      stack.url,
      '{ distributions(first: 5) { edges { node { name strategy endpoint } } } }',
      {},
      {
        token: login.body.data.logIn.accessToken,
      },
    );
    expect(demo.body.data.distributions.edges).toEqual([
      { node: { name: 'Demo media CDN', strategy: 'CONSISTENT_HASH', endpoint: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) } },
    ]);
  });
});
