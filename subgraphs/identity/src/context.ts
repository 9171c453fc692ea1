import type DataLoader from 'dataloader';
import { entityLoader, groupLoader, type Em, type ServiceDeps, type SubgraphContext } from '../../../kit';
import type { IdentityConfig } from './config';
import { Membership, Tenant, User, type MembershipRow, type TenantRow, type UserRow } from './entities';

export interface IdentityLoaders {
  userById: DataLoader<string, UserRow | null>;
  tenantById: DataLoader<string, TenantRow | null>;
  /** A user's memberships (at most 100 each), for `Tenant.viewerRole`. */
  membershipsByUser: DataLoader<string, MembershipRow[]>;
}

export function createLoaders(em: Em): IdentityLoaders {
  return {
    userById: entityLoader(em, User),
    tenantById: entityLoader(em, Tenant),
    membershipsByUser: groupLoader(em, Membership, 'userId'),
  };
}

/**
 * What identity's service methods receive first: the kit's per-request `ctx.deps`. Every method the
 * resolvers call takes it (IdentityService, AccountRecovery, OAuthService, RoleService,
 * TenantService); helpers that identity's HTTP routes (session API, JWKS) and cookie sessions share
 * (`authenticate`, `signIn`, `claimsOf`, the key store) still take a plain `em`, as routes have no request deps.
 */
export type IdentityDeps = ServiceDeps<IdentityConfig, IdentityLoaders>;

export type IdentityContext = SubgraphContext<IdentityLoaders, IdentityConfig>;

/** An error group as the error tracker keeps it (kit/src/error-tracking.ts). */
export type { ErrorGroup as ErrorGroupRow } from '../../../kit';
