import { gql, signUpUser } from './helpers/graphql';
import { startTestStack, type TestStack } from './helpers/stack';

describe('router response cache driven by @cacheControl', () => {
  let stack: TestStack;
  let fetches = 0;
  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'basics'] });
    stack.subgraphs.find((s) => s.name === 'basics')!.httpServer.on('request', () => fetches++);
  });

  it('answers a repeated public query from cache, with Cache-Control and Age, without calling the subgraph', async () => {
    const query = '{ units(dimension: WEIGHT) { symbol name } }';
    const first = await gql(stack.url, query);
    expect(first.body.data.units).toHaveLength(5);
    expect(first.headers.get('cache-control')).toBe('max-age=3600, public');
    const before = fetches;
    const second = await gql(stack.url, query);
    expect(second.body).toEqual(first.body);
    expect(fetches).toBe(before);
    expect(Number(second.headers.get('age'))).toBeGreaterThanOrEqual(0);
    // Different variables or arguments are different entries.
    await gql(stack.url, '{ units(dimension: LENGTH) { symbol } }');
    expect(fetches).toBe(before + 1);
  });

  it('never caches uncacheable data (counters change; me is per user)', async () => {
    const read = () => gql(stack.url, '{ counter(name: "cache") { value } }');
    expect((await read()).headers.get('cache-control')).toBe('no-store');
    await gql(stack.url, 'mutation { incrementCounter(name: "cache") { value } }');
    expect((await read()).body.data.counter.value).toBe(1);
    const user = await signUpUser(stack.url, 'cache');
    const me = await gql(stack.url, '{ me { id } }', {}, { token: user.token });
    expect(me.body.data.me.id).toBe(user.id);
    expect(me.headers.get('cache-control')).toBe('no-store');
  });

  it('mixes: a query with a cacheable and an uncacheable field is not cached', async () => {
    const before = fetches;
    const query = '{ units(dimension: TEMPERATURE) { symbol } counter(name: "mixed") { value } }';
    await gql(stack.url, query);
    await gql(stack.url, query);
    expect(fetches).toBe(before + 2);
  });
});
