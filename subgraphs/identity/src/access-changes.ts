import { ACCESS_CHANGED_TOPIC, type AccessChange, type DomainEvent, type EventConsumer, type PubSub } from '../../../kit';

/** Ends every session of a user (log out everywhere, password reset): `{ userId, reason }`. */
export const SESSIONS_REVOKED_EVENT = 'identity.user.sessions_revoked';

/** The access change a domain event of identity describes, or null for other events. */
export function accessChangeOf(event: DomainEvent): AccessChange | null {
  const p = event.payload as { userId?: unknown; tenantId?: unknown; role?: unknown; roles?: unknown };
  if (typeof p.userId !== 'string') return null;
  const at = Date.parse(event.occurredAt);
  switch (event.type) {
    case SESSIONS_REVOKED_EVENT:
      return { kind: 'SESSIONS_REVOKED', userId: p.userId, at };
    case 'identity.user.roles_changed':
      return { kind: 'ROLES_CHANGED', userId: p.userId, roles: Array.isArray(p.roles) ? p.roles.map(String) : [], at };
    case 'identity.tenant.member_role_changed':
    case 'identity.tenant.member_removed':
      return {
        kind: 'MEMBERSHIP_CHANGED',
        userId: p.userId,
        tenantId: typeof p.tenantId === 'string' ? p.tenantId : null,
        tenantRole: typeof p.role === 'string' ? p.role : null,
        at,
      };
    default:
      return null;
  }
}

/**
 * Relays identity's own access-changing domain events (which commit with the change, through the
 * outbox) to {@link ACCESS_CHANGED_TOPIC} on pub/sub, which every router replica listens to: with
 * Redis, pub/sub reaches every replica, whereas a stream consumer group would hand each event to one.
 */
export function createAccessChangeRelay(pubsub: PubSub): EventConsumer {
  return {
    name: 'access-changes',
    types: [SESSIONS_REVOKED_EVENT, 'identity.user.roles_changed', 'identity.tenant.member_role_changed', 'identity.tenant.member_removed'],
    async handle(event) {
      const change = accessChangeOf(event);
      if (!change) return undefined;
      return async () => {
        await pubsub.publish(ACCESS_CHANGED_TOPIC, change);
      };
    },
  };
}
