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
 * What identity's service methods receive first: the kit's per-request `ctx.deps`. RoleService and
 * TenantService take it; IdentityService, AccountRecovery and OAuthService still take an `em` (they are
 * also called from identity's HTTP routes) and are the next to move.
 */
export type IdentityDeps = ServiceDeps<IdentityConfig, IdentityLoaders>;

export type IdentityContext = SubgraphContext<IdentityLoaders, IdentityConfig>;
