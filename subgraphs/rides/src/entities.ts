import { baseProperties, defineEntity, p, type InferEntity } from '../../../kit';

/** A DOUBLE column read back as a JS number (MikroORM reads DOUBLE as a string unless told). */
const coordinate = () => p.double().$type<number>().runtimeType('number');

export const DRIVER_STATUSES = ['OFFLINE', 'AVAILABLE', 'OFFERED', 'ON_TRIP'] as const;
export type DriverStatus = (typeof DRIVER_STATUSES)[number];
export const TRIP_STATUSES = ['REQUESTED', 'ACCEPTED', 'ARRIVING', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'NO_DRIVER'] as const;
export type TripStatus = (typeof TRIP_STATUSES)[number];
export const OFFER_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];
export const TRIP_PARTIES = ['RIDER', 'DRIVER'] as const;
export type TripParty = (typeof TRIP_PARTIES)[number];

/**
 * A user who drives. `status` is the authority on availability: every move (AVAILABLE → OFFERED when
 * an offer is reserved, OFFERED → ON_TRIP on accept, back to AVAILABLE) is a conditional update on the
 * current status and `tripId`, so a driver is never reserved for two rides, whatever the concurrency.
 * The live position is in the geo index (memory or Redis), not here.
 */
export const Driver = defineEntity({
  name: 'Driver',
  tableName: 'drivers',
  properties: {
    ...baseProperties(),
    userId: p.string().length(36).unique(),
    name: p.string().length(80),
    vehicle: p.string().length(120),
    status: p.enum([...DRIVER_STATUSES]).index(),
    /** The trip the driver is offered or on (null when OFFLINE or AVAILABLE). */
    tripId: p.string().length(36).nullable(),
    ratingSum: p.integer(),
    ratingCount: p.integer(),
    cancellations: p.integer(),
  },
});
export type DriverRow = InferEntity<typeof Driver>;

/**
 * A ride. Status changes are conditional updates on the current status (and driver), so two racing
 * moves never both happen; a rider has at most one active trip (`activeRiderId`). The estimate (distance, duration, surge, amount) is fixed at request time.
 */
export const Trip = defineEntity({
  name: 'Trip',
  tableName: 'trips',
  properties: {
    ...baseProperties(),
    riderId: p.string().length(36),
    /**
     * The rider while the trip is active (REQUESTED, ACCEPTED, ARRIVING, IN_PROGRESS), null once it
     * ends: its unique key is the database's guarantee of one active ride per rider, whatever the
     * concurrency (NULLs never clash, on SQLite and MariaDB alike). Every move to a final status
     * clears it in the same statement.
     */
    activeRiderId: p.string().length(36).nullable().unique(),
    driverId: p.string().length(36).nullable(),
    status: p.enum([...TRIP_STATUSES]),
    pickupLat: coordinate(),
    pickupLng: coordinate(),
    dropoffLat: coordinate(),
    dropoffLng: coordinate(),
    /** The pickup's surge cell (coarse H3), for demand counts. */
    pickupCell: p.string().length(16),
    distanceKm: coordinate(),
    durationSeconds: p.integer(),
    surge: coordinate(),
    fareAmount: p.integer(),
    currency: p.string().length(3),
    charged: p.integer().nullable(),
    cancelledBy: p.enum([...TRIP_PARTIES]).nullable(),
    cancelReason: p.string().length(200).nullable(),
    cancellationFee: p.integer().nullable(),
    /** How many drivers were offered the ride (bounded by RIDES_MAX_OFFERS). */
    offersMade: p.smallint(),
    acceptedAt: p.datetime(3).nullable(),
    arrivedAt: p.datetime(3).nullable(),
    startedAt: p.datetime(3).nullable(),
    completedAt: p.datetime(3).nullable(),
    cancelledAt: p.datetime(3).nullable(),
    /** The rider's rating of the driver. */
    driverRating: p.smallint().nullable(),
    /** The driver's rating of the rider. */
    riderRating: p.smallint().nullable(),
  },
  indexes: [
    { properties: ['riderId', 'createdAt'] },
    { properties: ['driverId', 'createdAt'] },
    { properties: ['pickupCell', 'createdAt'] },
  ],
});
export type TripRow = InferEntity<typeof Trip>;

/** A ride offered to one driver until `expiresAt`. One offer per (trip, driver): a driver is never asked twice. */
export const RideOffer = defineEntity({
  name: 'RideOffer',
  tableName: 'ride_offers',
  properties: {
    ...baseProperties(),
    tripId: p.string().length(36),
    driverId: p.string().length(36),
    status: p.enum([...OFFER_STATUSES]),
    pickupDistanceKm: coordinate(),
    expiresAt: p.datetime(3),
  },
  uniques: [{ properties: ['tripId', 'driverId'] }],
  indexes: [{ properties: ['driverId', 'status'] }, { properties: ['status', 'expiresAt'] }],
});
export type RideOfferRow = InferEntity<typeof RideOffer>;

export const entities = [Driver, Trip, RideOffer];
