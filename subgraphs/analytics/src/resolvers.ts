import { DateTimeScalar } from '../../../kit';
import type { Resolvers } from './generated/resolvers';
import type { AnalyticsService } from './service';

/** analytics' resolvers: one line each onto {@link AnalyticsService}; projects by id through the request's loader. */
export function createResolvers(service: AnalyticsService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      analyticsProjects: (_, args, ctx) => service.list(ctx.deps, args),
      analyticsProject: (_, { id }, ctx) => service.byId(ctx.deps, id),
      analyticsEvents: (_, { projectId, ...args }, ctx) => service.events(ctx.deps, projectId, args),
      analyticsEventCounts: (_, { projectId, from, to, event, ...args }, ctx) =>
        service.counts(ctx.deps, projectId, { from, to, event }, args),
      analyticsUniqueUsers: (_, { projectId, ...range }, ctx) => service.uniqueUsers(ctx.deps, projectId, range),
      analyticsFunnel: (_, { projectId, steps, ...range }, ctx) => service.funnel(ctx.deps, projectId, steps, range),
    },
    Mutation: {
      createAnalyticsProject: (_, { input }, ctx) => service.create(ctx.deps, input),
      renameAnalyticsProject: (_, { id, name }, ctx) => service.rename(ctx.deps, id, name),
      deleteAnalyticsProject: (_, { id }, ctx) => service.delete(ctx.deps, id),
      captureAnalyticsEvents: (_, { input }, ctx) => service.capture(ctx.deps, input),
    },
    AnalyticsProject: {
      __resolveReference: (ref, ctx) => ctx.loaders.projectById.load(ref.id),
    },
    AnalyticsEvent: {
      properties: (row) => row.propertiesJson,
    },
  };
}
