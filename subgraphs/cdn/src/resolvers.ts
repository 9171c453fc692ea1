import { DateTimeScalar } from '../../../kit';
import type { Resolvers } from './generated/resolvers';
import { statsOf, type CdnService } from './service';

/** cdn's resolvers: thin translations to {@link CdnService}; a distribution by id comes from the request's loader. */
export function createResolvers(service: CdnService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      distribution: (_, { id }, ctx) => service.get(ctx.deps, id),
      distributions: (_, args, ctx) => service.list(ctx.deps, args),
    },
    Mutation: {
      createDistribution: (_, { input }, ctx) => service.create(ctx.deps, input),
      renameDistribution: (_, { id, name }, ctx) => service.rename(ctx.deps, id, name),
      deleteDistribution: (_, { id }, ctx) => service.delete(ctx.deps, id),
      purgeUrl: (_, { distributionId, path }, ctx) => service.purgeUrl(ctx.deps, distributionId, path),
      purgeTag: (_, { distributionId, tag }, ctx) => service.purgeTag(ctx.deps, distributionId, tag),
      setEdgeNodeOnline: (_, { distributionId, index, online }, ctx) => service.setOnline(ctx.deps, distributionId, index, online),
    },
    Distribution: {
      // Scoped to the forwarded tenant by the kit: another tenant's id resolves to null.
      __resolveReference: (ref, ctx) => ctx.loaders.distributionById.load(ref.id),
      endpoint: (row, _, ctx) => service.running(ctx.deps, row.id)?.endpoint ?? null,
      nodes: (row, _, ctx) => service.nodes(ctx.deps, row),
      stats: (row, _, ctx) => statsOf(service.nodes(ctx.deps, row)),
    },
  };
}
