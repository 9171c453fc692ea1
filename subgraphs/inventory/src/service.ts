import { DeadlockException, LockWaitTimeoutException, type FilterQuery } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import {
  badInput,
  checkPage,
  conflictError,
  fail,
  fieldError,
  flushOrConflict,
  forbidden,
  isUniqueViolation,
  isUuid,
  lockRow,
  lockRows,
  newId,
  notFound,
  ok,
  paginate,
  recordEvent,
  requireViewer,
  totalOrder,
  type Connection,
  type Em,
  type PageArgs,
  type Payload,
  type UserError,
  type Viewer,
} from '../../../kit';
import type { InventoryDeps } from './context';
import {
  Location,
  Movement,
  Reservation,
  ReservationLine,
  Serial,
  Stock,
  VariantSettings,
  Warehouse,
  type LocationRow,
  type MovementKind,
  type MovementRow,
  type ReservationRow,
  type StockRow,
  type VariantSettingsRow,
  type WarehouseRow,
} from './entities';
import type {
  AdjustStockInput,
  CreateStockLocationInput,
  CreateWarehouseInput,
  ReceiveStockInput,
  ReserveStockInput,
  SetVariantInventoryInput,
  StockMovementFilter,
  StockReservationFilter,
  TransferStockInput,
  UpdateWarehouseInput,
} from './generated/resolvers';

/** Global roles that may manage inventory. */
export const STAFF_ROLES = ['admin', 'inventory'] as const;
/** The most units one line, receipt, adjustment or transfer may move. */
export const MAX_QUANTITY = 1_000_000;
/** The most lines one reservation request may have. */
export const MAX_RESERVATION_LINES = 50;
/** Reservations one sweep run expires (a longer backlog goes to the next run). */
const EXPIRY_BATCH = 100;

const WAREHOUSE_ORDER = { priority: 'asc', code: 'asc', id: 'asc' } as const;
const MOVEMENT_ORDER = totalOrder<MovementRow>('createdAt', 'DESC');
const RESERVATION_ORDER = totalOrder<ReservationRow>('createdAt', 'DESC');

/** Domain events inventory records (payloads in docs/API/inventory.md). */
export const INVENTORY_EVENTS = {
  stockLow: 'inventory.stock.low',
  reservationExpired: 'inventory.reservation.expired',
  reservationCommitted: 'inventory.reservation.committed',
  reservationReleased: 'inventory.reservation.released',
} as const;

const VARIANT_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
const WAREHOUSE_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/;
const LOCATION_CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,29}$/;
const SERIAL = /^[A-Za-z0-9][A-Za-z0-9._/:-]{0,59}$/;

/** A reservation could not be made; carried out of the transaction to roll it back. */
export class Shortfall extends Error {
  constructor(
    readonly variantId: string,
    readonly requested: number,
    readonly available: number,
  ) {
    super(`insufficient stock of ${variantId}`);
  }
}

/** Thrown inside a transaction to run it again from the start (a fresh snapshot). */
class RetryTransaction extends Error {}

/** The `InsufficientStock` member of `ReserveStockResult`. */
export interface InsufficientStockData {
  kind: 'InsufficientStock';
  variantId: string;
  requested: number;
  available: number;
  message: string;
}

export type ReserveResult = ReservationRow | InsufficientStockData;

function insufficient(shortfall: Shortfall): InsufficientStockData {
  const { variantId, requested, available } = shortfall;
  return {
    kind: 'InsufficientStock',
    variantId,
    requested,
    available,
    message: `Only ${available} of ${requested} units of ${variantId} are available.`,
  };
}

/** What a stock change returns: the levels it touched (read after commit) and its movements. */
export type StockChange = Payload<{ levels: StockRow[]; movements: MovementRow[] }>;

/** Checks a commerce variant id's shape (opaque to inventory) and returns it. */
export function checkVariantId(value: string, field: string): string {
  if (!VARIANT_ID.test(value)) {
    throw badInput(`${field.split('.').pop()} must be 1 to 64 characters: letters, digits, '.', '_', ':' or '-' (not first).`, field);
  }
  return value;
}

function checkReference(value: string, field: string): string {
  if (!REFERENCE.test(value)) {
    throw badInput(`${field.split('.').pop()} must be 1 to 100 characters: letters, digits, '.', '_', ':' or '-' (not first).`, field);
  }
  return value;
}

function checkQuantity(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 1 || value > MAX_QUANTITY) {
    throw badInput(`${field.split('.').pop()} must be a whole number from 1 to 1,000,000.`, field);
  }
  return value;
}

function checkText(value: string | null | undefined, field: string, max: number, required: boolean): string | null {
  const text = value?.trim() ?? '';
  if (!text) {
    if (required) throw badInput(`${field.split('.').pop()} is required.`, field);
    return null;
  }
  if (text.length > max) throw badInput(`${field.split('.').pop()} must be at most ${max} characters.`, field);
  return text;
}

function checkId(value: string, field: string): string {
  if (!isUuid(value)) throw badInput(`${field.split('.').pop()} is not an id this API returned.`, field);
  return value.toLowerCase();
}

function checkPriority(value: number, field: string): number {
  if (!Number.isInteger(value) || value < 0 || value > 1_000_000)
    throw badInput('priority must be a whole number from 0 to 1,000,000.', field);
  return value;
}

/** The viewer, when they hold the `admin` or `inventory` role (FORBIDDEN otherwise). */
export function requireStaff(viewer: Viewer | null): Viewer {
  const v = requireViewer(viewer);
  if (!STAFF_ROLES.some((role) => v.roles.includes(role))) throw forbidden('This needs the admin or inventory role.');
  return v;
}

/**
 * Runs `work` in a new transaction, again (three tries in all) when MariaDB picks it as a deadlock
 * victim or a lock wait times out: the whole transaction rolls back, so nothing is half-written.
 */
async function inTransaction<T>(em: Em, work: (tx: Em) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await em.fork().transactional(work);
    } catch (error) {
      const retry = error instanceof DeadlockException || error instanceof LockWaitTimeoutException || error instanceof RetryTransaction;
      if (!retry || attempt >= 3) throw error;
    }
  }
}

function knexOf(tx: Em): { knex: Knex; trx: Knex.Transaction } {
  return { knex: tx.getKnex(), trx: tx.getTransactionContext<Knex.Transaction>()! };
}

interface MoveInput {
  kind: MovementKind;
  variantId: string;
  location: Pick<LocationRow, 'id' | 'warehouseId'>;
  quantity: number;
  onHandChange: number;
  reservedChange: number;
  reservationId?: string | null;
  reference?: string | null;
  batch?: string | null;
  serials?: string[];
  note?: string | null;
  actorId: string | null;
}

/**
 * The only way stock changes: one conditional UPDATE of the (variant, location) counters that keeps
 * `0 <= reserved <= onHand`, and the movement that explains it, in the caller's transaction. Returns
 * the movement, or null (nothing written) when the change would break the rule.
 */
async function move(tx: Em, input: MoveInput): Promise<MovementRow | null> {
  const { knex, trx } = knexOf(tx);
  const changed = await knex('inventory_stock')
    .transacting(trx)
    .where({ variant_id: input.variantId, location_id: input.location.id })
    .andWhereRaw('on_hand + ? >= reserved + ?', [input.onHandChange, input.reservedChange])
    .andWhereRaw('reserved + ? >= 0', [input.reservedChange])
    .update({
      on_hand: knex.raw('on_hand + ?', [input.onHandChange]),
      reserved: knex.raw('reserved + ?', [input.reservedChange]),
    });
  if (Number(changed) !== 1) return null;
  return tx.create(Movement, {
    id: newId(),
    kind: input.kind,
    variantId: input.variantId,
    locationId: input.location.id,
    warehouseId: input.location.warehouseId,
    quantity: input.quantity,
    onHandChange: input.onHandChange,
    reservedChange: input.reservedChange,
    reservationId: input.reservationId ?? null,
    reference: input.reference ?? null,
    batch: input.batch ?? null,
    serials: input.serials ?? [],
    note: input.note ?? null,
    actorId: input.actorId,
  });
}

/** Makes sure the counters row of (variant, location) exists (an insert that ignores a duplicate). */
async function ensureStock(tx: Em, variantId: string, location: LocationRow, now: Date): Promise<void> {
  await tx.upsert(
    Stock,
    {
      id: newId(),
      variantId,
      locationId: location.id,
      warehouseId: location.warehouseId,
      onHand: 0,
      reserved: 0,
      createdAt: now,
      updatedAt: now,
    },
    { onConflictFields: ['variantId', 'locationId'], onConflictAction: 'ignore' },
  );
}

/** Available units (onHand - reserved) per variant, read inside `tx`. */
async function availableOf(tx: Em, variantIds: string[]): Promise<Map<string, number>> {
  const knex = tx.getKnex();
  const trx = tx.getTransactionContext<Knex.Transaction>();
  const query = knex('inventory_stock');
  if (trx) query.transacting(trx);
  const rows: { variant_id: string; available: unknown }[] = await query
    .select('variant_id')
    .select(knex.raw('sum(on_hand - reserved) as available'))
    .whereIn('variant_id', variantIds)
    .groupBy('variant_id');
  return new Map(rows.map((r) => [r.variant_id, Number(r.available ?? 0)]));
}

/**
 * Low-stock alerts: when a variant's available units are below its threshold, the first change that
 * sees it (claiming `lowAlerted` with a conditional update) records `inventory.stock.low` in the same
 * transaction; when stock is back at or above the threshold the flag is cleared for the next time.
 */
async function checkLowStock(tx: Em, variantIds: string[]): Promise<void> {
  const settings = await tx.find(VariantSettings, { variantId: { $in: variantIds }, lowStockThreshold: { $gt: 0 } }, { refresh: true });
  if (!settings.length) return;
  const available = await availableOf(
    tx,
    settings.map((s) => s.variantId),
  );
  for (const s of settings) {
    const units = available.get(s.variantId) ?? 0;
    if (units < s.lowStockThreshold) {
      const claimed = await tx.nativeUpdate(VariantSettings, { id: s.id, lowAlerted: false }, { lowAlerted: true });
      if (claimed === 1) {
        recordEvent(tx, INVENTORY_EVENTS.stockLow, {
          variantId: s.variantId,
          available: units,
          threshold: s.lowStockThreshold,
          recipientIds: s.setById ? [s.setById] : [],
          title: `Low stock: ${s.variantId}`,
          body: `${units} available, below the threshold of ${s.lowStockThreshold}.`,
        });
      }
    } else if (s.lowAlerted) {
      await tx.nativeUpdate(VariantSettings, { id: s.id, lowAlerted: true }, { lowAlerted: false });
    }
  }
}

/**
 * Inventory rules (warehouses, locations, stock, movements, reservations). Every method takes the
 * kit's {@link InventoryDeps} first. Every stock change goes through {@link move}; every reservation
 * leaves ACTIVE once, under a row lock plus a conditional update. No GraphQL in here.
 */
export class InventoryService {
  // ------------------------------------------------------------------------------------------------
  // Warehouses and locations
  // ------------------------------------------------------------------------------------------------

  async listWarehouses(deps: InventoryDeps, args: PageArgs): Promise<Connection<WarehouseRow>> {
    checkPage(Warehouse, args, WAREHOUSE_ORDER);
    requireStaff(deps.viewer);
    return paginate(deps.em, Warehouse, {}, args, WAREHOUSE_ORDER);
  }

  async warehouse(deps: InventoryDeps, id: string): Promise<WarehouseRow | null> {
    requireStaff(deps.viewer);
    return isUuid(id) ? deps.loaders.warehouseById.load(id.toLowerCase()) : null;
  }

  async createWarehouse(deps: InventoryDeps, input: CreateWarehouseInput): Promise<Payload<{ warehouse: WarehouseRow }>> {
    requireStaff(deps.viewer);
    const code = input.code.trim();
    if (!WAREHOUSE_CODE.test(code))
      throw badInput("code must be 1 to 20 characters: letters, digits, '.', '_' or '-' (not first).", 'input.code');
    const name = checkText(input.name, 'input.name', 100, true)!;
    const priority = input.priority == null ? 100 : checkPriority(input.priority, 'input.priority');
    const warehouse = deps.em.create(Warehouse, { id: newId(), code: code.toUpperCase(), name, priority });
    const errors = await flushOrConflict(deps.em, 'input.code', `A warehouse with code ${code.toUpperCase()} exists.`);
    return errors.length ? fail(errors) : ok({ warehouse });
  }

  async updateWarehouse(deps: InventoryDeps, id: string, input: UpdateWarehouseInput): Promise<Payload<{ warehouse: WarehouseRow }>> {
    requireStaff(deps.viewer);
    const warehouseId = checkId(id, 'id');
    const name = input.name === undefined ? undefined : checkText(input.name, 'input.name', 100, true)!;
    const priority = input.priority == null ? undefined : checkPriority(input.priority, 'input.priority');
    if (input.priority === null) throw badInput('priority cannot be null.', 'input.priority');
    const warehouse = await deps.em.findOne(Warehouse, { id: warehouseId });
    if (!warehouse) throw notFound('Warehouse', id);
    if (name !== undefined) warehouse.name = name;
    if (priority !== undefined) warehouse.priority = priority;
    await deps.em.flush();
    return ok({ warehouse });
  }

  async createLocation(deps: InventoryDeps, input: CreateStockLocationInput): Promise<Payload<{ location: LocationRow }>> {
    requireStaff(deps.viewer);
    const warehouseId = checkId(input.warehouseId, 'input.warehouseId');
    const code = input.code.trim();
    if (!LOCATION_CODE.test(code)) {
      throw badInput("code must be 1 to 30 characters: letters, digits, '.', '_', '/' or '-' (not first).", 'input.code');
    }
    const name = checkText(input.name, 'input.name', 100, false) ?? code.toUpperCase();
    if (!(await deps.loaders.warehouseById.load(warehouseId))) throw badInput('There is no such warehouse.', 'input.warehouseId');
    const location = deps.em.create(Location, { id: newId(), warehouseId, code: code.toUpperCase(), name });
    const errors = await flushOrConflict(deps.em, 'input.code', `The warehouse has a location ${code.toUpperCase()} already.`);
    return errors.length ? fail(errors) : ok({ location });
  }

  /** An existing location by id, or BAD_USER_INPUT naming `field`. */
  private async location(deps: InventoryDeps, id: string, field: string): Promise<LocationRow> {
    const location = await deps.loaders.locationById.load(checkId(id, field));
    if (!location) throw badInput('There is no such location.', field);
    return location;
  }

  // ------------------------------------------------------------------------------------------------
  // Variant settings
  // ------------------------------------------------------------------------------------------------

  async setVariantInventory(deps: InventoryDeps, input: SetVariantInventoryInput): Promise<Payload<{ variant: { id: string } }>> {
    const viewer = requireStaff(deps.viewer);
    const variantId = checkVariantId(input.variantId, 'input.variantId');
    if (input.tracked === null) throw badInput('tracked cannot be null.', 'input.tracked');
    if (input.lowStockThreshold === null) throw badInput('lowStockThreshold cannot be null.', 'input.lowStockThreshold');
    const threshold = input.lowStockThreshold;
    if (threshold !== undefined && (!Number.isInteger(threshold) || threshold < 0 || threshold > MAX_QUANTITY)) {
      throw badInput('lowStockThreshold must be a whole number from 0 to 1,000,000.', 'input.lowStockThreshold');
    }
    const errors = await inTransaction(deps.em, async (tx): Promise<UserError[]> => {
      let settings = await lockRow(tx, VariantSettings, { variantId });
      if (input.tracked !== undefined && input.tracked !== (settings?.tracked ?? false)) {
        const onHand = await tx
          .getKnex()('inventory_stock')
          .transacting(knexOf(tx).trx)
          .where({ variant_id: variantId })
          .andWhere('on_hand', '>', 0)
          .count({ n: '*' });
        if (Number(onHand[0]?.n ?? 0) > 0) return [fieldError('input.tracked', 'Tracking can only change while no units are on hand.')];
      }
      settings ??= tx.create(VariantSettings, {
        id: newId(),
        variantId,
        tracked: false,
        lowStockThreshold: 0,
        lowAlerted: false,
        setById: null,
      });
      if (input.tracked != null) settings.tracked = input.tracked;
      if (threshold != null) {
        // A new threshold starts a new alert cycle; the next stock change below it records the event.
        settings.lowStockThreshold = threshold;
        settings.lowAlerted = false;
        settings.setById = viewer.userId;
      }
      await tx.flush();
      return [];
    });
    return errors.length ? fail(errors) : ok({ variant: { id: variantId } });
  }

  // ------------------------------------------------------------------------------------------------
  // Stock changes
  // ------------------------------------------------------------------------------------------------

  private async levels(deps: InventoryDeps, variantId: string, locationIds: string[]): Promise<StockRow[]> {
    const rows = await deps.em.fork().find(Stock, { variantId, locationId: { $in: locationIds } });
    return locationIds.map((id) => rows.find((r) => r.locationId === id)).filter((r): r is StockRow => !!r);
  }

  async receive(deps: InventoryDeps, input: ReceiveStockInput): Promise<StockChange> {
    const viewer = requireStaff(deps.viewer);
    const variantId = checkVariantId(input.variantId, 'input.variantId');
    const location = await this.location(deps, input.locationId, 'input.locationId');
    const quantity = checkQuantity(input.quantity, 'input.quantity');
    const batch = checkText(input.batch, 'input.batch', 60, false);
    const note = checkText(input.note, 'input.note', 500, false);
    const settings = await deps.loaders.settingsByVariant.load(variantId);
    const serials = (input.serials ?? []).map((s) => s.trim());
    if (settings?.tracked) {
      if (serials.length !== quantity) throw badInput(`A tracked variant needs exactly ${quantity} serial numbers.`, 'input.serials');
      if (serials.some((s) => !SERIAL.test(s))) {
        throw badInput("Serial numbers are 1 to 60 characters: letters, digits, '.', '_', '/', ':' or '-' (not first).", 'input.serials');
      }
      if (new Set(serials).size !== serials.length) throw badInput('Serial numbers must be distinct.', 'input.serials');
    } else if (serials.length) {
      throw badInput('Only tracked variants take serial numbers (setVariantInventory).', 'input.serials');
    }
    let movement: MovementRow | null = null;
    try {
      movement = await inTransaction(deps.em, async (tx) => {
        await ensureStock(tx, variantId, location, deps.clock.now());
        const moved = await move(tx, {
          kind: 'RECEIVED',
          variantId,
          location,
          quantity,
          onHandChange: quantity,
          reservedChange: 0,
          batch,
          serials,
          note,
          actorId: viewer.userId,
        });
        if (!moved) throw new Error('receipt refused by the stock rule');
        for (const serial of serials) {
          tx.create(Serial, { id: newId(), variantId, serial, batch, locationId: location.id, shipped: false, reservationId: null });
        }
        await tx.flush();
        await checkLowStock(tx, [variantId]);
        return moved;
      });
    } catch (error) {
      if (serials.length && isUniqueViolation(error))
        return fail(conflictError('input.serials', 'One of these serial numbers was received before.'));
      throw error;
    }
    return ok({ levels: await this.levels(deps, variantId, [location.id]), movements: [movement] });
  }

  async adjust(deps: InventoryDeps, input: AdjustStockInput): Promise<StockChange> {
    const viewer = requireStaff(deps.viewer);
    const variantId = checkVariantId(input.variantId, 'input.variantId');
    const location = await this.location(deps, input.locationId, 'input.locationId');
    const change = input.change;
    if (!Number.isInteger(change) || change === 0 || Math.abs(change) > MAX_QUANTITY) {
      throw badInput('change must be a whole number from -1,000,000 to 1,000,000, not 0.', 'input.change');
    }
    const reason = checkText(input.reason, 'input.reason', 500, true);
    if ((await deps.loaders.settingsByVariant.load(variantId))?.tracked) {
      throw badInput('Tracked variants change by receipt, transfer and shipment only (their serials must match).', 'input.variantId');
    }
    const movement = await inTransaction(deps.em, async (tx) => {
      await ensureStock(tx, variantId, location, deps.clock.now());
      const moved = await move(tx, {
        kind: 'ADJUSTED',
        variantId,
        location,
        quantity: Math.abs(change),
        onHandChange: change,
        reservedChange: 0,
        note: reason,
        actorId: viewer.userId,
      });
      if (moved) await checkLowStock(tx, [variantId]);
      return moved;
    });
    if (!movement) return fail(fieldError('input.change', 'On hand cannot drop below the units reserved at this location.'));
    return ok({ levels: await this.levels(deps, variantId, [location.id]), movements: [movement] });
  }

  async transfer(deps: InventoryDeps, input: TransferStockInput): Promise<StockChange> {
    const viewer = requireStaff(deps.viewer);
    const variantId = checkVariantId(input.variantId, 'input.variantId');
    const from = await this.location(deps, input.fromLocationId, 'input.fromLocationId');
    const to = await this.location(deps, input.toLocationId, 'input.toLocationId');
    if (from.id === to.id) throw badInput('The two locations must differ.', 'input.toLocationId');
    const quantity = checkQuantity(input.quantity, 'input.quantity');
    const note = checkText(input.note, 'input.note', 500, false);
    const tracked = (await deps.loaders.settingsByVariant.load(variantId))?.tracked ?? false;
    const movements = await inTransaction(deps.em, async (tx) => {
      await ensureStock(tx, variantId, to, deps.clock.now());
      await lockRows(tx, Stock, { variantId, locationId: { $in: [from.id, to.id] } }, { orderBy: { id: 'asc' } });
      let serials: string[] = [];
      if (tracked) {
        const picked = await lockRows(
          tx,
          Serial,
          { variantId, locationId: from.id, shipped: false },
          { orderBy: { serial: 'asc' }, limit: quantity },
        );
        serials = picked.map((s) => s.serial);
      }
      const common = { variantId, quantity, note, serials, actorId: viewer.userId };
      const out = await move(tx, { ...common, kind: 'TRANSFERRED_OUT', location: from, onHandChange: -quantity, reservedChange: 0 });
      if (!out) return null;
      const into = await move(tx, { ...common, kind: 'TRANSFERRED_IN', location: to, onHandChange: quantity, reservedChange: 0 });
      if (!into) throw new Error('transfer refused by the stock rule');
      if (tracked) {
        const moved = await tx.nativeUpdate(Serial, { variantId, serial: { $in: serials }, shipped: false }, { locationId: to.id });
        if (moved !== quantity) throw new RetryTransaction('serials moved under the transfer');
      }
      return [out, into];
    });
    if (!movements) return fail(fieldError('input.quantity', 'The source location has fewer units available than that.'));
    return ok({ levels: await this.levels(deps, variantId, [from.id, to.id]), movements });
  }

  // ------------------------------------------------------------------------------------------------
  // Reservations
  // ------------------------------------------------------------------------------------------------

  /**
   * Holds units for `reference`, all lines or nothing. Allocation: for each variant (in id order),
   * the locations holding it are locked, then drawn from by warehouse priority (lower first), then
   * by most available units, then by location id; a line is split across locations when one is not
   * enough. Each draw is a conditional update (`reserved + n <= on_hand`). A variant short of units
   * rolls everything back and comes back as InsufficientStock. Reserving an existing reference
   * returns that reservation unchanged.
   */
  async reserve(deps: InventoryDeps, input: ReserveStockInput): Promise<ReserveResult> {
    const viewer = requireStaff(deps.viewer);
    const reference = checkReference(input.reference, 'input.reference');
    if (input.lines.length < 1 || input.lines.length > MAX_RESERVATION_LINES) {
      throw badInput(`lines must have 1 to ${MAX_RESERVATION_LINES} entries.`, 'input.lines');
    }
    const wanted = new Map<string, number>();
    input.lines.forEach((line, i) => {
      const variantId = checkVariantId(line.variantId, `input.lines.${i}.variantId`);
      const total = (wanted.get(variantId) ?? 0) + checkQuantity(line.quantity, `input.lines.${i}.quantity`);
      if (total > MAX_QUANTITY) throw badInput('At most 1,000,000 units of one variant.', `input.lines.${i}.quantity`);
      wanted.set(variantId, total);
    });
    const ttl = input.ttlSeconds ?? deps.config.INVENTORY_RESERVATION_TTL_SECONDS;
    if (!Number.isInteger(ttl) || ttl < 1 || ttl > 86_400)
      throw badInput('ttlSeconds must be a whole number from 1 to 86,400.', 'input.ttlSeconds');
    const existing = await deps.em.fork().findOne(Reservation, { reference });
    if (existing) return existing;
    // A request that plainly cannot be served is answered from one read, without waiting for the
    // stock rows' locks (a sold-out variant under a rush); one that may be served is decided under them.
    const before = await availableOf(deps.em.fork(), [...wanted.keys()]);
    for (const [variantId, quantity] of [...wanted].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const available = Math.max(0, before.get(variantId) ?? 0);
      if (available < quantity) return insufficient(new Shortfall(variantId, quantity, available));
    }
    try {
      const id = await inTransaction(deps.em, (tx) => this.reserveIn(tx, deps, reference, wanted, ttl, viewer.userId));
      return (await deps.em.fork().findOne(Reservation, { id }))!;
    } catch (error) {
      if (error instanceof Shortfall) return insufficient(error);
      // The same reference reserved at the same moment by another request: theirs is the reservation.
      if (isUniqueViolation(error)) {
        const theirs = await deps.em.fork().findOne(Reservation, { reference });
        if (theirs) return theirs;
      }
      throw error;
    }
  }

  /**
   * The reservation itself, in the caller's transaction `tx` (a request's, or the checkout saga's
   * consumer transaction): throws {@link Shortfall} when a variant lacks units, so the caller's
   * transaction (or savepoint) rolls everything back. Returns the reservation's id.
   */
  async reserveIn(
    tx: Em,
    deps: Pick<InventoryDeps, 'clock'>,
    reference: string,
    wanted: Map<string, number>,
    ttl: number,
    actorId: string | null,
  ): Promise<string> {
    const now = deps.clock.now();
    const reservation = tx.create(Reservation, {
      id: newId(),
      reference,
      status: 'ACTIVE',
      expiresAt: new Date(now.getTime() + ttl * 1000),
      closedAt: null,
      actorId,
    });
    for (const variantId of [...wanted.keys()].sort()) {
      const quantity = wanted.get(variantId)!;
      const stocks = await lockRows(tx, Stock, { variantId }, { orderBy: { id: 'asc' } });
      const warehouseIds = [...new Set(stocks.map((s) => s.warehouseId))];
      const warehouses = warehouseIds.length ? await tx.find(Warehouse, { id: { $in: warehouseIds } }) : [];
      const priority = new Map(warehouses.map((w) => [w.id, w.priority]));
      const candidates = stocks
        .map((s) => ({ stock: s, available: s.onHand - s.reserved, priority: priority.get(s.warehouseId) ?? Number.MAX_SAFE_INTEGER }))
        .filter((c) => c.available > 0)
        .sort((a, b) => a.priority - b.priority || b.available - a.available || (a.stock.locationId < b.stock.locationId ? -1 : 1));
      let need = quantity;
      for (const c of candidates) {
        if (need === 0) break;
        const take = Math.min(need, c.available);
        const location = { id: c.stock.locationId, warehouseId: c.stock.warehouseId };
        const moved = await move(tx, {
          kind: 'RESERVED',
          variantId,
          location,
          quantity: take,
          onHandChange: 0,
          reservedChange: take,
          reservationId: reservation.id,
          reference,
          actorId,
        });
        if (!moved) continue;
        tx.create(ReservationLine, {
          id: newId(),
          reservationId: reservation.id,
          variantId,
          locationId: location.id,
          quantity: take,
          serials: [],
        });
        need -= take;
      }
      if (need > 0) throw new Shortfall(variantId, quantity, quantity - need);
    }
    await tx.flush();
    await checkLowStock(tx, [...wanted.keys()]);
    return reservation.id;
  }

  /** Ships an active reservation's units; a committed one comes back as it is. */
  async commit(deps: InventoryDeps, reference: string): Promise<Payload<{ reservation: ReservationRow }>> {
    const viewer = requireStaff(deps.viewer);
    const ref = checkReference(reference, 'reference');
    const outcome = await inTransaction(deps.em, (tx) => this.commitIn(tx, deps, ref, viewer.userId));
    if (outcome.error) return fail(outcome.error);
    return ok({ reservation: (await deps.em.fork().findOne(Reservation, { id: outcome.id }))! });
  }

  /** The commit itself, in the caller's transaction `tx` (a request's or the checkout saga's consumer's). */
  async commitIn(
    tx: Em,
    deps: Pick<InventoryDeps, 'clock'>,
    ref: string,
    actorId: string | null,
    options: { ignoreExpiry?: boolean } = {},
  ): Promise<{ id: string; error: UserError | null }> {
    const r = await lockRow(tx, Reservation, { reference: ref });
    if (!r) throw notFound('Reservation', ref);
    if (r.status === 'COMMITTED') return { id: r.id, error: null };
    // The checkout saga commits a paid order's units even past the TTL, as long as no sweep expired them.
    if (r.status === 'ACTIVE' && !options.ignoreExpiry && r.expiresAt.getTime() <= deps.clock.now().getTime()) {
      await this.close(tx, deps, r, 'EXPIRED', null);
      return { id: r.id, error: conflictError('reference', 'The reservation expired.') };
    }
    if (r.status !== 'ACTIVE') return { id: r.id, error: conflictError('reference', `The reservation is ${r.status.toLowerCase()}.`) };
    const now = deps.clock.now();
    const claimed = await tx.nativeUpdate(Reservation, { id: r.id, status: 'ACTIVE' }, { status: 'COMMITTED', closedAt: now });
    if (claimed !== 1) throw new Error('reservation changed under its lock');
    const lines = await tx.find(ReservationLine, { reservationId: r.id }, { orderBy: { variantId: 'asc', locationId: 'asc' } });
    // Read through `tx`: on SQLite the transaction holds the only connection.
    const locations = await tx.find(Location, { id: { $in: [...new Set(lines.map((l) => l.locationId))] } });
    const tracked = new Set(
      (await tx.find(VariantSettings, { variantId: { $in: lines.map((l) => l.variantId) }, tracked: true })).map((s) => s.variantId),
    );
    const shipped: { variantId: string; locationId: string; quantity: number; serials: string[] }[] = [];
    for (const line of lines) {
      let serials: string[] = [];
      if (tracked.has(line.variantId)) {
        // Locked (latest committed rows on MariaDB), so two commits never pick the same serials;
        // the update only takes serials still in stock, so each ships once whatever happens.
        const picked = await lockRows(
          tx,
          Serial,
          { variantId: line.variantId, locationId: line.locationId, shipped: false },
          { orderBy: { serial: 'asc' }, limit: line.quantity },
        );
        serials = picked.map((s) => s.serial);
        const taken = await tx.nativeUpdate(
          Serial,
          { id: { $in: picked.map((s) => s.id) }, shipped: false },
          { shipped: true, reservationId: r.id },
        );
        if (taken !== line.quantity) throw new RetryTransaction('serials moved under the commit');
        line.serials = serials;
      }
      const location = locations.find((l) => l.id === line.locationId)!;
      const moved = await move(tx, {
        kind: 'SHIPPED',
        variantId: line.variantId,
        location,
        quantity: line.quantity,
        onHandChange: -line.quantity,
        reservedChange: -line.quantity,
        reservationId: r.id,
        reference: r.reference,
        serials,
        actorId,
      });
      if (!moved) throw new Error('shipment refused by the stock rule');
      shipped.push({ variantId: line.variantId, locationId: line.locationId, quantity: line.quantity, serials });
    }
    recordEvent(tx, INVENTORY_EVENTS.reservationCommitted, {
      reservationId: r.id,
      reference: r.reference,
      lines: shipped,
      committedAt: now.toISOString(),
    });
    return { id: r.id, error: null };
  }

  /** Lets an active reservation's units go; a released (or expired) one comes back as it is. */
  async release(deps: InventoryDeps, reference: string): Promise<Payload<{ reservation: ReservationRow }>> {
    const viewer = requireStaff(deps.viewer);
    const ref = checkReference(reference, 'reference');
    const outcome = await inTransaction(deps.em, async (tx) => {
      const done = await this.releaseIn(tx, deps, ref, viewer.userId);
      if (!done) throw notFound('Reservation', ref);
      return done;
    });
    if (outcome.error) return fail(outcome.error);
    return ok({ reservation: (await deps.em.fork().findOne(Reservation, { id: outcome.id }))! });
  }

  /** The release itself, in the caller's transaction; null when there is no such reservation. */
  async releaseIn(
    tx: Em,
    deps: Pick<InventoryDeps, 'clock'>,
    ref: string,
    actorId: string | null,
  ): Promise<{ id: string; error: UserError | null } | null> {
    const r = await lockRow(tx, Reservation, { reference: ref });
    if (!r) return null;
    if (r.status === 'COMMITTED') return { id: r.id, error: conflictError('reference', 'The reservation was committed (shipped).') };
    if (r.status === 'ACTIVE') await this.close(tx, deps, r, 'RELEASED', actorId);
    return { id: r.id, error: null };
  }

  /**
   * Takes a locked ACTIVE reservation to RELEASED or EXPIRED: one conditional update claims it (so it
   * happens once whoever else tries), then every line's units are released and the event recorded.
   */
  private async close(
    tx: Em,
    deps: Pick<InventoryDeps, 'clock'>,
    r: ReservationRow,
    to: 'RELEASED' | 'EXPIRED',
    actorId: string | null,
  ): Promise<boolean> {
    const now = deps.clock.now();
    const claimed = await tx.nativeUpdate(Reservation, { id: r.id, status: 'ACTIVE' }, { status: to, closedAt: now });
    if (claimed !== 1) return false;
    const lines = await tx.find(ReservationLine, { reservationId: r.id }, { orderBy: { variantId: 'asc', locationId: 'asc' } });
    const locations = await tx.find(Location, { id: { $in: [...new Set(lines.map((l) => l.locationId))] } });
    for (const line of lines) {
      const location = locations.find((l) => l.id === line.locationId)!;
      const moved = await move(tx, {
        kind: 'RELEASED',
        variantId: line.variantId,
        location,
        quantity: line.quantity,
        onHandChange: 0,
        reservedChange: -line.quantity,
        reservationId: r.id,
        reference: r.reference,
        note: to === 'EXPIRED' ? 'expired' : null,
        actorId,
      });
      if (!moved) throw new Error('release refused by the stock rule');
    }
    recordEvent(tx, to === 'EXPIRED' ? INVENTORY_EVENTS.reservationExpired : INVENTORY_EVENTS.reservationReleased, {
      reservationId: r.id,
      reference: r.reference,
      lines: lines.map((l) => ({ variantId: l.variantId, locationId: l.locationId, quantity: l.quantity })),
      [to === 'EXPIRED' ? 'expiredAt' : 'releasedAt']: now.toISOString(),
    });
    await checkLowStock(tx, [...new Set(lines.map((l) => l.variantId))]);
    return true;
  }

  /**
   * The sweep: expires the ACTIVE reservations whose time is up, oldest first, at most
   * {@link EXPIRY_BATCH} per run. Every replica may run it at once: each reservation is locked and
   * claimed by a conditional update, so it expires (and its event is recorded) exactly once.
   * Returns how many this call expired.
   */
  async expireDue(deps: InventoryDeps): Promise<number> {
    const due = await deps.em
      .fork()
      .find(
        Reservation,
        { status: 'ACTIVE', expiresAt: { $lte: deps.clock.now() } },
        { orderBy: { expiresAt: 'asc', id: 'asc' }, limit: EXPIRY_BATCH },
      );
    let expired = 0;
    for (const candidate of due) {
      const done = await inTransaction(deps.em, async (tx) => {
        const r = await lockRow(tx, Reservation, { id: candidate.id });
        return r?.status === 'ACTIVE' ? this.close(tx, deps, r, 'EXPIRED', null) : false;
      });
      if (done) expired++;
    }
    return expired;
  }

  // ------------------------------------------------------------------------------------------------
  // Lists
  // ------------------------------------------------------------------------------------------------

  async listMovements(
    deps: InventoryDeps,
    args: PageArgs,
    filter: StockMovementFilter | null | undefined,
  ): Promise<Connection<MovementRow>> {
    // Input first (no database), then the role, then whether the ids exist.
    checkPage(Movement, args, MOVEMENT_ORDER);
    const where: FilterQuery<MovementRow> = {};
    if (filter?.variantId != null) where.variantId = checkVariantId(filter.variantId, 'filter.variantId');
    const locationId = filter?.locationId == null ? null : checkId(filter.locationId, 'filter.locationId');
    const warehouseId = filter?.warehouseId == null ? null : checkId(filter.warehouseId, 'filter.warehouseId');
    if (filter?.kinds != null) {
      if (!filter.kinds.length) throw badInput('kinds must name at least one kind.', 'filter.kinds');
      where.kind = { $in: [...new Set(filter.kinds)] };
    }
    if (filter?.reference != null) where.reference = checkReference(filter.reference, 'filter.reference');
    if (filter?.from != null || filter?.to != null) {
      if (filter.from && filter.to && filter.from > filter.to) throw badInput('from must not be after to.', 'filter.from');
      where.createdAt = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    }
    requireStaff(deps.viewer);
    if (locationId) where.locationId = (await this.location(deps, locationId, 'filter.locationId')).id;
    if (warehouseId) {
      if (!(await deps.loaders.warehouseById.load(warehouseId))) throw badInput('There is no such warehouse.', 'filter.warehouseId');
      where.warehouseId = warehouseId;
    }
    return paginate(deps.em, Movement, where, args, MOVEMENT_ORDER);
  }

  async listReservations(
    deps: InventoryDeps,
    args: PageArgs,
    filter: StockReservationFilter | null | undefined,
  ): Promise<Connection<ReservationRow>> {
    checkPage(Reservation, args, RESERVATION_ORDER);
    requireStaff(deps.viewer);
    const where: FilterQuery<ReservationRow> = filter?.status ? { status: filter.status } : {};
    return paginate(deps.em, Reservation, where, args, RESERVATION_ORDER);
  }

  async reservation(deps: InventoryDeps, reference: string): Promise<ReservationRow | null> {
    const ref = checkReference(reference, 'reference');
    requireStaff(deps.viewer);
    return deps.em.findOne(Reservation, { reference: ref });
  }

  /** The settings row of a variant, or the defaults. */
  async settings(deps: InventoryDeps, variantId: string): Promise<Pick<VariantSettingsRow, 'tracked' | 'lowStockThreshold'>> {
    return (await deps.loaders.settingsByVariant.load(variantId)) ?? { tracked: false, lowStockThreshold: 0 };
  }
}
