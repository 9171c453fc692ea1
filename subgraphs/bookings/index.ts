import { loadSubgraphSchema, startSweep, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { loadBookingsConfig, type BookingsConfig } from './src/config';
import { createLoaders, type BookingsLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { seed } from './src/seed';
import { BookingsService } from './src/service';

const service = new BookingsService();

/** bookings: cinema movie reservations (catalogue #42): seat maps, showtimes, holds with a TTL, live seat map. */
export const bookings: SubgraphDefinition<BookingsLoaders, BookingsConfig> = {
  name: 'bookings',
  defaultPort: 4021,
  wiring: {
    summary:
      'cinema: movies, auditoriums with seat maps and price tiers, showtimes, seat holds that expire, confirm and cancel, live seat map, occupancy and revenue for admins; no seat sold twice',
    catalogue: '42',
    codegen: {
      contextType: '../context#BookingsContext',
      mappers: {
        Auditorium: '../entities#AuditoriumRow',
        Seat: '../service#SeatView',
        CinemaMovie: '../entities#CinemaMovieRow',
        Showtime: '../entities#ShowtimeRow',
        Reservation: '../entities#ReservationRow',
        ReservedSeat: '../entities#ReservationSeatRow',
        SeatingRow: '../service#SeatingRowView',
        ShowtimeSeat: '../service#ShowtimeSeatView',
        ShowtimeStats: '../service#ShowtimeStatsView',
        CinemaMovieStats: '../service#MovieStatsView',
        SeatMapChange: '../service#SeatMapChangeView',
        User: '../context#UserRef',
        Movie: '../context#MovieRef',
      },
    },
  },
  typeDefs: loadSubgraphSchema('bookings'),
  resolvers: createResolvers(service),
  entities,
  migrations,
  loaders: createLoaders,
  seed,
  config: loadBookingsConfig,
  // Holds run out even when nobody looks at the showtime. Every replica sweeps; each hold is released
  // by a conditional update on its status, so its seats return to sale exactly once.
  start: ({ serviceDeps, log, config }) =>
    startSweep({
      name: 'seat hold sweep',
      everyMs: config.BOOKINGS_HOLD_SWEEP_MS,
      run: () => service.releaseExpired(serviceDeps()),
      log,
    }),
};
