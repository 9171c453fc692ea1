/**
 * The rides part of sql-per-request: one rider's 300 completed trips, each with its driver, read as
 * `myRides(first: N) { … driver { … } }` for growing N. Drivers come from the request's loader (one
 * grouped statement per page), so the statement count must not move with N.
 */
import { Driver, Trip } from '../subgraphs/rides/src/entities';
import type { DomainBench } from './sql-per-request-domains';

const TRIPS = 300;
const DRIVERS = 20;
const PAGE_SIZES = [10, 50, 100];

const TRIPS_QUERY = `query Rides($first: Int!) {
  myRides(first: $first) {
    totalCount edges { node { id status estimate { amount surge } charged driverRating driver { id name vehicle rating } } }
  }
}`;

interface Reply {
  data?: { myRides: { totalCount: number; edges: { node: { status: string; driver: { name: string } | null } }[] } | null };
}

/** rides' entry in sql-per-request's domain table (bench/sql-per-request-domains.ts). */
export const ridesBench: DomainBench = {
  name: 'rides',
  shown: ['rides'],
  pageSizes: PAGE_SIZES,
  query: TRIPS_QUERY,
  async seed(stack, user) {
    const rides = stack.subgraphs.find((s) => s.name === 'rides');
    if (!rides) throw new Error('the rides subgraph is not running');
    const em = rides.orm.em.fork();
    const drivers = Array.from({ length: DRIVERS }, (_, i) =>
      em.create(Driver, {
        userId: `01900000-0000-7000-8000-0000bench${String(i).padStart(3, '0')}`,
        name: `Driver ${i}`,
        vehicle: `Car ${i}`,
        status: 'AVAILABLE',
        tripId: null,
        ratingSum: 4 * i,
        ratingCount: i,
        cancellations: 0,
      }),
    );
    for (let i = 0; i < TRIPS; i++) {
      const at = new Date(Date.now() - i * 3600_000);
      em.create(Trip, {
        createdAt: at,
        riderId: user.id,
        activeRiderId: null,
        driverId: drivers[i % DRIVERS]!.id,
        status: 'COMPLETED',
        pickupLat: 48.85,
        pickupLng: 2.35,
        dropoffLat: 48.87,
        dropoffLng: 2.38,
        pickupCell: '871fb4670ffffff',
        distanceKm: 3,
        durationSeconds: 468,
        surge: 1,
        fareAmount: 1000,
        currency: 'EUR',
        charged: 1000,
        cancelledBy: null,
        cancelReason: null,
        cancellationFee: null,
        offersMade: 1,
        acceptedAt: at,
        arrivedAt: at,
        startedAt: at,
        completedAt: at,
        cancelledAt: null,
        driverRating: 5,
        riderRating: 5,
      });
    }
    await em.flush();
  },
  check(data, size) {
    const reply = { data } as Reply;
    const edges = reply.data?.myRides?.edges ?? [];
    if (reply.data?.myRides?.totalCount !== TRIPS || edges.length !== size) return 'wrong answer';
    if (edges.some((e) => e.node.status !== 'COMPLETED' || !e.node.driver?.name)) return 'driver missing';
    return `ok, ${size} trips with drivers`;
  },
};
