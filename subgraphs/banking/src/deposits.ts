import { recordEvent, type EventConsumer } from '../../../kit';
import type { BankingDeps } from './context';
import type { BankingService } from './service';

/** The PaymentIntent `reference` that asks for a deposit: `banking:deposit:<accountId>`. */
export const DEPOSIT_REFERENCE = /^banking:deposit:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** Recorded when a paid deposit could not be credited (closed account, other owner, other currency). */
export const DEPOSIT_REFUSED_EVENT = 'banking.deposit.refused';

/**
 * Deposits through payments: a PaymentIntent whose `reference` is `banking:deposit:<accountId>`
 * funds that account when it succeeds (`payments.payment_intent.succeeded`). The transfer (id
 * `deposit:<paymentIntentId>`, the ledger's operator account → the account, `amountReceived`) is
 * applied in the consumer's transaction, which also marks the event processed: a redelivery finds the
 * mark and does nothing, and a replay after the mark was pruned finds the transfer id and is answered
 * idempotently. So each PaymentIntent funds its account exactly once.
 */
export function createDepositConsumer(service: BankingService, deps: () => BankingDeps): EventConsumer {
  return {
    name: 'payment-deposits',
    types: ['payments.payment_intent.succeeded'],
    async handle(event, em) {
      const match = DEPOSIT_REFERENCE.exec(String(event.payload.reference ?? ''));
      if (!match) return; // not a deposit (an order's payment, …)
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
