import { createHash } from 'node:crypto';
import DataLoader from 'dataloader';
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
    return createHash('sha256')
      .update(`${entity}|${ordering.join(',')}${named}`)
      .digest('base64url')
      .slice(0, 8);
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
 * Checks a {@link paginate} call's `first` and `after` (of `entity` in `orderBy`, list `options.list`)
 * without touching the database, throwing what `paginate` would: BAD_USER_INPUT on `first` or
 * `after`. For lists that need a role: bad input is refused as bad input, before the role check.
 */
export function checkPage<T extends object>(
  entity: EntityName<T>,
  args: PageArgs,
  orderBy: QueryOrderMap<T>,
  options: PageOptions = {},
): void {
  checkPageArgs(args);
  if (args.after != null) {
    cursorCodec.decode(args.after, cursorCodec.tag(Utils.className(entity), orderBy, options.list), Object.keys(orderBy).length);
  }
}

/**
 * Checks a {@link paginateInMemory} call's `first` and `after` (of list `list`) before the list is
 * built, throwing what it would: BAD_USER_INPUT on `first` or `after`. Returns the page size and the
 * position the page starts at.
 */
export function checkPageInMemory(args: PageArgs, list: string): { first: number; start: number } {
  const { first } = checkPageArgs(args);
  const start = args.after == null ? 0 : Number(cursorCodec.decode(args.after, cursorCodec.tag(list, { position: 'asc' }), 1)[0]) + 1;
  if (!Number.isInteger(start) || start < 0) throw badInput('after is not a cursor this API returned.', 'after');
  return { first, start };
}

/**
 * One page of a short list already in memory (at most a few hundred items, e.g. built-in values plus a
 * user's own), as a Relay connection; cursors are positions tagged with `list`.
 */
export function paginateInMemory<T>(items: readonly T[], args: PageArgs, list: string): Connection<T> {
  const { first, start } = checkPageInMemory(args, list);
  const tag = cursorCodec.tag(list, { position: 'asc' });
  const edges = items.slice(start, start + first).map((node, i) => ({ cursor: cursorCodec.encode(tag, [start + i]), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: start + first < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: items.length,
  };
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

/** Pages of one list per parent, batched: see {@link connectionLoader}. */
export interface ConnectionLoader<T> {
  /** The page of `parentId`'s rows, in `orderBy` (a total order, e.g. from {@link totalOrder}). */
  load(parentId: string, args: PageArgs, orderBy: QueryOrderMap<T>): Promise<Connection<T>>;
}

/**
 * A per-request loader of one connection per parent (`Company.contacts`, `Contact.leads`): every
 * `load` in one tick with the same `first`, `after` and ordering becomes one call of
 * {@link paginateByParent}, i.e. two statements for any number of parents, instead of two per parent.
 * `parentKey` is the property of `entity` naming the parent; `where` narrows every page alike. Reads
 * go through the entity manager's filters, so tenant-owned rows stay in the request's tenant.
 * Cursors are tagged with `options.list` like {@link paginate}'s.
 */
export function connectionLoader<T extends object>(
  em: Em,
  entity: EntityName<T>,
  parentKey: string & keyof T,
  options: PageOptions & { where?: FilterQuery<T> } = {},
): ConnectionLoader<T> {
  const batches = new Map<string, DataLoader<string, Connection<T>>>();
  return {
    load(parentId, args, orderBy) {
      checkPageArgs(args);
      const key = JSON.stringify([args.first ?? null, args.after ?? null, orderBy]);
      let loader = batches.get(key);
      if (!loader) {
        loader = new DataLoader<string, Connection<T>>(
          (parentIds) =>
            paginateByParent(em, entity, parentKey, parentIds, options.where ?? ({} as FilterQuery<T>), args, orderBy, options),
          { maxBatchSize: 500 },
        );
        batches.set(key, loader);
      }
      return loader.load(parentId);
    },
  };
}

/**
 * One page per parent in `parentIds` (in that order) of the `entity` rows whose `parentKey` is that
 * parent and that match `where`, as Relay connections, in two statements whatever the number of
 * parents: the pages (`row_number() over (partition by parent order by …)`, keeping `first + 1` rows
 * per parent) and the counts (`group by parent`). Both are built by MikroORM's query builder with the
 * entity manager's filters applied, so a tenant-owned entity is read only in the request's tenant
 * (FORBIDDEN without one). `after` applies to every parent; its cursor must be of the same entity,
 * ordering and list. The ordering's columns must not be null (keyset comparison).
 */
export async function paginateByParent<T extends object>(
  em: Em,
  entity: EntityName<T>,
  parentKey: string & keyof T,
  parentIds: readonly string[],
  where: FilterQuery<T>,
  args: PageArgs,
  orderBy: QueryOrderMap<T>,
  options: PageOptions = {},
): Promise<Connection<T>[]> {
  const { first } = checkPageArgs(args);
  const className = Utils.className(entity);
  const tag = cursorCodec.tag(className, orderBy, options.list);
  const order = Object.entries(orderBy).map(([property, direction]) => ({
    property,
    descending: String(direction).toLowerCase().startsWith('desc'),
  }));
  const meta = em.getMetadata().get<T>(className);
  const column = (property: string): string => {
    const name = (meta.properties as Record<string, { fieldNames?: string[] } | undefined>)[property]?.fieldNames?.[0];
    if (!name) throw new Error(`paginateByParent: ${className} has no column for ${property}`);
    return name;
  };
  const conditions: object[] = [where as object, { [parentKey]: { $in: [...new Set(parentIds)] } }];
  if (args.after != null) {
    // Revived as MikroORM's own cursors are (date-like strings become Dates), then compared row-wise.
    const keys = Cursor.decode(Cursor.encode(cursorCodec.decode(args.after, tag, order.length))) as unknown[];
    if (keys.some((k) => k === null)) throw badInput('after is not a cursor this API returned.', 'after');
    conditions.push({
      $or: order.map((o, i) => ({
        ...Object.fromEntries(order.slice(0, i).map((p, j) => [p.property, keys[j]])),
        [o.property]: { [o.descending ? '$lt' : '$gt']: keys[i] },
      })),
    });
  }
  const knex = em.getKnex();
  const parentColumn = column(parentKey);

  const pageQb = em.createQueryBuilder(entity, 'e').where({ $and: conditions } as FilterQuery<T>);
  await pageQb.applyFilters();
  const windowOrder = order.map((o) => `?? ${o.descending ? 'desc' : 'asc'}`).join(', ');
  const inner = pageQb
    .getKnexQuery()
    .select(
      knex.raw(`row_number() over (partition by ?? order by ${windowOrder}) as hg_rn`, [
        `e.${parentColumn}`,
        ...order.map((o) => `e.${column(o.property)}`),
      ]),
    );
  const pageRows = await em.execute<Record<string, unknown>[]>(
    knex
      .select('*')
      .from(inner.as('hg_page'))
      .where('hg_rn', '<=', first + 1)
      .orderBy([{ column: parentColumn }, { column: 'hg_rn' }]),
  );

  // Counted without `after`: totalCount is the parent's whole list, as paginate's is.
  const countQb = em.createQueryBuilder(entity, 'e').where({ $and: conditions.slice(0, 2) } as FilterQuery<T>);
  await countQb.applyFilters();
  const countRows = await em.execute<Record<string, unknown>[]>(
    countQb
      .getKnexQuery()
      .clearSelect()
      .select(knex.raw('?? as hg_parent', [`e.${parentColumn}`]))
      .count({ hg_n: '*' })
      .groupBy(`e.${parentColumn}`),
  );
  const counts = new Map(countRows.map((r) => [String(r.hg_parent), Number(r.hg_n)]));

  const rowsByParent = new Map<string, T[]>();
  for (const raw of pageRows) {
    const { hg_rn: _rank, ...row } = raw;
    const parent = String(row[parentColumn]);
    const node = em.map(entity, row as never) as T;
    const list = rowsByParent.get(parent);
    if (list) list.push(node);
    else rowsByParent.set(parent, [node]);
  }
  const cursorOf = (node: T) =>
    cursorCodec.encode(
      tag,
      order.map((o) => (node as Record<string, unknown>)[o.property]),
    );
  return parentIds.map((parentId) => {
    const rows = rowsByParent.get(parentId) ?? [];
    const items = rows.slice(0, first);
    const edges = items.map((node) => ({ cursor: cursorOf(node), node }));
    return {
      edges,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: args.after != null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      totalCount: counts.get(parentId) ?? 0,
    };
  });
}

/**
 * One page of a list read by offset, for orderings a keyset cursor cannot follow (search by
 * relevance, a computed score): the cursor is the row's position, tagged with `list` so a cursor of
 * another list is refused (BAD_USER_INPUT on `after`). `fetch(offset, limit)` returns up to `limit`
 * rows from `offset` and the total; it is called once with `limit = first + 1`, so the statements per
 * page do not grow with its size. Offsets can skip or repeat a row when the list changes between
 * pages; use {@link paginate} where the order allows it.
 */
export async function paginateByOffset<T>(
  args: PageArgs,
  list: string,
  fetch: (offset: number, limit: number) => Promise<{ items: T[]; totalCount: number }>,
): Promise<Connection<T>> {
  const { first } = checkPageArgs(args);
  const start = offsetOf(args.after, list);
  const { items, totalCount } = await fetch(start, first + 1);
  const tag = cursorCodec.tag(list, { offset: 'asc' });
  const edges = items.slice(0, first).map((node, i) => ({ cursor: cursorCodec.encode(tag, [start + i]), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: items.length > first,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount,
  };
}

/** The offset after the row `after` names (0 without it), checked as {@link paginateByOffset} does; call it before any read. */
export function offsetOf(after: string | null | undefined, list: string): number {
  if (after == null) return 0;
  const tag = cursorCodec.tag(list, { offset: 'asc' });
  const position = cursorCodec.decode(after, tag, 1)[0];
  if (typeof position !== 'number' || !Number.isInteger(position) || position < 0 || position > 1_000_000) {
    throw badInput('after is not a cursor this API returned.', 'after');
  }
  return position + 1;
}
