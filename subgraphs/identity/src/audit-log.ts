import {
  AUDIT_EVENT,
  auditEntryOf,
  badInput,
  paginate,
  requireTenant,
  type Connection,
  type EventConsumer,
  type Logger,
  type PageArgs,
} from '../../../kit';
import type { FilterQuery } from '@mikro-orm/core';
import type { IdentityDeps } from './context';
import { AuditEntry, type AuditEntryRow } from './entities';

/** Filters of `Tenant.auditLog`; every one optional. */
export interface AuditLogFilter {
  actorId?: string | null;
  action?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * Stores every subgraph's `audit.entry.recorded` events (kit `recordAudit`) as audit entries. The
 * kit delivers each event at least once and deduplicates per consumer; the unique `eventId` backs that.
 * A malformed entry is logged and dropped (retrying cannot fix it).
 */
export function createAuditConsumer(log: Logger): EventConsumer {
  return {
    name: 'audit-log',
    types: [AUDIT_EVENT],
    async handle(event, em) {
      const entry = auditEntryOf(event);
      if (!entry) {
        log.warn({ eventId: event.id, source: event.source }, 'malformed audit event dropped');
        return;
      }
      if (await em.count(AuditEntry, { eventId: event.id })) return;
      em.create(AuditEntry, {
        eventId: event.id,
        source: event.source.slice(0, 40),
        occurredAt: new Date(event.occurredAt),
        ...entry,
      });
      await em.flush();
    },
  };
}

/** A tenant's audit log for its ADMINs, newest first, optionally by actor, action and time range (inclusive). */
export function auditLog(deps: IdentityDeps, args: PageArgs, filter: AuditLogFilter = {}): Promise<Connection<AuditEntryRow>> {
  const v = requireTenant(deps.viewer, 'ADMIN');
  if (filter.actorId != null && filter.actorId.length > 36) throw badInput('Use an actor id of at most 36 characters.', 'filter.actorId');
  if (filter.action != null && filter.action.length > 80) throw badInput('Use an action of at most 80 characters.', 'filter.action');
  const where: FilterQuery<AuditEntryRow> = { tenantId: v.tenantId };
  if (filter.actorId != null) where.actorId = filter.actorId;
  if (filter.action != null) where.action = filter.action;
  if (filter.from != null || filter.to != null) {
    where.occurredAt = { ...(filter.from != null && { $gte: filter.from }), ...(filter.to != null && { $lte: filter.to }) };
  }
  return paginate(deps.em, AuditEntry, where, args, { occurredAt: 'desc', id: 'desc' });
}
