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
  wiring: {
    summary: 'number guessing with best scores; Connect Four with matchmaking, private rooms, live state and a leaderboard',
    catalogue: '4, 32',
    codegen: {
      contextType: '../context#GamesContext',
      mappers: {
        GuessingSession: '../entities#GuessSessionRow',
        Match: '../matches#MatchState',
        User: '../context#UserRef',
      },
    },
  },
  typeDefs: loadSubgraphSchema('games'),
  resolvers: createResolvers(createServices()),
  entities,
  migrations,
  loaders: createLoaders,
};
