import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  MikroORM,
  JsonType,
  LockMode,
  Type,
  DeadlockException,
  LockWaitTimeoutException,
  UniqueConstraintViolationException,
  raw,
  type EntityName,
  type EntitySchema,
  type FilterQuery,
  type FindOptions,
  type Loaded,
  type MigrationObject,
  type Options,
  type Platform,
  type TransformContext,
} from '@mikro-orm/core';
import type { AbstractSqlDriver, EntityManager } from '@mikro-orm/knex';
import { LibSqlDriver } from '@mikro-orm/libsql';
import { MySqlDriver } from '@mikro-orm/mysql';
import { Migrator } from '@mikro-orm/migrations';
import { createConnection, type RowDataPacket } from 'mysql2/promise';
import type { BaseConfig } from './config';
import { kitEntities } from './events';
import { TenantGuard } from './tenant-guard';
import type { Logger } from './logger';

export type Orm = MikroORM<AbstractSqlDriver>;
/**
 * An entity of any row type, as lists of entities hold them. MikroORM's schema type is invariant in
 * its row type, so this is the one place the kit spells `any`: behind a name, never in a signature.
 */
export type AnyEntity = EntitySchema<any, any>;
export type Em = EntityManager;
export type Dialect = 'sqlite' | 'mysql';

/** A subgraph's committed migrations, one ordered list per SQL dialect. */
export interface MigrationSet {
  sqlite: MigrationObject[];
  mysql: MigrationObject[];
}

/**
 * JSON columns read back as parsed values on every driver. MariaDB stores JSON as LONGTEXT, so mysql2
 * hands back strings, and MySQL proper is told (typeCast below) to do the same; this type parses them.
 */
class PortableJsonType extends JsonType {
  override convertToJSValue(value: string | unknown, platform: Platform, context?: TransformContext): unknown {
    if (typeof value === 'string') return platform.convertJsonToJSValue(value, context);
    return value;
  }
}

/** mysql2 parses JSON columns on MySQL but not on MariaDB; ask for text everywhere for one behaviour. */
function jsonAsText(field: { type: string; string: (encoding?: string) => string | null }, next: () => unknown) {
  return field.type === 'JSON' ? field.string('utf8') : next();
}

export interface DatabaseOptions {
  /** The subgraph that owns the database: one SQLite file or one MySQL schema each. */
  subgraph: string;
  entities: AnyEntity[];
  migrations: MigrationSet;
  config: Pick<BaseConfig, 'DATA_DIR' | 'MYSQL_URL' | 'MYSQL_DATABASE_PREFIX'>;
  log?: Logger;
  /** Connection pool size on MySQL (SQLite always uses one connection). */
  poolSize?: number;
}

/** Where a subgraph's data lives, derived from configuration. */
export function databaseLocation(options: Pick<DatabaseOptions, 'subgraph' | 'config'>): {
  dialect: Dialect;
  dbName: string;
  clientUrl?: string;
} {
  const { subgraph, config } = options;
  if (config.MYSQL_URL) {
    const url = new URL(config.MYSQL_URL);
    url.pathname = '';
    return { dialect: 'mysql', dbName: `${config.MYSQL_DATABASE_PREFIX}${subgraph}`, clientUrl: url.toString() };
  }
  return { dialect: 'sqlite', dbName: join(config.DATA_DIR, `${subgraph}.sqlite`) };
}

/** Builds the MikroORM options of one subgraph's database (used at runtime and by migration tooling). */
export function ormOptions(options: DatabaseOptions): Options<AbstractSqlDriver> {
  const where = databaseLocation(options);
  const common: Options<AbstractSqlDriver> = {
    entities: [...options.entities, ...kitEntities],
    subscribers: [new TenantGuard()],
    // `onCreate` runs in em.create, so a new row has its id, timestamps and tenant before the flush.
    processOnCreateHooksEarly: true,
    dbName: where.dbName,
    discovery: {
      getMappedType: (type: string): Type<unknown> | undefined => (type === 'json' ? Type.getType(PortableJsonType) : undefined),
    },
    extensions: [Migrator],
    migrations: {
      migrationsList: where.dialect === 'mysql' ? options.migrations.mysql : options.migrations.sqlite,
      // MySQL commits DDL implicitly, so a migration transaction there would only pretend.
      transactional: where.dialect === 'sqlite',
      allOrNothing: where.dialect === 'sqlite',
      snapshot: false,
      emit: 'ts',
    },
    forceUtcTimezone: true,
    connect: false,
    allowGlobalContext: false,
    debug: false,
    logger: (message: string) => options.log?.debug({ orm: message }),
  };
  if (where.dialect === 'mysql') {
    return {
      ...common,
      driver: MySqlDriver as unknown as Options<AbstractSqlDriver>['driver'],
      clientUrl: where.clientUrl,
      pool: { min: 0, max: options.poolSize ?? 10 },
      driverOptions: { connection: { typeCast: jsonAsText } },
    };
  }
  mkdirSync(options.config.DATA_DIR, { recursive: true });
  return { ...common, driver: LibSqlDriver as unknown as Options<AbstractSqlDriver>['driver'] };
}

/**
 * Opens a subgraph's own database and brings it to the newest committed migration. On MySQL the
 * schema (database) is created when missing; on SQLite the file is, in WAL mode. Never runs
 * `schema:update`: only committed migrations change a database.
 */
export async function openDatabase(options: DatabaseOptions): Promise<Orm> {
  const orm = (await MikroORM.init(ormOptions(options))) as Orm;
  try {
    const where = databaseLocation(options);
    const open = async () => {
      // Connect first, as MikroORM's own `ensureDatabase` option does: checking the schema before
      // `connect()` opened a pool that `connect()` then replaced without closing (one leaked
      // connection per start on an existing database). `connect()` also creates a missing database.
      await orm.connect();
      if (where.dialect === 'sqlite') {
        await orm.em.getConnection().execute('pragma journal_mode = wal');
        await orm.em.getConnection().execute('pragma busy_timeout = 5000');
        // In WAL mode NORMAL syncs at checkpoints, not at every commit: no corruption risk, and only a
        // power loss (not a process crash) can lose the last commits. The embedded default favours speed.
        await orm.em.getConnection().execute('pragma synchronous = normal');
      }
      return orm.getMigrator().up();
    };
    const applied = where.dialect === 'mysql' ? await underMigrationLock(where.clientUrl!, where.dbName, open) : await open();
    if (applied.length) options.log?.info({ migrations: applied.map((m) => m.name) }, 'applied migrations');
    return orm;
  } catch (error) {
    await orm.close(true);
    throw error;
  }
}

/**
 * Runs `work` (connect, which creates a missing database, and migrate) while holding a MySQL named
 * lock for the database, on a connection of its own to the server: replicas that start together, or a
 * migration job racing them, create the database and apply each migration once, one after the other,
 * instead of failing half-way on what the other one just created.
 */
async function underMigrationLock<T>(serverUrl: string, dbName: string, work: () => Promise<T>): Promise<T> {
  const connection = await createConnection({ uri: serverUrl });
  const name = `hubgraph:migrate:${dbName}`.slice(0, 64);
  try {
    const [rows] = await connection.query<RowDataPacket[]>('select get_lock(?, ?) as got', [name, MIGRATION_LOCK_WAIT_SECONDS]);
    if (Number(rows[0]?.got) !== 1) {
      throw new Error(`Another process has been migrating database ${dbName} for over ${MIGRATION_LOCK_WAIT_SECONDS} s; not starting.`);
    }
    return await work();
  } finally {
    await connection.end(); // also releases the lock
  }
}
const MIGRATION_LOCK_WAIT_SECONDS = 300;

/** Checks that the database answers; used by readiness probes. */
export async function pingDatabase(orm: Orm): Promise<void> {
  await orm.em.getConnection().execute('select 1');
}

/**
 * The condition "the JSON array in `column` holds the string `value`" (e.g. a task's tags), on SQLite
 * (`json_each`) and MySQL/MariaDB (`json_contains`). `column` is the SQL column name, qualified with the
 * query's alias; the value is bound, not spliced.
 */
export function jsonArrayHas<T extends object>(em: Em, column: string, value: string): FilterQuery<T> {
  const fragment =
    em.getDriver() instanceof MySqlDriver
      ? raw((alias: string) => `json_contains(${alias}.${column}, ?)`, [JSON.stringify(value)])
      : raw((alias: string) => `exists (select 1 from json_each(${alias}.${column}) where json_each.value = ?)`, [value]);
  return { [fragment]: 1 } as FilterQuery<T>;
}

/** Whether `error` is a unique-key violation: a duplicate, or a concurrent insert that won the race. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof UniqueConstraintViolationException;
}

/** A transient failure under contention (deadlock, lock wait timeout): the transaction was rolled back and may be retried. */
export function isRetryableConflict(error: unknown): boolean {
  return error instanceof DeadlockException || error instanceof LockWaitTimeoutException;
}

/**
 * Reads the rows matching `where` inside the transaction `tx` and holds them until it ends, so a
 * check made on them (a count, a last-admin rule, a cap) is still true when the transaction writes.
 * On MySQL/MariaDB this is `SELECT … FOR UPDATE`: it waits for other writers of those rows and reads
 * their latest committed version, whatever the transaction's snapshot. On SQLite the ORM holds one
 * connection per process, so a transaction already excludes every other statement and the plain read
 * is enough. The rows are refreshed in the identity map. Throws outside a transaction.
 *
 * Take the lock before any plain read in the transaction: MySQL fixes a transaction's snapshot at its
 * first plain read, so plain reads after the lock see every change committed before it.
 *
 * `shared` takes a shared lock (`FOR SHARE`) instead: many holders at once, but none while another
 * transaction holds the row exclusively (e.g. a lead placed in a stage that is being deleted).
 */
export function lockRows<T extends object>(
  tx: Em,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: Pick<FindOptions<T>, 'orderBy' | 'limit'> & { shared?: boolean } = {},
): Promise<Loaded<T, never>[]> {
  const { shared, ...find } = options;
  const lockMode = shared ? LockMode.PESSIMISTIC_READ : LockMode.PESSIMISTIC_WRITE;
  return tx.find(entity, where, { ...find, lockMode, refresh: true }) as Promise<Loaded<T, never>[]>;
}

/** {@link lockRows} for one row (e.g. the parent a group of changes takes turns on); null when there is none. */
export async function lockRow<T extends object>(
  tx: Em,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  options: { shared?: boolean } = {},
): Promise<Loaded<T, never> | null> {
  return (await lockRows(tx, entity, where, { ...options, limit: 1 }))[0] ?? null;
}
