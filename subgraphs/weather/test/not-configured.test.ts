import { gql } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';

describe('weather without an API key', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ only: ['weather'] });
  });

  it('says SERVICE_UNAVAILABLE with a clear message, and lists no provider', async () => {
    const res = await gql(stack.url, '{ currentWeather(location: { city: "Paris" }) { stale } }');
    expect(res.body.data.currentWeather).toBeNull();
    expect(res.body.errors![0]).toMatchObject({
      message: expect.stringContaining('WEATHER_API_KEY'),
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'not_configured' },
    });
    expect((await gql(stack.url, '{ weatherProviders { name } }')).body.data.weatherProviders).toEqual([]);
  });
});
