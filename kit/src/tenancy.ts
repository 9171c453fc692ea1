import type { EntityManager, EntityMetadataWithProperties, EventArgs, EventSubscriber, EntityMetadata } from '@mikro-orm/core';
import { defineEntity, p } from './entity';
import { AppError, forbidden } from './errors';
import { requireViewer, type Viewer } from './auth';
import type { Em } from './orm';

/**
 * Multi-tenancy (catalogue #55). A tenant is an organisation; a user belongs to tenants through
 * memberships kept by identity, each with one of these roles, lowest first. The router checks the
 * tenant a request chooses against the membership claims of the viewer's token and forwards it; the
 * kit scopes every tenant-owned entity to it (see {@link defineTenantEntity}).
 */
export const TENANT_ROLES = ['EMPLOYEE', 'MANAGER', 'ADMIN'] as const;
export type TenantRole = (typeof TENANT_ROLES)[number];

/** Request header that chooses the tenant a request acts in (checked by the router against membership). */
export const TENANT_HEADER = 'x-hubgraph-tenant';

/** Whether `value` names a tenant role. */
export function isTenantRole(value: unknown): value is TenantRole {
  return typeof value === 'string' && (TENANT_ROLES as readonly string[]).includes(value);
}

/** Whether `held` is at least `needed` (ADMIN ⊃ MANAGER ⊃ EMPLOYEE). */
export function tenantRoleAtLeast(held: TenantRole | null | undefined, needed: TenantRole): boolean {
  return !!held && TENANT_ROLES.indexOf(held) >= TENANT_ROLES.indexOf(needed);
}

/**
 * The scopes a tenant role grants, for `@requiresScopes`: `tenant:employee`, `tenant:manager`,
 * `tenant:admin`, each role holding the scopes of the roles below it.
 */
export function tenantScopes(role: TenantRole | null | undefined): string[] {
  if (!role) return [];
  return TENANT_ROLES.slice(0, TENANT_ROLES.indexOf(role) + 1).map((r) => `tenant:${r.toLowerCase()}`);
}

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

function noTenant(): AppError {
  return forbidden(
    'This needs a tenant: send the x-hubgraph-tenant header with the id of a tenant you belong to, or sign in to one.',
  );
}

/** Name of the MikroORM filter that scopes tenant-owned entities. */
export const TENANT_FILTER = 'tenant';

interface TenantFilterParams {
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
export function defineTenantEntity<TProperties extends Record<string, any>>(
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

/**
 * Refuses to write a tenant-owned row outside the entity manager's tenant: a create, update or delete
 * of a row whose `tenantId` differs from the scope (or, in a scope with no tenant, any write) fails the
 * flush with FORBIDDEN, and nothing of the flush is written. Registered for every subgraph by the kit.
 */
export class TenantGuard implements EventSubscriber {
  private check(args: EventArgs<any>): void {
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

  beforeCreate(args: EventArgs<any>): void {
    this.check(args);
  }

  beforeUpdate(args: EventArgs<any>): void {
    this.check(args);
  }

  beforeDelete(args: EventArgs<any>): void {
    this.check(args);
  }

  beforeUpsert(args: EventArgs<any>): void {
    this.check(args);
  }
}
