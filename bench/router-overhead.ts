/**
 * router-overhead: the latency and throughput a client sees through the router versus straight from
 * the subgraph, for one single-subgraph operation. Every server runs in its own process (the
 * distributed layout of `npm run serve`), so the load generator, router and subgraph do not share an
 * event loop; `--pin` additionally fixes them to cores.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
// Only the token helpers: the bench process must not load the ORM and Apollo it measures.
import { INTERNAL_AUTH_HEADER, RouterSigner, generateRouterKeys, parseRouterPrivateKey } from '../kit/src/auth';
import type { BenchArgs } from './lib/args';
import { runLoad, type LoadResult } from './lib/load';
import { askChild, cpuTimeMs, freePort, onInterrupt, pinSelf, spawnChild, stopAll, waitForReady, type Child } from './lib/proc';
import { describeMachine, formatTable, repoRoot, waitForQuiet, writeResult } from './lib/report';
import { snapshotBuild, type BuildSnapshot } from './lib/snapshot';
import { round, summarizeSeries } from './lib/stats';

/**
 * The operations on offer. `query` is sent as is; with --distinct, `parameterized` is sent with a new
 * variable value every request (`variables(i)`), so that neither the router's response cache nor its
 * merging of identical in-flight fetches can answer one request with another's work.
 */
const OPERATIONS = {
  convert: {
    query: '{ convertUnits(value: 1, from: "km", to: "mi") { result } }',
    parameterized: 'query Convert($v: Float!) { convertUnits(value: $v, from: "km", to: "mi") { result } }',
    variables: (i: number) => ({ v: i }),
    expected: '{"data":{"convertUnits":{"result":0.621371}}}',
  },
  counter: {
    query: '{ counter(name: "bench") { value } }',
    parameterized: 'query Counter($n: String!) { counter(name: $n) { value } }',
    variables: (i: number) => ({ n: i === 1 ? 'bench' : `bench-${i}` }),
    expected: '{"data":{"counter":{"value":0}}}',
  },
} as const;
type OperationName = keyof typeof OPERATIONS;

/** CPU placement with --pin: the load generator and the router share core 0, subgraphs get core 1. */
const PIN = { bench: '0', router: '0', subgraphs: '1' };
const SUBGRAPHS = ['identity', 'work', 'basics'] as const;
const TARGET_RATIO = 1.3;

interface TargetRun {
  target: 'direct' | 'router';
  round: number;
  load: LoadResult;
  /**
   * CPU milliseconds (user + system, all threads) per request of the load generator and of each
   * server process, over warm-up and recorded window together; null for a process not involved.
   */
  cpuMsPerRequest: Record<string, number | null>;
  /** Share of the machine's CPU busy (with others' work) in the second before the run. */
  busyBefore: number | null;
  /** GraphQL requests that reached the basics subgraph per request sent (warm-up included); null if unknown. */
  subgraphFetchesPerRequest: number | null;
}

/** Sends one request and checks the answer byte for byte, so the load measures a correct response. */
async function verify(url: string, body: string, expected: string, headers: Record<string, string>): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  if (res.status !== 200 || text.trim() !== expected) {
    throw new Error(`unexpected answer from ${url}: HTTP ${res.status} ${text.slice(0, 300)} (expected ${expected})`);
  }
}

/** Starts identity, work and basics, then the router pointed at them, each as its own process. */
async function startServers(dist: string, common: Record<string, string>, pin: boolean, responseCache: boolean, profileDir?: string) {
  const profile = (name: string) => (profileDir ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, name)}`] : []);
  const serve = join(dist, 'scripts', 'serve.js');
  const ports = Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (name) => [name, await freePort()] as const)));
  const routerPort = await freePort();
  const subgraphs: Child[] = SUBGRAPHS.map((name) =>
    spawnChild({
      name,
      args: [serve, name],
      env: { ...common, PORT: String(ports[name]) },
      cpus: pin ? PIN.subgraphs : undefined,
      // basics counts the GraphQL requests reaching it, so the table shows what the router really sent.
      nodeArgs: [...profile(name), ...(name === 'basics' ? ['--require', join(dist, 'bench', 'fixtures', 'count-requests.js')] : [])],
      ...(name === 'basics' ? { ipc: true } : {}),
    }),
  );
  await Promise.all(
    subgraphs.map((child) => waitForReady(`http://127.0.0.1:${ports[child.name]}/ready`, { timeoutMs: 60_000, child, intervalMs: 100 })),
  );
  const router = spawnChild({
    name: 'router',
    args: [serve, 'router'],
    nodeArgs: profile('router'),
    env: {
      ...common,
      ROUTER_PORT: String(routerPort),
      ...Object.fromEntries(SUBGRAPHS.map((name) => [`SUBGRAPH_URL_${name.toUpperCase()}`, `http://127.0.0.1:${ports[name]}/graphql`])),
      // The rate limiter stays on (its cost per request is part of the router's overhead) but must
      // never answer 429 to a load generator that sends thousands of requests a second from one IP.
      RATE_LIMIT_ANONYMOUS_POINTS: '1000000000',
      RATE_LIMIT_USER_POINTS: '1000000000',
      // convertUnits is cacheable (@cacheControl maxAge 3600): with the response cache on, the router
      // answers from memory and never reaches the subgraph, which measures caching, not routing.
      RESPONSE_CACHE_ENABLED: responseCache ? 'true' : 'false',
    },
    cpus: pin ? PIN.router : undefined,
  });
  // Only the subgraphs this benchmark needs run, so the router reports the others' absence as a
  // (non-critical) warning; ready means: the ones started here pass the router's health checks.
  await waitForReady(`http://127.0.0.1:${routerPort}/ready`, {
    timeoutMs: 60_000,
    child: router,
    intervalMs: 100,
    isReady: (report) => SUBGRAPHS.every((name) => report.checks?.[`subgraph:${name}`]?.[0]?.status === 'pass'),
  });
  return { router, basics: subgraphs.find((c) => c.name === 'basics')!, routerPort, basicsPort: ports.basics };
}

/** Runs the benchmark with options from the command line; see bench/README.md. */
export async function routerOverhead(args: BenchArgs): Promise<void> {
  const concurrencies = args.integers('concurrency', [1, 16], 1, 256);
  const durationS = args.number('duration', 10, 1, 300);
  const warmupS = args.number('warmup', 2, 0, 60);
  const rounds = args.number('rounds', 1, 1, 20);
  const operation = args.choice<OperationName>('operation', ['convert', 'counter'], 'convert');
  const pin = args.flag('pin');
  const responseCache = args.flag('response-cache');
  const distinct = args.flag('distinct');
  // `--cpu-prof`: the router and each subgraph write a V8 CPU profile to bench/results/profiles when they stop.
  const cpuProf = args.flag('cpu-prof');
  const waitQuietS = args.number('wait-quiet', 0, 0, 3600);
  args.rejectUnknown();
  if (pin && !pinSelf(PIN.bench)) throw new Error('--pin: taskset could not pin this process');

  const machine = describeMachine();
  const dataDir = mkdtempSync(join(tmpdir(), 'hubgraph-bench-'));
  let snapshot: BuildSnapshot | undefined;
  let stopRefresh = () => {};
  const cleanup = () => {
    stopRefresh();
    rmSync(dataDir, { recursive: true, force: true });
    snapshot?.remove();
  };
  const unregister = onInterrupt(cleanup);
  try {
    snapshot = await snapshotBuild();
    const common = {
      NODE_ENV: 'production',
      ...generateRouterKeys(),
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
    };
    const { router, basics, routerPort, basicsPort } = await startServers(
      snapshot.dist,
      common,
      pin,
      responseCache,
      cpuProf ? join(repoRoot, 'bench', 'results', 'profiles') : undefined,
    );
    const op = OPERATIONS[operation];
    let sequence = 0;
    const body = distinct
      ? () => JSON.stringify({ query: op.parameterized, variables: op.variables(++sequence) })
      : JSON.stringify({ query: op.query });
    const firstBody = typeof body === 'string' ? body : body();
    const urls = { direct: `http://127.0.0.1:${basicsPort}/graphql`, router: `http://127.0.0.1:${routerPort}/graphql` };
    // In production a subgraph answers only requests carrying the router's signed forwarded-request
    // header. Direct requests carry one signed here with the router's key (as an anonymous caller),
    // so the subgraph does the same verification work on both paths and the difference is the router.
    // The token lives 60 s; a timer keeps a fresh one for runs longer than that.
    const signer = new RouterSigner(parseRouterPrivateKey(common.ROUTER_SIGNING_KEY));
    const sign = () => signer.signForwarded(null, 'basics', { requestId: 'bench-direct', clientIp: '127.0.0.1' });
    let forwarded = await sign();
    const refresh = setInterval(() => void sign().then((t) => (forwarded = t)), 20_000);
    refresh.unref();
    stopRefresh = () => clearInterval(refresh);
    const headers = { direct: () => ({ [INTERNAL_AUTH_HEADER]: forwarded }), router: () => ({}) };
    for (const target of ['direct', 'router'] as const) await verify(urls[target], firstBody, op.expected, headers[target]());
    const fetchesSoFar = () => askChild<number>(basics, 'bench:count-requests', 'graphqlPosts').catch(() => null);

    const loadBefore = loadavg();
    const runs: TargetRun[] = [];
    for (const concurrency of concurrencies) {
      for (let r = 1; r <= rounds; r++) {
        // Alternate the order so slow drifts in background load do not always hit the same target.
        const order = r % 2 ? (['direct', 'router'] as const) : (['router', 'direct'] as const);
        for (const target of order) {
          const servers = target === 'router' ? [router, basics] : [basics];
          // Other people's work on the machine distorts a run: measure it (and optionally wait it out).
          const busyBefore = await waitForQuiet(waitQuietS);
          const fetchesBefore = await fetchesSoFar();
          const before = servers.map((s) => cpuTimeMs(s.pid));
          const selfBefore = process.cpuUsage();
          process.stderr.write(
            `  ${target.padEnd(6)} concurrency ${concurrency}, round ${r}/${rounds}: ${warmupS} s warm-up + ${durationS} s\n`,
          );
          const load = await runLoad({
            url: urls[target],
            body,
            headers: headers[target],
            concurrency,
            warmupMs: warmupS * 1000,
            durationMs: durationS * 1000,
          });
          const selfUsed = process.cpuUsage(selfBefore);
          const after = servers.map((s) => cpuTimeMs(s.pid));
          const fetchesAfter = await fetchesSoFar();
          const total = load.requests + load.warmupRequests;
          const subgraphFetchesPerRequest =
            fetchesBefore !== null && fetchesAfter !== null && total > 0 ? round((fetchesAfter - fetchesBefore) / total, 3) : null;
          const cpuMsPerRequest: Record<string, number | null> = {
            loadgen: total > 0 ? round((selfUsed.user + selfUsed.system) / 1000 / total, 3) : null,
            router: null,
          };
          servers.forEach((s, i) => {
            const used = before[i] !== null && after[i] !== null ? after[i]! - before[i]! : null;
            cpuMsPerRequest[s.name] = used !== null && total > 0 ? round(used / total, 3) : null;
          });
          runs.push({ target, round: r, load, cpuMsPerRequest, busyBefore, subgraphFetchesPerRequest });
          if (load.errors) throw new Error(`${target}: ${load.errors} failed requests, e.g. ${load.errorSamples.join(' | ')}`);
        }
      }
    }
    const loadAfter = loadavg();

    // One ratio per round (router and direct measured back to back), then the median over rounds.
    const ratios = concurrencies.map((concurrency) => {
      const perRound = Array.from({ length: rounds }, (_, i) => {
        const pick = (target: string) =>
          runs.find((x) => x.target === target && x.round === i + 1 && x.load.concurrency === concurrency)!.load;
        const direct = pick('direct');
        const routed = pick('router');
        return { p50: routed.latency.p50 / direct.latency.p50, p99: routed.latency.p99 / direct.latency.p99, rps: routed.rps / direct.rps };
      });
      return {
        concurrency,
        p50Ratio: round(summarizeSeries(perRound.map((x) => x.p50)).median, 2),
        p99Ratio: round(summarizeSeries(perRound.map((x) => x.p99)).median, 2),
        rpsRatio: round(summarizeSeries(perRound.map((x) => x.rps)).median, 2),
        p50RatioPerRound: perRound.map((x) => round(x.p50, 2)),
      };
    });

    const table = formatTable(
      [
        'target',
        'conc',
        'round',
        'requests',
        'rps',
        'p50 ms',
        'p90 ms',
        'p99 ms',
        'max ms',
        'errors',
        'basics fetches/req',
        'cpu/req loadgen',
        'router',
        'basics',
        'busy before',
      ],
      runs.map((r) => [
        r.target,
        r.load.concurrency,
        r.round,
        r.load.requests,
        round(r.load.rps, 0),
        round(r.load.latency.p50, 2),
        round(r.load.latency.p90, 2),
        round(r.load.latency.p99, 2),
        round(r.load.latency.max, 1),
        r.load.errors,
        r.subgraphFetchesPerRequest,
        r.cpuMsPerRequest.loadgen,
        r.cpuMsPerRequest.router,
        r.cpuMsPerRequest.basics,
        r.busyBefore === null ? null : `${Math.round(r.busyBefore * 100)}%`,
      ]),
    );
    const ratioLines = ratios.map(
      (r) =>
        `concurrency ${r.concurrency}: router p50 / direct p50 = ${r.p50Ratio}x${rounds > 1 ? ` (median of rounds: ${r.p50RatioPerRound.join(', ')})` : ''} ` +
        `- target <= ${TARGET_RATIO}x ${r.p50Ratio <= TARGET_RATIO ? 'met' : 'NOT met'}; p99 ratio ${r.p99Ratio}x; router rps = ${r.rpsRatio} x direct`,
    );
    process.stdout.write(
      `\nrouter-overhead: ${distinct ? `${op.parameterized} (new variables every request)` : op.query}\n${pin ? `pinned: bench+router on CPU ${PIN.router}, subgraphs on CPU ${PIN.subgraphs}` : 'unpinned'}; ` +
        `router response cache ${responseCache ? 'ON' : 'off'}; ` +
        `${warmupS} s warm-up, ${durationS} s recorded per run; 1-min load average before/after: ${loadBefore[0]!.toFixed(2)}/${loadAfter[0]!.toFixed(2)}\n` +
        `basics fetches/req: GraphQL requests reaching basics per request sent (below 1: the router merged identical in-flight fetches or answered from cache)\n` +
        `cpu/req: CPU ms (user+system) each process used per request; busy before: machine CPU in use (by anyone) in the second before the run\n\n` +
        `${table}\n\n${ratioLines.join('\n')}\n`,
    );
    const name = `router-overhead${operation === 'convert' ? '' : `-${operation}`}${distinct ? '-distinct' : ''}${pin ? '-pinned' : ''}${responseCache ? '-cached' : ''}`;
    const path = writeResult(name, {
      benchmark: 'router-overhead',
      command: `npm run bench -- router-overhead ${process.argv.slice(3).join(' ')}`.trim(),
      machine,
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadAfter,
      parameters: {
        operation: distinct ? op.parameterized : op.query,
        concurrencies,
        warmupS,
        durationS,
        rounds,
        waitQuietS,
        pin: pin ? PIN : false,
        routerResponseCache: responseCache,
        distinctVariables: distinct,
        layout: 'one process each for identity, work, basics and the router (dist/scripts/serve.js), NODE_ENV=production, LOG_LEVEL=warn',
      },
      runs: runs.map((r) => ({
        target: r.target,
        concurrency: r.load.concurrency,
        round: r.round,
        requests: r.load.requests,
        warmupRequests: r.load.warmupRequests,
        errors: r.load.errors,
        measuredMs: round(r.load.measuredMs, 1),
        rps: round(r.load.rps, 1),
        latencyMs: Object.fromEntries(Object.entries(r.load.latency).map(([k, v]) => [k, round(v, 3)])),
        cpuMsPerRequest: r.cpuMsPerRequest,
        machineCpuBusyBefore: r.busyBefore === null ? null : round(r.busyBefore, 2),
        basicsFetchesPerRequest: r.subgraphFetchesPerRequest,
      })),
      ratios,
    });
    process.stdout.write(`\nwrote ${path}\n`);
  } finally {
    unregister();
    await stopAll();
    cleanup();
  }
}
