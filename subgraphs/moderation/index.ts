import { MODERATION_REPORT_EVENTS, loadSubgraphSchema, readModerationReport, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { createLoaders, type ModerationLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { ModerationService } from './src/service';

const service = new ModerationService();

/**
 * moderation: the review queue, decisions, appeals and authors' reputation for content that social,
 * publishing and chat hold or flag with the kit's classifier (issue 23, item 3).
 */
export const moderation: SubgraphDefinition<ModerationLoaders> = {
  name: 'moderation',
  defaultPort: 4030,
  wiring: {
    summary:
      'content moderation: cases for held or flagged posts, comments and messages (reported by events), admin review queue, decisions, appeals, per-author reputation',
    catalogue: 'issue 23',
    codegen: {
      contextType: '../context#ModerationContext',
      mappers: {
        ModerationCase: '../entities#ModerationCaseRow',
        ModerationReputation: '../entities#ModerationReputationRow',
        User: '../context#UserRef',
      },
    },
  },
  typeDefs: loadSubgraphSchema('moderation'),
  resolvers: createResolvers(service),
  entities,
  migrations,
  loaders: createLoaders,
  // Reports from the content subgraphs open cases (idempotent: one case per content).
  consumers: [
    {
      name: 'cases',
      types: MODERATION_REPORT_EVENTS,
      handle: async (event, em) => {
        const report = readModerationReport(event.payload);
        if (report) await service.report(em, report);
      },
    },
  ],
};
