import type { EventConsumer } from '../../../kit';
import type { PaymentsDeps } from './context';
import type { PaymentsService } from './service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Payments' part of banking's deposits (subgraphs/banking/src/deposits.ts): a deposit banking could
 * not credit (`banking.deposit.refused`: the account is closed, someone else's or in another currency)
 * has its PaymentIntent refunded in full, once, so a card is never charged for money that went
 * nowhere. The refund's own event reaches banking, which finds no credited deposit and moves nothing.
 */
export function createBankingDepositsConsumer(service: PaymentsService, deps: () => PaymentsDeps): EventConsumer {
  return {
    name: 'banking-deposits',
    types: ['banking.deposit.refused'],
    async handle(event, em) {
      const id = String(event.payload.paymentIntentId ?? '');
      const ownerId = String(event.payload.ownerId ?? '');
      const accountId = String(event.payload.accountId ?? '');
      if (!UUID.test(id) || !UUID.test(ownerId) || !UUID.test(accountId)) return;
      await service.refundIntent(em, deps(), { id, ownerId, reference: `banking:deposit:${accountId}` });
    },
  };
}
