import { loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { createLoaders, type WorkLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { seed } from './src/seed';
import { TaskService } from './src/service';

/** work: tasks and to-dos (catalogue #1 remote mode, #11, #18; later #51 projects and boards). */
export const work: SubgraphDefinition<WorkLoaders> = {
  name: 'work',
  defaultPort: 4002,
  wiring: {
    summary: 'tasks, owned by tenants: owner-only CRUD, assignment, validation, filters, sort, Relay pagination',
    catalogue: '11, 18, part of 55',
    codegen: {
      contextType: '../context#WorkContext',
      mappers: {
        Task: '../entities#TaskRow',
        User: '../context#UserRef',
      },
    },
  },
  typeDefs: loadSubgraphSchema('work'),
  resolvers: createResolvers(new TaskService()),
  entities,
  migrations,
  loaders: createLoaders,
  seed,
};
