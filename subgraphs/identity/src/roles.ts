import {
  conflictError,
  fieldError,
  lockRow,
  lockRows,
  recordEvent,
  requireViewer,
  type Em,
  type UserError,
  type Viewer,
} from '../../../kit';
import type { IdentityDeps } from './context';
import { User, type UserRow } from './entities';

/**
 * Global roles an admin may grant (`librarian`: the library's catalogue and circulation desk;
 * `inventory`: warehouse staff, stock and reservations); `user` is every account's and cannot be taken away.
 */
export const GRANTABLE_ROLES = ['admin', 'librarian', 'inventory'] as const;

export type RoleResult = { user: UserRow; errors: [] } | { user: null; errors: UserError[] };

/**
 * Role administration (catalogue #27). Only admins reach it (`@requiresScopes(scopes: [["admin"]])`
 * in the schema, enforced by the kit). Every change is announced as `identity.user.roles_changed`.
 */
export class RoleService {
  async grant(deps: IdentityDeps, userId: string, role: string): Promise<RoleResult> {
    return this.change(deps.em, requireViewer(deps.viewer), userId, role, (roles) =>
      roles.includes(role) ? roles : [...roles, role].sort(),
    );
  }

  async revoke(deps: IdentityDeps, userId: string, role: string): Promise<RoleResult> {
    return this.change(deps.em, requireViewer(deps.viewer), userId, role, (roles) => roles.filter((r) => r !== role));
  }

  private async change(em: Em, admin: Viewer, userId: string, role: string, next: (roles: string[]) => string[]): Promise<RoleResult> {
    if (!(GRANTABLE_ROLES as readonly string[]).includes(role)) {
      return { user: null, errors: [fieldError('role', `Only these roles can be granted or revoked: ${GRANTABLE_ROLES.join(', ')}.`)] };
    }
    return em.transactional(async (tx) => {
      // The admins' rows first, in id order, then the user's: two changes lock in the same order.
      const admins = role === 'admin' ? await this.lockAdmins(tx) : [];
      const user = await lockRow(tx, User, { id: userId });
      if (!user) return { user: null, errors: [fieldError('userId', 'No user has this id.')] };
      const roles = next(user.roles);
      if (role === 'admin' && user.roles.includes('admin') && !roles.includes('admin') && admins.length <= 1) {
        return { user: null, errors: [conflictError('userId', 'The last admin cannot lose the admin role.')] };
      }
      if (roles.join(' ') !== user.roles.join(' ')) {
        user.roles = roles;
        recordEvent(tx, 'identity.user.roles_changed', { userId, roles, changedBy: admin.userId, recipientIds: [userId] });
      }
      await tx.flush();
      return { user, errors: [] };
    });
  }

  /**
   * The users holding `admin`, with their rows locked until the transaction ends: found with a plain
   * read, then locked and read again at their latest version, so two revocations cannot both count
   * the other as still admin (an admin granted meanwhile is missed, which only errs on the safe side).
   * Locking only them, not every row a `roles like` scan touches, keeps sign-ups and log-ins out of it.
   */
  private async lockAdmins(tx: Em): Promise<UserRow[]> {
    // roles is a JSON array of plain words, so its text contains `"admin"` exactly when it holds the role.
    const rows = (await tx
      .getConnection()
      .execute('select id from users where roles like ?', ['%"admin"%'], 'all', tx.getTransactionContext())) as { id: string }[];
    const admins = await lockRows(tx, User, { id: { $in: rows.map((r) => r.id) } }, { orderBy: { id: 'asc' } });
    return admins.filter((u) => u.roles.includes('admin'));
  }
}
