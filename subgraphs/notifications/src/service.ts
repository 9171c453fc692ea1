import { notFound, paginate, type Connection, type Em, type PageArgs } from '../../../kit';
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

  /** One page of a user's inbox, newest first. */
  list(em: Em, userId: string, args: PageArgs & { unreadOnly?: boolean | null }): Promise<Connection<NotificationRow>> {
    return paginate(em, Notification, this.inbox(userId, args.unreadOnly ?? false), args, { createdAt: 'desc', id: 'desc' });
  }

  unreadCount(em: Em, userId: string): Promise<number> {
    return em.count(Notification, this.inbox(userId, true));
  }

  /** Marks one notification read; the first read time is kept when it is marked again. */
  async markRead(em: Em, userId: string, id: string): Promise<{ notification: NotificationRow; unreadCount: number }> {
    const notification = await em.findOne(Notification, { ...(this.inbox(userId) as object), id });
    if (!notification) throw notFound('Notification', id);
    if (!notification.readAt) {
      notification.readAt = new Date();
      await em.flush();
    }
    return { notification, unreadCount: await this.unreadCount(em, userId) };
  }

  /** Marks every unread notification of the user read in one statement; returns how many. */
  async markAllRead(em: Em, userId: string): Promise<{ markedCount: number; unreadCount: number }> {
    const now = new Date();
    const markedCount = await em.nativeUpdate(Notification, this.inbox(userId, true), { readAt: now, updatedAt: now });
    return { markedCount, unreadCount: await this.unreadCount(em, userId) };
  }

  /** Every kind × channel for the user: saved choices, defaults for the rest. */
  async preferences(em: Em, userId: string): Promise<PreferenceView[]> {
    const saved = await em.find(NotificationPreference, { userId });
    const choice = new Map(saved.map((p) => [`${p.kind}|${p.channel}`, p.enabled]));
    return NOTIFICATION_KINDS.flatMap((kind) =>
      NOTIFICATION_CHANNELS.map((channel) => {
        const enabled = choice.get(`${kind}|${channel}`);
        return { kind, channel, enabled: enabled ?? defaultEnabled(channel), customized: enabled !== undefined };
      }),
    );
  }

  /** Saves one choice (an upsert, so concurrent calls cannot collide). */
  async setPreference(
    em: Em,
    userId: string,
    kind: NotificationKind,
    channel: NotificationChannel,
    enabled: boolean,
  ): Promise<PreferenceView> {
    await em.upsert(NotificationPreference, { userId, kind, channel, enabled, updatedAt: new Date() });
    return { kind, channel, enabled, customized: true };
  }
}
