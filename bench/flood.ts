/**
 * flood: what legitimate users keep while one client floods the router (learning path: DDoS
 * protection). The basics subgraph and the router run as their own processes (dist/scripts/serve.js,
 * production mode). Legitimate users are `--users` clients, each from its own loopback address
 * (127.0.0.10, .11, …: Linux routes all of 127/8 to lo, and 127.0.0.1 is exempt from the guard), each
 * sending a small query, waiting for the answer, thinking `--think` ms, and again. The flooder is a
 * separate process at 127.0.0.250 sending the same query on `--flood-concurrency` connections as fast
 * as it can, reconnecting whenever the router closes one. Four runs, a fresh router each:
 *   no flood                — the legitimate users' baseline;
 *   flood, guard off        — ROUTER_IP_RATE_LIMIT=0, ROUTER_MAX_CONNECTIONS_PER_IP=0;
 *   flood, token bucket     — the defaults' shape: 1,000 requests per 10 s per address, 32 connections;
 *   flood, sliding window   — the same with ROUTER_IP_RATE_ALGORITHM=sliding-window.
 * Reported: the users' successful requests/s and p50/p99, their share of the baseline (target ≥ 90 %),
 * and what the flooder got (answered, refused 429, connections cut).
 */
import { Agent, request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRouterKeys } from '../kit/src/auth';
import type { BenchArgs } from './lib/args';
import { freePort, onInterrupt, spawnChild, waitForReady, type Child } from './lib/proc';
import { describeMachine, formatTable, writeResult } from './lib/report';
import { snapshotBuild, type BuildSnapshot } from './lib/snapshot';
import { round, summarizeLatencies } from './lib/stats';

const QUERY = JSON.stringify({ query: '{ convertUnits(value: 1, from: "km", to: "mi") { result } }' });

interface Scenario {
  name: string;
  flood: boolean;
  guard: 'off' | 'token-bucket' | 'sliding-window';
}
const SCENARIOS: Scenario[] = [
  { name: 'no flood', flood: false, guard: 'token-bucket' },
  { name: 'flood, guard off', flood: true, guard: 'off' },
  { name: 'flood, token bucket', flood: true, guard: 'token-bucket' },
  { name: 'flood, sliding window', flood: true, guard: 'sliding-window' },
];

/** One legitimate user: closed loop with think time, from its own address, until `until`. */
async function user(port: number, address: string, thinkMs: number, from: number, until: number, latencies: number[]) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress: address });
  let ok = 0;
  let failed = 0;
  while (performance.now() < until) {
    const started = performance.now();
    const status = await new Promise<number>((resolve) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          agent,
          timeout: 10_000,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(QUERY) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', () => resolve(0));
        },
      );
      req.on('timeout', () => req.destroy());
      req.on('error', () => resolve(0));
      req.end(QUERY);
    });
    const ended = performance.now();
    if (started >= from) {
      if (status === 200) {
        ok++;
        latencies.push(ended - started);
      } else failed++;
    }
    if (thinkMs) await new Promise((resolve) => setTimeout(resolve, thinkMs));
  }
  agent.destroy();
  return { ok, failed };
}

export async function flood(args: BenchArgs): Promise<void> {
  const durationS = args.number('duration', 10, 2, 300);
  const users = args.number('users', 20, 1, 200);
  const thinkMs = args.number('think', 20, 0, 5_000);
  const floodConcurrency = args.number('flood-concurrency', 256, 1, 4_096);
  args.rejectUnknown();
  const dataDir = mkdtempSync(join(tmpdir(), 'hubgraph-bench-flood-'));
  let snapshot: BuildSnapshot | undefined;
  const children: Child[] = [];
  const cleanup = async () => {
    for (const child of children.reverse()) await child.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
    snapshot?.remove();
  };
  const unregister = onInterrupt(cleanup);
  const rows: (string | number)[][] = [];
  const results: Record<string, unknown>[] = [];
  try {
    snapshot = await snapshotBuild();
    const serve = join(snapshot.dist, 'scripts', 'serve.js');
    const common = { NODE_ENV: 'production', ...generateRouterKeys(), LOG_LEVEL: 'error', HOST: '127.0.0.1', DATA_DIR: dataDir };
    const basicsPort = await freePort();
    const basics = spawnChild({ name: 'basics', args: [serve, 'basics'], env: { ...common, PORT: String(basicsPort) } });
    children.push(basics);
    await waitForReady(`http://127.0.0.1:${basicsPort}/ready`, { timeoutMs: 60_000, child: basics, intervalMs: 100 });
    let baseline = 0;
    for (const scenario of SCENARIOS) {
      const port = await freePort();
      const guard: Record<string, string> =
        scenario.guard === 'off'
          ? { ROUTER_IP_RATE_LIMIT: '0', ROUTER_MAX_CONNECTIONS_PER_IP: '0' }
          : {
              ROUTER_IP_RATE_LIMIT: '1000',
              ROUTER_IP_RATE_WINDOW_MS: '10000',
              ROUTER_IP_RATE_ALGORITHM: scenario.guard,
              ROUTER_MAX_CONNECTIONS_PER_IP: '32',
            };
      const router = spawnChild({
        name: 'router',
        args: [serve, 'router'],
        env: {
          ...common,
          ...guard,
          ROUTER_PORT: String(port),
          SUBGRAPH_URL_BASICS: `http://127.0.0.1:${basicsPort}/graphql`,
          RATE_LIMIT_ENABLED: 'false',
          RESPONSE_CACHE_ENABLED: 'false',
        },
      });
      children.push(router);
      await waitForReady(`http://127.0.0.1:${port}/ready`, {
        timeoutMs: 60_000,
        child: router,
        intervalMs: 100,
        isReady: (report) => report.checks?.['subgraph:basics']?.[0]?.status === 'pass',
      });
      let flooder: Child | undefined;
      if (scenario.flood) {
        flooder = spawnChild({
          name: 'flooder',
          args: [
            join(snapshot.dist, 'bench', 'fixtures', 'flooder.js'),
            `http://127.0.0.1:${port}/graphql`,
            '127.0.0.250',
            String(floodConcurrency),
          ],
          env: {},
        });
        children.push(flooder);
        await new Promise((resolve) => setTimeout(resolve, 1_000)); // the flood is on before users start
      }
      const from = performance.now() + 1_000; // one second of warm-up
      const until = from + durationS * 1000;
      const latencies: number[] = [];
      const outcomes = await Promise.all(
        Array.from({ length: users }, (_, i) => user(port, `127.0.0.${10 + i}`, thinkMs, from, until, latencies)),
      );
      let floodCounts: Record<string, number> = {};
      if (flooder) {
        await flooder.stop();
        const lines = flooder.output().trim().split('\n').filter(Boolean);
        floodCounts = JSON.parse(lines[lines.length - 1] ?? '{}') as Record<string, number>;
      }
      await router.stop();
      const ok = outcomes.reduce((s, o) => s + o.ok, 0);
      const failed = outcomes.reduce((s, o) => s + o.failed, 0);
      const rps = ok / durationS;
      if (!scenario.flood) baseline = rps;
      const latency = summarizeLatencies(latencies);
      const share = baseline ? rps / baseline : 0;
      const perSecond = (n: number | undefined) => Math.round((n ?? 0) / (durationS + 1));
      rows.push([
        scenario.name,
        round(rps, 0),
        failed,
        round(latency.p50, 1),
        round(latency.p99, 1),
        `${Math.round(share * 100)} %`,
        scenario.flood ? perSecond(floodCounts.ok) : '-',
        scenario.flood ? perSecond(floodCounts.refused) : '-',
        scenario.flood ? perSecond(floodCounts.failed) : '-',
      ]);
      results.push({
        scenario: scenario.name,
        guard: scenario.guard,
        usersOkPerSecond: rps,
        usersFailed: failed,
        latency,
        share,
        flooder: floodCounts,
      });
    }
  } finally {
    unregister();
    await cleanup();
  }
  console.log(
    formatTable(
      ['run', 'users ok/s', 'users failed', 'p50 ms', 'p99 ms', 'of baseline', 'flood 200/s', 'flood 429/s', 'flood cut/s'],
      rows,
    ),
  );
  console.log(
    `\n${users} users (think ${thinkMs} ms) for ${durationS} s; one flooder on ${floodConcurrency} connections. Target: users keep ≥ 90 % of the baseline with the guard on.`,
  );
  const file = writeResult('flood', {
    machine: describeMachine(),
    parameters: { durationS, users, thinkMs, floodConcurrency },
    results,
  });
  console.log(`\nwrote ${file}`);
}
