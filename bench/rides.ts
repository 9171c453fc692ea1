/**
 * rides: (1) position updates ingested per second with N drivers each reporting once a second through
 * the router while N riders watch their driver's ride (`rideUpdates`) over graphql-ws through the
 * router: delivery latency from the report's timestamp to the rider's socket, and CPU per update;
 * (2) nearest-driver latency with M online drivers: the geo index alone, and `nearbyDrivers` through
 * the router. Everything runs in this one process (router, identity, rides, the clients), on SQLite
 * unless MYSQL_URL / REDIS_URL are set, so CPU per update is an upper bound that includes the clients.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import type { RunningSubgraph } from '../kit';
import { newId } from '../kit/src/entity';
import { startStack, type Stack } from '../scripts/lib/stack';
import { Driver, Trip } from '../subgraphs/rides/src/entities';
import { driverIndexes, RidesService, tripTopic } from '../subgraphs/rides/src/service';
import type { RidesConfig } from '../subgraphs/rides/src/config';
import type { RidesLoaders } from '../subgraphs/rides/src/context';
import type { BenchArgs } from './lib/args';
import { describeMachine, formatTable, writeResult } from './lib/report';
import { round, summarizeLatencies } from './lib/stats';

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

/** A point on a grid of ~`spreadKm` around the centre, for member `i` of `n`. */
function scatter(i: number, n: number, spreadKm: number) {
  const side = Math.ceil(Math.sqrt(n));
  const step = spreadKm / side;
  return {
    lat: CENTRE.lat + ((Math.floor(i / side) - side / 2) * step) / 111.2,
    lng: CENTRE.lng + (((i % side) - side / 2) * step) / 73.1,
  };
}

const REPORT = `mutation($i: ReportPositionInput!) { reportPosition(input: $i) { jump errors { code message } } }`;
const NEARBY = `query($p: GeoPointInput!) { nearbyDrivers(near: $p, radiusKm: 3, first: 10) { totalCount edges { node { driver { id } distanceKm } } } }`;

export async function ridesBench(args: BenchArgs, env: Record<string, string | undefined>): Promise<void> {
  const drivers = args.number('drivers', 1000, 1, 5000);
  const seconds = args.number('seconds', 10, 2, 120);
  const indexDrivers = args.number('index-drivers', 10_000, 100, 200_000);
  const queries = args.number('queries', 300, 10, 10_000);
  const serviceSeconds = args.number('service-seconds', 3, 0, 60);
  const dataDir = mkdtempSync(join(tmpdir(), 'hubgraph-bench-rides-'));
  const prefix = `hgb_${randomBytes(4).toString('hex')}_`;
  const stackEnv: Record<string, string | undefined> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: dataDir,
    MYSQL_URL: env.MYSQL_URL,
    REDIS_URL: env.REDIS_URL,
    MYSQL_DATABASE_PREFIX: prefix,
    REDIS_KEY_PREFIX: `${prefix}:`,
    RATE_LIMIT_ANONYMOUS_POINTS: '10000000',
    RATE_LIMIT_USER_POINTS: '10000000',
    SUBGRAPH_TIMEOUT_MS: '30000',
    RIDES_OFFER_SWEEP_MS: '0',
    RIDES_POSITIONS_PER_SECOND: '20',
  };
  let stack: Stack | undefined;
  const clients: Client[] = [];
  try {
    stack = await startStack({ env: stackEnv, ephemeralPorts: true, only: ['identity', 'rides'] });
    const url = stack.router.url;
    const rides = stack.subgraphs.find((s) => s.name === 'rides')!;
    console.log(`signing up ${drivers} drivers and ${drivers} riders…`);
    const driverUsers = await inBatches(Array.from({ length: drivers }), 8, (_, i) => signUp(url, `driver${i}`));
    const riderUsers = await inBatches(Array.from({ length: drivers }), 8, (_, i) => signUp(url, `rider${i}`));

    // Drivers on trips with their riders, written straight through rides' ORM (matching is not measured here).
    const em = rides.orm.em.fork();
    const now = new Date();
    const driverIds: string[] = [];
    const tripIds: string[] = [];
    driverUsers.forEach((user, i) => {
      const tripId = newId();
      const driver = em.create(Driver, {
        userId: user.id,
        name: `Driver ${i}`,
        vehicle: 'Bench car',
        status: 'ON_TRIP',
        tripId,
        ratingSum: 0,
        ratingCount: 0,
        cancellations: 0,
      });
      const at = scatter(i, drivers, 10);
      em.create(Trip, {
        id: tripId,
        riderId: riderUsers[i]!.id,
        activeRiderId: riderUsers[i]!.id,
        driverId: driver.id,
        status: 'ACCEPTED',
        pickupLat: at.lat + 0.01,
        pickupLng: at.lng,
        dropoffLat: at.lat + 0.05,
        dropoffLng: at.lng + 0.05,
        pickupCell: 'bench',
        distanceKm: 5,
        durationSeconds: 780,
        surge: 1,
        fareAmount: 1500,
        currency: 'EUR',
        charged: null,
        cancelledBy: null,
        cancelReason: null,
        cancellationFee: null,
        offersMade: 1,
        acceptedAt: now,
        arrivedAt: null,
        startedAt: null,
        completedAt: null,
        cancelledAt: null,
        driverRating: null,
        riderRating: null,
      });
      driverIds.push(driver.id);
      tripIds.push(tripId);
    });
    await em.flush();

    // Every rider watches their trip through the router.
    const wsUrl = url.replace(/^http/, 'ws');
    const latencies: number[] = [];
    let deliveries = 0;
    const connectStart = Date.now();
    riderUsers.forEach((rider, i) => {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${rider.token}` },
      });
      clients.push(client);
      client.subscribe(
        {
          query: 'subscription($id: ID!) { rideUpdates(rideId: $id) { kind driverPosition { at } etaSeconds } }',
          variables: { id: tripIds[i] },
        },
        {
          next: (value: any) => {
            const update = value.data?.rideUpdates;
            if (update?.kind !== 'POSITION') return;
            deliveries++;
            latencies.push(Date.now() - new Date(update.driverPosition.at).getTime());
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
    });
    for (;;) {
      const listening = tripIds.filter((id) => rides.pubsub.listeners(tripTopic(id)) > 0).length;
      if (listening === drivers) break;
      if (Date.now() - connectStart > 120_000) throw new Error(`only ${listening}/${drivers} riders subscribed`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const connectSeconds = (Date.now() - connectStart) / 1000;

    // Ingest: each driver reports once a second, spread evenly over the second.
    console.log(`ingesting for ${seconds} s…`);
    let accepted = 0;
    let refused = 0;
    /** Refusals by error code (a late report older than the driver's last one is refused by design). */
    const refusedBy: Record<string, number> = {};
    const inFlight = new Set<Promise<void>>();
    const cpuBefore = process.cpuUsage();
    const ingestStart = Date.now();
    const total = drivers * seconds;
    for (let n = 0; n < total; n++) {
      const due = ingestStart + (n * 1000) / drivers;
      const wait = due - Date.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      const i = n % drivers;
      const tick = Math.floor(n / drivers);
      const base = scatter(i, drivers, 10);
      const input = { lat: base.lat + tick * 0.0001, lng: base.lng, at: new Date().toISOString() };
      const request: Promise<void> = gql(url, REPORT, { i: input }, driverUsers[i]!.token).then(
        (body) => {
          if (body.data?.reportPosition?.errors?.length === 0) accepted++;
          else {
            refused++;
            const error = body.data?.reportPosition?.errors?.[0] ?? (body.errors as any[] | undefined)?.[0];
            const why = String(error?.code ?? error?.extensions?.code ?? 'NO_ANSWER');
            refusedBy[why] = (refusedBy[why] ?? 0) + 1;
          }
        },
        () => {
          refused++;
          refusedBy.NETWORK = (refusedBy.NETWORK ?? 0) + 1;
        },
      );
      const tracked = request.finally(() => inFlight.delete(tracked));
      inFlight.add(tracked);
    }
    await Promise.all(inFlight);
    const ingestSeconds = (Date.now() - ingestStart) / 1000;
    const settleStart = Date.now();
    while (deliveries < accepted && Date.now() - settleStart < 10_000) await new Promise((resolve) => setTimeout(resolve, 50));
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const delivery = summarizeLatencies(latencies);
    const ingestDeliveries = deliveries;

    // The subgraph's own cost per update: the same reports (each driver once a second, same riders
    // listening) handed straight to RidesService.reportPosition, without the drivers' HTTP clients
    // and the router's request path. CPU still includes the pushes to the riders (router + their
    // sockets, in this process), so it is an upper bound of what the rides process spends per update.
    let serviceAccepted = 0;
    let serviceSent = 0;
    const deliveriesBeforeService = deliveries;
    const serviceCpuBefore = process.cpuUsage();
    const serviceStart = Date.now();
    const service = new RidesService();
    const base = (rides as unknown as RunningSubgraph<RidesConfig, RidesLoaders>).serviceDeps();
    const serviceTotal = drivers * serviceSeconds;
    for (let n = 0; n < serviceTotal; n += 50) {
      const due = serviceStart + (n * 1000) / drivers;
      const wait = due - Date.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
      await Promise.all(
        Array.from({ length: Math.min(50, serviceTotal - n) }, async (_, k) => {
          const m = n + k;
          const i = m % drivers;
          const point = scatter(i, drivers, 10);
          const deps = { ...base.fork(), viewer: { userId: driverUsers[i]!.id, roles: ['user'], tenantId: null } };
          serviceSent++;
          const tick = seconds + 1 + Math.floor(m / drivers);
          const payload = await service.reportPosition(deps, { lat: point.lat + tick * 0.0001, lng: point.lng, at: new Date() });
          if (payload.errors.length === 0) serviceAccepted++;
        }),
      );
    }
    const serviceWall = (Date.now() - serviceStart) / 1000;
    const serviceCpu = process.cpuUsage(serviceCpuBefore);
    const serviceCpuMs = (serviceCpu.user + serviceCpu.system) / 1000;

    // Nearest: M online drivers in the subgraph's own index (rows in its database), queried through the router and alone.
    console.log(`nearest with ${indexDrivers} online drivers…`);
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
    const token = riderUsers[0]!.token;
    let found = 0;
    for (let q = 0; q < queries; q++) {
      const point = scatter((q * 7919) % indexDrivers, indexDrivers, 30);
      const t0 = process.hrtime.bigint();
      const body = await gql(url, NEARBY, { p: point }, token);
      routed.push(Number(process.hrtime.bigint() - t0) / 1e6);
      found += body.data?.nearbyDrivers?.edges?.length ?? 0;
    }
    const nearestDirect = summarizeLatencies(direct);
    const nearestRouted = summarizeLatencies(routed);

    const result = {
      machine: describeMachine(),
      backend: env.MYSQL_URL ? 'MariaDB + Redis' : env.REDIS_URL ? 'SQLite + Redis' : 'SQLite, in-memory geo index',
      drivers,
      riders: drivers,
      seconds,
      ingest: {
        sent: total,
        accepted,
        refused,
        refusedBy,
        updatesPerSecond: round(accepted / ingestSeconds, 1),
        deliveries: ingestDeliveries,
        deliveryP50Ms: delivery.p50,
        deliveryP99Ms: delivery.p99,
        deliveryMaxMs: delivery.max,
        cpuMsPerUpdate: round(cpuMs / Math.max(1, accepted), 3),
        connectSeconds: round(connectSeconds, 1),
      },
      servicePath: {
        seconds: serviceSeconds,
        sent: serviceSent,
        accepted: serviceAccepted,
        updatesPerSecond: round(serviceAccepted / Math.max(0.001, serviceWall), 1),
        deliveries: deliveries - deliveriesBeforeService,
        cpuMsPerUpdate: round(serviceCpuMs / Math.max(1, serviceAccepted), 3),
        coresAt1000PerSecond: round(serviceCpuMs / Math.max(1, serviceAccepted), 3),
      },
      nearest: {
        onlineDrivers: indexDrivers,
        queries,
        indexP50Ms: nearestDirect.p50,
        indexP99Ms: nearestDirect.p99,
        meanMembersExamined: round(examined.reduce((a, b) => a + b, 0) / examined.length, 1),
        routerP50Ms: nearestRouted.p50,
        routerP99Ms: nearestRouted.p99,
        meanDriversReturned: round(found / queries, 1),
      },
    };
    console.log(
      formatTable(
        ['drivers = riders', 'updates/s', 'delivered', 'p50 ms', 'p99 ms', 'CPU ms/update'],
        [
          [
            drivers,
            result.ingest.updatesPerSecond,
            `${ingestDeliveries}/${accepted}`,
            delivery.p50,
            delivery.p99,
            result.ingest.cpuMsPerUpdate,
          ],
        ],
      ),
    );
    console.log(
      formatTable(
        ['online drivers', 'index p50 ms', 'index p99 ms', 'examined', 'router p50 ms', 'router p99 ms'],
        [[indexDrivers, nearestDirect.p50, nearestDirect.p99, result.nearest.meanMembersExamined, nearestRouted.p50, nearestRouted.p99]],
      ),
    );
    console.log(
      `service path: ${serviceAccepted}/${serviceSent} accepted, ${result.servicePath.updatesPerSecond}/s, ` +
        `${result.servicePath.cpuMsPerUpdate} CPU ms/update (× 1,000/s = ${result.servicePath.coresAt1000PerSecond} cores)`,
    );
    if (refused) console.log(`refused: ${JSON.stringify(refusedBy)}`);
    console.log(`wrote ${writeResult('rides', result)}`);
  } finally {
    await Promise.all(clients.map((c) => c.dispose()));
    await stack?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
