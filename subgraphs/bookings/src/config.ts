import { parseConfig, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

/** The bookings subgraph's settings: the shared subgraph settings plus seat holds. */
export const bookingsEnvSchema = subgraphEnvSchema.extend({
  /** How long a hold keeps its seats before they return to sale, in seconds (30 s to 1 h). */
  BOOKINGS_HOLD_TTL_SECONDS: z.coerce.number().int().min(30).max(3600).default(600),
  /**
   * How often every replica releases expired holds, in ms (at most a minute); 0 turns the sweep off
   * (tests that drive `releaseExpired` themselves). Replicas sweeping at once release each hold once.
   */
  BOOKINGS_HOLD_SWEEP_MS: z.coerce.number().int().min(0).max(60_000).default(2_000),
  /**
   * How many nights ahead the availability index reaches, 1 to 730: a new room type gets that many nights,
   * and the horizon sweep keeps every room type that far ahead of today.
   */
  BOOKINGS_INVENTORY_DAYS: z.coerce.number().int().min(1).max(730).default(365),
  /**
   * How often every replica extends the rolling inventory horizon, in ms (at most a day); 0 turns it off.
   * Replicas extending at once take turns on each room type's row, so each night is created once.
   */
  BOOKINGS_HORIZON_SWEEP_MS: z.coerce.number().int().min(0).max(86_400_000).default(3_600_000),
  /**
   * How often every replica rebuilds the movie recommendation model, in ms (at most a day); 0 turns it
   * off. A rebuild that finds no rating or confirmed reservation changed since the last one writes nothing.
   */
  BOOKINGS_RECS_REBUILD_MS: z.coerce.number().int().min(0).max(86_400_000).default(600_000),
});
export type BookingsConfig = z.infer<typeof bookingsEnvSchema>;

/** Parses the bookings settings from `env`, listing every problem at once (ConfigError). */
export function loadBookingsConfig(base: SubgraphConfig, env: Record<string, string | undefined>): BookingsConfig {
  return { ...parseConfig(bookingsEnvSchema, env), ...base };
}
