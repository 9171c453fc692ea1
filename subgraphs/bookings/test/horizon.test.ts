import { loadSubgraphConfig, startSubgraph } from '../../../kit';
import { TestClock } from '../../../test/helpers/clock';
import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { disposeAfterAll, startTestStack, type TestStack } from '../../../test/helpers/stack';
import { bookings } from '../index';
import { RoomNight, RoomType } from '../src/entities';
import { TravelService } from '../src/travel';
import { adminToken } from './helpers';
import { HOLD_ROOM, createProperty, dayAfter } from './travel-helpers';

const DAYS = 20;

jest.setTimeout(120_000);

describe('bookings: the rolling inventory horizon', () => {
  let stack: TestStack;
  let admin: string;
  let alice: TestUser;
  const clock = new TestClock();
  const start = clock.now();
  const em = () => stack.subgraphs.find((s) => s.name === 'bookings')!.orm.em.fork();
  /** Day `n` counted from the day the test started (not from the moving clock). */
  const day = (n: number) => dayAfter(start, n);
  const hold = (roomTypeId: string, checkIn: string, checkOut: string) =>
    gql(stack.url, HOLD_ROOM, { input: { roomTypeId, checkIn, checkOut, guests: 1 } }, { token: alice.token });

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'bookings'],
      clock,
      env: { SEED_DEMO_DATA: 'true', BOOKINGS_HOLD_SWEEP_MS: '0', BOOKINGS_HORIZON_SWEEP_MS: '0', BOOKINGS_INVENTORY_DAYS: String(DAYS) },
    });
    admin = await adminToken(stack.url);
    alice = await signUpUser(stack.url, 'alice');
  });

  it('extends every room type exactly once when replicas race, keeps booked nights, and the new nights are bookable', async () => {
    const hotel = await createProperty(stack.url, admin, {
      name: 'Horizon',
      city: 'Faro',
      stars: 3,
      roomTypes: [
        { name: 'Double', maxGuests: 2, totalRooms: 2, rate: 7_000 },
        { name: 'Suite', maxGuests: 4, totalRooms: 1, rate: 20_000 },
      ],
    });
    const double = hotel.roomTypes.Double!;
    const suite = hotel.roomTypes.Suite!;
    const taken = await hold(double, day(DAYS - 2), day(DAYS));
    expect(taken.body.data.holdRoom.errors).toEqual([]);
    // Positive control: beyond the horizon nothing is bookable yet.
    const beyond = await hold(double, day(DAYS + 5), day(DAYS + 7));
    expect(beyond.body.data.holdRoom.errors.map((e: { code: string }) => e.code)).toEqual(['CONFLICT']);
    const env = { ...stack.env };
    const replicas = await Promise.all(
      [0, 1].map(async () => {
        const replica = await startSubgraph(bookings, { config: loadSubgraphConfig(env), env, port: 0, clock });
        disposeAfterAll(() => replica.stop());
        return replica;
      }),
    );
    const deps = () => replicas.map((r) => r.serviceDeps());
    expect(await Promise.all(deps().map((d) => new TravelService().extendInventory(d)))).toEqual([0, 0]);

    clock.advance(10 * 86_400_000);
    const raced = await Promise.all([...deps(), ...deps()].map((d) => new TravelService().extendInventory(d)));
    // A room type another runner was busy with is left to the next run (SQLite refuses a second writer).
    const after = await new TravelService().extendInventory(deps()[0]!);
    // Every room type (the demo hotels' too) got its 10 new nights once, whoever won each.
    expect(raced.reduce((a, b) => a + b, after)).toBe((await em().count(RoomType)) * 10);
    expect(raced.some((n) => n > 0)).toBe(true);
    for (const [roomTypeId, total, rate] of [
      [double, 2, 7_000],
      [suite, 1, 20_000],
    ] as const) {
      const nights = await em().find(RoomNight, { roomTypeId }, { orderBy: { night: 'asc' } });
      expect(nights.map((n) => n.night)).toEqual(Array.from({ length: DAYS + 10 }, (_, i) => day(i)));
      expect(nights.slice(DAYS).every((n) => n.total === total && n.booked === 0 && n.rate === rate)).toBe(true);
    }
    const doubleNights = await em().find(RoomNight, { roomTypeId: double, booked: { $gt: 0 } }, { orderBy: { night: 'asc' } });
    expect(doubleNights.map((n) => [n.night, n.booked])).toEqual([
      [day(DAYS - 2), 1],
      [day(DAYS - 1), 1],
    ]);
    expect(await Promise.all(deps().map((d) => new TravelService().extendInventory(d)))).toEqual([0, 0]);

    const now = await hold(double, day(DAYS + 5), day(DAYS + 7));
    expect(now.body.data.holdRoom.errors).toEqual([]);
    expect(now.body.data.holdRoom.booking.stay).toMatchObject({ checkIn: day(DAYS + 5), nights: 2 });
  });
});
