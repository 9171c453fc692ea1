/**
 * `npm run events:replay -- <subgraph> [--consumer <name>] [--id <eventId>]… [--list]`: lists the events
 * a subgraph's consumers failed to handle (`failed_events`), or makes them due again. Without `--id`,
 * only dead events are replayed; naming ids also brings forward events still waiting for a retry.
 * A running replica of the subgraph runs them within a second (or the next one to start), with a fresh
 * attempt budget. Reads the same environment as the subgraph (MYSQL_URL, MYSQL_DATABASE_PREFIX, DATA_DIR).
 */
import { existsSync } from 'node:fs';
import { MikroORM } from '@mikro-orm/core';
import { createConnection } from 'mysql2/promise';
import { baseEnvSchema, ConfigError, parseConfig } from '../kit/src/config';
import { listFailedEvents, replayFailedEvents, type FailedEventFilter } from '../kit/src/events';
import { databaseLocation, ormOptions, type Orm } from '../kit/src/orm';

// Only the config, ORM and event modules of the kit: the command starts fast and needs no server code.
const USAGE = `usage: npm run events:replay -- <subgraph> [--consumer <name>] [--id <eventId>]... [--list]
  e.g. npm run events:replay -- notifications --list`;

interface Args {
  subgraph: string;
  filter: FailedEventFilter;
  list: boolean;
}

function parseArgs(argv: string[]): Args | string {
  const [subgraph, ...rest] = argv;
  if (!subgraph || !/^[a-z][a-z0-9_]{0,39}$/.test(subgraph)) return 'name a subgraph';
  const filter: FailedEventFilter = {};
  let list = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const value = rest[i + 1];
    if (arg === '--list') list = true;
    else if (arg === '--consumer' && value) filter.consumer = rest[++i];
    else if (arg === '--id' && value) {
      (filter.ids ??= []).push(...value.split(',').filter(Boolean));
      i++;
    } else return `unknown argument ${arg}`;
  }
  if (filter.consumer && !/^[a-z0-9_.-]{1,120}$/i.test(filter.consumer)) return 'bad consumer name';
  if (filter.ids?.some((id) => id.length > 36)) return 'an event id has at most 36 characters';
  return { subgraph, filter, list };
}

/** Opens only the kit's tables of a subgraph's existing database; never creates or migrates one. */
async function openEventStore(subgraph: string, env: Record<string, string | undefined>): Promise<Orm> {
  const config = parseConfig(baseEnvSchema, env);
  const where = databaseLocation({ subgraph, config });
  if (where.dialect === 'sqlite' && !existsSync(where.dbName)) throw new Error(`No database at ${where.dbName} (DATA_DIR).`);
  if (where.dialect === 'mysql') {
    const connection = await createConnection(config.MYSQL_URL!);
    try {
      const [rows] = await connection.query('select schema_name from information_schema.schemata where schema_name = ?', [where.dbName]);
      if (!(rows as unknown[]).length) throw new Error(`No MySQL schema ${where.dbName} (MYSQL_DATABASE_PREFIX).`);
    } finally {
      await connection.end();
    }
  }
  const orm = (await MikroORM.init(
    ormOptions({ subgraph, entities: [], migrations: { sqlite: [], mysql: [] }, config, poolSize: 1 }),
  )) as Orm;
  await orm.connect();
  return orm;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    console.error(`${args}\n${USAGE}`);
    return 2;
  }
  const orm = await openEventStore(args.subgraph, process.env);
  try {
    const em = orm.em.fork();
    if (args.list) {
      const rows = await listFailedEvents(em, args.subgraph, args.filter);
      for (const row of rows) {
        const state = row.deadAt ? `dead since ${row.deadAt.toISOString()}` : `retry at ${row.nextAttemptAt?.toISOString()}`;
        console.log(`${row.eventId}  ${row.consumer}  ${row.type}  attempts=${row.attempts}  ${state}  ${row.lastError}`);
      }
      console.log(`${rows.length} failed event(s)`);
      return 0;
    }
    const replayed = await replayFailedEvents(em, args.subgraph, args.filter);
    console.log(`${replayed} event(s) scheduled for replay in ${args.subgraph}`);
    return 0;
  } finally {
    await orm.close(true);
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(error instanceof ConfigError ? error.message : error instanceof Error ? error.message : error);
    process.exit(1);
  });
