import { DateTimeScalar, referenceResolver, requireViewer } from '../../../kit';
import type { IdentityContext } from './context';
import type { Resolvers } from './generated/resolvers';
import type { AuthResult, IdentityService } from './service';

function payload(result: AuthResult) {
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
      signUp: async (_, { input }, ctx) => payload(await service.signUp(ctx.em, input)),
      logIn: async (_, { input }, ctx) => payload(await service.logIn(ctx.em, input.email, input.password)),
    },
    User: {
      __resolveReference: referenceResolver((ctx: IdentityContext) => ctx.loaders.userById),
      email: (user, _, ctx) =>
        ctx.viewer && (ctx.viewer.userId === user.id || ctx.viewer.roles.includes('admin')) ? user.email : null,
    },
  };
}
