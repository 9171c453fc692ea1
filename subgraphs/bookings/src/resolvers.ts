import { DateTimeScalar, totalOrder } from '../../../kit';
import type { ReservationRow, RoomTypeRow, ShowtimeRow, TravelBookingRow } from './entities';
import type { Resolvers } from './generated/resolvers';
import type { RecommendationsService } from './ratings';
import type { BookingsService, SeatMapChangeView } from './service';
import type { TravelService } from './travel';

const BY_START = totalOrder<ShowtimeRow>('startsAt', 'ASC');
const NEWEST = totalOrder<ReservationRow>('createdAt', 'DESC');
const BY_NAME = totalOrder<RoomTypeRow>('name', 'ASC');
const OLDEST = totalOrder<TravelBookingRow>('createdAt', 'ASC');

async function required<T>(value: Promise<T | null>, what: string): Promise<T> {
  const row = await value;
  if (!row) throw new Error(`${what} is missing`);
  return row;
}

/** The bookings subgraph's resolvers: one line each onto {@link BookingsService} and the request's loaders. */
export function createResolvers(service: BookingsService, travel: TravelService, recommendations: RecommendationsService): Resolvers {
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
      properties: (_, { city, first, after }, ctx) => travel.listProperties(ctx.deps, city, { first, after }),
      property: (_, { id }, ctx) => ctx.loaders.propertyById.load(id),
      hotelAvailability: (_, { input, first, after }, ctx) => travel.hotelAvailability(ctx.deps, input, { first, after }),
      flight: (_, { id }, ctx) => ctx.loaders.flightById.load(id),
      flightAvailability: (_, { input, first, after }, ctx) => travel.flightAvailability(ctx.deps, input, { first, after }),
      travelBooking: (_, { id }, ctx) => travel.booking(ctx.deps, id),
      myTravelBookings: (_, { first, after }, ctx) => travel.myBookings(ctx.deps, { first, after }),
      trip: (_, { id }, ctx) => travel.trip(ctx.deps, id),
      myTrips: (_, { first, after }, ctx) => travel.myTrips(ctx.deps, { first, after }),
      myMovieRatings: (_, { first, after }, ctx) => recommendations.myRatings(ctx.deps, { first, after }),
      myMovieRecommendations: (_, { first, after }, ctx) => recommendations.recommendations(ctx.deps, { first, after }),
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
      payReservation: (_, { id }, ctx) => service.requestPayment(ctx.deps, id),
      cancelReservation: (_, { id }, ctx) => service.cancel(ctx.deps, id),
      createProperty: (_, { input }, ctx) => travel.createProperty(ctx.deps, input),
      setRoomRates: (_, { input }, ctx) => travel.setRoomRates(ctx.deps, input),
      createFlight: (_, { input }, ctx) => travel.createFlight(ctx.deps, input),
      holdRoom: (_, { input }, ctx) => travel.holdRoom(ctx.deps, input),
      holdFlight: (_, { input }, ctx) => travel.holdFlight(ctx.deps, input),
      confirmTravelBooking: (_, { id }, ctx) => travel.confirm(ctx.deps, id),
      modifyHotelBooking: (_, { id, input }, ctx) => travel.modifyHotelBooking(ctx.deps, id, input),
      payTravelBooking: (_, { id }, ctx) => travel.requestPayment(ctx.deps, id),
      modifyFlightBooking: (_, { id, input }, ctx) => travel.modifyFlightBooking(ctx.deps, id, input),
      cancelTravelBooking: (_, { id }, ctx) => travel.cancel(ctx.deps, id),
      createTrip: (_, { name }, ctx) => travel.createTrip(ctx.deps, name),
      rateCinemaMovie: (_, { cinemaMovieId, stars }, ctx) => recommendations.rate(ctx.deps, cinemaMovieId, stars),
      removeCinemaMovieRating: (_, { cinemaMovieId }, ctx) => recommendations.removeRating(ctx.deps, cinemaMovieId),
      rebuildMovieRecommendations: (_, __, ctx) => recommendations.rebuildNow(ctx.deps),
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
      ratingSummary: (movie, _, ctx) => ctx.loaders.ratingSummaryByCinemaMovie.load(movie.id),
    },
    CinemaMovieRating: {
      cinemaMovie: (rating, _, ctx) => ctx.loaders.cinemaMovieById.load(rating.cinemaMovieId),
      ratedAt: (rating) => rating.updatedAt,
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
    Property: {
      __resolveReference: (ref, ctx) => ctx.loaders.propertyById.load(ref.id),
      roomTypes: (property, { first, after }, ctx) => ctx.loaders.roomTypesByProperty.load(property.id, { first, after }, BY_NAME),
    },
    RoomType: {
      __resolveReference: (ref, ctx) => ctx.loaders.roomTypeById.load(ref.id),
      property: (roomType, _, ctx) => required(ctx.loaders.propertyById.load(roomType.propertyId), `property of ${roomType.id}`),
      baseRate: async (roomType, _, ctx) => ({
        amount: roomType.baseRate,
        currency: (await ctx.loaders.propertyById.load(roomType.propertyId))?.currency ?? 'EUR',
      }),
    },
    HotelOffer: {
      total: (offer) => ({ amount: offer.total, currency: offer.property.currency }),
      averageNightlyRate: (offer) => ({ amount: offer.averageNightlyRate, currency: offer.property.currency }),
    },
    Flight: {
      __resolveReference: (ref, ctx) => ctx.loaders.flightById.load(ref.id),
      durationMinutes: (flight) => Math.round((flight.arrivesAt.getTime() - flight.departsAt.getTime()) / 60_000),
      segments: async (flight, _, ctx) => [...(await ctx.loaders.segmentsByFlight.load(flight.id))].sort((a, b) => a.position - b.position),
      fareClasses: async (flight, _, ctx) =>
        [...(await ctx.loaders.fareClassesByFlight.load(flight.id))].sort((a, b) => a.price - b.price || a.code.localeCompare(b.code)),
    },
    FareClass: {
      price: async (fareClass, _, ctx) => ({
        amount: fareClass.price,
        currency: (await ctx.loaders.flightById.load(fareClass.flightId))?.currency ?? 'EUR',
      }),
      seatsLeft: (fareClass) => Math.max(0, fareClass.seats - fareClass.booked),
    },
    FlightOffer: {
      total: (offer) => ({ amount: offer.total, currency: offer.flight.currency }),
    },
    TravelBooking: {
      __resolveReference: (ref, ctx) => travel.booking(ctx.deps, ref.id),
      user: (booking) => ({ id: booking.userId }),
      trip: (booking, _, ctx) => (booking.tripId ? ctx.loaders.tripById.load(booking.tripId) : null),
      stay: (booking) => (booking.kind === 'HOTEL' ? booking : null),
      flight: (booking) => (booking.kind === 'FLIGHT' ? booking : null),
      total: (booking) => ({ amount: booking.total, currency: booking.currency }),
      cancellationFee: (booking) =>
        booking.cancellationFee == null ? null : { amount: booking.cancellationFee, currency: booking.currency },
    },
    HotelStay: {
      property: (booking, _, ctx) => required(ctx.loaders.propertyById.load(booking.propertyId!), `property of ${booking.id}`),
      roomType: (booking, _, ctx) => required(ctx.loaders.roomTypeById.load(booking.roomTypeId!), `room type of ${booking.id}`),
      checkIn: (booking) => booking.checkIn!,
      checkOut: (booking) => booking.checkOut!,
      nights: (booking) => Math.round((Date.parse(booking.checkOut!) - Date.parse(booking.checkIn!)) / 86_400_000),
    },
    FlightTicket: {
      flight: (booking, _, ctx) => required(ctx.loaders.flightById.load(booking.flightId!), `flight of ${booking.id}`),
      fareClass: (booking, _, ctx) => required(ctx.loaders.fareClassById.load(booking.fareClassId!), `fare class of ${booking.id}`),
      passengers: (booking) => booking.guests,
    },
    Trip: {
      __resolveReference: (ref, ctx) => travel.trip(ctx.deps, ref.id),
      bookings: (trip, { first, after }, ctx) => ctx.loaders.bookingsByTrip.load(trip.id, { first, after }, OLDEST),
      totals: (trip, _, ctx) => travel.tripTotals(ctx.deps, trip),
    },
  };
}
