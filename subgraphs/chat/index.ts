import { MODERATION_DECIDED_EVENT, loadSubgraphSchema, readModerationDecision, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { BroadcastService } from './src/broadcast';
import { createLoaders, type ChatLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { ChatService, topics } from './src/service';

const service = new ChatService();

/** chat: rooms, direct conversations, messages, typing, read receipts, presence (catalogue #29) and broadcast channels (#30). */
export const chat: SubgraphDefinition<ChatLoaders> = {
  name: 'chat',
  defaultPort: 4004,
  wiring: {
    summary: 'rooms, direct conversations, history, mentions, typing, read receipts, presence; broadcast channels with replay',
    catalogue: '29, 30',
    codegen: {
      contextType: '../context#ChatContext',
      mappers: {
        Room: '../entities#RoomRow',
        RoomMember: '../entities#RoomMemberRow',
        Message: '../context#MessageView',
        TypingEvent: '../context#TypingView',
        ReadReceipt: '../context#ReceiptView',
        Presence: '../context#PresenceView',
        BroadcastMessage: '../context#BroadcastView',
        User: '../context#UserRef',
      },
    },
  },
  typeDefs: loadSubgraphSchema('chat'),
  resolvers: createResolvers(service, new BroadcastService()),
  entities,
  migrations,
  loaders: createLoaders,
  // Moderators' decisions: publish (and announce) or remove a held or flagged message; keep authors' reputation.
  start: ({ pubsub }) => ({
    consumers: [
      {
        name: 'moderation-decisions',
        types: [MODERATION_DECIDED_EVENT],
        handle: async (event, em) => {
          const decision = readModerationDecision(event.payload);
          if (!decision) return;
          return service.applyDecision(em, decision, async (roomId, message) => {
            await pubsub.publish(topics.messageAdded(roomId), message);
          });
        },
      },
    ],
  }),
};
