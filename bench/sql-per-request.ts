/**
 * sql-per-request: how many SQL statements each subgraph runs, and how many fetches the router makes
 * to each subgraph, for one `me { tasks(first: N) { ... owner { email } } }` request, as N grows. A
 * request whose statement count grows with N has an N+1 somewhere. The stack runs in this process
 * (scripts/lib/stack.ts) so the ORMs' query events can be observed directly.
 */
import { randomBytes } from 'node:crypto';
import { AsyncLocalStorage } from 'node:async_hooks';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { mkdtempSync, rmSync } from 'node:fs';
import type { IncomingMessage, Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { forTenant } from '../kit';
import { startStack, type Stack } from '../scripts/lib/stack';
import { subgraphs as definitions } from '../subgraphs';
import { User } from '../subgraphs/identity/src/entities';
import { Task } from '../subgraphs/work/src/entities';
import type { BenchArgs } from './lib/args';
import { onInterrupt } from './lib/proc';
import { describeMachine, formatTable, writeResult } from './lib/report';
import { DOMAIN_BENCHES, measureDomain, type DomainRow } from './sql-per-request-domains';

const TASKS = 1000;
const PAGE_SIZES = [10, 100, 1000];

const QUERY = `query Tasks($first: Int!, $after: String) {
  me { email tasks(first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage } edges { node { title owner { email } } } } }
}`;

interface TasksPage {
  me: {
    email: string;
    tasks: {
      totalCount: number;
      pageInfo: { endCursor: string | null; hasNextPage: boolean };
      edges: { node: { title: string; owner: { email: string | null } } }[];
    };
  } | null;
}

interface GraphQLReply<T> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Per-subgraph tallies of what one request caused. */
interface Tally {
  /** Router → subgraph GraphQL fetches, by subgraph. */
  fetches: Record<string, number>;
  /** Other HTTP requests reaching a subgraph (e.g. the router fetching identity's JWKS). */
  otherHttp: Record<string, number>;
  /** SQL statements run while serving an HTTP request to that subgraph, by subgraph. */
  sql: Record<string, number>;
  /** The statements themselves (for the JSON result), by subgraph. */
  statements: Record<string, string[]>;
  /** Statements run meanwhile outside any request (timers such as an outbox relay): not the request's cost. */
  background: Record<string, string[]>;
}

async function post<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<GraphQLReply<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GraphQLReply<T>, 'status'>;
  return { status: res.status, ...body };
}

/** Grants the bench user global `roles` in identity and logs in again for a token that carries them. */
async function tokenWithRoles(stack: Stack, url: string, userId: string, email: string, roles: string[]): Promise<string> {
  const identity = stack.subgraphs.find((s) => s.name === 'identity');
  if (!identity) throw new Error('the identity subgraph is not running');
  await identity.orm.em.fork().nativeUpdate(User, { id: userId }, { roles: ['user', ...roles] });
  const logIn = await post<{ logIn: { accessToken: string | null } }>(
    url,
    'mutation($i: LogInInput!) { logIn(input: $i) { accessToken } }',
    {
      i: { email, password: 'correct horse battery staple' },
    },
  );
  const token = logIn.data?.logIn.accessToken;
  if (!token) throw new Error(`log-in failed: ${JSON.stringify(logIn)}`);
  return token;
}

async function dropMysqlSchemas(mysqlUrl: string, prefix: string): Promise<void> {
  const connection = await createConnection(mysqlUrl);
  try {
    for (const d of definitions) await connection.query(`drop database if exists \`${prefix}${d.name}\``);
  } finally {
    await connection.end();
  }
}

/**
 * Counts, per subgraph, HTTP requests reaching its server (Node's `http.server.request.start`
 * diagnostics channel, so neither router nor subgraph code is touched) and SQL statements (the knex
 * `query` event of its ORM). A statement counts for the request when it runs in the async context of
 * an HTTP request to that subgraph: the channel fires synchronously just before the server's
 * `request` handler, so `AsyncLocalStorage.enterWith` there marks everything the handler awaits.
 * Statements from timers (outbox relays, sweepers) land in `background` instead.
 * `take()` returns the tallies since the last call and resets them.
 */
function countPerSubgraph(stack: Stack) {
  const byPort = new Map(stack.subgraphs.map((s) => [s.port, s.name]));
  const names = stack.subgraphs.map((s) => s.name);
  const zero = () => Object.fromEntries(names.map((n) => [n, 0]));
  const lists = () => Object.fromEntries(names.map((n) => [n, [] as string[]]));
  const fresh = (): Tally => ({ fetches: zero(), otherHttp: zero(), sql: zero(), statements: lists(), background: lists() });
  let tally = fresh();
  const serving = new AsyncLocalStorage<{ server: string }>();

  const onRequest = (message: unknown) => {
    const { request, server } = message as { request: IncomingMessage; server: Server };
    const address = server.address();
    const name = typeof address === 'object' && address ? byPort.get(address.port) : undefined;
    serving.enterWith({ server: name ?? 'other' });
    if (!name) return; // the router's own server, or a stranger
    if (request.method === 'POST' && request.url?.split('?')[0] === '/graphql') tally.fetches[name]!++;
    else tally.otherHttp[name]!++;
  };
  subscribe('http.server.request.start', onRequest);
  for (const s of stack.subgraphs) {
    s.orm.em
      .getConnection()
      .getKnex()
      .on('query', (q: { sql: string }) => {
        if (serving.getStore()?.server === s.name) {
          tally.sql[s.name]!++;
          tally.statements[s.name]!.push(q.sql);
        } else {
          tally.background[s.name]!.push(q.sql);
        }
      });
  }
  return {
    take(): Tally {
      const current = tally;
      tally = fresh();
      return current;
    },
    close() {
      unsubscribe('http.server.request.start', onRequest);
    },
  };
}

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

/** Runs the benchmark (SQLite in a temp dir, or MariaDB/MySQL when MYSQL_URL is set). */
export async function sqlPerRequest(args: BenchArgs, env: Record<string, string | undefined>): Promise<void> {
  const repeats = args.number('repeats', 3, 1, 20);
  args.rejectUnknown();

  const machine = describeMachine();
  const dataDir = mkdtempSync(join(tmpdir(), 'hubgraph-bench-'));
  const prefix = `hgb_${randomBytes(4).toString('hex')}_`;
  const stackEnv: Record<string, string | undefined> = {
    NODE_ENV: 'test',
    // Errors only: start-up warnings (no SMTP configured...) would land in the middle of the output.
    LOG_LEVEL: 'error',
    DATA_DIR: dataDir,
    MYSQL_URL: env.MYSQL_URL,
    MYSQL_DATABASE_PREFIX: prefix,
    // One client sends every request: the router's per-client budget is not what is measured here.
    RATE_LIMIT_USER_POINTS: '100000000',
  };
  const database = env.MYSQL_URL ? `MySQL/MariaDB (${new URL(env.MYSQL_URL).host}, schemas ${prefix}*)` : 'SQLite (temp DATA_DIR)';
  let stack: Stack | undefined;
  let counter: ReturnType<typeof countPerSubgraph> | undefined;
  let cleaning: Promise<void> | undefined;
  const cleanup = () =>
    (cleaning ??= (async () => {
      counter?.close();
      await stack?.stop();
      rmSync(dataDir, { recursive: true, force: true });
      if (env.MYSQL_URL) await dropMysqlSchemas(env.MYSQL_URL, prefix);
    })());
  const unregister = onInterrupt(cleanup);
  try {
    stack = await startStack({ env: stackEnv, ephemeralPorts: true });
    const url = stack.router.url;
    const email = `bench-${randomBytes(4).toString('hex')}@example.test`;
    const signUp = await post<{ signUp: { accessToken: string | null; user: { id: string } | null } }>(
      url,
      'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken user { id } errors { message } } }',
      { input: { email, password: 'correct horse battery staple', displayName: 'bench' } },
    );
    const token = signUp.data?.signUp.accessToken;
    const userId = signUp.data?.signUp.user?.id;
    if (!token || !userId) throw new Error(`sign-up failed: ${JSON.stringify(signUp)}`);

    // Bulk insert through work's own ORM: 1,000 GraphQL mutations would only measure the mutation path.
    const work = stack.subgraphs.find((s) => s.name === 'work');
    if (!work) throw new Error('the work subgraph is not running');
    // Tasks are tenant-owned: they go into the user's own tenant (the token's default).
    const tenant = await post<{ currentTenant: { id: string } | null }>(url, '{ currentTenant { id } }', {}, token);
    const tenantId = tenant.data?.currentTenant?.id;
    if (!tenantId) throw new Error(`no tenant for the bench user: ${JSON.stringify(tenant)}`);
    const em = forTenant(work.orm.em.fork(), tenantId);
    for (let i = 0; i < TASKS; i++) {
      em.create(Task, {
        ownerId: userId,
        title: `bench task ${String(i).padStart(4, '0')}`,
        description: null,
        status: 'TODO',
        priority: 'MEDIUM',
        dueAt: null,
        tags: [],
      });
    }
    await em.flush();

    counter = countPerSubgraph(stack);
    const ask = async (first: number, after?: string | null) => {
      counter!.take();
      const reply = await post<TasksPage>(url, QUERY, { first, after: after ?? null }, token);
      return { reply, tally: counter!.take() };
    };
    const checkPage = (reply: GraphQLReply<TasksPage>, expected: number): string | null => {
      if (reply.status !== 200 || reply.errors?.length) return `HTTP ${reply.status} ${JSON.stringify(reply.errors)}`;
      const tasks = reply.data?.me?.tasks;
      if (!tasks || reply.data?.me?.email !== email) return 'no me/tasks in the answer';
      if (tasks.totalCount !== TASKS) return `totalCount ${tasks.totalCount}, expected ${TASKS}`;
      if (tasks.edges.length !== expected) return `${tasks.edges.length} edges, expected ${expected}`;
      if (tasks.edges.some((e) => e.node.owner.email !== email)) return 'an owner e-mail is missing or wrong';
      return null;
    };

    // First request of the process: the router fetches identity's JWKS and plans the query. Not counted.
    const warm = await ask(10);
    const warmProblem = checkPage(warm.reply, 10);
    if (warmProblem) throw new Error(`warm-up request failed: ${warmProblem}`);

    interface Row {
      pageSize: number;
      request: string;
      outcome: string;
      tally: Tally;
    }
    const rows: Row[] = [];
    for (const size of PAGE_SIZES) {
      if (size <= 100) {
        for (let r = 1; r <= repeats; r++) {
          const { reply, tally } = await ask(size);
          rows.push({ pageSize: size, request: `#${r}`, outcome: checkPage(reply, size) ?? `ok, ${size} edges`, tally });
        }
        continue;
      }
      // Above the page cap: show what a client asking for everything at once gets...
      const capped = await ask(size);
      const code = capped.reply.errors?.[0]?.extensions?.code;
      rows.push({
        pageSize: size,
        request: `first: ${size}`,
        outcome: capped.reply.errors?.length
          ? `rejected: ${code} "${capped.reply.errors[0]!.message}"`
          : `answered (${checkPage(capped.reply, size) ?? 'ok'})`,
        tally: capped.tally,
      });
      // ...and what paging through all of them in pages of 100 costs, page by page.
      let after: string | null = null;
      for (let page = 1; page <= Math.ceil(size / 100) && page <= 20; page++) {
        const { reply, tally }: { reply: GraphQLReply<TasksPage>; tally: Tally } = await ask(100, after);
        const problem = checkPage(reply, 100);
        rows.push({ pageSize: size, request: `page ${page}/${Math.ceil(size / 100)} (100)`, outcome: problem ?? 'ok, 100 edges', tally });
        if (problem) break;
        after = reply.data!.me!.tasks.pageInfo.endCursor;
        const more = reply.data!.me!.tasks.pageInfo.hasNextPage;
        if (more !== page < Math.ceil(size / 100)) {
          rows[rows.length - 1]!.outcome += `, hasNextPage ${more} unexpected`;
          break;
        }
      }
    }

    // Columns only for subgraphs the query reached; the rest are named below the table.
    const names = stack.subgraphs
      .map((s) => s.name)
      .filter((n) => rows.some((r) => r.tally.fetches[n] || r.tally.sql[n] || r.tally.otherHttp[n]));
    const backgroundOf = (r: Row) => Object.values(r.tally.background).reduce((n, list) => n + list.length, 0);
    const untouched = stack.subgraphs.map((s) => s.name).filter((n) => !names.includes(n));
    const table = formatTable(
      [
        'page size',
        'request',
        ...names.map((n) => `fetch ${n}`),
        ...names.map((n) => `sql ${n}`),
        'sql total',
        'background sql',
        'outcome',
      ],
      rows.map((r) => [
        r.pageSize,
        r.request,
        ...names.map((n) => r.tally.fetches[n]),
        ...names.map((n) => r.tally.sql[n]),
        sum(r.tally.sql),
        backgroundOf(r),
        r.outcome,
      ]),
    );
    const served = rows.filter((r) => r.outcome.startsWith('ok'));
    const distinct = [...new Set(served.map((r) => `${sum(r.tally.sql)} SQL / ${sum(r.tally.fetches)} fetches`))];
    const failed = rows.filter((r) => !r.outcome.startsWith('ok') && !r.outcome.startsWith('rejected'));
    const verdict =
      distinct.length === 1 && !failed.length
        ? `every answered request cost the same: ${distinct[0]} (target met)`
        : `cost differs between requests: ${distinct.join('; ')}${failed.length ? `; ${failed.length} request(s) failed` : ''} (target NOT met)`;
    const otherHttp = rows.reduce((n, r) => n + sum(r.tally.otherHttp), 0);
    process.stdout.write(
      `\nsql-per-request on ${database}: ${TASKS} tasks of one user, query:\n${QUERY}\n\n${table}\n\n${verdict}\n` +
        (untouched.length ? `no fetch and no SQL reached: ${untouched.join(', ')}\n` : '') +
        'fetch: router -> subgraph GraphQL requests; sql: statements run serving them; background sql: statements run ' +
        'meanwhile outside any request (timers such as outbox relays), not counted\n' +
        (otherHttp ? `(plus ${otherHttp} non-GraphQL HTTP request(s) to subgraphs during the counted requests)\n` : ''),
    );
    // Each domain's representative query, measured the same way.
    const domains: Record<string, { query: string; verdict: string; requests: DomainRow[] }> = {};
    for (const bench of DOMAIN_BENCHES) {
      const benchToken = bench.roles?.length ? await tokenWithRoles(stack, url, userId, email, bench.roles) : token;
      const measured = await measureDomain(
        bench,
        stack,
        { id: userId, email },
        dataDir,
        async (query, variables) => {
          counter!.take();
          const reply = await post<Record<string, unknown>>(url, query, variables, benchToken);
          const tally = counter!.take();
          return { reply, sql: tally.sql, fetches: tally.fetches, statements: tally.statements[bench.shown[0]!] ?? [] };
        },
        repeats,
      );
      process.stdout.write(`\n${bench.name}, query:\n${bench.query}\n\n${measured.table}\n\n${measured.verdict}\n`);
      domains[bench.name] = { query: bench.query, verdict: measured.verdict, requests: measured.rows };
    }
    const name = env.MYSQL_URL ? 'sql-per-request-mysql' : 'sql-per-request';
    const path = writeResult(name, {
      benchmark: 'sql-per-request',
      command: `${env.MYSQL_URL ? 'MYSQL_URL=... ' : ''}npm run bench -- sql-per-request ${process.argv.slice(3).join(' ')}`.trim(),
      machine,
      database,
      parameters: { tasks: TASKS, pageSizes: PAGE_SIZES, repeats, query: QUERY },
      verdict,
      domains,
      requests: rows.map((r) => ({
        pageSize: r.pageSize,
        request: r.request,
        outcome: r.outcome,
        subgraphFetches: r.tally.fetches,
        otherSubgraphHttp: r.tally.otherHttp,
        sqlStatements: r.tally.sql,
        sqlTotal: sum(r.tally.sql),
        statements: r.tally.statements,
        backgroundStatements: Object.fromEntries(Object.entries(r.tally.background).filter(([, list]) => list.length)),
      })),
    });
    process.stdout.write(`\nwrote ${path}\n`);
  } finally {
    unregister();
    await cleanup();
  }
}
