/**
 * ws-fanout: N graphql-ws clients subscribed to one chat room's `messageAdded` through the router
 * (issue: real-time). Identity, chat and the router run as separate processes; this process holds the
 * clients and posts messages, stamping each with its send time, and measures delivery latency per
 * client and message. Reports p50/p99, router memory per connection (RSS growth / N, from the
 * router's /metrics) and the number of upstream subscriptions the router holds.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { generateRouterKeys } from '../kit/src/auth';
import type { BenchArgs } from './lib/args';
import { freePort, httpGet, onInterrupt, spawnChild, waitForReady, type Child } from './lib/proc';
import { describeMachine, formatTable, writeResult } from './lib/report';
import { round, summarizeLatencies } from './lib/stats';

async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL error: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

async function metric(base: string, name: string): Promise<number> {
  const { body } = await httpGet(`${base}/metrics`, 5000);
  const line = body.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(' ')[1]) : NaN;
}

interface RunResult {
  clients: number;
  messages: number;
  deliveries: number;
  expected: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  upstreamSubscriptions: number;
  routerSubscribers: number;
  routerRssBeforeMb: number;
  routerRssAfterMb: number;
  routerKbPerConnection: number;
  connectSeconds: number;
}

async function runOnce(
  router: string,
  base: string,
  token: string,
  roomId: string,
  clients: number,
  messages: number,
  intervalMs: number,
): Promise<RunResult> {
  const rssBefore = await metric(base, 'hubgraph_router_process_resident_memory_bytes');
  const latencies: number[] = [];
  const sockets: Client[] = [];
  let deliveries = 0;
  const connectStarted = performance.now();
  const ready: Promise<void>[] = [];
  for (let i = 0; i < clients; i++) {
    const client = createClient({
      url: router.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    sockets.push(client);
    ready.push(
      new Promise<void>((resolve) => {
        client.on('connected', () => resolve());
      }),
    );
    client.subscribe(
      { query: 'subscription($room: ID!) { messageAdded(roomId: $room) { text author { id } } }', variables: { room: roomId } },
      {
        next: (event: any) => {
          const sent = Number(String(event.data?.messageAdded?.text ?? '').split(':')[1]);
          if (Number.isFinite(sent)) latencies.push(performance.timeOrigin + performance.now() - sent);
          deliveries++;
        },
        error: () => undefined,
        complete: () => undefined,
      },
    );
    // Connect in waves so the accept queue is not flooded.
    if (i % 250 === 249) await Promise.all(ready.slice(-250));
  }
  await Promise.all(ready);
  // Wait until every subscription is attached on the router.
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && (await metric(base, 'hubgraph_subscriptions_clients')) < clients) {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const connectSeconds = (performance.now() - connectStarted) / 1000;
  const upstream = await metric(base, 'hubgraph_subscriptions_upstream');
  const subscribers = await metric(base, 'hubgraph_subscriptions_clients');
  const rssAfter = await metric(base, 'hubgraph_router_process_resident_memory_bytes');
  for (let m = 0; m < messages; m++) {
    await gql(
      router,
      'mutation($input: PostMessageInput!) { postMessage(input: $input) { errors { code } } }',
      {
        input: { roomId, text: `bench:${Date.now()}:${m}` },
      },
      token,
    );
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  const expected = clients * messages;
  const settle = Date.now() + 15_000;
  while (deliveries < expected && Date.now() < settle) await new Promise((resolve) => setTimeout(resolve, 100));
  await Promise.all(sockets.map((c) => c.dispose()));
  const summary = summarizeLatencies(Float64Array.from(latencies));
  return {
    clients,
    messages,
    deliveries,
    expected,
    p50Ms: round(summary.p50),
    p90Ms: round(summary.p90),
    p99Ms: round(summary.p99),
    maxMs: round(summary.max),
    upstreamSubscriptions: upstream,
    routerSubscribers: subscribers,
    routerRssBeforeMb: round(rssBefore / 1048576, 1),
    routerRssAfterMb: round(rssAfter / 1048576, 1),
    routerKbPerConnection: round((rssAfter - rssBefore) / 1024 / clients, 1),
    connectSeconds: round(connectSeconds, 1),
  };
}

export async function wsFanout(args: BenchArgs): Promise<void> {
  const sizes = args.integers('clients', [1000, 5000], 1, 10_000);
  const messages = args.number('messages', 20, 1, 1000);
  const intervalMs = args.number('interval', 250, 0, 10_000);
  args.rejectUnknown();
  const dataDir = mkdtempSync(join(tmpdir(), 'hubgraph-bench-ws-'));
  const removeDir = onInterrupt(() => rmSync(dataDir, { recursive: true, force: true }));
  const [identityPort, chatPort, routerPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const common = {
    NODE_ENV: 'production',
    ...generateRouterKeys(),
    LOG_LEVEL: 'warn',
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    RATE_LIMIT_USER_POINTS: '100000000',
    RATE_LIMIT_ANONYMOUS_POINTS: '100000000',
  };
  const children: Child[] = [];
  try {
    const serve = (name: string, env: Record<string, string>, cpus?: string) => {
      const child = spawnChild({ name, args: ['dist/scripts/serve.js', name], env: { ...common, ...env }, cpus });
      children.push(child);
      return child;
    };
    const identity = serve('identity', { PORT: String(identityPort) }, '0');
    const chat = serve('chat', { PORT: String(chatPort) }, '0');
    await waitForReady(`http://127.0.0.1:${identityPort}/ready`, { timeoutMs: 60_000, child: identity });
    await waitForReady(`http://127.0.0.1:${chatPort}/ready`, { timeoutMs: 60_000, child: chat });
    const routerChild = serve(
      'router',
      {
        ROUTER_PORT: String(routerPort),
        METRICS_ENABLED: 'true',
        SUBGRAPH_URL_IDENTITY: `http://127.0.0.1:${identityPort}/graphql`,
        SUBGRAPH_URL_CHAT: `http://127.0.0.1:${chatPort}/graphql`,
      },
      '1',
    );
    const base = `http://127.0.0.1:${routerPort}`;
    await waitForReady(`${base}/health`, { timeoutMs: 60_000, child: routerChild });
    const router = `${base}/graphql`;
    const signed = await gql(router, 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken } }', {
      i: { email: `bench-${Date.now()}@example.test`, password: 'benchmark-password' },
    });
    const token = signed.signUp.accessToken as string;
    const room = await gql(router, 'mutation { createRoom(input: { name: "bench" }) { room { id } } }', {}, token);
    const roomId = room.createRoom.room.id as string;

    const results: RunResult[] = [];
    for (const clients of sizes) {
      console.log(`ws-fanout: ${clients} clients, ${messages} messages every ${intervalMs} ms…`);
      results.push(await runOnce(router, base, token, roomId, clients, messages, intervalMs));
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
    console.log(
      formatTable(
        ['clients', 'delivered', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'upstream subs', 'router RSS MB', 'KB/conn', 'connect s'],
        results.map((r) => [
          r.clients,
          `${r.deliveries}/${r.expected}`,
          r.p50Ms,
          r.p90Ms,
          r.p99Ms,
          r.maxMs,
          r.upstreamSubscriptions,
          `${r.routerRssBeforeMb}→${r.routerRssAfterMb}`,
          r.routerKbPerConnection,
          r.connectSeconds,
        ]),
      ),
    );
    const file = writeResult('ws-fanout', { machine: describeMachine(), messages, intervalMs, results });
    console.log(`wrote ${file}`);
  } finally {
    await Promise.all(children.map((c) => c.stop()));
    removeDir();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
