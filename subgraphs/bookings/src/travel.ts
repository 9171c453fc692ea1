import type { FilterQuery } from '@mikro-orm/core';
import {
  isRetryableConflict,
  badInput,
  conflictError,
  fail,
  fieldError,
  flushOrConflict,
  hasRole,
  isUniqueViolation,
  isUuid,
  lockRow,
  ok,
  paginate,
  checkPageInMemory,
  paginateInMemory,
  recordEvent,
  requireViewer,
  totalOrder,
  type Connection,
  type Em,
  type PageArgs,
  type Payload,
  type UserError,
} from '../../../kit';
import type { BookingsDeps } from './context';
import {
  FareClass,
  Flight,
  FlightSegment,
  Property,
  RoomNight,
  RoomType,
  TravelBooking,
  Trip,
  type FareClassRow,
  type FlightRow,
  type PropertyRow,
  type RoomTypeRow,
  type TravelBookingRow,
  type TripRow,
} from './entities';
import type {
  CreateFlightInput,
  CreatePropertyInput,
  FlightSearchInput,
  HoldFlightInput,
  HoldRoomInput,
  HotelSearchInput,
  ModifyFlightInput,
  ModifyStayInput,
  SetRoomRatesInput,
} from './generated/resolvers';
import { notFoundError, parseUtc } from './service';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
/** The longest stay one booking may be. */
export const MAX_NIGHTS = 30;
const MAX_ROOMS = 9;
const MAX_PASSENGERS = 9;
const MAX_GUESTS = 40;
const MAX_RATE = 10_000_000;
const MAX_ROOM_TYPES = 10;
const MAX_SEGMENTS = 4;
const MAX_FARE_CLASSES = 6;
const MAX_BUFFER_NIGHTS = 2;
/** Flights one route and day may list (searches read at most this many). */
const MAX_FLIGHTS_PER_SEARCH = 200;
const TRAVEL_SWEEP_BATCH = 200;
/** Room types one horizon sweep extends; the rest go in the next sweep. */
const HORIZON_SWEEP_BATCH = 100;
const MAX_ATTEMPTS = 8;
/** The event recorded when a hotel or flight hold runs out (notifications tells its owner). */
export const TRAVEL_HOLD_EXPIRED_EVENT = 'bookings.travel_hold.expired';
/** Asks payments for one PaymentIntent for a held booking (payments' bookings-saga consumer). */
export const PAYMENT_REQUESTED_EVENT = 'bookings.payment.requested';
/** A held booking was cancelled: payments cancels its unconfirmed PaymentIntent. */
export const TRAVEL_CANCELLED_EVENT = 'bookings.travel_booking.cancelled';
/** Money arrived for a booking whose hold had already gone: payments refunds it in full, once. */
export const REFUND_NEEDED_EVENT = 'bookings.payment.refund_needed';
/** The PaymentIntent `reference` of a travel booking. */
export const paymentReference = (bookingId: string): string => `travel-booking:${bookingId}`;

const PAYING_ONLINE = 'This booking is being paid through payments; the payment confirms it.';
const PAID_INCREASE =
  'A booking paid through payments can change only to one that costs the same or less; cancel it (refunded minus the fee) and book again.';
/** Thrown inside a change's transaction to roll it back: a paid booking would cost more. */
class PaidIncrease extends Error {}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const IATA = /^[A-Z]{3}$/;
const FLIGHT_NUMBER = /^[A-Z0-9]{2,10}$/;
const FARE_CODE = /^[A-Z]{1,2}$/;
const CURRENCY = /^[A-Z]{3}$/;

export interface HotelOfferView {
  property: PropertyRow;
  roomType: RoomTypeRow;
  nights: number;
  roomsLeft: number;
  total: number;
  averageNightlyRate: number;
}
export interface FlightOfferView {
  flight: FlightRow;
  fareClass: FareClassRow;
  total: number;
}

/** Thrown inside a transaction to roll it back when the inventory cannot take the booking. */
class SoldOut extends Error {}

/** A day as milliseconds at 00:00 UTC, or null (with a field error) when `value` is not a real YYYY-MM-DD day. */
function parseDay(errors: UserError[], field: string, value: string): number | null {
  const at = DAY.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
  if (Number.isNaN(at) || new Date(at).toISOString().slice(0, 10) !== value) {
    errors.push(fieldError(field, `${field.split('.').pop()} must be a day written YYYY-MM-DD, e.g. 2026-12-24.`));
    return null;
  }
  return at;
}

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const todayMs = (now: Date) => Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());

function checkInt(errors: UserError[], field: string, value: number | null | undefined, min: number, max: number): void {
  if (value != null && (!Number.isInteger(value) || value < min || value > max)) {
    errors.push(fieldError(field, `${field.split('.').pop()} must be a whole number from ${min} to ${max}.`));
  }
}

function checkName(errors: UserError[], field: string, value: string, max: number): string {
  const text = value.trim();
  if (text.length < 1 || text.length > max) errors.push(fieldError(field, `${field.split('.').pop()} must be 1 to ${max} characters.`));
  return text;
}

const cityKeyOf = (city: string) => city.trim().toLowerCase();

/** A stay checked against the rules: days, nights, guests and rooms. */
interface Stay {
  checkIn: string;
  checkOut: string;
  nights: number;
  guests: number;
  rooms: number;
  startsAt: Date;
}

/** Runs `work` again when MariaDB picked it as a deadlock victim or timed it out (it was rolled back). */
async function retrying<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!isRetryableConflict(error) || attempt >= MAX_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * (attempt + 1)));
    }
  }
}

/** Hotels, flights and trips (#41): the inventory index, holds, confirm, modify, cancel with a policy, search. */
export class TravelService {
  // ---------------------------------------------------------------- hotels: admin

  async createProperty(deps: BookingsDeps, input: CreatePropertyInput): Promise<Payload<{ property: PropertyRow }>> {
    const errors: UserError[] = [];
    const name = checkName(errors, 'input.name', input.name, 120);
    const city = checkName(errors, 'input.city', input.city, 80);
    checkInt(errors, 'input.stars', input.stars, 1, 5);
    const currency = input.currency ?? 'EUR';
    if (!CURRENCY.test(currency)) errors.push(fieldError('input.currency', 'currency is an ISO 4217 code such as EUR.'));
    checkInt(errors, 'input.freeCancellationHours', input.freeCancellationHours, 0, 720);
    checkInt(errors, 'input.cancellationFeePercent', input.cancellationFeePercent, 0, 100);
    if (input.roomTypes.length < 1 || input.roomTypes.length > MAX_ROOM_TYPES)
      errors.push(fieldError('input.roomTypes', `A property has 1 to ${MAX_ROOM_TYPES} room types.`));
    const names = new Set<string>();
    const types = input.roomTypes.map((t, i) => {
      const f = `input.roomTypes.${i}`;
      const typeName = checkName(errors, `${f}.name`, t.name, 80);
      if (names.has(typeName.toLowerCase())) errors.push(fieldError(`${f}.name`, 'This room type name appears twice.'));
      names.add(typeName.toLowerCase());
      checkInt(errors, `${f}.maxGuests`, t.maxGuests, 1, 10);
      checkInt(errors, `${f}.totalRooms`, t.totalRooms, 1, 1000);
      checkInt(errors, `${f}.rate`, t.rate, 0, MAX_RATE);
      checkInt(errors, `${f}.minStayNights`, t.minStayNights, 1, MAX_NIGHTS);
      checkInt(errors, `${f}.bufferNights`, t.bufferNights, 0, MAX_BUFFER_NIGHTS);
      return { ...t, name: typeName };
    });
    if (errors.length) return fail(errors);
    const em = deps.em;
    const property = em.create(Property, {
      name,
      city,
      cityKey: cityKeyOf(city),
      stars: input.stars,
      currency,
      freeCancellationHours: input.freeCancellationHours ?? 48,
      cancellationFeePercent: input.cancellationFeePercent ?? 100,
    });
    const first = todayMs(deps.clock.now());
    for (const t of types) {
      const roomType = em.create(RoomType, {
        propertyId: property.id,
        name: t.name,
        maxGuests: t.maxGuests,
        totalRooms: t.totalRooms,
        baseRate: t.rate,
        minStayNights: t.minStayNights ?? 1,
        bufferNights: t.bufferNights ?? 0,
      });
      for (let d = 0; d < deps.config.BOOKINGS_INVENTORY_DAYS; d++) {
        em.create(RoomNight, {
          roomTypeId: roomType.id,
          propertyId: property.id,
          cityKey: property.cityKey,
          night: dayOf(first + d * DAY_MS),
          total: t.totalRooms,
          booked: 0,
          rate: t.rate,
        });
      }
    }
    const conflicts = await flushOrConflict(em, 'input.name', 'A property with this name exists in this city.');
    return conflicts.length ? fail(conflicts) : ok({ property });
  }

  async setRoomRates(
    deps: BookingsDeps,
    input: SetRoomRatesInput,
  ): Promise<{ roomType: RoomTypeRow | null; nightsChanged: number; errors: UserError[] }> {
    const errors: UserError[] = [];
    const roomType = isUuid(input.roomTypeId) ? await deps.loaders.roomTypeById.load(input.roomTypeId) : null;
    if (!roomType) errors.push(notFoundError('input.roomTypeId', 'No room type with this id.'));
    const from = parseDay(errors, 'input.from', input.from);
    const to = parseDay(errors, 'input.to', input.to);
    if (from != null && to != null && (to <= from || to - from > 366 * DAY_MS))
      errors.push(fieldError('input.to', 'to must be 1 to 366 days after from.'));
    checkInt(errors, 'input.rate', input.rate, 0, MAX_RATE);
    if (errors.length || !roomType || from == null || to == null) return { roomType: null, nightsChanged: 0, errors };
    const nightsChanged = await deps.em.nativeUpdate(
      RoomNight,
      { roomTypeId: roomType.id, night: { $gte: dayOf(from), $lt: dayOf(to) } },
      { rate: input.rate },
    );
    return { roomType, nightsChanged, errors: [] };
  }

  listProperties(deps: BookingsDeps, city: string | null | undefined, args: PageArgs): Promise<Connection<PropertyRow>> {
    if (city != null && city.length > 80) throw badInput('city is at most 80 characters.', 'city');
    const where: FilterQuery<PropertyRow> = city != null ? { cityKey: cityKeyOf(city) } : {};
    return paginate(deps.em, Property, where, args, totalOrder<PropertyRow>('name', 'ASC'));
  }

  // ---------------------------------------------------------------- hotels: search

  private checkStay(
    deps: BookingsDeps,
    errors: UserError[],
    prefix: string,
    values: { checkIn: string; checkOut: string; guests: number; rooms: number },
  ): Stay | null {
    const checkIn = parseDay(errors, `${prefix}.checkIn`, values.checkIn);
    const checkOut = parseDay(errors, `${prefix}.checkOut`, values.checkOut);
    checkInt(errors, `${prefix}.guests`, values.guests, 1, MAX_GUESTS);
    checkInt(errors, `${prefix}.rooms`, values.rooms, 1, MAX_ROOMS);
    if (checkIn == null || checkOut == null) return null;
    const before = errors.length;
    if (checkIn < todayMs(deps.clock.now())) errors.push(fieldError(`${prefix}.checkIn`, 'checkIn must be today or later.'));
    const nights = Math.round((checkOut - checkIn) / DAY_MS);
    if (nights < 1) errors.push(fieldError(`${prefix}.checkOut`, 'checkOut must be after checkIn.'));
    else if (nights > MAX_NIGHTS) errors.push(fieldError(`${prefix}.checkOut`, `A stay is at most ${MAX_NIGHTS} nights.`));
    if (errors.length > before) return null;
    return {
      checkIn: dayOf(checkIn),
      checkOut: dayOf(checkOut),
      nights,
      guests: values.guests,
      rooms: values.rooms,
      startsAt: new Date(checkIn),
    };
  }

  /** The room type's own rules for a stay: guests per room and the minimum stay. */
  private checkRoomRules(errors: UserError[], prefix: string, roomType: RoomTypeRow, stay: Stay): void {
    if (stay.guests > roomType.maxGuests * stay.rooms)
      errors.push(
        fieldError(`${prefix}.guests`, `${stay.rooms} room(s) of this type sleep at most ${roomType.maxGuests * stay.rooms} guests.`),
      );
    if (stay.nights < roomType.minStayNights)
      errors.push(fieldError(`${prefix}.checkOut`, `This room type needs a stay of at least ${roomType.minStayNights} nights.`));
  }

  /**
   * Offers for a stay in a city, answered from the nights index in one statement (plus one for the room
   * types and one for the properties), whatever the page size.
   */
  async hotelAvailability(deps: BookingsDeps, input: HotelSearchInput, args: PageArgs): Promise<Connection<HotelOfferView>> {
    checkPageInMemory(args, 'hotelAvailability');
    const errors: UserError[] = [];
    const city = checkName(errors, 'input.city', input.city, 80);
    const stay = this.checkStay(deps, errors, 'input', { ...input, rooms: input.rooms ?? 1 });
    checkInt(errors, 'input.minStars', input.minStars, 1, 5);
    checkInt(errors, 'input.maxTotal', input.maxTotal, 0, 2_000_000_000);
    if (errors.length || !stay) throw badInput(errors.map((e) => e.message).join(' '), errors[0]?.field ?? 'input');
    const until = dayOf(Date.parse(`${stay.checkOut}T00:00:00Z`) + MAX_BUFFER_NIGHTS * DAY_MS);
    const rows = (await deps.em
      .getConnection()
      .execute(
        'select room_type_id, night, total - booked as free_rooms, rate from room_nights where city_key = ? and night >= ? and night < ?',
        [cityKeyOf(city), stay.checkIn, until],
        'all',
      )) as { room_type_id: string; night: string; free_rooms: number | string; rate: number | string }[];
    const byType = new Map<string, { night: string; free: number; rate: number }[]>();
    for (const r of rows) {
      const list = byType.get(r.room_type_id) ?? [];
      list.push({ night: r.night, free: Number(r.free_rooms), rate: Number(r.rate) });
      byType.set(r.room_type_id, list);
    }
    const roomTypes = byType.size ? await deps.em.find(RoomType, { id: { $in: [...byType.keys()] } }) : [];
    const properties = roomTypes.length
      ? await deps.em.find(Property, { id: { $in: [...new Set(roomTypes.map((t) => t.propertyId))] } })
      : [];
    const propertyById = new Map(properties.map((p) => [p.id, p]));
    const offers: HotelOfferView[] = [];
    for (const roomType of roomTypes) {
      const property = propertyById.get(roomType.propertyId);
      if (!property) continue;
      const ruleErrors: UserError[] = [];
      this.checkRoomRules(ruleErrors, 'input', roomType, stay);
      if (ruleErrors.length) continue;
      if (input.minStars != null && property.stars < input.minStars) continue;
      const claimedUntil = dayOf(Date.parse(`${stay.checkOut}T00:00:00Z`) + roomType.bufferNights * DAY_MS);
      const nights = byType.get(roomType.id)!.filter((n) => n.night < claimedUntil);
      if (nights.length !== stay.nights + roomType.bufferNights) continue; // beyond the inventory horizon
      const roomsLeft = Math.min(...nights.map((n) => n.free));
      if (roomsLeft < stay.rooms) continue;
      const rateSum = nights.filter((n) => n.night < stay.checkOut).reduce((a, n) => a + n.rate, 0);
      const total = rateSum * stay.rooms;
      if (input.maxTotal != null && total > input.maxTotal) continue;
      offers.push({ property, roomType, nights: stay.nights, roomsLeft, total, averageNightlyRate: Math.round(rateSum / stay.nights) });
    }
    const byName = (a: HotelOfferView, b: HotelOfferView) =>
      a.property.name.localeCompare(b.property.name) ||
      a.roomType.name.localeCompare(b.roomType.name) ||
      a.roomType.id.localeCompare(b.roomType.id);
    const sort = input.sort ?? 'PRICE_ASC';
    offers.sort((a, b) => {
      if (sort === 'PRICE_ASC') return a.total - b.total || byName(a, b);
      if (sort === 'PRICE_DESC') return b.total - a.total || byName(a, b);
      if (sort === 'STARS_DESC') return b.property.stars - a.property.stars || a.total - b.total || byName(a, b);
      return byName(a, b);
    });
    return paginateInMemory(offers, args, 'hotelAvailability');
  }

  // ---------------------------------------------------------------- inventory

  /**
   * Takes `rooms` rooms on every night from `from` to `until` (exclusive) with one conditional update;
   * throws {@link SoldOut} (rolling the caller's transaction back) unless every night had room.
   */
  private async claimNights(tx: Em, roomTypeId: string, from: string, until: string, rooms: number): Promise<void> {
    const nights = Math.round((Date.parse(`${until}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
    const res = await tx
      .getConnection()
      .execute<{ affectedRows: number }>(
        'update room_nights set booked = booked + ? where room_type_id = ? and night >= ? and night < ? and booked + ? <= total',
        [rooms, roomTypeId, from, until, rooms],
        'run',
        tx.getTransactionContext(),
      );
    if (res.affectedRows !== nights) throw new SoldOut();
  }

  /** The price of `rooms` rooms for the nights from `checkIn` to `checkOut`, read in the booking's transaction. */
  private async stayPrice(tx: Em, roomTypeId: string, checkIn: string, checkOut: string, rooms: number): Promise<number> {
    const nights = await tx.find(RoomNight, { roomTypeId, night: { $gte: checkIn, $lt: checkOut } }, { fields: ['rate'] });
    return nights.reduce((a, n) => a + n.rate, 0) * rooms;
  }

  /** Gives back what a booking holds: its nights (with the buffer) or its seats. */
  private async release(tx: Em, booking: TravelBookingRow): Promise<void> {
    if (booking.kind === 'HOTEL') {
      await tx
        .getConnection()
        .execute(
          'update room_nights set booked = booked - ? where room_type_id = ? and night >= ? and night < ?',
          [booking.rooms, booking.roomTypeId, booking.checkIn, booking.claimedUntil],
          'run',
          tx.getTransactionContext(),
        );
    } else {
      await tx
        .getConnection()
        .execute(
          'update fare_classes set booked = booked - ? where id = ?',
          [booking.guests, booking.fareClassId],
          'run',
          tx.getTransactionContext(),
        );
    }
  }

  private async checkTrip(deps: BookingsDeps, errors: UserError[], tripId: string | null | undefined, userId: string): Promise<void> {
    if (tripId == null) return;
    const trip = isUuid(tripId) ? await deps.loaders.tripById.load(tripId) : null;
    if (!trip || trip.userId !== userId) errors.push(notFoundError('input.tripId', 'No trip of yours with this id.'));
  }

  // ---------------------------------------------------------------- hotels: bookings

  async holdRoom(deps: BookingsDeps, input: HoldRoomInput): Promise<Payload<{ booking: TravelBookingRow }>> {
    const viewer = requireViewer(deps.viewer);
    const errors: UserError[] = [];
    const roomType = isUuid(input.roomTypeId) ? await deps.loaders.roomTypeById.load(input.roomTypeId) : null;
    if (!roomType) errors.push(notFoundError('input.roomTypeId', 'No room type with this id.'));
    const stay = this.checkStay(deps, errors, 'input', { ...input, rooms: input.rooms ?? 1 });
    if (roomType && stay) this.checkRoomRules(errors, 'input', roomType, stay);
    await this.checkTrip(deps, errors, input.tripId, viewer.userId);
    if (errors.length || !roomType || !stay) return fail(errors);
    const property = (await deps.loaders.propertyById.load(roomType.propertyId))!;
    const now = deps.clock.now();
    const claimedUntil = dayOf(stay.startsAt.getTime() + (stay.nights + roomType.bufferNights) * DAY_MS);
    try {
      const booking = await retrying(() =>
        deps.em.fork().transactional(async (tx) => {
          await this.claimNights(tx, roomType.id, stay.checkIn, claimedUntil, stay.rooms);
          const total = await this.stayPrice(tx, roomType.id, stay.checkIn, stay.checkOut, stay.rooms);
          return tx.create(TravelBooking, {
            userId: viewer.userId,
            kind: 'HOTEL',
            status: 'HELD',
            tripId: input.tripId ?? null,
            expiresAt: new Date(now.getTime() + deps.config.BOOKINGS_HOLD_TTL_SECONDS * 1000),
            propertyId: property.id,
            roomTypeId: roomType.id,
            checkIn: stay.checkIn,
            checkOut: stay.checkOut,
            claimedUntil,
            rooms: stay.rooms,
            guests: stay.guests,
            flightId: null,
            fareClassId: null,
            startsAt: stay.startsAt,
            freeCancellationUntil: new Date(stay.startsAt.getTime() - property.freeCancellationHours * HOUR_MS),
            cancellationFeePercent: property.cancellationFeePercent,
            total,
            currency: property.currency,
            cancellationFee: null,
            confirmedAt: null,
            cancelledAt: null,
          });
        }),
      );
      return ok({ booking });
    } catch (error) {
      if (error instanceof SoldOut)
        return fail(conflictError('input.checkIn', 'Not enough rooms of this type are free on every night of the stay.'));
      throw error;
    }
  }

  async modifyHotelBooking(deps: BookingsDeps, id: string, input: ModifyStayInput): Promise<Payload<{ booking: TravelBookingRow }>> {
    const viewer = requireViewer(deps.viewer);
    const booking = isUuid(id) ? await deps.em.fork().findOne(TravelBooking, { id }) : null;
    if (!booking || booking.userId !== viewer.userId || booking.kind !== 'HOTEL')
      return fail(notFoundError('id', 'No hotel booking of yours with this id.'));
    const now = deps.clock.now();
    const live = this.liveError(booking, now) ?? this.payingError(booking);
    if (live) return fail(live);
    const errors: UserError[] = [];
    for (const key of ['checkIn', 'checkOut', 'guests', 'rooms'] as const) {
      if (input[key] === null) errors.push(fieldError(`input.${key}`, `${key} cannot be cleared.`));
    }
    const stay = this.checkStay(deps, errors, 'input', {
      checkIn: input.checkIn ?? booking.checkIn!,
      checkOut: input.checkOut ?? booking.checkOut!,
      guests: input.guests ?? booking.guests,
      rooms: input.rooms ?? booking.rooms,
    });
    const roomType = (await deps.loaders.roomTypeById.load(booking.roomTypeId!))!;
    if (stay) this.checkRoomRules(errors, 'input', roomType, stay);
    if (errors.length || !stay) return fail(errors);
    const property = (await deps.loaders.propertyById.load(booking.propertyId!))!;
    const claimedUntil = dayOf(stay.startsAt.getTime() + (stay.nights + roomType.bufferNights) * DAY_MS);
    try {
      const changed = await retrying(() =>
        deps.em.fork().transactional(async (tx) => {
          // Only the change that finds the booking as it was read goes on: a cancel, an expiry or another
          // change meanwhile makes this update match nothing, and the inventory is left alone.
          const guard: FilterQuery<TravelBookingRow> = {
            id,
            status: booking.status,
            checkIn: booking.checkIn,
            claimedUntil: booking.claimedUntil,
            rooms: booking.rooms,
            paymentRequestedAt: booking.paymentRequestedAt ? { $ne: null } : null,
          };
          if (booking.status === 'HELD') guard.expiresAt = { $gt: now };
          const n = await tx.nativeUpdate(TravelBooking, guard, {
            checkIn: stay.checkIn,
            checkOut: stay.checkOut,
            claimedUntil,
            rooms: stay.rooms,
            guests: stay.guests,
            startsAt: stay.startsAt,
            freeCancellationUntil: new Date(stay.startsAt.getTime() - property.freeCancellationHours * HOUR_MS),
          });
          if (n !== 1) return false;
          await this.release(tx, booking);
          await this.claimNights(tx, roomType.id, stay.checkIn, claimedUntil, stay.rooms);
          const total = await this.stayPrice(tx, roomType.id, stay.checkIn, stay.checkOut, stay.rooms);
          this.settlePaidChange(tx, booking, total);
          await tx.nativeUpdate(TravelBooking, { id }, { total });
          return true;
        }),
      );
      if (!changed) return fail(conflictError('id', 'The booking has just changed; read it again.'));
    } catch (error) {
      if (error instanceof SoldOut)
        return fail(conflictError('input.checkIn', 'Not enough rooms of this type are free on every night of the new stay.'));
      if (error instanceof PaidIncrease) return fail(conflictError('input', PAID_INCREASE));
      throw error;
    }
    return ok({ booking: await deps.em.fork().findOneOrFail(TravelBooking, { id }) });
  }

  /** Why a booking can no longer be confirmed, changed or cancelled; null while it can. */
  private liveError(booking: TravelBookingRow, now: Date): UserError | null {
    if (booking.status !== 'HELD' && booking.status !== 'CONFIRMED')
      return conflictError('id', `The booking is ${booking.status.toLowerCase()}.`);
    if (booking.status === 'HELD' && booking.expiresAt.getTime() <= now.getTime()) return conflictError('id', 'The hold has expired.');
    if (booking.startsAt.getTime() <= now.getTime())
      return fieldError('id', booking.kind === 'HOTEL' ? 'The stay has started.' : 'The flight has left.');
    return null;
  }

  /** A held booking being paid through payments keeps its price: the PaymentIntent is for that amount. */
  private payingError(booking: TravelBookingRow): UserError | null {
    return booking.status === 'HELD' && booking.paymentRequestedAt ? conflictError('id', PAYING_ONLINE) : null;
  }

  /**
   * The money side of a change to a booking paid through payments, in the change's transaction: a lower
   * price asks payments to refund the difference (`keep` = the new total, an absolute amount, so a
   * redelivered event refunds nothing more); a higher one throws {@link PaidIncrease}, which rolls the
   * change back (a paid booking is not upgraded without being charged). Unpaid bookings are left alone.
   */
  private settlePaidChange(tx: Em, booking: TravelBookingRow, total: number): void {
    if (booking.status !== 'CONFIRMED' || !booking.paymentRequestedAt) return;
    if (total > booking.total) throw new PaidIncrease();
    if (total < booking.total) recordEvent(tx, REFUND_NEEDED_EVENT, { bookingId: booking.id, userId: booking.userId, keep: total });
  }

  // ---------------------------------------------------------------- flights

  async createFlight(deps: BookingsDeps, input: CreateFlightInput): Promise<Payload<{ flight: FlightRow }>> {
    const errors: UserError[] = [];
    const number = input.number.trim().toUpperCase();
    if (!FLIGHT_NUMBER.test(number)) errors.push(fieldError('input.number', 'number is 2 to 10 letters or digits, e.g. HG101.'));
    const currency = input.currency ?? 'EUR';
    if (!CURRENCY.test(currency)) errors.push(fieldError('input.currency', 'currency is an ISO 4217 code such as EUR.'));
    checkInt(errors, 'input.freeCancellationHours', input.freeCancellationHours, 0, 720);
    checkInt(errors, 'input.cancellationFeePercent', input.cancellationFeePercent, 0, 100);
    if (input.segments.length < 1 || input.segments.length > MAX_SEGMENTS)
      errors.push(fieldError('input.segments', `A flight has 1 to ${MAX_SEGMENTS} segments.`));
    if (input.fareClasses.length < 1 || input.fareClasses.length > MAX_FARE_CLASSES)
      errors.push(fieldError('input.fareClasses', `A flight has 1 to ${MAX_FARE_CLASSES} fare classes.`));
    const now = deps.clock.now();
    const segments = input.segments.slice(0, MAX_SEGMENTS).map((s, i) => {
      const f = `input.segments.${i}`;
      const flightNumber = s.flightNumber.trim().toUpperCase();
      if (!FLIGHT_NUMBER.test(flightNumber)) errors.push(fieldError(`${f}.flightNumber`, 'flightNumber is 2 to 10 letters or digits.'));
      const origin = s.origin.trim().toUpperCase();
      const destination = s.destination.trim().toUpperCase();
      if (!IATA.test(origin)) errors.push(fieldError(`${f}.origin`, 'origin is a 3-letter IATA airport code.'));
      if (!IATA.test(destination)) errors.push(fieldError(`${f}.destination`, 'destination is a 3-letter IATA airport code.'));
      if (origin === destination) errors.push(fieldError(`${f}.destination`, 'A segment lands somewhere else than it leaves from.'));
      const departsAt = parseUtc(errors, `${f}.departsAt`, s.departsAt);
      const arrivesAt = parseUtc(errors, `${f}.arrivesAt`, s.arrivesAt);
      if (departsAt && arrivesAt) {
        if (arrivesAt <= departsAt) errors.push(fieldError(`${f}.arrivesAt`, 'arrivesAt must be after departsAt.'));
        else if (arrivesAt.getTime() - departsAt.getTime() > 24 * HOUR_MS)
          errors.push(fieldError(`${f}.arrivesAt`, 'A segment lasts at most 24 hours.'));
      }
      return { flightNumber, origin, destination, departsAt, arrivesAt };
    });
    segments.forEach((s, i) => {
      const prev = segments[i - 1];
      if (!prev) return;
      if (prev.destination !== s.origin)
        errors.push(fieldError(`input.segments.${i}.origin`, 'A segment leaves from where the previous one landed.'));
      if (prev.arrivesAt && s.departsAt && s.departsAt < prev.arrivesAt)
        errors.push(fieldError(`input.segments.${i}.departsAt`, 'A segment leaves after the previous one landed.'));
    });
    if (segments[0]?.departsAt && segments[0].departsAt <= now)
      errors.push(fieldError('input.segments.0.departsAt', 'departsAt must be in the future.'));
    const codes = new Set<string>();
    input.fareClasses.forEach((c, i) => {
      const f = `input.fareClasses.${i}`;
      if (!FARE_CODE.test(c.code)) errors.push(fieldError(`${f}.code`, 'code is 1 or 2 capital letters.'));
      if (codes.has(c.code)) errors.push(fieldError(`${f}.code`, 'This fare class code appears twice.'));
      codes.add(c.code);
      checkInt(errors, `${f}.price`, c.price, 0, MAX_RATE);
      checkInt(errors, `${f}.seats`, c.seats, 1, 1000);
    });
    if (errors.length) return fail(errors);
    const first = segments[0]!;
    const last = segments[segments.length - 1]!;
    const flight = deps.em.create(Flight, {
      number,
      origin: first.origin,
      destination: last.destination,
      departsAt: first.departsAt!,
      arrivesAt: last.arrivesAt!,
      day: first.departsAt!.toISOString().slice(0, 10),
      stops: segments.length - 1,
      currency,
      freeCancellationHours: input.freeCancellationHours ?? 24,
      cancellationFeePercent: input.cancellationFeePercent ?? 100,
    });
    segments.forEach((s, position) =>
      deps.em.create(FlightSegment, { flightId: flight.id, position, ...s, departsAt: s.departsAt!, arrivesAt: s.arrivesAt! }),
    );
    for (const c of input.fareClasses)
      deps.em.create(FareClass, { flightId: flight.id, code: c.code, cabin: c.cabin, price: c.price, seats: c.seats, booked: 0 });
    const conflicts = await flushOrConflict(deps.em, 'input.number', 'A flight with this number leaves that day already.');
    return conflicts.length ? fail(conflicts) : ok({ flight });
  }

  /** Fare classes with seats on a route and day: two statements whatever the page size. */
  async flightAvailability(deps: BookingsDeps, input: FlightSearchInput, args: PageArgs): Promise<Connection<FlightOfferView>> {
    checkPageInMemory(args, 'flightAvailability');
    const errors: UserError[] = [];
    const origin = input.origin.trim().toUpperCase();
    const destination = input.destination.trim().toUpperCase();
    if (!IATA.test(origin)) errors.push(fieldError('input.origin', 'origin is a 3-letter IATA airport code.'));
    if (!IATA.test(destination)) errors.push(fieldError('input.destination', 'destination is a 3-letter IATA airport code.'));
    parseDay(errors, 'input.date', input.date);
    const passengers = input.passengers ?? 1;
    checkInt(errors, 'input.passengers', passengers, 1, MAX_PASSENGERS);
    checkInt(errors, 'input.maxStops', input.maxStops, 0, MAX_SEGMENTS - 1);
    checkInt(errors, 'input.maxTotal', input.maxTotal, 0, 2_000_000_000);
    if (errors.length) throw badInput(errors.map((e) => e.message).join(' '), errors[0]?.field ?? 'input');
    const flights = await deps.em.find(
      Flight,
      { origin, destination, day: input.date, departsAt: { $gt: deps.clock.now() } },
      { limit: MAX_FLIGHTS_PER_SEARCH, orderBy: { departsAt: 'asc', id: 'asc' } },
    );
    const classes = flights.length ? await deps.em.find(FareClass, { flightId: { $in: flights.map((f) => f.id) } }) : [];
    const flightById = new Map(flights.map((f) => [f.id, f]));
    const offers: FlightOfferView[] = [];
    for (const fareClass of classes) {
      const flight = flightById.get(fareClass.flightId)!;
      if (fareClass.seats - fareClass.booked < passengers) continue;
      if (input.cabin != null && fareClass.cabin !== input.cabin) continue;
      if (input.maxStops != null && flight.stops > input.maxStops) continue;
      const total = fareClass.price * passengers;
      if (input.maxTotal != null && total > input.maxTotal) continue;
      offers.push({ flight, fareClass, total });
    }
    const duration = (f: FlightRow) => f.arrivesAt.getTime() - f.departsAt.getTime();
    const tie = (a: FlightOfferView, b: FlightOfferView) =>
      a.flight.departsAt.getTime() - b.flight.departsAt.getTime() || a.total - b.total || a.fareClass.id.localeCompare(b.fareClass.id);
    const sort = input.sort ?? 'PRICE_ASC';
    offers.sort((a, b) => {
      if (sort === 'PRICE_ASC') return a.total - b.total || tie(a, b);
      if (sort === 'DURATION') return duration(a.flight) - duration(b.flight) || tie(a, b);
      return tie(a, b);
    });
    return paginateInMemory(offers, args, 'flightAvailability');
  }

  async holdFlight(deps: BookingsDeps, input: HoldFlightInput): Promise<Payload<{ booking: TravelBookingRow }>> {
    const viewer = requireViewer(deps.viewer);
    const errors: UserError[] = [];
    const fareClass = isUuid(input.fareClassId) ? await deps.loaders.fareClassById.load(input.fareClassId) : null;
    if (!fareClass) errors.push(notFoundError('input.fareClassId', 'No fare class with this id.'));
    checkInt(errors, 'input.passengers', input.passengers, 1, MAX_PASSENGERS);
    await this.checkTrip(deps, errors, input.tripId, viewer.userId);
    if (errors.length || !fareClass) return fail(errors);
    const flight = (await deps.loaders.flightById.load(fareClass.flightId))!;
    const now = deps.clock.now();
    if (flight.departsAt <= now) return fail(fieldError('input.fareClassId', 'The flight has left.'));
    try {
      const booking = await retrying(() =>
        deps.em.fork().transactional(async (tx) => {
          const res = await tx
            .getConnection()
            .execute<{ affectedRows: number }>(
              'update fare_classes set booked = booked + ? where id = ? and booked + ? <= seats',
              [input.passengers, fareClass.id, input.passengers],
              'run',
              tx.getTransactionContext(),
            );
          if (res.affectedRows !== 1) throw new SoldOut();
          return tx.create(TravelBooking, {
            userId: viewer.userId,
            kind: 'FLIGHT',
            status: 'HELD',
            tripId: input.tripId ?? null,
            expiresAt: new Date(now.getTime() + deps.config.BOOKINGS_HOLD_TTL_SECONDS * 1000),
            propertyId: null,
            roomTypeId: null,
            checkIn: null,
            checkOut: null,
            claimedUntil: null,
            rooms: 0,
            guests: input.passengers,
            flightId: flight.id,
            fareClassId: fareClass.id,
            startsAt: flight.departsAt,
            freeCancellationUntil: new Date(flight.departsAt.getTime() - flight.freeCancellationHours * HOUR_MS),
            cancellationFeePercent: flight.cancellationFeePercent,
            total: fareClass.price * input.passengers,
            currency: flight.currency,
            cancellationFee: null,
            confirmedAt: null,
            cancelledAt: null,
          });
        }),
      );
      return ok({ booking });
    } catch (error) {
      if (error instanceof SoldOut) return fail(conflictError('input.passengers', 'Not enough seats are left in this fare class.'));
      throw error;
    }
  }

  /**
   * Changes the fare class (on the same flight or another one: a change of flight) and/or the number of
   * passengers of a held or confirmed flight booking before departure. One transaction: the booking is
   * updated conditionally on the values it was read with (a cancel, expiry or another change meanwhile
   * matches nothing), its old seats are given back and the new ones taken with the same conditional
   * `booked + n <= seats` update as a hold, so a full class rolls everything back. The new total is the
   * new class's price × passengers; the difference (new − old) is computed here and returned.
   */
  async modifyFlightBooking(
    deps: BookingsDeps,
    id: string,
    input: ModifyFlightInput,
  ): Promise<Payload<{ booking: TravelBookingRow; priceDifference: { amount: number; currency: string } }>> {
    const viewer = requireViewer(deps.viewer);
    const booking = isUuid(id) ? await deps.em.fork().findOne(TravelBooking, { id }) : null;
    if (!booking || booking.userId !== viewer.userId || booking.kind !== 'FLIGHT')
      return fail(notFoundError('id', 'No flight booking of yours with this id.'));
    const now = deps.clock.now();
    const live = this.liveError(booking, now) ?? this.payingError(booking);
    if (live) return fail(live);
    const errors: UserError[] = [];
    if (input.fareClassId === null) errors.push(fieldError('input.fareClassId', 'fareClassId cannot be cleared.'));
    if (input.passengers === null) errors.push(fieldError('input.passengers', 'passengers cannot be cleared.'));
    const passengers = input.passengers ?? booking.guests;
    checkInt(errors, 'input.passengers', passengers, 1, MAX_PASSENGERS);
    const fareClassId = input.fareClassId ?? booking.fareClassId!;
    const fareClass = isUuid(fareClassId) ? await deps.loaders.fareClassById.load(fareClassId) : null;
    if (!fareClass) errors.push(notFoundError('input.fareClassId', 'No fare class with this id.'));
    if (errors.length || !fareClass) return fail(errors);
    const flight = (await deps.loaders.flightById.load(fareClass.flightId))!;
    if (flight.departsAt <= now) return fail(fieldError('input.fareClassId', 'The flight has left.'));
    if (flight.currency !== booking.currency)
      return fail(fieldError('input.fareClassId', `The new flight is priced in ${flight.currency}, the booking in ${booking.currency}.`));
    if (fareClass.id === booking.fareClassId && passengers === booking.guests)
      return fail(fieldError('input', 'Nothing to change: same fare class and passengers.'));
    const total = fareClass.price * passengers;
    try {
      const changed = await retrying(() =>
        deps.em.fork().transactional(async (tx) => {
          const guard: FilterQuery<TravelBookingRow> = {
            id,
            status: booking.status,
            fareClassId: booking.fareClassId,
            guests: booking.guests,
            paymentRequestedAt: booking.paymentRequestedAt ? { $ne: null } : null,
          };
          if (booking.status === 'HELD') guard.expiresAt = { $gt: now };
          const n = await tx.nativeUpdate(TravelBooking, guard, {
            flightId: flight.id,
            fareClassId: fareClass.id,
            guests: passengers,
            startsAt: flight.departsAt,
            freeCancellationUntil: new Date(flight.departsAt.getTime() - flight.freeCancellationHours * HOUR_MS),
            cancellationFeePercent: flight.cancellationFeePercent,
            total,
          });
          if (n !== 1) return false;
          await this.release(tx, booking);
          const res = await tx
            .getConnection()
            .execute<{ affectedRows: number }>(
              'update fare_classes set booked = booked + ? where id = ? and booked + ? <= seats',
              [passengers, fareClass.id, passengers],
              'run',
              tx.getTransactionContext(),
            );
          if (res.affectedRows !== 1) throw new SoldOut();
          this.settlePaidChange(tx, booking, total);
          return true;
        }),
      );
      if (!changed) return fail(conflictError('id', 'The booking has just changed; read it again.'));
    } catch (error) {
      if (error instanceof SoldOut) return fail(conflictError('input.passengers', 'Not enough seats are left in this fare class.'));
      if (error instanceof PaidIncrease) return fail(conflictError('input', PAID_INCREASE));
      throw error;
    }
    // The payload's `seatsLeft` must show the seats after the change, not those this request read before it.
    deps.loaders.fareClassById.clear(fareClass.id).clear(booking.fareClassId!);
    return ok({
      booking: await deps.em.fork().findOneOrFail(TravelBooking, { id }),
      priceDifference: { amount: total - booking.total, currency: booking.currency },
    });
  }

  /**
   * Pays a held booking through the payments subgraph instead of at the venue: records
   * `bookings.payment.requested` (transactional outbox) while the hold is live; payments creates one
   * PaymentIntent with `reference` = `travel-booking:<id>` for the total, which the traveller confirms there.
   * The booking stays HELD (its capacity taken) until `payments.payment_intent.succeeded` confirms it.
   */
  async requestPayment(deps: BookingsDeps, id: string): Promise<Payload<{ booking: TravelBookingRow; paymentReference: string }>> {
    const viewer = requireViewer(deps.viewer);
    const booking = isUuid(id) ? await deps.em.fork().findOne(TravelBooking, { id }) : null;
    if (!booking || booking.userId !== viewer.userId) return fail(notFoundError('id', 'No booking of yours with this id.'));
    const now = deps.clock.now();
    if (booking.status !== 'HELD') return fail(conflictError('id', `The booking is ${booking.status.toLowerCase()}.`));
    if (booking.expiresAt <= now) return fail(conflictError('id', 'The hold has expired.'));
    const requested = await deps.em.fork().transactional(async (tx) => {
      // Still held and live at the moment the request is recorded; a redelivery or a second request finds
      // payments' first PaymentIntent for the reference.
      // Marked once (`paymentRequestedAt`): from then on only the payment confirms it, and a cancellation refunds it.
      const live = { id, status: 'HELD' as const, expiresAt: { $gt: now } };
      const first = await tx.nativeUpdate(TravelBooking, { ...live, paymentRequestedAt: null }, { paymentRequestedAt: now });
      if (first !== 1 && (await tx.count(TravelBooking, { ...live, paymentRequestedAt: { $ne: null } })) !== 1) return false;
      recordEvent(tx, PAYMENT_REQUESTED_EVENT, {
        bookingId: id,
        userId: booking.userId,
        amount: booking.total,
        currency: booking.currency,
      });
      return true;
    });
    if (!requested) return fail(conflictError('id', 'The booking has just changed; read it again.'));
    return ok({ booking: await deps.em.fork().findOneOrFail(TravelBooking, { id }), paymentReference: paymentReference(id) });
  }

  /**
   * Applies a PaymentIntent outcome to the booking it pays (payments' events, in the consumer's
   * transaction, so a redelivered event is skipped). Succeeded: HELD → CONFIRMED by a conditional update
   * (the capacity is still taken while the booking is HELD, even past `expiresAt` until the sweep wins);
   * when the hold already expired or was cancelled, asks payments for a refund instead: no paid booking
   * without its capacity. Failed or cancelled: a HELD booking is cancelled and its capacity released.
   */
  async applyPaymentOutcome(tx: Em, now: Date, bookingId: string, succeeded: boolean): Promise<void> {
    const booking = await lockRow(tx, TravelBooking, { id: bookingId });
    if (!booking) return;
    if (succeeded) {
      const n = await tx.nativeUpdate(TravelBooking, { id: bookingId, status: 'HELD' }, { status: 'CONFIRMED', confirmedAt: now });
      if (n === 1) return;
      if (booking.status === 'EXPIRED' || booking.status === 'CANCELLED')
        recordEvent(tx, REFUND_NEEDED_EVENT, { bookingId, userId: booking.userId });
      return;
    }
    const n = await tx.nativeUpdate(
      TravelBooking,
      { id: bookingId, status: 'HELD' },
      { status: 'CANCELLED', cancelledAt: now, cancellationFee: 0 },
    );
    if (n === 1) await this.release(tx, booking);
  }

  // ---------------------------------------------------------------- both: confirm, cancel, expire

  async confirm(deps: BookingsDeps, id: string): Promise<Payload<{ booking: TravelBookingRow }>> {
    const viewer = requireViewer(deps.viewer);
    const booking = isUuid(id) ? await deps.em.fork().findOne(TravelBooking, { id }) : null;
    if (!booking || booking.userId !== viewer.userId) return fail(notFoundError('id', 'No booking of yours with this id.'));
    const now = deps.clock.now();
    if (booking.status !== 'HELD') return fail(conflictError('id', `The booking is ${booking.status.toLowerCase()}.`));
    if (booking.paymentRequestedAt) return fail(conflictError('id', PAYING_ONLINE));
    // Confirmed at the venue only while nobody pays it through payments (loses to a concurrent payTravelBooking).
    const n = await deps.em.nativeUpdate(
      TravelBooking,
      { id, status: 'HELD', expiresAt: { $gt: now }, paymentRequestedAt: null },
      { status: 'CONFIRMED', confirmedAt: now },
    );
    if (n !== 1) {
      const latest = await deps.em.fork().findOne(TravelBooking, { id });
      return fail(conflictError('id', latest?.paymentRequestedAt ? PAYING_ONLINE : 'The hold has expired.'));
    }
    return ok({ booking: await deps.em.fork().findOneOrFail(TravelBooking, { id }) });
  }

  /**
   * Cancels a held or confirmed booking before it starts, giving its inventory back in the same
   * transaction. A confirmed booking cancelled after its free deadline costs its policy's percentage.
   */
  async cancel(deps: BookingsDeps, id: string): Promise<Payload<{ booking: TravelBookingRow }>> {
    const viewer = requireViewer(deps.viewer);
    const booking = isUuid(id) ? await deps.em.fork().findOne(TravelBooking, { id }) : null;
    if (!booking || (booking.userId !== viewer.userId && !hasRole(viewer, 'admin')))
      return fail(notFoundError('id', 'No booking of yours with this id.'));
    const now = deps.clock.now();
    if (booking.status !== 'HELD' && booking.status !== 'CONFIRMED')
      return fail(conflictError('id', `The booking is ${booking.status.toLowerCase()}.`));
    if (booking.startsAt <= now) return fail(fieldError('id', booking.kind === 'HOTEL' ? 'The stay has started.' : 'The flight has left.'));
    const fee =
      booking.status === 'CONFIRMED' && now > booking.freeCancellationUntil
        ? Math.round((booking.total * booking.cancellationFeePercent) / 100)
        : 0;
    const done = await retrying(() =>
      deps.em.fork().transactional(async (tx) => {
        const guard: FilterQuery<TravelBookingRow> = {
          id,
          status: booking.status,
          checkIn: booking.checkIn,
          rooms: booking.rooms,
          paymentRequestedAt: booking.paymentRequestedAt ? { $ne: null } : null,
        };
        if (booking.status === 'HELD') guard.expiresAt = { $gt: now };
        const n = await tx.nativeUpdate(TravelBooking, guard, { status: 'CANCELLED', cancelledAt: now, cancellationFee: fee });
        if (n !== 1) return false;
        await this.release(tx, booking);
        // A pending PaymentIntent of a cancelled hold is cancelled by payments; a booking paid through
        // payments is refunded minus the fee (`keep`), once.
        if (booking.status === 'HELD') recordEvent(tx, TRAVEL_CANCELLED_EVENT, { bookingId: id });
        else if (booking.paymentRequestedAt) recordEvent(tx, REFUND_NEEDED_EVENT, { bookingId: id, userId: booking.userId, keep: fee });
        return true;
      }),
    );
    if (!done) return fail(conflictError('id', 'The booking has just changed; read it again.'));
    return ok({ booking: await deps.em.fork().findOneOrFail(TravelBooking, { id }) });
  }

  /**
   * Releases hotel and flight holds that ran out: each by a conditional update from HELD to EXPIRED that
   * one caller wins, in the same transaction as giving its nights or seats back and recording the
   * event. Returns how many this call released.
   */
  async releaseExpired(deps: Pick<BookingsDeps, 'em' | 'clock' | 'log'>): Promise<number> {
    const now = deps.clock.now();
    const due = await deps.em
      .fork()
      .find(
        TravelBooking,
        { status: 'HELD', expiresAt: { $lte: now } },
        { limit: TRAVEL_SWEEP_BATCH, orderBy: { expiresAt: 'asc', id: 'asc' } },
      );
    let released = 0;
    for (const booking of due) {
      try {
        const won = await deps.em.fork().transactional(async (tx) => {
          const n = await tx.nativeUpdate(
            TravelBooking,
            { id: booking.id, status: 'HELD', expiresAt: { $lte: now } },
            { status: 'EXPIRED' },
          );
          if (n !== 1) return false;
          await this.release(tx, booking);
          recordEvent(tx, TRAVEL_HOLD_EXPIRED_EVENT, {
            bookingId: booking.id,
            kind: booking.kind,
            recipientIds: [booking.userId],
            title: booking.kind === 'HOTEL' ? 'Your room hold expired' : 'Your flight hold expired',
            body: 'The hold was released because it was not confirmed in time.',
          });
          return true;
        });
        if (won) released++;
      } catch (error) {
        if (!isRetryableConflict(error)) throw error;
      }
    }
    return released;
  }

  // ---------------------------------------------------------------- rolling inventory horizon

  /**
   * Keeps the availability index `BOOKINGS_INVENTORY_DAYS` ahead of today for every room type, so the
   * calendar never runs out. One statement finds the room types whose last night is short of the horizon;
   * each is then extended in its own transaction that first locks the room type's row (`lockRow`) and
   * reads its last night again under the lock, so replicas sweeping at once take turns and the second finds
   * nothing to add (the unique (room type, night) key is the backstop). New nights get the room type's
   * base rate and room count. Returns how many nights this call created.
   */
  async extendInventory(deps: Pick<BookingsDeps, 'em' | 'clock' | 'log' | 'config'>): Promise<number> {
    const today = todayMs(deps.clock.now());
    const horizon = dayOf(today + (deps.config.BOOKINGS_INVENTORY_DAYS - 1) * DAY_MS);
    const short = await deps.em
      .fork()
      .getConnection()
      .execute<{ id: string }[]>(
        'select rt.id as id from room_types rt left join room_nights rn on rn.room_type_id = rt.id group by rt.id ' +
          'having max(rn.night) is null or max(rn.night) < ? order by rt.id limit ?',
        [horizon, HORIZON_SWEEP_BATCH],
      );
    let created = 0;
    for (const { id } of short) {
      try {
        created += await this.extendRoomType(deps, id, today, horizon);
      } catch (error) {
        // Another replica is extending it (or holds the database, on SQLite): it or the next sweep finishes.
        if (!isRetryableConflict(error) && !isUniqueViolation(error)) throw error;
      }
    }
    if (created) deps.log.info({ created, roomTypes: short.length }, 'bookings inventory horizon extended');
    return created;
  }

  /** Adds the nights of one room type from its last night (or today) up to `horizon`, under its row's lock. */
  private extendRoomType(deps: Pick<BookingsDeps, 'em'>, id: string, today: number, horizon: string): Promise<number> {
    return retrying(() =>
      deps.em.fork().transactional(async (tx) => {
        const roomType = await lockRow(tx, RoomType, { id });
        if (!roomType) return 0;
        const [last] = await tx.find(RoomNight, { roomTypeId: id }, { orderBy: { night: 'desc' }, limit: 1, fields: ['night'] });
        const property = await tx.findOneOrFail(Property, { id: roomType.propertyId }, { fields: ['cityKey'] });
        const from = last ? Math.max(Date.parse(`${last.night}T00:00:00Z`) + DAY_MS, today) : today;
        let n = 0;
        for (let night = from; dayOf(night) <= horizon; night += DAY_MS, n++) {
          tx.create(RoomNight, {
            roomTypeId: id,
            propertyId: roomType.propertyId,
            cityKey: property.cityKey,
            night: dayOf(night),
            total: roomType.totalRooms,
            booked: 0,
            rate: roomType.baseRate,
          });
        }
        return n;
      }),
    );
  }

  // ---------------------------------------------------------------- reads and trips

  async booking(deps: BookingsDeps, id: string): Promise<TravelBookingRow | null> {
    if (!isUuid(id)) return null;
    const row = await deps.loaders.travelBookingById.load(id);
    return row && (row.userId === deps.viewer?.userId || hasRole(deps.viewer, 'admin')) ? row : null;
  }

  myBookings(deps: BookingsDeps, args: PageArgs): Promise<Connection<TravelBookingRow>> {
    const viewer = requireViewer(deps.viewer);
    return paginate(deps.em, TravelBooking, { userId: viewer.userId }, args, totalOrder<TravelBookingRow>('createdAt', 'DESC'));
  }

  async createTrip(deps: BookingsDeps, name: string): Promise<Payload<{ trip: TripRow }>> {
    const viewer = requireViewer(deps.viewer);
    const errors: UserError[] = [];
    const text = checkName(errors, 'name', name, 120);
    if (errors.length) return fail(errors);
    const trip = deps.em.create(Trip, { userId: viewer.userId, name: text });
    await deps.em.flush();
    return ok({ trip });
  }

  async trip(deps: BookingsDeps, id: string): Promise<TripRow | null> {
    if (!isUuid(id)) return null;
    const trip = await deps.loaders.tripById.load(id);
    return trip && trip.userId === deps.viewer?.userId ? trip : null;
  }

  myTrips(deps: BookingsDeps, args: PageArgs): Promise<Connection<TripRow>> {
    const viewer = requireViewer(deps.viewer);
    return paginate(deps.em, Trip, { userId: viewer.userId }, args, totalOrder<TripRow>('createdAt', 'DESC'));
  }

  /** A trip's held (unexpired) and confirmed bookings summed per currency, plus fees of cancelled ones. */
  async tripTotals(deps: BookingsDeps, trip: TripRow): Promise<{ amount: number; currency: string }[]> {
    const now = deps.clock.now();
    const sums = new Map<string, number>();
    for (const b of await deps.loaders.bookingsOfTrip.load(trip.id)) {
      const live = b.status === 'CONFIRMED' || (b.status === 'HELD' && b.expiresAt > now);
      const amount = live ? b.total : b.status === 'CANCELLED' ? (b.cancellationFee ?? 0) : 0;
      sums.set(b.currency, (sums.get(b.currency) ?? 0) + amount);
    }
    return [...sums].map(([currency, amount]) => ({ amount, currency })).sort((a, b) => a.currency.localeCompare(b.currency));
  }
}
