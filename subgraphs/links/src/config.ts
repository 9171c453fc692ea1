import { parseConfig, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

const hostList = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  );

/** The links subgraph's settings: the shared subgraph settings plus the shortener's. */
export const linksEnvSchema = subgraphEnvSchema.extend({
  /** The router's public origin: short URLs are `<LINKS_BASE_URL>/s/<code>`, and its host is never a target. */
  LINKS_BASE_URL: z.string().url().default('http://localhost:4000'),
  /** More host names that are this service (other public names of the router): refused as targets. */
  LINKS_BLOCKED_HOSTS: hostList,
  /** Length of generated codes (base62). */
  LINKS_CODE_LENGTH: z.coerce.number().int().min(5).max(20).default(7),
  /** How long `code → target` is kept in each replica's memory (invalidated on change through pub/sub). */
  LINKS_CACHE_TTL_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  LINKS_CACHE_MAX: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  /**
   * How long the router may answer a redirect by itself, reporting the visits back in batches (0: every
   * visit comes here). Links with a visit limit or a start date ahead are never answered there; an entry
   * never outlives the link's end date, and a change made through the router drops it at once.
   */
  LINKS_EDGE_TTL_MS: z.coerce.number().int().min(0).max(300_000).default(1_000),
  /** Visits are written in batches: every LINKS_FLUSH_MS, or as soon as LINKS_FLUSH_MAX are waiting. */
  LINKS_FLUSH_MS: z.coerce.number().int().min(10).max(60_000).default(1_000),
  LINKS_FLUSH_MAX: z.coerce.number().int().min(1).max(10_000).default(500),
});
export type LinksConfig = z.infer<typeof linksEnvSchema>;

export function loadLinksConfig(base: SubgraphConfig, env: Record<string, string | undefined>): LinksConfig {
  return { ...parseConfig(linksEnvSchema, env), ...base };
}
