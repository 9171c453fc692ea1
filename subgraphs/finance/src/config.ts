import { parseConfig, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

/** The finance subgraph's settings: the shared subgraph settings plus the recurring-expense sweep. */
export const financeEnvSchema = subgraphEnvSchema.extend({
  /**
   * How often every replica records the recurring expenses that have fallen due, in ms (at most an
   * hour); 0 turns the sweep off (tests that drive `materialiseDue` themselves). Replicas sweeping at
   * once record each occurrence exactly once.
   */
  FINANCE_RECURRING_SWEEP_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
});
export type FinanceConfig = z.infer<typeof financeEnvSchema>;

/** Parses the finance settings from `env`, listing every problem at once (ConfigError). */
export function loadFinanceConfig(base: SubgraphConfig, env: Record<string, string | undefined>): FinanceConfig {
  return { ...parseConfig(financeEnvSchema, env), ...base };
}
