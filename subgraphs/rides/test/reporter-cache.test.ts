import { loadSubgraphConfig, startSubgraph, type RunningSubgraph } from '../../../kit';
import type { RidesConfig } from '../src/config';
import type { RidesLoaders } from '../src/context';
import { Driver } from '../src/entities';
import { RidesService, reporterCaches, tripTopic, type TripUpdateView } from '../src/service';
import { gql, signUpUser } from '../../../test/helpers/graphql';
import { disposeAfterAll, startTestStack, testEnv, type TestStack } from '../../../test/helpers/stack';
import { waitFor } from '../../../test/helpers/wait';
import { rides as ridesDefinition } from '../index';
import { ACCEPT, GO_OFFLINE, GO_ONLINE, MY_OFFER, PARIS, REPORT, REQUEST, offset, onlineDriver } from './helpers';

type Rides = RunningSubgraph<RidesConfig, RidesLoaders>;
const scaledOut = Boolean(testEnv.MYSQL_URL && testEnv.REDIS_URL);

/** A position report handed straight to one replica's service (as its resolver would), by `userId`. */
async function reportOn(replica: Rides, userId: string, at: { lat: number; lng: number }, when: Date) {
  const deps = { ...replica.serviceDeps().fork(), viewer: { userId, roles: ['user'], tenantId: null } };
  return new RidesService().reportPosition(deps, { ...at, at: when });
}

/** Collects what one replica's pub/sub delivers on a trip's topic. */
function collect(replica: Rides, tripId: string): { seen: TripUpdateView[]; stop: () => Promise<unknown> } {
  const source = replica.pubsub.subscribe<TripUpdateView>(tripTopic(tripId));
  const seen: TripUpdateView[] = [];
  void (async () => {
    for await (const update of source) seen.push(update);
  })();
  return { seen, stop: async () => source.return?.() };
}

/**
 * Position reports read the driver's status and trip from a per-replica cache (no SQL per report);
 * every change of status or trip drops it at once here and, through the pub/sub, on the other replicas.
 */
describe('rides: the reporters cache', () => {
  let stack: TestStack;
  const rides = () => stack.subgraphs.find((s) => s.name === 'rides')! as unknown as Rides;
  const cached = (replica: Rides, userId: string) => reporterCaches.get(replica.serviceDeps()).holds(userId);
  let last = 0;
  /** Report times that never go backwards, so no report is older than the driver's last. */
  const nextAt = () => new Date((last = Math.max(Date.now(), last + 1)));

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'rides'], env: { RIDES_OFFER_SWEEP_MS: '0', RIDES_POSITIONS_PER_SECOND: '100' } });
  });

  it('serves reports from the cache, and a status change through the API is seen by the very next report', async () => {
    const at = offset(PARIS, 300, 0);
    const driver = await onlineDriver(stack.url, 'cached', at);
    const report = async () =>
      (await gql(stack.url, REPORT, { i: { ...at, at: nextAt().toISOString() } }, { token: driver.token })).body.data.reportPosition;
    expect((await report()).errors).toEqual([]);
    expect(cached(rides(), driver.id)).toBe(true);

    // The positive control: a change nobody announces (straight in the database) is not seen while cached...
    await rides().orm.em.fork().nativeUpdate(Driver, { id: driver.driverId }, { status: 'OFFLINE' });
    expect((await report()).errors).toEqual([]);
    await rides().orm.em.fork().nativeUpdate(Driver, { id: driver.driverId }, { status: 'AVAILABLE' });

    // ...while going offline through the API is: the next report is refused, with nothing cached meanwhile.
    expect((await gql(stack.url, GO_OFFLINE, {}, { token: driver.token })).body.data.goOffline.errors).toEqual([]);
    expect(cached(rides(), driver.id)).toBe(false);
    expect((await report()).errors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
    expect((await gql(stack.url, GO_ONLINE, { p: at }, { token: driver.token })).body.data.goOnline.errors).toEqual([]);
    expect((await report()).errors).toEqual([]);

    // An accepted ride: the next report goes to the rider's watchers (the cached entry had no trip).
    const rider = await signUpUser(stack.url, 'rider');
    const requested = await gql(stack.url, REQUEST, { i: { pickup: offset(at, 1, 0), dropoff: offset(at, 5, 0) } }, { token: rider.token });
    const tripId: string = requested.body.data.requestRide.ride.id;
    const watch = collect(rides(), tripId);
    const offer = (await gql(stack.url, MY_OFFER, {}, { token: driver.token })).body.data.myOffer;
    expect(offer.ride.id).toBe(tripId);
    expect((await gql(stack.url, ACCEPT, { id: offer.id }, { token: driver.token })).body.data.acceptOffer.errors).toEqual([]);
    expect(await report()).toMatchObject({ errors: [] });
    await waitFor(() => watch.seen.some((u) => u.kind === 'POSITION'), 'the position pushed to the rider', 5_000);
    expect(watch.seen.find((u) => u.kind === 'POSITION')).toMatchObject({ rideId: tripId, status: 'ACCEPTED' });
    await watch.stop();
  });

  (scaledOut ? describe : describe.skip)('two replicas on one database and one Redis', () => {
    let replica2: Rides;

    beforeAll(async () => {
      replica2 = (await startSubgraph(ridesDefinition, {
        config: loadSubgraphConfig(stack.env),
        env: stack.env,
        port: 0,
      })) as unknown as Rides;
      disposeAfterAll(() => replica2.stop());
    });

    it("a change made through one replica drops the other's cached driver: its next report sees the new status and trip", async () => {
      const at = offset(PARIS, 320, 0);
      const driver = await onlineDriver(stack.url, 'replicated', at);
      expect((await reportOn(replica2, driver.id, at, nextAt())).errors).toEqual([]);
      expect(cached(replica2, driver.id)).toBe(true);

      // Offline through replica 1 (the router's): replica 2 hears it and refuses the next report.
      expect((await gql(stack.url, GO_OFFLINE, {}, { token: driver.token })).body.data.goOffline.errors).toEqual([]);
      await waitFor(() => !cached(replica2, driver.id), "replica 2 to drop the driver's entry", 2_000);
      expect((await reportOn(replica2, driver.id, at, nextAt())).errors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
      expect(cached(replica2, driver.id)).toBe(true); // read again and cached: OFFLINE

      // Online again, then on a ride, both through replica 1: replica 2's next report is accepted and reaches the rider.
      expect((await gql(stack.url, GO_ONLINE, { p: at }, { token: driver.token })).body.data.goOnline.errors).toEqual([]);
      await waitFor(() => !cached(replica2, driver.id), "replica 2 to drop the driver's entry", 2_000);
      expect((await reportOn(replica2, driver.id, at, nextAt())).errors).toEqual([]);
      const rider = await signUpUser(stack.url, 'rider2');
      const requested = await gql(
        stack.url,
        REQUEST,
        { i: { pickup: offset(at, 1, 0), dropoff: offset(at, 5, 0) } },
        { token: rider.token },
      );
      const tripId: string = requested.body.data.requestRide.ride.id;
      const offer = (await gql(stack.url, MY_OFFER, {}, { token: driver.token })).body.data.myOffer;
      expect((await gql(stack.url, ACCEPT, { id: offer.id }, { token: driver.token })).body.data.acceptOffer.errors).toEqual([]);
      await waitFor(() => !cached(replica2, driver.id), "replica 2 to drop the driver's entry", 2_000);
      // Watched on replica 1's pub/sub: the update published by replica 2 crosses Redis.
      const watch = collect(rides(), tripId);
      await waitFor(() => rides().pubsub.listeners(tripTopic(tripId)) > 0, 'the watch to be subscribed', 5_000);
      expect((await reportOn(replica2, driver.id, at, nextAt())).errors).toEqual([]);
      await waitFor(() => watch.seen.some((u) => u.kind === 'POSITION'), 'the position pushed from replica 2', 5_000);
      expect(watch.seen.find((u) => u.kind === 'POSITION')).toMatchObject({ rideId: tripId, status: 'ACCEPTED' });
      await watch.stop();
    });
  });
});
