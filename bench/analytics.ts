/**
 * analytics: collector ingestion on MariaDB, beside raw multi-row INSERTs into the same server in the
 * same run, and acknowledged = stored after a kill -9 mid-load. The analytics subgraph runs as its own
 * process (`dist/scripts/serve.js analytics`, demo project seeded); the bench posts PostHog batches
 * straight to its `POST /batch/`:
 *   collector — `--concurrency` senders post batches of `--batch` new events until `--events` are
 *               acknowledged; the clock stops when every acknowledged event is committed (rows counted
 *               in the database). Includes JSON parsing, validation, the fsync'd write-ahead log, dedup,
 *               the multi-row inserts and the daily rollups.
 *   raw       — the same number of rows, `--batch` per multi-row INSERT, from `--concurrency`
 *               connections, into a plain copy of the events table (same columns and unique key).
 *   `--rounds` N repeats those two in turn, on fresh tables each round, and reports the median ratio (the machine is shared).
 *   kill -9   — a fresh process with a 200 ms flush interval is loaded the same way and killed with
 *               SIGKILL once `--kill-after` events are acknowledged; after a restart, every
 *               acknowledged uuid must be stored (exactly once).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection, createPool } from 'mysql2/promise';
import { DEMO_API_KEY } from '../subgraphs/analytics/src/seed';
import type { BenchArgs } from './lib/args';
import { freePort, onInterrupt, spawnChild, waitForReady, type Child } from './lib/proc';
import { describeMachine, formatTable, repoRoot, writeResult } from './lib/report';
import { summarizeSeries } from './lib/stats';

interface Run {
  run: string;
  seconds: number;
  events: number;
  eventsPerSecond: number;
  note: string;
}

function makeBatch(size: number, seq: { n: number }): { uuids: string[]; body: string } {
  const timestamp = new Date(Date.now() - 60_000).toISOString();
  const batch = Array.from({ length: size }, () => {
    const i = seq.n++;
    return {
      event: i % 4 ? '$pageview' : 'signed_up',
      distinct_id: `user-${i % 5000}`,
      timestamp,
      uuid: randomUUID(),
      properties: { $current_url: `https://example.com/page/${i % 100}`, $browser: 'Firefox', i },
    };
  });
  return { uuids: batch.map((e) => e.uuid), body: JSON.stringify({ api_key: DEMO_API_KEY, batch }) };
}

/** Senders post batches until `until()` says stop; returns the acknowledged uuids. */
async function send(
  port: number,
  concurrency: number,
  batchSize: number,
  until: (acked: number) => boolean,
): Promise<{ acked: string[]; refused: number; failed: number }> {
  const acked: string[] = [];
  let refused = 0;
  let failed = 0;
  const seq = { n: 0 };
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (!until(acked.length)) {
        const { uuids, body } = makeBatch(batchSize, seq);
        try {
          const res = await fetch(`http://127.0.0.1:${port}/batch/`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          });
          await res.arrayBuffer();
          if (res.status === 200) acked.push(...uuids);
          else refused++;
        } catch {
          failed++; // cut by the kill: never acknowledged
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      }
    }),
  );
  return { acked, refused, failed };
}

export async function analyticsBench(args: BenchArgs, env: Record<string, string | undefined>): Promise<void> {
  const url = env.MYSQL_URL;
  if (!url) throw new Error('analytics needs MariaDB: MYSQL_URL=mysql://root@127.0.0.1:3306 npm run bench -- analytics');
  const total = args.number('events', 100_000, 1_000, 10_000_000);
  const concurrency = args.number('concurrency', 8, 1, 256);
  const batchSize = args.number('batch', 500, 1, 1000);
  const killAfter = args.number('kill-after', 20_000, 100, 10_000_000);
  const rounds = args.number('rounds', 1, 1, 10);
  const prefix = `hga_${randomBytes(4).toString('hex')}_`;
  const dataDir = mkdtempSync(join(tmpdir(), 'hubgraph-bench-analytics-'));
  const rawSchema = `${prefix}raw`;
  const port = await freePort();
  const children: Child[] = [];
  // `--cpu-prof`: every collector process writes a V8 CPU profile to bench/results/profiles when it stops.
  const cpuProf = args.flag('cpu-prof');
  const profileDir = join(repoRoot, 'bench', 'results', 'profiles');
  const start = async (flushMs: number) => {
    const child = spawnChild({
      name: 'analytics',
      args: [join(repoRoot, 'dist/scripts/serve.js'), 'analytics'],
      nodeArgs: cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
      env: {
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATA_DIR: dataDir,
        MYSQL_URL: url,
        MYSQL_DATABASE_PREFIX: prefix,
        SEED_DEMO_DATA: 'true',
        ANALYTICS_FLUSH_MS: String(flushMs),
        ANALYTICS_FLUSH_MAX: '5000',
      },
    });
    children.push(child);
    await waitForReady(`http://127.0.0.1:${port}/ready`, { timeoutMs: 60_000, child });
    return child;
  };
  const db = async () => createConnection(`${url}/${prefix}analytics`);
  const storedCount = async (): Promise<number> => {
    const conn = await db();
    try {
      const [rows] = (await conn.query(
        `SELECT COUNT(*) AS n FROM analytics_events WHERE event IN ('$pageview', 'signed_up')`,
      )) as unknown as [{ n: number }[]];
      return Number(rows[0]!.n);
    } finally {
      await conn.end();
    }
  };
  const cleanup = async () => {
    for (const c of children) await c.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
    const conn = await createConnection(url);
    await conn.query(`DROP DATABASE IF EXISTS \`${prefix}analytics\``).catch(() => undefined);
    await conn.query(`DROP DATABASE IF EXISTS \`${rawSchema}\``).catch(() => undefined);
    await conn.end();
  };
  const offInterrupt = onInterrupt(cleanup);
  const runs: Run[] = [];
  const ratios: number[] = [];
  let crash: Record<string, number> = {};
  try {
    // 1 and 2, `--rounds` times in turn, so a busy moment of the machine falls on both sides: the
    // collector end to end, then raw multi-row INSERTs of as many rows into the same server.
    const setup = await createConnection(url);
    await setup.query(`CREATE DATABASE \`${rawSchema}\``);
    await setup.end();
    const seq = { n: 0 };
    for (let round = 1; round <= rounds; round++) {
      const label = rounds > 1 ? `, round ${round}` : '';
      if (round > 1) {
        // Fresh tables every round: a table grown by earlier rounds makes each insert dearer (the
        // random uuid index outgrows the buffer pool), which would compare round 3's collector with
        // round 3's raw run on ever larger tables.
        const conn = await createConnection(url);
        await conn.query(`DROP DATABASE \`${prefix}analytics\``);
        await conn.query(`DROP TABLE \`${rawSchema}\`.events_raw`);
        await conn.end();
      }
      const baseline = 0;
      const first = await start(200);
      const began = performance.now();
      const load = await send(port, concurrency, batchSize, (n) => n >= total);
      const ackedAt = performance.now();
      let stored = 0;
      while ((stored = (await storedCount()) - baseline) < load.acked.length) await new Promise((resolve) => setTimeout(resolve, 50));
      const seconds = (performance.now() - began) / 1000;
      runs.push({
        run: `collector (POST /batch/, ${concurrency} senders × ${batchSize}${label})`,
        seconds,
        events: stored,
        eventsPerSecond: stored / seconds,
        note: `acknowledged after ${((ackedAt - began) / 1000).toFixed(1)} s; ${load.refused} refused`,
      });
      await first.stop();

      {
        const conn = await createConnection(url);
        await conn.query(`CREATE TABLE \`${rawSchema}\`.events_raw LIKE \`${prefix}analytics\`.analytics_events`);
        await conn.end();
      }
      const pool = createPool({ uri: `${url}/${rawSchema}`, connectionLimit: concurrency });
      let inserted = 0;
      const rawBegan = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (inserted < stored) {
            const { body } = makeBatch(batchSize, seq);
            const { batch } = JSON.parse(body) as {
              batch: { event: string; distinct_id: string; timestamp: string; uuid: string; properties: object }[];
            };
            inserted += batch.length;
            const now = new Date();
            await pool.query(
              'INSERT INTO events_raw (id, created_at, updated_at, project_id, uuid, event, distinct_id, properties_json, timestamp, day, tenant_id) VALUES ?',
              [
                batch.map((e) => [
                  randomUUID(),
                  now,
                  now,
                  '01900000-0000-7000-8000-00000000a000',
                  e.uuid,
                  e.event,
                  e.distinct_id,
                  JSON.stringify(e.properties),
                  new Date(e.timestamp),
                  e.timestamp.slice(0, 10),
                  '01900000-0000-7000-8000-0000000000a1',
                ]),
              ],
            );
          }
        }),
      );
      const rawSeconds = (performance.now() - rawBegan) / 1000;
      await pool.end();
      runs.push({
        run: `raw multi-row INSERT (${concurrency} connections × ${batchSize} rows${label})`,
        seconds: rawSeconds,
        events: inserted,
        eventsPerSecond: inserted / rawSeconds,
        note: 'same server, same table shape',
      });
      ratios.push(runs[runs.length - 2]!.eventsPerSecond / (inserted / rawSeconds));
    }

    // 3. kill -9 mid-load, restart, count.
    const before = await storedCount();
    const victim = await start(200);
    let killed = false;
    const crashLoad = send(port, concurrency, batchSize, (n) => {
      if (!killed && n >= killAfter) {
        killed = true;
        victim.process.kill('SIGKILL');
      }
      return killed;
    });
    const crashed = await crashLoad;
    await victim.exited;
    const committedAtKill = (await storedCount()) - before;
    const revived = await start(200);
    const conn = await db();
    const ackedSet = new Set(crashed.acked);
    let found = 0;
    try {
      for (let i = 0; i < crashed.acked.length; i += 5000) {
        const [rows] = (await conn.query('SELECT COUNT(*) AS n FROM analytics_events WHERE uuid IN (?)', [
          crashed.acked.slice(i, i + 5000),
        ])) as unknown as [{ n: number }[]];
        found += Number(rows[0]!.n);
      }
    } finally {
      await conn.end();
    }
    await revived.stop();
    crash = {
      acknowledged: ackedSet.size,
      committedBeforeKill: committedAtKill,
      storedAfterRestart: found,
      lost: ackedSet.size - found,
      cutRequests: crashed.failed,
    };
  } finally {
    offInterrupt();
    await cleanup();
  }
  const ratio = summarizeSeries(ratios);
  console.log(
    formatTable(
      ['run', 'seconds', 'events', 'events/s', 'note'],
      runs.map((r) => [r.run, r.seconds.toFixed(1), r.events, Math.round(r.eventsPerSecond), r.note]),
    ),
  );
  const pct = (v: number) => `${(v * 100).toFixed(0)} %`;
  console.log(
    rounds > 1
      ? `\ncollector / raw: median ${pct(ratio.median)} of ${rounds} rounds (min ${pct(ratio.min)}, max ${pct(ratio.max)}; goal ≥ 50 %)`
      : `\ncollector / raw: ${pct(ratio.median)} (goal ≥ 50 %)`,
  );
  console.log(
    `kill -9 mid-load: ${crash.acknowledged} acknowledged, ${crash.committedBeforeKill} committed before the kill, ` +
      `${crash.storedAfterRestart} stored after the restart, ${crash.lost} lost`,
  );
  const file = writeResult('analytics', {
    machine: describeMachine(),
    parameters: { events: total, concurrency, batch: batchSize, killAfter, rounds },
    runs,
    collectorOverRaw: ratio.median,
    collectorOverRawPerRound: ratios,
    killNine: crash,
  });
  console.log(`\nwrote ${file}`);
}
