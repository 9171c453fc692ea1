import { OutboxEvent, loadSubgraphConfig, startSubgraph } from '../../../kit';
import { TestClock } from '../../../test/helpers/clock';
import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { disposeAfterAll, startTestStack, type TestStack } from '../../../test/helpers/stack';
import { bookings } from '../index';
import { RoomNight, TravelBooking } from '../src/entities';
import { TRAVEL_HOLD_EXPIRED_EVENT, TravelService } from '../src/travel';
import { adminToken } from './helpers';
import { CANCEL_TRAVEL, CONFIRM_TRAVEL, HOLD_ROOM, HOTEL_SEARCH, MODIFY_STAY, createProperty, dayAfter } from './travel-helpers';

const TTL_MS = 120_000;

// 200 racing holds through the router on two shared cores: the assertions are about counts, not time.
jest.setTimeout(180_000);

describe('bookings: hotels (#41) through the router', () => {
  let stack: TestStack;
  let admin: string;
  let alice: TestUser;
  let bob: TestUser;
  const clock = new TestClock();
  const em = () => stack.subgraphs.find((s) => s.name === 'bookings')!.orm.em.fork();
  // Days counted from when the suite started, so a run that crosses midnight (UTC) keeps its dates.
  const started = clock.now();
  const day = (n: number) => dayAfter(started, n);

  /** Rooms taken per night of a room type, from the index. */
  async function bookedByNight(roomTypeId: string): Promise<Record<string, number>> {
    const rows = await em().find(RoomNight, { roomTypeId }, { orderBy: { night: 'asc' } });
    return Object.fromEntries(rows.filter((r) => r.booked).map((r) => [r.night, r.booked]));
  }

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'bookings'],
      clock,
      env: {
        SEED_DEMO_DATA: 'true',
        BOOKINGS_HOLD_SWEEP_MS: '0',
        BOOKINGS_HOLD_TTL_SECONDS: String(TTL_MS / 1000),
        BOOKINGS_INVENTORY_DAYS: '60',
        SUBGRAPH_TIMEOUT_MS: '60000',
      },
    });
    admin = await adminToken(stack.url);
    alice = await signUpUser(stack.url, 'alice');
    bob = await signUpUser(stack.url, 'bob');
  });

  it('searches a city from the index with filters and sort, and the index follows holds, confirmations and cancellations', async () => {
    const sea = await createProperty(stack.url, admin, {
      name: 'Sea View',
      city: 'Lagos',
      stars: 4,
      roomTypes: [
        { name: 'Double', maxGuests: 2, totalRooms: 2, rate: 10_000 },
        { name: 'Suite', maxGuests: 4, totalRooms: 1, rate: 30_000 },
      ],
    });
    await createProperty(stack.url, admin, {
      name: 'Budget Inn',
      city: 'lagos ',
      stars: 2,
      roomTypes: [{ name: 'Single', maxGuests: 1, totalRooms: 5, rate: 4_000, minStayNights: 3 }],
    });
    const denied = await gql(
      stack.url,
      `mutation { createProperty(input: { name: "X", city: "Y", stars: 1, roomTypes: [] }) { errors { code } } }`,
      {},
      { token: alice.token },
    );
    expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
    // Cheaper nights for the Double on the second night.
    const rates = await gql(
      stack.url,
      `mutation($i: SetRoomRatesInput!) { setRoomRates(input: $i) { nightsChanged errors { code } } }`,
      { i: { roomTypeId: sea.roomTypes.Double, from: day(11), to: day(12), rate: 8_000 } },
      { token: admin },
    );
    expect(rates.body.data.setRoomRates).toEqual({ nightsChanged: 1, errors: [] });

    const search = (input: Record<string, unknown>) =>
      gql(stack.url, HOTEL_SEARCH, { input: { city: 'LAGOS', checkIn: day(10), checkOut: day(12), guests: 1, ...input } });
    const all = await search({});
    expect(all.body.data.hotelAvailability.totalCount).toBe(2); // the Single needs 3 nights
    expect(all.body.data.hotelAvailability.edges.map((e: any) => [e.node.roomType.name, e.node.total.amount, e.node.roomsLeft])).toEqual([
      ['Double', 18_000, 2],
      ['Suite', 60_000, 1],
    ]);
    const threeNights = await search({ checkOut: day(13), sort: 'PRICE_ASC' });
    expect(threeNights.body.data.hotelAvailability.edges.map((e: any) => e.node.roomType.name)).toEqual(['Single', 'Double', 'Suite']);
    const filtered = await search({ checkOut: day(13), guests: 3, minStars: 3 });
    expect(filtered.body.data.hotelAvailability.edges.map((e: any) => e.node.roomType.name)).toEqual(['Suite']);
    const starsFirst = await search({ checkOut: day(13), sort: 'STARS_DESC', maxTotal: 40_000 });
    expect(starsFirst.body.data.hotelAvailability.edges.map((e: any) => e.node.roomType.name)).toEqual(['Double', 'Single']);
    // Pages: one by one, the cursor continues.
    const page1 = await gql(stack.url, HOTEL_SEARCH, {
      input: { city: 'Lagos', checkIn: day(10), checkOut: day(13), guests: 1 },
      first: 1,
    });
    const page2 = await gql(stack.url, HOTEL_SEARCH, {
      input: { city: 'Lagos', checkIn: day(10), checkOut: day(13), guests: 1 },
      first: 1,
      after: page1.body.data.hotelAvailability.pageInfo.endCursor,
    });
    expect(page2.body.data.hotelAvailability.edges[0].node.roomType.name).toBe('Double');

    // Two holds of the Double: the index says no Double is left for night 11, so search drops it.
    const holds = await Promise.all(
      [alice, bob].map((u) =>
        gql(
          stack.url,
          HOLD_ROOM,
          { input: { roomTypeId: sea.roomTypes.Double, checkIn: day(11), checkOut: day(12), guests: 2 } },
          { token: u.token },
        ),
      ),
    );
    for (const h of holds) expect(h.body.data.holdRoom.errors).toEqual([]);
    expect(holds[0]!.body.data.holdRoom.booking).toMatchObject({
      kind: 'HOTEL',
      status: 'HELD',
      total: { amount: 8_000, currency: 'EUR' },
    });
    expect((await search({})).body.data.hotelAvailability.edges.map((e: any) => e.node.roomType.name)).toEqual(['Suite']);
    const third = await gql(
      stack.url,
      HOLD_ROOM,
      { input: { roomTypeId: sea.roomTypes.Double, checkIn: day(10), checkOut: day(12), guests: 1 } },
      { token: alice.token },
    );
    expect(third.body.data.holdRoom).toEqual({
      booking: null,
      errors: [{ field: 'input.checkIn', code: 'CONFLICT', message: 'Not enough rooms of this type are free on every night of the stay.' }],
    });
    expect(await bookedByNight(sea.roomTypes.Double!)).toEqual({ [day(11)]: 2 });

    // Confirm one, cancel the other (a hold costs nothing): the Double is back for night 11 once.
    const [a, b] = holds.map((h) => h.body.data.holdRoom.booking.id as string) as [string, string];
    const confirmed = await gql(stack.url, CONFIRM_TRAVEL, { id: a }, { token: alice.token });
    expect(confirmed.body.data.confirmTravelBooking.booking.status).toBe('CONFIRMED');
    const stranger = await gql(stack.url, CANCEL_TRAVEL, { id: a }, { token: bob.token });
    expect(stranger.body.data.cancelTravelBooking.errors[0].code).toBe('NOT_FOUND');
    const cancelled = await gql(stack.url, CANCEL_TRAVEL, { id: b }, { token: bob.token });
    expect(cancelled.body.data.cancelTravelBooking.booking).toMatchObject({ status: 'CANCELLED', cancellationFee: { amount: 0 } });
    const twice = await gql(stack.url, CANCEL_TRAVEL, { id: b }, { token: bob.token });
    expect(twice.body.data.cancelTravelBooking.errors).toEqual([{ field: 'id', code: 'CONFLICT', message: 'The booking is cancelled.' }]);
    expect(await bookedByNight(sea.roomTypes.Double!)).toEqual({ [day(11)]: 1 });
    expect((await search({})).body.data.hotelAvailability.edges[0].node).toMatchObject({ roomType: { name: 'Double' }, roomsLeft: 1 });
  });

  it('cancelling a confirmed stay is free until the deadline and costs the policy fee after it; buffers and minimum stays count', async () => {
    const hotel = await createProperty(stack.url, admin, {
      name: 'Policy Hotel',
      city: 'Porto',
      stars: 3,
      freeCancellationHours: 72,
      cancellationFeePercent: 50,
      roomTypes: [{ name: 'Twin', maxGuests: 2, totalRooms: 1, rate: 10_000, minStayNights: 2, bufferNights: 1 }],
    });
    const twin = hotel.roomTypes.Twin!;
    const hold = (token: string, checkIn: string, checkOut: string) =>
      gql(stack.url, HOLD_ROOM, { input: { roomTypeId: twin, checkIn, checkOut, guests: 2 } }, { token });
    // Minimum stay.
    const short = await hold(alice.token, day(20), day(21));
    expect(short.body.data.holdRoom.errors).toEqual([
      { field: 'input.checkOut', code: 'BAD_USER_INPUT', message: 'This room type needs a stay of at least 2 nights.' },
    ]);
    // Check-in in two days: the 72-hour deadline has passed already, so cancelling costs 50 %.
    const late = await hold(alice.token, day(2), day(4));
    expect(late.body.data.holdRoom.errors).toEqual([]);
    // The buffer night after check-out is taken too: a stay starting on the check-out day does not fit.
    expect(await bookedByNight(twin)).toEqual({ [day(2)]: 1, [day(3)]: 1, [day(4)]: 1 });
    expect((await hold(bob.token, day(4), day(6))).body.data.holdRoom.errors[0].code).toBe('CONFLICT');
    const lateId = late.body.data.holdRoom.booking.id;
    await gql(stack.url, CONFIRM_TRAVEL, { id: lateId }, { token: alice.token });
    const fee = await gql(stack.url, CANCEL_TRAVEL, { id: lateId }, { token: alice.token });
    expect(fee.body.data.cancelTravelBooking.booking).toMatchObject({
      status: 'CANCELLED',
      total: { amount: 20_000 },
      cancellationFee: { amount: 10_000 },
    });
    expect(await bookedByNight(twin)).toEqual({});
    // Check-in in ten days: free.
    const early = await hold(alice.token, day(10), day(12));
    const earlyId = early.body.data.holdRoom.booking.id;
    await gql(stack.url, CONFIRM_TRAVEL, { id: earlyId }, { token: alice.token });
    const free = await gql(stack.url, CANCEL_TRAVEL, { id: earlyId }, { token: alice.token });
    expect(free.body.data.cancelTravelBooking.booking).toMatchObject({ status: 'CANCELLED', cancellationFee: { amount: 0 } });
    expect(await bookedByNight(twin)).toEqual({});
  });

  it('modifies dates and guests, moving the nights in the index; a change to full nights is refused and changes nothing', async () => {
    const hotel = await createProperty(stack.url, admin, {
      name: 'Modify Hotel',
      city: 'Faro',
      stars: 3,
      roomTypes: [{ name: 'Room', maxGuests: 2, totalRooms: 1, rate: 5_000 }],
    });
    const room = hotel.roomTypes.Room!;
    const mine = await gql(
      stack.url,
      HOLD_ROOM,
      { input: { roomTypeId: room, checkIn: day(5), checkOut: day(7), guests: 1 } },
      { token: alice.token },
    );
    const id = mine.body.data.holdRoom.booking.id;
    await gql(stack.url, CONFIRM_TRAVEL, { id }, { token: alice.token });
    const other = await gql(
      stack.url,
      HOLD_ROOM,
      { input: { roomTypeId: room, checkIn: day(9), checkOut: day(10), guests: 1 } },
      { token: bob.token },
    );
    expect(other.body.data.holdRoom.errors).toEqual([]);

    const moved = await gql(
      stack.url,
      MODIFY_STAY,
      { id, input: { checkIn: day(6), checkOut: day(9), guests: 2 } },
      { token: alice.token },
    );
    expect(moved.body.data.modifyHotelBooking.errors).toEqual([]);
    expect(moved.body.data.modifyHotelBooking.booking).toMatchObject({
      status: 'CONFIRMED',
      total: { amount: 15_000 },
      stay: { checkIn: day(6), checkOut: day(9), nights: 3, guests: 2 },
    });
    expect(await bookedByNight(room)).toEqual({ [day(6)]: 1, [day(7)]: 1, [day(8)]: 1, [day(9)]: 1 });

    const clash = await gql(stack.url, MODIFY_STAY, { id, input: { checkOut: day(10) } }, { token: alice.token });
    expect(clash.body.data.modifyHotelBooking.errors[0]).toMatchObject({ code: 'CONFLICT', field: 'input.checkIn' });
    const tooMany = await gql(stack.url, MODIFY_STAY, { id, input: { guests: 3 } }, { token: alice.token });
    expect(tooMany.body.data.modifyHotelBooking.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.guests' });
    const row = await em().findOneOrFail(TravelBooking, { id });
    expect([row.checkIn, row.checkOut, row.guests, row.total]).toEqual([day(6), day(9), 2, 15_000]);
    expect(await bookedByNight(room)).toEqual({ [day(6)]: 1, [day(7)]: 1, [day(8)]: 1, [day(9)]: 1 });
  });

  it('refuses bad input with a typed error naming the field, and changes nothing', async () => {
    const hotel = await createProperty(stack.url, admin, {
      name: 'Strict Hotel',
      city: 'Braga',
      stars: 3,
      roomTypes: [{ name: 'Room', maxGuests: 2, totalRooms: 3, rate: 5_000 }],
    });
    const room = hotel.roomTypes.Room!;
    const bookingsBefore = await em().count(TravelBooking, {});
    const hold = (input: Record<string, unknown>) =>
      gql(
        stack.url,
        HOLD_ROOM,
        { input: { roomTypeId: room, checkIn: day(5), checkOut: day(7), guests: 1, ...input } },
        { token: alice.token },
      );
    const cases: [Record<string, unknown>, { field: string; code: string; message: string }][] = [
      [{ checkOut: day(4) }, { field: 'input.checkOut', code: 'BAD_USER_INPUT', message: 'checkOut must be after checkIn.' }],
      [{ checkOut: day(5) }, { field: 'input.checkOut', code: 'BAD_USER_INPUT', message: 'checkOut must be after checkIn.' }],
      [{ checkOut: day(36) }, { field: 'input.checkOut', code: 'BAD_USER_INPUT', message: 'A stay is at most 30 nights.' }],
      [
        { checkIn: `${day(5)}T00:00:00+02:00` },
        { field: 'input.checkIn', code: 'BAD_USER_INPUT', message: 'checkIn must be a day written YYYY-MM-DD, e.g. 2026-12-24.' },
      ],
      [
        { checkIn: '2026-02-30' },
        { field: 'input.checkIn', code: 'BAD_USER_INPUT', message: 'checkIn must be a day written YYYY-MM-DD, e.g. 2026-12-24.' },
      ],
      [{ checkIn: day(-1) }, { field: 'input.checkIn', code: 'BAD_USER_INPUT', message: 'checkIn must be today or later.' }],
      [
        { roomTypeId: '01900000-0000-7000-8000-000000000999' },
        { field: 'input.roomTypeId', code: 'NOT_FOUND', message: 'No room type with this id.' },
      ],
      [{ roomTypeId: 'nope' }, { field: 'input.roomTypeId', code: 'NOT_FOUND', message: 'No room type with this id.' }],
      [{ guests: 0 }, { field: 'input.guests', code: 'BAD_USER_INPUT', message: 'guests must be a whole number from 1 to 40.' }],
      [{ guests: 3 }, { field: 'input.guests', code: 'BAD_USER_INPUT', message: '1 room(s) of this type sleep at most 2 guests.' }],
      [{ rooms: 10 }, { field: 'input.rooms', code: 'BAD_USER_INPUT', message: 'rooms must be a whole number from 1 to 9.' }],
      [
        { tripId: '01900000-0000-7000-8000-000000000999' },
        { field: 'input.tripId', code: 'NOT_FOUND', message: 'No trip of yours with this id.' },
      ],
    ];
    for (const [input, error] of cases) {
      const res = await hold(input);
      expect({ input, answer: res.body.data.holdRoom }).toEqual({ input, answer: { booking: null, errors: [error] } });
    }
    const badSearch = await gql(stack.url, HOTEL_SEARCH, { input: { city: 'Braga', checkIn: day(7), checkOut: day(5), guests: 1 } });
    expect(errorCodes(badSearch)).toEqual(['BAD_USER_INPUT']);
    expect(badSearch.body.errors?.[0]?.message).toContain('checkOut must be after checkIn.');
    const anonymous = await gql(stack.url, HOLD_ROOM, { input: { roomTypeId: room, checkIn: day(5), checkOut: day(7), guests: 1 } });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(await em().count(TravelBooking, {})).toBe(bookingsBefore);
    expect(await bookedByNight(room)).toEqual({});
    // Positive control: the same request with good input goes through.
    expect((await hold({})).body.data.holdRoom.errors).toEqual([]);
    expect(await bookedByNight(room)).toEqual({ [day(5)]: 1, [day(6)]: 1 });
  });

  it('200 concurrent holds of the last 20 rooms for overlapping dates: no night is oversold, the index matches the bookings', async () => {
    const hotel = await createProperty(stack.url, admin, {
      name: 'Rush Hotel',
      city: 'Coimbra',
      stars: 3,
      roomTypes: [{ name: 'Room', maxGuests: 2, totalRooms: 20, rate: 7_000 }],
    });
    const room = hotel.roomTypes.Room!;
    const users = await Promise.all(Array.from({ length: 8 }, (_, i) => signUpUser(stack.url, `rush${i}`)));
    // Stays starting on day 10, 11 or 12 and ending on day 13 to 15: all of them overlap on night 12.
    const stays = Array.from({ length: 200 }, (_, i) => {
      const start = 10 + (i % 3);
      const nights = 1 + ((i * 7) % 4);
      return { checkIn: day(start), checkOut: day(Math.max(start + nights, 13)) };
    });
    const answers = await Promise.all(
      stays.map((stay, i) =>
        gql(stack.url, HOLD_ROOM, { input: { roomTypeId: room, ...stay, guests: 1 } }, { token: users[i % users.length]!.token }),
      ),
    );
    const won = answers.filter((a) => a.body.data?.holdRoom?.booking);
    const lost = answers.filter((a) => a.body.data?.holdRoom?.errors?.[0]?.code === 'CONFLICT');
    expect(won.length + lost.length).toBe(200);
    expect(won.length).toBeGreaterThan(0);
    const booked = await bookedByNight(room);
    for (const count of Object.values(booked)) expect(count).toBeLessThanOrEqual(20);
    // The index equals the live bookings night by night.
    const live = await em().find(TravelBooking, { roomTypeId: room, status: 'HELD' });
    expect(live.map((b) => b.id).sort()).toEqual(won.map((a) => a.body.data.holdRoom.booking.id).sort());
    const expected: Record<string, number> = {};
    for (const b of live) {
      for (let n = b.checkIn!; n < b.claimedUntil!; n = new Date(Date.parse(`${n}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) {
        expected[n] = (expected[n] ?? 0) + 1;
      }
    }
    expect(booked).toEqual(expected);
    // Every stay covers night 12 and no night is fuller than it, so exactly its 20 rooms were won.
    expect(won).toHaveLength(20);
    expect(booked[day(12)]).toBe(20);
  });

  it('holds run out on their own: replicas sweeping at once give each hold’s nights back exactly once; confirmed ones stay', async () => {
    const hotel = await createProperty(stack.url, admin, {
      name: 'Sweep Hotel',
      city: 'Evora',
      stars: 3,
      roomTypes: [{ name: 'Room', maxGuests: 2, totalRooms: 10, rate: 5_000 }],
    });
    const room = hotel.roomTypes.Room!;
    const holds = await Promise.all(
      Array.from({ length: 6 }, () =>
        gql(stack.url, HOLD_ROOM, { input: { roomTypeId: room, checkIn: day(3), checkOut: day(5), guests: 1 } }, { token: alice.token }),
      ),
    );
    const ids: string[] = holds.map((h) => h.body.data.holdRoom.booking.id);
    await gql(stack.url, CONFIRM_TRAVEL, { id: ids[0] }, { token: alice.token });
    expect(await bookedByNight(room)).toEqual({ [day(3)]: 6, [day(4)]: 6 });
    const env = { ...stack.env, BOOKINGS_HOLD_SWEEP_MS: '0' };
    const replicas = await Promise.all(
      [0, 1, 2].map(async () => {
        const replica = await startSubgraph(bookings, { config: loadSubgraphConfig(env), env, port: 0, clock });
        disposeAfterAll(() => replica.stop());
        return replica;
      }),
    );
    // Positive control first: nothing is due yet.
    expect(await Promise.all(replicas.map((r) => new TravelService().releaseExpired(r.serviceDeps())))).toEqual([0, 0, 0]);
    clock.advance(TTL_MS + 1);
    const late = await gql(stack.url, CONFIRM_TRAVEL, { id: ids[1] }, { token: alice.token });
    expect(late.body.data.confirmTravelBooking.errors).toEqual([{ field: 'id', code: 'CONFLICT', message: 'The hold has expired.' }]);
    const raced = await Promise.all(replicas.map((r) => new TravelService().releaseExpired(r.serviceDeps())));
    expect(raced.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(5);
    expect(await bookedByNight(room)).toEqual({ [day(3)]: 1, [day(4)]: 1 });
    const rows = await em().find(TravelBooking, { id: { $in: ids } });
    expect(
      rows
        .filter((r) => r.status === 'EXPIRED')
        .map((r) => r.id)
        .sort(),
    ).toEqual(ids.slice(1).sort());
    const events = await em().find(OutboxEvent, { type: TRAVEL_HOLD_EXPIRED_EVENT });
    const released = events.map((e) => (e.payload as { bookingId: string }).bookingId).filter((id) => ids.includes(id));
    expect(released.sort()).toEqual(ids.slice(1).sort());
    expect(await Promise.all(replicas.map((r) => new TravelService().releaseExpired(r.serviceDeps())))).toEqual([0, 0, 0]);
  });
});
