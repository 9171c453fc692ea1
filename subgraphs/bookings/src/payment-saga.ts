import type { EventConsumer } from '../../../kit';
import type { BookingsDeps } from './context';
import type { BookingsService } from './service';
import type { TravelService } from './travel';

const REFERENCE = /^(travel-booking|cinema-reservation):([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * Bookings' part of the payment saga: payments' PaymentIntent outcome for a travel booking (its
 * `reference` is `travel-booking:<id>`) or a cinema reservation (`cinema-reservation:<id>`) confirms the
 * hold, or releases it when the payment failed or was cancelled (see {@link TravelService.applyPaymentOutcome}
 * and {@link BookingsService.applyPaymentOutcome}). Runs in the consumer's transaction, which marks the
 * event processed, and every step is a conditional move, so a redelivered event changes nothing twice.
 * A cinema outcome is announced on the live seat map after the commit. Other references (commerce's
 * orders) are skipped.
 */
export function createPaymentSagaConsumer(cinema: BookingsService, travel: TravelService, deps: () => BookingsDeps): EventConsumer {
  return {
    name: 'payment-saga',
    types: ['payments.payment_intent.succeeded', 'payments.payment_intent.payment_failed', 'payments.payment_intent.canceled'],
    async handle(event, em) {
      const match = REFERENCE.exec(String(event.payload.reference ?? ''));
      if (!match) return;
      const succeeded = event.type === 'payments.payment_intent.succeeded';
      const now = deps().clock.now();
      if (match[1]!.toLowerCase() === 'travel-booking') {
        await travel.applyPaymentOutcome(em, now, match[2]!.toLowerCase(), succeeded);
        return;
      }
      const outcome = await cinema.applyPaymentOutcome(em, now, match[2]!.toLowerCase(), succeeded);
      return outcome ? () => cinema.announceOutcome(deps(), outcome) : undefined;
    },
  };
}
