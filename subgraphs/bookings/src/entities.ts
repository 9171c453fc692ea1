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
    /**
     * When the holder chose to pay through payments (`payReservation`): from then on the payment
     * confirms the hold, confirm-at-the-venue is refused, and a cancellation is refunded.
     */
    paymentRequestedAt: p.datetime(3).nullable(),
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

// ---------------------------------------------------------------- hotels, flights, trips (#41)

export const CABINS = ['ECONOMY', 'PREMIUM_ECONOMY', 'BUSINESS', 'FIRST'] as const;
export type Cabin = (typeof CABINS)[number];
export const TRAVEL_KINDS = ['HOTEL', 'FLIGHT'] as const;
export type TravelKind = (typeof TRAVEL_KINDS)[number];

/** A hotel. Its cancellation policy: free until `freeCancellationHours` before check-in, then a fee of `cancellationFeePercent` of the total. */
export const Property = defineEntity({
  name: 'Property',
  tableName: 'properties',
  properties: {
    ...baseProperties(),
    name: p.string().length(120),
    city: p.string().length(80),
    /** The city lower-cased and trimmed, for search. */
    cityKey: p.string().length(80).index(),
    stars: p.smallint(),
    currency: p.string().length(3),
    freeCancellationHours: p.smallint(),
    cancellationFeePercent: p.smallint(),
  },
  uniques: [{ properties: ['cityKey', 'name'] }],
});
export type PropertyRow = InferEntity<typeof Property>;

/**
 * A kind of room of a property: `totalRooms` identical rooms for up to `maxGuests` each; a stay is at least
 * `minStayNights`, and `bufferNights` after each stay the room stays empty (turnover).
 */
export const RoomType = defineEntity({
  name: 'RoomType',
  tableName: 'room_types',
  properties: {
    ...baseProperties(),
    propertyId: p.string().length(36).index(),
    name: p.string().length(80),
    maxGuests: p.smallint(),
    totalRooms: p.smallint(),
    baseRate: p.integer(),
    minStayNights: p.smallint(),
    bufferNights: p.smallint(),
  },
  uniques: [{ properties: ['propertyId', 'name'] }],
});
export type RoomTypeRow = InferEntity<typeof RoomType>;

/**
 * The availability index: one row per room type per night with its rate and how many rooms are taken.
 * A hold takes `rooms` on every night of the stay with one conditional update (`booked + n <= total`)
 * in the booking's transaction, so the index is never out of step and no night is ever oversold.
 */
export const RoomNight = defineEntity({
  name: 'RoomNight',
  tableName: 'room_nights',
  properties: {
    id: baseProperties().id,
    roomTypeId: p.string().length(36),
    propertyId: p.string().length(36),
    cityKey: p.string().length(80),
    /** The night's UTC day, YYYY-MM-DD (the night from that day to the next). */
    night: p.string().length(10),
    total: p.smallint(),
    booked: p.smallint(),
    /** Price of one room for this night, in minor units of the property's currency. */
    rate: p.integer(),
  },
  uniques: [{ name: 'room_nights_type_night_unique', properties: ['roomTypeId', 'night'] }],
  indexes: [{ properties: ['cityKey', 'night'] }],
});
export type RoomNightRow = InferEntity<typeof RoomNight>;

/** A flight from `origin` to `destination` made of one or more segments (legs); `day` is the UTC day of departure. */
export const Flight = defineEntity({
  name: 'Flight',
  tableName: 'flights',
  properties: {
    ...baseProperties(),
    number: p.string().length(10),
    origin: p.string().length(3),
    destination: p.string().length(3),
    departsAt: p.datetime(3),
    arrivesAt: p.datetime(3),
    day: p.string().length(10),
    stops: p.smallint(),
    currency: p.string().length(3),
    freeCancellationHours: p.smallint(),
    cancellationFeePercent: p.smallint(),
  },
  uniques: [{ properties: ['number', 'day'] }],
  indexes: [{ properties: ['origin', 'destination', 'day'] }],
});
export type FlightRow = InferEntity<typeof Flight>;

/** One leg of a flight, in order (`position` from 0). */
export const FlightSegment = defineEntity({
  name: 'FlightSegment',
  tableName: 'flight_segments',
  properties: {
    id: baseProperties().id,
    flightId: p.string().length(36).index(),
    position: p.smallint(),
    flightNumber: p.string().length(10),
    origin: p.string().length(3),
    destination: p.string().length(3),
    departsAt: p.datetime(3),
    arrivesAt: p.datetime(3),
  },
});
export type FlightSegmentRow = InferEntity<typeof FlightSegment>;

/** A fare class of a flight and its seat inventory: a hold takes seats with `booked + n <= seats`. */
export const FareClass = defineEntity({
  name: 'FareClass',
  tableName: 'fare_classes',
  properties: {
    id: baseProperties().id,
    flightId: p.string().length(36).index(),
    code: p.string().length(2),
    cabin: p.enum([...CABINS]),
    price: p.integer(),
    seats: p.smallint(),
    booked: p.smallint(),
  },
  uniques: [{ properties: ['flightId', 'code'] }],
});
export type FareClassRow = InferEntity<typeof FareClass>;

/** A user's trip: a name grouping hotel and flight bookings. */
export const Trip = defineEntity({
  name: 'Trip',
  tableName: 'trips',
  properties: { ...baseProperties(), userId: p.string().length(36), name: p.string().length(120) },
  indexes: [{ properties: ['userId', 'createdAt'] }],
});
export type TripRow = InferEntity<typeof Trip>;

/**
 * A hotel stay or flight seats booked by a user: HELD until `expiresAt`, then CONFIRMED or EXPIRED;
 * CANCELLED by its owner before the stay or flight (with `cancellationFee` after the free deadline).
 * The inventory it holds: `rooms` on the nights `checkIn` .. `claimedUntil` (the stay plus the room
 * type's buffer) of `roomTypeId`, or `passengers` seats of `fareClassId`. Status changes are conditional
 * updates on the status, in the same transaction as the inventory change.
 */
export const TravelBooking = defineEntity({
  name: 'TravelBooking',
  tableName: 'travel_bookings',
  properties: {
    ...baseProperties(),
    userId: p.string().length(36),
    kind: p.enum([...TRAVEL_KINDS]),
    status: p.enum([...RESERVATION_STATUSES]),
    tripId: p.string().length(36).nullable().index(),
    expiresAt: p.datetime(3),
    propertyId: p.string().length(36).nullable(),
    roomTypeId: p.string().length(36).nullable(),
    checkIn: p.string().length(10).nullable(),
    checkOut: p.string().length(10).nullable(),
    claimedUntil: p.string().length(10).nullable(),
    rooms: p.smallint(),
    guests: p.smallint(),
    flightId: p.string().length(36).nullable(),
    fareClassId: p.string().length(36).nullable(),
    /** When the stay starts or the flight leaves: cancellations and changes are refused from then on. */
    startsAt: p.datetime(3),
    freeCancellationUntil: p.datetime(3),
    cancellationFeePercent: p.smallint(),
    total: p.integer(),
    currency: p.string().length(3),
    cancellationFee: p.integer().nullable(),
    confirmedAt: p.datetime(3).nullable(),
    cancelledAt: p.datetime(3).nullable(),
    /** When the traveller chose to pay through payments (`payTravelBooking`); see `Reservation.paymentRequestedAt`. */
    paymentRequestedAt: p.datetime(3).nullable(),
  },
  indexes: [{ properties: ['userId', 'createdAt'] }, { properties: ['status', 'expiresAt'] }],
});
export type TravelBookingRow = InferEntity<typeof TravelBooking>;

export const entities = [
  Auditorium,
  Seat,
  CinemaMovie,
  Showtime,
  Reservation,
  ReservationSeat,
  SeatClaim,
  Property,
  RoomType,
  RoomNight,
  Flight,
  FlightSegment,
  FareClass,
  Trip,
  TravelBooking,
];
