import { baseProperties, defineEntity, p, type InferEntity } from '../../../kit';

export const ROOM_KINDS = ['PUBLIC', 'PRIVATE', 'DIRECT'] as const;
export const ROOM_ROLES = ['OWNER', 'MEMBER'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];
export type RoomRole = (typeof ROOM_ROLES)[number];

/**
 * A room. `lastSeq` is the room's message counter: posting increments it in the posting transaction
 * (a row lock on MySQL, the single writer on SQLite), so message sequences are dense and ordered.
 * `directKey` ("<smaller user id>:<larger user id>") is unique, which makes opening a DM idempotent
 * even when both users open it at the same moment; it is null for public and private rooms.
 */
export const Room = defineEntity({
  name: 'Room',
  tableName: 'rooms',
  properties: {
    ...baseProperties(),
    kind: p.enum([...ROOM_KINDS]),
    name: p.string().length(80).nullable(),
    topic: p.string().length(500).nullable(),
    createdById: p.string().length(36),
    directKey: p.string().length(73).nullable().unique(),
    lastSeq: p.integer(),
    lastMessageAt: p.datetime(3).nullable(),
  },
  indexes: [{ properties: ['kind', 'createdAt'] }],
});
export type RoomRow = InferEntity<typeof Room>;

/**
 * One user's membership of a room; `createdAt` is when they joined. The read marker is stored as the
 * sequence of the newest message read, so unread counts are one indexed range count.
 */
export const RoomMember = defineEntity({
  name: 'RoomMember',
  tableName: 'room_members',
  properties: {
    ...baseProperties(),
    roomId: p.string().length(36),
    userId: p.string().length(36),
    role: p.enum([...ROOM_ROLES]),
    lastReadSeq: p.integer(),
    lastReadMessageId: p.string().length(36).nullable(),
    lastReadAt: p.datetime(3).nullable(),
  },
  uniques: [{ properties: ['roomId', 'userId'] }],
  indexes: [{ properties: ['userId', 'createdAt'] }, { properties: ['roomId', 'createdAt'] }],
});
export type RoomMemberRow = InferEntity<typeof RoomMember>;

/** A message. A deleted one stays as a tombstone (`deletedAt` set, `text` null) so history keeps its shape. */
export const Message = defineEntity({
  name: 'Message',
  tableName: 'messages',
  properties: {
    ...baseProperties(),
    roomId: p.string().length(36),
    authorId: p.string().length(36),
    seq: p.integer(),
    text: p.text().nullable(),
    mentions: p.json<string[]>(),
    editedAt: p.datetime(3).nullable(),
    deletedAt: p.datetime(3).nullable(),
    /** PUBLISHED, FLAGGED, HELD or REMOVED (moderation): only the first two reach others than the author. */
    moderationStatus: p.string().length(10).default('PUBLISHED'),
  },
  uniques: [{ properties: ['roomId', 'seq'] }],
});
export type MessageRow = InferEntity<typeof Message>;

/** An author's moderation reputation as the moderation subgraph last announced it (feeds the classifier). */
export const ChatAuthorReputation = defineEntity({
  name: 'ChatAuthorReputation',
  tableName: 'chat_author_reputations',
  properties: { userId: p.string().length(36).primary(), reputation: p.integer().default(0) },
});

/** The last heartbeat of a user; online means seen within the presence window. */
export const Presence = defineEntity({
  name: 'Presence',
  tableName: 'presence',
  properties: {
    userId: p.string().length(36).primary(),
    lastSeenAt: p.datetime(3),
  },
});
export type PresenceRow = InferEntity<typeof Presence>;

/** A broadcast channel's offset counter, bumped atomically by each broadcast (catalogue #30). */
export const BroadcastChannel = defineEntity({
  name: 'BroadcastChannel',
  tableName: 'broadcast_channels',
  properties: {
    name: p.string().length(64).primary(),
    lastOffset: p.integer(),
  },
});

/** The log of a broadcast channel: one row per message, `(channel, offset)` unique and gap-free. */
export const BroadcastMessage = defineEntity({
  name: 'BroadcastMessage',
  tableName: 'broadcast_messages',
  properties: {
    ...baseProperties(),
    channel: p.string().length(64),
    offset: p.integer().fieldName('channel_offset'),
    text: p.text(),
    senderId: p.string().length(36),
  },
  uniques: [{ properties: ['channel', 'offset'] }],
});
export type BroadcastMessageRow = InferEntity<typeof BroadcastMessage>;

export const entities = [Room, RoomMember, Message, Presence, BroadcastChannel, BroadcastMessage, ChatAuthorReputation];
