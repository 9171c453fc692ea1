import { loadSubgraphConfig, startSubgraph, type RunningSubgraph } from '../../../kit';
import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { disposeAfterAll, startTestStack, testEnv, type TestStack } from '../../../test/helpers/stack';
import { waitFor } from '../../../test/helpers/wait';
import { cdn, cdnService } from '../index';
import { startOrigin } from './origin';
import { Distribution } from '../src/entities';

const scaledOut = Boolean(testEnv.MYSQL_URL && testEnv.REDIS_URL);

const CREATE = `mutation($input: CreateDistributionInput!) {
  createDistribution(input: $input) { distribution { id } errors { field code message } }
}`;
const PURGE_URL = 'mutation($d: ID!, $p: String!) { purgeUrl(distributionId: $d, path: $p) { purged replicas errors { field code } } }';
const PURGE_TAG = 'mutation($d: ID!, $t: String!) { purgeTag(distributionId: $d, tag: $t) { purged replicas errors { field code } } }';
const SET_ONLINE = 'mutation($d: ID!, $i: Int!, $o: Boolean!) { setEdgeNodeOnline(distributionId: $d, index: $i, online: $o) { online } }';
const DELETE = 'mutation($id: ID!) { deleteDistribution(id: $id) { deletedId errors { code } } }';

async function xcache(endpoint: string, path: string): Promise<string | null> {
  const res = await fetch(`${endpoint}${path}`);
  await res.arrayBuffer();
  return res.headers.get('x-cache');
}

/**
 * Two replicas of the cdn subgraph on one database and one Redis: each runs every distribution's
 * nodes (its own point of presence); creation, deletion, outages and purges made through one reach
 * the other at once, and a change whose broadcast was lost is repaired by the reconcile loop.
 * Needs MYSQL_URL and REDIS_URL (SQLite and in-memory pub/sub are single-process by design).
 */
(scaledOut ? describe : describe.skip)('cdn: several replicas stay in step (MySQL + Redis)', () => {
  let stack: TestStack;
  let replica2: RunningSubgraph;
  let alice: TestUser;
  let origin: string;
  const env = { CDN_HEALTH_INTERVAL_MS: '40', CDN_HEALTH_THRESHOLD: '1', CDN_RECONCILE_MS: '200' };

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'cdn'], env });
    replica2 = (await startSubgraph(cdn, { config: loadSubgraphConfig(stack.env), env: stack.env, port: 0 })) as RunningSubgraph;
    disposeAfterAll(() => replica2.stop());
    origin = (await startOrigin()).url;
    alice = await signUpUser(stack.url, 'alice');
  });

  const replica1 = () => stack.subgraphs.find((s) => s.name === 'cdn')!;
  const running = (replica: RunningSubgraph, id: string) => cdnService.running(replica.serviceDeps() as never, id);
  const q = (query: string, variables: Record<string, unknown>) => gql(stack.url, query, variables, { token: alice.token });

  it('a distribution created through one replica runs on both; a purge reaches and counts both', async () => {
    const created = (await q(CREATE, { input: { name: 'site', originUrl: origin, nodeCount: 1 } })).body.data.createDistribution;
    expect(created.errors).toEqual([]);
    const id: string = created.distribution.id;
    await waitFor(() => running(replica2, id) !== undefined, 'replica 2 to launch it', 5_000);
    const endpoints = [running(replica1(), id)!.endpoint, running(replica2, id)!.endpoint];
    expect(endpoints[0]).not.toBe(endpoints[1]);
    for (const endpoint of endpoints) {
      expect(await xcache(endpoint, '/a')).toBe('MISS');
      expect(await xcache(endpoint, '/a')).toBe('HIT');
      expect(await xcache(endpoint, '/b')).toBe('MISS');
    }
    expect((await q(PURGE_URL, { d: id, p: '/a' })).body.data.purgeUrl).toEqual({ purged: 2, replicas: 2, errors: [] });
    for (const endpoint of endpoints) expect(await xcache(endpoint, '/a')).toBe('MISS');
    for (const endpoint of endpoints) expect(await xcache(endpoint, '/b')).toBe('HIT');
    expect((await q(PURGE_TAG, { d: id, t: 'section-b' })).body.data.purgeTag).toEqual({ purged: 2, replicas: 2, errors: [] });
    for (const endpoint of endpoints) expect(await xcache(endpoint, '/b')).toBe('MISS');
    expect((await q(PURGE_TAG, { d: id, t: 'bad tag' })).body.data.purgeTag).toEqual({
      purged: 0,
      replicas: 0,
      errors: [{ field: 'tag', code: 'BAD_USER_INPUT' }],
    });

    // An outage of node 0 is simulated on every replica; deleting retires it everywhere.
    expect((await q(SET_ONLINE, { d: id, i: 0, o: false })).body.data.setEdgeNodeOnline.online).toBe(false);
    await waitFor(() => running(replica2, id)!.nodes[0]!.online === false, 'the outage on replica 2', 5_000);
    await q(SET_ONLINE, { d: id, i: 0, o: true });
    await waitFor(() => running(replica2, id)!.nodes[0]!.online === true, 'the recovery on replica 2', 5_000);
    expect((await q(DELETE, { id })).body.data.deleteDistribution).toEqual({ deletedId: id, errors: [] });
    expect(running(replica1(), id)).toBeUndefined();
    await waitFor(() => running(replica2, id) === undefined, 'replica 2 to retire it', 5_000);
  }, 60_000);

  it('the reconcile loop launches a distribution whose broadcast was lost, and retires a deleted one', async () => {
    const em = replica1().serviceDeps().em.fork();
    // Written straight to the database: no replica was told.
    const row = em.create(Distribution, {
      tenantId: alice.tenantId,
      createdById: alice.id,
      name: 'quiet',
      originUrl: origin,
      strategy: 'ROUND_ROBIN',
      nodeCount: 1,
      cacheBytes: 1_048_576,
    } as never) as { id: string };
    await em.flush();
    await waitFor(() => running(replica1(), row.id) !== undefined && running(replica2, row.id) !== undefined, 'both to launch it', 5_000);
    await em.nativeDelete(Distribution, { id: row.id }, { filters: false } as never);
    await waitFor(() => running(replica1(), row.id) === undefined && running(replica2, row.id) === undefined, 'both to retire it', 5_000);
  }, 30_000);
});
