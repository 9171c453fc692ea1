import { DateTimeScalar } from '../../../kit';
import type { WeatherContext } from './context';
import type { Resolvers } from './generated/resolvers';
import type { Caller, WeatherService } from './service';

const callerOf = (ctx: WeatherContext): Caller => ({ userId: ctx.viewer?.userId ?? null, ip: ctx.clientIp });

/** weather's resolvers: onto {@link WeatherService} with `ctx.deps` and the caller (for the rate limit). */
export function createResolvers(service: WeatherService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      currentWeather: (_, { location, units }, ctx) => service.current(ctx.deps, callerOf(ctx), location, units ?? 'METRIC'),
      weatherForecast: (_, { location, units, days }, ctx) =>
        service.forecast(ctx.deps, callerOf(ctx), location, units ?? 'METRIC', days ?? 5),
      weatherProviders: (_, __, ctx) => service.providers(ctx.deps),
    },
  };
}
