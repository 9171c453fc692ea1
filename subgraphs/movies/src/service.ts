import DataLoader from 'dataloader';
import { AppError, badInput, ErrorCode, PerStart, type Connection } from '../../../kit';
import { MAX_PAGE, MoviesClient, type MovieData, type MovieList, type MoviePage, type Rating } from './client';
import type { MoviesConfig } from './config';
import type { MoviesDeps } from './context';

export type MoviePageConnection = Connection<MovieData> & { stale: boolean };

const MOVIE_ID = /^[1-9]\d{0,9}$/;
const CURSOR = /^([a-z_]{1,20}):(\d{1,3}):(\d{1,2})$/;

/**
 * `after` (an edge cursor `source:page:index`, base64url, where `source` is the list or `search`) →
 * the TMDB page to fetch; a cursor of another list or connection is refused.
 */
function pageAfter(after: string | null | undefined, source: string): number {
  if (after == null) return 1;
  const match = CURSOR.exec(Buffer.from(after, 'base64url').toString('utf8'));
  const page = Number(match?.[2]);
  if (!match || match[1] !== source || page < 1 || page >= MAX_PAGE) throw badInput('after is not a cursor this API returned.', 'after');
  return page + 1;
}

function connection(result: MoviePage, source: string): MoviePageConnection {
  const edges = result.movies.map((node, i) => ({ cursor: Buffer.from(`${source}:${result.page}:${i}`).toString('base64url'), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: result.page < result.totalPages,
      hasPreviousPage: result.page > 1,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: result.totalResults,
    stale: result.stale,
  };
}

/**
 * The movies subgraph's rules: inputs checked before TMDB is asked; one MoviesClient per started
 * subgraph (per parsed configuration), and one movie loader per request, so a plan that references
 * the same movie many times asks for it once.
 */
export class MoviesService {
  private readonly clients = new PerStart(
    (config: MoviesConfig, log) =>
      new MoviesClient({
        tmdbUrl: config.TMDB_API_URL,
        tmdbToken: config.TMDB_TOKEN,
        tmdbApiKey: config.TMDB_API_KEY,
        omdbUrl: config.OMDB_API_URL,
        omdbApiKey: config.OMDB_API_KEY,
        log,
        cacheTtlMs: config.MOVIES_CACHE_TTL_SECONDS * 1000,
        timeoutMs: config.MOVIES_TIMEOUT_MS,
        retries: config.MOVIES_RETRIES,
        redisUrl: config.REDIS_URL,
        keyPrefix: config.REDIS_KEY_PREFIX,
      }),
    (client) => client.close(),
  );
  private readonly loaders = new WeakMap<object, DataLoader<string, MovieData | null>>();

  clientFor(deps: Pick<MoviesDeps, 'config' | 'log'>): MoviesClient {
    const config = deps.config;
    if (!config.TMDB_TOKEN && !config.TMDB_API_KEY) {
      throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'Movie data is not configured on this server (TMDB_TOKEN or TMDB_API_KEY).', {
        provider: 'TMDB',
        reason: 'not_configured',
      });
    }
    return this.clients.get(deps);
  }

  close(config: MoviesConfig): Promise<void> {
    return this.clients.close(config);
  }

  async list(deps: MoviesDeps, list: MovieList, after?: string | null): Promise<MoviePageConnection> {
    const source = list.toLowerCase();
    const page = pageAfter(after, source); // checked before TMDB is asked
    return connection(await this.clientFor(deps).list(list, page), source);
  }

  async search(deps: MoviesDeps, text: string, after?: string | null): Promise<MoviePageConnection> {
    const query = text.trim();
    if (query.length < 1 || query.length > 100) throw badInput('text must be 1 to 100 characters.', 'text');
    const page = pageAfter(after, 'search');
    return connection(await this.clientFor(deps).search(query, page), 'search');
  }

  /** One movie through the request's loader: null when TMDB has no such id (a reference to it resolves to null). */
  movie(deps: MoviesDeps, id: string): Promise<MovieData | null> {
    if (!MOVIE_ID.test(id)) throw badInput('id must be a TMDB movie id (digits).', 'id');
    let loader = this.loaders.get(deps);
    if (!loader) {
      const client = this.clientFor(deps);
      loader = new DataLoader(
        (ids) =>
          Promise.all(
            ids.map((one) =>
              client.movie(one).catch((error: unknown) => {
                if (error instanceof AppError && error.extensions.code === ErrorCode.NOT_FOUND) return null;
                return error as Error;
              }),
            ),
          ),
        { maxBatchSize: 20 },
      );
      this.loaders.set(deps, loader);
    }
    return loader.load(id);
  }

  async ratings(deps: MoviesDeps, movie: MovieData): Promise<Rating[]> {
    const imdbId = movie.imdbId ?? (await this.movie(deps, movie.id))?.imdbId;
    return imdbId ? this.clientFor(deps).ratings(imdbId) : [];
  }

  /** The configured providers' health; none when TMDB is not configured. */
  providers(deps: MoviesDeps) {
    if (!deps.config.TMDB_TOKEN && !deps.config.TMDB_API_KEY) return [];
    return this.clientFor(deps)
      .status()
      .map((s) => ({ name: s.name, breaker: s.state, opens: s.opens, lastError: s.lastError }));
  }
}
