import { parseConfig, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

/** The cdn subgraph's settings: the shared subgraph settings plus the edge fleet's. */
export const cdnEnvSchema = subgraphEnvSchema.extend({
  /** How often every edge node is probed (`GET /__edge/health`), in ms. */
  CDN_HEALTH_INTERVAL_MS: z.coerce.number().int().min(20).max(600_000).default(2_000),
  /** Consecutive failed probes after which a node leaves the balancer (and consecutive good ones to come back). */
  CDN_HEALTH_THRESHOLD: z.coerce.number().int().min(1).max(20).default(2),
  /** A probe's timeout, in ms. */
  CDN_HEALTH_TIMEOUT_MS: z.coerce.number().int().min(10).max(60_000).default(1_000),
  /**
   * Origins on loopback or private addresses (SSRF guard). Default: allowed outside production, where
   * the origins are the other subgraphs on this machine; refused in production unless set to true.
   */
  CDN_ALLOW_PRIVATE_ORIGINS: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  /**
   * How often a replica compares the distributions it runs with the database (launching new ones,
   * retiring deleted ones), in ms; 0 turns it off. Changes reach the other replicas at once by
   * pub/sub; this repairs one a Redis outage lost.
   */
  CDN_RECONCILE_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
  /** How long a purge waits for the other replicas to report what they purged, in ms. */
  CDN_SYNC_TIMEOUT_MS: z.coerce.number().int().min(10).max(60_000).default(2_000),
  /** The origin of the demo distribution (`SEED_DEMO_DATA=true`): the router, which serves media's public files. */
  CDN_DEMO_ORIGIN: z.string().url().max(2048).default('http://127.0.0.1:4000'),
});
export type CdnConfig = z.infer<typeof cdnEnvSchema>;

/** Parses the cdn settings from `env`, listing every problem at once; the shared settings (`base`) win. */
export function loadCdnConfig(base: SubgraphConfig, env: Record<string, string | undefined>): CdnConfig {
  return { ...parseConfig(cdnEnvSchema, env), ...base };
}
