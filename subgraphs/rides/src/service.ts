import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { Knex } from '@mikro-orm/knex';
import {
  isRetryableConflict,
  ErrorCode,
  badInput,
  PerStart,
  cellOf,
  checkPosition,
  conflictError,
  createGeoIndex,
  createRateLimit,
  endAfter,
  etaSeconds,
  fail,
  fieldError,
  flushOrConflict,
  haversineKm,
  isUuid,
  listenThen,
  notFound,
  ok,
  paginate,
  paginateInMemory,
  recordEvent,
  requireViewer,
  totalOrder,
  type Connection,
  type Em,
  type GeoIndex,
  type GeoMember,
  type LatLng,
  type PageArgs,
  type Payload,
  type RateLimit,
  type UserError,
} from '../../../kit';
import type { RidesConfig } from './config';
import type { RidesDeps } from './context';
import { Driver, RideOffer, Trip, type DriverRow, type RideOfferRow, type TripRow, type TripStatus } from './entities';
import { ReporterCache, readReporter, type DriverCore, type TripCore } from './reporters';
import type {
  GeoPointInput,
  RegisterDriverInput,
  ReportPositionInput,
  RequestRideInput,
  RideRole,
  RideUpdateKind,
} from './generated/resolvers';

/** H3 resolution of the surge cells (~5 km²): demand and supply are counted per cell of this size. */
export const SURGE_RESOLUTION = 7;
/** How far back ride requests count as demand in a surge cell. */
const DEMAND_WINDOW_MS = 10 * 60_000;
/** Supply around a pickup: free drivers within this distance. */
const SUPPLY_RADIUS_KM = 3;
const MIN_TRIP_KM = 0.1;
const MAX_TRIP_KM = 200;
const MAX_NEARBY = 50;
const MAX_NEARBY_RADIUS_KM = 20;
/** Candidates read per round of the search for a free driver. */
const CANDIDATES_PER_ROUND = 16;
/** Rounds of the index search inside one look for free drivers (bounds one look's work). */
const MAX_SEARCH_ROUNDS = 8;
/** Looks for a free driver before the ride gets NO_DRIVER: each ends with a reservation or everyone it saw taken. */
const MAX_DISPATCH_ROUNDS = 50;
const SWEEP_BATCH = 200;
const MAX_ATTEMPTS = 6;
/** Average city speed for ETAs, km/h. */
const CITY_SPEED_KMH = 30;

/** The event notifications turns into "your driver is arriving". */
export const DRIVER_ARRIVING_EVENT = 'rides.driver.arriving';
export const TRIP_COMPLETED_EVENT = 'rides.trip.completed';
export const TRIP_CANCELLED_EVENT = 'rides.trip.cancelled';
export const NO_DRIVER_EVENT = 'rides.trip.no_driver';

const ACTIVE_RIDE_MESSAGE = 'You already have a ride in progress; finish or cancel it first.';
const activeRideConflict = (): UserError => conflictError('input', ACTIVE_RIDE_MESSAGE);
const TERMINAL: TripStatus[] = ['COMPLETED', 'CANCELLED', 'NO_DRIVER'];

/** The pub/sub topic of one trip's live changes (status and the driver's positions). */
export const tripTopic = (tripId: string) => `rides:trip:${tripId}`;
/** The pub/sub topic of the offers made to one driver. */
export const offersTopic = (driverId: string) => `rides:offers:${driverId}`;

export interface PositionView {
  lat: number;
  lng: number;
  at: Date | string;
}
export interface FareEstimateView {
  distanceKm: number;
  durationSeconds: number;
  surge: number;
  amount: number;
  currency: string;
}
export interface NearbyDriverView {
  driver: DriverRow;
  position: PositionView;
  distanceKm: number;
  etaSeconds: number;
}
export interface TripUpdateView {
  kind: RideUpdateKind;
  rideId: string;
  status: TripStatus;
  driverPosition: PositionView | null;
  etaSeconds: number | null;
  distanceKm: number | null;
}
/** An offer as pushed to the driver (a row, or its JSON copy through pub/sub). */
export type RideOfferView = Pick<RideOfferRow, 'id' | 'tripId' | 'driverId' | 'status' | 'pickupDistanceKm'> & { expiresAt: Date | string };
export interface RiderRatingView {
  average: number | null;
  count: number;
}

/** The geo index of online drivers, one per started subgraph (Redis when REDIS_URL is set). */
export const driverIndexes = new PerStart<RidesConfig, GeoIndex>(
  (config) => createGeoIndex({ name: 'rides-drivers', redisUrl: config.REDIS_URL, keyPrefix: config.REDIS_KEY_PREFIX }),
  (index) => index.close(),
);
/** The per-driver budget of position reports. */
export const positionLimits = new PerStart<RidesConfig, RateLimit>(
  (config, log) =>
    createRateLimit({
      name: 'rides-positions',
      points: config.RIDES_POSITIONS_PER_SECOND,
      windowSeconds: 1,
      redisUrl: config.REDIS_URL,
      keyPrefix: config.REDIS_KEY_PREFIX,
      log,
    }),
  (limit) => limit.close(),
);
/** The drivers' status and current trip as position reports need them, per started subgraph (see ReporterCache). */
export const reporterCaches = new PerStart<RidesConfig, ReporterCache>(
  (config, log) => new ReporterCache(config.RIDES_REPORTER_CACHE_MS, config.RIDES_REPORTER_CACHE_MAX, log),
  (cache) => cache.close(),
);

type Background = Pick<RidesDeps, 'em' | 'clock' | 'pubsub' | 'log' | 'config'>;

const notFoundError = (field: string | null, message: string): UserError => ({ field, message, code: ErrorCode.NOT_FOUND });
const stateError = (field: string | null, message: string): UserError => ({ field, message, code: ErrorCode.INVALID_STATE });

/** Runs `work` in a transaction, again after a MariaDB deadlock or lock wait timeout (its work was rolled back). */
async function transact<T>(em: Em, work: (tx: Em) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await em.fork().transactional(work);
    } catch (error) {
      if (!isRetryableConflict(error) || attempt >= MAX_ATTEMPTS) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * (attempt + 1)));
    }
  }
}

function knexOf(tx: Em): { knex: Knex; trx: Knex.Transaction } {
  const sql = tx as unknown as { getKnex(): Knex; getTransactionContext<T>(): T | undefined };
  return { knex: sql.getKnex(), trx: sql.getTransactionContext<Knex.Transaction>()! };
}

function checkPoint(errors: UserError[], field: string, point: GeoPointInput): LatLng {
  const verdict = checkPosition({ lat: point.lat, lng: point.lng, at: new Date(0) }, { now: new Date(0) });
  if (!verdict.ok) for (const problem of verdict.problems) errors.push(fieldError(`${field}.${problem.field}`, problem.message));
  return { lat: point.lat, lng: point.lng };
}

function checkText(errors: UserError[], field: string, value: string, min: number, max: number): string {
  const text = value.trim();
  if (text.length < min || text.length > max)
    errors.push(fieldError(field, `${field.split('.').pop()} must be ${min} to ${max} characters.`));
  return text;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

export function pickupOf(trip: Pick<TripRow, 'pickupLat' | 'pickupLng'>): LatLng {
  return { lat: trip.pickupLat, lng: trip.pickupLng };
}
export function dropoffOf(trip: TripRow): LatLng {
  return { lat: trip.dropoffLat, lng: trip.dropoffLng };
}

/** The ETA of the driver at `position` for the trip's next point: the pickup until the rider is aboard, then the drop-off. */
export function etaFor(trip: Pick<TripRow, 'status' | 'pickupLat' | 'pickupLng' | 'dropoffLat' | 'dropoffLng'>, position: LatLng | null) {
  if (!position || TERMINAL.includes(trip.status) || trip.status === 'REQUESTED') return { etaSeconds: null, distanceKm: null };
  const target =
    trip.status === 'IN_PROGRESS' ? { lat: trip.dropoffLat, lng: trip.dropoffLng } : { lat: trip.pickupLat, lng: trip.pickupLng };
  const distanceKm = haversineKm(position, target);
  return { etaSeconds: etaSeconds(distanceKm, { speedKmh: CITY_SPEED_KMH }), distanceKm: round(distanceKm, 3) };
}

function positionView(member: GeoMember | null): PositionView | null {
  return member ? { lat: member.lat, lng: member.lng, at: member.at } : null;
}

export class RidesService {
  // ---------------------------------------------------------------- drivers and positions

  async registerDriver(deps: RidesDeps, input: RegisterDriverInput): Promise<Payload<{ driver: DriverRow }>> {
    const viewer = requireViewer(deps.viewer);
    const errors: UserError[] = [];
    const name = checkText(errors, 'input.name', input.name, 1, 80);
    const vehicle = checkText(errors, 'input.vehicle', input.vehicle, 3, 120);
    if (errors.length) return fail(errors);
    const driver = deps.em.create(Driver, {
      userId: viewer.userId,
      name,
      vehicle,
      status: 'OFFLINE',
      tripId: null,
      ratingSum: 0,
      ratingCount: 0,
      cancellations: 0,
    });
    const refused = await flushOrConflict(deps.em, 'input', 'You are already registered as a driver.');
    if (refused.length) return fail(refused);
    return ok({ driver });
  }

  private async myDriverRow(deps: RidesDeps): Promise<DriverRow | null> {
    const viewer = requireViewer(deps.viewer);
    return deps.em.fork().findOne(Driver, { userId: viewer.userId });
  }

  myDriver(deps: RidesDeps): Promise<DriverRow | null> {
    return deps.loaders.driverByUserId.load(requireViewer(deps.viewer).userId);
  }

  async goOnline(deps: RidesDeps, input: ReportPositionInput): Promise<Payload<{ driver: DriverRow }>> {
    const driver = await this.myDriverRow(deps);
    if (!driver) return fail(notFoundError(null, 'Register as a driver first.'));
    const index = driverIndexes.get(deps);
    const now = deps.clock.now();
    const fix = { lat: input.lat, lng: input.lng, at: input.at ?? now };
    const verdict = checkPosition(fix, { now, maxAgeMs: deps.config.RIDES_POSITION_STALE_SECONDS * 1000 });
    if (!verdict.ok) return fail(verdict.problems.map((p) => fieldError(`position.${p.field}`, p.message)));
    if (driver.status === 'OFFLINE') {
      await deps.em.nativeUpdate(Driver, { id: driver.id, status: 'OFFLINE' }, { status: 'AVAILABLE' });
      await reporterCaches.get(deps).forget([driver.id]);
    }
    await index.set({ id: driver.id, ...fix });
    return ok({ driver: (await deps.em.fork().findOne(Driver, { id: driver.id }))! });
  }

  async goOffline(deps: RidesDeps): Promise<Payload<{ driver: DriverRow }>> {
    const driver = await this.myDriverRow(deps);
    if (!driver) return fail(notFoundError(null, 'Register as a driver first.'));
    if (driver.status === 'OFFERED') return fail(stateError(null, 'Answer the ride offer first.'));
    if (driver.status === 'ON_TRIP') return fail(stateError(null, 'Finish or cancel your ride first.'));
    const changed = await deps.em.nativeUpdate(
      Driver,
      { id: driver.id, status: { $in: ['AVAILABLE', 'OFFLINE'] } },
      { status: 'OFFLINE', tripId: null },
    );
    if (changed !== 1) return fail(stateError(null, 'A ride was just offered to you; answer it first.'));
    await reporterCaches.get(deps).forget([driver.id]);
    // The position goes with it: an offline driver's position is never served.
    await driverIndexes.get(deps).remove(driver.id);
    return ok({ driver: (await deps.em.fork().findOne(Driver, { id: driver.id }))! });
  }

  /**
   * Records an online driver's position: validated (ranges, not from the future, not older than the
   * last one; a jump faster than 300 km/h is kept but flagged), within the driver's rate limit. A
   * driver on a trip pushes it, with the ETA, to the trip's watchers.
   */
  async reportPosition(deps: RidesDeps, input: ReportPositionInput): Promise<Payload<{ position: PositionView; jump: boolean }>> {
    const viewer = requireViewer(deps.viewer);
    const index = driverIndexes.get(deps);
    // The budget is spent while the driver (cache) and their last position (index) are read: with
    // Redis, one round trip less per report. A refused report only wasted a read.
    const [verdictOfLimit, read] = await Promise.all([
      positionLimits.get(deps).spend(`user:${viewer.userId}`),
      reporterCaches
        .get(deps)
        .get(viewer.userId, () => readReporter(deps.em, viewer.userId))
        .then(async (reporter) => ({
          reporter,
          previous: reporter && reporter.driver.status !== 'OFFLINE' ? await index.get(reporter.driver.id) : null,
        })),
    ]);
    if (!verdictOfLimit.ok) {
      return fail({
        field: null,
        code: ErrorCode.RATE_LIMITED,
        message: `Too many position reports: at most ${deps.config.RIDES_POSITIONS_PER_SECOND} a second. Retry in ${verdictOfLimit.retryAfterSeconds} s.`,
      } as UserError);
    }
    const { reporter, previous } = read;
    if (!reporter) return fail(notFoundError(null, 'Register as a driver first.'));
    const { driver } = reporter;
    if (driver.status === 'OFFLINE') return fail(stateError(null, 'You are offline; go online to report positions.'));
    const now = deps.clock.now();
    const fix = { lat: input.lat, lng: input.lng, at: input.at ?? now };
    const verdict = checkPosition(fix, { now, previous, maxAgeMs: deps.config.RIDES_POSITION_STALE_SECONDS * 1000 });
    if (!verdict.ok) return fail(verdict.problems.map((p) => fieldError(`input.${p.field}`, p.message)));
    if (verdict.jump) deps.log.warn({ driverId: driver.id, speedKmh: verdict.speedKmh }, 'driver position jumped faster than plausible');
    await index.set({ id: driver.id, ...fix });
    if (driver.status === 'ON_TRIP' && driver.tripId) {
      let trip: TripCore | null = reporter.trip;
      if (trip && trip.driverId === driver.id && !TERMINAL.includes(trip.status)) {
        // Within RIDES_ARRIVING_METERS of the pickup: the ride is ARRIVING without the driver's tap.
        if (trip.status === 'ACCEPTED' && haversineKm(fix, pickupOf(trip)) * 1000 <= deps.config.RIDES_ARRIVING_METERS) {
          const arrived = await this.arrive(deps, driver, trip);
          if (arrived.ride) trip = arrived.ride;
        }
        await this.publish(deps, trip, 'POSITION', fix);
      }
    }
    return ok({ position: { lat: fix.lat, lng: fix.lng, at: fix.at }, jump: verdict.jump });
  }

  /**
   * Free drivers near `point`, nearest first: the geo index's k-ring search, then the drivers' status
   * read from the database in one statement per round (an offline or busy driver is skipped; an
   * offline one left in the index by a race is taken out).
   */
  async availableNear(
    deps: Background,
    point: LatLng,
    options: { radiusKm: number; limit: number; exclude?: Set<string> },
  ): Promise<NearbyDriverView[]> {
    const index = driverIndexes.get(deps);
    const exclude = new Set(options.exclude ?? []);
    const freshSince = this.freshSince(deps);
    const found: NearbyDriverView[] = [];
    const perRound = Math.max(CANDIDATES_PER_ROUND, options.limit);
    for (let roundNo = 0; roundNo < MAX_SEARCH_ROUNDS && found.length < options.limit; roundNo++) {
      const { members } = await index.nearest(point, { limit: perRound, radiusKm: options.radiusKm, exclude, freshSince });
      if (members.length === 0) break;
      const rows = await deps.em.fork().find(Driver, { id: { $in: members.map((m) => m.id) } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const member of members) {
        exclude.add(member.id);
        const driver = byId.get(member.id);
        if (!driver || driver.status === 'OFFLINE') {
          await index.remove(member.id);
          continue;
        }
        if (driver.status !== 'AVAILABLE' || found.length >= options.limit) continue;
        found.push({
          driver,
          position: { lat: member.lat, lng: member.lng, at: member.at },
          distanceKm: round(member.distanceKm, 3),
          etaSeconds: etaSeconds(member.distanceKm, { speedKmh: CITY_SPEED_KMH }),
        });
      }
      if (members.length < perRound) break;
    }
    return found;
  }

  private freshSince(deps: Background): Date {
    return new Date(deps.clock.now().getTime() - deps.config.RIDES_POSITION_STALE_SECONDS * 1000);
  }

  async nearbyDrivers(deps: RidesDeps, near: GeoPointInput, radiusKm: number, args: PageArgs): Promise<Connection<NearbyDriverView>> {
    requireViewer(deps.viewer);
    const errors: UserError[] = [];
    const point = checkPoint(errors, 'near', near);
    if (!(radiusKm > 0 && radiusKm <= MAX_NEARBY_RADIUS_KM))
      errors.push(fieldError('radiusKm', `radiusKm must be more than 0 and at most ${MAX_NEARBY_RADIUS_KM}.`));
    if (errors.length) throw badInputOf(errors);
    const all = await this.availableNear(deps, point, { radiusKm, limit: MAX_NEARBY });
    return paginateInMemory(all, args, `nearbyDrivers:${point.lat},${point.lng},${radiusKm}`);
  }

  // ---------------------------------------------------------------- fares

  /** The surge of the cell holding `point`: recent requests there over free drivers around it, 1.0 to RIDES_MAX_SURGE. */
  async surgeAt(deps: Background, point: LatLng): Promise<number> {
    const cell = cellOf(point, SURGE_RESOLUTION);
    const since = new Date(deps.clock.now().getTime() - DEMAND_WINDOW_MS);
    const [demand, supply] = await Promise.all([
      deps.em.fork().count(Trip, { pickupCell: cell, createdAt: { $gte: since }, status: { $in: ['REQUESTED', 'NO_DRIVER'] } }),
      // Supply from the index alone (online drivers with a fresh position): no database read per estimate.
      driverIndexes
        .get(deps)
        .nearest(point, { radiusKm: SUPPLY_RADIUS_KM, limit: MAX_NEARBY, freshSince: this.freshSince(deps) })
        .then((r) => r.members.length),
    ]);
    if (demand <= supply) return 1;
    const ratio = demand / Math.max(1, supply);
    return Math.min(deps.config.RIDES_MAX_SURGE, round(1 + (ratio - 1) * 0.25, 1));
  }

  async estimate(deps: Background, pickup: LatLng, dropoff: LatLng): Promise<FareEstimateView> {
    const distanceKm = haversineKm(pickup, dropoff);
    const durationSeconds = etaSeconds(distanceKm, { speedKmh: CITY_SPEED_KMH });
    const surge = await this.surgeAt(deps, pickup);
    const base =
      deps.config.RIDES_FARE_BASE +
      distanceKm * 1.3 * deps.config.RIDES_FARE_PER_KM +
      (durationSeconds / 60) * deps.config.RIDES_FARE_PER_MINUTE;
    return {
      distanceKm: round(distanceKm, 3),
      durationSeconds,
      surge,
      amount: Math.round(base * surge),
      currency: deps.config.RIDES_CURRENCY,
    };
  }

  private checkRoute(
    pickupIn: GeoPointInput,
    dropoffIn: GeoPointInput,
    prefix: string,
  ): { errors: UserError[]; pickup: LatLng; dropoff: LatLng } {
    const errors: UserError[] = [];
    const pickup = checkPoint(errors, `${prefix}pickup`, pickupIn);
    const dropoff = checkPoint(errors, `${prefix}dropoff`, dropoffIn);
    if (!errors.length) {
      const km = haversineKm(pickup, dropoff);
      if (km < MIN_TRIP_KM || km > MAX_TRIP_KM)
        errors.push(
          fieldError(
            `${prefix}dropoff`,
            `The drop-off must be ${MIN_TRIP_KM} to ${MAX_TRIP_KM} km from the pickup (it is ${round(km, 2)} km).`,
          ),
        );
    }
    return { errors, pickup, dropoff };
  }

  async fareEstimate(deps: RidesDeps, pickupIn: GeoPointInput, dropoffIn: GeoPointInput): Promise<FareEstimateView> {
    requireViewer(deps.viewer);
    const { errors, pickup, dropoff } = this.checkRoute(pickupIn, dropoffIn, '');
    if (errors.length) throw badInputOf(errors);
    return this.estimate(deps, pickup, dropoff);
  }

  // ---------------------------------------------------------------- requests and offers

  async requestRide(deps: RidesDeps, input: RequestRideInput): Promise<Payload<{ ride: TripRow }>> {
    const viewer = requireViewer(deps.viewer);
    const { errors, pickup, dropoff } = this.checkRoute(input.pickup, input.dropoff, 'input.');
    if (errors.length) return fail(errors);
    // A fast answer for the usual case; the unique key on `activeRiderId` is the guarantee under a race.
    if (await deps.em.fork().count(Trip, { activeRiderId: viewer.userId })) return fail(activeRideConflict());
    const estimate = await this.estimate(deps, pickup, dropoff);
    const em = deps.em.fork();
    const trip = em.create(Trip, {
      riderId: viewer.userId,
      activeRiderId: viewer.userId,
      driverId: null,
      status: 'REQUESTED',
      pickupLat: pickup.lat,
      pickupLng: pickup.lng,
      dropoffLat: dropoff.lat,
      dropoffLng: dropoff.lng,
      pickupCell: cellOf(pickup, SURGE_RESOLUTION),
      distanceKm: estimate.distanceKm,
      durationSeconds: estimate.durationSeconds,
      surge: estimate.surge,
      fareAmount: estimate.amount,
      currency: estimate.currency,
      charged: null,
      cancelledBy: null,
      cancelReason: null,
      cancellationFee: null,
      offersMade: 0,
      acceptedAt: null,
      arrivedAt: null,
      startedAt: null,
      completedAt: null,
      cancelledAt: null,
      driverRating: null,
      riderRating: null,
    });
    // Two racing requests by one rider: the second insert breaks the unique key and gets CONFLICT.
    const refused = await flushOrConflict(em, 'input', ACTIVE_RIDE_MESSAGE);
    if (refused.length) return fail(refused);
    await this.dispatch(deps, trip.id);
    return ok({ ride: (await deps.em.fork().findOne(Trip, { id: trip.id }))! });
  }

  /**
   * Offers a REQUESTED trip to the nearest free driver not yet asked: reserves the driver by a
   * conditional update AVAILABLE → OFFERED (only one request wins a driver), records the offer, and
   * pushes it to the driver. When no driver is free (or RIDES_MAX_OFFERS were made) the trip ends as
   * NO_DRIVER and the rider is told.
   */
  async dispatch(deps: Background, tripId: string): Promise<RideOfferRow | null> {
    const em = deps.em.fork();
    const trip = await em.findOne(Trip, { id: tripId });
    if (!trip || trip.status !== 'REQUESTED') return null;
    if (trip.offersMade < deps.config.RIDES_MAX_OFFERS) {
      const asked = await em.find(RideOffer, { tripId }, { fields: ['driverId'] });
      const exclude = new Set(asked.map((o) => o.driverId));
      for (let roundNo = 0; roundNo < MAX_DISPATCH_ROUNDS; roundNo++) {
        const candidates = await this.availableNear(deps, pickupOf(trip), {
          radiusKm: deps.config.RIDES_SEARCH_RADIUS_KM,
          limit: CANDIDATES_PER_ROUND,
          exclude,
        });
        if (candidates.length === 0) break;
        const offer = await this.reserve(deps, trip, candidates);
        if (offer === 'trip-gone') return null;
        if (offer) {
          await reporterCaches.get(deps).forget([offer.driverId]);
          await this.pushOffer(deps, offer);
          return offer;
        }
        // Every candidate was taken meanwhile: read who is free again.
      }
    }
    const ended = await transact(deps.em, async (tx) => {
      const n = await tx.nativeUpdate(Trip, { id: tripId, status: 'REQUESTED' }, { status: 'NO_DRIVER', activeRiderId: null });
      if (n === 1) {
        recordEvent(tx, NO_DRIVER_EVENT, {
          tripId,
          recipientIds: [trip.riderId],
          title: 'No driver is free',
          body: 'No driver near your pickup could take the ride. Please try again in a few minutes.',
        });
      }
      return n === 1;
    });
    if (ended) await this.publish(deps, { ...trip, status: 'NO_DRIVER' }, 'STATUS', null);
    return null;
  }

  /**
   * Reserves the nearest of `candidates` that is still free, in one transaction: their rows are read
   * with `FOR UPDATE SKIP LOCKED` on MariaDB (rows another request is reserving are skipped, not
   * waited for; SQLite runs one transaction at a time), the nearest AVAILABLE one moves to OFFERED
   * for this trip and the offer is recorded. Null when every candidate was taken meanwhile.
   */
  private async reserve(deps: Background, trip: TripRow, candidates: NearbyDriverView[]): Promise<RideOfferRow | null | 'trip-gone'> {
    const expiresAt = new Date(deps.clock.now().getTime() + deps.config.RIDES_OFFER_TIMEOUT_SECONDS * 1000);
    const lockMode = deps.config.MYSQL_URL ? LockMode.PESSIMISTIC_PARTIAL_WRITE : undefined;
    return transact(deps.em, async (tx) => {
      const free = await tx.find(
        Driver,
        { id: { $in: candidates.map((c) => c.driver.id) }, status: 'AVAILABLE' },
        { lockMode, refresh: true },
      );
      const freeIds = new Set(free.map((d) => d.id));
      const pick = candidates.find((c) => freeIds.has(c.driver.id));
      if (!pick) return null;
      const still = await tx.nativeUpdate(Trip, { id: trip.id, status: 'REQUESTED' }, { offersMade: trip.offersMade + 1 });
      if (still !== 1) return 'trip-gone' as const;
      const won = await tx.nativeUpdate(Driver, { id: pick.driver.id, status: 'AVAILABLE' }, { status: 'OFFERED', tripId: trip.id });
      if (won !== 1) throw new Error(`driver ${pick.driver.id} changed under its lock`);
      trip.offersMade++;
      return tx.create(RideOffer, {
        tripId: trip.id,
        driverId: pick.driver.id,
        status: 'PENDING',
        pickupDistanceKm: pick.distanceKm,
        expiresAt,
      });
    });
  }

  private async pushOffer(deps: Pick<RidesDeps, 'pubsub' | 'log'>, offer: RideOfferView): Promise<void> {
    const view: RideOfferView = {
      id: offer.id,
      tripId: offer.tripId,
      driverId: offer.driverId,
      status: offer.status,
      pickupDistanceKm: offer.pickupDistanceKm,
      expiresAt: offer.expiresAt,
    };
    await deps.pubsub.publish(offersTopic(offer.driverId), view).catch((error: unknown) => {
      deps.log.warn({ err: String(error), offerId: offer.id }, 'could not push a ride offer');
    });
  }

  private async myOfferRow(deps: RidesDeps, offerId: string): Promise<{ driver: DriverRow; offer: RideOfferRow } | UserError> {
    const driver = await this.myDriverRow(deps);
    if (!driver) return notFoundError('offerId', 'Register as a driver first.');
    const offer = isUuid(offerId) ? await deps.em.fork().findOne(RideOffer, { id: offerId }) : null;
    if (!offer || offer.driverId !== driver.id) return notFoundError('offerId', 'No ride offer of yours with this id.');
    return { driver, offer };
  }

  async acceptOffer(deps: RidesDeps, offerId: string): Promise<Payload<{ offer: RideOfferRow }>> {
    const found = await this.myOfferRow(deps, offerId);
    if ('code' in found) return fail(found);
    const { driver, offer } = found;
    const now = deps.clock.now();
    if (offer.status !== 'PENDING') return fail(stateError('offerId', `The offer is ${offer.status.toLowerCase()}.`));
    if (offer.expiresAt.getTime() <= now.getTime()) return fail(stateError('offerId', 'The offer ran out.'));
    const accepted = await transact(deps.em, async (tx) => {
      const n = await tx.nativeUpdate(RideOffer, { id: offer.id, status: 'PENDING', expiresAt: { $gt: now } }, { status: 'ACCEPTED' });
      if (n !== 1) return false;
      const t = await tx.nativeUpdate(
        Trip,
        { id: offer.tripId, status: 'REQUESTED' },
        { status: 'ACCEPTED', driverId: driver.id, acceptedAt: now },
      );
      const d = await tx.nativeUpdate(Driver, { id: driver.id, status: 'OFFERED', tripId: offer.tripId }, { status: 'ON_TRIP' });
      if (t !== 1 || d !== 1) throw new AcceptRace();
      return true;
    }).catch((error: unknown) => {
      if (error instanceof AcceptRace) return false;
      throw error;
    });
    if (!accepted) return fail(stateError('offerId', 'The offer is no longer open (it ran out or the rider cancelled).'));
    await reporterCaches.get(deps).forget([driver.id]);
    const trip = (await deps.em.fork().findOne(Trip, { id: offer.tripId }))!;
    await this.publish(deps, trip, 'STATUS', await driverIndexes.get(deps).get(driver.id));
    return ok({ offer: (await deps.em.fork().findOne(RideOffer, { id: offer.id }))! });
  }

  async declineOffer(deps: RidesDeps, offerId: string): Promise<Payload<{ offer: RideOfferRow }>> {
    const found = await this.myOfferRow(deps, offerId);
    if ('code' in found) return fail(found);
    const { offer } = found;
    if (offer.status !== 'PENDING') return fail(stateError('offerId', `The offer is ${offer.status.toLowerCase()}.`));
    const declined = await this.release(deps, offer, 'DECLINED');
    if (!declined) return fail(stateError('offerId', 'The offer is no longer open.'));
    await this.dispatch(deps, offer.tripId);
    return ok({ offer: (await deps.em.fork().findOne(RideOffer, { id: offer.id }))! });
  }

  /** Closes a pending offer (declined, expired, withdrawn) and frees its driver, once whoever races. */
  private async release(deps: Background, offer: RideOfferRow, status: 'DECLINED' | 'EXPIRED' | 'WITHDRAWN', now?: Date): Promise<boolean> {
    const released = await transact(deps.em, async (tx) => {
      const where: FilterQuery<RideOfferRow> = { id: offer.id, status: 'PENDING' };
      if (now) where.expiresAt = { $lte: now };
      const n = await tx.nativeUpdate(RideOffer, where, { status });
      if (n !== 1) return false;
      await tx.nativeUpdate(Driver, { id: offer.driverId, status: 'OFFERED', tripId: offer.tripId }, { status: 'AVAILABLE', tripId: null });
      return true;
    });
    if (released) await reporterCaches.get(deps).forget([offer.driverId]);
    return released;
  }

  /**
   * Expires offers not answered in time (the sweep, on every replica): each by a conditional update
   * that one caller wins; the driver is free again and the ride goes to the next driver.
   */
  async expireOffers(deps: Background): Promise<number> {
    const now = deps.clock.now();
    const due = await deps.em
      .fork()
      .find(RideOffer, { status: 'PENDING', expiresAt: { $lte: now } }, { limit: SWEEP_BATCH, orderBy: { expiresAt: 'asc', id: 'asc' } });
    let expired = 0;
    for (const offer of due) {
      if (!(await this.release(deps, offer, 'EXPIRED', now))) continue;
      expired++;
      await this.dispatch(deps, offer.tripId);
    }
    return expired;
  }

  async myOffer(deps: RidesDeps): Promise<RideOfferRow | null> {
    const driver = await this.myDriver(deps);
    if (!driver) return null;
    return deps.em.findOne(RideOffer, { driverId: driver.id, status: 'PENDING', expiresAt: { $gt: deps.clock.now() } });
  }

  async watchOffers(deps: RidesDeps): Promise<AsyncIterableIterator<RideOfferView>> {
    const driver = await this.myDriver(deps);
    if (!driver) throw notFound('Your driver profile');
    return deps.pubsub.subscribe<RideOfferView>(offersTopic(driver.id));
  }

  // ---------------------------------------------------------------- the trip state machine

  private async driverTrip(deps: RidesDeps, tripId: string): Promise<{ driver: DriverRow; trip: TripRow } | UserError> {
    const driver = await this.myDriverRow(deps);
    const trip = driver && isUuid(tripId) ? await deps.em.fork().findOne(Trip, { id: tripId }) : null;
    if (!driver || !trip || trip.driverId !== driver.id) return notFoundError('rideId', 'No ride of yours as a driver with this id.');
    return { driver, trip };
  }

  /** Moves the trip from `from` to `to` by a conditional update; the fresh row, or a state error. */
  private async move(
    deps: RidesDeps,
    trip: TripCore,
    from: TripStatus,
    changes: Partial<TripRow> & { status: TripStatus },
    also?: (tx: Em) => Promise<void> | void,
  ): Promise<Payload<{ ride: TripRow }>> {
    if (trip.status !== from)
      return fail(
        stateError(
          'rideId',
          `The ride is ${trip.status.toLowerCase().replace('_', ' ')}; it must be ${from.toLowerCase().replace('_', ' ')}.`,
        ),
      );
    const moved = await transact(deps.em, async (tx) => {
      const n = await tx.nativeUpdate(Trip, { id: trip.id, status: from }, changes);
      if (n !== 1) return false;
      await also?.(tx);
      return true;
    });
    if (!moved) return fail(stateError('rideId', 'The ride has just changed; read it again.'));
    // The driver's cached trip (its status decides ETA targets and arrival) is stale now.
    await reporterCaches.get(deps).forget([trip.driverId]);
    const fresh = (await deps.em.fork().findOne(Trip, { id: trip.id }))!;
    await this.publish(deps, fresh, 'STATUS', trip.driverId ? await driverIndexes.get(deps).get(trip.driverId) : null);
    return ok({ ride: fresh });
  }

  async markArriving(deps: RidesDeps, tripId: string): Promise<Payload<{ ride: TripRow }>> {
    const found = await this.driverTrip(deps, tripId);
    if ('code' in found) return fail(found);
    return this.arrive(deps, found.driver, found.trip);
  }

  /**
   * ACCEPTED → ARRIVING, once whoever races (the driver's tap, or a position report within
   * RIDES_ARRIVING_METERS of the pickup): the rider's watchers get the status and notifications the
   * "driver arriving" event.
   */
  private arrive(deps: RidesDeps, driver: DriverCore, trip: TripCore): Promise<Payload<{ ride: TripRow }>> {
    return this.move(deps, trip, 'ACCEPTED', { status: 'ARRIVING', arrivedAt: deps.clock.now() }, (tx) =>
      recordEvent(tx, DRIVER_ARRIVING_EVENT, {
        tripId: trip.id,
        driverId: driver.id,
        recipientIds: [trip.riderId],
        actorId: driver.userId,
        title: 'Your driver is arriving',
        body: `${driver.name} is at the pickup in a ${driver.vehicle}.`,
      }),
    );
  }

  async startTrip(deps: RidesDeps, tripId: string): Promise<Payload<{ ride: TripRow }>> {
    const found = await this.driverTrip(deps, tripId);
    if ('code' in found) return fail(found);
    return this.move(deps, found.trip, 'ARRIVING', { status: 'IN_PROGRESS', startedAt: deps.clock.now() });
  }

  async completeTrip(deps: RidesDeps, tripId: string): Promise<Payload<{ ride: TripRow }>> {
    const found = await this.driverTrip(deps, tripId);
    if ('code' in found) return fail(found);
    const { driver, trip } = found;
    return this.move(
      deps,
      trip,
      'IN_PROGRESS',
      { status: 'COMPLETED', activeRiderId: null, completedAt: deps.clock.now(), charged: trip.fareAmount },
      async (tx) => {
        await tx.nativeUpdate(Driver, { id: driver.id, status: 'ON_TRIP', tripId: trip.id }, { status: 'AVAILABLE', tripId: null });
        recordEvent(tx, TRIP_COMPLETED_EVENT, {
          tripId: trip.id,
          recipientIds: [trip.riderId],
          actorId: driver.userId,
          title: 'Thanks for riding',
          body: `Your trip is complete: ${(trip.fareAmount / 100).toFixed(2)} ${trip.currency}. Rate your driver in the app.`,
        });
      },
    );
  }

  /**
   * Cancels a trip. The rider: free while no driver accepted and for RIDES_FREE_CANCEL_SECONDS after,
   * then RIDES_CANCEL_FEE (also once the driver is at the pickup). The driver: free for the rider,
   * counted against the driver. Nobody cancels a trip in progress.
   */
  async cancelTrip(deps: RidesDeps, tripId: string, reason: string | null | undefined): Promise<Payload<{ ride: TripRow }>> {
    const viewer = requireViewer(deps.viewer);
    const errors: UserError[] = [];
    const why = reason == null ? null : checkText(errors, 'reason', reason, 1, 200);
    if (errors.length) return fail(errors);
    const trip = isUuid(tripId) ? await deps.em.fork().findOne(Trip, { id: tripId }) : null;
    const driver = trip?.driverId ? await deps.em.fork().findOne(Driver, { id: trip.driverId }) : null;
    const by = trip?.riderId === viewer.userId ? 'RIDER' : driver && driver.userId === viewer.userId ? 'DRIVER' : null;
    if (!trip || !by) return fail(notFoundError('rideId', 'No ride of yours with this id.'));
    if (trip.status === 'IN_PROGRESS') return fail(stateError('rideId', 'The ride has started; the driver ends it at the drop-off.'));
    if (by === 'DRIVER' && trip.status === 'REQUESTED') return fail(stateError('rideId', 'Decline the offer instead.'));
    if (!['REQUESTED', 'ACCEPTED', 'ARRIVING'].includes(trip.status)) {
      return fail(stateError('rideId', `The ride is ${trip.status.toLowerCase().replace('_', ' ')}.`));
    }
    const now = deps.clock.now();
    let fee = 0;
    if (by === 'RIDER') {
      const freeUntil = (trip.acceptedAt?.getTime() ?? Number.POSITIVE_INFINITY) + deps.config.RIDES_FREE_CANCEL_SECONDS * 1000;
      if (trip.status === 'ARRIVING' || (trip.status === 'ACCEPTED' && now.getTime() > freeUntil)) fee = deps.config.RIDES_CANCEL_FEE;
    }
    const pending = trip.status === 'REQUESTED' ? await deps.em.fork().findOne(RideOffer, { tripId: trip.id, status: 'PENDING' }) : null;
    const result = await this.move(
      deps,
      trip,
      trip.status,
      {
        status: 'CANCELLED',
        activeRiderId: null,
        cancelledAt: now,
        cancelledBy: by,
        cancelReason: why,
        cancellationFee: fee,
        charged: fee > 0 ? fee : null,
      },
      async (tx) => {
        if (pending) {
          await tx.nativeUpdate(RideOffer, { id: pending.id, status: 'PENDING' }, { status: 'WITHDRAWN' });
          await tx.nativeUpdate(
            Driver,
            { id: pending.driverId, status: 'OFFERED', tripId: trip.id },
            { status: 'AVAILABLE', tripId: null },
          );
        }
        if (driver && trip.status !== 'REQUESTED') {
          await tx.nativeUpdate(Driver, { id: driver.id, status: 'ON_TRIP', tripId: trip.id }, { status: 'AVAILABLE', tripId: null });
          if (by === 'DRIVER') {
            const { knex, trx } = knexOf(tx);
            await knex('drivers').where({ id: driver.id }).increment('cancellations', 1).transacting(trx);
          }
        }
        const other = by === 'RIDER' ? driver?.userId : trip.riderId;
        if (other && trip.status !== 'REQUESTED') {
          recordEvent(tx, TRIP_CANCELLED_EVENT, {
            tripId: trip.id,
            recipientIds: [other],
            actorId: viewer.userId,
            title: by === 'RIDER' ? 'The rider cancelled' : 'Your driver cancelled',
            body: why ?? (by === 'RIDER' ? 'The rider cancelled the trip.' : 'Your driver cancelled; request a new ride.'),
          });
        }
      },
    );
    // A withdrawn offer freed its driver (the trip's own driver was forgotten by the move).
    if (pending && result.errors.length === 0) await reporterCaches.get(deps).forget([pending.driverId]);
    return result;
  }

  async rateTrip(deps: RidesDeps, tripId: string, stars: number): Promise<Payload<{ ride: TripRow }>> {
    const viewer = requireViewer(deps.viewer);
    if (!Number.isInteger(stars) || stars < 1 || stars > 5) return fail(fieldError('stars', 'stars must be a whole number from 1 to 5.'));
    const trip = isUuid(tripId) ? await deps.em.fork().findOne(Trip, { id: tripId }) : null;
    const driver = trip?.driverId ? await deps.em.fork().findOne(Driver, { id: trip.driverId }) : null;
    const by = trip?.riderId === viewer.userId ? 'RIDER' : driver && driver.userId === viewer.userId ? 'DRIVER' : null;
    if (!trip || !by) return fail(notFoundError('rideId', 'No ride of yours with this id.'));
    if (trip.status !== 'COMPLETED') return fail(stateError('rideId', 'Only a completed ride can be rated.'));
    const rated = await transact(deps.em, async (tx) => {
      if (by === 'RIDER') {
        const n = await tx.nativeUpdate(Trip, { id: trip.id, driverRating: null }, { driverRating: stars });
        if (n !== 1) return false;
        const { knex, trx } = knexOf(tx);
        await knex('drivers').where({ id: driver!.id }).increment({ rating_sum: stars, rating_count: 1 }).transacting(trx);
        return true;
      }
      return (await tx.nativeUpdate(Trip, { id: trip.id, riderRating: null }, { riderRating: stars })) === 1;
    });
    if (!rated) return fail(conflictError('rideId', 'You already rated this ride.'));
    return ok({ ride: (await deps.em.fork().findOne(Trip, { id: trip.id }))! });
  }

  async myRiderRating(deps: RidesDeps): Promise<RiderRatingView> {
    const viewer = requireViewer(deps.viewer);
    const { knex } = knexOf(deps.em);
    const [row] = (await knex('trips')
      .where({ rider_id: viewer.userId })
      .whereNotNull('rider_rating')
      .select(knex.raw('count(*) as c'), knex.raw('sum(rider_rating) as s'))) as { c: number | string; s: number | string | null }[];
    const count = Number(row?.c ?? 0);
    return { count, average: count ? round(Number(row!.s) / count, 2) : null };
  }

  // ---------------------------------------------------------------- reading and watching trips

  /** Whether the viewer rides or drives the trip (or has an offer for it). */
  private async mayView(deps: RidesDeps, trip: TripRow): Promise<boolean> {
    const viewer = deps.viewer;
    if (!viewer) return false;
    if (trip.riderId === viewer.userId) return true;
    const driver = await deps.loaders.driverByUserId.load(viewer.userId);
    if (!driver) return false;
    return trip.driverId === driver.id || driver.tripId === trip.id;
  }

  async trip(deps: RidesDeps, id: string): Promise<TripRow | null> {
    if (!isUuid(id)) return null;
    const trip = await deps.loaders.tripById.load(id);
    return trip && (await this.mayView(deps, trip)) ? trip : null;
  }

  async myTrips(deps: RidesDeps, role: RideRole, args: PageArgs): Promise<Connection<TripRow>> {
    const viewer = requireViewer(deps.viewer);
    let where: FilterQuery<TripRow> = { riderId: viewer.userId };
    if (role === 'DRIVER') {
      const driver = await deps.loaders.driverByUserId.load(viewer.userId);
      // A user who never drove has no trips as a driver: an id no driver has.
      where = { driverId: driver?.id ?? '00000000-0000-0000-0000-000000000000' };
    }
    return paginate(deps.em, Trip, where, args, totalOrder<TripRow>('createdAt', 'DESC'), { list: `myTrips:${role}` });
  }

  private async publish(
    deps: Pick<RidesDeps, 'pubsub' | 'log'>,
    trip: TripCore,
    kind: RideUpdateKind,
    position: GeoMember | PositionView | null,
  ): Promise<void> {
    const at = position ? { lat: position.lat, lng: position.lng } : null;
    const update: TripUpdateView = {
      kind,
      rideId: trip.id,
      status: trip.status,
      driverPosition: position ? { lat: position.lat, lng: position.lng, at: position.at } : null,
      ...etaFor(trip, at),
    };
    await deps.pubsub.publish(tripTopic(trip.id), update).catch((error: unknown) => {
      deps.log.warn({ err: String(error), tripId: trip.id }, 'could not publish a trip update');
    });
  }

  /**
   * The trip's live changes for its rider or driver: listens first, then sends the current state
   * (SNAPSHOT: status, the driver's last position and ETA), then every status change and position;
   * ends after a final status.
   */
  async watchTrip(deps: RidesDeps, tripId: string): Promise<AsyncIterableIterator<TripUpdateView>> {
    const source = deps.pubsub.subscribe<TripUpdateView>(tripTopic(tripId));
    const snapshot = await listenThen(source, async () => {
      const trip = isUuid(tripId) ? await deps.loaders.tripById.load(tripId) : null;
      if (!trip || !(await this.mayView(deps, trip))) throw notFound('Ride', tripId.slice(0, 40));
      const position =
        trip.driverId && !TERMINAL.includes(trip.status) ? positionView(await driverIndexes.get(deps).get(trip.driverId)) : null;
      const view: TripUpdateView = {
        kind: 'SNAPSHOT',
        rideId: trip.id,
        status: trip.status,
        driverPosition: position,
        ...etaFor(trip, position),
      };
      return view;
    });
    return endAfter(startWith(snapshot, source), (update) => TERMINAL.includes(update.status));
  }
}

class AcceptRace extends Error {}

/** The first problem of a query's arguments, as a BAD_USER_INPUT error naming its field. */
function badInputOf(errors: UserError[]): Error {
  return badInput(errors.map((e) => e.message).join(' '), errors[0]!.field ?? undefined);
}

/** `first`, then what `rest` yields; `return()` releases `rest` at once (not at its next event). */
function startWith<T>(first: T, rest: AsyncIterableIterator<T>): AsyncIterableIterator<T> {
  let given = false;
  const iterator: AsyncIterableIterator<T> = {
    next: async () => {
      if (!given) {
        given = true;
        return { value: first, done: false };
      }
      return rest.next();
    },
    return: async () => {
      given = true;
      await rest.return?.();
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
