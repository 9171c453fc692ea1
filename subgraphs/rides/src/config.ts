import { parseConfig, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

/** The rides subgraph's settings: the shared subgraph settings plus matching, pricing and limits. */
export const ridesEnvSchema = subgraphEnvSchema.extend({
  /** How long a driver has to answer an offer, seconds. */
  RIDES_OFFER_TIMEOUT_SECONDS: z.coerce.number().int().min(5).max(300).default(20),
  /** How often every replica expires unanswered offers, ms; 0 turns the sweep off (tests drive it). */
  RIDES_OFFER_SWEEP_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
  /** How many drivers a ride is offered to, one after the other, before NO_DRIVER. */
  RIDES_MAX_OFFERS: z.coerce.number().int().min(1).max(20).default(5),
  /** How far from the pickup drivers are searched, km. */
  RIDES_SEARCH_RADIUS_KM: z.coerce.number().min(0.5).max(50).default(8),
  /** Position reports allowed per driver per second (kit rate limit). */
  RIDES_POSITIONS_PER_SECOND: z.coerce.number().int().min(1).max(100).default(5),
  /**
   * How long a replica keeps a driver's status and current trip for position reports, ms (dropped at
   * once on every replica when they change, through the pub/sub; this bounds a lost announcement); 0: no cache.
   */
  RIDES_REPORTER_CACHE_MS: z.coerce.number().int().min(0).max(600_000).default(30_000),
  /** At most this many drivers cached per replica (the oldest entry goes first). */
  RIDES_REPORTER_CACHE_MAX: z.coerce.number().int().min(1).max(1_000_000).default(100_000),
  /** A driver whose last position is older than this is not offered rides nor listed nearby, seconds. */
  RIDES_POSITION_STALE_SECONDS: z.coerce.number().int().min(10).max(3600).default(120),
  /** Fare: base, per km and per minute, in minor units; the currency. */
  RIDES_FARE_BASE: z.coerce.number().int().min(0).max(100_000).default(250),
  RIDES_FARE_PER_KM: z.coerce.number().int().min(0).max(100_000).default(120),
  RIDES_FARE_PER_MINUTE: z.coerce.number().int().min(0).max(100_000).default(30),
  RIDES_CURRENCY: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .default('EUR'),
  /** The highest surge multiplier. */
  RIDES_MAX_SURGE: z.coerce.number().min(1).max(10).default(3),
  /** A driver on an accepted ride whose reported position is this close to the pickup is ARRIVING on its own, metres. */
  RIDES_ARRIVING_METERS: z.coerce.number().int().min(10).max(2000).default(150),
  /** The rider's fee for cancelling after the free window, minor units. */
  RIDES_CANCEL_FEE: z.coerce.number().int().min(0).max(100_000).default(500),
  /** The free window after a driver accepted, seconds. */
  RIDES_FREE_CANCEL_SECONDS: z.coerce.number().int().min(0).max(3600).default(120),
});
export type RidesConfig = z.infer<typeof ridesEnvSchema>;

/** Parses the rides settings from `env`, listing every problem at once (ConfigError). */
export function loadRidesConfig(base: SubgraphConfig, env: Record<string, string | undefined>): RidesConfig {
  return { ...parseConfig(ridesEnvSchema, env), ...base };
}
