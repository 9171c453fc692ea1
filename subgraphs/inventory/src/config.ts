import { parseConfig, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

/** The inventory subgraph's settings: the shared subgraph settings plus reservations. */
export const inventoryEnvSchema = subgraphEnvSchema.extend({
  /** How long a reservation holds its units unless `ttlSeconds` says otherwise (1 s to 1 day). */
  INVENTORY_RESERVATION_TTL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900),
  /**
   * How often every replica releases the reservations whose TTL ran out, in ms (at most an hour); 0
   * turns the sweep off (tests that call `expireDue` themselves). Each reservation expires once
   * however many replicas sweep at the same moment.
   */
  INVENTORY_EXPIRY_SWEEP_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
});
export type InventoryConfig = z.infer<typeof inventoryEnvSchema>;

/** Parses the inventory settings from `env`, listing every problem at once (ConfigError). */
export function loadInventoryConfig(base: SubgraphConfig, env: Record<string, string | undefined>): InventoryConfig {
  return { ...parseConfig(inventoryEnvSchema, env), ...base };
}
