/**
 * startup: wall time from spawning `node dist/scripts/start.js` (the process `npm start` runs after
 * building) on a fresh DATA_DIR until the router's /ready answers 200 with status "pass". Each run
 * starts from empty SQLite files, so it includes migrations, the first signing key and demo seeding.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchArgs } from './lib/args';
import { onInterrupt, portIsFree, spawnChild, waitForReady } from './lib/proc';
import { describeMachine, formatTable, waitForQuiet, writeResult } from './lib/report';
import { snapshotBuild } from './lib/snapshot';
import { round, summarizeSeries } from './lib/stats';

/** start.js listens on fixed ports: the router on 4000, subgraphs on 4001+. */
const PORTS = [4000, 4001, 4002, 4003];
const TARGET_MS = 10_000;
const TARGET_RSS_MIB = 1024;

/** A process's peak resident memory so far (VmHWM), in MiB. */
function peakRssMib(pid: number): number {
  const kib = Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN);
  return round(kib / 1024, 1);
}

async function waitForPortsFree(timeoutMs: number): Promise<number[]> {
  const begin = performance.now();
  let busy: number[] = [];
  do {
    busy = [];
    for (const port of PORTS) if (!(await portIsFree(port))) busy.push(port);
    if (!busy.length) return [];
    await new Promise((resolve) => setTimeout(resolve, 100));
  } while (performance.now() - begin < timeoutMs);
  return busy;
}

interface StartupRun {
  run: number;
  /** Spawn → /ready pass, as a client sees it (ms). */
  readyMs: number;
  /** What start.js reports itself ("Hubgraph is up in X s"): from its first line of code, so without Node's boot and module loading. */
  reportedMs: number | null;
  /** Peak resident memory of the whole supergraph process, 5 s after it was ready (MiB). */
  peakRssMib: number;
  /** Share of the machine's CPU busy (with others' work) in the second before the run. */
  busyBefore?: number | null;
}

/** One start of start.js on an empty DATA_DIR, timed until /ready passes; the process is stopped after. */
async function coldStart(startJs: string, run: number, timeoutMs: number): Promise<StartupRun> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hubgraph-bench-startup-'));
  const cleanup = () => rmSync(dataDir, { recursive: true, force: true });
  const unregister = onInterrupt(cleanup);
  // Only DATA_DIR is set: everything else (SQLite, in-memory pub/sub, demo seed, log level) is start.js's default.
  const child = spawnChild({ name: 'start.js', args: [startJs], env: { DATA_DIR: dataDir } });
  try {
    await waitForReady('http://127.0.0.1:4000/ready', { timeoutMs, child, intervalMs: 20 });
    // Measured from just before spawn(), not from the first probe, so process creation counts too.
    const total = performance.now() - child.spawnedAt;
    const reported = /Hubgraph is up in ([\d.]+) s/.exec(child.output());
    // Idle for a moment after ready (seeding and first sweeps done), then its peak resident memory.
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    return {
      run,
      readyMs: round(total, 1),
      reportedMs: reported ? round(Number(reported[1]) * 1000, 0) : null,
      peakRssMib: peakRssMib(child.pid),
    };
  } finally {
    unregister();
    await child.stop();
    cleanup();
  }
}

/** Runs the benchmark; `--runs` sets the number of cold starts (default 5). */
export async function startup(args: BenchArgs): Promise<void> {
  const runs = args.number('runs', 5, 1, 20);
  const timeoutS = args.number('timeout', 60, 5, 300);
  const waitQuietS = args.number('wait-quiet', 0, 0, 3600);
  args.rejectUnknown();

  const busy = await waitForPortsFree(0);
  if (busy.length) {
    throw new Error(
      `port(s) ${busy.join(', ')} on 127.0.0.1 are in use; start.js needs 4000-4003. Stop whatever listens there ` +
        `(ss -ltnp | grep ':400[0-3]') and run again.`,
    );
  }
  const machine = describeMachine();
  const loadBefore = loadavg();
  const snapshot = await snapshotBuild();
  const unregisterSnapshot = onInterrupt(snapshot.remove);
  const startJs = join(snapshot.dist, 'scripts', 'start.js');
  const results: StartupRun[] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      const busyBefore = await waitForQuiet(waitQuietS);
      results.push({ ...(await coldStart(startJs, run, timeoutS * 1000)), busyBefore: busyBefore === null ? null : round(busyBefore, 2) });
      const busy = results[run - 1]!.busyBefore;
      process.stderr.write(
        `  run ${run}/${runs}: ready after ${round(results[run - 1]!.readyMs / 1000, 2)} s, peak RSS ${results[run - 1]!.peakRssMib} MiB` +
          `${busy === null || busy === undefined ? '' : ` (machine ${Math.round(busy * 100)}% busy before)`}\n`,
      );
      const stillBusy = await waitForPortsFree(10_000);
      if (stillBusy.length) throw new Error(`port(s) ${stillBusy.join(', ')} still in use 10 s after start.js exited`);
    }
  } finally {
    unregisterSnapshot();
    snapshot.remove();
  }

  const ready = summarizeSeries(results.map((r) => r.readyMs));
  const reportedValues = results.flatMap((r) => (r.reportedMs === null ? [] : [r.reportedMs]));
  const reported = reportedValues.length ? summarizeSeries(reportedValues) : null;
  const table = formatTable(
    ['', 'min s', 'median s', 'max s'],
    [
      ['spawn -> /ready pass', round(ready.min / 1000, 2), round(ready.median / 1000, 2), round(ready.max / 1000, 2)],
      ...(reported
        ? [['reported by start.js', round(reported.min / 1000, 2), round(reported.median / 1000, 2), round(reported.max / 1000, 2)]]
        : []),
    ],
  );
  const rss = summarizeSeries(results.map((r) => r.peakRssMib));
  const verdict =
    `median ${round(ready.median / 1000, 2)} s, max ${round(ready.max / 1000, 2)} s (target <= ${TARGET_MS / 1000} s: ${ready.max <= TARGET_MS ? 'met' : 'NOT met'}); ` +
    `peak RSS max ${rss.max} MiB (target <= ${TARGET_RSS_MIB} MiB: ${rss.max <= TARGET_RSS_MIB ? 'met' : 'NOT met'})`;
  process.stdout.write(
    `\nstartup: node dist/scripts/start.js on a fresh DATA_DIR (SQLite, demo seed), ${runs} runs; ` +
      `load average before: ${loadBefore.map((l) => l.toFixed(2)).join(' ')}\n\n${table}\n\n` +
      `runs (s): ${results.map((r) => round(r.readyMs / 1000, 2)).join(', ')}\n${verdict}\n`,
  );
  const path = writeResult('startup', {
    benchmark: 'startup',
    command: `npm run bench -- startup ${process.argv.slice(3).join(' ')}`.trim(),
    machine,
    loadAverageBefore: loadBefore,
    parameters: {
      runs,
      waitQuietS,
      command: 'node dist/scripts/start.js',
      env: 'DATA_DIR=<fresh temp dir> only',
      readyUrl: 'http://127.0.0.1:4000/ready',
    },
    summaryMs: { ready, reportedByStartJs: reported },
    peakRssMib: rss,
    targetMs: TARGET_MS,
    targetRssMib: TARGET_RSS_MIB,
    verdict,
    runs: results,
  });
  process.stdout.write(`\nwrote ${path}\n`);
}
