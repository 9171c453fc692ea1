import { parseConfig, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

/** The library's settings: the shared subgraph settings plus its circulation rules. */
export const libraryEnvSchema = subgraphEnvSchema.extend({
  /** Loan period in days (also what a renewal gives from the day of renewal). */
  LIBRARY_LOAN_DAYS: z.coerce.number().int().min(1).max(365).default(21),
  /** How many times one loan may be renewed. */
  LIBRARY_MAX_RENEWALS: z.coerce.number().int().min(0).max(20).default(2),
  /** How many days a READY hold's copy waits at the desk before the hold expires. */
  LIBRARY_HOLD_PICKUP_DAYS: z.coerce.number().int().min(1).max(60).default(7),
  /** The fine per overdue day, in minor units of LIBRARY_CURRENCY. */
  LIBRARY_FINE_PER_DAY: z.coerce.number().int().min(0).max(100_000).default(25),
  /** The most one loan's fine can reach, in minor units. */
  LIBRARY_FINE_CAP: z.coerce.number().int().min(0).max(10_000_000).default(1000),
  /** ISO 4217 code of fines. */
  LIBRARY_CURRENCY: z
    .string()
    .regex(/^[A-Z]{3}$/, 'a three-letter upper-case ISO 4217 code')
    .default('EUR'),
  /** How often expired holds are swept, in ms; 0 turns the sweep off (requests sweep too). */
  LIBRARY_HOLD_SWEEP_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
  /**
   * How long a work's row stays in the entity cache (kit/src/entity-cache.ts: Redis with REDIS_URL,
   * memory otherwise) in ms; writes invalidate it at once, this bounds a missed invalidation. 0: off.
   */
  LIBRARY_WORK_CACHE_TTL_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
});
export type LibraryConfig = z.infer<typeof libraryEnvSchema>;

/** Parses the library settings from `env`, listing every problem at once (ConfigError). */
export function loadLibraryConfig(base: SubgraphConfig, env: Record<string, string | undefined>): LibraryConfig {
  return { ...parseConfig(libraryEnvSchema, env), ...base };
}
