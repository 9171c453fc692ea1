import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { errorCodes, gql, logInUser, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { TestClock } from '../../../test/helpers/clock';
import { disposeAfterAll, startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { Reservation, SeatClaim } from '../src/entities';
import { seatMapTopic } from '../src/service';
import { CANCEL, CONFIRM, CREATE_MOVIE, CREATE_SHOWTIME, HOLD, SEAT_MAP, adminToken, setUpShowtime } from './helpers';

const HOUR = 3600_000;

// Hundreds of racing requests through the router: on CI's two shared cores this takes longer than
// the default minute; the assertions are about counts, not time.
jest.setTimeout(180_000);

describe('bookings: cinema reservations through the router (#42)', () => {
  let stack: TestStack;
  let admin: string;
  let alice: TestUser;
  let bob: TestUser;
  const clock = new TestClock();
  const clients: Client[] = [];
  const bookingsOrm = () => stack.subgraphs.find((s) => s.name === 'bookings')!.orm.em.fork();

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'bookings'],
      clock,
      env: {
        SEED_DEMO_DATA: 'true',
        // The rush of 500 claims checks an invariant, not latency (that belongs in bench/): on a loaded
        // machine its tail may wait longer than the router's default 10 s for the showtime's turn.
        SUBGRAPH_TIMEOUT_MS: '60000',
      },
    });
    admin = await adminToken(stack.url);
    alice = await signUpUser(stack.url, 'alice');
    bob = await signUpUser(stack.url, 'bob');
    disposeAfterAll(async () => {
      await Promise.all(clients.map((c) => c.dispose()));
    });
  });

  it('lets only admins manage movies and showtimes; users list showtimes of a day and see the seat map', async () => {
    const startsAt = new Date(clock.now().getTime() + 40 * 24 * HOUR);
    const denied = await gql(stack.url, CREATE_MOVIE, { input: { title: 'X', genre: 'Drama' } }, { token: alice.token });
    expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
    const setup = await setUpShowtime(stack.url, admin, {
      name: 'Screen 1',
      rows: 2,
      perRow: 4,
      startsAt,
      blockFirst: true,
      movieId: '999001',
    });

    const day = startsAt.toISOString().slice(0, 10);
    const list = await gql(
      stack.url,
      `query($d: String!) { showtimes(date: $d) { totalCount edges { node { id cinemaMovie { title movie { id } } auditorium { name capacity } } } } }`,
      { d: day },
    );
    expect(list.body.data.showtimes.totalCount).toBe(1);
    expect(list.body.data.showtimes.edges[0].node).toEqual({
      id: setup.showtimeId,
      cinemaMovie: { title: 'Screen 1 movie', movie: { id: '999001' } },
      auditorium: { name: 'Screen 1', capacity: 7 },
    });
    const map = await gql(stack.url, SEAT_MAP, { id: setup.showtimeId });
    expect(map.body.data.showtime.freeSeatCount).toBe(7);
    expect(map.body.data.showtime.seats.slice(0, 2)).toEqual([
      { seat: { id: expect.any(String), row: 'A', number: 1 }, state: 'BLOCKED', price: { amount: 1500 } },
      { seat: { id: setup.seatIds[0], row: 'A', number: 2 }, state: 'FREE', price: { amount: 1500 } },
    ]);
    expect(map.body.data.showtime.seats[4]).toEqual({
      seat: { id: setup.seatIds[3], row: 'B', number: 1 },
      state: 'FREE',
      price: { amount: 1000 },
    });

    // The movies subgraph's Movie gets the showtimes of the cinema movies linked to it.
    const byMovie = await gql(stack.url, `query($id: ID!) { cinemaMovie(id: $id) { movie { showtimes { totalCount } } } }`, {
      id: setup.cinemaMovieId,
    });
    expect(byMovie.body.data.cinemaMovie.movie.showtimes.totalCount).toBe(1);

    // Update and delete: a movie with showtimes cannot be deleted.
    const update = await gql(
      stack.url,
      `mutation($id: ID!, $i: UpdateCinemaMovieInput!) { updateCinemaMovie(id: $id, input: $i) { cinemaMovie { title posterUrl } errors { field code } } }`,
      { id: setup.cinemaMovieId, i: { title: 'Renamed', posterUrl: 'https://img.example/p.jpg' } },
      { token: admin },
    );
    expect(update.body.data.updateCinemaMovie).toEqual({
      cinemaMovie: { title: 'Renamed', posterUrl: 'https://img.example/p.jpg' },
      errors: [],
    });
    const readBack = await gql(stack.url, `query($id: ID!) { cinemaMovie(id: $id) { title posterUrl } }`, { id: setup.cinemaMovieId });
    expect(readBack.body.data.cinemaMovie).toEqual({ title: 'Renamed', posterUrl: 'https://img.example/p.jpg' });
    const UPDATE_SHOWTIME = `mutation($id: ID!, $i: UpdateShowtimeInput!) { updateShowtime(id: $id, input: $i) { showtime { id } errors { field code } } }`;
    const later = new Date(startsAt.getTime() + 3600_000);
    const moved = await gql(
      stack.url,
      UPDATE_SHOWTIME,
      {
        id: setup.showtimeId,
        i: { startsAt: later.toISOString(), endsAt: new Date(later.getTime() + 7_200_000).toISOString(), prices: { standard: 1100 } },
      },
      { token: admin },
    );
    expect(moved.body.data.updateShowtime.errors).toEqual([]);
    const after = await gql(stack.url, `query($id: ID!) { showtime(id: $id) { startsAt prices { seatType price { amount } } } }`, {
      id: setup.showtimeId,
    });
    expect(after.body.data.showtime.startsAt).toBe(later.toISOString());
    expect(after.body.data.showtime.prices[0]).toEqual({ seatType: 'STANDARD', price: { amount: 1100 } });
    const offset = await gql(
      stack.url,
      UPDATE_SHOWTIME,
      { id: setup.showtimeId, i: { startsAt: '2099-01-01T10:00:00-05:00' } },
      { token: admin },
    );
    expect(offset.body.data.updateShowtime.errors).toEqual([{ field: 'input.startsAt', code: 'BAD_USER_INPUT' }]);
    const DELETE = `mutation($id: ID!) { deleteCinemaMovie(id: $id) { deletedId errors { field code } } }`;
    const blocked = await gql(stack.url, DELETE, { id: setup.cinemaMovieId }, { token: admin });
    expect(blocked.body.data.deleteCinemaMovie).toEqual({ deletedId: null, errors: [{ field: 'id', code: 'CONFLICT' }] });
    const lonely = await gql(stack.url, CREATE_MOVIE, { input: { title: 'Lonely', genre: 'Comedy' } }, { token: admin });
    const lonelyId = lonely.body.data.createCinemaMovie.cinemaMovie.id;
    expect((await gql(stack.url, DELETE, { id: lonelyId }, { token: admin })).body.data.deleteCinemaMovie).toEqual({
      deletedId: lonelyId,
      errors: [],
    });
    expect((await gql(stack.url, `query($id: ID!) { cinemaMovie(id: $id) { id } }`, { id: lonelyId })).body.data.cinemaMovie).toBeNull();
  });

  it('holds, confirms and cancels seats, pushing HELD, SOLD and RELEASED to seat-map watchers; admins see occupancy and revenue', async () => {
    const setup = await setUpShowtime(stack.url, admin, {
      name: 'Screen 2',
      rows: 2,
      perRow: 5,
      startsAt: new Date(clock.now().getTime() + 24 * HOUR),
    });
    const ws = createClient({ url: stack.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
    clients.push(ws);
    const events: any[] = [];
    ws.subscribe(
      {
        query: `subscription($s: ID!) { seatMapChanged(showtimeId: $s) { showtimeId kind state seats { row number } } }`,
        variables: { s: setup.showtimeId },
      },
      { next: (e) => events.push(e), error: () => undefined, complete: () => undefined },
    );
    const bookings = stack.subgraphs.find((s) => s.name === 'bookings')!;
    await eventually(() => expect(bookings.pubsub.listeners(seatMapTopic(setup.showtimeId))).toBe(1));

    const held = await gql(stack.url, HOLD, { s: setup.showtimeId, seats: [setup.seatIds[6], setup.seatIds[0]] }, { token: alice.token });
    const reservation = held.body.data.holdSeats.reservation;
    expect(held.body.data.holdSeats.errors).toEqual([]);
    expect(reservation.status).toBe('HELD');
    expect(reservation.total).toEqual({ amount: 2500, currency: 'EUR' });
    expect(reservation.seats.map((s: any) => `${s.seat.row}${s.seat.number}:${s.price.amount}`)).toEqual(['A1:1500', 'B2:1000']);
    expect(new Date(reservation.expiresAt).getTime()).toBe(clock.now().getTime() + 600_000);

    // Bob cannot take a held seat; the error names it.
    const taken = await gql(stack.url, HOLD, { s: setup.showtimeId, seats: [setup.seatIds[1], setup.seatIds[0]] }, { token: bob.token });
    expect(taken.body.data.holdSeats).toEqual({
      reservation: null,
      errors: [{ field: 'seatIds.1', code: 'CONFLICT', message: expect.any(String) }],
    });
    // Bob cannot confirm Alice's hold.
    expect((await gql(stack.url, CONFIRM, { id: reservation.id }, { token: bob.token })).body.data.confirmReservation.errors[0].code).toBe(
      'NOT_FOUND',
    );

    const confirmed = await gql(stack.url, CONFIRM, { id: reservation.id }, { token: alice.token });
    expect(confirmed.body.data.confirmReservation.reservation.status).toBe('CONFIRMED');
    const map = await gql(stack.url, SEAT_MAP, { id: setup.showtimeId });
    expect(map.body.data.showtime.freeSeatCount).toBe(8);
    expect(
      map.body.data.showtime.seats
        .filter((s: any) => s.state === 'SOLD')
        .map((s: any) => s.seat.id)
        .sort(),
    ).toEqual([setup.seatIds[0], setup.seatIds[6]].sort());

    const mine = await gql(
      stack.url,
      `query { myReservations(scope: UPCOMING) { totalCount edges { node { id status showtime { id } } } } }`,
      {},
      { token: alice.token },
    );
    expect(mine.body.data.myReservations.edges.map((e: any) => e.node)).toContainEqual({
      id: reservation.id,
      status: 'CONFIRMED',
      showtime: { id: setup.showtimeId },
    });
    expect(
      (await gql(stack.url, `query { myReservations { totalCount } }`, {}, { token: bob.token })).body.data.myReservations.totalCount,
    ).toBe(0);

    const STATS = `query($id: ID!) { showtime(id: $id) { stats { capacity sold held free occupancy revenue { amount currency } } reservations { totalCount } cinemaMovie { stats { showtimes capacity sold occupancy revenue { amount currency } } } } }`;
    const stats = await gql(stack.url, STATS, { id: setup.showtimeId }, { token: admin });
    expect(stats.body.data.showtime.stats).toEqual({
      capacity: 10,
      sold: 2,
      held: 0,
      free: 8,
      occupancy: 0.2,
      revenue: { amount: 2500, currency: 'EUR' },
    });
    expect(stats.body.data.showtime.reservations.totalCount).toBe(1);
    expect(stats.body.data.showtime.cinemaMovie.stats).toEqual({
      showtimes: 1,
      capacity: 10,
      sold: 2,
      occupancy: 0.2,
      revenue: [{ amount: 2500, currency: 'EUR' }],
    });
    const asUser = await gql(stack.url, STATS, { id: setup.showtimeId }, { token: alice.token });
    expect(asUser.body.data.showtime.stats).toBeNull();
    expect(errorCodes(asUser)).toContain('FORBIDDEN');
    const RESERVATIONS = `query($s: ID) { reservations(showtimeId: $s) { totalCount } }`;
    expect((await gql(stack.url, RESERVATIONS, { s: setup.showtimeId }, { token: admin })).body.data.reservations.totalCount).toBe(1);
    expect((await gql(stack.url, RESERVATIONS, { s: setup.showtimeId }, { token: alice.token })).body.data.reservations.totalCount).toBe(1);
    expect((await gql(stack.url, RESERVATIONS, { s: setup.showtimeId }, { token: bob.token })).body.data.reservations.totalCount).toBe(0);

    const cancelled = await gql(stack.url, CANCEL, { id: reservation.id }, { token: alice.token });
    expect(cancelled.body.data.cancelReservation.reservation.status).toBe('CANCELLED');
    expect((await gql(stack.url, SEAT_MAP, { id: setup.showtimeId })).body.data.showtime.freeSeatCount).toBe(10);
    // Cancelling twice is a conflict.
    expect((await gql(stack.url, CANCEL, { id: reservation.id }, { token: alice.token })).body.data.cancelReservation.errors[0].code).toBe(
      'CONFLICT',
    );

    await eventually(() => expect(events.map((e) => e.data.seatMapChanged.kind)).toEqual(['HELD', 'SOLD', 'RELEASED']));
    expect(events[0].data.seatMapChanged).toEqual({
      showtimeId: setup.showtimeId,
      kind: 'HELD',
      state: 'HELD',
      seats: [
        { row: 'A', number: 1 },
        { row: 'B', number: 2 },
      ],
    });
    expect(events[2].data.seatMapChanged.state).toBe('FREE');
  });

  it('refuses bad input with typed errors naming the field, and changes nothing', async () => {
    const a = await setUpShowtime(stack.url, admin, {
      name: 'Screen 3',
      rows: 2,
      perRow: 8,
      startsAt: new Date(clock.now().getTime() + 5 * HOUR),
    });
    const b = await setUpShowtime(stack.url, admin, {
      name: 'Screen 4',
      rows: 1,
      perRow: 3,
      startsAt: new Date(clock.now().getTime() + 5 * HOUR),
    });
    const hold = async (seats: string[], showtimeId = a.showtimeId) =>
      (await gql(stack.url, HOLD, { s: showtimeId, seats }, { token: bob.token })).body.data.holdSeats;
    const reservationsBefore = await bookingsOrm().count(Reservation, {});
    expect(await hold(['01900000-0000-7000-8000-00000000dead'])).toMatchObject({
      reservation: null,
      errors: [{ field: 'seatIds.0', code: 'NOT_FOUND' }],
    });
    expect(await hold([a.seatIds[0]!, b.seatIds[0]!])).toMatchObject({ errors: [{ field: 'seatIds.1', code: 'BAD_USER_INPUT' }] });
    expect(await hold([a.seatIds[0]!, a.seatIds[0]!])).toMatchObject({ errors: [{ field: 'seatIds.1', code: 'BAD_USER_INPUT' }] });
    expect(await hold(a.seatIds.slice(0, 11))).toMatchObject({ errors: [{ field: 'seatIds', code: 'BAD_USER_INPUT' }] });
    expect(await hold([])).toMatchObject({ errors: [{ field: 'seatIds', code: 'BAD_USER_INPUT' }] });
    expect(await hold(['not-an-id'])).toMatchObject({ errors: [{ field: 'seatIds.0', code: 'NOT_FOUND' }] });
    expect(await hold([a.seatIds[0]!], 'nope')).toMatchObject({ errors: [{ field: 'showtimeId', code: 'NOT_FOUND' }] });
    expect(await bookingsOrm().count(Reservation, {})).toBe(reservationsBefore);
    expect(await bookingsOrm().count(SeatClaim, { showtimeId: a.showtimeId })).toBe(0);

    // Times must be UTC with a Z; a non-UTC offset names the field.
    const offset = await gql(
      stack.url,
      CREATE_SHOWTIME,
      {
        input: {
          cinemaMovieId: a.cinemaMovieId,
          auditoriumId: a.auditoriumId,
          startsAt: '2099-01-01T18:00:00+02:00',
          endsAt: '2099-01-01T20:00:00Z',
          prices: { standard: 900 },
        },
      },
      { token: admin },
    );
    expect(offset.body.data.createShowtime).toMatchObject({
      showtime: null,
      errors: [{ field: 'input.startsAt', code: 'BAD_USER_INPUT' }],
    });
    const badDay = await gql(stack.url, `query { showtimes(date: "2026-02-30") { totalCount } }`);
    expect(errorCodes(badDay)).toEqual(['BAD_USER_INPUT']);

    // A past reservation cannot be cancelled.
    const ok = await hold([a.seatIds[0]!]);
    expect(ok.errors).toEqual([]);
    await gql(stack.url, CONFIRM, { id: ok.reservation.id }, { token: bob.token });
    clock.advance(6 * HOUR);
    const token = await logInUser(stack.url, bob.email);
    const past = await gql(stack.url, CANCEL, { id: ok.reservation.id }, { token });
    expect(past.body.data.cancelReservation).toMatchObject({ reservation: null, errors: [{ field: 'id', code: 'BAD_USER_INPUT' }] });
    expect((await bookingsOrm().findOneOrFail(Reservation, { id: ok.reservation.id })).status).toBe('CONFIRMED');
    const pastList = await gql(stack.url, `query { myReservations(scope: PAST) { edges { node { id } } } }`, {}, { token });
    expect(pastList.body.data.myReservations.edges).toEqual([{ node: { id: ok.reservation.id } }]);
  });

  it('500 concurrent claims on 100 seats: exactly 100 succeed, each seat once', async () => {
    admin = await adminToken(stack.url);
    const setup = await setUpShowtime(stack.url, admin, {
      name: 'Big screen',
      rows: 10,
      perRow: 10,
      startsAt: new Date(clock.now().getTime() + 24 * HOUR),
    });
    expect(setup.seatIds).toHaveLength(100);
    const users = await Promise.all(Array.from({ length: 10 }, (_, i) => signUpUser(stack.url, `crowd${i}`)));
    const results = await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        gql(stack.url, HOLD, { s: setup.showtimeId, seats: [setup.seatIds[i % 100]] }, { token: users[i % 10]!.token }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const won = results.filter((r) => r.body.data?.holdSeats?.reservation);
    const other = results.filter((r) => !r.body.data?.holdSeats?.reservation && r.body.data?.holdSeats?.errors?.[0]?.code !== 'CONFLICT');
    expect(other.map((r) => r.body)).toEqual([]);
    const lost = results.filter((r) => r.body.data?.holdSeats?.errors?.[0]?.code === 'CONFLICT');
    expect(won).toHaveLength(100);
    expect(lost).toHaveLength(400);
    const seats = won.map((r) => r.body.data.holdSeats.reservation.seats[0].seat.id);
    expect(new Set(seats).size).toBe(100);
    expect(await bookingsOrm().count(SeatClaim, { showtimeId: setup.showtimeId })).toBe(100);
    expect(await bookingsOrm().count(Reservation, { showtimeId: setup.showtimeId })).toBe(100);
    expect((await gql(stack.url, SEAT_MAP, { id: setup.showtimeId })).body.data.showtime.freeSeatCount).toBe(0);
  }, 120_000);
});
