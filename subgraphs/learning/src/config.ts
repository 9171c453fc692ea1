import { parseConfig, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

/** The learning subgraph's settings: the shared subgraph settings plus the quiz grace period. */
export const learningEnvSchema = subgraphEnvSchema.extend({
  /**
   * Seconds after an attempt's deadline during which a submission is still graded (network and
   * clock slack between browser and server); after it the attempt is EXPIRED and scores 0.
   */
  LEARNING_QUIZ_GRACE_SECONDS: z.coerce.number().int().min(0).max(600).default(10),
});
export type LearningConfig = z.infer<typeof learningEnvSchema>;

/** Parses the learning settings from `env`, listing every problem at once (ConfigError). */
export function loadLearningConfig(base: SubgraphConfig, env: Record<string, string | undefined>): LearningConfig {
  return { ...parseConfig(learningEnvSchema, env), ...base };
}
