import { BATCH_MAX_MEMBERS, ConfigError, baseEnvSchema, parseConfig, z } from '../../kit';

const list = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);

/** Router settings, from the environment. Subgraph URLs come from `SUBGRAPH_URL_<NAME>` variables. */
export const routerEnvSchema = baseEnvSchema.extend({
  ROUTER_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  SUPERGRAPH_PATH: z.string().default('schema/supergraph.graphql'),
  /** Which subgraph serves which public path prefix (written by `npm run wiring`). */
  PUBLIC_PATHS_PATH: z.string().default('router/public-paths.json'),
  /** Where the router fetches the public keys of access tokens; default: identity's `/.well-known/jwks.json`. */
  JWKS_URL: z.string().url().optional(),
  /** Browser origins allowed to call the router. Development adds Apollo Studio and localhost. */
  CORS_ORIGINS: list.default([]),
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(50_000_000).default(1_000_000),
  /** Proxies in front of the router whose X-Forwarded-For entries are trusted for the client IP. */
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * Flood protection before parsing (kit/src/flood.ts). A request's head must arrive within
   * ROUTER_HEADERS_TIMEOUT_MS and the whole request within ROUTER_REQUEST_TIMEOUT_MS (slowloris, slow
   * bodies); at most ROUTER_MAX_CONNECTIONS_PER_IP open sockets per peer address; at most
   * ROUTER_IP_RATE_LIMIT requests per ROUTER_IP_RATE_WINDOW_MS per client address, counted by
   * ROUTER_IP_RATE_ALGORITHM, answered 429 before the body is read. 0 turns a cap off. The addresses in
   * ROUTER_FLOOD_EXEMPT_IPS (loopback: a sidecar proxy, local tools) are never capped.
   */
  ROUTER_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(120_000).default(10_000),
  ROUTER_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(30_000),
  ROUTER_MAX_CONNECTIONS_PER_IP: z.coerce.number().int().min(0).max(1_000_000).default(256),
  ROUTER_IP_RATE_LIMIT: z.coerce.number().int().min(0).max(10_000_000).default(1_000),
  ROUTER_IP_RATE_WINDOW_MS: z.coerce.number().int().min(100).max(3_600_000).default(10_000),
  ROUTER_IP_RATE_ALGORITHM: z.enum(['token-bucket', 'sliding-window']).default('token-bucket'),
  ROUTER_IP_RATE_TARPIT_MS: z.coerce.number().int().min(0).max(10_000).default(1_000),
  ROUTER_FLOOD_EXEMPT_IPS: list.default(['127.0.0.1', '::1', '::ffff:127.0.0.1']),
  LIMIT_MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(12),
  LIMIT_MAX_ALIASES: z.coerce.number().int().min(0).max(1000).default(30),
  LIMIT_MAX_ROOT_FIELDS: z.coerce.number().int().min(1).max(1000).default(15),
  LIMIT_MAX_DIRECTIVES_PER_FIELD: z.coerce.number().int().min(0).max(100).default(5),
  LIMIT_MAX_TOKENS: z.coerce.number().int().min(100).max(100_000).default(3000),
  LIMIT_MAX_COST: z.coerce.number().int().min(1).default(20_000),
  LIMIT_DEFAULT_LIST_SIZE: z.coerce.number().int().min(1).max(1000).default(20),
  /** Deepest nesting of lists and objects in the variables (the variables object is level 1), or of a literal. */
  LIMIT_MAX_INPUT_DEPTH: z.coerce.number().int().min(2).max(100_000).default(32),
  /** Most JSON values in a request's variables. */
  LIMIT_MAX_INPUT_VALUES: z.coerce.number().int().min(10).max(10_000_000).default(10_000),
  RATE_LIMIT_ENABLED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(60),
  RATE_LIMIT_ANONYMOUS_POINTS: z.coerce.number().int().min(1).default(2_000),
  RATE_LIMIT_USER_POINTS: z.coerce.number().int().min(1).default(10_000),
  /** Points per window shared by the members of a tenant (besides each user's own); 0: no tenant budget. */
  RATE_LIMIT_TENANT_POINTS: z.coerce.number().int().min(0).default(50_000),
  BREAKER_FAILURE_RATIO: z.coerce.number().min(0.01).max(1).default(0.5),
  BREAKER_MINIMUM_CALLS: z.coerce.number().int().min(1).default(10),
  BREAKER_WINDOW_MS: z.coerce.number().int().min(100).default(10_000),
  BREAKER_OPEN_MS: z.coerce.number().int().min(100).default(5_000),
  /** Serve Prometheus metrics at /metrics; default on outside production (scrape it on a private network). */
  METRICS_ENABLED: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  /** Persisted-documents manifest of the SDK (`sdk/persisted-documents.json`), for trusted documents. */
  TRUSTED_DOCUMENTS_PATH: z.string().optional(),
  /** Run only operations from the manifest (recommended in production once clients use the SDK). */
  TRUSTED_DOCUMENTS_ONLY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /**
   * Cache whole responses the subgraphs mark cacheable (@cacheControl → Cache-Control), in Redis when
   * configured, in memory otherwise; PRIVATE answers are cached per user.
   */
  RESPONSE_CACHE_ENABLED: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /** Upstream events a shared subscription feed may hold awaiting plan execution; beyond, the oldest are dropped. */
  SUBSCRIPTION_FEED_MAX_PENDING: z.coerce.number().int().min(1).max(100_000).default(100),
  /** First wait before re-subscribing upstream after a lost or refused connection; doubles per attempt. */
  SUBSCRIPTION_RETRY_INITIAL_MS: z.coerce.number().int().min(10).max(60_000).default(250),
  /** Longest wait between upstream re-subscription attempts. */
  SUBSCRIPTION_RETRY_MAX_MS: z.coerce.number().int().min(10).max(300_000).default(5_000),
  /** Upstream attempts in a row before the client's subscription ends with SUBGRAPH_UNAVAILABLE. */
  SUBSCRIPTION_RETRY_ATTEMPTS: z.coerce.number().int().min(0).max(100).default(8),
  /** Time after which a subgraph fetch is abandoned. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  /** Identical in-flight subgraph queries of the same viewer share one fetch (`false`: every query is sent). */
  SUBGRAPH_MERGE_INFLIGHT: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /**
   * Up to this many concurrent fetches of one plan step (same subgraph, viewer, operation; different
   * variables) go to the subgraph as one request, split again by alias (router/src/batch.ts); 0 or 1:
   * every fetch is its own request. Fetches wait only while the same step has a request in flight.
   */
  SUBGRAPH_BATCH_MAX: z.coerce.number().int().min(0).max(BATCH_MAX_MEMBERS).default(16),
  /** The longest a fetch waits for its batch to go (it goes sooner when the request in flight answers or the batch is full). */
  SUBGRAPH_BATCH_WAIT_MS: z.coerce.number().int().min(0).max(1_000).default(10),
  /**
   * Identical in-flight queries of the same viewer scope share one execution (`false`: each executes
   * on its own). Every request still passes every check and is logged and counted as its own.
   */
  OPERATION_MERGE_INFLIGHT: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  /**
   * Tenants by subdomain: a request to `<slug>.<HUBGRAPH_BASE_DOMAIN>` acts in the tenant with that
   * slug (as if it sent the x-hubgraph-tenant header). Unset: only the header chooses.
   */
  HUBGRAPH_BASE_DOMAIN: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^(?=.{1,200}$)[a-z0-9-]+(\.[a-z0-9-]+)*$/, 'a host name such as hubgraph.example.com')
    .optional(),
});

export type RouterConfig = Omit<z.infer<typeof routerEnvSchema>, 'METRICS_ENABLED'> & {
  METRICS_ENABLED: boolean;
  subgraphUrls: Record<string, string>;
};

/** Parses the router's configuration, including every `SUBGRAPH_URL_<NAME>=http://...` override. */
export function loadRouterConfig(env: Record<string, string | undefined>): RouterConfig {
  const parsed = parseConfig(routerEnvSchema, env, 'sign');
  const config = { ...parsed, METRICS_ENABLED: parsed.METRICS_ENABLED ?? parsed.NODE_ENV !== 'production' };
  if (config.TRUSTED_DOCUMENTS_ONLY && !config.TRUSTED_DOCUMENTS_PATH) {
    throw new ConfigError(['TRUSTED_DOCUMENTS_PATH: required when TRUSTED_DOCUMENTS_ONLY=true']);
  }
  const subgraphUrls: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const name = /^SUBGRAPH_URL_([A-Z0-9_]+)$/.exec(key)?.[1];
    if (name && value) subgraphUrls[name.toLowerCase()] = value;
  }
  return { ...config, subgraphUrls };
}
