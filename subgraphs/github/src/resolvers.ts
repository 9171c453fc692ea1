import { DateTimeScalar } from '../../../kit';
import type { Resolvers } from './generated/resolvers';
import type { GitHubService } from './service';

/** github's resolvers: one line each onto {@link GitHubService} with `ctx.deps`. */
export function createResolvers(service: GitHubService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      githubActivity: (_, args, ctx) => service.activity(ctx.deps, args),
      githubTrending: (_, args, ctx) => service.trending(ctx.deps, args),
      githubStatus: (_, __, ctx) => {
        const { provider, rateLimit } = service.status(ctx.deps);
        return {
          breaker: provider.state,
          windowCalls: provider.windowCalls,
          windowFailures: provider.windowFailures,
          opens: provider.opens,
          lastErrorAt: provider.lastErrorAt ? new Date(provider.lastErrorAt) : null,
          lastError: provider.lastError,
          rateLimit,
        };
      },
    },
  };
}
