/**
 * The tenant role model, on its own so that auth (which reads roles from tokens), the directives and
 * the ORM scoping can all use it without importing each other.
 */
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
