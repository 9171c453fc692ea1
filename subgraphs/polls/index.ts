import { loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { loadPollsConfig, type PollsConfig } from './src/config';
import { createLoaders, type PollsLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { PollService } from './src/service';

const service = new PollService();

/** polls: real-time polling (catalogue #31): one vote per user, live results, manual and scheduled close. */
export const polls: SubgraphDefinition<PollsLoaders, PollsConfig> = {
  name: 'polls',
  defaultPort: 4005,
  wiring: {
    summary: 'polls with one vote per user, vote changes, live results, manual and scheduled close, anonymous polls',
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
  config: loadPollsConfig,
  start: (deps) => {
    const every = deps.config.POLL_CLOSE_SWEEP_MS;
    if (every === 0) return;
    const { log } = deps;
    const sweep = setInterval(() => {
      service.closeDuePolls(deps.serviceDeps()).catch((err) => log.warn({ err: String(err) }, 'scheduled poll close sweep failed'));
    }, every);
    sweep.unref();
    return { stop: async () => clearInterval(sweep) };
  },
};
