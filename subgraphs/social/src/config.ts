import { parseConfig, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

/** The social subgraph's settings: the shared subgraph settings plus the timeline's. */
export const socialEnvSchema = subgraphEnvSchema.extend({
  /**
   * Accounts with more followers than this are not fanned out on write; their posts are merged into
   * their followers' home timelines at read time instead (one indexed query per read).
   */
  SOCIAL_FANOUT_THRESHOLD: z.coerce.number().int().min(0).max(10_000_000).default(5000),
  /** Entries kept per home timeline (the oldest are trimmed on every push). */
  SOCIAL_TIMELINE_SIZE: z.coerce.number().int().min(10).max(10_000).default(800),
  /** Followers read and pushed per batch by the fan-out worker. */
  SOCIAL_FANOUT_BATCH: z.coerce.number().int().min(10).max(10_000).default(1000),
});
export type SocialConfig = z.infer<typeof socialEnvSchema>;

/** Parses the social settings from `env`, listing every problem at once (ConfigError). */
export function loadSocialConfig(base: SubgraphConfig, env: Record<string, string | undefined>): SocialConfig {
  return { ...parseConfig(socialEnvSchema, env), ...base };
}
