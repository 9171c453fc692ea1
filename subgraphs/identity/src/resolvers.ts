import { RoleService } from './roles';
import { TenantService } from './tenants';
import { DateTimeScalar, errorTracker, paginateInMemory, referenceResolver, requireViewer, tenantRoleAtLeast } from '../../../kit';
import type { TenantInvitations } from './invitations';
import { auditLog } from './audit-log';
import type { IdentityContext } from './context';
import type { Resolvers } from './generated/resolvers';
import type { AccountRecovery } from './recovery';
import type { AuthResult, IdentityService } from './service';
import { createOAuthResolvers } from './oauth/resolvers';
import type { OAuthService } from './oauth/service';

/**
 * Shapes an AuthPayload. On success the request's viewer becomes the signed-in user, so fields the
 * payload selects on `user` (its own e-mail) are resolved as that user would see them.
 */
export function payload(result: AuthResult, ctx: IdentityContext) {
  if (!result.ok) {
    return { accessToken: null, expiresAt: null, refreshToken: null, refreshTokenExpiresAt: null, user: null, errors: result.errors };
  }
  ctx.viewer = { userId: result.user.id, roles: result.user.roles, tenantId: null };
  return {
    accessToken: result.accessToken,
    expiresAt: result.expiresAt,
    refreshToken: result.refreshToken,
    refreshTokenExpiresAt: result.refreshTokenExpiresAt,
    user: result.user,
    errors: [],
  };
}

/** Thin resolvers over {@link IdentityService} (accounts, sessions, keys) and {@link AccountRecovery} (mailed links). */
export function createResolvers(
  service: IdentityService,
  recovery: AccountRecovery,
  roles = new RoleService(),
  oauth?: OAuthService,
  tenants = new TenantService(),
  invitations?: TenantInvitations,
): Resolvers {
  const invites = (): TenantInvitations => {
    if (!invitations) throw new Error('identity resolvers were built without invitations');
    return invitations;
  };
  const oauthResolvers = oauth ? createOAuthResolvers(oauth, payload) : undefined;
  return {
    ...(oauthResolvers && { LinkedAccount: oauthResolvers.LinkedAccount }),
    DateTime: DateTimeScalar,
    Query: {
      me: (_, __, ctx) => (ctx.viewer ? ctx.loaders.userById.load(ctx.viewer.userId) : null),
      user: (_, { id }, ctx) => {
        requireViewer(ctx.viewer);
        return ctx.loaders.userById.load(id);
      },
      currentTenant: (_, __, ctx) => tenants.current(ctx.deps),
      errorGroups: async (_, { service, first, after }) => {
        const groups = await errorTracker.groups();
        const kept = service ? groups.filter((group) => group.services.includes(service)) : groups;
        return paginateInMemory(kept, { first, after }, 'errorGroups');
      },
      ...oauthResolvers?.Query,
    },
    Mutation: {
      signUp: async (_, { input }, ctx) => payload(await service.signUp(ctx.deps, input), ctx),
      logIn: async (_, { input }, ctx) => payload(await service.logIn(ctx.deps, input.email, input.password, ctx.clientIp), ctx),
      refreshAccessToken: async (_, { refreshToken }, ctx) => payload(await service.refresh(ctx.deps, refreshToken), ctx),
      logOut: async (_, { refreshToken }, ctx) => ({ endedSessions: await service.logOut(ctx.deps, refreshToken) }),
      logOutEverywhere: async (_, __, ctx) => ({ endedSessions: await service.logOutEverywhere(ctx.deps) }),
      rotateSigningKey: (_, __, ctx) => service.rotateSigningKey(ctx.deps),
      grantRole: (_, { userId, role }, ctx) => roles.grant(ctx.deps, userId, role),
      revokeRole: (_, { userId, role }, ctx) => roles.revoke(ctx.deps, userId, role),
      requestPasswordReset: async (_, { email }, ctx) => {
        const errors = await recovery.requestPasswordReset(ctx.deps, email, ctx.clientIp);
        return { accepted: errors.length === 0, errors };
      },
      resetPassword: async (_, { token, newPassword }, ctx) => {
        const errors = await recovery.resetPassword(ctx.deps, token, newPassword);
        return { ok: errors.length === 0, errors };
      },
      requestEmailVerification: (_, __, ctx) => recovery.requestEmailVerification(ctx.deps),
      verifyEmail: (_, { token }, ctx) => recovery.verifyEmail(ctx.deps, token),
      createTenant: (_, { name }, ctx) => tenants.create(ctx.deps, name),
      renameTenant: (_, { name }, ctx) => tenants.rename(ctx.deps, name),
      setTenantSlug: (_, { slug }, ctx) => tenants.setSlug(ctx.deps, slug ?? null),
      addTenantMember: (_, { email, role }, ctx) => tenants.addMember(ctx.deps, email, role),
      changeTenantMemberRole: (_, { userId, role }, ctx) => tenants.changeRole(ctx.deps, userId, role),
      removeTenantMember: (_, { userId }, ctx) => tenants.removeMember(ctx.deps, userId),
      inviteTenantMember: (_, { email, role }, ctx) => invites().invite(ctx.deps, email, role),
      revokeTenantInvitation: (_, { id }, ctx) => invites().revoke(ctx.deps, id),
      acceptTenantInvitation: (_, { token }, ctx) => invites().accept(ctx.deps, token),
      ...oauthResolvers?.Mutation,
    },
    Tenant: {
      __resolveReference: referenceResolver((ctx: IdentityContext) => ctx.loaders.tenantById),
      viewerRole: async (tenant, _, ctx) => {
        if (!ctx.viewer) return null;
        const memberships = await ctx.loaders.membershipsByUser.load(ctx.viewer.userId);
        return memberships.find((m) => m.tenantId === tenant.id)?.role ?? null;
      },
      members: (tenant, args, ctx) => (ctx.viewer?.tenantId === tenant.id ? tenants.members(ctx.deps, args) : null),
      invitations: (tenant, args, ctx) =>
        ctx.viewer?.tenantId === tenant.id && ctx.viewer.tenantRole && tenantRoleAtLeast(ctx.viewer.tenantRole, 'MANAGER')
          ? invites().pending(ctx.deps, args)
          : null,
      auditLog: (tenant, { first, after, filter }, ctx) =>
        ctx.viewer?.tenantId === tenant.id && ctx.viewer.tenantRole === 'ADMIN' ? auditLog(ctx.deps, { first, after }, filter ?? {}) : null,
    },
    AuditEntry: {
      actor: (e, _, ctx) => (e.actorId ? ctx.loaders.userById.load(e.actorId) : null),
      details: (e) => JSON.stringify(e.details),
    },
    TenantInvitation: {
      tenant: async (i, _, ctx) => (await ctx.loaders.tenantById.load(i.tenantId))!,
      invitedBy: (i, _, ctx) => ctx.loaders.userById.load(i.invitedBy),
    },
    Membership: {
      tenant: async (m, _, ctx) => (await ctx.loaders.tenantById.load(m.tenantId))!,
      user: async (m, _, ctx) => (await ctx.loaders.userById.load(m.userId))!,
    },
    User: {
      __resolveReference: referenceResolver((ctx: IdentityContext) => ctx.loaders.userById),
      email: (user, _, ctx) => (ctx.viewer && (ctx.viewer.userId === user.id || ctx.viewer.roles.includes('admin')) ? user.email : null),
      memberships: (user, args, ctx) => (ctx.viewer ? tenants.membershipsOf(ctx.deps, user.id, args) : null),
      ...oauthResolvers?.User,
    },
  };
}
