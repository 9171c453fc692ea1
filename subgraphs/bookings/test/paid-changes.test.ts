import { TestClock } from '../../../test/helpers/clock';
import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { Reservation, SeatClaim, TravelBooking } from '../src/entities';
import { BookingsService } from '../src/service';
import { CANCEL, CONFIRM, HOLD, SEAT_MAP, adminToken, setUpShowtime, type Setup } from './helpers';
import { CANCEL_TRAVEL, CONFIRM_TRAVEL, CREATE_FLIGHT, HOLD_FLIGHT, dayAfter } from './travel-helpers';

const HOUR = 3600_000;
jest.setTimeout(180_000);

const PAY_RESERVATION = `mutation($id: ID!) {
  payReservation(id: $id) { reservation { id status paymentRequestedAt } paymentReference errors { field code message } }
}`;
const PAY_TRAVEL = `mutation($id: ID!) { payTravelBooking(id: $id) { booking { id status paymentRequestedAt } paymentReference errors { field code message } } }`;
const MODIFY_FLIGHT = `mutation($id: ID!, $input: ModifyFlightInput!) {
  modifyFlightBooking(id: $id, input: $input) { booking { id status flight { passengers } total { amount } } priceDifference { amount } errors { field code message } }
}`;
const INTENTS = `query($r: String!) { paymentIntentsByReference(reference: $r) { totalCount edges { node { id status amount amountReceived amountRefunded } } } }`;
const CONFIRM_PI = `mutation($id: ID!, $pm: String) { confirmPaymentIntent(id: $id, paymentMethod: $pm) { paymentIntent { status } errors { code message } } }`;
const code = (res: { body: { data?: any } }, field: string): string | null => res.body.data[field]?.errors[0]?.code ?? null;

interface Intent {
  id: string;
  status: string;
  amount: number;
  amountReceived: number;
  amountRefunded: number;
}

/**
 * Catalogue #41/#42 with payments: a cinema reservation paid through the payments subgraph (the saga
 * over the outbox, through the router), confirm-at-the-venue refused while a payment is under way,
 * refunds of cancelled paid bookings (cinema in full, travel minus the fee), and a paid flight booking
 * changed to a cheaper one refunded the difference — each exactly once.
 */
describe('bookings: paying cinema reservations through payments, and the money side of paid changes and cancellations', () => {
  let stack: TestStack;
  let admin: string;
  let alice: TestUser;
  let bob: TestUser;
  let cinema: Setup;
  let economy: string;
  const clock = new TestClock();
  const bookingsEm = () => stack.subgraphs.find((s) => s.name === 'bookings')!.orm.em.fork();
  // Hours from the midnight (UTC) the suite started after: fixed, so a test that moves the clock past midnight moves nothing.
  const midnight = Date.parse(`${dayAfter(clock.now(), 0)}T00:00:00Z`);
  const at = (hours: number) => new Date(midnight + hours * HOUR).toISOString();

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'bookings', 'payments'],
      clock,
      env: { SEED_DEMO_DATA: 'true', BOOKINGS_HOLD_SWEEP_MS: '0', BOOKINGS_INVENTORY_DAYS: '5', SUBGRAPH_TIMEOUT_MS: '60000' },
    });
    admin = await adminToken(stack.url);
    alice = await signUpUser(stack.url, 'alice');
    bob = await signUpUser(stack.url, 'bob');
    cinema = await setUpShowtime(stack.url, admin, {
      name: 'Paid hall',
      rows: 2,
      perRow: 5,
      startsAt: new Date(clock.now().getTime() + 48 * HOUR),
    });
    const flight = await gql(
      stack.url,
      CREATE_FLIGHT,
      {
        input: {
          number: 'HG910',
          segments: [{ flightNumber: 'HG910', origin: 'LIS', destination: 'OSL', departsAt: at(24 * 3), arrivesAt: at(24 * 3 + 4) }],
          fareClasses: [{ code: 'Y', cabin: 'ECONOMY', price: 10_000, seats: 20 }],
          freeCancellationHours: 24,
          cancellationFeePercent: 20,
        },
      },
      { token: admin },
    );
    economy = flight.body.data.createFlight.flight.fareClasses[0].id;
  });

  async function intentOf(user: TestUser, reference: string): Promise<Intent> {
    return eventually(async () => {
      const found = await gql(stack.url, INTENTS, { r: reference }, { token: user.token });
      expect(found.body.data.paymentIntentsByReference.totalCount).toBe(1);
      return found.body.data.paymentIntentsByReference.edges[0].node as Intent;
    }, 15_000);
  }
  const pay = async (user: TestUser, intentId: string, card = '4242424242424242') =>
    gql(stack.url, CONFIRM_PI, { id: intentId, pm: card }, { token: user.token });
  const seatStates = async (seatIds: string[]) => {
    const map = await gql(stack.url, SEAT_MAP, { id: cinema.showtimeId });
    const states = new Map<string, string>(
      map.body.data.showtime.seats.map((s: { seat: { id: string }; state: string }) => [s.seat.id, s.state]),
    );
    return seatIds.map((id) => states.get(id));
  };
  async function heldAndRequested(user: TestUser, seatIds: string[]) {
    const hold = await gql(stack.url, HOLD, { s: cinema.showtimeId, seats: seatIds }, { token: user.token });
    const id: string = hold.body.data.holdSeats.reservation.id;
    const requested = await gql(stack.url, PAY_RESERVATION, { id }, { token: user.token });
    expect(requested.body.data.payReservation).toMatchObject({
      reservation: { id, status: 'HELD' },
      paymentReference: `cinema-reservation:${id}`,
      errors: [],
    });
    expect(requested.body.data.payReservation.reservation.paymentRequestedAt).not.toBeNull();
    return {
      id,
      intent: await intentOf(user, `cinema-reservation:${id}`),
      total: hold.body.data.holdSeats.reservation.total.amount as number,
    };
  }

  it('a reservation paid through payments: one PaymentIntent, no confirm at the venue meanwhile, seats sold on payment, a cancellation refunded in full once', async () => {
    const seats = cinema.seatIds.slice(0, 2);
    const { id, intent, total } = await heldAndRequested(alice, seats);
    expect(intent).toMatchObject({ status: 'REQUIRES_PAYMENT_METHOD', amount: total });
    // Asking again (a retry) finds the same PaymentIntent; someone else cannot ask.
    expect(code(await gql(stack.url, PAY_RESERVATION, { id }, { token: alice.token }), 'payReservation')).toBeNull();
    expect(code(await gql(stack.url, PAY_RESERVATION, { id }, { token: bob.token }), 'payReservation')).toBe('NOT_FOUND');
    await new Promise((r) => setTimeout(r, 300));
    expect((await intentOf(alice, `cinema-reservation:${id}`)).id).toBe(intent.id);
    // Confirm at the venue is refused while the payment is under way, and changes nothing.
    const venue = await gql(stack.url, CONFIRM, { id }, { token: alice.token });
    expect(venue.body.data.confirmReservation.errors[0]).toMatchObject({ code: 'CONFLICT' });
    expect(venue.body.data.confirmReservation.errors[0].message).toMatch(/being paid through payments/);
    expect((await bookingsEm().findOneOrFail(Reservation, { id })).status).toBe('HELD');
    expect(await seatStates(seats)).toEqual(['HELD', 'HELD']);

    expect((await pay(alice, intent.id)).body.data.confirmPaymentIntent.paymentIntent.status).toBe('SUCCEEDED');
    await eventually(async () => expect((await bookingsEm().findOneOrFail(Reservation, { id })).status).toBe('CONFIRMED'), 15_000);
    expect(await seatStates(seats)).toEqual(['SOLD', 'SOLD']);

    // Cancelled twice at once: one wins, the seats come back, and the money is refunded once, in full.
    const [first, second] = await Promise.all([1, 2].map(() => gql(stack.url, CANCEL, { id }, { token: alice.token })));
    expect([code(first!, 'cancelReservation'), code(second!, 'cancelReservation')].sort()).toEqual(['CONFLICT', null].sort());
    await eventually(
      async () => expect(await intentOf(alice, `cinema-reservation:${id}`)).toMatchObject({ amountReceived: total, amountRefunded: total }),
      15_000,
    );
    expect(await seatStates(seats)).toEqual(['FREE', 'FREE']);
    await new Promise((r) => setTimeout(r, 500));
    expect((await intentOf(alice, `cinema-reservation:${id}`)).amountRefunded).toBe(total);
  });

  it('a declined payment releases the seats; an expired paid hold has its PaymentIntent cancelled; pay at the venue still works', async () => {
    const declinedSeats = cinema.seatIds.slice(2, 4);
    const declined = await heldAndRequested(bob, declinedSeats);
    await pay(bob, declined.intent.id, '4000000000000002');
    await eventually(
      async () => expect((await bookingsEm().findOneOrFail(Reservation, { id: declined.id })).status).toBe('CANCELLED'),
      15_000,
    );
    expect(await seatStates(declinedSeats)).toEqual(['FREE', 'FREE']);
    expect(await bookingsEm().count(SeatClaim, { reservationId: declined.id })).toBe(0);

    const expired = await heldAndRequested(bob, [cinema.seatIds[4]!]);
    clock.advance(16 * 60_000);
    const bookings = stack.subgraphs.find((s) => s.name === 'bookings')!;
    expect(await new BookingsService().releaseExpired(bookings.serviceDeps())).toBeGreaterThanOrEqual(1);
    await eventually(async () => expect((await intentOf(bob, `cinema-reservation:${expired.id}`)).status).toBe('CANCELED'), 15_000);
    expect(code(await gql(stack.url, PAY_RESERVATION, { id: expired.id }, { token: bob.token }), 'payReservation')).toBe('CONFLICT');

    const hold = await gql(stack.url, HOLD, { s: cinema.showtimeId, seats: [cinema.seatIds[5]!] }, { token: bob.token });
    const atVenue = hold.body.data.holdSeats.reservation.id;
    expect((await gql(stack.url, CONFIRM, { id: atVenue }, { token: bob.token })).body.data.confirmReservation.reservation.status).toBe(
      'CONFIRMED',
    );
    const found = await gql(stack.url, INTENTS, { r: `cinema-reservation:${atVenue}` }, { token: bob.token });
    expect(found.body.data.paymentIntentsByReference.totalCount).toBe(0);
  });

  it('a paid flight booking: a cheaper change is refunded the difference, a dearer one refused, a late cancellation refunded minus the fee — once each', async () => {
    const hold = await gql(stack.url, HOLD_FLIGHT, { input: { fareClassId: economy, passengers: 3 } }, { token: alice.token });
    const id: string = hold.body.data.holdFlight.booking.id;
    expect(code(await gql(stack.url, PAY_TRAVEL, { id }, { token: alice.token }), 'payTravelBooking')).toBeNull();
    const intent = await intentOf(alice, `travel-booking:${id}`);
    expect(intent.amount).toBe(30_000);
    // While the payment is under way: no confirm at the venue, no change of price.
    expect(code(await gql(stack.url, CONFIRM_TRAVEL, { id }, { token: alice.token }), 'confirmTravelBooking')).toBe('CONFLICT');
    expect(code(await gql(stack.url, MODIFY_FLIGHT, { id, input: { passengers: 2 } }, { token: alice.token }), 'modifyFlightBooking')).toBe(
      'CONFLICT',
    );
    await pay(alice, intent.id);
    await eventually(async () => expect((await bookingsEm().findOneOrFail(TravelBooking, { id })).status).toBe('CONFIRMED'), 15_000);

    // Two passengers instead of three: 10,000 back.
    const cheaper = await gql(stack.url, MODIFY_FLIGHT, { id, input: { passengers: 2 } }, { token: alice.token });
    expect(cheaper.body.data.modifyFlightBooking).toMatchObject({
      booking: { flight: { passengers: 2 }, total: { amount: 20_000 } },
      priceDifference: { amount: -10_000 },
      errors: [],
    });
    await eventually(async () => expect((await intentOf(alice, `travel-booking:${id}`)).amountRefunded).toBe(10_000), 15_000);
    // Four passengers would cost more than was paid: refused, nothing changes.
    const dearer = await gql(stack.url, MODIFY_FLIGHT, { id, input: { passengers: 4 } }, { token: alice.token });
    expect(dearer.body.data.modifyFlightBooking.errors[0]).toMatchObject({ code: 'CONFLICT', field: 'input' });
    expect(await bookingsEm().findOneOrFail(TravelBooking, { id })).toMatchObject({ guests: 2, total: 20_000 });

    // Past the free deadline (24 h before departure): cancelled with a 20 % fee, the rest refunded once.
    clock.advance(Date.parse(at(60)) - clock.now().getTime()); // 12 h before departure, whatever the hour the test starts
    const cancelled = await gql(stack.url, CANCEL_TRAVEL, { id }, { token: alice.token });
    expect(cancelled.body.data.cancelTravelBooking.booking).toMatchObject({ status: 'CANCELLED', cancellationFee: { amount: 4_000 } });
    await eventually(async () => expect((await intentOf(alice, `travel-booking:${id}`)).amountRefunded).toBe(26_000), 15_000);
    await new Promise((r) => setTimeout(r, 500));
    expect(await intentOf(alice, `travel-booking:${id}`)).toMatchObject({ amountReceived: 30_000, amountRefunded: 26_000 });
  });
});
