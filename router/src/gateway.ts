import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { GraphQLError, GraphQLSchema } from 'graphql';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { Schema, Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import { INTERNAL_AUTH_HEADER, REQUEST_ID_HEADER, injectTraceContext, type Logger, type RouterSigner, type Viewer } from '../../kit';
import { SubgraphBatcher, type RawAnswer } from './batch';
import { CircuitBreaker, DEFAULT_BREAKER, subgraphUnavailable, type BreakerOptions, type UnavailableReason } from './breaker';
import type { RouterContext } from './context';
import type { RouterMetrics } from './metrics';

/**
 * The data source of every subgraph fetch: forwards the request id and the router-verified identity
 * (as the signed internal header) and nothing else from the client — the client's own headers,
 * cookies and tokens never reach a subgraph. It is a RemoteGraphQLDataSource for the gateway and the
 * subscription hub, but sends with its own lean path: node:http with keep-alive, identical in-flight
 * queries merged ({@link SubgraphClient}), the body parsed once, no fetch-API objects. Profiled under
 * load, the stock path (node-fetch Headers and Request, a web Response with streams, its `json()`)
 * and signing a token per request were the router's largest costs of its own (bench/README.md).
 */
class ForwardingDataSource extends RemoteGraphQLDataSource<RouterContext> {
  constructor(
    private readonly name: string,
    url: string,
    private readonly tokens: ForwardedTokens,
    private readonly breaker: CircuitBreaker,
    private readonly metrics: RouterMetrics | undefined,
    private readonly client: SubgraphClient,
    private readonly log: Logger,
    private readonly onMutation?: (subgraph: string) => void,
  ) {
    super({ url });
  }

  /**
   * Every fetch passes the subgraph's circuit breaker and its timeout. Only failures of the subgraph
   * itself count against the breaker — transport errors, timeouts, 5xx and answers that are not
   * GraphQL — and each is reported to the client as SUBGRAPH_UNAVAILABLE naming the subgraph, from
   * the first one (the cause goes to the log). A request the subgraph refuses (4xx) is the client's
   * mistake and becomes the subgraph's own error; one that fails before it is sent (a variable that
   * cannot be serialized, say) says nothing about the subgraph and is not counted. No retries.
   */
  override async process(options: GraphQLDataSourceProcessOptions<RouterContext>): Promise<GatewayGraphQLResponse> {
    const started = performance.now();
    const observe = (outcome: string) =>
      this.metrics?.subgraphSeconds.observe({ subgraph: this.name, outcome }, (performance.now() - started) / 1000);
    let report: (ok: boolean | undefined) => void;
    try {
      report = this.breaker.admit();
    } catch (error) {
      this.metrics?.subgraphSeconds.observe({ subgraph: this.name, outcome: 'rejected' }, 0);
      throw error;
    }
    let prepared: Awaited<ReturnType<ForwardingDataSource['prepare']>>;
    try {
      prepared = await this.prepare(options);
    } catch (error) {
      report(undefined);
      throw error;
    }
    const requestId = options.context && 'requestId' in options.context ? options.context.requestId : undefined;
    const failed = (reason: UnavailableReason, cause: unknown) => {
      report(false);
      observe('error');
      this.log.warn({ subgraph: this.name, reason, err: cause, requestId }, 'subgraph fetch failed');
      return subgraphUnavailable(this.name, reason);
    };
    let answer: RawAnswer;
    try {
      answer = await this.client.post(this.url!, prepared.body, prepared.headers, prepared.mergeScope, prepared.operation);
    } catch (error) {
      throw failed(error instanceof SubgraphTimeout ? 'timeout' : 'unreachable', error);
    }
    if (answer.status >= 400 && answer.status < 500) {
      report(true);
      observe('rejected_request');
      throw rejection(answer);
    }
    if (answer.status < 200 || answer.status >= 300) throw failed('server_error', new Error(`HTTP ${answer.status} ${answer.statusText}`));
    let parsed: unknown;
    try {
      parsed = parseAnswer(answer);
    } catch (error) {
      throw failed('invalid_answer', error);
    }
    if (typeof parsed !== 'object' || parsed === null) throw failed('invalid_answer', new Error('The answer is not a JSON object.'));
    report(true);
    observe('ok');
    // The operation's cache policy narrows by every subgraph's Cache-Control (the response cache reads it).
    if ('incomingRequestContext' in options) {
      const policy = options.incomingRequestContext.overallCachePolicy;
      if (policy && 'restrict' in policy) policy.restrict(cacheHintOf(answer.headers['cache-control']));
    }
    // A write may have changed what the router's edge cache holds for this subgraph (a link's target).
    if (this.onMutation && options.request.query && MUTATION.test(options.request.query)) this.onMutation(this.name);
    return parsed as GatewayGraphQLResponse;
  }

  /** What RemoteGraphQLDataSource.process does for us (headers, body), minus its overhead. */
  private async prepare(options: GraphQLDataSourceProcessOptions<RouterContext>) {
    const { request, context } = options;
    if (!request.query) throw new Error('Missing query');
    const headers: Record<string, string> = {};
    // Only what the gateway itself put there (e.g. a federated-trace request); nothing from the client.
    if (request.http?.headers) for (const [name, value] of request.http.headers) headers[name.toLowerCase()] = value;
    headers['content-type'] = 'application/json';
    let mergeScope: string | undefined;
    if (context && 'requestId' in context) {
      headers[REQUEST_ID_HEADER] = context.requestId;
      injectTraceContext((name, value) => (headers[name] = value));
      // Signed for this subgraph only (`aud` = its name), reused across requests of the same viewer and IP.
      headers[INTERNAL_AUTH_HEADER] = await this.tokens.tokenFor(context.viewer, context.ip, this.name);
      // Queries (never mutations) may share an identical in-flight fetch of the same viewer.
      if (!MUTATION.test(request.query)) mergeScope = scopeOf(context.viewer);
    }
    const { http: _http, ...payload } = request;
    const operation = mergeScope === undefined ? undefined : { query: request.query, variables: request.variables };
    return { body: JSON.stringify({ query: payload.query, ...payload }), headers, mergeScope, operation };
  }
}

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;
/** A cache hint as Apollo's cache policy takes it. */
interface CacheHint {
  maxAge?: number;
  scope?: 'PUBLIC' | 'PRIVATE';
}

/** The answer's JSON (or its text when it is not JSON), as RemoteGraphQLDataSource reads a body. */
function parseAnswer(answer: RawAnswer): unknown {
  // A batch member's part: the first reader takes it, a merged follower gets its own copy.
  if (answer.parsed) {
    if (answer.parsed.taken) return structuredClone(answer.parsed.value);
    answer.parsed.taken = true;
    return answer.parsed.value;
  }
  const text = answer.body.toString('utf8');
  const type = answer.headers['content-type'];
  if (type && (type.startsWith('application/json') || type.startsWith('application/graphql-response+json'))) return JSON.parse(text);
  return text;
}

/**
 * A subgraph's Cache-Control header as a cache hint (no header: max-age 0, i.e. uncacheable). Only an
 * explicit `public` makes it PUBLIC: private unless the subgraph said otherwise.
 */
function cacheHintOf(header: string | undefined): CacheHint {
  const hint: CacheHint = { maxAge: 0, scope: 'PRIVATE' };
  if (!header) return hint;
  for (const part of header.split(',')) {
    const [rawKey = '', rawValue] = part.split('=', 2);
    const key = rawKey.trim().toLowerCase();
    if (key === 'max-age' && rawValue !== undefined && /^\s*"?[0-9]+"?\s*$/.test(rawValue))
      hint.maxAge = Number(rawValue.trim().replace(/"/g, ''));
    else if (key === 'private') hint.scope = 'PRIVATE';
    else if (key === 'public') hint.scope = 'PUBLIC';
  }
  return hint;
}

/**
 * A subgraph's 4xx answer as the subgraph's own first error, e.g. a BAD_USER_INPUT for a malformed
 * DateTime variable (BAD_USER_INPUT too when it names no code; UNAUTHENTICATED or FORBIDDEN for a
 * bare 401 or 403).
 */
function rejection(answer: RawAnswer): GraphQLError {
  let body: { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | undefined;
  try {
    body = parseAnswer(answer) as typeof body;
  } catch {
    body = undefined;
  }
  const first = Array.isArray(body?.errors) ? body.errors[0] : undefined;
  const code = first?.extensions?.code;
  const fallback = answer.status === 401 ? 'UNAUTHENTICATED' : answer.status === 403 ? 'FORBIDDEN' : 'BAD_USER_INPUT';
  return new GraphQLError(typeof first?.message === 'string' ? first.message : 'The request was refused.', {
    extensions: { code: typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' ? code : fallback },
  });
}

const MUTATION = /^\s*mutation\b/;
const RATE_LIMITED = Buffer.from('"RATE_LIMITED"');

/**
 * Whether an answer carries a RATE_LIMITED error (a batch member's part is read parsed; a whole
 * answer's text is searched, where a field value holding that string only costs a second fetch).
 */
function rateLimited(answer: RawAnswer): boolean {
  if (answer.parsed) {
    const { errors } = answer.parsed.value as { errors?: { extensions?: { code?: unknown } }[] };
    return Array.isArray(errors) && errors.some((error) => error?.extensions?.code === 'RATE_LIMITED');
  }
  return answer.body.includes(RATE_LIMITED);
}

function scopeOf(viewer: Viewer | null): string {
  return viewer ? `${viewer.userId}|${viewer.tenantId ?? ''}|${viewer.roles.join(',')}` : 'anonymous';
}

/** Forwarded tokens live 60 s (kit/src/auth.ts); a cached one is reused until this long before that. */
const TOKEN_REUSE_MS = 45_000;
const TOKEN_CACHE_LIMIT = 10_000;

/**
 * The signed forwarded-request headers, one per (viewer, client IP, subgraph), reused for 45 s of
 * their 60 s life instead of signing a JWT for every fetch (ES256 signing is dearer still than the
 * HMAC it replaced, which already cost 3–6 % of the router's CPU under load). The key is the whole
 * viewer, so any claim that differs gets its own token, and the audience, so a token signed for one
 * subgraph is never sent to another. A reused token is shared by requests, so it carries no request
 * id (`rid` is empty); the request id travels in `x-request-id`.
 */
export class ForwardedTokens {
  private readonly cache = new Map<string, { token: Promise<string>; until: number }>();
  constructor(private readonly signer: RouterSigner) {}

  tokenFor(viewer: Viewer | null, clientIp: string, audience: string): Promise<string> {
    const key = `${audience}\n${clientIp}\n${viewer ? JSON.stringify(viewer) : ''}`;
    const now = Date.now();
    const hit = this.cache.get(key);
    if (hit && hit.until > now) return hit.token;
    if (this.cache.size >= TOKEN_CACHE_LIMIT) {
      for (const [k, entry] of this.cache) if (entry.until <= now) this.cache.delete(k);
      if (this.cache.size >= TOKEN_CACHE_LIMIT) this.cache.clear();
    }
    const token = this.signer.signForwarded(viewer, audience, { clientIp });
    this.cache.set(key, { token, until: now + TOKEN_REUSE_MS });
    token.catch(() => this.cache.delete(key));
    return token;
  }
}

/** A fetch abandoned after SUBGRAPH_TIMEOUT_MS. */
class SubgraphTimeout extends Error {}

const keepAlive = {
  http: new HttpAgent({ keepAlive: true, maxSockets: 512 }),
  https: new HttpsAgent({ keepAlive: true, maxSockets: 512 }),
};

/**
 * POSTs to subgraphs with node:http and a shared keep-alive agent, reading whole answers. Node's
 * global fetch costs 0.5–0.9 ms of CPU per call here against 0.1–0.3 ms for http.request
 * (bench/README.md, proxy-fetch), and the router makes one call per plan step. It also merges
 * identical in-flight subgraph queries: while a fetch with the same URL, body and merge scope (the
 * viewer's) is under way, another one waits for it and reads the same answer instead of asking the
 * subgraph again, unless that answer is a rate limit's refusal. Only fetches given a scope (queries,
 * never mutations) are merged. Different queries of one plan step in flight together are sent as one
 * batch ({@link SubgraphBatcher}).
 */
export class SubgraphClient {
  private readonly inflight = new Map<string, Promise<RawAnswer>>();
  private readonly targets = new Map<string, URL>();
  private readonly batcher: SubgraphBatcher;
  constructor(
    private readonly timeoutMs: number,
    private readonly merge = true,
    batch: { max: number; waitMs: number } = { max: 0, waitMs: 0 },
    observeBatch?: ConstructorParameters<typeof SubgraphBatcher>[3],
  ) {
    this.batcher = new SubgraphBatcher((url, body, headers) => this.send(url, body, headers), batch.max, batch.waitMs, observeBatch);
  }

  post(
    url: string,
    body: string,
    headers: Record<string, string>,
    mergeScope?: string,
    operation?: { query: string; variables?: Record<string, unknown> },
  ): Promise<RawAnswer> {
    if (mergeScope === undefined) return this.send(url, body, headers);
    const send = () =>
      operation
        ? this.batcher.fetch(url, `${url}\n${operation.query}`, operation.query, operation.variables, body, headers)
        : this.send(url, body, headers);
    if (!this.merge) return send();
    const key = `${url}\n${mergeScope}\n${body}`;
    const shared = this.inflight.get(key);
    // A follower asks for itself when the leader was refused by a rate limit: the allowance was the
    // leader's (anonymous callers share a scope but each address has its own allowance).
    if (shared) return shared.then((answer) => (rateLimited(answer) ? send() : answer));
    const leading = send().finally(() => this.inflight.delete(key));
    this.inflight.set(key, leading);
    return leading;
  }

  private send(url: string, body: string, headers: Record<string, string>): Promise<RawAnswer> {
    let target = this.targets.get(url);
    if (!target) this.targets.set(url, (target = new URL(url)));
    const https = target.protocol === 'https:';
    headers['content-length'] = String(Buffer.byteLength(body));
    return new Promise((resolve, reject) => {
      const request = (https ? httpsRequest : httpRequest)(
        {
          protocol: target.protocol,
          hostname: target.hostname,
          port: target.port,
          path: target.pathname + target.search,
          method: 'POST',
          headers,
          agent: https ? keepAlive.https : keepAlive.http,
          timeout: this.timeoutMs,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 502,
              statusText: response.statusMessage ?? '',
              headers: response.headers,
              body: chunks.length === 1 && chunks[0] ? chunks[0] : Buffer.concat(chunks),
            }),
          );
        },
      );
      request.on('timeout', () => request.destroy(new SubgraphTimeout(`The subgraph did not answer within ${this.timeoutMs} ms.`)));
      request.on('error', reject);
      request.end(body);
    });
  }
}

export interface GatewayOptions {
  supergraphSdl: string;
  timeoutMs: number;
  /** Merge identical in-flight subgraph queries of the same viewer (default true). */
  mergeInflight?: boolean;
  /** Concurrent queries of one plan step sent as one request: at most `max` (0 or 1: never), waiting at most `waitMs`. */
  batch?: { max: number; waitMs: number };
  breaker?: BreakerOptions;
  metrics?: RouterMetrics;
  /** Subgraph name → URL; names missing here keep the URL composed into the supergraph. */
  subgraphUrls: Record<string, string>;
  /** Signs the forwarded-request header, per subgraph. */
  signer: RouterSigner;
  log: Logger;
  /** Called after each mutation a subgraph answered (the router drops that subgraph's edge entries). */
  onMutation?: (subgraph: string) => void;
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
  const tokens = new ForwardedTokens(options.signer);
  // Subgraph name by URL, for the batch metrics (filled as the gateway builds each data source).
  const subgraphByUrl = new Map<string, string>();
  const client = new SubgraphClient(options.timeoutMs, options.mergeInflight ?? true, options.batch, (url, members, outcome) => {
    const subgraph = subgraphByUrl.get(url) ?? 'unknown';
    options.metrics?.subgraphBatches.inc({ subgraph });
    options.metrics?.subgraphBatchedFetches.inc({ subgraph, outcome }, members);
  });
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    // The committed supergraph is composition's output, checked against the subgraphs by `npm run
    // schema:check` in CI; validating it again costs every start ~0.5–1 s of CPU (Apollo skips it in
    // production by default; now every mode does, so tests start the router as production does).
    validateSupergraph: false,
    logger: options.log,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`No URL for subgraph ${name}; set SUBGRAPH_URL_${name.toUpperCase()}.`);
      const breaker = new CircuitBreaker(name, options.breaker ?? DEFAULT_BREAKER, (subgraph, state) => {
        options.metrics?.setBreaker(subgraph, state);
        options.log.warn({ subgraph, breaker: state }, `circuit breaker ${state}`);
      });
      options.metrics?.setBreaker(name, 'closed');
      subgraphByUrl.set(target, name);
      const source = new ForwardingDataSource(name, target, tokens, breaker, options.metrics, client, options.log, options.onMutation);
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
  for (const [, name, url] of supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) {
    if (name && url) urls[name] = url;
  }
  return urls;
}

/** The supergraph compiled for planning: its query planner, API schema (both forms) and supergraph schema. */
export interface CompiledSupergraph {
  planner: QueryPlanner;
  api: Schema;
  apiSchema: GraphQLSchema;
  supergraphSchema: GraphQLSchema;
}

/**
 * The supergraph as the loaded gateway compiled it, for the subscription hub to plan with: compiling
 * the 400 KB supergraph (schemas, query graph, planner) takes 1–3 s of CPU, and the gateway has done
 * it already. Apollo Gateway keeps these as private fields, so they are checked for what they must be;
 * when they are not there (another gateway version), null, and the caller compiles its own
 * ({@link compileSupergraph}). router/test/forwarding.test.ts checks that the shared path is taken.
 */
export function compiledByGateway(gateway: ApolloGateway): CompiledSupergraph | null {
  const { queryPlanner, apiSchema, schema, supergraphSchema } = gateway as unknown as Record<string, unknown>;
  if (
    queryPlanner instanceof QueryPlanner &&
    apiSchema instanceof Schema &&
    schema instanceof GraphQLSchema &&
    supergraphSchema instanceof GraphQLSchema
  ) {
    return { planner: queryPlanner, api: apiSchema, apiSchema: schema, supergraphSchema };
  }
  return null;
}

/** Compiles a supergraph for planning (not validated again: see {@link createGateway}). */
export function compileSupergraph(supergraphSdl: string, config?: ConstructorParameters<typeof QueryPlanner>[1]): CompiledSupergraph {
  const supergraph = Supergraph.build(supergraphSdl, { validateSupergraph: false });
  const api = supergraph.apiSchema();
  return {
    planner: new QueryPlanner(supergraph, config),
    api,
    apiSchema: api.toGraphQLJSSchema(),
    supergraphSchema: supergraph.schema.toGraphQLJSSchema(),
  };
}
