/**
 * banking: ledger throughput on MariaDB. The banking subgraph runs in this process over a fresh
 * schema; the ledger engine (`applyBatch`: one transaction per request, account rows locked in id
 * order with SELECT … FOR UPDATE) is driven directly, without HTTP, so the numbers are the ledger's
 * and the database's, not the router's. Three runs of `--duration` seconds each, side by side:
 *   single   — 64 concurrent clients (`--concurrency`), one transfer per request;
 *   batch    — batches of 1,000 (`--batch`) transfers, 4 in flight;
 *   raw      — single-row INSERTs into a plain table of the same server from a pool of the same size:
 *              the ceiling of one-statement-per-commit on this machine.
 * InnoDB's row-lock waits (Innodb_row_lock_waits / _time) are read before and after each run.
 */
import { createConnection, createPool } from 'mysql2/promise';
import { loadSubgraphConfig, startSubgraph, type Em } from '../kit';
import { banking } from '../subgraphs/banking';
import { applyBatch, type Actor, type TransferRequest } from '../subgraphs/banking/src/ledger';
import { BankAccount } from '../subgraphs/banking/src/entities';
import type { BenchArgs } from './lib/args';
import { mariadbBenchEnv } from './lib/mariadb';
import { onInterrupt } from './lib/proc';
import { describeMachine, formatTable, writeResult } from './lib/report';

interface Run {
  run: string;
  seconds: number;
  requests: number;
  transfers: number;
  posted: number;
  transfersPerSecond: number;
  lockWaits: number;
  lockWaitMs: number;
}

const BANK: Actor = { userId: null, tenantId: null, tenantRole: null, admin: true, operatorMayBeDebited: true, adjusting: true };

async function lockStatus(url: string): Promise<{ waits: number; ms: number }> {
  const conn = await createConnection(url);
  try {
    const [rows] = (await conn.query(`SHOW GLOBAL STATUS LIKE 'Innodb_row_lock_%'`)) as unknown as [
      { Variable_name: string; Value: string }[],
    ];
    const get = (name: string) => Number(rows.find((r) => r.Variable_name === name)?.Value ?? 0);
    return { waits: get('Innodb_row_lock_waits'), ms: get('Innodb_row_lock_time') };
  } finally {
    await conn.end();
  }
}

export async function bankingBench(args: BenchArgs, env: Record<string, string | undefined>): Promise<void> {
  const duration = args.number('duration', 10, 1, 600);
  const concurrency = args.number('concurrency', 64, 1, 1024);
  const batchSize = args.number('batch', 1000, 1, 8000);
  const accountsCount = args.number('accounts', 200, 2, 100_000);
  const { url, prefix, fullEnv } = mariadbBenchEnv('banking', env, { BANKING_SWEEP_MS: '0' });
  const config = loadSubgraphConfig(fullEnv);
  const running = await startSubgraph(banking, { config, env: fullEnv, port: 0 });
  const rawSchema = `${prefix}raw`;
  const cleanup = async () => {
    await running.stop().catch(() => undefined);
    const conn = await createConnection(url);
    await conn.query(`DROP DATABASE IF EXISTS \`${prefix}banking\``).catch(() => undefined);
    await conn.query(`DROP DATABASE IF EXISTS \`${rawSchema}\``).catch(() => undefined);
    await conn.end();
  };
  const offInterrupt = onInterrupt(cleanup);
  const runs: Run[] = [];
  try {
    const em = running.serviceDeps().em as Em;
    // Accounts with room to spend, funded from the operator account.
    const operatorId = '01900000-0000-7000-8000-0000000b0000';
    const ids: string[] = [];
    const base = {
      debitsPosted: 0,
      creditsPosted: 0,
      debitsPending: 0,
      creditsPending: 0,
      entrySeq: 0,
      closed: false,
      businessTenantId: null,
    };
    const fork = em.fork();
    fork.create(BankAccount, {
      ...base,
      id: operatorId,
      kind: 'OPERATOR',
      ownerId: null,
      operatorLedger: 'EUR',
      name: 'Bank',
      ledger: 'EUR',
      debitsMustNotExceedCredits: false,
      creditsMustNotExceedDebits: false,
    });
    for (let i = 0; i < accountsCount; i++) {
      const account = fork.create(BankAccount, {
        ...base,
        kind: 'PERSONAL',
        ownerId: null,
        operatorLedger: null,
        name: `A${i}`,
        ledger: 'EUR',
        debitsMustNotExceedCredits: true,
        creditsMustNotExceedDebits: false,
      });
      ids.push(account.id);
    }
    await fork.flush();
    for (let i = 0; i < ids.length; i += 1000) {
      await applyBatch(
        em,
        ids
          .slice(i, i + 1000)
          .map((id, j) => ({ id: `fund-${i + j}`, debitAccountId: operatorId, creditAccountId: id, amount: 1_000_000_000_000 })),
        BANK,
        new Date(),
      );
    }
    let n = 0;
    const randomTransfer = (): TransferRequest => {
      const a = Math.floor(Math.random() * ids.length);
      let b = Math.floor(Math.random() * ids.length);
      if (b === a) b = (b + 1) % ids.length;
      return { id: `bench-${n++}`, debitAccountId: ids[a]!, creditAccountId: ids[b]!, amount: 1 + Math.floor(Math.random() * 1000) };
    };

    const measure = async (run: string, clients: number, work: () => Promise<{ transfers: number; posted: number }>) => {
      const before = await lockStatus(url);
      const started = performance.now();
      const deadline = started + duration * 1000;
      let requests = 0;
      let transfers = 0;
      let posted = 0;
      await Promise.all(
        Array.from({ length: clients }, async () => {
          while (performance.now() < deadline) {
            const done = await work();
            requests++;
            transfers += done.transfers;
            posted += done.posted;
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      const after = await lockStatus(url);
      runs.push({
        run,
        seconds,
        requests,
        transfers,
        posted,
        transfersPerSecond: transfers / seconds,
        lockWaits: after.waits - before.waits,
        lockWaitMs: after.ms - before.ms,
      });
    };

    await measure(`single × ${concurrency} clients`, concurrency, async () => {
      const result = await applyBatch(em, [randomTransfer()], BANK, new Date());
      return { transfers: 1, posted: result.applied };
    });
    await measure(`batches of ${batchSize} × 4`, 4, async () => {
      const result = await applyBatch(em, Array.from({ length: batchSize }, randomTransfer), BANK, new Date());
      return { transfers: batchSize, posted: result.applied };
    });
    const setup = await createConnection(url);
    await setup.query(`CREATE DATABASE \`${rawSchema}\``);
    await setup.query(
      `CREATE TABLE \`${rawSchema}\`.rows_raw (id VARCHAR(64) PRIMARY KEY, account_id VARCHAR(36) NOT NULL, amount BIGINT NOT NULL, created_at DATETIME(3) NOT NULL) ENGINE=InnoDB`,
    );
    await setup.end();
    const pool = createPool({ uri: `${url}/${rawSchema}`, connectionLimit: concurrency });
    let r = 0;
    await measure(`raw INSERT × ${concurrency} clients`, concurrency, async () => {
      await pool.query('INSERT INTO rows_raw (id, account_id, amount, created_at) VALUES (?, ?, ?, NOW(3))', [
        `raw-${r++}`,
        ids[r % ids.length],
        r,
      ]);
      return { transfers: 1, posted: 1 };
    });
    await pool.end();
  } finally {
    offInterrupt();
    await cleanup();
  }
  console.log(
    formatTable(
      ['run', 'seconds', 'requests', 'transfers', 'posted', 'transfers/s', 'row-lock waits', 'lock wait ms'],
      runs.map((r) => [
        r.run,
        r.seconds.toFixed(1),
        r.requests,
        r.transfers,
        r.posted,
        Math.round(r.transfersPerSecond),
        r.lockWaits,
        r.lockWaitMs,
      ]),
    ),
  );
  const file = writeResult('banking', {
    machine: describeMachine(),
    parameters: { duration, concurrency, batchSize, accounts: accountsCount },
    runs,
  });
  console.log(`\nwrote ${file}`);
}
