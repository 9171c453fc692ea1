import {
  conflictError,
  fieldError,
  isUniqueViolation,
  lockRow,
  lockRows,
  newId,
  paginate,
  recordAudit,
  recordEvent,
  requireTenant,
  requireViewer,
  tenantRoleAtLeast,
  unauthenticated,
  type Connection,
  type Em,
  type EventConsumer,
  type PageArgs,
  type TenantRole,
  type UserError,
  type Viewer,
} from '../../../kit';
import { Membership, Tenant, User, type MembershipRow, type TenantRow, type UserRow } from './entities';
import type { IdentityDeps } from './context';
import { normaliseEmail } from './service';

/**
 * The most tenants one user may belong to. Access tokens carry every membership, so this also bounds
 * their size (about 60 bytes per membership).
 */
export const MAX_MEMBERSHIPS_PER_USER = 100;

/**
 * A subdomain label for a tenant: 3 to 40 lower-case letters, digits and inner hyphens. Labels the
 * platform itself serves under the base domain are reserved.
 */
const SLUG = /^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$/;
const RESERVED_SLUGS = new Set(['www', 'api', 'app', 'admin', 'auth', 'login', 'mail', 'status', 'static', 'cdn', 'docs']);

/** Whether `slug` may name a tenant's subdomain (see {@link SLUG}). */
export function isValidSlug(slug: string): boolean {
  return SLUG.test(slug) && !slug.includes('--') && !RESERVED_SLUGS.has(slug);
}

/** The audit action of each membership event identity records. */
const AUDIT_ACTIONS: Record<string, string> = {
  'identity.tenant.member_added': 'member.added',
  'identity.tenant.member_role_changed': 'member.role_changed',
  'identity.tenant.member_removed': 'member.removed',
};

/**
 * QUOTA_EXCEEDED on `field` when the tenant has as many members as its plan allows (`Tenant.maxMembers`,
 * kept from payments' billing events), else null. Takes the tenant's row lock first, so two additions
 * at once cannot both take the last seat.
 */
export async function seatProblem(tx: Em, tenantId: string, field: string): Promise<UserError | null> {
  const tenant = await lockRow(tx, Tenant, { id: tenantId });
  if (!tenant) return fieldError(field, 'This tenant no longer exists.');
  if ((await tx.count(Membership, { tenantId })) < tenant.maxMembers) return null;
  return {
    field,
    code: 'QUOTA_EXCEEDED',
    message: `The tenant's plan allows ${tenant.maxMembers} members; choose a bigger plan to add more.`,
  };
}

/** A user's memberships as access tokens carry them: tenant id → role, oldest membership first. */
export type TenantClaims = Record<string, TenantRole>;

export type TenantResult = { tenant: TenantRow; errors: [] } | { tenant: null; errors: UserError[] };
export type MembershipResult = { membership: MembershipRow; errors: [] } | { membership: null; errors: UserError[] };

/** Checks a tenant name (1 to 80 characters after trimming); returns the trimmed name or errors. */
function checkName(field: string, name: string): { name: string } | { errors: UserError[] } {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 80) return { errors: [fieldError(field, 'Use 1 to 80 characters.')] };
  return { name: trimmed };
}

/**
 * Tenants and memberships (catalogue #27 per-tenant roles, #55). Identity is the registry: it knows
 * which users belong to which tenant with which role, and puts that in access tokens; the router
 * checks the tenant each request chooses against it. Every change here is scoped by hand to the
 * viewer's current tenant (the rows name tenants rather than belong to one).
 */
export class TenantService {
  /** The user's memberships, oldest first (the first is the default tenant of a token). */
  async claimsOf(em: Em, userId: string): Promise<TenantClaims> {
    const rows = await em.find(Membership, { userId }, { orderBy: { createdAt: 'asc', id: 'asc' }, limit: MAX_MEMBERSHIPS_PER_USER });
    return Object.fromEntries(rows.map((m) => [m.tenantId, m.role]));
  }

  /**
   * Creates a tenant with `user` as its ADMIN, in `em`'s unit of work (the caller flushes): self
   * sign-up provisions one this way.
   */
  provision(em: Em, user: Pick<UserRow, 'id'>, name: string): TenantRow {
    const tenant = em.create(Tenant, { id: newId(), name, createdBy: user.id, slug: null });
    em.create(Membership, { id: newId(), tenantId: tenant.id, userId: user.id, role: 'ADMIN' });
    recordEvent(em, 'identity.tenant.created', { tenantId: tenant.id, name, createdBy: user.id }, { tenantId: tenant.id });
    return tenant;
  }

  /** A new tenant the signed-in user administers. */
  async create(deps: IdentityDeps, nameInput: string): Promise<TenantResult> {
    const { em, viewer } = deps;
    const v = requireViewer(viewer);
    const checked = checkName('name', nameInput);
    if ('errors' in checked) return { tenant: null, errors: checked.errors };
    return em.transactional(async (tx) => {
      // Memberships of one user are added one at a time (the user's row is the lock), so the cap holds.
      if (!(await lockRow(tx, User, { id: v.userId }))) throw unauthenticated('Your account no longer exists.');
      if ((await tx.count(Membership, { userId: v.userId })) >= MAX_MEMBERSHIPS_PER_USER) {
        return {
          tenant: null,
          errors: [conflictError(null, `You already belong to ${MAX_MEMBERSHIPS_PER_USER} tenants, the most allowed.`)],
        };
      }
      const tenant = this.provision(tx, { id: v.userId }, checked.name);
      await tx.flush();
      return { tenant, errors: [] };
    });
  }

  /** The tenant the request acts in, or null when it chose none. */
  async current(deps: IdentityDeps): Promise<TenantRow | null> {
    const { em, viewer } = deps;
    if (!viewer?.tenantId) return null;
    return em.findOne(Tenant, { id: viewer.tenantId });
  }

  /** Renames the current tenant (ADMIN). */
  async rename(deps: IdentityDeps, nameInput: string): Promise<TenantResult> {
    const { em, viewer } = deps;
    const v = requireTenant(viewer, 'ADMIN');
    const checked = checkName('name', nameInput);
    if ('errors' in checked) return { tenant: null, errors: checked.errors };
    const tenant = await em.findOneOrFail(Tenant, { id: v.tenantId });
    const previous = tenant.name;
    tenant.name = checked.name;
    recordAudit(em, {
      tenantId: v.tenantId,
      actorId: v.userId,
      action: 'tenant.renamed',
      targetType: 'Tenant',
      targetId: v.tenantId,
      details: { from: previous, to: checked.name },
    });
    await em.flush();
    return { tenant, errors: [] };
  }

  /**
   * Sets (or, with null, clears) the current tenant's subdomain label (ADMIN). The router then takes
   * requests to `<slug>.<HUBGRAPH_BASE_DOMAIN>` as choosing this tenant. A label another tenant uses is
   * CONFLICT; a freed label may be taken by another tenant at once.
   */
  async setSlug(deps: IdentityDeps, slugInput: string | null): Promise<TenantResult> {
    const { em, viewer } = deps;
    const v = requireTenant(viewer, 'ADMIN');
    const slug = slugInput === null ? null : slugInput.trim().toLowerCase();
    if (slug !== null && !isValidSlug(slug)) {
      return {
        tenant: null,
        errors: [fieldError('slug', 'Use 3 to 40 lower-case letters, digits and single inner hyphens; some names are reserved.')],
      };
    }
    const taken = conflictError('slug', 'Another tenant uses this subdomain.');
    if (slug !== null && (await em.count(Tenant, { slug, id: { $ne: v.tenantId } }))) return { tenant: null, errors: [taken] };
    const tenant = await em.findOneOrFail(Tenant, { id: v.tenantId });
    const previous = tenant.slug ?? null;
    tenant.slug = slug;
    recordEvent(
      em,
      'identity.tenant.slug_changed',
      { tenantId: v.tenantId, slug, previous, changedBy: v.userId },
      { tenantId: v.tenantId },
    );
    recordAudit(em, {
      tenantId: v.tenantId,
      actorId: v.userId,
      action: 'tenant.slug_changed',
      targetType: 'Tenant',
      targetId: v.tenantId,
      details: { from: previous, to: slug },
    });
    try {
      await em.flush();
    } catch (error) {
      if (isUniqueViolation(error)) return { tenant: null, errors: [taken] };
      throw error;
    }
    return { tenant, errors: [] };
  }

  /** The id of the tenant whose subdomain label is `slug`, or null (for the router's subdomain routing). */
  async idBySlug(em: Em, slug: string): Promise<string | null> {
    if (!isValidSlug(slug)) return null;
    const tenant = await em.findOne(Tenant, { slug }, { fields: ['id'] });
    return tenant?.id ?? null;
  }

  /** Members of the current tenant, oldest first. */
  members(deps: IdentityDeps, args: PageArgs): Promise<Connection<MembershipRow>> {
    const { em, viewer } = deps;
    const v = requireTenant(viewer);
    return paginate(em, Membership, { tenantId: v.tenantId }, args, { createdAt: 'asc', id: 'asc' });
  }

  /** A user's memberships (the user themself or a global admin), oldest first. */
  membershipsOf(deps: IdentityDeps, userId: string, args: PageArgs): Promise<Connection<MembershipRow> | null> {
    const { em, viewer } = deps;
    const v = requireViewer(viewer);
    if (v.userId !== userId && !v.roles.includes('admin')) return Promise.resolve(null);
    return paginate(em, Membership, { userId }, args, { createdAt: 'asc', id: 'asc' });
  }

  /**
   * Adds the account with `email` to the current tenant. ADMINs add any role; MANAGERs add EMPLOYEEs.
   * The person must have signed up already.
   */
  async addMember(deps: IdentityDeps, emailInput: string, role: TenantRole): Promise<MembershipResult> {
    const { em, viewer } = deps;
    const v = requireTenant(viewer, 'MANAGER');
    if (!tenantRoleAtLeast(v.tenantRole, role === 'EMPLOYEE' ? 'MANAGER' : 'ADMIN')) {
      return { membership: null, errors: [{ field: 'role', message: `Only tenant admins can add ${role} members.`, code: 'FORBIDDEN' }] };
    }
    const email = normaliseEmail(emailInput);
    const found = email.length <= 254 ? await em.findOne(User, { email }) : null;
    if (!found) return { membership: null, errors: [fieldError('email', 'No account uses this address; ask them to sign up first.')] };
    const already = conflictError('email', 'This person is already a member.');
    try {
      return await em.transactional(async (tx): Promise<MembershipResult> => {
        // The person's row is the lock for their memberships (see create), so the cap holds.
        const user = await lockRow(tx, User, { id: found.id });
        if (!user) return { membership: null, errors: [fieldError('email', 'No account uses this address; ask them to sign up first.')] };
        // The unique (tenant, user) index backs this check; the catch below answers a lost race alike.
        if (await tx.count(Membership, { tenantId: v.tenantId, userId: user.id })) return { membership: null, errors: [already] };
        if ((await tx.count(Membership, { userId: user.id })) >= MAX_MEMBERSHIPS_PER_USER) {
          return {
            membership: null,
            errors: [conflictError('email', `This person already belongs to ${MAX_MEMBERSHIPS_PER_USER} tenants.`)],
          };
        }
        const full = await seatProblem(tx, v.tenantId, 'email');
        if (full) return { membership: null, errors: [full] };
        const membership = tx.create(Membership, { id: newId(), tenantId: v.tenantId, userId: user.id, role });
        this.announce(tx, 'identity.tenant.member_added', v, user.id, role);
        await tx.flush();
        return { membership, errors: [] };
      });
    } catch (error) {
      if (isUniqueViolation(error)) return { membership: null, errors: [already] };
      throw error;
    }
  }

  /** Changes a member's role in the current tenant (ADMIN). The last ADMIN keeps the role. */
  async changeRole(deps: IdentityDeps, userId: string, role: TenantRole): Promise<MembershipResult> {
    const { em, viewer } = deps;
    const v = requireTenant(viewer, 'ADMIN');
    return em.transactional(async (tx) => {
      const membership = await this.lockMembership(tx, v.tenantId, userId);
      if (!membership) return { membership: null, errors: [fieldError('userId', 'This user is not a member of the tenant.')] };
      if (membership.role === role) return { membership, errors: [] };
      if (membership.role === 'ADMIN' && (await this.lastAdmin(tx, v.tenantId))) {
        return { membership: null, errors: [conflictError('userId', 'The last admin of a tenant keeps the ADMIN role.')] };
      }
      membership.role = role;
      this.announce(tx, 'identity.tenant.member_role_changed', v, userId, role);
      await tx.flush();
      return { membership, errors: [] };
    });
  }

  /** Removes a member from the current tenant: an ADMIN removes anyone, anyone may leave. The last ADMIN stays. */
  async removeMember(deps: IdentityDeps, userId: string): Promise<{ removed: boolean; errors: UserError[] }> {
    const { em, viewer } = deps;
    const v = requireTenant(viewer);
    if (userId !== v.userId && v.tenantRole !== 'ADMIN') {
      return { removed: false, errors: [{ field: 'userId', message: 'Only tenant admins can remove other members.', code: 'FORBIDDEN' }] };
    }
    return em.transactional(async (tx) => {
      const membership = await this.lockMembership(tx, v.tenantId, userId);
      if (!membership) return { removed: false, errors: [fieldError('userId', 'This user is not a member of the tenant.')] };
      if (membership.role === 'ADMIN' && (await this.lastAdmin(tx, v.tenantId))) {
        return { removed: false, errors: [conflictError('userId', 'The last admin cannot leave; make someone else ADMIN first.')] };
      }
      tx.remove(membership);
      this.announce(tx, 'identity.tenant.member_removed', v, userId, null);
      await tx.flush();
      return { removed: true, errors: [] };
    });
  }

  /**
   * The membership of `userId` in `tenantId`, read after taking the tenant's row lock. Every role
   * change and removal in a tenant takes that lock first, so they run one at a time there and the
   * last-admin count cannot be passed by two at once (two admins demoting each other).
   */
  private async lockMembership(tx: Em, tenantId: string, userId: string): Promise<MembershipRow | null> {
    await lockRow(tx, Tenant, { id: tenantId });
    return lockRow(tx, Membership, { tenantId, userId });
  }

  /** Whether the tenant has one ADMIN at most; a locking read, so it sees every committed change. */
  private async lastAdmin(tx: Em, tenantId: string): Promise<boolean> {
    return (await lockRows(tx, Membership, { tenantId, role: 'ADMIN' }, { limit: 2 })).length <= 1;
  }

  private announce(em: Em, type: string, v: Viewer & { tenantId: string }, userId: string, role: TenantRole | null): void {
    recordEvent(em, type, { tenantId: v.tenantId, userId, role, changedBy: v.userId, recipientIds: [userId] }, { tenantId: v.tenantId });
    recordAudit(em, {
      tenantId: v.tenantId,
      actorId: v.userId,
      action: AUDIT_ACTIONS[type] ?? 'member.changed',
      targetType: 'Membership',
      targetId: userId,
      details: { role },
    });
  }
}

/**
 * Keeps each tenant's member limit from payments' billing (`payments.tenant_billing.status_changed`
 * carries the plan's `maxMembers`). A redelivery writes the same value again.
 */
export function createPlanLimitsConsumer(): EventConsumer {
  return {
    name: 'plan-limits',
    types: ['payments.tenant_billing.status_changed'],
    async handle(event, em) {
      const { tenantId, maxMembers } = event.payload as { tenantId?: unknown; maxMembers?: unknown };
      if (typeof tenantId !== 'string' || tenantId.length !== 36) return;
      if (typeof maxMembers !== 'number' || !Number.isInteger(maxMembers) || maxMembers < 1 || maxMembers > 1_000_000) return;
      await em.nativeUpdate(Tenant, { id: tenantId }, { maxMembers });
    },
  };
}
