import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { BankAccountRow, TransferRow, LedgerEntryRow, ScheduledTransferRow, BankingAuditRow } from '../entities';
import type { TransferOutcome } from '../ledger';
import type { BalancePointView, CardDepositAuthorizationView } from '../service';
import type { UserRef, BankingContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, as an ISO-8601 string in UTC (e.g. `2026-11-23T10:00:00.000Z`). */
  DateTime: { input: Date; output: Date | string; }
  /** An amount in integer minor units, sent as a JSON number: as input 0 to 9007199254740991; as output (a balance, a statement amount) it may be negative. */
  MinorUnits: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An admin adjustment against the ledger's operator account (payments integration comes later). */
export type AdjustBalanceInput = {
  accountId: Scalars['ID']['input'];
  amount: Scalars['MinorUnits']['input'];
  direction: AdjustmentDirection;
  /** The transfer's client-chosen id. */
  id: Scalars['ID']['input'];
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** Deposit or withdrawal. */
export type AdjustmentDirection =
  | 'DEPOSIT'
  | 'WITHDRAWAL';

/** The end-of-day posted balance of an account. */
export type BalancePoint = {
  __typename?: 'BalancePoint';
  balance: Scalars['MinorUnits']['output'];
  /** The UTC day, YYYY-MM-DD. */
  day: Scalars['String']['output'];
};

/** A ledger account with TigerBeetle's four balances. */
export type BankAccount = {
  __typename?: 'BankAccount';
  /** balance minus pending debits: what can still be spent. */
  available: Scalars['MinorUnits']['output'];
  /** credits_posted − debits_posted (negative only for accounts without the overdraft flag). */
  balance: Scalars['MinorUnits']['output'];
  /** A closed account takes no more transfers. */
  closed: Scalars['Boolean']['output'];
  /** When it was opened. */
  createdAt: Scalars['DateTime']['output'];
  /** Credits may not exceed debits. */
  creditsMustNotExceedDebits: Scalars['Boolean']['output'];
  /** Sum of pending credits. */
  creditsPending: Scalars['MinorUnits']['output'];
  /** Sum of posted credits. */
  creditsPosted: Scalars['MinorUnits']['output'];
  /** Debits may not exceed credits: the account cannot be overdrawn. */
  debitsMustNotExceedCredits: Scalars['Boolean']['output'];
  /** Sum of pending debits (reserved by two-phase transfers). */
  debitsPending: Scalars['MinorUnits']['output'];
  /** Sum of posted debits. */
  debitsPosted: Scalars['MinorUnits']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Who the account belongs to. */
  kind: BankAccountKind;
  /** The ledger: an ISO 4217 currency code, upper case. */
  ledger: Scalars['String']['output'];
  /** The account's name, 1 to 100 characters. */
  name: Scalars['String']['output'];
  /** The owner (PERSONAL accounts). */
  owner?: Maybe<User>;
  /** Posted entries with running balances, newest first, optionally within [from, to). */
  statement: StatementConnection;
  /** The tenant (BUSINESS accounts). */
  tenantId?: Maybe<Scalars['ID']['output']>;
};


/** A ledger account with TigerBeetle's four balances. */
export type BankAccountStatementArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** One page of accounts. */
export type BankAccountConnection = {
  __typename?: 'BankAccountConnection';
  edges: Array<BankAccountEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One account in a page. */
export type BankAccountEdge = {
  __typename?: 'BankAccountEdge';
  cursor: Scalars['String']['output'];
  node: BankAccount;
};

/** Who an account belongs to. */
export type BankAccountKind =
  /** A tenant's account: its members see it, managers move money from it. */
  | 'BUSINESS'
  /** The bank's own account of a ledger (deposits come from it, withdrawals go to it). */
  | 'OPERATOR'
  /** One user's own account. */
  | 'PERSONAL';

/** The account opened, closed or changed. */
export type BankAccountPayload = {
  __typename?: 'BankAccountPayload';
  account?: Maybe<BankAccount>;
  errors: Array<UserError>;
};

/** One page of audit records. */
export type BankingAuditConnection = {
  __typename?: 'BankingAuditConnection';
  edges: Array<BankingAuditEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One audit record in a page. */
export type BankingAuditEdge = {
  __typename?: 'BankingAuditEdge';
  cursor: Scalars['String']['output'];
  node: BankingAuditEntry;
};

/** One audit record. */
export type BankingAuditEntry = {
  __typename?: 'BankingAuditEntry';
  accountId?: Maybe<Scalars['ID']['output']>;
  /** e.g. account.opened, transfer.created, adjustment.deposit. */
  action: Scalars['String']['output'];
  /** Who (null for the bank's own sweeps). */
  actorId?: Maybe<Scalars['ID']['output']>;
  at: Scalars['DateTime']['output'];
  detail: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  subjectId?: Maybe<Scalars['String']['output']>;
};

/** Leave to fund an account by card: the PaymentIntent reference to use, and until when it holds. */
export type CardDepositAuthorization = {
  __typename?: 'CardDepositAuthorization';
  /** The account. */
  accountId: Scalars['ID']['output'];
  /** For a business account: until when a payment by you is credited (24 hours; asking again extends it). Null for your own personal account. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The `reference` to give the PaymentIntent in payments: `banking:deposit:<accountId>`. */
  reference: Scalars['String']['output'];
};

/** The results of a batch, one per transfer in order. */
export type CreateTransfersPayload = {
  __typename?: 'CreateTransfersPayload';
  errors: Array<UserError>;
  results: Array<TransferResult>;
};

/** The machine-readable kind of an error, in `UserError.code` and in GraphQL errors' `extensions.code`. */
export type ErrorCode =
  /** An input is missing, malformed or out of range. */
  | 'BAD_USER_INPUT'
  /** The payment was declined by the card issuer or the processor. */
  | 'CARD_DECLINED'
  /** The change clashes with existing data (a duplicate, a stale version). */
  | 'CONFLICT'
  /** The signed-in user may not do this. */
  | 'FORBIDDEN'
  /** An idempotency key was sent again with other parameters; use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The thing is not in a state that allows this operation (e.g. capturing a canceled payment). */
  | 'INVALID_STATE'
  /** The thing named does not exist (or is not visible to you). */
  | 'NOT_FOUND'
  /** The tenant's plan allows no more of this (e.g. members); choose a bigger plan. */
  | 'QUOTA_EXCEEDED'
  /** Too many requests; retry later. */
  | 'RATE_LIMITED'
  /** The operation needs a signed-in user. */
  | 'UNAUTHENTICATED';

/** A currency exchange: two linked legs through the operator's accounts of both ledgers. */
export type ExchangeInput = {
  /** Minor units taken from `fromAccountId`. */
  amount: Scalars['MinorUnits']['input'];
  fromAccountId: Scalars['ID']['input'];
  /** Base id; the legs are `<id>:out` and `<id>:in`. */
  id: Scalars['ID']['input'];
  toAccountId: Scalars['ID']['input'];
};

/** The debit account would be overdrawn (or a credit-limited account overfilled). */
export type InsufficientFunds = {
  __typename?: 'InsufficientFunds';
  /** The account whose limit stopped it. */
  accountId: Scalars['ID']['output'];
  message: Scalars['String']['output'];
  /** Which limit: EXCEEDS_CREDITS (debits would exceed credits) or EXCEEDS_DEBITS. */
  reason: InsufficientFundsReason;
  transferId: Scalars['ID']['output'];
};

/** Which balance limit stopped a transfer. */
export type InsufficientFundsReason =
  /** The debit account's debits would exceed its credits (debits_must_not_exceed_credits). */
  | 'EXCEEDS_CREDITS'
  /** The credit account's credits would exceed its debits (credits_must_not_exceed_debits). */
  | 'EXCEEDS_DEBITS';

export type Mutation = {
  __typename?: 'Mutation';
  /** Admin: deposit to or withdraw from an account against the ledger's operator account. */
  adjustBalance?: Maybe<TransferResult>;
  /** Leave to fund an account by card: your own personal account, or (manager role or above) your tenant's business account. */
  authorizeCardDeposit?: Maybe<CardDepositAuthorization>;
  /** Stops a scheduled transfer. */
  cancelScheduledTransfer?: Maybe<ScheduledTransferPayload>;
  /** Closes an account with nothing pending. */
  closeBankAccount?: Maybe<BankAccountPayload>;
  /** One transfer. */
  createTransfer?: Maybe<TransferResult>;
  /** Up to 8,000 transfers, applied in order; linked chains succeed or fail as one. */
  createTransfers?: Maybe<CreateTransfersPayload>;
  /** Exchanges between two ledgers at the configured rate: two linked legs. */
  exchange?: Maybe<CreateTransfersPayload>;
  /** Opens a personal (or, with the manager role, business) account. */
  openBankAccount?: Maybe<BankAccountPayload>;
  /** Renames an account (its owner, or a manager of its tenant for a business account). */
  renameBankAccount?: Maybe<BankAccountPayload>;
  /** Schedules a one-off or recurring transfer. */
  scheduleTransfer?: Maybe<ScheduledTransferPayload>;
  /** Withdraws to a deposit's card: holds the amount, then posts the hold when payments has refunded, or voids it. */
  withdraw?: Maybe<TransferResult>;
};


export type MutationAdjustBalanceArgs = {
  input: AdjustBalanceInput;
};


export type MutationAuthorizeCardDepositArgs = {
  accountId: Scalars['ID']['input'];
};


export type MutationCancelScheduledTransferArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloseBankAccountArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateTransferArgs = {
  input: TransferInput;
};


export type MutationCreateTransfersArgs = {
  transfers: Array<TransferInput>;
};


export type MutationExchangeArgs = {
  input: ExchangeInput;
};


export type MutationOpenBankAccountArgs = {
  input: OpenBankAccountInput;
};


export type MutationRenameBankAccountArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationScheduleTransferArgs = {
  input: ScheduleTransferInput;
};


export type MutationWithdrawArgs = {
  input: WithdrawInput;
};

/** Opens an account. */
export type OpenBankAccountInput = {
  /** A BUSINESS account of the current tenant (needs the manager role) instead of a personal one. */
  business?: InputMaybe<Scalars['Boolean']['input']>;
  /** Defaults to false. */
  creditsMustNotExceedDebits?: InputMaybe<Scalars['Boolean']['input']>;
  /** Defaults to true (no overdraft). */
  debitsMustNotExceedCredits?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 4217 currency code. */
  ledger: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** Where a connection's page sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when `after: endCursor` returns more. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page does not start the list. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge, null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Where a pending transfer stands. */
export type PendingState =
  | 'EXPIRED'
  | 'PENDING'
  | 'POSTED'
  | 'VOIDED';

export type Query = {
  __typename?: 'Query';
  /** End-of-day posted balances of an account within [from, to) (at most 366 days). */
  balanceHistory?: Maybe<Array<BalancePoint>>;
  /** One account the viewer may see. */
  bankAccount?: Maybe<BankAccount>;
  /** The viewer's personal accounts, or with `business: true` the current tenant's. */
  bankAccounts?: Maybe<BankAccountConnection>;
  /** Audit records: the viewer's own actions, or with `all` (admins) everyone's. */
  bankingAudit?: Maybe<BankingAuditConnection>;
  /** A statement as CSV (RFC 4180, formula-safe), within [from, to), at most 10,000 lines. */
  exportStatement?: Maybe<Scalars['String']['output']>;
  /** The viewer's scheduled transfers. */
  scheduledTransfers?: Maybe<ScheduledTransferConnection>;
  /** One transfer touching an account the viewer may see. */
  transfer?: Maybe<Transfer>;
  /** Transfers of one account, newest first. */
  transfers?: Maybe<TransferConnection>;
};


export type QueryBalanceHistoryArgs = {
  accountId: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryBankAccountArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBankAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  business?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryBankingAuditArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  all?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExportStatementArgs = {
  accountId: Scalars['ID']['input'];
  from: Scalars['DateTime']['input'];
  to: Scalars['DateTime']['input'];
};


export type QueryScheduledTransfersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryTransferArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTransfersArgs = {
  accountId: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Schedules a transfer. */
export type ScheduleTransferInput = {
  amount: Scalars['MinorUnits']['input'];
  creditAccountId: Scalars['ID']['input'];
  debitAccountId: Scalars['ID']['input'];
  /** No runs after this. */
  endAt?: InputMaybe<Scalars['DateTime']['input']>;
  frequency: TransferFrequency;
  reference?: InputMaybe<Scalars['String']['input']>;
  /** The first run (in the future, within 5 years). */
  startAt: Scalars['DateTime']['input'];
};

/** A transfer to run later, once or repeatedly. */
export type ScheduledTransfer = {
  __typename?: 'ScheduledTransfer';
  amount: Scalars['MinorUnits']['output'];
  creditAccountId: Scalars['ID']['output'];
  debitAccountId: Scalars['ID']['output'];
  endAt?: Maybe<Scalars['DateTime']['output']>;
  frequency: TransferFrequency;
  id: Scalars['ID']['output'];
  /** The last run's result: POSTED or the refusal code. */
  lastResult?: Maybe<Scalars['String']['output']>;
  /** The next run; null once finished or cancelled. */
  nextAt?: Maybe<Scalars['DateTime']['output']>;
  /** How many runs were attempted. */
  occurrences: Scalars['Int']['output'];
  reference?: Maybe<Scalars['String']['output']>;
};

/** One page of scheduled transfers. */
export type ScheduledTransferConnection = {
  __typename?: 'ScheduledTransferConnection';
  edges: Array<ScheduledTransferEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One scheduled transfer in a page. */
export type ScheduledTransferEdge = {
  __typename?: 'ScheduledTransferEdge';
  cursor: Scalars['String']['output'];
  node: ScheduledTransfer;
};

/** The scheduled transfer created or cancelled. */
export type ScheduledTransferPayload = {
  __typename?: 'ScheduledTransferPayload';
  errors: Array<UserError>;
  scheduledTransfer?: Maybe<ScheduledTransfer>;
};

/** One page of a statement. */
export type StatementConnection = {
  __typename?: 'StatementConnection';
  edges: Array<StatementEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One statement line in a page. */
export type StatementEdge = {
  __typename?: 'StatementEdge';
  cursor: Scalars['String']['output'];
  node: StatementEntry;
};

/** One statement line: a posted movement with the running balance after it. */
export type StatementEntry = {
  __typename?: 'StatementEntry';
  /** Positive for money in, negative for money out. */
  amount: Scalars['MinorUnits']['output'];
  /** The account's posted balance right after it. */
  balance: Scalars['MinorUnits']['output'];
  postedAt: Scalars['DateTime']['output'];
  reference?: Maybe<Scalars['String']['output']>;
  /** The transfer that moved it. */
  transferId: Scalars['ID']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The account after every posted or pending change. */
  bankAccountChanged?: Maybe<BankAccount>;
};


export type SubscriptionBankAccountChangedArgs = {
  accountId: Scalars['ID']['input'];
};

/** An immutable transfer between two accounts of one ledger. */
export type Transfer = {
  __typename?: 'Transfer';
  /** Amount moved (for POST_PENDING: the amount posted). */
  amount: Scalars['MinorUnits']['output'];
  /** A client code (1 to 65535), e.g. the reason. */
  code: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  creditAccountId: Scalars['ID']['output'];
  debitAccountId: Scalars['ID']['output'];
  /** For PENDING: when it expires. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The id the client chose (1 to 64 of A–Z a–z 0–9 _ - . :). */
  id: Scalars['ID']['output'];
  kind: TransferKind;
  ledger: Scalars['String']['output'];
  /** Part of a linked chain (succeeds or fails with the next one). */
  linked: Scalars['Boolean']['output'];
  /** The pending transfer a POST_PENDING / VOID_PENDING refers to. */
  pendingId?: Maybe<Scalars['ID']['output']>;
  /** For PENDING: where it stands now. */
  pendingState?: Maybe<PendingState>;
  /** Free reference shown on statements. */
  reference?: Maybe<Scalars['String']['output']>;
  /** For PENDING: seconds until it expires on its own (0 = never). */
  timeoutSeconds: Scalars['Int']['output'];
};

/** One page of transfers. */
export type TransferConnection = {
  __typename?: 'TransferConnection';
  edges: Array<TransferEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One transfer in a page. */
export type TransferEdge = {
  __typename?: 'TransferEdge';
  cursor: Scalars['String']['output'];
  node: Transfer;
};

/** Why a transfer was refused, in the spirit of TigerBeetle's result codes. */
export type TransferErrorCode =
  | 'ACCOUNTS_MUST_BE_DIFFERENT'
  | 'ACCOUNTS_MUST_HAVE_THE_SAME_LEDGER'
  | 'AMOUNT_MUST_NOT_BE_ZERO'
  | 'AMOUNT_TOO_LARGE'
  | 'CODE_INVALID'
  | 'CREDIT_ACCOUNT_ALREADY_CLOSED'
  | 'CREDIT_ACCOUNT_NOT_FOUND'
  | 'DEBIT_ACCOUNT_ALREADY_CLOSED'
  | 'DEBIT_ACCOUNT_NOT_ALLOWED'
  | 'DEBIT_ACCOUNT_NOT_FOUND'
  | 'EXCEEDS_PENDING_TRANSFER_AMOUNT'
  | 'EXISTS_WITH_DIFFERENT_AMOUNT'
  | 'EXISTS_WITH_DIFFERENT_CODE'
  | 'EXISTS_WITH_DIFFERENT_CREDIT_ACCOUNT_ID'
  | 'EXISTS_WITH_DIFFERENT_DEBIT_ACCOUNT_ID'
  | 'EXISTS_WITH_DIFFERENT_KIND'
  | 'EXISTS_WITH_DIFFERENT_LINKED'
  | 'EXISTS_WITH_DIFFERENT_PENDING_ID'
  | 'EXISTS_WITH_DIFFERENT_REFERENCE'
  | 'EXISTS_WITH_DIFFERENT_TIMEOUT'
  | 'ID_INVALID'
  | 'ID_MUST_NOT_BE_EMPTY'
  | 'LINKED_EVENT_CHAIN_OPEN'
  | 'LINKED_EVENT_FAILED'
  | 'OVERFLOWS_BALANCE'
  | 'PENDING_ID_MUST_BE_DIFFERENT'
  | 'PENDING_ID_REQUIRED'
  | 'PENDING_TRANSFER_ALREADY_POSTED'
  | 'PENDING_TRANSFER_ALREADY_VOIDED'
  | 'PENDING_TRANSFER_EXPIRED'
  | 'PENDING_TRANSFER_NOT_FOUND'
  | 'PENDING_TRANSFER_NOT_PENDING'
  | 'REFERENCE_TOO_LONG'
  | 'TIMEOUT_INVALID'
  | 'TIMEOUT_RESERVED_FOR_PENDING_TRANSFER';

/** How often a scheduled transfer runs. */
export type TransferFrequency =
  | 'DAILY'
  | 'MONTHLY'
  | 'ONCE'
  | 'WEEKLY';

/** One transfer to create (TigerBeetle's create_transfers event). */
export type TransferInput = {
  /** Minor units. For POST_PENDING, 0 or absent posts the full pending amount. */
  amount?: InputMaybe<Scalars['MinorUnits']['input']>;
  /** 1 to 65535; defaults to 1. */
  code?: InputMaybe<Scalars['Int']['input']>;
  /** The account credited (money arrives). */
  creditAccountId?: InputMaybe<Scalars['ID']['input']>;
  /** The account debited (money leaves it). Required except for POST_PENDING/VOID_PENDING. */
  debitAccountId?: InputMaybe<Scalars['ID']['input']>;
  /** The client's unique id: resending it with the same fields returns the first result. */
  id: Scalars['ID']['input'];
  /** Defaults to SINGLE_PHASE. */
  kind?: InputMaybe<TransferKind>;
  /** Links this transfer to the next: the chain succeeds or fails as one. */
  linked?: InputMaybe<Scalars['Boolean']['input']>;
  /** For POST_PENDING / VOID_PENDING: the pending transfer's id. */
  pendingId?: InputMaybe<Scalars['ID']['input']>;
  /** Up to 200 characters, shown on statements. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** For PENDING: seconds until it expires on its own (0 = never, at most 30 days). */
  timeoutSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** The kind of a transfer. */
export type TransferKind =
  /** Reserves the amount until posted, voided or expired. */
  | 'PENDING'
  /** Posts (all or part of) a pending transfer. */
  | 'POST_PENDING'
  /** Posted at once. */
  | 'SINGLE_PHASE'
  /** Releases a pending transfer. */
  | 'VOID_PENDING';

/** The pending transfer was recorded; the amount is reserved. */
export type TransferPending = {
  __typename?: 'TransferPending';
  transfer: Transfer;
};

/** The transfer was posted (or, resent with the same id and fields, had been). */
export type TransferPosted = {
  __typename?: 'TransferPosted';
  transfer: Transfer;
};

/** The transfer was refused for another reason. */
export type TransferRejected = {
  __typename?: 'TransferRejected';
  code: TransferErrorCode;
  message: Scalars['String']['output'];
  transferId: Scalars['ID']['output'];
};

/** What became of one transfer of a request. */
export type TransferResult = InsufficientFunds | TransferPending | TransferPosted | TransferRejected | TransferVoided;

/** The pending transfer was voided. */
export type TransferVoided = {
  __typename?: 'TransferVoided';
  transfer: Transfer;
};

/** A user; banking contributes their accounts. */
export type User = {
  __typename?: 'User';
  /** The user's personal accounts (only for themselves). */
  bankAccounts?: Maybe<BankAccountConnection>;
  id: Scalars['ID']['output'];
};


/** A user; banking contributes their accounts. */
export type UserBankAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An expected problem with a mutation's input, returned as data so a form can show it next to its field. */
export type UserError = {
  __typename?: 'UserError';
  /** What kind of problem it is. */
  code: ErrorCode;
  /** The input field at fault, as a dotted path (e.g. `input.email`), or null when the whole input is. */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong, in words a person understands. */
  message: Scalars['String']['output'];
};

/**
 * A withdrawal to the card a deposit came from. The amount is held at once (a PENDING transfer
 * `withdrawal:<id>` from the account to the bank, not spendable while held); payments then refunds the
 * deposit's PaymentIntent, and the hold is posted (`withdrawal:<id>:post`) when the refund succeeds or
 * voided (`withdrawal:<id>:void`) when it fails, exactly once.
 */
export type WithdrawInput = {
  /** The account the money leaves (your own, or your tenant's with the manager role). */
  accountId: Scalars['ID']['input'];
  /** Minor units, at most what that deposit brought in. */
  amount: Scalars['MinorUnits']['input'];
  /** The client's id for this withdrawal, 1 to 48 of A–Z a–z 0–9 _ - . : (resending it returns the first result). */
  id: Scalars['ID']['input'];
  /** The PaymentIntent of a deposit into this account; its card receives the money. */
  paymentIntentId: Scalars['ID']['input'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  BankAccount: BankAccount;
  ScheduledTransfer: ScheduledTransfer;
  Transfer: Transfer;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  BankAccount:
    ( { __typename: 'BankAccount' }
    & GraphQLRecursivePick<FederationTypes['BankAccount'], {"id":true}> );
  ScheduledTransfer:
    ( { __typename: 'ScheduledTransfer' }
    & GraphQLRecursivePick<FederationTypes['ScheduledTransfer'], {"id":true}> );
  Transfer:
    ( { __typename: 'Transfer' }
    & GraphQLRecursivePick<FederationTypes['Transfer'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AdjustBalanceInput: AdjustBalanceInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AdjustmentDirection: AdjustmentDirection;
  BalancePoint: ResolverTypeWrapper<BalancePointView>;
  BankAccount: ResolverTypeWrapper<BankAccountRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BankAccountConnection: ResolverTypeWrapper<Omit<BankAccountConnection, 'edges'> & { edges: Array<ResolversTypes['BankAccountEdge']> }>;
  BankAccountEdge: ResolverTypeWrapper<Omit<BankAccountEdge, 'node'> & { node: ResolversTypes['BankAccount'] }>;
  BankAccountKind: BankAccountKind;
  BankAccountPayload: ResolverTypeWrapper<Omit<BankAccountPayload, 'account'> & { account?: Maybe<ResolversTypes['BankAccount']> }>;
  BankingAuditConnection: ResolverTypeWrapper<Omit<BankingAuditConnection, 'edges'> & { edges: Array<ResolversTypes['BankingAuditEdge']> }>;
  BankingAuditEdge: ResolverTypeWrapper<Omit<BankingAuditEdge, 'node'> & { node: ResolversTypes['BankingAuditEntry'] }>;
  BankingAuditEntry: ResolverTypeWrapper<BankingAuditRow>;
  CardDepositAuthorization: ResolverTypeWrapper<CardDepositAuthorizationView>;
  CreateTransfersPayload: ResolverTypeWrapper<Omit<CreateTransfersPayload, 'results'> & { results: Array<ResolversTypes['TransferResult']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ErrorCode: ErrorCode;
  ExchangeInput: ExchangeInput;
  InsufficientFunds: ResolverTypeWrapper<InsufficientFunds>;
  InsufficientFundsReason: InsufficientFundsReason;
  MinorUnits: ResolverTypeWrapper<Scalars['MinorUnits']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenBankAccountInput: OpenBankAccountInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PendingState: PendingState;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ScheduleTransferInput: ScheduleTransferInput;
  ScheduledTransfer: ResolverTypeWrapper<ScheduledTransferRow>;
  ScheduledTransferConnection: ResolverTypeWrapper<Omit<ScheduledTransferConnection, 'edges'> & { edges: Array<ResolversTypes['ScheduledTransferEdge']> }>;
  ScheduledTransferEdge: ResolverTypeWrapper<Omit<ScheduledTransferEdge, 'node'> & { node: ResolversTypes['ScheduledTransfer'] }>;
  ScheduledTransferPayload: ResolverTypeWrapper<Omit<ScheduledTransferPayload, 'scheduledTransfer'> & { scheduledTransfer?: Maybe<ResolversTypes['ScheduledTransfer']> }>;
  StatementConnection: ResolverTypeWrapper<Omit<StatementConnection, 'edges'> & { edges: Array<ResolversTypes['StatementEdge']> }>;
  StatementEdge: ResolverTypeWrapper<Omit<StatementEdge, 'node'> & { node: ResolversTypes['StatementEntry'] }>;
  StatementEntry: ResolverTypeWrapper<LedgerEntryRow>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Transfer: ResolverTypeWrapper<TransferRow>;
  TransferConnection: ResolverTypeWrapper<Omit<TransferConnection, 'edges'> & { edges: Array<ResolversTypes['TransferEdge']> }>;
  TransferEdge: ResolverTypeWrapper<Omit<TransferEdge, 'node'> & { node: ResolversTypes['Transfer'] }>;
  TransferErrorCode: TransferErrorCode;
  TransferFrequency: TransferFrequency;
  TransferInput: TransferInput;
  TransferKind: TransferKind;
  TransferPending: ResolverTypeWrapper<Omit<TransferPending, 'transfer'> & { transfer: ResolversTypes['Transfer'] }>;
  TransferPosted: ResolverTypeWrapper<Omit<TransferPosted, 'transfer'> & { transfer: ResolversTypes['Transfer'] }>;
  TransferRejected: ResolverTypeWrapper<TransferRejected>;
  TransferResult: ResolverTypeWrapper<TransferOutcome>;
  TransferVoided: ResolverTypeWrapper<Omit<TransferVoided, 'transfer'> & { transfer: ResolversTypes['Transfer'] }>;
  User: ResolverTypeWrapper<UserRef>;
  UserError: ResolverTypeWrapper<UserError>;
  WithdrawInput: WithdrawInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AdjustBalanceInput: AdjustBalanceInput;
  ID: Scalars['ID']['output'];
  BalancePoint: BalancePointView;
  BankAccount: BankAccountRow;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  BankAccountConnection: Omit<BankAccountConnection, 'edges'> & { edges: Array<ResolversParentTypes['BankAccountEdge']> };
  BankAccountEdge: Omit<BankAccountEdge, 'node'> & { node: ResolversParentTypes['BankAccount'] };
  BankAccountPayload: Omit<BankAccountPayload, 'account'> & { account?: Maybe<ResolversParentTypes['BankAccount']> };
  BankingAuditConnection: Omit<BankingAuditConnection, 'edges'> & { edges: Array<ResolversParentTypes['BankingAuditEdge']> };
  BankingAuditEdge: Omit<BankingAuditEdge, 'node'> & { node: ResolversParentTypes['BankingAuditEntry'] };
  BankingAuditEntry: BankingAuditRow;
  CardDepositAuthorization: CardDepositAuthorizationView;
  CreateTransfersPayload: Omit<CreateTransfersPayload, 'results'> & { results: Array<ResolversParentTypes['TransferResult']> };
  DateTime: Scalars['DateTime']['output'];
  ExchangeInput: ExchangeInput;
  InsufficientFunds: InsufficientFunds;
  MinorUnits: Scalars['MinorUnits']['output'];
  Mutation: Record<PropertyKey, never>;
  OpenBankAccountInput: OpenBankAccountInput;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  ScheduleTransferInput: ScheduleTransferInput;
  ScheduledTransfer: ScheduledTransferRow;
  ScheduledTransferConnection: Omit<ScheduledTransferConnection, 'edges'> & { edges: Array<ResolversParentTypes['ScheduledTransferEdge']> };
  ScheduledTransferEdge: Omit<ScheduledTransferEdge, 'node'> & { node: ResolversParentTypes['ScheduledTransfer'] };
  ScheduledTransferPayload: Omit<ScheduledTransferPayload, 'scheduledTransfer'> & { scheduledTransfer?: Maybe<ResolversParentTypes['ScheduledTransfer']> };
  StatementConnection: Omit<StatementConnection, 'edges'> & { edges: Array<ResolversParentTypes['StatementEdge']> };
  StatementEdge: Omit<StatementEdge, 'node'> & { node: ResolversParentTypes['StatementEntry'] };
  StatementEntry: LedgerEntryRow;
  Subscription: Record<PropertyKey, never>;
  Transfer: TransferRow;
  TransferConnection: Omit<TransferConnection, 'edges'> & { edges: Array<ResolversParentTypes['TransferEdge']> };
  TransferEdge: Omit<TransferEdge, 'node'> & { node: ResolversParentTypes['Transfer'] };
  TransferInput: TransferInput;
  TransferPending: Omit<TransferPending, 'transfer'> & { transfer: ResolversParentTypes['Transfer'] };
  TransferPosted: Omit<TransferPosted, 'transfer'> & { transfer: ResolversParentTypes['Transfer'] };
  TransferRejected: TransferRejected;
  TransferResult: TransferOutcome;
  TransferVoided: Omit<TransferVoided, 'transfer'> & { transfer: ResolversParentTypes['Transfer'] };
  User: UserRef;
  UserError: UserError;
  WithdrawInput: WithdrawInput;
  String: Scalars['String']['output'];
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = BankingContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['String']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = BankingContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type BalancePointResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['BalancePoint'] = ResolversParentTypes['BalancePoint']> = ResolversObject<{
  balance?: Resolver<ResolversTypes['MinorUnits'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BankAccountResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['BankAccount'] = ResolversParentTypes['BankAccount'], FederationReferenceType extends FederationReferenceTypes['BankAccount'] = FederationReferenceTypes['BankAccount']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['BankAccount']> | FederationReferenceType, FederationReferenceType, ContextType>;
  available?: Resolver<ResolversTypes['MinorUnits'], ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['MinorUnits'], ParentType, ContextType>;
  closed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  creditsMustNotExceedDebits?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  creditsPending?: Resolver<ResolversTypes['MinorUnits'], ParentType, ContextType>;
  creditsPosted?: Resolver<ResolversTypes['MinorUnits'], ParentType, ContextType>;
  debitsMustNotExceedCredits?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  debitsPending?: Resolver<ResolversTypes['MinorUnits'], ParentType, ContextType>;
  debitsPosted?: Resolver<ResolversTypes['MinorUnits'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BankAccountKind'], ParentType, ContextType>;
  ledger?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  statement?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, Partial<BankAccountStatementArgs>>;
  tenantId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type BankAccountConnectionResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['BankAccountConnection'] = ResolversParentTypes['BankAccountConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BankAccountEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BankAccountEdgeResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['BankAccountEdge'] = ResolversParentTypes['BankAccountEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BankAccount'], ParentType, ContextType>;
}>;

export type BankAccountPayloadResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['BankAccountPayload'] = ResolversParentTypes['BankAccountPayload']> = ResolversObject<{
  account?: Resolver<Maybe<ResolversTypes['BankAccount']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type BankingAuditConnectionResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['BankingAuditConnection'] = ResolversParentTypes['BankingAuditConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BankingAuditEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BankingAuditEdgeResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['BankingAuditEdge'] = ResolversParentTypes['BankingAuditEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['BankingAuditEntry'], ParentType, ContextType>;
}>;

export type BankingAuditEntryResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['BankingAuditEntry'] = ResolversParentTypes['BankingAuditEntry']> = ResolversObject<{
  accountId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CardDepositAuthorizationResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['CardDepositAuthorization'] = ResolversParentTypes['CardDepositAuthorization']> = ResolversObject<{
  accountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CreateTransfersPayloadResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['CreateTransfersPayload'] = ResolversParentTypes['CreateTransfersPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['TransferResult']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type InsufficientFundsResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['InsufficientFunds'] = ResolversParentTypes['InsufficientFunds']> = ResolversObject<{
  accountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['InsufficientFundsReason'], ParentType, ContextType>;
  transferId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface MinorUnitsScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['MinorUnits'], any> {
  name: 'MinorUnits';
}

export type MutationResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  adjustBalance?: Resolver<Maybe<ResolversTypes['TransferResult']>, ParentType, ContextType, RequireFields<MutationAdjustBalanceArgs, 'input'>>;
  authorizeCardDeposit?: Resolver<Maybe<ResolversTypes['CardDepositAuthorization']>, ParentType, ContextType, RequireFields<MutationAuthorizeCardDepositArgs, 'accountId'>>;
  cancelScheduledTransfer?: Resolver<Maybe<ResolversTypes['ScheduledTransferPayload']>, ParentType, ContextType, RequireFields<MutationCancelScheduledTransferArgs, 'id'>>;
  closeBankAccount?: Resolver<Maybe<ResolversTypes['BankAccountPayload']>, ParentType, ContextType, RequireFields<MutationCloseBankAccountArgs, 'id'>>;
  createTransfer?: Resolver<Maybe<ResolversTypes['TransferResult']>, ParentType, ContextType, RequireFields<MutationCreateTransferArgs, 'input'>>;
  createTransfers?: Resolver<Maybe<ResolversTypes['CreateTransfersPayload']>, ParentType, ContextType, RequireFields<MutationCreateTransfersArgs, 'transfers'>>;
  exchange?: Resolver<Maybe<ResolversTypes['CreateTransfersPayload']>, ParentType, ContextType, RequireFields<MutationExchangeArgs, 'input'>>;
  openBankAccount?: Resolver<Maybe<ResolversTypes['BankAccountPayload']>, ParentType, ContextType, RequireFields<MutationOpenBankAccountArgs, 'input'>>;
  renameBankAccount?: Resolver<Maybe<ResolversTypes['BankAccountPayload']>, ParentType, ContextType, RequireFields<MutationRenameBankAccountArgs, 'id' | 'name'>>;
  scheduleTransfer?: Resolver<Maybe<ResolversTypes['ScheduledTransferPayload']>, ParentType, ContextType, RequireFields<MutationScheduleTransferArgs, 'input'>>;
  withdraw?: Resolver<Maybe<ResolversTypes['TransferResult']>, ParentType, ContextType, RequireFields<MutationWithdrawArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  balanceHistory?: Resolver<Maybe<Array<ResolversTypes['BalancePoint']>>, ParentType, ContextType, RequireFields<QueryBalanceHistoryArgs, 'accountId' | 'from' | 'to'>>;
  bankAccount?: Resolver<Maybe<ResolversTypes['BankAccount']>, ParentType, ContextType, RequireFields<QueryBankAccountArgs, 'id'>>;
  bankAccounts?: Resolver<Maybe<ResolversTypes['BankAccountConnection']>, ParentType, ContextType, Partial<QueryBankAccountsArgs>>;
  bankingAudit?: Resolver<Maybe<ResolversTypes['BankingAuditConnection']>, ParentType, ContextType, Partial<QueryBankingAuditArgs>>;
  exportStatement?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<QueryExportStatementArgs, 'accountId' | 'from' | 'to'>>;
  scheduledTransfers?: Resolver<Maybe<ResolversTypes['ScheduledTransferConnection']>, ParentType, ContextType, Partial<QueryScheduledTransfersArgs>>;
  transfer?: Resolver<Maybe<ResolversTypes['Transfer']>, ParentType, ContextType, RequireFields<QueryTransferArgs, 'id'>>;
  transfers?: Resolver<Maybe<ResolversTypes['TransferConnection']>, ParentType, ContextType, RequireFields<QueryTransfersArgs, 'accountId'>>;
}>;

export type ScheduledTransferResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['ScheduledTransfer'] = ResolversParentTypes['ScheduledTransfer'], FederationReferenceType extends FederationReferenceTypes['ScheduledTransfer'] = FederationReferenceTypes['ScheduledTransfer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ScheduledTransfer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['MinorUnits'], ParentType, ContextType>;
  creditAccountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  debitAccountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  endAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  frequency?: Resolver<ResolversTypes['TransferFrequency'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastResult?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nextAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  occurrences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ScheduledTransferConnectionResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['ScheduledTransferConnection'] = ResolversParentTypes['ScheduledTransferConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ScheduledTransferEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ScheduledTransferEdgeResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['ScheduledTransferEdge'] = ResolversParentTypes['ScheduledTransferEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ScheduledTransfer'], ParentType, ContextType>;
}>;

export type ScheduledTransferPayloadResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['ScheduledTransferPayload'] = ResolversParentTypes['ScheduledTransferPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  scheduledTransfer?: Resolver<Maybe<ResolversTypes['ScheduledTransfer']>, ParentType, ContextType>;
}>;

export type StatementConnectionResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StatementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StatementEdgeResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['StatementEdge'] = ResolversParentTypes['StatementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StatementEntry'], ParentType, ContextType>;
}>;

export type StatementEntryResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['StatementEntry'] = ResolversParentTypes['StatementEntry']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['MinorUnits'], ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['MinorUnits'], ParentType, ContextType>;
  postedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  transferId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  bankAccountChanged?: SubscriptionResolver<Maybe<ResolversTypes['BankAccount']>, "bankAccountChanged", ParentType, ContextType, RequireFields<SubscriptionBankAccountChangedArgs, 'accountId'>>;
}>;

export type TransferResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['Transfer'] = ResolversParentTypes['Transfer'], FederationReferenceType extends FederationReferenceTypes['Transfer'] = FederationReferenceTypes['Transfer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Transfer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['MinorUnits'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  creditAccountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  debitAccountId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TransferKind'], ParentType, ContextType>;
  ledger?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  linked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  pendingId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  pendingState?: Resolver<Maybe<ResolversTypes['PendingState']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeoutSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TransferConnectionResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['TransferConnection'] = ResolversParentTypes['TransferConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TransferEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TransferEdgeResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['TransferEdge'] = ResolversParentTypes['TransferEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType>;
}>;

export type TransferPendingResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['TransferPending'] = ResolversParentTypes['TransferPending']> = ResolversObject<{
  transfer?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TransferPostedResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['TransferPosted'] = ResolversParentTypes['TransferPosted']> = ResolversObject<{
  transfer?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TransferRejectedResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['TransferRejected'] = ResolversParentTypes['TransferRejected']> = ResolversObject<{
  code?: Resolver<ResolversTypes['TransferErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transferId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TransferResultResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['TransferResult'] = ResolversParentTypes['TransferResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InsufficientFunds' | 'TransferPending' | 'TransferPosted' | 'TransferRejected' | 'TransferVoided', ParentType, ContextType>;
}>;

export type TransferVoidedResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['TransferVoided'] = ResolversParentTypes['TransferVoided']> = ResolversObject<{
  transfer?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bankAccounts?: Resolver<Maybe<ResolversTypes['BankAccountConnection']>, ParentType, ContextType, Partial<UserBankAccountsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = BankingContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = BankingContext> = ResolversObject<{
  BalancePoint?: BalancePointResolvers<ContextType>;
  BankAccount?: BankAccountResolvers<ContextType>;
  BankAccountConnection?: BankAccountConnectionResolvers<ContextType>;
  BankAccountEdge?: BankAccountEdgeResolvers<ContextType>;
  BankAccountPayload?: BankAccountPayloadResolvers<ContextType>;
  BankingAuditConnection?: BankingAuditConnectionResolvers<ContextType>;
  BankingAuditEdge?: BankingAuditEdgeResolvers<ContextType>;
  BankingAuditEntry?: BankingAuditEntryResolvers<ContextType>;
  CardDepositAuthorization?: CardDepositAuthorizationResolvers<ContextType>;
  CreateTransfersPayload?: CreateTransfersPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  InsufficientFunds?: InsufficientFundsResolvers<ContextType>;
  MinorUnits?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ScheduledTransfer?: ScheduledTransferResolvers<ContextType>;
  ScheduledTransferConnection?: ScheduledTransferConnectionResolvers<ContextType>;
  ScheduledTransferEdge?: ScheduledTransferEdgeResolvers<ContextType>;
  ScheduledTransferPayload?: ScheduledTransferPayloadResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  StatementEdge?: StatementEdgeResolvers<ContextType>;
  StatementEntry?: StatementEntryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Transfer?: TransferResolvers<ContextType>;
  TransferConnection?: TransferConnectionResolvers<ContextType>;
  TransferEdge?: TransferEdgeResolvers<ContextType>;
  TransferPending?: TransferPendingResolvers<ContextType>;
  TransferPosted?: TransferPostedResolvers<ContextType>;
  TransferRejected?: TransferRejectedResolvers<ContextType>;
  TransferResult?: TransferResultResolvers<ContextType>;
  TransferVoided?: TransferVoidedResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = BankingContext> = ResolversObject<{
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
  requiresScopes?: RequiresScopesDirectiveResolver<any, any, ContextType>;
}>;
