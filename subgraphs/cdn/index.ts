import { loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { loadCdnConfig, type CdnConfig } from './src/config';
import { createLoaders, type CdnLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { seed } from './src/seed';
import { CdnService } from './src/service';

/** The one service of this module (exported for tests that inspect a replica's fleet). */
export const cdnService = new CdnService();
const service = cdnService;

/** cdn: a CDN simulator — tenants' distributions of edge nodes in front of an origin (catalogue #48). */
export const cdn: SubgraphDefinition<CdnLoaders, CdnConfig> = {
  name: 'cdn',
  defaultPort: 4029,
  wiring: {
    summary:
      'CDN simulator: distributions of edge nodes (real HTTP servers, LRU bounded in bytes, Cache-Control TTLs, ETag revalidation) in front of an origin; round robin, least connections, consistent hashing; health checks with failover and recovery; purge by URL and tag; hit ratio, bytes saved, latency per node',
    catalogue: '48',
    codegen: {
      contextType: '../context#CdnContext',
      mappers: {
        Distribution: '../entities#DistributionRow',
        EdgeNodeStatus: '../fleet#NodeReport',
        CdnStats: '../service#CdnStatsView',
      },
    },
  },
  typeDefs: loadSubgraphSchema('cdn'),
  resolvers: createResolvers(service),
  entities,
  migrations,
  loaders: createLoaders,
  config: loadCdnConfig,
  start: async (deps) => {
    const fleet = await service.boot(deps);
    return { stop: () => service.shutdown(deps.config), metrics: fleet.metrics };
  },
  seed: (em, deps) => seed(service, em, deps),
};
