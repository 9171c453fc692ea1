import { loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { loadWeatherConfig, type WeatherConfig } from './src/config';
import type { WeatherLoaders } from './src/context';
import { createResolvers } from './src/resolvers';
import { WeatherService } from './src/service';

const service = new WeatherService();

/** weather: current conditions and a daily forecast from OpenWeatherMap or Visual Crossing (catalogue #19). */
export const weather: SubgraphDefinition<WeatherLoaders, WeatherConfig> = {
  name: 'weather',
  defaultPort: 4015,
  wiring: {
    summary: 'current conditions and a daily forecast by city or coordinates (OpenWeatherMap or Visual Crossing), cached per location',
    catalogue: '19',
    codegen: {
      contextType: '../context#WeatherContext',
      mappers: {
        CurrentWeather: '../client#CurrentWeatherData',
        WeatherForecast: '../client#ForecastData',
        WeatherPlace: '../client#PlaceData',
        WeatherConditions: '../client#ConditionsData',
        DailyForecast: '../client#DayData',
      },
    },
  },
  typeDefs: loadSubgraphSchema('weather'),
  resolvers: createResolvers(service),
  // No rows of its own: only the kit's event tables.
  entities: [],
  migrations,
  loaders: () => ({}),
  config: loadWeatherConfig,
  // The provider client and the rate limiter are made on first use; they are closed before the database.
  start: ({ config }) => ({ stop: () => service.close(config) }),
};
