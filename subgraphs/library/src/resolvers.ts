import { DateTimeScalar } from '../../../kit';
import type { CatalogueService } from './catalogue';
import { loanFine, maySeePatron, type CirculationService } from './circulation';
import { invalidateWorks, type LibraryContext } from './context';
import type { AuthorRow, FineRow, HoldRow, LoanRow } from './entities';
import type { Resolvers } from './generated/resolvers';

/** A patron's row, when the viewer may see it (the patron or a librarian); null otherwise. */
function visible<T extends { patronId: string }>(row: T | null, ctx: LibraryContext): T | null {
  return row && maySeePatron(ctx.viewer, row.patronId) ? row : null;
}

/** Invalidates the cached work a successful mutation changed, then returns its payload. */
async function changed<P>(ctx: LibraryContext, payload: P, workIdOf: (payload: P) => string | null | undefined): Promise<P> {
  await invalidateWorks(ctx.em, [workIdOf(payload)]);
  return payload;
}

/**
 * The library's resolvers: thin translations onto the catalogue and circulation services; single
 * rows by id from the request's loaders, lists through paginated service calls or connection loaders.
 */
export function createResolvers(catalogue: CatalogueService, circulation: CirculationService): Resolvers {
  const sort = { loanedAt: 'desc', id: 'desc' } as const;
  return {
    DateTime: DateTimeScalar,
    Query: {
      work: (_, { id }, ctx) => ctx.loaders.workById.load(id),
      author: (_, { id }, ctx) => ctx.loaders.authorById.load(id),
      editionByIsbn: (_, { isbn }, ctx) => catalogue.editionByIsbn(ctx.deps, isbn),
      searchWorks: (_, args, ctx) => catalogue.search(ctx.deps, args),
      authors: (_, args, ctx) => catalogue.authors(ctx.deps, args),
      copyByBarcode: async (_, { barcode }, ctx) => catalogue.copyByBarcode(ctx.deps, barcode),
      myLoans: (_, args, ctx) => circulation.loans(ctx.deps, args, ctx.viewer!.userId, 'myLoans'),
      myHolds: (_, args, ctx) => circulation.holds(ctx.deps, args, ctx.viewer!.userId),
      myFines: (_, args, ctx) => circulation.fines(ctx.deps, args, ctx.viewer!.userId, 'myFines'),
      loans: (_, args, ctx) => circulation.loans(ctx.deps, args, args.patronId ?? null, 'loans'),
      overdueLoans: (_, args, ctx) => circulation.overdue(ctx.deps, args),
      holdQueue: (_, args, ctx) => circulation.holdQueue(ctx.deps, args),
      fines: (_, args, ctx) => circulation.fines(ctx.deps, args, args.patronId ?? null, 'fines'),
    },
    // Every mutation that moves a copy or changes a work invalidates the work's cached row after it commits.
    Mutation: {
      createAuthor: (_, { input }, ctx) => catalogue.createAuthor(ctx.deps, input),
      createWork: (_, { input }, ctx) => catalogue.createWork(ctx.deps, input),
      addEdition: async (_, { input }, ctx) => changed(ctx, await catalogue.addEdition(ctx.deps, input), (p) => p.edition?.workId),
      addCopy: async (_, { input }, ctx) => changed(ctx, await catalogue.addCopy(ctx.deps, input), (p) => p.copy?.workId),
      checkOut: async (_, args, ctx) => changed(ctx, await circulation.checkOut(ctx.deps, args), (p) => p.loan?.workId),
      renewLoan: async (_, { loanId }, ctx) => changed(ctx, await circulation.renew(ctx.deps, loanId), (p) => p.loan?.workId),
      checkIn: async (_, args, ctx) => changed(ctx, await circulation.checkIn(ctx.deps, args), (p) => p.loan?.workId),
      placeHold: async (_, { workId }, ctx) => changed(ctx, await circulation.placeHold(ctx.deps, workId), (p) => p.hold?.workId),
      cancelHold: async (_, { holdId }, ctx) => changed(ctx, await circulation.cancelHold(ctx.deps, holdId), (p) => p.hold?.workId),
      payFine: (_, { fineId }, ctx) => circulation.payFine(ctx.deps, fineId),
      waiveFine: (_, { fineId }, ctx) => circulation.waiveFine(ctx.deps, fineId),
    },
    User: {
      __resolveReference: (ref) => ({ id: ref.id }),
      loans: (user, args, ctx) =>
        maySeePatron(ctx.viewer, user.id) ? ctx.loaders.loansOfPatron[args.status ?? 'ACTIVE'].load(user.id, args, sort) : null,
    },
    Author: {
      __resolveReference: (ref, ctx) => ctx.loaders.authorById.load(ref.id),
    },
    Work: {
      __resolveReference: (ref, ctx) => ctx.loaders.workById.load(ref.id),
      authors: async (work, _, ctx) =>
        (await ctx.loaders.authorById.loadMany(work.authorIds)).filter((a): a is AuthorRow => a != null && !(a instanceof Error)),
      editions: (work, args, ctx) => ctx.loaders.editionsOfWork.load(work.id, args, { isbn13: 'asc', id: 'asc' }),
      copies: (work, args, ctx) => ctx.loaders.copiesOfWork.load(work.id, args, { barcode: 'asc', id: 'asc' }),
      availableCopies: (work) => Math.max(0, work.availableCopies),
    },
    Edition: {
      __resolveReference: (ref, ctx) => ctx.loaders.editionById.load(ref.id),
      work: (edition, _, ctx) => ctx.loaders.workById.load(edition.workId),
    },
    Copy: {
      __resolveReference: (ref, ctx) => ctx.loaders.copyById.load(ref.id),
      work: (copy, _, ctx) => ctx.loaders.workById.load(copy.workId),
      edition: (copy, _, ctx) => (copy.editionId ? ctx.loaders.editionById.load(copy.editionId) : null),
    },
    Loan: {
      __resolveReference: async (ref, ctx) => visible<LoanRow>(await ctx.loaders.loanById.load(ref.id), ctx),
      copy: (loan, _, ctx) => ctx.loaders.copyById.load(loan.copyId),
      work: (loan, _, ctx) => ctx.loaders.workById.load(loan.workId),
      patron: (loan) => ({ id: loan.patronId }),
      checkedOutAt: (loan) => loan.loanedAt,
      overdue: (loan, _, ctx) => !loan.returnedAt && loan.dueAt.getTime() < ctx.deps.clock.now().getTime(),
      fine: (loan, _, ctx) => loanFine(ctx.deps, loan),
    },
    Hold: {
      __resolveReference: async (ref, ctx) => visible<HoldRow>(await ctx.loaders.holdById.load(ref.id), ctx),
      work: (hold, _, ctx) => ctx.loaders.workById.load(hold.workId),
      patron: (hold) => ({ id: hold.patronId }),
      copy: (hold, _, ctx) => (hold.copyId && hold.status === 'READY' ? ctx.loaders.copyById.load(hold.copyId) : null),
      position: async (hold, _, ctx) => {
        if (hold.status !== 'WAITING') return null;
        const queue = await ctx.loaders.waitingHoldsOfWork.load(hold.workId);
        const index = queue.findIndex((h) => h.id === hold.id);
        return index < 0 ? null : index + 1;
      },
    },
    Fine: {
      __resolveReference: async (ref, ctx) => visible<FineRow>(await ctx.loaders.fineById.load(ref.id), ctx),
      loan: (fine, _, ctx) => ctx.loaders.loanById.load(fine.loanId),
      patron: (fine) => ({ id: fine.patronId }),
      amount: (fine) => ({ amount: fine.amount, currency: fine.currency }),
    },
  };
}
