import DataLoader from 'dataloader';
import {
  cachedEntityLoader,
  connectionLoader,
  entityCacheKey,
  entityCacheOf,
  entityLoader,
  type ConnectionLoader,
  type Em,
  type ServiceDeps,
  type SubgraphContext,
} from '../../../kit';
import type { LibraryConfig } from './config';
import {
  Author,
  Copy,
  Edition,
  Fine,
  Hold,
  Loan,
  Work,
  type AuthorRow,
  type CopyRow,
  type EditionRow,
  type FineRow,
  type HoldRow,
  type LoanRow,
  type WorkRow,
} from './entities';

/** What every library service method receives first: the kit's per-request `ctx.deps`. */
export type LibraryDeps = ServiceDeps<LibraryConfig, LibraryLoaders>;

export interface LibraryLoaders {
  authorById: DataLoader<string, AuthorRow | null>;
  workById: DataLoader<string, WorkRow | null>;
  editionById: DataLoader<string, EditionRow | null>;
  copyById: DataLoader<string, CopyRow | null>;
  loanById: DataLoader<string, LoanRow | null>;
  holdById: DataLoader<string, HoldRow | null>;
  fineById: DataLoader<string, FineRow | null>;
  editionsOfWork: ConnectionLoader<EditionRow>;
  copiesOfWork: ConnectionLoader<CopyRow>;
  /** Open and returned loans of each patron (`User.loans`), one pair of statements for many users. */
  loansOfPatron: Record<'ACTIVE' | 'RETURNED' | 'ALL', ConnectionLoader<LoanRow>>;
  /** The WAITING holds of each work in serving order (for `Hold.position`). */
  waitingHoldsOfWork: DataLoader<string, HoldRow[]>;
}

export function createLoaders(em: Em): LibraryLoaders {
  const cache = entityCacheOf(em);
  return {
    authorById: entityLoader(em, Author),
    // Works are public and read by every catalogue page: through the entity cache when it is on.
    workById: cache ? cachedEntityLoader(em, Work, cache) : entityLoader(em, Work),
    editionById: entityLoader(em, Edition),
    copyById: entityLoader(em, Copy),
    loanById: entityLoader(em, Loan),
    holdById: entityLoader(em, Hold),
    fineById: entityLoader(em, Fine),
    editionsOfWork: connectionLoader(em, Edition, 'workId', { list: 'Work.editions' }),
    copiesOfWork: connectionLoader(em, Copy, 'workId', { list: 'Work.copies' }),
    loansOfPatron: {
      ACTIVE: connectionLoader(em, Loan, 'patronId', { list: 'User.loans', where: { returnedAt: null } }),
      RETURNED: connectionLoader(em, Loan, 'patronId', { list: 'User.loans', where: { returnedAt: { $ne: null } } }),
      ALL: connectionLoader(em, Loan, 'patronId', { list: 'User.loans' }),
    },
    waitingHoldsOfWork: new DataLoader<string, HoldRow[]>(async (workIds) => {
      const rows = await em.find(
        Hold,
        { workId: { $in: [...workIds] }, status: 'WAITING' },
        { orderBy: { placedAt: 'asc', createdAt: 'asc', id: 'asc' } },
      );
      return workIds.map((id) => rows.filter((h) => h.workId === id));
    }),
  };
}

/**
 * Drops the cached rows of works a committed write changed (their copies, editions, holds), on every
 * replica; the TTL bounds what a missed call would leave.
 */
export async function invalidateWorks(em: Em, workIds: (string | null | undefined)[]): Promise<void> {
  const cache = entityCacheOf(em);
  const ids = [...new Set(workIds.filter((id): id is string => !!id))];
  if (cache && ids.length) await cache.invalidate(...ids.map((id) => entityCacheKey('Work', id)));
}

/** What the library's resolvers receive (the codegen `contextType`). */
export type LibraryContext = SubgraphContext<LibraryLoaders, LibraryConfig>;

/** A User as the library knows it: its key only. */
export interface UserRef {
  id: string;
}

/** A money value as the schema's `LibraryMoney`. */
export interface MoneyData {
  amount: number;
  currency: string;
}

/** The facet counts of one search (`WorkFacets`). */
export interface WorkFacetsData {
  subjects: { value: string; count: number }[];
  decades: { value: string; count: number }[];
  languages: { value: string; count: number }[];
}
