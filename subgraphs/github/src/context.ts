import type { ServiceDeps, SubgraphContext } from '../../../kit';
import type { GitHubConfig } from './config';

/** github has no rows of its own, so no loaders. */
export type GitHubLoaders = Record<string, never>;

/** What every github service method receives first: the kit's per-request `ctx.deps`. */
export type GitHubDeps = ServiceDeps<GitHubConfig, GitHubLoaders>;

/** What github's resolvers receive (the codegen `contextType`). */
export type GitHubContext = SubgraphContext<GitHubLoaders, GitHubConfig>;
