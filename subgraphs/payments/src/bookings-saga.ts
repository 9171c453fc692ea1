import type { EventConsumer } from '../../../kit';
import type { PaymentsDeps } from './context';
import type { PaymentsService } from './service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What each bookings event asks of payments. */
const STEPS: Record<string, 'create' | 'cancel' | 'refund'> = {
  'bookings.payment.requested': 'create',
  'bookings.travel_hold.expired': 'cancel',
  'bookings.travel_booking.cancelled': 'cancel',
  'bookings.payment.refund_needed': 'refund',
  'bookings.reservation.payment_requested': 'create',
  'bookings.hold.expired': 'cancel',
  'bookings.reservation.cancelled': 'cancel',
  'bookings.reservation.refund_needed': 'refund',
};

/**
 * Payments' part of the bookings payment saga (subgraphs/bookings/README.md, "Paying through payments"),
 * built on the same idempotent steps as the checkout saga, for travel bookings (reference
 * `travel-booking:<bookingId>`) and cinema reservations (`cinema-reservation:<reservationId>`):
 * a payment request gets one PaymentIntent per booking (owned by the booker; a redelivery or a second
 * request finds the first); a hold that expired or was cancelled has its unconfirmed PaymentIntent
 * cancelled; a refund request refunds what was received minus `keep` (a cancellation fee, or a changed
 * booking's new price), so a redelivery refunds nothing more. Everything runs in the consumer's
 * transaction that marks the event processed.
 */
export function createBookingsSagaConsumer(service: PaymentsService, deps: () => PaymentsDeps): EventConsumer {
  return {
    name: 'bookings-saga',
    types: Object.keys(STEPS),
    async handle(event, em) {
      const step = STEPS[event.type];
      const cinemaId = String(event.payload.reservationId ?? '');
      const travelId = String(event.payload.bookingId ?? '');
      const reference =
        event.type.startsWith('bookings.reservation.') || event.type === 'bookings.hold.expired'
          ? UUID.test(cinemaId) && `cinema-reservation:${cinemaId.toLowerCase()}`
          : UUID.test(travelId) && `travel-booking:${travelId.toLowerCase()}`;
      if (!step || !reference) return;
      if (step === 'cancel') {
        // A cinema hold nobody paid through payments has no PaymentIntent to look for.
        if (event.type === 'bookings.hold.expired' && event.payload.paymentRequested !== true) return;
        await service.cancelForOrder(em, reference);
        return;
      }
      const userId = String(event.payload.userId ?? '');
      if (!UUID.test(userId)) return;
      if (step === 'refund') {
        // `keep` is checked by refundForOrder: a malformed one refunds nothing rather than everything.
        await service.refundForOrder(em, deps(), { orderId: reference, buyerId: userId, keep: Number(event.payload.keep ?? 0) });
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
