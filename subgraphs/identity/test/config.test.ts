import { ConfigError, loadSubgraphConfig } from '../../../kit';
import { loadIdentityConfig } from '../src/config';

describe('identity configuration', () => {
  const base = loadSubgraphConfig({ NODE_ENV: 'test' });

  it('keeps the shared settings and adds identity defaults', () => {
    const config = loadIdentityConfig(base, {});
    expect(config).toMatchObject({
      NODE_ENV: 'test',
      MAIL_FROM: 'Hubgraph <no-reply@hubgraph.localhost>',
      PUBLIC_URL: 'http://localhost:4000',
    });
    expect(config.SMTP_URL).toBeUndefined();
  });

  it('reads SMTP_URL, MAIL_FROM and PUBLIC_URL; empty values count as unset', () => {
    const config = loadIdentityConfig(base, { SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'Accounts <a@b.test>', PUBLIC_URL: '' });
    expect(config).toMatchObject({
      SMTP_URL: 'smtp://127.0.0.1:2525',
      MAIL_FROM: 'Accounts <a@b.test>',
      PUBLIC_URL: 'http://localhost:4000',
    });
  });

  it('lists every invalid variable at once', () => {
    let error: unknown;
    try {
      loadIdentityConfig(base, { SMTP_URL: 'http://mail.example', PUBLIC_URL: 'not a url', MAIL_FROM: 'x' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const fields = (error as ConfigError).problems.map((p) => p.split(':')[0]).sort();
    expect(new Set(fields)).toEqual(new Set(['MAIL_FROM', 'PUBLIC_URL', 'SMTP_URL']));
  });
});

describe('identity configuration: cookie sessions', () => {
  const base = loadSubgraphConfig({ NODE_ENV: 'test' });
  const withRedis = loadSubgraphConfig({ NODE_ENV: 'test', REDIS_URL: 'redis://127.0.0.1:6379' });

  it('defaults to a 30-minute idle and a 12-hour absolute timeout, a 3 s router cache, and the database store', () => {
    const config = loadIdentityConfig(base, {});
    expect(config).toMatchObject({
      SESSION_IDLE_TIMEOUT_SECONDS: 1800,
      SESSION_ABSOLUTE_TIMEOUT_SECONDS: 43_200,
      SESSION_RESOLVE_CACHE_MS: 3000,
      SESSION_STORE: 'database',
    });
  });

  it('keeps sessions in Redis when REDIS_URL is set, unless told to use the database', () => {
    expect(loadIdentityConfig(withRedis, {}).SESSION_STORE).toBe('redis');
    expect(loadIdentityConfig(withRedis, { SESSION_STORE: 'database' }).SESSION_STORE).toBe('database');
  });

  it('refuses a Redis store without REDIS_URL and timeouts under a second', () => {
    let error: unknown;
    try {
      loadIdentityConfig(base, { SESSION_STORE: 'redis', SESSION_IDLE_TIMEOUT_SECONDS: '0', SESSION_RESOLVE_CACHE_MS: '-1' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const fields = (error as ConfigError).problems.map((p) => p.split(':')[0]);
    expect(new Set(fields)).toEqual(new Set(['SESSION_STORE', 'SESSION_IDLE_TIMEOUT_SECONDS', 'SESSION_RESOLVE_CACHE_MS']));
  });
});
