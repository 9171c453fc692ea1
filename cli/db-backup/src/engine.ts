/**
 * What db-backup does, without its command line: backup, restore, list, verify and prune over a
 * {@link Storage} (kit/src/storage.ts), reading and writing databases through sources.ts.
 */
import { randomBytes } from 'node:crypto';
import { PassThrough, type Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { listAll, readObject, type Storage, StorageNotFoundError } from '../../../kit/src/storage';
import { createDecryptStream, createEncryptStream, KDF, Keyring, newSalt } from './crypto';
import { ArchiveError, EntryDecoder, EntryEncoder, type EntryHeader, FORMAT } from './format';
import { type DatabaseEntry, ID_PATTERN, keySegment, type Manifest, manifestKey, manifestSchema, type TableEntry } from './manifest';
import { sha256, type SourceReader, type TableSnapshot, type TargetWriter } from './sources';

/** A problem the user can fix (exit 1): a wrong passphrase, an unknown backup, a corrupt archive. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

export interface ProgressSink {
  start(totalRows: number): void;
  update(rowsDone: number, label: string): void;
  end(): void;
}

const noProgress: ProgressSink = { start: () => undefined, update: () => undefined, end: () => undefined };

export function newBackupId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('.', '');
  return `${stamp}-${randomBytes(3).toString('hex')}`;
}

/** Counts bytes as they pass. */
class ByteCounter extends Transform {
  bytes = 0;
  override _transform(chunk: Buffer, _enc: BufferEncoding, callback: (error?: Error | null, data?: Buffer) => void): void {
    this.bytes += chunk.length;
    callback(null, chunk);
  }
}

// ---------------------------------------------------------------------------------------------------
// Manifests

export async function readManifest(storage: Storage, id: string): Promise<Manifest> {
  let raw: Buffer;
  try {
    raw = await readObject(storage, manifestKey(id), 64 * 1024 * 1024);
  } catch (error) {
    if (error instanceof StorageNotFoundError) throw new BackupError(`no backup "${id}" in ${storage.location}`);
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new BackupError(`backup "${id}": manifest is not JSON (corrupt)`);
  }
  const result = manifestSchema.safeParse(parsed);
  if (!result.success) throw new BackupError(`backup "${id}": manifest is not a ${FORMAT} manifest`);
  return result.data;
}

/** Every complete backup (one with a manifest), oldest first. */
export async function listBackups(storage: Storage): Promise<Manifest[]> {
  const ids: string[] = [];
  for await (const object of listAll(storage, '')) {
    const id = /^([^/]+)\/manifest\.json$/.exec(object.key)?.[1];
    if (id && ID_PATTERN.test(id)) ids.push(id);
  }
  ids.sort();
  const manifests: Manifest[] = [];
  for (const id of ids) manifests.push(await readManifest(storage, id));
  return manifests;
}

/** `latest`, or an id (a unique prefix of one is enough). */
export async function resolveBackup(storage: Storage, ref: string): Promise<Manifest> {
  if (ref === 'latest') {
    const newest = (await listBackups(storage)).at(-1);
    if (!newest) throw new BackupError(`no backups in ${storage.location}`);
    return newest;
  }
  if (ID_PATTERN.test(ref)) return readManifest(storage, ref);
  const all = (await listBackups(storage)).filter((m) => m.id.startsWith(ref));
  if (all.length === 1 && all[0]) return all[0];
  throw new BackupError(
    all.length ? `"${ref}" names ${all.length} backups; give more of the id` : `no backup "${ref}" in ${storage.location}`,
  );
}

async function keyringFor(manifest: Manifest, passphrase: string | undefined): Promise<Keyring | undefined> {
  if (!manifest.encryption) return undefined;
  if (!passphrase)
    throw new BackupError(`backup ${manifest.id} is encrypted: give the passphrase (DB_BACKUP_PASSPHRASE or --passphrase-file)`);
  const keyring = new Keyring(passphrase);
  if (!(await keyring.matches(Buffer.from(manifest.encryption.salt, 'base64'), manifest.encryption.check))) {
    throw new BackupError(`wrong passphrase for backup ${manifest.id}`);
  }
  return keyring;
}

// ---------------------------------------------------------------------------------------------------
// Backup

export interface BackupOptions {
  storage: Storage;
  reader: SourceReader;
  passphrase?: string;
  /** Reference unchanged tables from this backup (or `latest`) instead of storing them again. */
  parent?: string;
  progress?: ProgressSink;
  now?: () => Date;
}

export async function backup(options: BackupOptions): Promise<Manifest> {
  const { storage, reader } = options;
  const progress = options.progress ?? noProgress;
  const now = options.now ?? (() => new Date());
  const started = now();
  const id = newBackupId(started);

  const parent = options.parent ? await resolveBackup(storage, options.parent) : undefined;
  let keyring: Keyring | undefined;
  let encryption: Manifest['encryption'];
  if (parent && Boolean(parent.encryption) !== Boolean(options.passphrase)) {
    throw new BackupError(
      parent.encryption
        ? `parent backup ${parent.id} is encrypted: a differential backup needs the same passphrase`
        : `parent backup ${parent.id} is not encrypted: a differential backup cannot add encryption (take a full backup)`,
    );
  }
  if (options.passphrase) {
    keyring = parent ? await keyringFor(parent, options.passphrase) : new Keyring(options.passphrase);
    const salt = parent?.encryption ? Buffer.from(parent.encryption.salt, 'base64') : newSalt();
    encryption = {
      cipher: 'aes-256-gcm',
      kdf: 'scrypt',
      N: KDF.N,
      r: KDF.r,
      p: KDF.p,
      salt: salt.toString('base64'),
      check: await keyring!.keyCheck(salt),
    };
  }
  const salt = encryption ? Buffer.from(encryption.salt, 'base64') : undefined;

  const parentTables = new Map<string, TableEntry>();
  for (const db of parent?.databases ?? []) for (const t of db.tables) parentTables.set(`${db.dialect}\u0000${db.name}\u0000${t.name}`, t);

  // Everything inside the snapshot: the table list, the change markers, then the rows.
  const plan: Array<{ db: string; snapshot: TableSnapshot; rows: number; fingerprint: string; reuse?: TableEntry }> = [];
  for (const db of reader.databases()) {
    for (const snapshot of await reader.tables(db)) {
      const fp = await reader.fingerprint(snapshot);
      const previous = parentTables.get(`${reader.dialect}\u0000${db}\u0000${snapshot.table}`);
      const ddlSha256 = sha256(JSON.stringify(snapshot.ddl));
      const same =
        previous &&
        previous.fingerprint === fp.value &&
        previous.rows === fp.rows &&
        previous.ddlSha256 === ddlSha256 &&
        JSON.stringify(previous.columns) === JSON.stringify(snapshot.columns);
      plan.push({ db, snapshot, rows: fp.rows, fingerprint: fp.value, reuse: same ? previous : undefined });
    }
  }

  const written: string[] = [];
  const databases: DatabaseEntry[] = [];
  let bytes = 0;
  let rowsDone = 0;
  progress.start(plan.filter((p) => !p.reuse).reduce((sum, p) => sum + p.rows, 0));
  try {
    for (const item of plan) {
      let db = databases.find((d) => d.name === item.db);
      if (!db) {
        db = { name: item.db, dialect: reader.dialect, tables: [] };
        databases.push(db);
      }
      const ddlSha256 = sha256(JSON.stringify(item.snapshot.ddl));
      if (item.reuse) {
        db.tables.push({ ...item.reuse, name: item.snapshot.table });
        continue;
      }
      const key = `${id}/data/${keySegment(item.db)}/${keySegment(item.snapshot.table)}.jsonl.gz${keyring ? '.enc' : ''}`;
      const header: EntryHeader = {
        format: FORMAT,
        dialect: reader.dialect,
        database: item.db,
        table: item.snapshot.table,
        ddl: item.snapshot.ddl,
        columns: item.snapshot.columns,
      };
      const encoder = new EntryEncoder(header);
      const counter = new ByteCounter();
      const stages: Array<NodeJS.ReadWriteStream> = [encoder, createGzip({ level: 6 })];
      if (keyring && salt) stages.push(createEncryptStream(await keyring.key(salt), salt));
      const tail = new PassThrough();
      const base = rowsDone;
      const ticker = setInterval(() => progress.update(base + encoder.hasher.rows, `${item.db}.${item.snapshot.table}`), 200);
      written.push(key);
      try {
        await Promise.all([
          pipeline([reader.rows(item.snapshot), ...stages, counter, tail]),
          storage.put(key, tail, { contentType: 'application/octet-stream' }),
        ]);
      } finally {
        clearInterval(ticker);
      }
      const trailer = encoder.trailer!;
      rowsDone += trailer.rows;
      progress.update(rowsDone, `${item.db}.${item.snapshot.table}`);
      bytes += counter.bytes;
      db.tables.push({
        name: item.snapshot.table,
        rows: trailer.rows,
        sha256: trailer.sha256,
        fingerprint: item.fingerprint,
        ddlSha256,
        columns: item.snapshot.columns,
        orderBy: item.snapshot.orderBy,
        bytes: counter.bytes,
        rawBytes: encoder.hasher.bytes,
        object: key,
        storedIn: id,
      });
    }
    const tables = databases.flatMap((d) => d.tables);
    const manifest: Manifest = {
      format: FORMAT,
      id,
      type: parent ? 'differential' : 'full',
      parent: parent?.id,
      startedAt: started.toISOString(),
      finishedAt: now().toISOString(),
      source: reader.location,
      encryption,
      databases,
      totals: {
        databases: databases.length,
        tables: tables.length,
        rows: tables.reduce((sum, t) => sum + t.rows, 0),
        bytes,
        written: tables.filter((t) => t.storedIn === id).length,
        skipped: tables.filter((t) => t.storedIn !== id).length,
      },
    };
    // The manifest last: until it is there, the backup does not exist for list, restore or prune.
    await storage.put(manifestKey(id), `${JSON.stringify(manifest, null, 2)}\n`, { contentType: 'application/json' });
    return manifest;
  } catch (error) {
    for (const key of written) await storage.delete(key).catch(() => undefined);
    throw error;
  } finally {
    progress.end();
  }
}

// ---------------------------------------------------------------------------------------------------
// Reading entries back

/** The decoded rows of one stored entry; the returned promise settles when the entry was read whole and checked. */
async function openEntry(
  storage: Storage,
  table: TableEntry,
  keyring: Keyring | undefined,
  what: string,
): Promise<{ rows: EntryDecoder; done: Promise<void> }> {
  let source: Readable;
  try {
    source = await storage.get(table.object);
  } catch (error) {
    if (error instanceof StorageNotFoundError) throw new BackupError(`${what}: its data (${table.object}) is missing from the storage`);
    throw error;
  }
  const decoder = new EntryDecoder(what);
  const stages: NodeJS.ReadWriteStream[] = [];
  if (keyring) stages.push(createDecryptStream(keyring, what));
  const gunzip = createGunzip();
  stages.push(gunzip, decoder);
  const done = pipeline([source, ...stages] as [Readable, ...NodeJS.ReadWriteStream[]]).catch((error: unknown) => {
    if (error instanceof ArchiveError) throw new BackupError(error.message);
    const code = (error as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('Z_')) throw new BackupError(`${what}: not valid gzip data (corrupt archive)`);
    throw error;
  });
  return { rows: decoder, done };
}

function checkEntry(what: string, table: TableEntry, decoder: EntryDecoder): void {
  const trailer = decoder.trailer!;
  if (trailer.rows !== table.rows || trailer.sha256 !== table.sha256) {
    throw new BackupError(`${what}: the data does not match the manifest (rows ${trailer.rows} vs ${table.rows})`);
  }
}

export interface VerifyResult {
  id: string;
  tables: number;
  rows: number;
  problems: string[];
}

/** Reads every entry a backup needs (its own and its ancestors'), checking each against the manifest. */
export async function verify(
  storage: Storage,
  manifest: Manifest,
  passphrase: string | undefined,
  progress: ProgressSink = noProgress,
): Promise<VerifyResult> {
  const keyring = await keyringFor(manifest, passphrase);
  const problems: string[] = [];
  let rows = 0;
  let tables = 0;
  progress.start(manifest.totals.rows);
  try {
    for (const db of manifest.databases) {
      for (const table of db.tables) {
        const what = `${db.name}.${table.name}`;
        tables += 1;
        try {
          const entry = await openEntry(storage, table, keyring, what);
          entry.rows.on('data', () => undefined);
          await entry.done;
          checkEntry(what, table, entry.rows);
          rows += table.rows;
          progress.update(rows, what);
        } catch (error) {
          if (!(error instanceof BackupError)) throw error;
          problems.push(error.message);
        }
      }
    }
  } finally {
    progress.end();
  }
  return { id: manifest.id, tables, rows, problems };
}

// ---------------------------------------------------------------------------------------------------
// Restore

export interface RestoreOptions {
  storage: Storage;
  manifest: Manifest;
  passphrase?: string;
  /** Source database names to restore (default: all). */
  databases?: string[];
  /** `table` or `database.table` (default: all tables of the selected databases). */
  tables?: string[];
  /** Source database name → target name. */
  rename?: Map<string, string>;
  writerFor: (dialect: 'mysql' | 'sqlite') => Promise<TargetWriter>;
  /** Read every selected entry once before writing anything (default true): a corrupt archive changes nothing. */
  checkFirst?: boolean;
  progress?: ProgressSink;
}

export interface RestoreResult {
  id: string;
  databases: Array<{ source: string; target: string; tables: Array<{ name: string; rows: number; verified: boolean }> }>;
  rows: number;
}

export async function restore(options: RestoreOptions): Promise<RestoreResult> {
  const { storage, manifest } = options;
  const progress = options.progress ?? noProgress;
  const keyring = await keyringFor(manifest, options.passphrase);

  const known = new Set(manifest.databases.map((d) => d.name));
  const unknownDbs = (options.databases ?? []).filter((d) => !known.has(d));
  if (unknownDbs.length)
    throw new BackupError(
      `backup ${manifest.id} has no database ${unknownDbs.map((d) => `"${d}"`).join(', ')} (it has: ${[...known].join(', ')})`,
    );
  const selectedDbs = manifest.databases.filter((d) => !options.databases?.length || options.databases.includes(d.name));
  const wanted = options.tables ?? [];
  const matched = new Set<string>();
  const selection = selectedDbs
    .map((db) => ({
      db,
      tables: db.tables.filter((t) => {
        if (!wanted.length) return true;
        const hit = wanted.find((w) => w === t.name || w === `${db.name}.${t.name}`);
        if (hit) matched.add(hit);
        return Boolean(hit);
      }),
    }))
    .filter((s) => s.tables.length);
  const unmatched = wanted.filter((w) => !matched.has(w));
  if (unmatched.length) throw new BackupError(`backup ${manifest.id} has no table ${unmatched.map((t) => `"${t}"`).join(', ')}`);
  for (const [from] of options.rename ?? []) {
    if (!known.has(from)) throw new BackupError(`--rename: backup ${manifest.id} has no database "${from}"`);
  }

  const totalRows = selection.reduce((sum, s) => sum + s.tables.reduce((n, t) => n + t.rows, 0), 0);
  if (options.checkFirst !== false) {
    for (const { db, tables } of selection) {
      for (const table of tables) {
        const what = `${db.name}.${table.name}`;
        const entry = await openEntry(storage, table, keyring, what);
        entry.rows.on('data', () => undefined);
        await entry.done;
        checkEntry(what, table, entry.rows);
      }
    }
  }

  const writers = new Map<string, TargetWriter>();
  const result: RestoreResult = { id: manifest.id, databases: [], rows: 0 };
  progress.start(totalRows);
  try {
    for (const { db, tables } of selection) {
      let writer = writers.get(db.dialect);
      if (!writer) {
        writer = await options.writerFor(db.dialect);
        writers.set(db.dialect, writer);
      }
      const target = options.rename?.get(db.name) ?? db.name;
      const restored: RestoreResult['databases'][number] = { source: db.name, target, tables: [] };
      try {
        for (const table of tables) {
          const what = `${db.name}.${table.name}`;
          const entry = await openEntry(storage, table, keyring, what);
          const base = result.rows;
          let rowsSeen = 0;
          const ticker = setInterval(() => progress.update(base + rowsSeen, what), 200);
          try {
            const objects = entry.rows[Symbol.asyncIterator]() as AsyncIterator<{ header: EntryHeader } | unknown[]>;
            const first = await objects.next().catch(async (error: unknown) => {
              await entry.done;
              throw error;
            });
            if (first.done || Array.isArray(first.value)) throw new BackupError(`${what}: entry has no header`);
            const header = first.value.header;
            const rows = (async function* () {
              for (;;) {
                const next = await objects.next();
                if (next.done) return;
                rowsSeen += 1;
                yield next.value as unknown[];
              }
            })();
            const count = await writer.restoreTable(target, header, rows);
            await entry.done;
            checkEntry(what, table, entry.rows);
            const back = await writer.readBack(target, header, table.orderBy);
            if (back.rows !== table.rows || back.sha256 !== table.sha256 || count !== table.rows) {
              throw new BackupError(
                `${what}: restored into ${target} but reads back differently (${back.rows} rows, expected ${table.rows}; checksum ${back.sha256 === table.sha256 ? 'equal' : 'differs'})`,
              );
            }
          } finally {
            clearInterval(ticker);
          }
          result.rows += table.rows;
          progress.update(result.rows, what);
          restored.tables.push({ name: table.name, rows: table.rows, verified: true });
        }
        await writer.finish(target);
      } catch (error) {
        await writer.abort(target);
        throw error;
      }
      result.databases.push(restored);
    }
  } finally {
    progress.end();
    for (const writer of writers.values()) await writer.close();
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------
// Prune

export interface PruneOptions {
  keepLast?: number;
  olderThanMs?: number;
  dryRun?: boolean;
  now?: Date;
}

export interface PruneResult {
  deleted: string[];
  kept: Array<{ id: string; reason: string }>;
}

/**
 * Deletes the backups the policy lets go: with keepLast, all but the newest N; with olderThan, those
 * finished longer ago (both: a backup goes when both allow it). The newest backup always stays, and
 * so does every backup whose entries a kept differential backup references.
 */
export async function prune(storage: Storage, options: PruneOptions): Promise<PruneResult> {
  const all = await listBackups(storage);
  const now = (options.now ?? new Date()).getTime();
  const keep = new Map<string, string>();
  all.forEach((m, index) => {
    const fromNewest = all.length - 1 - index;
    if (fromNewest === 0) keep.set(m.id, 'newest');
    else if (options.keepLast !== undefined && fromNewest < options.keepLast) keep.set(m.id, `one of the last ${options.keepLast}`);
    else if (options.olderThanMs !== undefined && now - Date.parse(m.finishedAt) <= options.olderThanMs) keep.set(m.id, 'not old enough');
    else if (options.keepLast === undefined && options.olderThanMs === undefined) keep.set(m.id, 'no policy');
  });
  for (const m of all) {
    if (!keep.has(m.id)) continue;
    for (const db of m.databases)
      for (const t of db.tables) if (t.storedIn !== m.id && !keep.has(t.storedIn)) keep.set(t.storedIn, `has tables ${m.id} uses`);
  }
  const deleted = all.filter((m) => !keep.has(m.id)).map((m) => m.id);
  if (!options.dryRun) {
    for (const id of deleted) {
      // The manifest first: a backup half-deleted is no longer listed.
      await storage.delete(manifestKey(id));
      const keys: string[] = [];
      for await (const object of listAll(storage, `${id}/`)) keys.push(object.key);
      for (const key of keys) await storage.delete(key);
    }
  }
  return { deleted, kept: all.filter((m) => keep.has(m.id)).map((m) => ({ id: m.id, reason: keep.get(m.id)! })) };
}

/** `30d`, `12h`, `90m`, `2w` → milliseconds. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d{1,6})(m|h|d|w)$/.exec(text);
  if (!match) return undefined;
  const unit = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }[match[2] as 'm' | 'h' | 'd' | 'w'];
  return Number(match[1]) * unit;
}
