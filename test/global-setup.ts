import { createConnection } from 'mysql2/promise';
import { testEnv } from './helpers/env';

/**
 * Connections the MariaDB/MySQL server must allow while the suites run. A test stack starts every
 * subgraph, and each holds up to DB_POOL_SIZE (10) connections of its own: about 50 while idle, 300 at
 * most, and two workers run a stack each. The server's default (151) is reached by two busy stacks,
 * and a subgraph then answers "Too many connections".
 */
const NEEDED_CONNECTIONS = 1000;

/** Jest's globalSetup: on MySQL, raises the server's connection limit for the run when it is lower. */
export default async function globalSetup(): Promise<void> {
  if (!testEnv.MYSQL_URL) return;
  const connection = await createConnection(testEnv.MYSQL_URL);
  try {
    const [rows] = await connection.query('select @@global.max_connections as max');
    const current = Number((rows as Array<{ max: number | string }>)[0]!.max);
    if (current >= NEEDED_CONNECTIONS) return;
    try {
      await connection.query(`set global max_connections = ${NEEDED_CONNECTIONS}`);
      process.stderr.write(`\nglobal setup: MySQL max_connections raised from ${current} to ${NEEDED_CONNECTIONS} for the test stacks\n`);
    } catch (error) {
      process.stderr.write(
        `\nglobal setup: MySQL max_connections is ${current} and could not be raised (${(error as Error).message}); ` +
          `suites may fail with "Too many connections". Set max_connections=${NEEDED_CONNECTIONS} on the server.\n`,
      );
    }
  } finally {
    await connection.end();
  }
}
