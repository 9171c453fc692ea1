import { requireViewer, type Viewer } from './auth';
import { forbidden } from './errors';
import { noTenant } from './tenant-filter';
import { tenantRoleAtLeast, type TenantRole } from './tenant-roles';

/**
 * Multi-tenancy (catalogue #55), the request side: `requireTenant`. The role model is in
 * tenant-roles.ts, the ORM filter and scoping in tenant-filter.ts, the write guard in tenant-guard.ts;
 * auth imports only the role model, so there is no import cycle.
 */

/** A viewer acting inside a tenant. */
export type TenantViewer = Viewer & { tenantId: string; tenantRole: TenantRole };

/**
 * Returns the viewer acting in its chosen tenant, or throws: UNAUTHENTICATED without a viewer,
 * FORBIDDEN when no tenant is chosen or the viewer's role there is below `minRole`.
 */
export function requireTenant(viewer: Viewer | null, minRole: TenantRole = 'EMPLOYEE'): TenantViewer {
  const v = requireViewer(viewer);
  if (!v.tenantId || !v.tenantRole) throw noTenant();
  if (!tenantRoleAtLeast(v.tenantRole, minRole)) {
    throw forbidden(`This needs the ${minRole} role in the current tenant (you are ${v.tenantRole}).`);
  }
  return v as TenantViewer;
}
