import type { Em, ServiceDeps, SubgraphContext } from '../../../kit';
import type { NotificationsConfig } from './config';

/**
 * The per-request loaders of notifications. Its resolvers read one user's inbox with one statement
 * per field and never resolve references by id, so there is nothing to batch yet.
 */
export type NotificationsLoaders = Record<string, never>;

export function createLoaders(_em: Em): NotificationsLoaders {
  return {};
}

/** What every notifications service method receives first: the kit's per-request `ctx.deps`. */
export type NotificationsDeps = ServiceDeps<NotificationsConfig, NotificationsLoaders>;

export type NotificationsContext = SubgraphContext<NotificationsLoaders, NotificationsConfig>;

/** A User as notifications knows it: its key only. */
export interface UserRef {
  id: string;
}
