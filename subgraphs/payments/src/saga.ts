import type { EventConsumer } from '../../../kit';
import type { PaymentsDeps } from './context';
import type { PaymentsService } from './service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Payments' part of commerce's checkout saga (docs/ARCHITECTURE.md, "Checkout saga"): a placed order
 * (`commerce.checkout.completed`) gets one PaymentIntent for its total, owned by the buyer, with the
 * order id as `reference`; a cancelled order (`commerce.order.cancelled`) has its unconfirmed
 * PaymentIntent cancelled. Both run in the consumer's transaction, which marks the event processed:
 * a crash before it commits redelivers the event, after it the event is skipped, so an order never
 * gets two PaymentIntents (and never two charges: only the buyer's confirmation charges, once, under
 * the state machine's conditional updates). A payment that succeeded after its order was cancelled
 * (`commerce.order.refund_needed`) is refunded in full, once: the consumer's processed mark and the
 * locked `amountRefunded` make a redelivery refund nothing more.
 */
export function createCheckoutSagaConsumer(service: PaymentsService, deps: () => PaymentsDeps): EventConsumer {
  return {
    name: 'checkout-saga',
    types: ['commerce.checkout.completed', 'commerce.order.cancelled', 'commerce.order.refund_needed'],
    async handle(event, em) {
      const orderId = String(event.payload.orderId ?? '');
      if (!UUID.test(orderId)) return;
      if (event.type === 'commerce.order.refund_needed') {
        const buyerId = String(event.payload.buyerId ?? '');
        if (UUID.test(buyerId)) await service.refundForOrder(em, deps(), { orderId, buyerId });
        return;
      }
      if (event.type === 'commerce.order.cancelled') {
        await service.cancelForOrder(em, orderId);
        return;
      }
      const buyerId = String(event.payload.buyerId ?? '');
      if (!UUID.test(buyerId)) return;
      await service.createForOrder(em, service.processor(deps()).name, {
        orderId,
        buyerId,
        amount: Number(event.payload.total),
        currency: String(event.payload.currency ?? ''),
      });
    },
  };
}
