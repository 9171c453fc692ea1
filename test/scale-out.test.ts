import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { createClient } from 'graphql-ws';
import { createConnection } from 'mysql2/promise';
import { generateRouterKeys } from '../kit';
import { gql, signUpUser } from './helpers/graphql';
import { freePort, startServiceProcess } from './helpers/processes';
import { disposeAfterAll, testEnv } from './helpers/stack';

const scaledOut = Boolean(testEnv.MYSQL_URL && testEnv.REDIS_URL);
// Router replicas share one signing key, and every subgraph replica trusts its public half
// (docs/DEPLOYMENT.md, "Router keys").
const routerKeys = generateRouterKeys();

/**
 * The scaled-out layout: two router processes and two replicas of a subgraph, sharing MySQL and
 * Redis. An event produced through one router and replica reaches a subscriber of the other.
 * Needs MYSQL_URL and REDIS_URL (SQLite and in-memory pub/sub are single-process by design).
 */
(scaledOut ? describe : describe.skip)('scale-out: 2 routers × 2 subgraph replicas on MySQL + Redis', () => {
  const prefix = `hgs_${randomBytes(4).toString('hex')}_`;
  const common = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    MYSQL_URL: testEnv.MYSQL_URL!,
    REDIS_URL: testEnv.REDIS_URL!,
    MYSQL_DATABASE_PREFIX: prefix,
    REDIS_KEY_PREFIX: `${prefix}:`,
    HOST: '127.0.0.1',
    ...routerKeys,
  };
  let routers: string[] = [];

  beforeAll(async () => {
    disposeAfterAll(async () => {
      const connection = await createConnection(testEnv.MYSQL_URL!);
      await connection.query(`drop database if exists \`${prefix}basics\``);
      await connection.end();
    });
    const [b1, b2, r1, r2] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
    // Start the first replica alone so it creates the schema; the second finds it migrated.
    await startServiceProcess('basics', { ...common, PORT: String(b1) }, `http://127.0.0.1:${b1}/ready`);
    await startServiceProcess('basics', { ...common, PORT: String(b2) }, `http://127.0.0.1:${b2}/ready`);
    await Promise.all([
      startServiceProcess(
        'router',
        { ...common, ROUTER_PORT: String(r1), SUBGRAPH_URL_BASICS: `http://127.0.0.1:${b1}/graphql` },
        `http://127.0.0.1:${r1}/health`,
      ),
      startServiceProcess(
        'router',
        { ...common, ROUTER_PORT: String(r2), SUBGRAPH_URL_BASICS: `http://127.0.0.1:${b2}/graphql` },
        `http://127.0.0.1:${r2}/health`,
      ),
    ]);
    routers = [`http://127.0.0.1:${r1}/graphql`, `http://127.0.0.1:${r2}/graphql`];
  }, 90_000);

  it('delivers a change made through router 1 / replica 1 to a subscriber on router 2 / replica 2', async () => {
    const client = createClient({ url: routers[1]!.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
    disposeAfterAll(async () => {
      await client.dispose();
    });
    const events: number[] = [];
    client.subscribe(
      { query: 'subscription { counterChanged(name: "scale") { value } }' },
      { next: (e: any) => events.push(e.data.counterChanged.value), error: () => undefined, complete: () => undefined },
    );
    // Redis subscribes asynchronously: keep changing the counter through the other router until events flow.
    const deadline = Date.now() + 15_000;
    while (events.length === 0 && Date.now() < deadline) {
      await gql(routers[0]!, 'mutation { incrementCounter(name: "scale") { value } }');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(events.length).toBeGreaterThan(0);
    const before = events.length;
    const res = await gql(routers[0]!, 'mutation { incrementCounter(name: "scale", by: 10) { value } }');
    const expected = res.body.data.incrementCounter.value;
    const until = Date.now() + 5000;
    while (!events.includes(expected) && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(events.slice(before)).toContain(expected);
  });

  it('shares one database: both routers read the same counter value', async () => {
    const [a, b] = await Promise.all(routers.map((url) => gql(url, '{ counter(name: "scale") { value } }')));
    expect(a!.body.data.counter.value).toBe(b!.body.data.counter.value);
    expect(a!.body.data.counter.value).toBeGreaterThan(0);
  });
});

/**
 * The same with chat, the issue's own example: two chat replicas, two routers, one identity. A message
 * posted through router 1 (chat replica 1) reaches a room subscriber on router 2 (chat replica 2).
 */
(scaledOut ? describe : describe.skip)('scale-out: chat across 2 routers × 2 chat replicas on MySQL + Redis', () => {
  const prefix = `hgc_${randomBytes(4).toString('hex')}_`;
  const common = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    MYSQL_URL: testEnv.MYSQL_URL!,
    REDIS_URL: testEnv.REDIS_URL!,
    MYSQL_DATABASE_PREFIX: prefix,
    REDIS_KEY_PREFIX: `${prefix}:`,
    HOST: '127.0.0.1',
    ...routerKeys,
    RATE_LIMIT_ANONYMOUS_POINTS: '1000000',
  };
  let routers: string[] = [];

  beforeAll(async () => {
    disposeAfterAll(async () => {
      const connection = await createConnection(testEnv.MYSQL_URL!);
      for (const name of ['identity', 'chat']) await connection.query(`drop database if exists \`${prefix}${name}\``);
      await connection.end();
    });
    const [identity, c1, c2, r1, r2] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
    await Promise.all([
      startServiceProcess('identity', { ...common, PORT: String(identity) }, `http://127.0.0.1:${identity}/ready`),
      startServiceProcess('chat', { ...common, PORT: String(c1) }, `http://127.0.0.1:${c1}/ready`),
    ]);
    await startServiceProcess('chat', { ...common, PORT: String(c2) }, `http://127.0.0.1:${c2}/ready`);
    const routerEnv = (port: number, chat: number) => ({
      ...common,
      ROUTER_PORT: String(port),
      SUBGRAPH_URL_IDENTITY: `http://127.0.0.1:${identity}/graphql`,
      SUBGRAPH_URL_CHAT: `http://127.0.0.1:${chat}/graphql`,
    });
    await Promise.all([
      startServiceProcess('router', routerEnv(r1, c1), `http://127.0.0.1:${r1}/health`),
      startServiceProcess('router', routerEnv(r2, c2), `http://127.0.0.1:${r2}/health`),
    ]);
    routers = [`http://127.0.0.1:${r1}/graphql`, `http://127.0.0.1:${r2}/graphql`];
  }, 120_000);

  it('delivers a message posted through one router and replica to a subscriber on the other', async () => {
    const author = await signUpUser(routers[0]!, 'author');
    const reader = await signUpUser(routers[1]!, 'reader');
    const created = await gql(
      routers[0]!,
      'mutation { createRoom(input: { name: "scale-out" }) { room { id } } }',
      {},
      { token: author.token },
    );
    const roomId = created.body.data.createRoom.room.id;
    await gql(routers[1]!, 'mutation($id: ID!) { joinRoom(roomId: $id) { room { id } } }', { id: roomId }, { token: reader.token });
    const client = createClient({
      url: routers[1]!.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${reader.token}` },
    });
    disposeAfterAll(async () => {
      await client.dispose();
    });
    const texts: string[] = [];
    client.subscribe(
      { query: 'subscription($id: ID!) { messageAdded(roomId: $id) { text author { displayName } } }', variables: { id: roomId } },
      {
        next: (e: any) => texts.push(`${e.data.messageAdded.author.displayName}: ${e.data.messageAdded.text}`),
        error: () => undefined,
        complete: () => undefined,
      },
    );
    // Redis subscribes asynchronously: post until the first message flows, then check a specific one.
    const deadline = Date.now() + 20_000;
    for (let i = 0; texts.length === 0 && Date.now() < deadline; i++) {
      await gql(
        routers[0]!,
        'mutation($input: PostMessageInput!) { postMessage(input: $input) { errors { code } } }',
        {
          input: { roomId, text: `warm-up ${i}` },
        },
        { token: author.token },
      );
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    expect(texts.length).toBeGreaterThan(0);
    await gql(
      routers[0]!,
      'mutation($input: PostMessageInput!) { postMessage(input: $input) { errors { code } } }',
      {
        input: { roomId, text: 'across replicas' },
      },
      { token: author.token },
    );
    const until = Date.now() + 5000;
    while (!texts.includes('author: across replicas') && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(texts).toContain('author: across replicas');
  });
});
