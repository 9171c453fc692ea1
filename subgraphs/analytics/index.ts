import { loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { loadAnalyticsConfig, type AnalyticsConfig } from './src/config';
import { createLoaders, type AnalyticsLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { seed } from './src/seed';
import { AnalyticsService } from './src/service';

const service = new AnalyticsService();

/** analytics: an event collector after PostHog (catalogue #53); `POST /batch/` on the router's host. */
export const analytics: SubgraphDefinition<AnalyticsLoaders, AnalyticsConfig> = {
  name: 'analytics',
  defaultPort: 4028,
  wiring: {
    summary:
      'event collector after PostHog: `POST /batch/` (gzip too) and a mutation, write-ahead log, dedup by uuid, batched writes, daily rollups, unique users, funnels',
    catalogue: '53',
    publicPaths: ['/batch/'],
    codegen: {
      contextType: '../context#AnalyticsContext',
      mappers: {
        AnalyticsProject: '../entities#AnalyticsProjectRow',
        AnalyticsEvent: '../entities#AnalyticsEventRow',
        AnalyticsDailyCount: '../entities#AnalyticsDailyCountRow',
      },
    },
  },
  typeDefs: loadSubgraphSchema('analytics'),
  resolvers: createResolvers(service),
  entities,
  migrations,
  loaders: createLoaders,
  config: loadAnalyticsConfig,
  seed,
  // The collector replays its write-ahead log before the server listens; stopping it writes what is buffered.
  start: async (deps) => {
    await service.collectors.get(deps).start(deps.orm, deps.clock);
    return { stop: () => service.collectors.close(deps.config) };
  },
  routes: (deps) => service.collectors.get(deps).routes(),
};
