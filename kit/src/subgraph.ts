import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { Registry } from 'prom-client';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/use/ws';
import { ForwardedVerifier, INTERNAL_AUTH_HEADER, RouterKeys, type Viewer } from './auth';
import { assertPrivateCacheHints, privateCacheHintsByDefault } from './cache-control';
import { baseEnvSchema, ConfigError, parseConfig, z, type BaseConfig } from './config';
import { OWASP_PASSWORD_HASH, passwordHashProblems } from './passwords';
import { enforceAuthDirectives, enforceRateLimitDirectives } from './directives';
import { createRateLimit } from './rate-limit';
import { createErrorFormatter } from './errors';
import { InputLiteralsRule, checkTextInputs } from './input';
import { healthRoutes, type HealthCheck } from './health';
import { BATCH_MAX_MEMBERS, createRequestListener, requestIdOf, type HttpRoute } from './http';
import { createLogger, type Logger } from './logger';
import { errorMetrics, errorTracker } from './error-tracking';
import { outboundMetrics } from './outbound';
import { openDatabase, pingDatabase, databaseLocation, type AnyEntity, type Em, type MigrationSet, type Orm } from './orm';
import { operationLogPlugin, unexpectedErrorPlugin } from './plugins';
import { createPubSub, type PubSub } from './pubsub';
import { systemClock, type Clock, type ServiceDeps } from './service';
import {
  createEventStream,
  DEFAULT_EVENT_SETTINGS,
  DEFAULT_STREAM_MAX_LENGTH,
  OutboxRelay,
  startConsumers,
  type EventConsumer,
  type EventPipelineSettings,
  type EventStream,
} from './events';
import { readSubgraphSdl } from './sdl';
import type { SubgraphWiring } from './wiring';
import { createHttpServer, drain, listen, runShutdown } from './server';
import { assertTenantScoping, scopeToViewer } from './tenant-filter';
import { holdsTenantData, tenantDataConsumer } from './tenant-data';

/** What a subgraph serves at /metrics: its outside calls and its unexpected errors. */
const subgraphMetrics = Registry.merge([outboundMetrics, errorMetrics]);

export const subgraphEnvSchema = baseEnvSchema.extend({
  /** Port of a subgraph run alone (the distributed layout); the all-in-one runner assigns its own. */
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(1_000_000),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * Answer only requests that carry the router's signed forwarded-request header (401 otherwise).
   * Default: on in production, off elsewhere so a subgraph can be explored directly in development.
   */
  REQUIRE_ROUTER: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  /**
   * Serve Prometheus metrics at /metrics (outside providers: calls, latency, cache, circuit breakers);
   * default on outside production, like the router's (scrape it on a private network).
   */
  METRICS_ENABLED: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  /** Domain events (kit/src/events.ts): retries, dead letters, retention, stream cap. */
  EVENT_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(DEFAULT_EVENT_SETTINGS.maxAttempts),
  EVENT_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(DEFAULT_EVENT_SETTINGS.retryBaseMs),
  EVENT_RETRY_MAX_MS: z.coerce.number().int().min(10).max(86_400_000).default(DEFAULT_EVENT_SETTINGS.retryMaxMs),
  EVENT_RETENTION_HOURS: z.coerce
    .number()
    .min(0.01)
    .max(8760)
    .default(DEFAULT_EVENT_SETTINGS.retentionMs / 3600_000),
  EVENT_PRUNE_INTERVAL_MS: z.coerce.number().int().min(0).max(86_400_000).default(DEFAULT_EVENT_SETTINGS.pruneIntervalMs),
  EVENT_STREAM_MAX_LENGTH: z.coerce.number().int().min(100).max(100_000_000).default(DEFAULT_STREAM_MAX_LENGTH),
  /** Redis: how long an event may sit delivered but unacknowledged before another replica takes it over (a crashed consumer's). */
  EVENT_RECLAIM_IDLE_MS: z.coerce.number().int().min(500).max(3_600_000).default(30_000),
  /** Secret of signed URLs (kit/src/signed-url.ts): upload and download links; same on every replica, required in production. */
  URL_SIGNING_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  /** The cost of password hashes (kit/src/passwords.ts, argon2id): OWASP's minimum by default, and at least that outside tests. */
  PASSWORD_HASH_MEMORY_KIB: z.coerce.number().int().min(1024).max(4_194_304).default(OWASP_PASSWORD_HASH.PASSWORD_HASH_MEMORY_KIB),
  PASSWORD_HASH_PASSES: z.coerce.number().int().min(1).max(20).default(OWASP_PASSWORD_HASH.PASSWORD_HASH_PASSES),
});
export type SubgraphConfig = z.infer<typeof subgraphEnvSchema>;

/** Parses a subgraph process's configuration from the environment. */
export function loadSubgraphConfig(env: Record<string, string | undefined>): SubgraphConfig {
  const config = parseConfig(subgraphEnvSchema, env, 'verify');
  const problems = passwordHashProblems(config);
  if (problems.length) throw new ConfigError(problems);
  return config;
}

/** The event pipeline's settings from a subgraph's configuration. */
export function eventSettings(config: SubgraphConfig): EventPipelineSettings {
  return {
    maxAttempts: config.EVENT_MAX_ATTEMPTS,
    retryBaseMs: config.EVENT_RETRY_BASE_MS,
    retryMaxMs: config.EVENT_RETRY_MAX_MS,
    retentionMs: Math.round(config.EVENT_RETENTION_HOURS * 3600_000),
    pruneIntervalMs: config.EVENT_PRUNE_INTERVAL_MS,
  };
}

/**
 * What a resolver receives, built once per request by the kit: `deps` is what it hands to services
 * (one ORM fork scoped to the viewer's tenant, its loaders, the viewer, pub/sub, clock, logger,
 * configuration). `loaders`, `em`, `viewer`, `pubsub` and `log` are the same objects as in `deps`, for
 * field resolvers that read them directly.
 */
export interface SubgraphContext<L = unknown, C = SubgraphConfig> {
  requestId: string;
  /** The client's IP as the router saw it (null for requests that did not come through the router). */
  clientIp: string | null;
  deps: ServiceDeps<C, L>;
  loaders: L;
  log: Logger;
  viewer: Viewer | null;
  em: Em;
  pubsub: PubSub;
}

/**
 * What a subgraph's plumbing receives once per start (its `start` hook, routes, seed, consumers):
 * the running ORM, pub/sub and configuration, and `serviceDeps()` to call services from background work.
 */
export interface SubgraphDeps<C = SubgraphConfig, L = unknown> {
  orm: Orm;
  pubsub: PubSub;
  /** The shared subgraph settings plus the subgraph's own (`SubgraphDefinition.config`), parsed once at start. */
  config: C;
  log: Logger;
  clock: Clock;
  /** Service dependencies for work outside a request: a fresh, unscoped ORM fork, its loaders and no viewer. */
  serviceDeps(): ServiceDeps<C, L>;
  /** The router's public keys, for routes the router calls with its own signed tokens (e.g. identity's session API). */
  routerKeys: RouterKeys;
  /**
   * The raw environment the process was started with, for a subgraph's own settings (parse them once,
   * with a schema, in the subgraph's config module — e.g. SMTP for notifications).
   */
  env: Record<string, string | undefined>;
}

/** What a `start` hook started: how to stop it, and event consumers that share its state. */
export interface Started {
  /** Called first on shutdown, before traffic drains and the database closes. */
  stop?(): Promise<void>;
  /** Event consumers to run next to the definition's own `consumers`. */
  consumers?: EventConsumer[];
  /** The subgraph's own Prometheus metrics (per start), served at `/metrics` after the kit's. */
  metrics?: Registry;
}

/**
 * A domain, declared: the kit turns this into a running subgraph server. `L` is its loader set, `C`
 * its configuration (the shared subgraph settings plus its own).
 */
export interface SubgraphDefinition<L = unknown, C extends SubgraphConfig = SubgraphConfig> {
  /** Bounded-context name; also the database (schema/file) name and the supergraph's graph name. */
  name: string;
  defaultPort: number;
  typeDefs: DocumentNode;
  /** The generated `Resolvers<SubgraphContext<...>>` of the subgraph. */
  resolvers: object;
  entities: AnyEntity[];
  migrations: MigrationSet;
  /** Builds the per-request DataLoader set. */
  loaders(em: Em): L;
  /**
   * Parses the subgraph's own settings from the environment, once at start; `base` (what the kit
   * parsed) wins over `env`. A bad value fails the start with every problem listed. Default: `base`.
   */
  config?(base: SubgraphConfig, env: Record<string, string | undefined>): C;
  /**
   * Lifecycle: starts background work (sweeps, schedulers, mail queues, consumers sharing their state)
   * once the database is open, before routes are built and the server listens. What it returns is
   * stopped first on shutdown. Per-start state lives in the closure of this call, never in module state.
   */
  start?(deps: SubgraphDeps<C, L>): Started | void | Promise<Started | void>;
  /** Extra HTTP endpoints next to `/graphql` (built after `start`). */
  routes?(deps: SubgraphDeps<C, L>): HttpRoute[];
  /** Inserts demo data into an empty database (`SEED_DEMO_DATA=true`); must be idempotent. */
  seed?(em: Em, deps: SubgraphDeps<C, L>): Promise<void>;
  /**
   * Handlers of other subgraphs' domain events (see kit/src/events.ts). Consumers that need the
   * running deps or share state with background work are returned by `start` instead.
   */
  consumers?: EventConsumer[];
  /**
   * What a tenant deletion must remove besides the rows (kit/src/tenant-data.ts): stored objects the
   * tenant's rows point at. Runs in the purge's transaction just before the rows are deleted, so it
   * still sees them; it must be idempotent (a redelivered purge runs it again, and the archive was
   * written before). Returns what it removed, per kind, for the purge report.
   */
  purgeTenantObjects?(deps: SubgraphDeps<C, L>, em: Em, tenantId: string): Promise<Record<string, number>>;
  /** What codegen, docker-compose, the Dockerfile and README are generated from (`npm run wiring`). */
  wiring?: SubgraphWiring;
}

/** Any subgraph definition, whatever its loaders and configuration: what lists of subgraphs hold. */
export type AnySubgraphDefinition = SubgraphDefinition<unknown, SubgraphConfig>;

/** A started subgraph; `stop()` drains HTTP and WebSocket traffic, then closes Redis and the ORM. */
export interface RunningSubgraph<C = SubgraphConfig, L = unknown> {
  name: string;
  port: number;
  url: string;
  orm: Orm;
  pubsub: PubSub;
  events: EventStream;
  /** Publishes this subgraph's outbox; `relay.nudge()` publishes what is pending now. */
  relay: OutboxRelay;
  schema: GraphQLSchema;
  /** The HTTP server (tests and benchmarks count its `request` events). */
  httpServer: Server;
  /** Service deps outside a request (an unscoped fork, no viewer), as `start` hooks get them; for scripts and tests. */
  serviceDeps(): ServiceDeps<C, L>;
  stop(): Promise<void>;
}

/** The repository root: the nearest folder above this file that holds package.json (source or dist). */
export const repoRoot: string = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('package.json not found above ' + __dirname);
    dir = parent;
  }
  return dir;
})();

/** Reads `subgraphs/<name>/schema.graphql`, the single source of a subgraph's SDL, joined to the kit's shared SDL. */
export function loadSubgraphSchema(name: string): DocumentNode {
  return readSubgraphSdl(repoRoot, name);
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export interface StartSubgraphOptions {
  config: SubgraphConfig;
  /** The environment the configuration was parsed from (default: none), passed on as `deps.env`. */
  env?: Record<string, string | undefined>;
  /** 0 picks a free port (tests); default: PORT, then the definition's port. */
  port?: number;
  log?: Logger;
  /** Share one pub/sub between in-process subgraphs (all-in-one mode) instead of one each. */
  pubsub?: PubSub;
  /** Share one event stream between in-process subgraphs (all-in-one mode) instead of one each. */
  events?: EventStream;
  /** The clock services read (`deps.clock`); default the system clock. Tests pass one they control. */
  clock?: Clock;
  version?: string;
}

/**
 * Starts one subgraph: opens and migrates its database, builds the federated schema, serves GraphQL
 * over HTTP and graphql-ws on `/graphql`, `/health`, `/ready` and `/metrics` (the outbound client's
 * Prometheus metrics, kit/src/outbound.ts; METRICS_ENABLED), and returns a handle to stop it.
 */
export async function startSubgraph<L, C extends SubgraphConfig>(
  definition: SubgraphDefinition<L, C>,
  options: StartSubgraphOptions,
): Promise<RunningSubgraph<C, L>> {
  const env = options.env ?? {};
  // The subgraph's own settings are parsed before anything opens, so a bad value fails fast.
  const config: C = definition.config ? definition.config(options.config, env) : (options.config as C);
  const clock = options.clock ?? systemClock;
  assertTenantScoping(definition);
  assertPrivateCacheHints([definition]);
  const production = config.NODE_ENV === 'production';
  const log = options.log ?? createLogger(definition.name, config.LOG_LEVEL);
  errorTracker.configure({
    redisUrl: config.REDIS_URL,
    redisKeyPrefix: config.REDIS_KEY_PREFIX,
    sentryDsn: config.SENTRY_DSN,
    environment: config.NODE_ENV,
    release: options.version,
    log,
  });
  const orm = await openDatabase({
    subgraph: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
    config,
    log,
    poolSize: config.DB_POOL_SIZE,
  });
  const ownsPubSub = !options.pubsub;
  const pubsub = options.pubsub ?? createPubSub(config.REDIS_URL, config.REDIS_KEY_PREFIX, log);
  const ownsEvents = !options.events;
  const events =
    options.events ??
    createEventStream(config.REDIS_URL, config.REDIS_KEY_PREFIX, log, {
      maxLength: config.EVENT_STREAM_MAX_LENGTH,
      reclaimIdleMs: config.EVENT_RECLAIM_IDLE_MS,
    });
  const routerKeys = RouterKeys.fromConfig(config);
  /** Service deps over a fresh fork: scoped to `viewer`'s tenant for requests, unscoped for background work. */
  const serviceDeps = (viewer: Viewer | null, scoped: boolean): ServiceDeps<C, L> => {
    const em = scoped ? scopeToViewer(orm.em.fork(), viewer) : orm.em.fork();
    return { em, loaders: definition.loaders(em), viewer, pubsub, clock, log, config, fork: () => serviceDeps(viewer, scoped) };
  };
  const deps: SubgraphDeps<C, L> = {
    orm,
    pubsub,
    config,
    log,
    clock,
    routerKeys,
    env,
    serviceDeps: () => serviceDeps(null, false),
  };
  const relay = new OutboxRelay(orm, events, definition.name, log, eventSettings(config));
  relay.start();
  const started = (await definition.start?.(deps)) ?? {};
  // Tenant deletion (export, then purge) is the kit's for every subgraph that holds tenant data.
  const tenantData = holdsTenantData(definition.entities)
    ? [
        tenantDataConsumer(
          definition.name,
          definition.entities,
          env,
          config.DATA_DIR,
          definition.purgeTenantObjects && ((em, tenantId) => definition.purgeTenantObjects!(deps, em, tenantId)),
        ),
      ]
    : [];
  const consumers = [...(definition.consumers ?? []), ...(started.consumers ?? []), ...tenantData];
  const stopConsumers = startConsumers(orm, events, definition.name, consumers, log, eventSettings(config));
  if (config.SEED_DEMO_DATA && definition.seed) {
    await definition.seed(orm.em.fork(), deps);
  }

  // Input is checked at the edge, before auth and any resolver: text that cannot be stored exactly never
  // reaches the ORM, which inlines parameters into its SQL (kit/src/input.ts).
  // Per-field rate limits declared in the SDL (@rateLimit) wrap inside the auth checks.
  const built = buildSubgraphSchema({
    typeDefs: privateCacheHintsByDefault(definition.typeDefs),
    resolvers: definition.resolvers as GraphQLResolverMap<unknown>,
  });
  const fieldLimits = enforceRateLimitDirectives(built, (name, rule) =>
    createRateLimit({
      name: `${definition.name}:${name}`,
      points: rule.limit,
      windowSeconds: rule.windowSeconds,
      algorithm: rule.algorithm,
      redisUrl: config.REDIS_URL,
      keyPrefix: config.REDIS_KEY_PREFIX,
      log,
    }),
  );
  const schema = checkTextInputs(enforceAuthDirectives(built));
  // A subscription's context lives as long as the subscription; each event resolves with a fresh ORM
  // fork and loader set so that it reads current rows, not what the first event cached.
  const subscriptionType = schema.getSubscriptionType();
  for (const field of Object.values(subscriptionType?.getFields() ?? {})) {
    const resolve = field.resolve;
    if (!resolve) continue;
    field.resolve = (source, args, context: SubgraphContext<L, C>, info) => {
      context.deps = context.deps.fork();
      context.em = context.deps.em;
      context.loaders = context.deps.loaders;
      return resolve(source, args, context, info);
    };
  }

  const apollo = new ApolloServer<SubgraphContext<L, C>>({
    schema,
    // The process's own handler (stopOnSignals) drains and stops everything in order; Apollo's would stop
    // this server mid-drain, re-send the signal, and add one listener per server (a warning from nine on).
    stopOnTerminationSignals: false,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    formatError: createErrorFormatter(production),
    validationRules: [InputLiteralsRule],
    // Subgraphs answer only the router and tests; the router applies CSRF prevention to browsers.
    csrfPrevention: false,
    // The per-operation log line is debug-only here: at any other level the plugin is not installed at all.
    plugins: [
      ...(log.isLevelEnabled('debug') ? [operationLogPlugin<SubgraphContext<L, C>>('debug')] : []),
      unexpectedErrorPlugin(definition.name),
      ApolloServerPluginInlineTraceDisabled(),
    ],
  });
  await apollo.start();

  const requireRouter = config.REQUIRE_ROUTER ?? production;
  // Only tokens the router signed for this subgraph: one signed for another subgraph is refused.
  const verified = new ForwardedVerifier(routerKeys, definition.name);
  const tenantScoped = holdsTenantData(definition.entities);
  /**
   * A request's context. In a multi-viewer batch (`scope`, kit/src/http.ts) members share one ORM fork
   * and loader set — loaders are built from the fork alone, and the fork's only viewer-dependent
   * setting is the tenant filter — so a plan step's reads for all of them are one statement: all
   * members when the subgraph holds no tenant data (the filter scopes none of its entities), members
   * of one tenant otherwise. Everything else (viewer, client IP, `deps.viewer`, `deps.fork()`) is the
   * member's own.
   */
  const contextFor = async (requestId: string, token: string | undefined, scope?: Map<string, unknown>): Promise<SubgraphContext<L, C>> => {
    if (!token && requireRouter) {
      throw new GraphQLError('This service answers only the Hubgraph router.', {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      });
    }
    const forwarded = token ? await verified.verify(token) : { viewer: null, clientIp: null };
    let deps: ServiceDeps<C, L>;
    if (scope) {
      const tenant = tenantScoped ? `tenant:${forwarded.viewer?.tenantId ?? ''}` : 'all';
      let shared = scope.get(tenant) as ServiceDeps<C, L> | undefined;
      if (!shared) scope.set(tenant, (shared = serviceDeps(forwarded.viewer, true)));
      deps = { ...shared, viewer: forwarded.viewer, fork: () => serviceDeps(forwarded.viewer, true) };
    } else deps = serviceDeps(forwarded.viewer, true);
    return { requestId, clientIp: forwarded.clientIp, deps, loaders: deps.loaders, log, viewer: deps.viewer, em: deps.em, pubsub };
  };

  let accepting = true;
  const dialect = databaseLocation({ subgraph: definition.name, config }).dialect;
  const checks = (): HealthCheck[] => [
    { name: `${dialect}:ping`, check: () => pingDatabase(orm) },
    // Without Redis a subgraph still reads and writes; live updates pause and events wait in the outbox.
    ...(config.REDIS_URL ? [{ name: 'redis:ping', check: () => pubsub.ping(), critical: false }] : []),
  ];
  const health = healthRoutes({ service: definition.name, version: options.version ?? '0.0.0', checks, accepting: () => accepting });
  const routes: HttpRoute[] = [
    { method: 'GET', path: '/health', handler: health.liveness },
    { method: 'GET', path: '/ready', handler: health.readiness },
    ...((config.METRICS_ENABLED ?? !production)
      ? [
          {
            method: 'GET' as const,
            path: '/metrics',
            handler: async (_req: IncomingMessage, res: ServerResponse) => {
              const own = started.metrics ? await started.metrics.metrics() : '';
              const body = `${await subgraphMetrics.metrics()}${own ? `\n${own}` : ''}`;
              res.writeHead(200, { 'content-type': subgraphMetrics.contentType, 'cache-control': 'no-store' });
              res.end(body);
            },
          },
        ]
      : []),
    ...(definition.routes?.(deps) ?? []),
  ];
  const server = createHttpServer(
    createRequestListener({
      service: definition.name,
      apollo,
      path: '/graphql',
      bodyLimitBytes: config.BODY_LIMIT_BYTES,
      log,
      routes,
      hsts: production,
      buildContext: (req, meta) => contextFor(meta.requestId, headerValue(req, INTERNAL_AUTH_HEADER)),
      // Only the router sends batches: the request's own header must verify, and each member is
      // signed for its viewer (a member without a token is anonymous, never the batch header's viewer).
      batch: {
        maxMembers: BATCH_MAX_MEMBERS,
        admit: async (req) => {
          const token = headerValue(req, INTERNAL_AUTH_HEADER);
          try {
            if (token) await verified.verify(token);
            else throw new Error('unsigned');
          } catch {
            return { status: 401, message: 'Only the Hubgraph router sends batches.', extensions: { code: 'UNAUTHENTICATED' } };
          }
          return undefined;
        },
        context: (member, meta, scope) => {
          const token = (member.extensions as Record<string, unknown> | undefined)?.[INTERNAL_AUTH_HEADER];
          return contextFor(meta.requestId, typeof token === 'string' ? token : undefined, scope);
        },
      },
    }),
  );

  const wss = new WebSocketServer({ server, path: '/graphql', maxPayload: config.BODY_LIMIT_BYTES });
  const wsServer = useServer<Record<string, unknown>, { requestId?: string }>(
    {
      schema,
      onConnect: async (ctx) => {
        const token = ctx.connectionParams?.[INTERNAL_AUTH_HEADER] ?? headerValue(ctx.extra.request, INTERNAL_AUTH_HEADER);
        if (token !== undefined) {
          if (typeof token !== 'string') return false;
          try {
            await verified.verify(token);
          } catch {
            return false;
          }
        }
        // Without a token the connection may open: the router signs each subscription in its payload,
        // and `context` refuses unsigned operations when REQUIRE_ROUTER is on.
        ctx.extra.requestId = requestIdOf(ctx.extra.request);
        return true;
      },
      // The router multiplexes many viewers over one connection, so each subscription carries its own
      // signed identity in `extensions`; a direct client may give it once in connectionParams instead.
      context: async (ctx, _id, payload) => {
        const token =
          payload.extensions?.[INTERNAL_AUTH_HEADER] ??
          ctx.connectionParams?.[INTERNAL_AUTH_HEADER] ??
          headerValue(ctx.extra.request, INTERNAL_AUTH_HEADER);
        return contextFor(ctx.extra.requestId ?? requestIdOf(ctx.extra.request), typeof token === 'string' ? token : undefined);
      },
    },
    wss,
    30_000,
  );

  const port = await listen(server, config.HOST, options.port ?? config.PORT ?? definition.defaultPort);
  const host = config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST;
  const url = `http://${host}:${port}/graphql`;
  log.info({ url, database: dialect }, `${definition.name} subgraph ready`);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      accepting = false;
      // Each step bounded (drain waits SHUTDOWN_TIMEOUT_MS for requests in flight, the rest take
      // milliseconds): one stuck dependency is logged and cannot keep the process from exiting.
      await runShutdown(
        [
          ['domain', () => started.stop?.()],
          ['websockets', () => wsServer.dispose()],
          ['http', () => drain(server, wss, config.SHUTDOWN_TIMEOUT_MS, log)],
          ['apollo', () => apollo.stop()],
          ['consumers', () => stopConsumers()],
          ['outbox relay', () => relay.stop()],
          ['field limits', () => Promise.all(fieldLimits.map((limit) => limit.close()))],
          ['pubsub', () => (ownsPubSub ? pubsub.close() : undefined)],
          ['event stream', () => (ownsEvents ? events.close() : undefined)],
          ['database', () => orm.close(true)],
        ],
        config.SHUTDOWN_TIMEOUT_MS + 5_000,
        log,
      );
    })());

  return { name: definition.name, port, url, orm, pubsub, events, relay, schema, httpServer: server, serviceDeps: deps.serviceDeps, stop };
}

export type { BaseConfig };
