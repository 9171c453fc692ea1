import type { FilterQuery } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import {
  badInput,
  fail,
  fieldError,
  forbidden,
  isUniqueViolation,
  newId,
  notFound,
  ok,
  classifyContent,
  moderationStatusOf,
  reportModeration,
  paginate,
  recordEvent,
  requireViewer,
  whileAllowed,
  type Connection,
  type Em,
  type ModerationDecision,
  type ModerationResult,
  type PageArgs,
  type Payload,
  type UserError,
} from '../../../kit';
import { memberKey, type ChatDeps, type MessageView, type PresenceView, type ReceiptView, type TypingView } from './context';
import { ChatAuthorReputation, Message, Presence, Room, RoomMember, type MessageRow, type RoomMemberRow, type RoomRow } from './entities';
import type { CreateRoomInput, PostMessageInput } from './generated/resolvers';

export const NAME_MAX = 80;
export const TOPIC_MAX = 500;
export const TEXT_MAX = 4000;
export const MENTIONS_MAX = 20;
export const INITIAL_MEMBERS_MAX = 50;
/** A user is online when their last heartbeat is younger than this. */
export const PRESENCE_WINDOW_MS = 60_000;
/** How long a `typing: true` holds without a refresh. */
export const TYPING_TTL_MS = 6_000;
const EXCERPT_MAX = 140;

const USER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Pub/sub topics, one per room and event kind, so a subscriber only wakes for what it asked. */
export const topics = {
  messageAdded: (roomId: string) => `chat:room:${roomId}:message-added`,
  messageUpdated: (roomId: string) => `chat:room:${roomId}:message-updated`,
  typing: (roomId: string) => `chat:room:${roomId}:typing`,
  readReceipts: (roomId: string) => `chat:room:${roomId}:read-receipts`,
};

export type RoomResult = Payload<{ room: RoomRow }>;
export type MessageResult = Payload<{ message: MessageView }>;
export type ReceiptResult = Payload<{ receipt: ReceiptView; room: RoomRow }>;

/** The JSON-safe copy of a message that travels through pub/sub (Redis would stringify dates anyway). */
export function messageEvent(row: MessageRow): MessageView {
  return {
    id: row.id,
    roomId: row.roomId,
    authorId: row.authorId,
    seq: row.seq,
    text: row.text ?? null,
    mentions: [...row.mentions],
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt ? row.editedAt.toISOString() : null,
    deletedAt: row.deletedAt ? row.deletedAt.toISOString() : null,
    moderationStatus: row.moderationStatus,
  };
}

/** Held or flagged messages, for the moderation subgraph (kit `MODERATION_REPORT_EVENTS`). */
export const MODERATED_EVENT = 'chat.content.moderated';
/** Moderation statuses others than the author may see. */
export const VISIBLE_STATUSES = ['PUBLISHED', 'FLAGGED'];
function reportMessage(tx: Em, row: MessageRow, text: string, verdict: ModerationResult): void {
  reportModeration(tx, MODERATED_EVENT, { contentType: 'CHAT_MESSAGE', contentId: row.id, authorId: row.authorId, excerpt: text }, verdict);
}

/** Checks a message text: 1 to 4,000 characters, not only white space. */
export function validateText(text: string, field: string): UserError[] {
  if (!text.trim()) return [fieldError(field, 'A message needs some text.')];
  if (text.length > TEXT_MAX) return [fieldError(field, `A message is at most ${TEXT_MAX.toLocaleString('en')} characters.`)];
  return [];
}

/** Checks a list of user ids for shape and size; returns the distinct ids or errors. */
function checkUserIds(ids: string[], field: string, max: number): { ids: string[]; errors: UserError[] } {
  if (ids.length > max) return { ids: [], errors: [fieldError(field, `At most ${max} users.`)] };
  const bad = ids.find((id) => !USER_ID.test(id));
  if (bad !== undefined) return { ids: [], errors: [fieldError(field, `"${bad.slice(0, 40)}" is not a user id.`)] };
  return { ids: [...new Set(ids.map((id) => id.toLowerCase()))], errors: [] };
}

/**
 * Chat rules (catalogue #29): rooms, membership, messages, read markers, typing and presence. No
 * GraphQL in here; every change publishes its live event after the transaction commits.
 *
 * Access: any signed-in user reads a PUBLIC room; PRIVATE rooms and DIRECT conversations are readable
 * by their members only. Posting, typing and read markers need membership everywhere.
 */
export class ChatService {
  /** The room, or NOT_FOUND. */
  async room(deps: ChatDeps, roomId: string): Promise<RoomRow> {
    const room = await deps.loaders.roomById.load(roomId);
    if (!room) throw notFound('Room', roomId);
    return room;
  }

  /** The user's membership of a room, or null. */
  membership(deps: ChatDeps, roomId: string, userId: string): Promise<RoomMemberRow | null> {
    return deps.loaders.membership.load(memberKey(roomId, userId));
  }

  /** Whether `userId` is a member now, read from the database (a fresh fork: no request cache). */
  async isMember(deps: ChatDeps, roomId: string, userId: string): Promise<boolean> {
    return (await deps.em.fork().count(RoomMember, { roomId, userId })) > 0;
  }

  /**
   * A room's live feed for the viewer: checks read access at subscribe time (FORBIDDEN otherwise) and,
   * for private rooms and DMs, membership again before each event, ending the stream once they left.
   */
  async feed<T>(deps: ChatDeps, roomId: string, topic: string): Promise<AsyncIterableIterator<T>> {
    const viewer = requireViewer(deps.viewer);
    const room = await this.readable(deps, roomId);
    const source = deps.pubsub.subscribe<T>(topic);
    if (room.kind === 'PUBLIC') return source;
    return whileAllowed(source, () => this.isMember(deps, roomId, viewer.userId));
  }

  /** Whether `userId` may read the room: public, or a member. */
  async canRead(deps: ChatDeps, room: RoomRow, userId: string): Promise<boolean> {
    return room.kind === 'PUBLIC' || (await this.membership(deps, room.id, userId)) !== null;
  }

  /** The room if the viewer may read it: NOT_FOUND when missing, FORBIDDEN for others' private rooms and DMs. */
  async readable(deps: ChatDeps, roomId: string): Promise<RoomRow> {
    const viewer = requireViewer(deps.viewer);
    const room = await this.room(deps, roomId);
    if (!(await this.canRead(deps, room, viewer.userId))) {
      throw forbidden(room.kind === 'DIRECT' ? 'Only its two members can read a direct conversation.' : 'Only members can read this room.');
    }
    return room;
  }

  /** The room and the viewer's membership: FORBIDDEN for non-members. */
  async asMember(deps: ChatDeps, roomId: string, action = 'do this'): Promise<{ room: RoomRow; member: RoomMemberRow }> {
    const viewer = requireViewer(deps.viewer);
    const room = await this.room(deps, roomId);
    const member = await this.membership(deps, roomId, viewer.userId);
    if (!member) {
      throw forbidden(room.kind === 'PUBLIC' ? `Join the room to ${action}.` : `Only members can ${action} in this room.`);
    }
    return { room, member };
  }

  private addMember(em: Em, roomId: string, userId: string, role: 'OWNER' | 'MEMBER'): RoomMemberRow {
    return em.create(RoomMember, {
      roomId,
      userId,
      role,
      lastReadSeq: 0,
      lastReadMessageId: null,
      lastReadAt: null,
    });
  }

  async createRoom(deps: ChatDeps, input: CreateRoomInput): Promise<RoomResult> {
    const viewer = requireViewer(deps.viewer);
    const errors: UserError[] = [];
    const name = input.name.trim();
    if (!name) errors.push(fieldError('input.name', 'A room needs a name.'));
    else if (name.length > NAME_MAX) errors.push(fieldError('input.name', `A room name is at most ${NAME_MAX} characters.`));
    const topic = input.topic?.trim() || null;
    if (topic && topic.length > TOPIC_MAX) errors.push(fieldError('input.topic', `A topic is at most ${TOPIC_MAX} characters.`));
    const kind = input.kind ?? 'PUBLIC';
    if (kind === 'DIRECT') errors.push(fieldError('input.kind', 'Open direct conversations with openDirectRoom.'));
    const members = checkUserIds(input.memberIds ?? [], 'input.memberIds', INITIAL_MEMBERS_MAX);
    errors.push(...members.errors);
    if (errors.length) return fail(errors);

    const room = await deps.em.transactional(async (tx) => {
      const created = tx.create(Room, {
        id: newId(),
        kind,
        name,
        topic,
        createdById: viewer.userId,
        directKey: null,
        lastSeq: 0,
        lastMessageAt: null,
      });
      this.addMember(tx, created.id, viewer.userId, 'OWNER');
      for (const userId of members.ids) if (userId !== viewer.userId) this.addMember(tx, created.id, userId, 'MEMBER');
      return created;
    });
    return ok({ room });
  }

  /**
   * The direct conversation of the viewer and `userId`, created on first use. Idempotent under races:
   * the unique `directKey` lets only one insert win; the loser reads the winner's room. Both users are
   * (re)made members, so opening again after leaving rejoins.
   */
  async openDirect(deps: ChatDeps, userId: string): Promise<RoomResult> {
    const viewer = requireViewer(deps.viewer);
    const peer = userId.toLowerCase();
    if (!USER_ID.test(peer)) return fail(fieldError('userId', 'That is not a user id.'));
    if (peer === viewer.userId.toLowerCase()) {
      return fail(fieldError('userId', 'A direct conversation needs another user.'));
    }
    const directKey = [viewer.userId.toLowerCase(), peer].sort().join(':');
    const em = deps.em;
    let room = await em.findOne(Room, { directKey });
    if (!room) {
      try {
        room = await em.fork().transactional(async (tx) => {
          const created = tx.create(Room, {
            id: newId(),
            kind: 'DIRECT',
            name: null,
            topic: null,
            createdById: viewer.userId,
            directKey,
            lastSeq: 0,
            lastMessageAt: null,
          });
          this.addMember(tx, created.id, viewer.userId, 'MEMBER');
          this.addMember(tx, created.id, peer, 'MEMBER');
          return created;
        });
        room = await em.findOneOrFail(Room, { id: room.id });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        room = await em.findOneOrFail(Room, { directKey });
      }
    }
    for (const member of [viewer.userId, peer]) await this.ensureMember(em, room.id, member, 'MEMBER');
    return ok({ room });
  }

  /** Adds a membership unless it exists; a concurrent identical insert is not an error. */
  private async ensureMember(em: Em, roomId: string, userId: string, role: 'OWNER' | 'MEMBER'): Promise<void> {
    if (await em.count(RoomMember, { roomId, userId })) return;
    const fork = em.fork();
    try {
      this.addMember(fork, roomId, userId, role);
      await fork.flush();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }

  async join(deps: ChatDeps, roomId: string): Promise<RoomResult> {
    const viewer = requireViewer(deps.viewer);
    const room = await this.room(deps, roomId);
    if (room.kind !== 'PUBLIC') {
      throw forbidden(room.kind === 'DIRECT' ? 'Direct conversations cannot be joined.' : 'Private rooms are joined by invitation only.');
    }
    await this.ensureMember(deps.em, room.id, viewer.userId, 'MEMBER');
    deps.loaders.membership.clear(memberKey(room.id, viewer.userId));
    return ok({ room });
  }

  async invite(deps: ChatDeps, roomId: string, userId: string): Promise<RoomResult> {
    requireViewer(deps.viewer);
    const { room } = await this.asMember(deps, roomId, 'invite');
    if (room.kind === 'DIRECT') throw forbidden('A direct conversation has exactly two members; create a private room instead.');
    const invitee = userId.toLowerCase();
    if (!USER_ID.test(invitee)) return fail(fieldError('userId', 'That is not a user id.'));
    await this.ensureMember(deps.em, room.id, invitee, 'MEMBER');
    deps.loaders.membership.clear(memberKey(room.id, invitee));
    return ok({ room });
  }

  async leave(deps: ChatDeps, roomId: string): Promise<Payload<{ roomId: string }>> {
    const viewer = requireViewer(deps.viewer);
    const { member } = await this.asMember(deps, roomId, 'leave');
    await deps.em.nativeDelete(RoomMember, { id: member.id });
    deps.loaders.membership.clear(memberKey(roomId, viewer.userId));
    return ok({ roomId });
  }

  /** The viewer's rooms, most recently joined first: the page of memberships, then its rooms in one statement. */
  async myRooms(deps: ChatDeps, args: PageArgs): Promise<Connection<RoomRow>> {
    const viewer = requireViewer(deps.viewer);
    const page = await paginate(deps.em, RoomMember, { userId: viewer.userId }, args, { createdAt: 'desc', id: 'desc' });
    for (const edge of page.edges) deps.loaders.membership.prime(memberKey(edge.node.roomId, viewer.userId), edge.node);
    const rooms = await deps.loaders.roomById.loadMany(page.edges.map((e) => e.node.roomId));
    const edges = page.edges.flatMap((edge, i) => {
      const room = rooms[i];
      return room && !(room instanceof Error) ? [{ cursor: edge.cursor, node: room }] : [];
    });
    return { edges, pageInfo: page.pageInfo, totalCount: page.totalCount };
  }

  /** Public rooms, newest first, optionally filtered by a name fragment. */
  publicRooms(deps: ChatDeps, args: PageArgs & { search?: string | null }): Promise<Connection<RoomRow>> {
    requireViewer(deps.viewer);
    const where: FilterQuery<RoomRow> = { kind: 'PUBLIC' };
    if (args.search != null) {
      const term = args.search.trim();
      if (term.length < 1 || term.length > NAME_MAX) throw badInput(`search must be 1 to ${NAME_MAX} characters.`, 'search');
      // LIKE wildcards in the term are taken literally by dropping them.
      where.name = { $like: `%${term.replace(/[%_\\]/g, '')}%` };
    }
    return paginate(deps.em, Room, where, args, { createdAt: 'desc', id: 'desc' });
  }

  /** A room's members, earliest first. */
  members(deps: ChatDeps, roomId: string, args: PageArgs): Promise<Connection<RoomMemberRow>> {
    return paginate(deps.em, RoomMember, { roomId }, args, { createdAt: 'asc', id: 'asc' });
  }

  /** A room's history, newest first (the sequence is unique per room, so the order is total). */
  async history(deps: ChatDeps, roomId: string, args: PageArgs): Promise<Connection<MessageRow>> {
    requireViewer(deps.viewer);
    await this.readable(deps, roomId);
    const viewerId = deps.viewer!.userId;
    const where = { roomId, $or: [{ moderationStatus: { $in: VISIBLE_STATUSES } }, { authorId: viewerId }] };
    return paginate(deps.em, Message, where, args, { seq: 'desc' });
  }

  /** A message if the viewer may read its room, else null. */
  async visibleMessage(deps: ChatDeps, id: string): Promise<MessageRow | null> {
    const viewerId = deps.viewer?.userId;
    const message = await deps.loaders.messageById.load(id);
    if (!message || !viewerId) return null;
    if (!VISIBLE_STATUSES.includes(message.moderationStatus) && message.authorId !== viewerId) return null;
    const room = await deps.loaders.roomById.load(message.roomId);
    return room && (await this.canRead(deps, room, viewerId)) ? message : null;
  }

  /**
   * Posts a message. Its sequence comes from bumping the room's counter inside the same transaction
   * as the insert, so concurrent posts get distinct, dense sequences on SQLite and MySQL. Mentions are
   * recorded as a `chat.mention` domain event in that transaction (outbox), then the message is
   * published to `messageAdded` after commit.
   */
  async post(deps: ChatDeps, input: PostMessageInput): Promise<MessageResult> {
    const viewer = requireViewer(deps.viewer);
    const errors = validateText(input.text, 'input.text');
    const mentioned = checkUserIds(input.mentions ?? [], 'input.mentions', MENTIONS_MAX);
    errors.push(...mentioned.errors);
    const { room } = await this.asMember(deps, input.roomId, 'post');
    if (errors.length) return fail(errors);
    const recipients = mentioned.ids.filter((id) => id !== viewer.userId.toLowerCase());
    if (room.kind !== 'PUBLIC' && recipients.length) {
      // Mentioning a non-member of a private room would send them an excerpt they may not read.
      const members = await deps.em.find(RoomMember, { roomId: room.id, userId: { $in: recipients } }, { fields: ['userId'] });
      const known = new Set(members.map((m) => m.userId.toLowerCase()));
      const outsider = recipients.find((id) => !known.has(id));
      if (outsider) {
        return fail(fieldError('input.mentions', `User ${outsider} is not a member of this room.`));
      }
    }

    const verdict = await this.classify(deps, viewer.userId, input.text, room.id);
    const held = verdict.verdict === 'HOLD';
    const message = await deps.em.fork().transactional(async (tx) => {
      const knex = tx.getKnex();
      const trx = tx.getTransactionContext<Knex.Transaction>()!;
      const now = deps.clock.now();
      await knex('rooms')
        .where({ id: room.id })
        .update({ last_seq: knex.raw('?? + 1', ['last_seq']), last_message_at: now })
        .transacting(trx);
      const [counter] = await knex('rooms').select('last_seq').where({ id: room.id }).transacting(trx);
      const created = tx.create(Message, {
        id: newId(),
        roomId: room.id,
        authorId: viewer.userId,
        seq: Number(counter.last_seq),
        text: input.text,
        mentions: recipients,
        editedAt: null,
        deletedAt: null,
        createdAt: now,
        updatedAt: now,
        moderationStatus: moderationStatusOf(verdict),
      });
      reportMessage(tx, created, input.text, verdict);
      // A held message mentions nobody (the excerpt would leak) and is announced only once approved.
      if (recipients.length && !held) {
        recordEvent(tx, 'chat.mention', {
          messageId: created.id,
          roomId: room.id,
          roomName: room.name ?? null,
          authorId: viewer.userId,
          recipientIds: recipients,
          excerpt: excerpt(input.text),
        });
      }
      return created;
    });
    // The room row moved (lastSeq, lastMessageAt); reloading it refreshes the request's copy.
    deps.loaders.roomById.clear(room.id);
    const event = messageEvent(message);
    if (!held) await deps.pubsub.publish(topics.messageAdded(room.id), event);
    return ok({ message: event });
  }

  /** The kit's classifier with the author's reputation and their latest messages in the room (duplicates). */
  private async classify(deps: ChatDeps, authorId: string, text: string, roomId: string): Promise<ModerationResult> {
    const [standing, recent] = await Promise.all([
      deps.em.findOne(ChatAuthorReputation, { userId: authorId }),
      // A separate unit of work: partially loaded rows must not join the request's identity map.
      deps.em.fork().find(Message, { roomId, authorId, deletedAt: null }, { orderBy: { seq: 'desc' }, limit: 5, fields: ['text'] }),
    ]);
    return classifyContent({ text, reputation: standing?.reputation ?? 0, recentTexts: recent.map((m) => m.text ?? '') });
  }

  /**
   * Applies a moderator's decision (the consumer of `moderation.case.decided`): keeps the author's
   * reputation, then publishes or removes the message. Idempotent (conditional update); a held
   * message that becomes visible is announced to the room after the commit.
   */
  async applyDecision(em: Em, decision: ModerationDecision, publish: (roomId: string, event: MessageView) => Promise<void>) {
    const knex = em.getKnex();
    const trx = em.getTransactionContext<Knex.Transaction>();
    const upsert = knex('chat_author_reputations')
      .insert({ user_id: decision.authorId, reputation: decision.reputation })
      .onConflict('user_id')
      .merge({ reputation: decision.reputation });
    await (trx ? upsert.transacting(trx) : upsert);
    if (decision.contentType !== 'CHAT_MESSAGE') return;
    const message = await em.findOne(Message, { id: decision.contentId });
    const to = decision.action === 'PUBLISH' ? 'PUBLISHED' : 'REMOVED';
    if (!message || message.moderationStatus === to) return;
    const moved = await em.nativeUpdate(Message, { id: message.id, moderationStatus: message.moderationStatus }, { moderationStatus: to });
    if (moved !== 1 || to !== 'PUBLISHED' || VISIBLE_STATUSES.includes(message.moderationStatus)) return;
    const event = messageEvent({ ...message, moderationStatus: to });
    return () => publish(message.roomId, event);
  }

  /** The viewer's own message: NOT_FOUND when missing or unreadable, FORBIDDEN when someone else's. */
  private async authored(deps: ChatDeps, id: string): Promise<MessageRow> {
    const viewer = requireViewer(deps.viewer);
    const message = await this.visibleMessage(deps, id);
    if (!message) throw notFound('Message', id);
    if (message.authorId !== viewer.userId) throw forbidden('Only the author of a message may change it.');
    return message;
  }

  async edit(deps: ChatDeps, id: string, text: string): Promise<MessageResult> {
    requireViewer(deps.viewer);
    const message = await this.authored(deps, id);
    if (message.deletedAt) return fail(fieldError('id', 'A deleted message cannot be edited.'));
    const errors = validateText(text, 'text');
    if (errors.length) return fail(errors);
    // An edit is moderated like a new message: clean text then an abusive edit is held all the same.
    const verdict = await this.classify(deps, message.authorId, text, message.roomId);
    message.text = text;
    message.editedAt = deps.clock.now();
    if (verdict.verdict !== 'ALLOW' && message.moderationStatus !== 'REMOVED') {
      if (verdict.verdict === 'HOLD' || message.moderationStatus === 'PUBLISHED') message.moderationStatus = moderationStatusOf(verdict);
      reportMessage(deps.em, message, text, verdict);
    }
    await deps.em.flush();
    const event = messageEvent(message);
    if (VISIBLE_STATUSES.includes(message.moderationStatus)) await deps.pubsub.publish(topics.messageUpdated(message.roomId), event);
    return ok({ message: event });
  }

  /** Replaces the message by a tombstone. Deleting a tombstone again changes and announces nothing. */
  async delete(deps: ChatDeps, id: string): Promise<MessageResult> {
    requireViewer(deps.viewer);
    const message = await this.authored(deps, id);
    if (message.deletedAt) return ok({ message: messageEvent(message) });
    message.text = null;
    message.mentions = [];
    message.deletedAt = deps.clock.now();
    await deps.em.flush();
    const event = messageEvent(message);
    await deps.pubsub.publish(topics.messageUpdated(message.roomId), event);
    return ok({ message: event });
  }

  /** Announces typing to the room; members only. Nothing is stored. */
  async setTyping(deps: ChatDeps, roomId: string, typing: boolean): Promise<boolean> {
    const viewer = requireViewer(deps.viewer);
    await this.asMember(deps, roomId, 'type');
    const event: TypingView = {
      roomId,
      userId: viewer.userId,
      typing,
      expiresAt: new Date(deps.clock.now().getTime() + TYPING_TTL_MS).toISOString(),
    };
    await deps.pubsub.publish(topics.typing(roomId), event);
    return true;
  }

  /**
   * Moves the viewer's read marker forward to `messageId`. The update is conditional on the stored
   * sequence being lower, so concurrent or out-of-order calls never move it backwards. Announced on
   * `readReceipts` only when it moved.
   */
  async markRead(deps: ChatDeps, roomId: string, messageId: string): Promise<ReceiptResult> {
    const viewer = requireViewer(deps.viewer);
    const { room, member } = await this.asMember(deps, roomId, 'mark messages read');
    const message = await deps.loaders.messageById.load(messageId);
    if (!message || message.roomId !== roomId) {
      return fail({ field: 'messageId', message: 'No such message in this room.', code: 'NOT_FOUND' });
    }
    const readAt = deps.clock.now();
    const moved = await deps.em.nativeUpdate(
      RoomMember,
      { id: member.id, lastReadSeq: { $lt: message.seq } },
      { lastReadSeq: message.seq, lastReadMessageId: message.id, lastReadAt: readAt },
    );
    if (moved) {
      const receipt: ReceiptView = { roomId, userId: viewer.userId, messageId: message.id, readAt: readAt.toISOString() };
      await deps.pubsub.publish(topics.readReceipts(roomId), receipt);
      deps.loaders.unreadCount.clear(memberKey(roomId, viewer.userId));
      return ok({ receipt, room });
    }
    // Already read as far or further: report the marker as stored.
    const current = await deps.em.fork().findOneOrFail(RoomMember, { id: member.id });
    return ok({
      receipt: {
        roomId,
        userId: viewer.userId,
        messageId: current.lastReadMessageId ?? message.id,
        readAt: current.lastReadAt ?? readAt,
      },
      room,
    });
  }

  /** Records a heartbeat: the viewer is online for the next {@link PRESENCE_WINDOW_MS}. */
  async heartbeat(deps: ChatDeps): Promise<PresenceView> {
    const viewer = requireViewer(deps.viewer);
    const now = deps.clock.now();
    await deps.em.upsert(Presence, { userId: viewer.userId, lastSeenAt: now });
    return { userId: viewer.userId, lastSeenAt: now, online: true };
  }

  /** Presence of up to 100 users, in the order asked, from their last heartbeats. */
  async presence(deps: ChatDeps, userIds: string[]): Promise<PresenceView[]> {
    requireViewer(deps.viewer);
    if (userIds.length < 1 || userIds.length > 100) throw badInput('Ask for 1 to 100 users.', 'userIds');
    const rows = await deps.em.find(Presence, { userId: { $in: [...new Set(userIds)] } });
    const seen = new Map(rows.map((r) => [r.userId, r.lastSeenAt]));
    const now = deps.clock.now().getTime();
    return userIds.map((userId) => {
      const lastSeenAt = seen.get(userId) ?? null;
      return { userId, lastSeenAt, online: lastSeenAt !== null && now - lastSeenAt.getTime() < PRESENCE_WINDOW_MS };
    });
  }
}

/** The start of a message for a notification: white space collapsed, at most 140 characters. */
export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT_MAX ? flat : `${flat.slice(0, EXCERPT_MAX - 1)}…`;
}
