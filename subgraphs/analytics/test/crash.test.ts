import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { createConnection } from 'mysql2/promise';
import { freePort, startServiceProcess, type ServiceProcess } from '../../../test/helpers/processes';
import { disposeAfterAll, testEnv } from '../../../test/helpers/stack';
import { waitFor } from '../../../test/helpers/wait';
import { DEMO_API_KEY } from '../src/seed';

/**
 * The write-ahead log's promise: an event acknowledged by POST /batch/ is stored, even when the
 * process is killed with SIGKILL mid-load. The subgraph runs as a child process (the demo project is
 * seeded); senders keep batches in flight while it is killed; after a restart every acknowledged uuid
 * is in the database exactly once, and the daily rollup agrees with the rows.
 */
describe('analytics: acknowledged events survive kill -9', () => {
  const mysql = testEnv.MYSQL_URL;
  const prefix = `hgk_${randomBytes(4).toString('hex')}_`;
  const dataDir = mkdtempSync(join(tmpdir(), 'hubgraph-analytics-crash-'));
  let port = 0;

  beforeAll(async () => {
    port = await freePort();
    disposeAfterAll(async () => {
      rmSync(dataDir, { recursive: true, force: true });
      if (mysql) {
        const connection = await createConnection(mysql);
        await connection.query(`drop database if exists \`${prefix}analytics\``);
        await connection.end();
      }
    });
  });

  const env = (flushMs: number): Record<string, string> => ({
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    SEED_DEMO_DATA: 'true',
    ANALYTICS_FLUSH_MS: String(flushMs),
    ANALYTICS_FLUSH_MAX: '50000',
    ...(mysql ? { MYSQL_URL: mysql, MYSQL_DATABASE_PREFIX: prefix } : {}),
    ...(testEnv.REDIS_URL ? { REDIS_URL: testEnv.REDIS_URL, REDIS_KEY_PREFIX: `${prefix}:` } : {}),
  });
  const start = (flushMs: number) => startServiceProcess('analytics', env(flushMs), `http://127.0.0.1:${port}/ready`);

  /** Every stored uuid of this test's events (the demo project also has seeded ones), and the sum of their daily rollup. */
  async function stored(): Promise<{ uuids: string[]; rollup: number }> {
    const events = `select e.uuid from analytics_events e join analytics_projects p on p.id = e.project_id where p.api_key = ? and e.event in ('crash_view', 'crash_signup')`;
    const rollup = `select coalesce(sum(c.count), 0) as n from analytics_daily_counts c join analytics_projects p on p.id = c.project_id where p.api_key = ? and c.event in ('crash_view', 'crash_signup')`;
    if (mysql) {
      const connection = await createConnection(`${mysql}/${prefix}analytics`);
      try {
        const [rows] = (await connection.query(events, [DEMO_API_KEY])) as unknown as [{ uuid: string }[]];
        const [sum] = (await connection.query(rollup, [DEMO_API_KEY])) as unknown as [{ n: string | number }[]];
        return { uuids: rows.map((r) => r.uuid), rollup: Number(sum[0]!.n) };
      } finally {
        await connection.end();
      }
    }
    const db = new Database(join(dataDir, 'analytics.sqlite'), { readonly: true });
    try {
      const rows = db.prepare(events).all(DEMO_API_KEY) as { uuid: string }[];
      const sum = db.prepare(rollup).get(DEMO_API_KEY) as { n: number };
      return { uuids: rows.map((r) => r.uuid), rollup: Number(sum.n) };
    } finally {
      db.close();
    }
  }

  /** Four senders post batches of 50 new events until `stop`; returns the uuids the collector acknowledged. */
  function load(): { acked: Set<string>; sent: () => number; stop: () => Promise<void> } {
    const acked = new Set<string>();
    let sent = 0;
    let running = true;
    const day = new Date(Date.now() - 3_600_000).toISOString();
    const sender = async () => {
      while (running) {
        const batch = Array.from({ length: 50 }, (_, i) => ({
          event: i % 3 ? 'crash_view' : 'crash_signup',
          distinct_id: `crash-${i % 11}`,
          timestamp: day,
          uuid: randomUUID(),
          properties: { i },
        }));
        sent += batch.length;
        try {
          const res = await fetch(`http://127.0.0.1:${port}/batch/`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ api_key: DEMO_API_KEY, batch }),
          });
          if (res.status === 200) for (const e of batch) acked.add(e.uuid);
        } catch {
          // The kill cut this request: it was never acknowledged.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    };
    const senders = Array.from({ length: 4 }, () => sender());
    return {
      acked,
      sent: () => sent,
      stop: async () => {
        running = false;
        await Promise.all(senders);
      },
    };
  }

  async function killMidLoad(child: ServiceProcess, atLeast: number): Promise<{ acked: Set<string>; sent: number }> {
    const traffic = load();
    await waitFor(() => traffic.acked.size >= atLeast, `${atLeast} acknowledged events`, 60_000);
    const exited = new Promise((resolve) => child.child.once('exit', resolve));
    child.child.kill('SIGKILL');
    await exited;
    await traffic.stop();
    return { acked: traffic.acked, sent: traffic.sent() };
  }

  it('stores every acknowledged event once after SIGKILL, from the log alone and mid-flush', async () => {
    // Phase 1: nothing is flushed before the kill (a minute's interval): all must come from the log.
    const first = await start(60_000);
    const phase1 = await killMidLoad(first, 1500);
    expect((await stored()).uuids).toHaveLength(0);
    const segments = readdirSync(join(dataDir, 'analytics-wal')).filter((n) => n.endsWith('.wal'));
    expect(segments.length).toBeGreaterThan(0);

    // Phase 2: restart (the log is replayed before /ready), flush often, kill again mid-load.
    const second = await start(100);
    const afterReplay = await stored();
    expect(new Set(afterReplay.uuids).size).toBe(afterReplay.uuids.length);
    expect([...phase1.acked].filter((u) => !afterReplay.uuids.includes(u))).toEqual([]);
    // The replayed segments are deleted once their events are committed.
    const left = readdirSync(join(dataDir, 'analytics-wal'));
    expect(segments.filter((s) => left.includes(s))).toEqual([]);
    const phase2 = await killMidLoad(second, 1500);

    // Phase 3: restart, then every acknowledged event of both phases is stored exactly once.
    const third = await start(100);
    const final = await stored();
    const uuids = new Set(final.uuids);
    expect(uuids.size).toBe(final.uuids.length);
    const acked = [...phase1.acked, ...phase2.acked];
    expect(acked.filter((u) => !uuids.has(u))).toEqual([]);
    expect(uuids.size).toBeLessThanOrEqual(phase1.sent + phase2.sent);
    // The rollup counted each stored event once (replays of committed events were skipped).
    expect(final.rollup).toBe(uuids.size);
    await third.stop();
  }, 180_000);
});
