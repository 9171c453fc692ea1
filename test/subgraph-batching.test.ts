import { gql, signUpUser, type TestUser } from './helpers/graphql';
import { startSecondRouter, startTestStack, subgraphProxy, type TestStack } from './helpers/stack';
import { countStatements } from './helpers/statements';
import { INTERNAL_AUTH_HEADER, RouterSigner } from '../kit';
import { loadRouterConfig } from '../router';

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
  const routers: Record<'batching' | 'single', { url: string; bodies: string[]; identityBodies: string[]; workBodies: string[] }> = {
    batching: { url: '', bodies: [], identityBodies: [], workBodies: [] },
    single: { url: '', bodies: [], identityBodies: [], workBodies: [] },
  };
  let alice: TestUser;
  let bob: TestUser;
  let carol: TestUser;
  let dave: TestUser;
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
    stack = await startTestStack({ only: ['identity', 'basics', 'work'] });
    const [basics, identity, work] = ['basics', 'identity', 'work'].map((name) => stack.subgraphs.find((s) => s.name === name)!);
    for (const [name, max] of [
      ['batching', '16'],
      ['single', '0'],
    ] as const) {
      const held = (bodies: string[]) => async (body: Buffer) => {
        bodies.push(body.toString('utf8'));
        await gate;
      };
      routers[name].url = await startSecondRouter(stack, {
        SUBGRAPH_URL_BASICS: await subgraphProxy(basics!.url, held(routers[name].bodies)),
        SUBGRAPH_URL_IDENTITY: await subgraphProxy(identity!.url, held(routers[name].identityBodies)),
        SUBGRAPH_URL_WORK: await subgraphProxy(work!.url, held(routers[name].workBodies)),
        SUBGRAPH_BATCH_MAX: max,
        SUBGRAPH_BATCH_WAIT_MS: '1000',
        OPERATION_MERGE_INFLIGHT: 'false',
        RESPONSE_CACHE_ENABLED: 'false',
      });
    }
    alice = await signUpUser(stack.url, 'alice');
    bob = await signUpUser(stack.url, 'bob');
    carol = await signUpUser(stack.url, 'carol');
    dave = await signUpUser(stack.url, 'dave');
    await gql(stack.url, 'mutation { incrementCounter(name: "batch-3", by: 3) { value } }');
  });

  beforeEach(() => {
    for (const router of Object.values(routers)) {
      router.bodies.length = 0;
      router.identityBodies.length = 0;
      router.workBodies.length = 0;
    }
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

  it('batches across viewers as one multi-viewer request: each member answered as its own viewer', async () => {
    const aliceNames = ['batch-5', 'batch-6', 'batch-8'];
    const answers = await concurrently(() => [
      ...aliceNames.map((name) => gql(routers.batching.url, COUNTER, { name }, { token: alice.token })),
      gql(routers.batching.url, COUNTER, { name: 'batch-3' }, { token: bob.token }),
      gql(routers.batching.url, COUNTER, { name: 'batch-7' }),
    ]);
    expect(answers.map((a) => a.data.counter)).toEqual([
      ...aliceNames.map((name) => ({ name, value: 0 })),
      { name: 'batch-3', value: 3 },
      { name: 'batch-7', value: 0 },
    ]);
    // The first alone; the other four, of two or three identities, as one array of member requests.
    expect(routers.batching.bodies).toHaveLength(2);
    const members = JSON.parse(routers.batching.bodies[1]!) as {
      query: string;
      variables: { name: string };
      extensions: Record<string, string>;
    }[];
    expect(Array.isArray(members)).toBe(true);
    expect(members).toHaveLength(4);
    for (const member of members) {
      expect(member.query).toContain('counter(name:$name)');
      expect(typeof member.extensions['x-hubgraph-auth']).toBe('string');
      expect(member.extensions.requestId).toMatch(/^[A-Za-z0-9._:-]+$/);
    }
    expect(new Set(members.map((m) => m.extensions['x-hubgraph-auth'])).size).toBeGreaterThanOrEqual(2);
    expect(new Set(members.map((m) => m.extensions.requestId)).size).toBe(4);

    // Viewer-dependent answers: each member is its own viewer, and identity (no tenant data) reads
    // the three users of the batch in one statement.
    const users = [alice, bob, carol, dave];
    const identity = stack.subgraphs.find((s) => s.name === 'identity')!;
    const { result, statements } = await countStatements(identity, () =>
      concurrently(() => users.map((user) => gql(routers.batching.url, '{ me { id email } }', {}, { token: user.token }))),
    );
    result.forEach((answer, i) => expect(answer).toEqual({ data: { me: { id: users[i]!.id, email: users[i]!.email } } }));
    expect(routers.batching.identityBodies).toHaveLength(2);
    expect(JSON.parse(routers.batching.identityBodies[1]!)).toHaveLength(3);
    const userReads = statements.filter((sql) => /^select\b/i.test(sql) && /from [`"]?users[`"]? /i.test(sql));
    expect(userReads.map((sql) => sql.split(',').length).sort()).toEqual([1, 3]);
  });

  it('runs members of different tenants apart where the subgraph holds tenant data', async () => {
    const created = await Promise.all(
      [alice, bob].map(async (user) => {
        const res = await gql(
          stack.url,
          'mutation($t: String!) { createTask(input: { title: $t }) { task { id title } } }',
          { t: `task of ${user.id}` },
          { token: user.token },
        );
        return res.body.data.createTask.task as { id: string; title: string };
      }),
    );
    const TASK = 'query Task($id: ID!) { task(id: $id) { id title } }';
    const answers = await concurrently(() => [
      gql(routers.batching.url, TASK, { id: created[0]!.id }, { token: alice.token }),
      gql(routers.batching.url, TASK, { id: created[1]!.id }, { token: bob.token }),
      gql(routers.batching.url, TASK, { id: created[1]!.id }, { token: alice.token }),
      gql(routers.batching.url, TASK, { id: created[0]!.id }, { token: bob.token }),
    ]);
    expect(routers.batching.workBodies).toHaveLength(2);
    expect(JSON.parse(routers.batching.workBodies[1]!)).toHaveLength(3);
    // Each owner reads their own task in their own tenant, whoever's member came first in the batch...
    expect(answers[0].data.task).toEqual(created[0]);
    expect(answers[1].data.task).toEqual(created[1]);
    // ...and never the other tenant's.
    expect(answers[2].data.task).toBeNull();
    expect(answers[3].data.task).toBeNull();
  });

  it('never batches mutations; a subgraph takes batches only from the router, and queries only', async () => {
    routers.batching.bodies.length = 0;
    const values = await concurrently(() =>
      ['batch-m1', 'batch-m2', 'batch-m3'].map((name) =>
        gql(routers.batching.url, 'mutation($name: String!) { incrementCounter(name: $name) { value } }', { name }),
      ),
    );
    for (const body of values) expect(body).toEqual({ data: { incrementCounter: { value: 1 } } });
    expect(routers.batching.bodies).toHaveLength(3);
    for (const body of routers.batching.bodies) expect(body).not.toContain('_b0_');
    for (const body of routers.batching.bodies) expect(body.startsWith('[')).toBe(false);

    // Straight to the subgraph: a batch needs the router's signature, and holds queries only.
    const basics = stack.subgraphs.find((s) => s.name === 'basics')!;
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(basics.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    const unsigned = await post([{ query: COUNTER, variables: { name: 'batch-3' } }]);
    expect(unsigned.status).toBe(401);
    expect(((await unsigned.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const signer = RouterSigner.fromConfig(loadRouterConfig(stack.env));
    const signed = { [INTERNAL_AUTH_HEADER]: await signer.signForwarded(null, 'basics') };
    const writes = await post(
      [{ query: COUNTER, variables: { name: 'batch-3' } }, { query: 'mutation { incrementCounter(name: "batch-3") { value } }' }],
      signed,
    );
    expect(writes.status).toBe(400);
    expect(((await writes.json()) as any).errors[0]).toMatchObject({ extensions: { code: 'BAD_REQUEST' } });
    expect(
      await post(
        Array.from({ length: 101 }, () => ({ query: COUNTER, variables: { name: 'x' } })),
        signed,
      ).then((r) => r.status),
    ).toBe(400);
    // A member signed for another subgraph is refused alone; an unsigned member is anonymous, never the batch's viewer.
    const viewer = { userId: alice.id, roles: [], tenantId: alice.tenantId };
    const ok = await post(
      [
        {
          query: COUNTER,
          variables: { name: 'batch-3' },
          extensions: { [INTERNAL_AUTH_HEADER]: await signer.signForwarded(viewer, 'identity') },
        },
        {
          query: COUNTER,
          variables: { name: 'batch-3' },
          extensions: { [INTERNAL_AUTH_HEADER]: await signer.signForwarded(viewer, 'basics') },
        },
      ],
      signed,
    );
    expect(ok.status).toBe(200);
    const [foreign, own] = (await ok.json()) as { status: number; body: any }[];
    expect(foreign!.status).toBe(401);
    expect(foreign!.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(own).toMatchObject({ status: 200, body: { data: { counter: { value: 3 } } } });
    // The refused batch's write never ran.
    expect((await gql(stack.url, COUNTER, { name: 'batch-3' })).body).toEqual({ data: { counter: { name: 'batch-3', value: 3 } } });
  });
});
