import type { EntityManager, EntityMetadataWithProperties, EntityMetadata } from '@mikro-orm/core';
import type { Viewer } from './auth';
import { defineEntity, p } from './entity';
import { forbidden, type AppError } from './errors';
import type { Em } from './orm';

/**
 * The ORM side of tenancy: the default filter that scopes every tenant-owned entity to the request's
 * tenant, the entity definition that carries it, and the scoping of entity managers. The write guard
 * is in tenant-guard.ts, the role model in tenant-roles.ts, `requireTenant` in tenancy.ts.
 */

/** FORBIDDEN for a request that acts in no tenant. */
export function noTenant(): AppError {
  return forbidden('This needs a tenant: send the x-hubgraph-tenant header with the id of a tenant you belong to, or sign in to one.');
}

/** Name of the MikroORM filter that scopes tenant-owned entities. */
export const TENANT_FILTER = 'tenant';

export interface TenantFilterParams {
  tenantId: string | null;
}

const tenantFilter = {
  name: TENANT_FILTER,
  default: true,
  args: false,
  cond: (args: TenantFilterParams | undefined) => {
    if (!args?.tenantId) throw noTenant();
    return { tenantId: args.tenantId };
  },
};

/**
 * `defineEntity` for rows that belong to one tenant. It adds an indexed `tenantId` column and a
 * default filter, so every `find`, `count`, loader, `nativeUpdate` and `nativeDelete` through a
 * request's entity manager sees only the request's tenant (and throws FORBIDDEN when the request has
 * none); `em.create` fills `tenantId` in from the request, and {@link TenantGuard} refuses a flush that
 * would write a row of another tenant. A subgraph cannot forget the scoping: it is in the entity.
 *
 * Not covered: raw SQL and query builders (add `tenantId = ?` with {@link currentTenantId}).
 * Background work (consumers, jobs) has no request tenant: use {@link forTenant}, or pass
 * `filters: { tenant: false }` deliberately for cross-tenant maintenance.
 */
export function defineTenantEntity<TProperties extends Record<string, unknown>>(
  meta: Omit<EntityMetadataWithProperties<TProperties & TenantProperties>, 'properties' | 'filters'> & { properties: TProperties },
) {
  return defineEntity<TProperties & TenantProperties>({
    ...meta,
    properties: { ...meta.properties, ...tenantProperties() },
    filters: { [TENANT_FILTER]: tenantFilter },
  });
}

function tenantProperties() {
  return {
    tenantId: p
      .string()
      .length(36)
      .index()
      .onCreate((_entity: unknown, em: EntityManager) => currentTenantId(em) as string),
  };
}
type TenantProperties = ReturnType<typeof tenantProperties>;

/** Whether an entity's metadata says it is tenant-owned. */
export function isTenantOwned(meta: Pick<EntityMetadata, 'filters' | 'properties'>): boolean {
  return !!meta.filters?.[TENANT_FILTER] && 'tenantId' in meta.properties;
}

/**
 * Refuses to start a subgraph with an entity that has a `tenantId` column but no tenant filter: a
 * tenant-owned entity must be declared with {@link defineTenantEntity}, so its scoping cannot be forgotten.
 */
export function assertTenantScoping(definition: { name: string; entities: object[] }): void {
  for (const entity of definition.entities) {
    const { meta } = entity as { meta: Pick<EntityMetadata, 'className' | 'filters' | 'properties'> };
    if ('tenantId' in meta.properties && !isTenantOwned(meta) && !registryEntities.has(entity)) {
      throw new Error(`${definition.name}: entity ${meta.className} has tenantId but is not declared with defineTenantEntity.`);
    }
  }
}

const registryEntities = new WeakSet<object>();

/**
 * Marks an entity that names tenants without belonging to one (identity's memberships: the registry
 * the router checks tenants against). Its queries are scoped by hand; use it for nothing else.
 */
export function tenantRegistryEntity<T extends object>(entity: T): T {
  registryEntities.add(entity);
  return entity;
}

const linkedEntities = new WeakMap<object, string>();

/**
 * Marks an entity whose rows may belong to a tenant through a nullable column, without the kit's
 * filter: a row of it meets rows of other owners in one operation (banking's BUSINESS accounts are
 * debited and credited together with other people's accounts), so the service scopes it by that
 * column. The randomized isolation walk must cover it like a tenant-owned entity.
 */
export function tenantLinkedEntity<T extends object>(entity: T, column: string): T {
  linkedEntities.set(entity, column);
  return entity;
}

/** The column that names a row's tenant: `tenantId` for tenant-owned entities, the linked column, or null. */
export function tenantColumnOf(entity: object): string | null {
  const { meta } = entity as { meta: Pick<EntityMetadata, 'filters' | 'properties'> };
  if (isTenantOwned(meta)) return 'tenantId';
  return linkedEntities.get(entity) ?? null;
}

/** The tenant an entity manager is scoped to: a request's, or one set by {@link forTenant}; null when none. */
export function currentTenantId(em: Pick<EntityManager, 'getFilterParams'>): string | null {
  const params = em.getFilterParams<TenantFilterParams>(TENANT_FILTER);
  return params?.tenantId ?? null;
}

/** Scopes an entity manager (a request's fork) to the viewer's tenant, or to none. */
export function scopeToViewer(em: Em, viewer: Viewer | null): Em {
  em.setFilterParams(TENANT_FILTER, { tenantId: viewer?.tenantId ?? null } satisfies TenantFilterParams);
  return em;
}

/** A fresh fork scoped to one tenant, for background work that acts for a tenant (e.g. an event consumer). */
export function forTenant(em: Em, tenantId: string): Em {
  const fork = em.fork();
  fork.setFilterParams(TENANT_FILTER, { tenantId } satisfies TenantFilterParams);
  return fork;
}
