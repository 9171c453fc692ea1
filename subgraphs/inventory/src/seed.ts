import { newId, type Em } from '../../../kit';
import { Location, Movement, Stock, VariantSettings, Warehouse } from './entities';

/** Variant ids the demo stocks (commerce's demo catalogue is expected to use the same ids). */
export const DEMO_VARIANT_IDS = ['demo-tee-s', 'demo-tee-m', 'demo-tee-l', 'demo-mug', 'demo-headphones'] as const;

/**
 * Two warehouses (Paris first, then Berlin) with a few bins and stock of the demo variants, every
 * unit received through a RECEIVED movement so the counters equal the movements; skipped when a
 * warehouse exists.
 */
export async function seed(em: Em): Promise<void> {
  if (await em.count(Warehouse, {})) return;
  const paris = em.create(Warehouse, { id: newId(), code: 'PAR-1', name: 'Paris', priority: 10 });
  const berlin = em.create(Warehouse, { id: newId(), code: 'BER-1', name: 'Berlin', priority: 20 });
  const bins = {
    parisA: em.create(Location, { id: newId(), warehouseId: paris.id, code: 'A-01', name: 'Aisle A, bin 1' }),
    parisB: em.create(Location, { id: newId(), warehouseId: paris.id, code: 'B-01', name: 'Aisle B, bin 1' }),
    berlinA: em.create(Location, { id: newId(), warehouseId: berlin.id, code: 'A-01', name: 'Aisle A, bin 1' }),
  };
  const stock: [string, keyof typeof bins, number][] = [
    ['demo-tee-s', 'parisA', 12],
    ['demo-tee-m', 'parisA', 3],
    ['demo-tee-m', 'berlinA', 20],
    ['demo-tee-l', 'berlinA', 8],
    ['demo-mug', 'parisB', 40],
  ];
  for (const [variantId, bin, quantity] of stock) {
    const location = bins[bin];
    em.create(Stock, { id: newId(), variantId, locationId: location.id, warehouseId: location.warehouseId, onHand: quantity, reserved: 0 });
    em.create(Movement, {
      id: newId(),
      kind: 'RECEIVED',
      variantId,
      locationId: location.id,
      warehouseId: location.warehouseId,
      quantity,
      onHandChange: quantity,
      reservedChange: 0,
      reservationId: null,
      reference: null,
      batch: 'DEMO-1',
      serials: [],
      note: 'demo data',
      actorId: null,
    });
  }
  em.create(VariantSettings, {
    id: newId(),
    variantId: 'demo-tee-m',
    tracked: false,
    lowStockThreshold: 5,
    lowAlerted: false,
    setById: null,
  });
  em.create(VariantSettings, {
    id: newId(),
    variantId: 'demo-headphones',
    tracked: true,
    lowStockThreshold: 0,
    lowAlerted: false,
    setById: null,
  });
  await em.flush();
}
