import { DateTimeScalar, requireViewer } from '../../../kit';
import { NOTIFICATION_KINDS, type NotificationKind } from './entities';
import type { NotificationEmailStatus, Resolvers } from './generated/resolvers';
import { inboxTopic } from './inbox';
import type { NotificationService, NotificationView } from './service';

const KINDS = new Set<string>(NOTIFICATION_KINDS);

export function createResolvers(service: NotificationService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      notifications: (_, args, ctx) => service.list(ctx.em, requireViewer(ctx.viewer).userId, args),
      unreadNotificationCount: (_, __, ctx) => service.unreadCount(ctx.em, requireViewer(ctx.viewer).userId),
      notificationPreferences: (_, __, ctx) => service.preferences(ctx.em, requireViewer(ctx.viewer).userId),
    },
    Mutation: {
      markNotificationRead: async (_, { id }, ctx) => ({
        ...(await service.markRead(ctx.em, requireViewer(ctx.viewer).userId, id)),
        errors: [],
      }),
      markAllNotificationsRead: async (_, __, ctx) => ({
        ...(await service.markAllRead(ctx.em, requireViewer(ctx.viewer).userId)),
        errors: [],
      }),
      setNotificationPreference: async (_, { kind, channel, enabled }, ctx) => ({
        preference: await service.setPreference(ctx.em, requireViewer(ctx.viewer).userId, kind, channel, enabled),
        errors: [],
      }),
    },
    Subscription: {
      notificationAdded: {
        // The topic is the viewer's own: nobody can subscribe to someone else's inbox.
        subscribe: (_, __, ctx) => ctx.pubsub.subscribe<NotificationView>(inboxTopic(requireViewer(ctx.viewer).userId)),
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
