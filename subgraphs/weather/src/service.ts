import { AppError, badInput, createRateLimit, ErrorCode, PerStart, type Logger, type RateLimit } from '../../../kit';
import {
  createWeatherProvider,
  PROVIDER_NAMES,
  type CurrentWeatherData,
  type ForecastData,
  type Place,
  type Units,
  type WeatherProvider,
} from './client';
import type { WeatherConfig } from './config';
import type { WeatherDeps } from './context';
import type { WeatherLocationInput } from './generated/resolvers';

/** Who is asking, for the rate limit: the signed-in user, else the client's address. */
export interface Caller {
  userId: string | null;
  ip: string | null;
}

const CITY = /^[\p{L}\p{M}\p{N} .,'’()-]+$/u;

/**
 * The location as the cache keys it: a city trimmed, whitespace collapsed and case-folded; coordinates
 * rounded to 2 decimals (about a kilometre). Exactly one of the two forms.
 */
export function normaliseLocation(input: WeatherLocationInput): Place {
  const hasCity = input.city != null;
  const hasCoords = input.latitude != null || input.longitude != null;
  if (hasCity === hasCoords) throw badInput('Give either a city or both latitude and longitude.', 'location');
  if (hasCity) {
    const city = input.city!.trim().replace(/\s+/g, ' ').toLowerCase();
    if (city.length < 1 || city.length > 100) throw badInput('city must be 1 to 100 characters.', 'location.city');
    if (!CITY.test(city)) throw badInput("city may hold letters, digits, spaces and . , ' ( ) - only.", 'location.city');
    return { city };
  }
  const { latitude, longitude } = input;
  if (latitude == null || !Number.isFinite(latitude) || latitude < -90 || latitude > 90) {
    throw badInput('latitude must be between -90 and 90.', 'location.latitude');
  }
  if (longitude == null || !Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
    throw badInput('longitude must be between -180 and 180.', 'location.longitude');
  }
  const r = (n: number) => Math.round(n * 100) / 100 + 0; // + 0 turns -0 into 0
  return { latitude: r(latitude), longitude: r(longitude) };
}

interface Started {
  provider: WeatherProvider | null;
  limit: RateLimit;
}

function start(config: WeatherConfig, log: Logger): Started {
  const provider = config.WEATHER_API_KEY
    ? createWeatherProvider({
        provider: config.WEATHER_PROVIDER,
        apiKey: config.WEATHER_API_KEY,
        openWeatherMapUrl: config.OPENWEATHERMAP_URL,
        visualCrossingUrl: config.VISUALCROSSING_URL,
        log,
        cacheTtlMs: config.WEATHER_CACHE_TTL_SECONDS * 1000,
        timeoutMs: config.WEATHER_TIMEOUT_MS,
        retries: config.WEATHER_RETRIES,
        breakerMinCalls: config.WEATHER_BREAKER_MIN_CALLS,
        breakerOpenMs: config.WEATHER_BREAKER_OPEN_MS,
        redisUrl: config.REDIS_URL,
        keyPrefix: config.REDIS_KEY_PREFIX,
      })
    : null;
  // Shared by replicas through Redis when configured.
  const limit = createRateLimit({
    name: 'weather',
    points: config.WEATHER_RATE_LIMIT,
    windowSeconds: config.WEATHER_RATE_LIMIT_WINDOW_SECONDS,
    redisUrl: config.REDIS_URL,
    keyPrefix: config.REDIS_KEY_PREFIX,
    log,
  });
  return { provider, limit };
}

/**
 * The weather subgraph's rules: inputs checked and normalised, then the caller's rate limit, then the
 * provider (one client and one limiter per started subgraph, in a PerStart).
 */
export class WeatherService {
  private readonly started = new PerStart(start, async (s: Started) => {
    await s.provider?.client.close();
    await s.limit.close();
  });

  close(config: WeatherConfig): Promise<void> {
    return this.started.close(config);
  }

  private async provider(deps: WeatherDeps, caller: Caller): Promise<WeatherProvider> {
    const started = this.started.get(deps);
    if (!started.provider) {
      throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'Weather is not configured on this server (WEATHER_API_KEY is not set).', {
        provider: PROVIDER_NAMES[deps.config.WEATHER_PROVIDER],
        reason: 'not_configured',
      });
    }
    const key = caller.userId ? `user:${caller.userId}` : `ip:${caller.ip ?? 'unknown'}`;
    const verdict = await started.limit.spend(key);
    if (!verdict.ok) {
      const { retryAfterSeconds } = verdict;
      throw new AppError(ErrorCode.RATE_LIMITED, `Too many weather queries; retry in ${retryAfterSeconds} s.`, { retryAfterSeconds });
    }
    return started.provider;
  }

  async current(deps: WeatherDeps, caller: Caller, location: WeatherLocationInput, units: Units): Promise<CurrentWeatherData> {
    const place = normaliseLocation(location);
    return (await this.provider(deps, caller)).current(place, units);
  }

  async forecast(deps: WeatherDeps, caller: Caller, location: WeatherLocationInput, units: Units, days: number): Promise<ForecastData> {
    const place = normaliseLocation(location);
    if (!Number.isInteger(days) || days < 1 || days > 5) throw badInput('days must be 1 to 5.', 'days');
    return (await this.provider(deps, caller)).forecast(place, units, days);
  }

  /** The configured provider's health; none when no key is configured. */
  providers(deps: WeatherDeps) {
    const provider = this.started.get(deps).provider;
    if (!provider) return [];
    const s = provider.client.status();
    return [{ ...s, lastErrorAt: s.lastErrorAt ? new Date(s.lastErrorAt) : null }];
  }
}
