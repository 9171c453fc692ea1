import {
  conflictError,
  fieldError,
  isUniqueViolation,
  lockRow,
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
  type PageArgs,
  type TenantRole,
  type UserError,
} from '../../../kit';
import type { IdentityDeps } from './context';
import { Membership, Tenant, TenantInvitation, User, type MembershipRow, type TenantInvitationRow, type UserRow } from './entities';
import { invitationMail } from './mail';
import type { RecoveryRuntime } from './recovery';
import { hashToken, looksLikeOpaqueToken, newOpaqueToken } from './secrets';
import { isValidEmail, normaliseEmail } from './service';
import { MAX_MEMBERSHIPS_PER_USER, seatProblem } from './tenants';
import type { Throttle } from './throttle';

/** An invitation link works for 7 days. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;
/** Invitations one tenant may send: 100 per hour (each one is a mail to a stranger). */
export const INVITATION_RATE_LIMIT = { limit: 100, windowMs: 60 * 60_000 };
/** Pending invitations one tenant may have at once. */
export const MAX_PENDING_INVITATIONS = 500;

export const INVITATION_INVITED_EVENT = 'identity.tenant.invitation_sent';
export const INVITATION_REVOKED_EVENT = 'identity.tenant.invitation_revoked';
export const INVITATION_ACCEPTED_EVENT = 'identity.tenant.member_added';

const INVALID_INVITATION = 'This invitation is invalid, already used, revoked or expired; ask for a new one.';
const invalidToken = (field: string): UserError => fieldError(field, INVALID_INVITATION);

export type InvitationResult = { invitation: TenantInvitationRow; errors: [] } | { invitation: null; errors: UserError[] };
export type AcceptResult = { membership: MembershipRow; errors: [] } | { membership: null; errors: UserError[] };

/** Whether an invitation can still be accepted at `now`. */
export function isPending(row: TenantInvitationRow, now = new Date()): boolean {
  return !row.acceptedAt && !row.revokedAt && row.expiresAt > now;
}

/**
 * Invitations to a tenant by e-mail (catalogue #55). An ADMIN invites with any role, a MANAGER invites
 * EMPLOYEEs (as with `addTenantMember`). The mailed token (256 bits, stored as SHA-256) works once,
 * for 7 days, for the invited address only: accepted by the signed-in account with that address, or
 * while signing up with it. Claiming is one conditional update, so of two concurrent acceptances one
 * wins and the other changes nothing.
 */
export class TenantInvitations {
  private runtime?: RecoveryRuntime;

  constructor(private readonly throttle: Throttle) {}

  /** Called when the subgraph starts, with its configuration and mail queue. */
  configure(runtime: RecoveryRuntime): void {
    this.runtime = runtime;
  }

  private get started(): RecoveryRuntime {
    if (!this.runtime) throw new Error('identity invitations used before the subgraph started');
    return this.runtime;
  }

  private link(token: string): string {
    const base = this.started.config.PUBLIC_URL;
    const url = new URL('accept-invitation', base.endsWith('/') ? base : `${base}/`);
    url.searchParams.set('token', token);
    return url.toString();
  }

  /** Invites `emailInput` to the current tenant; an earlier pending invitation of that address is revoked (a resend). */
  async invite(deps: IdentityDeps, emailInput: string, role: TenantRole): Promise<InvitationResult> {
    const { em } = deps;
    const v = requireTenant(deps.viewer, 'MANAGER');
    if (!tenantRoleAtLeast(v.tenantRole, role === 'EMPLOYEE' ? 'MANAGER' : 'ADMIN')) {
      return {
        invitation: null,
        errors: [{ field: 'role', message: `Only tenant admins can invite ${role} members.`, code: 'FORBIDDEN' }],
      };
    }
    const email = normaliseEmail(emailInput);
    if (!isValidEmail(email)) return { invitation: null, errors: [fieldError('email', 'Enter a valid e-mail address.')] };
    const existing = await em.findOne(User, { email });
    if (existing && (await em.count(Membership, { tenantId: v.tenantId, userId: existing.id }))) {
      return { invitation: null, errors: [conflictError('email', 'This person is already a member.')] };
    }
    if (!(await this.throttle.attempt(em, 'tenant-invitation:tenant', v.tenantId, INVITATION_RATE_LIMIT))) {
      return {
        invitation: null,
        errors: [{ field: null, message: 'This tenant sent too many invitations; try again within an hour.', code: 'RATE_LIMITED' }],
      };
    }
    const token = newOpaqueToken();
    const now = new Date();
    const result = await em.transactional(async (tx): Promise<InvitationResult & { tenantName?: string }> => {
      // The tenant's row serialises its invitations, so the pending cap holds and a resend revokes exactly the earlier one.
      const tenant = await lockRow(tx, Tenant, { id: v.tenantId });
      if (!tenant) return { invitation: null, errors: [fieldError(null, 'This tenant no longer exists.')] };
      // Checked before anything is written: a refused invitation changes nothing.
      const pending = await tx.count(TenantInvitation, {
        tenantId: v.tenantId,
        email: { $ne: email },
        acceptedAt: null,
        revokedAt: null,
        expiresAt: { $gt: now },
      });
      if (pending >= MAX_PENDING_INVITATIONS) {
        return {
          invitation: null,
          errors: [conflictError(null, `This tenant already has ${MAX_PENDING_INVITATIONS} pending invitations; revoke some first.`)],
        };
      }
      // A resend: the earlier pending link of this address stops working.
      await tx.nativeUpdate(
        TenantInvitation,
        { tenantId: v.tenantId, email, acceptedAt: null, revokedAt: null },
        { revokedAt: now, updatedAt: now },
      );
      const invitation = tx.create(TenantInvitation, {
        id: newId(),
        tenantId: v.tenantId,
        email,
        role,
        tokenHash: hashToken(token),
        invitedBy: v.userId,
        expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
        acceptedAt: null,
        acceptedBy: null,
        revokedAt: null,
      });
      recordEvent(
        tx,
        INVITATION_INVITED_EVENT,
        { tenantId: v.tenantId, invitationId: invitation.id, role, changedBy: v.userId },
        { tenantId: v.tenantId },
      );
      recordAudit(tx, {
        tenantId: v.tenantId,
        actorId: v.userId,
        action: 'member.invited',
        targetType: 'TenantInvitation',
        targetId: invitation.id,
        details: { role },
      });
      await tx.flush();
      return { invitation, errors: [], tenantName: tenant.name };
    });
    if (!result.invitation || result.tenantName === undefined) return { invitation: null, errors: result.errors };
    // Mailed only once the invitation has committed: a rolled-back invitation sends no link.
    this.started.mail.enqueue(invitationMail(email, result.tenantName, this.link(token), INVITATION_TTL_MS / 86_400_000));
    return { invitation: result.invitation, errors: [] };
  }

  /** Revokes a pending invitation of the current tenant (MANAGER; only ADMINs revoke invitations to MANAGER or ADMIN). */
  async revoke(deps: IdentityDeps, id: string): Promise<{ revoked: boolean; errors: UserError[] }> {
    const { em } = deps;
    const v = requireTenant(deps.viewer, 'MANAGER');
    const notFound = { revoked: false, errors: [fieldError('id', 'No pending invitation of this tenant has this id.')] };
    if (id.length > 36) return notFound;
    const row = await em.findOne(TenantInvitation, { id, tenantId: v.tenantId });
    if (!row || !isPending(row)) return notFound;
    if (!tenantRoleAtLeast(v.tenantRole, row.role === 'EMPLOYEE' ? 'MANAGER' : 'ADMIN')) {
      return {
        revoked: false,
        errors: [{ field: 'id', message: `Only tenant admins can revoke ${row.role} invitations.`, code: 'FORBIDDEN' }],
      };
    }
    const now = new Date();
    const revoked = await em.transactional(async (tx) => {
      if ((await tx.nativeUpdate(TenantInvitation, { id, acceptedAt: null, revokedAt: null }, { revokedAt: now, updatedAt: now })) !== 1)
        return false;
      recordEvent(tx, INVITATION_REVOKED_EVENT, { tenantId: v.tenantId, invitationId: id, changedBy: v.userId }, { tenantId: v.tenantId });
      recordAudit(tx, {
        tenantId: v.tenantId,
        actorId: v.userId,
        action: 'invitation.revoked',
        targetType: 'TenantInvitation',
        targetId: id,
      });
      await tx.flush();
      return true;
    });
    return revoked ? { revoked: true, errors: [] } : notFound;
  }

  /** Pending invitations of the current tenant (MANAGER), newest first. */
  pending(deps: IdentityDeps, args: PageArgs): Promise<Connection<TenantInvitationRow>> {
    const v = requireTenant(deps.viewer, 'MANAGER');
    return paginate(
      deps.em,
      TenantInvitation,
      { tenantId: v.tenantId, acceptedAt: null, revokedAt: null, expiresAt: { $gt: new Date() } },
      args,
      { createdAt: 'desc', id: 'desc' },
    );
  }

  /** The pending invitation behind `token`, or null. */
  async usable(em: Em, token: string): Promise<TenantInvitationRow | null> {
    if (!looksLikeOpaqueToken(token)) return null;
    const row = await em.findOne(TenantInvitation, { tokenHash: hashToken(token) });
    return row && isPending(row) ? row : null;
  }

  /**
   * The signed-in account accepts an invitation mailed to its address: it becomes a member with the
   * invited role (in its next access token; cookie sessions at once).
   */
  async accept(deps: IdentityDeps, token: string): Promise<AcceptResult> {
    const { em } = deps;
    const v = requireViewer(deps.viewer);
    const found = await this.usable(em, token);
    if (!found) return { membership: null, errors: [invalidToken('token')] };
    try {
      return await em.transactional(async (tx): Promise<AcceptResult> => {
        // The account's row is the lock for its memberships (see TenantService.create), so the cap holds.
        const user = await lockRow(tx, User, { id: v.userId });
        if (!user) throw unauthenticated('Your account no longer exists.');
        if (user.email !== found.email) {
          return {
            membership: null,
            errors: [{ field: 'token', message: 'This invitation was sent to another e-mail address.', code: 'FORBIDDEN' }],
          };
        }
        if (await tx.count(Membership, { tenantId: found.tenantId, userId: user.id })) {
          return { membership: null, errors: [conflictError('token', 'You are already a member of this tenant.')] };
        }
        if ((await tx.count(Membership, { userId: user.id })) >= MAX_MEMBERSHIPS_PER_USER) {
          return { membership: null, errors: [conflictError('token', `You already belong to ${MAX_MEMBERSHIPS_PER_USER} tenants.`)] };
        }
        const full = await seatProblem(tx, found.tenantId, 'token');
        if (full) return { membership: null, errors: [full] };
        const membership = await this.claim(tx, found, user);
        if (!membership) return { membership: null, errors: [invalidToken('token')] };
        await tx.flush();
        return { membership, errors: [] };
      });
    } catch (error) {
      if (isUniqueViolation(error))
        return { membership: null, errors: [conflictError('token', 'You are already a member of this tenant.')] };
      throw error;
    }
  }

  /**
   * Uses up `invitation` for `user` inside the caller's transaction and adds the membership to its unit
   * of work (the caller flushes). Returns null when another acceptance, a revocation or the expiry came
   * first: the conditional update is what makes a token work once.
   */
  async claim(tx: Em, invitation: TenantInvitationRow, user: Pick<UserRow, 'id'>): Promise<MembershipRow | null> {
    const now = new Date();
    const claimed = await tx.nativeUpdate(
      TenantInvitation,
      { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { $gt: now } },
      { acceptedAt: now, acceptedBy: user.id, updatedAt: now },
    );
    if (claimed !== 1) return null;
    const membership = tx.create(Membership, { id: newId(), tenantId: invitation.tenantId, userId: user.id, role: invitation.role });
    recordEvent(
      tx,
      INVITATION_ACCEPTED_EVENT,
      {
        tenantId: invitation.tenantId,
        userId: user.id,
        role: invitation.role,
        changedBy: invitation.invitedBy,
        invitationId: invitation.id,
        recipientIds: [user.id],
      },
      { tenantId: invitation.tenantId },
    );
    recordAudit(tx, {
      tenantId: invitation.tenantId,
      actorId: user.id,
      action: 'invitation.accepted',
      targetType: 'TenantInvitation',
      targetId: invitation.id,
      details: { role: invitation.role },
    });
    return membership;
  }
}
