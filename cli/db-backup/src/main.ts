/**
 * The `db-backup` command line (see cli/db-backup/README.md). Argument parsing is node:util
 * parseArgs, kept in this one file so that it moves to cli/lib with no change to the engine.
 * Exit codes: 0 ok, 1 a problem with the data, the databases or the storage, 2 usage.
 */
import { appendFileSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError } from '../../../kit/src/config';
import {
  CliError,
  type Context,
  createProgressBar,
  type ProgressBar,
  type OptionSpec,
  type OptionValues,
  type ProgramSpec,
  runMain,
  UsageError,
} from '../../lib';
import { createStorage, type Storage } from '../../../kit/src/storage';
import { type DbBackupConfig, loadConfig } from './config';
import { backup, BackupError, listBackups, parseDuration, type ProgressSink, prune, resolveBackup, restore, verify } from './engine';
import { type Manifest } from './manifest';
import { connectMysql, MysqlReader, MysqlWriter, SourceError, type SourceReader, SqliteReader, sqliteName, SqliteWriter } from './sources';

type Opt = OptionSpec;
const O = {
  mysql: {
    type: 'string',
    valueName: '<url>',
    description: 'a MySQL/MariaDB server (password also from MYSQL_PASSWORD)',
    defaultText: 'MYSQL_URL',
  },
  prefix: {
    type: 'string',
    valueName: '<prefix>',
    description: 'every database whose name starts with this',
    defaultText: 'MYSQL_DATABASE_PREFIX',
  },
  database: { type: 'string', valueName: '<name,...>', description: 'only these databases (comma-separated)' },
  sqlite: { type: 'string', valueName: '<file,...>', description: 'these SQLite files (comma-separated)' },
  'sqlite-dir': {
    type: 'string',
    valueName: '<dir>',
    description: 'every *.sqlite file in this directory',
    defaultText: 'DATA_DIR when no MYSQL_URL',
  },
  storage: {
    type: 'string',
    valueName: '<dir|s3://bucket/prefix>',
    description: 'where backups are kept (S3: S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY)',
    defaultText: 'DB_BACKUP_STORAGE_URL, else DATA_DIR/backups',
  },
  'passphrase-file': {
    type: 'string',
    valueName: '<file>',
    description: 'encrypt/decrypt with the passphrase in this file (or DB_BACKUP_PASSPHRASE)',
  },
  differential: { type: 'boolean', description: 'store only tables changed since the latest backup' },
  parent: { type: 'string', valueName: '<id>', description: 'differential against this backup' },
  table: { type: 'string', valueName: '<[db.]table,...>', description: 'only these tables (comma-separated)' },
  rename: { type: 'string', valueName: '<old=new,...>', description: 'restore database old as new (comma-separated pairs)' },
  'no-check-first': { type: 'boolean', description: 'write while reading (default: every entry is checked before anything is written)' },
  'keep-last': { type: 'string', valueName: '<n>', description: 'keep the newest N backups' },
  'older-than': { type: 'string', valueName: '<90m|12h|30d|2w>', description: 'delete backups finished longer ago than this' },
  'dry-run': { type: 'boolean', description: 'say what would be deleted, delete nothing' },
  limit: { type: 'string', valueName: '<n>', description: 'show at most N backups (1-1000)', defaultText: '100' },
  'log-file': { type: 'string', valueName: '<file>', description: "also append the run's log line to this file (or DB_BACKUP_LOG_FILE)" },
  'no-progress': { type: 'boolean', description: 'no progress bar (it is drawn only when stderr is a terminal)' },
} satisfies Record<string, Opt>;

const pick = (...names: Array<keyof typeof O>): Record<string, Opt> => Object.fromEntries(names.map((n) => [n, O[n]]));
const SOURCE = ['mysql', 'prefix', 'database', 'sqlite', 'sqlite-dir'] as const;

export const PROGRAM: ProgramSpec = {
  name: 'db-backup',
  summary: 'Back up and restore MySQL/MariaDB and SQLite databases (no client binaries needed).',
  json: true,
  commands: [
    {
      name: 'backup',
      summary: 'take a backup of the source databases (one consistent snapshot)',
      options: pick(...SOURCE, 'storage', 'passphrase-file', 'differential', 'parent', 'log-file', 'no-progress'),
      examples: [
        'db-backup backup --mysql mysql://root@127.0.0.1:3306 --prefix hubgraph_',
        'db-backup backup --differential --storage s3://backups/hubgraph',
      ],
    },
    {
      name: 'restore',
      summary: 'restore a backup, all or selected databases and tables, verified afterwards',
      positionals: [{ name: 'id', description: 'a backup id (or a unique prefix of one), or latest', optional: true }],
      options: {
        ...pick('mysql', 'database', 'table', 'rename'),
        'sqlite-dir': {
          type: 'string',
          valueName: '<dir>',
          description: 'where SQLite databases are written (<name>.sqlite)',
          defaultText: 'DATA_DIR',
        },
        ...pick('storage', 'passphrase-file', 'no-check-first', 'log-file', 'no-progress'),
      },
      examples: [
        'db-backup restore latest --table hubgraph_basics.tasks',
        'db-backup restore 20261203T2342 --rename hubgraph_basics=restored_basics',
      ],
    },
    { name: 'list', summary: 'list the backups in the storage, newest first', options: pick('storage', 'limit') },
    {
      name: 'verify',
      summary: "read a backup back and check every table's rows and checksum",
      positionals: [{ name: 'id', description: 'a backup id, or latest', optional: true }],
      options: pick('storage', 'passphrase-file', 'log-file', 'no-progress'),
    },
    {
      name: 'prune',
      summary: 'delete old backups (keeping what kept differential backups need)',
      options: pick('storage', 'keep-last', 'older-than', 'dry-run', 'log-file'),
      examples: ['db-backup prune --keep-last 7', 'db-backup prune --older-than 30d --dry-run'],
    },
    { name: 'test', summary: 'check the database connection and that the storage is writable', options: pick(...SOURCE, 'storage') },
  ],
  footer: [
    'Environment: MYSQL_URL, MYSQL_PASSWORD, MYSQL_DATABASE_PREFIX, DATA_DIR, DB_BACKUP_STORAGE_URL,',
    'S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, DB_BACKUP_PASSPHRASE, DB_BACKUP_LOG_FILE.',
  ].join('\n'),
};

/** The options as the commands use them: lists split on commas. */
interface Values {
  mysql?: string;
  prefix?: string;
  database?: string[];
  sqlite?: string[];
  'sqlite-dir'?: string;
  storage?: string;
  'passphrase-file'?: string;
  differential?: boolean;
  parent?: string;
  table?: string[];
  rename?: string[];
  'no-check-first'?: boolean;
  'keep-last'?: string;
  'older-than'?: string;
  'dry-run'?: boolean;
  limit?: string;
  json?: boolean;
  'log-file'?: string;
  'no-progress'?: boolean;
}

const LISTS = new Set(['database', 'sqlite', 'table', 'rename']);

function toValues(options: OptionValues): Values {
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (LISTS.has(name) && typeof value === 'string') {
      const list = value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
      if (list.length > 1000) throw new UsageError(`--${name}: at most 1000 values`);
      values[name] = list;
    } else values[name] = value;
  }
  return values as Values;
}

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

function positiveInt(name: string, text: string | undefined, max: number): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{1,7}$/.test(text) || Number(text) < 1 || Number(text) > max)
    throw new UsageError(`--${name} must be a whole number from 1 to ${max}`);
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
  if (
    !/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/.test(location) &&
    /^[a-z][a-z0-9+.-]*:\/\//i.test(location) &&
    !location.startsWith('file://')
  ) {
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
      throw new BackupError(
        `cannot read the SQLite directory ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      );
    }
    files.push(
      ...names
        .filter((n) => n.endsWith('.sqlite'))
        .sort()
        .map((n) => join(dir, n)),
    );
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
  let bar: ProgressBar | undefined;
  return {
    start: (total) => {
      bar =
        values['no-progress'] || values.json ? undefined : createProgressBar({ stream: io.stderr, total, label: 'rows', format: count });
    },
    update: (done, label) => bar?.update(done, label),
    end: () => bar?.finish(),
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
      manifest = await backup({
        storage,
        reader,
        passphrase: secret,
        parent: values.parent ?? (values.differential ? 'latest' : undefined),
        progress: progressSink(values, io),
      });
    } finally {
      await reader.close();
    }
    Object.assign(log, {
      id: manifest.id,
      size: manifest.totals.bytes,
      fields: { type: manifest.type, tables: manifest.totals.tables, written: manifest.totals.written, rows: manifest.totals.rows },
    });
    if (values.json) return json(manifest);
    const t = manifest.totals;
    out(`Backup ${manifest.id} (${describe(manifest)}${manifest.encryption ? ', encrypted' : ''}) in ${storage.location}`);
    out(
      `  ${t.databases} database${t.databases === 1 ? '' : 's'}, ${plural(t.tables, 'table')} (${t.written} written, ${t.skipped} unchanged), ${count(t.rows)} rows, ${humanBytes(t.bytes)} stored`,
    );
    return;
  }

  if (command === 'restore') {
    const storage = openStorage(values, config);
    const manifest = await resolveBackup(storage, positionals[0] ?? 'latest');
    const rename = new Map<string, string>();
    for (const pair of values.rename ?? []) {
      const match = /^([^=]+)=([A-Za-z0-9_$-]{1,64})$/.exec(pair);
      const [, from, to] = match ?? [];
      if (!from || !to) throw new UsageError(`--rename ${pair}: expected OLD=NEW (NEW: letters, digits, _ $ -)`);
      rename.set(from, to);
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
      out(
        `Restored ${db.source}${db.target !== db.source ? ` as ${db.target}` : ''}: ${db.tables.map((t) => `${t.name} (${count(t.rows)})`).join(', ')}`,
      );
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
        backups: page.map((m) => ({
          id: m.id,
          type: m.type,
          parent: m.parent ?? null,
          finishedAt: m.finishedAt,
          encrypted: Boolean(m.encryption),
          ...m.totals,
        })),
        totalCount: all.length,
      });
    }
    if (!page.length) return out(`No backups in ${storage.location}`);
    out(
      [
        'ID'.padEnd(28),
        'TYPE'.padEnd(12),
        'FINISHED'.padEnd(20),
        'TABLES'.padStart(6),
        'ROWS'.padStart(12),
        'SIZE'.padStart(10),
        '  PARENT',
      ].join(' '),
    );
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
      throw new BackupError(
        `backup ${manifest.id} is damaged (${result.problems.length} of ${result.tables} tables):\n${result.problems.map((p) => `  ${p}`).join('\n')}`,
      );
    }
    if (!values.json)
      out(`Backup ${manifest.id} is intact: ${plural(result.tables, 'table')}, ${count(result.rows)} rows, checksums match`);
    return;
  }

  if (command === 'prune') {
    const keepLast = positiveInt('keep-last', values['keep-last'], 100_000);
    const olderThan = values['older-than'];
    const olderThanMs = olderThan === undefined ? undefined : parseDuration(olderThan);
    if (olderThan !== undefined && olderThanMs === undefined)
      throw new UsageError(`--older-than ${olderThan}: expected a number and m, h, d or w (e.g. 30d)`);
    if (keepLast === undefined && olderThanMs === undefined) throw new UsageError('prune needs --keep-last N and/or --older-than D');
    const storage = openStorage(values, config);
    const result = await prune(storage, { keepLast, olderThanMs, dryRun: values['dry-run'] });
    Object.assign(log, { fields: { deleted: result.deleted.length, kept: result.kept.length } });
    if (values.json) return json(result);
    for (const id of result.deleted) out(`${values['dry-run'] ? 'Would delete' : 'Deleted'} ${id}`);
    for (const k of result.kept) out(`Kept ${k.id} (${k.reason})`);
    out(
      `${values['dry-run'] ? 'Would prune' : 'Pruned'} ${result.deleted.length} backup${result.deleted.length === 1 ? '' : 's'}, kept ${result.kept.length}`,
    );
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
        version = String((rows as Array<{ v: string }>)[0]?.v ?? 'unknown');
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
  out(
    `Database ${reader.location}: ${report.version ? `${report.dialect === 'mysql' ? 'server' : ''} ${report.version}, ` : ''}${plural(dbs.length, 'database')} (${dbs.join(', ') || 'none'}), ${plural(report.tables as number, 'table')}`.replace(
      ':  ',
      ': ',
    ),
  );
  out(`Storage ${storage.location}: writable`);
  out('OK');
}

function asCliError(error: unknown): unknown {
  if (error instanceof CliError) return error;
  if (error instanceof BackupError || error instanceof SourceError) return new CliError(error.message);
  if (error instanceof ConfigError) return new CliError(error.message, { code: 'CONFIG' });
  return error;
}

/** The handler cli/lib runs: the command, then its log line (also when it failed). */
export async function handle(ctx: Context): Promise<number> {
  const command = ctx.args.command!;
  const values = toValues(ctx.args.options);
  const io: Io = { stdout: ctx.io.stdout, stderr: ctx.io.stderr };
  let config: DbBackupConfig;
  try {
    config = loadConfig();
  } catch (error) {
    throw asCliError(error);
  }
  const started = new Date();
  const log: RunLog = { status: 'ok' };
  const logged = ['backup', 'restore', 'verify', 'prune'].includes(command);
  let failure: unknown;
  try {
    await run(command, values, ctx.args.rest as string[], io, config, log);
  } catch (error) {
    failure = asCliError(error);
    log.status = 'failed';
    log.error = (error as Error).message.split('\n')[0];
  }
  if (logged && !(failure instanceof UsageError)) {
    const line = logLine(command, started, log);
    ctx.err(line);
    const file = values['log-file'] ?? config.DB_BACKUP_LOG_FILE;
    if (file) {
      try {
        appendFileSync(file, `${line}\n`);
      } catch (error) {
        failure ??= new CliError(`cannot append to the log file ${file}: ${(error as Error).message}`);
      }
    }
  }
  if (failure) throw failure;
  return 0;
}

export function runCli(): void {
  runMain(PROGRAM, handle);
}

if (require.main === module) runCli();
