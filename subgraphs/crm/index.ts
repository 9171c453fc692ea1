import { loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { createLoaders, type CrmLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { seed } from './src/seed';
import { CrmService } from './src/service';

/** crm: contacts, companies, custom fields, CSV import, leads and pipelines, all tenant-scoped (catalogue #15, #55). */
export const crm: SubgraphDefinition<CrmLoaders> = {
  name: 'crm',
  defaultPort: 4008,
  typeDefs: loadSubgraphSchema('crm'),
  resolvers: createResolvers(new CrmService()),
  entities,
  migrations,
  loaders: createLoaders,
  seed,
};
