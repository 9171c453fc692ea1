import { ConfigError, loadSubgraphConfig, parseConfig, subgraphEnvSchema } from '../index';

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

const PRIVATE_SECRET = 'p'.repeat(40);

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

  it('refuses production on the development INTERNAL_SECRET and accepts a private one', () => {
    const error = configErrorOf(() => loadSubgraphConfig({ NODE_ENV: 'production' }));
    expect(variablesOf(error)).toEqual(['INTERNAL_SECRET']);
    expect(error.problems[0]).toMatch(/production/);

    const config = loadSubgraphConfig({ NODE_ENV: 'production', INTERNAL_SECRET: PRIVATE_SECRET });
    expect(config.INTERNAL_SECRET).toBe(PRIVATE_SECRET);
    // Development may use the built-in secret, so a fresh clone runs without setup.
    expect(() => loadSubgraphConfig({ NODE_ENV: 'development' })).not.toThrow();
  });

  it('rejects an INTERNAL_SECRET shorter than 32 characters in any mode', () => {
    const error = configErrorOf(() => loadSubgraphConfig({ INTERNAL_SECRET: 'short' }));
    expect(variablesOf(error)).toEqual(['INTERNAL_SECRET']);
  });

  it('reports the production secret problem together with the other invalid variables', () => {
    // "Every problem at once": an operator who fixes LOG_LEVEL should not learn about the secret
    // only on the next start.
    const error = configErrorOf(() => loadSubgraphConfig({ NODE_ENV: 'production', LOG_LEVEL: 'loud' }));
    expect(variablesOf(error).sort()).toEqual(['INTERNAL_SECRET', 'LOG_LEVEL']);
  });
});
