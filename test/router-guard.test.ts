import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { errorCodes, gql, signUpUser } from './helpers/graphql';
import { fragmentBomb, nestedJson } from './helpers/hostile-operations';
import { startTestStack, type TestStack } from './helpers/stack';

describe('router front door: operation limits', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'work', 'basics'],
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
    expect(deep.body.errors![0]!.extensions).toMatchObject({ limit: 'depth', max: 6 });

    const aliases = await rejected('{ a: units { symbol } b: units { symbol } c: units { symbol } d: units { symbol } }');
    expect(aliases.body.errors![0]!.extensions).toMatchObject({ code: 'OPERATION_TOO_COMPLEX', limit: 'alias count' });

    const wide = await rejected('{ u: units { symbol } me { id } counter(name: "a") { value } tasks { totalCount } task(id: "x") { id } }');
    expect(wide.body.errors![0]!.extensions).toMatchObject({ limit: 'root field count', value: 5 });

    const directives = await rejected('{ units @include(if: true) @skip(if: false) { symbol } }');
    expect(directives.body.errors![0]!.extensions).toMatchObject({ limit: 'directives on one field' });

    const costly = await rejected('query($n: Int) { tasks(first: $n) { edges { node { owner { tasks(first: 100) { totalCount } } } } } }', {
      n: 100,
    });
    expect(costly.body.errors![0]!.extensions).toMatchObject({ limit: 'estimated cost' });

    const tokens = await gql(stack.url, `{ ${'units { symbol } '.repeat(120)} }`);
    expect(tokens.status).toBe(400);
    expect(tokens.body.errors![0]!.message).toMatch(/tokens/);
  });

  it('refuses a fragment bomb and over-deep variables on a subscription over WebSocket', async () => {
    const client = createClient({ url: stack.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
    const outcome = (query: string, variables?: Record<string, unknown>) =>
      new Promise<unknown>((resolve) => {
        client.subscribe({ query, variables }, { next: () => undefined, error: resolve, complete: () => resolve(null) });
      });
    try {
      const bombed = JSON.stringify(await outcome(fragmentBomb(24, 'subscription')));
      expect(bombed).toContain('OPERATION_TOO_COMPLEX');
      expect(bombed).toContain('root field count');
      // JSON.stringify itself cannot write a value this deep, so the message is written by hand, as a hostile client would.
      const deep = await rawSubscribe(
        stack.url,
        `{"id":"1","type":"subscribe","payload":{"query":"subscription($n: String!) { counterChanged(name: $n) { value } }","variables":{"n":${nestedJson(20_000, '1')}}}}`,
      );
      expect(deep).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'BAD_USER_INPUT', limit: 'input depth' } }] });
      const wrong = JSON.stringify(
        await outcome('subscription($n: String!) { counterChanged(name: $n) { value } }', {
          n: Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`k${i}`, i])),
        }),
      );
      expect(wrong).toContain('BAD_USER_INPUT');
      expect(wrong.length).toBeLessThan(2_000);
      expect(stack.router.subscriptions.upstreamSubscriptions).toBe(0);
    } finally {
      await client.dispose();
    }
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
    expect(res.body.errors![0]!.message).toMatch(/DateTime/);
    expect(stack.router.breakers().work).toBe('closed');
  });

  it('refuses a fragment bomb (each fragment spreading the next twice) by its expanded size', async () => {
    const res = await rejected(fragmentBomb(24));
    expect(errorCodes(res)).toEqual(['OPERATION_TOO_COMPLEX']);
    // 2^24 root fields once expanded: measured without expanding, one fragment at a time.
    expect(res.body.errors![0]!.extensions).toMatchObject({ limit: 'root field count', value: 2 ** 24 });
  });

  it('measures a fragment once per list size it inherits, counting every spread', async () => {
    // a: 1 + 10 × (edges 1 + node 1 + owner 1) = 31; b: 1 + 100 × 3 = 301; together 332 > 300.
    const res = await rejected(`
      fragment E on TaskConnection { edges { node { owner { id } } } }
      { a: tasks(first: 10) { ...E } b: tasks(first: 100) { ...E } }`);
    expect(res.body.errors![0]!.extensions).toMatchObject({ limit: 'estimated cost', value: 332 });
    const twice = await rejected(`
      fragment E on TaskConnection { edges { node { owner { id } } } }
      fragment T on Query { tasks(first: 50) { ...E } }
      { ...T ... on Query { ...T } }`);
    expect(twice.body.errors![0]!.extensions).toMatchObject({ limit: 'estimated cost', value: 302 });
  });

  it('counts fragments when measuring depth', async () => {
    const res = await rejected(`
      fragment T on Task { owner { tasks { edges { node { title } } } } }
      { me { tasks { edges { node { ...T } } } } }`);
    expect(res.body.errors![0]!.extensions).toMatchObject({ limit: 'depth' });
  });
});

/** Sends one hand-written `subscribe` message over a raw graphql-transport-ws socket; resolves with the first answer to it. */
function rawSubscribe(url: string, message: string): Promise<{ type: string; payload?: unknown }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.on('message', (data) => {
      const answer = JSON.parse(String(data)) as { type: string; payload?: unknown };
      if (answer.type === 'connection_ack') return socket.send(message);
      socket.close();
      resolve(answer);
    });
    socket.on('close', (code) => reject(new Error(`socket closed with ${code} before an answer`)));
    socket.on('error', reject);
  });
}

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
