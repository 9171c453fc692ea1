import { baseProperties, defineEntity, p, type InferEntity } from '../../../kit';

export const NOTIFICATION_KINDS = [
  'TASK_ASSIGNED',
  'MENTION',
  'POLL_CLOSED',
  'BUDGET_EXCEEDED',
  'NEW_FOLLOWER',
  'POST_LIKED',
  'POST_REPLY',
  'OTHER',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_CHANNELS = ['IN_APP', 'EMAIL'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/**
 * Where the e-mail copy of a notification stands. SENDING is a claim held while one process talks to
 * the mail server (so replicas never send the same mail twice); clients see it as PENDING.
 */
export const EMAIL_STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED', 'SKIPPED'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/**
 * One notification of one recipient, made from one domain event. `(eventId, recipientId)` is unique,
 * a second guard (after `processed_events`) against a redelivered event notifying twice. `kind` is a
 * string column, not an enum, so a new kind needs no migration. `inApp` is false when the recipient
 * turned the in-app channel off but wants the e-mail: the row then only tracks the e-mail.
 */
export const Notification = defineEntity({
  name: 'Notification',
  tableName: 'notifications',
  properties: {
    ...baseProperties(),
    recipientId: p.string().length(36),
    kind: p.string().length(40),
    eventId: p.string().length(36),
    eventType: p.string().length(120),
    source: p.string().length(60),
    title: p.string().length(200),
    body: p.string().length(1000),
    actorId: p.string().length(36).nullable(),
    subjectType: p.string().length(60).nullable(),
    subjectId: p.string().length(64).nullable(),
    inApp: p.boolean(),
    readAt: p.datetime(3).nullable(),
    emailStatus: p.enum([...EMAIL_STATUSES]).nullable(),
    emailAttempts: p.integer().default(0),
    emailedAt: p.datetime(3).nullable(),
  },
  indexes: [
    // The inbox: a recipient's notifications newest first, and the unread count.
    { properties: ['recipientId', 'createdAt'] },
    { properties: ['recipientId', 'readAt'] },
    // The e-mail retry sweep.
    { properties: ['emailStatus', 'updatedAt'] },
  ],
  uniques: [{ properties: ['eventId', 'recipientId'] }],
});
export type NotificationRow = InferEntity<typeof Notification>;

/** A user's explicit choice for one kind on one channel; without a row the default applies. */
export const NotificationPreference = defineEntity({
  name: 'NotificationPreference',
  tableName: 'notification_preferences',
  properties: {
    userId: p.string().length(36).primary(),
    kind: p.string().length(40).primary(),
    channel: p.enum([...NOTIFICATION_CHANNELS]).primary(),
    enabled: p.boolean(),
    updatedAt: p.datetime(3),
  },
});
export type NotificationPreferenceRow = InferEntity<typeof NotificationPreference>;

/**
 * Where to e-mail a user. Identity owns e-mail addresses; this is the copy its `identity.user.*`
 * events carry (event-carried state), so sending a mail never calls another subgraph.
 */
export const NotificationRecipient = defineEntity({
  name: 'NotificationRecipient',
  tableName: 'notification_recipients',
  properties: {
    userId: p.string().length(36).primary(),
    email: p.string().length(254),
    updatedAt: p.datetime(3),
  },
});
export type NotificationRecipientRow = InferEntity<typeof NotificationRecipient>;

export const entities = [Notification, NotificationPreference, NotificationRecipient];
