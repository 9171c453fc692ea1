import type { IdentityContext } from '../context';
import type { MutationResolvers, QueryResolvers, UserResolvers, LinkedAccountResolvers } from '../generated/resolvers';
import type { AuthResult } from '../service';
import type { OAuthService } from './service';

/** The OAuth part of identity's resolvers, spread into the others by `createResolvers`. */
export function createOAuthResolvers(oauth: OAuthService, payload: (result: AuthResult, ctx: IdentityContext) => unknown) {
  const Query: QueryResolvers = {
    oauthProviders: () => oauth.enabledProviders(),
  };
  const Mutation: MutationResolvers = {
    startOAuthLogin: (_, { provider, redirectUri }, ctx) => oauth.start(ctx.deps, provider, redirectUri, false, ctx.clientIp),
    startOAuthLink: (_, { provider, redirectUri }, ctx) => oauth.start(ctx.deps, provider, redirectUri, true, ctx.clientIp),
    completeOAuthLogin: async (_, { provider, code, state, redirectUri }, ctx) =>
      payload(await oauth.complete(ctx.deps, provider, code, state, redirectUri), ctx) as never,
    unlinkOAuthAccount: (_, { provider }, ctx) => oauth.unlink(ctx.deps, provider),
  };
  const User: UserResolvers = {
    linkedAccounts: (user, _, ctx) => (ctx.viewer?.userId === user.id ? oauth.linkedAccounts(ctx.deps, user.id) : null),
  };
  const LinkedAccount: LinkedAccountResolvers = {
    linkedAt: (row) => row.createdAt,
  };
  return { Query, Mutation, User, LinkedAccount };
}
