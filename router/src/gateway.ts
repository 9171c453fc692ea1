import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { GraphQLError } from 'graphql';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { INTERNAL_AUTH_HEADER, REQUEST_ID_HEADER, injectTraceContext, signForwardedRequest, type Logger, type Viewer } from '../../kit';
import { CircuitBreaker, DEFAULT_BREAKER, type BreakerOptions } from './breaker';
import type { RouterContext } from './context';
import type { RouterMetrics } from './metrics';

type Fetcher = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher'];

/**
 * The data source of every subgraph fetch: forwards the request id and the router-verified identity
 * (as the signed internal header) and nothing else from the client — the client's own headers,
 * cookies and tokens never reach a subgraph. Fetches go through {@link subgraphFetcher} (node:http
 * with keep-alive, merging identical in-flight queries).
 */
class ForwardingDataSource extends RemoteGraphQLDataSource<RouterContext> {
  constructor(
    private readonly name: string,
    url: string,
    private readonly secret: string,
    private readonly breaker: CircuitBreaker,
    private readonly metrics: RouterMetrics | undefined,
    timeoutMs: number,
  ) {
    super({ url, fetcher: subgraphFetcher(timeoutMs) as unknown as Fetcher });
  }

  /**
   * Every fetch passes the subgraph's circuit breaker and its timeout; transport failures, timeouts
   * and HTTP errors count against the breaker, GraphQL errors in a 200 answer do not. No retries.
   */
  override async process(options: GraphQLDataSourceProcessOptions<RouterContext>) {
    const started = performance.now();
    let report: (ok: boolean) => void;
    try {
      report = this.breaker.admit();
    } catch (error) {
      this.metrics?.subgraphSeconds.observe({ subgraph: this.name, outcome: 'rejected' }, 0);
      throw error;
    }
    try {
      const response = await super.process(options);
      report(true);
      this.metrics?.subgraphSeconds.observe({ subgraph: this.name, outcome: 'ok' }, (performance.now() - started) / 1000);
      return response;
    } catch (error) {
      const rejected = clientRejection(error);
      // A request the subgraph refused (4xx: e.g. a custom scalar the router cannot check) is the
      // client's mistake, not a sign the subgraph is failing.
      report(Boolean(rejected));
      this.metrics?.subgraphSeconds.observe(
        { subgraph: this.name, outcome: rejected ? 'rejected_request' : 'error' },
        (performance.now() - started) / 1000,
      );
      throw rejected ?? error;
    }
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>): Promise<void> {
    const headers = request.http?.headers;
    if (!headers || !('requestId' in context)) return;
    headers.set(REQUEST_ID_HEADER, context.requestId);
    injectTraceContext((name, value) => headers.set(name, value));
    context.internalToken ??= signForwardedRequest(this.secret, {
      viewer: context.viewer,
      requestId: context.requestId,
      clientIp: context.ip,
    });
    headers.set(INTERNAL_AUTH_HEADER, await context.internalToken);
    // Queries (never mutations) may share an identical in-flight fetch of the same viewer.
    if (request.query && !MUTATION.test(request.query)) headers.set(MERGE_HEADER, scopeOf(context.viewer));
  }
}

/**
 * Turns a subgraph's 4xx answer (RemoteGraphQLDataSource throws "400: Bad Request" with the body in
 * `extensions.response`) into the subgraph's own first error, e.g. a BAD_USER_INPUT for a malformed
 * DateTime variable; null for anything else.
 */
function clientRejection(error: unknown): GraphQLError | null {
  const response = (error as { extensions?: { response?: { status?: number; body?: unknown } } })?.extensions?.response;
  if (!response || typeof response.status !== 'number' || response.status < 400 || response.status >= 500) return null;
  const body = response.body as { errors?: { message?: string; extensions?: { code?: string } }[] } | undefined;
  const first = body?.errors?.[0];
  const code = first?.extensions?.code;
  return new GraphQLError(first?.message ?? 'The request was refused.', {
    extensions: { code: code && code !== 'INTERNAL_SERVER_ERROR' ? code : 'BAD_USER_INPUT' },
  });
}

const MERGE_HEADER = 'x-hubgraph-merge-scope';
const MUTATION = /^\s*mutation\b/;

function scopeOf(viewer: Viewer | null): string {
  return viewer ? `${viewer.userId}|${viewer.tenantId ?? ''}|${viewer.roles.join(',')}` : 'anonymous';
}

/** A subgraph answer, fully read: what is shared between merged requests. */
interface RawAnswer {
  status: number;
  statusText: string;
  headers: [string, string][];
  body: Buffer;
}

const keepAlive = { http: new HttpAgent({ keepAlive: true, maxSockets: 512 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 512 }) };

/**
 * POSTs to a subgraph with node:http and a shared keep-alive agent, reading the whole answer. Node's
 * global fetch costs 0.5–0.9 ms of CPU per call here against 0.1–0.3 ms for http.request
 * (bench/README.md, proxy-fetch), and the router makes one call per plan step.
 */
function send(url: string, init: RequestInit | undefined, timeoutMs: number): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const request = (target.protocol === 'https:' ? httpsRequest : httpRequest)(
      target,
      {
        method: init?.method ?? 'POST',
        headers: init?.headers as Record<string, string>,
        agent: target.protocol === 'https:' ? keepAlive.https : keepAlive.http,
        timeout: timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const headers: [string, string][] = [];
          for (const [name, value] of Object.entries(response.headers)) {
            if (value === undefined) continue;
            for (const item of Array.isArray(value) ? value : [value]) headers.push([name, item]);
          }
          resolve({ status: response.statusCode ?? 502, statusText: response.statusMessage ?? '', headers, body: Buffer.concat(chunks) });
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error(`The subgraph did not answer within ${timeoutMs} ms.`)));
    request.on('error', reject);
    request.end(typeof init?.body === 'string' ? init.body : undefined);
  });
}

function toResponse(answer: RawAnswer): Response {
  const empty = answer.status === 204 || answer.status === 304;
  return new Response(empty ? null : answer.body, { status: answer.status, statusText: answer.statusText, headers: answer.headers });
}

/**
 * The data sources' fetcher. It also merges identical in-flight subgraph queries: while a fetch with
 * the same URL, body and viewer scope is under way, another one waits for it and gets its own copy
 * of the same answer instead of asking the subgraph again. Only requests the data source marked
 * (queries, never mutations) are merged; the marker header is removed before sending.
 */
function subgraphFetcher(timeoutMs: number) {
  const inflight = new Map<string, Promise<RawAnswer>>();
  return async (input: string, init?: RequestInit): Promise<Response> => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    const scope = headers[MERGE_HEADER];
    if (scope === undefined) return toResponse(await send(input, init, timeoutMs));
    const { [MERGE_HEADER]: _marker, ...rest } = headers;
    const request = { ...init, headers: rest };
    const key = `${input}\n${scope}\n${String(init?.body ?? '')}`;
    let shared = inflight.get(key);
    if (!shared) {
      shared = send(input, request, timeoutMs).finally(() => inflight.delete(key));
      inflight.set(key, shared);
    }
    return toResponse(await shared);
  };
}

export interface GatewayOptions {
  supergraphSdl: string;
  timeoutMs: number;
  breaker?: BreakerOptions;
  metrics?: RouterMetrics;
  /** Subgraph name → URL; names missing here keep the URL composed into the supergraph. */
  subgraphUrls: Record<string, string>;
  internalSecret: string;
  log: Logger;
}

/**
 * An Apollo Gateway over the committed supergraph (no runtime introspection, no polling), with
 * subgraph URLs replaced from configuration.
 */
export function createGateway(options: GatewayOptions): {
  gateway: ApolloGateway;
  dataSources: Map<string, RemoteGraphQLDataSource<RouterContext>>;
  breakers: Map<string, CircuitBreaker>;
} {
  const dataSources = new Map<string, RemoteGraphQLDataSource<RouterContext>>();
  const breakers = new Map<string, CircuitBreaker>();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger: options.log,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`No URL for subgraph ${name}; set SUBGRAPH_URL_${name.toUpperCase()}.`);
      const breaker = new CircuitBreaker(name, options.breaker ?? DEFAULT_BREAKER, (subgraph, state) => {
        options.metrics?.setBreaker(subgraph, state);
        options.log.warn({ subgraph, breaker: state }, `circuit breaker ${state}`);
      });
      options.metrics?.setBreaker(name, 'closed');
      const source = new ForwardingDataSource(name, target, options.internalSecret, breaker, options.metrics, options.timeoutMs);
      dataSources.set(name, source);
      breakers.set(name, breaker);
      return source;
    },
  });
  return { gateway, dataSources, breakers };
}

/** Subgraph names and URLs as composed into a supergraph (`@join__graph(name:, url:)`). */
export function composedSubgraphUrls(supergraphSdl: string): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const match of supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) {
    urls[match[1]] = match[2];
  }
  return urls;
}
