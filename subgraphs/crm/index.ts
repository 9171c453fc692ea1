import { loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { createLoaders, type CrmLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { seed } from './src/seed';

/** crm: contacts, companies, custom fields, CSV import, leads and pipelines, all tenant-scoped (catalogue #15, #55). */
export const crm: SubgraphDefinition<CrmLoaders> = {
  name: 'crm',
  defaultPort: 4008,
  wiring: {
    summary:
      'tenant-scoped contacts and companies, custom fields, word-prefix search (FULLTEXT on MySQL), filters, sort, Relay pagination, CSV import with dedup and per-row errors, leads in pipelines with stage history',
    catalogue: '15, part of 55',
    codegen: {
      contextType: '../context#CrmContext',
      mappers: {
        Contact: '../entities#ContactRow',
        Company: '../entities#CompanyRow',
        Lead: '../entities#LeadRow',
        Pipeline: '../entities#PipelineRow',
        Stage: '../entities#StageRow',
        StageChange: '../entities#StageChangeRow',
        CustomFieldDefinition: '../entities#CustomFieldDefinitionRow',
        CustomFieldValue: '../context#CustomFieldValueView',
        User: '../context#UserRef',
      },
    },
  },
  typeDefs: loadSubgraphSchema('crm'),
  resolvers: createResolvers(),
  entities,
  migrations,
  loaders: createLoaders,
  seed,
};
