import { baseProperties, defineEntity, p, type InferEntity } from '../../../kit';

export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const ORDER_STATUSES = ['PLACED', 'ACCEPTED', 'PREPARING', 'READY', 'PICKED_UP', 'DELIVERED', 'CANCELLED'] as const;
export type FoodOrderStatus = (typeof ORDER_STATUSES)[number];

/** One opening period, stored as minutes after local midnight (`closes` may be 1440). */
export interface OpeningPeriodRow {
  day: Weekday;
  opensMinute: number;
  closesMinute: number;
}

/** A restaurant: public data, managed by its owner (`ownerId`). Prices of its menu are in `currency`. */
export const Restaurant = defineEntity({
  name: 'Restaurant',
  tableName: 'restaurants',
  properties: {
    ...baseProperties(),
    ownerId: p.string().length(36).index(),
    name: p.string().length(120).index(),
    description: p.text(),
    lat: p.double(),
    lng: p.double(),
    timeZone: p.string().length(64),
    currency: p.string().length(3),
    openingHours: p.json<OpeningPeriodRow[]>(),
    paused: p.boolean(),
  },
});
export type RestaurantRow = InferEntity<typeof Restaurant>;

/** A section of a restaurant's menu; names are unique per restaurant. */
export const MenuCategory = defineEntity({
  name: 'MenuCategory',
  tableName: 'menu_categories',
  properties: {
    ...baseProperties(),
    restaurantId: p.string().length(36),
    name: p.string().length(80),
    position: p.smallint(),
  },
  uniques: [{ properties: ['restaurantId', 'name'] }],
});
export type MenuCategoryRow = InferEntity<typeof MenuCategory>;

/** A dish of a category; `price` in minor units of the restaurant's currency. */
export const MenuItem = defineEntity({
  name: 'MenuItem',
  tableName: 'menu_items',
  properties: {
    ...baseProperties(),
    restaurantId: p.string().length(36).index(),
    categoryId: p.string().length(36).index(),
    name: p.string().length(120),
    description: p.text(),
    price: p.integer(),
    /** The restaurant's currency (it never changes). */
    currency: p.string().length(3),
    prepMinutes: p.smallint(),
    available: p.boolean(),
  },
});
export type MenuItemRow = InferEntity<typeof MenuItem>;

/** An option of one menu item; its price is added to each unit of the item. */
export const MenuModifier = defineEntity({
  name: 'MenuModifier',
  tableName: 'menu_modifiers',
  properties: {
    ...baseProperties(),
    itemId: p.string().length(36).index(),
    name: p.string().length(80),
    price: p.integer(),
    /** The restaurant's currency (it never changes). */
    currency: p.string().length(3),
    available: p.boolean(),
  },
});
export type MenuModifierRow = InferEntity<typeof MenuModifier>;

/** One priced line of an order, a snapshot taken when it was placed (menus change afterwards). */
export interface OrderLineRow {
  itemId: string;
  name: string;
  quantity: number;
  unitPrice: number;
  modifiers: string[];
}

/**
 * A customer's order. Every status change is a conditional update on the current status, so it
 * happens once whoever races for it. `courierId` is set by dispatch together with the courier's
 * `currentOrderId`, in one transaction.
 */
export const FoodOrder = defineEntity({
  name: 'FoodOrder',
  tableName: 'food_orders',
  properties: {
    ...baseProperties(),
    customerId: p.string().length(36),
    restaurantId: p.string().length(36),
    courierId: p.string().length(36).nullable().index(),
    status: p.enum([...ORDER_STATUSES]),
    lines: p.json<OrderLineRow[]>(),
    currency: p.string().length(3),
    subtotal: p.integer(),
    deliveryFee: p.integer(),
    total: p.integer(),
    dropoffLat: p.double(),
    dropoffLng: p.double(),
    /** Straight-line km from the restaurant to the drop-off. */
    distanceKm: p.double(),
    /** The longest preparation time of its items. */
    prepMinutes: p.smallint(),
    note: p.string().length(500).nullable(),
    placedAt: p.datetime(3),
    acceptedAt: p.datetime(3).nullable(),
    readyAt: p.datetime(3).nullable(),
    assignedAt: p.datetime(3).nullable(),
    pickedUpAt: p.datetime(3).nullable(),
    deliveredAt: p.datetime(3).nullable(),
    cancelledAt: p.datetime(3).nullable(),
    cancelReason: p.string().length(300).nullable(),
  },
  indexes: [
    { properties: ['customerId', 'placedAt'] },
    { properties: ['restaurantId', 'placedAt'] },
    { properties: ['status', 'readyAt'] },
  ],
});
export type FoodOrderRow = InferEntity<typeof FoodOrder>;

/**
 * A courier (one per user). `currentOrderId` is the one job the courier is on: dispatch sets it only
 * where it is null (a conditional update), and its unique key forbids two couriers on one order.
 */
export const Courier = defineEntity({
  name: 'Courier',
  tableName: 'couriers',
  properties: {
    ...baseProperties(),
    userId: p.string().length(36).unique(),
    online: p.boolean(),
    currentOrderId: p.string().length(36).nullable().unique(),
    lat: p.double().nullable(),
    lng: p.double().nullable(),
    positionAt: p.datetime(3).nullable(),
  },
});
export type CourierRow = InferEntity<typeof Courier>;

export const entities = [Restaurant, MenuCategory, MenuItem, MenuModifier, FoodOrder, Courier];
