import { parseConfig, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

/** The delivery subgraph's settings: the shared subgraph settings plus dispatch, fees and position limits. */
export const deliveryEnvSchema = subgraphEnvSchema.extend({
  /** How far from a restaurant it delivers, and looks for couriers, in km (0.5 to 50). */
  DELIVERY_RADIUS_KM: z.coerce.number().min(0.5).max(50).default(10),
  /** The delivery fee's base, in minor units (0 to 10,000). */
  DELIVERY_BASE_FEE: z.coerce.number().int().min(0).max(10_000).default(199),
  /** What each started km adds to the fee, in minor units (0 to 10,000). */
  DELIVERY_FEE_PER_KM: z.coerce.number().int().min(0).max(10_000).default(50),
  /** Average courier speed for ETAs, km/h (5 to 120). */
  DELIVERY_COURIER_SPEED_KMH: z.coerce.number().min(5).max(120).default(25),
  /** A courier position older than this is not used for dispatch, in seconds (30 s to 1 h). */
  DELIVERY_POSITION_MAX_AGE_SECONDS: z.coerce.number().int().min(30).max(3600).default(300),
  /** Positions one courier may report per window (1 to 1,000). */
  DELIVERY_POSITION_POINTS: z.coerce.number().int().min(1).max(1000).default(12),
  /** The window of that budget, in seconds (1 to 3,600). */
  DELIVERY_POSITION_WINDOW_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /**
   * How often every replica dispatches couriers to READY orders that have none, in ms (at most a
   * minute); 0 turns the sweep off (tests that drive `dispatchWaiting` themselves).
   */
  DELIVERY_DISPATCH_SWEEP_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
});
export type DeliveryConfig = z.infer<typeof deliveryEnvSchema>;

/** Parses the delivery settings from `env`, listing every problem at once (ConfigError). */
export function loadDeliveryConfig(base: SubgraphConfig, env: Record<string, string | undefined>): DeliveryConfig {
  return { ...parseConfig(deliveryEnvSchema, env), ...base };
}
