import DataLoader from 'dataloader';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { Em } from './orm';

/**
 * A per-request loader of `entity` rows by a unique column (the primary key `id` by default): every
 * `load` in one tick becomes one `where key in (...)` statement; a missing row loads as `null`.
 */
export function entityLoader<T extends object, K extends string = 'id'>(
  em: Em,
  entity: EntityName<T>,
  key: K = 'id' as K,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(
    async (ids) => {
      const rows = await em.find(entity, { [key]: { $in: [...ids] } } as FilterQuery<T>);
      const byKey = new Map<string, T>();
      for (const row of rows) byKey.set(String((row as Record<string, unknown>)[key]), row);
      return ids.map((id) => byKey.get(id) ?? null);
    },
    { maxBatchSize: 500 },
  );
}

/**
 * A per-request loader of the rows that share a foreign key (all tasks of each of many owners...):
 * one statement per tick, grouped in memory.
 */
export function groupLoader<T extends object>(
  em: Em,
  entity: EntityName<T>,
  key: string,
  extraWhere: FilterQuery<T> = {} as FilterQuery<T>,
): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(
    async (ids) => {
      const rows = await em.find(entity, { ...(extraWhere as object), [key]: { $in: [...ids] } } as FilterQuery<T>);
      const groups = new Map<string, T[]>();
      for (const row of rows) {
        const k = String((row as Record<string, unknown>)[key]);
        const list = groups.get(k);
        if (list) list.push(row);
        else groups.set(k, [row]);
      }
      return ids.map((id) => groups.get(id) ?? []);
    },
    { maxBatchSize: 500 },
  );
}

/**
 * The `__resolveReference` of an entity, always through the request's loader so that N references in
 * one query plan step cost one statement.
 */
export function referenceResolver<C, T>(pick: (context: C) => DataLoader<string, T | null>) {
  return (reference: { id: string }, context: C): Promise<T | null> => pick(context).load(reference.id);
}
