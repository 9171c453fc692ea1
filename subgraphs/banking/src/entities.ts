import { baseProperties, defineEntity, p, tenantLinkedEntity, type InferEntity } from '../../../kit';

/** Who an account belongs to: one user, a tenant (business), or the bank itself (one operator account per ledger). */
export const ACCOUNT_KINDS = ['PERSONAL', 'BUSINESS', 'OPERATOR'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** The life of a two-phase (pending) transfer; null for every other transfer. */
export const PENDING_STATES = ['PENDING', 'POSTED', 'VOIDED', 'EXPIRED'] as const;
export type PendingState = (typeof PENDING_STATES)[number];

export const TRANSFER_KINDS = ['SINGLE_PHASE', 'PENDING', 'POST_PENDING', 'VOID_PENDING'] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

export const FREQUENCIES = ['ONCE', 'DAILY', 'WEEKLY', 'MONTHLY'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/**
 * A ledger account, TigerBeetle style: four balances in integer minor units of its ledger (an ISO 4217
 * currency), all kept within Number.MAX_SAFE_INTEGER (BIGINT columns read as JS numbers). Balances
 * only change inside a transaction that holds the row's lock. Not tenant-owned through the kit's
 * filter: a transfer touches accounts of two owners (a user pays a shop), so scoping is in the
 * service; `businessTenantId` names the tenant of a BUSINESS account (a tenant-linked entity: the
 * isolation walk covers it). `entrySeq` numbers the account's posted entries, giving statements a
 * stable order.
 */
export const BankAccount = tenantLinkedEntity(
  defineEntity({
    name: 'BankAccount',
    tableName: 'bank_accounts',
    properties: {
      ...baseProperties(),
      kind: p.enum([...ACCOUNT_KINDS]),
      ownerId: p.string().length(36).nullable(),
      businessTenantId: p.string().length(36).nullable(),
      /** Unique for OPERATOR accounts (their ledger); null for others. */
      operatorLedger: p.string().length(3).nullable().unique(),
      name: p.string().length(100),
      ledger: p.string().length(3),
      debitsMustNotExceedCredits: p.boolean(),
      creditsMustNotExceedDebits: p.boolean(),
      closed: p.boolean(),
      debitsPosted: p.bigint('number'),
      creditsPosted: p.bigint('number'),
      debitsPending: p.bigint('number'),
      creditsPending: p.bigint('number'),
      entrySeq: p.bigint('number'),
    },
    indexes: [{ properties: ['ownerId', 'createdAt'] }, { properties: ['businessTenantId', 'createdAt'] }],
  }),
  'businessTenantId',
);
export type BankAccountRow = InferEntity<typeof BankAccount>;

/**
 * A transfer: immutable once written, keyed by the id the client chose (resending it is how a client
 * retries safely). Only `pendingState` of a PENDING transfer changes, under the accounts' locks or by
 * a conditional update of the expiry sweep. `amount` of a POST_PENDING is what was posted.
 */
export const Transfer = defineEntity({
  name: 'Transfer',
  tableName: 'transfers',
  properties: {
    id: p.string().length(64).primary(),
    kind: p.enum([...TRANSFER_KINDS]),
    debitAccountId: p.string().length(36),
    creditAccountId: p.string().length(36),
    amount: p.bigint('number'),
    ledger: p.string().length(3),
    code: p.integer(),
    reference: p.string().length(200).nullable(),
    pendingId: p.string().length(64).nullable(),
    timeoutSeconds: p.integer(),
    expiresAt: p.datetime(3).nullable(),
    pendingState: p.enum([...PENDING_STATES]).nullable(),
    linked: p.boolean(),
    /** The user who sent it (null for the bank's own work: expiry, schedules run by the sweep). */
    createdBy: p.string().length(36).nullable(),
    createdAt: p.datetime(3),
  },
  indexes: [
    { properties: ['debitAccountId', 'createdAt'] },
    { properties: ['creditAccountId', 'createdAt'] },
    { properties: ['pendingState', 'expiresAt'] },
  ],
});
export type TransferRow = InferEntity<typeof Transfer>;

/**
 * One posted movement on one account (a statement line): written with the transfer, never changed.
 * `balance` is the account's credits_posted − debits_posted just after it (the running balance).
 */
export const LedgerEntry = defineEntity({
  name: 'LedgerEntry',
  tableName: 'ledger_entries',
  properties: {
    ...baseProperties(),
    accountId: p.string().length(36),
    seq: p.bigint('number'),
    transferId: p.string().length(64),
    /** Positive for a credit to the account, negative for a debit. */
    amount: p.bigint('number'),
    balance: p.bigint('number'),
    postedAt: p.datetime(3),
    reference: p.string().length(200).nullable(),
  },
  uniques: [{ properties: ['accountId', 'seq'] }, { properties: ['accountId', 'transferId'] }],
  indexes: [{ properties: ['accountId', 'postedAt'] }],
});
export type LedgerEntryRow = InferEntity<typeof LedgerEntry>;

/** A transfer to run later, once or on a cycle; the sweep sends occurrence n with the id `<id>:<n>`. */
export const ScheduledTransfer = defineEntity({
  name: 'ScheduledTransfer',
  tableName: 'scheduled_transfers',
  properties: {
    ...baseProperties(),
    ownerId: p.string().length(36),
    debitAccountId: p.string().length(36),
    creditAccountId: p.string().length(36),
    amount: p.bigint('number'),
    reference: p.string().length(200).nullable(),
    frequency: p.enum([...FREQUENCIES]),
    nextAt: p.datetime(3).nullable(),
    endAt: p.datetime(3).nullable(),
    occurrences: p.integer(),
    lastResult: p.string().length(60).nullable(),
  },
  indexes: [{ properties: ['nextAt'] }, { properties: ['ownerId', 'createdAt'] }],
});
export type ScheduledTransferRow = InferEntity<typeof ScheduledTransfer>;

/** Who did what: one row per money-moving or account-changing action, never changed. */
export const BankingAudit = defineEntity({
  name: 'BankingAudit',
  tableName: 'banking_audit',
  properties: {
    ...baseProperties(),
    actorId: p.string().length(36).nullable(),
    action: p.string().length(40),
    accountId: p.string().length(36).nullable(),
    subjectId: p.string().length(64).nullable(),
    detail: p.string().length(500),
  },
  indexes: [{ properties: ['actorId', 'createdAt'] }, { properties: ['accountId', 'createdAt'] }],
});
export type BankingAuditRow = InferEntity<typeof BankingAudit>;

/**
 * Leave for one user to fund one BUSINESS account by card: written by `authorizeCardDeposit` when a
 * manager (or above) of the account's tenant asks, and checked by the deposit consumer, which only
 * knows the PaymentIntent's payer. One row per account and user; asking again moves `expiresAt`.
 */
export const DepositPermit = defineEntity({
  name: 'DepositPermit',
  tableName: 'bank_deposit_permits',
  properties: {
    ...baseProperties(),
    accountId: p.string().length(36),
    userId: p.string().length(36),
    expiresAt: p.datetime(3),
  },
  uniques: [{ properties: ['accountId', 'userId'] }],
});
export type DepositPermitRow = InferEntity<typeof DepositPermit>;

export const entities = [BankAccount, Transfer, LedgerEntry, ScheduledTransfer, BankingAudit, DepositPermit];
