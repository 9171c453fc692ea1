import { notFound, ok, paginate, requireViewer, type Connection, type Ok, type PageArgs } from '../../../kit';
import type { NotificationsDeps } from './context';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Notification,
  NotificationPreference,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KINDS,
  type NotificationChannel,
  type NotificationKind,
  type NotificationRow,
} from './entities';

/**
 * A notification as resolvers and the live inbox see it: plain fields only, so the same shape comes
 * from the database and, as JSON, from pub/sub (where dates arrive as ISO strings).
 */
export interface NotificationView {
  id: string;
  recipientId: string;
  kind: string;
  eventType: string;
  title: string;
  body: string;
  actorId?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  readAt?: Date | string | null;
  createdAt: Date | string;
  emailStatus?: string | null;
}

/** The plain view of a row (for pub/sub, which must not carry ORM entities). */
export function toView(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    recipientId: row.recipientId,
    kind: row.kind,
    eventType: row.eventType,
    title: row.title,
    body: row.body,
    actorId: row.actorId ?? null,
    subjectType: row.subjectType ?? null,
    subjectId: row.subjectId ?? null,
    readAt: row.readAt ?? null,
    createdAt: row.createdAt,
    emailStatus: row.emailStatus ?? null,
  };
}

/** The topic of one user's live inbox. */
export const inboxTopic = (userId: string) => `notifications:user:${userId}`;

/** The defaults without a saved choice: the inbox is on, e-mail is off. */
export function defaultEnabled(channel: NotificationChannel): boolean {
  return channel === 'IN_APP';
}

export interface PreferenceView {
  kind: NotificationKind;
  channel: NotificationChannel;
  enabled: boolean;
  customized: boolean;
}

/**
 * The inbox rules: a user sees and changes only their own notifications (someone else's is
 * NOT_FOUND, never FORBIDDEN, so ids reveal nothing), and rows kept only for an e-mail copy
 * (`inApp = false`) are not part of the inbox. No GraphQL in here.
 */
export class NotificationService {
  private inbox(userId: string, unreadOnly = false): FilterQuery<NotificationRow> {
    return unreadOnly ? { recipientId: userId, inApp: true, readAt: null } : { recipientId: userId, inApp: true };
  }

  /** One page of the viewer's inbox, newest first. */
  list(deps: NotificationsDeps, args: PageArgs & { unreadOnly?: boolean | null }): Promise<Connection<NotificationRow>> {
    const { userId } = requireViewer(deps.viewer);
    return paginate(deps.em, Notification, this.inbox(userId, args.unreadOnly ?? false), args, { createdAt: 'desc', id: 'desc' });
  }

  unreadCount(deps: NotificationsDeps): Promise<number> {
    const { userId } = requireViewer(deps.viewer);
    return deps.em.count(Notification, this.inbox(userId, true));
  }

  /** Marks one of the viewer's notifications read; the first read time is kept when it is marked again. */
  async markRead(deps: NotificationsDeps, id: string): Promise<Ok<{ notification: NotificationRow; unreadCount: number }>> {
    const { userId } = requireViewer(deps.viewer);
    const notification = await deps.em.findOne(Notification, { ...(this.inbox(userId) as object), id });
    if (!notification) throw notFound('Notification', id);
    if (!notification.readAt) {
      notification.readAt = deps.clock.now();
      await deps.em.flush();
    }
    return ok({ notification, unreadCount: await this.unreadCount(deps) });
  }

  /** Marks every unread notification of the viewer read in one statement; returns how many. */
  async markAllRead(deps: NotificationsDeps): Promise<Ok<{ markedCount: number; unreadCount: number }>> {
    const { userId } = requireViewer(deps.viewer);
    const now = deps.clock.now();
    const markedCount = await deps.em.nativeUpdate(Notification, this.inbox(userId, true), { readAt: now, updatedAt: now });
    return ok({ markedCount, unreadCount: await this.unreadCount(deps) });
  }

  /** Every kind × channel for the viewer: saved choices, defaults for the rest. */
  async preferences(deps: NotificationsDeps): Promise<PreferenceView[]> {
    const { userId } = requireViewer(deps.viewer);
    const saved = await deps.em.find(NotificationPreference, { userId });
    const choice = new Map(saved.map((p) => [`${p.kind}|${p.channel}`, p.enabled]));
    return NOTIFICATION_KINDS.flatMap((kind) =>
      NOTIFICATION_CHANNELS.map((channel) => {
        const enabled = choice.get(`${kind}|${channel}`);
        return { kind, channel, enabled: enabled ?? defaultEnabled(channel), customized: enabled !== undefined };
      }),
    );
  }

  /** Saves one choice of the viewer (an upsert, so concurrent calls cannot collide). */
  async setPreference(
    deps: NotificationsDeps,
    kind: NotificationKind,
    channel: NotificationChannel,
    enabled: boolean,
  ): Promise<Ok<{ preference: PreferenceView }>> {
    const { userId } = requireViewer(deps.viewer);
    await deps.em.upsert(NotificationPreference, { userId, kind, channel, enabled, updatedAt: deps.clock.now() });
    return ok({ preference: { kind, channel, enabled, customized: true } });
  }

  /** The viewer's live inbox: the topic is the viewer's own, so nobody can subscribe to someone else's. */
  watch(deps: NotificationsDeps): AsyncIterableIterator<NotificationView> {
    return deps.pubsub.subscribe<NotificationView>(inboxTopic(requireViewer(deps.viewer).userId));
  }
}
