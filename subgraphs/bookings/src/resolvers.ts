import { DateTimeScalar, totalOrder } from '../../../kit';
import type { ReservationRow, ShowtimeRow } from './entities';
import type { Resolvers } from './generated/resolvers';
import type { BookingsService, SeatMapChangeView } from './service';

const BY_START = totalOrder<ShowtimeRow>('startsAt', 'ASC');
const NEWEST = totalOrder<ReservationRow>('createdAt', 'DESC');

async function required<T>(value: Promise<T | null>, what: string): Promise<T> {
  const row = await value;
  if (!row) throw new Error(`${what} is missing`);
  return row;
}

/** The bookings subgraph's resolvers: one line each onto {@link BookingsService} and the request's loaders. */
export function createResolvers(service: BookingsService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      cinemaMovies: (_, { genre, first, after }, ctx) => service.listCinemaMovies(ctx.deps, genre, { first, after }),
      cinemaMovie: (_, { id }, ctx) => ctx.loaders.cinemaMovieById.load(id),
      showtimes: (_, { date, cinemaMovieId, first, after }, ctx) => service.listShowtimes(ctx.deps, date, cinemaMovieId, { first, after }),
      showtime: (_, { id }, ctx) => ctx.loaders.showtimeById.load(id),
      auditoriums: (_, { first, after }, ctx) => service.listAuditoriums(ctx.deps, { first, after }),
      myReservations: (_, { scope, first, after }, ctx) => service.myReservations(ctx.deps, scope ?? 'ALL', { first, after }),
      reservation: (_, { id }, ctx) => service.reservation(ctx.deps, id),
      reservations: (_, { showtimeId, status, first, after }, ctx) =>
        service.reservations(ctx.deps, { showtimeId, status }, { first, after }),
    },
    Mutation: {
      createAuditorium: (_, { input }, ctx) => service.createAuditorium(ctx.deps, input),
      createCinemaMovie: (_, { input }, ctx) => service.createCinemaMovie(ctx.deps, input),
      updateCinemaMovie: (_, { id, input }, ctx) => service.updateCinemaMovie(ctx.deps, id, input),
      deleteCinemaMovie: (_, { id }, ctx) => service.deleteCinemaMovie(ctx.deps, id),
      createShowtime: (_, { input }, ctx) => service.createShowtime(ctx.deps, input),
      updateShowtime: (_, { id, input }, ctx) => service.updateShowtime(ctx.deps, id, input),
      deleteShowtime: (_, { id }, ctx) => service.deleteShowtime(ctx.deps, id),
      holdSeats: (_, { showtimeId, seatIds }, ctx) => service.holdSeats(ctx.deps, showtimeId, seatIds),
      confirmReservation: (_, { id }, ctx) => service.confirm(ctx.deps, id),
      cancelReservation: (_, { id }, ctx) => service.cancel(ctx.deps, id),
    },
    Subscription: {
      seatMapChanged: {
        subscribe: (_, { showtimeId }, ctx) => service.watchSeatMap(ctx.deps, showtimeId),
        resolve: (change: SeatMapChangeView) => change,
      },
    },
    Movie: {
      __resolveReference: (ref) => ({ id: ref.id }),
      showtimes: (movie, { first, after }, ctx) => ctx.loaders.showtimesByMovie.load(movie.id, { first, after }, BY_START),
    },
    Seat: {
      row: (seat) => seat.rowLabel,
      type: (seat) => seat.seatType,
    },
    Auditorium: {
      __resolveReference: (ref, ctx) => ctx.loaders.auditoriumById.load(ref.id),
      rows: (auditorium, _, ctx) => service.seating(ctx.deps, auditorium),
    },
    CinemaMovie: {
      __resolveReference: (ref, ctx) => ctx.loaders.cinemaMovieById.load(ref.id),
      movie: (movie) => (movie.movieId ? { id: movie.movieId } : null),
      showtimes: (movie, { first, after }, ctx) => ctx.loaders.showtimesByCinemaMovie.load(movie.id, { first, after }, BY_START),
      stats: (movie, _, ctx) => service.movieStats(ctx.deps, movie),
    },
    Showtime: {
      __resolveReference: (ref, ctx) => ctx.loaders.showtimeById.load(ref.id),
      cinemaMovie: (showtime, _, ctx) =>
        required(ctx.loaders.cinemaMovieById.load(showtime.cinemaMovieId), `cinema movie of ${showtime.id}`),
      auditorium: (showtime, _, ctx) => required(ctx.loaders.auditoriumById.load(showtime.auditoriumId), `auditorium of ${showtime.id}`),
      prices: (showtime) => [
        { seatType: 'STANDARD', price: { amount: showtime.priceStandard, currency: showtime.currency } },
        { seatType: 'PREMIUM', price: { amount: showtime.pricePremium, currency: showtime.currency } },
        { seatType: 'ACCESSIBLE', price: { amount: showtime.priceAccessible, currency: showtime.currency } },
      ],
      seats: (showtime, _, ctx) => service.seatMap(ctx.deps, showtime),
      freeSeatCount: async (showtime, _, ctx) => (await service.seatMap(ctx.deps, showtime)).filter((s) => s.state === 'FREE').length,
      stats: (showtime, _, ctx) => service.showtimeStats(ctx.deps, showtime),
      reservations: (showtime, { first, after }, ctx) => ctx.loaders.reservationsByShowtime.load(showtime.id, { first, after }, NEWEST),
    },
    Reservation: {
      __resolveReference: (ref, ctx) => service.reservation(ctx.deps, ref.id),
      user: (reservation) => ({ id: reservation.userId }),
      showtime: (reservation, _, ctx) => required(ctx.loaders.showtimeById.load(reservation.showtimeId), `showtime of ${reservation.id}`),
      seats: async (reservation, _, ctx) => {
        const links = await ctx.loaders.seatsByReservation.load(reservation.id);
        const seats = await Promise.all(links.map((l) => ctx.loaders.seatById.load(l.seatId)));
        return links
          .filter((_, i) => seats[i])
          .sort((a, b) => {
            const x = seats[links.indexOf(a)]!;
            const y = seats[links.indexOf(b)]!;
            return x.rowIndex - y.rowIndex || x.number - y.number;
          });
      },
      total: (reservation) => ({ amount: reservation.total, currency: reservation.currency }),
    },
    ReservedSeat: {
      seat: (link, _, ctx) => required(ctx.loaders.seatById.load(link.seatId), `seat ${link.seatId}`),
      price: async (link, _, ctx) => {
        const reservation = await ctx.loaders.reservationById.load(link.reservationId);
        return { amount: link.price, currency: reservation?.currency ?? 'EUR' };
      },
    },
  };
}
