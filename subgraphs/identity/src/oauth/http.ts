import { createProviderClient, OutboundError, redactUrl, type Logger, type ProviderClient } from '../../../../kit';

/** Largest provider answer read (discovery documents, key sets, tokens, profiles are all far smaller). */
export const MAX_PROVIDER_RESPONSE_BYTES = 256 * 1024;

/** Why a call to a provider failed, in terms the person logging in can act on. */
export type ProviderFailure =
  /** The provider could not be reached, timed out, or answered 5xx or garbage: try again later. */
  | 'UNAVAILABLE'
  /** The provider refused the code (used, expired, wrong PKCE verifier, wrong redirect URI). */
  | 'REFUSED'
  /** The provider answered, but what it said cannot be trusted (bad ID token, wrong nonce or audience). */
  | 'INVALID';

/**
 * A failed call to an OAuth provider. `message` is for the log (it names the provider's URL and
 * answer, never a secret); clients see a fixed sentence chosen by `failure`.
 */
export class ProviderError extends Error {
  constructor(
    readonly failure: ProviderFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ProviderError';
  }
}

export interface ProviderResponse {
  status: number;
  body: unknown;
}

/** Query parameters of provider URLs kept out of logs and messages besides the kit's list (token, code, secret...). */
const REDACT = ['appsecret_proof'];

/**
 * The outbound client (kit/src/outbound.ts) of one OAuth provider: its own breaker, keep-alive pool
 * and metrics (`oauth-google`, `oauth-github`, `oauth-facebook`), `timeoutMs` per attempt (body
 * included), one retry of a failed GET (discovery, profile); the code exchange, a POST, is never
 * retried (a code is single use). No cache: every answer is about one person.
 */
export function providerHttpClient(provider: string, timeoutMs: number, log: Logger): ProviderClient {
  return createProviderClient({
    name: `oauth-${provider.toLowerCase()}`,
    log,
    timeoutMs,
    retries: 1,
    retryBaseMs: 100,
    maxResponseBytes: MAX_PROVIDER_RESPONSE_BYTES,
    headers: { 'user-agent': 'Hubgraph-identity' },
    redact: REDACT,
  });
}

/**
 * Calls a provider and parses its JSON answer, whatever the status below 500 (OAuth errors come as
 * JSON 4xx, and GitHub's even as 200). Network failures, timeouts, redirects, oversized and non-JSON
 * answers, 5xx statuses and an open breaker become UNAVAILABLE.
 */
export async function callProvider(
  http: ProviderClient,
  url: string,
  init: { method?: 'GET' | 'POST'; headers?: Record<string, string>; form?: Record<string, string> },
): Promise<ProviderResponse> {
  const method = init.method ?? 'GET';
  try {
    const answer = await http.request(method, url, {
      headers: init.headers,
      form: init.form,
      accept: (status) => status >= 400 && status < 500,
    });
    return { status: answer.status, body: answer.data };
  } catch (error) {
    if (!(error instanceof OutboundError)) throw error;
    const where = `${method} ${redactUrl(new URL(url), REDACT)}`;
    throw new ProviderError('UNAVAILABLE', `${where}: ${error.reason}${error.status ? ` (HTTP ${error.status})` : ''}`, { cause: error });
  }
}

/** A plain object's string field, or undefined. */
export function stringField(body: unknown, key: string): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const value = (body as Record<string, unknown>)[key];
  return typeof value === 'string' ? value : undefined;
}

/** The `access_token` of a token-endpoint answer; REFUSED with the provider's `error` when it has none. */
export function accessTokenFrom(provider: string, answer: ProviderResponse): string {
  const token = stringField(answer.body, 'access_token');
  if (answer.status === 200 && token) return token;
  const error = stringField(answer.body, 'error') ?? (answer.body as { error?: { message?: string } })?.error?.message ?? 'no access_token';
  throw new ProviderError('REFUSED', `${provider} token endpoint answered ${answer.status}: ${error}`);
}
