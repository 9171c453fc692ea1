/**
 * link-redirects: GET /s/{code} through the router's public path to the links subgraph (cached lookup,
 * batched visit writes) against a bare node:http server that answers every request with the same 302,
 * in the same run (and straight to the links subgraph's port, to show the router hop's share). Reports
 * RPS, p50/p99 and the router/bare ratio (target ≥ 0.5 × bare), then checks that the
 * visits links counted equal the redirects the load generator received.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRouterKeys } from '../kit/src/auth';
import type { BenchArgs } from './lib/args';
import { runLoad, type LoadResult } from './lib/load';
import { freePort, onInterrupt, spawnChild, stopAll, waitForReady } from './lib/proc';
import { describeMachine, formatTable, resultsDir, writeResult } from './lib/report';
import { snapshotBuild, type BuildSnapshot } from './lib/snapshot';
import { round, summarizeSeries } from './lib/stats';

const TARGET = 'https://example.com/landing';
const TARGET_RATIO = 0.5;

async function post<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body).slice(0, 300)}`);
  return body.data;
}

const redirected = (status: number, _body: string, headers: Record<string, unknown>) =>
  status === 302 && typeof headers.location === 'string' && headers.location.startsWith(TARGET) ? null : `HTTP ${status}`;

/** Runs the benchmark; see bench/README.md. */
export async function linkRedirects(args: BenchArgs): Promise<void> {
  const concurrencies = args.integers('concurrency', [16, 64], 1, 256);
  const durationS = args.number('duration', 5, 1, 120);
  const warmupS = args.number('warmup', 1, 0, 30);
  const rounds = args.number('rounds', 1, 1, 10);
  const cpuProf = args.flag('cpu-prof');
  args.rejectUnknown();
  const profileDir = join(resultsDir, 'profiles');

  const machine = describeMachine();
  const dataDir = mkdtempSync(join(tmpdir(), 'hubgraph-bench-'));
  let snapshot: BuildSnapshot | undefined;
  const cleanup = () => {
    rmSync(dataDir, { recursive: true, force: true });
    snapshot?.remove();
  };
  const unregister = onInterrupt(cleanup);
  try {
    snapshot = await snapshotBuild();
    const serve = join(snapshot.dist, 'scripts', 'serve.js');
    const common = { NODE_ENV: 'production', ...generateRouterKeys(), LOG_LEVEL: 'warn', HOST: '127.0.0.1', DATA_DIR: dataDir };
    const ports = { identity: await freePort(), links: await freePort(), router: await freePort(), bare: await freePort() };
    const bare = spawnChild({
      name: 'bare',
      args: [join(snapshot.dist, 'bench', 'fixtures', 'bare-redirect.js'), String(ports.bare)],
      env: {},
    });
    const subgraphs = (['identity', 'links'] as const).map((name) =>
      spawnChild({
        name,
        args: [serve, name],
        env: { ...common, PORT: String(ports[name]) },
        nodeArgs: cpuProf && name === 'links' ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
      }),
    );
    await Promise.all([
      waitForReady(`http://127.0.0.1:${ports.bare}/ready`, { timeoutMs: 10_000, child: bare, intervalMs: 50 }),
      ...subgraphs.map((child) =>
        waitForReady(`http://127.0.0.1:${ports[child.name as 'identity' | 'links']}/ready`, { timeoutMs: 60_000, child, intervalMs: 100 }),
      ),
    ]);
    const router = spawnChild({
      name: 'router',
      args: [serve, 'router'],
      nodeArgs: cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
      env: {
        ...common,
        ROUTER_PORT: String(ports.router),
        SUBGRAPH_URL_IDENTITY: `http://127.0.0.1:${ports.identity}/graphql`,
        SUBGRAPH_URL_LINKS: `http://127.0.0.1:${ports.links}/graphql`,
        RATE_LIMIT_ANONYMOUS_POINTS: '1000000000',
        RATE_LIMIT_USER_POINTS: '1000000000',
      },
    });
    await waitForReady(`http://127.0.0.1:${ports.router}/ready`, {
      timeoutMs: 60_000,
      child: router,
      intervalMs: 100,
      isReady: (report) => ['identity', 'links'].every((name) => report.checks?.[`subgraph:${name}`]?.[0]?.status === 'pass'),
    });

    const graphql = `http://127.0.0.1:${ports.router}/graphql`;
    const signUp = await post<{ signUp: { accessToken: string } }>(
      graphql,
      'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
      { input: { email: `bench-${Date.now()}@example.test`, password: 'correct horse battery staple', displayName: 'bench' } },
    );
    const token = signUp.signUp.accessToken;
    const created = await post<{ createShortLink: { link: { code: string } } }>(
      graphql,
      `mutation { createShortLink(input: { target: "${TARGET}" }) { link { code } } }`,
      {},
      token,
    );
    const code = created.createShortLink.link.code;
    // direct: the links subgraph's own port, to show what the router's hop costs next to links' own work.
    const urls = {
      bare: `http://127.0.0.1:${ports.bare}/s/${code}?utm=bench`,
      direct: `http://127.0.0.1:${ports.links}/s/${code}?utm=bench`,
      router: `http://127.0.0.1:${ports.router}/s/${code}?utm=bench`,
    };

    const runs: { target: 'bare' | 'direct' | 'router'; round: number; load: LoadResult }[] = [];
    for (const concurrency of concurrencies) {
      for (let r = 1; r <= rounds; r++) {
        const order = r % 2 ? (['bare', 'direct', 'router'] as const) : (['router', 'direct', 'bare'] as const);
        for (const target of order) {
          process.stderr.write(
            `  ${target.padEnd(6)} concurrency ${concurrency}, round ${r}/${rounds}: ${warmupS} s warm-up + ${durationS} s\n`,
          );
          const load = await runLoad({
            url: urls[target],
            method: 'GET',
            concurrency,
            warmupMs: warmupS * 1000,
            durationMs: durationS * 1000,
            check: redirected,
          });
          runs.push({ target, round: r, load });
          if (load.errors) throw new Error(`${target}: ${load.errors} failed requests, e.g. ${load.errorSamples.join(' | ')}`);
        }
      }
    }

    // Every redirect the router answered must be counted once the buffer is flushed (every second).
    const sent = runs.filter((x) => x.target !== 'bare').reduce((n, x) => n + x.load.requests + x.load.warmupRequests, 0);
    let counted = -1;
    for (let i = 0; i < 100 && counted !== sent; i++) {
      const read = await post<{ shortLink: { visitCount: number; stats: { total: number } } }>(
        graphql,
        `{ shortLink(code: "${code}") { visitCount stats { total } } }`,
        {},
        token,
      );
      counted = read.shortLink.stats.total === read.shortLink.visitCount ? read.shortLink.visitCount : -1;
      if (counted !== sent) await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const ratios = concurrencies.map((concurrency) => {
      const perRound = Array.from({ length: rounds }, (_, i) => {
        const pick = (target: string) =>
          runs.find((x) => x.target === target && x.round === i + 1 && x.load.concurrency === concurrency)!.load;
        return pick('router').rps / pick('bare').rps;
      });
      return { concurrency, rpsRatio: round(summarizeSeries(perRound).median, 2) };
    });
    const table = formatTable(
      ['target', 'conc', 'round', 'requests', 'rps', 'p50 ms', 'p99 ms', 'errors'],
      runs.map((x) => [
        x.target,
        x.load.concurrency,
        x.round,
        x.load.requests,
        round(x.load.rps, 0),
        round(x.load.latency.p50, 2),
        round(x.load.latency.p99, 2),
        x.load.errors,
      ]),
    );
    const met = ratios.every((x) => x.rpsRatio >= TARGET_RATIO) && counted === sent;
    const verdict =
      ratios.map((x) => `concurrency ${x.concurrency}: router/bare RPS ${x.rpsRatio}`).join('; ') +
      `; clicks sent ${sent}, counted ${counted === -1 ? 'not settled' : counted}` +
      ` (target ≥ ${TARGET_RATIO}× and counted = sent: ${met ? 'met' : 'NOT met'})`;
    process.stdout.write(`\nlink-redirects: GET /s/{code} through the router vs a bare node:http 302\n\n${table}\n\n${verdict}\n`);
    const path = writeResult('link-redirects', {
      benchmark: 'link-redirects',
      command: `npm run bench -- link-redirects ${process.argv.slice(3).join(' ')}`.trim(),
      machine,
      parameters: { concurrencies, durationS, warmupS, rounds },
      verdict,
      ratios,
      clicks: { sent, counted },
      runs,
    });
    process.stdout.write(`\nwrote ${path}\n`);
  } finally {
    unregister();
    await stopAll();
    cleanup();
  }
}
