import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { Reservation } from '../../inventory/src/entities';
import { ledgerProblems, receive, warehouseWith } from '../../inventory/test/helpers';
import { OutboxEvent, newId, type DomainEvent } from '../../../kit';
import { PaymentIntent, Refund } from '../../payments/src/entities';
import { Order } from '../src/entities';
import { CHECKOUT, channelWith, commerceEm, ok, product, readyCart, staffUser } from './helpers';

const ORDER = `query($id: ID!) { order(id: $id) { id status history { status note } totals { total currency }
  payment { id status amount currency reference } } }`;
const CONFIRM = `mutation($id: ID!, $pm: String) { confirmPaymentIntent(id: $id, paymentMethod: $pm) { paymentIntent { status } errors { code message } } }`;
const AVAILABLE = `query($id: ID!) { inventoryVariant(id: $id) { available onHand reserved } }`;

describe('the checkout saga: commerce, inventory and payments through the outbox', () => {
  let stack: TestStack;
  let admin: TestUser;
  let eur: { slug: string; standard: string; express: string };
  const inventoryEm = () => stack.subgraphs.find((s) => s.name === 'inventory')!.orm.em.fork();
  const paymentsEm = () => stack.subgraphs.find((s) => s.name === 'payments')!.orm.em.fork();

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'commerce', 'inventory', 'payments'], env: { INVENTORY_EXPIRY_SWEEP_MS: '0' } });
    admin = await staffUser(stack, 'admin');
    eur = await channelWith(stack, 'EUR');
  });

  afterEach(async () => {
    expect(await ledgerProblems(stack)).toEqual([]);
  });

  /** A variant priced 10.00 in the channel with `units` on hand. */
  async function stocked(units: number): Promise<string> {
    const ids = await product(stack, admin, eur.slug, 'Saga tee', [['s', 1000]]);
    const { locations } = await warehouseWith(stack, admin, 1, ['A-01']);
    await receive(stack, admin, ids.s!, locations[0]!, units);
    return ids.s!;
  }

  async function placed(buyer: TestUser, variant: string, quantity: number) {
    const total = await readyCart(stack, buyer, eur, [[variant, quantity]]);
    const r = await ok(stack, buyer, CHECKOUT, { c: eur.slug, t: total, cur: 'EUR' });
    expect(r.checkoutComplete.errors).toEqual([]);
    return r.checkoutComplete.order as { id: string; totals: { total: number } };
  }

  it('reserves on checkout, creates the PaymentIntent, and on payment marks the order paid and ships the units', async () => {
    const variant = await stocked(5);
    const buyer = await signUpUser(stack.url, 'payer');
    const order = await placed(buyer, variant, 2);
    // Both halves arrive on their own: the units held, the PaymentIntent for the total, owned by the buyer.
    const pending = await eventually(async () => {
      const o = (await ok(stack, buyer, ORDER, { id: order.id })).order;
      expect(o.payment).not.toBeNull();
      expect(await ok(stack, admin, AVAILABLE, { id: variant })).toEqual({ inventoryVariant: { available: 3, onHand: 5, reserved: 2 } });
      return o;
    });
    expect(pending.status).toBe('UNFULFILLED');
    expect(pending.payment).toMatchObject({
      status: 'REQUIRES_PAYMENT_METHOD',
      amount: order.totals.total,
      currency: 'EUR',
      reference: order.id,
    });
    const paid = await ok(stack, buyer, CONFIRM, { id: pending.payment.id, pm: '4242424242424242' });
    expect(paid.confirmPaymentIntent).toEqual({ paymentIntent: { status: 'SUCCEEDED' }, errors: [] });
    await eventually(async () => {
      expect((await ok(stack, buyer, ORDER, { id: order.id })).order.status).toBe('PAID');
      expect(await ok(stack, admin, AVAILABLE, { id: variant })).toEqual({ inventoryVariant: { available: 3, onHand: 3, reserved: 0 } });
    });
    expect((await inventoryEm().findOneOrFail(Reservation, { reference: `order:${order.id}` })).status).toBe('COMMITTED');
    expect(await paymentsEm().count(PaymentIntent, { reference: order.id })).toBe(1);
    // inventory.reservation.committed reaches commerce on its own.
    await eventually(async () => expect((await commerceEm(stack).findOneOrFail(Order, { id: order.id })).stockStatus).toBe('COMMITTED'));
  });

  it('cancels an order whose stock cannot be reserved, and cancels its PaymentIntent', async () => {
    const variant = await stocked(1);
    const buyer = await signUpUser(stack.url, 'toolate');
    const order = await placed(buyer, variant, 2);
    await eventually(async () => {
      const o = (await ok(stack, buyer, ORDER, { id: order.id })).order;
      expect(o.status).toBe('CANCELLED');
      expect(o.history.at(-1).note).toMatch(/Out of stock/);
      expect(o.payment?.status).toBe('CANCELED');
    });
    expect(await ok(stack, admin, AVAILABLE, { id: variant })).toEqual({ inventoryVariant: { available: 1, onHand: 1, reserved: 0 } });
  });

  it('releases the stock when the payment fails, and the buyer cannot be charged afterwards', async () => {
    const variant = await stocked(3);
    const buyer = await signUpUser(stack.url, 'declined');
    const order = await placed(buyer, variant, 3);
    const pi = await eventually(async () => {
      const o = (await ok(stack, buyer, ORDER, { id: order.id })).order;
      expect(o.payment).not.toBeNull();
      expect((await ok(stack, admin, AVAILABLE, { id: variant })).inventoryVariant.reserved).toBe(3);
      return o.payment;
    });
    const declined = await ok(stack, buyer, CONFIRM, { id: pi.id, pm: '4000000000000002' });
    expect(declined.confirmPaymentIntent.errors[0].code).toBe('CARD_DECLINED');
    await eventually(async () => {
      expect((await ok(stack, buyer, ORDER, { id: order.id })).order.status).toBe('CANCELLED');
      expect(await ok(stack, admin, AVAILABLE, { id: variant })).toEqual({ inventoryVariant: { available: 3, onHand: 3, reserved: 0 } });
    });
    // The cancelled order's PaymentIntent is cancelled too, so a second try with a good card charges nothing.
    await eventually(async () => expect((await ok(stack, buyer, ORDER, { id: order.id })).order.payment.status).toBe('CANCELED'));
    const retry = await gql(stack.url, CONFIRM, { id: pi.id, pm: '4242424242424242' }, { token: buyer.token });
    expect(retry.body.data.confirmPaymentIntent.errors[0].code).toBe('INVALID_STATE');
  });

  it('releases the stock when the buyer cancels before paying', async () => {
    const variant = await stocked(2);
    const buyer = await signUpUser(stack.url, 'changedmind');
    const order = await placed(buyer, variant, 2);
    await eventually(async () => expect((await ok(stack, admin, AVAILABLE, { id: variant })).inventoryVariant.reserved).toBe(2));
    await ok(stack, buyer, `mutation($id: ID!) { cancelOrder(id: $id) { errors { code } } }`, { id: order.id });
    await eventually(async () => {
      expect(await ok(stack, admin, AVAILABLE, { id: variant })).toEqual({ inventoryVariant: { available: 2, onHand: 2, reserved: 0 } });
      expect((await ok(stack, buyer, ORDER, { id: order.id })).order.payment?.status).toBe('CANCELED');
    });
  });
  it('refunds automatically, once, a payment that succeeds after its order was cancelled (even when the event comes twice)', async () => {
    const variant = await stocked(2);
    const buyer = await signUpUser(stack.url, 'latepayer');
    const order = await placed(buyer, variant, 1);
    const pi = await eventually(async () => {
      const o = (await ok(stack, buyer, ORDER, { id: order.id })).order;
      expect(o.payment).not.toBeNull();
      expect((await ok(stack, admin, AVAILABLE, { id: variant })).inventoryVariant.reserved).toBe(1);
      return o.payment;
    });
    // The card asks for 3-D Secure; meanwhile the order is cancelled (the intent is with the issuer, so it stays open).
    const pending = await ok(stack, buyer, CONFIRM, { id: pi.id, pm: '4000002500003155' });
    expect(pending.confirmPaymentIntent).toEqual({ paymentIntent: { status: 'REQUIRES_ACTION' }, errors: [] });
    await ok(stack, buyer, `mutation($id: ID!) { cancelOrder(id: $id) { errors { code } } }`, { id: order.id });
    await eventually(async () =>
      expect(await ok(stack, admin, AVAILABLE, { id: variant })).toEqual({ inventoryVariant: { available: 2, onHand: 2, reserved: 0 } }),
    );
    // The buyer completes 3-D Secure: the money arrives for a cancelled order, and goes back on its own.
    const done = await ok(stack, buyer, `mutation($id: ID!) { confirm3ds(id: $id) { paymentIntent { status } errors { code } } }`, {
      id: pi.id,
    });
    expect(done.confirm3ds).toEqual({ paymentIntent: { status: 'SUCCEEDED' }, errors: [] });
    const refunded = await eventually(async () => {
      const o = (await ok(stack, buyer, ORDER, { id: order.id })).order;
      expect(o.status).toBe('REFUNDED');
      return o;
    });
    expect(refunded.history.map((h: { status: string }) => h.status)).toEqual(['UNFULFILLED', 'CANCELLED', 'CANCELLED', 'REFUNDED']);
    expect(refunded.history.at(-2).note).toMatch(/arrived after the order was cancelled; it is being refunded/);
    expect(refunded.history.at(-1).note).toMatch(/refunded automatically/);
    const settledIntent = async () => paymentsEm().findOneOrFail(PaymentIntent, { id: pi.id });
    expect(await settledIntent()).toMatchObject({
      status: 'succeeded',
      amountReceived: order.totals.total,
      amountRefunded: order.totals.total,
    });
    const refunds = async () => paymentsEm().find(Refund, { paymentIntentId: pi.id });
    expect((await refunds()).map((r) => [r.amount, r.status])).toEqual([[order.totals.total, 'succeeded']]);
    expect((await commerceEm(stack).findOneOrFail(Order, { id: order.id })).paymentStatus).toBe('REFUNDED');

    // The stream delivers at least once: the same refund_needed event again, and a second one with a new id.
    const needed = (await commerceEm(stack).find(OutboxEvent, { type: 'commerce.order.refund_needed' })).find(
      (e) => e.payload.orderId === order.id,
    )!;
    expect(needed.payload).toMatchObject({ buyerId: buyer.id, paymentIntentId: pi.id, amount: order.totals.total });
    const event: DomainEvent = {
      id: needed.id,
      type: needed.type,
      source: 'commerce',
      occurredAt: needed.createdAt.toISOString(),
      tenantId: null,
      payload: needed.payload,
    };
    const payments = stack.subgraphs.find((s) => s.name === 'payments')!;
    await payments.events.publish([event, event, { ...event, id: newId() }]);
    // A marker behind them on the same stream: once its intent exists, payments has handled the three.
    const marker = await placed(await signUpUser(stack.url, 'marker'), variant, 1);
    await eventually(async () => expect(await paymentsEm().count(PaymentIntent, { reference: marker.id })).toBe(1));
    expect(await refunds()).toHaveLength(1);
    expect((await settledIntent()).amountRefunded).toBe(order.totals.total);
    expect((await ok(stack, buyer, ORDER, { id: order.id })).order.history).toHaveLength(4);
  });

  it('cancels and refunds, once, a paid order whose reservation was gone before inventory could ship it (never paid without stock)', async () => {
    const variant = await stocked(2);
    const buyer = await signUpUser(stack.url, 'lostunits');
    const order = await placed(buyer, variant, 1);
    const pi = await eventually(async () => {
      const o = (await ok(stack, buyer, ORDER, { id: order.id })).order;
      expect(o.payment).not.toBeNull();
      expect((await ok(stack, admin, AVAILABLE, { id: variant })).inventoryVariant.reserved).toBe(1);
      return o.payment;
    });
    // The units go back before the payment reaches inventory (what a TTL sweep does while commerce is down).
    const released = await ok(stack, admin, `mutation($r: String!) { releaseStockReservation(reference: $r) { errors { code } } }`, {
      r: `order:${order.id}`,
    });
    expect(released.releaseStockReservation.errors).toEqual([]);
    const paid = await ok(stack, buyer, CONFIRM, { id: pi.id, pm: '4242424242424242' });
    expect(paid.confirmPaymentIntent).toEqual({ paymentIntent: { status: 'SUCCEEDED' }, errors: [] });
    const refunded = await eventually(async () => {
      const o = (await ok(stack, buyer, ORDER, { id: order.id })).order;
      expect(o.status).toBe('REFUNDED');
      return o;
    });
    expect(refunded.history.map((h: { status: string }) => h.status)).toEqual(['UNFULFILLED', 'PAID', 'CANCELLED', 'REFUNDED']);
    expect(refunded.history[2].note).toMatch(/released before the payment reached the warehouse/);
    expect(await paymentsEm().findOneOrFail(PaymentIntent, { id: pi.id })).toMatchObject({
      amountReceived: order.totals.total,
      amountRefunded: order.totals.total,
    });
    expect(await paymentsEm().count(Refund, { paymentIntentId: pi.id })).toBe(1);
    // Nothing shipped: the two units are on hand and free, the reservation stays released.
    expect(await ok(stack, admin, AVAILABLE, { id: variant })).toEqual({ inventoryVariant: { available: 2, onHand: 2, reserved: 0 } });
    expect((await inventoryEm().findOneOrFail(Reservation, { reference: `order:${order.id}` })).status).toBe('RELEASED');
    expect((await commerceEm(stack).findOneOrFail(Order, { id: order.id })).stockStatus).toBe('RELEASED');
  });
});
