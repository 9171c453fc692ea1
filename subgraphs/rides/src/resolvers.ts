import { DateTimeScalar } from '../../../kit';
import type { Resolvers } from './generated/resolvers';
import { dropoffOf, pickupOf, type RideOfferView, type RidesService, type TripUpdateView } from './service';

/** The rides subgraph's resolvers: one line each onto {@link RidesService} and the request's loaders. */
export function createResolvers(service: RidesService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      myDriver: (_, __, ctx) => service.myDriver(ctx.deps),
      nearbyDrivers: (_, { near, radiusKm, first, after }, ctx) => service.nearbyDrivers(ctx.deps, near, radiusKm ?? 5, { first, after }),
      fareEstimate: (_, { pickup, dropoff }, ctx) => service.fareEstimate(ctx.deps, pickup, dropoff),
      ride: (_, { id }, ctx) => service.trip(ctx.deps, id),
      myRides: (_, { role, first, after }, ctx) => service.myTrips(ctx.deps, role ?? 'RIDER', { first, after }),
      myOffer: (_, __, ctx) => service.myOffer(ctx.deps),
      myRiderRating: (_, __, ctx) => service.myRiderRating(ctx.deps),
    },
    Mutation: {
      registerDriver: (_, { input }, ctx) => service.registerDriver(ctx.deps, input),
      goOnline: (_, { position }, ctx) => service.goOnline(ctx.deps, position),
      goOffline: (_, __, ctx) => service.goOffline(ctx.deps),
      reportPosition: (_, { input }, ctx) => service.reportPosition(ctx.deps, input),
      requestRide: (_, { input }, ctx) => service.requestRide(ctx.deps, input),
      acceptOffer: (_, { offerId }, ctx) => service.acceptOffer(ctx.deps, offerId),
      declineOffer: (_, { offerId }, ctx) => service.declineOffer(ctx.deps, offerId),
      markArriving: (_, { rideId }, ctx) => service.markArriving(ctx.deps, rideId),
      startRide: (_, { rideId }, ctx) => service.startTrip(ctx.deps, rideId),
      completeRide: (_, { rideId }, ctx) => service.completeTrip(ctx.deps, rideId),
      cancelRide: (_, { rideId, reason }, ctx) => service.cancelTrip(ctx.deps, rideId, reason),
      rateRide: (_, { rideId, stars }, ctx) => service.rateTrip(ctx.deps, rideId, stars),
    },
    Subscription: {
      rideUpdates: {
        subscribe: (_, { rideId }, ctx) => service.watchTrip(ctx.deps, rideId),
        resolve: (update: TripUpdateView) => update,
      },
      rideOffers: {
        subscribe: (_, __, ctx) => service.watchOffers(ctx.deps),
        resolve: (offer: RideOfferView) => offer,
      },
    },
    Driver: {
      __resolveReference: (ref, ctx) => ctx.loaders.driverById.load(ref.id),
      user: (driver) => ({ id: driver.userId }),
      rating: (driver) => (driver.ratingCount ? Math.round((driver.ratingSum / driver.ratingCount) * 100) / 100 : null),
    },
    Ride: {
      __resolveReference: (ref, ctx) => service.trip(ctx.deps, ref.id),
      rider: (trip) => ({ id: trip.riderId }),
      driver: (trip, _, ctx) => (trip.driverId ? ctx.loaders.driverById.load(trip.driverId) : null),
      pickup: (trip) => pickupOf(trip),
      dropoff: (trip) => dropoffOf(trip),
      estimate: (trip) => ({
        distanceKm: trip.distanceKm,
        durationSeconds: trip.durationSeconds,
        surge: trip.surge,
        amount: trip.fareAmount,
        currency: trip.currency,
      }),
      requestedAt: (trip) => trip.createdAt,
    },
    RideOffer: {
      ride: (offer, _, ctx) => ctx.loaders.tripById.load(offer.tripId),
    },
  };
}
