import DataLoader from 'dataloader';
import {
  connectionLoader,
  entityLoader,
  groupLoader,
  type ConnectionLoader,
  type Em,
  type ServiceDeps,
  type SubgraphContext,
} from '../../../kit';
import type { InventoryConfig } from './config';
import {
  Location,
  ReservationLine,
  Stock,
  VariantSettings,
  Warehouse,
  type LocationRow,
  type ReservationLineRow,
  type StockRow,
  type VariantSettingsRow,
  type WarehouseRow,
} from './entities';

/** A variant's totals over every location. */
export interface VariantTotals {
  onHand: number;
  reserved: number;
}

export interface InventoryLoaders {
  warehouseById: DataLoader<string, WarehouseRow | null>;
  locationById: DataLoader<string, LocationRow | null>;
  settingsByVariant: DataLoader<string, VariantSettingsRow | null>;
  totalsByVariant: DataLoader<string, VariantTotals>;
  linesByReservation: DataLoader<string, ReservationLineRow[]>;
  /** `Variant.stockLevels` of every variant of a page in two statements. */
  stockByVariant: ConnectionLoader<StockRow>;
  /** `Warehouse.locations` of every warehouse of a page in two statements. */
  locationsByWarehouse: ConnectionLoader<LocationRow>;
}

export function createLoaders(em: Em): InventoryLoaders {
  return {
    warehouseById: entityLoader(em, Warehouse),
    locationById: entityLoader(em, Location),
    settingsByVariant: entityLoader(em, VariantSettings, 'variantId'),
    // One grouped statement for every variant of a page (a product list asks for many).
    totalsByVariant: new DataLoader<string, VariantTotals>(
      async (ids) => {
        const knex = em.getKnex();
        const rows: { variant_id: string; on_hand: unknown; reserved: unknown }[] = await knex('inventory_stock')
          .select('variant_id')
          .sum({ on_hand: 'on_hand' })
          .sum({ reserved: 'reserved' })
          .whereIn('variant_id', [...ids])
          .groupBy('variant_id');
        const byId = new Map(rows.map((r) => [r.variant_id, r]));
        return ids.map((id) => {
          const row = byId.get(id);
          return { onHand: Number(row?.on_hand ?? 0), reserved: Number(row?.reserved ?? 0) };
        });
      },
      { maxBatchSize: 500 },
    ),
    linesByReservation: groupLoader(em, ReservationLine, 'reservationId'),
    stockByVariant: connectionLoader(em, Stock, 'variantId', { list: 'Variant.stockLevels' }),
    locationsByWarehouse: connectionLoader(em, Location, 'warehouseId', { list: 'Warehouse.locations' }),
  };
}

/** What inventory's resolvers receive (the codegen `contextType`). */
export type InventoryContext = SubgraphContext<InventoryLoaders, InventoryConfig>;

/** What every InventoryService method receives first (`ctx.deps` in resolvers). */
export type InventoryDeps = ServiceDeps<InventoryConfig, InventoryLoaders>;

/** A Variant as inventory knows it: commerce's key only. */
export interface VariantRef {
  id: string;
}
