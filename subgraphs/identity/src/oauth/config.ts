import { z } from '../../../../kit';

const httpUrl = z
  .string()
  .url()
  .regex(/^https?:\/\//, 'must be an http:// or https:// URL')
  .transform((url) => url.replace(/\/+$/, ''));

/**
 * OAuth log-in settings (catalogue #28). A provider is enabled when both its client id and secret are
 * set; its endpoint URLs default to the real provider and exist so tests (and proxies) can point them
 * elsewhere.
 */
export const oauthSettingsShape = {
  /** Comma-separated exact redirect URIs the web app may ask for (each also registered with every provider). */
  OAUTH_REDIRECT_URIS: z
    .string()
    .transform((list) =>
      list
        .split(',')
        .map((uri) => uri.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().url()))
    .default([]),
  /** How long one call to a provider (discovery, keys, token, profile) may take. */
  OAUTH_HTTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  OAUTH_GOOGLE_CLIENT_ID: z.string().min(1).max(255).optional(),
  OAUTH_GOOGLE_CLIENT_SECRET: z.string().min(1).max(255).optional(),
  /** The OpenID Connect issuer; its discovery document is `<issuer>/.well-known/openid-configuration`. */
  OAUTH_GOOGLE_ISSUER: httpUrl.default('https://accounts.google.com'),
  OAUTH_GITHUB_CLIENT_ID: z.string().min(1).max(255).optional(),
  OAUTH_GITHUB_CLIENT_SECRET: z.string().min(1).max(255).optional(),
  OAUTH_GITHUB_AUTHORIZE_URL: httpUrl.default('https://github.com/login/oauth/authorize'),
  OAUTH_GITHUB_TOKEN_URL: httpUrl.default('https://github.com/login/oauth/access_token'),
  OAUTH_GITHUB_API_URL: httpUrl.default('https://api.github.com'),
  OAUTH_FACEBOOK_CLIENT_ID: z.string().min(1).max(255).optional(),
  OAUTH_FACEBOOK_CLIENT_SECRET: z.string().min(1).max(255).optional(),
  OAUTH_FACEBOOK_AUTHORIZE_URL: httpUrl.default('https://www.facebook.com/v23.0/dialog/oauth'),
  OAUTH_FACEBOOK_TOKEN_URL: httpUrl.default('https://graph.facebook.com/v23.0/oauth/access_token'),
  OAUTH_FACEBOOK_GRAPH_URL: httpUrl.default('https://graph.facebook.com/v23.0'),
};

export type OAuthSettings = z.infer<z.ZodObject<typeof oauthSettingsShape>>;

const PROVIDER_PREFIXES = ['GOOGLE', 'GITHUB', 'FACEBOOK'] as const;

/**
 * Problems zod cannot see field by field: a client id without its secret (or the reverse), a
 * provider enabled without any redirect URI, and, in production, plain-http provider URLs or
 * redirect URIs (codes and tokens would travel in clear).
 */
export function oauthConfigProblems(settings: OAuthSettings, nodeEnv: string): string[] {
  const problems: string[] = [];
  const env = settings as unknown as Record<string, string | string[] | undefined>;
  let enabled = 0;
  for (const name of PROVIDER_PREFIXES) {
    const id = env[`OAUTH_${name}_CLIENT_ID`];
    const secret = env[`OAUTH_${name}_CLIENT_SECRET`];
    if (Boolean(id) !== Boolean(secret)) {
      problems.push(`OAUTH_${name}_CLIENT_ID and OAUTH_${name}_CLIENT_SECRET: set both or neither`);
    }
    if (id && secret) enabled++;
  }
  if (enabled && settings.OAUTH_REDIRECT_URIS.length === 0) {
    problems.push('OAUTH_REDIRECT_URIS: an OAuth provider is configured, so list the redirect URIs the web app uses');
  }
  if (nodeEnv === 'production') {
    for (const [key, value] of Object.entries(env)) {
      if (!key.startsWith('OAUTH_')) continue;
      const urls = Array.isArray(value) ? value : typeof value === 'string' && /^https?:/.test(value) ? [value] : [];
      if (urls.some((url) => url.startsWith('http://'))) problems.push(`${key}: must use https:// in production`);
    }
  }
  return problems;
}
