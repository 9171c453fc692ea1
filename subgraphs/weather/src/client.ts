/**
 * The weather providers behind one interface, on the kit's outbound client (timeouts, retries with
 * backoff honouring Retry-After, the breaker, a cache with stale-on-error): OpenWeatherMap (geocoding
 * by /geo/1.0/direct, then /data/2.5/weather and /data/2.5/forecast by coordinates) or Visual Crossing
 * (one /timeline/{location} call with current conditions and days). The cache key is the request URL,
 * and the URL is built from the normalised location, so " paris " and "Paris" share one entry.
 */
import { AppError, ErrorCode, createProviderClient, z, type Logger, type ProviderAnswer, type ProviderClient } from '../../../kit';

export type Units = 'METRIC' | 'IMPERIAL' | 'STANDARD';

/** A location already normalised by the service: a folded city, or coordinates rounded to 2 decimals. */
export type Place = { city: string } | { latitude: number; longitude: number };

export interface PlaceData {
  name: string;
  country: string | null;
  latitude: number;
  longitude: number;
}

export interface ConditionsData {
  temperature: number;
  feelsLike: number | null;
  humidity: number | null;
  pressure: number | null;
  windSpeed: number | null;
  windDirection: number | null;
  summary: string;
  description: string | null;
  icon: string | null;
  observedAt: Date;
}

export interface DayData {
  date: string;
  min: number;
  max: number;
  summary: string;
  precipitationChance: number | null;
}

interface Meta {
  provider: string;
  units: Units;
  stale: boolean;
  asOf: Date;
}
export type CurrentWeatherData = Meta & { place: PlaceData; conditions: ConditionsData };
export type ForecastData = Meta & { place: PlaceData; days: DayData[] };

export interface WeatherProvider {
  readonly client: ProviderClient;
  current(place: Place, units: Units): Promise<CurrentWeatherData>;
  forecast(place: Place, units: Units, days: number): Promise<ForecastData>;
}

export interface WeatherClientOptions {
  provider: 'openweathermap' | 'visualcrossing';
  apiKey: string;
  openWeatherMapUrl: string;
  visualCrossingUrl: string;
  log: Logger;
  cacheTtlMs: number;
  timeoutMs: number;
  retries: number;
  breakerMinCalls: number;
  breakerOpenMs: number;
  redisUrl?: string;
  keyPrefix?: string;
}

/** The name each provider has in errors, logs and `weatherProviders`. */
export const PROVIDER_NAMES = { openweathermap: 'OpenWeatherMap', visualcrossing: 'VisualCrossing' } as const;

const num = z.number().finite();
const optNum = num.nullish();

// OpenWeatherMap's documented shapes (only what is read).
const OwmGeo = z.array(z.object({ name: z.string(), lat: num, lon: num, country: z.string().optional() }));
const OwmWeather = z.object({ main: z.string(), description: z.string().optional(), icon: z.string().optional() });
const OwmCurrent = z.object({
  name: z.string(),
  coord: z.object({ lat: num, lon: num }),
  sys: z.object({ country: z.string().optional() }).optional(),
  dt: num,
  main: z.object({ temp: num, feels_like: optNum, humidity: optNum, pressure: optNum }),
  weather: z.array(OwmWeather).min(1),
  wind: z.object({ speed: optNum, deg: optNum }).optional(),
});
const OwmForecast = z.object({
  city: z.object({ name: z.string(), country: z.string().optional(), coord: z.object({ lat: num, lon: num }), timezone: num.optional() }),
  list: z.array(z.object({ dt: num, main: z.object({ temp_min: num, temp_max: num }), weather: z.array(OwmWeather).min(1), pop: optNum })),
});

// Visual Crossing's timeline shape (only what is read).
const VcDay = z.object({
  datetime: z.string(),
  tempmin: num,
  tempmax: num,
  conditions: z.string(),
  precipprob: optNum,
});
const VcTimeline = z.object({
  resolvedAddress: z.string(),
  latitude: num,
  longitude: num,
  days: z.array(VcDay),
  currentConditions: z
    .object({
      datetimeEpoch: num,
      temp: num,
      feelslike: optNum,
      humidity: optNum,
      pressure: optNum,
      windspeed: optNum,
      winddir: optNum,
      conditions: z.string(),
      icon: z.string().nullish(),
    })
    .optional(),
});

const OWM_UNITS: Record<Units, string> = { METRIC: 'metric', IMPERIAL: 'imperial', STANDARD: 'standard' };
const VC_UNITS: Record<Units, string> = { METRIC: 'metric', IMPERIAL: 'us', STANDARD: 'base' };

const round = (n: number | null | undefined): number | null => (n == null ? null : Math.round(n));
const meta = (provider: string, units: Units, answers: ProviderAnswer<unknown>[]): Meta => ({
  provider,
  units,
  stale: answers.some((a) => a.stale),
  asOf: new Date(Math.min(...answers.map((a) => a.storedAt))),
});

class OpenWeatherMap implements WeatherProvider {
  constructor(
    readonly client: ProviderClient,
    private readonly apiKey: string,
  ) {}

  /** Coordinates of a city (the first match of the geocoder); NOT_FOUND when it knows none. */
  private async locate(place: Place): Promise<{ place: PlaceData | null; lat: number; lon: number; answers: ProviderAnswer<unknown>[] }> {
    if (!('city' in place)) return { place: null, lat: place.latitude, lon: place.longitude, answers: [] };
    const geo = await this.client.get('/geo/1.0/direct', { query: { q: place.city, limit: 1, appid: this.apiKey }, validate: OwmGeo });
    const hit = geo.data[0];
    if (!hit) throw new AppError(ErrorCode.NOT_FOUND, `City ${place.city} was not found.`, { provider: this.client.name });
    const lat = Math.round(hit.lat * 100) / 100;
    const lon = Math.round(hit.lon * 100) / 100;
    return { place: { name: hit.name, country: hit.country ?? null, latitude: lat, longitude: lon }, lat, lon, answers: [geo] };
  }

  async current(place: Place, units: Units): Promise<CurrentWeatherData> {
    const where = await this.locate(place);
    const answer = await this.client.get('/data/2.5/weather', {
      query: { lat: where.lat, lon: where.lon, units: OWM_UNITS[units], appid: this.apiKey },
      validate: OwmCurrent,
      notFound: 'Location',
    });
    const d = answer.data;
    const w = d.weather[0]!;
    return {
      ...meta(this.client.name, units, [...where.answers, answer]),
      place: where.place ?? { name: d.name, country: d.sys?.country ?? null, latitude: d.coord.lat, longitude: d.coord.lon },
      conditions: {
        temperature: d.main.temp,
        feelsLike: d.main.feels_like ?? null,
        humidity: round(d.main.humidity),
        pressure: round(d.main.pressure),
        windSpeed: d.wind?.speed ?? null,
        windDirection: round(d.wind?.deg),
        summary: w.main,
        description: w.description ?? null,
        icon: w.icon ?? null,
        observedAt: new Date(d.dt * 1000),
      },
    };
  }

  async forecast(place: Place, units: Units, days: number): Promise<ForecastData> {
    const where = await this.locate(place);
    const answer = await this.client.get('/data/2.5/forecast', {
      query: { lat: where.lat, lon: where.lon, units: OWM_UNITS[units], appid: this.apiKey },
      validate: OwmForecast,
      notFound: 'Location',
    });
    const d = answer.data;
    // Three-hourly steps grouped by the location's local date: lowest and highest, the most frequent summary, the highest chance of rain.
    const offset = (d.city.timezone ?? 0) * 1000;
    const byDate = new Map<string, { min: number; max: number; summaries: Map<string, number>; pop: number | null }>();
    for (const step of d.list) {
      const date = new Date(step.dt * 1000 + offset).toISOString().slice(0, 10);
      const day = byDate.get(date) ?? { min: Infinity, max: -Infinity, summaries: new Map<string, number>(), pop: null };
      day.min = Math.min(day.min, step.main.temp_min);
      day.max = Math.max(day.max, step.main.temp_max);
      const summary = step.weather[0]!.main;
      day.summaries.set(summary, (day.summaries.get(summary) ?? 0) + 1);
      if (step.pop != null) day.pop = Math.max(day.pop ?? 0, step.pop);
      byDate.set(date, day);
    }
    const list = [...byDate].slice(0, days).map(([date, day]) => ({
      date,
      min: day.min,
      max: day.max,
      summary: [...day.summaries].sort((a, b) => b[1] - a[1])[0]![0],
      precipitationChance: day.pop,
    }));
    return {
      ...meta(this.client.name, units, [...where.answers, answer]),
      place: where.place ?? { name: d.city.name, country: d.city.country ?? null, latitude: d.city.coord.lat, longitude: d.city.coord.lon },
      days: list,
    };
  }
}

class VisualCrossing implements WeatherProvider {
  constructor(
    readonly client: ProviderClient,
    private readonly apiKey: string,
  ) {}

  private async timeline(place: Place, units: Units) {
    const location = 'city' in place ? place.city : `${place.latitude},${place.longitude}`;
    // Visual Crossing answers an unknown place with 400 "Invalid location parameter value".
    const answer = await this.client.get(
      `/VisualCrossingWebServices/rest/services/timeline/${encodeURIComponent(location).replace(/%2C/g, ',')}`,
      {
        query: { unitGroup: VC_UNITS[units], include: 'current,days', contentType: 'json', key: this.apiKey },
        // Read as text: its 400 is plain text ("Bad API Request:Invalid location parameter value."), its 200 JSON.
        text: true,
        validate: (body: unknown) =>
          typeof body === 'string' && body.startsWith('Bad API Request') ? null : VcTimeline.parse(JSON.parse(String(body))),
        accept: [400],
      },
    );
    if (answer.status === 400 || answer.data === null) {
      throw new AppError(ErrorCode.NOT_FOUND, `Location ${location} was not found.`, { provider: this.client.name });
    }
    const data = answer.data;
    const [name, ...rest] = data.resolvedAddress.split(',').map((s) => s.trim());
    return {
      answer,
      data,
      place: { name: name || location, country: rest.at(-1) ?? null, latitude: data.latitude, longitude: data.longitude },
    };
  }

  /** Visual Crossing gives wind in km/h for metric; OpenWeatherMap (and this API) in m/s. */
  private wind(speed: number | null | undefined, units: Units): number | null {
    if (speed == null) return null;
    return units === 'METRIC' ? Math.round((speed / 3.6) * 100) / 100 : speed;
  }

  async current(place: Place, units: Units): Promise<CurrentWeatherData> {
    const { answer, data, place: where } = await this.timeline(place, units);
    const c = data.currentConditions;
    if (!c) throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, `The ${this.client.name} service gave no current conditions.`);
    return {
      ...meta(this.client.name, units, [answer]),
      place: where,
      conditions: {
        temperature: c.temp,
        feelsLike: c.feelslike ?? null,
        humidity: round(c.humidity),
        pressure: round(c.pressure),
        windSpeed: this.wind(c.windspeed, units),
        windDirection: round(c.winddir),
        summary: c.conditions,
        description: null,
        icon: c.icon ?? null,
        observedAt: new Date(c.datetimeEpoch * 1000),
      },
    };
  }

  async forecast(place: Place, units: Units, days: number): Promise<ForecastData> {
    const { answer, data, place: where } = await this.timeline(place, units);
    return {
      ...meta(this.client.name, units, [answer]),
      place: where,
      days: data.days.slice(0, days).map((d) => ({
        date: d.datetime,
        min: d.tempmin,
        max: d.tempmax,
        summary: d.conditions,
        precipitationChance: d.precipprob == null ? null : d.precipprob / 100,
      })),
    };
  }
}

/** The configured provider's client. */
export function createWeatherProvider(options: WeatherClientOptions): WeatherProvider {
  const vc = options.provider === 'visualcrossing';
  const client = createProviderClient({
    name: PROVIDER_NAMES[options.provider],
    baseUrl: (vc ? options.visualCrossingUrl : options.openWeatherMapUrl).replace(/\/+$/, ''),
    log: options.log,
    timeoutMs: options.timeoutMs,
    retries: options.retries,
    retryBaseMs: 50,
    breaker: { minimumCalls: options.breakerMinCalls, openMs: options.breakerOpenMs },
    headers: { accept: 'application/json' },
    redact: ['q'],
    cache: options.cacheTtlMs > 0 ? { ttlMs: options.cacheTtlMs, redisUrl: options.redisUrl, keyPrefix: options.keyPrefix } : undefined,
  });
  return vc ? new VisualCrossing(client, options.apiKey) : new OpenWeatherMap(client, options.apiKey);
}
