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
            socket.send(JSON.stringify({ id: message.id, type: 'next', payload: { data: { counterChanged: { __typename: 'Counter', name: 'burst', value } } } }));
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
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]);
  });
});
