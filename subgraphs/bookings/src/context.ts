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
