import type { Clock, EventConsumer } from '../../../kit';
import type { TravelService } from './travel';

const REFERENCE = /^travel-booking:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/**
 * Bookings' part of the payment saga: payments' PaymentIntent outcome for a travel booking (its
 * `reference` is `travel-booking:<id>`) confirms the held booking, or releases it when the payment
 * failed or was cancelled (see {@link TravelService.applyPaymentOutcome}). Runs in the consumer's
 * transaction, which marks the event processed, and every step is a conditional move, so a redelivered
 * event changes nothing twice. Other references (commerce's orders) are skipped.
 */
export function createPaymentSagaConsumer(travel: TravelService, clock: () => Clock): EventConsumer {
  return {
    name: 'payment-saga',
    types: ['payments.payment_intent.succeeded', 'payments.payment_intent.payment_failed', 'payments.payment_intent.canceled'],
    async handle(event, em) {
      const match = REFERENCE.exec(String(event.payload.reference ?? ''));
      if (!match) return;
      await travel.applyPaymentOutcome(em, clock().now(), match[1]!, event.type === 'payments.payment_intent.succeeded');
    },
  };
}
