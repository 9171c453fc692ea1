import { loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { createLoaders, type GamesLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { createServices } from './src/service';

/** games: the number guessing game (catalogue #4) and a multiplayer Connect Four server (#32). */
export const games: SubgraphDefinition<GamesLoaders> = {
  name: 'games',
  defaultPort: 4007,
  typeDefs: loadSubgraphSchema('games'),
  resolvers: createResolvers(createServices()),
  entities,
  migrations,
  loaders: createLoaders,
};
