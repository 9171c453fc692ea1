/**
 * gateways: our router (every production feature on; and again with merging and batching off) against
 * a bare Apollo Gateway and Hive Gateway with its default and its Rust query planner, over the same
 * supergraph file and the same subgraph processes. Workloads: identical requests (`single`, `nested`),
 * (a) `nested-vars` over 10,000 ids, (b) `users`, 1,000 signed-in users, (c) `mix`, twenty operations
 * and live subscriptions (bench/lib/app-mix.ts). Runs are interleaved in rounds (rotated each round)
 * so background load on the shared machine hits all alike; each run reports RPS, latency, the
 * gateway's and the subgraphs' CPU per request and the gateway's RSS over the run; `--perf` profiles it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRouterKeys } from '../kit/src/auth';
import {
  CLIENTS_PER_SUBSCRIPTION,
  forwardedIdentities,
  MIX_OPERATIONS,
  mixWorkload,
  openSubscriptions,
  seedMix,
  tokenSubject,
  tryEveryOperation,
  type MixData,
  type MixUser,
} from './lib/app-mix';
import type { BenchArgs } from './lib/args';
import { runLoad, type LoadResult } from './lib/load';
import { cpuTimeMs, freePort, onInterrupt, pinSelf, rssBytes, spawnChild, stopAll, waitForReady, type Child } from './lib/proc';
import { describeMachine, formatTable, repoRoot, waitForQuiet, writeResult } from './lib/report';
import { snapshotBuild, type BuildSnapshot } from './lib/snapshot';
import { round, summarizeSeries } from './lib/stats';

/** Subgraphs the two queries touch; each runs as its own production process. */
const SUBGRAPHS = ['identity', 'basics', 'polls', 'games'] as const;
/** Load generator and subgraphs on core 0, the gateway under test alone on core 1. */
const PIN = { load: '0', subgraphs: '0', gateway: '1' };
const GATEWAYS = ['router', 'router-nomerge', 'apollo', 'hive', 'hive-rust'] as const;
type GatewayName = (typeof GATEWAYS)[number];
const QUERY_NAMES = ['single', 'nested', 'nested-vars', 'users', 'mix'] as const;
type QueryName = (typeof QUERY_NAMES)[number];
const HIVE_DIR = join(repoRoot, 'bench', 'hive');
const HIVE_BIN = join(HIVE_DIR, 'node_modules', '@graphql-hive', 'gateway', 'dist', 'bin.js');
const HIVE_RUST = join(HIVE_DIR, 'node_modules', '@graphql-hive', 'router-runtime', 'package.json');
const HIVE_CONFIG = join(HIVE_DIR, 'gateway.config.mjs');
const HIVE_RUST_CONFIG = join(HIVE_DIR, 'gateway.rust.config.mjs');
/** Gateways that execute subscriptions (Apollo Gateway does not). */
const SUBSCRIBES: readonly GatewayName[] = ['router', 'router-nomerge', 'hive', 'hive-rust'];

/**
 * The two operations. Both are anonymous (no gateway needs to know our tokens) and neither is
 * cacheable (no @cacheControl), so the router's response cache is on but answers none of them.
 * `nested`: no entity chain crosses four subgraphs without a signed-in user (User is the only shared
 * entity, and its fields from work are private), so it combines three root fields — polls, basics,
 * games — with an entity step from polls into identity (`createdBy { displayName }`).
 */
function queries(pollId: string): Record<QueryName, string> {
  const vars =
    'query Nested($id: ID!) { poll(id: $id) { question status options { label } results { totalVotes totals { votes } } createdBy { displayName } } ' +
    'counter(name: "bench") { value } guessingRules { min max } }';
  return {
    single: '{ counter(name: "bench") { name value } }',
    nested:
      `{ poll(id: "${pollId}") { question status options { label } results { totalVotes totals { votes } } createdBy { displayName } } ` +
      'counter(name: "bench") { value } guessingRules { min max } }',
    // (a) the nested query, its poll drawn per request from `--ids` distinct polls: nothing to merge.
    'nested-vars': vars,
    // (b) as (a), each request also signed in as one of `--users` distinct users (Authorization: Bearer).
    users: vars,
    // (c) twenty operations weighted like an app, signed in, plus subscriptions (bench/lib/app-mix.ts).
    mix: `${MIX_OPERATIONS.length} operations (${MIX_OPERATIONS.map((op) => `${op.name} ${op.weight} %`).join(', ')}), one pollResultsChanged subscription per ${CLIENTS_PER_SUBSCRIPTION} virtual users`,
  };
}

/** Runs `count` tasks, `parallel` at a time. */
async function pool<T>(count: number, parallel: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array<T>(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(parallel, count) }, async () => {
      while (next < count) {
        const i = next++;
        out[i] = await task(i);
      }
    }),
  );
  return out;
}

/** A signed-in bench user's tokens; the access token lasts 15 minutes, so long runs refresh it. */
interface Session {
  accessToken: string;
  refreshToken: string;
}

/** Signs up a fresh user through our router; returns its tokens. */
async function signUp(routerUrl: string): Promise<Session> {
  const res = await postJson(routerUrl, {
    query: 'mutation($input: SignUpInput!) { signUp(input: $input) { accessToken refreshToken errors { message } } }',
    variables: {
      input: { email: `bench-${randomBytes(6).toString('hex')}@example.com`, password: 'bench-password-1234', displayName: 'Bench' },
    },
  });
  const tokens = (JSON.parse(res.text) as { data?: { signUp?: Partial<Session> } }).data?.signUp;
  if (!tokens?.accessToken || !tokens.refreshToken) throw new Error(`signUp failed: ${res.text.slice(0, 500)}`);
  return { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken };
}

/** Trades a session's refresh token for new tokens through our router (in place). */
async function refreshSession(routerUrl: string, session: Session): Promise<void> {
  const res = await postJson(routerUrl, {
    query: 'mutation($t: String!) { refreshAccessToken(refreshToken: $t) { accessToken refreshToken errors { message } } }',
    variables: { t: session.refreshToken },
  });
  const tokens = (JSON.parse(res.text) as { data?: { refreshAccessToken?: Partial<Session> } }).data?.refreshAccessToken;
  if (!tokens?.accessToken || !tokens.refreshToken) throw new Error(`refreshAccessToken failed: ${res.text.slice(0, 500)}`);
  Object.assign(session, tokens);
}

/** Creates one poll as `token`'s user; returns its id. */
async function createPoll(routerUrl: string, token: string, n: number): Promise<string> {
  const created = await postJson(
    routerUrl,
    {
      query: 'mutation($input: CreatePollInput!) { createPoll(input: $input) { poll { id } errors { message } } }',
      variables: { input: { question: `Which gateway is fastest? (${n})`, options: ['router', 'apollo', 'hive'] } },
    },
    { authorization: `Bearer ${token}` },
  );
  const id = (JSON.parse(created.text) as { data?: { createPoll?: { poll?: { id?: string } } } }).data?.createPoll?.poll?.id;
  if (!id) throw new Error(`createPoll failed: ${created.text.slice(0, 500)}`);
  return id;
}

interface GatewayRun {
  gateway: GatewayName;
  query: QueryName;
  concurrency: number;
  round: number;
  load: LoadResult;
  /** Gateway CPU ms (user + system) per request, warm-up included. */
  gatewayCpuMs: number | null;
  /** All subgraph processes together, CPU ms per request. */
  subgraphsCpuMs: number | null;
  loadgenCpuMs: number | null;
  /** Gateway resident memory right after the run. */
  gatewayRssMb: number | null;
  /**
   * Gateway resident memory sampled every 250 ms over warm-up and recorded window: mean and peak.
   * One reading after the run catches the garbage-collected heap anywhere on its saw-tooth (the same
   * process read 351–514 MB after eight consecutive runs of one workload); the mean does not.
   */
  gatewayRssMeanMb: number | null;
  gatewayRssPeakMb: number | null;
  busyBefore: number | null;
  /** Workload `mix`: subscriptions open during the run (null: the gateway runs none) and events they received per second. */
  subscriptions: number | null;
  subscriptionEventsPerS: number | null;
}

/** Samples `pid`'s resident memory every 250 ms until the returned function is called; it answers mean and peak (MB). */
function sampleRss(pid: number): () => { mean: number; peak: number } | null {
  const samples: number[] = [];
  const take = () => {
    const rss = rssBytes(pid);
    if (rss !== null) samples.push(rss / 1024 / 1024);
  };
  take();
  const timer = setInterval(take, 250);
  return () => {
    clearInterval(timer);
    take();
    if (!samples.length) return null;
    return { mean: round(samples.reduce((a, b) => a + b, 0) / samples.length, 1), peak: round(Math.max(...samples), 1) };
  };
}

/** `--perf` needs Linux perf on the PATH (Debian: linux-perf) and the right to sample other processes. */
function ensurePerf(): void {
  try {
    execFileSync('perf', ['--version'], { stdio: 'ignore' });
  } catch {
    throw new Error('--perf: the perf command is not installed (Debian: apt-get install linux-perf)');
  }
}

/**
 * Samples process `pid` with perf (call graphs, 999 Hz, monotonic clock to match the JIT dump) over
 * the recorded `durationS` that follow `warmupS` of warm-up, then names its JavaScript frames with
 * `perf inject --jit` into `file`; resolves when that is written. Unlike V8's `--cpu-prof`, perf
 * samples only what runs on a CPU (kernel, libuv and V8's own threads included), so time a pinned
 * process spends preempted is not charged to the function it was preempted in.
 */
async function recordPerf(pid: number, file: string, warmupS: number, durationS: number): Promise<void> {
  const raw = `${file}.raw`;
  const run = (args: string[]) =>
    new Promise<void>((resolve) => {
      const child = spawn('perf', args, { stdio: ['ignore', 'ignore', 'pipe'] });
      let errors = '';
      child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
      child.once('close', (code) => {
        if (code !== 0) process.stderr.write(`    perf ${args[0]} exited ${code}: ${errors.trim().slice(0, 300)}\n`);
        resolve();
      });
    });
  const [warmup, total] = [String(warmupS * 1000), String(warmupS + durationS)];
  await run(['record', '-q', '-k', 'mono', '-F', '999', '-g', '-p', String(pid), '-D', warmup, '-o', raw, '--', 'sleep', total]);
  await run(['inject', '--jit', '-i', raw, '-o', file]);
  rmSync(raw, { force: true });
}

/** Installs Hive Gateway into bench/hive/node_modules when it is not there yet (not a project dependency). */
function ensureHive(): void {
  if (existsSync(HIVE_BIN) && existsSync(HIVE_RUST)) return;
  process.stderr.write('installing Hive Gateway into bench/hive/node_modules (npm install --prefix bench/hive) ...\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['install', '--prefix', HIVE_DIR, '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (!existsSync(HIVE_BIN) || !existsSync(HIVE_RUST)) throw new Error(`Hive Gateway not found at ${HIVE_BIN} after npm install`);
}

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, text: await res.text() };
}

/** Polls a gateway with `{ __typename }` until it answers 200. */
async function waitForGraphQL(url: string, child: Child, timeoutMs = 60_000): Promise<void> {
  const begin = performance.now();
  let last = '';
  while (performance.now() - begin < timeoutMs) {
    if (child.process.exitCode !== null) throw new Error(`${child.name} exited:\n${child.output().slice(-4000)}`);
    try {
      const res = await postJson(url, { query: '{ __typename }' });
      if (res.status === 200) return;
      last = `HTTP ${res.status} ${res.text.slice(0, 200)}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} not answering after ${timeoutMs} ms (last: ${last})\n${child.output().slice(-4000)}`);
}

/**
 * Creates the data the queries read, through our router: `ids` polls (by up to 20 users) and `users`
 * signed-in users. Returns the poll ids and the users' access tokens (15 minutes: enough for a run).
 */
async function seed(routerUrl: string, ids: number, users: number): Promise<{ pollIds: string[]; sessions: Session[] }> {
  const authors = await pool(Math.min(20, ids), 4, () => signUp(routerUrl));
  const pollIds = await pool(ids, 16, (i) => createPoll(routerUrl, authors[i % authors.length]!.accessToken, i));
  const sessions = users ? await pool(users, 4, () => signUp(routerUrl)) : [];
  return { pollIds, sessions };
}

/**
 * Before workload `mix` is measured: every operation answers without errors on every gateway, the
 * deterministic reads answer alike, and a subscription opened on each gateway that runs them
 * receives the event of a vote changed through our router.
 */
async function checkMix(
  targets: GatewayName[],
  postTo: (g: GatewayName) => (body: unknown, headers?: Record<string, string>) => Promise<{ status: number; text: string }>,
  urls: Record<GatewayName, string>,
  mix: { data: MixData; headersOf: (user: MixUser) => Record<string, string> },
): Promise<void> {
  const same = ['counter', 'units', 'me', 'guessingRules', 'oauthProviders', 'matchmakingStatus'];
  let reference: Record<string, string> | undefined;
  for (const g of targets) {
    const answers = await tryEveryOperation(postTo(g), mix.data, mix.headersOf);
    for (const [name, text] of Object.entries(answers)) {
      if (!text.startsWith('{"data":') || text.includes('"errors"')) throw new Error(`${g} mix ${name}: ${text.slice(0, 500)}`);
      answers[name] = JSON.stringify(JSON.parse(text)); // the same JSON, whatever the whitespace
    }
    reference ??= answers;
    for (const name of same) {
      if (answers[name] !== reference[name])
        throw new Error(`${g} answers mix ${name} differently:\n${answers[name]}\nvs\n${reference[name]}`);
    }
  }
  const hot = mix.data.hot[0]!;
  const voter = mix.data.users[0]!;
  for (const g of targets.filter((t) => SUBSCRIBES.includes(t))) {
    const subscription = await openSubscriptions(urls[g], 1, { ...mix.data, hot: [hot] });
    try {
      const deadline = Date.now() + 10_000;
      let option = 0;
      while (subscription.take() === 0) {
        if (subscription.errors.length) throw new Error(`${g}: subscription failed: ${subscription.errors.join(' | ')}`);
        if (Date.now() > deadline) throw new Error(`${g}: no pollResultsChanged event within 10 s of a changed vote`);
        await postTo('router')(
          {
            query: 'mutation($p: ID!, $o: ID!) { changeVote(pollId: $p, optionId: $o) { option { id } } }',
            variables: { p: hot.id, o: hot.optionIds[option++ % hot.optionIds.length] },
          },
          { authorization: `Bearer ${voter.token}` },
        );
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    } finally {
      await subscription.stop();
    }
  }
}

/** Runs the benchmark with options from the command line; see bench/README.md. */
export async function gateways(args: BenchArgs): Promise<void> {
  const concurrencies = args.integers('concurrency', [16, 64], 1, 512);
  const durationS = args.number('duration', 10, 1, 300);
  const warmupS = args.number('warmup', 2, 0, 60);
  const rounds = args.number('rounds', 3, 1, 20);
  const waitQuietS = args.number('wait-quiet', 0, 0, 3600);
  const only = args.choice<'all' | GatewayName>('gateway', ['all', ...GATEWAYS], 'all');
  const queryChoice = args.choice<'all' | QueryName>('query', ['all', ...QUERY_NAMES], 'all');
  const idCount = args.number('ids', 10_000, 1, 100_000);
  const userCount = args.number('users', 1_000, 1, 10_000);
  const mixUserCount = args.number('mix-users', 200, 1, 10_000);
  const cpuProf = args.flag('cpu-prof');
  // `--perf`: Linux perf samples each gateway during its recorded seconds (bench/README.md, gateways).
  const perf = args.flag('perf');
  args.rejectUnknown();
  if (perf) ensurePerf();
  const targets = only === 'all' ? [...GATEWAYS] : [only];
  const queryNames = queryChoice === 'all' ? [...QUERY_NAMES] : [queryChoice];
  if (targets.includes('hive') || targets.includes('hive-rust')) ensureHive();
  if (!pinSelf(PIN.load)) process.stderr.write('warning: taskset could not pin the load generator; running unpinned\n');

  const machine = describeMachine();
  const dataDir = mkdtempSync(join(tmpdir(), 'hubgraph-bench-'));
  const profileDir = join(repoRoot, 'bench', 'results', 'profiles');
  let snapshot: BuildSnapshot | undefined;
  const cleanup = () => {
    rmSync(dataDir, { recursive: true, force: true });
    snapshot?.remove();
  };
  const unregister = onInterrupt(cleanup);
  try {
    snapshot = await snapshotBuild();
    const serve = join(snapshot.dist, 'scripts', 'serve.js');
    const common = {
      NODE_ENV: 'production',
      ...generateRouterKeys(),
      LOG_LEVEL: 'warn',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
    };
    // Subgraphs: production processes, but answering requests without the router's signed header
    // (REQUIRE_ROUTER=false), as anonymous, so that foreign gateways can reach them. Our router still
    // sends its signed header and the subgraphs still verify it.
    const ports = Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (name) => [name, await freePort()] as const)));
    const subgraphs = SUBGRAPHS.map((name) =>
      spawnChild({
        name,
        args: [serve, name],
        nodeArgs: cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${join(profileDir, name)}`] : [],
        env: { ...common, PORT: String(ports[name]), REQUIRE_ROUTER: 'false' },
        cpus: PIN.subgraphs,
      }),
    );
    await Promise.all(
      subgraphs.map((child) => waitForReady(`http://127.0.0.1:${ports[child.name]}/ready`, { timeoutMs: 60_000, child, intervalMs: 100 })),
    );

    // One supergraph file for every gateway: the committed one with the started subgraphs' URLs;
    // subgraphs not started point at the discard port, where nothing listens.
    const supergraphPath = join(dataDir, 'supergraph.graphql');
    const committed = readFileSync(join(repoRoot, 'schema', 'supergraph.graphql'), 'utf8');
    writeFileSync(
      supergraphPath,
      committed.replace(/@join__graph\(name: "([^"]+)", url: "[^"]+"\)/g, (_m, name: string) => {
        const port = (ports as Record<string, number | undefined>)[name];
        return `@join__graph(name: "${name}", url: "http://127.0.0.1:${port ?? 9}/graphql")`;
      }),
    );

    // With --perf every gateway writes a jit-<pid>.dump (in its working directory, the profiles folder):
    // which JavaScript function occupied which code address when, so that `perf inject --jit` names
    // each sample by the code that ran then. (A /tmp/perf-<pid>.map, --perf-basic-prof, has no times:
    // code collected at startup and its addresses reused later leave stale names, such as module
    // loading inside a request handler.)
    const perfDir = perf ? profileDir : undefined;
    if (perfDir) mkdirSync(perfDir, { recursive: true });
    const gatewayNodeArgs = perf ? ['--perf-prof', '--interpreted-frames-native-stack'] : [];
    const hiveNodeOptions: Record<string, string> = perf ? { NODE_OPTIONS: '--perf-prof --interpreted-frames-native-stack' } : {};
    const gatewayPorts = Object.fromEntries(await Promise.all(GATEWAYS.map(async (g) => [g, await freePort()] as const))) as Record<
      GatewayName,
      number
    >;
    const urls = Object.fromEntries(GATEWAYS.map((g) => [g, `http://127.0.0.1:${gatewayPorts[g]}/graphql`])) as Record<GatewayName, string>;
    const children = {} as Record<GatewayName, Child>;
    // (a) our router, as in production: limits, rate limit (raised out of reach, still running),
    // APQ (memory), response cache on, metrics plugin, operation log at info (LOG_LEVEL=info so the
    // per-operation line is written, as in production).
    children.router = spawnChild({
      name: 'router',
      args: [serve, 'router'],
      nodeArgs: [...gatewayNodeArgs, ...(cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
      env: {
        ...common,
        LOG_LEVEL: 'info',
        ROUTER_PORT: String(gatewayPorts.router),
        SUPERGRAPH_PATH: supergraphPath,
        RATE_LIMIT_ANONYMOUS_POINTS: '1000000000',
        RATE_LIMIT_USER_POINTS: '1000000000',
      },
      cpus: PIN.gateway,
      cwd: perfDir,
    });
    // (a') the same router with in-flight merging and batching off: every subgraph query is its own request.
    if (targets.includes('router-nomerge')) {
      children['router-nomerge'] = spawnChild({
        name: 'router-nomerge',
        args: [serve, 'router'],
        nodeArgs: [...gatewayNodeArgs, ...(cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])],
        env: {
          ...common,
          LOG_LEVEL: 'info',
          ROUTER_PORT: String(gatewayPorts['router-nomerge']),
          SUPERGRAPH_PATH: supergraphPath,
          RATE_LIMIT_ANONYMOUS_POINTS: '1000000000',
          RATE_LIMIT_USER_POINTS: '1000000000',
          SUBGRAPH_MERGE_INFLIGHT: 'false',
          OPERATION_MERGE_INFLIGHT: 'false',
          SUBGRAPH_BATCH_MAX: '0',
        },
        cpus: PIN.gateway,
        cwd: perfDir,
      });
    }
    if (targets.includes('apollo')) {
      children.apollo = spawnChild({
        name: 'apollo',
        args: [join(snapshot.dist, 'bench', 'fixtures', 'apollo-gateway.js')],
        nodeArgs: gatewayNodeArgs,
        env: { NODE_ENV: 'production', SUPERGRAPH_PATH: supergraphPath, PORT: String(gatewayPorts.apollo) },
        cpus: PIN.gateway,
        cwd: perfDir,
      });
    }
    if (targets.includes('hive')) {
      children.hive = spawnChild({
        name: 'hive',
        args: [HIVE_BIN, 'supergraph', supergraphPath, '-c', HIVE_CONFIG, '--host', '127.0.0.1', '--port', String(gatewayPorts.hive)],
        env: { NODE_ENV: 'production', ...hiveNodeOptions },
        cpus: PIN.gateway,
        cwd: perfDir,
      });
    }
    if (targets.includes('hive-rust')) {
      children['hive-rust'] = spawnChild({
        name: 'hive-rust',
        args: [
          HIVE_BIN,
          'supergraph',
          supergraphPath,
          '-c',
          HIVE_RUST_CONFIG,
          '--host',
          '127.0.0.1',
          '--port',
          String(gatewayPorts['hive-rust']),
        ],
        env: { NODE_ENV: 'production', ...hiveNodeOptions },
        cpus: PIN.gateway,
        cwd: perfDir,
      });
    }
    for (const g of Object.keys(children) as GatewayName[]) await waitForGraphQL(urls[g], children[g]);

    const needsIds = queryNames.some((q) => q === 'nested-vars' || q === 'users' || q === 'mix');
    const usersNeeded = Math.max(queryNames.includes('users') ? userCount : 0, queryNames.includes('mix') ? mixUserCount : 0);
    process.stderr.write(`seeding ${needsIds ? idCount : 1} poll(s) and ${usersNeeded} user(s) ...\n`);
    const seeded = await seed(urls.router, needsIds ? idCount : 1, usersNeeded);
    const { pollIds, sessions } = seeded;
    // `tokens[i]` is `sessions[i]`'s access token, renewed in place before it can expire mid-run.
    const tokens = sessions.map((s) => s.accessToken);
    let tokensAt = Date.now();
    const freshTokens = async () => {
      if (Date.now() - tokensAt < 8 * 60_000) return;
      process.stderr.write(`  refreshing ${sessions.length} access tokens ...\n`);
      await pool(sessions.length, 8, (i) => refreshSession(urls.router, sessions[i]!));
      sessions.forEach((s, i) => (tokens[i] = s.accessToken));
      mix?.data.users.forEach((user, i) => (user.token = sessions[i]!.accessToken));
      signedIn?.users.forEach((user, i) => (user.token = sessions[i]!.accessToken));
      tokensAt = Date.now();
    };
    const postTo = (g: GatewayName) => (body: unknown, headers?: Record<string, string>) => postJson(urls[g], body, headers);
    let mix: { data: MixData; headersOf: (user: MixUser) => Record<string, string>; stop: () => void } | undefined;
    if (queryNames.includes('mix')) {
      process.stderr.write(`seeding the mix: hot polls and a vote in each by ${mixUserCount} users ...\n`);
      const data = await seedMix(postTo('router'), tokens.slice(0, mixUserCount), pollIds, pool);
      const identities = await forwardedIdentities(common.ROUTER_SIGNING_KEY, data.users);
      mix = { data, ...identities };
    }
    // (b): the same per-subgraph forwarded identities as the mix, so that the subgraphs verify a signed
    // identity per user whichever gateway sends the request; our router signs its own and ignores these.
    let signedIn: { users: MixUser[]; headersOf: (user: MixUser) => Record<string, string>; stop: () => void } | undefined;
    if (queryNames.includes('users')) {
      const users = tokens.slice(0, userCount).map((token) => ({ token, userId: tokenSubject(token) }));
      signedIn = { users, ...(await forwardedIdentities(common.ROUTER_SIGNING_KEY, users)) };
    }
    const ops = queries(pollIds[0]!);
    const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)]!;
    /** Each workload's request body and headers: fixed for single/nested, drawn per request for the others. */
    const workload = (q: QueryName): { body: string | (() => string); headers?: () => Record<string, string> } => {
      if (q === 'mix') return mixWorkload(mix!.data, mix!.headersOf);
      if (q === 'single' || q === 'nested') return { body: JSON.stringify({ query: ops[q] }) };
      const body = () => JSON.stringify({ query: ops[q], variables: { id: pick(pollIds) } });
      if (q === 'nested-vars') return { body };
      // `body()` and then `headers()` are asked for each request: the user drawn in one is used by the other.
      let user = signedIn!.users[0]!;
      return {
        body: () => {
          user = pick(signedIn!.users);
          return body();
        },
        headers: () => ({ authorization: `Bearer ${user.token}`, ...signedIn!.headersOf(user) }),
      };
    };
    // Every gateway must give the same answer to each query before anything is measured.
    for (const q of queryNames) {
      if (q === 'mix') {
        await checkMix(targets, postTo, urls, mix!);
        continue;
      }
      let reference: string | undefined;
      for (const g of targets) {
        const res = await postJson(
          urls[g],
          q === 'single' || q === 'nested' ? { query: ops[q] } : { query: ops[q], variables: { id: pollIds[0] } },
          q === 'users' ? { authorization: `Bearer ${signedIn!.users[0]!.token}`, ...signedIn!.headersOf(signedIn!.users[0]!) } : {},
        );
        const normalised = res.status === 200 ? JSON.stringify(JSON.parse(res.text)) : `HTTP ${res.status} ${res.text}`;
        if (res.status !== 200 || normalised.includes('"errors"')) throw new Error(`${g} ${q}: ${normalised.slice(0, 500)}`);
        reference ??= normalised;
        if (normalised !== reference) throw new Error(`${g} answers ${q} differently:\n${normalised}\nvs\n${reference}`);
      }
    }

    const loadBefore = loadavg();
    const runs: GatewayRun[] = [];
    for (const q of queryNames) {
      const { body, headers } = workload(q);
      // One unrecorded run through our router first, so that whichever gateway is measured first does
      // not pay alone for subgraphs still cold from the seeding (cold code paths and pages, its garbage).
      await freshTokens();
      await runLoad({
        url: urls.router,
        body,
        headers,
        concurrency: Math.max(...concurrencies),
        warmupMs: 0,
        durationMs: (warmupS + 5) * 1000,
      });
      for (const concurrency of concurrencies) {
        for (let r = 1; r <= rounds; r++) {
          // Rotate the order every round: A,B,C then B,C,A then C,A,B.
          const order = targets.map((_, i) => targets[(i + r - 1) % targets.length]!);
          for (const g of order) {
            const gateway = children[g];
            await freshTokens();
            const busyBefore = await waitForQuiet(waitQuietS);
            const gwBefore = cpuTimeMs(gateway.pid);
            const sgBefore = subgraphs.map((s) => cpuTimeMs(s.pid));
            const selfBefore = process.cpuUsage();
            process.stderr.write(`  ${g.padEnd(6)} ${q} c=${concurrency} round ${r}/${rounds}\n`);
            const subscriptions =
              q === 'mix' && SUBSCRIBES.includes(g)
                ? await openSubscriptions(urls[g], Math.ceil(concurrency / CLIENTS_PER_SUBSCRIPTION), mix!.data)
                : null;
            subscriptions?.take();
            const recording = perf
              ? recordPerf(gateway.pid, join(profileDir, `perf-${g}-${q}-c${concurrency}-r${r}.data`), warmupS, durationS)
              : undefined;
            const memory = sampleRss(gateway.pid);
            const load = await runLoad({
              url: urls[g],
              body,
              headers,
              concurrency,
              warmupMs: warmupS * 1000,
              durationMs: durationS * 1000,
            });
            const self = process.cpuUsage(selfBefore);
            const rssSeen = memory();
            await recording;
            const subscriptionEvents = subscriptions?.take() ?? null;
            await subscriptions?.stop();
            if (subscriptions?.errors.length) process.stderr.write(`    ${g} subscription errors: ${subscriptions.errors.join(' | ')}\n`);
            const gwAfter = cpuTimeMs(gateway.pid);
            const sgAfter = subgraphs.map((s) => cpuTimeMs(s.pid));
            const total = load.requests + load.warmupRequests;
            const per = (used: number | null) => (used !== null && total > 0 ? round(used / total, 3) : null);
            const sgUsed =
              sgBefore.every((v) => v !== null) && sgAfter.every((v) => v !== null)
                ? sgAfter.reduce((sum, v, i) => sum! + v! - sgBefore[i]!, 0)
                : null;
            const rss = rssBytes(gateway.pid);
            runs.push({
              gateway: g,
              query: q,
              concurrency,
              round: r,
              load,
              gatewayCpuMs: per(gwBefore !== null && gwAfter !== null ? gwAfter - gwBefore : null),
              subgraphsCpuMs: per(sgUsed),
              loadgenCpuMs: per((self.user + self.system) / 1000),
              gatewayRssMb: rss === null ? null : round(rss / 1024 / 1024, 1),
              gatewayRssMeanMb: rssSeen?.mean ?? null,
              gatewayRssPeakMb: rssSeen?.peak ?? null,
              busyBefore,
              subscriptions: subscriptions ? subscriptions.open : null,
              subscriptionEventsPerS:
                subscriptionEvents === null
                  ? null
                  : round(subscriptionEvents / ((warmupS + durationS) * Math.max(1, subscriptions!.open)), 2),
            });
            // A gateway that times out or fails is a result (the errors column), not a reason to lose the run.
            if (load.errors)
              process.stderr.write(`    ${g} ${q}: ${load.errors} failed requests, e.g. ${load.errorSamples.slice(0, 2).join(' | ')}\n`);
          }
        }
      }
    }
    const loadAfter = loadavg();
    mix?.stop();
    signedIn?.stop();

    // Medians over rounds, with the spread (min–max) of RPS, per gateway, query and concurrency.
    const summary = queryNames.flatMap((q) =>
      concurrencies.flatMap((concurrency) => {
        const of = (g: GatewayName) => runs.filter((x) => x.gateway === g && x.query === q && x.concurrency === concurrency);
        const med = (values: (number | null)[], digits = 3) => {
          const present = values.filter((v): v is number => v !== null);
          return present.length ? round(summarizeSeries(present).median, digits) : null;
        };
        // Hive Gateway's best configuration (default planner or Rust planner) on this query and concurrency.
        const hiveMedians = (['hive', 'hive-rust'] as const)
          .filter((h) => targets.includes(h))
          .map((h) => med(of(h).map((x) => x.load.rps)) ?? 0);
        const hiveRps = hiveMedians.length ? Math.max(...hiveMedians) : null;
        return targets.map((g) => {
          const rs = of(g);
          const rps = rs.map((x) => x.load.rps);
          const rpsMedian = med(rps)!;
          return {
            gateway: g,
            query: q,
            concurrency,
            rps: round(rpsMedian, 0),
            rpsMin: round(Math.min(...rps), 0),
            rpsMax: round(Math.max(...rps), 0),
            rpsVsHive: hiveRps ? round(rpsMedian / hiveRps, 2) : null,
            p50: round(med(rs.map((x) => x.load.latency.p50))!, 2),
            p99: round(med(rs.map((x) => x.load.latency.p99))!, 2),
            gatewayCpuMs: med(rs.map((x) => x.gatewayCpuMs)),
            subgraphsCpuMs: med(rs.map((x) => x.subgraphsCpuMs)),
            gatewayRssMeanMb: med(
              rs.map((x) => x.gatewayRssMeanMb),
              0,
            ),
            gatewayRssPeakMb: med(
              rs.map((x) => x.gatewayRssPeakMb),
              0,
            ),
            errors: rs.reduce((sum, x) => sum + x.load.errors, 0),
            subscriptions: rs[0]?.subscriptions ?? null,
            subscriptionEventsPerS: med(rs.map((x) => x.subscriptionEventsPerS)),
            busyMax: Math.max(...rs.map((x) => x.busyBefore ?? 0)),
          };
        });
      }),
    );

    const markdown = [
      '| query | conc | gateway | rps (median) | rps min–max | rps / best Hive | p50 ms | p99 ms | gateway CPU ms/req | subgraphs CPU ms/req | gateway RSS MB mean (peak) | errors | subscriptions: open, events/s each |',
      '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
      ...summary.map(
        (s) =>
          `| ${s.query} | ${s.concurrency} | ${s.gateway} | ${s.rps.toLocaleString('en')} | ${s.rpsMin.toLocaleString('en')}–${s.rpsMax.toLocaleString('en')} | ${s.rpsVsHive ?? '–'} | ${s.p50} | ${s.p99} | ${s.gatewayCpuMs ?? '–'} | ${s.subgraphsCpuMs ?? '–'} | ${s.gatewayRssMeanMb ?? '–'} (${s.gatewayRssPeakMb ?? '–'}) | ${s.errors} | ${s.query !== 'mix' ? '–' : s.subscriptions === null ? 'none (no subscriptions)' : `${s.subscriptions}, ${s.subscriptionEventsPerS}`} |`,
      ),
    ].join('\n');
    const perRun = formatTable(
      [
        'query',
        'conc',
        'round',
        'gateway',
        'requests',
        'errors',
        'rps',
        'p50 ms',
        'p99 ms',
        'gw cpu/req',
        'sg cpu/req',
        'load cpu/req',
        'gw RSS MB',
        'RSS mean',
        'RSS peak',
        'busy before',
        'subs',
        'events/s/sub',
      ],
      runs.map((r) => [
        r.query,
        r.concurrency,
        r.round,
        r.gateway,
        r.load.requests,
        r.load.errors,
        round(r.load.rps, 0),
        round(r.load.latency.p50, 2),
        round(r.load.latency.p99, 2),
        r.gatewayCpuMs,
        r.subgraphsCpuMs,
        r.loadgenCpuMs,
        r.gatewayRssMb,
        r.gatewayRssMeanMb,
        r.gatewayRssPeakMb,
        r.busyBefore === null ? null : `${Math.round(r.busyBefore * 100)}%`,
        r.subscriptions,
        r.subscriptionEventsPerS,
      ]),
    );
    process.stdout.write(
      `\ngateways: ${targets.join(', ')}; ${rounds} interleaved round(s); ${warmupS} s warm-up + ${durationS} s per run\n` +
        `pinned: load generator and subgraphs (${SUBGRAPHS.join(', ')}) on CPU ${PIN.load}, the gateway under test on CPU ${PIN.gateway}\n` +
        `1-min load average before/after: ${loadBefore[0]!.toFixed(2)}/${loadAfter[0]!.toFixed(2)}\n\n` +
        Object.entries(ops)
          .filter(([q]) => queryNames.includes(q as QueryName))
          .map(([q, text]) => `${q}: ${text}`)
          .join('\n') +
        `\n\n${perRun}\n\n${markdown}\n`,
    );
    const path = writeResult('gateways', {
      benchmark: 'gateways',
      command: `npm run bench -- gateways ${process.argv.slice(3).join(' ')}`.trim(),
      machine,
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadAfter,
      parameters: {
        queries: Object.fromEntries(queryNames.map((q) => [q, ops[q]])),
        concurrencies,
        warmupS,
        durationS,
        rounds,
        waitQuietS,
        distinctPollIds: needsIds ? idCount : 1,
        distinctUsers: tokens.length,
        mixUsers: mix ? mix.data.users.length : 0,
        pin: PIN,
        hiveGateway: JSON.parse(readFileSync(join(HIVE_DIR, 'package.json'), 'utf8')).dependencies,
        layout:
          'subgraphs identity, basics, polls, games: one production process each (REQUIRE_ROUTER=false, LOG_LEVEL=warn, SQLite); ' +
          'router: dist/scripts/serve.js router, NODE_ENV=production, LOG_LEVEL=info, response cache on, rate limit raised out of reach; ' +
          'router-nomerge: the same with SUBGRAPH_MERGE_INFLIGHT=false, OPERATION_MERGE_INFLIGHT=false and SUBGRAPH_BATCH_MAX=0; ' +
          'apollo: bench/fixtures/apollo-gateway.ts; hive: hive-gateway supergraph <file> (defaults); ' +
          'hive: -c bench/hive/gateway.config.mjs, hive-rust: -c bench/hive/gateway.rust.config.mjs (unifiedGraphHandler of @graphql-hive/router-runtime); ' +
          'both: subgraph subscriptions over graphql-ws, and the bench-signed per-subgraph identity (mix) passed on as x-hubgraph-auth',
      },
      summary,
      runs: runs.map((r) => ({
        gateway: r.gateway,
        query: r.query,
        concurrency: r.concurrency,
        round: r.round,
        requests: r.load.requests,
        warmupRequests: r.load.warmupRequests,
        errors: r.load.errors,
        rps: round(r.load.rps, 1),
        latencyMs: Object.fromEntries(Object.entries(r.load.latency).map(([k, v]) => [k, round(v, 3)])),
        gatewayCpuMsPerRequest: r.gatewayCpuMs,
        subgraphsCpuMsPerRequest: r.subgraphsCpuMs,
        loadgenCpuMsPerRequest: r.loadgenCpuMs,
        gatewayRssMb: r.gatewayRssMb,
        gatewayRssMeanMb: r.gatewayRssMeanMb,
        gatewayRssPeakMb: r.gatewayRssPeakMb,
        machineCpuBusyBefore: r.busyBefore === null ? null : round(r.busyBefore, 2),
        subscriptions: r.subscriptions,
        subscriptionEventsPerS: r.subscriptionEventsPerS,
      })),
    });
    process.stdout.write(`\nwrote ${path}\n`);
  } finally {
    unregister();
    await stopAll();
    cleanup();
  }
}
