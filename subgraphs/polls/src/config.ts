import { parseConfig, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

/** The polls subgraph's settings: the shared subgraph settings plus the scheduled-close sweep. */
export const pollsEnvSchema = subgraphEnvSchema.extend({
  /**
   * How often every replica settles polls whose scheduled close has passed, in ms (at most an hour);
   * 0 turns the sweep off (tests that drive `closeDuePolls` themselves). An unreadable value is
   * refused at start rather than replaced by the default.
   */
  POLL_CLOSE_SWEEP_MS: z.coerce.number().int().min(0).max(3_600_000).default(5_000),
});
export type PollsConfig = z.infer<typeof pollsEnvSchema>;

/**
 * Parses the polls settings from `env`, listing every problem at once (ConfigError). The shared
 * settings the kit already parsed (`base`) win over `env`.
 */
export function loadPollsConfig(base: SubgraphConfig, env: Record<string, string | undefined>): PollsConfig {
  return { ...parseConfig(pollsEnvSchema, env), ...base };
}
