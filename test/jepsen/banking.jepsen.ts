import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { generateRouterKeys } from '../../kit';
import { loadRouterConfig, startRouter, type RunningRouter } from '../../router';
import { gql, signUpUser, type TestUser } from '../helpers/graphql';
import { freePort, startServiceProcess, type ServiceProcess } from '../helpers/processes';
import { disposeAfterAll, testEnv } from '../helpers/stack';

/**
 * Jepsen-style faults for the banking ledger (`npm run jepsen:banking`; needs Redis and the MariaDB
 * binaries `/usr/sbin/mariadbd` + `mariadb-install-db`). NOT part of the jest suite (its name does not
 * end in .test.ts).
 *
 * The test never touches the shared MariaDB: it creates a PRIVATE MariaDB (a fresh datadir made by
 * `mariadb-install-db`, its own socket, a free port, `--skip-grant-tables`) and runs identity and
 * banking against it. identity and banking run as child processes, the router in this process. 32
 * clients send 1,000 random transfers among 20 accounts, every tenth twice at once with the same id
 * (10 % resent); a client retries every transfer that got no definite answer (a dropped connection,
 * SUBGRAPH_UNAVAILABLE, a database error) with the same id until it gets one. During the burst
 * banking is SIGKILLed and restarted, the private mariadbd is SIGKILLed (no clean shutdown: InnoDB
 * crash recovery on restart) and started again, and banking is SIGKILLed once more. Afterwards: the
 * sum of balances is unchanged, no protected account is negative, every acknowledged id is stored
 * once with exactly two entries, and every balance equals the sum of its posted transfers.
 */
const REDIS_URL = testEnv.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ACCOUNTS = 20;
const TRANSFERS = 1000;
const CLIENTS = 32;
const START_BALANCE = 100_000;

const TRANSFER = `mutation($input: TransferInput!) { createTransfer(input: $input) { __typename ... on TransferRejected { code message } } }`;
const OPEN = `mutation($input: OpenBankAccountInput!) { openBankAccount(input: $input) { account { id } errors { message } } }`;
const ADJUST = `mutation($input: AdjustBalanceInput!) { adjustBalance(input: $input) { __typename } }`;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A MariaDB server of this test's own: a temporary datadir, socket and port. */
class PrivateMariaDb {
  readonly dir = mkdtempSync(join(tmpdir(), 'hubgraph-jepsen-mariadb-'));
  private child?: ChildProcess;
  constructor(readonly port: number) {
    execFileSync(
      'mariadb-install-db',
      ['--no-defaults', '--auth-root-authentication-method=normal', `--datadir=${join(this.dir, 'data')}`, '--user=root'],
      { stdio: 'ignore', timeout: 120_000 },
    );
  }
  get url(): string {
    return `mysql://root@127.0.0.1:${this.port}`;
  }
  private ping(): boolean {
    try {
      execFileSync('mysqladmin', ['-uroot', '-h127.0.0.1', `-P${this.port}`, 'ping'], { stdio: 'ignore', timeout: 5000 });
      return true;
    } catch {
      return false;
    }
  }
  async start(): Promise<void> {
    const log = openSync(join(this.dir, 'mariadbd.log'), 'a');
    this.child = spawn(
      '/usr/sbin/mariadbd',
      [
        '--no-defaults',
        `--datadir=${join(this.dir, 'data')}`,
        `--socket=${join(this.dir, 'mariadbd.sock')}`,
        `--pid-file=${join(this.dir, 'mariadbd.pid')}`,
        `--port=${this.port}`,
        '--bind-address=127.0.0.1',
        '--skip-grant-tables',
        '--user=root',
        '--innodb-buffer-pool-size=64M',
        '--innodb-flush-log-at-trx-commit=1',
        '--max-connections=500',
      ],
      { stdio: ['ignore', log, log] },
    );
    const deadline = Date.now() + 120_000;
    while (!this.ping()) {
      if (this.child.exitCode !== null)
        throw new Error(`private mariadbd exited with ${this.child.exitCode}; see ${this.dir}/mariadbd.log`);
      if (Date.now() > deadline) throw new Error('private MariaDB did not answer within 120 s');
      await pause(250);
    }
  }
  /** SIGKILL: no shutdown, the restart runs InnoDB crash recovery. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
  async dispose(): Promise<void> {
    await this.kill();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

describe('banking under faults (jepsen)', () => {
  const prefix = `hgj_${randomBytes(4).toString('hex')}_`;
  const dataDir = mkdtempSync(join(tmpdir(), 'hubgraph-jepsen-'));
  const common: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    ...generateRouterKeys(),
    RATE_LIMIT_ANONYMOUS_POINTS: '10000000',
    RATE_LIMIT_USER_POINTS: '10000000',
    MYSQL_DATABASE_PREFIX: prefix,
    REDIS_URL,
    REDIS_KEY_PREFIX: `${prefix}:`,
    SEED_DEMO_DATA: 'true',
  };
  const ports: Record<string, number> = {};
  const processes: Record<string, ServiceProcess> = {};
  let router: RunningRouter;
  let url: string;

  /** Starts a service; on a loaded machine a start can miss the helper's 30 s readiness window, so try again. */
  const start = async (name: string) => {
    for (let attempt = 1; ; attempt++) {
      try {
        processes[name] = await startServiceProcess(
          name,
          { ...common, PORT: String(ports[name]) },
          `http://127.0.0.1:${ports[name]}/ready`,
        );
        return;
      } catch (error) {
        if (attempt >= 4) throw error;
        console.warn(`${name} start attempt ${attempt} failed: ${String(error).slice(0, 2000)}`);
        await pause(1000);
      }
    }
  };
  const kill = async (name: string) => {
    const { child } = processes[name]!;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  };
  let mariadb: PrivateMariaDb;
  const restartMariaDb = async () => {
    await mariadb.kill();
    await pause(500);
    await mariadb.start();
  };

  beforeAll(async () => {
    disposeAfterAll(async () => {
      rmSync(dataDir, { recursive: true, force: true });
    });
    mariadb = new PrivateMariaDb(await freePort());
    // Killed and its datadir removed after the suite, whatever happened.
    disposeAfterAll(() => mariadb.dispose());
    await mariadb.start();
    common.MYSQL_URL = mariadb.url;
    for (const name of ['identity', 'banking']) ports[name] = await freePort();
    for (const name of ['identity', 'banking']) await start(name);
    router = await startRouter({
      config: loadRouterConfig({
        ...common,
        SUBGRAPH_URL_IDENTITY: `http://127.0.0.1:${ports.identity}/graphql`,
        SUBGRAPH_URL_BANKING: `http://127.0.0.1:${ports.banking}/graphql`,
      }),
      port: 0,
    });
    url = router.url;
    disposeAfterAll(() => router.stop());
  }, 180_000);

  it('keeps every invariant through two banking kills and a MariaDB restart', async () => {
    const login = await gql(url, 'mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }', {
      i: { email: 'admin@hubgraph.dev', password: 'hubgraph-demo' },
    });
    const admin = { token: login.body.data.logIn.accessToken as string };
    const users: TestUser[] = [];
    for (let i = 0; i < 5; i++) users.push(await signUpUser(url, `jepsen${i}`));
    const accountIds: string[] = [];
    const owners = new Map<string, TestUser>();
    for (let i = 0; i < ACCOUNTS; i++) {
      const owner = users[i % users.length]!;
      const opened = await gql(url, OPEN, { input: { name: `J${i}`, ledger: 'EUR' } }, { token: owner.token });
      const id = opened.body.data.openBankAccount.account.id as string;
      accountIds.push(id);
      owners.set(id, owner);
      const dep = await gql(url, ADJUST, { input: { id: `jdep-${i}`, accountId: id, amount: START_BALANCE, direction: 'DEPOSIT' } }, admin);
      expect(dep.body.data.adjustBalance.__typename).toBe('TransferPosted');
    }

    let seed = 0x1234567;
    const random = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) / 2 ** 32;
    };
    const plan = Array.from({ length: TRANSFERS }, (_, i) => {
      const debit = accountIds[Math.floor(random() * ACCOUNTS)]!;
      let credit = debit;
      while (credit === debit) credit = accountIds[Math.floor(random() * ACCOUNTS)]!;
      return { id: `jep-${i}`, debitAccountId: debit, creditAccountId: credit, amount: 1 + Math.floor(random() * 30_000) };
    });
    const stats = { sends: 0, retries: 0, posted: 0, insufficient: 0, faultAnswers: new Map<string, number>() };
    const acknowledged = new Set<string>();
    let done = 0;

    /** Sends until a definite answer: TransferPosted or InsufficientFunds. */
    const send = async (input: (typeof plan)[number]) => {
      const token = owners.get(input.debitAccountId)!.token;
      for (let attempt = 0; ; attempt++) {
        if (attempt > 0) {
          stats.retries++;
          await pause(Math.min(2000, 100 * attempt));
        }
        if (attempt > 600) throw new Error(`transfer ${input.id} got no definite answer`);
        if (faultError) throw faultError;
        stats.sends++;
        let reason: string;
        try {
          const res = await gql(url, TRANSFER, { input }, { token });
          const result = res.body.data?.createTransfer;
          if (result?.__typename === 'TransferPosted') {
            acknowledged.add(input.id);
            stats.posted++;
            return;
          }
          if (result?.__typename === 'InsufficientFunds') {
            stats.insufficient++;
            return;
          }
          if (result?.__typename === 'TransferRejected') throw new Error(`unexpected refusal ${result.code}: ${result.message}`);
          reason = String(res.body.errors?.[0]?.extensions?.code ?? `HTTP ${res.status}`);
        } catch (error) {
          if (String(error).includes('unexpected refusal')) throw error;
          reason = 'network';
        }
        stats.faultAnswers.set(reason, (stats.faultAnswers.get(reason) ?? 0) + 1);
      }
    };

    // A failed fault step (a restart that never came up) ends the run at once instead of leaving the clients retrying.
    let faultError: unknown;
    const faults = (async () => {
      const at = async (fraction: number) => {
        while (done < TRANSFERS * fraction) await pause(50);
      };
      const log: string[] = [];
      await at(0.15);
      await kill('banking');
      log.push(`banking SIGKILL at ${done}`);
      await pause(500);
      await start('banking');
      log.push(`banking restarted at ${done}`);
      await at(0.4);
      if (testEnv.JEPSEN_RESTART_MARIADB !== 'false') {
        log.push(`private MariaDB SIGKILL at ${done}`);
        await restartMariaDb();
        log.push(`MariaDB back at ${done}`);
      }
      await at(0.7);
      await kill('banking');
      log.push(`banking SIGKILL at ${done}`);
      await pause(500);
      await start('banking');
      log.push(`banking restarted at ${done}`);
      return log;
    })().catch((error: unknown) => {
      faultError = error;
      return [] as string[];
    });

    const started = Date.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < TRANSFERS) {
          const i = next++;
          const input = plan[i]!;
          await Promise.all(Array.from({ length: i % 10 === 0 ? 2 : 1 }, () => send(input)));
          done++;
        }
      }),
    );
    const faultLog = await faults;
    if (faultError) throw faultError;
    const seconds = (Date.now() - started) / 1000;

    const db = await createConnection(`${mariadb.url}/${prefix}banking`);
    try {
      const [accounts] = (await db.query(
        `select id, debits_posted, credits_posted, debits_pending, entry_seq from bank_accounts where id in (?)`,
        [accountIds],
      )) as unknown as [{ id: string; debits_posted: string; credits_posted: string; debits_pending: string; entry_seq: string }[]];
      const balance = (a: { credits_posted: string; debits_posted: string }) => Number(a.credits_posted) - Number(a.debits_posted);
      expect(accounts.reduce((s, a) => s + balance(a), 0)).toBe(ACCOUNTS * START_BALANCE);
      for (const a of accounts) expect(balance(a)).toBeGreaterThanOrEqual(0);
      const [stored] = (await db.query(`select id from transfers where id like 'jep-%'`)) as unknown as [{ id: string }[]];
      const storedIds = new Set(stored.map((r) => r.id));
      // Every acknowledged id is stored; a stored id no client saw acknowledged would be one whose answer was lost and never retried (none: clients retry until answered).
      for (const id of acknowledged) expect(storedIds.has(id)).toBe(true);
      expect(storedIds.size).toBe(acknowledged.size);
      const [entryCounts] = (await db.query(
        `select transfer_id, count(*) as n from ledger_entries where transfer_id like 'jep-%' group by transfer_id`,
      )) as unknown as [{ transfer_id: string; n: number }[]];
      expect(entryCounts.every((r) => Number(r.n) === 2)).toBe(true);
      expect(entryCounts.length).toBe(acknowledged.size);
      for (const a of accounts) {
        const [[sum]] = (await db.query(
          `select coalesce(sum(case when credit_account_id = ? then amount else 0 end) - sum(case when debit_account_id = ? then amount else 0 end), 0) as s
           from transfers where (debit_account_id = ? or credit_account_id = ?) and kind in ('SINGLE_PHASE', 'POST_PENDING')`,
          [a.id, a.id, a.id, a.id],
        )) as unknown as [[{ s: string }]];
        expect(Number(sum.s)).toBe(balance(a));
        const [[last]] = (await db.query(`select balance, seq from ledger_entries where account_id = ? order by seq desc limit 1`, [
          a.id,
        ])) as unknown as [[{ balance: string; seq: string }]];
        expect(Number(last.balance)).toBe(balance(a));
        expect(Number(last.seq)).toBe(Number(a.entry_seq));
      }
    } finally {
      await db.end();
    }
    // The numbers the report quotes.
    console.log(
      JSON.stringify(
        {
          transfers: TRANSFERS,
          clients: CLIENTS,
          seconds,
          sends: stats.sends,
          retries: stats.retries,
          acknowledged: acknowledged.size,
          postedAnswers: stats.posted,
          insufficientAnswers: stats.insufficient,
          faultAnswers: Object.fromEntries(stats.faultAnswers),
          faults: faultLog,
        },
        null,
        2,
      ),
    );
  }, 900_000);
});
