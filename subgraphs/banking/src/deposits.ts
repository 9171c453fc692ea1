import { recordEvent, type EventConsumer } from '../../../kit';
import type { BankingDeps } from './context';
import type { BankingService } from './service';

/** The PaymentIntent `reference` that asks for a deposit: `banking:deposit:<accountId>`. */
export const DEPOSIT_REFERENCE = /^banking:deposit:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** Recorded by payments when a withdrawal's payout cannot be made; the hold is voided. */
export const PAYOUT_FAILED_EVENT = 'payments.payout.failed';

const WITHDRAWAL_HOLD = /^withdrawal:[A-Za-z0-9_.:-]{1,48}$/;

/** Recorded when a paid deposit could not be credited (closed account, other owner, other currency). */
export const DEPOSIT_REFUSED_EVENT = 'banking.deposit.refused';

/** Recorded when a refund of a deposit could not be debited (the money was spent or the account closed). */
export const REFUND_UNBACKED_EVENT = 'banking.refund.unbacked';

/**
 * Deposits through payments: a PaymentIntent whose `reference` is `banking:deposit:<accountId>`
 * funds that account when it succeeds (`payments.payment_intent.succeeded`). The transfer (id
 * `deposit:<paymentIntentId>`, the ledger's operator account → the account, `amountReceived`) is
 * applied in the consumer's transaction, which also marks the event processed: a redelivery finds the
 * mark and does nothing, and a replay after the mark was pruned finds the transfer id and is answered
 * idempotently. So each PaymentIntent funds its account exactly once.
 *
 * Withdrawals are refunds of a deposit's PaymentIntent (`refundPaymentIntent` in payments, all or
 * part): on `payments.refund.succeeded` for a deposit reference, transfer `refund:<refundId>` moves
 * the refunded amount from the account back to the operator account, once, the same way. The refund
 * has already left by then: one the account cannot cover (spent, or closed) is not forced through
 * its overdraft flag but recorded as `banking.refund.unbacked` (and in the audit) for the operator.
 *
 * Withdrawals asked of banking (`withdraw`) hold the amount first (a PENDING transfer) and record
 * `banking.withdrawal.requested`; payments refunds the deposit and says how it went: a
 * `payments.refund.succeeded` carrying the `withdrawalId` posts the hold, `payments.payout.failed`
 * voids it. Neither goes through the refund path above, so a payout is debited once.
 */
export function createDepositConsumer(service: BankingService, deps: () => BankingDeps): EventConsumer {
  return {
    name: 'payment-deposits',
    types: ['payments.payment_intent.succeeded', 'payments.refund.succeeded', PAYOUT_FAILED_EVENT],
    async handle(event, em) {
      // A withdrawal's payout (subgraphs/payments/src/banking-saga.ts): its outcome posts or voids the hold.
      const withdrawalId = String(event.payload.withdrawalId ?? '');
      if (event.type === PAYOUT_FAILED_EVENT || (event.type === 'payments.refund.succeeded' && withdrawalId)) {
        if (!WITHDRAWAL_HOLD.test(withdrawalId)) return;
        const paid = event.type === 'payments.refund.succeeded';
        const why = paid
          ? `paid out by refund ${String(event.payload.refundId ?? '')}`
          : `payout failed: ${String(event.payload.reason ?? '')}`;
        const changed = await service.settleWithdrawal(em, withdrawalId, paid, deps().clock.now(), why.slice(0, 200));
        return changed.length ? () => service.announceChanged(deps(), changed) : undefined;
      }
      const match = DEPOSIT_REFERENCE.exec(String(event.payload.reference ?? ''));
      if (!match) return; // not a deposit (an order's payment, …)
      if (event.type === 'payments.refund.succeeded') {
        const changed = await service.withdrawForRefund(em, {
          accountId: match[1]!.toLowerCase(),
          paymentIntentId: String(event.payload.paymentIntentId ?? ''),
          refundId: String(event.payload.refundId ?? ''),
          ownerId: String(event.payload.ownerId ?? ''),
          amount: Number(event.payload.refundAmount),
          currency: String(event.payload.currency ?? '').toUpperCase(),
          now: deps().clock.now(),
          refused: (reason) =>
            recordEvent(em, REFUND_UNBACKED_EVENT, {
              paymentIntentId: event.payload.paymentIntentId ?? null,
              refundId: event.payload.refundId ?? null,
              ownerId: event.payload.ownerId ?? null,
              accountId: match[1]!.toLowerCase(),
              amount: event.payload.refundAmount ?? null,
              currency: event.payload.currency ?? null,
              reason,
            }),
        });
        return changed.length ? () => service.announceChanged(deps(), changed) : undefined;
      }
      const changed = await service.depositFromPayment(em, {
        accountId: match[1]!.toLowerCase(),
        paymentIntentId: String(event.payload.paymentIntentId ?? ''),
        ownerId: String(event.payload.ownerId ?? ''),
        amount: Number(event.payload.amountReceived),
        currency: String(event.payload.currency ?? '').toUpperCase(),
        now: deps().clock.now(),
        refused: (reason) =>
          recordEvent(em, DEPOSIT_REFUSED_EVENT, {
            paymentIntentId: event.payload.paymentIntentId ?? null,
            ownerId: event.payload.ownerId ?? null,
            accountId: match[1]!.toLowerCase(),
            amount: event.payload.amountReceived ?? null,
            currency: event.payload.currency ?? null,
            reason,
          }),
      });
      return changed.length ? () => service.announceChanged(deps(), changed) : undefined;
    },
  };
}
