import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { Driver, RideOffer, Trip } from '../src/entities';
import { ACCEPT, MY_OFFER, PARIS, REQUEST, inBatches, offset, onlineDriver, type TestDriver } from './helpers';

const DRIVERS = 50;
const REQUESTS = 200;

describe('rides: one job per driver under concurrency', () => {
  let stack: TestStack;
  let drivers: TestDriver[];
  let riders: TestUser[];
  const em = () => stack.subgraphs.find((s) => s.name === 'rides')!.orm.em.fork();

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'rides'],
      env: {
        RIDES_OFFER_SWEEP_MS: '0',
        RIDES_OFFER_TIMEOUT_SECONDS: '300',
        // 200 requests at once on two cores shared with other suites: slow is not down.
        SUBGRAPH_TIMEOUT_MS: '120000',
      },
    });
    // 50 drivers scattered over ~3 km around one point; 200 riders asking for a ride from there.
    drivers = await inBatches(Array.from({ length: DRIVERS }), 8, (_, i) =>
      onlineDriver(stack.url, `drv${i}`, offset(PARIS, ((i % 7) - 3) * 0.4, (Math.floor(i / 7) - 3) * 0.4)),
    );
    riders = await inBatches(Array.from({ length: REQUESTS }), 8, (_, i) => signUpUser(stack.url, `rider${i}`));
  }, 600_000); // 250 sign-ups (argon2) on a shared machine

  it('200 concurrent requests with 50 drivers: every request gets one driver or is told none is free; no driver on two trips', async () => {
    const responses = await Promise.all(
      riders.map((rider, i) =>
        gql(stack.url, REQUEST, { i: { pickup: offset(PARIS, (i % 10) * 0.05, 0), dropoff: offset(PARIS, 5, 5) } }, { token: rider.token }),
      ),
    );
    for (const res of responses) {
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.requestRide.errors).toEqual([]);
    }
    const statuses = responses.map((r) => r.body.data.requestRide.ride.status as string);
    const offered = responses
      .filter((r) => r.body.data.requestRide.ride.status === 'REQUESTED')
      .map((r) => r.body.data.requestRide.ride.id);
    // Every request either has an offer out or was told no driver is free, and all 50 drivers were used.
    expect(statuses.filter((s) => s !== 'REQUESTED' && s !== 'NO_DRIVER')).toEqual([]);
    expect(offered).toHaveLength(DRIVERS);
    expect(statuses.filter((s) => s === 'NO_DRIVER')).toHaveLength(REQUESTS - DRIVERS);

    // One pending offer per driver, one per offered trip.
    const offers = await em().find(RideOffer, { status: 'PENDING' });
    const ofOurs = offers.filter((o) => offered.includes(o.tripId));
    expect(ofOurs).toHaveLength(DRIVERS);
    expect(new Set(ofOurs.map((o) => o.driverId)).size).toBe(DRIVERS);
    expect(new Set(ofOurs.map((o) => o.tripId)).size).toBe(DRIVERS);

    // Every driver accepts at once: each ends on exactly one trip.
    const accepted = await Promise.all(
      drivers.map(async (driver) => {
        const offer = (await gql(stack.url, MY_OFFER, {}, { token: driver.token })).body.data.myOffer;
        expect(offer).not.toBeNull();
        return (await gql(stack.url, ACCEPT, { id: offer.id }, { token: driver.token })).body.data.acceptOffer;
      }),
    );
    expect(accepted.map((a) => a.errors)).toEqual(drivers.map(() => []));
    const trips = await em().find(Trip, { id: { $in: offered } });
    expect(trips.map((t) => t.status)).toEqual(trips.map(() => 'ACCEPTED'));
    expect(new Set(trips.map((t) => t.driverId)).size).toBe(DRIVERS);
    const rows = await em().find(Driver, { id: { $in: drivers.map((d) => d.driverId) } });
    expect(rows.map((d) => d.status)).toEqual(rows.map(() => 'ON_TRIP'));
    const tripOf = new Map(trips.map((t) => [t.driverId, t.id]));
    for (const row of rows) expect(row.tripId).toBe(tripOf.get(row.id));

    // A rider told "no driver" asks again: still no driver (all are on trips), told so at once.
    const unlucky = riders[statuses.indexOf('NO_DRIVER')]!;
    const again = await gql(stack.url, REQUEST, { i: { pickup: PARIS, dropoff: offset(PARIS, 5, 5) } }, { token: unlucky.token });
    expect(again.body.data.requestRide.ride.status).toBe('NO_DRIVER');
  }, 300_000);
});
