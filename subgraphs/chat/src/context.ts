import DataLoader from 'dataloader';
import { entityLoader, type Em, type ServiceDeps, type SubgraphConfig, type SubgraphContext } from '../../../kit';
import { Message, Room, RoomMember, type MessageRow, type RoomMemberRow, type RoomRow } from './entities';

/** Key of the viewer-dependent loaders: a room and a user. Ids are UUIDs, so a space never occurs in them. */
export const memberKey = (roomId: string, userId: string) => `${roomId} ${userId}`;

function splitKey(key: string): { roomId: string; userId: string } {
  const [roomId = '', userId = ''] = key.split(' ');
  return { roomId, userId };
}

/** Groups `room userId` keys by user: a request normally has one viewer, so this is one statement per tick. */
function byUser(keys: readonly string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const key of keys) {
    const { roomId, userId } = splitKey(key);
    const rooms = groups.get(userId);
    if (rooms) rooms.push(roomId);
    else groups.set(userId, [roomId]);
  }
  return groups;
}

export interface ChatLoaders {
  roomById: DataLoader<string, RoomRow | null>;
  messageById: DataLoader<string, MessageRow | null>;
  /** A user's membership of a room, by {@link memberKey}; null when not a member. */
  membership: DataLoader<string, RoomMemberRow | null>;
  /** Members of a room. */
  memberCount: DataLoader<string, number>;
  /** Unread messages of a room for a user, by {@link memberKey}: by others, not deleted, after the read marker. */
  unreadCount: DataLoader<string, number>;
}

/** The per-request loaders: every list of rooms costs one statement per field whatever its length. */
export function createLoaders(em: Em): ChatLoaders {
  return {
    roomById: entityLoader(em, Room),
    messageById: entityLoader(em, Message),
    membership: new DataLoader<string, RoomMemberRow | null>(
      async (keys) => {
        const found = new Map<string, RoomMemberRow>();
        for (const [userId, roomIds] of byUser(keys)) {
          const rows = await em.find(RoomMember, { userId, roomId: { $in: roomIds } });
          for (const row of rows) found.set(memberKey(row.roomId, row.userId), row);
        }
        return keys.map((key) => found.get(key) ?? null);
      },
      { maxBatchSize: 500 },
    ),
    memberCount: new DataLoader<string, number>(
      async (roomIds) => {
        const rows: { room_id: string; n: number | string }[] = await em
          .getKnex()('room_members')
          .select('room_id')
          .count({ n: '*' })
          .whereIn('room_id', [...roomIds])
          .groupBy('room_id');
        const counts = new Map(rows.map((r) => [r.room_id, Number(r.n)]));
        return roomIds.map((id) => counts.get(id) ?? 0);
      },
      { maxBatchSize: 500 },
    ),
    unreadCount: new DataLoader<string, number>(
      async (keys) => {
        const knex = em.getKnex();
        const counts = new Map<string, number>();
        for (const [userId, roomIds] of byUser(keys)) {
          // The join keeps only rooms the user is a member of; non-members count 0.
          const rows: { room_id: string; n: number | string }[] = await knex('messages as m')
            .join('room_members as rm', (on) => {
              on.on('rm.room_id', '=', 'm.room_id').andOn('rm.user_id', '=', knex.raw('?', [userId]));
            })
            .select('m.room_id')
            .count({ n: '*' })
            .whereIn('m.room_id', roomIds)
            .whereRaw('?? > ??', ['m.seq', 'rm.last_read_seq'])
            .whereNot('m.author_id', userId)
            .whereNull('m.deleted_at')
            // Held and removed messages are not the reader's to read (moderation).
            .whereIn('m.moderation_status', ['PUBLISHED', 'FLAGGED'])
            .groupBy('m.room_id');
          for (const row of rows) counts.set(memberKey(row.room_id, userId), Number(row.n));
        }
        return keys.map((key) => counts.get(key) ?? 0);
      },
      { maxBatchSize: 500 },
    ),
  };
}

/** chat reads no settings of its own. */
export type ChatConfig = SubgraphConfig;

/** What every chat service method receives first: the kit's per-request `ctx.deps`. */
export type ChatDeps = ServiceDeps<ChatConfig, ChatLoaders>;

export type ChatContext = SubgraphContext<ChatLoaders, ChatConfig>;

/** A User as chat knows it: its key only. */
export interface UserRef {
  id: string;
}

/**
 * A message as resolvers see it: an entity row, or the JSON-safe copy that travels through pub/sub
 * (Redis turns dates into strings, so dates may be either).
 */
export interface MessageView {
  id: string;
  roomId: string;
  authorId: string;
  seq: number;
  text?: string | null;
  mentions: string[];
  createdAt: Date | string;
  editedAt?: Date | string | null;
  deletedAt?: Date | string | null;
  /** Moderation: PUBLISHED, FLAGGED, HELD or REMOVED (absent: PUBLISHED). */
  moderationStatus?: string;
}

/** A `typing` event (never stored). */
export interface TypingView {
  roomId: string;
  userId: string;
  typing: boolean;
  expiresAt: string;
}

/** A `readReceipts` event and the receipt `markRead` returns. */
export interface ReceiptView {
  roomId: string;
  userId: string;
  messageId: string;
  readAt: Date | string;
}

/** One user's presence. */
export interface PresenceView {
  userId: string;
  lastSeenAt: Date | null;
  online: boolean;
}

/** A broadcast message as resolvers and pub/sub see it. */
export interface BroadcastView {
  channel: string;
  offset: number;
  text: string;
  senderId: string;
  sentAt: Date | string;
}
