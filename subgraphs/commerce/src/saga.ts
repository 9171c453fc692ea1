import { lockRow, newId, recordEvent, type EventConsumer } from '../../../kit';
import { Order, OrderStatusChange, type OrderRow, type OrderStatus } from './entities';
import type { CommerceService } from './service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Asks inventory to release an order's units without telling the buyer again (a late reservation of a cancelled order). */
export const STOCK_RELEASE_EVENT = 'commerce.order.stock_released';
/** A payment arrived for an order that was already cancelled: payments refunds it in full, once (its checkout-saga consumer). */
export const REFUND_NEEDED_EVENT = 'commerce.order.refund_needed';

/**
 * Commerce's part of the checkout saga (docs/ARCHITECTURE.md, "Checkout saga"). It listens to
 * inventory's reservation outcome and payments' PaymentIntent outcome for each order and moves the
 * order: PAID only once the stock is reserved AND the payment succeeded (whichever arrives last
 * does it), CANCELLED when the stock cannot be reserved, the reservation expired before payment, or
 * the payment failed or was cancelled. Each handler locks the order row and works in the consumer's
 * transaction (which marks the event processed), and every step is a conditional move, so a
 * redelivered or reordered event changes nothing twice.
 */
export function createCheckoutSagaConsumer(service: CommerceService): EventConsumer {
  return {
    name: 'checkout-saga',
    types: [
      'inventory.reservation.created',
      'inventory.reservation.failed',
      'inventory.reservation.expired',
      'inventory.reservation.committed',
      'inventory.reservation.commit_failed',
      'payments.payment_intent.succeeded',
      'payments.payment_intent.payment_failed',
      'payments.payment_intent.canceled',
      'payments.refund.succeeded',
    ],
    async handle(event, em) {
      const raw = event.type.startsWith('inventory.')
        ? String(event.payload.orderId ?? String(event.payload.reference ?? '').replace(/^order:/, ''))
        : String(event.payload.reference ?? '');
      if (!UUID.test(raw)) return; // a reservation or payment that is not an order's
      const order = await lockRow(em, Order, { id: raw });
      if (!order) return;
      // Whatever cancels an order whose payment already succeeded (e.g. `payment_intent.succeeded` was
      // handled before `reservation.failed`) asks payments for the refund in the same transaction:
      // a cancelled order never keeps money. Payments refunds what is left, so a second ask refunds nothing.
      const refund = (paymentIntentId: unknown = null, amount: unknown = null, currency: unknown = null) =>
        recordEvent(em, REFUND_NEEDED_EVENT, { orderId: order.id, buyerId: order.buyerId, paymentIntentId, amount, currency });
      const cancel = async (note: string) => {
        const error = await service.applyTransition(em, order, 'CANCELLED', note, null);
        if (!error && order.paymentStatus === 'SUCCEEDED') refund();
      };
      // A PAID order whose units inventory could not ship (the reservation expired before the payment
      // reached it): cancelled and refunded, never paid without stock.
      const lostStock = async (note: string) => {
        if (await service.cancelPaidWithoutStock(em, order, note)) refund();
      };
      const status = order.status as OrderStatus;
      switch (event.type) {
        case 'inventory.reservation.created':
          if (status === 'CANCELLED') {
            // Cancelled while inventory was reserving: give the units back.
            order.stockStatus = 'RELEASED';
            recordEvent(em, STOCK_RELEASE_EVENT, { orderId: order.id });
            break;
          }
          if (order.stockStatus === 'PENDING') order.stockStatus = 'RESERVED';
          await payIfReady(service, em, order);
          break;
        case 'inventory.reservation.failed':
          order.stockStatus = 'FAILED';
          if (status === 'UNFULFILLED') await cancel('Out of stock: not enough units of an item.');
          break;
        case 'inventory.reservation.commit_failed':
          if (status === 'PAID' && order.stockStatus !== 'COMMITTED') {
            order.stockStatus = 'RELEASED';
            await lostStock('The items were released before the payment reached the warehouse; the payment is being refunded.');
          }
          break;
        case 'inventory.reservation.expired':
          if (status === 'PAID' && order.stockStatus !== 'COMMITTED') {
            order.stockStatus = 'RELEASED';
            await lostStock('The reservation expired before the payment reached the warehouse; the payment is being refunded.');
            break;
          }
          order.stockStatus = 'RELEASED';
          if (status === 'UNFULFILLED') await cancel('Payment was not received in time; the items were released.');
          break;
        case 'inventory.reservation.committed':
          order.stockStatus = 'COMMITTED';
          break;
        case 'payments.payment_intent.succeeded':
          if (order.paymentStatus === 'SUCCEEDED') break;
          order.paymentStatus = 'SUCCEEDED';
          if (status === 'CANCELLED') {
            // Too late: the order was cancelled (e.g. its reservation expired while the card was being
            // processed). Payments refunds the money on this event; the history says so meanwhile.
            em.create(OrderStatusChange, {
              id: newId(),
              orderId: order.id,
              status: 'CANCELLED',
              note: 'The payment arrived after the order was cancelled; it is being refunded.',
              actorId: null,
            });
            refund(event.payload.paymentIntentId ?? null, event.payload.amountReceived ?? null, event.payload.currency ?? null);
          } else await payIfReady(service, em, order);
          break;
        case 'payments.refund.succeeded':
          // The automatic refund of a payment that came after the cancellation (not a staff refund of a
          // paid order, which staff move themselves): the cancelled order becomes REFUNDED, once.
          if (status === 'CANCELLED' && order.paymentStatus === 'SUCCEEDED' && event.payload.automatic === true) {
            await service.markRefundedAfterCancel(em, order, Number(event.payload.refundAmount));
          }
          break;
        case 'payments.payment_intent.payment_failed':
        case 'payments.payment_intent.canceled':
          if (order.paymentStatus !== 'SUCCEEDED') order.paymentStatus = event.type.endsWith('canceled') ? 'CANCELED' : 'FAILED';
          if (status === 'UNFULFILLED' && order.paymentStatus !== 'SUCCEEDED')
            await cancel(event.type.endsWith('canceled') ? 'The payment was cancelled.' : 'The payment failed.');
          break;
      }
      await em.flush();
    },
  };
}

/** PAID once both halves are in: the units are held and the money arrived. */
async function payIfReady(service: CommerceService, em: Parameters<EventConsumer['handle']>[1], order: OrderRow): Promise<void> {
  if (order.status === 'UNFULFILLED' && order.stockStatus === 'RESERVED' && order.paymentStatus === 'SUCCEEDED') {
    await service.applyTransition(em, order, 'PAID', null, null);
  }
}
