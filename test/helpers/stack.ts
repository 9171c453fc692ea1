import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import { loadSubgraphConfig, startSubgraph, type RunningSubgraph } from '../../kit';
import { loadRouterConfig, startRouter } from '../../router';
import { startStack, type Stack } from '../../scripts/lib/stack';
import type { AnySubgraphDefinition, Clock } from '../../kit';
import { loadSubgraphs } from '../../subgraphs/load';
import { disposeAfterAll } from './dispose';
import { testEnv } from './env';
export { disposeAfterAll } from './dispose';
export { browserTestEnv, testEnv } from './env';

export interface TestStack extends Stack {
  /** The router's GraphQL URL. */
  url: string;
  env: Record<string, string | undefined>;
  dataDir: string;
}

async function dropMysqlDatabases(mysqlUrl: string, prefix: string, registry: AnySubgraphDefinition[]): Promise<void> {
  const connection = await createConnection(mysqlUrl);
  try {
    // A schema still locked by a connection that was not closed fails the suite in 30 s, not the hook's 120.
    await connection.query('set session lock_wait_timeout = 30');
    for (const s of registry) await connection.query(`drop database if exists \`${prefix}${s.name}\``);
  } finally {
    await connection.end();
  }
}

/**
 * Starts the real router and real subgraphs on free ports, on a fresh SQLite directory or (with
 * MYSQL_URL) fresh MySQL schemas named after a random prefix; Redis pub/sub when REDIS_URL is set.
 * Everything is stopped and deleted after the suite.
 */
export async function startTestStack(
  options: { only?: string[]; env?: Record<string, string>; registry?: AnySubgraphDefinition[]; clock?: Clock } = {},
): Promise<TestStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hubgraph-test-'));
  const prefix = `hgt_${randomBytes(4).toString('hex')}_`;
  const env: Record<string, string | undefined> = {
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    MYSQL_DATABASE_PREFIX: prefix,
    // Suites sign up thousands of users: real argon2id at 1 MiB and 1 pass (0.6 ms, not 20 ms). Only
    // NODE_ENV=test may go below OWASP's minimum (kit/src/passwords.ts); the identity suite checks the default.
    PASSWORD_HASH_MEMORY_KIB: '1024',
    PASSWORD_HASH_PASSES: '1',
    REDIS_KEY_PREFIX: `${prefix}:`,
    // Suites send thousands of requests from one IP; the rate-limit suite sets its own small budgets.
    RATE_LIMIT_ANONYMOUS_POINTS: '10000000',
    RATE_LIMIT_USER_POINTS: '10000000',
    RATE_LIMIT_TENANT_POINTS: '10000000',
    // Two suites share the machine's two cores, and the concurrency suites saturate them; a starved
    // subgraph must not look like a dead one. Suites that test timeouts set their own.
    SUBGRAPH_TIMEOUT_MS: '30000',
    ...testEnv,
    ...options.env,
  };
  // A suite running the stack in production mode hashes at the production cost (the floor applies there).
  if (env.NODE_ENV !== 'test') env.PASSWORD_HASH_MEMORY_KIB = env.PASSWORD_HASH_PASSES = undefined;
  const cleanUp = async () => {
    rmSync(dataDir, { recursive: true, force: true });
    if (env.MYSQL_URL) await dropMysqlDatabases(env.MYSQL_URL, prefix, options.registry ?? loadSubgraphs(options.only));
  };
  let stack: Stack;
  try {
    stack = await startStack({ env, ephemeralPorts: true, only: options.only, registry: options.registry, clock: options.clock });
  } catch (error) {
    await cleanUp();
    throw error;
  }
  const stop = disposeAfterAll(async () => {
    await stack.stop();
    await cleanUp();
  });
  return { ...stack, stop, url: stack.router.url, env, dataDir };
}

/**
 * Stops one subgraph of a running test stack, as a crash would take it away from the router, and
 * returns `restart()`, which starts it again on the same port over the same data, pub/sub and event
 * stream. The revived subgraph replaces the stopped one in `stack.subgraphs`, so the stack's own
 * disposal stops it.
 */
export async function stopSubgraph(stack: TestStack, name: string): Promise<{ restart(): Promise<RunningSubgraph> }> {
  const index = stack.subgraphs.findIndex((s) => s.name === name);
  if (index < 0) throw new Error(`subgraph ${name} is not running in this stack`);
  const definition = loadSubgraphs([name])[0]!;
  const { port, pubsub, events } = stack.subgraphs[index]!;
  await stack.subgraphs[index]!.stop();
  return {
    restart: async () => {
      const revived = await startSubgraph(definition, { config: loadSubgraphConfig(stack.env), env: stack.env, port, pubsub, events });
      stack.subgraphs[index] = revived;
      return revived;
    },
  };
}

/**
 * A second router over a running test stack's subgraphs, with `env` overriding its settings (for
 * example `SUBGRAPH_URL_BASICS` pointing at a {@link subgraphProxy}), stopped after the suite.
 * Returns its GraphQL URL.
 */
export async function startSecondRouter(stack: TestStack, env: Record<string, string> = {}, port = 0): Promise<string> {
  const urls = Object.fromEntries(stack.subgraphs.map((s) => [`SUBGRAPH_URL_${s.name.toUpperCase()}`, s.url]));
  const router = await startRouter({ config: loadRouterConfig({ ...stack.env, ...urls, ...env }), port });
  disposeAfterAll(() => router.stop());
  return router.url;
}

/**
 * A loopback proxy in front of a subgraph, closed after the suite. Each GraphQL request's body goes to
 * `intercept` first, which may answer it itself (by returning a status and text) or hold it (by
 * taking its time) before it is forwarded with its headers. Returns the proxy's GraphQL URL.
 */
export async function subgraphProxy(
  upstreamUrl: string,
  intercept: (body: Buffer) => Promise<{ status: number; text: string } | void> | { status: number; text: string } | void,
): Promise<string> {
  const proxy = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    // Only GraphQL goes through `intercept`; other paths (identity's session API) pass straight on.
    const graphql = (req.url ?? '/').split('?')[0] === '/graphql';
    const answer = graphql ? await intercept(body) : undefined;
    if (answer) {
      res.writeHead(answer.status, { 'content-type': 'text/plain' }).end(answer.text);
      return;
    }
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string' && name !== 'host') headers[name] = value;
    const upstream = await fetch(graphql ? upstreamUrl : new URL(req.url ?? '/', upstreamUrl), {
      method: req.method,
      headers,
      ...(req.method === 'GET' || req.method === 'HEAD' ? {} : { body }),
    });
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
    res.end(Buffer.from(await upstream.arrayBuffer()));
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  disposeAfterAll(() => new Promise<void>((resolve) => proxy.close(() => resolve())));
  return `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
}
