import type { Em } from '../../../kit';
import { Charge, PaymentIntent, Refund } from './entities';

/** identity's demo user (see identity's seed). */
const DEMO_USER_ID = '01900000-0000-7000-8000-000000000002';

/** A few PaymentIntents of the demo user in different states; skipped when they have any. */
export async function seed(em: Em): Promise<void> {
  if (await em.count(PaymentIntent, { ownerId: DEMO_USER_ID })) return;
  const base = {
    ownerId: DEMO_USER_ID,
    currency: 'EUR',
    captureMethod: 'automatic',
    description: null,
    paymentMethod: 'card ending 4242',
    paymentMethodToken: 'pm_card_visa',
    amountCapturable: 0,
    amountReceived: 0,
    amountRefunded: 0,
    lastErrorCode: null,
    lastDeclineCode: null,
    lastErrorMessage: null,
    nextActionType: null,
    processor: 'test',
    providerId: null,
    cancellationReason: null,
  };
  const paid = em.create(PaymentIntent, {
    ...base,
    amount: 4_999,
    status: 'succeeded',
    reference: 'demo-order-1',
    amountReceived: 4_999,
    amountRefunded: 1_000,
  });
  em.create(Charge, { paymentIntentId: paid.id, amount: 4_999, outcome: 'succeeded', declineCode: null });
  em.create(Refund, {
    paymentIntentId: paid.id,
    ownerId: DEMO_USER_ID,
    amount: 1_000,
    currency: 'EUR',
    status: 'succeeded',
    reason: 'requested_by_customer',
    providerId: null,
  });
  const held = em.create(PaymentIntent, {
    ...base,
    amount: 12_000,
    status: 'requires_capture',
    captureMethod: 'manual',
    reference: 'demo-order-2',
    amountCapturable: 12_000,
  });
  em.create(Charge, { paymentIntentId: held.id, amount: 12_000, outcome: 'authorised', declineCode: null });
  em.create(PaymentIntent, {
    ...base,
    amount: 2_500,
    status: 'requires_payment_method',
    reference: 'demo-order-3',
    paymentMethod: null,
    paymentMethodToken: null,
  });
  await em.flush();
}
