import { loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { loadMoviesConfig, type MoviesConfig } from './src/config';
import type { MoviesLoaders } from './src/context';
import { createResolvers } from './src/resolvers';
import { MoviesService } from './src/service';

const service = new MoviesService();

/** movies: TMDB lists, search and details with OMDb ratings; `Movie @key(id)` for other subgraphs (catalogue #5, #20). */
export const movies: SubgraphDefinition<MoviesLoaders, MoviesConfig> = {
  name: 'movies',
  defaultPort: 4014,
  wiring: {
    summary: 'TMDB lists (now playing, popular, top rated, upcoming), search and details with poster URLs, OMDb ratings; `Movie` entity',
    catalogue: '5, 20',
    codegen: {
      contextType: '../context#MoviesContext',
      mappers: {
        Movie: '../client#MovieData',
        MovieRating: '../client#Rating',
        MovieConnection: '../service#MoviePageConnection',
      },
    },
  },
  typeDefs: loadSubgraphSchema('movies'),
  resolvers: createResolvers(service),
  // No rows of its own: only the kit's event tables.
  entities: [],
  migrations,
  loaders: () => ({}),
  config: loadMoviesConfig,
  start: ({ config }) => ({ stop: () => service.close(config) }),
};
