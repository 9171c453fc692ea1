import { Agent, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { INTERNAL_AUTH_HEADER, REQUEST_ID_HEADER, sendGraphQLError, type HttpRoute, type Logger, type RequestMeta } from '../../kit';
import { clientIp } from './context';

/**
 * Plain HTTP endpoints that subgraphs serve to the public through the router's host: links' `/s/{code}`
 * redirects, publishing's feeds, signed media URLs. Each prefix of the table (router/public-paths.json,
 * written by `npm run wiring` from the subgraphs' `wiring.publicPaths`) is proxied to its subgraph on
 * the same path, request and answer streamed both ways over a keep-alive pool.
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
const DROPPED_RESPONSE_HEADERS = new Set(['connection', 'keep-alive', 'proxy-connection', 'trailer', 'transfer-encoding', 'upgrade']);

export interface PublicPathOptions {
  /** Prefix → subgraph name. */
  table: Record<string, string>;
  /** Subgraph name → its GraphQL URL (the endpoint's origin is taken from it). */
  subgraphUrls: Record<string, string>;
  /** How long the subgraph may take to start answering. */
  timeoutMs: number;
  trustedHops: number;
  log: Logger;
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
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const routes: HttpRoute[] = [];
  for (const [prefix, subgraph] of Object.entries(options.table)) {
    const url = options.subgraphUrls[subgraph];
    const target = url ? new URL(url) : undefined;
    const handler = (req: IncomingMessage, res: ServerResponse, meta: RequestMeta): Promise<void> => {
      if (!target) {
        sendGraphQLError(res, 404, 'NOT_FOUND', `No endpoint at ${prefix}: the ${subgraph} subgraph is not part of this supergraph.`);
        return Promise.resolve();
      }
      return proxy(req, res, meta, target, subgraph, options);
    };
    const path = new RegExp(`^${escapeRegExp(prefix)}`);
    for (const method of ['GET', 'POST', 'PUT', 'DELETE'] as const) routes.push({ method, path, handler });
  }
  return routes;

  function proxy(
    req: IncomingMessage,
    res: ServerResponse,
    meta: RequestMeta,
    target: URL,
    subgraph: string,
    opts: PublicPathOptions,
  ): Promise<void> {
    return new Promise((resolve) => {
      let answered = false;
      const fail = (status: number, reason: string, cause?: unknown) => {
        if (answered) return;
        answered = true;
        opts.log.warn({ subgraph, status, reason, err: cause, requestId: meta.requestId }, 'public path: the subgraph did not answer');
        if (res.headersSent) res.destroy();
        else sendGraphQLError(res, status, 'SUBGRAPH_UNAVAILABLE', `The ${subgraph} service is unavailable right now; try again shortly.`);
        resolve();
      };
      const upstream = httpRequest({
        protocol: target.protocol,
        hostname: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: forwardedHeaders(req, opts, meta),
        agent,
        timeout: opts.timeoutMs,
      });
      upstream.on('timeout', () => {
        upstream.destroy();
        fail(504, 'timeout');
      });
      upstream.on('error', (error) => fail(502, 'connection', error));
      upstream.on('response', (answer) => {
        answered = true;
        const headers: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(answer.headers)) {
          if (value !== undefined && !DROPPED_RESPONSE_HEADERS.has(name) && name !== REQUEST_ID_HEADER) headers[name] = value;
        }
        res.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(res);
        answer.on('end', resolve);
        answer.on('error', () => {
          res.destroy();
          resolve();
        });
      });
      // A client that goes away mid-request takes the upstream request with it.
      res.on('close', () => {
        if (!res.writableFinished) upstream.destroy();
        resolve();
      });
      req.pipe(upstream);
    });
  }
}
