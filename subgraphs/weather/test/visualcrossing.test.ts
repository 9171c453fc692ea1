import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { FakeProvider } from '../../../test/helpers/fake-provider';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';

const TIMELINE = '/VisualCrossingWebServices/rest/services/timeline';
// Visual Crossing's documented timeline shape (trimmed to realistic fields).
const timeline = (address: string, temp = 9.4) => ({
  queryCost: 1,
  latitude: 48.8566,
  longitude: 2.35222,
  resolvedAddress: address,
  address: address.split(',')[0],
  timezone: 'Europe/Paris',
  tzoffset: 1,
  days: [
    {
      datetime: '2026-12-04',
      datetimeEpoch: 1796338800,
      tempmax: 11.2,
      tempmin: 4.1,
      temp: 7.5,
      humidity: 80,
      precipprob: 35,
      conditions: 'Rain, Partially cloudy',
      icon: 'rain',
    },
    {
      datetime: '2026-12-05',
      datetimeEpoch: 1796425200,
      tempmax: 8,
      tempmin: 1.5,
      temp: 5,
      humidity: 70,
      precipprob: 0,
      conditions: 'Clear',
      icon: 'clear-day',
    },
    {
      datetime: '2026-12-06',
      datetimeEpoch: 1796511600,
      tempmax: 9,
      tempmin: 2,
      temp: 5,
      humidity: 70,
      precipprob: null,
      conditions: 'Overcast',
      icon: 'cloudy',
    },
  ],
  currentConditions: {
    datetime: '10:00:00',
    datetimeEpoch: 1796374800,
    temp,
    feelslike: 7.1,
    humidity: 81.3,
    pressure: 1012.4,
    windspeed: 18,
    winddir: 225.6,
    conditions: 'Partially cloudy',
    icon: 'partly-cloudy-day',
  },
});

const CURRENT = `query($location: WeatherLocationInput!, $units: WeatherUnits) { currentWeather(location: $location, units: $units) {
  place { name country latitude longitude } units provider stale
  conditions { temperature feelsLike humidity pressure windSpeed windDirection summary icon observedAt } } }`;
const FORECAST = `query($location: WeatherLocationInput!, $days: Int) { weatherForecast(location: $location, days: $days) {
  place { name } provider stale days { date min max summary precipitationChance } } }`;

describe('weather on Visual Crossing through the router', () => {
  let vc: FakeProvider;
  let stack: TestStack;
  let user: TestUser;
  const ask = (query: string, variables: Record<string, unknown>) => gql(stack.url, query, variables, { token: user.token });

  beforeAll(async () => {
    vc = await FakeProvider.start();
    stack = await startTestStack({
      only: ['identity', 'weather'],
      env: {
        WEATHER_PROVIDER: 'visualcrossing',
        VISUALCROSSING_URL: vc.url,
        WEATHER_API_KEY: 'vc-secret',
        WEATHER_TIMEOUT_MS: '300',
        WEATHER_RETRIES: '1',
        WEATHER_CACHE_TTL_SECONDS: '1',
      },
    });
    user = await signUpUser(stack.url, 'vc');
  });
  afterAll(async () => {
    await vc.stop();
  });
  beforeEach(() => vc.reset());

  it('answers current conditions and the forecast from one cached timeline call per normalised location', async () => {
    vc.route(`GET ${TIMELINE}/paris`, { status: 200, body: timeline('Paris, Île-de-France, France') });
    const now = await ask(CURRENT, { location: { city: 'Paris' } });
    expect(now.body.errors).toBeUndefined();
    expect(now.body.data.currentWeather).toEqual({
      place: { name: 'Paris', country: 'France', latitude: 48.8566, longitude: 2.35222 },
      units: 'METRIC',
      provider: 'VisualCrossing',
      stale: false,
      conditions: {
        temperature: 9.4,
        feelsLike: 7.1,
        humidity: 81,
        pressure: 1012,
        windSpeed: 5, // 18 km/h in m/s
        windDirection: 226,
        summary: 'Partially cloudy',
        icon: 'partly-cloudy-day',
        observedAt: new Date(1796374800 * 1000).toISOString(),
      },
    });
    const days = await ask(FORECAST, { location: { city: ' PARIS  ' }, days: 2 });
    expect(days.body.data.weatherForecast).toEqual({
      place: { name: 'Paris' },
      provider: 'VisualCrossing',
      stale: false,
      days: [
        { date: '2026-12-04', min: 4.1, max: 11.2, summary: 'Rain, Partially cloudy', precipitationChance: 0.35 },
        { date: '2026-12-05', min: 1.5, max: 8, summary: 'Clear', precipitationChance: 0 },
      ],
    });
    const sent = vc.received();
    expect(sent).toHaveLength(1);
    expect(Object.fromEntries(new URL(sent[0]!.url, 'http://x').searchParams)).toEqual({
      unitGroup: 'metric',
      include: 'current,days',
      contentType: 'json',
      key: 'vc-secret',
    });
  });

  it('asks by rounded coordinates with the us unit group for IMPERIAL', async () => {
    vc.route(`GET ${TIMELINE}/40.71,-74.01`, { status: 200, body: timeline('40.71,-74.01', 48) });
    const res = await ask(CURRENT, { location: { latitude: 40.7128, longitude: -74.006 }, units: 'IMPERIAL' });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.currentWeather.conditions).toMatchObject({ temperature: 48, windSpeed: 18 });
    expect(new URL(vc.received()[0]!.url, 'http://x').searchParams.get('unitGroup')).toBe('us');
  });

  it("says NOT_FOUND for Visual Crossing's 400 on an unknown place", async () => {
    vc.route(`GET ${TIMELINE}/atlantis`, {
      status: 400,
      headers: { 'content-type': 'text/plain' },
      body: 'Bad API Request:Invalid location parameter value.',
    });
    const res = await ask(CURRENT, { location: { city: 'Atlantis' } });
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    expect(res.body.data.currentWeather).toBeNull();
  });

  it('turns a 5xx, a timeout, a malformed body and a long 429 into coded errors', async () => {
    vc.route(`GET ${TIMELINE}/a`, { status: 502 });
    expect((await ask(CURRENT, { location: { city: 'a' } })).body.errors![0]!.extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      provider: 'VisualCrossing',
      reason: 'server_error',
    });
    vc.route(`GET ${TIMELINE}/b`, { status: 200, body: timeline('B'), delayMs: 1000 });
    expect((await ask(CURRENT, { location: { city: 'b' } })).body.errors![0]!.extensions).toMatchObject({ reason: 'timeout' });
    vc.route(`GET ${TIMELINE}/c`, { status: 200, body: '<html>maintenance</html>' });
    expect((await ask(CURRENT, { location: { city: 'c' } })).body.errors![0]!.extensions).toMatchObject({ reason: 'invalid_answer' });
    vc.route(`GET ${TIMELINE}/d`, { status: 429, headers: { 'retry-after': '60' } });
    expect((await ask(CURRENT, { location: { city: 'd' } })).body.errors![0]!.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: 60,
    });
  });

  it('serves the cached timeline marked stale when Visual Crossing goes down', async () => {
    vc.route(`GET ${TIMELINE}/oslo`, { status: 200, body: timeline('Oslo, Norway', -3) });
    expect((await ask(CURRENT, { location: { city: 'Oslo' } })).body.data.currentWeather.stale).toBe(false);
    vc.route(`GET ${TIMELINE}/oslo`, { status: 503 });
    const res = await eventually(
      async () => {
        const r = await ask(CURRENT, { location: { city: 'oslo' } });
        expect(r.body.data.currentWeather.stale).toBe(true);
        return r;
      },
      5000,
      100,
    );
    expect(res.body.data.currentWeather.conditions.temperature).toBe(-3);
  });
});
