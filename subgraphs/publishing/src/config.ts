import { parseConfig, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

/** The publishing subgraph's settings: the shared subgraph settings plus the scheduler and feeds. */
export const publishingEnvSchema = subgraphEnvSchema.extend({
  /**
   * How often every replica publishes the scheduled posts that have fallen due, in ms (at most an
   * hour); 0 turns the sweep off (tests that call `publishDue` themselves). Replicas sweeping at once
   * publish each post exactly once. Readers see a due post at its time even before the sweep runs.
   */
  PUBLISHING_SCHEDULE_SWEEP_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  /** The public address of the router host (as identity's PUBLIC_URL); feeds and pages link below it. */
  PUBLIC_URL: z
    .string()
    .url()
    .regex(/^https?:\/\//, 'must be an http:// or https:// URL')
    .default('http://localhost:4000'),
  /** The blog's name, in feeds and pages. */
  BLOG_TITLE: z.string().min(1).max(100).default('Hubgraph blog'),
  /** Entries per feed (latest first). */
  FEED_SIZE: z.coerce.number().int().min(1).max(100).default(20),
});
export type PublishingConfig = z.infer<typeof publishingEnvSchema>;

/** Parses the publishing settings from `env`, listing every problem at once (ConfigError). */
export function loadPublishingConfig(base: SubgraphConfig, env: Record<string, string | undefined>): PublishingConfig {
  return { ...parseConfig(publishingEnvSchema, env), ...base };
}
