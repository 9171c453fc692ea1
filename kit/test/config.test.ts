import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import { ConfigError, databaseLocation, generateRouterKeys, loadSubgraphConfig, parseConfig, subgraphEnvSchema } from '../index';
import { openDatabase } from '../src/orm';
import { testEnv } from '../../test/helpers/stack';

/** Runs `parse` and returns the ConfigError it throws (fails the test when it does not throw one). */
function configErrorOf(parse: () => unknown): ConfigError {
  try {
    parse();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError, but the configuration was accepted');
}

/** The variable names a ConfigError complains about, in the order it lists them. */
const variablesOf = (error: ConfigError) => error.problems.map((p) => p.split(':')[0]);

describe('kit config: parseConfig', () => {
  it('lists every invalid variable at once instead of stopping at the first', () => {
    const error = configErrorOf(() =>
      parseConfig(subgraphEnvSchema, {
        MYSQL_URL: 'postgres://root@127.0.0.1:5432',
        LOG_LEVEL: 'loud',
        PORT: '99999',
        BODY_LIMIT_BYTES: '12',
      }),
    );
    expect(variablesOf(error).sort()).toEqual(['BODY_LIMIT_BYTES', 'LOG_LEVEL', 'MYSQL_URL', 'PORT']);
    // The message an operator reads names each problem on its own line, with a hint for the URL.
    expect(error.name).toBe('ConfigError');
    expect(error.message).toMatch(/^Invalid configuration:\n/);
    expect(error.message.split('\n')).toHaveLength(1 + 4);
    expect(error.problems.find((p) => p.startsWith('MYSQL_URL'))).toContain('mysql://');
  });

  it('returns typed values with defaults, coercing numbers and treating empty strings as unset', () => {
    const config = parseConfig(subgraphEnvSchema, { PORT: '4100', LOG_LEVEL: '', MYSQL_URL: '' });
    expect(config.PORT).toBe(4100);
    expect(config.LOG_LEVEL).toBe('info');
    expect(config.MYSQL_URL).toBeUndefined();
    expect(config.NODE_ENV).toBe('development');
    expect(config.BODY_LIMIT_BYTES).toBe(1_000_000);
    expect(config.SEED_DEMO_DATA).toBe(false);
    expect(loadSubgraphConfig({ SEED_DEMO_DATA: 'yes' }).SEED_DEMO_DATA).toBe(true);
  });

  it('refuses production without the router keys each process needs, and accepts configured ones', () => {
    const subgraph = configErrorOf(() => loadSubgraphConfig({ NODE_ENV: 'production' }));
    expect(variablesOf(subgraph)).toEqual(['ROUTER_PUBLIC_KEYS']);
    expect(subgraph.problems[0]).toMatch(/production.*ROUTER_JWKS_URL/);
    const router = configErrorOf(() => parseConfig(subgraphEnvSchema, { NODE_ENV: 'production' }, 'sign'));
    expect(variablesOf(router)).toEqual(['ROUTER_SIGNING_KEY']);

    const { ROUTER_SIGNING_KEY, ROUTER_PUBLIC_KEYS } = generateRouterKeys();
    expect(loadSubgraphConfig({ NODE_ENV: 'production', ROUTER_PUBLIC_KEYS }).ROUTER_PUBLIC_KEYS).toHaveLength(1);
    expect(
      loadSubgraphConfig({ NODE_ENV: 'production', ROUTER_JWKS_URL: 'http://router:4000/.well-known/router-jwks.json' }).ROUTER_JWKS_URL,
    ).toMatch(/router-jwks/);
    expect(parseConfig(subgraphEnvSchema, { NODE_ENV: 'production', ROUTER_SIGNING_KEY }, 'sign').ROUTER_SIGNING_KEY?.type).toBe('private');
    // Development needs neither, so a fresh clone runs without setup (a per-process key is made).
    expect(() => loadSubgraphConfig({ NODE_ENV: 'development' })).not.toThrow();
    // docker-compose.yml passes `${ROUTER_PUBLIC_KEYS:-}`: empty is unset, so production still refuses.
    expect(variablesOf(configErrorOf(() => loadSubgraphConfig({ NODE_ENV: 'production', ROUTER_PUBLIC_KEYS: '' })))).toEqual([
      'ROUTER_PUBLIC_KEYS',
    ]);
  });

  it('rejects router keys that are not ES256 keys of the right kind in any mode', () => {
    const { ROUTER_SIGNING_KEY, ROUTER_PUBLIC_KEYS } = generateRouterKeys();
    const error = configErrorOf(() =>
      loadSubgraphConfig({ ROUTER_SIGNING_KEY: ROUTER_PUBLIC_KEYS, ROUTER_PUBLIC_KEYS: ROUTER_SIGNING_KEY, ROUTER_JWKS_URL: 'not a url' }),
    );
    expect(variablesOf(error).sort()).toEqual(['ROUTER_JWKS_URL', 'ROUTER_PUBLIC_KEYS', 'ROUTER_SIGNING_KEY']);
    expect(error.problems.find((p) => p.startsWith('ROUTER_PUBLIC_KEYS'))).toMatch(/private key/);
  });

  it('reports the production key problem together with the other invalid variables', () => {
    // "Every problem at once": an operator who fixes LOG_LEVEL should not learn about the keys
    // only on the next start.
    const error = configErrorOf(() => loadSubgraphConfig({ NODE_ENV: 'production', LOG_LEVEL: 'loud' }));
    expect(variablesOf(error).sort()).toEqual(['LOG_LEVEL', 'ROUTER_PUBLIC_KEYS']);
  });
});

/** A password with every character that means something in a URL. */
const AWKWARD_PASSWORD = 'p@ss:w/rd#1%';

/** The credentials MikroORM and mysql2 read from the URL the kit hands them (both decode this way). */
function credentialsOf(clientUrl: string) {
  const url = new URL(clientUrl);
  return { user: decodeURIComponent(url.username), password: decodeURIComponent(url.password), host: url.hostname, port: url.port };
}

describe('kit config: the MySQL password', () => {
  const clientUrlOf = (env: Record<string, string>) => {
    const config = parseConfig(subgraphEnvSchema, env);
    return databaseLocation({ subgraph: 'work', config }).clientUrl!;
  };

  it('takes MYSQL_PASSWORD as it is and hands the driver a URL that decodes back to it', () => {
    const clientUrl = clientUrlOf({ MYSQL_URL: 'mysql://hubgraph@db.internal:3307', MYSQL_PASSWORD: AWKWARD_PASSWORD });
    expect(credentialsOf(clientUrl)).toEqual({ user: 'hubgraph', password: AWKWARD_PASSWORD, host: 'db.internal', port: '3307' });
  });

  it('accepts the password percent-encoded inside MYSQL_URL', () => {
    const clientUrl = clientUrlOf({ MYSQL_URL: `mysql://root:${encodeURIComponent(AWKWARD_PASSWORD)}@mariadb:3306` });
    expect(credentialsOf(clientUrl)).toEqual({ user: 'root', password: AWKWARD_PASSWORD, host: 'mariadb', port: '3306' });
  });

  it('refuses a raw password in MYSQL_URL, which would name another host, saying how to fix it', () => {
    for (const password of [AWKWARD_PASSWORD, 'p@ss#1', 'p@s?s', 'pass%zz', 'a/b']) {
      const error = configErrorOf(() => parseConfig(subgraphEnvSchema, { MYSQL_URL: `mysql://root:${password}@mariadb:3306` }));
      expect({ password, variables: variablesOf(error) }).toEqual({ password, variables: ['MYSQL_URL'] });
      expect(error.problems[0]).toMatch(/percent-encode .*MYSQL_PASSWORD/);
    }
  });

  it('refuses a MYSQL_PASSWORD without MYSQL_URL, or a password given twice', () => {
    expect(variablesOf(configErrorOf(() => parseConfig(subgraphEnvSchema, { MYSQL_PASSWORD: 'x' })))).toEqual(['MYSQL_PASSWORD']);
    const twice = configErrorOf(() =>
      parseConfig(subgraphEnvSchema, { MYSQL_URL: 'mysql://root:one@mariadb:3306', MYSQL_PASSWORD: 'two' }),
    );
    expect(twice.problems).toEqual(['MYSQL_PASSWORD: MYSQL_URL has a password too; set it in one place']);
  });
});

// Logs in to the real server as a user whose password is AWKWARD_PASSWORD (MariaDB runs only).
(testEnv.MYSQL_URL ? describe : describe.skip)('kit database: a MySQL password with URL-special characters', () => {
  const name = `hgk_${randomBytes(4).toString('hex')}`;
  const hosts = ['%', 'localhost'];

  beforeAll(async () => {
    const root = await createConnection(testEnv.MYSQL_URL!);
    try {
      for (const host of hosts) {
        await root.query('create user ?@? identified by ?', [name, host, AWKWARD_PASSWORD]);
        await root.query(`grant all on \`${name}\\_%\`.* to ?@?`, [name, host]);
      }
    } finally {
      await root.end();
    }
  });

  afterAll(async () => {
    const root = await createConnection(testEnv.MYSQL_URL!);
    try {
      for (const host of hosts) await root.query('drop user if exists ?@?', [name, host]);
    } finally {
      await root.end();
    }
  });

  it('opens, migrates and queries a subgraph database with MYSQL_PASSWORD', async () => {
    const server = new URL(testEnv.MYSQL_URL!);
    const config = parseConfig(subgraphEnvSchema, {
      MYSQL_URL: `mysql://${name}@${server.host}`,
      MYSQL_PASSWORD: AWKWARD_PASSWORD,
      MYSQL_DATABASE_PREFIX: `${name}_`,
    });
    const orm = await openDatabase({ subgraph: 'password', entities: [], migrations: { sqlite: [], mysql: [] }, config });
    try {
      const [row] = await orm.em.getConnection().execute<{ user: string; db: string }[]>('select current_user() as user, database() as db');
      expect(row!.user.split('@')[0]).toBe(name);
      expect(row!.db).toBe(`${name}_password`);
    } finally {
      await orm.schema.dropDatabase().catch(() => undefined);
      await orm.close(true);
    }
  });
});
