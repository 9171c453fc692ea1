import { baseProperties, defineEntity, p, type InferEntity } from '../../../kit';

export const SEAT_TYPES = ['STANDARD', 'PREMIUM', 'ACCESSIBLE'] as const;
export type SeatType = (typeof SEAT_TYPES)[number];
export const RESERVATION_STATUSES = ['HELD', 'CONFIRMED', 'CANCELLED', 'EXPIRED'] as const;
export type ReservationStatus = (typeof RESERVATION_STATUSES)[number];

/** A screen of the cinema. Its seats are rows of {@link Seat}; the layout is fixed once created. */
export const Auditorium = defineEntity({
  name: 'Auditorium',
  tableName: 'auditoriums',
  properties: { ...baseProperties(), name: p.string().length(100).unique(), capacity: p.integer() },
});
export type AuditoriumRow = InferEntity<typeof Auditorium>;

/** One seat of an auditorium: row label and number are unique per auditorium; `blocked` seats are never sold. */
export const Seat = defineEntity({
  name: 'Seat',
  tableName: 'seats',
  properties: {
    id: baseProperties().id,
    auditoriumId: p.string().length(36),
    rowLabel: p.string().length(3),
    /** Place of the row in the auditorium, from 0 (for ordering). */
    rowIndex: p.smallint(),
    number: p.smallint(),
    seatType: p.enum([...SEAT_TYPES]),
    blocked: p.boolean(),
  },
  uniques: [{ properties: ['auditoriumId', 'rowIndex', 'number'] }, { properties: ['auditoriumId', 'rowLabel', 'number'] }],
});
export type SeatRow = InferEntity<typeof Seat>;

/** A movie the cinema shows; `movieId` optionally points at the movies subgraph's (TMDB) Movie. */
export const CinemaMovie = defineEntity({
  name: 'CinemaMovie',
  tableName: 'cinema_movies',
  properties: {
    ...baseProperties(),
    title: p.string().length(200),
    description: p.text(),
    posterUrl: p.string().length(500).nullable(),
    genre: p.string().length(40).index(),
    movieId: p.string().length(20).nullable().index(),
  },
});
export type CinemaMovieRow = InferEntity<typeof CinemaMovie>;

/**
 * One screening of a movie in an auditorium. Prices are integer minor units of `currency` per seat type
 * (`priceStandard`, `pricePremium`, `priceAccessible`). `day` is the UTC day of `startsAt`, for listing.
 */
export const Showtime = defineEntity({
  name: 'Showtime',
  tableName: 'showtimes',
  properties: {
    ...baseProperties(),
    cinemaMovieId: p.string().length(36),
    /** The linked TMDB movie of the cinema movie (kept in step with it), for `Movie.showtimes`. */
    movieId: p.string().length(20).nullable(),
    auditoriumId: p.string().length(36),
    startsAt: p.datetime(3),
    endsAt: p.datetime(3),
    day: p.string().length(10),
    currency: p.string().length(3),
    priceStandard: p.integer(),
    pricePremium: p.integer(),
    priceAccessible: p.integer(),
  },
  indexes: [
    { properties: ['day', 'startsAt'] },
    { properties: ['cinemaMovieId', 'startsAt'] },
    { properties: ['auditoriumId', 'startsAt'] },
    { properties: ['movieId', 'startsAt'] },
  ],
});
export type ShowtimeRow = InferEntity<typeof Showtime>;

/**
 * A user's reservation of seats of one showtime: HELD until `expiresAt`, then CONFIRMED (pay at the
 * venue) or EXPIRED; CANCELLED by its owner or an admin before the showtime starts. Every status change
 * is a conditional update on the current status, so it happens once whoever races for it.
 */
export const Reservation = defineEntity({
  name: 'Reservation',
  tableName: 'reservations',
  properties: {
    ...baseProperties(),
    userId: p.string().length(36),
    showtimeId: p.string().length(36),
    /** The showtime's start (kept in step with it), to list upcoming and past reservations in one statement. */
    showtimeStartsAt: p.datetime(3),
    status: p.enum([...RESERVATION_STATUSES]),
    expiresAt: p.datetime(3),
    /** Sum of the seats' prices, in minor units of `currency`. */
    total: p.integer(),
    currency: p.string().length(3),
    seatCount: p.smallint(),
    confirmedAt: p.datetime(3).nullable(),
    cancelledAt: p.datetime(3).nullable(),
  },
  indexes: [
    { properties: ['userId', 'createdAt'] },
    { properties: ['userId', 'showtimeStartsAt'] },
    { properties: ['showtimeId', 'status'] },
    { properties: ['status', 'expiresAt'] },
  ],
});
export type ReservationRow = InferEntity<typeof Reservation>;

/** The seats a reservation was made for, with the price each was sold at; kept after it ends. */
export const ReservationSeat = defineEntity({
  name: 'ReservationSeat',
  tableName: 'reservation_seats',
  properties: {
    id: baseProperties().id,
    reservationId: p.string().length(36),
    seatId: p.string().length(36),
    price: p.integer(),
  },
  uniques: [{ properties: ['reservationId', 'seatId'] }],
});
export type ReservationSeatRow = InferEntity<typeof ReservationSeat>;

/**
 * A seat taken for a showtime by a live (HELD or CONFIRMED) reservation. The unique key on
 * (showtimeId, seatId) is what makes double booking impossible under any concurrency: a second claim
 * fails its insert. The row is deleted when the reservation expires or is cancelled.
 */
export const SeatClaim = defineEntity({
  name: 'SeatClaim',
  tableName: 'seat_claims',
  properties: {
    id: baseProperties().id,
    showtimeId: p.string().length(36),
    seatId: p.string().length(36),
    reservationId: p.string().length(36).index(),
    sold: p.boolean(),
    price: p.integer(),
    /** When the hold runs out (null once sold): an expired claim reads FREE before the sweep deletes it. */
    expiresAt: p.datetime(3).nullable(),
  },
  uniques: [{ name: 'seat_claims_showtime_seat_unique', properties: ['showtimeId', 'seatId'] }],
});
export type SeatClaimRow = InferEntity<typeof SeatClaim>;

export const entities = [Auditorium, Seat, CinemaMovie, Showtime, Reservation, ReservationSeat, SeatClaim];
