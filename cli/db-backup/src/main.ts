/**
 * The `db-backup` command line (see cli/db-backup/README.md). Argument parsing is node:util
 * parseArgs, kept in this one file so that it moves to cli/lib with no change to the engine.
 * Exit codes: 0 ok, 1 a problem with the data, the databases or the storage, 2 usage.
 */
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../../../kit/src/config';
import { createStorage, type Storage } from '../../../kit/src/storage';
import { type DbBackupConfig, loadConfig } from './config';
import { backup, BackupError, listBackups, parseDuration, type ProgressSink, prune, resolveBackup, restore, verify } from './engine';
import { type Manifest } from './manifest';
import { createProgress } from './progress';
import { connectMysql, MysqlReader, MysqlWriter, redactUrl, SourceError, type SourceReader, SqliteReader, sqliteName, SqliteWriter } from './sources';

export class UsageError extends Error {}

const HELP = `usage: db-backup <command> [options]

Back up and restore MySQL/MariaDB and SQLite databases (no client binaries needed).

Commands:
  backup [--differential | --parent ID]   take a backup of the source databases
  restore [ID|latest]                     restore a backup (default: latest), all or selected tables
  list                                    list the backups in the storage, newest first
  verify [ID|latest]                      read a backup back and check every table's rows and checksum
  prune --keep-last N | --older-than D    delete old backups (D: 90m, 12h, 30d, 2w)
  test                                    check the database connection and the storage

Source (backup, test) and target (restore); default: MYSQL_URL with MYSQL_DATABASE_PREFIX, else DATA_DIR/*.sqlite
  --mysql URL            a MySQL/MariaDB server (default MYSQL_URL; password also from MYSQL_PASSWORD)
  --prefix P             every database whose name starts with P (default MYSQL_DATABASE_PREFIX)
  --database NAME        only this database (repeatable; on restore: of those in the backup)
  --sqlite FILE          a SQLite file (repeatable)
  --sqlite-dir DIR       every *.sqlite file in DIR (restore: where SQLite databases are written)

Storage and encryption
  --storage LOCATION     a directory or s3://bucket[/prefix] (default DB_BACKUP_STORAGE_URL, else DATA_DIR/backups);
                         S3: S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY
  --passphrase-file FILE encrypt (backup) or decrypt (restore, verify) with the passphrase in FILE;
                         or set DB_BACKUP_PASSPHRASE

Restore
  --table [DB.]TABLE     only this table (repeatable)
  --rename OLD=NEW       restore database OLD as NEW (repeatable)
  --no-check-first       write while reading (default: every entry is checked before anything is written)

Prune
  --keep-last N          keep the newest N backups
  --older-than D         delete backups finished more than D ago
  --dry-run              say what would be deleted

  --json                 machine-readable output on stdout
  --log-file FILE        also append the run's log line to FILE (or DB_BACKUP_LOG_FILE)
  --no-progress          no progress bar (it is shown only when stderr is a terminal)
  -h, --help             this help
`;

const OPTIONS = {
  mysql: { type: 'string' },
  prefix: { type: 'string' },
  database: { type: 'string', multiple: true },
  sqlite: { type: 'string', multiple: true },
  'sqlite-dir': { type: 'string' },
  storage: { type: 'string' },
  'passphrase-file': { type: 'string' },
  differential: { type: 'boolean' },
  parent: { type: 'string' },
  table: { type: 'string', multiple: true },
  rename: { type: 'string', multiple: true },
  'no-check-first': { type: 'boolean' },
  'keep-last': { type: 'string' },
  'older-than': { type: 'string' },
  'dry-run': { type: 'boolean' },
  limit: { type: 'string' },
  json: { type: 'boolean' },
  'log-file': { type: 'string' },
  'no-progress': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Which options each command takes (anything else is a usage error). */
const ALLOWED: Record<string, Array<keyof typeof OPTIONS>> = {
  backup: ['mysql', 'prefix', 'database', 'sqlite', 'sqlite-dir', 'storage', 'passphrase-file', 'differential', 'parent', 'json', 'log-file', 'no-progress'],
  restore: ['mysql', 'database', 'sqlite-dir', 'storage', 'passphrase-file', 'table', 'rename', 'no-check-first', 'json', 'log-file', 'no-progress'],
  list: ['storage', 'limit', 'json'],
  verify: ['storage', 'passphrase-file', 'json', 'log-file', 'no-progress'],
  prune: ['storage', 'keep-last', 'older-than', 'dry-run', 'json', 'log-file'],
  test: ['mysql', 'prefix', 'database', 'sqlite', 'sqlite-dir', 'storage', 'json'],
};

const POSITIONALS: Record<string, number> = { backup: 0, restore: 1, list: 0, verify: 1, prune: 0, test: 0 };

type Values = { [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K] extends { multiple: true } ? string[] : (typeof OPTIONS)[K] extends { type: 'boolean' } ? boolean : string };

export interface Io {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

function parse(argv: string[]): { command?: string; values: Values; positionals: string[] } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, ''));
  }
  const [command, ...positionals] = parsed.positionals;
  const values = parsed.values as Values;
  if (values.help) return { command: undefined, values, positionals };
  if (!command) throw new UsageError('missing command');
  if (!(command in ALLOWED)) throw new UsageError(`unknown command "${command}"`);
  for (const name of Object.keys(values) as Array<keyof typeof OPTIONS>) {
    if (!ALLOWED[command].includes(name)) throw new UsageError(`${command} does not take --${name}`);
  }
  if (positionals.length > POSITIONALS[command]) throw new UsageError(`${command}: unexpected argument "${positionals[POSITIONALS[command]]}"`);
  return { command, values, positionals };
}

function positiveInt(name: string, text: string | undefined, max: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,7}$/.test(text) || Number(text) < 1 || Number(text) > max) throw new UsageError(`--${name} must be a whole number from 1 to ${max}`);
  return Number(text);
}

function humanBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

const count = (n: number) => n.toLocaleString('en');
const plural = (n: number, noun: string) => `${count(n)} ${noun}${n === 1 ? '' : 's'}`;

function openStorage(values: Values, config: DbBackupConfig): Storage {
  const location = values.storage ?? config.DB_BACKUP_STORAGE_URL ?? join(config.DATA_DIR, 'backups');
  if (!/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/.test(location) && /^[a-z][a-z0-9+.-]*:\/\//i.test(location) && !location.startsWith('file://')) {
    throw new UsageError(`--storage: "${location}" is neither a directory nor s3://bucket[/prefix]`);
  }
  try {
    return createStorage({ ...config, STORAGE_URL: location }, config.DATA_DIR);
  } catch (error) {
    throw new BackupError((error as Error).message);
  }
}

function passphrase(values: Values, config: DbBackupConfig): string | undefined {
  const file = values['passphrase-file'];
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new BackupError(`cannot read --passphrase-file ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const value = text.replace(/\r?\n$/, '');
    if (value.length < 8) throw new BackupError(`the passphrase in ${file} is shorter than 8 characters`);
    return value;
  }
  return config.DB_BACKUP_PASSPHRASE;
}

function sqliteFiles(values: Values, config: DbBackupConfig): string[] {
  const files = [...(values.sqlite ?? [])];
  const dir = values['sqlite-dir'] ?? (files.length || values.mysql || config.MYSQL_URL ? undefined : config.DATA_DIR);
  if (dir) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (error) {
      throw new BackupError(`cannot read the SQLite directory ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    files.push(...names.filter((n) => n.endsWith('.sqlite')).sort().map((n) => join(dir, n)));
    if (!files.length) throw new BackupError(`no *.sqlite files in ${dir}`);
  }
  return files;
}

async function openSource(values: Values, config: DbBackupConfig): Promise<SourceReader> {
  const wantsSqlite = Boolean(values.sqlite?.length || values['sqlite-dir']);
  if (wantsSqlite && values.mysql) throw new UsageError('give either --mysql or --sqlite/--sqlite-dir, not both (one source per backup)');
  const url = wantsSqlite ? undefined : (values.mysql ?? config.MYSQL_URL);
  if (url) {
    if (!/^mysql:\/\//.test(url)) throw new UsageError('--mysql must be a mysql:// URL, e.g. mysql://root@127.0.0.1:3306');
    return MysqlReader.open(url, { prefix: values.prefix ?? config.MYSQL_DATABASE_PREFIX, databases: values.database });
  }
  if (values.prefix) throw new UsageError('--prefix selects MySQL databases; give --mysql too');
  const files = sqliteFiles(values, config).filter((f) => !values.database?.length || values.database.includes(sqliteName(f)));
  if (!files.length) throw new BackupError(`no SQLite database named ${values.database?.join(', ')}`);
  return SqliteReader.open(files);
}

function progressSink(values: Values, io: Io): ProgressSink {
  let bar: ReturnType<typeof createProgress> | undefined;
  return {
    start: (total) => (bar = createProgress(io.stderr, total, !values['no-progress'] && !values.json)),
    update: (done, label) => bar?.update(done, label),
    end: () => bar?.end(),
  };
}

interface RunLog {
  status: 'ok' | 'failed';
  id?: string;
  size?: number;
  fields?: Record<string, string | number>;
  error?: string;
}

function logLine(command: string, started: Date, log: RunLog): string {
  const ended = new Date();
  const parts: Array<[string, string | number]> = [
    ['start', started.toISOString()],
    ['end', ended.toISOString()],
    ['status', log.status],
    ...(log.id ? [['id', log.id] as [string, string]] : []),
    ...(log.size !== undefined ? [['size', log.size] as [string, number]] : []),
    ['duration_ms', ended.getTime() - started.getTime()],
    ...Object.entries(log.fields ?? {}),
    ...(log.error ? [['error', JSON.stringify(log.error)] as [string, string]] : []),
  ];
  return `db-backup ${command} ${parts.map(([k, v]) => `${k}=${v}`).join(' ')}`;
}

function describe(m: Manifest): string {
  return m.type === 'differential' ? `differential of ${m.parent}` : 'full';
}

async function run(command: string, values: Values, positionals: string[], io: Io, config: DbBackupConfig, log: RunLog): Promise<void> {
  const out = (line: string): void => void io.stdout.write(`${line}\n`);
  const json = (value: unknown): void => void io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);

  if (command === 'backup') {
    if (values.differential && values.parent) throw new UsageError('give --differential or --parent ID, not both');
    const storage = openStorage(values, config);
    const secret = passphrase(values, config);
    const reader = await openSource(values, config);
    let manifest: Manifest;
    try {
      manifest = await backup({ storage, reader, passphrase: secret, parent: values.parent ?? (values.differential ? 'latest' : undefined), progress: progressSink(values, io) });
    } finally {
      await reader.close();
    }
    Object.assign(log, { id: manifest.id, size: manifest.totals.bytes, fields: { type: manifest.type, tables: manifest.totals.tables, written: manifest.totals.written, rows: manifest.totals.rows } });
    if (values.json) return json(manifest);
    const t = manifest.totals;
    out(`Backup ${manifest.id} (${describe(manifest)}${manifest.encryption ? ', encrypted' : ''}) in ${storage.location}`);
    out(`  ${t.databases} database${t.databases === 1 ? '' : 's'}, ${plural(t.tables, 'table')} (${t.written} written, ${t.skipped} unchanged), ${count(t.rows)} rows, ${humanBytes(t.bytes)} stored`);
    return;
  }

  if (command === 'restore') {
    const storage = openStorage(values, config);
    const manifest = await resolveBackup(storage, positionals[0] ?? 'latest');
    const rename = new Map<string, string>();
    for (const pair of values.rename ?? []) {
      const match = /^([^=]+)=([A-Za-z0-9_$-]{1,64})$/.exec(pair);
      if (!match) throw new UsageError(`--rename ${pair}: expected OLD=NEW (NEW: letters, digits, _ $ -)`);
      rename.set(match[1], match[2]);
    }
    const mysqlUrl = values.mysql ?? config.MYSQL_URL;
    const sqliteDir = resolve(values['sqlite-dir'] ?? config.DATA_DIR);
    const result = await restore({
      storage,
      manifest,
      passphrase: passphrase(values, config),
      databases: values.database,
      tables: values.table,
      rename,
      checkFirst: !values['no-check-first'],
      progress: progressSink(values, io),
      writerFor: async (dialect) => {
        if (dialect === 'sqlite') return new SqliteWriter((name) => join(sqliteDir, `${name}.sqlite`));
        if (!mysqlUrl) throw new BackupError(`backup ${manifest.id} holds MySQL databases: give --mysql URL or set MYSQL_URL`);
        return MysqlWriter.open(mysqlUrl);
      },
    });
    const tables = result.databases.reduce((n, d) => n + d.tables.length, 0);
    Object.assign(log, { id: manifest.id, fields: { tables, rows: result.rows } });
    if (values.json) return json(result);
    for (const db of result.databases) {
      out(`Restored ${db.source}${db.target !== db.source ? ` as ${db.target}` : ''}: ${db.tables.map((t) => `${t.name} (${count(t.rows)})`).join(', ')}`);
    }
    out(`Restore of ${manifest.id} verified: ${plural(tables, 'table')}, ${count(result.rows)} rows, row counts and checksums match`);
    return;
  }

  if (command === 'list') {
    const storage = openStorage(values, config);
    const limit = positiveInt('limit', values.limit, 1000) ?? 100;
    const all = (await listBackups(storage)).reverse();
    const page = all.slice(0, limit);
    if (values.json) {
      return json({
        backups: page.map((m) => ({ id: m.id, type: m.type, parent: m.parent ?? null, finishedAt: m.finishedAt, encrypted: Boolean(m.encryption), ...m.totals })),
        totalCount: all.length,
      });
    }
    if (!page.length) return out(`No backups in ${storage.location}`);
    out(['ID'.padEnd(28), 'TYPE'.padEnd(12), 'FINISHED'.padEnd(20), 'TABLES'.padStart(6), 'ROWS'.padStart(12), 'SIZE'.padStart(10), '  PARENT'].join(' '));
    for (const m of page) {
      out(
        [
          m.id.padEnd(28),
          (m.type + (m.encryption ? '*' : '')).padEnd(12),
          m.finishedAt.slice(0, 19).replace('T', ' ').padEnd(20),
          String(m.totals.tables).padStart(6),
          count(m.totals.rows).padStart(12),
          humanBytes(m.totals.bytes).padStart(10),
          `  ${m.parent ?? '-'}`,
        ].join(' '),
      );
    }
    if (all.length > page.length) out(`(${all.length - page.length} older not shown; --limit to see more)`);
    return;
  }

  if (command === 'verify') {
    const storage = openStorage(values, config);
    const manifest = await resolveBackup(storage, positionals[0] ?? 'latest');
    const result = await verify(storage, manifest, passphrase(values, config), progressSink(values, io));
    Object.assign(log, { id: manifest.id, fields: { tables: result.tables, rows: result.rows, problems: result.problems.length } });
    if (values.json) json(result);
    if (result.problems.length) {
      throw new BackupError(`backup ${manifest.id} is damaged (${result.problems.length} of ${result.tables} tables):\n${result.problems.map((p) => `  ${p}`).join('\n')}`);
    }
    if (!values.json) out(`Backup ${manifest.id} is intact: ${plural(result.tables, 'table')}, ${count(result.rows)} rows, checksums match`);
    return;
  }

  if (command === 'prune') {
    const keepLast = positiveInt('keep-last', values['keep-last'], 100_000);
    const olderThan = values['older-than'];
    const olderThanMs = olderThan === undefined ? undefined : parseDuration(olderThan);
    if (olderThan !== undefined && olderThanMs === undefined) throw new UsageError(`--older-than ${olderThan}: expected a number and m, h, d or w (e.g. 30d)`);
    if (keepLast === undefined && olderThanMs === undefined) throw new UsageError('prune needs --keep-last N and/or --older-than D');
    const storage = openStorage(values, config);
    const result = await prune(storage, { keepLast, olderThanMs, dryRun: values['dry-run'] });
    Object.assign(log, { fields: { deleted: result.deleted.length, kept: result.kept.length } });
    if (values.json) return json(result);
    for (const id of result.deleted) out(`${values['dry-run'] ? 'Would delete' : 'Deleted'} ${id}`);
    for (const k of result.kept) out(`Kept ${k.id} (${k.reason})`);
    out(`${values['dry-run'] ? 'Would prune' : 'Pruned'} ${result.deleted.length} backup${result.deleted.length === 1 ? '' : 's'}, kept ${result.kept.length}`);
    return;
  }

  // test
  const storage = openStorage(values, config);
  const reader = await openSource(values, config);
  const report: Record<string, unknown> = {};
  try {
    const databases = reader.databases();
    let tables = 0;
    for (const db of databases) tables += (await reader.tables(db)).length;
    let version = '';
    if (reader.dialect === 'mysql') {
      const { raw, conn } = await connectMysql(values.mysql ?? config.MYSQL_URL!);
      try {
        const [rows] = await conn.query('SELECT VERSION() AS v');
        version = String((rows as Array<{ v: string }>)[0].v);
      } finally {
        raw.destroy();
      }
    }
    Object.assign(report, { source: reader.location, dialect: reader.dialect, version: version || undefined, databases, tables });
  } finally {
    await reader.close();
  }
  const probe = `probe-${Date.now()}-${process.pid}`;
  try {
    await storage.put(probe, 'db-backup connection test\n', { contentType: 'text/plain' });
    await storage.delete(probe);
  } catch (error) {
    throw new BackupError(`storage ${storage.location} is not writable: ${(error as Error).message}`);
  }
  report.storage = storage.location;
  if (values.json) return json(report);
  const dbs = report.databases as string[];
  out(`Database ${reader.location}: ${report.version ? `${report.dialect === 'mysql' ? 'server' : ''} ${report.version}, ` : ''}${plural(dbs.length, 'database')} (${dbs.join(', ') || 'none'}), ${plural(report.tables as number, 'table')}`.replace(':  ', ': '));
  out(`Storage ${storage.location}: writable`);
  out('OK');
}

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.stderr.write(`db-backup: ${(error as Error).message}\nTry "db-backup --help".\n`);
    return 2;
  }
  if (!parsed.command) {
    io.stdout.write(HELP);
    return 0;
  }
  const { command, values, positionals } = parsed;
  let config: DbBackupConfig;
  try {
    config = loadConfig();
  } catch (error) {
    io.stderr.write(`db-backup: ${(error as Error).message}\n`);
    return 1;
  }
  const started = new Date();
  const log: RunLog = { status: 'ok' };
  const logged = ['backup', 'restore', 'verify', 'prune'].includes(command);
  let code = 0;
  try {
    await run(command, values, positionals, io, config, log);
  } catch (error) {
    log.status = 'failed';
    log.error = (error as Error).message.split('\n')[0];
    if (error instanceof UsageError) {
      io.stderr.write(`db-backup: ${error.message}\nTry "db-backup --help".\n`);
      return 2;
    }
    const known = error instanceof BackupError || error instanceof SourceError || error instanceof ConfigError;
    io.stderr.write(`db-backup: ${known ? (error as Error).message : `${command} failed: ${(error as Error).stack ?? String(error)}`}\n`);
    code = 1;
  }
  if (logged) {
    const line = logLine(command, started, log);
    io.stderr.write(`${line}\n`);
    const file = values['log-file'] ?? config.DB_BACKUP_LOG_FILE;
    if (file) {
      try {
        appendFileSync(file, `${line}\n`);
      } catch (error) {
        io.stderr.write(`db-backup: cannot append to the log file ${file}: ${(error as Error).message}\n`);
        code = code || 1;
      }
    }
  }
  return code;
}

export function runCli(): void {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) runCli();

export { redactUrl };
