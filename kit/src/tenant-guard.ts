import type { EventArgs, EventSubscriber, EntityMetadata } from '@mikro-orm/core';
import { forbidden } from './errors';
import { isTenantOwned, noTenant, TENANT_FILTER, type TenantFilterParams } from './tenant-filter';

/**
 * Refuses to write a tenant-owned row outside the entity manager's tenant: a create, update or delete
 * of a row whose `tenantId` differs from the scope (or, in a scope with no tenant, any write) fails the
 * flush with FORBIDDEN, and nothing of the flush is written. Registered for every subgraph by the kit.
 */
export class TenantGuard implements EventSubscriber {
  private check(args: EventArgs<object>): void {
    const meta = args.meta ?? (args.em.getMetadata().find(args.entity?.constructor?.name) as EntityMetadata | undefined);
    if (!meta || !isTenantOwned(meta)) return;
    const params = args.em.getFilterParams<TenantFilterParams>(TENANT_FILTER);
    const rowTenant = (args.entity as { tenantId?: string | null }).tenantId ?? null;
    if (params === undefined) {
      // Background work with no scope: it must name the tenant itself.
      if (!rowTenant) throw new Error(`${meta.className} is tenant-owned: set tenantId or use forTenant(em, id).`);
      return;
    }
    if (!params.tenantId) throw noTenant();
    if (rowTenant !== params.tenantId) {
      throw forbidden(`This ${meta.className} belongs to another tenant.`);
    }
  }

  beforeCreate(args: EventArgs<object>): void {
    this.check(args);
  }

  beforeUpdate(args: EventArgs<object>): void {
    this.check(args);
  }

  beforeDelete(args: EventArgs<object>): void {
    this.check(args);
  }

  beforeUpsert(args: EventArgs<object>): void {
    this.check(args);
  }
}
