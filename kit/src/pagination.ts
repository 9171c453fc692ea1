import { createHash } from 'node:crypto';
import { Cursor, Utils, type FilterQuery, type EntityName, type QueryOrderMap } from '@mikro-orm/core';
import type { Em } from './orm';
import { badInput } from './errors';
import { textProblem } from './input';
import { parseDateTime } from './scalars';

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

/** A sort direction as GraphQL enums spell it (`OrderDirection`) or as MikroORM does. */
export type SortDirection = 'ASC' | 'DESC' | 'asc' | 'desc';

/**
 * A total order for {@link paginate}: `column`, then the primary key `id` in the same direction, so rows
 * with equal values still have one place and pages never skip or repeat them.
 */
export function totalOrder<T>(column: string, direction: SortDirection): QueryOrderMap<T> {
  const dir = direction.toLowerCase() === 'asc' ? 'asc' : 'desc';
  return (column === 'id' ? { id: dir } : { [column]: dir, id: dir }) as QueryOrderMap<T>;
}

/** How a connection's cursors are tagged, beyond the entity and the ordering. */
export interface PageOptions {
  /**
   * The list the cursors belong to, when one entity is listed in several places (`contacts` and
   * `Company.contacts`): a cursor of one list is then refused by the other (BAD_USER_INPUT on `after`),
   * even in the same ordering. Without it, lists of one entity in one ordering share cursors.
   */
  list?: string;
}

/**
 * The opaque cursors of every connection: base64url of `[tag, ...keys]`, where `keys` are the values of
 * the ordering's columns for one row (what `em.findByCursor` pages by) and `tag` names the entity, the
 * ordering and, when given, the list ({@link PageOptions.list}). A cursor is only ever read back by the
 * same entity, ordering and list: one from another ordering would compare the wrong columns and
 * silently return a wrong page, one from another list a page of a list the client did not ask about;
 * both are refused.
 */
export const cursorCodec = {
  /** The tag of `entity` listed in `orderBy` (in `list`, if named): short, and the same in every process. */
  tag(entity: string, orderBy: object, list?: string): string {
    const ordering = Object.entries(orderBy).map(([column, direction]) => `${column}:${String(direction).toLowerCase()}`);
    const named = list ? `|${list}` : '';
    return createHash('sha256').update(`${entity}|${ordering.join(',')}${named}`).digest('base64url').slice(0, 8);
  },

  encode(tag: string, keys: unknown[]): string {
    return Buffer.from(JSON.stringify([tag, ...keys])).toString('base64url');
  },

  /**
   * The key values in `cursor`, checked: it must be ours, of `tag`, with `keyCount` plain values. Any
   * other cursor is BAD_USER_INPUT naming `after`. The values reach SQL, so their text is checked as
   * every other input is, and a date-like string must be a real instant.
   */
  decode(cursor: string, tag: string, keyCount: number): unknown[] {
    let decoded: unknown;
    try {
      decoded = cursor.length <= MAX_CURSOR_LENGTH ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined;
    } catch {
      decoded = undefined;
    }
    if (!Array.isArray(decoded) || typeof decoded[0] !== 'string' || decoded.length < 2) {
      throw badInput('after is not a cursor this API returned.', 'after');
    }
    if (decoded[0] !== tag || decoded.length !== keyCount + 1) {
      throw badInput('after is a cursor of another list or ordering; start again without after.', 'after');
    }
    const keys = decoded.slice(1);
    for (const key of keys) {
      const plain = key === null || typeof key === 'boolean' || (typeof key === 'number' && Number.isFinite(key));
      if (plain) continue;
      if (typeof key !== 'string' || textProblem(key) || (DATE_LIKE.test(key) && !isInstant(key))) {
        throw badInput('after is not a cursor this API returned.', 'after');
      }
    }
    return keys;
  },
};

/** Longer than any cursor of ours (a few ids, dates and 200-character sort keys). */
const MAX_CURSOR_LENGTH = 4096;
/** What MikroORM's Cursor.decode turns back into a Date. */
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}/;

function isInstant(text: string): boolean {
  try {
    parseDateTime(text);
    return true;
  } catch {
    return false;
  }
}

/** Checks `first` (1..100), throwing BAD_USER_INPUT on field `first` when off. */
export function checkPageArgs(args: PageArgs): { first: number } {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  return { first };
}

/**
 * One page of `entity` rows matching `where`, ordered by `orderBy` (which must end in a unique key so
 * the order is total), as a Relay connection. Two statements per call whatever the page size: the
 * page and its count. Cursors go through {@link cursorCodec}, so `after` must come from the same
 * entity, ordering and list (`options.list`).
 */
export async function paginate<T extends object>(
  em: Em,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  args: PageArgs,
  orderBy: QueryOrderMap<T>,
  options: PageOptions = {},
): Promise<Connection<T>> {
  const { first } = checkPageArgs(args);
  const tag = cursorCodec.tag(Utils.className(entity), orderBy, options.list);
  const after = args.after == null ? undefined : Cursor.encode(cursorCodec.decode(args.after, tag, Object.keys(orderBy).length));
  const cursor = await em.findByCursor(entity, where, { first, after, orderBy: orderBy as never, includeCount: true });
  const items = cursor.items as T[];
  const ours = (mikroCursor: string | null) => (mikroCursor === null ? null : cursorCodec.encode(tag, Cursor.decode(mikroCursor)));
  return {
    edges: items.map((node) => ({ cursor: ours(cursor.from(node as never))!, node })),
    pageInfo: {
      hasNextPage: cursor.hasNextPage,
      hasPreviousPage: cursor.hasPrevPage,
      startCursor: ours(cursor.startCursor),
      endCursor: ours(cursor.endCursor),
    },
    totalCount: cursor.totalCount ?? items.length,
  };
}
