import { ConfigError, generateRouterKeys, loadSubgraphConfig, parseConfig, subgraphEnvSchema } from '../index';

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
    expect(loadSubgraphConfig({ NODE_ENV: 'production', ROUTER_JWKS_URL: 'http://router:4000/.well-known/router-jwks.json' }).ROUTER_JWKS_URL).toMatch(/router-jwks/);
    expect(parseConfig(subgraphEnvSchema, { NODE_ENV: 'production', ROUTER_SIGNING_KEY }, 'sign').ROUTER_SIGNING_KEY?.type).toBe('private');
    // Development needs neither, so a fresh clone runs without setup (a per-process key is made).
    expect(() => loadSubgraphConfig({ NODE_ENV: 'development' })).not.toThrow();
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
