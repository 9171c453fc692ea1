import { DateTimeScalar, forbidden, requireViewer } from '../../../kit';
import type { BroadcastService } from './broadcast';
import { memberKey } from './context';
import type { Resolvers } from './generated/resolvers';
import { topics, type ChatService } from './service';

const ref = (id: string) => ({ id });

/** A subscription's payload is the field's value (the kit gives each event a fresh ORM fork and loaders). */
const same = <T>(payload: T): T => payload;

/** The chat resolvers: one line each onto {@link ChatService} and {@link BroadcastService}, with `ctx.deps`. */
export function createResolvers(chat: ChatService, broadcasts: BroadcastService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      room: async (_, { id }, ctx) => {
        const viewer = requireViewer(ctx.viewer);
        const room = await ctx.loaders.roomById.load(id);
        if (!room) return null;
        if (!(await chat.canRead(ctx.deps, room, viewer.userId))) throw forbidden('Only members can read this room.');
        return room;
      },
      rooms: (_, args, ctx) => chat.myRooms(ctx.deps, args),
      publicRooms: (_, args, ctx) => chat.publicRooms(ctx.deps, args),
      messages: (_, { roomId, ...args }, ctx) => chat.history(ctx.deps, roomId, args),
      message: (_, { id }, ctx) => chat.visibleMessage(ctx.deps, id),
      presence: (_, { userIds }, ctx) => chat.presence(ctx.deps, userIds),
      broadcasts: (_, { channel, since, first }, ctx) => broadcasts.history(ctx.deps, channel, since ?? 0, first ?? 100),
    },
    Mutation: {
      createRoom: (_, { input }, ctx) => chat.createRoom(ctx.deps, input),
      openDirectRoom: (_, { userId }, ctx) => chat.openDirect(ctx.deps, userId),
      joinRoom: (_, { roomId }, ctx) => chat.join(ctx.deps, roomId),
      inviteToRoom: (_, { roomId, userId }, ctx) => chat.invite(ctx.deps, roomId, userId),
      leaveRoom: (_, { roomId }, ctx) => chat.leave(ctx.deps, roomId),
      postMessage: (_, { input }, ctx) => chat.post(ctx.deps, input),
      editMessage: (_, { id, text }, ctx) => chat.edit(ctx.deps, id, text),
      deleteMessage: (_, { id }, ctx) => chat.delete(ctx.deps, id),
      setTyping: (_, { roomId, typing }, ctx) => chat.setTyping(ctx.deps, roomId, typing),
      markRead: (_, { roomId, messageId }, ctx) => chat.markRead(ctx.deps, roomId, messageId),
      heartbeat: (_, __, ctx) => chat.heartbeat(ctx.deps),
      broadcast: (_, { channel, text }, ctx) => broadcasts.broadcast(ctx.deps, channel, text),
    },
    Subscription: {
      messageAdded: {
        subscribe: (_, { roomId }, ctx) => chat.feed(ctx.deps, roomId, topics.messageAdded(roomId)),
        resolve: same,
      },
      messageUpdated: {
        subscribe: (_, { roomId }, ctx) => chat.feed(ctx.deps, roomId, topics.messageUpdated(roomId)),
        resolve: same,
      },
      typing: {
        subscribe: (_, { roomId }, ctx) => chat.feed(ctx.deps, roomId, topics.typing(roomId)),
        resolve: same,
      },
      readReceipts: {
        subscribe: (_, { roomId }, ctx) => chat.feed(ctx.deps, roomId, topics.readReceipts(roomId)),
        resolve: same,
      },
      broadcastReceived: {
        subscribe: (_, { channel, since }, ctx) => broadcasts.subscribe(ctx.deps, channel, since ?? null),
        resolve: same,
      },
    },
    Room: {
      // Other subgraphs may reference any room; it resolves only for viewers who may read it.
      __resolveReference: async (reference, ctx) => {
        const room = await ctx.loaders.roomById.load(reference.id);
        if (!room || !ctx.viewer) return null;
        return (await chat.canRead(ctx.deps, room, ctx.viewer.userId)) ? room : null;
      },
      createdBy: (room) => ref(room.createdById),
      memberCount: (room, _, ctx) => ctx.loaders.memberCount.load(room.id),
      members: (room, args, ctx) => chat.members(ctx.deps, room.id, args),
      viewerIsMember: async (room, _, ctx) =>
        ctx.viewer ? (await ctx.loaders.membership.load(memberKey(room.id, ctx.viewer.userId))) !== null : false,
      unreadCount: (room, _, ctx) => (ctx.viewer ? ctx.loaders.unreadCount.load(memberKey(room.id, ctx.viewer.userId)) : 0),
    },
    RoomMember: {
      user: (member) => ref(member.userId),
      joinedAt: (member) => member.createdAt,
    },
    Message: {
      __resolveReference: (reference, ctx) => chat.visibleMessage(ctx.deps, reference.id),
      room: (message, _, ctx) => chat.room(ctx.deps, message.roomId),
      author: (message) => ref(message.authorId),
      text: (message) => (message.deletedAt ? null : (message.text ?? null)),
      deleted: (message) => Boolean(message.deletedAt),
      mentions: (message) => (message.deletedAt ? [] : message.mentions.map(ref)),
      sequence: (message) => message.seq,
      editedAt: (message) => message.editedAt ?? null,
      moderationStatus: (message) => (message.moderationStatus ?? 'PUBLISHED') as 'PUBLISHED',
    },
    TypingEvent: {
      user: (event) => ref(event.userId),
    },
    ReadReceipt: {
      user: (receipt) => ref(receipt.userId),
    },
    Presence: {
      user: (presence) => ref(presence.userId),
    },
    BroadcastMessage: {
      sender: (message) => ref(message.senderId),
    },
  };
}
