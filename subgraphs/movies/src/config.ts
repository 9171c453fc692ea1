import { parseConfig, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

/** The movies subgraph's settings: the shared subgraph settings plus TMDB's (and OMDb's, optional). */
export const moviesEnvSchema = subgraphEnvSchema.extend({
  /** TMDB's v3 API (tests point it at a loopback server). */
  TMDB_API_URL: z.string().url().default('https://api.themoviedb.org/3'),
  /** A v4 read access token (sent as a bearer token) — or TMDB_API_KEY, the v3 key (sent as `api_key`). */
  TMDB_TOKEN: z.string().min(1).optional(),
  TMDB_API_KEY: z.string().min(1).optional(),
  /** OMDb, a second source of ratings (IMDb, Rotten Tomatoes, Metacritic) when a key is set. */
  OMDB_API_URL: z.string().url().default('https://www.omdbapi.com'),
  OMDB_API_KEY: z.string().min(1).optional(),
  /** How long lists and details are served from cache; TMDB's /configuration is kept a day. */
  MOVIES_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(600),
  MOVIES_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(8_000),
  MOVIES_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
});
export type MoviesConfig = z.infer<typeof moviesEnvSchema>;

export function loadMoviesConfig(base: SubgraphConfig, env: Record<string, string | undefined>): MoviesConfig {
  return { ...parseConfig(moviesEnvSchema, env), ...base };
}
