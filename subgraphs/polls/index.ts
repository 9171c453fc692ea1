import { loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { createLoaders, type PollsLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { PollService } from './src/service';

/**
 * How often every replica settles polls whose scheduled close has passed: POLL_CLOSE_SWEEP_MS
 * (default 5 s; 0 turns the sweep off, e.g. for tests that drive `closeDuePolls` themselves).
 */
function sweepIntervalMs(env: Record<string, string | undefined>): number {
  const value = Number(env.POLL_CLOSE_SWEEP_MS ?? 5_000);
  return Number.isFinite(value) && value >= 0 ? value : 5_000;
}

const service = new PollService();

/** polls: real-time polling (catalogue #31): one vote per user, live results, manual and scheduled close. */
export const polls: SubgraphDefinition<PollsLoaders> = {
  name: 'polls',
  defaultPort: 4005,
  wiring: {
    summary:
      'polls with one vote per user, vote changes, live results, manual and scheduled close, anonymous polls',
    catalogue: '31',
    codegen: {
      contextType: '../context#PollsContext',
      mappers: {
        Poll: '../entities#PollRow',
        PollOption: '../entities#PollOptionRow',
        PollVote: '../entities#VoteRow',
        PollResults: '../service#PollResultsView',
        PollOptionTotal: '../service#OptionTotalView',
        User: '../context#UserRef',
      },
    },
  },
  typeDefs: loadSubgraphSchema('polls'),
  resolvers: createResolvers(service),
  entities,
  migrations,
  loaders: createLoaders,
  // Scheduled closes are recorded (and announced) even for polls nobody touches after their deadline.
  // Closing is a conditional update, so replicas sweeping at once close each poll exactly once.
  jobs: ({ orm, pubsub, log, env }) => {
    const every = sweepIntervalMs(env);
    if (every === 0) return async () => undefined;
    const sweep = setInterval(() => {
      service
        .closeDuePolls({ em: orm.em.fork(), pubsub, log })
        .catch((err) => log.warn({ err: String(err) }, 'scheduled poll close sweep failed'));
    }, every);
    sweep.unref();
    return async () => clearInterval(sweep);
  },
};
