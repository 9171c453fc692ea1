import type { ServiceDeps, SubgraphContext } from '../../../kit';
import type { WeatherConfig } from './config';

/** weather has no rows of its own. */
export type WeatherLoaders = Record<string, never>;

/** What every weather service method receives first: the kit's per-request `ctx.deps`. */
export type WeatherDeps = ServiceDeps<WeatherConfig, WeatherLoaders>;

/** What weather's resolvers receive (the codegen `contextType`). */
export type WeatherContext = SubgraphContext<WeatherLoaders, WeatherConfig>;
