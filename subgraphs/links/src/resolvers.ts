import { DateTimeScalar } from '../../../kit';
import type { Resolvers } from './generated/resolvers';
import type { LinkService } from './service';

/** links' resolvers: one line each onto {@link LinkService}; single links and stats through the request's loaders. */
export function createResolvers(service: LinkService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      shortLink: (_, { code }, ctx) => service.byCode(ctx.deps, code),
      shortLinks: (_, args, ctx) => service.list(ctx.deps, args),
    },
    Mutation: {
      createShortLink: (_, { input }, ctx) => service.create(ctx.deps, input),
      updateShortLink: (_, { id, input }, ctx) => service.update(ctx.deps, id, input),
      deleteShortLink: (_, { id }, ctx) => service.delete(ctx.deps, id),
    },
    ShortLink: {
      __resolveReference: async (ref, ctx) => {
        const link = await ctx.loaders.linkById.load(ref.id);
        return link && link.ownerId === ctx.viewer?.userId ? link : null;
      },
      shortUrl: (link, _, ctx) => service.shortUrl(ctx.deps, link.code),
      stats: (link, _, ctx) => ctx.loaders.statsByLinkId.load(link.id),
    },
  };
}
