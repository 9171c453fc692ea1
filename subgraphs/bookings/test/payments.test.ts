import { TestClock } from '../../../test/helpers/clock';
import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { FareClass, TravelBooking } from '../src/entities';
import { TravelService } from '../src/travel';
import { adminToken } from './helpers';
import { CANCEL_TRAVEL, CONFIRM_TRAVEL, CREATE_FLIGHT, HOLD_FLIGHT, dayAfter } from './travel-helpers';

const HOUR = 3600_000;
jest.setTimeout(180_000);

const PAY = `mutation($id: ID!) { payTravelBooking(id: $id) { booking { id status } paymentReference errors { field code message } } }`;
const BY_REFERENCE = `query($r: String!) { paymentIntentsByReference(reference: $r) { totalCount edges { node { id status amount currency reference } } } }`;
const CONFIRM_PI = `mutation($id: ID!, $pm: String) { confirmPaymentIntent(id: $id, paymentMethod: $pm) { paymentIntent { status } errors { code message } } }`;
const BOOKING = `query($id: ID!) { travelBooking(id: $id) { id status } }`;

describe('bookings: paying a hold through the payments subgraph (saga over the outbox), through the router', () => {
  let stack: TestStack;
  let admin: string;
  let alice: TestUser;
  let bob: TestUser;
  const clock = new TestClock();
  const bookingsEm = () => stack.subgraphs.find((s) => s.name === 'bookings')!.orm.em.fork();
  const at = (hours: number) => new Date(Date.parse(`${dayAfter(clock.now(), 0)}T00:00:00Z`) + hours * HOUR).toISOString();
  let economy: string;

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'bookings', 'payments'],
      clock,
      env: { SEED_DEMO_DATA: 'true', BOOKINGS_HOLD_SWEEP_MS: '0', BOOKINGS_INVENTORY_DAYS: '5', SUBGRAPH_TIMEOUT_MS: '60000' },
    });
    admin = await adminToken(stack.url);
    alice = await signUpUser(stack.url, 'alice');
    bob = await signUpUser(stack.url, 'bob');
    const res = await gql(
      stack.url,
      CREATE_FLIGHT,
      {
        input: {
          number: 'HG900',
          segments: [{ flightNumber: 'HG900', origin: 'LIS', destination: 'OSL', departsAt: at(24 * 3), arrivesAt: at(24 * 3 + 4) }],
          fareClasses: [{ code: 'Y', cabin: 'ECONOMY', price: 15_000, seats: 10 }],
        },
      },
      { token: admin },
    );
    economy = res.body.data.createFlight.flight.fareClasses[0].id;
  });

  const booked = async () => (await bookingsEm().findOneOrFail(FareClass, { id: economy })).booked;
  async function heldAndRequested(user: TestUser, passengers: number) {
    const hold = await gql(stack.url, HOLD_FLIGHT, { input: { fareClassId: economy, passengers } }, { token: user.token });
    const id: string = hold.body.data.holdFlight.booking.id;
    const pay = await gql(stack.url, PAY, { id }, { token: user.token });
    expect(pay.body.data.payTravelBooking).toEqual({
      booking: { id, status: 'HELD' },
      paymentReference: `travel-booking:${id}`,
      errors: [],
    });
    const intent = await eventually(async () => {
      const found = await gql(stack.url, BY_REFERENCE, { r: `travel-booking:${id}` }, { token: user.token });
      expect(found.body.data.paymentIntentsByReference.totalCount).toBe(1);
      return found.body.data.paymentIntentsByReference.edges[0].node;
    }, 15_000);
    return { id, intent };
  }
  const statusOf = async (user: TestUser, id: string) =>
    (await gql(stack.url, BOOKING, { id }, { token: user.token })).body.data.travelBooking.status as string;

  it('a hold paid through payments is confirmed by payment_intent.succeeded; asking twice makes one PaymentIntent', async () => {
    const { id, intent } = await heldAndRequested(alice, 2);
    expect(intent).toMatchObject({ status: 'REQUIRES_PAYMENT_METHOD', amount: 30_000, currency: 'EUR' });
    // A second request (a retry) finds the same PaymentIntent.
    await gql(stack.url, PAY, { id }, { token: alice.token });
    await new Promise((r) => setTimeout(r, 300));
    const again = await gql(stack.url, BY_REFERENCE, { r: `travel-booking:${id}` }, { token: alice.token });
    expect(again.body.data.paymentIntentsByReference.totalCount).toBe(1);
    // Not paid yet: still held, its seats taken.
    expect(await statusOf(alice, id)).toBe('HELD');
    const paid = await gql(stack.url, CONFIRM_PI, { id: intent.id, pm: '4242424242424242' }, { token: alice.token });
    expect(paid.body.data.confirmPaymentIntent).toEqual({ paymentIntent: { status: 'SUCCEEDED' }, errors: [] });
    await eventually(async () => expect(await statusOf(alice, id)).toBe('CONFIRMED'), 15_000);
    expect(await booked()).toBe(2);
    // Someone else cannot ask to pay it.
    expect((await gql(stack.url, PAY, { id }, { token: bob.token })).body.data.payTravelBooking.errors[0].code).toBe('NOT_FOUND');
    // Confirmed: nothing left to pay.
    expect((await gql(stack.url, PAY, { id }, { token: alice.token })).body.data.payTravelBooking.errors[0].code).toBe('CONFLICT');
  });

  it('a declined payment releases the hold and its seats', async () => {
    const before = await booked();
    const { id, intent } = await heldAndRequested(bob, 3);
    expect(await booked()).toBe(before + 3);
    const declined = await gql(stack.url, CONFIRM_PI, { id: intent.id, pm: '4000000000000002' }, { token: bob.token });
    expect(declined.body.data.confirmPaymentIntent.paymentIntent?.status ?? 'declined').not.toBe('SUCCEEDED');
    await eventually(async () => expect(await statusOf(bob, id)).toBe('CANCELLED'), 15_000);
    expect(await booked()).toBe(before);
  });

  it('a cancelled or expired hold has its pending PaymentIntent cancelled, and pay-at-venue still works', async () => {
    const before = await booked();
    const cancelled = await heldAndRequested(alice, 1);
    await gql(stack.url, CANCEL_TRAVEL, { id: cancelled.id }, { token: alice.token });
    const expired = await heldAndRequested(bob, 1);
    clock.advance(601_000);
    const bookings = stack.subgraphs.find((s) => s.name === 'bookings')!;
    expect(await new TravelService().releaseExpired(bookings.serviceDeps())).toBeGreaterThanOrEqual(1);
    for (const [user, b] of [
      [alice, cancelled],
      [bob, expired],
    ] as const) {
      await eventually(async () => {
        const found = await gql(stack.url, BY_REFERENCE, { r: `travel-booking:${b.id}` }, { token: user.token });
        expect(found.body.data.paymentIntentsByReference.edges[0].node.status).toBe('CANCELED');
      }, 15_000);
    }
    expect(await booked()).toBe(before);
    // Too late to pay an expired hold.
    expect((await gql(stack.url, PAY, { id: expired.id }, { token: bob.token })).body.data.payTravelBooking.errors[0].code).toBe(
      'CONFLICT',
    );
    // Pay at the venue: confirm directly, no PaymentIntent.
    const hold = await gql(stack.url, HOLD_FLIGHT, { input: { fareClassId: economy, passengers: 1 } }, { token: bob.token });
    const venue = hold.body.data.holdFlight.booking.id;
    const confirmed = await gql(stack.url, CONFIRM_TRAVEL, { id: venue }, { token: bob.token });
    expect(confirmed.body.data.confirmTravelBooking.booking.status).toBe('CONFIRMED');
    expect((await bookingsEm().findOneOrFail(TravelBooking, { id: venue })).status).toBe('CONFIRMED');
  });

  it('a payment that succeeds after its hold was already gone is refunded in full, and the seats stay free', async () => {
    const before = await booked();
    const { id, intent } = await heldAndRequested(alice, 2);
    // The hold is gone before payments hears of it (as when the sweep wins just before the payment
    // succeeds): cancelled, seats back, and no event telling payments.
    const em = bookingsEm();
    await em.nativeUpdate(TravelBooking, { id }, { status: 'CANCELLED', cancelledAt: clock.now(), cancellationFee: 0 });
    await em.nativeUpdate(FareClass, { id: economy }, { booked: before });
    const paid = await gql(stack.url, CONFIRM_PI, { id: intent.id, pm: '4242424242424242' }, { token: alice.token });
    expect(paid.body.data.confirmPaymentIntent.paymentIntent.status).toBe('SUCCEEDED');
    await eventually(async () => {
      const found = await gql(
        stack.url,
        `query($r: String!) { paymentIntentsByReference(reference: $r) { edges { node { amountReceived amountRefunded } } } }`,
        { r: `travel-booking:${id}` },
        { token: alice.token },
      );
      expect(found.body.data.paymentIntentsByReference.edges[0].node).toEqual({ amountReceived: 30_000, amountRefunded: 30_000 });
    }, 15_000);
    expect(await statusOf(alice, id)).toBe('CANCELLED');
    expect(await booked()).toBe(before);
  });
});
