import { createHmac } from 'node:crypto';
import { createRemoteJWKSet, errors as joseErrors, jwtVerify, type JWTPayload } from 'jose';
import type { OAuthSettings } from './config';
import type { OAuthProviderName } from './entities';
import { createLogger, type BaseConfig, type Logger, type ProviderClient } from '../../../../kit';
import { accessTokenFrom, callProvider, providerHttpClient, ProviderError, stringField } from './http';

/** What the authorization request carries besides the client's own settings. */
export interface AuthorizationRequest {
  state: string;
  codeChallenge: string;
  nonce: string;
  redirectUri: string;
}

/** What the callback hands over: the code plus the secrets stored with its state. */
export interface CodeExchange {
  code: string;
  codeVerifier: string;
  nonce: string;
  redirectUri: string;
}

/** The person the provider vouches for. `emailVerified` is true only when the provider says so. */
export interface ProviderProfile {
  subject: string;
  email: string | null;
  emailVerified: boolean;
  name: string | null;
}

/** One configured provider: builds its authorization URL and turns a code into a profile. */
export interface OAuthClient {
  readonly provider: OAuthProviderName;
  /** Its outbound HTTP client (kit/src/outbound.ts); closed when the clients are replaced. */
  readonly http: ProviderClient;
  authorizationUrl(request: AuthorizationRequest): Promise<string>;
  exchange(exchange: CodeExchange): Promise<ProviderProfile>;
}

/** A client's credentials at one provider. */
interface ClientCredentials {
  clientId: string;
  clientSecret: string;
}

/**
 * Redeems an authorization code at the provider's token endpoint (RFC 6749 §4.1.3 with the PKCE
 * verifier, RFC 7636; the client secret in the form), the same request for every provider.
 */
function redeemCode(http: ProviderClient, tokenUrl: string, client: ClientCredentials, exchange: CodeExchange) {
  return callProvider(http, tokenUrl, {
    method: 'POST',
    form: {
      grant_type: 'authorization_code',
      code: exchange.code,
      redirect_uri: exchange.redirectUri,
      client_id: client.clientId,
      client_secret: client.clientSecret,
      code_verifier: exchange.codeVerifier,
    },
  });
}

function withQuery(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}

const normaliseProfileEmail = (email: string | undefined) => (email ? email.trim().toLowerCase() : null);

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  userinfo_endpoint?: string;
}

/** How long a discovery document is reused (Google changes its endpoints rarely). */
const DISCOVERY_TTL_MS = 60 * 60_000;

/**
 * An OpenID Connect provider (Google, or any issuer with a discovery document): authorization code
 * with PKCE and a nonce; the ID token is verified with the provider's published keys (signature,
 * `iss`, `aud` = our client id, `azp`, `exp`, `nonce`). The address and its `email_verified` flag come
 * from the ID token, or from the userinfo endpoint when the ID token lacks them (then userinfo's
 * `sub` must match).
 */
export class OidcClient implements OAuthClient {
  private discovery?: { at: number; value: Promise<Discovery> };
  private keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();

  constructor(
    readonly provider: OAuthProviderName,
    private readonly settings: { issuer: string; clientId: string; clientSecret: string; timeoutMs: number },
    readonly http: ProviderClient,
  ) {}

  private async discover(): Promise<Discovery> {
    if (!this.discovery || Date.now() - this.discovery.at > DISCOVERY_TTL_MS) {
      const value = this.fetchDiscovery();
      this.discovery = { at: Date.now(), value };
      // A failed fetch is not cached: the next log-in tries again.
      value.catch(() => {
        if (this.discovery?.value === value) this.discovery = undefined;
      });
    }
    return this.discovery.value;
  }

  private async fetchDiscovery(): Promise<Discovery> {
    const url = `${this.settings.issuer}/.well-known/openid-configuration`;
    const answer = await callProvider(this.http, url, {});
    const doc = answer.body as Partial<Discovery>;
    if (answer.status !== 200 || !doc || typeof doc !== 'object')
      throw new ProviderError('UNAVAILABLE', `${url} answered ${answer.status}`);
    // The issuer in the document must be the one configured (OpenID Connect Discovery §4.3).
    if (doc.issuer !== this.settings.issuer) throw new ProviderError('INVALID', `${url} names issuer ${String(doc.issuer)}`);
    for (const key of ['authorization_endpoint', 'token_endpoint', 'jwks_uri'] as const) {
      if (typeof doc[key] !== 'string') throw new ProviderError('INVALID', `${url} has no ${key}`);
    }
    return doc as Discovery;
  }

  private keySet(uri: string) {
    let set = this.keySets.get(uri);
    if (!set) {
      set = createRemoteJWKSet(new URL(uri), { timeoutDuration: this.settings.timeoutMs });
      this.keySets.set(uri, set);
    }
    return set;
  }

  async authorizationUrl(request: AuthorizationRequest): Promise<string> {
    const doc = await this.discover();
    return withQuery(doc.authorization_endpoint, {
      response_type: 'code',
      client_id: this.settings.clientId,
      redirect_uri: request.redirectUri,
      scope: 'openid email profile',
      state: request.state,
      nonce: request.nonce,
      code_challenge: request.codeChallenge,
      code_challenge_method: 'S256',
    });
  }

  async exchange(exchange: CodeExchange): Promise<ProviderProfile> {
    const doc = await this.discover();
    const answer = await redeemCode(this.http, doc.token_endpoint, this.settings, exchange);
    const accessToken = accessTokenFrom(this.provider, answer);
    const idToken = stringField(answer.body, 'id_token');
    if (!idToken) throw new ProviderError('INVALID', `${this.provider} token endpoint returned no id_token`);
    const claims = await this.verifyIdToken(doc, idToken, exchange.nonce);
    let email = typeof claims.email === 'string' ? claims.email : undefined;
    let verified: unknown = claims.email_verified;
    let name = typeof claims.name === 'string' ? claims.name : undefined;
    if (email === undefined && doc.userinfo_endpoint) {
      const info = await callProvider(this.http, doc.userinfo_endpoint, { headers: { authorization: `Bearer ${accessToken}` } });
      if (info.status !== 200) throw new ProviderError('UNAVAILABLE', `${this.provider} userinfo answered ${info.status}`);
      // OpenID Connect Core §5.3.2: a userinfo answer about someone else must not be used.
      if (stringField(info.body, 'sub') !== claims.sub)
        throw new ProviderError('INVALID', `${this.provider} userinfo is about another subject`);
      email = stringField(info.body, 'email');
      verified = (info.body as Record<string, unknown>).email_verified;
      name ??= stringField(info.body, 'name');
    }
    return {
      subject: claims.sub!,
      email: normaliseProfileEmail(email),
      emailVerified: Boolean(email) && (verified === true || verified === 'true'),
      name: name ?? null,
    };
  }

  private async verifyIdToken(doc: Discovery, idToken: string, nonce: string): Promise<JWTPayload> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(idToken, this.keySet(doc.jwks_uri), {
        issuer: this.settings.issuer,
        audience: this.settings.clientId,
        algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
        requiredClaims: ['sub', 'exp', 'iat'],
        clockTolerance: 5,
      }));
    } catch (error) {
      if (error instanceof joseErrors.JWKSTimeout || (error instanceof Error && /ECONNREFUSED|ENOTFOUND|socket/i.test(error.message))) {
        throw new ProviderError('UNAVAILABLE', `${this.provider} signing keys (${doc.jwks_uri}) could not be fetched`, { cause: error });
      }
      throw new ProviderError('INVALID', `${this.provider} ID token rejected: ${error instanceof Error ? error.message : String(error)}`, {
        cause: error,
      });
    }
    if (Array.isArray(payload.aud) && payload.aud.length > 1 && payload.azp !== this.settings.clientId) {
      throw new ProviderError('INVALID', `${this.provider} ID token has several audiences and azp ${String(payload.azp)}`);
    }
    // The nonce ties the ID token to the authorization request this state started (no injection).
    if (payload.nonce !== nonce) throw new ProviderError('INVALID', `${this.provider} ID token nonce does not match the request`);
    return payload;
  }
}

/**
 * GitHub's OAuth apps: authorization code with PKCE (GitHub checks `code_verifier` since 2025), then
 * `GET /user` for the stable numeric id and `GET /user/emails` for the primary address and whether
 * GitHub verified it.
 */
export class GitHubClient implements OAuthClient {
  readonly provider = 'GITHUB' as const;

  constructor(
    private readonly settings: { clientId: string; clientSecret: string; authorizeUrl: string; tokenUrl: string; apiUrl: string },
    readonly http: ProviderClient,
  ) {}

  async authorizationUrl(request: AuthorizationRequest): Promise<string> {
    return withQuery(this.settings.authorizeUrl, {
      client_id: this.settings.clientId,
      redirect_uri: request.redirectUri,
      scope: 'read:user user:email',
      state: request.state,
      code_challenge: request.codeChallenge,
      code_challenge_method: 'S256',
    });
  }

  async exchange(exchange: CodeExchange): Promise<ProviderProfile> {
    const token = accessTokenFrom('GITHUB', await redeemCode(this.http, this.settings.tokenUrl, this.settings, exchange));
    const headers = { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' };
    const user = await callProvider(this.http, `${this.settings.apiUrl}/user`, { headers });
    const id = (user.body as { id?: unknown })?.id;
    if (user.status !== 200 || (typeof id !== 'number' && typeof id !== 'string')) {
      throw new ProviderError('UNAVAILABLE', `GITHUB /user answered ${user.status}`);
    }
    const emails = await callProvider(this.http, `${this.settings.apiUrl}/user/emails`, { headers });
    if (emails.status !== 200 || !Array.isArray(emails.body))
      throw new ProviderError('UNAVAILABLE', `GITHUB /user/emails answered ${emails.status}`);
    const primary = (emails.body as { email?: unknown; primary?: unknown; verified?: unknown }[]).find(
      (entry) => entry && entry.primary === true && typeof entry.email === 'string',
    );
    return {
      subject: String(id),
      email: normaliseProfileEmail(primary?.email as string | undefined),
      emailVerified: primary?.verified === true,
      name: stringField(user.body, 'name') ?? stringField(user.body, 'login') ?? null,
    };
  }
}

/**
 * Facebook Login: authorization code with PKCE, then the Graph API's `/me?fields=id,name,email`
 * (with `appsecret_proof`). Facebook says nothing about whether it verified the address, so it is
 * always treated as unverified: it never links to an existing account by itself.
 */
export class FacebookClient implements OAuthClient {
  readonly provider = 'FACEBOOK' as const;

  constructor(
    private readonly settings: { clientId: string; clientSecret: string; authorizeUrl: string; tokenUrl: string; graphUrl: string },
    readonly http: ProviderClient,
  ) {}

  async authorizationUrl(request: AuthorizationRequest): Promise<string> {
    return withQuery(this.settings.authorizeUrl, {
      client_id: this.settings.clientId,
      redirect_uri: request.redirectUri,
      response_type: 'code',
      scope: 'email public_profile',
      state: request.state,
      code_challenge: request.codeChallenge,
      code_challenge_method: 'S256',
    });
  }

  async exchange(exchange: CodeExchange): Promise<ProviderProfile> {
    const token = accessTokenFrom('FACEBOOK', await redeemCode(this.http, this.settings.tokenUrl, this.settings, exchange));
    const proof = createHmac('sha256', this.settings.clientSecret).update(token).digest('hex');
    const me = await callProvider(
      this.http,
      withQuery(`${this.settings.graphUrl}/me`, { fields: 'id,name,email', appsecret_proof: proof }),
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
    const id = stringField(me.body, 'id');
    if (me.status !== 200 || !id) throw new ProviderError('UNAVAILABLE', `FACEBOOK /me answered ${me.status}`);
    return {
      subject: id,
      email: normaliseProfileEmail(stringField(me.body, 'email')),
      emailVerified: false,
      name: stringField(me.body, 'name') ?? null,
    };
  }
}

/**
 * The clients of every provider whose id and secret are configured, each with its outbound HTTP
 * client logging through `log` (default: identity's logger at the configured LOG_LEVEL).
 */
export function configuredClients(
  settings: OAuthSettings & { LOG_LEVEL?: BaseConfig['LOG_LEVEL'] },
  log: Logger = createLogger('identity', settings.LOG_LEVEL ?? 'info'),
): Map<OAuthProviderName, OAuthClient> {
  const timeoutMs = settings.OAUTH_HTTP_TIMEOUT_MS;
  const http = (provider: OAuthProviderName) => providerHttpClient(provider, timeoutMs, log);
  const clients = new Map<OAuthProviderName, OAuthClient>();
  if (settings.OAUTH_GOOGLE_CLIENT_ID && settings.OAUTH_GOOGLE_CLIENT_SECRET) {
    clients.set(
      'GOOGLE',
      new OidcClient(
        'GOOGLE',
        {
          issuer: settings.OAUTH_GOOGLE_ISSUER,
          clientId: settings.OAUTH_GOOGLE_CLIENT_ID,
          clientSecret: settings.OAUTH_GOOGLE_CLIENT_SECRET,
          timeoutMs,
        },
        http('GOOGLE'),
      ),
    );
  }
  if (settings.OAUTH_GITHUB_CLIENT_ID && settings.OAUTH_GITHUB_CLIENT_SECRET) {
    clients.set(
      'GITHUB',
      new GitHubClient(
        {
          clientId: settings.OAUTH_GITHUB_CLIENT_ID,
          clientSecret: settings.OAUTH_GITHUB_CLIENT_SECRET,
          authorizeUrl: settings.OAUTH_GITHUB_AUTHORIZE_URL,
          tokenUrl: settings.OAUTH_GITHUB_TOKEN_URL,
          apiUrl: settings.OAUTH_GITHUB_API_URL,
        },
        http('GITHUB'),
      ),
    );
  }
  if (settings.OAUTH_FACEBOOK_CLIENT_ID && settings.OAUTH_FACEBOOK_CLIENT_SECRET) {
    clients.set(
      'FACEBOOK',
      new FacebookClient(
        {
          clientId: settings.OAUTH_FACEBOOK_CLIENT_ID,
          clientSecret: settings.OAUTH_FACEBOOK_CLIENT_SECRET,
          authorizeUrl: settings.OAUTH_FACEBOOK_AUTHORIZE_URL,
          tokenUrl: settings.OAUTH_FACEBOOK_TOKEN_URL,
          graphUrl: settings.OAUTH_FACEBOOK_GRAPH_URL,
        },
        http('FACEBOOK'),
      ),
    );
  }
  return clients;
}
