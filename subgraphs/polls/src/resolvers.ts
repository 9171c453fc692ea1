import { DateTimeScalar } from '../../../kit';
import type { Resolvers } from './generated/resolvers';
import { effectiveCloseReason, effectiveClosedAt, pollStatus, type PollResultsView, type PollService } from './service';

/** The polls subgraph's resolvers: one line each onto {@link PollService} (with `ctx.deps`) and the request's loaders. */
export function createResolvers(service: PollService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      poll: (_, { id }, ctx) => ctx.loaders.pollById.load(id),
      polls: (_, { scope, first, after }, ctx) => service.list(ctx.deps, scope ?? 'OPEN', { first, after }),
    },
    Mutation: {
      createPoll: (_, { input }, ctx) => service.create(ctx.deps, input),
      castVote: (_, { pollId, optionId }, ctx) => service.castVote(ctx.deps, pollId, optionId),
      changeVote: (_, { pollId, optionId }, ctx) => service.changeVote(ctx.deps, pollId, optionId),
      closePoll: (_, { id }, ctx) => service.close(ctx.deps, id),
    },
    Subscription: {
      pollResultsChanged: {
        subscribe: (_, { pollId }, ctx) => service.watchResults(ctx.deps, pollId),
        resolve: (view: PollResultsView) => view,
      },
    },
    Poll: {
      __resolveReference: (ref, ctx) => ctx.loaders.pollById.load(ref.id),
      options: (poll, _, ctx) => ctx.loaders.optionsByPoll.load(poll.id),
      status: (poll, _, ctx) => pollStatus(poll, ctx.deps.clock.now()),
      closedAt: (poll, _, ctx) => effectiveClosedAt(poll, ctx.deps.clock.now()),
      closeReason: (poll, _, ctx) => effectiveCloseReason(poll, ctx.deps.clock.now()),
      createdBy: (poll) => ({ id: poll.createdBy }),
      results: (poll, _, ctx) => service.results(ctx.deps, poll),
      myVote: async (poll, _, ctx) => {
        if (!ctx.viewer) return null;
        const vote = await ctx.loaders.voteByPollAndUser.load(`${poll.id}:${ctx.viewer.userId}`);
        return vote ? ctx.loaders.optionById.load(vote.option.id) : null;
      },
      votes: (poll, args, ctx) => service.votes(ctx.deps, poll, args),
    },
    PollVote: {
      voter: (vote) => ({ id: vote.userId }),
      option: async (vote, _, ctx) => {
        const option = await ctx.loaders.optionById.load(vote.option.id);
        if (!option) throw new Error(`Vote ${vote.id} points at a missing option`);
        return option;
      },
      votedAt: (vote) => vote.createdAt,
      changedAt: (vote) => vote.updatedAt,
    },
  };
}
