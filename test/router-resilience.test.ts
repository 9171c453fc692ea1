import { loadSubgraphConfig, startSubgraph } from '../kit';
import { basics } from '../subgraphs/basics';
import { errorCodes, gql } from './helpers/graphql';
import { disposeAfterAll, startTestStack, type TestStack } from './helpers/stack';
import { eventually } from './helpers/wait';

describe('router resilience: a subgraph goes down and comes back', () => {
  let stack: TestStack;
  const MIXED = '{ counter(name: "r") { value } units(dimension: LENGTH) { symbol } }';
  const IDENTITY_ONLY = '{ me { id } }';

  beforeAll(async () => {
    stack = await startTestStack({
      env: { BREAKER_MINIMUM_CALLS: '4', BREAKER_FAILURE_RATIO: '0.5', BREAKER_OPEN_MS: '400', BREAKER_WINDOW_MS: '5000' },
    });
  });

  it('answers other subgraphs, opens the breaker, fails fast, reports it, and closes after recovery', async () => {
    const ok = await gql(stack.url, MIXED);
    expect(ok.body.data.counter.value).toBe(0);
    const basicsRunning = stack.subgraphs.find((s) => s.name === 'basics')!;
    const port = basicsRunning.port;
    await basicsRunning.stop();

    // Failures while the breaker is still closed: the fetch is tried and fails.
    for (let i = 0; i < 4; i++) {
      const res = await gql(stack.url, MIXED);
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ counter: null, units: null });
    }
    expect(stack.router.breakers().basics).toBe('open');

    // Open: no fetch at all, an error that names the subgraph; other subgraphs keep answering.
    const fast = await gql(stack.url, MIXED);
    expect(errorCodes(fast)).toContain('SUBGRAPH_UNAVAILABLE');
    expect(fast.body.errors![0].extensions).toMatchObject({ subgraph: 'basics' });
    const other = await gql(stack.url, IDENTITY_ONLY);
    expect(other.body).toEqual({ data: { me: null } });

    const base = stack.url.replace(/\/graphql$/, '');
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/hubgraph_circuit_breaker_state\{subgraph="basics"\} 2/);
    expect(metrics).toMatch(/hubgraph_circuit_breaker_state\{subgraph="identity"\} 0/);
    const ready = (await (await fetch(`${base}/ready`)).json()) as { status: string; checks: Record<string, unknown[]> };
    expect(ready.status).toBe('warn');
    expect(ready.checks['subgraph:basics'][0]).toMatchObject({ status: 'warn', output: 'circuit breaker open' });

    // The subgraph comes back on its port; after the open period one trial closes the breaker.
    const revived = await startSubgraph(basics, { config: loadSubgraphConfig(stack.env), port });
    disposeAfterAll(revived.stop);
    await eventually(async () => {
      const res = await gql(stack.url, MIXED);
      expect(res.body.data?.counter?.value).toBe(0);
    }, 8000, 50);
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
