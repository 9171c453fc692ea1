import { isTenantRole, tenantRoleAtLeast, type EventConsumer } from '../../../kit';
import { BankAccount, BankingAudit, DepositPermit } from './entities';

/** identity's membership events that can take a manager's leave to fund the tenant's accounts away. */
export const MEMBERSHIP_EVENTS = ['identity.tenant.member_role_changed', 'identity.tenant.member_removed'];

/**
 * A deposit permit (`authorizeCardDeposit`) is leave a tenant manager got; it must not outlive the
 * role. When identity reports that a member left the tenant or fell below MANAGER, their permits on
 * that tenant's BUSINESS accounts are deleted (and audited) in the consumer's transaction, so a card
 * payment made afterwards is refused and refunded like any other unauthorized deposit.
 */
export function createPermitRevocationConsumer(): EventConsumer {
  return {
    name: 'permit-revocations',
    types: MEMBERSHIP_EVENTS,
    async handle(event, em) {
      const { userId, tenantId, role } = event.payload as { userId?: unknown; tenantId?: unknown; role?: unknown };
      if (typeof userId !== 'string' || typeof tenantId !== 'string') return;
      const stillManager = event.type === 'identity.tenant.member_role_changed' && isTenantRole(role) && tenantRoleAtLeast(role, 'MANAGER');
      if (stillManager) return;
      const accounts = await em.find(BankAccount, { kind: 'BUSINESS', businessTenantId: tenantId }, { fields: ['id'] });
      if (!accounts.length) return;
      const permits = await em.find(DepositPermit, { userId, accountId: { $in: accounts.map((a) => a.id) } });
      for (const permit of permits) {
        em.create(BankingAudit, {
          actorId: userId,
          action: 'deposit.permit_revoked',
          accountId: permit.accountId,
          subjectId: permit.id,
          detail: event.type === 'identity.tenant.member_removed' ? 'left the tenant' : `tenant role now ${String(role)}`,
        });
        em.remove(permit);
      }
      await em.flush();
    },
  };
}
