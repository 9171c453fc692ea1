import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext, type HTTPGraphQLResponse } from '@apollo/server';
import { Kind, parse } from 'graphql';
import type { Logger } from './logger';
import type { RequestAdmission } from './flood';
import { applySecurityHeaders, securityHeaders } from './security-headers';
import { errorTracker } from './error-tracking';
import { activeTraceId, traceRequest } from './tracing';

export const REQUEST_ID_HEADER = 'x-request-id';
const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/** Facts about one HTTP request that every handler and log line shares. */
export interface RequestMeta {
  requestId: string;
  startedAt: number;
  /** The peer address (proxies are not trusted unless the router is told to). */
  ip: string;
}

export type RouteHandler = (req: IncomingMessage, res: ServerResponse, meta: RequestMeta) => Promise<void> | void;

/** A plain HTTP endpoint beside GraphQL (`/health`, `/.well-known/jwks.json`, a redirect...). */
export interface HttpRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'HEAD';
  /** Exact path, or a pattern whose groups the handler reads from `req.url`. */
  path: string | RegExp;
  handler: RouteHandler;
}

export interface CorsPolicy {
  /** Origins allowed to call from a browser; `*` allows any. */
  origins: string[];
  credentials: boolean;
}

export interface GraphQLHttpOptions<C extends BaseContext> {
  /** Name in traces (`router`, `work`, ...). */
  service: string;
  apollo: ApolloServer<C>;
  path: string;
  buildContext: (req: IncomingMessage, meta: RequestMeta) => Promise<C>;
  bodyLimitBytes: number;
  log: Logger;
  routes?: HttpRoute[];
  cors?: CorsPolicy;
  /**
   * Looks at a GraphQL request right after its body is parsed, before Apollo Server sees it (the
   * router bounds the variables' depth and size here); returns the refusal to send, or undefined.
   */
  screen?: (request: { method: string; search: string; body: unknown }) => RequestRefusal | undefined;
  /**
   * Runs first, before routes, CORS or the body (the router's per-IP request rate, kit/src/flood.ts):
   * a refusal is answered 429 RATE_LIMITED with Retry-After, and nothing of the request is read.
   */
  admit?: RequestAdmission;
  /** How long a refusal by `admit` is held before it is sent (ms; 0 answers at once). */
  tarpitMs?: number;
  /** Accepts the router's multi-viewer batches at `path` (subgraphs; see {@link MemberBatchOptions}). */
  batch?: MemberBatchOptions<C>;
  /** Send Strict-Transport-Security with the other security headers (production). */
  hsts?: boolean;
  /** Content-Security-Policy of an HTML page Apollo Server answers at `path` (its landing page). */
  landingPageCsp?: string;
}

/** A request refused before GraphQL runs: HTTP status and one GraphQL error. */
export interface RequestRefusal {
  status: number;
  message: string;
  extensions: { code: string } & Record<string, unknown>;
}

/**
 * A multi-viewer batch: the router POSTs a JSON array of GraphQL queries of one plan step, each
 * member signed for its own viewer (`extensions["x-hubgraph-auth"]`), and the subgraph answers a JSON
 * array of envelopes in the same order, `{ "status": 200, "cacheControl": "...", "body": {...} }` —
 * each the status, Cache-Control and body the member would have had alone. Every member runs through
 * Apollo Server's whole pipeline with its own context; what `context` lets members share (a
 * subgraph shares one ORM fork and loader set across the batch, or per tenant where it holds tenant
 * data, so one statement reads every member's rows) lives in the batch's `scope`, one per batch.
 */
export interface MemberBatchOptions<C> {
  /** Most members in one batch (more: 400 BAD_REQUEST). */
  maxMembers: number;
  /** Whether `req` may send a batch at all (the router's signed header): a refusal, or undefined. */
  admit(req: IncomingMessage): Promise<RequestRefusal | undefined>;
  /** One member's context; `scope` is the batch's, shared by its members. */
  context(member: Record<string, unknown>, meta: RequestMeta, scope: Map<string, unknown>): Promise<C>;
}

/** Most members of a multi-viewer batch a subgraph takes (the router's SUBGRAPH_BATCH_MAX is bounded by it). */
export const BATCH_MAX_MEMBERS = 100;

/** The key of a batch member's own request id in its `extensions` (the router's request it belongs to). */
export const MEMBER_REQUEST_ID = 'requestId';

const QUERY_ONLY_LIMIT = 1_000;
const queryOnly = new Map<string, boolean>();

/** Whether `text` parses to queries only: members share an ORM fork, so nothing in a batch may write. */
function onlyQueries(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  let known = queryOnly.get(text);
  if (known === undefined) {
    try {
      known = parse(text, { noLocation: true }).definitions.every(
        (d) => d.kind === Kind.FRAGMENT_DEFINITION || (d.kind === Kind.OPERATION_DEFINITION && d.operation === 'query'),
      );
    } catch {
      known = false;
    }
    if (queryOnly.size >= QUERY_ONLY_LIMIT) queryOnly.clear();
    queryOnly.set(text, known);
  }
  return known;
}

/** One member's answer as its batch envelope (an incremental answer cannot be batched). */
async function envelope(response: HTTPGraphQLResponse): Promise<string> {
  if (response.body.kind !== 'complete') {
    await response.body.asyncIterator.return?.();
    const refused = { errors: [{ message: 'Incremental delivery cannot be batched.', extensions: { code: 'BAD_REQUEST' } }] };
    return JSON.stringify({ status: 400, body: refused });
  }
  const cacheControl = response.headers.get('cache-control');
  return `{"status":${response.status ?? 200},${cacheControl ? `"cacheControl":${JSON.stringify(cacheControl)},` : ''}"body":${response.body.string}}`;
}

/** Writes `body` as a JSON response (plain HTTP endpoints next to GraphQL use it too). */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Writes a GraphQL-over-HTTP error response (for failures before GraphQL execution starts). */
export function sendGraphQLError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, headers);
}

/** Raised by {@link readBody} when a request body exceeds its limit. */
export class BodyTooLarge extends Error {}

/**
 * Reads a request body as UTF-8, refusing (BodyTooLarge) as soon as it is declared or grows larger
 * than `limit` bytes; the rest of an oversized body is drained, not buffered.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function applyCors(req: IncomingMessage, res: ServerResponse, cors: CorsPolicy | undefined): boolean {
  const origin = req.headers.origin;
  if (!cors || !origin) return false;
  const allowed = cors.origins.includes('*') || cors.origins.includes(origin);
  if (!allowed) return false;
  res.setHeader('access-control-allow-origin', cors.origins.includes('*') && !cors.credentials ? '*' : origin);
  res.setHeader('vary', 'Origin');
  if (cors.credentials) res.setHeader('access-control-allow-credentials', 'true');
  return true;
}

function matchRoute(routes: HttpRoute[], method: string, pathname: string): HttpRoute | undefined {
  for (const route of routes) {
    const methodOk = route.method === method || (route.method === 'GET' && method === 'HEAD');
    if (!methodOk) continue;
    if (typeof route.path === 'string' ? route.path === pathname : route.path.test(pathname)) return route;
  }
  return undefined;
}

/**
 * The address of the client a request comes from. Behind the router (every public path, see
 * router/src/public-paths.ts) that is the `X-Forwarded-For` the router set to the client address it
 * trusts, replacing what the client sent; subgraphs are not reachable from outside, so no one else
 * sets it. Without the header, the socket's peer.
 */
export function forwardedFor(req: IncomingMessage): string {
  const header = req.headers['x-forwarded-for'];
  const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim();
  return first || (req.socket.remoteAddress ?? 'unknown');
}

/** Reads or creates the request id that follows a request through the router and every subgraph. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && REQUEST_ID_PATTERN.test(given) ? given : randomUUID();
}

/**
 * The node:http request listener shared by the router and every subgraph: plain routes first, then
 * GraphQL over HTTP on `path` through Apollo Server's `executeHTTPGraphQLRequest`. Handles what
 * happens before GraphQL runs — body size limit (413), JSON parsing (400), content type (415), CORS —
 * with GraphQL-shaped error bodies, so no client ever sees a stack trace or an HTML error page.
 */
export function createRequestListener<C extends BaseContext>(options: GraphQLHttpOptions<C>) {
  const routes = options.routes ?? [];
  const security = securityHeaders({ hsts: options.hsts ?? false });
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const meta: RequestMeta = {
      requestId: requestIdOf(req),
      startedAt: performance.now(),
      ip: req.socket.remoteAddress ?? 'unknown',
    };
    res.setHeader(REQUEST_ID_HEADER, meta.requestId);
    // Every answer, whoever writes it; a handler that needs another value sets the header again.
    applySecurityHeaders(res, security);
    const refused = options.admit?.(req);
    if (refused && !refused.allowed) {
      const seconds = Math.max(1, Math.ceil(refused.retryAfterMs / 1000));
      const answer = () =>
        sendGraphQLError(res, 429, 'RATE_LIMITED', `Too many requests from your address; retry in ${seconds} s.`, {
          'retry-after': String(seconds),
        });
      // Tarpit: the refusal waits (at most tarpitMs, never past the retry time), which holds the
      // client's connection, so a client looping on refusals slows to its connection count per wait.
      const wait = Math.min(refused.retryAfterMs, options.tarpitMs ?? 0);
      if (wait > 0) setTimeout(answer, wait).unref();
      else answer();
      return;
    }
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
    const search = queryAt === -1 ? '' : url.slice(queryAt);
    try {
      if (method === 'OPTIONS' && pathname !== options.path) {
        // CORS preflight for a plain route (e.g. the router's cookie log-in at /auth/session).
        const methods = routes
          .filter((r) => (typeof r.path === 'string' ? r.path === pathname : r.path.test(pathname)))
          .map((r) => r.method);
        if (methods.length) {
          if (applyCors(req, res, options.cors)) {
            res.setHeader('access-control-allow-methods', [...new Set([...methods, 'OPTIONS'])].join(', '));
            res.setHeader('access-control-allow-headers', req.headers['access-control-request-headers'] ?? 'content-type');
            res.setHeader('access-control-max-age', '600');
          }
          res.writeHead(204).end();
          return;
        }
      }
      const route = matchRoute(routes, method, pathname);
      if (route) {
        applyCors(req, res, options.cors);
        await route.handler(req, res, meta);
        return;
      }
      if (pathname !== options.path) {
        sendGraphQLError(res, 404, 'NOT_FOUND', `No endpoint at ${pathname}. GraphQL is served at ${options.path}.`);
        return;
      }
      const corsAllowed = applyCors(req, res, options.cors);
      if (method === 'OPTIONS') {
        if (corsAllowed) {
          res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
          res.setHeader('access-control-allow-headers', req.headers['access-control-request-headers'] ?? 'content-type, authorization');
          res.setHeader('access-control-max-age', '600');
        }
        res.writeHead(204).end();
        return;
      }
      if (method !== 'GET' && method !== 'POST') {
        sendGraphQLError(res, 405, 'METHOD_NOT_ALLOWED', `${method} is not supported; use GET or POST.`, {
          allow: 'GET, POST',
        });
        return;
      }
      let body: unknown = undefined;
      if (method === 'POST') {
        const contentType = (req.headers['content-type'] ?? '').toLowerCase();
        if (!contentType.startsWith('application/json') && !contentType.startsWith('application/graphql-response+json')) {
          sendGraphQLError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'POST requests must send a JSON body with Content-Type: application/json.');
          return;
        }
        let raw: string;
        try {
          raw = await readBody(req, options.bodyLimitBytes);
        } catch (error) {
          if (error instanceof BodyTooLarge) {
            sendGraphQLError(res, 413, 'PAYLOAD_TOO_LARGE', `Request body is larger than the limit of ${options.bodyLimitBytes} bytes.`, {
              connection: 'close',
            });
            return;
          }
          throw error;
        }
        try {
          body = JSON.parse(raw);
        } catch {
          sendGraphQLError(res, 400, 'BAD_REQUEST', 'Request body is not valid JSON.');
          return;
        }
      }
      if (options.batch && Array.isArray(body)) {
        await answerBatch(req, res, meta, body, options.batch, options);
        return;
      }
      const refusal = options.screen?.({ method, search, body });
      if (refusal) {
        sendJson(res, refusal.status, { errors: [{ message: refusal.message, extensions: refusal.extensions }] });
        return;
      }
      const headers = headerMapOf(req);
      const response = await traceRequest(
        `${options.service} ${method} ${options.path}`,
        req.headers,
        { 'hubgraph.service': options.service, 'http.request.method': method, 'hubgraph.request_id': meta.requestId },
        () =>
          options.apollo.executeHTTPGraphQLRequest({
            httpGraphQLRequest: { method, headers, search, body },
            context: () => options.buildContext(req, meta),
          }),
      );
      for (const [key, value] of response.headers) res.setHeader(key, value);
      if (options.landingPageCsp && response.headers.get('content-type')?.startsWith('text/html')) {
        res.setHeader('content-security-policy', options.landingPageCsp);
      }
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.setHeader('content-length', Buffer.byteLength(response.body.string));
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      options.log.error({ err: error, requestId: meta.requestId }, 'unhandled HTTP error');
      errorTracker.capture(error, { service: options.service, requestId: meta.requestId, traceId: activeTraceId() });
      if (!res.headersSent) sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
      else res.destroy();
    }
  };
}

function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/**
 * Answers a multi-viewer batch ({@link MemberBatchOptions}): refused whole (400/401) when it is empty,
 * too long, holds anything but query objects, or does not come from the router; otherwise every member
 * runs at once, so the loaders they share read for all of them in one statement per step.
 */
async function answerBatch<C extends BaseContext>(
  req: IncomingMessage,
  res: ServerResponse,
  meta: RequestMeta,
  members: unknown[],
  batch: MemberBatchOptions<C>,
  options: GraphQLHttpOptions<C>,
): Promise<void> {
  if (members.length === 0 || members.length > batch.maxMembers) {
    sendGraphQLError(res, 400, 'BAD_REQUEST', `A batch holds 1 to ${batch.maxMembers} requests.`);
    return;
  }
  const objects = members.filter((m): m is Record<string, unknown> => typeof m === 'object' && m !== null && !Array.isArray(m));
  if (objects.length !== members.length || !objects.every((member) => onlyQueries(member.query))) {
    sendGraphQLError(res, 400, 'BAD_REQUEST', 'A batch holds GraphQL queries only, each a JSON object.');
    return;
  }
  const refusal = await batch.admit(req);
  if (refusal) {
    sendJson(res, refusal.status, { errors: [{ message: refusal.message, extensions: refusal.extensions }] });
    return;
  }
  const headers = headerMapOf(req);
  const scope = new Map<string, unknown>();
  const ids = objects.map((member, i) => {
    const given = (member.extensions as Record<string, unknown> | undefined)?.[MEMBER_REQUEST_ID];
    return typeof given === 'string' && REQUEST_ID_PATTERN.test(given) ? given : `${meta.requestId}.${i}`;
  });
  // Every member's context first (verifying a signature finishes on the thread pool, each at its own
  // time): then every execution starts in the same turn, and the loaders they share see all of them.
  const contexts = objects.map((member, i) => batch.context(member, { ...meta, requestId: ids[i]! }, scope));
  await Promise.allSettled(contexts);
  const parts = await traceRequest(
    `${options.service} POST ${options.path} batch`,
    req.headers,
    { 'hubgraph.service': options.service, 'http.request.method': 'POST', 'hubgraph.request_id': meta.requestId },
    () =>
      Promise.all(
        objects.map((member, i) =>
          options.apollo
            .executeHTTPGraphQLRequest({
              httpGraphQLRequest: { method: 'POST', headers, search: '', body: member },
              context: () => contexts[i]!,
            })
            .then(envelope),
        ),
      ),
  );
  const text = `[${parts.join(',')}]`;
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}
