import type { Resolvers } from './generated/resolvers';
import type { TenantDeletions } from './tenant-deletion';

/** `deleteTenant`, `tenantDeletion` and the `TenantDeletion` type, added to identity's other resolvers. */
export function createDeletionResolvers(base: Resolvers, deletions: TenantDeletions): Resolvers {
  return {
    ...base,
    Query: {
      ...base.Query,
      tenantDeletion: (_, { id }, ctx) => deletions.find(ctx.deps, id),
    },
    Mutation: {
      ...base.Mutation,
      deleteTenant: (_, { confirmName }, ctx) => deletions.request(ctx.deps, confirmName),
    },
    TenantDeletion: {
      requestedAt: (row) => row.createdAt,
      archiveUrl: (row) => deletions.archiveUrl(row),
      parts: (row) => deletions.parts(row),
    },
  };
}
