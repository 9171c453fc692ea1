import { recordEvent, type DomainEvent } from './events';
import type { Em } from './orm';

/**
 * The domain event every subgraph records for an administrative action; identity consumes it into the
 * tenant's audit log (its `Tenant.auditLog` query).
 */
export const AUDIT_EVENT = 'audit.entry.recorded';

/** What an audit entry says: who did what to which object of which tenant. */
export interface AuditEntryInput {
  /** The tenant whose object was changed. */
  tenantId: string;
  /** The user who did it (the viewer's userId); null for the system (a sweep, a webhook). */
  actorId: string | null;
  /** `<area>.<verb>` in lower case, e.g. `member.invited`, `pipeline.deleted` (at most 80 characters). */
  action: string;
  /** The kind of object, e.g. `Membership`, `Pipeline` (at most 40 characters). */
  targetType: string;
  /** The object's id (at most 64 characters); null for actions on the tenant itself. */
  targetId: string | null;
  /** A few facts worth keeping (new role, old name): flat JSON, at most 2,000 characters serialised. No secrets. */
  details?: Record<string, string | number | boolean | null>;
}

/** The audit entry an {@link AUDIT_EVENT} carries (the event's source names the subgraph). */
export type AuditEventPayload = Required<Omit<AuditEntryInput, 'tenantId'>>;

const ACTION = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*){1,3}$/;
const TARGET_TYPE = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
const MAX_DETAILS_CHARS = 2_000;

/** Why `entry` cannot be recorded, or null when it can. */
export function auditEntryProblem(entry: AuditEntryInput): string | null {
  if (entry.action.length > 80 || !ACTION.test(entry.action)) return `audit action "${entry.action.slice(0, 80)}" must look like area.verb`;
  if (!TARGET_TYPE.test(entry.targetType)) return `audit target type "${entry.targetType.slice(0, 40)}" must be a type name`;
  if (entry.targetId !== null && (entry.targetId.length < 1 || entry.targetId.length > 64))
    return 'audit target id must have 1 to 64 characters';
  if (entry.actorId !== null && (entry.actorId.length < 1 || entry.actorId.length > 36))
    return 'audit actor id must have 1 to 36 characters';
  if (!entry.tenantId || entry.tenantId.length > 36) return 'audit entries need the tenant id';
  if (JSON.stringify(entry.details ?? {}).length > MAX_DETAILS_CHARS)
    return `audit details must stay under ${MAX_DETAILS_CHARS} characters`;
  return null;
}

/**
 * Records an administrative action in the tenant's audit log, in the same unit of work as the action
 * (call it before `em.flush()` or inside `em.transactional`, like {@link recordEvent}): the entry
 * exists if and only if the action committed. It travels as an {@link AUDIT_EVENT} through the
 * subgraph's outbox to identity, which stores it; the tenant's ADMINs read it there. A malformed entry
 * is a programming error and throws (nothing is flushed).
 */
export function recordAudit(em: Em, entry: AuditEntryInput): void {
  const problem = auditEntryProblem(entry);
  if (problem) throw new Error(problem);
  const payload: AuditEventPayload = {
    actorId: entry.actorId,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    details: entry.details ?? {},
  };
  recordEvent(em, AUDIT_EVENT, payload, { tenantId: entry.tenantId });
}

/** The audit entry in an {@link AUDIT_EVENT}, checked again on arrival (events cross process boundaries), or null. */
export function auditEntryOf(event: DomainEvent): (AuditEventPayload & { tenantId: string }) | null {
  if (event.type !== AUDIT_EVENT || !event.tenantId) return null;
  const p = event.payload as Partial<Record<keyof AuditEventPayload, unknown>>;
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  const details =
    p.details && typeof p.details === 'object' && !Array.isArray(p.details) ? (p.details as AuditEventPayload['details']) : {};
  const entry = {
    tenantId: event.tenantId,
    actorId: str(p.actorId),
    action: str(p.action) ?? '',
    targetType: str(p.targetType) ?? '',
    targetId: str(p.targetId),
    details,
  };
  return auditEntryProblem(entry) ? null : entry;
}
