import { type FilterQuery } from '@mikro-orm/core';
import {
  isRetryableConflict,
  DateTimeScalar,
  badInput,
  ErrorCode,
  conflictError,
  fail,
  fieldError,
  flushOrConflict,
  isUniqueViolation,
  isUuid,
  lockRow,
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
  hasRole,
} from '../../../kit';
import type { BookingsDeps } from './context';
import {
  Auditorium,
  CinemaMovie,
  Reservation,
  ReservationSeat,
  Seat,
  SeatClaim,
  Showtime,
  type AuditoriumRow,
  type CinemaMovieRow,
  type ReservationRow,
  type ReservationStatus,
  type SeatClaimRow,
  type SeatRow,
  type SeatType,
  type ShowtimeRow,
} from './entities';
import type {
  CreateAuditoriumInput,
  CreateCinemaMovieInput,
  CreateShowtimeInput,
  ReservationScope,
  SeatPricesInput,
  UpdateCinemaMovieInput,
  UpdateShowtimeInput,
} from './generated/resolvers';

const PAYING_ONLINE = 'This reservation is being paid through payments; the payment confirms it.';

/** The most seats one `holdSeats` call may take. */
export const MAX_SEATS_PER_HOLD = 10;
const MAX_ROWS = 40;
const MAX_SEATS_PER_ROW = 60;
const MAX_SEATS = 1000;
const MAX_PRICE = 100_000;
const MAX_SHOWTIME_MS = 8 * 3600_000;
/** How often a claim that lost only to a transient failure (a deadlock, a rolled-back rival) is tried again. */
const MAX_CLAIM_ATTEMPTS = 8;
/** Expired holds one sweep releases; the rest go in the next sweep. */
const SWEEP_BATCH = 200;
/** The event recorded when a hold runs out (notifications tells its owner). */
export const HOLD_EXPIRED_EVENT = 'bookings.hold.expired';
/** Asks payments for one PaymentIntent for a held reservation (payments' bookings-saga consumer). */
export const RESERVATION_PAYMENT_REQUESTED_EVENT = 'bookings.reservation.payment_requested';
/** A held reservation being paid through payments was cancelled: payments cancels its open PaymentIntent. */
export const RESERVATION_CANCELLED_EVENT = 'bookings.reservation.cancelled';
/** A reservation paid through payments was cancelled, or its payment arrived too late: payments refunds it, once. */
export const RESERVATION_REFUND_NEEDED_EVENT = 'bookings.reservation.refund_needed';
/** The PaymentIntent `reference` of a cinema reservation. */
export const reservationPaymentReference = (id: string): string => `cinema-reservation:${id}`;

/** What a payment outcome changed on a showtime's seat map, announced after the consumer's commit. */
export interface SeatMapOutcome {
  showtimeId: string;
  reservationId: string;
  kind: 'SOLD' | 'RELEASED';
}

const ROW_LABEL = /^[A-Z0-9]{1,3}$/;
const TMDB_ID = /^[1-9]\d{0,18}$/;
const CURRENCY = /^[A-Z]{3}$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A seat as the API shows it (a row, or a plain copy pushed through pub/sub). */
export type SeatView = Pick<SeatRow, 'id' | 'rowLabel' | 'number' | 'seatType' | 'blocked'>;
export interface SeatingRowView {
  label: string;
  seats: SeatRow[];
}
export type SeatStateName = 'FREE' | 'HELD' | 'SOLD' | 'BLOCKED';
export interface Money {
  amount: number;
  currency: string;
}
export interface ShowtimeSeatView {
  seat: SeatRow;
  state: SeatStateName;
  price: Money;
}
export interface ShowtimeStatsView {
  capacity: number;
  sold: number;
  held: number;
  free: number;
  occupancy: number;
  revenue: Money;
}
export interface MovieStatsView {
  showtimes: number;
  capacity: number;
  sold: number;
  held: number;
  occupancy: number;
  revenue: Money[];
}
export interface SeatMapChangeView {
  showtimeId: string;
  kind: 'HELD' | 'SOLD' | 'RELEASED';
  state: SeatStateName;
  seats: SeatView[];
  at: string;
}

/** The pub/sub topic of one showtime's seat changes. */
export const seatMapTopic = (showtimeId: string) => `bookings:seat-map:${showtimeId}`;

export const notFoundError = (field: string, message: string): UserError => ({ field, message, code: ErrorCode.NOT_FOUND });

/** Parses a UTC date-time string; one that is not UTC (`Z`) or not a date-time is a field error. */
export function parseUtc(errors: UserError[], field: string, value: string): Date | null {
  if (!value.endsWith('Z')) {
    errors.push(fieldError(field, `${field.split('.').pop()} must be in UTC and end in Z, e.g. 2026-12-24T18:00:00Z.`));
    return null;
  }
  try {
    return DateTimeScalar.parseValue(value) as Date;
  } catch (error) {
    errors.push(fieldError(field, error instanceof Error ? error.message : 'Not a date-time.'));
    return null;
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

function checkPosterUrl(errors: UserError[], field: string, value: string): void {
  let ok = value.length <= 500;
  if (ok) {
    try {
      const url = new URL(value);
      ok = url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      ok = false;
    }
  }
  if (!ok) errors.push(fieldError(field, 'posterUrl must be an http(s) URL of at most 500 characters.'));
}

function priceOf(showtime: ShowtimeRow, type: SeatType): number {
  return type === 'PREMIUM' ? showtime.pricePremium : type === 'ACCESSIBLE' ? showtime.priceAccessible : showtime.priceStandard;
}

/** A claim's seat state at `now`: an expired hold reads FREE even before the sweep deletes it. */
export function claimState(claim: SeatClaimRow | undefined, now: Date): 'FREE' | 'HELD' | 'SOLD' {
  if (!claim) return 'FREE';
  if (claim.sold) return 'SOLD';
  return claim.expiresAt && claim.expiresAt.getTime() > now.getTime() ? 'HELD' : 'FREE';
}

function seatView(seat: SeatView): SeatView {
  return { id: seat.id, rowLabel: seat.rowLabel, number: seat.number, seatType: seat.seatType, blocked: seat.blocked };
}

function compareSeats(a: SeatView & { rowIndex?: number }, b: SeatView & { rowIndex?: number }): number {
  return (a.rowIndex ?? 0) - (b.rowIndex ?? 0) || a.number - b.number;
}

export class BookingsService {
  // ---------------------------------------------------------------- auditoriums

  async createAuditorium(deps: BookingsDeps, input: CreateAuditoriumInput): Promise<Payload<{ auditorium: AuditoriumRow }>> {
    const errors: UserError[] = [];
    const name = checkText(errors, 'input.name', input.name, 1, 100);
    if (input.rows.length < 1 || input.rows.length > MAX_ROWS)
      errors.push(fieldError('input.rows', `An auditorium has 1 to ${MAX_ROWS} rows.`));
    const labels = new Set<string>();
    let total = 0;
    input.rows.forEach((row, i) => {
      const label = row.label.trim().toUpperCase();
      if (!ROW_LABEL.test(label)) errors.push(fieldError(`input.rows.${i}.label`, 'A row label is 1 to 3 letters or digits.'));
      else if (labels.has(label)) errors.push(fieldError(`input.rows.${i}.label`, `Row ${label} appears twice.`));
      labels.add(label);
      if (!Number.isInteger(row.seats) || row.seats < 1 || row.seats > MAX_SEATS_PER_ROW) {
        errors.push(fieldError(`input.rows.${i}.seats`, `A row has 1 to ${MAX_SEATS_PER_ROW} seats.`));
      } else total += row.seats;
      const blocked = row.blockedSeats ?? [];
      if (new Set(blocked).size !== blocked.length)
        errors.push(fieldError(`input.rows.${i}.blockedSeats`, 'A blocked seat appears twice.'));
      if (blocked.some((n) => n < 1 || n > row.seats))
        errors.push(fieldError(`input.rows.${i}.blockedSeats`, 'A blocked seat is not in the row.'));
    });
    if (total > MAX_SEATS) errors.push(fieldError('input.rows', `An auditorium has at most ${MAX_SEATS} seats.`));
    if (errors.length || !name) return fail(errors);
    let capacity = 0;
    const auditorium = deps.em.create(Auditorium, { name, capacity: 0 });
    input.rows.forEach((row, rowIndex) => {
      const blocked = new Set(row.blockedSeats ?? []);
      for (let number = 1; number <= row.seats; number++) {
        if (!blocked.has(number)) capacity++;
        deps.em.create(Seat, {
          auditoriumId: auditorium.id,
          rowLabel: row.label.trim().toUpperCase(),
          rowIndex,
          number,
          seatType: row.seatType ?? 'STANDARD',
          blocked: blocked.has(number),
        });
      }
    });
    auditorium.capacity = capacity;
    const conflicts = await flushOrConflict(deps.em, 'input.name', 'An auditorium with this name exists.');
    return conflicts.length ? fail(conflicts) : ok({ auditorium });
  }

  listAuditoriums(deps: BookingsDeps, args: PageArgs): Promise<Connection<AuditoriumRow>> {
    return paginate(deps.em, Auditorium, {}, args, totalOrder<AuditoriumRow>('name', 'ASC'));
  }

  async seating(deps: BookingsDeps, auditorium: AuditoriumRow): Promise<SeatingRowView[]> {
    const seats = [...(await deps.loaders.seatsByAuditorium.load(auditorium.id))].sort(compareSeats);
    const rows: SeatingRowView[] = [];
    for (const seat of seats) {
      const last = rows[rows.length - 1];
      if (last && last.label === seat.rowLabel) last.seats.push(seat);
      else rows.push({ label: seat.rowLabel, seats: [seat] });
    }
    return rows;
  }

  // ---------------------------------------------------------------- cinema movies

  private checkMovieInput(errors: UserError[], input: UpdateCinemaMovieInput): void {
    if (input.posterUrl != null) checkPosterUrl(errors, 'input.posterUrl', input.posterUrl);
    if (input.movieId != null && !TMDB_ID.test(input.movieId))
      errors.push(fieldError('input.movieId', 'movieId is a TMDB id: digits only.'));
  }

  async createCinemaMovie(deps: BookingsDeps, input: CreateCinemaMovieInput): Promise<Payload<{ cinemaMovie: CinemaMovieRow }>> {
    const errors: UserError[] = [];
    const title = checkText(errors, 'input.title', input.title, 1, 200);
    const description = checkText(errors, 'input.description', input.description ?? '', 0, 5000);
    const genre = checkText(errors, 'input.genre', input.genre, 1, 40);
    this.checkMovieInput(errors, input);
    if (errors.length || !title || description === undefined || !genre) return fail(errors);
    const cinemaMovie = deps.em.create(CinemaMovie, {
      title,
      description,
      genre,
      posterUrl: input.posterUrl ?? null,
      movieId: input.movieId ?? null,
    });
    await deps.em.flush();
    return ok({ cinemaMovie });
  }

  async updateCinemaMovie(
    deps: BookingsDeps,
    id: string,
    input: UpdateCinemaMovieInput,
  ): Promise<Payload<{ cinemaMovie: CinemaMovieRow }>> {
    const movie = isUuid(id) ? await deps.em.findOne(CinemaMovie, { id }) : null;
    if (!movie) return fail(notFoundError('id', 'No cinema movie with this id.'));
    const errors: UserError[] = [];
    const title = checkText(errors, 'input.title', input.title, 1, 200);
    const description = checkText(errors, 'input.description', input.description, 0, 5000);
    const genre = checkText(errors, 'input.genre', input.genre, 1, 40);
    if (input.title === null) errors.push(fieldError('input.title', 'title cannot be cleared.'));
    if (input.genre === null) errors.push(fieldError('input.genre', 'genre cannot be cleared.'));
    this.checkMovieInput(errors, input);
    if (errors.length) return fail(errors);
    if (title !== undefined) movie.title = title;
    if (description !== undefined) movie.description = description;
    if (genre !== undefined) movie.genre = genre;
    if (input.posterUrl !== undefined) movie.posterUrl = input.posterUrl;
    const relink = input.movieId !== undefined && input.movieId !== movie.movieId;
    if (input.movieId !== undefined) movie.movieId = input.movieId;
    await deps.em.transactional(async (tx) => {
      tx.persist(movie);
      if (relink) await tx.nativeUpdate(Showtime, { cinemaMovieId: movie.id }, { movieId: movie.movieId });
    });
    return ok({ cinemaMovie: movie });
  }

  async deleteCinemaMovie(deps: BookingsDeps, id: string): Promise<Payload<{ deletedId: string }>> {
    const movie = isUuid(id) ? await deps.em.findOne(CinemaMovie, { id }) : null;
    if (!movie) return fail(notFoundError('id', 'No cinema movie with this id.'));
    if (await deps.em.count(Showtime, { cinemaMovieId: id }))
      return fail(conflictError('id', 'The movie has showtimes; delete them first.'));
    await deps.em.nativeDelete(CinemaMovie, { id });
    return ok({ deletedId: id });
  }

  listCinemaMovies(deps: BookingsDeps, genre: string | null | undefined, args: PageArgs): Promise<Connection<CinemaMovieRow>> {
    if (genre != null && genre.length > 40) throw badInput('genre is at most 40 characters.', 'genre');
    const where: FilterQuery<CinemaMovieRow> = genre != null ? { genre: genre.trim() } : {};
    return paginate(deps.em, CinemaMovie, where, args, totalOrder<CinemaMovieRow>('title', 'ASC'));
  }

  // ---------------------------------------------------------------- showtimes

  private checkPrices(errors: UserError[], field: string, prices: SeatPricesInput) {
    for (const key of ['standard', 'premium', 'accessible'] as const) {
      const value = prices[key];
      if (value != null && (!Number.isInteger(value) || value < 0 || value > MAX_PRICE)) {
        errors.push(fieldError(`${field}.${key}`, `A price is 0 to ${MAX_PRICE} minor units.`));
      }
    }
    return {
      priceStandard: prices.standard,
      pricePremium: prices.premium ?? prices.standard,
      priceAccessible: prices.accessible ?? prices.standard,
    };
  }

  private checkTimes(deps: BookingsDeps, errors: UserError[], startsAt: Date | null, endsAt: Date | null): void {
    if (!startsAt || !endsAt) return;
    if (startsAt.getTime() <= deps.clock.now().getTime()) errors.push(fieldError('input.startsAt', 'startsAt must be in the future.'));
    if (endsAt.getTime() <= startsAt.getTime()) errors.push(fieldError('input.endsAt', 'endsAt must be after startsAt.'));
    else if (endsAt.getTime() - startsAt.getTime() > MAX_SHOWTIME_MS)
      errors.push(fieldError('input.endsAt', 'A showtime lasts at most 8 hours.'));
  }

  private async overlaps(em: Em, auditoriumId: string, startsAt: Date, endsAt: Date, exceptId?: string): Promise<boolean> {
    const where: FilterQuery<ShowtimeRow> = { auditoriumId, startsAt: { $lt: endsAt }, endsAt: { $gt: startsAt } };
    if (exceptId) where.id = { $ne: exceptId };
    return (await em.count(Showtime, where)) > 0;
  }

  async createShowtime(deps: BookingsDeps, input: CreateShowtimeInput): Promise<Payload<{ showtime: ShowtimeRow }>> {
    const errors: UserError[] = [];
    const movie = isUuid(input.cinemaMovieId) ? await deps.loaders.cinemaMovieById.load(input.cinemaMovieId) : null;
    if (!movie) errors.push(notFoundError('input.cinemaMovieId', 'No cinema movie with this id.'));
    const auditorium = isUuid(input.auditoriumId) ? await deps.loaders.auditoriumById.load(input.auditoriumId) : null;
    if (!auditorium) errors.push(notFoundError('input.auditoriumId', 'No auditorium with this id.'));
    const startsAt = parseUtc(errors, 'input.startsAt', input.startsAt);
    const endsAt = parseUtc(errors, 'input.endsAt', input.endsAt);
    this.checkTimes(deps, errors, startsAt, endsAt);
    const currency = input.currency ?? 'EUR';
    if (!CURRENCY.test(currency)) errors.push(fieldError('input.currency', 'currency is an ISO 4217 code such as EUR.'));
    const prices = this.checkPrices(errors, 'input.prices', input.prices);
    if (errors.length || !movie || !auditorium || !startsAt || !endsAt) return fail(errors);
    // The overlap check and the insert run in one transaction that first locks the auditorium's row, so
    // two overlapping showtimes created at once take turns and the second sees the first (a check
    // outside it let both in).
    const showtime = await deps.em.fork().transactional(async (tx) => {
      await lockRow(tx, Auditorium, { id: auditorium.id });
      if (await this.overlaps(tx, auditorium.id, startsAt, endsAt)) return null;
      return tx.create(Showtime, {
        cinemaMovieId: movie.id,
        movieId: movie.movieId ?? null,
        auditoriumId: auditorium.id,
        startsAt,
        endsAt,
        day: startsAt.toISOString().slice(0, 10),
        currency,
        ...prices,
      });
    });
    if (!showtime) return fail(conflictError('input.startsAt', 'The auditorium has another showtime at that time.'));
    return ok({ showtime });
  }

  async updateShowtime(deps: BookingsDeps, id: string, input: UpdateShowtimeInput): Promise<Payload<{ showtime: ShowtimeRow }>> {
    const showtime = isUuid(id) ? await deps.em.findOne(Showtime, { id }) : null;
    if (!showtime) return fail(notFoundError('id', 'No showtime with this id.'));
    const errors: UserError[] = [];
    const startsAt = input.startsAt != null ? parseUtc(errors, 'input.startsAt', input.startsAt) : showtime.startsAt;
    const endsAt = input.endsAt != null ? parseUtc(errors, 'input.endsAt', input.endsAt) : showtime.endsAt;
    const retimed = input.startsAt != null || input.endsAt != null;
    if (retimed) this.checkTimes(deps, errors, startsAt, endsAt);
    const prices = input.prices ? this.checkPrices(errors, 'input.prices', input.prices) : null;
    if (errors.length || !startsAt || !endsAt) return fail(errors);
    if (retimed) {
      if (await deps.em.count(SeatClaim, { showtimeId: id }))
        return fail(conflictError('input.startsAt', 'Seats are reserved; the time cannot change.'));
    }
    // Retiming takes the auditorium's turn like creation does, so it cannot race a new showtime into the slot.
    const clash = await deps.em.transactional(async (tx) => {
      if (retimed) {
        await lockRow(tx, Auditorium, { id: showtime.auditoriumId });
        if (await this.overlaps(tx, showtime.auditoriumId, startsAt, endsAt, id)) return true;
      }
      Object.assign(showtime, { startsAt, endsAt, day: startsAt.toISOString().slice(0, 10) }, prices ?? {});
      tx.persist(showtime);
      if (retimed) await tx.nativeUpdate(Reservation, { showtimeId: id }, { showtimeStartsAt: startsAt });
      return false;
    });
    if (clash) return fail(conflictError('input.startsAt', 'The auditorium has another showtime at that time.'));
    return ok({ showtime });
  }

  async deleteShowtime(deps: BookingsDeps, id: string): Promise<Payload<{ deletedId: string }>> {
    const showtime = isUuid(id) ? await deps.em.findOne(Showtime, { id }) : null;
    if (!showtime) return fail(notFoundError('id', 'No showtime with this id.'));
    if (await deps.em.count(Reservation, { showtimeId: id })) return fail(conflictError('id', 'The showtime has reservations.'));
    await deps.em.nativeDelete(Showtime, { id });
    return ok({ deletedId: id });
  }

  listShowtimes(
    deps: BookingsDeps,
    date: string | null | undefined,
    cinemaMovieId: string | null | undefined,
    args: PageArgs,
  ): Promise<Connection<ShowtimeRow>> {
    if (date != null) {
      const day = DAY.test(date) ? new Date(`${date}T00:00:00Z`) : null;
      if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== date) {
        throw badInput('date must be a UTC day written YYYY-MM-DD.', 'date');
      }
    }
    if (cinemaMovieId != null && !isUuid(cinemaMovieId)) throw badInput('No cinema movie with this id.', 'cinemaMovieId');
    const where: FilterQuery<ShowtimeRow> = date != null ? { day: date } : { startsAt: { $gt: deps.clock.now() } };
    if (cinemaMovieId != null) where.cinemaMovieId = cinemaMovieId;
    return paginate(deps.em, Showtime, where, args, totalOrder<ShowtimeRow>('startsAt', 'ASC'));
  }

  async seatMap(deps: BookingsDeps, showtime: ShowtimeRow): Promise<ShowtimeSeatView[]> {
    const [seats, claims] = await Promise.all([
      deps.loaders.seatsByAuditorium.load(showtime.auditoriumId),
      deps.loaders.claimsByShowtime.load(showtime.id),
    ]);
    const bySeat = new Map(claims.map((c) => [c.seatId, c]));
    const now = deps.clock.now();
    return [...seats].sort(compareSeats).map((seat) => ({
      seat,
      state: seat.blocked ? 'BLOCKED' : claimState(bySeat.get(seat.id), now),
      price: { amount: priceOf(showtime, seat.seatType), currency: showtime.currency },
    }));
  }

  async showtimeStats(deps: BookingsDeps, showtime: ShowtimeRow): Promise<ShowtimeStatsView> {
    const [auditorium, claims] = await Promise.all([
      deps.loaders.auditoriumById.load(showtime.auditoriumId),
      deps.loaders.claimsByShowtime.load(showtime.id),
    ]);
    const now = deps.clock.now();
    let sold = 0;
    let held = 0;
    let revenue = 0;
    for (const claim of claims) {
      const state = claimState(claim, now);
      if (state === 'SOLD') {
        sold++;
        revenue += claim.price;
      } else if (state === 'HELD') held++;
    }
    const capacity = auditorium?.capacity ?? 0;
    return {
      capacity,
      sold,
      held,
      free: Math.max(0, capacity - sold - held),
      occupancy: capacity ? Math.round((sold / capacity) * 10_000) / 10_000 : 0,
      revenue: { amount: revenue, currency: showtime.currency },
    };
  }

  async movieStats(deps: BookingsDeps, movie: CinemaMovieRow): Promise<MovieStatsView> {
    const showtimes = await deps.loaders.showtimesOfCinemaMovie.load(movie.id);
    const stats = await Promise.all(showtimes.map((s) => this.showtimeStats(deps, s)));
    const revenue = new Map<string, number>();
    let capacity = 0;
    let sold = 0;
    let held = 0;
    for (const s of stats) {
      capacity += s.capacity;
      sold += s.sold;
      held += s.held;
      revenue.set(s.revenue.currency, (revenue.get(s.revenue.currency) ?? 0) + s.revenue.amount);
    }
    return {
      showtimes: showtimes.length,
      capacity,
      sold,
      held,
      occupancy: capacity ? Math.round((sold / capacity) * 10_000) / 10_000 : 0,
      revenue: [...revenue].map(([currency, amount]) => ({ amount, currency })).sort((a, b) => a.currency.localeCompare(b.currency)),
    };
  }

  // ---------------------------------------------------------------- reservations

  async holdSeats(deps: BookingsDeps, showtimeId: string, seatIds: readonly string[]): Promise<Payload<{ reservation: ReservationRow }>> {
    const viewer = requireViewer(deps.viewer);
    const errors: UserError[] = [];
    if (seatIds.length === 0) errors.push(fieldError('seatIds', 'Pick at least one seat.'));
    if (seatIds.length > MAX_SEATS_PER_HOLD) errors.push(fieldError('seatIds', `At most ${MAX_SEATS_PER_HOLD} seats per reservation.`));
    const seen = new Set<string>();
    seatIds.forEach((id, i) => {
      if (seen.has(id)) errors.push(fieldError(`seatIds.${i}`, 'This seat appears twice.'));
      seen.add(id);
    });
    if (errors.length) return fail(errors);
    const showtime = isUuid(showtimeId) ? await deps.loaders.showtimeById.load(showtimeId) : null;
    if (!showtime) return fail(notFoundError('showtimeId', 'No showtime with this id.'));
    const now = deps.clock.now();
    if (showtime.startsAt.getTime() <= now.getTime()) return fail(fieldError('showtimeId', 'The showtime has started.'));
    const valid = seatIds.filter((id) => isUuid(id));
    const found = valid.length ? await deps.em.find(Seat, { id: { $in: valid } }) : [];
    const byId = new Map(found.map((s) => [s.id, s]));
    const seats: SeatRow[] = [];
    seatIds.forEach((id, i) => {
      const seat = byId.get(id);
      if (!seat) errors.push(notFoundError(`seatIds.${i}`, 'No seat with this id.'));
      else if (seat.auditoriumId !== showtime.auditoriumId)
        errors.push(fieldError(`seatIds.${i}`, 'This seat is not in the showtime’s auditorium.'));
      else if (seat.blocked) errors.push(fieldError(`seatIds.${i}`, 'This seat is blocked.'));
      else seats.push(seat);
    });
    if (errors.length) return fail(errors);
    seats.sort(compareSeats);

    // Fast refusal of seats already taken (a plain read, not the guarantee: the unique key below is),
    // so a rush on a few seats does not queue every loser behind the showtime's lock.
    const live = await deps.em.fork().find(SeatClaim, { showtimeId: showtime.id, seatId: { $in: seats.map((seat) => seat.id) } });
    const takenNow = new Set(live.filter((claim) => claimState(claim, now) !== 'FREE').map((claim) => claim.seatId));
    if (takenNow.size) {
      return fail(seatIds.flatMap((id, i) => (takenNow.has(id) ? [conflictError(`seatIds.${i}`, 'This seat is taken.')] : [])));
    }
    // Holds of this showtime that ran out give their seats back first, so they can be taken at once.
    if (live.length) await this.releaseExpired(deps, showtime.id);
    const expiresAt = new Date(now.getTime() + deps.config.BOOKINGS_HOLD_TTL_SECONDS * 1000);
    const prices = seats.map((seat) => priceOf(showtime, seat.seatType));
    let reservation: ReservationRow | null = null;
    for (let attempt = 0; ; attempt++) {
      try {
        reservation = await deps.em.fork().transactional(async (tx) => {
          // Claims of one showtime take turns on its row: without it, MariaDB's gap and insert-intention
          // locks on the unique key deadlock under a rush of claims. The unique key stays the guarantee.
          await lockRow(tx, Showtime, { id: showtime.id });
          const row = tx.create(Reservation, {
            userId: viewer.userId,
            showtimeId: showtime.id,
            showtimeStartsAt: showtime.startsAt,
            status: 'HELD',
            expiresAt,
            total: prices.reduce((a, b) => a + b, 0),
            currency: showtime.currency,
            seatCount: seats.length,
            confirmedAt: null,
            cancelledAt: null,
          });
          seats.forEach((seat, i) => {
            tx.create(ReservationSeat, { reservationId: row.id, seatId: seat.id, price: prices[i]! });
            // The unique (showtime, seat) key refuses a seat someone else claims, whatever the timing.
            tx.create(SeatClaim, {
              showtimeId: showtime.id,
              seatId: seat.id,
              reservationId: row.id,
              sold: false,
              price: prices[i]!,
              expiresAt,
            });
          });
          return row;
        });
        break;
      } catch (error) {
        if (!isUniqueViolation(error) && !isRetryableConflict(error)) throw error;
        // A seat is refused only when someone's claim on it is committed. A deadlock victim on
        // MariaDB, or a duplicate reported for a claim whose own transaction then rolled back,
        // leaves the seats free: try again.
        const taken = await this.takenErrors(deps, showtime.id, seatIds);
        if (taken.length || attempt >= MAX_CLAIM_ATTEMPTS)
          return fail(taken.length ? taken : conflictError('seatIds', 'The seats are busy; try again.'));
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * (attempt + 1)));
      }
    }
    await this.announce(deps, showtime.id, 'HELD', seats);
    return ok({ reservation });
  }

  /** Which of `seatIds` are taken now, as field errors (after a refused claim). */
  private async takenErrors(deps: BookingsDeps, showtimeId: string, seatIds: readonly string[]): Promise<UserError[]> {
    const claims = await deps.em.fork().find(SeatClaim, { showtimeId, seatId: { $in: [...seatIds] } });
    const taken = new Set(claims.map((c) => c.seatId));
    return seatIds.flatMap((id, i) => (taken.has(id) ? [conflictError(`seatIds.${i}`, 'This seat was just taken.')] : []));
  }

  async confirm(deps: BookingsDeps, id: string): Promise<Payload<{ reservation: ReservationRow }>> {
    const viewer = requireViewer(deps.viewer);
    const reservation = isUuid(id) ? await deps.em.findOne(Reservation, { id }) : null;
    if (!reservation || reservation.userId !== viewer.userId) return fail(notFoundError('id', 'No reservation of yours with this id.'));
    const now = deps.clock.now();
    if (reservation.status !== 'HELD') return fail(conflictError('id', `The reservation is ${reservation.status.toLowerCase()}.`));
    if (reservation.paymentRequestedAt) return fail(conflictError('id', PAYING_ONLINE));
    if (reservation.expiresAt.getTime() <= now.getTime()) return fail(conflictError('id', 'The hold has expired.'));
    const confirmed = await deps.em.transactional(async (tx) => {
      // Only a hold nobody is paying through payments is confirmed at the venue (the guard on
      // `paymentRequestedAt` loses to a concurrent `payReservation`, never both).
      const n = await tx.nativeUpdate(
        Reservation,
        { id, status: 'HELD', expiresAt: { $gt: now }, paymentRequestedAt: null },
        { status: 'CONFIRMED', confirmedAt: now },
      );
      if (n !== 1) return 'changed';
      await tx.nativeUpdate(SeatClaim, { reservationId: id }, { sold: true, expiresAt: null });
      return 'confirmed';
    });
    if (confirmed !== 'confirmed') {
      const latest = await deps.em.fork().findOne(Reservation, { id });
      return fail(conflictError('id', latest?.paymentRequestedAt ? PAYING_ONLINE : 'The hold has expired.'));
    }
    const fresh = await deps.em.fork().findOneOrFail(Reservation, { id });
    await this.announce(deps, reservation.showtimeId, 'SOLD', await this.seatsOf(deps.em.fork(), id));
    return ok({ reservation: fresh });
  }

  async cancel(deps: BookingsDeps, id: string): Promise<Payload<{ reservation: ReservationRow }>> {
    const viewer = requireViewer(deps.viewer);
    const reservation = isUuid(id) ? await deps.em.findOne(Reservation, { id }) : null;
    if (!reservation || (reservation.userId !== viewer.userId && !hasRole(viewer, 'admin')))
      return fail(notFoundError('id', 'No reservation of yours with this id.'));
    const now = deps.clock.now();
    if (reservation.showtimeStartsAt.getTime() <= now.getTime()) {
      return fail(fieldError('id', 'The showtime has started; only upcoming reservations can be cancelled.'));
    }
    if (reservation.status !== 'HELD' && reservation.status !== 'CONFIRMED')
      return fail(conflictError('id', `The reservation is ${reservation.status.toLowerCase()}.`));
    const cancelled = await deps.em.transactional(async (tx) => {
      const n = await tx.nativeUpdate(
        Reservation,
        { id, status: reservation.status, paymentRequestedAt: reservation.paymentRequestedAt ? { $ne: null } : null },
        { status: 'CANCELLED', cancelledAt: now },
      );
      if (n !== 1) return false;
      await tx.nativeDelete(SeatClaim, { reservationId: id });
      // Paid through payments: a confirmed (paid) reservation is refunded in full, once; a held one
      // has its open PaymentIntent cancelled (a payment that succeeds meanwhile is refunded on arrival).
      if (reservation.paymentRequestedAt) {
        const payload = { reservationId: id, userId: reservation.userId };
        if (reservation.status === 'CONFIRMED') recordEvent(tx, RESERVATION_REFUND_NEEDED_EVENT, { ...payload, keep: 0 });
        else recordEvent(tx, RESERVATION_CANCELLED_EVENT, payload);
      }
      return true;
    });
    if (!cancelled) return fail(conflictError('id', 'The reservation has just changed; read it again.'));
    const fresh = await deps.em.fork().findOneOrFail(Reservation, { id });
    await this.announce(deps, reservation.showtimeId, 'RELEASED', await this.seatsOf(deps.em.fork(), id));
    return ok({ reservation: fresh });
  }

  /**
   * Releases holds that ran out (all showtimes, or one): each by a conditional update from HELD to
   * EXPIRED that only one caller wins, in the same transaction as deleting its seat claims and recording
   * the `bookings.hold.expired` event. Returns how many this call released.
   */
  async releaseExpired(deps: Pick<BookingsDeps, 'em' | 'clock' | 'pubsub' | 'log'>, showtimeId?: string): Promise<number> {
    const now = deps.clock.now();
    const where: FilterQuery<ReservationRow> = { status: 'HELD', expiresAt: { $lte: now } };
    if (showtimeId) where.showtimeId = showtimeId;
    const due = await deps.em.fork().find(Reservation, where, { limit: SWEEP_BATCH, orderBy: { expiresAt: 'asc', id: 'asc' } });
    let released = 0;
    for (const reservation of due) {
      let won = false;
      try {
        won = await deps.em.fork().transactional(async (tx) => {
          const n = await tx.nativeUpdate(
            Reservation,
            { id: reservation.id, status: 'HELD', expiresAt: { $lte: now } },
            { status: 'EXPIRED' },
          );
          if (n !== 1) return false;
          await tx.nativeDelete(SeatClaim, { reservationId: reservation.id });
          recordEvent(tx, HOLD_EXPIRED_EVENT, {
            reservationId: reservation.id,
            showtimeId: reservation.showtimeId,
            userId: reservation.userId,
            paymentRequested: reservation.paymentRequestedAt != null,
            recipientIds: [reservation.userId],
            title: 'Your seat hold expired',
            body: `${reservation.seatCount} seat(s) were released because the hold was not confirmed in time.`,
          });
          return true;
        });
      } catch (error) {
        if (!isRetryableConflict(error)) throw error;
        continue; // Another replica holds the row; it or the next sweep settles it.
      }
      if (!won) continue;
      released++;
      await this.announce(deps, reservation.showtimeId, 'RELEASED', await this.seatsOf(deps.em.fork(), reservation.id));
    }
    return released;
  }

  /**
   * Pays a held reservation through the payments subgraph instead of at the venue: marks it
   * (`paymentRequestedAt`, once) and records `bookings.reservation.payment_requested` in one transaction
   * while the hold is live; payments creates one PaymentIntent with `reference` =
   * `cinema-reservation:<id>` for the total, which the holder confirms there. The seats stay held until
   * `payments.payment_intent.succeeded` sells them; asking again finds the same PaymentIntent.
   */
  async requestPayment(deps: BookingsDeps, id: string): Promise<Payload<{ reservation: ReservationRow; paymentReference: string }>> {
    const viewer = requireViewer(deps.viewer);
    const reservation = isUuid(id) ? await deps.em.fork().findOne(Reservation, { id }) : null;
    if (!reservation || reservation.userId !== viewer.userId) return fail(notFoundError('id', 'No reservation of yours with this id.'));
    const now = deps.clock.now();
    if (reservation.status !== 'HELD') return fail(conflictError('id', `The reservation is ${reservation.status.toLowerCase()}.`));
    if (reservation.expiresAt.getTime() <= now.getTime()) return fail(conflictError('id', 'The hold has expired.'));
    const requested = await deps.em.fork().transactional(async (tx) => {
      const live = { id, status: 'HELD' as const, expiresAt: { $gt: now } };
      const first = await tx.nativeUpdate(Reservation, { ...live, paymentRequestedAt: null }, { paymentRequestedAt: now });
      if (first !== 1 && (await tx.count(Reservation, { ...live, paymentRequestedAt: { $ne: null } })) !== 1) return false;
      recordEvent(tx, RESERVATION_PAYMENT_REQUESTED_EVENT, {
        reservationId: id,
        userId: reservation.userId,
        amount: reservation.total,
        currency: reservation.currency,
      });
      return true;
    });
    if (!requested) return fail(conflictError('id', 'The reservation has just changed; read it again.'));
    return ok({ reservation: await deps.em.fork().findOneOrFail(Reservation, { id }), paymentReference: reservationPaymentReference(id) });
  }

  /**
   * Applies a PaymentIntent outcome to the reservation it pays (payments' events, in the consumer's
   * transaction, so a redelivered event is skipped). Succeeded: HELD → CONFIRMED and its seats sold, by a
   * conditional update (the seats stay claimed while the reservation is HELD, even past `expiresAt` until
   * the sweep wins); when the hold already expired or was cancelled, asks payments for a refund instead.
   * Failed or cancelled: a HELD reservation is cancelled and its seats released. Returns the seat-map
   * change to announce after the commit.
   */
  async applyPaymentOutcome(tx: Em, now: Date, id: string, succeeded: boolean): Promise<SeatMapOutcome | null> {
    const reservation = await lockRow(tx, Reservation, { id });
    if (!reservation) return null;
    const outcome = (kind: SeatMapOutcome['kind']): SeatMapOutcome => ({ showtimeId: reservation.showtimeId, reservationId: id, kind });
    if (succeeded) {
      const n = await tx.nativeUpdate(Reservation, { id, status: 'HELD' }, { status: 'CONFIRMED', confirmedAt: now });
      if (n === 1) {
        await tx.nativeUpdate(SeatClaim, { reservationId: id }, { sold: true, expiresAt: null });
        return outcome('SOLD');
      }
      if (reservation.status === 'EXPIRED' || reservation.status === 'CANCELLED')
        recordEvent(tx, RESERVATION_REFUND_NEEDED_EVENT, { reservationId: id, userId: reservation.userId, keep: 0 });
      return null;
    }
    const n = await tx.nativeUpdate(Reservation, { id, status: 'HELD' }, { status: 'CANCELLED', cancelledAt: now });
    if (n !== 1) return null;
    await tx.nativeDelete(SeatClaim, { reservationId: id });
    return outcome('RELEASED');
  }

  /** Announces what {@link applyPaymentOutcome} changed, once its transaction committed. */
  async announceOutcome(deps: Pick<BookingsDeps, 'em' | 'pubsub' | 'clock' | 'log'>, outcome: SeatMapOutcome): Promise<void> {
    await this.announce(deps, outcome.showtimeId, outcome.kind, await this.seatsOf(deps.em.fork(), outcome.reservationId));
  }

  private async seatsOf(em: Em, reservationId: string): Promise<SeatRow[]> {
    const links = await em.find(ReservationSeat, { reservationId });
    const seats = links.length ? await em.find(Seat, { id: { $in: links.map((l) => l.seatId) } }) : [];
    return seats.sort(compareSeats);
  }

  private async announce(
    deps: Pick<BookingsDeps, 'pubsub' | 'clock' | 'log'>,
    showtimeId: string,
    kind: SeatMapChangeView['kind'],
    seats: SeatView[],
  ): Promise<void> {
    const change: SeatMapChangeView = {
      showtimeId,
      kind,
      state: kind === 'RELEASED' ? 'FREE' : kind,
      seats: seats.map(seatView),
      at: deps.clock.now().toISOString(),
    };
    await deps.pubsub.publish(seatMapTopic(showtimeId), change).catch((error: unknown) => {
      deps.log.warn({ err: String(error), showtimeId }, 'could not publish a seat map change');
    });
  }

  async watchSeatMap(deps: BookingsDeps, showtimeId: string): Promise<AsyncIterableIterator<SeatMapChangeView>> {
    const showtime = isUuid(showtimeId) ? await deps.loaders.showtimeById.load(showtimeId) : null;
    if (!showtime) throw notFound('Showtime', showtimeId.slice(0, 40));
    return deps.pubsub.subscribe<SeatMapChangeView>(seatMapTopic(showtime.id));
  }

  async reservation(deps: BookingsDeps, id: string): Promise<ReservationRow | null> {
    if (!isUuid(id)) return null;
    const row = await deps.loaders.reservationById.load(id);
    return row && (row.userId === deps.viewer?.userId || hasRole(deps.viewer, 'admin')) ? row : null;
  }

  myReservations(deps: BookingsDeps, scope: ReservationScope, args: PageArgs): Promise<Connection<ReservationRow>> {
    const viewer = requireViewer(deps.viewer);
    const now = deps.clock.now();
    const where: FilterQuery<ReservationRow> = { userId: viewer.userId };
    if (scope === 'UPCOMING') where.showtimeStartsAt = { $gt: now };
    if (scope === 'PAST') where.showtimeStartsAt = { $lte: now };
    return paginate(deps.em, Reservation, where, args, totalOrder<ReservationRow>('createdAt', 'DESC'), {
      list: `myReservations:${scope}`,
    });
  }

  /** Reservations newest first: every user's for admins, the viewer's own for everyone else. */
  reservations(
    deps: BookingsDeps,
    filter: { showtimeId?: string | null; status?: ReservationStatus | null },
    args: PageArgs,
  ): Promise<Connection<ReservationRow>> {
    if (filter.showtimeId != null && !isUuid(filter.showtimeId)) throw badInput('No showtime with this id.', 'showtimeId');
    const viewer = requireViewer(deps.viewer);
    const where: FilterQuery<ReservationRow> = hasRole(viewer, 'admin') ? {} : { userId: viewer.userId };
    if (filter.showtimeId != null) where.showtimeId = filter.showtimeId;
    if (filter.status != null) where.status = filter.status;
    return paginate(deps.em, Reservation, where, args, totalOrder<ReservationRow>('createdAt', 'DESC'));
  }
}
