import { generateRouterKeys, loadSubgraphConfig, startSubgraph } from '../kit';
import { loadRouterConfig, startRouter } from '../router';
import { basics } from '../subgraphs/basics';
import { errorCodes, gql, signUpUser } from './helpers/graphql';
import { nestedJson } from './helpers/hostile-operations';
import { freePort, startServiceProcess } from './helpers/processes';
import { disposeAfterAll, startTestStack, type TestStack } from './helpers/stack';
import { eventually } from './helpers/wait';

describe('router resilience: a subgraph goes down and comes back', () => {
  let stack: TestStack;
  const MIXED = '{ counter(name: "r") { value } units(dimension: LENGTH) { symbol } }';
  const IDENTITY_ONLY = '{ me { id } }';

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'work', 'basics'],
      // Open long enough for /metrics and /ready to see it on a busy machine; recovery waits it out.
      env: { BREAKER_MINIMUM_CALLS: '4', BREAKER_FAILURE_RATIO: '0.5', BREAKER_OPEN_MS: '2000', BREAKER_WINDOW_MS: '5000' },
    });
  });

  it('answers other subgraphs, opens the breaker, fails fast, reports it, and closes after recovery', async () => {
    const ok = await gql(stack.url, MIXED);
    expect(ok.body.data.counter.value).toBe(0);
    const basicsRunning = stack.subgraphs.find((s) => s.name === 'basics')!;
    const port = basicsRunning.port;
    await basicsRunning.stop();

    // Failures while the breaker is still closed: the fetch is tried, fails, and says so with the same code.
    for (let i = 0; i < 4; i++) {
      const res = await gql(stack.url, MIXED);
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ counter: null, units: null });
      expect(errorCodes(res)).toContain('SUBGRAPH_UNAVAILABLE');
      expect(res.body.errors![0]!.extensions).toMatchObject({ subgraph: 'basics', ...(i === 0 ? { reason: 'unreachable' } : {}) });
    }
    expect(stack.router.breakers().basics).toBe('open');

    // Open: no fetch at all, an error that names the subgraph; other subgraphs keep answering.
    const fast = await gql(stack.url, MIXED);
    expect(errorCodes(fast)).toContain('SUBGRAPH_UNAVAILABLE');
    expect(fast.body.errors![0]!.extensions).toMatchObject({ subgraph: 'basics', reason: 'breaker_open' });
    const other = await gql(stack.url, IDENTITY_ONLY);
    expect(other.body).toEqual({ data: { me: null } });

    const base = stack.url.replace(/\/graphql$/, '');
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/hubgraph_circuit_breaker_state\{subgraph="basics"\} 2/);
    expect(metrics).toMatch(/hubgraph_circuit_breaker_state\{subgraph="identity"\} 0/);
    const ready = (await (await fetch(`${base}/ready`)).json()) as { status: string; checks: Record<string, unknown[]> };
    expect(ready.status).toBe('warn');
    expect(ready.checks['subgraph:basics']![0]).toMatchObject({ status: 'warn', output: 'circuit breaker open' });

    // The subgraph comes back on its port; after the open period one trial closes the breaker.
    const revived = await startSubgraph(basics, { config: loadSubgraphConfig(stack.env), port });
    disposeAfterAll(revived.stop);
    await eventually(
      async () => {
        const res = await gql(stack.url, MIXED);
        expect(res.body.data?.counter?.value).toBe(0);
      },
      8000,
      50,
    );
    expect(stack.router.breakers().basics).toBe('closed');
    expect(await (await fetch(`${base}/metrics`)).text()).toMatch(/hubgraph_circuit_breaker_state\{subgraph="basics"\} 0/);
  });

  it('exposes Prometheus metrics for operations, fetches and WebSocket connections', async () => {
    await gql(stack.url, '{ units { symbol } }');
    const text = await (await fetch(stack.url.replace(/\/graphql$/, '/metrics'))).text();
    expect(text).toMatch(/hubgraph_router_operations_total\{type="query",outcome="ok"\} \d+/);
    expect(text).toMatch(/hubgraph_subgraph_fetch_duration_seconds_count\{subgraph="basics",outcome="ok"\} \d+/);
    expect(text).toMatch(/hubgraph_websocket_connections \d+/);
    expect(text).toMatch(/hubgraph_subscriptions_upstream 0/);
  });
});

/** What must never reach a client about a dead subgraph: the transport error, an address, a stack. */
function transportDetails(text: string): string[] {
  return ['ECONNREFUSED', 'ECONNRESET', 'socket hang up', 'stacktrace', '127.0.0.1', '.ts:'].filter((s) => text.includes(s));
}

describe('router: a subgraph killed with SIGKILL', () => {
  // Production refuses a router without a configured key; every process here trusts this one.
  const routerKeys = generateRouterKeys();
  let stack: TestStack;
  let productionUrl: string;
  let basicsProcess: Awaited<ReturnType<typeof startServiceProcess>>;

  /*
   * basics runs as its own process so that it can die as a crashed or OOM-killed process does; the
   * test stack's router (development mode) and a second router in production mode both point at it.
   */
  beforeAll(async () => {
    const port = await freePort();
    const basicsUrl = `http://127.0.0.1:${port}/graphql`;
    stack = await startTestStack({
      only: ['identity'],
      env: { NODE_ENV: 'development', ...routerKeys, SUBGRAPH_URL_BASICS: basicsUrl },
    });
    const env = Object.fromEntries(Object.entries(stack.env).filter((e): e is [string, string] => e[1] !== undefined));
    basicsProcess = await startServiceProcess('basics', { ...env, PORT: String(port) }, basicsUrl.replace(/\/graphql$/, '/health'));
    const identity = stack.subgraphs.find((s) => s.name === 'identity')!;
    const production = await startRouter({
      config: loadRouterConfig({ ...stack.env, NODE_ENV: 'production', SUBGRAPH_URL_IDENTITY: identity.url }),
      port: 0,
    });
    disposeAfterAll(production.stop);
    productionUrl = production.url;
  }, 60_000);

  it('answers SUBGRAPH_UNAVAILABLE naming it from the very first request, without a stack, in development and production', async () => {
    const query = '{ counter(name: "killed") { value } }';
    for (const url of [stack.url, productionUrl]) expect((await gql(url, query)).body).toEqual({ data: { counter: { value: 0 } } });
    basicsProcess.child.kill('SIGKILL');
    await new Promise((resolve) => basicsProcess.child.once('exit', resolve));

    for (const [mode, url] of [
      ['development', stack.url],
      ['production', productionUrl],
    ]) {
      // The first request after the kill, then enough for the breaker to open: one code throughout.
      for (let i = 0; i < 12; i++) {
        const res = await gql(url!, query);
        expect({ mode, i, status: res.status, codes: errorCodes(res) }).toEqual({ mode, i, status: 200, codes: ['SUBGRAPH_UNAVAILABLE'] });
        expect(res.body.errors![0]!.extensions).toMatchObject({ subgraph: 'basics' });
        expect(res.body.errors![0]!.message).toMatch(/basics/);
        expect({ mode, i, leaked: transportDetails(JSON.stringify(res.body)) }).toEqual({ mode, i, leaked: [] });
      }
    }
  });
});

describe('router: client input never opens a breaker', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'work'],
      // The front door refuses these variables (LIMIT_MAX_INPUT_*); its bounds are raised here so that
      // they fail where they used to, inside the router's subgraph fetch (JSON.stringify runs out of stack).
      env: {
        BREAKER_MINIMUM_CALLS: '4',
        BREAKER_FAILURE_RATIO: '0.5',
        BREAKER_WINDOW_MS: '10000',
        LIMIT_MAX_INPUT_DEPTH: '100000',
        LIMIT_MAX_INPUT_VALUES: '1000000',
      },
    });
  });

  it('does not count requests that fail before they reach the subgraph; other users are unaffected', async () => {
    const query = JSON.stringify('mutation($d: DateTime) { createTask(input: { title: "deep", dueAt: $d }) { task { id } } }');
    const deep = `{"query":${query},"variables":{"d":${nestedJson(20_000, '"2026-01-01T00:00:00Z"')}}}`;
    for (let i = 0; i < 12; i++) {
      const res = await fetch(stack.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: deep });
      const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
      expect(body.errors?.length).toBeGreaterThan(0);
      // The router's DateTime check now refuses the value before any fetch (it used to fail inside the
      // fetch); either way the subgraph never saw it, and the breaker must not count it. The fetcher's
      // own "failed before sending" outcome is unit-tested in router/test/forwarding.test.ts.
      expect(body.errors!.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
    expect(stack.router.breakers().work).toBe('closed');
    const other = await signUpUser(stack.url, 'unaffected');
    const created = await gql(
      stack.url,
      'mutation { createTask(input: { title: "still works" }) { task { title } errors { message } } }',
      {},
      { token: other.token },
    );
    expect(created.body).toEqual({ data: { createTask: { task: { title: 'still works' }, errors: [] } } });
  });
});

describe('router: merging identical in-flight subgraph queries', () => {
  let stack: TestStack;
  let fetches = 0;
  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'basics'], env: { RESPONSE_CACHE_ENABLED: 'false' } });
    stack.subgraphs.find((s) => s.name === 'basics')!.httpServer.on('request', () => fetches++);
  });

  it('sends one subgraph fetch for many identical concurrent queries, each client getting the full answer', async () => {
    await gql(stack.url, 'mutation { incrementCounter(name: "merge", by: 7) { value } }');
    fetches = 0;
    const answers = await Promise.all(Array.from({ length: 30 }, () => gql(stack.url, '{ counter(name: "merge") { value } }')));
    for (const answer of answers) expect(answer.body).toEqual({ data: { counter: { value: 7 } } });
    expect(fetches).toBeLessThan(30);
  });

  it('never merges mutations', async () => {
    fetches = 0;
    const results = await Promise.all(
      Array.from({ length: 20 }, () => gql(stack.url, 'mutation { incrementCounter(name: "nomerge") { value } }')),
    );
    expect(fetches).toBe(20);
    expect(results.map((r) => r.body.data.incrementCounter.value).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
  });
});
