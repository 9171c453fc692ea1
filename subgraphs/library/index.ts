import { loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
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
  start: (deps) => {
    const every = deps.config.LIBRARY_HOLD_SWEEP_MS;
    if (every === 0) return;
    const { log } = deps;
    const sweep = setInterval(() => {
      circulation.expireHolds(deps.serviceDeps()).catch((err) => log.warn({ err: String(err) }, 'hold expiry sweep failed'));
    }, every);
    sweep.unref();
    return { stop: async () => clearInterval(sweep) };
  },
};
