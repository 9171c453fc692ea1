import { LockMode, type FilterQuery } from '@mikro-orm/core';
import {
  isRetryableConflict,
  checkPage,
  ErrorCode,
  PerStart,
  checkPosition,
  createGeoIndex,
  createRateLimit,
  endAfter,
  etaSeconds,
  fail,
  fieldError,
  flushOrConflict,
  forbidden,
  haversineKm,
  isUniqueViolation,
  isUuid,
  notFound,
  ok,
  paginate,
  recordEvent,
  requireViewer,
  totalOrder,
  type Connection,
  type Em,
  type GeoIndex,
  type LatLng,
  type PageArgs,
  type Payload,
  type RateLimit,
  type UserError,
} from '../../../kit';
import type { DeliveryConfig } from './config';
import type { DeliveryDeps } from './context';
import {
  Courier,
  FoodOrder,
  MenuCategory,
  MenuItem,
  MenuModifier,
  Restaurant,
  WEEKDAYS,
  type CourierRow,
  type FoodOrderRow,
  type FoodOrderStatus,
  type MenuCategoryRow,
  type MenuItemRow,
  type MenuModifierRow,
  type OpeningPeriodRow,
  type OrderLineRow,
  type RestaurantRow,
  type Weekday,
} from './entities';
import type {
  AddMenuItemInput,
  AddMenuModifierInput,
  CartInput,
  CourierPositionInput,
  CreateRestaurantInput,
  DeliveryLocationInput,
  OpeningPeriodInput,
  UpdateMenuItemInput,
  UpdateRestaurantInput,
} from './generated/resolvers';

export const MAX_CATEGORIES = 50;
export const MAX_ITEMS_PER_CATEGORY = 100;
export const MAX_MODIFIERS_PER_ITEM = 20;
export const MAX_CART_LINES = 30;
export const MAX_QUANTITY = 50;
export const MAX_MODIFIERS_PER_LINE = 10;
const MAX_PRICE = 100_000;
const MAX_PERIODS = 28;
/** How many of the nearest couriers one dispatch considers. */
const DISPATCH_CANDIDATES = 10;
/** READY orders without a courier one sweep tries to dispatch. */
const DISPATCH_BATCH = 50;
/** How often a claim that lost only to a transient failure (a deadlock) is tried again. */
const MAX_CLAIM_ATTEMPTS = 5;

/** Domain events (notifications turns them into messages for `recipientIds`). */
export const ORDER_PLACED_EVENT = 'delivery.order.placed';
export const ORDER_ASSIGNED_EVENT = 'delivery.order.assigned';
export const ORDER_PICKED_UP_EVENT = 'delivery.order.picked_up';
export const ORDER_DELIVERED_EVENT = 'delivery.order.delivered';
export const ORDER_CANCELLED_EVENT = 'delivery.order.cancelled';

const CURRENCY = /^[A-Z]{3}$/;
const CLOCK_TIME = /^(?:([01]\d|2[0-3]):([0-5]\d)|(24):(00))$/;
const FINAL: readonly FoodOrderStatus[] = ['DELIVERED', 'CANCELLED'];

/** What travels on an order's and a restaurant's pub/sub topics: which order changed, and to what. */
export interface OrderSignal {
  orderId: string;
  status: FoodOrderStatus;
}
/** The pub/sub topic of one order's changes. */
export const orderTopic = (orderId: string) => `delivery:order:${orderId}`;
/** The pub/sub topic of one restaurant's new and changed orders. */
export const restaurantTopic = (restaurantId: string) => `delivery:restaurant:${restaurantId}`;

export interface Money {
  amount: number;
  currency: string;
}
export interface OrderLineView extends OrderLineRow {
  currency: string;
}
export interface QuoteView {
  lines: OrderLineView[];
  subtotal: Money;
  deliveryFee: Money;
  total: Money;
  distanceKm: number;
}
export interface EtaView {
  readyAt: Date;
  deliveredBy: Date;
  distanceKm: number;
}

/** The couriers' geo index of one started subgraph: Redis (shared by replicas) when REDIS_URL is set. */
const geoIndexes = new PerStart(
  (config: DeliveryConfig) => createGeoIndex({ name: 'delivery-couriers', redisUrl: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX }),
  (index: GeoIndex) => index.close(),
);
/** The per-courier budget of position reports of one started subgraph. */
const positionLimits = new PerStart(
  (config: DeliveryConfig, log) =>
    createRateLimit({
      name: 'delivery-positions',
      points: config.DELIVERY_POSITION_POINTS,
      windowSeconds: config.DELIVERY_POSITION_WINDOW_SECONDS,
      redisUrl: config.REDIS_URL,
      keyPrefix: config.REDIS_KEY_PREFIX,
      log,
    }),
  (limit: RateLimit) => limit.close(),
);

/** Closes what the started subgraph made (geo index, rate limit). */
export async function closeResources(config: DeliveryConfig): Promise<void> {
  await Promise.all([geoIndexes.close(config), positionLimits.close(config)]);
}

const notFoundError = (field: string | null, message: string): UserError => ({ field, message, code: ErrorCode.NOT_FOUND });
const stateError = (field: string | null, message: string): UserError => ({ field, message, code: ErrorCode.INVALID_STATE });
const forbiddenError = (field: string | null, message: string): UserError => ({ field, message, code: ErrorCode.FORBIDDEN });

/** Thrown inside a dispatch transaction to roll the courier's claim back when the order was taken meanwhile. */
class OrderTaken extends Error {}

/**
 * Adds a row under a parent (a restaurant's category, a category's item, an item's modifier) only
 * while the parent has fewer than `max` of them, race-safe: in one transaction the parent's row is
 * locked (`FOR UPDATE` on MariaDB, so additions under one parent queue; SQLite runs one write
 * transaction at a time), the rows are counted, and the new one inserted. 'full' at the cap,
 * 'duplicate' on a unique-key violation; a deadlock is retried.
 */
async function addCapped<T extends object>(
  deps: Pick<DeliveryDeps, 'em' | 'config'>,
  lockParent: (tx: Em, lockMode: LockMode | undefined) => Promise<unknown>,
  count: (tx: Em) => Promise<number>,
  max: number,
  create: (tx: Em, count: number) => T,
): Promise<T | 'full' | 'duplicate'> {
  const lockMode = deps.config.MYSQL_URL ? LockMode.PESSIMISTIC_WRITE : undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      return await deps.em.fork().transactional(async (tx) => {
        await lockParent(tx, lockMode);
        const n = await count(tx);
        if (n >= max) return 'full' as const;
        const row = create(tx, n);
        await tx.flush();
        return row;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return 'duplicate';
      if (!isRetryableConflict(error) || attempt >= MAX_CLAIM_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * (attempt + 1)));
    }
  }
}

function checkText(errors: UserError[], field: string, value: string | null | undefined, min: number, max: number): string | undefined {
  if (value == null) return undefined;
  const text = value.trim();
  if (text.length < min || text.length > max) {
    errors.push(fieldError(field, `${field.split('.').pop()} must be ${min} to ${max} characters.`));
    return undefined;
  }
  return text;
}

function checkLocation(errors: UserError[], field: string, location: DeliveryLocationInput): LatLng | null {
  let good = true;
  if (!Number.isFinite(location.lat) || location.lat < -90 || location.lat > 90) {
    errors.push(fieldError(`${field}.lat`, 'Latitude must be a number from -90 to 90 degrees.'));
    good = false;
  }
  if (!Number.isFinite(location.lng) || location.lng < -180 || location.lng > 180) {
    errors.push(fieldError(`${field}.lng`, 'Longitude must be a number from -180 to 180 degrees.'));
    good = false;
  }
  return good ? { lat: location.lat, lng: location.lng } : null;
}

function checkPrice(errors: UserError[], field: string, value: number | null | undefined): void {
  if (value != null && (!Number.isInteger(value) || value < 0 || value > MAX_PRICE))
    errors.push(fieldError(field, `A price is 0 to ${MAX_PRICE} minor units.`));
}

function checkPrep(errors: UserError[], field: string, value: number | null | undefined): void {
  if (value != null && (!Number.isInteger(value) || value < 1 || value > 180))
    errors.push(fieldError(field, 'Preparation takes 1 to 180 minutes.'));
}

function checkTimeZone(errors: UserError[], field: string, value: string): string | undefined {
  if (value.length < 1 || value.length > 64) {
    errors.push(fieldError(field, 'timeZone is an IANA time zone such as Europe/Paris.'));
    return undefined;
  }
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    errors.push(fieldError(field, `${value} is not a time zone; use an IANA name such as Europe/Paris.`));
    return undefined;
  }
}

function minuteOf(text: string): number | null {
  const m = CLOCK_TIME.exec(text);
  if (!m) return null;
  return m[3] ? 1440 : Number(m[1]) * 60 + Number(m[2]);
}

function checkOpeningHours(errors: UserError[], field: string, periods: readonly OpeningPeriodInput[]): OpeningPeriodRow[] {
  if (periods.length > MAX_PERIODS) {
    errors.push(fieldError(field, `At most ${MAX_PERIODS} opening periods.`));
    return [];
  }
  const rows: OpeningPeriodRow[] = [];
  periods.forEach((period, i) => {
    const opens = minuteOf(period.opens);
    const closes = minuteOf(period.closes);
    if (opens === null || opens === 1440) errors.push(fieldError(`${field}.${i}.opens`, 'opens is a time HH:MM from 00:00 to 23:59.'));
    if (closes === null) errors.push(fieldError(`${field}.${i}.closes`, 'closes is a time HH:MM from 00:01 to 24:00.'));
    if (opens === null || closes === null || opens === 1440) return;
    if (closes <= opens) {
      errors.push(fieldError(`${field}.${i}.closes`, 'closes must be after opens (use 24:00 for midnight).'));
      return;
    }
    const clash = rows.find((r) => r.day === period.day && r.opensMinute < closes && opens < r.closesMinute);
    if (clash) errors.push(fieldError(`${field}.${i}`, `This period overlaps another on ${period.day.toLowerCase()}.`));
    else rows.push({ day: period.day, opensMinute: opens, closesMinute: closes });
  });
  const order = (d: Weekday) => WEEKDAYS.indexOf(d);
  return rows.sort((a, b) => order(a.day) - order(b.day) || a.opensMinute - b.opensMinute);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
/** The weekday and minute of the day of `at` in `timeZone`. */
function localTime(at: Date, timeZone: string): { day: Weekday; minute: number } {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
  return { day: String(parts.weekday).toUpperCase() as Weekday, minute: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** Whether the restaurant takes orders at `now`: within one of its opening periods and not paused. */
export function isOpenAt(restaurant: RestaurantRow, now: Date): boolean {
  if (restaurant.paused) return false;
  const local = localTime(now, restaurant.timeZone);
  return restaurant.openingHours.some((p) => p.day === local.day && p.opensMinute <= local.minute && local.minute < p.closesMinute);
}

const clockText = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/** An opening period as the API shows it. */
export function periodView(period: OpeningPeriodRow): { day: Weekday; opens: string; closes: string } {
  return { day: period.day, opens: clockText(period.opensMinute), closes: clockText(period.closesMinute) };
}

const pointOf = (row: { lat: number | string; lng: number | string }): LatLng => ({ lat: Number(row.lat), lng: Number(row.lng) });

export class DeliveryService {
  // ---------------------------------------------------------------- access

  /** The restaurant when the viewer owns it; otherwise a payload error (not found, or forbidden). */
  private async ownedRestaurant(deps: DeliveryDeps, id: string, field: string): Promise<RestaurantRow | UserError> {
    const viewer = requireViewer(deps.viewer);
    const restaurant = isUuid(id) ? await deps.loaders.restaurantById.load(id) : null;
    if (!restaurant) return notFoundError(field, 'No restaurant with this id.');
    if (restaurant.ownerId !== viewer.userId) return forbiddenError(field, 'Only the restaurant’s owner may do this.');
    return restaurant;
  }

  /** Whether the viewer may see the order: its customer, its restaurant's owner or its courier. */
  async canSee(deps: DeliveryDeps, order: FoodOrderRow): Promise<boolean> {
    const userId = deps.viewer?.userId;
    if (!userId) return false;
    if (order.customerId === userId) return true;
    const [restaurant, courier] = await Promise.all([
      deps.loaders.restaurantById.load(order.restaurantId),
      order.courierId ? deps.loaders.courierById.load(order.courierId) : null,
    ]);
    return restaurant?.ownerId === userId || courier?.userId === userId;
  }

  /** One order, when the viewer may see it. */
  async visibleOrder(deps: DeliveryDeps, id: string): Promise<FoodOrderRow | null> {
    if (!isUuid(id)) return null;
    const order = await deps.loaders.foodOrderById.load(id);
    return order && (await this.canSee(deps, order)) ? order : null;
  }

  // ---------------------------------------------------------------- restaurants and menus

  async createRestaurant(deps: DeliveryDeps, input: CreateRestaurantInput): Promise<Payload<{ restaurant: RestaurantRow }>> {
    const viewer = requireViewer(deps.viewer);
    const errors: UserError[] = [];
    const name = checkText(errors, 'input.name', input.name, 1, 120);
    const description = checkText(errors, 'input.description', input.description ?? '', 0, 1000);
    const location = checkLocation(errors, 'input.location', input.location);
    const timeZone = checkTimeZone(errors, 'input.timeZone', input.timeZone);
    const currency = input.currency ?? 'EUR';
    if (!CURRENCY.test(currency)) errors.push(fieldError('input.currency', 'currency is an ISO 4217 code such as EUR.'));
    const openingHours = checkOpeningHours(errors, 'input.openingHours', input.openingHours);
    if (errors.length || !name || description === undefined || !location || !timeZone) return fail(errors);
    const restaurant = deps.em.create(Restaurant, {
      ownerId: viewer.userId,
      name,
      description,
      lat: location.lat,
      lng: location.lng,
      timeZone,
      currency,
      openingHours,
      paused: false,
    });
    await deps.em.flush();
    return ok({ restaurant });
  }

  async updateRestaurant(deps: DeliveryDeps, id: string, input: UpdateRestaurantInput): Promise<Payload<{ restaurant: RestaurantRow }>> {
    const owned = await this.ownedRestaurant(deps, id, 'id');
    if ('message' in owned) return fail(owned);
    const errors: UserError[] = [];
    const name = checkText(errors, 'input.name', input.name, 1, 120);
    const description = checkText(errors, 'input.description', input.description, 0, 1000);
    if (input.name === null) errors.push(fieldError('input.name', 'name cannot be cleared.'));
    if (input.openingHours === null) errors.push(fieldError('input.openingHours', 'Send an empty list to close for good.'));
    const openingHours = input.openingHours ? checkOpeningHours(errors, 'input.openingHours', input.openingHours) : undefined;
    if (errors.length) return fail(errors);
    const restaurant = await deps.em.findOneOrFail(Restaurant, { id: owned.id });
    if (name !== undefined) restaurant.name = name;
    if (description !== undefined) restaurant.description = description;
    if (openingHours !== undefined) restaurant.openingHours = openingHours;
    if (input.paused != null) restaurant.paused = input.paused;
    await deps.em.flush();
    return ok({ restaurant });
  }

  listRestaurants(deps: DeliveryDeps, args: PageArgs): Promise<Connection<RestaurantRow>> {
    return paginate(deps.em, Restaurant, {}, args, totalOrder<RestaurantRow>('name', 'ASC'));
  }

  async categories(deps: DeliveryDeps, restaurant: RestaurantRow): Promise<MenuCategoryRow[]> {
    const rows = await deps.loaders.categoriesByRestaurant.load(restaurant.id);
    return [...rows].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  }

  async items(deps: DeliveryDeps, category: MenuCategoryRow): Promise<MenuItemRow[]> {
    const rows = await deps.loaders.itemsByCategory.load(category.id);
    return [...rows].sort((a, b) => a.id.localeCompare(b.id));
  }

  async modifiers(deps: DeliveryDeps, item: MenuItemRow): Promise<MenuModifierRow[]> {
    const rows = await deps.loaders.modifiersByItem.load(item.id);
    return [...rows].sort((a, b) => a.id.localeCompare(b.id));
  }

  async addCategory(deps: DeliveryDeps, restaurantId: string, rawName: string): Promise<Payload<{ category: MenuCategoryRow }>> {
    const owned = await this.ownedRestaurant(deps, restaurantId, 'restaurantId');
    if ('message' in owned) return fail(owned);
    const errors: UserError[] = [];
    const name = checkText(errors, 'name', rawName, 1, 80);
    if (errors.length || !name) return fail(errors);
    const category = await addCapped(
      deps,
      (tx, lockMode) => tx.findOne(Restaurant, { id: owned.id }, { lockMode, refresh: true }),
      (tx) => tx.count(MenuCategory, { restaurantId: owned.id }),
      MAX_CATEGORIES,
      (tx, count) => tx.create(MenuCategory, { restaurantId: owned.id, name, position: count }),
    );
    if (category === 'full') return fail(fieldError('restaurantId', `A menu has at most ${MAX_CATEGORIES} categories.`));
    if (category === 'duplicate')
      return fail({ field: 'name', code: ErrorCode.CONFLICT, message: 'The menu has a category with this name.' });
    return ok({ category });
  }

  async addItem(deps: DeliveryDeps, input: AddMenuItemInput): Promise<Payload<{ item: MenuItemRow }>> {
    requireViewer(deps.viewer);
    const category = isUuid(input.categoryId) ? await deps.em.findOne(MenuCategory, { id: input.categoryId }) : null;
    if (!category) return fail(notFoundError('input.categoryId', 'No menu category with this id.'));
    const owned = await this.ownedRestaurant(deps, category.restaurantId, 'input.categoryId');
    if ('message' in owned) return fail(owned);
    const errors: UserError[] = [];
    const name = checkText(errors, 'input.name', input.name, 1, 120);
    const description = checkText(errors, 'input.description', input.description ?? '', 0, 1000);
    checkPrice(errors, 'input.price', input.price);
    checkPrep(errors, 'input.prepMinutes', input.prepMinutes);
    if (errors.length || !name || description === undefined) return fail(errors);
    const item = await addCapped(
      deps,
      (tx, lockMode) => tx.findOne(MenuCategory, { id: category.id }, { lockMode, refresh: true }),
      (tx) => tx.count(MenuItem, { categoryId: category.id }),
      MAX_ITEMS_PER_CATEGORY,
      (tx) =>
        tx.create(MenuItem, {
          restaurantId: owned.id,
          categoryId: category.id,
          name,
          description,
          price: input.price,
          currency: owned.currency,
          prepMinutes: input.prepMinutes,
          available: input.available ?? true,
        }),
    );
    if (item === 'full') return fail(fieldError('input.categoryId', `A category has at most ${MAX_ITEMS_PER_CATEGORY} items.`));
    if (item === 'duplicate')
      return fail({ field: 'input', code: ErrorCode.CONFLICT, message: 'This item was just added; read the menu again.' });
    return ok({ item });
  }

  async updateItem(deps: DeliveryDeps, id: string, input: UpdateMenuItemInput): Promise<Payload<{ item: MenuItemRow }>> {
    requireViewer(deps.viewer);
    const item = isUuid(id) ? await deps.em.findOne(MenuItem, { id }) : null;
    if (!item) return fail(notFoundError('id', 'No menu item with this id.'));
    const owned = await this.ownedRestaurant(deps, item.restaurantId, 'id');
    if ('message' in owned) return fail(owned);
    const errors: UserError[] = [];
    const name = checkText(errors, 'input.name', input.name, 1, 120);
    const description = checkText(errors, 'input.description', input.description, 0, 1000);
    if (input.name === null) errors.push(fieldError('input.name', 'name cannot be cleared.'));
    if (input.price === null) errors.push(fieldError('input.price', 'price cannot be cleared.'));
    if (input.prepMinutes === null) errors.push(fieldError('input.prepMinutes', 'prepMinutes cannot be cleared.'));
    checkPrice(errors, 'input.price', input.price);
    checkPrep(errors, 'input.prepMinutes', input.prepMinutes);
    if (errors.length) return fail(errors);
    if (name !== undefined) item.name = name;
    if (description !== undefined) item.description = description;
    if (input.price != null) item.price = input.price;
    if (input.prepMinutes != null) item.prepMinutes = input.prepMinutes;
    if (input.available != null) item.available = input.available;
    await deps.em.flush();
    return ok({ item });
  }

  async addModifier(deps: DeliveryDeps, input: AddMenuModifierInput): Promise<Payload<{ modifier: MenuModifierRow }>> {
    requireViewer(deps.viewer);
    const item = isUuid(input.itemId) ? await deps.em.findOne(MenuItem, { id: input.itemId }) : null;
    if (!item) return fail(notFoundError('input.itemId', 'No menu item with this id.'));
    const owned = await this.ownedRestaurant(deps, item.restaurantId, 'input.itemId');
    if ('message' in owned) return fail(owned);
    const errors: UserError[] = [];
    const name = checkText(errors, 'input.name', input.name, 1, 80);
    checkPrice(errors, 'input.price', input.price);
    if (errors.length || !name) return fail(errors);
    const modifier = await addCapped(
      deps,
      (tx, lockMode) => tx.findOne(MenuItem, { id: item.id }, { lockMode, refresh: true }),
      (tx) => tx.count(MenuModifier, { itemId: item.id }),
      MAX_MODIFIERS_PER_ITEM,
      (tx) => tx.create(MenuModifier, { itemId: item.id, name, price: input.price, currency: item.currency, available: true }),
    );
    if (modifier === 'full') return fail(fieldError('input.itemId', `An item has at most ${MAX_MODIFIERS_PER_ITEM} modifiers.`));
    if (modifier === 'duplicate')
      return fail({ field: 'input', code: ErrorCode.CONFLICT, message: 'This modifier was just added; read the menu again.' });
    return ok({ modifier });
  }

  async setModifierAvailable(deps: DeliveryDeps, id: string, available: boolean): Promise<Payload<{ modifier: MenuModifierRow }>> {
    requireViewer(deps.viewer);
    const modifier = isUuid(id) ? await deps.em.findOne(MenuModifier, { id }) : null;
    const item = modifier ? await deps.loaders.menuItemById.load(modifier.itemId) : null;
    if (!modifier || !item) return fail(notFoundError('id', 'No menu modifier with this id.'));
    const owned = await this.ownedRestaurant(deps, item.restaurantId, 'id');
    if ('message' in owned) return fail(owned);
    modifier.available = available;
    await deps.em.flush();
    return ok({ modifier });
  }

  // ---------------------------------------------------------------- carts and orders

  /**
   * Prices a cart on the server from the current menu: every line's item must be on the restaurant's
   * menu and available, every modifier one of that item's and available, quantities 1 to 50, the
   * drop-off within the delivery radius. Every problem is listed, each on its field.
   */
  async price(
    deps: DeliveryDeps,
    input: CartInput,
  ): Promise<{ quote: QuoteView; restaurant: RestaurantRow; prepMinutes: number } | UserError[]> {
    const errors: UserError[] = [];
    const restaurant = isUuid(input.restaurantId) ? await deps.loaders.restaurantById.load(input.restaurantId) : null;
    if (!restaurant) errors.push(notFoundError('input.restaurantId', 'No restaurant with this id.'));
    if (input.lines.length < 1 || input.lines.length > MAX_CART_LINES)
      errors.push(fieldError('input.lines', `A cart has 1 to ${MAX_CART_LINES} lines.`));
    const dropoff = checkLocation(errors, 'input.dropoff', input.dropoff);
    if (input.note != null && input.note.length > 500) errors.push(fieldError('input.note', 'note is at most 500 characters.'));
    input.lines.forEach((line, i) => {
      if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_QUANTITY)
        errors.push(fieldError(`input.lines.${i}.quantity`, `Quantity must be a whole number from 1 to ${MAX_QUANTITY}.`));
      const ids = line.modifierIds ?? [];
      if (ids.length > MAX_MODIFIERS_PER_LINE)
        errors.push(fieldError(`input.lines.${i}.modifierIds`, `At most ${MAX_MODIFIERS_PER_LINE} modifiers per line.`));
      if (new Set(ids).size !== ids.length) errors.push(fieldError(`input.lines.${i}.modifierIds`, 'A modifier appears twice.'));
    });
    if (errors.length || !restaurant || !dropoff) return errors;

    const itemIds = [...new Set(input.lines.map((l) => l.itemId).filter(isUuid))];
    const modifierIds = [...new Set(input.lines.flatMap((l) => l.modifierIds ?? []).filter(isUuid))];
    const [items, modifiers] = await Promise.all([
      itemIds.length ? deps.em.find(MenuItem, { id: { $in: itemIds } }) : [],
      modifierIds.length ? deps.em.find(MenuModifier, { id: { $in: modifierIds } }) : [],
    ]);
    const itemById = new Map(items.map((x) => [x.id, x]));
    const modifierById = new Map(modifiers.map((x) => [x.id, x]));
    const lines: OrderLineView[] = [];
    let prepMinutes = 0;
    input.lines.forEach((line, i) => {
      const item = itemById.get(line.itemId);
      if (!item || item.restaurantId !== restaurant.id) {
        errors.push(notFoundError(`input.lines.${i}.itemId`, 'This item is not on the restaurant’s menu.'));
        return;
      }
      if (!item.available) errors.push(stateError(`input.lines.${i}.itemId`, `${item.name} is not available right now.`));
      let unitPrice = item.price;
      const names: string[] = [];
      (line.modifierIds ?? []).forEach((modifierId, j) => {
        const field = `input.lines.${i}.modifierIds.${j}`;
        const modifier = modifierById.get(modifierId);
        if (!modifier) errors.push(notFoundError(field, 'No modifier with this id.'));
        else if (modifier.itemId !== item.id) errors.push(fieldError(field, `This modifier belongs to another item, not to ${item.name}.`));
        else if (!modifier.available) errors.push(stateError(field, `${modifier.name} is not available right now.`));
        else {
          unitPrice += modifier.price;
          names.push(modifier.name);
        }
      });
      prepMinutes = Math.max(prepMinutes, item.prepMinutes);
      lines.push({ itemId: item.id, name: item.name, quantity: line.quantity, unitPrice, modifiers: names, currency: restaurant.currency });
    });
    const distanceKm = haversineKm(pointOf(restaurant), dropoff);
    if (distanceKm > deps.config.DELIVERY_RADIUS_KM)
      errors.push(
        fieldError(
          'input.dropoff',
          `The restaurant delivers within ${deps.config.DELIVERY_RADIUS_KM} km; this address is ${distanceKm.toFixed(1)} km away.`,
        ),
      );
    if (errors.length) return errors;
    // Bounded: 30 lines × 50 units × (100,000 + 10 × 100,000) stays below 2^31.
    const subtotal = lines.reduce((sum, l) => sum + l.unitPrice * l.quantity, 0);
    const fee = deps.config.DELIVERY_BASE_FEE + deps.config.DELIVERY_FEE_PER_KM * Math.ceil(distanceKm);
    const money = (amount: number): Money => ({ amount, currency: restaurant.currency });
    return {
      quote: { lines, subtotal: money(subtotal), deliveryFee: money(fee), total: money(subtotal + fee), distanceKm },
      restaurant,
      prepMinutes,
    };
  }

  async quote(deps: DeliveryDeps, input: CartInput): Promise<Payload<{ quote: QuoteView }>> {
    const priced = await this.price(deps, input);
    return Array.isArray(priced) ? fail(priced) : ok({ quote: priced.quote });
  }

  async placeOrder(deps: DeliveryDeps, input: CartInput): Promise<Payload<{ order: FoodOrderRow }>> {
    const viewer = requireViewer(deps.viewer);
    const priced = await this.price(deps, input);
    if (Array.isArray(priced)) return fail(priced);
    const { quote, restaurant, prepMinutes } = priced;
    const now = deps.clock.now();
    if (!isOpenAt(restaurant, now))
      return fail(stateError('input.restaurantId', `${restaurant.name} is closed now${restaurant.paused ? ' (orders are paused)' : ''}.`));
    const order = deps.em.create(FoodOrder, {
      customerId: viewer.userId,
      restaurantId: restaurant.id,
      courierId: null,
      status: 'PLACED',
      lines: quote.lines.map(({ itemId, name, quantity, unitPrice, modifiers }) => ({ itemId, name, quantity, unitPrice, modifiers })),
      currency: restaurant.currency,
      subtotal: quote.subtotal.amount,
      deliveryFee: quote.deliveryFee.amount,
      total: quote.total.amount,
      dropoffLat: input.dropoff.lat,
      dropoffLng: input.dropoff.lng,
      distanceKm: quote.distanceKm,
      prepMinutes,
      note: input.note?.trim() || null,
      placedAt: now,
      acceptedAt: null,
      readyAt: null,
      assignedAt: null,
      pickedUpAt: null,
      deliveredAt: null,
      cancelledAt: null,
      cancelReason: null,
    });
    recordEvent(deps.em, ORDER_PLACED_EVENT, {
      orderId: order.id,
      restaurantId: restaurant.id,
      recipientIds: [restaurant.ownerId],
      actorId: viewer.userId,
      title: `New order for ${restaurant.name}`,
      body: `${quote.lines.reduce((n, l) => n + l.quantity, 0)} item(s), ${(quote.total.amount / 100).toFixed(2)} ${restaurant.currency}.`,
    });
    await deps.em.flush();
    await this.announce(deps, order);
    return ok({ order });
  }

  myOrders(deps: DeliveryDeps, args: PageArgs): Promise<Connection<FoodOrderRow>> {
    const viewer = requireViewer(deps.viewer);
    return paginate(deps.em, FoodOrder, { customerId: viewer.userId }, args, totalOrder<FoodOrderRow>('placedAt', 'DESC'));
  }

  async restaurantOrders(
    deps: DeliveryDeps,
    restaurantId: string,
    status: FoodOrderStatus | null | undefined,
    args: PageArgs,
  ): Promise<Connection<FoodOrderRow>> {
    checkPage(FoodOrder, args, totalOrder<FoodOrderRow>('placedAt', 'DESC'), { list: `restaurantOrders:${status ?? 'ALL'}` });
    const owned = await this.ownedRestaurant(deps, restaurantId, 'restaurantId');
    if ('message' in owned)
      throw owned.code === ErrorCode.FORBIDDEN ? forbidden(owned.message) : notFound('Restaurant', restaurantId.slice(0, 40));
    const where: FilterQuery<FoodOrderRow> = { restaurantId: owned.id };
    if (status) where.status = status;
    return paginate(deps.em, FoodOrder, where, args, totalOrder<FoodOrderRow>('placedAt', 'DESC'), {
      list: `restaurantOrders:${status ?? 'ALL'}`,
    });
  }

  // ---------------------------------------------------------------- the state machine

  /**
   * Moves an order from one of `from` to `to` for an allowed actor, by a conditional update on the
   * current status (so two racing requests cannot both move it), with the side effects of the step in
   * the same transaction. A step the order's status does not allow is INVALID_STATE and changes nothing.
   */
  private async transition(
    deps: DeliveryDeps,
    id: string,
    step: {
      verb: string;
      /** The verb's past participle, for messages. */
      done: string;
      from: readonly FoodOrderStatus[];
      /** The states this actor may move the order from, when narrower than `from` (checked in the update, so a race cannot widen them). */
      fromFor?: (who: { customer: boolean; owner: boolean; courier: boolean }) => readonly FoodOrderStatus[];
      to: FoodOrderStatus;
      allowed: (who: { customer: boolean; owner: boolean; courier: boolean }, order: FoodOrderRow) => boolean;
      set: (now: Date) => Partial<FoodOrderRow>;
      /** Leave the announcement to the caller (markReady announces once, after dispatch). */
      quiet?: boolean;
      inTransaction?: (tx: DeliveryDeps['em'], order: FoodOrderRow, restaurant: RestaurantRow) => Promise<void>;
    },
  ): Promise<Payload<{ order: FoodOrderRow }>> {
    const viewer = requireViewer(deps.viewer);
    const order = isUuid(id) ? await deps.em.fork().findOne(FoodOrder, { id }) : null;
    if (!order || !(await this.canSee(deps, order))) return fail(notFoundError('id', 'No order of yours with this id.'));
    const restaurant = await deps.loaders.restaurantById.load(order.restaurantId);
    if (!restaurant) return fail(notFoundError('id', 'No order of yours with this id.'));
    const courier = order.courierId ? await deps.loaders.courierById.load(order.courierId) : null;
    const who = {
      customer: order.customerId === viewer.userId,
      owner: restaurant.ownerId === viewer.userId,
      courier: !!courier && courier.userId === viewer.userId,
    };
    if (!step.allowed(who, order)) return fail(forbiddenError('id', `You may not ${step.verb} this order.`));
    const from = step.fromFor?.(who) ?? step.from;
    if (!step.from.includes(order.status))
      return fail(stateError('id', `The order is ${order.status.toLowerCase().replace('_', ' ')}; it cannot be ${step.done} now.`));
    const now = deps.clock.now();
    const moved = await deps.em.fork().transactional(async (tx) => {
      const n = await tx.nativeUpdate(FoodOrder, { id: order.id, status: { $in: [...from] } }, { status: step.to, ...step.set(now) });
      if (n !== 1) return false;
      await step.inTransaction?.(tx, order, restaurant);
      return true;
    });
    if (!moved) return fail(stateError('id', 'The order has just changed; read it again.'));
    const fresh = await deps.em.fork().findOneOrFail(FoodOrder, { id: order.id });
    if (!step.quiet) await this.announce(deps, fresh);
    return ok({ order: fresh });
  }

  accept(deps: DeliveryDeps, id: string) {
    return this.transition(deps, id, {
      verb: 'accept',
      done: 'accepted',
      from: ['PLACED'],
      to: 'ACCEPTED',
      allowed: (who) => who.owner,
      set: (now) => ({ acceptedAt: now }),
    });
  }

  startPreparing(deps: DeliveryDeps, id: string) {
    return this.transition(deps, id, {
      verb: 'start preparing',
      done: 'started',
      from: ['ACCEPTED'],
      to: 'PREPARING',
      allowed: (who) => who.owner,
      set: () => ({}),
    });
  }

  async markReady(deps: DeliveryDeps, id: string): Promise<Payload<{ order: FoodOrderRow }>> {
    const result = await this.transition(deps, id, {
      verb: 'mark ready',
      done: 'marked ready',
      from: ['PREPARING'],
      to: 'READY',
      allowed: (who) => who.owner,
      set: (now) => ({ readyAt: now }),
      quiet: true,
    });
    if (!result.order) return result;
    // One announcement: with the courier when one was dispatched (dispatch announces it), else without.
    const dispatched = await this.dispatch(deps, result.order.id);
    if (!dispatched) await this.announce(deps, result.order);
    return ok({ order: dispatched ?? result.order });
  }

  /** The owner's retry of dispatch for a READY order without a courier. */
  async redispatch(deps: DeliveryDeps, id: string): Promise<Payload<{ order: FoodOrderRow }>> {
    const viewer = requireViewer(deps.viewer);
    const order = await this.visibleOrder(deps, id);
    const restaurant = order ? await deps.loaders.restaurantById.load(order.restaurantId) : null;
    if (!order || !restaurant) return fail(notFoundError('id', 'No order of yours with this id.'));
    if (restaurant.ownerId !== viewer.userId) return fail(forbiddenError('id', 'Only the restaurant’s owner may dispatch this order.'));
    if (order.status !== 'READY') return fail(stateError('id', 'Only a ready order is dispatched.'));
    if (order.courierId) return fail(stateError('id', 'The order has a courier.'));
    const dispatched = await this.dispatch(deps, order.id);
    return ok({ order: dispatched ?? (await deps.em.fork().findOneOrFail(FoodOrder, { id: order.id })) });
  }

  pickUp(deps: DeliveryDeps, id: string) {
    return this.transition(deps, id, {
      verb: 'pick up',
      done: 'picked up',
      from: ['READY'],
      to: 'PICKED_UP',
      allowed: (who) => who.courier,
      set: (now) => ({ pickedUpAt: now }),
      inTransaction: async (tx, order, restaurant) => {
        recordEvent(tx, ORDER_PICKED_UP_EVENT, {
          orderId: order.id,
          restaurantId: restaurant.id,
          recipientIds: [order.customerId],
          title: 'Your order is on its way',
          body: `The courier picked up your order from ${restaurant.name}.`,
        });
      },
    });
  }

  async deliver(deps: DeliveryDeps, id: string): Promise<Payload<{ order: FoodOrderRow }>> {
    const result = await this.transition(deps, id, {
      verb: 'deliver',
      done: 'delivered',
      from: ['PICKED_UP'],
      to: 'DELIVERED',
      allowed: (who) => who.courier,
      set: (now) => ({ deliveredAt: now }),
      inTransaction: async (tx, order, restaurant) => {
        await tx.nativeUpdate(Courier, { currentOrderId: order.id }, { currentOrderId: null });
        recordEvent(tx, ORDER_DELIVERED_EVENT, {
          orderId: order.id,
          restaurantId: restaurant.id,
          recipientIds: [order.customerId, restaurant.ownerId],
          title: 'Order delivered',
          body: `The order from ${restaurant.name} was delivered.`,
        });
      },
    });
    // The courier is free: give them the oldest waiting order near them, if any.
    if (result.order)
      await this.dispatchWaiting(deps).catch((err: unknown) => deps.log.warn({ err: String(err) }, 'dispatch after delivery failed'));
    return result;
  }

  cancel(deps: DeliveryDeps, id: string, reason: string | null | undefined) {
    const text = reason?.trim() || null;
    if (text && text.length > 300) return Promise.resolve(fail(fieldError('reason', 'reason is at most 300 characters.')));
    return this.transition(deps, id, {
      verb: 'cancel',
      done: 'cancelled',
      from: ['PLACED', 'ACCEPTED', 'PREPARING', 'READY'],
      to: 'CANCELLED',
      // The customer may cancel only until the restaurant answered; the restaurant until pick-up.
      allowed: (who, order) => who.owner || (who.customer && order.status === 'PLACED'),
      fromFor: (who) => (who.owner ? ['PLACED', 'ACCEPTED', 'PREPARING', 'READY'] : ['PLACED']),
      set: (now) => ({ cancelledAt: now, cancelReason: text }),
      inTransaction: async (tx, order, restaurant) => {
        await tx.nativeUpdate(Courier, { currentOrderId: order.id }, { currentOrderId: null });
        const byCustomer = order.customerId === deps.viewer?.userId;
        recordEvent(tx, ORDER_CANCELLED_EVENT, {
          orderId: order.id,
          restaurantId: restaurant.id,
          recipientIds: [byCustomer ? restaurant.ownerId : order.customerId],
          title: 'Order cancelled',
          body: `The order from ${restaurant.name} was cancelled${text ? `: ${text}` : '.'}`,
        });
      },
    });
  }

  // ---------------------------------------------------------------- dispatch

  /**
   * Dispatches the nearest free online courier (fresh position, within the delivery radius of the
   * restaurant) to a READY order without one. The claim is one transaction: a conditional update
   * giving the courier the order only where the courier is online with no job, then one giving the
   * order the courier only where it is READY with none (else the courier's claim rolls back). The
   * unique key on `couriers.current_order_id` refuses a second courier for one order whatever the
   * timing. Returns the updated order, or null when no courier could be dispatched.
   */
  async dispatch(
    deps: Pick<DeliveryDeps, 'em' | 'clock' | 'config' | 'log' | 'pubsub' | 'loaders'>,
    orderId: string,
  ): Promise<FoodOrderRow | null> {
    const order = await deps.em.fork().findOne(FoodOrder, { id: orderId });
    if (!order || order.status !== 'READY' || order.courierId) return null;
    const restaurant = await deps.em.fork().findOne(Restaurant, { id: order.restaurantId });
    if (!restaurant) return null;
    const now = deps.clock.now();
    const near = await geoIndexes.get(deps).nearest(pointOf(restaurant), {
      limit: DISPATCH_CANDIDATES,
      radiusKm: deps.config.DELIVERY_RADIUS_KM,
      freshSince: new Date(now.getTime() - deps.config.DELIVERY_POSITION_MAX_AGE_SECONDS * 1000),
    });
    if (!near.members.length) return null;
    const free = await deps.em.fork().find(Courier, { id: { $in: near.members.map((m) => m.id) }, online: true, currentOrderId: null });
    const freeIds = new Set(free.map((c) => c.id));
    const candidates = near.members.filter((m) => freeIds.has(m.id));
    const byId = new Map(free.map((c) => [c.id, c]));
    for (const candidate of candidates) {
      const courier = byId.get(candidate.id)!;
      const outcome = await this.claim(deps, order, restaurant, courier, now);
      if (outcome === 'order-taken') return null;
      if (outcome === 'won') {
        const fresh = await deps.em.fork().findOneOrFail(FoodOrder, { id: order.id });
        await this.announce(deps, fresh);
        return fresh;
      }
    }
    return null;
  }

  private async claim(
    deps: Pick<DeliveryDeps, 'em'>,
    order: FoodOrderRow,
    restaurant: RestaurantRow,
    courier: CourierRow,
    now: Date,
  ): Promise<'won' | 'courier-busy' | 'order-taken'> {
    for (let attempt = 0; ; attempt++) {
      try {
        const won = await deps.em.fork().transactional(async (tx) => {
          const n = await tx.nativeUpdate(Courier, { id: courier.id, online: true, currentOrderId: null }, { currentOrderId: order.id });
          if (n !== 1) return false;
          const m = await tx.nativeUpdate(
            FoodOrder,
            { id: order.id, status: 'READY', courierId: null },
            { courierId: courier.id, assignedAt: now },
          );
          if (m !== 1) throw new OrderTaken();
          recordEvent(tx, ORDER_ASSIGNED_EVENT, {
            orderId: order.id,
            restaurantId: restaurant.id,
            recipientIds: [courier.userId],
            title: 'New delivery job',
            body: `Pick up an order at ${restaurant.name}.`,
          });
          return true;
        });
        return won ? 'won' : 'courier-busy';
      } catch (error) {
        // Another courier got the order first (the order's update found it taken, or the unique key on
        // the couriers' current order refused a second one).
        if (error instanceof OrderTaken || isUniqueViolation(error)) return 'order-taken';
        if (!isRetryableConflict(error) || attempt >= MAX_CLAIM_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * (attempt + 1)));
      }
    }
  }

  /** Dispatches couriers to READY orders that have none, oldest first (the sweep; after a courier frees up). */
  async dispatchWaiting(deps: Pick<DeliveryDeps, 'em' | 'clock' | 'config' | 'log' | 'pubsub' | 'loaders'>): Promise<number> {
    const waiting = await deps.em
      .fork()
      .find(
        FoodOrder,
        { status: 'READY', courierId: null },
        { limit: DISPATCH_BATCH, orderBy: { readyAt: 'asc', id: 'asc' }, fields: ['id'] },
      );
    let dispatched = 0;
    for (const order of waiting) if (await this.dispatch(deps, order.id)) dispatched++;
    return dispatched;
  }

  // ---------------------------------------------------------------- couriers

  async registerCourier(deps: DeliveryDeps): Promise<Payload<{ courier: CourierRow }>> {
    const viewer = requireViewer(deps.viewer);
    const existing = await deps.em.findOne(Courier, { userId: viewer.userId });
    if (existing) return ok({ courier: existing });
    deps.em.create(Courier, { userId: viewer.userId, online: false, currentOrderId: null, lat: null, lng: null, positionAt: null });
    const conflicts = await flushOrConflict(deps.em, null, 'You are registered already.');
    // Two racing registrations: the loser answers with the winner's row.
    const courier = await deps.em.fork().findOne(Courier, { userId: viewer.userId });
    return courier ? ok({ courier }) : fail(conflicts);
  }

  private async ownCourier(deps: DeliveryDeps): Promise<CourierRow | UserError> {
    const viewer = requireViewer(deps.viewer);
    const courier = await deps.em.fork().findOne(Courier, { userId: viewer.userId });
    return courier ?? notFoundError(null, 'Register as a courier first (registerCourier).');
  }

  /** Validates a reported position against the courier's last one; the fix, or the problems on `field`. */
  private checkFix(deps: DeliveryDeps, courier: CourierRow, position: CourierPositionInput, field: string) {
    const now = deps.clock.now();
    const at = position.at ? new Date(position.at as unknown as string) : now;
    const previous =
      courier.positionAt && courier.lat != null && courier.lng != null
        ? { ...pointOf({ lat: courier.lat, lng: courier.lng }), at: courier.positionAt }
        : null;
    const verdict = checkPosition(
      { lat: position.lat, lng: position.lng, at },
      { now, previous, maxAgeMs: deps.config.DELIVERY_POSITION_MAX_AGE_SECONDS * 1000 },
    );
    if (!verdict.ok) return verdict.problems.map((p) => fieldError(`${field}.${p.field}`, p.message));
    return { lat: position.lat, lng: position.lng, at };
  }

  private async spend(deps: DeliveryDeps, courier: CourierRow): Promise<UserError | null> {
    const verdict = await positionLimits.get(deps).spend(`courier:${courier.id}`);
    return verdict.ok
      ? null
      : { field: null, code: ErrorCode.RATE_LIMITED, message: `Too many position reports; try again in ${verdict.retryAfterSeconds} s.` };
  }

  async setOnline(
    deps: DeliveryDeps,
    online: boolean,
    position: CourierPositionInput | null | undefined,
  ): Promise<Payload<{ courier: CourierRow }>> {
    const courier = await this.ownCourier(deps);
    if ('message' in courier) return fail(courier);
    const geo = geoIndexes.get(deps);
    if (!online) {
      // Only a courier without a job goes offline; the condition and the change are one statement, so
      // a dispatch racing with it either lands first (and this refuses) or finds the courier offline.
      const n = await deps.em.nativeUpdate(Courier, { id: courier.id, currentOrderId: null }, { online: false });
      if (n !== 1) return fail(stateError(null, 'Deliver your current order before going offline.'));
      await geo.remove(courier.id);
      return ok({ courier: await deps.em.fork().findOneOrFail(Courier, { id: courier.id }) });
    }
    if (!position) return fail(fieldError('position', 'Send your position to go online.'));
    const limited = await this.spend(deps, courier);
    if (limited) return fail(limited);
    const fix = this.checkFix(deps, courier, position, 'position');
    if (Array.isArray(fix)) return fail(fix);
    await deps.em.nativeUpdate(Courier, { id: courier.id }, { online: true, lat: fix.lat, lng: fix.lng, positionAt: fix.at });
    await geo.set({ id: courier.id, ...fix });
    await this.dispatchWaiting(deps).catch((err: unknown) => deps.log.warn({ err: String(err) }, 'dispatch after going online failed'));
    return ok({ courier: await deps.em.fork().findOneOrFail(Courier, { id: courier.id }) });
  }

  async reportPosition(deps: DeliveryDeps, position: CourierPositionInput): Promise<Payload<{ courier: CourierRow }>> {
    const courier = await this.ownCourier(deps);
    if ('message' in courier) return fail(courier);
    const limited = await this.spend(deps, courier);
    if (limited) return fail(limited);
    const fix = this.checkFix(deps, courier, position, 'position');
    if (Array.isArray(fix)) return fail(fix);
    if (!courier.online) return fail(stateError(null, 'Go online before reporting positions.'));
    const n = await deps.em.nativeUpdate(Courier, { id: courier.id, online: true }, { lat: fix.lat, lng: fix.lng, positionAt: fix.at });
    if (n !== 1) return fail(stateError(null, 'Go online before reporting positions.'));
    await geoIndexes.get(deps).set({ id: courier.id, ...fix });
    const fresh = await deps.em.fork().findOneOrFail(Courier, { id: courier.id });
    if (fresh.currentOrderId) {
      const order = await deps.em.fork().findOne(FoodOrder, { id: fresh.currentOrderId });
      if (order) await this.announce(deps, order, false);
    }
    return ok({ courier: fresh });
  }

  /** Puts the online couriers with a fresh position back into a process-memory geo index after a start. */
  async restoreGeoIndex(deps: Pick<DeliveryDeps, 'em' | 'clock' | 'config' | 'log'>): Promise<void> {
    const since = new Date(deps.clock.now().getTime() - deps.config.DELIVERY_POSITION_MAX_AGE_SECONDS * 1000);
    const online = await deps.em.fork().find(Courier, { online: true, positionAt: { $gte: since } }, { limit: 10_000 });
    const geo = geoIndexes.get(deps);
    for (const c of online)
      if (c.lat != null && c.lng != null && c.positionAt)
        await geo.set({ id: c.id, lat: Number(c.lat), lng: Number(c.lng), at: c.positionAt });
  }

  /** The courier's position for an order's tracking: only while the courier is online and on this order. */
  async courierLocation(deps: DeliveryDeps, order: FoodOrderRow): Promise<LatLng | null> {
    if (!order.courierId || (order.status !== 'READY' && order.status !== 'PICKED_UP')) return null;
    const courier = await deps.loaders.courierById.load(order.courierId);
    if (!courier || !courier.online || courier.currentOrderId !== order.id || courier.lat == null || courier.lng == null) return null;
    return pointOf({ lat: courier.lat, lng: courier.lng });
  }

  // ---------------------------------------------------------------- ETA

  /**
   * When the order should be ready and delivered: ready = the actual time once READY, else acceptance
   * (or now, before it) plus the longest preparation time; pick-up = the later of ready and the
   * courier's arrival at the restaurant; delivery = pick-up plus the ride to the drop-off (from the
   * courier's position once picked up). Distances are straight lines; `etaSeconds` adds a road factor.
   */
  async eta(deps: DeliveryDeps, order: FoodOrderRow): Promise<EtaView | null> {
    if (FINAL.includes(order.status)) return null;
    const now = deps.clock.now().getTime();
    const speedKmh = deps.config.DELIVERY_COURIER_SPEED_KMH;
    const restaurant = await deps.loaders.restaurantById.load(order.restaurantId);
    if (!restaurant) return null;
    const dropoff = { lat: Number(order.dropoffLat), lng: Number(order.dropoffLng) };
    const courierAt = await this.courierLocation(deps, order);
    const prepMs = order.prepMinutes * 60_000;
    const readyAt = order.readyAt ? order.readyAt.getTime() : Math.max(now, (order.acceptedAt?.getTime() ?? now) + prepMs);
    let deliveredBy: number;
    if (order.status === 'PICKED_UP') {
      deliveredBy = now + etaSeconds(haversineKm(courierAt ?? pointOf(restaurant), dropoff), { speedKmh }) * 1000;
    } else {
      const arrival = courierAt ? now + etaSeconds(haversineKm(courierAt, pointOf(restaurant)), { speedKmh }) * 1000 : readyAt;
      deliveredBy = Math.max(readyAt, arrival) + etaSeconds(Number(order.distanceKm), { speedKmh }) * 1000;
    }
    return {
      readyAt: new Date(readyAt),
      deliveredBy: new Date(deliveredBy),
      distanceKm: Math.round(Number(order.distanceKm) * 1000) / 1000,
    };
  }

  // ---------------------------------------------------------------- live

  /** Tells the order's and the restaurant's subscribers, after the change committed. A lost signal must not fail the change. */
  private async announce(deps: Pick<DeliveryDeps, 'pubsub' | 'log'>, order: FoodOrderRow, toRestaurant = true): Promise<void> {
    const signal: OrderSignal = { orderId: order.id, status: order.status };
    try {
      await deps.pubsub.publish(orderTopic(order.id), signal);
      if (toRestaurant) await deps.pubsub.publish(restaurantTopic(order.restaurantId), signal);
    } catch (error) {
      deps.log.warn({ err: String(error), orderId: order.id }, 'could not publish an order change');
    }
  }

  async watchOrder(deps: DeliveryDeps, id: string): Promise<AsyncIterableIterator<OrderSignal>> {
    requireViewer(deps.viewer);
    const order = await this.visibleOrder(deps, id);
    if (!order) throw notFound('Order', id.slice(0, 40));
    const source = deps.pubsub.subscribe<OrderSignal>(orderTopic(order.id));
    return endAfter(source, (signal) => FINAL.includes(signal.status));
  }

  async watchRestaurant(deps: DeliveryDeps, restaurantId: string): Promise<AsyncIterableIterator<OrderSignal>> {
    requireViewer(deps.viewer);
    const restaurant = isUuid(restaurantId) ? await deps.loaders.restaurantById.load(restaurantId) : null;
    if (!restaurant || restaurant.ownerId !== deps.viewer?.userId) throw notFound('Restaurant', restaurantId.slice(0, 40));
    return deps.pubsub.subscribe<OrderSignal>(restaurantTopic(restaurant.id));
  }
}
