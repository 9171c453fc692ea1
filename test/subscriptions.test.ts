import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { gql, signUpUser, type TestUser } from './helpers/graphql';
import { disposeAfterAll, startTestStack, type TestStack } from './helpers/stack';
import { eventually } from './helpers/wait';

const PROTOCOL = 'graphql-transport-ws';

/** A raw protocol-level socket, to check what a misbehaving client gets. */
function rawSocket(url: string): Promise<{ ws: WebSocket; closed: Promise<{ code: number; reason: string }>; messages: unknown[] }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, PROTOCOL);
    const messages: unknown[] = [];
    const closed = new Promise<{ code: number; reason: string }>((done) =>
      ws.on('close', (code, reason) => done({ code, reason: reason.toString() })),
    );
    ws.on('message', (data) => messages.push(JSON.parse(data.toString())));
    ws.once('open', () => resolve({ ws, closed, messages }));
    ws.once('error', reject);
  });
}

function nextMessage(ws: WebSocket): Promise<any> {
  return new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(data.toString()))));
}

describe('router: federated subscriptions over graphql-ws', () => {
  let stack: TestStack;
  let wsUrl: string;
  let user: TestUser;
  const clients: Client[] = [];

  const client = (token?: string) => {
    const c = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    });
    clients.push(c);
    return c;
  };

  /** Subscribes and collects events; resolves `ready` once the router holds the upstream subscription. */
  function collect(c: Client, query: string, variables: Record<string, unknown> = {}) {
    const events: any[] = [];
    const state = { completed: false, error: undefined as unknown };
    const unsubscribe = c.subscribe(
      { query, variables },
      {
        next: (event) => events.push(event),
        error: (error) => (state.error = error),
        complete: () => (state.completed = true),
      },
    );
    return { events, state, unsubscribe };
  }

  /** Resolves once the basics subgraph delivers `counter:<name>` events to `count` subscribers. */
  const subgraphListening = (name: string, count = 1) =>
    eventually(() => expect(stack.subgraphs.find((s) => s.name === 'basics')!.pubsub.listeners(`counter:${name}`)).toBe(count));

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'basics'] });
    wsUrl = stack.url.replace(/^http/, 'ws');
    user = await signUpUser(stack.url, 'subscriber');
    disposeAfterAll(async () => {
      await Promise.all(clients.map((c) => c.dispose()));
    });
  });

  it('streams counterChanged through the router and releases the upstream on unsubscribe', async () => {
    const sub = collect(client(), 'subscription($n: String!) { counterChanged(name: $n) { name value } }', { n: 'live' });
    await eventually(() => expect(stack.router.subscriptions.upstreamSubscriptions).toBe(1));
    await subgraphListening('live');
    await gql(stack.url, 'mutation { incrementCounter(name: "live", by: 2) { value } }');
    await gql(stack.url, 'mutation { decrementCounter(name: "live") { value } }');
    await eventually(() => expect(sub.events).toHaveLength(2));
    expect(sub.events.map((e) => e.data.counterChanged.value)).toEqual([2, 1]);
    sub.unsubscribe();
    await eventually(() => expect(stack.router.subscriptions).toMatchObject({ upstreamSubscriptions: 0, subscribers: 0 }));
  });

  it('shares one upstream subscription between identical subscriptions and fans events out to all', async () => {
    const a = collect(client(), 'subscription { counterChanged(name: "shared") { value } }');
    const b = collect(client(), 'subscription { counterChanged(name: "shared") { value } }');
    const other = collect(client(), 'subscription { counterChanged(name: "other") { value } }');
    await eventually(() => expect(stack.router.subscriptions).toMatchObject({ upstreamSubscriptions: 2, subscribers: 3 }));
    // One upstream subscription per distinct operation: the subgraph has one listener per counter.
    await subgraphListening('shared');
    await subgraphListening('other');
    await gql(stack.url, 'mutation { incrementCounter(name: "shared") { value } }');
    await eventually(() => expect(a.events).toHaveLength(1));
    await eventually(() => expect(b.events).toHaveLength(1));
    expect(a.events[0]).toEqual(b.events[0]);
    expect(other.events).toHaveLength(0);
    a.unsubscribe();
    await eventually(() => expect(stack.router.subscriptions).toMatchObject({ upstreamSubscriptions: 2, subscribers: 2 }));
    b.unsubscribe();
    other.unsubscribe();
    await eventually(() => expect(stack.router.subscriptions.upstreamSubscriptions).toBe(0));
  });

  it('releases upstream resources at once when a client disconnects without completing', async () => {
    const c = client();
    collect(c, 'subscription { counterChanged(name: "gone") { value } }');
    await eventually(() => expect(stack.router.subscriptions.upstreamSubscriptions).toBe(1));
    await c.dispose();
    await eventually(() => expect(stack.router.subscriptions).toMatchObject({ upstreamSubscriptions: 0, subscribers: 0 }), 2000);
  });

  it('keeps anonymous and signed-in subscribers apart (the auth scope is part of the sharing key)', async () => {
    const anon = collect(client(), 'subscription { counterChanged(name: "scoped") { value } }');
    const signed = collect(client(user.token), 'subscription { counterChanged(name: "scoped") { value } }');
    await eventually(() => expect(stack.router.subscriptions.upstreamSubscriptions).toBe(2));
    anon.unsubscribe();
    signed.unsubscribe();
    await eventually(() => expect(stack.router.subscriptions.upstreamSubscriptions).toBe(0));
  });

  it('returns validation and argument errors as error messages, not dropped sockets', async () => {
    const unknownField = collect(client(), 'subscription { counterChanged(name: "x") { nope } }');
    await eventually(() => expect(unknownField.state.error).toBeDefined());
    expect(JSON.stringify(unknownField.state.error)).toContain('nope');
    const badName = collect(client(), 'subscription { counterChanged(name: "Bad Name!") { value } }');
    await eventually(() => expect(badName.events.length + (badName.state.error ? 1 : 0)).toBeGreaterThan(0));
    const payload = JSON.stringify(badName.events[0] ?? badName.state.error);
    expect(payload).toContain('BAD_USER_INPUT');
  });

  it('answers a subscription sent over HTTP with a 400 that points to WebSocket', async () => {
    const upstreamBefore = stack.router.subscriptions.upstreamSubscriptions;
    const res = await gql(stack.url, 'subscription { counterChanged(name: "http") { value } }');
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors![0]!.extensions?.code).toBe('BAD_REQUEST');
    expect(res.body.errors![0]!.message).toMatch(/WebSocket/);
    expect(res.body.errors![0]!.message).toMatch(/graphql-transport-ws/);
    // Named among several operations too, and nothing was opened upstream.
    const named = await fetch(stack.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query Q { __typename } subscription S { counterChanged(name: "http") { value } }',
        operationName: 'S',
      }),
    });
    expect(named.status).toBe(400);
    expect(stack.router.subscriptions.upstreamSubscriptions).toBe(upstreamBefore);
  });

  it('runs queries and mutations over the socket too', async () => {
    const result = await new Promise<any>((resolve, reject) => {
      let value: unknown;
      client(user.token).subscribe(
        { query: '{ me { email } }' },
        { next: (v) => (value = v), error: reject, complete: () => resolve(value) },
      );
    });
    expect(result).toEqual({ data: { me: { email: user.email } } });
  });

  describe('protocol close codes', () => {
    it('4403 when connection_init carries an invalid token', async () => {
      const { ws, closed } = await rawSocket(wsUrl);
      ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer not.a.token' } }));
      expect((await closed).code).toBe(4403);
    });

    it('acknowledges a valid token and answers ping with pong', async () => {
      const { ws } = await rawSocket(wsUrl);
      ws.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${user.token}` } }));
      expect(await nextMessage(ws)).toEqual({ type: 'connection_ack' });
      ws.send(JSON.stringify({ type: 'ping' }));
      expect(await nextMessage(ws)).toEqual({ type: 'pong' });
      ws.close(1000);
    });

    it('4401 when subscribing before the connection is acknowledged', async () => {
      const { ws, closed } = await rawSocket(wsUrl);
      ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ __typename }' } }));
      expect((await closed).code).toBe(4401);
    });

    it('4400 on a message that is not part of the protocol', async () => {
      const { ws, closed } = await rawSocket(wsUrl);
      ws.send(JSON.stringify({ type: 'what-is-this' }));
      expect((await closed).code).toBe(4400);
    });

    it('4429 on a second connection_init', async () => {
      const { ws, closed } = await rawSocket(wsUrl);
      ws.send(JSON.stringify({ type: 'connection_init' }));
      await nextMessage(ws);
      ws.send(JSON.stringify({ type: 'connection_init' }));
      expect((await closed).code).toBe(4429);
    });

    it('4409 when a subscription id is reused while active', async () => {
      const { ws, closed } = await rawSocket(wsUrl);
      ws.send(JSON.stringify({ type: 'connection_init' }));
      await nextMessage(ws);
      const subscribe = { id: 'dup', type: 'subscribe', payload: { query: 'subscription { counterChanged(name: "dup") { value } }' } };
      ws.send(JSON.stringify(subscribe));
      ws.send(JSON.stringify(subscribe));
      expect((await closed).code).toBe(4409);
      await eventually(() => expect(stack.router.subscriptions.upstreamSubscriptions).toBe(0));
    });

    it('4408 when connection_init never comes', async () => {
      const { closed } = await rawSocket(wsUrl);
      const started = Date.now();
      expect((await closed).code).toBe(4408);
      expect(Date.now() - started).toBeGreaterThanOrEqual(4000);
    }, 15000);

    it('completes both ways: the client completes and the server stops sending', async () => {
      const { ws, messages } = await rawSocket(wsUrl);
      ws.send(JSON.stringify({ type: 'connection_init' }));
      await nextMessage(ws);
      ws.send(
        JSON.stringify({ id: 'c1', type: 'subscribe', payload: { query: 'subscription { counterChanged(name: "both") { value } }' } }),
      );
      await eventually(() => expect(stack.router.subscriptions.upstreamSubscriptions).toBe(1));
      ws.send(JSON.stringify({ id: 'c1', type: 'complete' }));
      await eventually(() => expect(stack.router.subscriptions.upstreamSubscriptions).toBe(0));
      // Positive control: a subscriber that is still there receives the event the completed one must not.
      const control = collect(client(), 'subscription { counterChanged(name: "both") { value } }');
      await eventually(() => expect(stack.router.subscriptions.upstreamSubscriptions).toBe(1));
      await subgraphListening('both');
      await gql(stack.url, 'mutation { incrementCounter(name: "both") { value } }');
      await eventually(() => expect(control.events).toHaveLength(1));
      expect(messages.filter((m: any) => m.type === 'next')).toHaveLength(0);
      control.unsubscribe();
      ws.close(1000);
    });
  });
});
