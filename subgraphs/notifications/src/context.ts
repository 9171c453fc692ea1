import type { Em, SubgraphContext } from '../../../kit';

/**
 * The per-request loaders of notifications. Its resolvers read one user's inbox with one statement
 * per field and never resolve references by id, so there is nothing to batch yet.
 */
export type NotificationsLoaders = Record<string, never>;

export function createLoaders(_em: Em): NotificationsLoaders {
  return {};
}

export type NotificationsContext = SubgraphContext<NotificationsLoaders>;

/** A User as notifications knows it: its key only. */
export interface UserRef {
  id: string;
}
