import { OutboxEvent, loadSubgraphConfig, startSubgraph, type RunningSubgraph } from '../../../kit';
import { TestClock } from '../../../test/helpers/clock';
import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { disposeAfterAll, startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { bookings } from '../index';
import { Reservation, SeatClaim } from '../src/entities';
import { BookingsService, HOLD_EXPIRED_EVENT } from '../src/service';
import { CONFIRM, HOLD, SEAT_MAP, adminToken, setUpShowtime } from './helpers';

const TTL_MS = 120_000;

describe('bookings: holds expire on their own, exactly once', () => {
  let stack: TestStack;
  let admin: string;
  let users: TestUser[];
  const clock = new TestClock();
  const em = () => stack.subgraphs.find((s) => s.name === 'bookings')!.orm.em.fork();

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'bookings'],
      clock,
      env: { SEED_DEMO_DATA: 'true', BOOKINGS_HOLD_SWEEP_MS: '0', BOOKINGS_HOLD_TTL_SECONDS: String(TTL_MS / 1000) },
    });
    admin = await adminToken(stack.url);
    users = await Promise.all(['kim', 'lee', 'max'].map((n) => signUpUser(stack.url, n)));
  });

  it('an expired hold reads FREE at once and its seats can be held again, even before any sweep', async () => {
    const setup = await setUpShowtime(stack.url, admin, {
      name: 'Expiry 1',
      rows: 1,
      perRow: 3,
      startsAt: new Date(clock.now().getTime() + 86_400_000),
    });
    const first = await gql(stack.url, HOLD, { s: setup.showtimeId, seats: setup.seatIds.slice(0, 2) }, { token: users[0]!.token });
    expect(first.body.data.holdSeats.errors).toEqual([]);
    expect((await gql(stack.url, SEAT_MAP, { id: setup.showtimeId })).body.data.showtime.freeSeatCount).toBe(1);
    clock.advance(TTL_MS + 1);
    expect((await gql(stack.url, SEAT_MAP, { id: setup.showtimeId })).body.data.showtime.freeSeatCount).toBe(3);
    // Confirming too late is refused.
    const late = await gql(stack.url, CONFIRM, { id: first.body.data.holdSeats.reservation.id }, { token: users[0]!.token });
    expect(late.body.data.confirmReservation.errors).toEqual([{ field: 'id', code: 'CONFLICT', message: 'The hold has expired.' }]);
    const second = await gql(stack.url, HOLD, { s: setup.showtimeId, seats: setup.seatIds.slice(1, 3) }, { token: users[1]!.token });
    expect(second.body.data.holdSeats.errors).toEqual([]);
    expect((await em().findOneOrFail(Reservation, { id: first.body.data.holdSeats.reservation.id })).status).toBe('EXPIRED');
  });

  it('replicas sweeping on one clock release every expired hold once; confirmed ones stay', async () => {
    const setup = await setUpShowtime(stack.url, admin, {
      name: 'Expiry 2',
      rows: 4,
      perRow: 10,
      startsAt: new Date(clock.now().getTime() + 86_400_000),
    });
    const holds = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        gql(stack.url, HOLD, { s: setup.showtimeId, seats: setup.seatIds.slice(i * 2, i * 2 + 2) }, { token: users[i % 3]!.token }),
      ),
    );
    const ids: string[] = holds.map((h) => h.body.data.holdSeats.reservation.id);
    // Two of them are confirmed in time and must survive the sweep.
    for (const i of [0, 1]) {
      const res = await gql(stack.url, CONFIRM, { id: ids[i] }, { token: users[i % 3]!.token });
      expect(res.body.data.confirmReservation.errors).toEqual([]);
    }
    const replicas: RunningSubgraph[] = [];
    const env = { ...stack.env, BOOKINGS_HOLD_SWEEP_MS: '20' };
    for (let i = 0; i < 3; i++) {
      const replica = await startSubgraph(bookings, { config: loadSubgraphConfig(env), env, port: 0, clock });
      replicas.push(replica);
      disposeAfterAll(() => replica.stop());
    }
    // Nothing is due yet: the sweeps run but release nothing (positive control below).
    const direct = await Promise.all(replicas.map((r) => new BookingsService().releaseExpired(r.serviceDeps())));
    expect(direct).toEqual([0, 0, 0]);
    expect(await em().count(SeatClaim, { showtimeId: setup.showtimeId })).toBe(40);

    clock.advance(TTL_MS + 1);
    // The replicas' own sweeps and three direct calls race for the same holds.
    const raced = await Promise.all(replicas.map((r) => new BookingsService().releaseExpired(r.serviceDeps())));
    await eventually(async () => expect(await em().count(SeatClaim, { showtimeId: setup.showtimeId })).toBe(4), 10_000);
    // Over the whole database (the first test's second hold expired too): one event per expired hold.
    const expiredEverywhere = await em().count(Reservation, { status: 'EXPIRED' });
    expect(await em().count(OutboxEvent, { type: HOLD_EXPIRED_EVENT })).toBe(expiredEverywhere);
    expect(raced.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(expiredEverywhere);
    const rows = await em().find(Reservation, { id: { $in: ids } });
    expect(rows.filter((r) => r.status === 'EXPIRED')).toHaveLength(18);
    expect(
      rows
        .filter((r) => r.status === 'CONFIRMED')
        .map((r) => r.id)
        .sort(),
    ).toEqual([ids[0], ids[1]].sort());
    // Exactly one release (one event, one RELEASED push) per expired hold.
    const events = await em().find(OutboxEvent, { type: HOLD_EXPIRED_EVENT });
    const released = events.map((e) => (e.payload as { reservationId: string }).reservationId).filter((id) => ids.includes(id));
    expect(released.sort()).toEqual(ids.slice(2).sort());
    const again = await Promise.all(replicas.map((r) => new BookingsService().releaseExpired(r.serviceDeps())));
    expect(again).toEqual([0, 0, 0]);
    expect((await gql(stack.url, SEAT_MAP, { id: setup.showtimeId })).body.data.showtime.freeSeatCount).toBe(36);
  }, 60_000);
});
