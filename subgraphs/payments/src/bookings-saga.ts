import type { EventConsumer } from '../../../kit';
import type { PaymentsDeps } from './context';
import type { PaymentsService } from './service';

const TRAVEL_REFERENCE = /^travel-booking:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Payments' part of the bookings payment saga (subgraphs/bookings/README.md, "Paying through payments"),
 * built on the same idempotent steps as the checkout saga: `bookings.payment.requested` gets one
 * PaymentIntent per booking (reference `travel-booking:<id>`, owned by the traveller; a redelivery or a
 * second request finds the first); a hold that expired or was cancelled has its unconfirmed PaymentIntent
 * cancelled; `bookings.payment.refund_needed` (money arrived for a booking whose hold had already gone)
 * refunds what is left, once. Everything runs in the consumer's transaction that marks the event processed.
 */
export function createBookingsSagaConsumer(service: PaymentsService, deps: () => PaymentsDeps): EventConsumer {
  return {
    name: 'bookings-saga',
    types: [
      'bookings.payment.requested',
      'bookings.travel_hold.expired',
      'bookings.travel_booking.cancelled',
      'bookings.payment.refund_needed',
    ],
    async handle(event, em) {
      const bookingId = String(event.payload.bookingId ?? '');
      if (!UUID.test(bookingId)) return;
      const reference = `travel-booking:${bookingId}`;
      if (!TRAVEL_REFERENCE.test(reference)) return;
      if (event.type === 'bookings.travel_hold.expired' || event.type === 'bookings.travel_booking.cancelled') {
        await service.cancelForOrder(em, reference);
        return;
      }
      const userId = String(event.payload.userId ?? '');
      if (!UUID.test(userId)) return;
      if (event.type === 'bookings.payment.refund_needed') {
        await service.refundForOrder(em, deps(), { orderId: reference, buyerId: userId });
        return;
      }
      await service.createForOrder(em, service.processor(deps()).name, {
        orderId: reference,
        buyerId: userId,
        amount: Number(event.payload.amount),
        currency: String(event.payload.currency ?? ''),
      });
    },
  };
}
