import { DateTimeScalar, referenceResolver, requireViewer } from '../../../kit';
import type { IdentityContext } from './context';
import type { Resolvers } from './generated/resolvers';
import type { AuthResult, IdentityService } from './service';

/**
 * Shapes an AuthPayload. On success the request's viewer becomes the signed-in user, so fields the
 * payload selects on `user` (its own e-mail) are resolved as that user would see them.
 */
function payload(result: AuthResult, ctx: IdentityContext) {
  if (result.ok) ctx.viewer = { userId: result.user.id, roles: result.user.roles, tenantId: null };
  return result.ok
    ? { accessToken: result.accessToken, expiresAt: result.expiresAt, user: result.user, errors: [] }
    : { accessToken: null, expiresAt: null, user: null, errors: result.errors };
}

export function createResolvers(service: IdentityService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      me: (_, __, ctx) => (ctx.viewer ? ctx.loaders.userById.load(ctx.viewer.userId) : null),
      user: (_, { id }, ctx) => {
        requireViewer(ctx.viewer);
        return ctx.loaders.userById.load(id);
      },
    },
    Mutation: {
      signUp: async (_, { input }, ctx) => payload(await service.signUp(ctx.em, input), ctx),
      logIn: async (_, { input }, ctx) => payload(await service.logIn(ctx.em, input.email, input.password), ctx),
    },
    User: {
      __resolveReference: referenceResolver((ctx: IdentityContext) => ctx.loaders.userById),
      email: (user, _, ctx) =>
        ctx.viewer && (ctx.viewer.userId === user.id || ctx.viewer.roles.includes('admin')) ? user.email : null,
    },
  };
}
