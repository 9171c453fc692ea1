import { randomBytes } from 'node:crypto';
import { DatabaseSchema, SchemaComparator, type AbstractSqlPlatform, type SchemaDifference } from '@mikro-orm/knex';
import { databaseLocation, type RunningSubgraph } from '../index';
import { openDatabase } from '../src/orm';
import { subgraphs } from '../../subgraphs';
import { User } from '../../subgraphs/identity/src/entities';
import { testEnv } from '../../test/helpers/stack';
import { startOneSubgraph } from '../../test/helpers/subgraph';

const dialect = databaseLocation({
  subgraph: 'x',
  config: { DATA_DIR: 'x', MYSQL_URL: testEnv.MYSQL_URL, MYSQL_DATABASE_PREFIX: 'x' },
}).dialect;

/** Reads the live database of `subgraph` and diffs it against its entities, the way schema:update would. */
async function schemaDiff(subgraph: RunningSubgraph): Promise<SchemaDifference> {
  const { orm } = subgraph;
  const platform = orm.em.getPlatform() as AbstractSqlPlatform;
  const target = orm.getSchemaGenerator().getTargetSchema();
  const live = await DatabaseSchema.create(orm.em.getConnection(), platform, orm.config, undefined, target.getNamespaces());
  return new SchemaComparator(platform).compare(live, target);
}

/**
 * Removes from `diff` the differences MikroORM 6.6 reports although database and entities agree,
 * each checked against the database before it is dropped (so real drift in the same column still
 * fails), and returns what it removed:
 *
 * - SQLite: BaseSqliteSchemaHelper.getEnumDefinitions splits `check (col in ('A', 'B', 'C'))` only at
 *   its last comma, so an enum of three or more values reads back as its first and last values. The
 *   column is accepted when the table's DDL holds exactly the entity's values.
 * - MariaDB through the mysql driver: MariaDB's JSON is an alias of LONGTEXT plus a
 *   `check (json_valid(col))` named after the column, and the mysql driver (unlike @mikro-orm/mariadb)
 *   reads that back as a longtext column with an extra check, so it proposes `drop constraint` and
 *   `modify ... json`. MariaDB also reports a nullable column without a default as having the default
 *   `NULL` in information_schema, which the driver reads as the string 'NULL'.
 */
async function withoutDriverMisreads(subgraph: RunningSubgraph, diff: SchemaDifference): Promise<string[]> {
  const ignored: string[] = [];
  const connection = subgraph.orm.em.getConnection();
  for (const [tableName, table] of Object.entries(diff.changedTables)) {
    const ddl =
      dialect === 'sqlite'
        ? ((await connection.execute<{ sql: string }[]>(`select sql from sqlite_master where type = 'table' and name = ?`, [tableName]))[0]
            ?.sql ?? '')
        : '';
    for (const [name, change] of Object.entries(table.changedColumns)) {
      const changed = [...change.changedProperties];
      const enumItems = change.column.enumItems ?? [];
      const enumMisread =
        dialect === 'sqlite' &&
        changed.join() === 'enumItems' &&
        enumItems.length > 2 &&
        ddl.includes(`\`${name}\` in (${enumItems.map((item) => `'${item}'`).join(', ')})`);
      const jsonMisread =
        dialect === 'mysql' && changed.join() === 'type' && change.column.type === 'json' && change.fromColumn.type === 'longtext';
      const nullDefaultMisread =
        dialect === 'mysql' &&
        changed.join() === 'default' &&
        change.column.nullable &&
        change.column.default == null &&
        /^'?NULL'?$/.test(String(change.fromColumn.default));
      // MariaDB reports a string column's default (enum or varchar) quoted and escaped (\'ACTIVE\'), the
      // entity as 'ACTIVE': the same default.
      const unquoted = (value: unknown) => String(value).replace(/[\\']/g, '');
      const stringDefaultMisread =
        dialect === 'mysql' &&
        changed.join() === 'default' &&
        change.column.default != null &&
        unquoted(change.column.default) === unquoted(change.fromColumn.default);
      if (enumMisread || jsonMisread || nullDefaultMisread || stringDefaultMisread) {
        ignored.push(`${tableName}.${name}`);
        delete table.changedColumns[name];
      }
    }
    for (const [name, check] of Object.entries(table.removedChecks)) {
      const target = table.toTable.getColumn(name);
      if (dialect === 'mysql' && target?.type === 'json' && check.expression === `json_valid(\`${name}\`)`) {
        ignored.push(`${tableName}.${name} check`);
        delete table.removedChecks[name];
      }
    }
  }
  return ignored;
}

describe('kit orm: committed migrations match the entities', () => {
  const running = new Map<string, RunningSubgraph>();

  beforeAll(async () => {
    const started = await Promise.all(subgraphs.map((definition) => startOneSubgraph(definition)));
    for (const subgraph of started) running.set(subgraph.name, subgraph);
  });

  it.each(subgraphs.map((s) => s.name))('%s: schema:update has nothing to do after the migrations', async (name) => {
    const subgraph = running.get(name)!;
    const diff = await schemaDiff(subgraph);
    await withoutDriverMisreads(subgraph, diff);
    const sql = await subgraph.orm.getSchemaGenerator().diffToSQL(diff, { wrap: false });
    expect(sql.trim()).toBe('');
  });

  it('notices real drift (an unmigrated column), so the check above can fail', async () => {
    const subgraph = running.get('basics')!;
    await subgraph.orm.em.getConnection().execute('alter table counters add column note varchar(20) null');
    const diff = await schemaDiff(subgraph);
    await withoutDriverMisreads(subgraph, diff);
    const sql = await subgraph.orm.getSchemaGenerator().diffToSQL(diff, { wrap: false });
    expect(sql).toMatch(/note/);
  });

  it('identity: a JSON column reads back as parsed values on every database', async () => {
    const identity = running.get('identity')!;
    const email = `json-${randomBytes(4).toString('hex')}@example.test`;
    const em = identity.orm.em.fork();
    em.create(User, { email, displayName: 'Jay', passwordHash: 'not-a-real-hash', roles: ['admin', 'auditor'] });
    await em.flush();

    // A fresh fork reads from the database, not from the identity map of the writer.
    const user = await identity.orm.em.fork().findOneOrFail(User, { email });
    expect(user.roles).toEqual(['admin', 'auditor']);
    const found = await identity.orm.em.fork().find(User, { email: { $in: [email] } });
    expect(found.map((u) => Array.isArray(u.roles))).toEqual([true]);
  });
});

describe('kit orm: migrations under concurrency', () => {
  (dialect === 'mysql' ? it : it.skip)('replicas that start together apply each migration once (MySQL named lock)', async () => {
    const identity = subgraphs.find((s) => s.name === 'identity')!;
    const config = { DATA_DIR: 'unused', MYSQL_URL: testEnv.MYSQL_URL, MYSQL_DATABASE_PREFIX: `lock_${randomBytes(4).toString('hex')}_` };
    const open = () => openDatabase({ subgraph: 'identity', entities: identity.entities, migrations: identity.migrations, config });
    const results = await Promise.allSettled(Array.from({ length: 4 }, open));
    const orms = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    try {
      expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual(['ok', 'ok', 'ok', 'ok']);
      const rows = await orms[0]!.em.getConnection().execute<{ name: string }[]>('select name from mikro_orm_migrations');
      expect(rows.map((r) => r.name).sort()).toEqual(identity.migrations.mysql.map((m) => m.name).sort());
    } finally {
      if (orms[0]) await orms[0].em.getConnection().execute(`drop database if exists \`${config.MYSQL_DATABASE_PREFIX}identity\``);
      await Promise.all(orms.map((orm) => orm.close(true)));
    }
  });
});
