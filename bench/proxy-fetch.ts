/**
 * proxy-fetch: what one upstream HTTP call costs a Node process, by client. A minimal pass-through
 * proxy forwards every request to a fixed-answer upstream, once with the global `fetch` (what the
 * router's gateway data source uses) and once with `http.request` on a keep-alive agent. No GraphQL
 * anywhere, so the difference is the HTTP client alone: it explains part of `router-overhead`.
 */
import { join } from 'node:path';
import type { BenchArgs } from './lib/args';
import { runLoad, type LoadResult } from './lib/load';
import { cpuTimeMs, freePort, spawnChild, stopAll, waitForReady } from './lib/proc';
import { describeMachine, formatTable, waitForQuiet, writeResult } from './lib/report';
import { round } from './lib/stats';

const ANSWER = '{"data":{"convertUnits":{"result":0.621371}}}';

/** Runs the benchmark; see bench/README.md. */
export async function proxyFetch(args: BenchArgs): Promise<void> {
  const concurrencies = args.integers('concurrency', [1, 16], 1, 256);
  const durationS = args.number('duration', 5, 1, 300);
  const warmupS = args.number('warmup', 1, 0, 60);
  args.rejectUnknown();

  const machine = describeMachine();
  // This file runs from dist/bench/, next to the compiled proxy server; nothing of the app is loaded.
  const script = join(__dirname, 'fixtures', 'proxy-server.js');
  try {
    const [upstreamPort, fetchPort, httpPort] = await Promise.all([freePort(), freePort(), freePort()]);
    const upstream = spawnChild({ name: 'upstream', args: [script, 'upstream', String(upstreamPort)], env: {} });
    const viaFetch = spawnChild({
      name: 'proxy(fetch)',
      args: [script, 'proxy', String(fetchPort), String(upstreamPort), 'fetch'],
      env: {},
    });
    const viaHttp = spawnChild({ name: 'proxy(http)', args: [script, 'proxy', String(httpPort), String(upstreamPort), 'http'], env: {} });
    const targets = [
      { name: 'upstream direct', port: upstreamPort, child: upstream },
      { name: 'proxy, global fetch', port: fetchPort, child: viaFetch },
      { name: 'proxy, http.request + keep-alive', port: httpPort, child: viaHttp },
    ];
    await Promise.all(targets.map((t) => waitForReady(`http://127.0.0.1:${t.port}/ready`, { timeoutMs: 10_000, child: t.child })));

    const rows: { target: string; load: LoadResult; cpuMsPerRequest: number | null; busyBefore: number | null }[] = [];
    for (const concurrency of concurrencies) {
      for (const t of targets) {
        const busyBefore = await waitForQuiet(0);
        const before = cpuTimeMs(t.child.pid);
        process.stderr.write(`  ${t.name}, concurrency ${concurrency}\n`);
        const load = await runLoad({
          url: `http://127.0.0.1:${t.port}/graphql`,
          body: '{"query":"{ convertUnits(value: 1, from: \\"km\\", to: \\"mi\\") { result } }"}',
          concurrency,
          warmupMs: warmupS * 1000,
          durationMs: durationS * 1000,
          check: (status, body) => (status === 200 && body === ANSWER ? null : `HTTP ${status} ${body.slice(0, 200)}`),
        });
        const after = cpuTimeMs(t.child.pid);
        const total = load.requests + load.warmupRequests;
        rows.push({
          target: t.name,
          load,
          cpuMsPerRequest: before !== null && after !== null && total ? round((after - before) / total, 3) : null,
          busyBefore,
        });
        if (load.errors) throw new Error(`${t.name}: ${load.errors} failed requests, e.g. ${load.errorSamples.join(' | ')}`);
      }
    }
    const table = formatTable(
      ['target', 'conc', 'rps', 'p50 ms', 'p99 ms', 'cpu ms/req of the process', 'busy before'],
      rows.map((r) => [
        r.target,
        r.load.concurrency,
        round(r.load.rps, 0),
        round(r.load.latency.p50, 2),
        round(r.load.latency.p99, 2),
        r.cpuMsPerRequest,
        r.busyBefore === null ? null : `${Math.round(r.busyBefore * 100)}%`,
      ]),
    );
    process.stdout.write(`\nproxy-fetch: ${warmupS} s warm-up, ${durationS} s recorded per run\n\n${table}\n`);
    const path = writeResult('proxy-fetch', {
      benchmark: 'proxy-fetch',
      command: `npm run bench -- proxy-fetch ${process.argv.slice(3).join(' ')}`.trim(),
      machine,
      parameters: { concurrencies, warmupS, durationS },
      runs: rows.map((r) => ({
        target: r.target,
        concurrency: r.load.concurrency,
        requests: r.load.requests,
        rps: round(r.load.rps, 1),
        latencyMs: Object.fromEntries(Object.entries(r.load.latency).map(([k, v]) => [k, round(v, 3)])),
        cpuMsPerRequest: r.cpuMsPerRequest,
        machineCpuBusyBefore: r.busyBefore === null ? null : round(r.busyBefore, 2),
      })),
    });
    process.stdout.write(`\nwrote ${path}\n`);
  } finally {
    await stopAll();
  }
}
