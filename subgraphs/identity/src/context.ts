import type DataLoader from 'dataloader';
import { entityLoader, groupLoader, type Em, type SubgraphContext } from '../../../kit';
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

export type IdentityContext = SubgraphContext<IdentityLoaders>;
