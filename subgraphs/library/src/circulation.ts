import { raw, type FilterQuery } from '@mikro-orm/core';
import {
  badInput,
  conflictError,
  fail,
  fieldError,
  forbidden,
  isUniqueViolation,
  isUuid,
  lockRow,
  lockRows,
  newId,
  ok,
  paginate,
  requireViewer,
  type Connection,
  type Em,
  type Payload,
  type Viewer,
} from '../../../kit';
import { invalidateWorks, type LibraryDeps, type MoneyData } from './context';
import { Copy, Fine, Hold, Loan, Work, type CopyRow, type FineRow, type HoldRow, type LoanRow } from './entities';
import type { LoanStatusFilter } from './generated/resolvers';

const DAY_MS = 86_400_000;
const ACTIVE_HOLD = ['WAITING', 'READY'] as const;
const BARCODE = /^[A-Z0-9-]{4,32}$/;

/** A copy's barcode as stored (trimmed, upper case), or null when it is not one. */
export function cleanBarcode(barcode: string): string | null {
  const clean = barcode.trim().toUpperCase();
  return BARCODE.test(clean) ? clean : null;
}

/** Librarians and admins run the desk: they lend for others, check in, see every loan and waive fines. */
export function isLibrarian(viewer: Viewer | null | undefined): boolean {
  return !!viewer && (viewer.roles.includes('librarian') || viewer.roles.includes('admin'));
}

/** Whether `viewer` may see a patron's circulation data: the patron themself or a librarian. */
export function maySeePatron(viewer: Viewer | null | undefined, patronId: string): boolean {
  return !!viewer && (viewer.userId === patronId || isLibrarian(viewer));
}

/** Whole days (begun) a loan is late at `at`; 0 when not late. */
export function daysOverdue(dueAt: Date, at: Date): number {
  const late = at.getTime() - dueAt.getTime();
  return late > 0 ? Math.ceil(late / DAY_MS) : 0;
}

/** The fine of a loan: what was charged at return, or what it has accrued so far while still out. */
export function loanFine(deps: Pick<LibraryDeps, 'clock' | 'config'>, loan: LoanRow): MoneyData {
  const amount = loan.returnedAt ? loan.fineAmount : fineFor(deps, daysOverdue(loan.dueAt, deps.clock.now()));
  return { amount, currency: deps.config.LIBRARY_CURRENCY };
}

function fineFor(deps: Pick<LibraryDeps, 'config'>, days: number): number {
  return Math.min(days * deps.config.LIBRARY_FINE_PER_DAY, deps.config.LIBRARY_FINE_CAP);
}

/**
 * Puts a copy that has just become free (returned, new, or its hold ended) where it belongs, inside
 * the caller's transaction: to the first WAITING hold of its work (locked, so two returns never serve
 * the same hold), which becomes READY for the pick-up days; otherwise back on the shelf, counted in
 * the work's available copies. The caller flushes.
 */
export async function releaseCopy(deps: Pick<LibraryDeps, 'clock' | 'config'>, tx: Em, copy: CopyRow): Promise<HoldRow | null> {
  const now = deps.clock.now();
  const [next] = await lockRows(
    tx,
    Hold,
    { workId: copy.workId, status: 'WAITING' },
    { orderBy: { placedAt: 'asc', createdAt: 'asc', id: 'asc' }, limit: 1 },
  );
  if (next) {
    next.status = 'READY';
    next.copyId = copy.id;
    next.readyAt = now;
    next.expiresAt = new Date(now.getTime() + deps.config.LIBRARY_HOLD_PICKUP_DAYS * DAY_MS);
    copy.status = 'ON_HOLD_SHELF';
    copy.holdId = next.id;
    return next;
  }
  copy.status = 'AVAILABLE';
  copy.holdId = null;
  await tx.nativeUpdate(Work, { id: copy.workId }, { availableCopies: raw('available_copies + 1') });
  return null;
}

/** Which copy an operation names: by id or by barcode, exactly one; the field to name in errors. */
type CopyRef = { where: FilterQuery<CopyRow>; field: string } | { error: string; field: string };

function copyRef(copyId: string | null | undefined, barcode: string | null | undefined): CopyRef {
  if ((copyId == null) === (barcode == null)) return { field: 'copyId', error: 'Give either copyId or barcode.' };
  if (copyId != null) {
    return isUuid(copyId)
      ? { where: { id: copyId.toLowerCase() }, field: 'copyId' }
      : { field: 'copyId', error: 'copyId must be the id of a copy.' };
  }
  const clean = cleanBarcode(barcode!);
  return clean
    ? { where: { barcode: clean }, field: 'barcode' }
    : { field: 'barcode', error: 'barcode must be 4 to 32 letters, digits or -.' };
}

type LoanResult = Payload<{ loan: LoanRow; hold: HoldRow | null; fine: FineRow | null }>;

/**
 * Circulation: loans, renewals, holds and fines. A copy changes status only by a conditional update
 * on its current status inside the transaction that writes the loan, and an open loan holds the
 * copy's id in a unique column: a copy is never lent twice, however many checkouts race for it.
 */
export class CirculationService {
  async checkOut(
    deps: LibraryDeps,
    args: { copyId?: string | null; barcode?: string | null; patronId?: string | null },
  ): Promise<LoanResult> {
    const viewer = requireViewer(deps.viewer);
    const ref = copyRef(args.copyId, args.barcode);
    if ('error' in ref) return fail(fieldError(ref.field, ref.error));
    let patronId = viewer.userId;
    if (args.patronId != null) {
      if (!isUuid(args.patronId)) return fail(fieldError('patronId', 'patronId must be the id of a user.'));
      patronId = args.patronId.toLowerCase();
      if (patronId !== viewer.userId && !isLibrarian(viewer)) throw forbidden('Only a librarian lends to someone else.');
    }
    await this.expireHolds(deps);
    const now = deps.clock.now();
    try {
      return await deps.em.fork().transactional(async (tx): Promise<LoanResult> => {
        const copy = await tx.findOne(Copy, ref.where);
        if (!copy) return fail(fieldError(ref.field, 'No copy has this ' + (ref.field === 'copyId' ? 'id.' : 'barcode.')));
        let claimed = 0;
        if (copy.status === 'ON_HOLD_SHELF' && copy.holdId) {
          const hold = await tx.findOne(Hold, { id: copy.holdId });
          if (!hold || hold.patronId !== patronId || hold.status !== 'READY') {
            return fail(conflictError(ref.field, 'This copy is kept for another patron’s hold.'));
          }
          claimed = await tx.nativeUpdate(
            Copy,
            { id: copy.id, status: 'ON_HOLD_SHELF', holdId: hold.id },
            { status: 'ON_LOAN', holdId: null, updatedAt: now },
          );
          if (claimed === 1) {
            await tx.nativeUpdate(Hold, { id: hold.id, status: 'READY' }, { status: 'FULFILLED', activeKey: null, updatedAt: now });
          }
        } else {
          claimed = await tx.nativeUpdate(Copy, { id: copy.id, status: 'AVAILABLE' }, { status: 'ON_LOAN', updatedAt: now });
          if (claimed === 1) await tx.nativeUpdate(Work, { id: copy.workId }, { availableCopies: raw('available_copies - 1') });
        }
        if (claimed !== 1) return fail(conflictError(ref.field, 'This copy is not available.'));
        const loan = tx.create(Loan, {
          id: newId(),
          copyId: copy.id,
          workId: copy.workId,
          patronId,
          loanedAt: now,
          dueAt: new Date(now.getTime() + deps.config.LIBRARY_LOAN_DAYS * DAY_MS),
          returnedAt: null,
          renewals: 0,
          activeCopyId: copy.id,
          fineAmount: 0,
        });
        await tx.flush();
        return ok({ loan, hold: null, fine: null });
      });
    } catch (error) {
      if (isUniqueViolation(error)) return fail(conflictError(ref.field, 'This copy is not available.'));
      throw error;
    }
  }

  /** Renews from now for the loan period; refused when it is returned, at the limit, or someone waits for the work. */
  async renew(deps: LibraryDeps, loanId: string): Promise<LoanResult> {
    const viewer = requireViewer(deps.viewer);
    if (!isUuid(loanId)) return fail(fieldError('loanId', 'loanId must be the id of a loan.'));
    const now = deps.clock.now();
    return deps.em.fork().transactional(async (tx): Promise<LoanResult> => {
      const loan = await lockRow(tx, Loan, { id: loanId.toLowerCase() });
      if (!loan) return fail(fieldError('loanId', 'No loan has this id.'));
      if (!maySeePatron(viewer, loan.patronId)) throw forbidden('Only the patron or a librarian may renew this loan.');
      if (loan.returnedAt) return fail(conflictError('loanId', 'This loan has ended.'));
      // Renewing a late loan would wipe the fine it has accrued: it is returned (and charged) instead.
      if (loan.dueAt.getTime() < now.getTime()) return fail(conflictError('loanId', 'This loan is overdue; return it instead.'));
      if (loan.renewals >= deps.config.LIBRARY_MAX_RENEWALS) {
        return fail(conflictError('loanId', `A loan can be renewed at most ${deps.config.LIBRARY_MAX_RENEWALS} times.`));
      }
      if (await tx.count(Hold, { workId: loan.workId, status: 'WAITING' })) {
        return fail(conflictError('loanId', 'Someone is waiting for this work; it cannot be renewed.'));
      }
      loan.renewals += 1;
      loan.dueAt = new Date(now.getTime() + deps.config.LIBRARY_LOAN_DAYS * DAY_MS);
      await tx.flush();
      return ok({ loan, hold: null, fine: null });
    });
  }

  /** Takes a copy back: ends the loan, charges a late fine, and serves the first hold or shelves the copy. */
  async checkIn(deps: LibraryDeps, args: { copyId?: string | null; barcode?: string | null }): Promise<LoanResult> {
    const ref = copyRef(args.copyId, args.barcode);
    if ('error' in ref) return fail(fieldError(ref.field, ref.error));
    const now = deps.clock.now();
    return deps.em.fork().transactional(async (tx): Promise<LoanResult> => {
      const copy = await lockRow(tx, Copy, ref.where);
      if (!copy) return fail(fieldError(ref.field, 'No copy has this ' + (ref.field === 'copyId' ? 'id.' : 'barcode.')));
      if (copy.status !== 'ON_LOAN') return fail(conflictError(ref.field, 'This copy is not on loan.'));
      const loan = await lockRow(tx, Loan, { activeCopyId: copy.id });
      if (!loan) return fail(conflictError(ref.field, 'This copy has no open loan.'));
      loan.returnedAt = now;
      loan.activeCopyId = null;
      const days = daysOverdue(loan.dueAt, now);
      const amount = fineFor(deps, days);
      let fine: FineRow | null = null;
      if (amount > 0) {
        loan.fineAmount = amount;
        fine = tx.create(Fine, {
          id: newId(),
          loanId: loan.id,
          patronId: loan.patronId,
          amount,
          currency: deps.config.LIBRARY_CURRENCY,
          daysOverdue: days,
          status: 'OPEN',
          settledAt: null,
        });
      }
      const hold = await releaseCopy(deps, tx, copy);
      await tx.flush();
      return ok({ loan, hold, fine });
    });
  }

  async placeHold(deps: LibraryDeps, workId: string): Promise<Payload<{ hold: HoldRow }>> {
    const viewer = requireViewer(deps.viewer);
    if (!isUuid(workId)) return fail(fieldError('workId', 'workId must be the id of a work.'));
    const id = workId.toLowerCase();
    const work = await deps.em.findOne(Work, { id });
    if (!work) return fail(fieldError('workId', 'No work has this id.'));
    await this.expireHolds(deps);
    const now = deps.clock.now();
    try {
      return await deps.em.fork().transactional(async (tx): Promise<Payload<{ hold: HoldRow }>> => {
        const activeKey = `${viewer.userId}:${id}`;
        if (await tx.count(Hold, { activeKey })) return fail(conflictError('workId', 'You already hold this work.'));
        const hold = tx.create(Hold, {
          id: newId(),
          workId: id,
          patronId: viewer.userId,
          status: 'WAITING',
          placedAt: now,
          copyId: null,
          readyAt: null,
          expiresAt: null,
          activeKey,
        });
        await tx.flush();
        // A copy on the shelf is taken for the hold at once (a conditional update: a checkout may win it).
        const shelved = await tx.find(Copy, { workId: id, status: 'AVAILABLE' }, { orderBy: { barcode: 'asc' }, limit: 5 });
        for (const copy of shelved) {
          const taken = await tx.nativeUpdate(
            Copy,
            { id: copy.id, status: 'AVAILABLE' },
            { status: 'ON_HOLD_SHELF', holdId: hold.id, updatedAt: now },
          );
          if (taken !== 1) continue;
          await tx.nativeUpdate(Work, { id }, { availableCopies: raw('available_copies - 1') });
          hold.status = 'READY';
          hold.copyId = copy.id;
          hold.readyAt = now;
          hold.expiresAt = new Date(now.getTime() + deps.config.LIBRARY_HOLD_PICKUP_DAYS * DAY_MS);
          await tx.flush();
          break;
        }
        return ok({ hold });
      });
    } catch (error) {
      if (isUniqueViolation(error)) return fail(conflictError('workId', 'You already hold this work.'));
      throw error;
    }
  }

  async cancelHold(deps: LibraryDeps, holdId: string): Promise<Payload<{ hold: HoldRow }>> {
    const viewer = requireViewer(deps.viewer);
    if (!isUuid(holdId)) return fail(fieldError('holdId', 'holdId must be the id of a hold.'));
    return deps.em.fork().transactional(async (tx): Promise<Payload<{ hold: HoldRow }>> => {
      const hold = await lockRow(tx, Hold, { id: holdId.toLowerCase() });
      if (!hold) return fail(fieldError('holdId', 'No hold has this id.'));
      if (!maySeePatron(viewer, hold.patronId)) throw forbidden('Only the patron or a librarian may cancel this hold.');
      if (!(ACTIVE_HOLD as readonly string[]).includes(hold.status)) return fail(conflictError('holdId', 'This hold has ended.'));
      await this.endHold(deps, tx, hold, 'CANCELLED');
      await tx.flush();
      return ok({ hold });
    });
  }

  /** Ends an active hold; a READY hold's copy goes to the next hold or back on the shelf. */
  private async endHold(deps: LibraryDeps, tx: Em, hold: HoldRow, status: 'CANCELLED' | 'EXPIRED'): Promise<void> {
    const copyId = hold.status === 'READY' ? hold.copyId : null;
    hold.status = status;
    hold.activeKey = null;
    if (!copyId) return;
    const copy = await lockRow(tx, Copy, { id: copyId });
    if (copy && copy.status === 'ON_HOLD_SHELF' && copy.holdId === hold.id) {
      await tx.flush(); // the hold leaves the queue before the copy looks for the next one
      await releaseCopy(deps, tx, copy);
    }
  }

  /**
   * Expires READY holds not picked up by `expiresAt` (at most 100 per call), each in its own
   * transaction; their copies go to the next hold or the shelf. Requests that depend on the queue call
   * it first, and the definition's sweep calls it on a timer.
   */
  async expireHolds(deps: Pick<LibraryDeps, 'em' | 'clock' | 'config'>): Promise<number> {
    const now = deps.clock.now();
    const due = await deps.em.fork().find(Hold, { status: 'READY', expiresAt: { $lt: now } }, { limit: 100, fields: ['id'] });
    let expired = 0;
    for (const { id } of due) {
      const workId = await deps.em.fork().transactional(async (tx) => {
        const hold = await lockRow(tx, Hold, { id });
        if (!hold || hold.status !== 'READY' || !hold.expiresAt || hold.expiresAt >= now) return null;
        await this.endHold(deps as LibraryDeps, tx, hold, 'EXPIRED');
        await tx.flush();
        expired += 1;
        return hold.workId;
      });
      await invalidateWorks(deps.em, [workId]);
    }
    return expired;
  }

  async payFine(deps: LibraryDeps, fineId: string): Promise<Payload<{ fine: FineRow }>> {
    const viewer = requireViewer(deps.viewer);
    return this.settle(deps, fineId, 'PAID', (fine) => {
      if (fine.patronId !== viewer.userId) throw forbidden('Only the patron pays their fine.');
    });
  }

  async waiveFine(deps: LibraryDeps, fineId: string): Promise<Payload<{ fine: FineRow }>> {
    return this.settle(deps, fineId, 'WAIVED', () => undefined);
  }

  private async settle(
    deps: LibraryDeps,
    fineId: string,
    status: 'PAID' | 'WAIVED',
    check: (fine: FineRow) => void,
  ): Promise<Payload<{ fine: FineRow }>> {
    if (!isUuid(fineId)) return fail(fieldError('fineId', 'fineId must be the id of a fine.'));
    return deps.em.fork().transactional(async (tx): Promise<Payload<{ fine: FineRow }>> => {
      const fine = await lockRow(tx, Fine, { id: fineId.toLowerCase() });
      if (!fine) return fail(fieldError('fineId', 'No fine has this id.'));
      check(fine);
      if (fine.status !== 'OPEN') return fail(conflictError('fineId', 'This fine is settled already.'));
      fine.status = status;
      fine.settledAt = deps.clock.now();
      await tx.flush();
      return ok({ fine });
    });
  }

  // ----- lists -----

  async loans(
    deps: LibraryDeps,
    args: { first?: number | null; after?: string | null; status?: LoanStatusFilter | null; dueBefore?: Date | null },
    patronId: string | null,
    list: string,
  ): Promise<Connection<LoanRow>> {
    const where: FilterQuery<LoanRow>[] = [];
    if (patronId != null && !isUuid(patronId)) throw badInput('patronId must be the id of a user.', 'patronId');
    if (patronId) where.push({ patronId: patronId.toLowerCase() });
    const status = args.status ?? 'ACTIVE';
    if (status === 'ACTIVE') where.push({ returnedAt: null });
    if (status === 'RETURNED') where.push({ returnedAt: { $ne: null } });
    if (args.dueBefore) where.push({ dueAt: { $lt: args.dueBefore } });
    return paginate(deps.em, Loan, { $and: where }, args, { loanedAt: 'desc', id: 'desc' }, { list });
  }

  async overdue(deps: LibraryDeps, args: { first?: number | null; after?: string | null }): Promise<Connection<LoanRow>> {
    return paginate(
      deps.em,
      Loan,
      { returnedAt: null, dueAt: { $lt: deps.clock.now() } },
      args,
      { dueAt: 'asc', id: 'asc' },
      { list: 'overdueLoans' },
    );
  }

  async holds(
    deps: LibraryDeps,
    args: { first?: number | null; after?: string | null; all?: boolean | null },
    patronId: string,
  ): Promise<Connection<HoldRow>> {
    await this.expireHolds(deps);
    const where: FilterQuery<HoldRow> = args.all ? { patronId } : { patronId, status: { $in: [...ACTIVE_HOLD] } };
    return paginate(deps.em, Hold, where, args, { placedAt: 'desc', id: 'desc' }, { list: args.all ? 'myHolds:all' : 'myHolds' });
  }

  async holdQueue(deps: LibraryDeps, args: { workId: string; first?: number | null; after?: string | null }): Promise<Connection<HoldRow>> {
    if (!isUuid(args.workId)) throw badInput('workId must be the id of a work.', 'workId');
    await this.expireHolds(deps);
    return paginate(
      deps.em,
      Hold,
      { workId: args.workId.toLowerCase(), status: { $in: [...ACTIVE_HOLD] } },
      args,
      { status: 'asc', placedAt: 'asc', createdAt: 'asc', id: 'asc' },
      { list: 'holdQueue' },
    );
  }

  async fines(
    deps: LibraryDeps,
    args: { first?: number | null; after?: string | null; all?: boolean | null },
    patronId: string | null,
    list: string,
  ): Promise<Connection<FineRow>> {
    const where: FilterQuery<FineRow>[] = [];
    if (patronId != null && !isUuid(patronId)) throw badInput('patronId must be the id of a user.', 'patronId');
    if (patronId) where.push({ patronId: patronId.toLowerCase() });
    if (!args.all) where.push({ status: 'OPEN' });
    return paginate(deps.em, Fine, { $and: where }, args, { createdAt: 'desc', id: 'desc' }, { list: `${list}${args.all ? ':all' : ''}` });
  }
}
