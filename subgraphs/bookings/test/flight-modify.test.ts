import { TestClock } from '../../../test/helpers/clock';
import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { FareClass, TravelBooking } from '../src/entities';
import { adminToken } from './helpers';
import { BOOKING_FIELDS, CONFIRM_TRAVEL, CANCEL_TRAVEL, CREATE_FLIGHT, HOLD_FLIGHT, dayAfter } from './travel-helpers';

const HOUR = 3600_000;
jest.setTimeout(180_000);

const MODIFY_FLIGHT = `mutation($id: ID!, $input: ModifyFlightInput!) {
  modifyFlightBooking(id: $id, input: $input) { booking { ${BOOKING_FIELDS} } priceDifference { amount currency } errors { field code message } }
}`;

describe('bookings: modifying a flight booking (fare class, flight, passengers) through the router', () => {
  let stack: TestStack;
  let admin: string;
  let alice: TestUser;
  let bob: TestUser;
  const clock = new TestClock();
  const em = () => stack.subgraphs.find((s) => s.name === 'bookings')!.orm.em.fork();
  const at = (hours: number) => new Date(Date.parse(`${dayAfter(clock.now(), 0)}T00:00:00Z`) + hours * HOUR).toISOString();

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'bookings'],
      clock,
      env: { SEED_DEMO_DATA: 'true', BOOKINGS_HOLD_SWEEP_MS: '0', BOOKINGS_INVENTORY_DAYS: '5', SUBGRAPH_TIMEOUT_MS: '60000' },
    });
    admin = await adminToken(stack.url);
    alice = await signUpUser(stack.url, 'alice');
    bob = await signUpUser(stack.url, 'bob');
  });

  async function createFlight(number: string, departsInHours: number, economySeats: number, businessSeats: number, currency?: string) {
    const res = await gql(
      stack.url,
      CREATE_FLIGHT,
      {
        input: {
          number,
          ...(currency ? { currency } : {}),
          freeCancellationHours: 48,
          cancellationFeePercent: 25,
          segments: [
            { flightNumber: number, origin: 'LIS', destination: 'BER', departsAt: at(departsInHours), arrivesAt: at(departsInHours + 3) },
          ],
          fareClasses: [
            { code: 'Y', cabin: 'ECONOMY', price: 12_000, seats: economySeats },
            { code: 'J', cabin: 'BUSINESS', price: 50_000, seats: businessSeats },
          ],
        },
      },
      { token: admin },
    );
    const flight = res.body.data?.createFlight?.flight;
    if (!flight) throw new Error(`createFlight failed: ${JSON.stringify(res.body)}`);
    const cls = (code: string): string => flight.fareClasses.find((c: { code: string }) => c.code === code).id;
    return { id: flight.id as string, Y: cls('Y'), J: cls('J') };
  }
  const booked = async (fareClassId: string) => (await em().findOneOrFail(FareClass, { id: fareClassId })).booked;
  const hold = async (token: string, fareClassId: string, passengers: number) => {
    const res = await gql(stack.url, HOLD_FLIGHT, { input: { fareClassId, passengers } }, { token });
    const booking = res.body.data?.holdFlight?.booking;
    if (!booking) throw new Error(`holdFlight failed: ${JSON.stringify(res.body)}`);
    return booking.id as string;
  };
  const modify = (token: string, id: string, input: Record<string, unknown>) => gql(stack.url, MODIFY_FLIGHT, { id, input }, { token });

  it('changes passengers, fare class and flight with the price difference computed by the server; the inventory follows', async () => {
    const a = await createFlight('HG710', 24 * 3, 10, 4);
    const b = await createFlight('HG711', 24 * 4, 10, 4);
    const id = await hold(alice.token, a.Y, 2);
    await gql(stack.url, CONFIRM_TRAVEL, { id }, { token: alice.token });

    const more = await modify(alice.token, id, { passengers: 3 });
    expect(more.body.data.modifyFlightBooking).toMatchObject({
      errors: [],
      priceDifference: { amount: 12_000, currency: 'EUR' },
      booking: { status: 'CONFIRMED', total: { amount: 36_000 }, flight: { passengers: 3, fareClass: { id: a.Y, seatsLeft: 7 } } },
    });
    expect(await booked(a.Y)).toBe(3);

    const upgrade = await modify(alice.token, id, { fareClassId: a.J, passengers: 2 });
    expect(upgrade.body.data.modifyFlightBooking).toMatchObject({
      errors: [],
      priceDifference: { amount: 100_000 - 36_000 },
      booking: { total: { amount: 100_000 }, flight: { passengers: 2, fareClass: { code: 'J', seatsLeft: 2 } } },
    });
    expect([await booked(a.Y), await booked(a.J)]).toEqual([0, 2]);

    // Another flight, economy: a refund (negative difference); the policy and departure follow the new flight.
    const moved = await modify(alice.token, id, { fareClassId: b.Y });
    expect(moved.body.data.modifyFlightBooking).toMatchObject({
      errors: [],
      priceDifference: { amount: 24_000 - 100_000 },
      booking: { total: { amount: 24_000 }, flight: { passengers: 2, flight: { id: b.id, number: 'HG711' } } },
    });
    expect([await booked(a.J), await booked(b.Y)]).toEqual([0, 2]);
    const row = await em().findOneOrFail(TravelBooking, { id });
    expect(row).toMatchObject({ flightId: b.id, fareClassId: b.Y, guests: 2, total: 24_000 });
    expect(row.startsAt.toISOString()).toBe(at(24 * 4));
    expect(row.freeCancellationUntil.toISOString()).toBe(new Date(Date.parse(at(24 * 4)) - 48 * HOUR).toISOString());

    // A held booking can be changed too, and keeps its expiry.
    const held = await hold(bob.token, a.Y, 1);
    const heldChange = await modify(bob.token, held, { passengers: 2 });
    expect(heldChange.body.data.modifyFlightBooking.booking).toMatchObject({ status: 'HELD', total: { amount: 24_000 } });
  });

  it('bad input, another user, a full class, a cancelled booking: a typed error and nothing changes', async () => {
    const f = await createFlight('HG720', 24 * 3, 3, 1);
    const other = await createFlight('HG721', 24 * 3, 3, 1, 'USD');
    const id = await hold(alice.token, f.Y, 2);
    const before = await em().findOneOrFail(TravelBooking, { id });
    const errorsOf = async (token: string, bookingId: string, input: Record<string, unknown>) => {
      const res = await modify(token, bookingId, input);
      expect(res.body.data.modifyFlightBooking.booking).toBeNull();
      expect(res.body.data.modifyFlightBooking.priceDifference).toBeNull();
      return res.body.data.modifyFlightBooking.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`);
    };
    expect(await errorsOf(alice.token, id, { passengers: 0 })).toEqual(['input.passengers:BAD_USER_INPUT']);
    expect(await errorsOf(alice.token, id, { passengers: 10 })).toEqual(['input.passengers:BAD_USER_INPUT']);
    expect(await errorsOf(alice.token, id, { passengers: null })).toEqual(['input.passengers:BAD_USER_INPUT']);
    expect(await errorsOf(alice.token, id, { fareClassId: 'nope' })).toEqual(['input.fareClassId:NOT_FOUND']);
    expect(await errorsOf(alice.token, id, { fareClassId: '00000000-0000-7000-8000-000000000000' })).toEqual([
      'input.fareClassId:NOT_FOUND',
    ]);
    expect(await errorsOf(alice.token, id, { fareClassId: other.Y })).toEqual(['input.fareClassId:BAD_USER_INPUT']);
    expect(await errorsOf(alice.token, id, { passengers: 2 })).toEqual(['input:BAD_USER_INPUT']);
    expect(await errorsOf(bob.token, id, { passengers: 1 })).toEqual(['id:NOT_FOUND']);
    // Business has one seat: two passengers do not fit, and the economy seats stay taken.
    expect(await errorsOf(alice.token, id, { fareClassId: f.J })).toEqual(['input.passengers:CONFLICT']);
    expect(await errorsOf(alice.token, id, { passengers: 4 })).toEqual(['input.passengers:CONFLICT']);
    expect([await booked(f.Y), await booked(f.J)]).toEqual([2, 0]);
    expect(await em().findOneOrFail(TravelBooking, { id })).toMatchObject({
      fareClassId: before.fareClassId,
      guests: 2,
      total: before.total,
      status: 'HELD',
    });
    // Not signed in: UNAUTHENTICATED from the router.
    const anonymous = await gql(stack.url, MODIFY_FLIGHT, { id, input: { passengers: 1 } });
    expect(errorCodes(anonymous)).toContain('UNAUTHENTICATED');

    await gql(stack.url, CANCEL_TRAVEL, { id }, { token: alice.token });
    expect(await errorsOf(alice.token, id, { passengers: 1 })).toEqual(['id:CONFLICT']);
    expect(await booked(f.Y)).toBe(0);

    // An expired hold cannot be changed.
    const late = await hold(alice.token, f.Y, 1);
    clock.advance(601_000);
    expect(await errorsOf(alice.token, late, { passengers: 2 })).toEqual(['id:CONFLICT']);
    expect(await booked(f.Y)).toBe(1);
  });

  it('40 upgrades racing for the last 6 business seats: no overbooking, every seat counted once, the money matches', async () => {
    const f = await createFlight('HG730', 24 * 3, 60, 8);
    // Two business seats are already gone.
    await hold(bob.token, f.J, 2);
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) ids.push(await hold(alice.token, f.Y, 1));
    for (const id of ids.slice(0, 20)) await gql(stack.url, CONFIRM_TRAVEL, { id }, { token: alice.token });
    expect(await booked(f.Y)).toBe(40);

    const results = await Promise.all(ids.map((id) => modify(alice.token, id, { fareClassId: f.J })));
    const payloads = results.map((r) => r.body.data?.modifyFlightBooking);
    expect(payloads.every((p) => p)).toBe(true);
    const won = payloads.filter((p) => p.errors.length === 0);
    const lost = payloads.filter((p) => p.errors.length > 0);
    expect(won).toHaveLength(6);
    for (const p of lost) expect(p.errors.map((e: { code: string }) => e.code)).toEqual(['CONFLICT']);

    const rows = await em().find(TravelBooking, { id: { $in: ids } });
    const inBusiness = rows.filter((r) => r.fareClassId === f.J);
    expect(inBusiness.map((r) => r.id).sort()).toEqual(won.map((p) => p.booking.id).sort());
    expect(await booked(f.J)).toBe(8);
    expect(await booked(f.Y)).toBe(34);
    // The money: every winner owes exactly the fare difference, and the totals are the fares of the seats held.
    for (const p of won) expect(p.priceDifference).toEqual({ amount: 38_000, currency: 'EUR' });
    const totals = rows.reduce((sum, r) => sum + r.total, 0);
    expect(totals).toBe(34 * 12_000 + 6 * 50_000);
    expect(totals - 40 * 12_000).toBe(won.reduce((sum, p) => sum + p.priceDifference.amount, 0));
  });

  it('passenger increases racing for the last economy seats never oversell the class', async () => {
    const f = await createFlight('HG740', 24 * 3, 20, 2);
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push(await hold(i % 2 ? alice.token : bob.token, f.Y, 1));
    // 10 seats left; each of the 10 asks for 3 more (4 passengers): at most 3 fit (3 × 3 = 9 ≤ 10).
    const results = await Promise.all(ids.map((id, i) => modify(i % 2 ? alice.token : bob.token, id, { passengers: 4 })));
    const won = results.filter((r) => r.body.data.modifyFlightBooking.errors.length === 0);
    expect(won).toHaveLength(3);
    const rows = await em().find(TravelBooking, { id: { $in: ids } });
    const seats = rows.reduce((sum, r) => sum + r.guests, 0);
    expect(seats).toBe(19);
    expect(await booked(f.Y)).toBe(seats);
    expect(rows.reduce((sum, r) => sum + r.total, 0)).toBe(seats * 12_000);
  });
});
