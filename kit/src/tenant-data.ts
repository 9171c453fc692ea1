import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { wrap, type EntityMetadata } from '@mikro-orm/core';
import { recordEvent, type DomainEvent, type EventConsumer } from './events';
import type { AnyEntity, Em } from './orm';
import { createStorage, storageEnvSchema, type Storage } from './storage';
import { tenantColumnOf } from './tenant-filter';

/**
 * Deleting a tenant, the subgraph side (catalogue #55): every subgraph whose entities hold tenant data
 * (tenant-owned through `defineTenantEntity`, or tenant-linked) gets one kit consumer, so no subgraph
 * writes its own export or purge and a new tenant-owned entity is covered the day it is declared.
 *
 * identity drives the deletion (subgraphs/identity/src/tenant-deletion.ts) with two events:
 * 1. `identity.tenant.deletion_requested` `{ deletionId, tenantId }`: the consumer writes every row of
 *    the tenant, entity by entity in primary-key order, as NDJSON (`{"entity":…,"row":…}` per line) to
 *    the shared object storage under {@link tenantExportKey}, then records
 *    `<subgraph>.tenant_data.exported` with the key, the byte count, the SHA-256 and a count per entity.
 * 2. `identity.tenant.purge_requested` (sent only once every subgraph has exported): the consumer
 *    deletes the tenant's rows of every tenant-owned entity, references before what they reference,
 *    and records `<subgraph>.tenant_data.purged` with the counts. Tenant-linked rows are exported but
 *    kept (banking's business accounts: a ledger is a financial record that outlives a customer).
 *
 * Both steps are idempotent (the same key is rewritten, a second purge deletes nothing), so a redelivery
 * or a retry after a crash repeats them safely; a failure is retried by the event pipeline.
 */

export const TENANT_DELETION_REQUESTED = 'identity.tenant.deletion_requested';
export const TENANT_PURGE_REQUESTED = 'identity.tenant.purge_requested';
/** Suffixes of the events each subgraph records: `<subgraph>.tenant_data.exported` / `.purged`. */
export const TENANT_DATA_EXPORTED = 'tenant_data.exported';
export const TENANT_DATA_PURGED = 'tenant_data.purged';

/** Rows read per query while exporting. */
const EXPORT_PAGE = 500;

/** What one subgraph reports after exporting a tenant's rows. */
export interface TenantExportPart extends Record<string, unknown> {
  deletionId: string;
  tenantId: string;
  subgraph: string;
  key: string;
  bytes: number;
  sha256: string;
  counts: Record<string, number>;
}

/** What one subgraph reports after purging: rows deleted per entity, and tenant-linked rows kept. */
export interface TenantPurgeReport extends Record<string, unknown> {
  deletionId: string;
  tenantId: string;
  subgraph: string;
  deleted: Record<string, number>;
  retained: Record<string, number>;
  /** Stored objects removed with the rows (the subgraph's `purgeTenantObjects`), per kind. */
  objects: Record<string, number>;
}

interface TenantDataEntity {
  className: string;
  column: string;
  /** Deleted with the tenant (tenant-owned) or kept (tenant-linked). */
  purge: boolean;
}

/** The storage key of one subgraph's part of a deletion's export. */
export function tenantExportKey(deletionId: string, subgraph: string): string {
  return `tenant-exports/${deletionId}/${subgraph}.ndjson`;
}

/** The entities of a subgraph that hold tenant data. */
export function tenantDataEntities(entities: AnyEntity[]): TenantDataEntity[] {
  return entities.flatMap((entity) => {
    const column = tenantColumnOf(entity);
    if (!column) return [];
    const { className } = (entity as unknown as { meta: Pick<EntityMetadata, 'className'> }).meta;
    return [{ className, column, purge: column === 'tenantId' }];
  });
}

/**
 * `items` in the order a purge deletes them, from the ORM's discovered metadata: a row that references
 * another (many-to-one, owning one-to-one) goes before the row it references.
 */
function purgeOrder(em: Em, items: TenantDataEntity[]): TenantDataEntity[] {
  const metadata = em.getMetadata();
  const references = (from: TenantDataEntity, to: TenantDataEntity) =>
    from !== to &&
    Object.values(metadata.get(from.className).properties).some(
      (prop) => (prop.kind === 'm:1' || (prop.kind === '1:1' && prop.owner)) && prop.type === to.className,
    );
  const ordered: TenantDataEntity[] = [];
  const visiting = new Set<TenantDataEntity>();
  const visit = (item: TenantDataEntity) => {
    if (visiting.has(item)) return;
    visiting.add(item);
    for (const other of items) if (references(other, item)) visit(other);
    ordered.push(item);
  };
  for (const item of items) visit(item);
  return ordered;
}

/** Whether a subgraph holds tenant data (and so takes part in every tenant deletion). */
export function holdsTenantData(entities: AnyEntity[]): boolean {
  return tenantDataEntities(entities).length > 0;
}

/**
 * `env` with TENANT_DATA_SUBGRAPHS (what identity's tenant deletion waits for) defaulted to the
 * subgraphs among `definitions` that hold tenant data: the registry for `npm run serve`, the running
 * ones for the embedded stack. A value already set wins.
 */
export function withTenantDataSubgraphs<E extends Record<string, string | undefined>>(
  env: E,
  definitions: { name: string; entities: AnyEntity[] }[],
): E & { TENANT_DATA_SUBGRAPHS: string } {
  const names = definitions.filter((d) => holdsTenantData(d.entities)).map((d) => d.name);
  return { ...env, TENANT_DATA_SUBGRAPHS: env.TENANT_DATA_SUBGRAPHS ?? names.join(',') };
}

/** The deletion an event names, checked: both ids are the kit's 36-character ids. */
function deletionOf(event: DomainEvent): { deletionId: string; tenantId: string } {
  const { deletionId, tenantId } = event.payload as { deletionId?: unknown; tenantId?: unknown };
  if (typeof deletionId !== 'string' || typeof tenantId !== 'string' || deletionId.length !== 36 || tenantId.length !== 36) {
    throw new Error(`${event.type} ${event.id}: payload needs deletionId and tenantId`);
  }
  return { deletionId, tenantId };
}

/** Every row of the tenant, one NDJSON line each, in primary-key order per entity; counts as it goes. */
async function* exportLines(em: Em, items: TenantDataEntity[], tenantId: string, counts: Record<string, number>): AsyncGenerator<string> {
  for (const item of items) {
    const pk = em.getMetadata().get(item.className).primaryKeys[0]!;
    counts[item.className] = 0;
    let after: unknown = null;
    for (;;) {
      const where: Record<string, unknown> = { [item.column]: tenantId };
      if (after !== null) where[pk] = { $gt: after };
      const rows = await em.find(item.className, where, {
        filters: { tenant: false },
        orderBy: { [pk]: 'asc' },
        limit: EXPORT_PAGE,
        disableIdentityMap: true,
      });
      for (const row of rows) {
        yield `${JSON.stringify({ entity: item.className, row: wrap(row as object).toPOJO() })}\n`;
      }
      counts[item.className]! += rows.length;
      if (rows.length < EXPORT_PAGE) break;
      after = (rows[rows.length - 1] as Record<string, unknown>)[pk];
    }
  }
}

/**
 * The kit's consumer of tenant deletions for one subgraph (added by `startSubgraph` when the subgraph
 * holds tenant data). `storage` is opened on first use from the STORAGE_* settings; every subgraph and
 * identity must share it (the default directory under one DATA_DIR, or one S3 bucket).
 */
export function tenantDataConsumer(
  subgraph: string,
  entities: AnyEntity[],
  env: Record<string, string | undefined>,
  dataDir: string,
  purgeObjects?: (em: Em, tenantId: string) => Promise<Record<string, number>>,
): EventConsumer {
  const items = tenantDataEntities(entities);
  let storage: Storage | undefined;
  const open = () => (storage ??= createStorage(storageEnvSchema.parse(env), dataDir));
  return {
    name: 'tenant-data',
    types: [TENANT_DELETION_REQUESTED, TENANT_PURGE_REQUESTED],
    async handle(event, em) {
      const { deletionId, tenantId } = deletionOf(event);
      if (event.type === TENANT_DELETION_REQUESTED) {
        const counts: Record<string, number> = {};
        const hash = createHash('sha256');
        let bytes = 0;
        const key = tenantExportKey(deletionId, subgraph);
        const lines = exportLines(em, items, tenantId, counts);
        const body = Readable.from(
          (async function* () {
            for await (const line of lines) {
              const chunk = Buffer.from(line);
              hash.update(chunk);
              bytes += chunk.length;
              yield chunk;
            }
          })(),
        );
        await open().put(key, body, { contentType: 'application/x-ndjson' });
        const part: TenantExportPart = { deletionId, tenantId, subgraph, key, bytes, sha256: hash.digest('hex'), counts };
        recordEvent(em, `${subgraph}.${TENANT_DATA_EXPORTED}`, part, { tenantId });
        return;
      }
      // Objects first, while the rows that name them are still there (idempotent on redelivery).
      const objects = (await purgeObjects?.(em, tenantId)) ?? {};
      const deleted: Record<string, number> = {};
      const retained: Record<string, number> = {};
      for (const item of purgeOrder(em, items)) {
        const where = { [item.column]: tenantId };
        if (item.purge) deleted[item.className] = await em.nativeDelete(item.className, where, { filters: { tenant: false } });
        else retained[item.className] = await em.count(item.className, where, { filters: { tenant: false } });
      }
      const report: TenantPurgeReport = { deletionId, tenantId, subgraph, deleted, retained, objects };
      recordEvent(em, `${subgraph}.${TENANT_DATA_PURGED}`, report, { tenantId });
    },
  };
}
