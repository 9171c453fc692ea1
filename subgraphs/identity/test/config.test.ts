import { ConfigError, loadSubgraphConfig } from '../../../kit';
import { loadIdentityConfig } from '../src/config';

describe('identity configuration', () => {
  const base = loadSubgraphConfig({ NODE_ENV: 'test' });

  it('keeps the shared settings and adds identity defaults', () => {
    const config = loadIdentityConfig(base, {});
    expect(config).toMatchObject({ NODE_ENV: 'test', MAIL_FROM: 'Hubgraph <no-reply@hubgraph.localhost>', PUBLIC_URL: 'http://localhost:4000' });
    expect(config.SMTP_URL).toBeUndefined();
  });

  it('reads SMTP_URL, MAIL_FROM and PUBLIC_URL; empty values count as unset', () => {
    const config = loadIdentityConfig(base, { SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'Accounts <a@b.test>', PUBLIC_URL: '' });
    expect(config).toMatchObject({ SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'Accounts <a@b.test>', PUBLIC_URL: 'http://localhost:4000' });
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
