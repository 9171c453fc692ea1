import { attachEntityCache, createEntityCache, loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { CatalogueService } from './src/catalogue';
import { CirculationService } from './src/circulation';
import { loadLibraryConfig, type LibraryConfig } from './src/config';
import { createLoaders, type LibraryLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { seed } from './src/seed';

const circulation = new CirculationService();

/** library: a book catalogue with search and facets, and circulation — loans, holds, fines (catalogue #16). */
export const library: SubgraphDefinition<LibraryLoaders, LibraryConfig> = {
  name: 'library',
  defaultPort: 4012,
  wiring: {
    summary: 'book catalogue (works, editions, ISBNs, search with facets) and circulation: loans, renewals, holds queue, fines',
    catalogue: '16',
    codegen: {
      contextType: '../context#LibraryContext',
      mappers: {
        Author: '../entities#AuthorRow',
        Work: '../entities#WorkRow',
        Edition: '../entities#EditionRow',
        Copy: '../entities#CopyRow',
        Loan: '../entities#LoanRow',
        Hold: '../entities#HoldRow',
        Fine: '../entities#FineRow',
        User: '../context#UserRef',
        LibraryMoney: '../context#MoneyData',
        WorkFacets: '../context#WorkFacetsData',
      },
    },
  },
  typeDefs: loadSubgraphSchema('library'),
  resolvers: createResolvers(new CatalogueService(), circulation),
  entities,
  migrations,
  loaders: createLoaders,
  config: loadLibraryConfig,
  seed,
  // READY holds not picked up in time expire even when nobody touches the work; each expiry is a
  // locked, conditional change, so replicas sweeping at once expire each hold once.
  // Works' rows are cached (kit/src/entity-cache.ts) in Redis or memory, invalidated by the mutations.
  start: (deps) => {
    const { config, log } = deps;
    const cache =
      config.LIBRARY_WORK_CACHE_TTL_MS > 0
        ? createEntityCache({
            name: 'library',
            redisUrl: config.REDIS_URL,
            prefix: config.REDIS_KEY_PREFIX,
            ttlMs: config.LIBRARY_WORK_CACHE_TTL_MS,
            log,
          })
        : null;
    if (cache) attachEntityCache(deps.orm.em, cache);
    const every = config.LIBRARY_HOLD_SWEEP_MS;
    const sweep =
      every === 0
        ? null
        : setInterval(() => {
            circulation.expireHolds(deps.serviceDeps()).catch((err) => log.warn({ err: String(err) }, 'hold expiry sweep failed'));
          }, every);
    sweep?.unref();
    return {
      stop: async () => {
        if (sweep) clearInterval(sweep);
        await cache?.close();
      },
    };
  },
};
