import { parseConfig, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

/** The finance subgraph's settings: the shared subgraph settings plus the recurring-expense sweep. */
export const financeEnvSchema = subgraphEnvSchema.extend({
  /**
   * How often every replica records the recurring expenses that have fallen due, in ms (at most an
   * hour); 0 turns the sweep off (tests that drive `materialiseDue` themselves). Replicas sweeping at
   * once record each occurrence exactly once.
   */
  FINANCE_RECURRING_SWEEP_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  /**
   * An expense created without a category takes the model's suggestion when its confidence is at
   * least this (0..1); below it, Others. Rules always apply. 1 turns automatic model categories off.
   */
  FINANCE_AUTO_CATEGORY_MIN_CONFIDENCE: z.coerce.number().min(0).max(1).default(0.7),
});
export type FinanceConfig = z.infer<typeof financeEnvSchema>;

/** Parses the finance settings from `env`, listing every problem at once (ConfigError). */
export function loadFinanceConfig(base: SubgraphConfig, env: Record<string, string | undefined>): FinanceConfig {
  return { ...parseConfig(financeEnvSchema, env), ...base };
}
