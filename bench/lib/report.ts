import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * The repository root: the nearest folder above this file with a package.json (works from bench/ and
 * dist/bench/). Found here rather than imported from the kit so the load-generating process does not
 * load Apollo and MikroORM just to know where to write.
 */
export const repoRoot: string = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${__dirname}`);
    dir = parent;
  }
  return dir;
})();

/** Where results go: `bench/results/` of the source tree (not dist/), so they can be committed. */
export const resultsDir = join(repoRoot, 'bench', 'results');

export interface Machine {
  date: string;
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  commit: string | null;
}

/** Facts that make a result comparable: when, on which machine and Node, at which commit. */
export function describeMachine(): Machine {
  let commit: string | null = null;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    commit = null;
  }
  const list = cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    commit,
  };
}

/** Writes `bench/results/<name>.json` (pretty-printed) and returns its path. */
export function writeResult(name: string, result: unknown): string {
  mkdirSync(resultsDir, { recursive: true });
  const path = join(resultsDir, `${name}.json`);
  writeFileSync(path, JSON.stringify(result, null, 2) + '\n');
  return path;
}

type Cell = string | number | null | undefined;

/** Formats rows as a fixed-width text table; numbers are right-aligned, text left-aligned. */
export function formatTable(headers: string[], rows: Cell[][]): string {
  const text = rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '-' : String(cell))));
  const widths = headers.map((h, i) => Math.max(h.length, ...text.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map((_, i) => rows.every((r) => typeof r[i] === 'number' || r[i] === null || r[i] === undefined));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...text.map(line)].join('\n');
}

function cpuTicks(): { busy: number; total: number } | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
    const ticks = line!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal ...: idle and iowait are the not-busy ones.
    const idle = (ticks[3] ?? 0) + (ticks[4] ?? 0);
    const total = ticks.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}

/**
 * The share (0..1) of all CPUs' time spent busy over the next `sampleMs`, from /proc/stat; null
 * where /proc is missing. On a shared machine it tells whether other work will distort a run.
 */
export async function measureCpuBusy(sampleMs = 1000): Promise<number | null> {
  const a = cpuTicks();
  await new Promise((resolve) => setTimeout(resolve, sampleMs));
  const b = cpuTicks();
  if (!a || !b || b.total === a.total) return null;
  return (b.busy - a.busy) / (b.total - a.total);
}

/**
 * Waits up to `maxWaitS` seconds for the machine to be quiet (CPU busy below `threshold`) and
 * returns the last busy share measured; 0 seconds measures once without waiting.
 */
export async function waitForQuiet(maxWaitS: number, threshold = 0.25): Promise<number | null> {
  const begin = performance.now();
  let said = -Infinity;
  for (;;) {
    const busy = await measureCpuBusy(1000);
    const waited = performance.now() - begin;
    if (busy === null || busy < threshold || waited >= maxWaitS * 1000) return busy;
    if (waited - said >= 30_000) {
      said = waited;
      process.stderr.write(
        `  machine ${Math.round(busy * 100)}% busy; waiting up to ${Math.round(maxWaitS - waited / 1000)} s more for it to calm down ...\n`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}
