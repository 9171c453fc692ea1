import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { Agent, errors as undiciErrors, request as undiciRequest, type Dispatcher } from 'undici';
import { CircuitBreaker, DEFAULT_BREAKER, type BreakerOptions, type BreakerState } from './breaker';
import { AppError, ErrorCode, notFound } from './errors';
import type { Logger } from './logger';

/**
 * The one outbound HTTP client of the project (issue 13): every call to an outside provider (GitHub,
 * TMDB, a weather API, an OAuth provider...) goes through a {@link ProviderClient} made by
 * {@link createProviderClient}. Per provider it holds an undici Agent (keep-alive pool per origin),
 * timeouts, retries with exponential backoff and full jitter for idempotent calls only (honouring
 * Retry-After), the kit's circuit breaker, a response cache (Redis or a bounded in-memory LRU) with
 * TTL, stale-on-error and conditional requests (ETag / Last-Modified), one log line per attempt with
 * secrets redacted, and Prometheus metrics ({@link outboundMetrics}) and {@link providerStatus}.
 *
 * Errors are the kit's coded errors ({@link OutboundError}, an AppError): SERVICE_UNAVAILABLE naming
 * the provider (unreachable, timeout, 5xx, breaker open, an answer that is not what was expected —
 * its body never reaches the client), RATE_LIMITED with `retryAfterSeconds` (429 after retries),
 * NOT_FOUND for a 404 when the call says what was not found.
 */

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Methods retried without being told: repeating them has the effect of sending them once (RFC 9110 §9.2.2). */
const IDEMPOTENT: ReadonlySet<HttpMethod> = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);

/** A zod schema (anything with `parse`) or a function that returns the typed value or throws. */
export type Validator<T> = { parse(value: unknown): T } | ((value: unknown) => T);

/** Why a provider call failed, in `extensions.reason` of SERVICE_UNAVAILABLE. */
export type OutboundFailure =
  /** Connection refused, reset, DNS failure. */
  | 'unreachable'
  /** No answer (connect, headers or whole body) within the timeout. */
  | 'timeout'
  /** A 5xx answer. */
  | 'server_error'
  /** The provider's breaker is open: no call was made. */
  | 'breaker_open'
  /** The answer is not what was expected: not JSON, over the size limit, refused by the validator, a stray 304. */
  | 'invalid_answer'
  /** The provider refused the request (a 4xx the call did not accept): a configuration or programming error. */
  | 'rejected'
  /** 429 after the retries (code RATE_LIMITED). */
  | 'rate_limited';

/** A failed provider call: a coded AppError with the provider's name and why (the cause goes to the log only). */
export class OutboundError extends AppError {
  constructor(
    readonly provider: string,
    readonly reason: OutboundFailure,
    readonly status?: number,
    readonly retryAfterSeconds?: number,
  ) {
    const rateLimited = reason === 'rate_limited';
    super(
      rateLimited ? ErrorCode.RATE_LIMITED : ErrorCode.SERVICE_UNAVAILABLE,
      rateLimited
        ? `The ${provider} service is limiting our requests; retry${retryAfterSeconds ? ` in ${retryAfterSeconds} s` : ' later'}.`
        : `The ${provider} service is unavailable right now; retry later.`,
      { provider, reason, ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}) },
    );
    this.name = 'OutboundError';
  }
}

// ---------------------------------------------------------------------------------------------------
// Cache

/** One stored answer: the parsed JSON body (validated again on every read) and its validators. */
export interface CachedAnswer {
  status: number;
  body: unknown;
  etag?: string;
  lastModified?: string;
  /** When the provider last confirmed it (ms since epoch): stored, or refreshed by a 304. */
  storedAt: number;
  /** Fresh until then; after it, the entry is revalidated, and served marked stale when the provider fails. */
  freshUntil: number;
}

/** Where answers are kept: {@link MemoryOutboundCache} or {@link RedisOutboundCache}. */
export interface OutboundCache {
  get(key: string): Promise<CachedAnswer | undefined>;
  /** Keeps `entry` for `keepMs` (freshness plus the stale window). */
  set(key: string, entry: CachedAnswer, keepMs: number): Promise<void>;
  close(): Promise<void>;
}

/** A bounded in-memory LRU (entries and bytes), for a process without Redis. */
export class MemoryOutboundCache implements OutboundCache {
  private readonly entries = new Map<string, { entry: CachedAnswer; until: number; bytes: number }>();
  private bytes = 0;

  constructor(
    private readonly maxEntries = 1000,
    private readonly maxBytes = 50 * 1024 * 1024,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  async get(key: string): Promise<CachedAnswer | undefined> {
    const held = this.entries.get(key);
    if (!held) return undefined;
    this.entries.delete(key);
    if (held.until <= Date.now()) {
      this.bytes -= held.bytes;
      return undefined;
    }
    // Most recently used last.
    this.entries.set(key, held);
    return held.entry;
  }

  async set(key: string, entry: CachedAnswer, keepMs: number): Promise<void> {
    const bytes = key.length + (JSON.stringify(entry.body)?.length ?? 0) + 200;
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.bytes -= previous.bytes;
    }
    if (bytes > this.maxBytes) return;
    this.entries.set(key, { entry, until: Date.now() + keepMs, bytes });
    this.bytes += bytes;
    for (const [oldest, held] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= held.bytes;
    }
  }

  async close(): Promise<void> {
    this.entries.clear();
    this.bytes = 0;
  }
}

/**
 * Answers kept in Redis (shared by replicas, surviving restarts) under `<prefix>outbound:<key>`, with
 * Redis expiring them after the stale window. A Redis failure is a cache miss (logged), never a failed call.
 */
export class RedisOutboundCache implements OutboundCache {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
    private readonly log?: Logger,
  ) {
    // Like the kit's other Redis users, few retries; and no offline queue: while Redis is down a
    // command fails at once (a miss) instead of holding the provider call up until it reconnects.
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 1000, enableOfflineQueue: false });
    let reported = false;
    this.redis.on('error', (error) => {
      if (!reported) this.log?.warn({ err: error }, 'outbound cache: redis unavailable; calls go to the providers uncached');
      reported = true;
    });
    this.redis.on('ready', () => (reported = false));
  }

  /** Whether a command can be sent now; waits briefly for the first connection, never for a reconnection. */
  private async usable(): Promise<boolean> {
    const status = this.redis.status;
    if (status === 'ready') return true;
    if (status !== 'connecting' && status !== 'connect' && status !== 'wait') return false;
    return new Promise<boolean>((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        this.redis.off('ready', onReady);
        this.redis.off('error', onError);
        resolve(ok);
      };
      const onReady = () => done(true);
      const onError = () => done(false);
      const timer = setTimeout(() => done(false), 500);
      this.redis.once('ready', onReady);
      this.redis.once('error', onError);
    });
  }

  async get(key: string): Promise<CachedAnswer | undefined> {
    try {
      if (!(await this.usable())) return undefined;
      const text = await this.redis.get(`${this.prefix}outbound:${key}`);
      return text ? (JSON.parse(text) as CachedAnswer) : undefined;
    } catch (error) {
      this.log?.debug({ err: error }, 'outbound cache: read failed; treated as a miss');
      return undefined;
    }
  }

  async set(key: string, entry: CachedAnswer, keepMs: number): Promise<void> {
    try {
      if (!(await this.usable())) return;
      await this.redis.set(`${this.prefix}outbound:${key}`, JSON.stringify(entry), 'PX', Math.max(1, Math.round(keepMs)));
    } catch (error) {
      this.log?.debug({ err: error }, 'outbound cache: write failed');
    }
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** Redis when `redisUrl` is set (the kit's REDIS_URL and REDIS_KEY_PREFIX), a bounded memory LRU otherwise. */
export function createOutboundCache(redisUrl: string | undefined, prefix = 'hubgraph:', log?: Logger): OutboundCache {
  return redisUrl ? new RedisOutboundCache(redisUrl, prefix, log) : new MemoryOutboundCache();
}

// ---------------------------------------------------------------------------------------------------
// Redaction

/** Query parameters whose values never reach a log line (compared lower-case), besides names ending in token/key/secret/password/signature. */
const SECRET_PARAMS = new Set([
  'apikey',
  'api_key',
  'appid',
  'key',
  'token',
  'access_token',
  'refresh_token',
  'id_token',
  'client_secret',
  'code',
  'code_verifier',
  'sig',
  'signature',
  'password',
  'auth',
  'authorization',
  'secret',
]);
const SECRET_SUFFIX = /(token|key|secret|password|signature)$/i;

/** Path and query of `url` for a log line: user info dropped, secret query values replaced by `[redacted]`. */
export function redactUrl(url: URL, extraSecrets: readonly string[] = []): string {
  const extra = new Set(extraSecrets.map((name) => name.toLowerCase()));
  const parts: string[] = [];
  for (const [name, value] of url.searchParams) {
    const lower = name.toLowerCase();
    const secret = SECRET_PARAMS.has(lower) || SECRET_SUFFIX.test(lower) || extra.has(lower);
    parts.push(`${encodeURIComponent(name)}=${secret ? '[redacted]' : encodeURIComponent(value)}`);
  }
  return url.pathname + (parts.length ? `?${parts.join('&')}` : '');
}

// ---------------------------------------------------------------------------------------------------
// Metrics and status

/** The outbound client's Prometheus registry; subgraphs serve it at `/metrics` (kit/src/subgraph.ts). */
export const outboundMetrics = new Registry();

const BREAKER_VALUE: Record<BreakerState, number> = { closed: 0, half_open: 1, open: 2 };
const clients = new Map<string, ProviderClientImpl>();

const requestsTotal = new Counter({
  name: 'hubgraph_outbound_requests_total',
  help: 'Attempts sent to outside providers, by provider, method and result (HTTP status, timeout, unreachable, breaker_open).',
  labelNames: ['provider', 'method', 'result'] as const,
  registers: [outboundMetrics],
});
const requestSeconds = new Histogram({
  name: 'hubgraph_outbound_request_duration_seconds',
  help: 'Time of one attempt to an outside provider, answer body included.',
  labelNames: ['provider'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [outboundMetrics],
});
const cacheTotal = new Counter({
  name: 'hubgraph_outbound_cache_total',
  help: 'Cached provider calls, by result: hit (fresh), miss, revalidated (304), stale (served after a failure).',
  labelNames: ['provider', 'result'] as const,
  registers: [outboundMetrics],
});
new Gauge({
  name: 'hubgraph_outbound_breaker_state',
  help: 'Circuit breaker per outside provider: 0 closed, 1 half-open, 2 open.',
  labelNames: ['provider'] as const,
  registers: [outboundMetrics],
  collect() {
    this.reset();
    for (const client of clients.values()) this.set({ provider: client.name }, BREAKER_VALUE[client.breaker.state]);
  },
});
new Gauge({
  name: 'hubgraph_outbound_breaker_opens',
  help: 'Times the breaker of an outside provider opened since start.',
  labelNames: ['provider'] as const,
  registers: [outboundMetrics],
  collect() {
    this.reset();
    for (const client of clients.values()) this.set({ provider: client.name }, client.breaker.opens);
  },
});

/** One provider's health as a subgraph can expose it in a query. */
export interface ProviderStatus {
  name: string;
  state: BreakerState;
  /** Calls and failures in the breaker's rolling window. */
  windowCalls: number;
  windowFailures: number;
  /** Times the breaker opened, attempts sent and attempts failed, since start. */
  opens: number;
  requests: number;
  failures: number;
  /** When the last failure happened (ISO 8601) and why, or null. */
  lastErrorAt: string | null;
  lastError: OutboundFailure | null;
}

/** The status of every provider client of this process, by name (or only `names`). */
export function providerStatus(names?: readonly string[]): ProviderStatus[] {
  return [...clients.values()].filter((client) => !names || names.includes(client.name)).map((client) => client.status());
}

// ---------------------------------------------------------------------------------------------------
// The client

export interface ProviderCacheOptions {
  /** How long an answer is fresh (served without asking the provider). */
  ttlMs: number;
  /** How long after that it is kept for revalidation and stale-on-error (default: 24 h). */
  staleMs?: number;
  /** A shared store; default: Redis at `redisUrl` when given (owned by the client), else a memory LRU. */
  store?: OutboundCache;
  redisUrl?: string;
  /** Prefix of Redis keys (the kit's REDIS_KEY_PREFIX); default `hubgraph:`. */
  keyPrefix?: string;
}

export interface ProviderClientOptions {
  /** The provider's name: in logs, metrics, errors (`The <name> service is unavailable`) and providerStatus(). */
  name: string;
  /** Prepended to relative paths, e.g. `https://api.themoviedb.org/3`. Absolute http(s) URLs are used as they are. */
  baseUrl?: string;
  log: Logger;
  /** Whole attempt: connect, headers and body (default 10 s). */
  timeoutMs?: number;
  /** Connecting alone (default: the smaller of timeoutMs and 5 s). */
  connectTimeoutMs?: number;
  /** Extra attempts after the first for retryable failures of idempotent calls (default 2). */
  retries?: number;
  /** Backoff: attempt n waits a random time in [0, min(retryMaxMs, retryBaseMs · 2^n)] (full jitter). Defaults 200 ms, 5 s. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** Longest Retry-After honoured by waiting (default 5 s: a resolver is waiting); a longer one ends the call at once (RATE_LIMITED with retryAfterSeconds). */
  retryAfterMaxMs?: number;
  /** The provider's circuit breaker (default: the kit's DEFAULT_BREAKER). */
  breaker?: Partial<BreakerOptions>;
  /** Cache GET answers (2xx) with this TTL; off when omitted. */
  cache?: ProviderCacheOptions;
  /** Sent with every call (user-agent, an API key header, a bearer token). Never logged. */
  headers?: Record<string, string>;
  /** Query parameters to redact in logs besides the built-in list (token, key, api_key, appid, client_secret...). */
  redact?: readonly string[];
  /** Largest answer read (default 5 MB); a bigger one is an invalid answer. */
  maxResponseBytes?: number;
  /** Keep-alive connections per origin (default 10). */
  connections?: number;
  /** How the client waits between attempts (tests pass one that records the delays). */
  sleep?: (ms: number) => Promise<void>;
}

export interface CallOptions<T> {
  query?: Record<string, string | number | boolean | undefined | null>;
  /** Per-call headers (merged over the client's). Never logged. */
  headers?: Record<string, string>;
  /** A JSON body, a form body (application/x-www-form-urlencoded) or a raw one. */
  json?: unknown;
  form?: Record<string, string>;
  body?: string | Buffer;
  /** Retry this call although its method is not idempotent (e.g. a POST with an idempotency key). */
  idempotent?: boolean;
  /** Checks and types the parsed body (a zod schema or a function); failing is an invalid answer. */
  validate?: Validator<T>;
  /** Read the body as text instead of JSON. */
  text?: boolean;
  /** A 404 becomes NOT_FOUND "<notFound> was not found." (otherwise it is a refused request). */
  notFound?: string;
  /** Statuses returned to the caller instead of thrown (e.g. OAuth's JSON 4xx): a list or a test. */
  accept?: readonly number[] | ((status: number) => boolean);
  /**
   * Cache this GET (default: yes when the client has a cache, unless the call sends its own
   * authorization header — an answer for one user is not shared — or `cacheKey` says how to key it).
   */
  cache?: boolean;
  /** Added to the cache key (e.g. a user id) when the answer depends on more than the URL. */
  cacheKey?: string;
  /** This call's TTL instead of the client's. */
  ttlMs?: number;
  timeoutMs?: number;
  /** Logged with the call. */
  requestId?: string;
}

/** A provider's answer. */
export interface ProviderAnswer<T> {
  status: number;
  data: T;
  /** Response headers (lower-case names); those of the cached answer for hit/stale. */
  headers: Record<string, string>;
  /** hit: fresh from cache; miss: fetched and stored; revalidated: 304, cache refreshed; stale: provider failed, old answer; bypass: not cached. */
  cache: 'hit' | 'miss' | 'revalidated' | 'stale' | 'bypass';
  /** True when the provider failed and this is an older answer (see `storedAt`). */
  stale: boolean;
  /** When the provider gave (or last confirmed) this answer, ms since epoch. */
  storedAt: number;
  /** Attempts sent (0 for a cache hit). */
  attempts: number;
}

export interface ProviderClient {
  readonly name: string;
  get<T = unknown>(path: string, options?: CallOptions<T>): Promise<ProviderAnswer<T>>;
  request<T = unknown>(method: HttpMethod, path: string, options?: CallOptions<T>): Promise<ProviderAnswer<T>>;
  status(): ProviderStatus;
  /** Closes the connections (and a cache the client owns) and removes the client from providerStatus(). */
  close(): Promise<void>;
}

/** Creates the client of one provider; see {@link ProviderClientOptions} for the defaults. */
export function createProviderClient(options: ProviderClientOptions): ProviderClient {
  return new ProviderClientImpl(options);
}

interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  /** The parsed body, and what the validator made of it. */
  data: unknown;
  value: unknown;
  attempts: number;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After in ms (delta seconds or an HTTP date), or undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function headerRecord(headers: Dispatcher.ResponseData['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function runValidator<T>(validate: Validator<T> | undefined, value: unknown): T {
  if (!validate) return value as T;
  return typeof validate === 'function' ? validate(value) : validate.parse(value);
}

function failureOf(error: unknown): 'timeout' | 'unreachable' {
  if (
    error instanceof undiciErrors.ConnectTimeoutError ||
    error instanceof undiciErrors.HeadersTimeoutError ||
    error instanceof undiciErrors.BodyTimeoutError ||
    (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
  ) {
    return 'timeout';
  }
  return 'unreachable';
}

/** One attempt's result, before the retry decision. */
type Attempt =
  { kind: 'answer'; answer: RawAnswer } | { kind: 'fail'; error: OutboundError; retryable: boolean; waitMs?: number; cause?: unknown };

class ProviderClientImpl implements ProviderClient {
  readonly name: string;
  readonly breaker: CircuitBreaker;
  private readonly agent: Agent;
  private readonly cache?: OutboundCache;
  private readonly ownsCache: boolean;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly retryBaseMs: number;
  private readonly retryMaxMs: number;
  private readonly retryAfterMaxMs: number;
  private readonly maxResponseBytes: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly log: Logger;
  private requests = 0;
  private failures = 0;
  private lastErrorAt: number | null = null;
  private lastError: OutboundFailure | null = null;
  private readonly inflight = new Map<string, { validate: unknown; promise: Promise<ProviderAnswer<unknown>> }>();

  constructor(private readonly options: ProviderClientOptions) {
    if (!/^[A-Za-z0-9_.-]{1,60}$/.test(options.name))
      throw new Error(`provider name ${JSON.stringify(options.name)}: letters, digits, _ . - only`);
    if (options.baseUrl && !/^https?:\/\//.test(options.baseUrl)) throw new Error(`${options.name}: baseUrl must be an http(s) URL`);
    this.name = options.name;
    this.log = options.log;
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.retries = Math.max(0, Math.min(10, options.retries ?? 2));
    this.retryBaseMs = options.retryBaseMs ?? 200;
    this.retryMaxMs = options.retryMaxMs ?? 5_000;
    this.retryAfterMaxMs = options.retryAfterMaxMs ?? 5_000;
    this.maxResponseBytes = options.maxResponseBytes ?? 5 * 1024 * 1024;
    this.sleep = options.sleep ?? sleepFor;
    const connectTimeout = options.connectTimeoutMs ?? Math.min(this.timeoutMs, 5_000);
    this.agent = new Agent({
      connections: options.connections ?? 10,
      connect: { timeout: connectTimeout },
      headersTimeout: this.timeoutMs,
      bodyTimeout: this.timeoutMs,
      keepAliveTimeout: 30_000,
    });
    this.breaker = new CircuitBreaker(this.name, { ...DEFAULT_BREAKER, ...options.breaker }, (provider, state) =>
      this.log.warn({ provider, breaker: state }, `outbound circuit breaker ${state}`),
    );
    if (options.cache) {
      this.ownsCache = !options.cache.store;
      this.cache = options.cache.store ?? createOutboundCache(options.cache.redisUrl, options.cache.keyPrefix, this.log);
    } else {
      this.ownsCache = false;
    }
    clients.set(this.name, this);
  }

  status(): ProviderStatus {
    const snapshot = this.breaker.snapshot();
    return {
      name: this.name,
      state: snapshot.state,
      windowCalls: snapshot.calls,
      windowFailures: snapshot.failures,
      opens: snapshot.opens,
      requests: this.requests,
      failures: this.failures,
      lastErrorAt: this.lastErrorAt === null ? null : new Date(this.lastErrorAt).toISOString(),
      lastError: this.lastError,
    };
  }

  get<T = unknown>(path: string, options: CallOptions<T> = {}): Promise<ProviderAnswer<T>> {
    return this.request('GET', path, options);
  }

  async request<T = unknown>(method: HttpMethod, path: string, options: CallOptions<T> = {}): Promise<ProviderAnswer<T>> {
    const url = this.urlOf(path, options.query);
    const logPath = redactUrl(url, this.options.redact);
    const perCallAuth = Object.keys(options.headers ?? {}).some((name) => name.toLowerCase() === 'authorization');
    const cacheable =
      this.cache !== undefined && method === 'GET' && options.cache !== false && (options.cacheKey !== undefined || !perCallAuth);
    const key = cacheable ? this.cacheKeyOf(method, url, options.cacheKey) : '';
    if (!cacheable) return this.perform(method, url, logPath, false, key, options);
    // Identical cacheable GETs in flight at once share one provider call (a cold cache under load
    // would otherwise send the same request many times); a caller with another validator does not.
    const flight = this.inflight.get(key);
    if (flight && flight.validate === options.validate) return flight.promise as Promise<ProviderAnswer<T>>;
    const promise = this.perform(method, url, logPath, true, key, options);
    this.inflight.set(key, { validate: options.validate, promise });
    const forget = () => {
      if (this.inflight.get(key)?.promise === promise) this.inflight.delete(key);
    };
    promise.then(forget, forget);
    return promise;
  }

  private async perform<T>(
    method: HttpMethod,
    url: URL,
    logPath: string,
    cacheable: boolean,
    key: string,
    options: CallOptions<T>,
  ): Promise<ProviderAnswer<T>> {
    const entry = cacheable ? await this.cache!.get(key) : undefined;
    const base: CallLog = {
      provider: this.name,
      method,
      path: logPath,
      requestId: options.requestId,
      cache: !cacheable ? 'bypass' : entry ? 'revalidate' : 'miss',
    };

    if (entry && entry.freshUntil > Date.now()) {
      const data = this.fromCache(entry, options.validate);
      if (data.ok) {
        cacheTotal.inc({ provider: this.name, result: 'hit' });
        this.log.info({ ...base, status: entry.status, latencyMs: 0, attempt: 0, cache: 'hit' }, 'outbound call');
        return {
          status: entry.status,
          data: data.value,
          headers: this.cachedHeaders(entry),
          cache: 'hit',
          stale: false,
          storedAt: entry.storedAt,
          attempts: 0,
        };
      }
    }

    const headers: Record<string, string> = {
      accept: options.text ? '*/*' : 'application/json',
      'user-agent': 'Hubgraph',
      ...this.options.headers,
      ...options.headers,
    };
    if (entry?.etag) headers['if-none-match'] = entry.etag;
    else if (entry?.lastModified) headers['if-modified-since'] = entry.lastModified;
    let body: string | Buffer | undefined;
    if (options.json !== undefined) {
      body = JSON.stringify(options.json);
      headers['content-type'] ??= 'application/json';
    } else if (options.form) {
      body = new URLSearchParams(options.form).toString();
      headers['content-type'] ??= 'application/x-www-form-urlencoded';
    } else if (options.body !== undefined) {
      body = options.body;
    }

    let answer: RawAnswer;
    try {
      answer = await this.send(method, url, headers, body, options, base);
    } catch (error) {
      const servable = entry && error instanceof OutboundError && error.reason !== 'rejected';
      if (servable) {
        const data = this.fromCache(entry, options.validate);
        if (data.ok) {
          cacheTotal.inc({ provider: this.name, result: 'stale' });
          this.log.warn(
            { ...base, status: entry.status, attempt: 0, cache: 'stale', reason: error.reason },
            'outbound call failed; serving the stale answer',
          );
          return {
            status: entry.status,
            data: data.value,
            headers: this.cachedHeaders(entry),
            cache: 'stale',
            stale: true,
            storedAt: entry.storedAt,
            attempts: 0,
          };
        }
      }
      throw error;
    }

    const ttl = options.ttlMs ?? this.options.cache?.ttlMs ?? 0;
    const keepMs = ttl + (this.options.cache?.staleMs ?? 24 * 3600_000);
    if (answer.status === 304 && entry) {
      const now = Date.now();
      const refreshed: CachedAnswer = {
        ...entry,
        etag: answer.headers.etag ?? entry.etag,
        lastModified: answer.headers['last-modified'] ?? entry.lastModified,
        storedAt: now,
        freshUntil: now + ttl,
      };
      await this.cache!.set(key, refreshed, keepMs);
      cacheTotal.inc({ provider: this.name, result: 'revalidated' });
      const data = this.fromCache(refreshed, options.validate);
      if (!data.ok) throw this.failed('invalid_answer', answer.status, data.error, base);
      return {
        status: entry.status,
        data: data.value,
        headers: { ...this.cachedHeaders(refreshed), ...answer.headers },
        cache: 'revalidated',
        stale: false,
        storedAt: now,
        attempts: answer.attempts,
      };
    }
    const storedAt = Date.now();
    if (cacheable && answer.status >= 200 && answer.status < 300) {
      await this.cache!.set(
        key,
        {
          status: answer.status,
          body: answer.data,
          etag: answer.headers.etag,
          lastModified: answer.headers['last-modified'],
          storedAt,
          freshUntil: storedAt + ttl,
        },
        keepMs,
      );
      cacheTotal.inc({ provider: this.name, result: 'miss' });
    }
    return {
      status: answer.status,
      data: answer.value as T,
      headers: answer.headers,
      cache: cacheable ? 'miss' : 'bypass',
      stale: false,
      storedAt,
      attempts: answer.attempts,
    };
  }

  async close(): Promise<void> {
    if (clients.get(this.name) === this) clients.delete(this.name);
    await this.agent.close();
    if (this.ownsCache) await this.cache?.close();
  }

  private urlOf(path: string, query: CallOptions<unknown>['query']): URL {
    let url: URL;
    if (/^https?:\/\//i.test(path)) url = new URL(path);
    else if (this.options.baseUrl) url = new URL(this.options.baseUrl.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`));
    else throw new Error(`${this.name}: ${path} is relative and the client has no baseUrl`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`${this.name}: only http(s) URLs`);
    for (const [name, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null) url.searchParams.append(name, String(value));
    }
    return url;
  }

  private cacheKeyOf(method: string, url: URL, extra: string | undefined): string {
    const digest = createHash('sha256')
      .update(`${method} ${url.href}\n${extra ?? ''}`)
      .digest('base64url');
    return `${this.name}:${digest}`;
  }

  private cachedHeaders(entry: CachedAnswer): Record<string, string> {
    return {
      ...(entry.etag ? { etag: entry.etag } : {}),
      ...(entry.lastModified ? { 'last-modified': entry.lastModified } : {}),
    };
  }

  private fromCache<T>(entry: CachedAnswer, validate: Validator<T> | undefined): { ok: true; value: T } | { ok: false; error: unknown } {
    try {
      return { ok: true, value: runValidator(validate, entry.body) };
    } catch (error) {
      return { ok: false, error };
    }
  }

  private failed(
    reason: OutboundFailure,
    status: number | undefined,
    cause: unknown,
    base: object,
    retryAfterSeconds?: number,
  ): OutboundError {
    this.failures++;
    this.lastErrorAt = Date.now();
    this.lastError = reason;
    // The cause (never a body or a header) goes to the log; the client sees the provider's name only.
    const message = cause instanceof Error ? cause.message : cause === undefined ? undefined : String(cause);
    this.log.warn({ ...base, status, reason, cause: message?.slice(0, 300) }, 'outbound call failed');
    return new OutboundError(this.name, reason, status, retryAfterSeconds);
  }

  /** Sends with the breaker, timeouts and retries; returns the accepted answer (2xx, 304, accepted statuses) or throws an OutboundError. */
  private async send<T>(
    method: HttpMethod,
    url: URL,
    headers: Record<string, string>,
    body: string | Buffer | undefined,
    options: CallOptions<T>,
    base: CallLog,
  ): Promise<RawAnswer> {
    const idempotent = options.idempotent ?? IDEMPOTENT.has(method);
    const attempts = idempotent ? this.retries + 1 : 1;
    let last: Attempt | undefined;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      last = await this.attempt(method, url, headers, body, options, base, attempt);
      if (last.kind === 'answer') return last.answer;
      if (!last.retryable || attempt === attempts) break;
      const backoff = Math.random() * Math.min(this.retryMaxMs, this.retryBaseMs * 2 ** (attempt - 1));
      const wait = last.waitMs !== undefined ? Math.max(last.waitMs, backoff * 0.1) : backoff;
      await this.sleep(Math.round(wait));
    }
    const failure = last as Extract<Attempt, { kind: 'fail' }>;
    throw this.failed(failure.error.reason, failure.error.status, failure.cause, base, failure.error.retryAfterSeconds);
  }

  private async attempt<T>(
    method: HttpMethod,
    url: URL,
    headers: Record<string, string>,
    body: string | Buffer | undefined,
    options: CallOptions<T>,
    base: CallLog,
    attempt: number,
  ): Promise<Attempt> {
    const conditional = base.cache === 'revalidate';
    const fail = (
      reason: OutboundFailure,
      retryable: boolean,
      status?: number,
      cause?: unknown,
      extra: { waitMs?: number; retryAfterSeconds?: number } = {},
    ): Attempt => ({
      kind: 'fail',
      error: new OutboundError(this.name, reason, status, extra.retryAfterSeconds),
      retryable,
      waitMs: extra.waitMs,
      cause,
    });
    let report: (ok: boolean | undefined) => void;
    try {
      report = this.breaker.admit();
    } catch (error) {
      requestsTotal.inc({ provider: this.name, method, result: 'breaker_open' });
      this.log.warn({ ...base, attempt, result: 'breaker_open' }, 'outbound call refused: breaker open');
      return fail('breaker_open', false, undefined, error);
    }
    this.requests++;
    const started = performance.now();
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    const signal = AbortSignal.timeout(timeoutMs);
    const done = (result: string, status: number | undefined, level: 'info' | 'warn', extra: object = {}) => {
      const latencyMs = Math.round((performance.now() - started) * 10) / 10;
      requestsTotal.inc({ provider: this.name, method, result });
      requestSeconds.observe({ provider: this.name }, latencyMs / 1000);
      this.log[level]({ ...base, status, latencyMs, attempt, ...extra }, 'outbound call');
    };
    let res: Dispatcher.ResponseData;
    try {
      res = await undiciRequest(url, {
        method,
        headers,
        body,
        dispatcher: this.agent,
        signal,
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      });
    } catch (error) {
      const reason = signal.aborted ? 'timeout' : failureOf(error);
      report(false);
      done(reason, undefined, 'warn', { reason });
      return fail(reason, true, undefined, error);
    }
    const status = res.statusCode;
    const responseHeaders = headerRecord(res.headers);
    const accepted = typeof options.accept === 'function' ? options.accept(status) : (options.accept?.includes(status) ?? false);

    if (status === 304) {
      await res.body.dump().catch(() => undefined);
      if (!conditional) {
        report(true);
        done(String(status), status, 'warn', { reason: 'invalid_answer' });
        return fail('invalid_answer', false, status, new Error('304 to an unconditional request'));
      }
      report(true);
      done(String(status), status, 'info');
      return { kind: 'answer', answer: { status, headers: responseHeaders, data: undefined, value: undefined, attempts: attempt } };
    }
    if (!accepted && (status < 200 || status >= 300)) {
      await res.body.dump().catch(() => undefined);
      if (status === 429 || status >= 500) {
        const retryAfterMs = parseRetryAfter(responseHeaders['retry-after']);
        const rateLimited = status === 429;
        // A 429 says the provider is up and limiting us: it does not count against the breaker.
        report(rateLimited ? undefined : false);
        done(String(status), status, 'warn', retryAfterMs !== undefined ? { retryAfterMs } : {});
        const tooLong = retryAfterMs !== undefined && retryAfterMs > this.retryAfterMaxMs;
        const retryable = !tooLong && status !== 501 && status !== 505;
        const retryAfterSeconds = rateLimited ? Math.max(1, Math.ceil((retryAfterMs ?? 1000) / 1000)) : undefined;
        return fail(rateLimited ? 'rate_limited' : 'server_error', retryable, status, new Error(`HTTP ${status}`), {
          waitMs: tooLong ? undefined : retryAfterMs,
          retryAfterSeconds,
        });
      }
      report(true);
      done(String(status), status, status === 404 && options.notFound ? 'info' : 'warn');
      if (status === 404 && options.notFound) throw notFound(options.notFound);
      return fail('rejected', false, status, new Error(`HTTP ${status}`));
    }

    let text: string;
    try {
      text = await this.readBody(res, timeoutMs);
    } catch (error) {
      report(false);
      const reason = error instanceof TooLarge ? 'invalid_answer' : signal.aborted ? 'timeout' : failureOf(error);
      done(reason, status, 'warn', { reason });
      return fail(reason, reason !== 'invalid_answer', status, error);
    }
    let data: unknown = text;
    if (!options.text) {
      try {
        data = text === '' && (status === 204 || method === 'HEAD') ? null : JSON.parse(text);
      } catch (error) {
        report(false);
        done(String(status), status, 'warn', { reason: 'invalid_answer' });
        return fail('invalid_answer', false, status, new Error(`the answer is not JSON (${text.length} bytes)`));
      }
    }
    let value: unknown;
    try {
      value = runValidator(options.validate, data);
    } catch (error) {
      report(false);
      done(String(status), status, 'warn', { reason: 'invalid_answer' });
      // The validator's message names fields, not values the provider sent (zod's issues carry no input).
      return fail(
        'invalid_answer',
        false,
        status,
        error instanceof Error ? new Error(`the answer failed validation: ${error.message.slice(0, 200)}`) : undefined,
      );
    }
    report(true);
    done(String(status), status, 'info');
    return { kind: 'answer', answer: { status, headers: responseHeaders, data, value, attempts: attempt } };
  }

  private async readBody(res: Dispatcher.ResponseData, _timeoutMs: number): Promise<string> {
    const declared = Number(res.headers['content-length'] ?? '0');
    if (declared > this.maxResponseBytes) {
      res.body.destroy();
      throw new TooLarge(`${declared} bytes declared`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of res.body) {
      const buffer = chunk as Buffer;
      size += buffer.byteLength;
      if (size > this.maxResponseBytes) {
        res.body.destroy();
        throw new TooLarge(`over ${this.maxResponseBytes} bytes`);
      }
      chunks.push(buffer);
    }
    return Buffer.concat(chunks).toString('utf8');
  }
}

class TooLarge extends Error {}

/** The fields of every log line of one call (never a header or a body). */
interface CallLog {
  provider: string;
  method: string;
  /** Path and query, secrets redacted. */
  path: string;
  requestId?: string;
  /** hit, miss (nothing cached), revalidate (a conditional request for an expired entry), bypass (not cacheable), stale. */
  cache: 'hit' | 'miss' | 'revalidate' | 'bypass' | 'stale';
}
