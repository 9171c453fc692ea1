/**
 * db-backup: backup and restore of one MariaDB table of N rows (default 100,000 and 1,000,000) by the
 * real CLI in a child process: wall time and the child's peak RSS (process.resourceUsage().maxRSS,
 * reported by a preload at exit). Flat memory means the peak RSS does not grow with N.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import type { BenchArgs } from './lib/args';
import { onInterrupt } from './lib/proc';
import { describeMachine, formatTable, repoRoot, writeResult } from './lib/report';

interface Run {
  rows: number;
  step: 'backup' | 'restore';
  seconds: number;
  maxRssMiB: number;
  storedMiB: number | null;
}

function runCli(
  args: string[],
  env: Record<string, string>,
  nodeFlags: string[],
): Promise<{ seconds: number; maxRssKiB: number; stdout: string }> {
  const rssFile = join(tmpdir(), `db-backup-rss-${process.pid}-${Date.now()}`);
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...nodeFlags, '-r', join(repoRoot, 'bench/fixtures/report-maxrss.js'), join(repoRoot, 'dist/cli/db-backup/src/main.js'), ...args],
      { env: { PATH: env.PATH ?? '/usr/bin:/bin', REPORT_MAXRSS_FILE: rssFile, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.once('error', reject);
    child.once('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) return reject(new Error(`db-backup ${args.join(' ')} exited ${code}:\n${stderr}`));
      const maxRssKiB = Number(readFileSync(rssFile, 'utf8'));
      rmSync(rssFile, { force: true });
      resolve({ seconds, maxRssKiB, stdout });
    });
  });
}

export async function dbBackup(args: BenchArgs, env: Record<string, string | undefined>): Promise<void> {
  const url = env.MYSQL_URL;
  if (!url) throw new Error('db-backup needs MariaDB: MYSQL_URL=mysql://root@127.0.0.1:3306 npm run bench -- db-backup');
  const sizes = args.integers('rows', [100_000, 1_000_000], 1, 10_000_000);
  // A cap on V8's old space shows whether the memory is held or only not yet collected.
  const heapMiB = args.number('max-old-space', 0, 0, 16384);
  const nodeFlags = heapMiB ? [`--max-old-space-size=${heapMiB}`] : [];
  const schema = `hubgraph_bench_dbb_${process.pid}`;
  const restored = `hubgraph_bench_dbr_${process.pid}`;
  const dir = mkdtempSync(join(tmpdir(), 'db-backup-bench-'));
  const conn = await createConnection({ uri: url, multipleStatements: true });
  const cleanup = async () => {
    await conn.query(`DROP DATABASE IF EXISTS \`${schema}\`; DROP DATABASE IF EXISTS \`${restored}\``).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  };
  const offInterrupt = onInterrupt(cleanup);
  const runs: Run[] = [];
  try {
    for (const rows of sizes) {
      await conn.query(`DROP DATABASE IF EXISTS \`${schema}\`; DROP DATABASE IF EXISTS \`${restored}\`; CREATE DATABASE \`${schema}\``);
      await conn.query(`CREATE TABLE \`${schema}\`.events (
        id BIGINT UNSIGNED PRIMARY KEY, user_id INT NOT NULL, amount DECIMAL(12,2) NOT NULL, created_at DATETIME NOT NULL,
        kind VARCHAR(20) NOT NULL, payload TEXT, KEY by_user (user_id)) ENGINE=InnoDB`);
      // MariaDB's sequence engine makes the rows server-side: ~100 bytes of row text each.
      await conn.query(`INSERT INTO \`${schema}\`.events
        SELECT seq, seq % 10007, (seq % 100000) / 100, '2026-01-01' + INTERVAL (seq % 31536000) SECOND,
          ELT(1 + seq % 4, 'click', 'view', 'purchase', 'refund'), CONCAT('{"n":', seq, ',"note":"event number ', seq, ' ✓"}')
        FROM \`${schema}\`.seq_1_to_${rows}`);
      const storage = join(dir, `store-${rows}`);
      const cliEnv = { PATH: env.PATH ?? process.env.PATH ?? '', MYSQL_URL: url };
      const b = await runCli(['backup', '--database', schema, '--storage', storage, '--no-progress', '--json'], cliEnv, nodeFlags);
      const manifest = JSON.parse(b.stdout) as { id: string; totals: { rows: number; bytes: number } };
      if (manifest.totals.rows !== rows) throw new Error(`backup has ${manifest.totals.rows} rows, expected ${rows}`);
      runs.push({ rows, step: 'backup', seconds: b.seconds, maxRssMiB: b.maxRssKiB / 1024, storedMiB: manifest.totals.bytes / 2 ** 20 });
      const r = await runCli(
        ['restore', manifest.id, '--storage', storage, '--rename', `${schema}=${restored}`, '--no-progress', '--json'],
        cliEnv,
        nodeFlags,
      );
      const result = JSON.parse(r.stdout) as { rows: number };
      if (result.rows !== rows) throw new Error(`restore wrote ${result.rows} rows, expected ${rows}`);
      runs.push({ rows, step: 'restore', seconds: r.seconds, maxRssMiB: r.maxRssKiB / 1024, storedMiB: null });
      console.log(`${rows.toLocaleString('en')} rows: backup ${b.seconds.toFixed(1)} s, restore ${r.seconds.toFixed(1)} s`);
    }
  } finally {
    offInterrupt();
    await cleanup();
    await conn.end();
  }
  console.log(
    formatTable(
      ['rows', 'step', 'seconds', 'rows/s', 'peak RSS MiB', 'stored MiB'],
      runs.map((r) => [
        r.rows,
        r.step,
        Number(r.seconds.toFixed(1)),
        Math.round(r.rows / r.seconds),
        Number(r.maxRssMiB.toFixed(0)),
        r.storedMiB === null ? null : Number(r.storedMiB.toFixed(1)),
      ]),
    ),
  );
  console.log('restore = check every entry, then write and read back (row count + checksum)');
  const path = writeResult(heapMiB ? `db-backup-heap${heapMiB}` : 'db-backup', {
    machine: describeMachine(),
    sizes,
    maxOldSpaceMiB: heapMiB || null,
    runs,
  });
  console.log(`\nwritten to ${path}`);
}
