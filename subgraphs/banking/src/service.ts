import {
  badInput,
  fail,
  fieldError,
  forbidden,
  isRetryableConflict,
  isUniqueViolation,
  newId,
  recordEvent,
  notFound,
  ok,
  paginate,
  requireViewer,
  tenantRoleAtLeast,
  toCsv,
  type Connection,
  type Em,
  type PageArgs,
  type Payload,
  type Viewer,
} from '../../../kit';
import { exchangeRates } from './config';
import type { BankingDeps } from './context';
import {
  BankAccount,
  BankingAudit,
  DepositPermit,
  LedgerEntry,
  ScheduledTransfer,
  Transfer,
  type BankAccountRow,
  type BankingAuditRow,
  type Frequency,
  type LedgerEntryRow,
  type ScheduledTransferRow,
  type TransferRow,
} from './entities';
import type {
  AdjustBalanceInput,
  ExchangeInput,
  OpenBankAccountInput,
  ScheduleTransferInput,
  TransferInput,
  WithdrawInput,
} from './generated/resolvers';
import {
  applyBatch,
  applyInTransaction,
  canMove,
  canSee,
  expirePending,
  MAX_BATCH,
  type Actor,
  type BatchResult,
  type TransferOutcome,
} from './ledger';

const CURRENCY = /^[A-Z]{3}$/;
const DAY_MS = 86_400_000;
const MAX_EXPORT_LINES = 10_000;
const WITHDRAWAL_ID = /^[A-Za-z0-9_.:-]{1,48}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Recorded with a withdrawal's hold, in its transaction: payments pays it out (a refund of the deposit). */
export const WITHDRAWAL_REQUESTED_EVENT = 'banking.withdrawal.requested';

/** The hold of withdrawal `id` (a PENDING transfer), and the transfers that post or void it. */
export const withdrawalTransferId = (id: string) => `withdrawal:${id}`;

/** The live-update topic of one account. */
export const accountTopic = (accountId: string) => `banking.account.${accountId}`;

/** How long a business deposit permit holds (`authorizeCardDeposit`). */
export const DEPOSIT_PERMIT_MS = DAY_MS;

export interface CardDepositAuthorizationView {
  accountId: string;
  reference: string;
  expiresAt: Date | null;
}

export interface BalancePointView {
  day: string;
  balance: number;
}

function actorOf(viewer: Viewer): Actor {
  return {
    userId: viewer.userId,
    tenantId: viewer.tenantId,
    tenantRole: viewer.tenantRole ?? null,
    admin: viewer.roles.includes('admin'),
  };
}

function addMonths(date: Date, months: number): Date {
  const next = new Date(date.getTime());
  const day = next.getUTCDate();
  next.setUTCDate(1);
  next.setUTCMonth(next.getUTCMonth() + months);
  const last = new Date(Date.UTC(next.getUTCFullYear(), next.getUTCMonth() + 1, 0)).getUTCDate();
  next.setUTCDate(Math.min(day, last));
  return next;
}

/** The run after `at` of a schedule with `frequency`; null for ONCE. */
export function nextRun(at: Date, frequency: Frequency): Date | null {
  if (frequency === 'DAILY') return new Date(at.getTime() + DAY_MS);
  if (frequency === 'WEEKLY') return new Date(at.getTime() + 7 * DAY_MS);
  if (frequency === 'MONTHLY') return addMonths(at, 1);
  return null;
}

/** A new row for the bank's own account of `ledger` (no owner, no balance flags). */
function operatorRow(ledger: string) {
  const now = new Date();
  return {
    id: newId(),
    createdAt: now,
    updatedAt: now,
    kind: 'OPERATOR',
    ownerId: null,
    businessTenantId: null,
    operatorLedger: ledger,
    name: `Bank ${ledger}`,
    ledger,
    debitsMustNotExceedCredits: false,
    creditsMustNotExceedDebits: false,
    closed: false,
    debitsPosted: 0,
    creditsPosted: 0,
    debitsPending: 0,
    creditsPending: 0,
    entrySeq: 0,
  };
}

/** Banking's rules: accounts, transfers (through the ledger engine), statements, schedules, audit. */
export class BankingService {
  /** Whether the viewer may see `account` (owner, tenant member, admin). */
  visible(viewer: Viewer | null, account: BankAccountRow | null): BankAccountRow | null {
    return account && viewer && canSee(actorOf(viewer), account) ? account : null;
  }

  private async audit(em: Em, actorId: string | null, action: string, accountId: string | null, subjectId: string | null, detail: string) {
    em.create(BankingAudit, { actorId, action, accountId, subjectId, detail: detail.slice(0, 500) });
    await em.flush();
  }

  private async readableAccount(deps: BankingDeps, id: string): Promise<BankAccountRow> {
    const viewer = requireViewer(deps.viewer);
    const account = this.visible(viewer, await deps.loaders.accountById.load(id));
    if (!account) throw notFound('Bank account', id);
    return account;
  }

  async openAccount(deps: BankingDeps, input: OpenBankAccountInput): Promise<Payload<{ account: BankAccountRow }>> {
    const viewer = requireViewer(deps.viewer);
    const name = input.name.trim();
    if (!name || name.length > 100) return fail(fieldError('input.name', 'The name must be 1 to 100 characters.'));
    const ledger = input.ledger.trim().toUpperCase();
    if (!CURRENCY.test(ledger)) return fail(fieldError('input.ledger', 'The ledger must be a three-letter ISO 4217 code.'));
    const business = !!input.business;
    if (business && (!viewer.tenantId || !tenantRoleAtLeast(viewer.tenantRole ?? null, 'MANAGER'))) {
      throw forbidden('A business account needs the manager role in the current tenant.');
    }
    const account = deps.em.create(BankAccount, {
      kind: business ? 'BUSINESS' : 'PERSONAL',
      ownerId: business ? null : viewer.userId,
      businessTenantId: business ? viewer.tenantId : null,
      operatorLedger: null,
      name,
      ledger,
      debitsMustNotExceedCredits: input.debitsMustNotExceedCredits ?? true,
      creditsMustNotExceedDebits: input.creditsMustNotExceedDebits ?? false,
      closed: false,
      debitsPosted: 0,
      creditsPosted: 0,
      debitsPending: 0,
      creditsPending: 0,
      entrySeq: 0,
    });
    deps.em.create(BankingAudit, {
      actorId: viewer.userId,
      action: 'account.opened',
      accountId: account.id,
      subjectId: null,
      detail: `${account.kind} ${ledger} "${name}"`.slice(0, 500),
    });
    await deps.em.flush();
    return ok({ account });
  }

  async renameAccount(deps: BankingDeps, id: string, rawName: string): Promise<Payload<{ account: BankAccountRow }>> {
    const viewer = requireViewer(deps.viewer);
    const name = rawName.trim();
    if (!name || name.length > 100) return fail(fieldError('name', 'The name must be 1 to 100 characters.'));
    const account = await this.readableAccount(deps, id);
    if (!canMove(actorOf(viewer), account)) throw forbidden('You may not rename this account.');
    account.name = name;
    account.updatedAt = deps.clock.now();
    // The audit record and the new name are written by one flush.
    await this.audit(deps.em, viewer.userId, 'account.renamed', id, null, `"${name}"`);
    return ok({ account });
  }

  async closeAccount(deps: BankingDeps, id: string): Promise<Payload<{ account: BankAccountRow }>> {
    const viewer = requireViewer(deps.viewer);
    const account = await this.readableAccount(deps, id);
    if (!canMove(actorOf(viewer), account)) throw forbidden('You may not close this account.');
    const closed = await deps.em.fork().transactional(async (tx) => {
      const n = await tx.nativeUpdate(
        BankAccount,
        { id, debitsPending: 0, creditsPending: 0 },
        { closed: true, updatedAt: deps.clock.now() },
      );
      if (n === 1) await this.audit(tx, viewer.userId, 'account.closed', id, null, 'closed');
      return n === 1;
    });
    if (!closed) return fail({ field: 'id', message: 'The account has pending transfers.', code: 'CONFLICT' });
    return ok({ account: await deps.em.findOneOrFail(BankAccount, { id }, { refresh: true }) });
  }

  async listAccounts(
    deps: BankingDeps,
    args: PageArgs & { business?: boolean | null },
    userId?: string,
  ): Promise<Connection<BankAccountRow>> {
    const viewer = requireViewer(deps.viewer);
    if (userId && userId !== viewer.userId) throw forbidden('Only the owner sees their accounts.');
    if (args.business) {
      if (!viewer.tenantId) throw forbidden('Choose a tenant to see its business accounts.');
      return paginate(deps.em, BankAccount, { businessTenantId: viewer.tenantId, kind: 'BUSINESS' }, args, { createdAt: 'asc', id: 'asc' });
    }
    return paginate(deps.em, BankAccount, { ownerId: viewer.userId, kind: 'PERSONAL' }, args, { createdAt: 'asc', id: 'asc' });
  }

  /** A transfer the viewer may see (one of its accounts is visible). */
  async transfer(deps: BankingDeps, id: string): Promise<TransferRow | null> {
    if (!deps.viewer) return null;
    const row = await deps.loaders.transferById.load(id);
    if (!row) return null;
    const [debit, credit] = await Promise.all([
      deps.loaders.accountById.load(row.debitAccountId),
      deps.loaders.accountById.load(row.creditAccountId),
    ]);
    return this.visible(deps.viewer, debit) || this.visible(deps.viewer, credit) ? row : null;
  }

  async listTransfers(deps: BankingDeps, accountId: string, args: PageArgs): Promise<Connection<TransferRow>> {
    // The page first: it checks the cursor (BAD_USER_INPUT) before the account lookup can say NOT_FOUND.
    const page = await paginate(deps.em, Transfer, { $or: [{ debitAccountId: accountId }, { creditAccountId: accountId }] }, args, {
      createdAt: 'desc',
      id: 'desc',
    });
    await this.readableAccount(deps, accountId);
    return page;
  }

  private range(from: Date, to: Date, maxDays: number): void {
    if (!(to.getTime() > from.getTime())) throw badInput('`to` must be after `from`.', 'to');
    if (to.getTime() - from.getTime() > maxDays * DAY_MS) throw badInput(`The range must be at most ${maxDays} days.`, 'to');
  }

  async statement(
    deps: BankingDeps,
    account: BankAccountRow,
    args: PageArgs & { from?: Date | null; to?: Date | null },
  ): Promise<Connection<LedgerEntryRow>> {
    const postedAt: Record<string, Date> = {};
    if (args.from) postedAt.$gte = args.from;
    if (args.to) postedAt.$lt = args.to;
    const where = Object.keys(postedAt).length ? { accountId: account.id, postedAt } : { accountId: account.id };
    return paginate(deps.em, LedgerEntry, where, args, { seq: 'desc', id: 'desc' });
  }

  async balanceHistory(deps: BankingDeps, accountId: string, from: Date, to: Date): Promise<BalancePointView[]> {
    const account = await this.readableAccount(deps, accountId);
    this.range(from, to, 366);
    const before = await deps.em.findOne(LedgerEntry, { accountId: account.id, postedAt: { $lt: from } }, { orderBy: { seq: 'desc' } });
    const within = await deps.em.find(
      LedgerEntry,
      { accountId: account.id, postedAt: { $gte: from, $lt: to } },
      { fields: ['postedAt', 'balance', 'seq'], orderBy: { seq: 'asc' }, limit: 100_000 },
    );
    const lastOfDay = new Map<string, number>();
    for (const entry of within) lastOfDay.set(new Date(entry.postedAt).toISOString().slice(0, 10), Number(entry.balance));
    const points: BalancePointView[] = [];
    let balance = before ? Number(before.balance) : 0;
    for (let t = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()); t < to.getTime(); t += DAY_MS) {
      const day = new Date(t).toISOString().slice(0, 10);
      balance = lastOfDay.get(day) ?? balance;
      points.push({ day, balance });
    }
    return points;
  }

  async exportStatement(deps: BankingDeps, accountId: string, from: Date, to: Date): Promise<string> {
    const account = await this.readableAccount(deps, accountId);
    this.range(from, to, 3660);
    const entries = await deps.em.find(
      LedgerEntry,
      { accountId: account.id, postedAt: { $gte: from, $lt: to } },
      { orderBy: { seq: 'asc' }, limit: MAX_EXPORT_LINES + 1 },
    );
    if (entries.length > MAX_EXPORT_LINES) throw badInput(`More than ${MAX_EXPORT_LINES} lines: choose a shorter range.`, 'to');
    return toCsv(
      ['posted_at', 'transfer_id', 'reference', 'amount_minor', 'balance_minor', 'currency'],
      entries.map((e) => [e.postedAt.toISOString(), e.transferId, e.reference ?? '', Number(e.amount), Number(e.balance), account.ledger]),
    );
  }

  /** Runs a batch for the viewer; bounded before it is walked. */
  async createTransfers(
    deps: BankingDeps,
    transfers: TransferInput[],
  ): Promise<{ results: TransferOutcome[]; errors: ReturnType<typeof fieldError>[] }> {
    const viewer = requireViewer(deps.viewer);
    if (transfers.length === 0 || transfers.length > MAX_BATCH) {
      return { results: [], errors: [fieldError('transfers', `Send 1 to ${MAX_BATCH} transfers.`)] };
    }
    const result = await this.run(deps, transfers, actorOf(viewer), 'transfers.created');
    return { results: result.results, errors: [] };
  }

  async createTransfer(deps: BankingDeps, input: TransferInput): Promise<TransferOutcome> {
    const viewer = requireViewer(deps.viewer);
    const result = await this.run(deps, [{ ...input, linked: input.linked ?? false }], actorOf(viewer), 'transfer.created');
    return result.results[0]!;
  }

  private async run(
    deps: Pick<BankingDeps, 'em' | 'clock' | 'pubsub' | 'log'>,
    transfers: TransferInput[],
    actor: Actor,
    action: string,
  ): Promise<BatchResult> {
    const result = await applyBatch(deps.em, transfers, actor, deps.clock.now());
    if (result.applied > 0) {
      const ids = transfers.slice(0, 5).map((t) => t.id);
      await this.audit(
        deps.em.fork(),
        actor.userId,
        action,
        transfers.length === 1 ? (transfers[0]!.debitAccountId ?? null) : null,
        transfers.length === 1 ? transfers[0]!.id : null,
        `${result.applied} of ${transfers.length} applied: ${ids.join(', ')}${transfers.length > 5 ? ', …' : ''}`,
      );
    }
    await this.announce(deps, result.changedAccounts);
    return result;
  }

  /** Tells live subscribers about changed accounts, after the commit. A lost signal must not fail the transfer. */
  private async announce(deps: Pick<BankingDeps, 'pubsub' | 'log'>, accountIds: string[]): Promise<void> {
    for (const accountId of accountIds) {
      try {
        await deps.pubsub.publish(accountTopic(accountId), { accountId });
      } catch (error) {
        deps.log.warn({ err: String(error), accountId }, 'could not announce a balance change');
      }
    }
  }

  /** The bank's own account of `ledger`, opened on first use (a unique key makes racing openers agree). */
  async operatorAccount(em: Em, ledger: string): Promise<BankAccountRow> {
    const found = await em.fork().findOne(BankAccount, { operatorLedger: ledger });
    if (found) return found;
    const fresh = em.fork();
    try {
      await fresh.insert(BankAccount, operatorRow(ledger) as never);
    } catch {
      // Another request opened it at the same moment.
    }
    return em.fork().findOneOrFail(BankAccount, { operatorLedger: ledger });
  }

  /** Tells live subscribers of `accountIds` (after a commit made elsewhere, e.g. by an event consumer). */
  announceChanged(deps: Pick<BankingDeps, 'pubsub' | 'log'>, accountIds: string[]): Promise<void> {
    return this.announce(deps, accountIds);
  }

  /**
   * A succeeded PaymentIntent's deposit, in the event consumer's transaction `tx`: transfer
   * `deposit:<paymentIntentId>` from the ledger's operator account to the account. Only the payer's
   * own open personal account of the PaymentIntent's currency, or a business account the payer holds
   * an unexpired permit for ({@link authorizeCardDeposit}), is credited; otherwise the deposit is
   * refused (`refused` records why, for a refund) and the audit says so. Returns the accounts changed.
   */
  async depositFromPayment(
    tx: Em,
    deposit: {
      accountId: string;
      paymentIntentId: string;
      ownerId: string;
      amount: number;
      currency: string;
      now: Date;
      refused: (reason: string) => void;
    },
  ): Promise<string[]> {
    const { accountId, paymentIntentId, ownerId, amount, currency } = deposit;
    const id = `deposit:${paymentIntentId}`;
    const refuse = async (reason: string) => {
      deposit.refused(reason);
      await this.audit(tx, null, 'deposit.refused', accountId, id, `PaymentIntent ${paymentIntentId}: ${reason}`);
      return [];
    };
    const account = await tx.findOne(BankAccount, { id: accountId });
    if (!account || account.kind === 'OPERATOR') return refuse('ACCOUNT_NOT_FOUND');
    if (account.kind === 'PERSONAL' && account.ownerId !== ownerId) return refuse('ACCOUNT_NOT_FOUND');
    // A business account takes the money of a payer a manager of its tenant let fund it (authorizeCardDeposit).
    if (account.kind === 'BUSINESS' && !(await tx.count(DepositPermit, { accountId, userId: ownerId, expiresAt: { $gt: deposit.now } })))
      return refuse('DEPOSIT_NOT_AUTHORIZED');
    if (account.ledger !== currency) return refuse('ACCOUNTS_MUST_HAVE_THE_SAME_LEDGER');
    if (!Number.isSafeInteger(amount) || amount <= 0) return refuse('AMOUNT_INVALID');
    const bank = await this.operatorAccountIn(tx, currency);
    const result = await applyInTransaction(
      tx,
      [{ id, debitAccountId: bank.id, creditAccountId: accountId, amount, reference: `Deposit by card (${paymentIntentId})` }],
      { userId: ownerId, tenantId: null, tenantRole: null, admin: false, operatorMayBeDebited: true },
      deposit.now,
    );
    const outcome = result.results[0]!;
    if (outcome.__typename === 'TransferRejected' || outcome.__typename === 'InsufficientFunds') {
      return refuse(outcome.__typename === 'TransferRejected' ? outcome.code : outcome.reason);
    }
    if (result.applied > 0)
      await this.audit(tx, ownerId, 'deposit.payment', accountId, id, `${amount} ${currency} from PaymentIntent ${paymentIntentId}`);
    return result.changedAccounts;
  }

  /**
   * A refund of a deposit's PaymentIntent, in the consumer's transaction: transfer `refund:<refundId>`
   * from the account back to the operator account. The refund was already paid out, so one the
   * account cannot cover is recorded (`refused`, audit `refund.unbacked`), never forced into overdraft.
   */
  async withdrawForRefund(
    tx: Em,
    refund: {
      accountId: string;
      paymentIntentId: string;
      refundId: string;
      ownerId: string;
      amount: number;
      currency: string;
      now: Date;
      refused: (reason: string) => void;
    },
  ): Promise<string[]> {
    const { accountId, paymentIntentId, refundId, ownerId, amount, currency } = refund;
    const id = `refund:${refundId}`;
    // Only a refund of a deposit that was credited moves money back (a refused deposit credited nothing).
    if (!(await tx.count(Transfer, { id: `deposit:${paymentIntentId}`, creditAccountId: accountId }))) return [];
    const unbacked = async (reason: string) => {
      refund.refused(reason);
      await this.audit(tx, null, 'refund.unbacked', accountId, id, `refund ${refundId} of PaymentIntent ${paymentIntentId}: ${reason}`);
      return [];
    };
    if (!Number.isSafeInteger(amount) || amount <= 0) return unbacked('AMOUNT_INVALID');
    const bank = await this.operatorAccountIn(tx, currency);
    const result = await applyInTransaction(
      tx,
      [{ id, debitAccountId: accountId, creditAccountId: bank.id, amount, reference: `Refund to card (${paymentIntentId})` }],
      // The debit follows from the refund, not from a viewer's choice (`adjusting`); the flags still hold.
      { userId: ownerId, tenantId: null, tenantRole: null, admin: false, adjusting: true },
      refund.now,
    );
    const outcome = result.results[0]!;
    if (outcome.__typename === 'TransferRejected' || outcome.__typename === 'InsufficientFunds') {
      return unbacked(outcome.__typename === 'TransferRejected' ? outcome.code : outcome.reason);
    }
    if (result.applied > 0)
      await this.audit(
        tx,
        ownerId,
        'withdrawal.refund',
        accountId,
        id,
        `${amount} ${currency} refunded to PaymentIntent ${paymentIntentId}`,
      );
    return result.changedAccounts;
  }

  /**
   * Leave to fund an account by card. Your own personal account needs none (the reference is
   * returned). A business account: only a manager or above of its tenant (FORBIDDEN for a member
   * below that; NOT_FOUND for anyone outside the tenant), who gets a permit for 24 hours, checked
   * when the PaymentIntent's success reaches the deposit consumer (which knows only the payer).
   */
  async authorizeCardDeposit(deps: BankingDeps, accountId: string): Promise<CardDepositAuthorizationView> {
    const viewer = requireViewer(deps.viewer);
    const account = this.visible(viewer, await deps.loaders.accountById.load(accountId));
    if (!account || account.kind === 'OPERATOR') throw notFound('Bank account', accountId);
    if (!canMove(actorOf(viewer), account)) throw forbidden('Funding a business account needs the manager role in its tenant.');
    if (account.closed) throw badInput('The account is closed.', 'accountId');
    const reference = `banking:deposit:${account.id}`;
    if (account.kind === 'PERSONAL') return { accountId: account.id, reference, expiresAt: null };
    const expiresAt = new Date(deps.clock.now().getTime() + DEPOSIT_PERMIT_MS);
    for (let attempt = 1; ; attempt++) {
      try {
        await deps.em.fork().transactional(async (tx) => {
          const permit = await tx.findOne(DepositPermit, { accountId: account.id, userId: viewer.userId });
          if (permit) permit.expiresAt = expiresAt;
          else tx.create(DepositPermit, { accountId: account.id, userId: viewer.userId, expiresAt });
          tx.create(BankingAudit, {
            actorId: viewer.userId,
            action: 'deposit.authorized',
            accountId: account.id,
            subjectId: null,
            detail: `card deposits until ${expiresAt.toISOString()}`,
          });
        });
        return { accountId: account.id, reference, expiresAt };
      } catch (error) {
        // Two requests of the same user at once: the loser's insert hits the unique key; again, it updates.
        if (!isUniqueViolation(error) || attempt >= 3) throw error;
      }
    }
  }

  /**
   * A withdrawal to the card of one of the account's deposits. In one transaction: the hold (PENDING
   * transfer `withdrawal:<id>` account → the ledger's operator account, no timeout) and, only when the
   * hold is new, the `banking.withdrawal.requested` event payments pays out from. The hold counts
   * against "debits must not exceed credits" at once, so concurrent withdrawals never overspend;
   * resending the id returns the first result and records nothing more. The outcome of the payout
   * posts or voids the hold ({@link settleWithdrawal}).
   */
  async withdraw(deps: BankingDeps, input: WithdrawInput): Promise<TransferOutcome> {
    const viewer = requireViewer(deps.viewer);
    const actor = actorOf(viewer);
    if (!WITHDRAWAL_ID.test(input.id)) throw badInput('The id must be 1 to 48 of A-Z a-z 0-9 _ - . :', 'input.id');
    if (!UUID.test(input.paymentIntentId)) throw badInput('Unknown PaymentIntent.', 'input.paymentIntentId');
    if (!(input.amount > 0)) throw badInput('The amount must be more than zero.', 'input.amount');
    const account = this.visible(viewer, await deps.loaders.accountById.load(input.accountId));
    if (!account || account.kind === 'OPERATOR') throw notFound('Bank account', input.accountId);
    if (!canMove(actor, account)) throw forbidden('You may not move money out of this account.');
    const deposit = await deps.loaders.transferById.load(`deposit:${input.paymentIntentId}`);
    if (!deposit || deposit.creditAccountId !== account.id)
      throw badInput('That PaymentIntent did not fund this account.', 'input.paymentIntentId');
    if (input.amount > Number(deposit.amount))
      throw badInput(`At most ${Number(deposit.amount)}, what the deposit brought in.`, 'input.amount');
    const bank = await this.operatorAccount(deps.em, account.ledger);
    const id = withdrawalTransferId(input.id);
    const hold = {
      id,
      kind: 'PENDING' as const,
      debitAccountId: account.id,
      creditAccountId: bank.id,
      amount: input.amount,
      reference: `Withdrawal to card (${input.paymentIntentId})`,
    };
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await deps.em.fork().transactional(async (tx) => {
          const applied = await applyInTransaction(tx, [hold], actor, deps.clock.now());
          if (applied.applied > 0) {
            recordEvent(
              tx,
              WITHDRAWAL_REQUESTED_EVENT,
              {
                withdrawalId: id,
                paymentIntentId: input.paymentIntentId,
                payerId: deposit.createdBy,
                accountId: account.id,
                amount: input.amount,
                currency: account.ledger,
                requestedBy: viewer.userId,
                recipientIds: [viewer.userId],
              },
              { tenantId: account.businessTenantId },
            );
            tx.create(BankingAudit, {
              actorId: viewer.userId,
              action: 'withdrawal.held',
              accountId: account.id,
              subjectId: id,
              detail: `${input.amount} ${account.ledger} to the card of PaymentIntent ${input.paymentIntentId}`,
            });
            await tx.flush();
          }
          return applied;
        });
        await this.announce(deps, result.changedAccounts);
        return result.results[0]!;
      } catch (error) {
        if (!(isRetryableConflict(error) || isUniqueViolation(error)) || attempt >= 8) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
      }
    }
  }

  /**
   * The payout's outcome, in the consumer's transaction: posts the hold in full when the refund
   * succeeded, voids it when the payout failed. Fixed ids (`<hold>:post`, `<hold>:void`) and the hold's
   * state (posted or voided once, under the account's lock) make a redelivered or late outcome a no-op.
   */
  async settleWithdrawal(tx: Em, withdrawalId: string, paid: boolean, now: Date, why: string): Promise<string[]> {
    const hold = await tx.findOne(Transfer, { id: withdrawalId });
    if (!hold || hold.kind !== 'PENDING' || !hold.id.startsWith('withdrawal:')) return [];
    const result = await applyInTransaction(
      tx,
      [{ id: `${hold.id}:${paid ? 'post' : 'void'}`, kind: paid ? 'POST_PENDING' : 'VOID_PENDING', pendingId: hold.id }],
      // The bank settles its own hold: the payout's outcome decides, not a viewer.
      { userId: null, tenantId: null, tenantRole: null, admin: false, adjusting: true },
      now,
    );
    if (!result.applied) return [];
    await this.audit(tx, null, paid ? 'withdrawal.posted' : 'withdrawal.voided', hold.debitAccountId, hold.id, why);
    return result.changedAccounts;
  }

  /** {@link operatorAccount} inside a transaction (a consumer's): read, or opened in that transaction. */
  private async operatorAccountIn(tx: Em, ledger: string): Promise<BankAccountRow> {
    const found = await tx.findOne(BankAccount, { operatorLedger: ledger });
    if (found) return found;
    // A racing opener's unique violation fails this transaction; the consumer retries and reads theirs.
    await tx.insert(BankAccount, operatorRow(ledger) as never);
    return tx.findOneOrFail(BankAccount, { operatorLedger: ledger });
  }

  /** Admin deposit or withdrawal against the ledger's operator account. */
  async adjust(deps: BankingDeps, input: AdjustBalanceInput): Promise<TransferOutcome> {
    const viewer = requireViewer(deps.viewer);
    if (!viewer.roles.includes('admin')) throw forbidden('Adjustments need the admin role.');
    const account = await deps.loaders.accountById.load(input.accountId);
    if (!account || account.kind === 'OPERATOR') throw notFound('Bank account', input.accountId);
    const bank = await this.operatorAccount(deps.em, account.ledger);
    const deposit = input.direction === 'DEPOSIT';
    const result = await this.run(
      deps,
      [
        {
          id: input.id,
          debitAccountId: deposit ? bank.id : account.id,
          creditAccountId: deposit ? account.id : bank.id,
          amount: input.amount,
          reference: input.reference ?? (deposit ? 'Deposit' : 'Withdrawal'),
        },
      ],
      { ...actorOf(viewer), operatorMayBeDebited: true, adjusting: true },
      deposit ? 'adjustment.deposit' : 'adjustment.withdrawal',
    );
    return result.results[0]!;
  }

  /** Two linked legs: the viewer's account → the bank (source ledger), the bank → the target account (target ledger). */
  async exchange(
    deps: BankingDeps,
    input: ExchangeInput,
  ): Promise<{ results: TransferOutcome[]; errors: ReturnType<typeof fieldError>[] }> {
    const viewer = requireViewer(deps.viewer);
    if (!/^[A-Za-z0-9_.:-]{1,60}$/.test(input.id))
      return { results: [], errors: [fieldError('input.id', 'The id must be 1 to 60 of A-Z a-z 0-9 _ - . :')] };
    const [from, to] = await Promise.all([
      deps.loaders.accountById.load(input.fromAccountId),
      deps.loaders.accountById.load(input.toAccountId),
    ]);
    if (!this.visible(viewer, from)) throw notFound('Bank account', input.fromAccountId);
    if (!to) throw notFound('Bank account', input.toAccountId);
    const rate = exchangeRates(deps.config).get(`${from!.ledger}/${to.ledger}`);
    if (!rate) return { results: [], errors: [fieldError('input.toAccountId', `No exchange rate from ${from!.ledger} to ${to.ledger}.`)] };
    const converted = Number((BigInt(input.amount) * BigInt(rate)) / 1_000_000n);
    if (converted < 1 || !Number.isSafeInteger(converted))
      return { results: [], errors: [fieldError('input.amount', 'The converted amount is out of range.')] };
    const [bankFrom, bankTo] = [await this.operatorAccount(deps.em, from!.ledger), await this.operatorAccount(deps.em, to.ledger)];
    const reference = `Exchange ${from!.ledger}→${to.ledger} at ${rate / 1_000_000}`;
    const result = await this.run(
      deps,
      [
        { id: `${input.id}:out`, debitAccountId: from!.id, creditAccountId: bankFrom.id, amount: input.amount, linked: true, reference },
        { id: `${input.id}:in`, debitAccountId: bankTo.id, creditAccountId: to.id, amount: converted, reference },
      ],
      // The operator may be debited for the incoming leg only because it is linked to the outgoing one.
      { ...actorOf(viewer), operatorMayBeDebited: true },
      'exchange',
    );
    return { results: result.results, errors: [] };
  }

  async schedule(deps: BankingDeps, input: ScheduleTransferInput): Promise<Payload<{ scheduledTransfer: ScheduledTransferRow }>> {
    const viewer = requireViewer(deps.viewer);
    const now = deps.clock.now();
    const [debit, credit] = await Promise.all([
      deps.loaders.accountById.load(input.debitAccountId),
      deps.loaders.accountById.load(input.creditAccountId),
    ]);
    if (!debit || debit.kind !== 'PERSONAL' || debit.ownerId !== viewer.userId) {
      return fail(fieldError('input.debitAccountId', 'Schedules move money out of your own personal accounts only.'));
    }
    if (!credit || credit.id === debit.id) return fail(fieldError('input.creditAccountId', 'The credit account was not found.'));
    if (credit.ledger !== debit.ledger) return fail(fieldError('input.creditAccountId', 'Both accounts must be of the same ledger.'));
    if (!(input.amount > 0)) return fail(fieldError('input.amount', 'The amount must be more than zero.'));
    if (input.reference && input.reference.length > 200) return fail(fieldError('input.reference', 'At most 200 characters.'));
    const startAt = input.startAt;
    if (startAt.getTime() < now.getTime() - 60_000 || startAt.getTime() > now.getTime() + 5 * 366 * DAY_MS) {
      return fail(fieldError('input.startAt', 'The first run must be from now to 5 years ahead.'));
    }
    if (input.endAt && input.endAt.getTime() < startAt.getTime())
      return fail(fieldError('input.endAt', 'The end must not be before the start.'));
    const row = deps.em.create(ScheduledTransfer, {
      ownerId: viewer.userId,
      debitAccountId: debit.id,
      creditAccountId: credit.id,
      amount: input.amount,
      reference: input.reference ?? null,
      frequency: input.frequency,
      nextAt: startAt,
      endAt: input.endAt ?? null,
      occurrences: 0,
      lastResult: null,
    });
    deps.em.create(BankingAudit, {
      actorId: viewer.userId,
      action: 'schedule.created',
      accountId: debit.id,
      subjectId: row.id,
      detail: `${input.frequency} ${input.amount} ${debit.ledger}`,
    });
    await deps.em.flush();
    return ok({ scheduledTransfer: row });
  }

  async cancelSchedule(deps: BankingDeps, id: string): Promise<Payload<{ scheduledTransfer: ScheduledTransferRow }>> {
    const viewer = requireViewer(deps.viewer);
    const row = await deps.loaders.scheduledById.load(id);
    if (!row || row.ownerId !== viewer.userId) throw notFound('Scheduled transfer', id);
    row.nextAt = null;
    deps.em.create(BankingAudit, {
      actorId: viewer.userId,
      action: 'schedule.cancelled',
      accountId: row.debitAccountId,
      subjectId: row.id,
      detail: 'cancelled',
    });
    await deps.em.flush();
    return ok({ scheduledTransfer: row });
  }

  listSchedules(deps: BankingDeps, args: PageArgs): Promise<Connection<ScheduledTransferRow>> {
    const viewer = requireViewer(deps.viewer);
    return paginate(deps.em, ScheduledTransfer, { ownerId: viewer.userId }, args, { createdAt: 'desc', id: 'desc' });
  }

  async auditLog(
    deps: BankingDeps,
    args: PageArgs & { accountId?: string | null; all?: boolean | null },
  ): Promise<Connection<BankingAuditRow>> {
    const viewer = requireViewer(deps.viewer);
    if (args.all && !viewer.roles.includes('admin')) throw forbidden("Everyone's audit records need the admin role.");
    const where: Record<string, unknown> = args.all ? {} : { actorId: viewer.userId };
    if (args.accountId) {
      if (args.accountId.length > 36) throw badInput('Unknown account.', 'accountId');
      where.accountId = args.accountId;
    }
    return paginate(deps.em, BankingAudit, where, args, { createdAt: 'desc', id: 'desc' });
  }

  /**
   * The background sweep: releases pending transfers whose timeout passed (each exactly once, by a
   * conditional update) and runs due scheduled transfers (each occurrence under a fixed id, so a
   * crash between the transfer and the schedule's advance cannot run it twice).
   */
  async sweep(deps: Pick<BankingDeps, 'em' | 'clock' | 'pubsub' | 'log'>, limit = 100): Promise<{ expired: number; scheduled: number }> {
    const now = deps.clock.now();
    let expired = 0;
    const due = await deps.em
      .fork()
      .find(Transfer, { pendingState: 'PENDING', expiresAt: { $lte: now } }, { limit, orderBy: { expiresAt: 'asc' } });
    for (const pending of due) {
      const changed = await expirePending(deps.em, pending);
      if (changed.length) {
        expired++;
        await this.audit(
          deps.em.fork(),
          null,
          'transfer.expired',
          pending.debitAccountId,
          pending.id,
          `released ${Number(pending.amount)} ${pending.ledger}`,
        );
        await this.announce(deps, changed);
      }
    }
    let scheduled = 0;
    const schedules = await deps.em.fork().find(ScheduledTransfer, { nextAt: { $lte: now } }, { limit, orderBy: { nextAt: 'asc' } });
    for (const s of schedules) {
      const occurrence = s.occurrences + 1;
      const runAt = s.nextAt!;
      const account = await deps.em.fork().findOne(BankAccount, { id: s.debitAccountId });
      let lastResult = 'DEBIT_ACCOUNT_NOT_ALLOWED';
      if (account && account.kind === 'PERSONAL' && account.ownerId === s.ownerId) {
        const result = await applyBatch(
          deps.em,
          [
            {
              id: `${s.id}:${occurrence}`,
              debitAccountId: s.debitAccountId,
              creditAccountId: s.creditAccountId,
              amount: Number(s.amount),
              reference: s.reference,
            },
          ],
          { userId: s.ownerId, tenantId: null, tenantRole: null, admin: false },
          now,
        );
        const outcome = result.results[0]!;
        lastResult =
          outcome.__typename === 'TransferPosted'
            ? 'POSTED'
            : 'code' in outcome
              ? outcome.code
              : 'reason' in outcome
                ? outcome.reason
                : outcome.__typename;
        await this.announce(deps, result.changedAccounts);
      }
      let next = nextRun(runAt, s.frequency);
      while (next && next.getTime() <= now.getTime()) next = nextRun(next, s.frequency); // skip runs missed while down
      if (next && s.endAt && next.getTime() > s.endAt.getTime()) next = null;
      const claimed = await deps.em
        .fork()
        .nativeUpdate(
          ScheduledTransfer,
          { id: s.id, occurrences: s.occurrences, nextAt: runAt },
          { occurrences: occurrence, nextAt: next, lastResult, updatedAt: now },
        );
      if (claimed === 1) {
        scheduled++;
        await this.audit(deps.em.fork(), null, 'schedule.ran', s.debitAccountId, `${s.id}:${occurrence}`, lastResult);
      }
    }
    return { expired, scheduled };
  }

  /** The `bankAccountChanged` feed: a fresh account snapshot after every change (subscribed before the check). */
  async watchAccount(deps: BankingDeps, accountId: string): Promise<AsyncIterableIterator<BankAccountRow>> {
    const source = deps.pubsub.subscribe<{ accountId: string }>(accountTopic(accountId));
    try {
      await this.readableAccount(deps, accountId);
    } catch (error) {
      await source.return?.();
      throw error;
    }
    const iterator: AsyncIterableIterator<BankAccountRow> = {
      next: async () => {
        const result = await source.next();
        if (result.done) return { value: undefined, done: true };
        const fresh = deps.fork();
        const account = this.visible(fresh.viewer, await fresh.loaders.accountById.load(accountId));
        if (!account) {
          await source.return?.();
          return { value: undefined, done: true };
        }
        return { value: account, done: false };
      },
      return: async () => {
        await source.return?.();
        return { value: undefined, done: true };
      },
      throw: async (error?: unknown) => {
        await source.return?.();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }
}
