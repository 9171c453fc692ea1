import { loadSubgraphSchema, startSweep, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { loadBookingsConfig, type BookingsConfig } from './src/config';
import { createLoaders, type BookingsLoaders } from './src/context';
import { entities } from './src/entities';
import { recommendationEntities, RecommendationsService } from './src/ratings';
import { createPaymentSagaConsumer } from './src/payment-saga';
import { createResolvers } from './src/resolvers';
import { seed } from './src/seed';
import { BookingsService } from './src/service';
import { TravelService } from './src/travel';

const service = new BookingsService();
const travel = new TravelService();
const recommendations = new RecommendationsService();

/**
 * bookings: cinema movie reservations (catalogue #42): seat maps, showtimes, holds with a TTL, live seat map;
 * hotels, flights and trips (catalogue #41): availability index, holds, confirm, modify, cancel with a policy.
 */
export const bookings: SubgraphDefinition<BookingsLoaders, BookingsConfig> = {
  name: 'bookings',
  defaultPort: 4021,
  wiring: {
    summary:
      'hotels and flights: availability search from a nightly/fare-class inventory index, holds that expire, confirm, modify, cancel with a fee policy, trips; cinema: movies, auditoriums with seat maps and price tiers, showtimes, seat holds that expire, confirm and cancel, live seat map, occupancy and revenue for admins; no seat sold twice',
    catalogue: '41, 42',
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
        CinemaMovieRating: '../ratings#MovieRatingRow',
        MovieRecommendation: '../ratings#MovieRecommendationView',
        MovieRecommenderBuild: '../ratings#RecommenderBuildView',
        CinemaMovieRatingSummary: '../ratings#RatingSummaryView',
        User: '../context#UserRef',
        Movie: '../context#MovieRef',
        Property: '../entities#PropertyRow',
        RoomType: '../entities#RoomTypeRow',
        HotelOffer: '../travel#HotelOfferView',
        Flight: '../entities#FlightRow',
        FlightSegment: '../entities#FlightSegmentRow',
        FareClass: '../entities#FareClassRow',
        FlightOffer: '../travel#FlightOfferView',
        TravelBooking: '../entities#TravelBookingRow',
        HotelStay: '../entities#TravelBookingRow',
        FlightTicket: '../entities#TravelBookingRow',
        Trip: '../entities#TripRow',
      },
    },
  },
  typeDefs: loadSubgraphSchema('bookings'),
  resolvers: createResolvers(service, travel, recommendations),
  entities: [...entities, ...recommendationEntities],
  migrations,
  loaders: createLoaders,
  seed,
  config: loadBookingsConfig,
  // Holds run out even when nobody looks at the showtime. Every replica sweeps; each hold is released
  // by a conditional update on its status, so its seats return to sale exactly once. A second, slower
  // sweep keeps the nights index BOOKINGS_INVENTORY_DAYS ahead (each room type extended once, under its lock).
  start: ({ serviceDeps, log, config }) => {
    const holds = startSweep({
      name: 'seat, room and flight hold sweep',
      everyMs: config.BOOKINGS_HOLD_SWEEP_MS,
      run: async () => {
        await service.releaseExpired(serviceDeps());
        await travel.releaseExpired(serviceDeps());
      },
      log,
    });
    const horizon = startSweep({
      name: 'inventory horizon sweep',
      everyMs: config.BOOKINGS_HORIZON_SWEEP_MS,
      run: () => travel.extendInventory(serviceDeps()),
      log,
    });
    // Item-item neighbours are rebuilt periodically (bounded: the newest 200,000 signals, 100 per user);
    // a user's own signals are read live at every answer.
    const recs = startSweep({
      name: 'movie recommendations rebuild',
      everyMs: config.BOOKINGS_RECS_REBUILD_MS,
      run: async () => {
        await recommendations.rebuild(serviceDeps());
      },
      log,
    });
    // Once at start too, so replicas restarted more often than the sweep runs still extend the horizon.
    const first =
      config.BOOKINGS_HORIZON_SWEEP_MS > 0
        ? travel.extendInventory(serviceDeps()).catch((err: unknown) => log.warn({ err: String(err) }, 'inventory horizon sweep failed'))
        : undefined;
    return {
      consumers: [createPaymentSagaConsumer(service, travel, serviceDeps)],
      stop: async () => {
        await first;
        await holds?.stop();
        await horizon?.stop();
        await recs?.stop();
      },
    };
  },
};
