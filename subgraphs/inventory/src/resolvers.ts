import { DateTimeScalar, badInput, checkPage } from '../../../kit';
import { Stock, type LocationRow } from './entities';
import type { InventoryContext } from './context';
import type { Resolvers } from './generated/resolvers';
import { checkVariantId, requireStaff, type InventoryService } from './service';

const STOCK_ORDER = { locationId: 'asc', id: 'asc' } as const;
const LOCATION_ORDER = { code: 'asc', id: 'asc' } as const;

async function locationOf(ctx: InventoryContext, id: string): Promise<LocationRow> {
  const location = await ctx.loaders.locationById.load(id);
  if (!location) throw new Error(`location ${id} is missing`);
  return location;
}

/** inventory's resolvers: thin translations onto {@link InventoryService}. */
export function createResolvers(service: InventoryService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      inventoryVariant: (_, { id }) => ({ id: checkVariantId(id, 'id') }),
      warehouses: (_, args, ctx) => service.listWarehouses(ctx.deps, args),
      warehouse: (_, { id }, ctx) => service.warehouse(ctx.deps, id),
      stockMovements: (_, { filter, ...args }, ctx) => service.listMovements(ctx.deps, args, filter),
      stockReservations: (_, { filter, ...args }, ctx) => service.listReservations(ctx.deps, args, filter),
      stockReservation: (_, { reference }, ctx) => service.reservation(ctx.deps, reference),
    },
    Mutation: {
      createWarehouse: (_, { input }, ctx) => service.createWarehouse(ctx.deps, input),
      updateWarehouse: (_, { id, input }, ctx) => service.updateWarehouse(ctx.deps, id, input),
      createStockLocation: (_, { input }, ctx) => service.createLocation(ctx.deps, input),
      setVariantInventory: (_, { input }, ctx) => service.setVariantInventory(ctx.deps, input),
      receiveStock: (_, { input }, ctx) => service.receive(ctx.deps, input),
      adjustStock: (_, { input }, ctx) => service.adjust(ctx.deps, input),
      transferStock: (_, { input }, ctx) => service.transfer(ctx.deps, input),
      reserveStock: (_, { input }, ctx) => service.reserve(ctx.deps, input),
      commitStockReservation: (_, { reference }, ctx) => service.commit(ctx.deps, reference),
      releaseStockReservation: (_, { reference }, ctx) => service.release(ctx.deps, reference),
    },
    ReserveStockResult: {
      __resolveType: (result) => ('kind' in result && result.kind === 'InsufficientStock' ? 'InsufficientStock' : 'StockReservation'),
    },
    Variant: {
      // Variant ids are commerce's: any well-formed id is a variant with (maybe) zero stock.
      __resolveReference: (ref) => {
        if (typeof ref.id !== 'string') throw badInput('A Variant reference needs an id.', 'id');
        return { id: ref.id };
      },
      available: async ({ id }, _, ctx) => {
        const t = await ctx.loaders.totalsByVariant.load(id);
        return t.onHand - t.reserved;
      },
      inStock: async ({ id }, _, ctx) => {
        const t = await ctx.loaders.totalsByVariant.load(id);
        return t.onHand - t.reserved > 0;
      },
      onHand: async ({ id }, _, ctx) => {
        requireStaff(ctx.viewer);
        return (await ctx.loaders.totalsByVariant.load(id)).onHand;
      },
      reserved: async ({ id }, _, ctx) => {
        requireStaff(ctx.viewer);
        return (await ctx.loaders.totalsByVariant.load(id)).reserved;
      },
      tracked: async ({ id }, _, ctx) => {
        requireStaff(ctx.viewer);
        return (await service.settings(ctx.deps, id)).tracked;
      },
      lowStockThreshold: async ({ id }, _, ctx) => {
        requireStaff(ctx.viewer);
        return (await service.settings(ctx.deps, id)).lowStockThreshold;
      },
      stockLevels: ({ id }, args, ctx) => {
        checkPage(Stock, args, STOCK_ORDER, { list: 'Variant.stockLevels' });
        requireStaff(ctx.viewer);
        return ctx.loaders.stockByVariant.load(id, args, STOCK_ORDER);
      },
      movements: ({ id }, { filter, ...args }, ctx) => service.listMovements(ctx.deps, args, { ...filter, variantId: id }),
    },
    Warehouse: {
      __resolveReference: (ref, ctx) => ctx.loaders.warehouseById.load(ref.id),
      locations: (warehouse, args, ctx) => ctx.loaders.locationsByWarehouse.load(warehouse.id, args, LOCATION_ORDER),
    },
    StockLocation: {
      __resolveReference: (ref, ctx) => ctx.loaders.locationById.load(ref.id),
      warehouse: async (location, _, ctx) => {
        const warehouse = await ctx.loaders.warehouseById.load(location.warehouseId);
        if (!warehouse) throw new Error(`warehouse ${location.warehouseId} is missing`);
        return warehouse;
      },
    },
    StockLevel: {
      variant: (stock) => ({ id: stock.variantId }),
      location: (stock, _, ctx) => locationOf(ctx, stock.locationId),
      available: (stock) => stock.onHand - stock.reserved,
    },
    StockMovement: {
      variant: (m) => ({ id: m.variantId }),
      location: (m, _, ctx) => locationOf(ctx, m.locationId),
      serials: (m) => m.serials ?? [],
    },
    StockReservation: {
      lines: async (r, _, ctx) =>
        [...(await ctx.loaders.linesByReservation.load(r.id))].sort((a, b) =>
          a.variantId === b.variantId ? (a.locationId < b.locationId ? -1 : 1) : a.variantId < b.variantId ? -1 : 1,
        ),
    },
    StockReservationLine: {
      variant: (line) => ({ id: line.variantId }),
      location: (line, _, ctx) => locationOf(ctx, line.locationId),
      serials: (line) => line.serials ?? [],
    },
  };
}
