import { newId, type DomainEvent, type Em, type EventConsumer, type Logger, type PubSub } from '../../../kit';
import { Notification, NotificationPreference, NotificationRecipient, type NotificationKind, type NotificationRow } from './entities';
import type { NotificationMailer } from './mailer';
import { recipientsOf, renderNotification } from './registry';
import { defaultEnabled, inboxTopic, toView, type NotificationView } from './service';

export { inboxTopic } from './service';

/** Identity's events that keep the e-mail directory current (see README: e-mail addresses). */
export const DIRECTORY_EVENTS = {
  registered: 'identity.user.registered',
  emailChanged: 'identity.user.email_changed',
  deleted: 'identity.user.deleted',
} as const;

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,189}$/;

export interface InboxDeps {
  pubsub: PubSub;
  mailer: NotificationMailer;
  log: Logger;
}

/** Whether each recipient wants `kind` in the inbox and by e-mail: their saved choices over the defaults. */
async function channelsOf(em: Em, recipients: string[], kind: NotificationKind) {
  const saved = await em.find(NotificationPreference, { userId: { $in: recipients }, kind });
  const choice = new Map(saved.map((p) => [`${p.userId}|${p.channel}`, p.enabled]));
  return (userId: string) => ({
    inApp: choice.get(`${userId}|IN_APP`) ?? defaultEnabled('IN_APP'),
    email: choice.get(`${userId}|EMAIL`) ?? defaultEnabled('EMAIL'),
  });
}

/** Applies an identity event to the e-mail directory. */
async function updateDirectory(em: Em, event: DomainEvent, log: Logger): Promise<void> {
  const userId = event.payload.userId;
  if (typeof userId !== 'string' || !userId || userId.length > 36) return;
  if (event.type === DIRECTORY_EVENTS.deleted) {
    // The user is gone: forget their address, choices and inbox.
    await em.nativeDelete(NotificationRecipient, { userId });
    await em.nativeDelete(NotificationPreference, { userId });
    await em.nativeDelete(Notification, { recipientId: userId });
    return;
  }
  const email = event.payload.email;
  if (typeof email !== 'string' || !EMAIL.test(email)) {
    log.warn({ eventId: event.id, type: event.type }, 'identity event without a usable e-mail address; ignored');
    return;
  }
  await em.upsert(NotificationRecipient, { userId, email: email.toLowerCase(), updatedAt: new Date() });
}

/**
 * The consumer of every domain event (`types: '*'`). Events with `payload.recipientIds` become one
 * notification per recipient, worded by the registry (or generically), filtered by each recipient's
 * preferences; the actor is never notified of their own action. It runs in the kit's consumer
 * transaction, so notifications and the processed-event mark commit together; only after commit does
 * it push each in-app notification to the recipient's live inbox and send the e-mail copies.
 */
export function createInboxConsumer(deps: InboxDeps): EventConsumer {
  return {
    name: 'inbox',
    types: '*',
    async handle(event, em) {
      if (Object.values<string>(DIRECTORY_EVENTS).includes(event.type)) {
        await updateDirectory(em, event, deps.log);
        return;
      }
      const rendered = renderNotification(event);
      const recipients = recipientsOf(event).filter((userId) => userId !== rendered.actorId);
      if (!recipients.length) return;
      const wants = await channelsOf(em, recipients, rendered.kind);
      const created: NotificationRow[] = [];
      for (const recipientId of recipients) {
        const { inApp, email } = wants(recipientId);
        if (!inApp && !email) continue;
        created.push(
          em.create(Notification, {
            id: newId(),
            recipientId,
            kind: rendered.kind,
            eventId: event.id,
            eventType: event.type,
            source: event.source.slice(0, 60),
            title: rendered.title,
            body: rendered.body,
            actorId: rendered.actorId,
            subjectType: rendered.subjectType,
            subjectId: rendered.subjectId,
            inApp,
            readAt: null,
            emailStatus: email ? 'PENDING' : null,
            emailAttempts: 0,
            emailedAt: null,
          }),
        );
      }
      if (!created.length) return;
      return async () => {
        for (const row of created) {
          if (!row.inApp) continue;
          const view: NotificationView = toView(row);
          // A lost live push is not lost data: the notification is in the inbox either way.
          await deps.pubsub
            .publish(inboxTopic(row.recipientId), view)
            .catch((err) => deps.log.warn({ err: String(err), notificationId: row.id }, 'live inbox push failed'));
        }
        await deps.mailer.deliver(created.filter((row) => row.emailStatus === 'PENDING').map((row) => row.id));
        await deps.mailer.retryStale();
      };
    },
  };
}
