import { gql, signUpUser, type TestUser } from './helpers/graphql';
import { startSecondRouter, startTestStack, subgraphProxy, type TestStack } from './helpers/stack';

/**
 * Concurrent fetches of one plan step go to the subgraph as one request (router/src/batch.ts). Two
 * extra routers sit over the stack, each reaching basics through a loopback proxy that holds every
 * fetch until the test has sent all its queries and records what arrives: one batches (the default,
 * SUBGRAPH_BATCH_MAX=16, with a long wait so that the batch goes when the held fetch answers), one
 * does not (0). Operation-level sharing is off on both, so every query executes on its own. The first
 * fetch of a plan step goes alone at once; those that arrive while it is in flight form the batch.
 */
describe('subgraph batching: concurrent fetches of one plan step share a request', () => {
  let stack: TestStack;
  const routers: Record<'batching' | 'single', { url: string; bodies: string[] }> = {
    batching: { url: '', bodies: [] },
    single: { url: '', bodies: [] },
  };
  let alice: TestUser;
  let bob: TestUser;
  let gate: Promise<void> = Promise.resolve();
  let open: () => void = () => undefined;
  const hold = () => {
    gate = new Promise<void>((resolve) => (open = resolve));
  };
  const COUNTER = 'query Counter($name: String!) { counter(name: $name) { name value } }';
  const metric = async (url: string, name: string, labels: string) => {
    const text = await (await fetch(new URL('/metrics', url))).text();
    const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(labels));
    return Number(line?.split(' ').pop() ?? 0);
  };

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'basics'] });
    const basics = stack.subgraphs.find((s) => s.name === 'basics')!;
    for (const [name, max] of [
      ['batching', '16'],
      ['single', '0'],
    ] as const) {
      const proxyUrl = await subgraphProxy(basics.url, async (body) => {
        routers[name].bodies.push(body.toString('utf8'));
        await gate;
      });
      routers[name].url = await startSecondRouter(stack, {
        SUBGRAPH_URL_BASICS: proxyUrl,
        SUBGRAPH_BATCH_MAX: max,
        SUBGRAPH_BATCH_WAIT_MS: '1000',
        OPERATION_MERGE_INFLIGHT: 'false',
        RESPONSE_CACHE_ENABLED: 'false',
      });
    }
    alice = await signUpUser(stack.url, 'alice');
    bob = await signUpUser(stack.url, 'bob');
    await gql(stack.url, 'mutation { incrementCounter(name: "batch-3", by: 3) { value } }');
  });

  beforeEach(() => {
    routers.batching.bodies.length = 0;
    routers.single.bodies.length = 0;
  });
  afterEach(() => open());

  /** Sends every query while the proxy holds the fetches, then lets them through; the answers in order. */
  const concurrently = async (run: () => Promise<{ status: number; body: any }>[]) => {
    hold();
    const pending = run();
    await new Promise((resolve) => setTimeout(resolve, 300));
    open();
    return (await Promise.all(pending)).map((r) => (expect(r.status).toBe(200), r.body));
  };

  it('sends ten concurrent queries with different variables as two requests and gives each its own answer', async () => {
    const names = Array.from({ length: 10 }, (_, i) => `batch-${i}`);
    const answers = await concurrently(() => names.map((name) => gql(routers.batching.url, COUNTER, { name })));
    names.forEach((name, i) => expect(answers[i]).toEqual({ data: { counter: { name, value: name === 'batch-3' ? 3 : 0 } } }));
    // The first alone, the nine that arrived while it was held in one.
    expect(routers.batching.bodies).toHaveLength(2);
    const [first, batch] = routers.batching.bodies.map((b) => JSON.parse(b) as { query: string; variables: Record<string, string> });
    expect(first!.query).not.toContain('_b0_');
    expect(batch!.query).toContain('_b8_counter: counter(name: $_b8_name)');
    expect(batch!.query).not.toContain('_b9_');
    expect([...Object.values(first!.variables), ...Object.values(batch!.variables)].sort()).toEqual([...names].sort());
    expect(await metric(routers.batching.url, 'hubgraph_router_subgraph_batched_fetches_total', 'outcome="split"')).toBeGreaterThanOrEqual(
      9,
    );

    // The same queries through the router that does not batch: one request each.
    const alone = await concurrently(() => names.map((name) => gql(routers.single.url, COUNTER, { name })));
    expect(alone).toEqual(answers);
    expect(routers.single.bodies).toHaveLength(10);
  });

  it("keeps one member's error its own: the others answer, the error names the member's own path", async () => {
    const answers = await concurrently(() => [
      gql(routers.batching.url, COUNTER, { name: 'batch-0' }),
      gql(routers.batching.url, COUNTER, { name: 'batch-3' }),
      gql(routers.batching.url, COUNTER, { name: 'Not A Valid Name' }),
      gql(routers.batching.url, COUNTER, { name: 'batch-4' }),
    ]);
    expect(routers.batching.bodies).toHaveLength(2);
    answers.shift();
    expect(answers[0]).toEqual({ data: { counter: { name: 'batch-3', value: 3 } } });
    expect(answers[2]).toEqual({ data: { counter: { name: 'batch-4', value: 0 } } });
    expect(answers[1].data).toEqual({ counter: null });
    expect(answers[1].errors).toHaveLength(1);
    expect(answers[1].errors[0]).toMatchObject({ path: ['counter'], extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('never batches across viewers, and never batches mutations', async () => {
    const aliceNames = ['batch-5', 'batch-6', 'batch-8'];
    await concurrently(() => [
      ...aliceNames.map((name) => gql(routers.batching.url, COUNTER, { name }, { token: alice.token })),
      gql(routers.batching.url, COUNTER, { name: 'batch-5' }, { token: bob.token }),
      gql(routers.batching.url, COUNTER, { name: 'batch-7' }),
    ]);
    // alice's first alone and her other two in one request; bob's and the anonymous one alone.
    expect(routers.batching.bodies).toHaveLength(4);
    const batches = routers.batching.bodies.filter((b) => b.includes('_b1_counter'));
    expect(batches).toHaveLength(1);
    const batched = Object.values((JSON.parse(batches[0]!) as { variables: Record<string, string> }).variables);
    expect(batched).toHaveLength(2);
    for (const name of batched) expect(aliceNames).toContain(name);

    routers.batching.bodies.length = 0;
    const values = await concurrently(() =>
      ['batch-m1', 'batch-m2', 'batch-m3'].map((name) =>
        gql(routers.batching.url, 'mutation($name: String!) { incrementCounter(name: $name) { value } }', { name }),
      ),
    );
    for (const body of values) expect(body).toEqual({ data: { incrementCounter: { value: 1 } } });
    expect(routers.batching.bodies).toHaveLength(3);
    for (const body of routers.batching.bodies) expect(body).not.toContain('_b0_');
  });
});
