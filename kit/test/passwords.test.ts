import argon2 from 'argon2';
import { ConfigError, generateRouterKeys, hashPassword, loadSubgraphConfig, OWASP_PASSWORD_HASH } from '../index';

describe('kit passwords: argon2id at a configured cost, never below OWASP outside tests', () => {
  it('hashes at OWASP’s minimum by default (19 MiB, 2 passes, 1 lane), and the hash verifies', async () => {
    const config = loadSubgraphConfig({ NODE_ENV: 'development' });
    expect([config.PASSWORD_HASH_MEMORY_KIB, config.PASSWORD_HASH_PASSES]).toEqual([19_456, 2]);
    const hash = await hashPassword(config, 'correct horse');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(await argon2.verify(hash, 'correct horse')).toBe(true);
    expect(await argon2.verify(hash, 'wrong horse')).toBe(false);
  });

  it('refuses a cost below the minimum in production and development, naming the setting', () => {
    const { ROUTER_PUBLIC_KEYS } = generateRouterKeys();
    for (const NODE_ENV of ['production', 'development']) {
      expect(() => loadSubgraphConfig({ NODE_ENV, ROUTER_PUBLIC_KEYS, PASSWORD_HASH_MEMORY_KIB: '1024' })).toThrow(
        /PASSWORD_HASH_MEMORY_KIB: at least 19456/,
      );
    }
    expect(() => loadSubgraphConfig({ NODE_ENV: 'development', PASSWORD_HASH_PASSES: '1' })).toThrow(ConfigError);
    expect(() =>
      loadSubgraphConfig({ NODE_ENV: 'development', PASSWORD_HASH_MEMORY_KIB: '65536', PASSWORD_HASH_PASSES: '3' }),
    ).not.toThrow();
  });

  it('lets tests hash cheaply; a cheap hash still verifies wherever the cost is set higher (the PHC string carries it)', async () => {
    const cheap = loadSubgraphConfig({ NODE_ENV: 'test', PASSWORD_HASH_MEMORY_KIB: '1024', PASSWORD_HASH_PASSES: '1' });
    const hash = await hashPassword(cheap, 'pw');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=1024,p=1,t=1\$/);
    expect(await argon2.verify(hash, 'pw')).toBe(true);
    expect(await hashPassword(OWASP_PASSWORD_HASH, 'pw')).toMatch(/m=19456,p=1,t=2\$/);
  });
});
