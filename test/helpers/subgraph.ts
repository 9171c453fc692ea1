import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import {
  errorTracker,
  loadSubgraphConfig,
  startSubgraph,
  type Clock,
  type Logger,
  type RunningSubgraph,
  type AnySubgraphDefinition,
} from '../../kit';
import { disposeAfterAll, testEnv } from './stack';

/**
 * Starts one real subgraph (no router) on a free port over a fresh SQLite directory or, with MYSQL_URL,
 * a fresh MySQL schema; stopping it and deleting its data is registered to run after the suite.
 */
export async function startOneSubgraph(
  definition: AnySubgraphDefinition,
  env: Record<string, string> = {},
  options: { log?: Logger; clock?: Clock } = {},
): Promise<RunningSubgraph> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hubgraph-kit-'));
  const prefix = `hgk_${randomBytes(4).toString('hex')}_`;
  const fullEnv = {
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    MYSQL_DATABASE_PREFIX: prefix,
    REDIS_KEY_PREFIX: `${prefix}:`,
    ...testEnv,
    ...env,
  };
  const config = loadSubgraphConfig(fullEnv);
  let running: RunningSubgraph | undefined;
  disposeAfterAll(async () => {
    await running?.stop();
    // The process's error tracker took its store (Redis, with REDIS_URL) from the first service started
    // and outlives it; give the process back as found, as a whole stack does (scripts/lib/stack.ts), or
    // its Redis connection keeps the test worker alive after the suite.
    await errorTracker.reset();
    rmSync(dataDir, { recursive: true, force: true });
    if (config.MYSQL_URL) {
      const connection = await createConnection(config.MYSQL_URL);
      await connection.query(`drop database if exists \`${prefix}${definition.name}\``).finally(() => connection.end());
    }
  });
  running = await startSubgraph(definition, { config, env: fullEnv, port: 0, log: options.log, clock: options.clock });
  return running;
}
