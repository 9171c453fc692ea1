import type { ServiceDeps, SubgraphContext } from '../../../kit';
import type { MoviesConfig } from './config';

/** movies has no rows of its own; its per-request movie loader lives with the service (it needs the client). */
export type MoviesLoaders = Record<string, never>;

/** What every movies service method receives first: the kit's per-request `ctx.deps`. */
export type MoviesDeps = ServiceDeps<MoviesConfig, MoviesLoaders>;

/** What movies' resolvers receive (the codegen `contextType`). */
export type MoviesContext = SubgraphContext<MoviesLoaders, MoviesConfig>;

/** A Movie as other subgraphs point at it: its key only. */
export interface MovieRef {
  id: string;
}
