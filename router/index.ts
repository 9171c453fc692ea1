import { TenantHosts } from './src/tenant-host';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAbsolute, join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import ApolloServerPluginResponseCache from '@apollo/server-plugin-response-cache';
import {
  InputLiteralsRule,
  checkScalarInputs,
  EDGE_PURGE_TOPIC,
  createPubSub,
  dateTimeVariablesPlugin,
  capConnectionsPerIp,
  createHttpServer,
  KeyedRateLimiter,
  createLogger,
  createRequestListener,
  drain,
  runShutdown,
  errorMetrics,
  errorTracker,
  healthRoutes,
  listen,
  operationLogPlugin,
  repoRoot,
  ROUTER_JWKS_PATH,
  RouterSigner,
  sendJson,
  unexpectedErrorPlugin,
  type HealthCheck,
  type Clock,
  type Logger,
  type PubSub,
  type Viewer,
} from '../kit';
import { Registry } from 'prom-client';
import { TokenVerifier } from './src/auth';
import { CookieSessions } from './src/sessions';
import type { RouterConfig } from './src/config';
import { clientIp, type RouterContext } from './src/context';
import { guardPlugin, routerErrorFormatter } from './src/guard';
import { screenRequest } from './src/limits';
import { RedisDocumentCache, loadManifest, manifestPlugin } from './src/documents';
import { RateLimiter } from './src/ratelimit';
import { LANDING_PAGE_CSP, developmentLandingPage, explorerRoutes, productionLandingPage } from './src/explorer';
import { collapsePlugin } from './src/collapse';
import { compileSupergraph, compiledByGateway, composedSubgraphUrls, createGateway } from './src/gateway';
import { deferPlugin, withDeferDirective } from './src/defer';
import { SubscriptionHub } from './src/subscriptions';
import { StreamIdentity } from './src/stream-identity';
import { ReadOnlyTenants } from './src/tenant-billing';
import { RouterMetrics } from './src/metrics';
import type { BreakerState } from './src/breaker';
import { attachWebSocket } from './src/websocket';
import { EdgeCache } from './src/edge-cache';
import { publicPathRoutes } from './src/public-paths';

export { loadRouterConfig, type RouterConfig } from './src/config';

/** Whose PRIVATE response-cache entries a request may read and write: one per viewer scope; none when anonymous. */
function privateCacheKey(viewer: Viewer | null): string | null {
  if (!viewer) return null;
  return JSON.stringify([viewer.userId, viewer.tenantId ?? null, viewer.tenantRole ?? null, [...viewer.roles].sort()]);
}

/** Origins of Apollo's hosted Sandbox and Studio, allowed in development so they can call a local router. */
const APOLLO_ORIGINS = ['https://studio.apollographql.com', 'https://sandbox.apollo.dev'];

export interface RunningRouter {
  port: number;
  url: string;
  /** Live subscription counters (shared upstream subscriptions, subscribers, dropped events). */
  subscriptions: SubscriptionHub['stats'];
  /** Circuit breaker state per subgraph. */
  breakers(): Record<string, BreakerState>;
  stop(): Promise<void>;
}

export interface StartRouterOptions {
  config: RouterConfig;
  /** 0 picks a free port (tests); default ROUTER_PORT. */
  port?: number;
  log?: Logger;
  version?: string;
  /**
   * The pub/sub on which identity announces access changes (all-in-one mode shares the subgraphs'
   * one); default: Redis with REDIS_URL, else this process's memory.
   */
  pubsub?: PubSub;
  /** What the router's session cache reads the time from (default the system clock; tests move one by hand). */
  clock?: Clock;
  /** Public path prefix → subgraph, instead of the file at PUBLIC_PATHS_PATH (a test stack's own registry). */
  publicPaths?: Record<string, string>;
}

/**
 * Starts the router (catalogue #34): one GraphQL endpoint over every subgraph, planned by Apollo
 * Gateway from the committed supergraph; verifies access tokens and forwards identity; serves
 * `/health`, `/ready` and (outside production) the offline explorer at `/explorer`.
 */
export async function startRouter(options: StartRouterOptions): Promise<RunningRouter> {
  const { config } = options;
  const production = config.NODE_ENV === 'production';
  const log = options.log ?? createLogger('router', config.LOG_LEVEL);
  errorTracker.configure({
    redisUrl: config.REDIS_URL,
    redisKeyPrefix: config.REDIS_KEY_PREFIX,
    sentryDsn: config.SENTRY_DSN,
    environment: config.NODE_ENV,
    release: options.version,
    log,
  });
  const supergraphPath = isAbsolute(config.SUPERGRAPH_PATH) ? config.SUPERGRAPH_PATH : join(repoRoot, config.SUPERGRAPH_PATH);
  const supergraphSdl = readFileSync(supergraphPath, 'utf8');
  const subgraphUrls = { ...composedSubgraphUrls(supergraphSdl), ...config.subgraphUrls };
  const publicPaths =
    options.publicPaths ??
    (JSON.parse(
      readFileSync(isAbsolute(config.PUBLIC_PATHS_PATH) ? config.PUBLIC_PATHS_PATH : join(repoRoot, config.PUBLIC_PATHS_PATH), 'utf8'),
    ) as Record<string, string>);
  const identityUrl = subgraphUrls.identity;
  const jwksUrl = config.JWKS_URL ?? identityUrl?.replace(/\/graphql$/, '/.well-known/jwks.json');
  if (!jwksUrl) throw new Error('Set JWKS_URL: there is no identity subgraph to take access-token keys from.');
  // Everything the router vouches for to a subgraph is signed with its private key (kit/src/auth.ts).
  const signer = RouterSigner.fromConfig(config);
  // Cookie sessions live in identity; without it (a partial stack) only bearer tokens work.
  const sessions = identityUrl ? new CookieSessions({ identityUrl, signer, production, log, clock: options.clock }) : undefined;
  const tokens = new TokenVerifier(jwksUrl, sessions);
  // Tenants whose overdue invoice made them read-only (payments announces them; see tenant-billing.ts).
  const readOnlyTenants = new ReadOnlyTenants();
  // Tenant by subdomain (needs identity to resolve slugs); the tenant header alone chooses otherwise.
  const tenantHosts =
    config.HUBGRAPH_BASE_DOMAIN && identityUrl
      ? new TenantHosts({ baseDomain: config.HUBGRAPH_BASE_DOMAIN, identityUrl, signer, log })
      : undefined;

  const rateLimiter = config.RATE_LIMIT_ENABLED
    ? new RateLimiter(
        {
          windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
          anonymousPoints: config.RATE_LIMIT_ANONYMOUS_POINTS,
          userPoints: config.RATE_LIMIT_USER_POINTS,
          tenantPoints: config.RATE_LIMIT_TENANT_POINTS,
        },
        config.REDIS_URL,
        config.REDIS_KEY_PREFIX,
        log,
      )
    : null;
  const limits = {
    maxDepth: config.LIMIT_MAX_DEPTH,
    maxAliases: config.LIMIT_MAX_ALIASES,
    maxRootFields: config.LIMIT_MAX_ROOT_FIELDS,
    maxDirectivesPerField: config.LIMIT_MAX_DIRECTIVES_PER_FIELD,
    maxCost: config.LIMIT_MAX_COST,
    defaultListSize: config.LIMIT_DEFAULT_LIST_SIZE,
    maxInputDepth: config.LIMIT_MAX_INPUT_DEPTH,
    maxInputValues: config.LIMIT_MAX_INPUT_VALUES,
  };
  const documentCache = config.REDIS_URL ? new RedisDocumentCache(config.REDIS_URL, `${config.REDIS_KEY_PREFIX}apq:`, log) : undefined;
  const responseCache = config.REDIS_URL ? new RedisDocumentCache(config.REDIS_URL, `${config.REDIS_KEY_PREFIX}rc:`, log) : undefined;
  const manifest = config.TRUSTED_DOCUMENTS_PATH
    ? loadManifest(
        isAbsolute(config.TRUSTED_DOCUMENTS_PATH) ? config.TRUSTED_DOCUMENTS_PATH : join(repoRoot, config.TRUSTED_DOCUMENTS_PATH),
      )
    : undefined;
  let hub: SubscriptionHub | undefined;
  const metrics = new RouterMetrics(() => hub?.stats ?? { upstreamSubscriptions: 0, subscribers: 0, dropped: 0, resumed: 0 });
  // What /metrics serves: the router's own metrics and the unexpected errors of this process.
  const served = Registry.merge([metrics.registry, errorMetrics]);
  // Redirects a subgraph marks cacheable are answered by the router itself (kit/src/edge.ts).
  const edge = new EdgeCache({ signer, log });
  const { gateway, dataSources, breakers } = createGateway({
    supergraphSdl,
    subgraphUrls,
    signer,
    log,
    onMutation: (subgraph) => edge.purgeSubgraph(subgraph),
    metrics,
    timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    mergeInflight: config.SUBGRAPH_MERGE_INFLIGHT,
    batch: { max: config.SUBGRAPH_BATCH_MAX, waitMs: config.SUBGRAPH_BATCH_WAIT_MS },
    breaker: {
      failureRatio: config.BREAKER_FAILURE_RATIO,
      minimumCalls: config.BREAKER_MINIMUM_CALLS,
      windowMs: config.BREAKER_WINDOW_MS,
      openMs: config.BREAKER_OPEN_MS,
    },
  });
  // The API schema's custom scalars would pass any value through; check them as the subgraphs will.
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => checkScalarInputs(apiSchema));
  const apollo = new ApolloServer<RouterContext>({
    // The gateway, with @defer declared so that it validates (router/src/defer.ts answers it).
    gateway: withDeferDirective(gateway),
    // The process's own handler (stopOnSignals) drains and stops everything in order; Apollo's would stop
    // this server mid-drain, re-send the signal, and add one listener per server (a warning from nine on).
    stopOnTerminationSignals: false,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    hideSchemaDetailsFromClientErrors: production,
    csrfPrevention: true,
    parseOptions: { maxTokens: config.LIMIT_MAX_TOKENS },
    // A Float literal that overflows to Infinity, or an impossible DateTime, is a 400 here, not a planner failure.
    validationRules: [InputLiteralsRule],
    // Automatic persisted queries: clients may send a hash instead of the text once it is known.
    persistedQueries: { cache: documentCache, ttl: 86_400 },
    formatError: routerErrorFormatter(production),
    logger: log,
    plugins: [
      ...(manifest ? [manifestPlugin(manifest, config.TRUSTED_DOCUMENTS_ONLY)] : []),
      guardPlugin(limits, rateLimiter, production),
      readOnlyTenants.plugin(),
      dateTimeVariablesPlugin(),
      metrics.plugin(),
      ...(sessions ? [sessions.plugin()] : []),
      ...(config.RESPONSE_CACHE_ENABLED
        ? [
            ApolloServerPluginResponseCache<RouterContext>({
              cache: responseCache,
              // Answers are PRIVATE unless every subgraph marked its part PUBLIC (kit/src/cache-control.ts).
              // PRIVATE answers are cached per user, tenant and roles (the same user acting in another
              // tenant, or after a role change, must not get the earlier answer); anonymous requests
              // only ever get PUBLIC entries.
              sessionId: async ({ contextValue }) => privateCacheKey(contextValue.viewer),
              // A query answered with an identical in-flight one's result: that one stores the entry.
              shouldWriteToCache: async ({ contextValue }) => !contextValue.sharedAnswer,
            }),
          ]
        : []),
      // @defer for clients that take multipart answers (after every check above; a cache hit answers whole).
      deferPlugin({ supergraphSdl, dataSources, formatError: routerErrorFormatter(production), log }),
      // Identical in-flight queries of one viewer scope run once (after the cache and @defer have had their turn).
      ...(config.OPERATION_MERGE_INFLIGHT
        ? [
            collapsePlugin({
              scopeOf: (context) => privateCacheKey(context.viewer),
              waitMs: config.SUBGRAPH_TIMEOUT_MS,
              onShared: () => metrics.sharedAnswers.inc(),
            }),
          ]
        : []),
      operationLogPlugin('info'),
      unexpectedErrorPlugin('router'),
      production ? productionLandingPage() : developmentLandingPage(),
    ],
  });
  await apollo.start();

  let accepting = true;
  // A subgraph that is down degrades the router (warn) rather than failing it: other subgraphs still answer.
  const checks = (): HealthCheck[] =>
    Object.entries(subgraphUrls).map(([name, url]) => ({
      name: `subgraph:${name}`,
      critical: false,
      check: async () => {
        const breaker = breakers.get(name)?.state ?? 'closed';
        if (breaker === 'open') throw new Error('circuit breaker open');
        const res = await fetch(url.replace(/\/graphql$/, '/health'), { signal: AbortSignal.timeout(1500) });
        if (!res.ok) throw new Error(`health answered ${res.status}`);
      },
    }));
  const health = healthRoutes({ service: 'router', version: options.version ?? '0.0.0', checks, accepting: () => accepting });
  const cors = {
    origins: production
      ? config.CORS_ORIGINS
      : [...config.CORS_ORIGINS, ...APOLLO_ORIGINS, 'http://localhost:4000', 'http://127.0.0.1:4000'],
    credentials: true,
  };
  // Flood protection before any parsing: per-IP request rate (429 before the body is read) and, below,
  // open connections per peer address; probes of /health and /ready are never refused.
  const exempt = new Set(config.ROUTER_FLOOD_EXEMPT_IPS);
  const ipRate =
    config.ROUTER_IP_RATE_LIMIT > 0
      ? new KeyedRateLimiter({
          algorithm: config.ROUTER_IP_RATE_ALGORITHM,
          limit: config.ROUTER_IP_RATE_LIMIT,
          windowMs: config.ROUTER_IP_RATE_WINDOW_MS,
        })
      : null;
  const admit = ipRate
    ? (req: IncomingMessage) => {
        if (req.url === '/health' || req.url === '/ready') return undefined;
        const ip = clientIp(req, config.TRUST_PROXY_HOPS);
        if (exempt.has(ip)) return undefined;
        const decision = ipRate.take(ip);
        if (!decision.allowed) metrics.floodRefusals.inc({ kind: 'request-rate' });
        return decision;
      }
    : undefined;
  const server = createHttpServer(
    createRequestListener({
      service: 'router',
      admit,
      tarpitMs: config.ROUTER_IP_RATE_TARPIT_MS,
      apollo,
      path: '/graphql',
      bodyLimitBytes: config.BODY_LIMIT_BYTES,
      log,
      cors,
      screen: screenRequest(limits),
      hsts: production,
      landingPageCsp: LANDING_PAGE_CSP,
      routes: [
        { method: 'GET', path: '/health', handler: health.liveness },
        { method: 'GET', path: '/ready', handler: health.readiness },
        // The public half of the router's signing keys, for subgraphs configured with ROUTER_JWKS_URL.
        {
          method: 'GET',
          path: ROUTER_JWKS_PATH,
          handler: (_req: IncomingMessage, res: ServerResponse) =>
            sendJson(res, 200, signer.jwks(), { 'cache-control': 'public, max-age=300' }),
        },
        ...(config.METRICS_ENABLED
          ? [
              {
                method: 'GET' as const,
                path: '/metrics',
                handler: async (_req: IncomingMessage, res: ServerResponse) => {
                  const body = await served.metrics();
                  res.writeHead(200, { 'content-type': served.contentType });
                  res.end(body);
                },
              },
            ]
          : []),
        ...(production ? [] : explorerRoutes()),
        ...(sessions?.routes({ allowedOrigins: cors.origins, rateLimiter, trustedHops: config.TRUST_PROXY_HOPS }) ?? []),
        ...publicPathRoutes({
          table: publicPaths,
          subgraphUrls,
          timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
          trustedHops: config.TRUST_PROXY_HOPS,
          log,
          edge,
        }),
      ],
      buildContext: async (req, meta) => {
        await tenantHosts?.apply(req, meta.requestId);
        return {
          requestId: meta.requestId,
          log,
          ip: clientIp(req, config.TRUST_PROXY_HOPS),
          viewer: await tokens.viewerOf(req, meta.requestId),
        };
      },
    }),
    { headersTimeoutMs: config.ROUTER_HEADERS_TIMEOUT_MS, requestTimeoutMs: config.ROUTER_REQUEST_TIMEOUT_MS, maxHeadersCount: 100 },
  );
  capConnectionsPerIp(server, {
    maxPerIp: config.ROUTER_MAX_CONNECTIONS_PER_IP,
    exempt,
    onRefused: () => metrics.floodRefusals.inc({ kind: 'connections' }),
  });
  hub = new SubscriptionHub({
    // The gateway compiled the supergraph at apollo.start(); the hub plans with the same planner.
    compiled: compiledByGateway(gateway) ?? compileSupergraph(supergraphSdl),
    dataSources,
    subgraphUrls,
    signer,
    log,
    maxPendingPerFeed: config.SUBSCRIPTION_FEED_MAX_PENDING,
    retry: {
      initialMs: config.SUBSCRIPTION_RETRY_INITIAL_MS,
      maxMs: config.SUBSCRIPTION_RETRY_MAX_MS,
      attempts: config.SUBSCRIPTION_RETRY_ATTEMPTS,
    },
  });
  const ownsPubSub = !options.pubsub;
  const pubsub = options.pubsub ?? createPubSub(config.REDIS_URL, config.REDIS_KEY_PREFIX, log);
  const streamIdentity = new StreamIdentity(pubsub, log);
  tokens.accessChanges = streamIdentity;
  readOnlyTenants.listen(pubsub, log);
  // A subgraph's announced change drops its edge entries on every router replica (Redis shares the topic).
  const purges = pubsub.subscribe<{ subgraph?: unknown }>(EDGE_PURGE_TOPIC);
  void (async () => {
    try {
      for await (const purge of purges) if (typeof purge.subgraph === 'string') edge.purgeSubgraph(purge.subgraph);
    } catch (error) {
      log.warn({ err: error }, 'edge cache: purge listener ended');
    }
  })();
  const ws = attachWebSocket({
    server,
    hub,
    apollo,
    tokens,
    log,
    maxPayload: config.BODY_LIMIT_BYTES,
    trustedHops: config.TRUST_PROXY_HOPS,
    metrics,
    limits: { ...limits, maxTokens: config.LIMIT_MAX_TOKENS },
    production,
    rateLimiter,
    identity: streamIdentity,
  });
  const port = await listen(server, config.HOST, options.port ?? config.ROUTER_PORT);
  const host = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;
  const url = `http://${host}:${port}/graphql`;
  log.info({ url }, 'router ready');

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      accepting = false;
      // Each step bounded, as in the subgraphs (kit runShutdown).
      await runShutdown(
        [
          ['websockets', () => ws.dispose()],
          ['subscription hub', () => hub?.close()],
          ['read-only tenants', () => readOnlyTenants.close()],
          ['stream identity', () => streamIdentity.close()],
          ['edge purges', () => purges.return?.()],
          ['pubsub', () => (ownsPubSub ? pubsub.close() : undefined)],
          ['http', () => drain(server, ws.wss, config.SHUTDOWN_TIMEOUT_MS, log)],
          ['edge cache', () => edge.close()],
          ['apollo', () => apollo.stop()],
          [
            'caches',
            () => {
              rateLimiter?.close();
              documentCache?.close();
              responseCache?.close();
            },
          ],
        ],
        config.SHUTDOWN_TIMEOUT_MS + 5_000,
        log,
      );
    })());
  return {
    port,
    url,
    get subscriptions() {
      return hub!.stats;
    },
    breakers: () => Object.fromEntries([...breakers].map(([name, b]) => [name, b.state])),
    stop,
  };
}
