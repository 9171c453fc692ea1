/**
 * caching-compared (issue 23 item 7): one read-heavy workload on the library's works, against four
 * set-ups: no cache; the router's response cache (@cacheControl, PUBLIC, 10 s); the kit entity cache
 * of `Work` rows in the library subgraph (Redis when REDIS_URL is set, memory otherwise); and the
 * caching-proxy CLI in front of the router (HTTP caching of GET /graphql). Each virtual user reads a
 * work (90 %) or adds a copy to one (10 %), ids drawn from a Zipf distribution; every write bumps the
 * work's `availableCopies`, the version a reader compares with the writes acknowledged before it
 * sent its read. Reports RPS, p50/p99, hit ratio and staleness; writes bench/results/caching-compared.json
 * and the chart docs/caching-compared.svg. Method and numbers: bench/README.md, docs/CACHING.md.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { entityCacheOf } from '../kit';
import { startStack, type Stack } from '../scripts/lib/stack';
import type { BenchArgs } from './lib/args';
import { freePort, onInterrupt, waitForReady } from './lib/proc';
import { describeMachine, formatTable, measureCpuBusy, repoRoot, writeResult } from './lib/report';
import { percentile, prng, round, sortedCopy, summarizeLatencies, type LatencySummary } from './lib/stats';

type Strategy = 'none' | 'router' | 'entity' | 'proxy';
const STRATEGIES: Strategy[] = ['none', 'router', 'entity', 'proxy'];
const LABELS: Record<Strategy, string> = {
  none: 'no cache',
  router: 'router response cache',
  entity: 'entity cache (subgraph)',
  proxy: 'caching-proxy (HTTP)',
};

const READ = 'query Work($id: ID!) { work(id: $id) { id title availableCopies } }';
const WRITE = 'mutation($i: AddCopyInput!) { addCopy(input: $i) { copy { work { availableCopies } } errors { code } } }';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function send(agent: Agent, url: string, method: 'GET' | 'POST', body?: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        agent,
        headers: { ...headers, ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
        res.on('error', reject);
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

async function graphql<T>(agent: Agent, url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const reply = await send(agent, url, 'POST', JSON.stringify({ query, variables }), token ? { authorization: `Bearer ${token}` } : {});
  const parsed = JSON.parse(reply.body) as { data?: T; errors?: unknown[] };
  if (!parsed.data || parsed.errors) throw new Error(`GraphQL failed: ${reply.body.slice(0, 300)}`);
  return parsed.data;
}

/** Ranks 0..n-1 drawn with probability ∝ 1/(rank+1)^s. */
function zipf(n: number, s: number, random: () => number): () => number {
  const cumulative = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cumulative[i] = sum += 1 / Math.pow(i + 1, s);
  return () => {
    const target = random() * sum;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export interface StrategyResult {
  strategy: Strategy;
  label: string;
  /** Where the cache lives. */
  store: string;
  measuredMs: number;
  /** Share of the machine's CPU in use (by anyone) in the second before the load: the noise. */
  busyBefore: number | null;
  reads: number;
  writes: number;
  errors: number;
  errorSamples: string[];
  rps: number;
  readLatency: LatencySummary;
  writeLatency: LatencySummary;
  /** Reads answered from the strategy's cache / reads (the entity cache: works found / works asked). */
  hitRatio: number;
  /** Reads that returned a version older than a write acknowledged before the read was sent. */
  staleReads: number;
  staleRatio: number;
  /** For stale reads: how long before the answer the first newer write had been acknowledged (ms). */
  staleness: { p50: number; p99: number; max: number };
}

async function dropSchemas(mysqlUrl: string, prefix: string): Promise<void> {
  const connection = await createConnection(mysqlUrl);
  try {
    for (const name of ['identity', 'library']) await connection.query(`drop database if exists \`${prefix}${name}\``);
  } finally {
    await connection.end();
  }
}

async function runStrategy(
  strategy: Strategy,
  env: Record<string, string | undefined>,
  options: { works: number; concurrency: number; durationMs: number; warmupMs: number; writeShare: number; zipfS: number; seed: number },
): Promise<StrategyResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hubgraph-bench-'));
  const prefix = `hgb_${randomBytes(4).toString('hex')}_`;
  const stackEnv: Record<string, string | undefined> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    DATA_DIR: dataDir,
    MYSQL_URL: env.MYSQL_URL,
    REDIS_URL: env.REDIS_URL,
    MYSQL_DATABASE_PREFIX: prefix,
    REDIS_KEY_PREFIX: `${prefix}:`,
    SEED_DEMO_DATA: 'true',
    PASSWORD_HASH_MEMORY_KIB: '1024',
    PASSWORD_HASH_PASSES: '1',
    RATE_LIMIT_ANONYMOUS_POINTS: '100000000',
    RATE_LIMIT_USER_POINTS: '100000000',
    RATE_LIMIT_TENANT_POINTS: '100000000',
    LIBRARY_HOLD_SWEEP_MS: '0',
    RESPONSE_CACHE_ENABLED: strategy === 'router' ? 'true' : 'false',
    LIBRARY_WORK_CACHE_TTL_MS: strategy === 'entity' ? '60000' : '0',
  };
  let stack: Stack | undefined;
  let proxy: ChildProcess | undefined;
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency + 4 });
  try {
    stack = await startStack({ env: stackEnv, ephemeralPorts: true, only: ['identity', 'library'] });
    const routerUrl = stack.router.url;
    const login = await graphql<{ logIn: { accessToken: string } }>(
      agent,
      routerUrl,
      'mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }',
      {
        i: { email: 'admin@hubgraph.dev', password: 'hubgraph-demo' },
      },
    );
    const token = login.logIn.accessToken;
    const author = await graphql<{ createAuthor: { author: { id: string } } }>(
      agent,
      routerUrl,
      'mutation($i: CreateAuthorInput!) { createAuthor(input: $i) { author { id } } }',
      { i: { name: 'Bench Author' } },
      token,
    );
    const ids: string[] = [];
    let barcode = 0;
    const nextBarcode = () => `CB-${strategy.toUpperCase()}-${++barcode}`;
    for (let start = 0; start < options.works; start += 8) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(8, options.works - start) }, async (_, i) => {
          const made = await graphql<{ createWork: { work: { id: string } } }>(
            agent,
            routerUrl,
            'mutation($i: CreateWorkInput!) { createWork(input: $i) { work { id } } }',
            { i: { title: `Bench work ${start + i}`, authorIds: [author.createAuthor.author.id] } },
            token,
          );
          return made.createWork.work.id;
        }),
      );
      ids.push(...batch);
    }
    // Version of each work = availableCopies; history of acknowledged writes per work.
    const acks = new Map<string, { version: number; at: number }[]>(ids.map((id) => [id, []]));
    let readUrl = routerUrl;
    if (strategy === 'proxy') {
      const port = await freePort();
      const cacheDir = join(dataDir, 'proxy-cache');
      const origin = new URL(routerUrl).origin;
      proxy = spawn(
        process.execPath,
        [
          join(repoRoot, 'dist', 'cli', 'caching-proxy', 'main.js'),
          '--port',
          String(port),
          '--host',
          '127.0.0.1',
          '--origin',
          origin,
          '--cache-dir',
          cacheDir,
          '--quiet',
        ],
        { stdio: 'ignore' },
      );
      await waitForReady(`http://127.0.0.1:${port}/health`, { timeoutMs: 20_000, intervalMs: 100 });
      readUrl = `http://127.0.0.1:${port}${new URL(routerUrl).pathname}`;
    }
    const cache = strategy === 'entity' ? entityCacheOf(stack.subgraphs.find((s) => s.name === 'library')!.orm.em) : undefined;

    const busyBefore = await measureCpuBusy(1000);
    const random = prng(options.seed);
    const pick = zipf(ids.length, options.zipfS, random);
    const readLatencies: number[] = [];
    const writeLatencies: number[] = [];
    const staleAges: number[] = [];
    const errorSamples: string[] = [];
    let reads = 0;
    let writes = 0;
    let errors = 0;
    let hits = 0;
    const started = performance.now();
    const measureFrom = started + options.warmupMs;
    const endAt = measureFrom + options.durationMs;
    let statsAtStart: { hits: number; misses: number } | undefined;
    setTimeout(() => (statsAtStart = cache ? { ...cache.stats } : undefined), options.warmupMs).unref();

    const user = async () => {
      while (performance.now() < endAt) {
        const id = ids[pick()]!;
        const write = random() < options.writeShare;
        const sentAt = performance.now();
        const recorded = sentAt >= measureFrom;
        try {
          if (write) {
            const reply = await send(
              agent,
              routerUrl,
              'POST',
              JSON.stringify({ query: WRITE, variables: { i: { workId: id, barcode: nextBarcode(), location: 'Bench / Shelf' } } }),
              { authorization: `Bearer ${token}` },
            );
            const body = JSON.parse(reply.body) as { data?: { addCopy: { copy: { work: { availableCopies: number } } | null } } };
            const version = body.data?.addCopy.copy?.work.availableCopies;
            if (reply.status !== 200 || version === undefined) throw new Error(`write: HTTP ${reply.status} ${reply.body.slice(0, 160)}`);
            const at = performance.now();
            acks.get(id)!.push({ version, at });
            if (recorded) {
              writes += 1;
              writeLatencies.push(at - sentAt);
            }
          } else {
            const query = `?query=${encodeURIComponent(READ)}&variables=${encodeURIComponent(JSON.stringify({ id }))}`;
            const reply = await send(agent, readUrl + query, 'GET', undefined, { 'apollo-require-preflight': 'true' });
            const at = performance.now();
            const body = JSON.parse(reply.body) as { data?: { work: { availableCopies: number } | null } };
            const version = body.data?.work?.availableCopies;
            if (reply.status !== 200 || version === undefined) throw new Error(`read: HTTP ${reply.status} ${reply.body.slice(0, 160)}`);
            if (!recorded) continue;
            reads += 1;
            readLatencies.push(at - sentAt);
            if (strategy === 'router' && reply.headers.age !== undefined) hits += 1;
            if (strategy === 'proxy' && reply.headers['x-cache'] === 'HIT') hits += 1;
            // Stale: a write acknowledged before this read was sent has a newer version than the answer.
            let firstNewer = Infinity;
            for (const ack of acks.get(id)!) if (ack.at <= sentAt && ack.version > version && ack.at < firstNewer) firstNewer = ack.at;
            if (firstNewer !== Infinity) staleAges.push(at - firstNewer);
          }
        } catch (error) {
          if (recorded) errors += 1;
          if (errorSamples.length < 5) errorSamples.push(String(error));
          if (errors > 100) return;
        }
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, user));
    const measuredMs = performance.now() - measureFrom;
    if (cache && statsAtStart) {
      const h = cache.stats.hits - statsAtStart.hits;
      const m = cache.stats.misses - statsAtStart.misses;
      hits = Math.round((h / Math.max(1, h + m)) * reads);
    }
    const sortedAges = sortedCopy(staleAges);
    return {
      strategy,
      label: LABELS[strategy],
      store:
        strategy === 'entity'
          ? env.REDIS_URL
            ? 'Redis'
            : 'memory (LRU)'
          : strategy === 'router'
            ? env.REDIS_URL
              ? 'Redis'
              : 'memory'
            : strategy === 'proxy'
              ? 'disk (caching-proxy)'
              : '-',
      measuredMs: round(measuredMs, 0),
      busyBefore: busyBefore === null ? null : round(busyBefore, 2),
      reads,
      writes,
      errors,
      errorSamples,
      rps: round(((reads + writes) / measuredMs) * 1000, 1),
      readLatency: summarizeLatencies(readLatencies),
      writeLatency: summarizeLatencies(writeLatencies),
      hitRatio: round(hits / Math.max(1, reads), 3),
      staleReads: staleAges.length,
      staleRatio: round(staleAges.length / Math.max(1, reads), 4),
      staleness: {
        p50: round(percentile(sortedAges, 50) || 0, 1),
        p99: round(percentile(sortedAges, 99) || 0, 1),
        max: round(sortedAges.length ? sortedAges[sortedAges.length - 1]! : 0, 1),
      },
    };
  } finally {
    agent.destroy();
    if (proxy && proxy.exitCode === null) {
      const gone = new Promise((resolve) => proxy!.once('exit', resolve));
      proxy.kill('SIGTERM');
      await gone;
    }
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    if (env.MYSQL_URL) await dropSchemas(env.MYSQL_URL, prefix);
  }
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Four small bar charts (one per measure, one bar per strategy), as plain SVG text. */
export function chartSvg(results: StrategyResult[], subtitle: string): string {
  const colours: Record<Strategy, string> = { none: '#7f7f7f', router: '#1f77b4', entity: '#2ca02c', proxy: '#ff7f0e' };
  const panels: { title: string; value: (r: StrategyResult) => number; format: (v: number) => string }[] = [
    { title: 'Throughput (requests/s, higher is better)', value: (r) => r.rps, format: (v) => v.toFixed(0) },
    { title: 'Read latency p50 / p99 (ms, lower is better)', value: (r) => r.readLatency.p99, format: (v) => v.toFixed(1) },
    { title: 'Hit ratio (% of reads from the cache)', value: (r) => r.hitRatio * 100, format: (v) => `${v.toFixed(1)} %` },
    { title: 'Stale reads (% of reads, lower is better; p99 age)', value: (r) => r.staleRatio * 100, format: (v) => `${v.toFixed(2)} %` },
  ];
  const width = 880;
  const panelW = 420;
  const panelH = 170;
  const labelW = 170;
  const barH = 22;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${2 * panelH + 110}" viewBox="0 0 ${width} ${2 * panelH + 110}" font-family="Helvetica, Arial, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="20" y="28" font-size="17" font-weight="bold">Caching strategies compared: library work reads (90 %) and copy writes (10 %)</text>`,
    `<text x="20" y="48" fill="#555">${escapeXml(subtitle)}</text>`,
  ];
  panels.forEach((panel, index) => {
    const x0 = 20 + (index % 2) * (panelW + 20);
    const y0 = 70 + Math.floor(index / 2) * (panelH + 20);
    const max = Math.max(1e-9, ...results.map(panel.value));
    parts.push(`<text x="${x0}" y="${y0 + 14}" font-weight="bold">${escapeXml(panel.title)}</text>`);
    results.forEach((r, i) => {
      const y = y0 + 30 + i * (barH + 10);
      const full = panelW - labelW - 120;
      const value = panel.value(r);
      const w = Math.max(1, (value / max) * full);
      parts.push(`<text x="${x0}" y="${y + 15}">${escapeXml(r.label)}</text>`);
      if (index === 1) {
        // p99 as a light bar, p50 as a dark bar inside it.
        const w50 = Math.max(1, (r.readLatency.p50 / max) * full);
        parts.push(
          `<rect x="${x0 + labelW}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${colours[r.strategy]}" fill-opacity="0.35"/>`,
        );
        parts.push(`<rect x="${x0 + labelW}" y="${y + 5}" width="${w50.toFixed(1)}" height="${barH - 10}" fill="${colours[r.strategy]}"/>`);
        parts.push(
          `<text x="${x0 + labelW + w + 6}" y="${y + 15}">${r.readLatency.p50.toFixed(1)} / ${r.readLatency.p99.toFixed(1)}</text>`,
        );
      } else {
        parts.push(`<rect x="${x0 + labelW}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${colours[r.strategy]}"/>`);
        const extra = index === 3 && r.staleReads ? `, p99 ${(r.staleness.p99 / 1000).toFixed(1)} s` : '';
        parts.push(`<text x="${x0 + labelW + w + 6}" y="${y + 15}">${escapeXml(panel.format(value) + extra)}</text>`);
      }
    });
  });
  parts.push('</svg>');
  return parts.join('\n') + '\n';
}

/** Runs the benchmark; see bench/README.md. */
export async function cachingCompared(args: BenchArgs, env: Record<string, string | undefined>): Promise<void> {
  const options = {
    works: args.number('works', 200, 10, 5000),
    concurrency: args.number('concurrency', 16, 1, 256),
    durationMs: args.number('duration', 10, 1, 300) * 1000,
    warmupMs: args.number('warmup', 2, 0, 60) * 1000,
    writeShare: args.number('writes', 0.1, 0, 1),
    zipfS: args.number('zipf', 1.1, 0, 3),
    seed: args.number('seed', 23, 0, 2 ** 31),
  };
  const chosen = STRATEGIES;
  const chart = !args.flag('no-chart');
  args.rejectUnknown();
  const machine = describeMachine();
  const database = env.MYSQL_URL ? `MariaDB${env.REDIS_URL ? ' + Redis' : ''}` : `SQLite${env.REDIS_URL ? ' + Redis' : ''}`;
  const unregister = onInterrupt(() => undefined);
  const results: StrategyResult[] = [];
  try {
    for (const strategy of chosen) {
      console.log(`caching-compared: ${LABELS[strategy]} ...`);
      results.push(await runStrategy(strategy, env, options));
    }
  } finally {
    unregister();
  }
  console.log(
    formatTable(
      [
        'strategy',
        'store',
        'RPS',
        'read p50 ms',
        'read p99 ms',
        'write p50 ms',
        'hit ratio',
        'stale reads',
        'stale %',
        'staleness p50 ms',
        'p99 ms',
        'errors',
      ],
      results.map((r) => [
        r.label,
        r.store,
        r.rps,
        round(r.readLatency.p50, 1),
        round(r.readLatency.p99, 1),
        round(r.writeLatency.p50, 1),
        r.hitRatio,
        r.staleReads,
        round(r.staleRatio * 100, 2),
        r.staleness.p50,
        r.staleness.p99,
        r.errors,
        r.busyBefore,
      ]),
    ),
  );
  const name = env.MYSQL_URL ? 'caching-compared-mariadb' : 'caching-compared';
  const path = writeResult(name, {
    name,
    command:
      `${env.MYSQL_URL ? 'MYSQL_URL=... REDIS_URL=... ' : ''}npm run bench -- caching-compared ${process.argv.slice(3).join(' ')}`.trim(),
    date: new Date().toISOString(),
    machine,
    database,
    options,
    results,
  });
  console.log(`wrote ${path}`);
  if (chart) {
    const svgPath = join(repoRoot, 'docs', env.MYSQL_URL ? 'caching-compared-mariadb.svg' : 'caching-compared.svg');
    const subtitle = `${database}, ${options.works} works (Zipf s=${options.zipfS}), ${options.concurrency} virtual users, ${options.durationMs / 1000} s each; ${machine.cpus} CPUs, ${new Date().toISOString().slice(0, 10)}`;
    writeFileSync(svgPath, chartSvg(results, subtitle));
    console.log(`wrote ${svgPath}`);
  }
}
