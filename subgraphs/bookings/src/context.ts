import type DataLoader from 'dataloader';
import {
  connectionLoader,
  entityLoader,
  groupLoader,
  type ConnectionLoader,
  type Em,
  type ServiceDeps,
  type SubgraphContext,
} from '../../../kit';
import type { BookingsConfig } from './config';
import {
  Auditorium,
  CinemaMovie,
  FareClass,
  Flight,
  FlightSegment,
  Property,
  RoomType,
  TravelBooking,
  Trip,
  type FareClassRow,
  type FlightRow,
  type FlightSegmentRow,
  type PropertyRow,
  type RoomTypeRow,
  type TravelBookingRow,
  type TripRow,
  Reservation,
  ReservationSeat,
  Seat,
  SeatClaim,
  Showtime,
  type AuditoriumRow,
  type CinemaMovieRow,
  type ReservationRow,
  type ReservationSeatRow,
  type SeatClaimRow,
  type SeatRow,
  type ShowtimeRow,
} from './entities';
import { ratingSummaryLoader, type RatingSummaryView } from './ratings';

export interface BookingsLoaders {
  auditoriumById: DataLoader<string, AuditoriumRow | null>;
  seatById: DataLoader<string, SeatRow | null>;
  cinemaMovieById: DataLoader<string, CinemaMovieRow | null>;
  showtimeById: DataLoader<string, ShowtimeRow | null>;
  reservationById: DataLoader<string, ReservationRow | null>;
  /** Every seat of each auditorium: one statement per tick. */
  seatsByAuditorium: DataLoader<string, SeatRow[]>;
  /** The live claims of each showtime: one statement per tick. */
  claimsByShowtime: DataLoader<string, SeatClaimRow[]>;
  /** The seats of each reservation. */
  seatsByReservation: DataLoader<string, ReservationSeatRow[]>;
  /** Every showtime of each cinema movie (admin stats). */
  showtimesOfCinemaMovie: DataLoader<string, ShowtimeRow[]>;
  /** Pages of showtimes per cinema movie (two statements per tick whatever the number of movies). */
  showtimesByCinemaMovie: ConnectionLoader<ShowtimeRow>;
  /** Pages of showtimes per linked TMDB movie id. */
  showtimesByMovie: ConnectionLoader<ShowtimeRow>;
  /** Pages of reservations per showtime. */
  reservationsByShowtime: ConnectionLoader<ReservationRow>;
  propertyById: DataLoader<string, PropertyRow | null>;
  roomTypeById: DataLoader<string, RoomTypeRow | null>;
  flightById: DataLoader<string, FlightRow | null>;
  fareClassById: DataLoader<string, FareClassRow | null>;
  tripById: DataLoader<string, TripRow | null>;
  travelBookingById: DataLoader<string, TravelBookingRow | null>;
  /** The legs of each flight. */
  segmentsByFlight: DataLoader<string, FlightSegmentRow[]>;
  /** The fare classes of each flight. */
  fareClassesByFlight: DataLoader<string, FareClassRow[]>;
  /** Every booking of each trip (for its totals). */
  bookingsOfTrip: DataLoader<string, TravelBookingRow[]>;
  /** Pages of room types per property. */
  roomTypesByProperty: ConnectionLoader<RoomTypeRow>;
  /** Pages of bookings per trip. */
  bookingsByTrip: ConnectionLoader<TravelBookingRow>;
  /** Rating average and count per cinema movie (one statement per tick). */
  ratingSummaryByCinemaMovie: DataLoader<string, RatingSummaryView>;
}

export function createLoaders(em: Em): BookingsLoaders {
  return {
    auditoriumById: entityLoader(em, Auditorium),
    seatById: entityLoader(em, Seat),
    cinemaMovieById: entityLoader(em, CinemaMovie),
    showtimeById: entityLoader(em, Showtime),
    reservationById: entityLoader(em, Reservation),
    seatsByAuditorium: groupLoader(em, Seat, 'auditoriumId'),
    claimsByShowtime: groupLoader(em, SeatClaim, 'showtimeId'),
    seatsByReservation: groupLoader(em, ReservationSeat, 'reservationId'),
    showtimesOfCinemaMovie: groupLoader(em, Showtime, 'cinemaMovieId'),
    showtimesByCinemaMovie: connectionLoader(em, Showtime, 'cinemaMovieId', { list: 'CinemaMovie.showtimes' }),
    showtimesByMovie: connectionLoader(em, Showtime, 'movieId', { list: 'Movie.showtimes' }),
    reservationsByShowtime: connectionLoader(em, Reservation, 'showtimeId', { list: 'Showtime.reservations' }),
    propertyById: entityLoader(em, Property),
    roomTypeById: entityLoader(em, RoomType),
    flightById: entityLoader(em, Flight),
    fareClassById: entityLoader(em, FareClass),
    tripById: entityLoader(em, Trip),
    travelBookingById: entityLoader(em, TravelBooking),
    segmentsByFlight: groupLoader(em, FlightSegment, 'flightId'),
    fareClassesByFlight: groupLoader(em, FareClass, 'flightId'),
    bookingsOfTrip: groupLoader(em, TravelBooking, 'tripId'),
    roomTypesByProperty: connectionLoader(em, RoomType, 'propertyId', { list: 'Property.roomTypes' }),
    bookingsByTrip: connectionLoader(em, TravelBooking, 'tripId', { list: 'Trip.bookings' }),
    ratingSummaryByCinemaMovie: ratingSummaryLoader(em),
  };
}

export type BookingsContext = SubgraphContext<BookingsLoaders, BookingsConfig>;

/** What every BookingsService method receives first (`ctx.deps` in resolvers). */
export type BookingsDeps = ServiceDeps<BookingsConfig, BookingsLoaders>;

/** A User as bookings knows it: its key only. */
export interface UserRef {
  id: string;
}

/** The movies subgraph's Movie as bookings knows it: its key only. */
export interface MovieRef {
  id: string;
}
