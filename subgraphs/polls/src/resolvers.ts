import { DateTimeScalar, notFound, requireViewer } from '../../../kit';
import { createLoaders, type PollsContext } from './context';
import type { Resolvers } from './generated/resolvers';
import { resultsStream } from './results-stream';
import type { PollRow } from './entities';
import {
  buildResults,
  effectiveCloseReason,
  effectiveClosedAt,
  isClosed,
  isDue,
  pollStatus,
  type PollResultsView,
  type PollService,
} from './service';

/**
 * A subscription's context lives as long as the subscription. Before each event, give it a fresh unit
 * of work and loader set so no event resolves an earlier event's cached rows (a poll that has since
 * closed, a vote that has since changed). Events of one subscription are resolved one at a time.
 */
function renewScope(ctx: PollsContext): void {
  ctx.em = ctx.em.fork();
  ctx.loaders = createLoaders(ctx.em);
}

/** A poll's totals through the request's loaders: options and counts batched across every poll in the query. */
async function resultsOf(ctx: PollsContext, poll: PollRow): Promise<PollResultsView> {
  const [options, counts] = await Promise.all([
    ctx.loaders.optionsByPoll.load(poll.id),
    ctx.loaders.voteCountsByPoll.load(poll.id),
  ]);
  return buildResults(poll, options, counts);
}

/** The polls subgraph's resolvers: thin translations onto {@link PollService} and the request's loaders. */
export function createResolvers(service: PollService): Resolvers {
  /** The current totals of a poll for a live subscriber, recording a passed scheduled close first. */
  async function liveResults(ctx: PollsContext, pollId: string): Promise<PollResultsView> {
    renewScope(ctx);
    let poll = await ctx.loaders.pollById.load(pollId);
    if (!poll) throw notFound('Poll', pollId);
    if (isDue(poll) && (await service.settleDue(ctx, poll))) poll = await ctx.em.refreshOrFail(poll);
    return resultsOf(ctx, poll);
  }

  return {
    DateTime: DateTimeScalar,
    Query: {
      poll: (_, { id }, ctx) => ctx.loaders.pollById.load(id),
      polls: (_, { scope, first, after }, ctx) => service.list(ctx.em, ctx.viewer, scope ?? 'OPEN', { first, after }),
    },
    Mutation: {
      createPoll: (_, { input }, ctx) => service.create(ctx.em, requireViewer(ctx.viewer), input),
      castVote: (_, { pollId, optionId }, ctx) => service.castVote(ctx, requireViewer(ctx.viewer), pollId, optionId),
      changeVote: (_, { pollId, optionId }, ctx) => service.changeVote(ctx, requireViewer(ctx.viewer), pollId, optionId),
      closePoll: (_, { id }, ctx) => service.close(ctx, requireViewer(ctx.viewer), id),
    },
    Subscription: {
      pollResultsChanged: {
        subscribe: async (_, { pollId }, ctx) => {
          const poll = await service.get(ctx.em, pollId);
          if (!poll) throw notFound('Poll', pollId);
          return resultsStream<PollResultsView>({
            pubsub: ctx.pubsub,
            pollId,
            closesAt: poll.closedAt ? null : (poll.closesAt ?? null),
            log: ctx.log,
            load: () => liveResults(ctx, pollId),
            isFinal: (view) => isClosed(view.poll, view.countedAt),
            onScheduledClose: async () => {
              const em = ctx.em.fork();
              const current = await service.get(em, pollId);
              if (current) await service.settleDue({ ...ctx, em }, current);
            },
          });
        },
        resolve: (view: PollResultsView) => view,
      },
    },
    Poll: {
      __resolveReference: (ref, ctx) => ctx.loaders.pollById.load(ref.id),
      options: (poll, _, ctx) => ctx.loaders.optionsByPoll.load(poll.id),
      status: (poll) => pollStatus(poll),
      closedAt: (poll) => effectiveClosedAt(poll),
      closeReason: (poll) => effectiveCloseReason(poll),
      createdBy: (poll) => ({ id: poll.createdBy }),
      results: (poll, _, ctx) => resultsOf(ctx, poll),
      myVote: async (poll, _, ctx) => {
        if (!ctx.viewer) return null;
        const vote = await ctx.loaders.voteByPollAndUser.load(`${poll.id}:${ctx.viewer.userId}`);
        return vote ? ctx.loaders.optionById.load(vote.option.id) : null;
      },
      votes: (poll, args, ctx) => service.votes(ctx.em, requireViewer(ctx.viewer), poll, args),
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
