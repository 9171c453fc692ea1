/**
 * The ledger engine: applies a batch of transfers with TigerBeetle's semantics inside one database
 * transaction. The accounts involved are locked first, in id order (`SELECT … FOR UPDATE` on MySQL;
 * SQLite runs one transaction at a time), then the transfers already stored under the batch's ids and
 * the pending transfers it refers to are read (after the lock, so the snapshot includes every commit
 * that held those locks). The batch is then applied in memory, in order, a linked chain being rolled
 * back as one, and what changed is written: new transfer rows, statement entries, balances, pending
 * states. A unique violation (the same new id sent at once through different accounts) or a deadlock
 * retries the whole batch, which then sees the winner's row.
 */
import { isRetryableConflict, isUniqueViolation, lockRows, newId, tenantRoleAtLeast, type Em } from '../../../kit';
import {
  BankAccount,
  LedgerEntry,
  Transfer,
  type BankAccountRow,
  type PendingState,
  type TransferKind,
  type TransferRow,
} from './entities';

export const MAX_BATCH = 8000;
export const MAX_AMOUNT = Number.MAX_SAFE_INTEGER;
export const MAX_TIMEOUT_SECONDS = 30 * 24 * 3600;
const ID_PATTERN = /^[A-Za-z0-9_.:-]{1,64}$/;

/** Who sends a batch, and what they may move. */
export interface Actor {
  userId: string | null;
  tenantId: string | null;
  tenantRole: string | null;
  admin: boolean;
  /** Adjustments and exchanges: the ledger's operator account may be debited. */
  operatorMayBeDebited?: boolean;
  /** An admin's adjustment: any account may be debited (a withdrawal). */
  adjusting?: boolean;
}

/** One transfer as sent (the generated TransferInput, normalised). */
export interface TransferRequest {
  id: string;
  debitAccountId?: string | null;
  creditAccountId?: string | null;
  amount?: number | null;
  kind?: TransferKind | null;
  pendingId?: string | null;
  timeoutSeconds?: number | null;
  code?: number | null;
  reference?: string | null;
  linked?: boolean | null;
}

export type TransferOutcome =
  | { __typename: 'TransferPosted' | 'TransferPending' | 'TransferVoided'; transfer: TransferRow }
  | {
      __typename: 'InsufficientFunds';
      transferId: string;
      reason: 'EXCEEDS_CREDITS' | 'EXCEEDS_DEBITS';
      accountId: string;
      message: string;
    }
  | { __typename: 'TransferRejected'; transferId: string; code: string; message: string };

export interface BatchResult {
  results: TransferOutcome[];
  /** Accounts whose balances changed (for live updates). */
  changedAccounts: string[];
  applied: number;
}

type Balances = Pick<BankAccountRow, 'debitsPosted' | 'creditsPosted' | 'debitsPending' | 'creditsPending' | 'entrySeq'>;

function rejected(transferId: string, code: string, message: string): TransferOutcome {
  return { __typename: 'TransferRejected', transferId, code, message };
}

/** The account may be seen by the actor (statements, transfers, as a debit account). */
export function canSee(actor: Actor, account: BankAccountRow): boolean {
  if (actor.admin) return true;
  if (account.kind === 'PERSONAL') return account.ownerId === actor.userId;
  if (account.kind === 'BUSINESS') return !!actor.tenantId && account.businessTenantId === actor.tenantId;
  return false;
}

/** The actor may move money out of the account. */
export function canMove(actor: Actor, account: BankAccountRow): boolean {
  if (account.kind === 'OPERATOR') return !!actor.operatorMayBeDebited;
  if (actor.adjusting) return true;
  if (account.kind === 'PERSONAL') return account.ownerId === actor.userId;
  if (account.kind === 'BUSINESS') {
    return (
      !!actor.tenantId &&
      account.businessTenantId === actor.tenantId &&
      !!actor.tenantRole &&
      tenantRoleAtLeast(actor.tenantRole as never, 'MANAGER')
    );
  }
  return false;
}

/** The kind a stored transfer's first result had. */
export function outcomeOf(row: TransferRow): TransferOutcome {
  if (row.kind === 'PENDING') return { __typename: 'TransferPending', transfer: row };
  if (row.kind === 'VOID_PENDING') return { __typename: 'TransferVoided', transfer: row };
  return { __typename: 'TransferPosted', transfer: row };
}

/** Checks what can be checked without the database; returns a refusal or null. */
function precheck(t: TransferRequest): TransferOutcome | null {
  const id = t.id;
  if (!id) return rejected('', 'ID_MUST_NOT_BE_EMPTY', 'The id must not be empty.');
  if (!ID_PATTERN.test(id)) return rejected(id.slice(0, 64), 'ID_INVALID', 'The id must be 1 to 64 of A-Z a-z 0-9 _ - . :');
  const kind = t.kind ?? 'SINGLE_PHASE';
  const amount = t.amount ?? 0;
  if (!Number.isSafeInteger(amount) || amount < 0)
    return rejected(id, 'AMOUNT_TOO_LARGE', 'The amount must be a whole number of minor units up to 2^53-1.');
  const code = t.code ?? 1;
  if (!Number.isInteger(code) || code < 1 || code > 65535) return rejected(id, 'CODE_INVALID', 'The code must be 1 to 65535.');
  if (t.reference != null && t.reference.length > 200)
    return rejected(id, 'REFERENCE_TOO_LONG', 'The reference must be at most 200 characters.');
  const timeout = t.timeoutSeconds ?? 0;
  if (timeout !== 0 && kind !== 'PENDING')
    return rejected(id, 'TIMEOUT_RESERVED_FOR_PENDING_TRANSFER', 'Only a pending transfer has a timeout.');
  if (!Number.isInteger(timeout) || timeout < 0 || timeout > MAX_TIMEOUT_SECONDS)
    return rejected(id, 'TIMEOUT_INVALID', 'The timeout must be 0 to 30 days in seconds.');
  if (kind === 'SINGLE_PHASE' || kind === 'PENDING') {
    if (t.pendingId) return rejected(id, 'PENDING_ID_MUST_BE_DIFFERENT', 'Only POST_PENDING and VOID_PENDING refer to a pending transfer.');
    if (!t.debitAccountId) return rejected(id, 'DEBIT_ACCOUNT_NOT_FOUND', 'A debit account is required.');
    if (!t.creditAccountId) return rejected(id, 'CREDIT_ACCOUNT_NOT_FOUND', 'A credit account is required.');
    if (t.debitAccountId === t.creditAccountId)
      return rejected(id, 'ACCOUNTS_MUST_BE_DIFFERENT', 'The debit and credit accounts must differ.');
    if (amount === 0) return rejected(id, 'AMOUNT_MUST_NOT_BE_ZERO', 'The amount must not be zero.');
  } else {
    if (!t.pendingId) return rejected(id, 'PENDING_ID_REQUIRED', 'POST_PENDING and VOID_PENDING need the pending transfer id.');
    if (t.pendingId === id) return rejected(id, 'PENDING_ID_MUST_BE_DIFFERENT', 'A transfer cannot refer to itself.');
  }
  return null;
}

/** The first field in which a resent transfer differs from the stored one, as its error code. */
function difference(t: TransferRequest, row: TransferRow): string | null {
  const kind = t.kind ?? 'SINGLE_PHASE';
  if (kind !== row.kind) return 'EXISTS_WITH_DIFFERENT_KIND';
  if (t.debitAccountId && t.debitAccountId !== row.debitAccountId) return 'EXISTS_WITH_DIFFERENT_DEBIT_ACCOUNT_ID';
  if (t.creditAccountId && t.creditAccountId !== row.creditAccountId) return 'EXISTS_WITH_DIFFERENT_CREDIT_ACCOUNT_ID';
  const amount = t.amount ?? 0;
  const postOrVoid = kind === 'POST_PENDING' || kind === 'VOID_PENDING';
  if (!(postOrVoid && amount === 0) && amount !== Number(row.amount)) return 'EXISTS_WITH_DIFFERENT_AMOUNT';
  if ((t.pendingId ?? null) !== (row.pendingId ?? null)) return 'EXISTS_WITH_DIFFERENT_PENDING_ID';
  if ((t.code ?? 1) !== row.code) return 'EXISTS_WITH_DIFFERENT_CODE';
  if ((t.timeoutSeconds ?? 0) !== row.timeoutSeconds) return 'EXISTS_WITH_DIFFERENT_TIMEOUT';
  if ((t.reference ?? null) !== (row.reference ?? null)) return 'EXISTS_WITH_DIFFERENT_REFERENCE';
  if (!!t.linked !== row.linked) return 'EXISTS_WITH_DIFFERENT_LINKED';
  return null;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function findByIds<T extends object>(em: Em, entity: typeof Transfer | typeof BankAccount, ids: string[]): Promise<T[]> {
  const rows: T[] = [];
  for (const part of chunks(ids, 1000)) rows.push(...((await em.find(entity as never, { id: { $in: part } } as never)) as T[]));
  return rows;
}

/** Runs one raw statement in the transaction; returns the rows it changed. */
async function runSql(tx: Em, sql: string, params: unknown[]): Promise<number> {
  const result = (await tx.getConnection().execute(sql, params, 'run', tx.getTransactionContext())) as { affectedRows?: number };
  return Number(result.affectedRows ?? 0);
}

/**
 * Applies `batch` (at most {@link MAX_BATCH}, checked by the caller) for `actor` at `now`, retrying
 * the whole transaction on a deadlock or a lost race for a new id.
 */
export async function applyBatch(em: Em, batch: TransferRequest[], actor: Actor, now: Date): Promise<BatchResult> {
  // The pending transfers referred to, read outside the transaction only to learn which accounts to lock
  // (their accounts never change; their state is read again under the lock).
  const pendingIds = [...new Set(batch.map((t) => t.pendingId).filter((id): id is string => !!id && ID_PATTERN.test(id)))];
  const known = pendingIds.length ? await findByIds<TransferRow>(em.fork(), Transfer, pendingIds) : [];
  const accountIds = new Set<string>();
  for (const t of batch) {
    if (t.debitAccountId) accountIds.add(t.debitAccountId);
    if (t.creditAccountId) accountIds.add(t.creditAccountId);
  }
  for (const p of known) accountIds.add(p.debitAccountId).add(p.creditAccountId);
  const lockIds = [...accountIds].filter((id) => id.length <= 36).sort();
  for (let attempt = 1; ; attempt++) {
    try {
      return await em.fork().transactional((tx) => applyLocked(tx, batch, actor, now, lockIds));
    } catch (error) {
      const retryable = isRetryableConflict(error) || isUniqueViolation(error);
      if (!retryable || attempt >= 8) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

/**
 * Applies a batch inside the caller's transaction `tx` (an event consumer's, which marks the event
 * processed in the same commit). No retry here: a deadlock or lost race throws and rolls the caller's
 * transaction back, and the caller retries (the kit's consumers do, with backoff). The accounts of
 * pending transfers a POST_PENDING / VOID_PENDING refers to are read in `tx` first (a pending
 * transfer's accounts never change), then locked with the others in id order.
 */
export async function applyInTransaction(tx: Em, batch: TransferRequest[], actor: Actor, now: Date): Promise<BatchResult> {
  const accountIds = new Set<string>();
  for (const t of batch) {
    if (t.debitAccountId) accountIds.add(t.debitAccountId);
    if (t.creditAccountId) accountIds.add(t.creditAccountId);
  }
  const pendingIds = [...new Set(batch.map((t) => t.pendingId).filter((id): id is string => !!id && ID_PATTERN.test(id)))];
  if (pendingIds.length) {
    for (const p of await findByIds<TransferRow>(tx, Transfer, pendingIds)) accountIds.add(p.debitAccountId).add(p.creditAccountId);
  }
  return applyLocked(tx, batch, actor, now, [...accountIds].filter((id) => id.length <= 36).sort());
}

async function applyLocked(tx: Em, batch: TransferRequest[], actor: Actor, now: Date, lockIds: string[]): Promise<BatchResult> {
  const accounts = new Map<string, BankAccountRow>();
  for (const part of chunks(lockIds, 1000)) {
    for (const row of await lockRows(tx, BankAccount, { id: { $in: part } }, { orderBy: { id: 'asc' } })) accounts.set(row.id, row);
  }
  const ids = [...new Set(batch.map((t) => t.id).filter((id) => ID_PATTERN.test(id)))];
  const stored = new Map((await findByIds<TransferRow>(tx, Transfer, ids)).map((row) => [row.id, row]));
  const pendingIds = [...new Set(batch.map((t) => t.pendingId).filter((id): id is string => !!id && ID_PATTERN.test(id)))];
  const pendings = new Map((await findByIds<TransferRow>(tx, Transfer, pendingIds)).map((row) => [row.id, row]));

  // Working copies of balances; a chain's changes are undone by restoring them.
  const balances = new Map<string, Balances>();
  const balanceOf = (account: BankAccountRow): Balances => {
    let b = balances.get(account.id);
    if (!b) {
      b = {
        debitsPosted: Number(account.debitsPosted),
        creditsPosted: Number(account.creditsPosted),
        debitsPending: Number(account.debitsPending),
        creditsPending: Number(account.creditsPending),
        entrySeq: Number(account.entrySeq),
      };
      balances.set(account.id, b);
    }
    return b;
  };
  const newTransfers: TransferRow[] = [];
  const newEntries: Record<string, unknown>[] = [];
  const pendingChanges = new Map<string, PendingState>();
  const results: TransferOutcome[] = new Array(batch.length);

  const applyOne = (t: TransferRequest): TransferOutcome => {
    const early = precheck(t);
    if (early) return early;
    const existing = stored.get(t.id);
    if (existing) {
      const diff = difference(t, existing);
      return diff ? rejected(t.id, diff, `Transfer ${t.id} exists with different fields.`) : outcomeOf(existing);
    }
    const kind = t.kind ?? 'SINGLE_PHASE';
    const amount = t.amount ?? 0;
    let debit: BankAccountRow | undefined;
    let credit: BankAccountRow | undefined;
    let pending: TransferRow | undefined;
    let moved = amount;
    if (kind === 'SINGLE_PHASE' || kind === 'PENDING') {
      debit = accounts.get(t.debitAccountId!);
      credit = accounts.get(t.creditAccountId!);
      if (!debit || (!canSee(actor, debit) && !canMove(actor, debit)))
        return rejected(t.id, 'DEBIT_ACCOUNT_NOT_FOUND', 'The debit account was not found.');
      if (!canMove(actor, debit)) return rejected(t.id, 'DEBIT_ACCOUNT_NOT_ALLOWED', 'You may not move money out of this account.');
      if (!credit) return rejected(t.id, 'CREDIT_ACCOUNT_NOT_FOUND', 'The credit account was not found.');
      if (debit.ledger !== credit.ledger)
        return rejected(t.id, 'ACCOUNTS_MUST_HAVE_THE_SAME_LEDGER', 'Both accounts must be of the same ledger (use an exchange).');
      if (debit.closed) return rejected(t.id, 'DEBIT_ACCOUNT_ALREADY_CLOSED', 'The debit account is closed.');
      if (credit.closed) return rejected(t.id, 'CREDIT_ACCOUNT_ALREADY_CLOSED', 'The credit account is closed.');
    } else {
      pending = pendings.get(t.pendingId!);
      if (pending) debit = accounts.get(pending.debitAccountId);
      if (!pending || !debit || (!canSee(actor, debit) && !canMove(actor, debit)))
        return rejected(t.id, 'PENDING_TRANSFER_NOT_FOUND', 'The pending transfer was not found.');
      credit = accounts.get(pending.creditAccountId)!;
      if (!canMove(actor, debit)) return rejected(t.id, 'DEBIT_ACCOUNT_NOT_ALLOWED', 'You may not move money out of this account.');
      if (pending.kind !== 'PENDING') return rejected(t.id, 'PENDING_TRANSFER_NOT_PENDING', 'The referred transfer is not a pending one.');
      if (
        (t.debitAccountId && t.debitAccountId !== pending.debitAccountId) ||
        (t.creditAccountId && t.creditAccountId !== pending.creditAccountId)
      ) {
        return rejected(t.id, 'PENDING_TRANSFER_NOT_FOUND', 'The accounts differ from the pending transfer.');
      }
      const state = pendingChanges.get(pending.id) ?? pending.pendingState;
      if (state === 'POSTED') return rejected(t.id, 'PENDING_TRANSFER_ALREADY_POSTED', 'The pending transfer was already posted.');
      if (state === 'VOIDED') return rejected(t.id, 'PENDING_TRANSFER_ALREADY_VOIDED', 'The pending transfer was already voided.');
      if (state === 'EXPIRED' || (pending.expiresAt && pending.expiresAt.getTime() <= now.getTime())) {
        return rejected(t.id, 'PENDING_TRANSFER_EXPIRED', 'The pending transfer expired.');
      }
      const reserved = Number(pending.amount);
      if (kind === 'POST_PENDING') {
        moved = amount === 0 ? reserved : amount;
        if (moved > reserved) return rejected(t.id, 'EXCEEDS_PENDING_TRANSFER_AMOUNT', 'The amount exceeds the pending amount.');
      } else {
        if (amount !== 0 && amount !== reserved)
          return rejected(t.id, 'EXCEEDS_PENDING_TRANSFER_AMOUNT', 'A void releases the full pending amount.');
        moved = reserved;
      }
    }
    const d = balanceOf(debit);
    const c = balanceOf(credit);
    if (kind === 'SINGLE_PHASE' || kind === 'PENDING') {
      if (d.debitsPosted + d.debitsPending + amount > MAX_AMOUNT || c.creditsPosted + c.creditsPending + amount > MAX_AMOUNT) {
        return rejected(t.id, 'OVERFLOWS_BALANCE', 'The transfer would overflow a balance.');
      }
      if (debit.debitsMustNotExceedCredits && d.debitsPosted + d.debitsPending + amount > d.creditsPosted) {
        return {
          __typename: 'InsufficientFunds',
          transferId: t.id,
          reason: 'EXCEEDS_CREDITS',
          accountId: debit.id,
          message: 'Insufficient funds.',
        };
      }
      if (credit.creditsMustNotExceedDebits && c.creditsPosted + c.creditsPending + amount > c.debitsPosted) {
        return {
          __typename: 'InsufficientFunds',
          transferId: t.id,
          reason: 'EXCEEDS_DEBITS',
          accountId: credit.id,
          message: 'The credit account would exceed its debits.',
        };
      }
    }
    const reserved = pending ? Number(pending.amount) : 0;
    const row = {
      id: t.id,
      kind,
      debitAccountId: debit.id,
      creditAccountId: credit.id,
      amount: moved,
      ledger: debit.ledger,
      code: t.code ?? 1,
      reference: t.reference ?? null,
      pendingId: t.pendingId ?? null,
      timeoutSeconds: t.timeoutSeconds ?? 0,
      expiresAt: kind === 'PENDING' && t.timeoutSeconds ? new Date(now.getTime() + t.timeoutSeconds * 1000) : null,
      pendingState: kind === 'PENDING' ? ('PENDING' as const) : null,
      linked: !!t.linked,
      createdBy: actor.userId,
      createdAt: now,
    } as TransferRow;
    if (kind === 'PENDING') {
      d.debitsPending += amount;
      c.creditsPending += amount;
      pendings.set(row.id, row);
    } else {
      if (pending) {
        d.debitsPending -= reserved;
        c.creditsPending -= reserved;
        pendingChanges.set(pending.id, kind === 'POST_PENDING' ? 'POSTED' : 'VOIDED');
      }
      if (kind !== 'VOID_PENDING') {
        d.debitsPosted += moved;
        c.creditsPosted += moved;
        d.entrySeq += 1;
        c.entrySeq += 1;
        for (const [account, b, signed] of [
          [debit, d, -moved],
          [credit, c, moved],
        ] as const) {
          newEntries.push({
            id: newId(),
            createdAt: now,
            updatedAt: now,
            accountId: account.id,
            seq: b.entrySeq,
            transferId: row.id,
            amount: signed,
            balance: b.creditsPosted - b.debitsPosted,
            postedAt: now,
            reference: row.reference,
          });
        }
      }
    }
    newTransfers.push(row);
    stored.set(row.id, row);
    return outcomeOf(row);
  };

  // Walk the batch chain by chain (a chain = consecutive linked transfers plus the one that closes it).
  let start = 0;
  while (start < batch.length) {
    let end = start;
    while (end < batch.length - 1 && batch[end]!.linked) end++;
    const open = !!batch[end]!.linked; // the batch ended inside a chain
    const saved = {
      balances: new Map([...balances].map(([id, b]) => [id, { ...b }])),
      transfers: newTransfers.length,
      entries: newEntries.length,
      pendingChanges: new Map(pendingChanges),
    };
    let failedAt = -1;
    for (let i = start; i <= end; i++) {
      const outcome =
        open && i === end
          ? rejected(batch[i]!.id, 'LINKED_EVENT_CHAIN_OPEN', 'The batch ended inside a linked chain.')
          : applyOne(batch[i]!);
      results[i] = outcome;
      if (outcome.__typename === 'InsufficientFunds' || outcome.__typename === 'TransferRejected') {
        // A resend of a chain member that already exists is not a failure.
        failedAt = i;
        break;
      }
    }
    if (failedAt >= 0 && end > start) {
      for (const row of newTransfers.slice(saved.transfers)) {
        stored.delete(row.id);
        if (row.kind === 'PENDING') pendings.delete(row.id);
      }
      newTransfers.length = saved.transfers;
      newEntries.length = saved.entries;
      balances.clear();
      for (const [id, b] of saved.balances) balances.set(id, b);
      pendingChanges.clear();
      for (const [id, s] of saved.pendingChanges) pendingChanges.set(id, s);
      for (let i = start; i <= end; i++) {
        if (i !== failedAt) results[i] = rejected(batch[i]!.id, 'LINKED_EVENT_FAILED', 'Another transfer of the linked chain failed.');
      }
    }
    start = end + 1;
  }

  // Write what changed: multi-row INSERTs, then one UPDATE per 500 accounts / pending transfers (a
  // CASE on the id), so a batch costs a fixed handful of statements whatever its size. The rows were
  // locked above in id order; the UPDATEs touch the same rows (ids sorted), so no new lock order appears.
  for (const part of chunks(newTransfers, 500)) await tx.insertMany(Transfer, part as never[]);
  for (const part of chunks(newEntries, 500)) await tx.insertMany(LedgerEntry, part as never[]);
  const newIds = new Set(newTransfers.map((row) => row.id));
  const claims = [...pendingChanges].filter(([id]) => !newIds.has(id)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const part of chunks(claims, 500)) {
    const cases = part.map(() => 'when ? then ?').join(' ');
    const claimed = await runSql(
      tx,
      `update \`transfers\` set \`pending_state\` = case \`id\` ${cases} end where \`pending_state\` = 'PENDING' and \`id\` in (${part.map(() => '?').join(', ')})`,
      [...part.flat(), ...part.map(([id]) => id)],
    );
    if (claimed !== part.length)
      throw new Error(`a pending transfer changed under its accounts' lock (${claimed} of ${part.length} claimed)`);
  }
  // A pending transfer created and settled within this batch was inserted as PENDING: settle its row too.
  const settledNew = [...pendingChanges].filter(([id]) => newIds.has(id));
  for (const part of chunks(settledNew, 500)) {
    const cases = part.map(() => 'when ? then ?').join(' ');
    await runSql(
      tx,
      `update \`transfers\` set \`pending_state\` = case \`id\` ${cases} end where \`id\` in (${part.map(() => '?').join(', ')})`,
      [...part.flat(), ...part.map(([id]) => id)],
    );
  }
  const changed: string[] = [];
  for (const [id, b] of balances) {
    const account = accounts.get(id)!;
    if (
      b.debitsPosted === Number(account.debitsPosted) &&
      b.creditsPosted === Number(account.creditsPosted) &&
      b.debitsPending === Number(account.debitsPending) &&
      b.creditsPending === Number(account.creditsPending)
    ) {
      continue;
    }
    changed.push(id);
  }
  changed.sort();
  for (const part of chunks(changed, 500)) {
    const columns: [string, keyof Balances][] = [
      ['debits_posted', 'debitsPosted'],
      ['credits_posted', 'creditsPosted'],
      ['debits_pending', 'debitsPending'],
      ['credits_pending', 'creditsPending'],
      ['entry_seq', 'entrySeq'],
    ];
    const params: unknown[] = [];
    const sets = columns.map(([column, field]) => {
      for (const id of part) params.push(id, balances.get(id)![field]);
      return `\`${column}\` = case \`id\` ${part.map(() => 'when ? then ?').join(' ')} end`;
    });
    params.push(...part);
    const updated = await runSql(
      tx,
      `update \`bank_accounts\` set ${sets.join(', ')} where \`id\` in (${part.map(() => '?').join(', ')})`,
      params,
    );
    if (updated !== part.length) throw new Error(`balances of ${part.length - updated} locked accounts were not updated`);
    await tx.nativeUpdate(BankAccount, { id: { $in: part } }, { updatedAt: now });
  }
  return { results, changedAccounts: changed, applied: newTransfers.length };
}

/**
 * Expires one pending transfer whose timeout passed: a conditional update claims it (PENDING →
 * EXPIRED) under its accounts' locks, so it is released exactly once however many replicas sweep.
 * Returns the accounts changed, or [] when someone else got there first.
 */
export async function expirePending(em: Em, pending: TransferRow): Promise<string[]> {
  const lockIds = [pending.debitAccountId, pending.creditAccountId].sort();
  return em.fork().transactional(async (tx) => {
    const locked = await lockRows(tx, BankAccount, { id: { $in: lockIds } }, { orderBy: { id: 'asc' } });
    const claimed = await tx.nativeUpdate(Transfer, { id: pending.id, pendingState: 'PENDING' }, { pendingState: 'EXPIRED' });
    if (claimed !== 1) return [];
    const amount = Number(pending.amount);
    for (const account of locked) {
      const update =
        account.id === pending.debitAccountId
          ? { debitsPending: Number(account.debitsPending) - amount }
          : { creditsPending: Number(account.creditsPending) - amount };
      await tx.nativeUpdate(BankAccount, { id: account.id }, update);
    }
    return lockIds;
  });
}
