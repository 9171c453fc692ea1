/**
 * The TMDB (and optional OMDb) client of the movies subgraph and of the `tmdb-app` CLI (one code for
 * both), on the kit's outbound client: timeouts, retries with backoff honouring TMDB's Retry-After on
 * 429, the breaker, a cache with stale-on-error. TMDB's `/configuration` (image base URL and sizes) is
 * fetched once a day and used to build poster and backdrop URLs.
 */
// From the kit's modules rather than kit/index: the CLI loads this file and must not load the server side.
import { createProviderClient, type ProviderClient } from '../../../kit/src/outbound';
import type { Logger } from '../../../kit/src/logger';

export const LISTS = ['NOW_PLAYING', 'POPULAR', 'TOP_RATED', 'UPCOMING'] as const;
export type MovieList = (typeof LISTS)[number];
const LIST_PATH: Record<MovieList, string> = {
  NOW_PLAYING: 'now_playing',
  POPULAR: 'popular',
  TOP_RATED: 'top_rated',
  UPCOMING: 'upcoming',
};

/** TMDB serves at most 500 pages of 20. */
export const MAX_PAGE = 500;

export interface MovieData {
  id: string;
  title: string;
  overview: string;
  releaseDate: string | null;
  voteAverage: number;
  voteCount: number;
  posterUrl: string | null;
  backdropUrl: string | null;
  /** Details only. */
  runtimeMinutes?: number | null;
  genres?: string[];
  imdbId?: string | null;
}

export interface MoviePage {
  movies: MovieData[];
  page: number;
  totalPages: number;
  totalResults: number;
  stale: boolean;
}

export interface Rating {
  source: string;
  value: string;
}

interface TmdbMovie {
  id: number;
  title: string;
  overview?: string;
  release_date?: string;
  vote_average?: number;
  vote_count?: number;
  poster_path?: string | null;
  backdrop_path?: string | null;
  runtime?: number | null;
  genres?: { name: string }[];
  imdb_id?: string | null;
}

interface TmdbPage {
  page: number;
  total_pages: number;
  total_results: number;
  results: TmdbMovie[];
}

interface Images {
  base: string;
  poster: string;
  backdrop: string;
}

function isMovie(value: unknown): value is TmdbMovie {
  const m = value as TmdbMovie | null;
  return typeof m === 'object' && m !== null && typeof m.id === 'number' && typeof m.title === 'string';
}

function parsePage(value: unknown): TmdbPage {
  const p = value as Partial<TmdbPage> | null;
  if (!p || typeof p.page !== 'number' || typeof p.total_pages !== 'number' || !Array.isArray(p.results)) throw new Error('not a page');
  if (!p.results.every(isMovie)) throw new Error('not a movie');
  return p as TmdbPage;
}

function parseMovie(value: unknown): TmdbMovie {
  if (!isMovie(value)) throw new Error('not a movie');
  return value;
}

function parseConfiguration(value: unknown): Images {
  const images = (value as { images?: { secure_base_url?: unknown; poster_sizes?: unknown; backdrop_sizes?: unknown } } | null)?.images;
  if (!images || typeof images.secure_base_url !== 'string') throw new Error('not a configuration');
  const pick = (sizes: unknown, wanted: string) => (Array.isArray(sizes) && sizes.includes(wanted) ? wanted : 'original');
  return { base: images.secure_base_url, poster: pick(images.poster_sizes, 'w500'), backdrop: pick(images.backdrop_sizes, 'w1280') };
}

export interface MoviesClientOptions {
  tmdbUrl: string;
  tmdbToken?: string;
  tmdbApiKey?: string;
  omdbUrl?: string;
  omdbApiKey?: string;
  log: Logger;
  cacheTtlMs: number;
  timeoutMs?: number;
  retries?: number;
  redisUrl?: string;
  keyPrefix?: string;
}

export class MoviesClient {
  private readonly tmdb: ProviderClient;
  private readonly omdb: ProviderClient | null;
  private readonly apiKey?: string;

  constructor(private readonly options: MoviesClientOptions) {
    const cache =
      options.cacheTtlMs > 0 ? { ttlMs: options.cacheTtlMs, redisUrl: options.redisUrl, keyPrefix: options.keyPrefix } : undefined;
    this.apiKey = options.tmdbToken ? undefined : options.tmdbApiKey;
    this.tmdb = createProviderClient({
      name: 'TMDB',
      baseUrl: options.tmdbUrl.replace(/\/+$/, ''),
      log: options.log,
      timeoutMs: options.timeoutMs ?? 8_000,
      retries: options.retries,
      headers: { accept: 'application/json', ...(options.tmdbToken ? { authorization: `Bearer ${options.tmdbToken}` } : {}) },
      redact: ['api_key'],
      cache,
    });
    this.omdb = options.omdbApiKey
      ? createProviderClient({
          name: 'OMDb',
          baseUrl: (options.omdbUrl ?? 'https://www.omdbapi.com').replace(/\/+$/, ''),
          log: options.log,
          timeoutMs: options.timeoutMs ?? 8_000,
          retries: options.retries,
          redact: ['apikey'],
          cache,
        })
      : null;
  }

  /** The breaker state of each provider. */
  status() {
    return [this.tmdb.status(), ...(this.omdb ? [this.omdb.status()] : [])];
  }

  async close(): Promise<void> {
    await this.tmdb.close();
    await this.omdb?.close();
  }

  private query(extra: Record<string, string | number> = {}) {
    return { ...extra, ...(this.apiKey ? { api_key: this.apiKey } : {}) };
  }

  /** Image base URL and sizes, from TMDB's /configuration (cached a day); null when TMDB cannot say. */
  private async images(): Promise<Images | null> {
    try {
      const answer = await this.tmdb.get('/configuration', { query: this.query(), validate: parseConfiguration, ttlMs: 86_400_000 });
      return answer.data;
    } catch {
      return null; // pictures are optional; the movie is not
    }
  }

  private toMovie(m: TmdbMovie, images: Images | null): MovieData {
    const url = (path: string | null | undefined, size: string) => (images && path ? `${images.base}${size}${path}` : null);
    return {
      id: String(m.id),
      title: m.title,
      overview: m.overview ?? '',
      releaseDate: m.release_date || null,
      voteAverage: m.vote_average ?? 0,
      voteCount: m.vote_count ?? 0,
      posterUrl: url(m.poster_path, images?.poster ?? ''),
      backdropUrl: url(m.backdrop_path, images?.backdrop ?? ''),
      ...(m.runtime !== undefined ? { runtimeMinutes: m.runtime } : {}),
      ...(m.genres ? { genres: m.genres.map((g) => g.name) } : {}),
      ...(m.imdb_id !== undefined ? { imdbId: m.imdb_id } : {}),
    };
  }

  private async page(path: string, query: Record<string, string | number>): Promise<MoviePage> {
    const [answer, images] = await Promise.all([this.tmdb.get(path, { query: this.query(query), validate: parsePage }), this.images()]);
    return {
      movies: answer.data.results.map((m) => this.toMovie(m, images)),
      page: answer.data.page,
      totalPages: Math.min(answer.data.total_pages, MAX_PAGE),
      totalResults: answer.data.total_results,
      stale: answer.stale,
    };
  }

  /** One page (1-500) of a TMDB list. */
  list(list: MovieList, page: number): Promise<MoviePage> {
    return this.page(`/movie/${LIST_PATH[list]}`, { page });
  }

  /** One page of TMDB's title search. */
  search(text: string, page: number): Promise<MoviePage> {
    return this.page('/search/movie', { query: text, page, include_adult: 'false' });
  }

  /** One movie with details; NOT_FOUND for an unknown id. */
  async movie(id: string): Promise<MovieData> {
    const [answer, images] = await Promise.all([
      this.tmdb.get(`/movie/${encodeURIComponent(id)}`, { query: this.query(), validate: parseMovie, notFound: `Movie ${id}` }),
      this.images(),
    ]);
    return this.toMovie(answer.data, images);
  }

  /** Ratings from OMDb by IMDb id, when OMDb is configured; [] otherwise or when it has none. */
  async ratings(imdbId: string): Promise<Rating[]> {
    if (!this.omdb) return [];
    const answer = await this.omdb.get<{ Response?: string; Ratings?: { Source: string; Value: string }[] }>('/', {
      query: { i: imdbId, apikey: this.options.omdbApiKey ?? '' },
      validate: (v) => v as { Response?: string; Ratings?: { Source: string; Value: string }[] },
    });
    if (answer.data.Response !== 'True' || !Array.isArray(answer.data.Ratings)) return [];
    return answer.data.Ratings.filter((r) => typeof r?.Source === 'string' && typeof r.Value === 'string').map((r) => ({
      source: r.Source,
      value: r.Value,
    }));
  }
}
