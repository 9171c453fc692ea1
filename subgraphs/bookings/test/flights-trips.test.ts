import { TestClock } from '../../../test/helpers/clock';
import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { FareClass, Showtime, TravelBooking } from '../src/entities';
import { CREATE_AUDITORIUM, CREATE_MOVIE, CREATE_SHOWTIME, adminToken } from './helpers';
import {
  CANCEL_TRAVEL,
  CONFIRM_TRAVEL,
  CREATE_FLIGHT,
  FLIGHT_SEARCH,
  HOLD_FLIGHT,
  HOLD_ROOM,
  createProperty,
  dayAfter,
} from './travel-helpers';

const HOUR = 3600_000;
jest.setTimeout(180_000);

describe('bookings: flights, trips and the auditorium double-booking fix', () => {
  let stack: TestStack;
  let admin: string;
  let alice: TestUser;
  let bob: TestUser;
  const clock = new TestClock();
  const em = () => stack.subgraphs.find((s) => s.name === 'bookings')!.orm.em.fork();
  // Hours after today's 00:00 UTC, so flights of one test leave on the same day whatever the time of the run.
  const at = (hours: number) => new Date(Date.parse(`${dayAfter(clock.now(), 0)}T00:00:00Z`) + hours * HOUR).toISOString();

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'bookings'],
      clock,
      env: { SEED_DEMO_DATA: 'true', BOOKINGS_HOLD_SWEEP_MS: '0', BOOKINGS_INVENTORY_DAYS: '30', SUBGRAPH_TIMEOUT_MS: '60000' },
    });
    admin = await adminToken(stack.url);
    alice = await signUpUser(stack.url, 'alice');
    bob = await signUpUser(stack.url, 'bob');
  });

  const flightInput = (number: string, departsInHours: number, seats: number) => ({
    number,
    freeCancellationHours: 48,
    cancellationFeePercent: 25,
    segments: [
      { flightNumber: number, origin: 'OPO', destination: 'MAD', departsAt: at(departsInHours), arrivesAt: at(departsInHours + 1.5) },
      {
        flightNumber: `${number}X`,
        origin: 'MAD',
        destination: 'MUC',
        departsAt: at(departsInHours + 3),
        arrivesAt: at(departsInHours + 6),
      },
    ],
    fareClasses: [
      { code: 'Y', cabin: 'ECONOMY', price: 12_000, seats },
      { code: 'J', cabin: 'BUSINESS', price: 50_000, seats: 2 },
    ],
  });

  it('flights with segments and fare classes: search by route and day with filters and sort, hold, confirm, cancel with the fee', async () => {
    const created = await gql(stack.url, CREATE_FLIGHT, { input: flightInput('HG100', 24 * 5 + 2, 3) }, { token: admin });
    const flight = created.body.data.createFlight.flight;
    expect(flight).toMatchObject({ origin: 'OPO', destination: 'MUC', stops: 1, durationMinutes: 360 });
    expect(flight.segments.map((s: any) => `${s.origin}-${s.destination}`)).toEqual(['OPO-MAD', 'MAD-MUC']);
    const direct = await gql(
      stack.url,
      CREATE_FLIGHT,
      {
        input: {
          number: 'HG200',
          segments: [{ flightNumber: 'HG200', origin: 'OPO', destination: 'MUC', departsAt: at(24 * 5 + 4), arrivesAt: at(24 * 5 + 8) }],
          fareClasses: [{ code: 'Y', cabin: 'ECONOMY', price: 20_000, seats: 5 }],
        },
      },
      { token: admin },
    );
    expect(direct.body.data.createFlight.errors).toEqual([]);
    const date = at(24 * 5 + 2).slice(0, 10);
    const search = (input: Record<string, unknown>) =>
      gql(stack.url, FLIGHT_SEARCH, { input: { origin: 'opo', destination: 'MUC', date, ...input } });
    const cheap = await search({ passengers: 2 });
    expect(
      cheap.body.data.flightAvailability.edges.map((e: any) => [e.node.flight.number, e.node.fareClass.code, e.node.total.amount]),
    ).toEqual([
      ['HG100', 'Y', 24_000],
      ['HG200', 'Y', 40_000],
      ['HG100', 'J', 100_000],
    ]);
    const nonstop = await search({ maxStops: 0 });
    expect(nonstop.body.data.flightAvailability.edges.map((e: any) => e.node.flight.number)).toEqual(['HG200']);
    const fastest = await search({ sort: 'DURATION', cabin: 'ECONOMY' });
    expect(fastest.body.data.flightAvailability.edges.map((e: any) => e.node.flight.number)).toEqual(['HG200', 'HG100']);

    const economy = flight.fareClasses.find((c: any) => c.code === 'Y').id;
    const hold = await gql(stack.url, HOLD_FLIGHT, { input: { fareClassId: economy, passengers: 2 } }, { token: alice.token });
    expect(hold.body.data.holdFlight.booking).toMatchObject({
      kind: 'FLIGHT',
      status: 'HELD',
      total: { amount: 24_000 },
      flight: { passengers: 2 },
    });
    const tooMany = await gql(stack.url, HOLD_FLIGHT, { input: { fareClassId: economy, passengers: 2 } }, { token: bob.token });
    expect(tooMany.body.data.holdFlight.errors).toEqual([
      { field: 'input.passengers', code: 'CONFLICT', message: 'Not enough seats are left in this fare class.' },
    ]);
    // Two passengers no longer fit in HG100's economy.
    expect(
      (await search({ passengers: 2, cabin: 'ECONOMY' })).body.data.flightAvailability.edges.map((e: any) => e.node.flight.number),
    ).toEqual(['HG200']);
    const id = hold.body.data.holdFlight.booking.id;
    await gql(stack.url, CONFIRM_TRAVEL, { id }, { token: alice.token });
    // Departure in five days, free until 48 h before: free now.
    const cancelled = await gql(stack.url, CANCEL_TRAVEL, { id }, { token: alice.token });
    expect(cancelled.body.data.cancelTravelBooking.booking).toMatchObject({ status: 'CANCELLED', cancellationFee: { amount: 0 } });
    expect((await em().findOneOrFail(FareClass, { id: economy })).booked).toBe(0);

    // A flight in 24 h: past the 48-hour deadline, a confirmed cancellation costs 25 %.
    const soon = (await gql(stack.url, CREATE_FLIGHT, { input: flightInput('HG300', 24, 10) }, { token: admin })).body.data.createFlight
      .flight;
    const soonY = soon.fareClasses.find((c: any) => c.code === 'Y').id;
    const b = (await gql(stack.url, HOLD_FLIGHT, { input: { fareClassId: soonY, passengers: 1 } }, { token: bob.token })).body.data
      .holdFlight.booking;
    await gql(stack.url, CONFIRM_TRAVEL, { id: b.id }, { token: bob.token });
    const fee = await gql(stack.url, CANCEL_TRAVEL, { id: b.id }, { token: bob.token });
    expect(fee.body.data.cancelTravelBooking.booking).toMatchObject({ status: 'CANCELLED', cancellationFee: { amount: 3_000 } });
  });

  it('50 concurrent holds for 10 seats: exactly 10 seats are sold', async () => {
    const flight = (await gql(stack.url, CREATE_FLIGHT, { input: flightInput('HG400', 24 * 7, 10) }, { token: admin })).body.data
      .createFlight.flight;
    const y = flight.fareClasses.find((c: any) => c.code === 'Y').id;
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        gql(stack.url, HOLD_FLIGHT, { input: { fareClassId: y, passengers: 1 + (i % 2) } }, { token: (i % 2 ? alice : bob).token }),
      ),
    );
    const won = answers
      .filter((a) => a.body.data.holdFlight.booking)
      .map((a) => a.body.data.holdFlight.booking.flight.passengers as number);
    expect(answers.filter((a) => a.body.data.holdFlight.errors[0]?.code === 'CONFLICT').length + won.length).toBe(50);
    const fare = await em().findOneOrFail(FareClass, { id: y });
    expect(fare.booked).toBe(won.reduce((a, n) => a + n, 0));
    expect(fare.booked).toBeLessThanOrEqual(10);
    // Seats only fill up here, so every refused hold asked for more than is free even now.
    const refused = answers.map((a, i) => (a.body.data.holdFlight.booking ? 0 : 1 + (i % 2))).filter(Boolean);
    for (const passengers of refused) expect(passengers).toBeGreaterThan(10 - fare.booked);
  });

  it('refuses bad flight input (times in a non-UTC offset, unknown fare class) with typed errors, creating nothing', async () => {
    const before = await em().count(TravelBooking, {});
    const offset = flightInput('HG500', 48, 5);
    offset.segments[0]!.departsAt = offset.segments[0]!.departsAt.replace('Z', '+02:00');
    const res = await gql(stack.url, CREATE_FLIGHT, { input: offset }, { token: admin });
    expect(res.body.data.createFlight).toEqual({
      flight: null,
      errors: [
        {
          field: 'input.segments.0.departsAt',
          code: 'BAD_USER_INPUT',
          message: 'departsAt must be in UTC and end in Z, e.g. 2026-12-24T18:00:00Z.',
        },
      ],
    });
    const backwards = flightInput('HG501', 48, 5);
    backwards.segments[1]!.origin = 'LIS';
    expect((await gql(stack.url, CREATE_FLIGHT, { input: backwards }, { token: admin })).body.data.createFlight.errors).toEqual([
      { field: 'input.segments.1.origin', code: 'BAD_USER_INPUT', message: 'A segment leaves from where the previous one landed.' },
    ]);
    const unknown = await gql(
      stack.url,
      HOLD_FLIGHT,
      { input: { fareClassId: '01900000-0000-7000-8000-000000000999', passengers: 1 } },
      { token: alice.token },
    );
    expect(unknown.body.data.holdFlight.errors).toEqual([
      { field: 'input.fareClassId', code: 'NOT_FOUND', message: 'No fare class with this id.' },
    ]);
    const search = await gql(stack.url, FLIGHT_SEARCH, { input: { origin: 'LISBON', destination: 'BER', date: '2026-13-01' } });
    expect(errorCodes(search)).toEqual(['BAD_USER_INPUT']);
    expect(await em().count(TravelBooking, {})).toBe(before);
    // Positive control: the same flight with UTC times is created.
    expect(
      (await gql(stack.url, CREATE_FLIGHT, { input: flightInput('HG500', 48, 5) }, { token: admin })).body.data.createFlight.errors,
    ).toEqual([]);
  });

  it('a trip groups a user’s hotel and flight bookings, with their totals; other users cannot see or use it', async () => {
    const trip = await gql(
      stack.url,
      `mutation { createTrip(name: "Berlin weekend") { trip { id name } errors { code } } }`,
      {},
      { token: alice.token },
    );
    const tripId = trip.body.data.createTrip.trip.id;
    const hotel = await createProperty(stack.url, admin, {
      name: 'Trip Hotel',
      city: 'Berlin',
      stars: 4,
      roomTypes: [{ name: 'Room', maxGuests: 2, totalRooms: 2, rate: 9_000 }],
    });
    const flight = (await gql(stack.url, CREATE_FLIGHT, { input: flightInput('HG600', 24 * 3, 10) }, { token: admin })).body.data
      .createFlight.flight;
    const stay = await gql(
      stack.url,
      HOLD_ROOM,
      {
        input: {
          roomTypeId: hotel.roomTypes.Room,
          checkIn: dayAfter(clock.now(), 4),
          checkOut: dayAfter(clock.now(), 6),
          guests: 2,
          tripId,
        },
      },
      { token: alice.token },
    );
    expect(stay.body.data.holdRoom.booking.trip).toEqual({ id: tripId });
    const seats = await gql(
      stack.url,
      HOLD_FLIGHT,
      { input: { fareClassId: flight.fareClasses[0].id, passengers: 2, tripId } },
      { token: alice.token },
    );
    expect(seats.body.data.holdFlight.errors).toEqual([]);
    const notHers = await gql(
      stack.url,
      HOLD_FLIGHT,
      { input: { fareClassId: flight.fareClasses[0].id, passengers: 1, tripId } },
      { token: bob.token },
    );
    expect(notHers.body.data.holdFlight.errors[0]).toMatchObject({ field: 'input.tripId', code: 'NOT_FOUND' });
    const read = `query($id: ID!) { trip(id: $id) { name totals { amount currency } bookings { totalCount edges { node { kind stay { nights } flight { passengers } } } } } }`;
    const mine = await gql(stack.url, read, { id: tripId }, { token: alice.token });
    expect(mine.body.data.trip).toEqual({
      name: 'Berlin weekend',
      totals: [{ amount: 18_000 + 24_000, currency: 'EUR' }],
      bookings: {
        totalCount: 2,
        edges: [
          { node: { kind: 'HOTEL', stay: { nights: 2 }, flight: null } },
          { node: { kind: 'FLIGHT', stay: null, flight: { passengers: 2 } } },
        ],
      },
    });
    expect((await gql(stack.url, read, { id: tripId }, { token: bob.token })).body.data.trip).toBeNull();
    const list = await gql(
      stack.url,
      `{ myTrips { totalCount } myTravelBookings(first: 1) { totalCount edges { node { kind } } } }`,
      {},
      { token: alice.token },
    );
    expect(list.body.data.myTrips.totalCount).toBe(1);
    expect(list.body.data.myTravelBookings.edges).toHaveLength(1);
  });

  it('overlapping showtimes created at the same time in one auditorium: exactly one is created', async () => {
    const auditorium = await gql(
      stack.url,
      CREATE_AUDITORIUM,
      { input: { name: 'Race Hall', rows: [{ label: 'A', seats: 5 }] } },
      { token: admin },
    );
    const auditoriumId = auditorium.body.data.createAuditorium.auditorium.id;
    const movie = await gql(stack.url, CREATE_MOVIE, { input: { title: 'Race', genre: 'Drama' } }, { token: admin });
    const cinemaMovieId = movie.body.data.createCinemaMovie.cinemaMovie.id;
    for (let round = 0; round < 3; round++) {
      const base = 24 * (10 + round);
      // Twelve showtimes, each overlapping all the others (starts 10 minutes apart, 2 hours long).
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          gql(
            stack.url,
            CREATE_SHOWTIME,
            {
              input: { cinemaMovieId, auditoriumId, startsAt: at(base + i / 6), endsAt: at(base + i / 6 + 2), prices: { standard: 1000 } },
            },
            { token: admin },
          ),
        ),
      );
      const created = answers.filter((a) => a.body.data.createShowtime.showtime);
      expect(created).toHaveLength(1);
      for (const a of answers.filter((x) => !x.body.data.createShowtime.showtime)) {
        expect(a.body.data.createShowtime.errors).toEqual([
          { field: 'input.startsAt', code: 'CONFLICT', message: 'The auditorium has another showtime at that time.' },
        ]);
      }
    }
    expect(await em().count(Showtime, { auditoriumId })).toBe(3);
  });
});
