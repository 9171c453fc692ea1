import { decodeJwt } from 'jose';
import { WebSocketServer } from 'ws';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { loadRouterConfig, startRouter, type RunningRouter } from '../router';
import { freePort } from './helpers/processes';
import { disposeAfterAll, testEnv } from './helpers/stack';
import { eventually } from './helpers/wait';

const BURST = 500;
const MAX_PENDING = 5;

/**
 * The router's side of upstream subscriptions, against stand-ins for subgraphs that speak graphql-ws
 * on loopback, so a test controls exactly what the upstream sends and when it goes away.
 *
 * The per-feed event queue is bounded (issue 10 item 3). A stand-in for basics speaks graphql-ws on
 * loopback and answers a subscription with a burst of events written back to back, faster than the
 * router runs their plans: the feed keeps at most SUBSCRIPTION_FEED_MAX_PENDING waiting, drops the
 * oldest, counts them, and the client still gets the newest event, in order.
 */
describe('router: bounded subscription feeds', () => {
  let router: RunningRouter;

  beforeAll(async () => {
    const port = await freePort();
    const upstream = new WebSocketServer({ port, host: '127.0.0.1', path: '/graphql', perMessageDeflate: false });
    upstream.on('connection', (socket) => {
      socket.on('message', (data) => {
        const message = JSON.parse(data.toString());
        if (message.type === 'connection_init') socket.send(JSON.stringify({ type: 'connection_ack' }));
        if (message.type === 'ping') socket.send(JSON.stringify({ type: 'pong' }));
        if (message.type === 'subscribe') {
          for (let value = 1; value <= BURST; value++) {
            socket.send(
              JSON.stringify({
                id: message.id,
                type: 'next',
                payload: { data: { counterChanged: { __typename: 'Counter', name: 'burst', value } } },
              }),
            );
          }
        }
      });
    });
    disposeAfterAll(() => new Promise<void>((resolve) => upstream.close(() => resolve())));
    router = await startRouter({
      config: loadRouterConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: testEnv.LOG_LEVEL,
        JWKS_URL: 'http://127.0.0.1:1/jwks.json',
        SUBGRAPH_URL_BASICS: `http://127.0.0.1:${port}/graphql`,
        SUBSCRIPTION_FEED_MAX_PENDING: String(MAX_PENDING),
      }),
      port: 0,
    });
    disposeAfterAll(() => router.stop());
  });

  it('drops the oldest waiting events past the bound, counts them, and delivers the rest in order, newest last', async () => {
    const client = createClient({ url: router.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
    disposeAfterAll(async () => {
      await client.dispose();
    });
    const values: number[] = [];
    client.subscribe(
      { query: 'subscription { counterChanged(name: "burst") { value } }' },
      { next: (event: any) => values.push(event.data.counterChanged.value), error: () => undefined, complete: () => undefined },
    );
    await eventually(() => expect(values[values.length - 1]).toBe(BURST), 10_000);
    const { dropped } = router.subscriptions;
    expect(dropped).toBeGreaterThan(0);
    expect(values.length + dropped).toBe(BURST);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]!);
  });
});

/**
 * Every upstream (re)subscription carries a forwarded header signed for it (issue 10 item 2, "shared
 * feeds re-sign"): a stand-in for chat answers `broadcastReceived` with one message, then drops the
 * connection and refuses new ones for a while; the router re-subscribes from the last offset with a
 * header signed at that time, never the original one.
 */
describe('router: re-subscriptions sign a fresh forwarded header', () => {
  let router: RunningRouter;
  const subscribes: { header: string; query: string; at: number }[] = [];
  let refuseUntil = 0;

  beforeAll(async () => {
    const port = await freePort();
    const upstream = new WebSocketServer({ port, host: '127.0.0.1', path: '/graphql', perMessageDeflate: false });
    upstream.on('connection', (socket) => {
      if (Date.now() < refuseUntil) {
        socket.close(1013, 'Try again later');
        return;
      }
      socket.on('message', (data) => {
        const message = JSON.parse(data.toString());
        if (message.type === 'connection_init') socket.send(JSON.stringify({ type: 'connection_ack' }));
        if (message.type !== 'subscribe') return;
        subscribes.push({ header: message.payload.extensions['x-hubgraph-auth'], query: message.payload.query, at: Date.now() });
        const offset = subscribes.length;
        const event = { __typename: 'BroadcastMessage', text: `m${offset}`, __hubgraphOffset: offset };
        socket.send(JSON.stringify({ id: message.id, type: 'next', payload: { data: { broadcastReceived: event } } }));
        if (offset === 1) {
          // Gone for over a second, so a re-signed header has a later `iat` than the first.
          refuseUntil = Date.now() + 1_200;
          socket.close(1001, 'Going away');
        }
      });
    });
    disposeAfterAll(() => new Promise<void>((resolve) => upstream.close(() => resolve())));
    router = await startRouter({
      config: loadRouterConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: testEnv.LOG_LEVEL,
        JWKS_URL: 'http://127.0.0.1:1/jwks.json',
        SUBGRAPH_URL_CHAT: `http://127.0.0.1:${port}/graphql`,
        SUBSCRIPTION_RETRY_INITIAL_MS: '100',
        SUBSCRIPTION_RETRY_MAX_MS: '300',
        SUBSCRIPTION_RETRY_ATTEMPTS: '30',
      }),
      port: 0,
    });
    disposeAfterAll(() => router.stop());
  });

  it('re-subscribes from the last offset with a header signed then', async () => {
    const client = createClient({ url: router.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
    disposeAfterAll(async () => {
      await client.dispose();
    });
    const texts: string[] = [];
    client.subscribe(
      { query: 'subscription { broadcastReceived(channel: "resign") { text } }' },
      { next: (event: any) => texts.push(event.data.broadcastReceived.text), error: () => undefined, complete: () => undefined },
    );
    await eventually(() => expect(texts).toEqual(['m1', 'm2']), 10_000);
    expect(subscribes).toHaveLength(2);
    const [first, second] = subscribes.map((s) => ({ ...s, claims: decodeJwt(s.header) }));
    expect(first!.query).not.toMatch(/since/);
    expect(second!.query).toMatch(/since: 1/);
    expect(second!.header).not.toBe(first!.header);
    expect(Number(second!.claims.iat)).toBeGreaterThan(Number(first!.claims.iat));
    // Valid for its full lifetime from the moment it was sent.
    expect(Number(second!.claims.exp) * 1000).toBeGreaterThan(second!.at + 55_000);
    expect(router.subscriptions.resumed).toBe(1);
  });
});
