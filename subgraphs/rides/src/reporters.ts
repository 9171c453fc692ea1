import type { Em, Logger, PubSub } from '../../../kit';
import type { DriverRow, TripRow, TripStatus } from './entities';

/** What a position report needs of the driver. */
export type DriverCore = Pick<DriverRow, 'id' | 'userId' | 'name' | 'vehicle' | 'status' | 'tripId'>;
/** What a position report (ETA, arrival, the watchers' update) needs of the driver's trip. */
export type TripCore = Pick<TripRow, 'id' | 'status' | 'driverId' | 'riderId' | 'pickupLat' | 'pickupLng' | 'dropoffLat' | 'dropoffLng'>;
/** The reporting driver and their current trip. */
export interface Reporter {
  driver: DriverCore;
  trip: TripCore | null;
}

/** Pub/sub topic on which every replica hears that drivers' status or current trip changed. */
export const DRIVERS_CHANGED_TOPIC = 'rides:drivers:changed';

interface Entry {
  reporter: Reporter;
  until: number;
}

/**
 * The position-ingest cache of one started rides subgraph: user id → the driver's status and current
 * trip, so a report needs no SQL read. Every write that changes a driver's status or trip (or the
 * trip's status) calls {@link ReporterCache.forget} after its commit: the entry is dropped here at
 * once and on every other replica through the pub/sub (Redis across processes). A read that was in
 * flight when any change arrived is not kept (the change may have landed after it read), entries
 * expire after `ttlMs` (a change whose broadcast was lost is stale that long at most), and nothing is
 * cached while the invalidation listener is not confirmed (before Redis acknowledged the channel).
 * The same pattern as links' redirect cache (subgraphs/links/src/redirect.ts).
 */
export class ReporterCache {
  private readonly entries = new Map<string, Entry>();
  /** driver id → user id of the cached entries: invalidations name drivers, reports name users. */
  private readonly userOfDriver = new Map<string, string>();
  /** Bumped by every invalidation: a read begun under an older epoch is not cached. */
  private epoch = 0;
  private changes: AsyncIterableIterator<{ driverIds: string[] }> | null = null;
  private pubsub: PubSub | null = null;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly log: Logger,
  ) {}

  /** Starts the invalidation listener (the subgraph's `start` hook). */
  listen(pubsub: PubSub): void {
    if (this.changes || this.ttlMs <= 0) return;
    this.pubsub = pubsub;
    const changes = pubsub.subscribe<{ driverIds: string[] }>(DRIVERS_CHANGED_TOPIC);
    this.changes = changes;
    void (async () => {
      try {
        for await (const change of changes) this.drop(change.driverIds);
      } catch (error) {
        this.log.warn({ err: error }, 'rides: driver invalidation listener ended');
      }
    })();
  }

  /** Stops the listener and empties the cache. */
  async close(): Promise<void> {
    const changes = this.changes;
    this.changes = null;
    this.pubsub = null;
    await changes?.return?.();
    this.entries.clear();
    this.userOfDriver.clear();
  }

  /** The reporter of `userId`: from the cache, or read with `load` (and cached when that is safe). */
  async get(userId: string, load: () => Promise<Reporter | null>): Promise<Reporter | null> {
    const now = Date.now();
    const held = this.entries.get(userId);
    if (held && held.until > now) return held.reporter;
    const epoch = this.epoch;
    const reporter = await load();
    // Not-yet-registered users are not cached: registering needs no invalidation.
    if (reporter && epoch === this.epoch && this.listening()) {
      this.entries.delete(userId);
      this.entries.set(userId, { reporter, until: now + this.ttlMs });
      this.userOfDriver.set(reporter.driver.id, userId);
      if (this.entries.size > this.maxEntries) {
        const [oldestUser, oldest] = this.entries.entries().next().value!;
        this.entries.delete(oldestUser);
        this.userOfDriver.delete(oldest.reporter.driver.id);
      }
    } else if (held) {
      this.entries.delete(userId);
    }
    return reporter;
  }

  /** Whether `userId`'s reporter is cached here now (tests, metrics). */
  holds(userId: string): boolean {
    const held = this.entries.get(userId);
    return held !== undefined && held.until > Date.now();
  }

  /**
   * Drivers whose status or trip just changed (call after the commit): dropped here at once, then
   * announced to the other replicas. A failed announcement is logged; their entries expire by TTL.
   */
  async forget(driverIds: readonly (string | null | undefined)[]): Promise<void> {
    const ids = driverIds.filter((id): id is string => typeof id === 'string');
    if (ids.length === 0) return;
    this.drop(ids);
    await this.pubsub?.publish(DRIVERS_CHANGED_TOPIC, { driverIds: ids }).catch((error: unknown) => {
      this.log.warn({ err: String(error), driverIds: ids }, 'rides: could not announce a driver change');
    });
  }

  private drop(driverIds: readonly string[]): void {
    this.epoch++;
    for (const driverId of driverIds) {
      const userId = this.userOfDriver.get(driverId);
      if (userId === undefined) continue;
      this.userOfDriver.delete(driverId);
      this.entries.delete(userId);
    }
  }

  private listening(): boolean {
    return this.ttlMs > 0 && this.pubsub !== null && this.pubsub.listeners(DRIVERS_CHANGED_TOPIC) > 0;
  }
}

/** Turns a joined driver + trip row (snake_case aliases, as the knex read returns it) into a Reporter. */
export function reporterFromRow(userId: string, row: Record<string, string | number | null>): Reporter {
  const driver: DriverCore = {
    id: String(row.id),
    userId,
    name: String(row.name),
    vehicle: String(row.vehicle),
    status: row.status as DriverCore['status'],
    tripId: row.trip_id === null ? null : String(row.trip_id),
  };
  const trip: TripCore | null =
    row.t_id === null || row.t_id === undefined
      ? null
      : {
          id: String(row.t_id),
          status: row.t_status as TripStatus,
          driverId: row.t_driver_id === null ? null : String(row.t_driver_id),
          riderId: String(row.t_rider_id),
          pickupLat: Number(row.t_pickup_lat),
          pickupLng: Number(row.t_pickup_lng),
          dropoffLat: Number(row.t_dropoff_lat),
          dropoffLng: Number(row.t_dropoff_lng),
        };
  return { driver, trip };
}

/** The reporting driver and their current trip in ONE statement, read as plain values (no hydration). */
export async function readReporter(em: Em, userId: string): Promise<Reporter | null> {
  const row = (await em
    .getKnex()('drivers as d')
    .leftJoin('trips as t', 't.id', 'd.trip_id')
    .where('d.user_id', userId)
    .first(
      'd.id',
      'd.name',
      'd.vehicle',
      'd.status',
      'd.trip_id',
      't.id as t_id',
      't.status as t_status',
      't.driver_id as t_driver_id',
      't.rider_id as t_rider_id',
      't.pickup_lat as t_pickup_lat',
      't.pickup_lng as t_pickup_lng',
      't.dropoff_lat as t_dropoff_lat',
      't.dropoff_lng as t_dropoff_lng',
    )) as Record<string, string | number | null> | undefined;
  return row ? reporterFromRow(userId, row) : null;
}
