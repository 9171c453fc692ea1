/**
 * cdn: the cdn subgraph's edge engine (subgraphs/cdn/src/fleet.ts: a front door balancing over real
 * edge-node HTTP servers, each an LRU bounded in bytes) in front of a loopback origin, under one
 * Zipf-distributed request sequence replayed for each strategy. Reports the hit ratio, the origin
 * offload (requests and bytes the origin did not see), RPS and latency per strategy. Same seed, same
 * sequence, same cache budget: the differences are the strategies'.
 */
import { createServer, request, Agent, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RunningDistribution, reportOf } from '../subgraphs/cdn/src/fleet';
import type { Strategy } from '../subgraphs/cdn/src/balancer';
import type { BenchArgs } from './lib/args';
import { describeMachine, formatTable, writeResult } from './lib/report';
import { prng, round, summarizeLatencies } from './lib/stats';

const STRATEGIES: Strategy[] = ['ROUND_ROBIN', 'LEAST_CONNECTIONS', 'CONSISTENT_HASH'];

/** `count` object ranks drawn from a Zipf(s) distribution over `objects` (rank 0 the most popular). */
export function zipfSequence(objects: number, s: number, count: number, seed: number): Uint32Array {
  const cdf = new Float64Array(objects);
  let sum = 0;
  for (let k = 0; k < objects; k++) cdf[k] = sum += 1 / Math.pow(k + 1, s);
  const random = prng(seed);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    const u = random() * sum;
    let lo = 0;
    let hi = objects - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    out[i] = lo;
  }
  return out;
}

/** An object's body size: 1 to 32 KiB, fixed per object (a scrambled rank, so size and popularity are unrelated). */
const sizeOf = (rank: number) => 1024 + ((Math.imul(rank + 1, 2654435761) >>> 0) % (31 * 1024));

async function startOrigin(): Promise<{ url: string; requests: () => number; close: () => Promise<void> }> {
  let requests = 0;
  const bodies = new Map<number, Buffer>();
  const server: Server = createServer((req, res) => {
    requests++;
    const rank = Number((req.url ?? '').split('/')[2]);
    let body = bodies.get(rank);
    if (!body) bodies.set(rank, (body = Buffer.alloc(sizeOf(rank), rank % 251)));
    res.writeHead(200, {
      'content-type': 'application/octet-stream',
      'cache-control': 'public, max-age=3600',
      'content-length': body.length,
    });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: () => requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function get(agent: Agent, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { agent }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => (res.statusCode === 200 ? resolve(bytes) : reject(new Error(`HTTP ${res.statusCode} for ${url}`))));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

interface StrategyRun {
  strategy: Strategy;
  requests: number;
  hitRatio: number;
  originOffload: number;
  byteOffload: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  nodeHitRatios: number[];
  cachedBytes: number[];
}

/** Runs the benchmark; see bench/README.md. */
export async function cdnBench(args: BenchArgs): Promise<void> {
  const objects = args.number('objects', 10_000, 10, 1_000_000);
  const requests = args.number('requests', 30_000, 100, 10_000_000);
  const s = args.number('zipf', 0.9, 0.1, 3);
  const nodes = args.number('nodes', 4, 1, 8);
  const cacheShare = args.number('cache-share', 0.1, 0.001, 2);
  const concurrency = args.number('concurrency', 16, 1, 256);
  const seed = args.number('seed', 48, 0, 2 ** 31);
  args.rejectUnknown();

  const machine = describeMachine();
  const sequence = zipfSequence(objects, s, requests, seed);
  let catalogBytes = 0;
  for (let k = 0; k < objects; k++) catalogBytes += sizeOf(k);
  // The cache budget of the whole distribution, split evenly over its nodes.
  const cacheBytes = Math.max(64 * 1024, Math.floor((catalogBytes * cacheShare) / nodes));
  const runs: StrategyRun[] = [];
  const origin = await startOrigin();
  try {
    for (const strategy of STRATEGIES) {
      const distribution = new RunningDistribution({ id: strategy, originUrl: origin.url, strategy, nodeCount: nodes, cacheBytes });
      await distribution.start();
      const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
      const before = origin.requests();
      const latencies = new Float64Array(requests);
      let next = 0;
      let servedBytes = 0;
      const started = performance.now();
      try {
        await Promise.all(
          Array.from({ length: concurrency }, async () => {
            while (next < requests) {
              const i = next++;
              const t = performance.now();
              // Read the body's size first: `servedBytes += await ...` would add to a stale total.
              const bytes = await get(agent, `${distribution.endpoint}/o/${sequence[i]}`);
              servedBytes += bytes;
              latencies[i] = performance.now() - t;
            }
          }),
        );
      } finally {
        agent.destroy();
      }
      const elapsedS = (performance.now() - started) / 1000;
      const reports = distribution.nodes.map(reportOf);
      await distribution.stop();
      const hits = reports.reduce((sum, r) => sum + r.hits, 0);
      const originBytes = reports.reduce((sum, r) => sum + r.originBytes, 0);
      const latency = summarizeLatencies(latencies);
      runs.push({
        strategy,
        requests,
        hitRatio: hits / requests,
        originOffload: 1 - (origin.requests() - before) / requests,
        byteOffload: 1 - originBytes / servedBytes,
        rps: requests / elapsedS,
        p50Ms: latency.p50,
        p99Ms: latency.p99,
        nodeHitRatios: reports.map((r) => round(r.hitRatio, 3)),
        cachedBytes: reports.map((r) => r.cachedBytes),
      });
    }
  } finally {
    await origin.close();
  }

  const table = formatTable(
    ['strategy', 'requests', 'hit ratio', 'origin offload', 'byte offload', 'rps', 'p50 ms', 'p99 ms', 'hit ratio per node'],
    runs.map((r) => [
      r.strategy,
      r.requests,
      round(r.hitRatio, 3),
      round(r.originOffload, 3),
      round(r.byteOffload, 3),
      round(r.rps, 0),
      round(r.p50Ms, 2),
      round(r.p99Ms, 2),
      r.nodeHitRatios.join(' / '),
    ]),
  );
  const parameters = { objects, requests, zipf: s, nodes, cacheShare, cacheBytesPerNode: cacheBytes, catalogBytes, concurrency, seed };
  process.stdout.write(
    `\ncdn: ${requests} Zipf(${s}) requests over ${objects} objects (${round(catalogBytes / 2 ** 20, 1)} MiB), ` +
      `${nodes} edge nodes of ${round(cacheBytes / 2 ** 20, 2)} MiB each (${cacheShare * 100} % of the catalogue in all), ${concurrency} clients\n\n${table}\n`,
  );
  const path = writeResult('cdn', {
    benchmark: 'cdn',
    command: `npm run bench -- cdn ${process.argv.slice(3).join(' ')}`.trim(),
    machine,
    parameters,
    runs,
  });
  process.stdout.write(`\nwrote ${path}\n`);
}
