import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { Pool, errors as undiciErrors, type Dispatcher } from 'undici';
import {
  EDGE_LOCATION_HEADER,
  EDGE_REPORT_HEADER,
  EDGE_TTL_HEADER,
  INTERNAL_AUTH_HEADER,
  REQUEST_ID_HEADER,
  sendGraphQLError,
  withQuery,
  type HttpRoute,
  type Logger,
  type RequestMeta,
} from '../../kit';
import { clientIp } from './context';
import type { EdgeCache } from './edge-cache';

/**
 * Plain HTTP endpoints that subgraphs serve to the public through the router's host: links' `/s/{code}`
 * redirects, publishing's feeds, signed media URLs. Each prefix of the table (router/public-paths.json,
 * written by `npm run wiring` from the subgraphs' `wiring.publicPaths`) is proxied to its subgraph on
 * the same path, request and answer streamed both ways over a keep-alive undici pool per subgraph.
 *
 * These endpoints are anonymous: like every subgraph fetch, the client's own credentials (Authorization,
 * Cookie, a forged internal header) never reach the subgraph; what authorises a request there is in its
 * URL (a signature) or nothing. The router tells the subgraph who asked with `X-Forwarded-For` (the
 * client address it trusts, replacing anything the client sent), `X-Forwarded-Host` and
 * `X-Forwarded-Proto`; subgraphs read the address with the kit's `forwardedFor(req)`.
 */

/** Headers that describe one connection, not the message (RFC 9110 §7.6.1), plus the client's credentials. */
const DROPPED_REQUEST_HEADERS = new Set([
  'connection',
  'keep-alive',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'expect',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
  'authorization',
  'cookie',
  'forwarded',
  'x-forwarded-for',
  'x-forwarded-host',
  'x-forwarded-proto',
  INTERNAL_AUTH_HEADER,
]);
const DROPPED_RESPONSE_HEADERS = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'trailer',
  'transfer-encoding',
  'upgrade',
  EDGE_TTL_HEADER,
  EDGE_LOCATION_HEADER,
  EDGE_REPORT_HEADER,
]);
/** Headers of a subgraph's redirect that are not replayed from the edge cache (set per answer instead). */
const NOT_REPLAYED = new Set(['location', 'date', 'content-length']);
/** Longest an edge entry may live, whatever the subgraph asks. */
const EDGE_MAX_TTL_MS = 5 * 60_000;

export interface PublicPathOptions {
  /** Prefix → subgraph name. */
  table: Record<string, string>;
  /** Subgraph name → its GraphQL URL (the endpoint's origin is taken from it). */
  subgraphUrls: Record<string, string>;
  /** How long the subgraph may take to start answering. */
  timeoutMs: number;
  trustedHops: number;
  log: Logger;
  /** The router's edge cache: redirects a subgraph marked cacheable are answered here (see kit/src/edge.ts). */
  edge?: EdgeCache;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function forwardedHeaders(req: IncomingMessage, options: PublicPathOptions, meta: RequestMeta): IncomingHttpHeaders {
  const headers: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (!DROPPED_REQUEST_HEADERS.has(name)) headers[name] = value;
  }
  headers['x-forwarded-for'] = clientIp(req, options.trustedHops);
  if (req.headers.host) headers['x-forwarded-host'] = req.headers.host;
  headers['x-forwarded-proto'] = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
  headers[REQUEST_ID_HEADER] = meta.requestId;
  return headers;
}

/** The router's routes for the public-path table: every method, every prefix. */
export function publicPathRoutes(options: PublicPathOptions): HttpRoute[] {
  // One keep-alive undici pool per subgraph origin: undici's client costs the router about half the CPU
  // per proxied request that node:http's ClientRequest does (bench link-redirects).
  const pools = new Map<string, Pool>();
  const poolFor = (target: URL): Pool => {
    let pool = pools.get(target.origin);
    if (!pool) {
      pool = new Pool(target.origin, { connections: 256, keepAliveTimeout: 30_000, headersTimeout: options.timeoutMs });
      pools.set(target.origin, pool);
    }
    return pool;
  };
  const routes: HttpRoute[] = [];
  for (const [prefix, subgraph] of Object.entries(options.table)) {
    const url = options.subgraphUrls[subgraph];
    const target = url ? new URL(url) : undefined;
    const handler = (req: IncomingMessage, res: ServerResponse, meta: RequestMeta): Promise<void> => {
      if (!target) {
        sendGraphQLError(res, 404, 'NOT_FOUND', `No endpoint at ${prefix}: the ${subgraph} subgraph is not part of this supergraph.`);
        return Promise.resolve();
      }
      const pool = poolFor(target);
      if (options.edge && req.method === 'GET') {
        const url = req.url ?? '/';
        const q = url.indexOf('?');
        const path = q === -1 ? url : url.slice(0, q);
        const now = Date.now();
        const entry = options.edge.get(path, now);
        if (entry) {
          const query = q === -1 ? '' : url.slice(q + 1);
          let location = entry.memo?.query === query ? entry.memo.location : undefined;
          if (location === undefined) {
            location = withQuery(entry.location, new URLSearchParams(query));
            entry.memo = { query, location };
          }
          res.writeHead(302, { ...entry.headers, location, 'content-length': '0' }).end();
          options.edge.record(entry, pool, { path, at: now, referer: req.headers.referer, userAgent: req.headers['user-agent'] });
          return Promise.resolve();
        }
      }
      return proxy(req, res, meta, pool, subgraph, options);
    };
    const path = new RegExp(`^${escapeRegExp(prefix)}`);
    for (const method of ['GET', 'POST', 'PUT', 'DELETE'] as const) routes.push({ method, path, handler });
  }
  return routes;
}

/** Answers up to this size are read whole and written to the client at once. */
const SMALL_BODY = 64 * 1024;

/** Whether the client sends a body to pass on (RFC 9112 §6.3: a length or a transfer coding announces one). */
function hasBody(req: IncomingMessage): boolean {
  return (
    req.headers['transfer-encoding'] !== undefined || (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0')
  );
}

async function proxy(
  req: IncomingMessage,
  res: ServerResponse,
  meta: RequestMeta,
  pool: Pool,
  subgraph: string,
  options: PublicPathOptions,
): Promise<void> {
  let answer: Dispatcher.ResponseData;
  try {
    answer = await pool.request({
      path: req.url ?? '/',
      method: req.method as Dispatcher.HttpMethod,
      headers: forwardedHeaders(req, options, meta),
      body: hasBody(req) ? req : null,
      headersTimeout: options.timeoutMs,
    });
  } catch (error) {
    if (res.destroyed) return;
    const timedOut = error instanceof undiciErrors.HeadersTimeoutError || error instanceof undiciErrors.ConnectTimeoutError;
    options.log.warn(
      { subgraph, status: timedOut ? 504 : 502, reason: timedOut ? 'timeout' : 'connection', err: error, requestId: meta.requestId },
      'public path: the subgraph did not answer',
    );
    if (res.headersSent) res.destroy();
    else
      sendGraphQLError(
        res,
        timedOut ? 504 : 502,
        'SUBGRAPH_UNAVAILABLE',
        `The ${subgraph} service is unavailable right now; try again shortly.`,
      );
    return;
  }
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(answer.headers)) {
    if (value !== undefined && !DROPPED_RESPONSE_HEADERS.has(name) && name !== REQUEST_ID_HEADER) headers[name] = value;
  }
  if (options.edge && req.method === 'GET' && answer.statusCode === 302) remember(req, answer, headers, subgraph, options.edge);
  const length = Number(answer.headers['content-length'] ?? -1);
  if (length >= 0 && length <= SMALL_BODY) {
    // A redirect or a small document: one write to the client (status, headers and body together).
    let body: Buffer;
    try {
      body = Buffer.from(await answer.body.arrayBuffer());
    } catch {
      res.destroy();
      return;
    }
    res.writeHead(answer.statusCode, headers).end(body);
    return;
  }
  res.writeHead(answer.statusCode, headers);
  // A client that goes away mid-answer takes the upstream answer with it (pipeline destroys both).
  await pipeline(answer.body, res).catch(() => res.destroy());
}

/** Keeps a redirect the subgraph marked cacheable (a TTL, the target before the query, a report path on it). */
function remember(
  req: IncomingMessage,
  answer: Dispatcher.ResponseData,
  headers: Record<string, string | string[]>,
  subgraph: string,
  edge: EdgeCache,
): void {
  const ttl = Number(answer.headers[EDGE_TTL_HEADER]);
  const location = answer.headers[EDGE_LOCATION_HEADER];
  const reportPath = answer.headers[EDGE_REPORT_HEADER];
  if (!(ttl > 0) || typeof location !== 'string' || typeof reportPath !== 'string' || !reportPath.startsWith('/')) return;
  const replayed: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) if (!NOT_REPLAYED.has(name)) replayed[name] = value;
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  edge.set(q === -1 ? url : url.slice(0, q), {
    subgraph,
    location,
    headers: replayed,
    reportPath,
    until: Date.now() + Math.min(ttl, EDGE_MAX_TTL_MS),
  });
}
