/**
 * Reading tables out of a database inside one snapshot, and writing them back: MySQL/MariaDB through
 * mysql2 (no client binaries) and SQLite files through libsql. Rows stream in primary-key order, so a
 * table read back after a restore hashes to the same checksum as the backup.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import Database from 'libsql';
import mysql, { type Connection, type FieldPacket, type RowDataPacket } from 'mysql2';
import { type Connection as PromiseConnection } from 'mysql2/promise';
import { type EntryHeader, RowHasher } from './format';

export type Dialect = 'mysql' | 'sqlite';

export interface TableSnapshot {
  database: string;
  table: string;
  ddl: string[];
  columns: string[];
  orderBy: string[];
}

/** A cheap "has this table changed" value, computed inside the snapshot, plus the row count. */
export interface Fingerprint {
  rows: number;
  value: string;
}

export interface SourceReader {
  readonly dialect: Dialect;
  /** Where the data is, without credentials. */
  readonly location: string;
  databases(): string[];
  tables(database: string): Promise<TableSnapshot[]>;
  fingerprint(table: TableSnapshot): Promise<Fingerprint>;
  /** Arrays of values in column order, in `orderBy` order, flowing as fast as they are consumed. */
  rows(table: TableSnapshot): Readable;
  close(): Promise<void>;
}

export interface TargetWriter {
  readonly dialect: Dialect;
  readonly location: string;
  /** Drops and recreates `header.table` in `database`, then inserts the rows; returns the count. */
  restoreTable(database: string, header: EntryHeader, rows: AsyncIterable<unknown[]>): Promise<number>;
  /** Row count and checksum of a table as it is now (the restore check). */
  readBack(database: string, header: EntryHeader, orderBy: string[]): Promise<{ rows: number; sha256: string }>;
  /** Makes what restoreTable wrote permanent (SQLite writes a database in one transaction). */
  finish(database: string): Promise<void>;
  /** Undoes an unfinished database where it can. */
  abort(database: string): Promise<void>;
  close(): Promise<void>;
}

export class SourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceError';
  }
}

const qi = (name: string) => `\`${name.replace(/`/g, '``')}\``;
const qs = (name: string) => `"${name.replace(/"/g, '""')}"`;

// ---------------------------------------------------------------------------------------------------
// MySQL / MariaDB

/** mysql://user:pass@host:port → mysql://user@host:port, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return 'mysql://(invalid URL)';
  }
}

function describeConnectError(url: string, error: unknown): SourceError {
  const e = error as { code?: string; message?: string };
  const where = redactUrl(url);
  if (e.code === 'ECONNREFUSED') return new SourceError(`cannot connect to ${where}: connection refused (is the server running?)`);
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') return new SourceError(`cannot connect to ${where}: unknown host`);
  if (e.code === 'ETIMEDOUT') return new SourceError(`cannot connect to ${where}: timed out`);
  if (e.code === 'ER_ACCESS_DENIED_ERROR') return new SourceError(`cannot connect to ${where}: access denied (user name or password)`);
  return new SourceError(`cannot connect to ${where}: ${e.message ?? String(error)}`);
}

export async function connectMysql(url: string): Promise<{ raw: Connection; conn: PromiseConnection }> {
  const raw = mysql.createConnection({
    uri: url,
    charset: 'utf8mb4',
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: true,
    decimalNumbers: false,
    timezone: 'Z',
    connectTimeout: 5000,
    multipleStatements: false,
    typeCast(field, next) {
      // JSON as its text (MySQL 8's JSON type would be parsed), geometry as its bytes.
      if (field.type === 'JSON') return field.string('utf8');
      if (field.type === 'GEOMETRY') return field.buffer();
      return next();
    },
  });
  const conn = raw.promise();
  try {
    await conn.connect();
  } catch (error) {
    raw.destroy();
    throw describeConnectError(url, error);
  }
  raw.on('error', () => undefined);
  await conn.query("SET SESSION time_zone = '+00:00'");
  return { raw, conn };
}

async function mysqlDatabases(conn: PromiseConnection, selection: { prefix?: string; databases?: string[] }): Promise<string[]> {
  const [rows] = await conn.query<RowDataPacket[]>('SELECT SCHEMA_NAME AS name FROM information_schema.SCHEMATA ORDER BY SCHEMA_NAME');
  const all = rows.map((r) => String(r.name));
  if (selection.databases?.length) {
    const missing = selection.databases.filter((d) => !all.includes(d));
    if (missing.length) throw new SourceError(`no database ${missing.map((m) => `"${m}"`).join(', ')} on the server`);
    return [...selection.databases].sort();
  }
  const prefix = selection.prefix ?? '';
  const system = new Set(['information_schema', 'mysql', 'performance_schema', 'sys']);
  return all.filter((d) => d.startsWith(prefix) && !system.has(d));
}

async function mysqlTables(conn: PromiseConnection, database: string): Promise<TableSnapshot[]> {
  const [tables] = await conn.query<RowDataPacket[]>(
    "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME",
    [database],
  );
  const out: TableSnapshot[] = [];
  for (const { name } of tables) {
    const table = String(name);
    const [created] = await conn.query<RowDataPacket[]>(`SHOW CREATE TABLE ${qi(database)}.${qi(table)}`);
    const [columns] = await conn.query<RowDataPacket[]>(
      "SELECT COLUMN_NAME AS name FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND EXTRA NOT LIKE '%GENERATED%' ORDER BY ORDINAL_POSITION",
      [database, table],
    );
    const [keys] = await conn.query<RowDataPacket[]>(
      "SELECT COLUMN_NAME AS name FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND CONSTRAINT_NAME = 'PRIMARY' ORDER BY ORDINAL_POSITION",
      [database, table],
    );
    const names = columns.map((c) => String(c.name));
    out.push({
      database,
      table,
      ddl: [String(created[0]?.['Create Table'])],
      columns: names,
      orderBy: keys.length ? keys.map((k) => String(k.name)) : names,
    });
  }
  return out;
}

function mysqlRows(raw: Connection, database: string, table: string, columns: string[], orderBy: string[]): Readable {
  const sql = `SELECT ${columns.map(qi).join(', ')} FROM ${qi(database)}.${qi(table)} ORDER BY ${orderBy.map(qi).join(', ')}`;
  return raw.query({ sql, rowsAsArray: true }).stream({ highWaterMark: 256 });
}

export class MysqlReader implements SourceReader {
  readonly dialect = 'mysql' as const;
  readonly location: string;

  private constructor(
    private readonly raw: Connection,
    private readonly conn: PromiseConnection,
    private readonly names: string[],
    url: string,
  ) {
    this.location = redactUrl(url);
  }

  /**
   * One connection and one transaction for every database: START TRANSACTION WITH CONSISTENT
   * SNAPSHOT at REPEATABLE READ, so all tables of all selected databases are read as of one moment.
   */
  static async open(url: string, selection: { prefix?: string; databases?: string[] }): Promise<MysqlReader> {
    const { raw, conn } = await connectMysql(url);
    try {
      await conn.query('SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      await conn.query('START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY');
      const names = await mysqlDatabases(conn, selection);
      return new MysqlReader(raw, conn, names, url);
    } catch (error) {
      raw.destroy();
      throw error;
    }
  }

  databases(): string[] {
    return this.names;
  }

  tables(database: string): Promise<TableSnapshot[]> {
    return mysqlTables(this.conn, database);
  }

  async fingerprint(t: TableSnapshot): Promise<Fingerprint> {
    // Per row: the MD5 of its values (NULL flags included); per table: count, sum of CRC32s and the
    // XOR of both MD5 halves: order-independent, computed by the server, nothing transferred.
    const cols = t.columns.map(qi);
    const row = `CONCAT_WS(0x1f, ${cols.join(', ')}, CONCAT(${cols.map((c) => `ISNULL(${c})`).join(', ')}))`;
    const sql = `SELECT COUNT(*) AS n, COALESCE(SUM(CRC32(x)), 0) AS c,
        COALESCE(BIT_XOR(CAST(CONV(LEFT(h, 16), 16, 10) AS UNSIGNED)), 0) AS a,
        COALESCE(BIT_XOR(CAST(CONV(RIGHT(h, 16), 16, 10) AS UNSIGNED)), 0) AS b
      FROM (SELECT x, MD5(x) AS h FROM (SELECT ${row} AS x FROM ${qi(t.database)}.${qi(t.table)}) r) q`;
    const [rows] = await this.conn.query<RowDataPacket[]>(sql);
    const r = rows[0];
    if (!r) throw new Error(`no checksum row for ${t.database}.${t.table}`);
    return { rows: Number(r.n), value: `mysql:${r.n}:${r.c}:${r.a}:${r.b}` };
  }

  rows(t: TableSnapshot): Readable {
    return mysqlRows(this.raw, t.database, t.table, t.columns, t.orderBy);
  }

  async close(): Promise<void> {
    try {
      await this.conn.query('COMMIT');
      await this.conn.end();
    } catch {
      this.raw.destroy();
    }
  }
}

/** Rows per INSERT statement, and bytes (roughly) per statement, well under max_allowed_packet. */
const BATCH_ROWS = 1000;
const BATCH_BYTES = 1024 * 1024;

function approxSize(value: unknown): number {
  if (value === null || value === undefined) return 4;
  if (Buffer.isBuffer(value)) return value.length * 2 + 3;
  return String(value).length + 2;
}

export class MysqlWriter implements TargetWriter {
  readonly dialect = 'mysql' as const;
  readonly location: string;

  private constructor(
    private readonly raw: Connection,
    private readonly conn: PromiseConnection,
    url: string,
  ) {
    this.location = redactUrl(url);
  }

  static async open(url: string): Promise<MysqlWriter> {
    const { raw, conn } = await connectMysql(url);
    // As a dump restore does: no checks against tables not restored yet, id 0 stays 0.
    await conn.query(
      "SET SESSION FOREIGN_KEY_CHECKS = 0, SESSION UNIQUE_CHECKS = 0, SESSION sql_mode = CONCAT(@@sql_mode, ',NO_AUTO_VALUE_ON_ZERO')",
    );
    return new MysqlWriter(raw, conn, url);
  }

  async restoreTable(database: string, header: EntryHeader, rows: AsyncIterable<unknown[]>): Promise<number> {
    await this.conn.query(`CREATE DATABASE IF NOT EXISTS ${qi(database)} CHARACTER SET utf8mb4`);
    await this.conn.query(`USE ${qi(database)}`);
    await this.conn.query(`DROP TABLE IF EXISTS ${qi(header.table)}`);
    for (const statement of header.ddl) await this.conn.query(statement);
    const prefix = `INSERT INTO ${qi(header.table)} (${header.columns.map(qi).join(', ')}) VALUES `;
    const tuple = `(${header.columns.map(() => '?').join(', ')})`;
    let batch: unknown[] = [];
    let batchRows = 0;
    let batchBytes = 0;
    let count = 0;
    const flush = async () => {
      if (!batchRows) return;
      await this.conn.query(prefix + new Array<string>(batchRows).fill(tuple).join(', '), batch);
      batch = [];
      batchRows = 0;
      batchBytes = 0;
    };
    await this.conn.query('START TRANSACTION');
    try {
      for await (const row of rows) {
        for (const value of row) {
          batch.push(typeof value === 'bigint' ? value.toString() : value);
          batchBytes += approxSize(value);
        }
        batchRows += 1;
        count += 1;
        if (batchRows >= BATCH_ROWS || batchBytes >= BATCH_BYTES) await flush();
      }
      await flush();
      await this.conn.query('COMMIT');
    } catch (error) {
      await this.conn.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    return count;
  }

  async readBack(database: string, header: EntryHeader, orderBy: string[]): Promise<{ rows: number; sha256: string }> {
    const hasher = new RowHasher();
    for await (const row of mysqlRows(this.raw, database, header.table, header.columns, orderBy)) hasher.line(row as unknown[]);
    return { rows: hasher.rows, sha256: hasher.digest() };
  }

  async finish(): Promise<void> {}

  async abort(): Promise<void> {}

  async close(): Promise<void> {
    try {
      await this.conn.end();
    } catch {
      this.raw.destroy();
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// SQLite

export function sqliteName(file: string): string {
  return basename(file).replace(/\.(sqlite3?|db)$/i, '');
}

type SqliteDb = InstanceType<typeof Database>;

function sqliteTables(db: SqliteDb, database: string): TableSnapshot[] {
  const tables = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql IS NOT NULL ORDER BY name")
    .all() as Array<{ name: string; sql: string }>;
  return tables.map(({ name, sql }) => {
    const extra = db
      .prepare("SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name")
      .all(name) as Array<{ sql: string }>;
    const info = db.prepare(`PRAGMA table_info(${qs(name)})`).all() as Array<{ name: string; pk: number }>;
    const pk = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
    const columns = info.map((c) => c.name);
    const withoutRowid = /\bWITHOUT\s+ROWID\s*$/i.test(sql.trim());
    return {
      database,
      table: name,
      ddl: [sql, ...extra.map((e) => e.sql)],
      columns,
      orderBy: pk.length ? pk.map((c) => c.name) : withoutRowid ? columns : ['rowid'],
    };
  });
}

function sqliteRows(db: SqliteDb, t: { table: string; columns: string[]; orderBy: string[] }): Readable {
  const statement = db.prepare(
    `SELECT ${t.columns.map(qs).join(', ')} FROM ${qs(t.table)} ORDER BY ${t.orderBy.map((c) => (c === 'rowid' ? c : qs(c))).join(', ')}`,
  );
  statement.raw(true);
  statement.safeIntegers(true);
  return Readable.from(statement.iterate() as Iterable<unknown[]>, { objectMode: true, highWaterMark: 256 });
}

function openSqlite(file: string, readonly: boolean): SqliteDb {
  if (readonly && !existsSync(file)) throw new SourceError(`cannot open SQLite file ${file}: no such file`);
  try {
    return new Database(file, { readonly, fileMustExist: readonly });
  } catch (error) {
    throw new SourceError(`cannot open SQLite file ${file}: ${(error as Error).message}`);
  }
}

export class SqliteReader implements SourceReader {
  readonly dialect = 'sqlite' as const;
  readonly location: string;
  private readonly dbs = new Map<string, SqliteDb>();

  private constructor(files: string[]) {
    this.location = files.join(', ');
    for (const file of files) {
      const name = sqliteName(file);
      if (this.dbs.has(name)) throw new SourceError(`two SQLite files are named "${name}"`);
      const db = openSqlite(file, true);
      this.dbs.set(name, db);
    }
  }

  /** A read transaction per file, begun before any table is read: each file is read as of one moment. */
  static open(files: string[]): SqliteReader {
    const reader = new SqliteReader(files);
    try {
      for (const [name, db] of reader.dbs) {
        try {
          db.exec('BEGIN');
          db.prepare('SELECT count(*) FROM sqlite_master').get();
        } catch (error) {
          throw new SourceError(`cannot read SQLite database "${name}": ${(error as Error).message}`);
        }
      }
    } catch (error) {
      void reader.close();
      throw error;
    }
    return reader;
  }

  databases(): string[] {
    return [...this.dbs.keys()].sort();
  }

  private db(name: string): SqliteDb {
    const db = this.dbs.get(name);
    if (!db) throw new SourceError(`no SQLite database "${name}"`);
    return db;
  }

  async tables(database: string): Promise<TableSnapshot[]> {
    return sqliteTables(this.db(database), database);
  }

  async fingerprint(t: TableSnapshot): Promise<Fingerprint> {
    // SQLite has no hash function built in; a local file is cheap to read, so hash the rows themselves.
    const hasher = new RowHasher();
    for await (const row of sqliteRows(this.db(t.database), t)) hasher.line(row as unknown[]);
    return { rows: hasher.rows, value: `sqlite:${hasher.digest()}` };
  }

  rows(t: TableSnapshot): Readable {
    return sqliteRows(this.db(t.database), t);
  }

  async close(): Promise<void> {
    for (const db of this.dbs.values()) {
      try {
        if (db.inTransaction) db.exec('COMMIT');
      } finally {
        db.close();
      }
    }
  }
}

export class SqliteWriter implements TargetWriter {
  readonly dialect = 'sqlite' as const;
  readonly location: string;
  private readonly open = new Map<string, SqliteDb>();

  /** `fileFor` says which file a database name is restored into. */
  constructor(private readonly fileFor: (database: string) => string) {
    this.location = fileFor('<name>');
  }

  private db(database: string): SqliteDb {
    let db = this.open.get(database);
    if (!db) {
      db = openSqlite(this.fileFor(database), false);
      db.exec('PRAGMA foreign_keys = OFF');
      db.exec('BEGIN IMMEDIATE');
      this.open.set(database, db);
    }
    return db;
  }

  async restoreTable(database: string, header: EntryHeader, rows: AsyncIterable<unknown[]>): Promise<number> {
    const db = this.db(database);
    db.exec(`DROP TABLE IF EXISTS ${qs(header.table)}`);
    for (const statement of header.ddl) db.exec(statement);
    const insert = db.prepare(
      `INSERT INTO ${qs(header.table)} (${header.columns.map(qs).join(', ')}) VALUES (${header.columns.map(() => '?').join(', ')})`,
    );
    let count = 0;
    for await (const row of rows) {
      insert.run(...row);
      count += 1;
    }
    return count;
  }

  async readBack(database: string, header: EntryHeader, orderBy: string[]): Promise<{ rows: number; sha256: string }> {
    const hasher = new RowHasher();
    for await (const row of sqliteRows(this.db(database), { table: header.table, columns: header.columns, orderBy }))
      hasher.line(row as unknown[]);
    return { rows: hasher.rows, sha256: hasher.digest() };
  }

  async finish(database: string): Promise<void> {
    const db = this.open.get(database);
    if (db?.inTransaction) db.exec('COMMIT');
  }

  async abort(database: string): Promise<void> {
    const db = this.open.get(database);
    if (db?.inTransaction) db.exec('ROLLBACK');
  }

  async close(): Promise<void> {
    for (const db of this.open.values()) {
      if (db.inTransaction) db.exec('ROLLBACK');
      db.close();
    }
    this.open.clear();
  }
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export type { FieldPacket };
