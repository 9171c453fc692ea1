import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import pino from 'pino';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { createConnection } from 'mysql2/promise';
import { RouterSigner, generateRouterKeys, parseRouterPrivateKey } from '../kit';
import { loadRouterConfig, startRouter, type RunningRouter } from '../router';
import { gql, signUpUser } from './helpers/graphql';
import { freePort, startServiceProcess, type ServiceProcess } from './helpers/processes';
import { disposeAfterAll, testEnv } from './helpers/stack';
import { TcpProxy } from './helpers/tcp-proxy';
import { eventually } from './helpers/wait';

const routerKeys = generateRouterKeys();

/**
 * Subgraphs killed with SIGKILL and restarted under open subscriptions (issue 9 item 9). identity,
 * basics and chat run as their own processes (SQLite files, or MariaDB + Redis when configured); the
 * router runs in this process so its counters and log can be read. chat is reached through a loopback
 * proxy, so a test can keep the router from reconnecting while messages are broadcast.
 */
describe('subscriptions survive a subgraph killed under them', () => {
  const prefix = `hgf_${randomBytes(4).toString('hex')}_`;
  const dataDir = mkdtempSync(join(tmpdir(), 'hubgraph-faults-'));
  const common: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    ...routerKeys,
    RATE_LIMIT_ANONYMOUS_POINTS: '10000000',
    RATE_LIMIT_USER_POINTS: '10000000',
    ...(testEnv.MYSQL_URL ? { MYSQL_URL: testEnv.MYSQL_URL, MYSQL_DATABASE_PREFIX: prefix } : {}),
    ...(testEnv.REDIS_URL ? { REDIS_URL: testEnv.REDIS_URL, REDIS_KEY_PREFIX: `${prefix}:` } : {}),
  };
  const ports: Record<string, number> = {};
  const processes: Record<string, ServiceProcess> = {};
  const logLines: Record<string, any>[] = [];
  let chatProxy: TcpProxy;
  let router: RunningRouter;
  let url: string;
  const clients: Client[] = [];

  const start = async (name: string) => {
    processes[name] = await startServiceProcess(name, { ...common, PORT: String(ports[name]) }, `http://127.0.0.1:${ports[name]}/ready`);
  };
  /** kill -9: no graceful shutdown, sockets die with the process. */
  const kill = async (name: string) => {
    const { child } = processes[name]!;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  };

  const client = (token?: string) => {
    const c = createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    });
    clients.push(c);
    return c;
  };

  function collect(c: Client, query: string, variables: Record<string, unknown> = {}) {
    const events: any[] = [];
    const state = { completed: false, error: undefined as unknown };
    c.subscribe(
      { query, variables },
      { next: (event) => events.push(event), error: (error) => (state.error = error), complete: () => (state.completed = true) },
    );
    return { events, state };
  }

  beforeAll(async () => {
    disposeAfterAll(async () => {
      rmSync(dataDir, { recursive: true, force: true });
      if (!testEnv.MYSQL_URL) return;
      const connection = await createConnection(testEnv.MYSQL_URL);
      for (const name of ['identity', 'basics', 'chat']) await connection.query(`drop database if exists \`${prefix}${name}\``);
      await connection.end();
    });
    for (const name of ['identity', 'basics', 'chat']) ports[name] = await freePort();
    // One at a time: each boots from the TypeScript sources, which on a busy machine is slow enough
    // that three at once can miss the helper's 30 s readiness deadline.
    for (const name of ['identity', 'basics', 'chat']) await start(name);
    chatProxy = new TcpProxy('127.0.0.1', ports.chat!);
    await chatProxy.up();
    disposeAfterAll(() => chatProxy.down());
    const sink = new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
        done();
      },
    });
    router = await startRouter({
      config: loadRouterConfig({
        ...common,
        SUBGRAPH_URL_IDENTITY: `http://127.0.0.1:${ports.identity}/graphql`,
        SUBGRAPH_URL_BASICS: `http://127.0.0.1:${ports.basics}/graphql`,
        SUBGRAPH_URL_CHAT: `http://127.0.0.1:${chatProxy.port}/graphql`,
        SUBSCRIPTION_RETRY_INITIAL_MS: '100',
        SUBSCRIPTION_RETRY_MAX_MS: '1000',
        SUBSCRIPTION_RETRY_ATTEMPTS: '100',
      }),
      port: 0,
      log: pino({ level: 'info' }, sink),
    });
    url = router.url;
    disposeAfterAll(async () => {
      await Promise.all(clients.map((c) => c.dispose()));
      await router.stop();
    });
  }, 180_000);

  it('basics killed: an open counterChanged ends with SUBGRAPH_UNAVAILABLE, the log names the close, and a new subscription works after the restart', async () => {
    const name = `kill-${randomBytes(3).toString('hex')}`;
    const sub = collect(client(), 'subscription($n: String!) { counterChanged(name: $n) { value } }', { n: name });
    await eventually(() => expect(router.subscriptions.upstreamSubscriptions).toBe(1));
    // Redis pub/sub subscribes asynchronously: change the counter until the first event arrives.
    await eventually(
      async () => {
        await gql(url, 'mutation($n: String!) { incrementCounter(name: $n) { value } }', { n: name });
        expect(sub.events.length).toBeGreaterThan(0);
      },
      10_000,
      100,
    );
    expect(sub.events[0].data.counterChanged.value).toBeGreaterThan(0);

    await kill('basics');
    await eventually(() => expect(sub.state.completed).toBe(true), 10_000);
    const last = sub.events[sub.events.length - 1];
    expect(last.errors[0].extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'basics' });
    expect(last.errors[0].message).toMatch(/Subscribe again/);
    expect(router.subscriptions.upstreamSubscriptions).toBe(0);
    // The real error, not "[object Object]": basics' socket closed abnormally (1006).
    const lost = logLines.find((l) => l.msg?.startsWith('upstream subscription lost'));
    expect(lost).toMatchObject({ subgraph: 'basics', err: { type: 'CloseEvent', code: 1006 } });
    expect(JSON.stringify(logLines)).not.toContain('[object ');

    await start('basics');
    const again = collect(client(), 'subscription($n: String!) { counterChanged(name: $n) { value } }', { n: name });
    await eventually(
      async () => {
        await gql(url, 'mutation($n: String!) { incrementCounter(name: $n) { value } }', { n: name });
        expect(again.events.filter((e) => e.data).length).toBeGreaterThan(0);
      },
      15_000,
      100,
    );
    expect(again.state.completed).toBe(false);
  }, 120_000);

  it('a subscription opened while its subgraph is down is retried with backoff and starts once it is back', async () => {
    const name = `late-${randomBytes(3).toString('hex')}`;
    await kill('basics');
    const sub = collect(client(), 'subscription($n: String!) { counterChanged(name: $n) { value } }', { n: name });
    await eventually(() => expect(logLines.some((l) => l.msg === 'upstream subscription could not be opened; retrying')).toBe(true));
    await start('basics');
    await eventually(
      async () => {
        await gql(url, 'mutation($n: String!) { incrementCounter(name: $n) { value } }', { n: name });
        expect(sub.events.filter((e) => e.data).length).toBeGreaterThan(0);
      },
      15_000,
      100,
    );
    expect(sub.state.completed).toBe(false);
  }, 120_000);

  it('chat killed and restarted: broadcastReceived resumes from its last offset, with nothing lost or repeated', async () => {
    const user = await signUpUser(url, 'resumer');
    const channel = `resume-${randomBytes(3).toString('hex')}`;
    const broadcast = (text: string) =>
      gql(
        url,
        'mutation($c: String!, $t: String!) { broadcast(channel: $c, text: $t) { message { offset } errors { message } } }',
        { c: channel, t: text },
        { token: user.token },
      );
    const sub = collect(client(user.token), 'subscription($c: String!) { broadcastReceived(channel: $c) { text } }', { c: channel });
    await eventually(() => expect(router.subscriptions.upstreamSubscriptions).toBe(1));
    await eventually(
      async () => {
        expect((await broadcast('first')).body.data.broadcast.message.offset).toBeGreaterThan(0);
        expect(sub.events.length).toBeGreaterThan(0);
      },
      10_000,
      200,
    );
    const resumedBefore = router.subscriptions.resumed;

    // The proxy stays down while chat restarts and takes messages, so the router cannot be subscribed
    // while they are sent: they can only arrive through the replay from the last offset.
    await kill('chat');
    await chatProxy.down();
    await start('chat');
    const direct = `http://127.0.0.1:${ports.chat}/graphql`;
    const header = await new RouterSigner(parseRouterPrivateKey(routerKeys.ROUTER_SIGNING_KEY)).signForwarded(
      { userId: user.id, roles: ['user'], tenantId: null },
      'chat',
      { requestId: 'faults-test' },
    );
    for (const text of ['second', 'third']) {
      const res = await gql(
        direct,
        'mutation($c: String!, $t: String!) { broadcast(channel: $c, text: $t) { errors { message } } }',
        { c: channel, t: text },
        { headers: { 'x-hubgraph-auth': header } },
      );
      expect(res.body.data.broadcast.errors).toEqual([]);
    }
    expect(router.subscriptions.resumed).toBe(resumedBefore);
    await chatProxy.up();

    await eventually(
      () =>
        expect(
          sub.events
            .filter((e) => e.data)
            .map((e) => e.data.broadcastReceived.text)
            .slice(-2),
        ).toEqual(['second', 'third']),
      20_000,
    );
    const texts = sub.events.map((e) => e.data?.broadcastReceived.text);
    // 'first' may have been sent more than once while Redis subscribed; each broadcast arrives once.
    expect(texts.filter((t) => t === 'second' || t === 'third')).toEqual(['second', 'third']);
    expect(sub.events.every((e) => !e.errors)).toBe(true);
    // The offset the hub asks for internally never reaches the client.
    expect(Object.keys(sub.events[0].data.broadcastReceived)).toEqual(['text']);
    expect(sub.state.completed).toBe(false);
    expect(router.subscriptions.resumed).toBeGreaterThan(resumedBefore);
    const after = await broadcast('fourth');
    expect(after.body.data.broadcast.errors).toEqual([]);
    await eventually(() => expect(sub.events[sub.events.length - 1].data.broadcastReceived.text).toBe('fourth'));
  }, 120_000);
});
