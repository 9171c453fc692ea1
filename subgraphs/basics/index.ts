import { loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { createLoaders, type BasicsLoaders } from './src/context';
import { CounterService } from './src/counters';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';

/** basics: unit conversion (catalogue #7) and counters (#9). */
export const basics: SubgraphDefinition<BasicsLoaders> = {
  name: 'basics',
  defaultPort: 4003,
  wiring: {
    summary: 'unit conversion; atomic counters with a `counterChanged` subscription',
    catalogue: '7, 9',
    codegen: {
      contextType: '../context#BasicsContext',
      mappers: {
        Counter: '../counters#CounterView',
      },
    },
  },
  typeDefs: loadSubgraphSchema('basics'),
  resolvers: createResolvers(new CounterService()),
  entities,
  migrations,
  loaders: createLoaders,
};
