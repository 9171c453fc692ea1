/**
 * rides: (1) position updates ingested per second with N drivers each reporting once a second through
 * the router while N riders watch their ride (`rideUpdates`) over graphql-ws through the router:
 * delivery latency from the report's timestamp to the rider's socket, and CPU per update of the rides
 * process and of the router process. identity, rides and the router run as their own processes
 * (dist/scripts/serve.js), the drivers and the riders as two more (bench/fixtures/rides-*.ts), so the
 * servers do not share a process with the load; the rides are set up through the router (sign-up,
 * registerDriver, goOnline, requestRide, acceptOffer). (2) nearest-driver latency with M online
 * drivers: the geo index alone, and `nearbyDrivers` through the router, in one process (the index is
 * filled straight, which only works in-process). SQLite unless MYSQL_URL / REDIS_URL are set.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import type { RunningSubgraph } from '../kit';
import { generateRouterKeys } from '../kit/src/auth';
import { newId } from '../kit/src/entity';
import { startStack, type Stack } from '../scripts/lib/stack';
import { Driver } from '../subgraphs/rides/src/entities';
import { driverIndexes } from '../subgraphs/rides/src/service';
import type { RidesConfig } from '../subgraphs/rides/src/config';
import type { BenchArgs } from './lib/args';
import type { DriversPlan } from './fixtures/rides-drivers';
import type { RidersPlan } from './fixtures/rides-riders';
import { askChild, cpuTimeMs, freePort, onInterrupt, spawnChild, stopAll, waitForReady, type Child } from './lib/proc';
import { describeMachine, formatTable, writeResult } from './lib/report';
import { snapshotBuild, type BuildSnapshot } from './lib/snapshot';
import { round, summarizeLatencies, type LatencySummary } from './lib/stats';

const CENTRE = { lat: 48.8584, lng: 2.347 };
const PASSWORD = 'bench horse battery staple';

async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: unknown[] };
}

/** The named mutation's payload, or an error with the answer when it failed. */
async function must(url: string, query: string, variables: Record<string, unknown>, token: string, field: string) {
  const body = await gql(url, query, variables, token);
  const payload = body.data?.[field];
  if (!payload || payload.errors?.length) throw new Error(`${field} failed: ${JSON.stringify(body).slice(0, 400)}`);
  return payload;
}

async function signUp(url: string, name: string): Promise<{ id: string; token: string }> {
  const body = await gql(url, 'mutation($i: SignUpInput!) { signUp(input: $i) { accessToken user { id } } }', {
    i: { email: `${name}-${randomBytes(5).toString('hex')}@bench.test`, password: PASSWORD, displayName: name },
  });
  if (!body.data?.signUp?.accessToken) throw new Error(`sign-up failed: ${JSON.stringify(body).slice(0, 300)}`);
  return { id: body.data.signUp.user.id, token: body.data.signUp.accessToken };
}

async function inBatches<T, R>(items: readonly T[], limit: number, work: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await work(items[i]!, i);
      }
    }),
  );
  return out;
}

/** The grid step (km) of {@link scatter} for `n` members over `spreadKm`. */
const gridStepKm = (n: number, spreadKm: number) => spreadKm / Math.ceil(Math.sqrt(n));

/** A point on a grid of ~`spreadKm` around the centre, for member `i` of `n`. */
function scatter(i: number, n: number, spreadKm: number) {
  const side = Math.ceil(Math.sqrt(n));
  const step = spreadKm / side;
  return {
    lat: CENTRE.lat + ((Math.floor(i / side) - side / 2) * step) / 111.2,
    lng: CENTRE.lng + (((i % side) - side / 2) * step) / 73.1,
  };
}

const REGISTER = 'mutation($i: RegisterDriverInput!) { registerDriver(input: $i) { driver { id } errors { code message } } }';
const GO_ONLINE = 'mutation($p: ReportPositionInput!) { goOnline(position: $p) { driver { status } errors { code message } } }';
const REQUEST = 'mutation($i: RequestRideInput!) { requestRide(input: $i) { ride { id status } errors { code message } } }';
const MY_OFFER = 'query { myOffer { id ride { id } } }';
const ACCEPT = 'mutation($id: ID!) { acceptOffer(offerId: $id) { offer { status } errors { code message } } }';
const NEARBY = `query($p: GeoPointInput!) { nearbyDrivers(near: $p, radiusKm: 3, first: 10) { totalCount edges { node { driver { id } distanceKm } } } }`;

interface DriversResult {
  error?: string;
  sent: number;
  accepted: number;
  refusedBy: Record<string, number>;
  lateStarts: number;
  sendingSeconds: number;
  seconds: number;
  answerMs: LatencySummary;
}
interface RidersReady {
  subscribed: number;
  failures: number;
  failureSamples: string[];
  seconds: number | null;
}
interface RidersResult {
  deliveries: number;
  latency: LatencySummary;
}

/** CPU ms of each child now (null where /proc is missing). */
function cpuOf(children: Child[]): Record<string, number | null> {
  return Object.fromEntries(children.map((c) => [c.name, cpuTimeMs(c.pid)]));
}

/**
 * The ingest through the router with every server and both load generators in their own process;
 * returns what the report shows (and the JSON keeps).
 */
async function ingestInProcesses(
  snapshot: BuildSnapshot,
  options: {
    drivers: number;
    seconds: number;
    sockets: number;
    reporterCacheMs: number;
    profileDir: string | null;
    dataDir: string;
    backendEnv: Record<string, string>;
  },
) {
  const { drivers, seconds } = options;
  const serve = join(snapshot.dist, 'scripts', 'serve.js');
  const [identityPort, ridesPort, routerPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const common: Record<string, string> = {
    NODE_ENV: 'test',
    ...generateRouterKeys(),
    LOG_LEVEL: 'error',
    HOST: '127.0.0.1',
    DATA_DIR: options.dataDir,
    ...options.backendEnv,
    // 2 × N sign-ups: real argon2id at the test cost (kit/src/passwords.ts allows it in NODE_ENV=test only).
    PASSWORD_HASH_MEMORY_KIB: '1024',
    PASSWORD_HASH_PASSES: '1',
  };
  const children: Child[] = [];
  const spawn = (name: string, env: Record<string, string>, nodeArgs?: string[]) => {
    const child = spawnChild({ name, args: [serve, name], env: { ...common, ...env }, nodeArgs });
    children.push(child);
    return child;
  };
  try {
    const identity = spawn('identity', { PORT: String(identityPort) });
    const rides = spawn(
      'rides',
      {
        PORT: String(ridesPort),
        RIDES_OFFER_SWEEP_MS: '0',
        RIDES_OFFER_TIMEOUT_SECONDS: '300',
        RIDES_POSITIONS_PER_SECOND: '20',
        // No pickup is within 10 m of a driver's path (see below): no ride turns ARRIVING mid-run.
        RIDES_ARRIVING_METERS: '10',
        // The set-up (2 × N sign-ups) takes minutes on a loaded machine: the goOnline positions must
        // still count as fresh when the rides are requested.
        RIDES_POSITION_STALE_SECONDS: '3600',
        RIDES_REPORTER_CACHE_MS: String(options.reporterCacheMs),
      },
      options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : undefined,
    );
    await waitForReady(`http://127.0.0.1:${identityPort}/ready`, { timeoutMs: 120_000, child: identity, intervalMs: 100 });
    await waitForReady(`http://127.0.0.1:${ridesPort}/ready`, { timeoutMs: 120_000, child: rides, intervalMs: 100 });
    const router = spawn('router', {
      ROUTER_PORT: String(routerPort),
      SUBGRAPH_URL_IDENTITY: `http://127.0.0.1:${identityPort}/graphql`,
      SUBGRAPH_URL_RIDES: `http://127.0.0.1:${ridesPort}/graphql`,
      RATE_LIMIT_ANONYMOUS_POINTS: '1000000000',
      RATE_LIMIT_USER_POINTS: '1000000000',
      ROUTER_IP_RATE_LIMIT: '0',
      ROUTER_MAX_CONNECTIONS_PER_IP: '0',
      SUBGRAPH_TIMEOUT_MS: '30000',
    });
    await waitForReady(`http://127.0.0.1:${routerPort}/ready`, {
      timeoutMs: 120_000,
      child: router,
      intervalMs: 100,
      isReady: (report) => ['identity', 'rides'].every((name) => report.checks?.[`subgraph:${name}`]?.[0]?.status === 'pass'),
    });
    const url = `http://127.0.0.1:${routerPort}/graphql`;

    // Set-up through the router, as the apps would: drivers online on a grid, each rider's ride
    // requested next to one driver and accepted by whoever was offered it.
    const setupStart = Date.now();
    console.log(`signing up ${drivers} drivers and ${drivers} riders, putting the drivers online…`);
    const driverUsers = await inBatches(Array.from({ length: drivers }), 8, async (_, i) => {
      const user = await signUp(url, `driver${i}`);
      await must(url, REGISTER, { i: { name: `Driver ${i}`, vehicle: 'Bench car' } }, user.token, 'registerDriver');
      await must(url, GO_ONLINE, { p: scatter(i, drivers, 10) }, user.token, 'goOnline');
      return user;
    });
    const riderUsers = await inBatches(Array.from({ length: drivers }), 8, (_, i) => signUp(url, `rider${i}`));
    console.log('requesting and accepting the rides…');
    const step = gridStepKm(drivers, 10);
    const rideOf = await inBatches(riderUsers, 8, async (rider, i) => {
      const at = scatter(i, drivers, 10);
      // Nearer to driver i than to any other (so each ride goes to "its" driver), and 0.1 step east
      // of the line the driver moves along (north, 11 m a second): never within RIDES_ARRIVING_METERS.
      const pickup = { lat: at.lat + (0.3 * step) / 111.2, lng: at.lng + (0.1 * step) / 73.1 };
      const dropoff = { lat: pickup.lat + 0.05, lng: pickup.lng + 0.05 };
      const payload = await must(url, REQUEST, { i: { pickup, dropoff } }, rider.token, 'requestRide');
      return payload.ride.status === 'REQUESTED' ? (payload.ride.id as string) : null;
    });
    const offered = await inBatches(driverUsers, 8, async (driver) => {
      const offer = (await gql(url, MY_OFFER, {}, driver.token)).data?.myOffer;
      if (!offer) return null;
      await must(url, ACCEPT, { id: offer.id }, driver.token, 'acceptOffer');
      return offer.ride.id as string;
    });
    const onTrip = offered.filter((id) => id !== null).length;
    const watchers = riderUsers.flatMap((rider, i) => (rideOf[i] ? [{ token: rider.token, tripId: rideOf[i] }] : []));
    const setupSeconds = (Date.now() - setupStart) / 1000;
    console.log(`${onTrip} rides accepted (${watchers.length} requested), set-up ${round(setupSeconds, 1)} s`);

    const ridersPlan: RidersPlan = { wsUrl: url.replace(/^http/, 'ws'), riders: watchers };
    const driversPlan: DriversPlan = {
      url,
      seconds,
      sockets: options.sockets,
      drivers: driverUsers.map((user, i) => ({ token: user.token, ...scatter(i, drivers, 10) })),
    };
    mkdirSync(options.dataDir, { recursive: true });
    const ridersFile = join(options.dataDir, 'riders.json');
    const driversFile = join(options.dataDir, 'drivers.json');
    writeFileSync(ridersFile, JSON.stringify(ridersPlan));
    writeFileSync(driversFile, JSON.stringify(driversPlan));
    const riders = spawnChild({
      name: 'riders',
      args: [join(snapshot.dist, 'bench', 'fixtures', 'rides-riders.js'), ridersFile],
      env: {},
      ipc: true,
    });
    children.push(riders);
    const ready = await askChild<RidersReady>(riders, 'ready', 'ready', 200_000);
    if (ready.subscribed < watchers.length) {
      throw new Error(`only ${ready.subscribed}/${watchers.length} riders subscribed: ${ready.failureSamples.join(' | ')}`);
    }
    console.log(`${ready.subscribed} riders watching (${ready.seconds} s); ingesting for ${seconds} s…`);
    const driversChild = spawnChild({
      name: 'drivers',
      args: [join(snapshot.dist, 'bench', 'fixtures', 'rides-drivers.js'), driversFile],
      env: {},
      ipc: true,
    });
    children.push(driversChild);
    await new Promise<void>((resolve) => driversChild.process.once('message', () => resolve()));
    await askChild(riders, 'reset', 'reset', 10_000);

    const measured = [rides, router, identity, driversChild, riders];
    const cpuBefore = cpuOf(measured);
    const wallStart = Date.now();
    const sent = await askChild<DriversResult>(driversChild, 'run', 'result', (seconds + 120) * 1000);
    if (sent.error) throw new Error(`drivers: ${sent.error}`);
    // The last pushes are on their way: wait until the riders' count stops growing (at most 10 s).
    let delivered = await askChild<RidersResult>(riders, 'result', 'result', 10_000);
    for (let waited = 0; waited < 10_000; waited += 500) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      const now = await askChild<RidersResult>(riders, 'result', 'result', 10_000);
      const still = now.deliveries === delivered.deliveries;
      delivered = now;
      if (still) break;
    }
    const wallSeconds = (Date.now() - wallStart) / 1000;
    const cpuAfter = cpuOf(measured);
    const cpuMs = Object.fromEntries(
      measured.map((c) => [c.name, cpuBefore[c.name] == null || cpuAfter[c.name] == null ? null : cpuAfter[c.name]! - cpuBefore[c.name]!]),
    );
    const perUpdate = (name: string) => (cpuMs[name] == null ? null : round(cpuMs[name]! / Math.max(1, sent.accepted), 3));
    return {
      layout: 'one process each: identity, rides, router (dist/scripts/serve.js, NODE_ENV=test, LOG_LEVEL=error), drivers, riders',
      setupSeconds: round(setupSeconds, 1),
      ridesAccepted: onTrip,
      ridersWatching: ready.subscribed,
      subscribeSeconds: ready.seconds,
      sent: sent.sent,
      accepted: sent.accepted,
      refusedBy: sent.refusedBy,
      lateStarts: sent.lateStarts,
      sendingSeconds: round(sent.sendingSeconds, 2),
      updatesPerSecond: round(sent.accepted / sent.seconds, 1),
      reportAnswerMs: sent.answerMs,
      deliveries: delivered.deliveries,
      delivery: delivered.latency,
      wallSeconds: round(wallSeconds, 1),
      cpuMs,
      cpuMsPerUpdate: {
        rides: perUpdate('rides'),
        router: perUpdate('router'),
        identity: perUpdate('identity'),
        drivers: perUpdate('drivers'),
        riders: perUpdate('riders'),
      },
      /** Cores busy during the window, per process. */
      cores: Object.fromEntries(Object.entries(cpuMs).map(([name, ms]) => [name, ms == null ? null : round(ms / 1000 / wallSeconds, 2)])),
    };
  } finally {
    await Promise.all([...children].reverse().map((c) => c.stop().catch(() => undefined)));
  }
}

/** Nearest: M online drivers in the subgraph's own index (rows in its database), queried alone and through the router. */
async function nearestInProcess(options: { indexDrivers: number; queries: number; env: Record<string, string | undefined> }) {
  const { indexDrivers, queries } = options;
  let stack: Stack | undefined;
  try {
    stack = await startStack({ env: options.env, ephemeralPorts: true, only: ['identity', 'rides'] });
    const url = stack.router.url;
    const rides = stack.subgraphs.find((s) => s.name === 'rides')!;
    const rider = await signUp(url, 'nearest-rider');
    const now = new Date();
    const rows = Array.from({ length: indexDrivers }, (_, i) => ({
      id: newId(),
      createdAt: now,
      updatedAt: now,
      userId: newId(),
      name: `Near ${i}`,
      vehicle: 'Bench car',
      status: 'AVAILABLE' as const,
      tripId: null,
      ratingSum: 0,
      ratingCount: 0,
      cancellations: 0,
    }));
    for (let i = 0; i < rows.length; i += 1000) await rides.orm.em.fork().insertMany(Driver, rows.slice(i, i + 1000));
    const index = driverIndexes.get((rides as unknown as RunningSubgraph<RidesConfig>).serviceDeps());
    const fresh = new Date();
    for (let i = 0; i < rows.length; i += 500) {
      await Promise.all(rows.slice(i, i + 500).map((row, j) => index.set({ id: row.id, ...scatter(i + j, indexDrivers, 30), at: fresh })));
    }
    const direct: number[] = [];
    const examined: number[] = [];
    for (let q = 0; q < queries; q++) {
      const point = scatter((q * 7919) % indexDrivers, indexDrivers, 30);
      const t0 = process.hrtime.bigint();
      const result = await index.nearest(point, { limit: 10, radiusKm: 3 });
      direct.push(Number(process.hrtime.bigint() - t0) / 1e6);
      examined.push(result.membersExamined);
    }
    const routed: number[] = [];
    let found = 0;
    for (let q = 0; q < queries; q++) {
      const point = scatter((q * 7919) % indexDrivers, indexDrivers, 30);
      const t0 = process.hrtime.bigint();
      const body = await gql(url, NEARBY, { p: point }, rider.token);
      routed.push(Number(process.hrtime.bigint() - t0) / 1e6);
      found += body.data?.nearbyDrivers?.edges?.length ?? 0;
    }
    const nearestDirect = summarizeLatencies(direct);
    const nearestRouted = summarizeLatencies(routed);
    return {
      onlineDrivers: indexDrivers,
      queries,
      indexP50Ms: nearestDirect.p50,
      indexP99Ms: nearestDirect.p99,
      meanMembersExamined: round(examined.reduce((a, b) => a + b, 0) / examined.length, 1),
      routerP50Ms: nearestRouted.p50,
      routerP99Ms: nearestRouted.p99,
      meanDriversReturned: round(found / queries, 1),
    };
  } finally {
    await stack?.stop();
  }
}

export async function ridesBench(args: BenchArgs, env: Record<string, string | undefined>): Promise<void> {
  const drivers = args.number('drivers', 1000, 1, 5000);
  const seconds = args.number('seconds', 10, 2, 120);
  const sockets = args.number('sockets', 64, 1, 1024);
  const indexDrivers = args.number('index-drivers', 10_000, 100, 200_000);
  const queries = args.number('queries', 300, 10, 10_000);
  const profile = args.flag('profile');
  /** Appended to the result's file name (a repeated run beside the first). */
  const tag = args.choice<string>('tag', ['', 'run2', 'run3'], '');
  /** RIDES_REPORTER_CACHE_MS of the rides process (0: every report reads its driver and trip with SQL, as before the cache). */
  const reporterCacheMs = args.number('reporter-cache-ms', 30_000, 0, 600_000);
  args.rejectUnknown();
  const loadBefore = loadavg().map((l) => round(l, 2));
  const dataDir = mkdtempSync(join(tmpdir(), 'hubgraph-bench-rides-'));
  const profileDir = profile ? mkdtempSync(join(tmpdir(), 'hubgraph-bench-rides-profile-')) : null;
  const prefix = `hgb_${randomBytes(4).toString('hex')}_`;
  const backendEnv: Record<string, string> = {
    MYSQL_DATABASE_PREFIX: prefix,
    REDIS_KEY_PREFIX: `${prefix}:`,
    ...(env.MYSQL_URL ? { MYSQL_URL: env.MYSQL_URL } : {}),
    ...(env.REDIS_URL ? { REDIS_URL: env.REDIS_URL } : {}),
  };
  let snapshot: BuildSnapshot | undefined;
  const cleanup = async () => {
    await stopAll();
    snapshot?.remove();
    rmSync(dataDir, { recursive: true, force: true });
    if (env.MYSQL_URL) {
      const connection = await createConnection(env.MYSQL_URL);
      try {
        for (const name of ['identity', 'rides']) {
          for (const p of [prefix, `${prefix}n`]) await connection.query(`drop database if exists \`${p}${name}\``);
        }
      } finally {
        await connection.end();
      }
    }
  };
  const unregister = onInterrupt(cleanup);
  try {
    snapshot = await snapshotBuild();
    const ingest = await ingestInProcesses(snapshot, {
      drivers,
      seconds,
      sockets,
      reporterCacheMs,
      profileDir,
      dataDir: join(dataDir, 'processes'),
      backendEnv,
    });
    console.log(`nearest with ${indexDrivers} online drivers…`);
    const nearest = await nearestInProcess({
      indexDrivers,
      queries,
      env: {
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        DATA_DIR: join(dataDir, 'nearest'),
        ...backendEnv,
        MYSQL_DATABASE_PREFIX: `${prefix}n`,
        REDIS_KEY_PREFIX: `${prefix}n:`,
        RATE_LIMIT_ANONYMOUS_POINTS: '10000000',
        RATE_LIMIT_USER_POINTS: '10000000',
        RIDES_OFFER_SWEEP_MS: '0',
      },
    });
    const result = {
      machine: describeMachine(),
      /** The machine is shared (other engineers' test runs): its 1/5/15-minute load average before and after. */
      loadAverage: { before: loadBefore, after: loadavg().map((l) => round(l, 2)) },
      backend: env.MYSQL_URL ? 'MariaDB + Redis' : env.REDIS_URL ? 'SQLite + Redis' : 'SQLite, in-memory geo index',
      drivers,
      riders: drivers,
      seconds,
      reporterCacheMs,
      ingest,
      nearest,
    };
    const per = ingest.cpuMsPerUpdate;
    console.log(
      formatTable(
        [
          'drivers = riders',
          'sent',
          'accepted',
          'updates/s',
          'delivered',
          'p50 ms',
          'p99 ms',
          'CPU ms/update rides',
          'router',
          'drivers',
          'riders',
        ],
        [
          [
            drivers,
            ingest.sent,
            ingest.accepted,
            ingest.updatesPerSecond,
            ingest.deliveries,
            ingest.delivery.p50,
            ingest.delivery.p99,
            per.rides ?? '-',
            per.router ?? '-',
            per.drivers ?? '-',
            per.riders ?? '-',
          ],
        ],
      ),
    );
    console.log(`cores busy during the run: ${JSON.stringify(ingest.cores)}`);
    if (Object.keys(ingest.refusedBy).length) console.log(`refused: ${JSON.stringify(ingest.refusedBy)}`);
    console.log(
      formatTable(
        ['online drivers', 'index p50 ms', 'index p99 ms', 'examined', 'router p50 ms', 'router p99 ms'],
        [[indexDrivers, nearest.indexP50Ms, nearest.indexP99Ms, nearest.meanMembersExamined, nearest.routerP50Ms, nearest.routerP99Ms]],
      ),
    );
    if (profileDir) console.log(`CPU profile of the rides process: ${profileDir}`);
    const name = `rides${env.MYSQL_URL ? '-mariadb' : ''}${drivers === 1000 ? '' : `-${drivers}`}${reporterCacheMs ? '' : '-no-cache'}${tag ? `-${tag}` : ''}`;
    console.log(`wrote ${writeResult(name, result)}`);
  } finally {
    unregister();
    await cleanup();
  }
}
