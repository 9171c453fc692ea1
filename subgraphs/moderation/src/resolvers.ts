import { DateTimeScalar } from '../../../kit';
import type { Resolvers } from './generated/resolvers';
import type { ModerationService } from './service';

/** moderation's resolvers: one line each onto {@link ModerationService}; cases by id through the request's loader. */
export function createResolvers(service: ModerationService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      moderationQueue: (_, { status, first, after }, ctx) => service.queue(ctx.deps, status, { first, after }),
      moderationCase: (_, { id }, ctx) => service.get(ctx.deps, id),
      myModerationCases: (_, args, ctx) => service.mine(ctx.deps, args),
      moderationReputation: (_, { userId }, ctx) => service.reputation(ctx.deps, userId),
    },
    Mutation: {
      decideModerationCase: (_, { input }, ctx) => service.decide(ctx.deps, input),
      appealModerationCase: (_, { input }, ctx) => service.appeal(ctx.deps, input),
    },
    ModerationCase: {
      __resolveReference: (ref, ctx) => service.get(ctx.deps, ref.id),
      author: (row) => ({ id: row.authorId }),
    },
  };
}
