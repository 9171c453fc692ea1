import { MODERATION_DECIDED_EVENT, loadSubgraphSchema, readModerationDecision, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { loadSocialConfig, type SocialConfig } from './src/config';
import { createLoaders, type SocialLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { seed } from './src/seed';
import { POST_CREATED_EVENT, SocialService } from './src/service';
import { timelineStores } from './src/timeline-store';

const service = new SocialService();

/**
 * social: follows, posts with media references, replies, likes, reposts, blocks and mutes, and a home
 * timeline built by fan-out on write (merged at read for big accounts) (catalogue #52).
 */
export const social: SubgraphDefinition<SocialLoaders, SocialConfig> = {
  name: 'social',
  defaultPort: 4025,
  wiring: {
    summary:
      'follows, posts, replies, likes, reposts, blocks and mutes; home timeline by fan-out on write (Redis sorted sets), big accounts merged at read; ranked and chronological',
    catalogue: '52',
    codegen: {
      contextType: '../context#SocialContext',
      mappers: {
        SocialPost: '../entities#SocialPostRow',
        SocialProfile: '../service#ProfileView',
        SocialUserEdge: '../service#UserEdgeView',
        SocialUserConnection: '../service#UserConnectionView',
        User: '../context#UserRef',
      },
    },
  },
  typeDefs: loadSubgraphSchema('social'),
  resolvers: createResolvers(service),
  entities,
  migrations,
  loaders: createLoaders,
  seed,
  config: loadSocialConfig,
  // Fan-out runs off the request: a consumer of social's own `social.post.created` events pushes each
  // post into its followers' timelines (batched, retried by the kit's event pipeline on failure).
  start: ({ config, log }) => ({
    consumers: [
      {
        name: 'timeline-fanout',
        types: [POST_CREATED_EVENT],
        handle: async (event, em) => {
          const postId = event.payload.postId;
          if (typeof postId === 'string') await service.fanOut({ em, config, log }, postId);
        },
      },
      {
        // Moderators' decisions: publish or remove a held or flagged post, and keep authors' reputation.
        name: 'moderation-decisions',
        types: [MODERATION_DECIDED_EVENT],
        handle: async (event, em) => {
          const decision = readModerationDecision(event.payload);
          if (decision) await service.applyDecision(em, decision);
        },
      },
    ],
    stop: () => timelineStores.close(config),
  }),
};
