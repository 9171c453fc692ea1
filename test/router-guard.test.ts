import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { errorCodes, gql, signUpUser } from './helpers/graphql';
import { startTestStack, type TestStack } from './helpers/stack';

describe('router front door: operation limits', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({
      env: {
        LIMIT_MAX_DEPTH: '6',
        LIMIT_MAX_ALIASES: '3',
        LIMIT_MAX_ROOT_FIELDS: '4',
        LIMIT_MAX_DIRECTIVES_PER_FIELD: '1',
        LIMIT_MAX_TOKENS: '400',
        LIMIT_MAX_COST: '300',
      },
    });
  });

  const rejected = async (query: string, variables: Record<string, unknown> = {}) => {
    const before = await subgraphFetches(stack);
    const res = await gql(stack.url, query, variables);
    expect(res.status).toBe(400);
    expect(await subgraphFetches(stack)).toBe(before);
    return res;
  };

  it('accepts an ordinary operation', async () => {
    const res = await gql(stack.url, '{ convertUnits(value: 1, from: "km", to: "m") { result } }');
    expect(res.body.data.convertUnits.result).toBe(1000);
  });

  it('rejects too deep, too aliased, too wide, too decorated, too long and too costly operations before planning', async () => {
    const deep = await rejected('{ me { tasks { edges { node { owner { tasks { totalCount } } } } } } }');
    expect(errorCodes(deep)).toEqual(['OPERATION_TOO_COMPLEX']);
    expect(deep.body.errors![0].extensions).toMatchObject({ limit: 'depth', max: 6 });

    const aliases = await rejected('{ a: units { symbol } b: units { symbol } c: units { symbol } d: units { symbol } }');
    expect(aliases.body.errors![0].extensions).toMatchObject({ code: 'OPERATION_TOO_COMPLEX', limit: 'alias count' });

    const wide = await rejected('{ u: units { symbol } me { id } counter(name: "a") { value } tasks { totalCount } task(id: "x") { id } }');
    expect(wide.body.errors![0].extensions).toMatchObject({ limit: 'root field count', value: 5 });

    const directives = await rejected('{ units @include(if: true) @skip(if: false) { symbol } }');
    expect(directives.body.errors![0].extensions).toMatchObject({ limit: 'directives on one field' });

    const costly = await rejected('query($n: Int) { tasks(first: $n) { edges { node { owner { tasks(first: 100) { totalCount } } } } } }', {
      n: 100,
    });
    expect(costly.body.errors![0].extensions).toMatchObject({ limit: 'estimated cost' });

    const tokens = await gql(stack.url, `{ ${'units { symbol } '.repeat(120)} }`);
    expect(tokens.status).toBe(400);
    expect(tokens.body.errors![0].message).toMatch(/tokens/);
  });

  it('applies the same limits to subscriptions over WebSocket', async () => {
    const client = createClient({ url: stack.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
    const error = await new Promise<unknown>((resolve) => {
      client.subscribe(
        { query: 'subscription { c: counterChanged(name: "x") { a: value b: value d: value e: value } }' },
        { next: () => undefined, error: resolve, complete: () => resolve(null) },
      );
    });
    await client.dispose();
    expect(JSON.stringify(error)).toContain('OPERATION_TOO_COMPLEX');
    expect(stack.router.subscriptions.upstreamSubscriptions).toBe(0);
  });

  it('turns a subgraph refusing a malformed custom scalar into BAD_USER_INPUT', async () => {
    const user = await signUpUser(stack.url, 'scalar');
    const res = await gql(
      stack.url,
      'mutation($d: DateTime) { createTask(input: { title: "x", dueAt: $d }) { task { id } } }',
      { d: 'next tuesday' },
      { token: user.token },
    );
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.errors![0].message).toMatch(/DateTime/);
    expect(stack.router.breakers().work).toBe('closed');
  });

  it('counts fragments when measuring depth', async () => {
    const res = await rejected(`
      fragment T on Task { owner { tasks { edges { node { title } } } } }
      { me { tasks { edges { node { ...T } } } } }`);
    expect(res.body.errors![0].extensions).toMatchObject({ limit: 'depth' });
  });
});

/** HTTP requests the subgraphs have received: a rejected operation must not add any. */
const counters = new WeakMap<TestStack, { count: number }>();
async function subgraphFetches(stack: TestStack): Promise<number> {
  let state = counters.get(stack);
  if (!state) {
    const fresh = { count: 0 };
    for (const subgraph of stack.subgraphs) subgraph.httpServer.on('request', () => fresh.count++);
    counters.set(stack, fresh);
    state = fresh;
  }
  return state.count;
}

describe('subgraphs answer only the router when REQUIRE_ROUTER is on', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'basics'], env: { REQUIRE_ROUTER: 'true' } });
  });

  it('refuses a direct request with 401 and serves the same operation through the router', async () => {
    const basics = stack.subgraphs.find((s) => s.name === 'basics')!;
    const direct = await gql(basics.url, '{ counter(name: "direct") { value } }');
    expect(direct.status).toBe(401);
    expect(errorCodes(direct)).toEqual(['UNAUTHENTICATED']);
    const routed = await gql(stack.url, '{ counter(name: "direct") { value } }');
    expect(routed.body.data.counter.value).toBe(0);
    const health = await fetch(basics.url.replace(/\/graphql$/, '/health'));
    expect(health.status).toBe(200);
  });
});
