import { Cursor, type FilterQuery, type EntityName, type QueryOrderMap } from '@mikro-orm/core';
import type { Em } from './orm';
import { badInput } from './errors';

/** The Relay `PageInfo` every connection returns. */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** A Relay connection: `edges { cursor node }`, `pageInfo`, `totalCount`. */
export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  totalCount: number;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Checks `first` (1..100) and `after`, throwing BAD_USER_INPUT with the field's name when off. */
export function checkPageArgs(args: PageArgs): { first: number; after?: string } {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  if (args.after != null) {
    try {
      const decoded = Cursor.decode(args.after);
      if (!Array.isArray(decoded) || decoded.length === 0) throw new Error('empty');
    } catch {
      throw badInput('after is not a cursor this list returned.', 'after');
    }
  }
  return { first, after: args.after ?? undefined };
}

/**
 * One page of `entity` rows matching `where`, ordered by `orderBy` (which must end in a unique key so
 * the order is total), as a Relay connection. Two statements per call whatever the page size: the
 * page and its count.
 */
export async function paginate<T extends object>(
  em: Em,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: PageArgs,
  orderBy: QueryOrderMap<T>,
): Promise<Connection<T>> {
  const { first, after } = checkPageArgs(args);
  let cursor;
  try {
    cursor = await em.findByCursor(entity, where, { first, after, orderBy: orderBy as never, includeCount: true });
  } catch (error) {
    if (after && error instanceof Error && /cursor/i.test(error.message)) {
      throw badInput('after does not belong to this list and ordering.', 'after');
    }
    throw error;
  }
  const items = cursor.items as T[];
  return {
    edges: items.map((node) => ({ cursor: cursor.from(node as never), node })),
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
    totalCount: cursor.totalCount ?? items.length,
  };
}
