import { parseConfig, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

/** The analytics subgraph's settings: the shared subgraph settings plus the collector's. */
export const analyticsEnvSchema = subgraphEnvSchema.extend({
  /**
   * The write-ahead log's directory (default `<DATA_DIR>/analytics-wal`). One replica per directory:
   * a second process refuses to start on a directory a live process holds.
   */
  ANALYTICS_WAL_DIR: z.string().min(1).optional(),
  /** Accepted events are written in batches: every ANALYTICS_FLUSH_MS, or as soon as ANALYTICS_FLUSH_MAX are waiting. */
  ANALYTICS_FLUSH_MS: z.coerce.number().int().min(10).max(60_000).default(250),
  ANALYTICS_FLUSH_MAX: z.coerce.number().int().min(1).max(50_000).default(5_000),
  /** Concurrent write transactions per flush on MariaDB (SQLite writes one at a time). */
  ANALYTICS_WRITERS: z.coerce.number().int().min(1).max(16).default(4),
  /** Unique-user rollup keys each process remembers as stored (skipping their upserts); 0 remembers none. */
  ANALYTICS_ACTOR_CACHE: z.coerce.number().int().min(0).max(10_000_000).default(100_000),
  /** Accepted events not yet written beyond which `/batch` answers 503 (the database is down or slow). */
  ANALYTICS_BUFFER_MAX: z.coerce.number().int().min(100).max(5_000_000).default(200_000),
  /** Events per request. */
  ANALYTICS_BATCH_MAX_EVENTS: z.coerce.number().int().min(1).max(10_000).default(1_000),
  /** A request body's size after gzip is undone, in bytes. */
  ANALYTICS_BODY_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1_024)
    .max(100 * 1024 * 1024)
    .default(20 * 1024 * 1024),
  /** One event's properties, as JSON, in bytes. */
  ANALYTICS_PROPERTIES_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(64)
    .max(16 * 1024 * 1024)
    .default(1024 * 1024),
  /** The oldest accepted event timestamp, in days before now. */
  ANALYTICS_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(3_650).default(365),
  /** How far in the future an event timestamp may be (client clocks drift), in ms. */
  ANALYTICS_MAX_FUTURE_MS: z.coerce
    .number()
    .int()
    .min(0)
    .max(7 * 86_400_000)
    .default(3_600_000),
});
export type AnalyticsConfig = z.infer<typeof analyticsEnvSchema>;

/** Parses the analytics settings from `env`, listing every problem at once; the shared settings (`base`) win. */
export function loadAnalyticsConfig(base: SubgraphConfig, env: Record<string, string | undefined>): AnalyticsConfig {
  return { ...parseConfig(analyticsEnvSchema, env), ...base };
}
