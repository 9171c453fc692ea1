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

/** Reads at most `limit` bytes of a response body, failing (UNAVAILABLE) when there are more. */
async function readLimited(res: Response, url: string, limit: number): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > limit) throw new ProviderError('UNAVAILABLE', `${url} answered ${declared} bytes, over the ${limit}-byte limit`);
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new ProviderError('UNAVAILABLE', `${url} answered more than ${limit} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Calls a provider and parses its JSON answer, whatever the status (OAuth errors come as JSON 4xx,
 * and GitHub's even as 200). Network failures, timeouts (`timeoutMs` for the whole call, body
 * included), redirects, oversized and non-JSON answers and 5xx statuses become UNAVAILABLE.
 */
export async function callProvider(
  url: string,
  init: { method?: 'GET' | 'POST'; headers?: Record<string, string>; form?: Record<string, string> },
  timeoutMs: number,
  limit = MAX_PROVIDER_RESPONSE_BYTES,
): Promise<ProviderResponse> {
  const signal = AbortSignal.timeout(timeoutMs);
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method ?? 'GET',
      headers: {
        accept: 'application/json',
        'user-agent': 'Hubgraph-identity',
        ...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...init.headers,
      },
      body: init.form ? new URLSearchParams(init.form).toString() : undefined,
      redirect: 'error',
      signal,
    });
  } catch (error) {
    const why = signal.aborted ? `timed out after ${timeoutMs} ms` : 'could not be reached';
    throw new ProviderError('UNAVAILABLE', `${init.method ?? 'GET'} ${url} ${why}`, { cause: error });
  }
  let text: string;
  try {
    text = await readLimited(res, url, limit);
  } catch (error) {
    if (error instanceof ProviderError) throw error;
    throw new ProviderError('UNAVAILABLE', `${url}: reading the answer failed${signal.aborted ? ` (timed out after ${timeoutMs} ms)` : ''}`, {
      cause: error,
    });
  }
  if (res.status >= 500) throw new ProviderError('UNAVAILABLE', `${url} answered ${res.status}`);
  try {
    return { status: res.status, body: JSON.parse(text) as unknown };
  } catch {
    throw new ProviderError('UNAVAILABLE', `${url} answered ${res.status} with a body that is not JSON`);
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
