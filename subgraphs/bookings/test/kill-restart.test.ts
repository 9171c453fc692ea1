import { generateRouterKeys, loadSubgraphConfig, startSubgraph, type RunningSubgraph } from '../../../kit';
import { gql, signUpUser } from '../../../test/helpers/graphql';
import { freePort, startServiceProcess, type ServiceProcess } from '../../../test/helpers/processes';
import { disposeAfterAll, startTestStack, testEnv, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { bookings } from '../index';
import { RoomNight, TravelBooking } from '../src/entities';
import { adminToken } from './helpers';
import { CONFIRM_TRAVEL, HOLD_ROOM, createProperty, dayAfter } from './travel-helpers';

const TTL_SECONDS = 30;
jest.setTimeout(240_000);

// Several processes on one SQLite file are not supported (docs/ARCHITECTURE.md), so this runs on MariaDB + Redis only.
const onMariaDb = Boolean(testEnv.MYSQL_URL && testEnv.REDIS_URL);

(onMariaDb ? describe : describe.skip)('bookings: kill -9 during a burst of holds, then a restart (MariaDB + Redis)', () => {
  let stack: TestStack;
  let env: Record<string, string>;
  let port: number;
  let first: ServiceProcess;
  let reader: RunningSubgraph;

  beforeAll(async () => {
    port = await freePort();
    stack = await startTestStack({
      only: ['identity'],
      env: {
        NODE_ENV: 'development',
        ...generateRouterKeys(),
        SUBGRAPH_URL_BOOKINGS: `http://127.0.0.1:${port}/graphql`,
        SEED_DEMO_DATA: 'true',
        BOOKINGS_HOLD_TTL_SECONDS: String(TTL_SECONDS),
        BOOKINGS_HOLD_SWEEP_MS: '250',
        BOOKINGS_INVENTORY_DAYS: '30',
      },
    });
    env = Object.fromEntries(Object.entries(stack.env).filter((e): e is [string, string] => e[1] !== undefined));
    first = await startServiceProcess('bookings', { ...env, PORT: String(port) }, `http://127.0.0.1:${port}/health`);
    // Reads the same database in this process; its own sweep is off so only the child releases holds.
    const readerEnv = { ...env, BOOKINGS_HOLD_SWEEP_MS: '0', SEED_DEMO_DATA: 'false' };
    reader = await startSubgraph(bookings, { config: loadSubgraphConfig(readerEnv), env: readerEnv, port: 0 });
    disposeAfterAll(() => reader.stop());
  }, 120_000);

  it('leaves every hold either confirmed or released, and the nights index equal to the confirmed stays', async () => {
    const admin = await adminToken(stack.url);
    const hotel = await createProperty(stack.url, admin, {
      name: 'Crash Hotel',
      city: 'Sintra',
      stars: 3,
      roomTypes: [{ name: 'Room', maxGuests: 2, totalRooms: 30, rate: 6_000 }],
    });
    const room = hotel.roomTypes.Room!;
    const users = await Promise.all([0, 1, 2, 3].map((i) => signUpUser(stack.url, `crash${i}`)));
    const today = new Date();
    let held = 0;
    let unavailable = 0;
    // Even requests confirm their hold at once; odd ones leave it to expire. The process dies after 12 holds.
    const burst = Array.from({ length: 80 }, async (_, i) => {
      const token = users[i % users.length]!.token;
      const stay = { roomTypeId: room, checkIn: dayAfter(today, 3 + (i % 3)), checkOut: dayAfter(today, 6), guests: 1 };
      const res = await gql(stack.url, HOLD_ROOM, { input: stay }, { token }).catch(() => null);
      const id: string | undefined = res?.body.data?.holdRoom?.booking?.id;
      if (!id) {
        if (res?.body.errors?.some((e: { extensions?: { code?: string } }) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE')) unavailable++;
        return;
      }
      if (++held === 12) first.child.kill('SIGKILL');
      if (i % 2 === 0) await gql(stack.url, CONFIRM_TRAVEL, { id }, { token }).catch(() => null);
    });
    await Promise.all(burst);
    await new Promise((resolve) =>
      first.child.exitCode !== null || first.child.signalCode ? resolve(null) : first.child.once('exit', resolve),
    );
    // The kill landed during the burst: some requests found bookings gone.
    expect(unavailable).toBeGreaterThan(0);

    const second = await startServiceProcess('bookings', { ...env, PORT: String(port) }, `http://127.0.0.1:${port}/health`);
    disposeAfterAll(() => second.stop());
    const em = () => reader.orm.em.fork();
    // The restarted process's sweep releases every hold left HELD (their time runs out after TTL_SECONDS).
    await eventually(async () => expect(await em().count(TravelBooking, { roomTypeId: room, status: 'HELD' })).toBe(0), 120_000, 500);

    const all = await em().find(TravelBooking, { roomTypeId: room });
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((b) => b.status === 'CONFIRMED' || b.status === 'EXPIRED')).toBe(true);
    expect(all.filter((b) => b.status === 'EXPIRED').length).toBeGreaterThan(0);
    // The index holds exactly the confirmed stays, night by night: nothing leaked, nothing released twice.
    const expected: Record<string, number> = {};
    for (const b of all.filter((x) => x.status === 'CONFIRMED')) {
      for (let d = Date.parse(`${b.checkIn}T00:00:00Z`); d < Date.parse(`${b.claimedUntil}T00:00:00Z`); d += 86_400_000) {
        const night = new Date(d).toISOString().slice(0, 10);
        expected[night] = (expected[night] ?? 0) + 1;
      }
    }
    const nights = await em().find(RoomNight, { roomTypeId: room, booked: { $gt: 0 } });
    expect(Object.fromEntries(nights.map((n) => [n.night, n.booked]))).toEqual(expected);
  });
});
