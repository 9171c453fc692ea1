import { ConfigError, generateRouterKeys, loadSubgraphConfig } from '../../../kit';
import { loadIdentityConfig } from '../src/config';
import { configuredClients } from '../src/oauth/providers';

function problemsOf(env: Record<string, string>, nodeEnv: 'test' | 'production' = 'test'): string[] {
  const base = loadSubgraphConfig(nodeEnv === 'production' ? { NODE_ENV: nodeEnv, ...generateRouterKeys() } : { NODE_ENV: nodeEnv });
  try {
    loadIdentityConfig(base, env);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.problems;
  }
}

describe('identity OAuth configuration', () => {
  it('enables no provider by default, and exactly those with an id and a secret', () => {
    const base = loadSubgraphConfig({ NODE_ENV: 'test' });
    expect(configuredClients(loadIdentityConfig(base, {})).size).toBe(0);
    const config = loadIdentityConfig(base, {
      OAUTH_REDIRECT_URIS: 'https://app.test/cb, https://app.test/cb2',
      OAUTH_GITHUB_CLIENT_ID: 'id',
      OAUTH_GITHUB_CLIENT_SECRET: 'secret',
      OAUTH_GOOGLE_ISSUER: 'https://issuer.test/',
    });
    expect([...configuredClients(config).keys()]).toEqual(['GITHUB']);
    expect(config.OAUTH_REDIRECT_URIS).toEqual(['https://app.test/cb', 'https://app.test/cb2']);
    expect(config.OAUTH_GOOGLE_ISSUER).toBe('https://issuer.test');
  });

  it('lists a half-configured provider, a provider without redirect URIs, and bad URLs together', () => {
    const problems = problemsOf({ OAUTH_GOOGLE_CLIENT_ID: 'id', OAUTH_FACEBOOK_CLIENT_ID: 'id', OAUTH_FACEBOOK_CLIENT_SECRET: 's' });
    expect(problems).toEqual([
      'OAUTH_GOOGLE_CLIENT_ID and OAUTH_GOOGLE_CLIENT_SECRET: set both or neither',
      expect.stringMatching(/^OAUTH_REDIRECT_URIS: /),
    ]);
    expect(
      problemsOf({ OAUTH_GITHUB_API_URL: 'ftp://x', OAUTH_REDIRECT_URIS: 'not a url' })
        .map((p) => p.split(':')[0])
        .sort(),
    ).toEqual(['OAUTH_GITHUB_API_URL', 'OAUTH_REDIRECT_URIS.0']);
  });

  it('insists on https in production', () => {
    const problems = problemsOf(
      {
        OAUTH_REDIRECT_URIS: 'http://app.test/cb',
        OAUTH_GITHUB_CLIENT_ID: 'id',
        OAUTH_GITHUB_CLIENT_SECRET: 's',
        OAUTH_GITHUB_TOKEN_URL: 'http://gh.test/token',
      },
      'production',
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'OAUTH_REDIRECT_URIS: must use https:// in production',
        'OAUTH_GITHUB_TOKEN_URL: must use https:// in production',
      ]),
    );
  });
});
