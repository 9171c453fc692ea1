import { loadSubgraphSchema, startSweep, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { loadInventoryConfig, type InventoryConfig } from './src/config';
import { createLoaders, type InventoryLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { createCheckoutSagaConsumer } from './src/saga';
import { seed } from './src/seed';
import { InventoryService } from './src/service';

const service = new InventoryService();

/** inventory: warehouses, locations, stock per variant, movements, reservations (InvenTree-like). */
export const inventory: SubgraphDefinition<InventoryLoaders, InventoryConfig> = {
  name: 'inventory',
  defaultPort: 4019,
  wiring: {
    summary:
      'warehouses and bins, stock per variant as a ledger of movements, reservations with a TTL, allocation across warehouses, serials, low-stock events',
    catalogue: 'commerce',
    codegen: {
      contextType: '../context#InventoryContext',
      mappers: {
        Variant: '../context#VariantRef',
        Warehouse: '../entities#WarehouseRow',
        StockLocation: '../entities#LocationRow',
        StockLevel: '../entities#StockRow',
        StockMovement: '../entities#MovementRow',
        StockReservation: '../entities#ReservationRow',
        StockReservationLine: '../entities#ReservationLineRow',
        InsufficientStock: '../service#InsufficientStockData',
      },
    },
  },
  typeDefs: loadSubgraphSchema('inventory'),
  resolvers: createResolvers(service),
  entities,
  migrations,
  loaders: createLoaders,
  seed,
  config: loadInventoryConfig,
  // Reservations expire on their own, signed in or not. Every replica sweeps; each reservation is
  // locked and claimed by a conditional update, so it expires (and announces it) once.
  // The checkout saga's consumer reserves, commits and releases for commerce's orders.
  start: ({ serviceDeps, log, config, clock }) => {
    const sweep = startSweep({
      name: 'reservation expiry sweep',
      everyMs: config.INVENTORY_EXPIRY_SWEEP_MS,
      run: () => service.expireDue(serviceDeps()),
      log,
    });
    return { stop: async () => sweep?.stop(), consumers: [createCheckoutSagaConsumer(service, { clock, config })] };
  },
};
