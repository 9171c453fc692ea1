import { FakeProvider } from './helpers/fake-provider';
import { gql, signUpUser, type TestUser } from './helpers/graphql';
import { startSecondRouter, startTestStack, subgraphProxy, type TestStack } from './helpers/stack';

/**
 * Identical in-flight queries share one execution (router/src/collapse.ts). A second router is
 * pointed at a loopback proxy in front of the real basics subgraph that holds every fetch until the
 * test releases it, with the subgraph-fetch merging switched off, so the fetches the proxy holds are
 * the executions the router started: one for identical queries of one viewer scope, one per scope,
 * variables or mutation otherwise.
 */
describe('identical in-flight queries share one execution', () => {
  let stack: TestStack;
  let routerUrl: string;
  const held: (() => void)[] = [];
  let fetches = 0;
  let alice: TestUser;
  let bob: TestUser;

  /** Waits until the proxy holds `count` fetches, checks it holds no more, and lets them all through. */
  const holding = async (count: number) => {
    for (let i = 0; i < 500 && held.length < count; i++) await new Promise((r) => setTimeout(r, 10));
    // Give a fetch that should not exist the time to arrive.
    await new Promise((r) => setTimeout(r, 200));
    expect(held).toHaveLength(count);
    for (const go of held.splice(0)) go();
  };
  const sharedAnswers = async () => {
    const text = await (await fetch(new URL('/metrics', routerUrl))).text();
    return Number(/^hubgraph_router_shared_answers_total (\d+)$/m.exec(text)?.[1] ?? 'NaN');
  };
  const COUNTER = 'query Counter($name: String!) { counter(name: $name) { name value } }';

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'basics'] });
    const basics = stack.subgraphs.find((s) => s.name === 'basics')!;
    const proxyUrl = await subgraphProxy(basics.url, async () => {
      fetches++;
      await new Promise<void>((resolve) => held.push(resolve));
    });
    routerUrl = await startSecondRouter(stack, {
      SUBGRAPH_URL_BASICS: proxyUrl,
      // Only the operation-level sharing is under test: every execution makes its own fetch.
      SUBGRAPH_MERGE_INFLIGHT: 'false',
      SUBGRAPH_BATCH_MAX: '0',
      RESPONSE_CACHE_ENABLED: 'false',
    });
    alice = await signUpUser(stack.url, 'alice');
    bob = await signUpUser(stack.url, 'bob');
  });

  afterEach(() => {
    for (const go of held.splice(0)) go();
    fetches = 0;
  });

  it('answers identical queries of one viewer with one execution, each request counted and answered in full', async () => {
    const before = await sharedAnswers();
    const answers = Array.from({ length: 5 }, () => gql(routerUrl, COUNTER, { name: 'hot' }));
    await holding(1);
    const bodies = (await Promise.all(answers)).map((r) => (expect(r.status).toBe(200), r.body));
    for (const body of bodies) expect(body).toEqual({ data: { counter: { name: 'hot', value: 0 } } });
    expect(fetches).toBe(1);
    expect((await sharedAnswers()) - before).toBe(4);

    // Once answered, the next identical query executes again: nothing is kept beyond the flight.
    const later = gql(routerUrl, COUNTER, { name: 'hot' });
    await holding(1);
    expect((await later).body.data.counter.value).toBe(0);
  });

  it('never shares across viewers, variables or operation names', async () => {
    const answers = [
      gql(routerUrl, COUNTER, { name: 'scoped' }),
      gql(routerUrl, COUNTER, { name: 'scoped' }, { token: alice.token }),
      gql(routerUrl, COUNTER, { name: 'scoped' }, { token: alice.token }),
      gql(routerUrl, COUNTER, { name: 'scoped' }, { token: bob.token }),
      gql(routerUrl, COUNTER, { name: 'other' }),
      gql(routerUrl, COUNTER.replace('query Counter', 'query CounterAgain'), { name: 'scoped' }),
    ];
    // anonymous, alice (twice: one execution), bob, other variables, other operation name.
    await holding(5);
    for (const res of await Promise.all(answers)) expect(res.body.errors).toBeUndefined();
  });

  it('never shares mutations: each one runs and counts', async () => {
    const increment = 'mutation Inc($name: String!) { incrementCounter(name: $name) { value } }';
    const answers = Array.from({ length: 3 }, () => gql(routerUrl, increment, { name: 'writes' }));
    await holding(3);
    const values = (await Promise.all(answers)).map((r) => r.body.data.incrementCounter.value as number);
    expect(values.sort()).toEqual([1, 2, 3]);
  });

  it('gives a shared error to every request that shared the execution', async () => {
    const answers = Array.from({ length: 3 }, () => gql(routerUrl, COUNTER, { name: 'x'.repeat(500) }));
    await holding(1);
    const [first, ...others] = (await Promise.all(answers)).map((r) => r.body);
    expect(first?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const body of others) expect(body).toEqual(first);
  });
});

/**
 * Anonymous requests share answers whatever their address, but an anonymous caller's allowance is its
 * address's (weather's quota, searchMovies' `@rateLimit`): one client's RATE_LIMITED must not be
 * handed to another. Checked at both levels of sharing, each on a router of its own in front of a
 * proxy that holds weather fetches, so that the second client's identical query arrives while the
 * first one's is held.
 */
describe('a rate limit refusal is never shared with another client address', () => {
  let stack: TestStack;
  let owm: FakeProvider;
  const held: (() => void)[] = [];
  let holdFetches = false;
  const routers: Record<'operation' | 'fetch', string> = { operation: '', fetch: '' };
  const WEATHER = '{ currentWeather(location: { city: "Paris" }) { place { name } } }';
  const ask = (router: string, ip: string) => gql(router, WEATHER, {}, { headers: { 'x-forwarded-for': ip } });
  /** How many fetches the proxy holds once it holds one (and a fetch that should not come had time to). */
  const heldCount = async () => {
    for (let i = 0; i < 500 && held.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 200));
    return held.length;
  };

  beforeAll(async () => {
    owm = await FakeProvider.start();
    owm.route('GET /geo/1.0/direct', { status: 200, body: [{ name: 'Paris', lat: 48.85, lon: 2.35, country: 'FR' }] });
    owm.route('GET /data/2.5/weather', {
      status: 200,
      body: {
        coord: { lon: 2.35, lat: 48.85 },
        weather: [{ id: 800, main: 'Clear', description: 'clear sky', icon: '01d' }],
        main: { temp: 20, feels_like: 19, temp_min: 18, temp_max: 22, pressure: 1015, humidity: 40 },
        wind: { speed: 3, deg: 250 },
        dt: 1796371200,
        sys: { country: 'FR' },
        timezone: 3600,
        name: 'Paris',
        cod: 200,
      },
    });
    stack = await startTestStack({
      only: ['identity', 'weather'],
      env: {
        OPENWEATHERMAP_URL: owm.url,
        WEATHER_API_KEY: 'k',
        // Three questions an hour per address: no refill during the test.
        WEATHER_RATE_LIMIT: '3',
        WEATHER_RATE_LIMIT_WINDOW_SECONDS: '3600',
        RESPONSE_CACHE_ENABLED: 'false',
      },
    });
    const weather = stack.subgraphs.find((s) => s.name === 'weather')!;
    const proxyUrl = await subgraphProxy(weather.url, async () => {
      if (holdFetches) await new Promise<void>((resolve) => held.push(resolve));
    });
    const common = { SUBGRAPH_URL_WEATHER: proxyUrl, TRUST_PROXY_HOPS: '1', SUBGRAPH_BATCH_MAX: '0', RESPONSE_CACHE_ENABLED: 'false' };
    routers.operation = await startSecondRouter(stack, { ...common, SUBGRAPH_MERGE_INFLIGHT: 'false' });
    routers.fetch = await startSecondRouter(stack, { ...common, OPERATION_MERGE_INFLIGHT: 'false' });
  });
  afterAll(async () => {
    for (const go of held.splice(0)) go();
    await owm.stop();
  });

  it.each([
    ['operation', '198.51.100.10', '198.51.100.11'],
    ['fetch', '198.51.100.20', '198.51.100.21'],
  ] as const)('%s-level sharing: the limited client is refused, the other one answered', async (level, limitedIp, otherIp) => {
    const router = routers[level];
    holdFetches = false;
    for (let i = 0; i < 3; i++) expect((await ask(router, limitedIp)).body.errors).toBeUndefined();
    expect((await ask(router, limitedIp)).body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');

    holdFetches = true;
    const limited = ask(router, limitedIp);
    expect(await heldCount()).toBe(1);
    const other = ask(router, otherIp);
    // The second request waits for the first one's answer instead of fetching (it is shared)...
    expect(await heldCount()).toBe(1);
    held.splice(0).forEach((go) => go());
    expect((await limited).body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // ...which is a refusal of the first address's allowance: it asks for itself.
    expect(await heldCount()).toBe(1);
    held.splice(0).forEach((go) => go());
    const answer = (await other).body;
    expect(answer.errors).toBeUndefined();
    expect(answer.data.currentWeather.place.name).toBe('Paris');
  });
});
