import { randomBytes } from 'node:crypto';

/**
 * The environment of an in-process subgraph in a MariaDB benchmark: MYSQL_URL from the caller's
 * environment (required: the benchmark names its command in the error), a fresh database prefix so the
 * run never touches other data, test mode, quiet logs, and the subgraph's own settings in `extra`
 * (usually its sweeps turned off).
 */
export function mariadbBenchEnv(
  bench: string,
  env: Record<string, string | undefined>,
  extra: Record<string, string> = {},
): { url: string; prefix: string; fullEnv: Record<string, string> } {
  const url = env.MYSQL_URL;
  if (!url) throw new Error(`${bench} needs MariaDB: MYSQL_URL=mysql://root@127.0.0.1:3306 npm run bench -- ${bench}`);
  const prefix = `hgb_${randomBytes(4).toString('hex')}_`;
  return {
    url,
    prefix,
    fullEnv: { NODE_ENV: 'test', LOG_LEVEL: 'warn', MYSQL_URL: url, MYSQL_DATABASE_PREFIX: prefix, PATH: env.PATH ?? '', ...extra },
  };
}
