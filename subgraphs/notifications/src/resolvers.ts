import { DateTimeScalar } from '../../../kit';
import { NOTIFICATION_KINDS, type NotificationKind } from './entities';
import type { NotificationEmailStatus, Resolvers } from './generated/resolvers';
import type { NotificationService, NotificationView } from './service';

const KINDS = new Set<string>(NOTIFICATION_KINDS);

/** notifications' resolvers: one line each onto {@link NotificationService} with `ctx.deps`. */
export function createResolvers(service: NotificationService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      notifications: (_, args, ctx) => service.list(ctx.deps, args),
      unreadNotificationCount: (_, __, ctx) => service.unreadCount(ctx.deps),
      notificationPreferences: (_, __, ctx) => service.preferences(ctx.deps),
    },
    Mutation: {
      markNotificationRead: (_, { id }, ctx) => service.markRead(ctx.deps, id),
      markAllNotificationsRead: (_, __, ctx) => service.markAllRead(ctx.deps),
      setNotificationPreference: (_, { kind, channel, enabled }, ctx) => service.setPreference(ctx.deps, kind, channel, enabled),
    },
    Subscription: {
      notificationAdded: {
        subscribe: (_, __, ctx) => service.watch(ctx.deps),
        resolve: (payload: NotificationView) => payload,
      },
    },
    Notification: {
      // Rows written by a newer version may carry a kind this one does not know.
      kind: (n) => (KINDS.has(n.kind) ? (n.kind as NotificationKind) : 'OTHER'),
      actor: (n) => (n.actorId ? { id: n.actorId } : null),
      read: (n) => n.readAt != null,
      // SENDING is an internal claim; to the reader the mail is still on its way.
      emailStatus: (n) => (n.emailStatus === 'SENDING' ? 'PENDING' : (n.emailStatus as NotificationEmailStatus | null)),
    },
  };
}
