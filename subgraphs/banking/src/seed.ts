import type { Em } from '../../../kit';
import { BankAccount } from './entities';
import { applyBatch } from './ledger';

/** identity's demo user (see identity's seed). */
const DEMO_USER_ID = '01900000-0000-7000-8000-000000000002';
const CHECKING = '01900000-0000-7000-8000-00000000b001';
const SAVINGS = '01900000-0000-7000-8000-00000000b002';
const BANK_EUR = '01900000-0000-7000-8000-00000000b0e0';

/** Two EUR accounts for the demo user, a deposit, a transfer to savings and a pending card hold; skipped when present. */
export async function seed(em: Em): Promise<void> {
  if (await em.count(BankAccount, { id: CHECKING })) return;
  const base = {
    debitsPosted: 0,
    creditsPosted: 0,
    debitsPending: 0,
    creditsPending: 0,
    entrySeq: 0,
    closed: false,
    businessTenantId: null,
  };
  em.create(BankAccount, {
    ...base,
    id: BANK_EUR,
    kind: 'OPERATOR',
    ownerId: null,
    operatorLedger: 'EUR',
    name: 'Bank EUR',
    ledger: 'EUR',
    debitsMustNotExceedCredits: false,
    creditsMustNotExceedDebits: false,
  });
  em.create(BankAccount, {
    ...base,
    id: CHECKING,
    kind: 'PERSONAL',
    ownerId: DEMO_USER_ID,
    operatorLedger: null,
    name: 'Checking',
    ledger: 'EUR',
    debitsMustNotExceedCredits: true,
    creditsMustNotExceedDebits: false,
  });
  em.create(BankAccount, {
    ...base,
    id: SAVINGS,
    kind: 'PERSONAL',
    ownerId: DEMO_USER_ID,
    operatorLedger: null,
    name: 'Savings',
    ledger: 'EUR',
    debitsMustNotExceedCredits: true,
    creditsMustNotExceedDebits: false,
  });
  await em.flush();
  const bank = { userId: null, tenantId: null, tenantRole: null, admin: true, operatorMayBeDebited: true, adjusting: true };
  await applyBatch(
    em,
    [
      { id: 'demo-deposit-1', debitAccountId: BANK_EUR, creditAccountId: CHECKING, amount: 250_000, reference: 'Salary' },
      { id: 'demo-savings-1', debitAccountId: CHECKING, creditAccountId: SAVINGS, amount: 50_000, reference: 'Monthly savings' },
      {
        id: 'demo-card-hold-1',
        debitAccountId: CHECKING,
        creditAccountId: BANK_EUR,
        amount: 4_599,
        kind: 'PENDING',
        reference: 'Card: bookshop',
      },
    ],
    bank,
    new Date(),
  );
}
