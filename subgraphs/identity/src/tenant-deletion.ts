import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import {
  conflictError,
  fieldError,
  lockRow,
  newId,
  recordEvent,
  requireTenant,
  sendGraphQLError,
  AppError,
  TENANT_DATA_EXPORTED,
  TENANT_DATA_PURGED,
  TENANT_DELETION_REQUESTED,
  TENANT_PURGE_REQUESTED,
  type Clock,
  type Em,
  type EventConsumer,
  type HttpRoute,
  type Logger,
  type Storage,
  type TenantExportPart,
  type TenantPurgeReport,
  type UrlSigner,
  type UserError,
  type Viewer,
} from '../../../kit';
import type { IdentityDeps } from './context';
import { AuditEntry, Membership, Tenant, TenantDeletion, TenantInvitation, type TenantDeletionRow } from './entities';

/**
 * Deleting a tenant (catalogue #55), identity's side: the request, the bookkeeping of what every
 * subgraph reported, the archive and its download. The subgraph side (export, purge) is the kit's
 * (kit/src/tenant-data.ts).
 *
 * 1. `deleteTenant` (ADMIN, confirmed by the tenant's name) ends every membership at once (with the
 *    usual `identity.tenant.member_removed` events, so tokens, sessions and subscriptions lose the
 *    tenant), revokes pending invitations, and records `identity.tenant.deletion_requested`. Nobody
 *    can act in the tenant from then on, so the export sees data that no longer changes.
 * 2. Each subgraph that holds tenant data exports and reports `<subgraph>.tenant_data.exported`. When
 *    every expected subgraph has (the list is fixed at request time), identity joins the parts into one
 *    archive — a gzipped tar of `manifest.json` and one NDJSON file per subgraph, each part's SHA-256
 *    checked while it is copied — and only then records `identity.tenant.purge_requested`.
 * 3. When every subgraph reported `<subgraph>.tenant_data.purged`, identity removes its own rows of the
 *    tenant (invitations, audit entries, the tenant) and records `identity.tenant.deleted`.
 *
 * Every step runs in an event consumer's transaction under the deletion's row lock, so a crash or a
 * subgraph that is down only delays it: the pipeline retries, and no purge starts before the archive
 * is complete.
 */

/** The public path of archive downloads (proxied by the router: wiring.publicPaths). */
export const TENANT_EXPORT_PATH = '/files/identity/tenant-exports/';
/** How long a download link handed out by `TenantDeletion.archiveUrl` works. */
const ARCHIVE_URL_TTL_MS = 10 * 60_000;
const TENANT_DELETED = 'identity.tenant.deleted';

export interface TenantDeletionSettings {
  storage: Storage;
  /** Made on first use: in production it needs URL_SIGNING_SECRET, which only downloads require. */
  signer: () => UrlSigner;
  /** Subgraphs that hold tenant data: each must export and purge (null: not configured, deletion refused). */
  expected: string[] | null;
  /** How long the archive stays downloadable after the export. */
  retentionMs: number;
  clock: Clock;
  log: Logger;
}

export type DeletionResult = { deletion: TenantDeletionRow; errors: [] } | { deletion: null; errors: UserError[] };

/** A 512-byte POSIX ustar header for a regular file. */
function tarHeader(name: string, size: number, mtime: Date): Buffer {
  const header = Buffer.alloc(512);
  const octal = (value: number, width: number) => `${value.toString(8).padStart(width - 1, '0')}\0`;
  header.write(name, 0, 100, 'utf8');
  header.write(octal(0o644, 8), 100);
  header.write(octal(0, 8), 108);
  header.write(octal(0, 8), 116);
  header.write(octal(size, 12), 124);
  header.write(octal(Math.floor(mtime.getTime() / 1000), 12), 136);
  header.write('        ', 148);
  header.write('0', 156);
  header.write('ustar\0', 257);
  header.write('00', 263);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return header;
}

/** Zero bytes up to the next 512-byte block. */
const tarPadding = (size: number) => Buffer.alloc((512 - (size % 512)) % 512);

export class TenantDeletions {
  private settings?: TenantDeletionSettings;

  configure(settings: TenantDeletionSettings): void {
    this.settings = settings;
  }

  private get s(): TenantDeletionSettings {
    if (!this.settings) throw new Error('TenantDeletions used before identity started');
    return this.settings;
  }

  /** Asks for the deletion of the viewer's current tenant (see the module comment). */
  async request(deps: IdentityDeps, confirmName: string): Promise<DeletionResult> {
    const v = requireTenant(deps.viewer, 'ADMIN');
    const { clock, expected } = this.s;
    if (!expected) throw new AppError('SERVICE_UNAVAILABLE', 'Tenant deletion is not configured on this server (TENANT_DATA_SUBGRAPHS).');
    return deps.em.transactional(async (tx) => {
      const tenant = await lockRow(tx, Tenant, { id: v.tenantId });
      if (!tenant) return { deletion: null, errors: [fieldError('confirmName', 'This tenant no longer exists.')] };
      if (confirmName.trim() !== tenant.name) {
        return { deletion: null, errors: [fieldError('confirmName', `Type the tenant's name exactly ("${tenant.name}") to confirm.`)] };
      }
      if (await tx.count(TenantDeletion, { tenantId: tenant.id })) {
        return { deletion: null, errors: [conflictError('confirmName', 'This tenant is already being deleted.')] };
      }
      const deletion = tx.create(TenantDeletion, {
        id: newId(),
        tenantId: tenant.id,
        tenantName: tenant.name,
        requestedBy: v.userId,
        status: 'EXPORTING',
        expected: [...expected],
        exports: {},
        purges: {},
        archiveKey: null,
        archiveBytes: null,
        archiveSha256: null,
        archiveExpiresAt: null,
        completedAt: null,
      });
      for (const membership of await tx.find(Membership, { tenantId: tenant.id })) {
        tx.remove(membership);
        recordEvent(
          tx,
          'identity.tenant.member_removed',
          { tenantId: tenant.id, userId: membership.userId, role: null, changedBy: v.userId, recipientIds: [membership.userId] },
          { tenantId: tenant.id },
        );
      }
      await tx.nativeUpdate(TenantInvitation, { tenantId: tenant.id, acceptedAt: null, revokedAt: null }, { revokedAt: clock.now() });
      recordEvent(
        tx,
        TENANT_DELETION_REQUESTED,
        { deletionId: deletion.id, tenantId: tenant.id, requestedBy: v.userId },
        { tenantId: tenant.id },
      );
      await this.advance(tx, deletion);
      await tx.flush();
      this.s.log.warn({ tenantId: tenant.id, deletionId: deletion.id, requestedBy: v.userId }, 'tenant deletion requested');
      return { deletion, errors: [] };
    });
  }

  /** The deletion, to the admin who asked for it; null for anyone else. */
  async find(deps: Pick<IdentityDeps, 'em' | 'viewer'>, id: string): Promise<TenantDeletionRow | null> {
    const viewer: Viewer | null = deps.viewer;
    if (!viewer || id.length !== 36) return null;
    return deps.em.findOne(TenantDeletion, { id, requestedBy: viewer.userId });
  }

  /** A download link valid for ten minutes, while the archive is kept; null before the export or after expiry. */
  archiveUrl(row: TenantDeletionRow): string | null {
    const now = this.s.clock.now();
    if (!row.archiveKey || !row.archiveExpiresAt || row.archiveExpiresAt <= now) return null;
    const expiresAt = new Date(Math.min(now.getTime() + ARCHIVE_URL_TTL_MS, row.archiveExpiresAt.getTime()));
    return this.s.signer().sign(`${TENANT_EXPORT_PATH}${row.id}`, {}, expiresAt);
  }

  /** Per subgraph: exported and purged, with row counts. */
  parts(row: TenantDeletionRow) {
    const sum = (counts: Record<string, number> | undefined) => (counts ? Object.values(counts).reduce((a, b) => a + b, 0) : null);
    return row.expected.map((subgraph) => ({
      subgraph,
      exported: !!row.exports[subgraph],
      exportedRows: sum(row.exports[subgraph]?.counts),
      purged: !!row.purges[subgraph],
      retainedRows: sum(row.purges[subgraph]?.retained),
    }));
  }

  /** identity's consumer of the subgraphs' reports. */
  consumer(): EventConsumer {
    return {
      name: 'tenant-deletion',
      types: (this.s.expected ?? []).flatMap((name) => [`${name}.${TENANT_DATA_EXPORTED}`, `${name}.${TENANT_DATA_PURGED}`]),
      handle: async (event, em) => {
        const payload = event.payload as Partial<TenantExportPart & TenantPurgeReport>;
        if (typeof payload.deletionId !== 'string' || typeof payload.subgraph !== 'string') return;
        const row = await lockRow(em, TenantDeletion, { id: payload.deletionId });
        if (!row || !row.expected.includes(payload.subgraph)) return;
        if (event.type.endsWith(TENANT_DATA_EXPORTED) && !row.exports[payload.subgraph]) {
          const { key, bytes, sha256, counts } = payload as TenantExportPart;
          row.exports = { ...row.exports, [payload.subgraph]: { key, bytes, sha256, counts } };
        } else if (event.type.endsWith(TENANT_DATA_PURGED) && !row.purges[payload.subgraph]) {
          const { deleted, retained } = payload as TenantPurgeReport;
          row.purges = { ...row.purges, [payload.subgraph]: { deleted, retained } };
        }
        await this.advance(em, row);
        await em.flush();
      },
    };
  }

  /** Moves a deletion on when every expected subgraph has reported its step. */
  private async advance(em: Em, row: TenantDeletionRow): Promise<void> {
    const now = this.s.clock.now();
    if (row.status === 'EXPORTING' && row.expected.every((name) => row.exports[name])) {
      const archive = await this.writeArchive(row, now);
      Object.assign(row, { ...archive, archiveExpiresAt: new Date(now.getTime() + this.s.retentionMs), status: 'PURGING' });
      recordEvent(em, TENANT_PURGE_REQUESTED, { deletionId: row.id, tenantId: row.tenantId }, { tenantId: row.tenantId });
      this.s.log.info({ deletionId: row.id, tenantId: row.tenantId, bytes: archive.archiveBytes }, 'tenant export archived; purging');
    }
    if (row.status === 'PURGING' && row.expected.every((name) => row.purges[name])) {
      const tenantId = row.tenantId;
      await em.nativeDelete(Membership, { tenantId });
      await em.nativeDelete(TenantInvitation, { tenantId });
      await em.nativeDelete(AuditEntry, { tenantId });
      await em.nativeDelete(Tenant, { id: tenantId });
      Object.assign(row, { status: 'DONE', completedAt: now });
      recordEvent(em, TENANT_DELETED, { deletionId: row.id, tenantId }, { tenantId });
      this.s.log.warn({ deletionId: row.id, tenantId }, 'tenant deleted');
    }
  }

  /**
   * Deletes the stored objects of deletions whose archive has expired — the archive and the
   * subgraphs' parts under `tenant-exports/<deletion>/` — and forgets the archive's key (its size and
   * SHA-256 stay on record). Objects go before the row changes, so a crash in between only repeats the
   * deletion of objects. Returns how many archives it removed.
   */
  async expireArchives(em: Em): Promise<number> {
    const { storage, clock, log } = this.s;
    const rows = await em.find(
      TenantDeletion,
      { archiveKey: { $ne: null }, archiveExpiresAt: { $lte: clock.now() } },
      { orderBy: { archiveExpiresAt: 'asc' }, limit: 50 },
    );
    for (const row of rows) {
      for (let cursor: string | undefined, first = true; first || cursor; first = false) {
        const page = await storage.list(`tenant-exports/${row.id}/`, { cursor });
        await Promise.all(page.objects.map((object) => storage.delete(object.key)));
        cursor = page.nextCursor;
      }
      row.archiveKey = null;
      log.info({ deletionId: row.id, tenantId: row.tenantId }, 'expired tenant export archive deleted');
    }
    await em.flush();
    return rows.length;
  }

  /** Joins the parts into `tenant-exports/<deletion>/tenant-<id>.tar.gz`; a part that does not match its report fails it. */
  private async writeArchive(row: TenantDeletionRow, now: Date) {
    const { storage } = this.s;
    const manifest = Buffer.from(
      JSON.stringify(
        {
          format: 'hubgraph-tenant-export/1',
          tenantId: row.tenantId,
          tenantName: row.tenantName,
          deletionId: row.id,
          exportedAt: now.toISOString(),
          files: row.expected.map((subgraph) => {
            const { bytes, sha256, counts } = row.exports[subgraph]!;
            return { subgraph, file: `${subgraph}.ndjson`, bytes, sha256, counts };
          }),
        },
        null,
        2,
      ),
    );
    async function* tar(): AsyncGenerator<Buffer> {
      yield tarHeader('manifest.json', manifest.length, now);
      yield manifest;
      yield tarPadding(manifest.length);
      for (const subgraph of row.expected) {
        const part = row.exports[subgraph]!;
        yield tarHeader(`${subgraph}.ndjson`, part.bytes, now);
        const hash = createHash('sha256');
        let bytes = 0;
        for await (const chunk of await storage.get(part.key)) {
          const buffer = chunk as Buffer;
          hash.update(buffer);
          bytes += buffer.length;
          if (bytes > part.bytes) break;
          yield buffer;
        }
        if (bytes !== part.bytes || hash.digest('hex') !== part.sha256) {
          throw new Error(`tenant export ${row.id}: ${subgraph}'s part does not match what it reported`);
        }
        yield tarPadding(part.bytes);
      }
      yield Buffer.alloc(1024);
    }
    const source = Readable.from(tar());
    const gzip = createGzip();
    source.on('error', (error) => gzip.destroy(error));
    source.pipe(gzip);
    const hash = createHash('sha256');
    let archiveBytes = 0;
    const key = `tenant-exports/${row.id}/tenant-${row.tenantId}.tar.gz`;
    await storage.put(
      key,
      Readable.from(
        (async function* () {
          for await (const chunk of gzip) {
            hash.update(chunk as Buffer);
            archiveBytes += (chunk as Buffer).length;
            yield chunk as Buffer;
          }
        })(),
      ),
      { contentType: 'application/gzip' },
    );
    return { archiveKey: key, archiveBytes, archiveSha256: hash.digest('hex') };
  }

  /** `GET /files/identity/tenant-exports/<deletion id>?exp=…&sig=…`: the archive, as a download. */
  downloadRoute(em: () => Em): HttpRoute {
    const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
      const url = new URL(req.url ?? '/', 'http://identity.invalid');
      const check = this.s.signer().verify(url.pathname, url.searchParams, this.s.clock.now());
      if (!check.ok) {
        sendGraphQLError(res, 403, 'FORBIDDEN', 'This download link is not valid or has expired.');
        return;
      }
      const row = await em().findOne(TenantDeletion, { id: url.pathname.slice(TENANT_EXPORT_PATH.length) });
      if (!row?.archiveKey || !row.archiveExpiresAt || row.archiveExpiresAt <= this.s.clock.now()) {
        sendGraphQLError(res, 404, 'NOT_FOUND', 'This archive is no longer kept.');
        return;
      }
      const body = await this.s.storage.get(row.archiveKey);
      res.writeHead(200, {
        'content-type': 'application/gzip',
        'content-length': String(row.archiveBytes),
        'content-disposition': `attachment; filename="tenant-${row.tenantId}.tar.gz"`,
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
        'cache-control': 'private, no-store',
      });
      body.on('error', () => res.destroy());
      body.pipe(res);
    };
    return { method: 'GET', path: new RegExp(`^${TENANT_EXPORT_PATH.replace(/\//g, '\\/')}[0-9a-f-]{36}$`), handler };
  }
}
