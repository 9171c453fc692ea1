import type { EventConsumer } from '../../../kit';
import type { PaymentsDeps } from './context';
import type { PaymentsService } from './service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WITHDRAWAL_HOLD = /^withdrawal:[A-Za-z0-9_.:-]{1,48}$/;

/**
 * Payments' part of banking's deposits (subgraphs/banking/src/deposits.ts): a deposit banking could
 * not credit (`banking.deposit.refused`: the account is closed, someone else's or in another currency)
 * has its PaymentIntent refunded in full, once, so a card is never charged for money that went
 * nowhere. The refund's own event reaches banking, which finds no credited deposit and moves nothing.
 *
 * Withdrawals (`banking.withdrawal.requested`, recorded with banking's hold on the funds): the
 * deposit's PaymentIntent is refunded by the withdrawn amount, once ({@link PaymentsService.payoutWithdrawal});
 * its `payments.refund.succeeded` (with `withdrawalId`) posts the hold, `payments.payout.failed` voids it.
 */
export function createBankingDepositsConsumer(service: PaymentsService, deps: () => PaymentsDeps): EventConsumer {
  return {
    name: 'banking-deposits',
    types: ['banking.deposit.refused', 'banking.withdrawal.requested'],
    async handle(event, em) {
      if (event.type === 'banking.withdrawal.requested') {
        const p = event.payload;
        const payout = {
          withdrawalId: String(p.withdrawalId ?? ''),
          paymentIntentId: String(p.paymentIntentId ?? ''),
          payerId: String(p.payerId ?? ''),
          accountId: String(p.accountId ?? ''),
          amount: Number(p.amount),
          currency: String(p.currency ?? ''),
        };
        if (!WITHDRAWAL_HOLD.test(payout.withdrawalId) || !UUID.test(payout.accountId)) return; // not banking's (nothing to void)
        await service.payoutWithdrawal(em, deps(), payout);
        return;
      }
      const id = String(event.payload.paymentIntentId ?? '');
      const ownerId = String(event.payload.ownerId ?? '');
      const accountId = String(event.payload.accountId ?? '');
      if (!UUID.test(id) || !UUID.test(ownerId) || !UUID.test(accountId)) return;
      await service.refundIntent(em, deps(), { id, ownerId, reference: `banking:deposit:${accountId}` });
    },
  };
}
