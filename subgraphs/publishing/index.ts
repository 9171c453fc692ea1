import { MODERATION_DECIDED_EVENT, loadSubgraphSchema, readModerationDecision, startSweep, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { loadPublishingConfig, type PublishingConfig } from './src/config';
import { CommentService } from './src/comments';
import { createLoaders, type PublishingLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { seed } from './src/seed';
import { PublishingService } from './src/service';
import { webRoutes } from './src/web';

const service = new PublishingService();
const comments = new CommentService(service);

/** publishing: blog posts with drafts, schedules, slugs, search, pages and feeds (catalogue #13, #17). */
export const publishing: SubgraphDefinition<PublishingLoaders, PublishingConfig> = {
  name: 'publishing',
  defaultPort: 4009,
  wiring: {
    summary:
      'blog posts: Markdown, categories, tags, co-authors, draft/published/scheduled, stable slugs, search, RSS/Atom feeds and pages',
    catalogue: '13, 17',
    codegen: {
      contextType: '../context#PublishingContext',
      mappers: {
        Post: '../entities#PostRow',
        PostComment: '../entities#PostCommentRow',
        User: '../context#UserRef',
      },
    },
    publicPaths: ['/blog/', '/feeds/'],
  },
  typeDefs: loadSubgraphSchema('publishing'),
  resolvers: createResolvers(service, comments),
  entities,
  migrations,
  loaders: createLoaders,
  seed,
  config: loadPublishingConfig,
  // Scheduled posts go live at their time even when nobody is signed in. Every replica sweeps; each
  // post is claimed by a conditional update, so it is published (and announced) once.
  // Moderators' decisions on comments come as `moderation.case.decided` events.
  start: ({ serviceDeps, log, config }) => {
    const sweep = startSweep({
      name: 'scheduled post sweep',
      everyMs: config.PUBLISHING_SCHEDULE_SWEEP_MS,
      run: () => service.publishDue(serviceDeps()),
      log,
    });
    return {
      stop: sweep?.stop,
      consumers: [
        {
          name: 'moderation-decisions',
          types: [MODERATION_DECIDED_EVENT],
          handle: async (event, em) => {
            const decision = readModerationDecision(event.payload);
            if (decision) await comments.applyDecision(em, decision);
          },
        },
      ],
    };
  },
  routes: ({ serviceDeps, config, log }) => webRoutes(service, serviceDeps, config, log),
};
