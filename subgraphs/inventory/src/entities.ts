import { baseProperties, defineEntity, p, type InferEntity } from '../../../kit';

export const MOVEMENT_KINDS = ['RECEIVED', 'RESERVED', 'RELEASED', 'SHIPPED', 'ADJUSTED', 'TRANSFERRED_OUT', 'TRANSFERRED_IN'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];
export const RESERVATION_STATUSES = ['ACTIVE', 'COMMITTED', 'RELEASED', 'EXPIRED'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

/**
 * A warehouse. Inventory is global (one catalogue, like commerce's), not tenant-owned: only holders
 * of the `admin` or `inventory` role manage it. `priority` orders allocation (lower first).
 */
export const Warehouse = defineEntity({
  name: 'Warehouse',
  tableName: 'inventory_warehouses',
  properties: {
    ...baseProperties(),
    code: p.string().length(20).unique(),
    name: p.string().length(100),
    priority: p.integer(),
  },
  indexes: [{ properties: ['priority', 'code'] }],
});
export type WarehouseRow = InferEntity<typeof Warehouse>;

/** A location (bin) in one warehouse; `code` is unique within the warehouse. */
export const Location = defineEntity({
  name: 'Location',
  tableName: 'inventory_locations',
  properties: {
    ...baseProperties(),
    warehouseId: p.string().length(36),
    code: p.string().length(30),
    name: p.string().length(100),
  },
  uniques: [{ properties: ['warehouseId', 'code'] }],
});
export type LocationRow = InferEntity<typeof Location>;

/** A variant's inventory settings; a variant without a row is untracked with alerts off. */
export const VariantSettings = defineEntity({
  name: 'VariantSettings',
  tableName: 'inventory_variant_settings',
  properties: {
    ...baseProperties(),
    variantId: p.string().length(64).unique(),
    tracked: p.boolean(),
    lowStockThreshold: p.integer(),
    /** Set (by a conditional update) when the low-stock event fired; cleared when stock recovers. */
    lowAlerted: p.boolean(),
    /** Who last set the threshold: the low-stock event is addressed to them (a notification). */
    setById: p.string().length(36).nullable(),
  },
});
export type VariantSettingsRow = InferEntity<typeof VariantSettings>;

/**
 * The counters of one variant at one location. Changed only by conditional SQL updates in the same
 * transaction as the movement that explains the change, so `onHand = sum(onHandChange)` and
 * `reserved = sum(reservedChange)` of its movements, and `0 <= reserved <= onHand`, always.
 */
export const Stock = defineEntity({
  name: 'Stock',
  tableName: 'inventory_stock',
  properties: {
    ...baseProperties(),
    variantId: p.string().length(64),
    locationId: p.string().length(36),
    warehouseId: p.string().length(36),
    onHand: p.integer(),
    reserved: p.integer(),
  },
  uniques: [{ properties: ['variantId', 'locationId'] }],
  indexes: [{ properties: ['locationId'] }],
});
export type StockRow = InferEntity<typeof Stock>;

/** One change of stock; never updated or deleted. */
export const Movement = defineEntity({
  name: 'Movement',
  tableName: 'inventory_movements',
  properties: {
    ...baseProperties(),
    kind: p.string().length(20),
    variantId: p.string().length(64),
    locationId: p.string().length(36),
    warehouseId: p.string().length(36),
    quantity: p.integer(),
    onHandChange: p.integer(),
    reservedChange: p.integer(),
    reservationId: p.string().length(36).nullable(),
    reference: p.string().length(100).nullable(),
    batch: p.string().length(60).nullable(),
    serials: p.json<string[]>(),
    note: p.string().length(500).nullable(),
    actorId: p.string().length(36).nullable(),
  },
  indexes: [
    { properties: ['variantId', 'createdAt', 'id'] },
    { properties: ['locationId', 'createdAt', 'id'] },
    { properties: ['warehouseId', 'createdAt', 'id'] },
    { properties: ['reference'] },
  ],
});
export type MovementRow = InferEntity<typeof Movement>;

/** Units held for one reference until `expiresAt`; leaves ACTIVE exactly once (conditional update). */
export const Reservation = defineEntity({
  name: 'Reservation',
  tableName: 'inventory_reservations',
  properties: {
    ...baseProperties(),
    reference: p.string().length(100).unique(),
    status: p.string().length(20),
    expiresAt: p.datetime(3),
    closedAt: p.datetime(3).nullable(),
    actorId: p.string().length(36).nullable(),
  },
  indexes: [{ properties: ['status', 'expiresAt'] }],
});
export type ReservationRow = InferEntity<typeof Reservation>;

/** The units of one variant a reservation holds at one location. */
export const ReservationLine = defineEntity({
  name: 'ReservationLine',
  tableName: 'inventory_reservation_lines',
  properties: {
    ...baseProperties(),
    reservationId: p.string().length(36).index(),
    variantId: p.string().length(64).index(),
    locationId: p.string().length(36),
    quantity: p.integer(),
    serials: p.json<string[]>(),
  },
});
export type ReservationLineRow = InferEntity<typeof ReservationLine>;

/** A serial number of a tracked variant: in stock at a location until shipped (once). */
export const Serial = defineEntity({
  name: 'Serial',
  tableName: 'inventory_serials',
  properties: {
    ...baseProperties(),
    variantId: p.string().length(64),
    serial: p.string().length(60),
    batch: p.string().length(60).nullable(),
    locationId: p.string().length(36),
    shipped: p.boolean(),
    reservationId: p.string().length(36).nullable(),
  },
  uniques: [{ properties: ['variantId', 'serial'] }],
  indexes: [{ properties: ['variantId', 'locationId', 'shipped'] }],
});
export type SerialRow = InferEntity<typeof Serial>;

export const entities = [Warehouse, Location, VariantSettings, Stock, Movement, Reservation, ReservationLine, Serial];
