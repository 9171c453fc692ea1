import { loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { BroadcastService } from './src/broadcast';
import { createLoaders, type ChatLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { ChatService } from './src/service';

/** chat: rooms, direct conversations, messages, typing, read receipts, presence (catalogue #29) and broadcast channels (#30). */
export const chat: SubgraphDefinition<ChatLoaders> = {
  name: 'chat',
  defaultPort: 4004,
  typeDefs: loadSubgraphSchema('chat'),
  resolvers: createResolvers(new ChatService(), new BroadcastService()),
  entities,
  migrations,
  loaders: createLoaders,
};
