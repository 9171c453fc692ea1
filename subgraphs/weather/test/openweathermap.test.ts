import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { FakeProvider } from '../../../test/helpers/fake-provider';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';

// OpenWeatherMap's documented response shapes (trimmed to realistic fields).
const geo = (name: string, lat: number, lon: number) => [
  { name, local_names: { en: name }, lat, lon, country: 'FR', state: 'Ile-de-France' },
];
const current = (name: string, temp = 21.5) => ({
  coord: { lon: 2.35, lat: 48.86 },
  weather: [{ id: 800, main: 'Clear', description: 'clear sky', icon: '01d' }],
  base: 'stations',
  main: { temp, feels_like: temp - 1, temp_min: temp - 2, temp_max: temp + 2, pressure: 1015, humidity: 40 },
  visibility: 10000,
  wind: { speed: 3.6, deg: 250 },
  clouds: { all: 0 },
  dt: 1796371200,
  sys: { type: 2, id: 1, country: 'FR', sunrise: 1796360000, sunset: 1796390000 },
  timezone: 3600,
  id: 2988507,
  name,
  cod: 200,
});
const step = (dt: number, min: number, max: number, main: string, pop: number) => ({
  dt,
  main: { temp: (min + max) / 2, feels_like: min, temp_min: min, temp_max: max, pressure: 1010, humidity: 60 },
  weather: [{ id: 500, main, description: main.toLowerCase(), icon: '10d' }],
  wind: { speed: 2, deg: 90 },
  pop,
  dt_txt: new Date(dt * 1000).toISOString().replace('T', ' ').slice(0, 19),
});
const day0 = Date.UTC(2026, 11, 4) / 1000;
const forecast = {
  cod: '200',
  message: 0,
  cnt: 4,
  list: [
    step(day0 + 9 * 3600, 5, 8, 'Rain', 0.6),
    step(day0 + 12 * 3600, 7, 11, 'Rain', 0.2),
    step(day0 + 15 * 3600, 6, 9, 'Clouds', 0),
    step(day0 + 33 * 3600, 2, 4, 'Snow', 0.9),
  ],
  city: { id: 2988507, name: 'Paris', coord: { lat: 48.8534, lon: 2.3488 }, country: 'FR', timezone: 3600, sunrise: 0, sunset: 0 },
};

const CURRENT = `query($location: WeatherLocationInput!, $units: WeatherUnits) { currentWeather(location: $location, units: $units) {
  place { name country latitude longitude } units provider stale asOf
  conditions { temperature feelsLike humidity pressure windSpeed windDirection summary description icon observedAt } } }`;
const FORECAST = `query($location: WeatherLocationInput!, $days: Int) { weatherForecast(location: $location, days: $days) {
  place { name } provider stale days { date min max summary precipitationChance } } }`;
const STATUS = '{ weatherProviders { name state opens windowCalls windowFailures lastError } }';

describe('weather on OpenWeatherMap through the router', () => {
  let owm: FakeProvider;
  let stack: TestStack;
  let user: TestUser;
  const ask = (query: string, variables: Record<string, unknown>, token = user.token) => gql(stack.url, query, variables, { token });

  beforeAll(async () => {
    owm = await FakeProvider.start();
    stack = await startTestStack({
      only: ['identity', 'weather'],
      env: {
        OPENWEATHERMAP_URL: owm.url,
        WEATHER_API_KEY: 'owm-secret',
        WEATHER_TIMEOUT_MS: '300',
        WEATHER_RETRIES: '1',
        WEATHER_CACHE_TTL_SECONDS: '1',
        WEATHER_BREAKER_MIN_CALLS: '4',
        WEATHER_BREAKER_OPEN_MS: '300',
        WEATHER_RATE_LIMIT: '60',
        WEATHER_RATE_LIMIT_WINDOW_SECONDS: '600',
      },
    });
  });
  afterAll(async () => {
    await owm.stop();
  });
  beforeEach(async () => {
    owm.reset();
    user = await signUpUser(stack.url, 'weather');
  });

  it('geocodes a city and answers current conditions in the documented shape, sending the key and units', async () => {
    owm.route('GET /geo/1.0/direct', { status: 200, body: geo('Paris', 48.8566, 2.3522) });
    owm.route('GET /data/2.5/weather', { status: 200, body: current('Paris') });
    const res = await ask(CURRENT, { location: { city: 'Paris' }, units: 'IMPERIAL' });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.currentWeather).toMatchObject({
      place: { name: 'Paris', country: 'FR', latitude: 48.86, longitude: 2.35 },
      units: 'IMPERIAL',
      provider: 'OpenWeatherMap',
      stale: false,
      conditions: {
        temperature: 21.5,
        feelsLike: 20.5,
        humidity: 40,
        pressure: 1015,
        windSpeed: 3.6,
        windDirection: 250,
        summary: 'Clear',
        description: 'clear sky',
        icon: '01d',
        observedAt: new Date(1796371200 * 1000).toISOString(),
      },
    });
    const sent = new URL(owm.received('GET /data/2.5/weather')[0]!.url, 'http://x').searchParams;
    expect(Object.fromEntries(sent)).toEqual({ lat: '48.86', lon: '2.35', units: 'imperial', appid: 'owm-secret' });
    expect(new URL(owm.received('GET /geo/1.0/direct')[0]!.url, 'http://x').searchParams.get('q')).toBe('paris');
  });

  it('serves "Paris" and " paris " from one cached answer, and coordinates rounded to 2 decimals', async () => {
    owm.route('GET /geo/1.0/direct', { status: 200, body: geo('Lyon', 45.764, 4.8357) });
    owm.route('GET /data/2.5/weather', { status: 200, body: current('Lyon') });
    const a = await ask(CURRENT, { location: { city: 'Lyon' } });
    const b = await ask(CURRENT, { location: { city: '  LYON ' } });
    expect(a.body.errors).toBeUndefined();
    expect(b.body.data.currentWeather.place).toEqual(a.body.data.currentWeather.place);
    expect(owm.received('GET /geo/1.0/direct')).toHaveLength(1);
    expect(owm.received('GET /data/2.5/weather')).toHaveLength(1);
    owm.reset();
    owm.route('GET /data/2.5/weather', { status: 200, body: current('Somewhere') });
    await ask(CURRENT, { location: { latitude: 10.123, longitude: -20.456 } });
    await ask(CURRENT, { location: { latitude: 10.1249, longitude: -20.4551 } });
    const calls = owm.received('GET /data/2.5/weather');
    expect(calls).toHaveLength(1);
    expect(new URL(calls[0]!.url, 'http://x').searchParams.get('lat')).toBe('10.12');
  });

  it('builds a daily forecast from three-hourly steps in local time', async () => {
    owm.route('GET /geo/1.0/direct', { status: 200, body: geo('Paris', 48.85, 2.35) });
    owm.route('GET /data/2.5/forecast', { status: 200, body: forecast });
    const res = await ask(FORECAST, { location: { city: 'paris' }, days: 5 });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.weatherForecast).toEqual({
      place: { name: 'Paris' },
      provider: 'OpenWeatherMap',
      stale: false,
      days: [
        { date: '2026-12-04', min: 5, max: 11, summary: 'Rain', precipitationChance: 0.6 },
        { date: '2026-12-05', min: 2, max: 4, summary: 'Snow', precipitationChance: 0.9 },
      ],
    });
    expect(errorCodes(await ask(FORECAST, { location: { city: 'paris' }, days: 9 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('says NOT_FOUND for an unknown city (empty geocoding) and for a 404', async () => {
    owm.route('GET /geo/1.0/direct', { status: 200, body: [] });
    const unknown = await ask(CURRENT, { location: { city: 'Nowhereville' } });
    expect(errorCodes(unknown)).toEqual(['NOT_FOUND']);
    expect(unknown.body.data.currentWeather).toBeNull();
    owm.route('GET /data/2.5/weather', { status: 404, body: { cod: '404', message: 'city not found' } });
    expect(errorCodes(await ask(CURRENT, { location: { latitude: 1, longitude: 1 } }))).toEqual(['NOT_FOUND']);
  });

  it('refuses bad locations with BAD_USER_INPUT before asking the provider', async () => {
    for (const location of [
      {},
      { city: '' },
      { city: 'x'.repeat(101) },
      { city: 'a;drop' },
      { latitude: 91, longitude: 0 },
      { latitude: 1 },
      { city: 'Paris', latitude: 1, longitude: 2 },
    ]) {
      expect(errorCodes(await ask(CURRENT, { location }))).toEqual(['BAD_USER_INPUT']);
    }
    expect(owm.received()).toEqual([]);
  });

  it('turns a 5xx, a timeout and a malformed body into SERVICE_UNAVAILABLE', async () => {
    owm.route('GET /data/2.5/weather', { status: 503 });
    const down = await ask(CURRENT, { location: { latitude: 2, longitude: 2 } });
    expect(errorCodes(down)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(down.body.errors![0]!.extensions).toMatchObject({ provider: 'OpenWeatherMap', reason: 'server_error' });
    expect(owm.received('GET /data/2.5/weather')).toHaveLength(2); // one retry
    owm.route('GET /data/2.5/weather', { status: 200, body: current('Slow'), delayMs: 1000 });
    const slow = await ask(CURRENT, { location: { latitude: 3, longitude: 3 } });
    expect(slow.body.errors![0]!.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'timeout' });
    owm.route('GET /data/2.5/weather', { status: 200, body: { cod: 200, main: 'not an object' } });
    const malformed = await ask(CURRENT, { location: { latitude: 4, longitude: 4 } });
    expect(malformed.body.errors![0]!.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'invalid_answer' });
    expect(JSON.stringify(malformed.body)).not.toContain('not an object');
  });

  it('waits out a short 429 and answers; a long Retry-After is RATE_LIMITED with retryAfterSeconds', async () => {
    owm.route('GET /data/2.5/weather', { status: 200, body: current('Nice') }, { status: 429, headers: { 'retry-after': '1' } });
    const waited = await ask(CURRENT, { location: { latitude: 5, longitude: 5 } });
    expect(waited.body.errors).toBeUndefined();
    expect(owm.received('GET /data/2.5/weather')).toHaveLength(2);
    owm.route('GET /data/2.5/weather', { status: 429, headers: { 'retry-after': '120' } });
    const limited = await ask(CURRENT, { location: { latitude: 6, longitude: 6 } });
    expect(limited.body.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 120 });
  });

  it('serves the cached answer marked stale when the provider goes down after the TTL', async () => {
    owm.route('GET /data/2.5/weather', { status: 200, body: current('Brest', 12) });
    const fresh = await ask(CURRENT, { location: { latitude: 48.39, longitude: -4.49 } });
    expect(fresh.body.data.currentWeather.stale).toBe(false);
    owm.route('GET /data/2.5/weather', { status: 503 });
    // Once the 1 s TTL has run out the provider is asked again, fails, and the old answer comes back marked stale.
    const stale = await eventually(
      async () => {
        const res = await ask(CURRENT, { location: { latitude: 48.39, longitude: -4.49 } });
        expect(res.body.errors).toBeUndefined();
        expect(res.body.data.currentWeather.stale).toBe(true);
        return res;
      },
      5000,
      200,
    );
    expect(stale.body.errors).toBeUndefined();
    expect(stale.body.data.currentWeather.conditions.temperature).toBe(12);
    expect(stale.body.data.currentWeather.asOf).toBe(fresh.body.data.currentWeather.asOf);
  });

  it('opens the breaker when the provider keeps failing, half-opens after the pause and closes on success', async () => {
    owm.route('GET /data/2.5/weather', { status: 500 });
    let lat = 20;
    await eventually(async () => {
      await ask(CURRENT, { location: { latitude: (lat += 1), longitude: 0 } }, undefined);
      const status = await ask(STATUS, {});
      expect(status.body.data.weatherProviders[0].state).toBe('open');
    });
    const sentBefore = owm.received().length;
    const refused = await ask(CURRENT, { location: { latitude: 70, longitude: 0 } });
    expect(refused.body.errors![0]!.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'breaker_open' });
    expect(owm.received()).toHaveLength(sentBefore);
    await eventually(async () => expect((await ask(STATUS, {})).body.data.weatherProviders[0].state).toBe('half_open'));
    owm.route('GET /data/2.5/weather', { status: 200, body: current('Back') });
    const back = await ask(CURRENT, { location: { latitude: 71, longitude: 0 } });
    expect(back.body.errors).toBeUndefined();
    const status = (await ask(STATUS, {})).body.data.weatherProviders[0];
    expect(status).toMatchObject({ name: 'OpenWeatherMap', state: 'closed' });
    expect(status.lastError).toMatch(/server_error|breaker_open/);
    expect(status.opens).toBeGreaterThanOrEqual(1);
  });

  it('limits each user (and each anonymous address) to WEATHER_RATE_LIMIT queries per window', async () => {
    owm.route('GET /data/2.5/weather', { status: 200, body: current('Rennes') });
    const location = { latitude: 48.11, longitude: -1.68 };
    for (let i = 0; i < 60; i++) expect((await ask(CURRENT, { location })).body.errors).toBeUndefined();
    const limited = await ask(CURRENT, { location });
    expect(errorCodes(limited)).toEqual(['RATE_LIMITED']);
    expect(limited.body.errors![0]!.extensions!.retryAfterSeconds).toBeGreaterThan(0);
    // Another user has a budget of their own.
    const other = await signUpUser(stack.url, 'weather-other');
    expect((await ask(CURRENT, { location }, other.token)).body.errors).toBeUndefined();
    // Anonymous callers share their address's budget.
    const anonymous = () => gql(stack.url, CURRENT, { location });
    for (let i = 0; i < 60; i++) expect((await anonymous()).body.errors).toBeUndefined();
    expect(errorCodes(await anonymous())).toEqual(['RATE_LIMITED']);
  });
});
