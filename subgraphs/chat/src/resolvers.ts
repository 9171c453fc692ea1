import { DateTimeScalar, forbidden, requireViewer } from '../../../kit';
import type { BroadcastService } from './broadcast';
import { memberKey, resetCaches, type ChatContext, type MessageView } from './context';
import type { Resolvers } from './generated/resolvers';
import { topics, type ChatService } from './service';
import { whileAllowed } from './streams';

const ref = (id: string) => ({ id });

/** The chat resolvers: thin translations to {@link ChatService} and {@link BroadcastService}. */
export function createResolvers(chat: ChatService, broadcasts: BroadcastService): Resolvers {
  /**
   * A room's live feed for the viewer: checks read access at subscribe time (FORBIDDEN otherwise) and,
   * for private rooms and DMs, membership again before each event, ending the stream once they left.
   */
  async function roomFeed<T>(ctx: ChatContext, roomId: string, topic: string): Promise<AsyncIterableIterator<T>> {
    const viewer = requireViewer(ctx.viewer);
    const room = await chat.readable(ctx, viewer, roomId);
    const source = ctx.pubsub.subscribe<T>(topic);
    if (room.kind === 'PUBLIC') return source;
    return whileAllowed(source, () => chat.isMember(ctx.em.fork(), roomId, viewer.userId));
  }

  /** Each event of a long-lived subscription context starts with empty caches. */
  const fresh = <T>(payload: T, _args: unknown, ctx: ChatContext): T => {
    resetCaches(ctx);
    return payload;
  };

  return {
    DateTime: DateTimeScalar,
    Query: {
      room: async (_, { id }, ctx) => {
        const viewer = requireViewer(ctx.viewer);
        const room = await ctx.loaders.roomById.load(id);
        if (!room) return null;
        if (!(await chat.canRead(ctx, room, viewer.userId))) throw forbidden('Only members can read this room.');
        return room;
      },
      rooms: (_, args, ctx) => chat.myRooms(ctx, requireViewer(ctx.viewer), args),
      publicRooms: (_, args, ctx) => {
        requireViewer(ctx.viewer);
        return chat.publicRooms(ctx, args);
      },
      messages: (_, { roomId, ...args }, ctx) => chat.history(ctx, requireViewer(ctx.viewer), roomId, args),
      message: (_, { id }, ctx) => chat.visibleMessage(ctx, requireViewer(ctx.viewer).userId, id),
      presence: (_, { userIds }, ctx) => {
        requireViewer(ctx.viewer);
        return chat.presence(ctx, userIds);
      },
      broadcasts: (_, { channel, since, first }, ctx) => {
        requireViewer(ctx.viewer);
        return broadcasts.history(ctx.em, channel, since ?? 0, first ?? 100);
      },
    },
    Mutation: {
      createRoom: (_, { input }, ctx) => chat.createRoom(ctx, requireViewer(ctx.viewer), input),
      openDirectRoom: (_, { userId }, ctx) => chat.openDirect(ctx, requireViewer(ctx.viewer), userId),
      joinRoom: (_, { roomId }, ctx) => chat.join(ctx, requireViewer(ctx.viewer), roomId),
      inviteToRoom: (_, { roomId, userId }, ctx) => chat.invite(ctx, requireViewer(ctx.viewer), roomId, userId),
      leaveRoom: async (_, { roomId }, ctx) => ({ roomId: await chat.leave(ctx, requireViewer(ctx.viewer), roomId), errors: [] }),
      postMessage: (_, { input }, ctx) => chat.post(ctx, requireViewer(ctx.viewer), input),
      editMessage: (_, { id, text }, ctx) => chat.edit(ctx, requireViewer(ctx.viewer), id, text),
      deleteMessage: (_, { id }, ctx) => chat.delete(ctx, requireViewer(ctx.viewer), id),
      setTyping: (_, { roomId, typing }, ctx) => chat.setTyping(ctx, requireViewer(ctx.viewer), roomId, typing),
      markRead: (_, { roomId, messageId }, ctx) => chat.markRead(ctx, requireViewer(ctx.viewer), roomId, messageId),
      heartbeat: (_, __, ctx) => chat.heartbeat(ctx, requireViewer(ctx.viewer)),
      broadcast: (_, { channel, text }, ctx) => broadcasts.broadcast(ctx, requireViewer(ctx.viewer), channel, text),
    },
    Subscription: {
      messageAdded: {
        subscribe: (_, { roomId }, ctx) => roomFeed(ctx, roomId, topics.messageAdded(roomId)),
        resolve: fresh<MessageView>,
      },
      messageUpdated: {
        subscribe: (_, { roomId }, ctx) => roomFeed(ctx, roomId, topics.messageUpdated(roomId)),
        resolve: fresh<MessageView>,
      },
      typing: {
        subscribe: (_, { roomId }, ctx) => roomFeed(ctx, roomId, topics.typing(roomId)),
        resolve: fresh,
      },
      readReceipts: {
        subscribe: (_, { roomId }, ctx) => roomFeed(ctx, roomId, topics.readReceipts(roomId)),
        resolve: fresh,
      },
      broadcastReceived: {
        subscribe: (_, { channel, since }, ctx) => {
          requireViewer(ctx.viewer);
          return broadcasts.subscribe(ctx, channel, since ?? null);
        },
        resolve: fresh,
      },
    },
    Room: {
      // Other subgraphs may reference any room; it resolves only for viewers who may read it.
      __resolveReference: async (reference, ctx) => {
        const room = await ctx.loaders.roomById.load(reference.id);
        if (!room || !ctx.viewer) return null;
        return (await chat.canRead(ctx, room, ctx.viewer.userId)) ? room : null;
      },
      createdBy: (room) => ref(room.createdById),
      memberCount: (room, _, ctx) => ctx.loaders.memberCount.load(room.id),
      members: (room, args, ctx) => chat.members(ctx, room.id, args),
      viewerIsMember: async (room, _, ctx) =>
        ctx.viewer ? (await ctx.loaders.membership.load(memberKey(room.id, ctx.viewer.userId))) !== null : false,
      unreadCount: (room, _, ctx) => (ctx.viewer ? ctx.loaders.unreadCount.load(memberKey(room.id, ctx.viewer.userId)) : 0),
    },
    RoomMember: {
      user: (member) => ref(member.userId),
      joinedAt: (member) => member.createdAt,
    },
    Message: {
      __resolveReference: (reference, ctx) => chat.visibleMessage(ctx, ctx.viewer?.userId ?? null, reference.id),
      room: async (message, _, ctx) => chat.room(ctx, message.roomId),
      author: (message) => ref(message.authorId),
      text: (message) => (message.deletedAt ? null : (message.text ?? null)),
      deleted: (message) => Boolean(message.deletedAt),
      mentions: (message) => (message.deletedAt ? [] : message.mentions.map(ref)),
      sequence: (message) => message.seq,
      editedAt: (message) => message.editedAt ?? null,
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
