import { parseConfig, storageEnvSchema, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

/** The jobs subgraph's settings: the shared subgraph settings, the kit's storage ones and its own. */
export const jobsEnvSchema = subgraphEnvSchema.extend(storageEnvSchema.shape).extend({
  /** The largest CV file, in bytes (sent base64 inside the router's 1 MB body limit). */
  JOBS_MAX_CV_BYTES: z.coerce.number().int().min(1024).max(700_000).default(512_000),
});
export type JobsConfig = z.infer<typeof jobsEnvSchema>;

/** Parses the jobs settings from `env`, listing every problem at once; the kit's parsed `base` wins. */
export function loadJobsConfig(base: SubgraphConfig, env: Record<string, string | undefined>): JobsConfig {
  return { ...parseConfig(jobsEnvSchema, env), ...base };
}
