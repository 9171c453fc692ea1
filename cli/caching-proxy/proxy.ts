/**
 * The caching reverse proxy: an HTTP server that forwards every request to one origin and answers
 * GET/HEAD from its cache when the caching rules in policy.ts allow (README.md explains them).
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import https from 'node:https';
import {
  NOT_MODIFIED_FIELDS,
  clientConditionMatches,
  endToEnd,
  flattenPairs,
  freshnessLifetime,
  headerValue,
  initialAge,
  mergeNotModified,
  pairsFromRaw,
  parseCacheControl,
  refuseToStore,
  requestBypassesCache,
  staleUsableOnError,
  usableWithoutValidation,
  varyNames,
  varyValues,
  type Directives,
  type HeaderPairs,
} from './policy';
import { fullKey, type CacheEntry, type CacheStore } from './store';

/** Settings of a running proxy, already validated. */
export interface ProxySettings {
  origin: URL;
  /** Heuristic freshness lifetime in seconds, used when the origin gives none. */
  ttl: number;
  /** Milliseconds the origin may stay silent (before headers, or between body chunks). */
  timeoutMs: number;
  /** Seconds past expiry during which a stale entry may replace a failed origin response. */
  staleIfError: number;
  /** Largest body, in bytes, that is stored. */
  maxBody: number;
}

/** One finished request, for the access log. */
export interface RequestRecord {
  method: string;
  target: string;
  status: number;
  cache: string;
  ms: number;
  note?: string;
}

/** Why the origin gave no usable response. */
interface OriginFailure {
  kind: 'unreachable' | 'timeout';
  message: string;
}

type OriginResult = { response: IncomingMessage; requestTime: number; responseTime: number } | { failure: OriginFailure };

/** The proxy's request handler plus what shutdown needs. */
export interface CachingProxy {
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Closes idle keep-alive connections to the origin. */
  close(): void;
}

function statusText(status: number, message: string | undefined): string {
  return message || http.STATUS_CODES[status] || 'Unknown';
}

/** Headers the proxy answers with, in addition to the origin's. */
const CACHE_HEADER = 'X-Cache';
const STALE_REASON_HEADER = 'X-Cache-Stale-Reason';
/** The origin's own cache-status fields (e.g. from a CDN in front of it) would read as ours; drop them. */
const OWN_FIELDS = ['x-cache', 'x-cache-stale-reason', 'x-cache-revalidated'];

/**
 * Creates the proxy's request handler over `store`. `log` receives one record per finished request
 * (the access log); the handler never throws, answering 500 JSON for unexpected failures.
 */
export function createCachingProxy(settings: ProxySettings, store: CacheStore, log: (record: RequestRecord) => void): CachingProxy {
  const client = settings.origin.protocol === 'https:' ? https : http;
  const agent = new client.Agent({ keepAlive: true });
  const basePath = settings.origin.pathname.replace(/\/+$/, '');

  function upstreamUrl(target: string): URL {
    // Absolute-form targets (sent to forward proxies) are reduced to their path and query.
    let pathAndQuery = target;
    if (!target.startsWith('/')) {
      try {
        const parsed = new URL(target);
        pathAndQuery = parsed.pathname + parsed.search;
      } catch {
        pathAndQuery = `/${target}`;
      }
    }
    return new URL(settings.origin.origin + basePath + pathAndQuery);
  }

  function forwardHeaders(req: IncomingMessage, url: URL, overrides: HeaderPairs = [], drop: readonly string[] = []): HeaderPairs {
    // Host must name the origin (virtual hosting); Expect is answered by this server, not forwarded.
    const pairs = endToEnd(pairsFromRaw(req.rawHeaders), ['host', 'expect', ...drop]);
    const forwardedFor = headerValue(pairs, 'x-forwarded-for');
    const clientIp = req.socket.remoteAddress ?? '';
    const rest = pairs.filter(([n]) => !['x-forwarded-for', 'x-forwarded-host', 'x-forwarded-proto'].includes(n.toLowerCase()));
    const forwarded: HeaderPairs = [['X-Forwarded-For', forwardedFor ? `${forwardedFor}, ${clientIp}` : clientIp]];
    if (req.headers.host) forwarded.push(['X-Forwarded-Host', req.headers.host]);
    forwarded.push(['X-Forwarded-Proto', 'http']);
    return [['Host', url.host], ...rest, ...forwarded, ...overrides];
  }

  /** Sends the request to the origin; resolves at the response headers or at the first failure. */
  function askOrigin(req: IncomingMessage, url: URL, headers: HeaderPairs): Promise<OriginResult> {
    return new Promise((resolve) => {
      const requestTime = Date.now();
      let settled = false;
      const outgoing = client.request(url, { method: req.method, headers: flattenPairs(headers), agent });
      // The socket idle timeout covers "no response headers yet" and, once streaming, "no data for a while".
      outgoing.setTimeout(settings.timeoutMs, () => {
        const error = new Error(`no response from origin within ${settings.timeoutMs / 1000} s`);
        (error as NodeJS.ErrnoException).code = 'ETIMEDOUT';
        outgoing.destroy(error);
      });
      outgoing.on('response', (response) => {
        settled = true;
        // Failures after this point are handled by whoever consumes the body; never crash on them.
        response.on('error', () => undefined);
        resolve({ response, requestTime, responseTime: Date.now() });
      });
      outgoing.on('error', (error: NodeJS.ErrnoException) => {
        if (settled) return; // the response stream reports it as 'aborted'/'error'
        settled = true;
        resolve({
          failure: {
            kind: error.code === 'ETIMEDOUT' ? 'timeout' : 'unreachable',
            message: error.code === 'ETIMEDOUT' ? error.message : `${error.code ?? 'error'}: ${error.message}`,
          },
        });
      });
      req.pipe(outgoing);
    });
  }

  function sendJsonError(res: ServerResponse, status: number, error: string, message: string): void {
    const body = JSON.stringify({ error, message });
    res.writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      'Cache-Control': 'no-store',
      [CACHE_HEADER]: 'MISS',
    });
    res.end(body);
  }

  function currentAge(entry: CacheEntry): number {
    return entry.meta.initialAge + (Date.now() - entry.meta.responseTime) / 1000;
  }

  function lifetimeOf(entry: CacheEntry): number {
    return freshnessLifetime(entry.meta.headers, entry.meta.status, entry.meta.responseTime, settings.ttl);
  }

  /** Answers from a stored response: 304 when the client's own condition matches, else the full response. */
  function serveStored(
    req: IncomingMessage,
    res: ServerResponse,
    entry: CacheEntry,
    body: Buffer,
    cache: 'HIT' | 'STALE',
    extra: HeaderPairs,
  ): number {
    const age = String(Math.floor(currentAge(entry)));
    const stored = entry.meta.headers.filter(([n]) => n.toLowerCase() !== 'age');
    const ownHeaders: HeaderPairs = [['Age', age], [CACHE_HEADER, cache], ...extra];
    if (clientConditionMatches(pairsFromRaw(req.rawHeaders), stored)) {
      res.writeHead(304, flattenPairs([...stored.filter(([n]) => NOT_MODIFIED_FIELDS.has(n.toLowerCase())), ...ownHeaders]));
      res.end();
      return 304;
    }
    // A stored HEAD response keeps the origin's Content-Length; a stored GET body defines its own.
    const framing =
      entry.meta.method === 'HEAD'
        ? stored
        : [...stored.filter(([n]) => n.toLowerCase() !== 'content-length'), ['Content-Length', String(body.length)] as [string, string]];
    res.writeHead(entry.meta.status, statusText(entry.meta.status, entry.meta.statusMessage), flattenPairs([...framing, ...ownHeaders]));
    res.end(req.method === 'HEAD' ? undefined : body);
    return entry.meta.status;
  }

  async function handleCacheable(req: IncomingMessage, res: ServerResponse, started: number): Promise<void> {
    const method = req.method as 'GET' | 'HEAD';
    const target = req.url ?? '/';
    const url = upstreamUrl(target);
    const requestHeaders = pairsFromRaw(req.rawHeaders);
    const requestCc: Directives = parseCacheControl(headerValue(requestHeaders, 'cache-control'));
    const bypass = requestBypassesCache(requestHeaders);
    const done = (status: number, cache: string, note?: string) => log({ method, target, status, cache, ms: Date.now() - started, note });

    await store.sync();
    const valuesFor = (vary: string[]) => varyValues(vary, requestHeaders);
    // HEAD can be answered from a stored GET (same headers, no body); else from a stored HEAD.
    let entry = store.lookup(`GET ${url.href}`, valuesFor) ?? (method === 'HEAD' ? store.lookup(`HEAD ${url.href}`, valuesFor) : undefined);
    const body = entry ? await store.readBody(entry) : undefined;
    if (!body) entry = undefined;

    if (entry && body && !bypass) {
      const facts = { headers: entry.meta.headers, lifetime: lifetimeOf(entry), age: currentAge(entry) };
      if (usableWithoutValidation(facts, requestCc)) {
        done(serveStored(req, res, entry, body, 'HIT', []), 'HIT');
        return;
      }
    }
    if (requestCc.has('only-if-cached')) {
      sendJsonError(res, 504, 'not_cached', 'only-if-cached was requested and no fresh response is stored');
      done(504, 'MISS', 'only-if-cached');
      return;
    }

    // Revalidate with our validators when we hold a stored response of the same method; a HEAD
    // request never revalidates a stored GET (a 304 to HEAD cannot vouch for the GET body).
    const validators: HeaderPairs = [];
    if (entry && !bypass && entry.meta.method === method) {
      const etag = headerValue(entry.meta.headers, 'etag');
      const lastModified = headerValue(entry.meta.headers, 'last-modified');
      if (etag !== undefined) validators.push(['If-None-Match', etag]);
      if (lastModified !== undefined) validators.push(['If-Modified-Since', lastModified]);
    }
    const conditional = validators.length > 0;
    const headers = forwardHeaders(
      req,
      url,
      validators,
      conditional ? ['if-none-match', 'if-modified-since', 'if-match', 'if-unmodified-since', 'if-range'] : [],
    );
    const result = await askOrigin(req, url, headers);

    const tryStale = (reason: string): boolean => {
      if (!entry || !body || bypass) return false;
      const facts = { headers: entry.meta.headers, lifetime: lifetimeOf(entry), age: currentAge(entry) };
      if (!staleUsableOnError(facts, requestCc, settings.staleIfError)) return false;
      done(serveStored(req, res, entry, body, 'STALE', [[STALE_REASON_HEADER, reason]]), 'STALE', reason);
      return true;
    };

    if ('failure' in result) {
      const { kind, message } = result.failure;
      if (tryStale(`origin ${kind === 'timeout' ? 'timeout' : 'unreachable'}: ${message}`)) return;
      const status = kind === 'timeout' ? 504 : 502;
      sendJsonError(res, status, kind === 'timeout' ? 'origin_timeout' : 'origin_unreachable', `${url.origin}: ${message}`);
      done(status, 'MISS', message);
      return;
    }

    const { response, requestTime, responseTime } = result;
    const status = response.statusCode ?? 502;
    const responseHeaders = endToEnd(pairsFromRaw(response.rawHeaders), OWN_FIELDS);

    if (status >= 500 && tryStale(`origin error: ${status} ${response.statusMessage ?? ''}`.trim())) {
      response.resume();
      return;
    }

    if (status === 304 && conditional && entry && body) {
      response.resume();
      const merged = mergeNotModified(entry.meta.headers, responseHeaders);
      store.refresh(entry, { headers: merged, requestTime, responseTime, initialAge: initialAge(merged, requestTime, responseTime) });
      done(serveStored(req, res, entry, body, 'HIT', [['X-Cache-Revalidated', 'true']]), 'HIT', 'revalidated');
      return;
    }

    const refusal = refuseToStore({ method, status, headers: responseHeaders, requestHeaders });
    const vary = varyNames(responseHeaders);
    const declared = Number(headerValue(responseHeaders, 'content-length') ?? NaN);
    let note = refusal ? `not stored: ${refusal}` : undefined;
    let chunks: Buffer[] | undefined = refusal || declared > settings.maxBody ? undefined : [];
    if (!refusal && declared > settings.maxBody) note = `not stored: body over ${settings.maxBody} bytes`;
    let size = 0;

    res.writeHead(status, statusText(status, response.statusMessage), flattenPairs([...responseHeaders, [CACHE_HEADER, 'MISS']]));
    response.on('data', (chunk: Buffer) => {
      if (chunks) {
        size += chunk.length;
        if (size > settings.maxBody) {
          chunks = undefined;
          note = `not stored: body over ${settings.maxBody} bytes`;
        } else {
          chunks.push(chunk);
        }
      }
      // Respect the client's pace: pause the origin while the client's buffer is full.
      if (!res.write(chunk)) {
        response.pause();
        res.once('drain', () => response.resume());
      }
    });
    response.on('end', () => {
      if (chunks && vary !== '*') {
        const key = fullKey(`${method} ${url.href}`, vary, varyValues(vary, requestHeaders));
        store.put(
          {
            key,
            primaryKey: `${method} ${url.href}`,
            method,
            url: url.href,
            vary,
            status,
            statusMessage: response.statusMessage ?? '',
            headers: responseHeaders,
            requestTime,
            responseTime,
            initialAge: initialAge(responseHeaders, requestTime, responseTime),
            bodySize: size,
          },
          Buffer.concat(chunks),
        );
      } else if (entry && entry.meta.method === method && status < 500 && status !== 304) {
        // The origin answered with something we may not keep; the old stored copy is outdated now.
        // (A 304 here answered the client's own condition and says nothing against our copy.)
        store.remove(entry.meta.key);
      }
      res.end();
      done(status, 'MISS', note);
    });
    response.on('close', () => {
      // The origin connection broke mid-body: the client must not take a truncated body for whole.
      if (!response.complete) res.destroy();
    });
    res.on('close', () => {
      // The client left before the end: stop reading from the origin and store nothing.
      if (!response.complete) {
        chunks = undefined;
        response.destroy();
      }
    });
  }

  async function handleUnsafe(req: IncomingMessage, res: ServerResponse, started: number): Promise<void> {
    const method = req.method ?? 'GET';
    const target = req.url ?? '/';
    const url = upstreamUrl(target);
    const result = await askOrigin(req, url, forwardHeaders(req, url));
    if ('failure' in result) {
      const status = result.failure.kind === 'timeout' ? 504 : 502;
      sendJsonError(
        res,
        status,
        result.failure.kind === 'timeout' ? 'origin_timeout' : 'origin_unreachable',
        `${url.origin}: ${result.failure.message}`,
      );
      log({ method, target, status, cache: 'MISS', ms: Date.now() - started, note: result.failure.message });
      return;
    }
    const { response } = result;
    const status = response.statusCode ?? 502;
    // A successful unsafe method changes the resource: stored GET/HEAD copies are outdated (RFC 9111 §4.4).
    if (status < 400) {
      await store.sync();
      store.invalidate(`GET ${url.href}`);
      store.invalidate(`HEAD ${url.href}`);
    }
    res.writeHead(
      status,
      statusText(status, response.statusMessage),
      flattenPairs([...endToEnd(pairsFromRaw(response.rawHeaders), OWN_FIELDS), [CACHE_HEADER, 'MISS']]),
    );
    response.pipe(res);
    response.on('close', () => {
      if (!response.complete) res.destroy();
    });
    res.on('close', () => {
      if (!response.complete) response.destroy();
    });
    response.on('end', () => log({ method, target, status, cache: 'MISS', ms: Date.now() - started }));
  }

  return {
    handle(req, res) {
      const started = Date.now();
      const work = req.method === 'GET' || req.method === 'HEAD' ? handleCacheable(req, res, started) : handleUnsafe(req, res, started);
      work.catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (!res.headersSent) sendJsonError(res, 500, 'proxy_error', message);
        else res.destroy();
        log({ method: req.method ?? '?', target: req.url ?? '/', status: 500, cache: 'MISS', ms: Date.now() - started, note: message });
      });
    },
    close() {
      agent.destroy();
    },
  };
}
