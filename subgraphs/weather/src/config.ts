import { parseConfig, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

/** The weather subgraph's settings: the shared subgraph settings plus the provider's. */
export const weatherEnvSchema = subgraphEnvSchema.extend({
  /** Which provider answers: OpenWeatherMap (default) or Visual Crossing. */
  WEATHER_PROVIDER: z.enum(['openweathermap', 'visualcrossing']).default('openweathermap'),
  /** The provider's API key (OpenWeatherMap `appid`, Visual Crossing `key`); without it every query is SERVICE_UNAVAILABLE. */
  WEATHER_API_KEY: z.string().min(1).optional(),
  /** Origins of the providers' APIs (tests point them at a loopback server). */
  OPENWEATHERMAP_URL: z.string().url().default('https://api.openweathermap.org'),
  VISUALCROSSING_URL: z.string().url().default('https://weather.visualcrossing.com'),
  /** How long an answer is served from cache (per normalised location and units). */
  WEATHER_CACHE_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(7 * 86_400)
    .default(12 * 3600),
  WEATHER_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(5_000),
  WEATHER_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  /** The provider breaker: failed calls in its window that open it, and how long it stays open. */
  WEATHER_BREAKER_MIN_CALLS: z.coerce.number().int().min(1).max(1000).default(10),
  WEATHER_BREAKER_OPEN_MS: z.coerce.number().int().min(10).max(600_000).default(5_000),
  /** Weather queries per user (or per IP for anonymous callers) per window. */
  WEATHER_RATE_LIMIT: z.coerce.number().int().min(1).max(100_000).default(60),
  WEATHER_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
});
export type WeatherConfig = z.infer<typeof weatherEnvSchema>;

export function loadWeatherConfig(base: SubgraphConfig, env: Record<string, string | undefined>): WeatherConfig {
  return { ...parseConfig(weatherEnvSchema, env), ...base };
}
