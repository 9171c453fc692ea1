/**
 * When a failed HTTP request is sent again. Only network failures are retried, never a GraphQL answer
 * (errors in the body are the server's decision; sending again would give the same answer or, for a
 * mutation, do the work twice):
 *
 * - queries: retried after any network failure (connection refused or reset, DNS failure, timeout)
 *   and after a 502/503/504 answer without a GraphQL body (a proxy or load balancer in between);
 * - mutations: retried only when the request certainly never reached the server (connection refused,
 *   host not found), because after a reset or a timeout the server may have done the work already.
 *
 * Delays grow exponentially with full jitter: a random wait in [0, min(maxDelayMs, baseDelayMs·2^n)].
 */
export interface RetryOptions {
  /** Attempts after the first (default 3; 0 disables retries). */
  retries?: number;
  /** First backoff ceiling in ms (default 200). */
  baseDelayMs?: number;
  /** Largest backoff in ms (default 5000). */
  maxDelayMs?: number;
}

/** Error codes that mean the connection was never made, so nothing reached the server. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT']);

/** The system error code inside a fetch failure (`TypeError: fetch failed` with a `cause`). */
export function networkCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    if ((current as { name?: unknown }).name === 'TimeoutError') return 'ETIMEDOUT';
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length) current = errors[0];
    else current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Whether a request that failed with `error` (thrown by fetch) may be sent again. */
export function mayRetryFailure(error: unknown, isMutation: boolean): boolean {
  if (!isMutation) return true;
  const code = networkCode(error);
  return code !== undefined && NEVER_SENT.has(code);
}

/** Whether an HTTP answer without a GraphQL body may be retried (gateway trouble, queries only). */
export function mayRetryStatus(status: number, isMutation: boolean): boolean {
  return !isMutation && (status === 502 || status === 503 || status === 504);
}

/** The wait before retry number `attempt` (0-based), with full jitter. */
export function backoffMs(attempt: number, options: RetryOptions, random: () => number = Math.random): number {
  const base = options.baseDelayMs ?? 200;
  const ceiling = Math.min(options.maxDelayMs ?? 5000, base * 2 ** attempt);
  return Math.round(random() * ceiling);
}
