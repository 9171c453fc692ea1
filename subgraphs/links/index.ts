import { loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { loadLinksConfig, type LinksConfig } from './src/config';
import { createLoaders, type LinksLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { seed } from './src/seed';
import { LinkService } from './src/service';

const service = new LinkService();

/** links: a URL shortener after Shlink (catalogue #21); `GET /s/{code}` on the router's host. */
export const links: SubgraphDefinition<LinksLoaders, LinksConfig> = {
  name: 'links',
  defaultPort: 4016,
  wiring: {
    summary:
      'URL shortener: random or custom codes, validity, visit limits, tags, visit stats; `GET /s/{code}` redirects on the router host',
    catalogue: '21',
    publicPaths: ['/s/'],
    codegen: {
      contextType: '../context#LinksContext',
      mappers: {
        ShortLink: '../entities#ShortLinkRow',
        ShortLinkStats: '../context#LinkStatsData',
      },
    },
  },
  typeDefs: loadSubgraphSchema('links'),
  resolvers: createResolvers(service),
  entities,
  migrations,
  loaders: createLoaders,
  config: loadLinksConfig,
  seed,
  // The redirect runtime (cache, visit buffer) starts with the subgraph; stopping it writes the buffered visits.
  start: (deps) => {
    service.runtimes.get(deps).start(deps.orm, deps.pubsub, deps.clock, deps.routerKeys);
    return { stop: () => service.runtimes.close(deps.config) };
  },
  routes: (deps) => service.runtimes.get(deps).routes(),
};
