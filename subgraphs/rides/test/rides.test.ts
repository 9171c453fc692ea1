import WebSocket from 'ws';
import { createClient, type Client } from 'graphql-ws';
import { OutboxEvent, type RunningSubgraph } from '../../../kit';
import type { RidesConfig } from '../src/config';
import type { RidesLoaders } from '../src/context';
import { TestClock } from '../../../test/helpers/clock';
import { errorCodes, gql, signUpUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { DRIVER_ARRIVING_EVENT, RidesService, offersTopic, tripTopic } from '../src/service';
import {
  ACCEPT,
  ARRIVING,
  CANCEL,
  COMPLETE,
  DECLINE,
  ESTIMATE,
  GO_OFFLINE,
  MY_OFFER,
  NEARBY,
  PARIS,
  RATE,
  REPORT,
  REQUEST,
  START,
  RIDE,
  offset,
  onlineDriver,
  type TestDriver,
} from './helpers';

describe('rides', () => {
  let stack: TestStack;
  const clock = new TestClock();
  const clients: Client[] = [];
  const rides = () => stack.subgraphs.find((s) => s.name === 'rides')! as unknown as RunningSubgraph<RidesConfig, RidesLoaders>;
  const ws = (token: string) => {
    const client = createClient({
      url: stack.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    clients.push(client);
    return client;
  };
  /** Collects what a subscription sends, and whether it completed. */
  const watch = (token: string, query: string, variables: Record<string, unknown>) => {
    const seen: any[] = [];
    const state = { done: false, errors: [] as unknown[] };
    ws(token).subscribe(
      { query, variables },
      {
        next: (value) => seen.push(value),
        error: (error) => state.errors.push(error),
        complete: () => (state.done = true),
      },
    );
    return { seen, state };
  };
  const expireOffers = () => new RidesService().expireOffers(rides().serviceDeps());

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'rides'],
      clock,
      env: { RIDES_OFFER_SWEEP_MS: '0', RIDES_OFFER_TIMEOUT_SECONDS: '20' },
    });
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose()));
  });

  it('drivers go online and offline, report positions by mutation and over graphql-ws; nearby drivers come nearest first, offline ones never', async () => {
    const area = offset(PARIS, 100, 0);
    const [d1, d2, d3] = await Promise.all([
      onlineDriver(stack.url, 'ana', offset(area, 0.3, 0)),
      onlineDriver(stack.url, 'ben', offset(area, 1, 0)),
      onlineDriver(stack.url, 'cem', offset(area, 0, 2)),
    ]);
    const rider = await signUpUser(stack.url, 'rita');
    const nearby = async (first = 10, after?: string) =>
      (await gql(stack.url, NEARBY, { p: area, r: 5, first, after }, { token: rider.token })).body.data.nearbyDrivers;

    const all = await nearby();
    expect(all.edges.map((e: any) => e.node.driver.id)).toEqual([d1!.driverId, d2!.driverId, d3!.driverId]);
    expect(all.totalCount).toBe(3);
    expect(all.edges[0].node.distanceKm).toBeCloseTo(0.3, 1);
    expect(all.edges[0].node.etaSeconds).toBeGreaterThan(0);
    expect(all.edges[2].node.etaSeconds).toBeGreaterThan(all.edges[0].node.etaSeconds);
    // Pages.
    const page1 = await nearby(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await nearby(2, page1.pageInfo.endCursor);
    expect(page2.edges.map((e: any) => e.node.driver.id)).toEqual([d3!.driverId]);

    // Ben reports over graphql-ws (a mutation on the router's socket): he is now the nearest.
    const closer = offset(area, 0.1, 0);
    clock.advance(60_000); // 0.9 km in a minute: a plausible drive
    const overSocket = await new Promise<any>((resolve, reject) => {
      ws(d2!.token).subscribe({ query: REPORT, variables: { i: closer } }, { next: resolve, error: reject, complete: () => undefined });
    });
    expect(overSocket.data.reportPosition).toMatchObject({ position: { lat: closer.lat, lng: closer.lng }, jump: false, errors: [] });
    expect((await nearby()).edges.map((e: any) => e.node.driver.id)).toEqual([d2!.driverId, d1!.driverId, d3!.driverId]);

    // Ana goes offline: not listed, and she cannot report.
    expect((await gql(stack.url, GO_OFFLINE, {}, { token: d1!.token })).body.data.goOffline.driver.status).toBe('OFFLINE');
    const refused = await gql(stack.url, REPORT, { i: offset(area, 0.05, 0) }, { token: d1!.token });
    expect(refused.body.data.reportPosition).toEqual({
      position: null,
      jump: null,
      errors: [{ field: null, code: 'INVALID_STATE', message: 'You are offline; go online to report positions.' }],
    });
    expect((await nearby()).edges.map((e: any) => e.node.driver.id)).toEqual([d2!.driverId, d3!.driverId]);

    // Cem reports while going offline at the same time: whatever the order, he is never served
    // afterwards; Ben, reporting through the same path, is (the positive control).
    await Promise.all([
      ...[0.2, 0.3, 0.4].map((km) => gql(stack.url, REPORT, { i: offset(area, km, 0) }, { token: d3!.token })),
      gql(stack.url, GO_OFFLINE, {}, { token: d3!.token }),
      gql(stack.url, REPORT, { i: offset(area, 0.12, 0) }, { token: d2!.token }),
    ]);
    for (let i = 0; i < 3; i++) {
      expect((await nearby()).edges.map((e: any) => e.node.driver.id)).toEqual([d2!.driverId]);
    }
  });

  it('refuses bad positions with a clear error, flags jumps, and rate limits each driver', async () => {
    const area = offset(PARIS, 200, 0);
    const driver = await onlineDriver(stack.url, 'dan', area);
    const report = async (i: Record<string, unknown>) =>
      (await gql(stack.url, REPORT, { i }, { token: driver.token })).body.data.reportPosition;

    expect((await report({ lat: 91, lng: 2 })).errors).toEqual([
      { field: 'input.lat', code: 'BAD_USER_INPUT', message: 'Latitude must be a number from -90 to 90 degrees.' },
    ]);
    expect((await report({ lat: 48, lng: -181 })).errors).toEqual([
      { field: 'input.lng', code: 'BAD_USER_INPUT', message: 'Longitude must be a number from -180 to 180 degrees.' },
    ]);
    const future = new Date(clock.now().getTime() + 60_000).toISOString();
    expect((await report({ ...area, at: future })).errors).toEqual([
      { field: 'input.at', code: 'BAD_USER_INPUT', message: 'The timestamp is in the future; send the time the position was measured.' },
    ]);
    const earlier = new Date(clock.now().getTime() - 5_000).toISOString();
    expect((await report({ ...area, at: earlier })).errors).toEqual([
      { field: 'input.at', code: 'BAD_USER_INPUT', message: 'The timestamp is older than the last position reported.' },
    ]);
    // 10 km in one second: recorded, flagged.
    clock.advance(1000);
    const jumped = await report(offset(area, 10, 0));
    expect(jumped).toMatchObject({ jump: true, errors: [] });

    // The budget: 5 a second per driver (another driver's budget is untouched).
    const [busy, other] = await Promise.all([onlineDriver(stack.url, 'eli', area), onlineDriver(stack.url, 'fox', area)]);
    const burst = await Promise.all(Array.from({ length: 12 }, () => gql(stack.url, REPORT, { i: area }, { token: busy.token })));
    const codes = burst.map((r) => r.body.data.reportPosition.errors[0]?.code ?? 'OK');
    expect(codes.filter((c) => c === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(1);
    expect(codes.filter((c) => c === 'OK').length).toBeGreaterThanOrEqual(1);
    expect(codes.filter((c) => c === 'OK').length).toBeLessThanOrEqual(10);
    const limited = burst.find((r) => r.body.data.reportPosition.errors[0]?.code === 'RATE_LIMITED')!;
    expect(limited.body.data.reportPosition.errors[0].message).toMatch(/at most 5 a second/);
    expect((await gql(stack.url, REPORT, { i: area }, { token: other.token })).body.data.reportPosition.errors).toEqual([]);

    // Queries refuse bad points and radii; anonymous callers are refused.
    const bad = await gql(stack.url, NEARBY, { p: { lat: 100, lng: 0 }, r: 5 }, { token: driver.token });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.body.errors![0]!.message).toMatch(/Latitude/);
    expect(errorCodes(await gql(stack.url, NEARBY, { p: area, r: 500 }, { token: driver.token }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(stack.url, NEARBY, { p: area, r: 5 }))).toEqual(['UNAUTHENTICATED']);
    const tooShort = await gql(stack.url, REQUEST, { i: { pickup: area, dropoff: area } }, { token: driver.token });
    expect(tooShort.body.data.requestRide.errors).toEqual([
      { field: 'input.dropoff', code: 'BAD_USER_INPUT', message: expect.stringMatching(/0.1 to 200 km/) },
    ]);
  });

  it('a ride: fare estimate, offers one driver at a time (decline, timeout), the trip states, live tracking through the router, the arriving event, ratings both ways, history', async () => {
    const area = offset(PARIS, 300, 0);
    // Nearest first: near (0.5 km), mid (1 km), far (2 km).
    const near = await onlineDriver(stack.url, 'nia', offset(area, 0.5, 0));
    const mid = await onlineDriver(stack.url, 'mo', offset(area, 0, 1));
    const far = await onlineDriver(stack.url, 'fay', offset(area, -2, 0));
    const rider = await signUpUser(stack.url, 'rae');
    const dropoff = offset(area, 5, 5);

    const estimate = (await gql(stack.url, ESTIMATE, { a: area, b: dropoff }, { token: rider.token })).body.data.fareEstimate;
    expect(estimate.distanceKm).toBeCloseTo(7.07, 1);
    expect(estimate.surge).toBe(1);
    // 250 + 7.07 km × 1.3 × 120 + minutes × 30.
    expect(estimate.amount).toBe(Math.round(250 + estimate.distanceKm * 1.3 * 120 + (estimate.durationSeconds / 60) * 30));
    expect(estimate.currency).toBe('EUR');

    const offersOfNear = watch(near.token, `subscription { rideOffers { id status ride { id } } }`, {});
    await eventually(() => expect(rides().pubsub.listeners(offersTopic(near.driverId))).toBe(1));

    const requested = await gql(stack.url, REQUEST, { i: { pickup: area, dropoff } }, { token: rider.token });
    const trip = requested.body.data.requestRide.ride;
    expect(requested.body.data.requestRide.errors).toEqual([]);
    expect(trip).toMatchObject({ status: 'REQUESTED', driver: null, rider: { id: rider.id }, estimate: { surge: 1 } });
    // A second request while this one runs is refused.
    const twice = await gql(stack.url, REQUEST, { i: { pickup: area, dropoff } }, { token: rider.token });
    expect(twice.body.data.requestRide.errors[0].code).toBe('CONFLICT');

    // The offer goes to the nearest driver only, and is pushed to them.
    const offerOf = async (d: TestDriver) => (await gql(stack.url, MY_OFFER, {}, { token: d.token })).body.data.myOffer;
    const first = await offerOf(near);
    expect(first).toMatchObject({ status: 'PENDING', ride: { id: trip.id } });
    expect(first.pickupDistanceKm).toBeCloseTo(0.5, 1);
    expect(await offerOf(mid)).toBeNull();
    await eventually(() =>
      expect(offersOfNear.seen.map((e) => e.data.rideOffers)).toEqual([{ id: first.id, status: 'PENDING', ride: { id: trip.id } }]),
    );
    // Another driver cannot answer it.
    expect((await gql(stack.url, ACCEPT, { id: first.id }, { token: mid.token })).body.data.acceptOffer.errors[0].code).toBe('NOT_FOUND');

    // near declines → mid (next nearest) is offered.
    expect((await gql(stack.url, DECLINE, { id: first.id }, { token: near.token })).body.data.declineOffer.offer.status).toBe('DECLINED');
    const second = await offerOf(mid);
    expect(second).toMatchObject({ status: 'PENDING', ride: { id: trip.id } });
    expect(await offerOf(near)).toBeNull();

    // mid lets it run out → far is offered; mid's late accept is refused.
    clock.advance(19_000);
    expect(await expireOffers()).toBe(0);
    clock.advance(1_001);
    expect(await expireOffers()).toBe(1);
    expect((await gql(stack.url, ACCEPT, { id: second.id }, { token: mid.token })).body.data.acceptOffer.errors[0]).toMatchObject({
      code: 'INVALID_STATE',
    });
    const third = await offerOf(far);
    expect(third).toMatchObject({ status: 'PENDING', ride: { id: trip.id } });

    // The rider watches the trip through the router.
    const tracking = watch(
      rider.token,
      `subscription($id: ID!) { rideUpdates(rideId: $id) { kind rideId status driverPosition { lat lng } etaSeconds distanceKm } }`,
      {
        id: trip.id,
      },
    );
    await eventually(() => expect(rides().pubsub.listeners(tripTopic(trip.id))).toBe(1));
    await eventually(() => expect(tracking.seen.map((e) => e.data.rideUpdates.kind)).toEqual(['SNAPSHOT']));
    expect(tracking.seen[0].data.rideUpdates).toMatchObject({ status: 'REQUESTED', driverPosition: null, etaSeconds: null });
    // Someone else cannot watch it.
    const stranger = watch(mid.token, `subscription($id: ID!) { rideUpdates(rideId: $id) { kind } }`, { id: trip.id });
    await eventually(() => expect(stranger.state.done || stranger.state.errors.length > 0 || stranger.seen.length > 0).toBe(true));
    expect(stranger.seen.flatMap((e) => e.errors ?? []).map((e: any) => e.extensions?.code)).toEqual(['NOT_FOUND']);

    // far accepts. Illegal moves are refused with INVALID_STATE.
    expect((await gql(stack.url, ACCEPT, { id: third.id }, { token: far.token })).body.data.acceptOffer.offer.status).toBe('ACCEPTED');
    expect((await gql(stack.url, START, { id: trip.id }, { token: far.token })).body.data.startRide.errors[0]).toMatchObject({
      field: 'rideId',
      code: 'INVALID_STATE',
    });
    expect((await gql(stack.url, ARRIVING, { id: trip.id }, { token: rider.token })).body.data.markArriving.errors[0].code).toBe(
      'NOT_FOUND',
    );

    // far drives towards the pickup: the rider sees positions with a shrinking ETA.
    for (const km of [-1.5, -1, -0.5]) {
      clock.advance(30_000);
      const res = await gql(stack.url, REPORT, { i: offset(area, km, 0) }, { token: far.token });
      expect(res.body.data.reportPosition.errors).toEqual([]);
    }
    await eventually(() => expect(tracking.seen.filter((e) => e.data.rideUpdates.kind === 'POSITION')).toHaveLength(3));
    const positions = tracking.seen.map((e) => e.data.rideUpdates).filter((u) => u.kind === 'POSITION');
    expect(positions.map((u) => u.status)).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED']);
    expect(positions[0].etaSeconds).toBeGreaterThan(positions[1].etaSeconds);
    expect(positions[1].etaSeconds).toBeGreaterThan(positions[2].etaSeconds);
    expect(positions[2].distanceKm).toBeCloseTo(0.5, 1);

    // Arriving: the rider is told (an event notifications turns into a message), then the ride.
    const arriving = await gql(stack.url, ARRIVING, { id: trip.id }, { token: far.token });
    expect(arriving.body.data.markArriving.ride).toMatchObject({ status: 'ARRIVING', driver: { id: far.driverId } });
    const events = await rides().orm.em.fork().find(OutboxEvent, { type: DRIVER_ARRIVING_EVENT });
    expect(events.map((e) => (e.payload as any).tripId)).toEqual([trip.id]);
    expect(events[0]!.payload).toMatchObject({ recipientIds: [rider.id], title: 'Your driver is arriving' });
    expect((await gql(stack.url, START, { id: trip.id }, { token: far.token })).body.data.startRide.ride.status).toBe('IN_PROGRESS');
    expect((await gql(stack.url, CANCEL, { id: trip.id }, { token: rider.token })).body.data.cancelRide.errors[0].code).toBe(
      'INVALID_STATE',
    );
    clock.advance(10_000);
    await gql(stack.url, REPORT, { i: offset(dropoff, -1, 0) }, { token: far.token });
    const done = await gql(stack.url, COMPLETE, { id: trip.id }, { token: far.token });
    expect(done.body.data.completeRide.ride).toMatchObject({ status: 'COMPLETED', charged: trip.estimate.amount });

    // The tracking stream saw every status, in order, then ended.
    await eventually(() => expect(tracking.state.done).toBe(true));
    const statuses = tracking.seen.map((e) => e.data.rideUpdates).filter((u) => u.kind !== 'POSITION');
    expect(statuses.map((u) => u.status)).toEqual(['REQUESTED', 'ACCEPTED', 'ARRIVING', 'IN_PROGRESS', 'COMPLETED']);
    const inProgress = tracking.seen.map((e) => e.data.rideUpdates).filter((u) => u.kind === 'POSITION' && u.status === 'IN_PROGRESS');
    expect(inProgress).toHaveLength(1);
    expect(inProgress[0].distanceKm).toBeCloseTo(1, 1); // to the drop-off now

    // Ratings both ways, once each.
    expect((await gql(stack.url, RATE, { id: trip.id, stars: 6 }, { token: rider.token })).body.data.rateRide.errors[0]).toMatchObject({
      field: 'stars',
      code: 'BAD_USER_INPUT',
    });
    expect((await gql(stack.url, RATE, { id: trip.id, stars: 4 }, { token: rider.token })).body.data.rateRide.ride.driverRating).toBe(4);
    expect((await gql(stack.url, RATE, { id: trip.id, stars: 5 }, { token: rider.token })).body.data.rateRide.errors[0].code).toBe(
      'CONFLICT',
    );
    expect((await gql(stack.url, RATE, { id: trip.id, stars: 5 }, { token: far.token })).body.data.rateRide.ride.riderRating).toBe(5);
    const driverView = await gql(
      stack.url,
      `query { myDriver { status rating ratingCount } myRiderRating { average count } }`,
      {},
      { token: far.token },
    );
    expect(driverView.body.data.myDriver).toEqual({ status: 'AVAILABLE', rating: 4, ratingCount: 1 });
    const riderView = await gql(stack.url, `query { myRiderRating { average count } }`, {}, { token: rider.token });
    expect(riderView.body.data.myRiderRating).toEqual({ average: 5, count: 1 });

    // History, both sides; strangers see nothing.
    const history = await gql(stack.url, `query { myRides { totalCount edges { node { id status } } } }`, {}, { token: rider.token });
    expect(history.body.data.myRides).toEqual({ totalCount: 1, edges: [{ node: { id: trip.id, status: 'COMPLETED' } }] });
    const driven = await gql(stack.url, `query { myRides(role: DRIVER) { totalCount edges { node { id } } } }`, {}, { token: far.token });
    expect(driven.body.data.myRides.edges).toEqual([{ node: { id: trip.id } }]);
    expect((await gql(stack.url, RIDE, { id: trip.id }, { token: mid.token })).body.data.ride).toBeNull();
    expect((await gql(stack.url, RIDE, { id: trip.id }, { token: far.token })).body.data.ride.status).toBe('COMPLETED');
  });

  it('cancellation: free for the rider until two minutes after acceptance, then a fee; a driver cancelling is counted; nobody else can', async () => {
    const area = offset(PARIS, 400, 0);
    const driver = await onlineDriver(stack.url, 'gus', offset(area, 0.4, 0));
    const riders = await Promise.all(['ivy', 'jo', 'kai', 'lu'].map((n) => signUpUser(stack.url, n)));
    const dropoff = offset(area, 3, 0);
    const refresh = () => gql(stack.url, REPORT, { i: offset(area, 0.4, 0) }, { token: driver.token });
    const requestAndAccept = async (token: string) => {
      await refresh();
      const trip = (await gql(stack.url, REQUEST, { i: { pickup: area, dropoff } }, { token })).body.data.requestRide.ride;
      const offer = (await gql(stack.url, MY_OFFER, {}, { token: driver.token })).body.data.myOffer;
      expect(offer.ride.id).toBe(trip.id);
      expect((await gql(stack.url, ACCEPT, { id: offer.id }, { token: driver.token })).body.data.acceptOffer.errors).toEqual([]);
      return trip.id as string;
    };

    // Cancelled while looking for a driver: free, and the offered driver is free again.
    await refresh();
    const searching = (await gql(stack.url, REQUEST, { i: { pickup: area, dropoff } }, { token: riders[0]!.token })).body.data.requestRide
      .ride;
    const withdrawn = await gql(stack.url, CANCEL, { id: searching.id, reason: 'changed my mind' }, { token: riders[0]!.token });
    expect(withdrawn.body.data.cancelRide.ride).toMatchObject({
      status: 'CANCELLED',
      cancelledBy: 'RIDER',
      cancellationFee: 0,
      charged: null,
      cancelReason: 'changed my mind',
    });
    expect((await gql(stack.url, MY_OFFER, {}, { token: driver.token })).body.data.myOffer).toBeNull();

    // Within the free window.
    const early = await requestAndAccept(riders[1]!.token);
    clock.advance(119_000);
    expect((await gql(stack.url, CANCEL, { id: early }, { token: riders[1]!.token })).body.data.cancelRide.ride).toMatchObject({
      status: 'CANCELLED',
      cancellationFee: 0,
    });

    // After it: the fee.
    const late = await requestAndAccept(riders[2]!.token);
    // A stranger cannot cancel it.
    expect((await gql(stack.url, CANCEL, { id: late }, { token: riders[0]!.token })).body.data.cancelRide.errors[0].code).toBe('NOT_FOUND');
    clock.advance(121_000);
    expect((await gql(stack.url, CANCEL, { id: late }, { token: riders[2]!.token })).body.data.cancelRide.ride).toMatchObject({
      status: 'CANCELLED',
      cancelledBy: 'RIDER',
      cancellationFee: 500,
      charged: 500,
    });
    // Cancelling twice is refused.
    expect((await gql(stack.url, CANCEL, { id: late }, { token: riders[2]!.token })).body.data.cancelRide.errors[0].code).toBe(
      'INVALID_STATE',
    );

    // The driver cancels: free for the rider, counted for the driver, who is free again.
    const dropped = await requestAndAccept(riders[3]!.token);
    const byDriver = await gql(stack.url, CANCEL, { id: dropped, reason: 'flat tyre' }, { token: driver.token });
    expect(byDriver.body.data.cancelRide.ride).toMatchObject({ status: 'CANCELLED', cancelledBy: 'DRIVER', cancellationFee: 0 });
    const me = await gql(stack.url, `query { myDriver { status cancellations } }`, {}, { token: driver.token });
    expect(me.body.data.myDriver).toEqual({ status: 'AVAILABLE', cancellations: 1 });
  });

  it('one active ride per rider, also under a race: 20 parallel requests give one ride and 19 CONFLICT; a new one once it ended', async () => {
    const area = offset(PARIS, 700, 0);
    const dropoff = offset(area, 3, 0);
    // A driver nearby keeps the winning ride REQUESTED (offered), so it stays active during the race.
    const driver = await onlineDriver(stack.url, 'rex', offset(area, 0.4, 0));
    const rider = await signUpUser(stack.url, 'ruth');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => gql(stack.url, REQUEST, { i: { pickup: area, dropoff } }, { token: rider.token })),
    );
    const payloads = answers.map((a) => a.body.data.requestRide);
    const rides_ = payloads.filter((p) => p.ride);
    expect(rides_).toHaveLength(1);
    expect(rides_[0].errors).toEqual([]);
    expect(rides_[0].ride.status).toBe('REQUESTED');
    const refused = payloads.filter((p) => !p.ride);
    expect(refused).toHaveLength(19);
    for (const p of refused)
      expect(p.errors).toEqual([{ field: 'input', code: 'CONFLICT', message: expect.stringMatching(/already have a ride/) }]);
    // Nothing half-written: the rider has exactly one trip, and the driver one offer.
    const history = await gql(stack.url, `query { myRides { totalCount edges { node { id status } } } }`, {}, { token: rider.token });
    expect(history.body.data.myRides).toEqual({ totalCount: 1, edges: [{ node: { id: rides_[0].ride.id, status: 'REQUESTED' } }] });
    const offer = (await gql(stack.url, MY_OFFER, {}, { token: driver.token })).body.data.myOffer;
    expect(offer).toMatchObject({ status: 'PENDING', ride: { id: rides_[0].ride.id } });

    // Once the ride ended (the rider cancels), the rider may request again.
    const cancelled = await gql(stack.url, CANCEL, { id: rides_[0].ride.id }, { token: rider.token });
    expect(cancelled.body.data.cancelRide.ride.status).toBe('CANCELLED');
    const again = await gql(stack.url, REQUEST, { i: { pickup: area, dropoff } }, { token: rider.token });
    expect(again.body.data.requestRide.errors).toEqual([]);
    expect(again.body.data.requestRide.ride.status).toBe('REQUESTED');
    expect(
      (await gql(stack.url, CANCEL, { id: again.body.data.requestRide.ride.id }, { token: rider.token })).body.data.cancelRide.ride.status,
    ).toBe('CANCELLED');
  });

  it('the ride is ARRIVING on its own when the driver reports a position within RIDES_ARRIVING_METERS (150 m) of the pickup; the rider sees it live', async () => {
    const area = offset(PARIS, 900, 0);
    const driver = await onlineDriver(stack.url, 'ari', offset(area, -1.2, 0));
    const rider = await signUpUser(stack.url, 'bea');
    const requested = await gql(stack.url, REQUEST, { i: { pickup: area, dropoff: offset(area, 4, 0) } }, { token: rider.token });
    const trip = requested.body.data.requestRide.ride;
    const offer = (await gql(stack.url, MY_OFFER, {}, { token: driver.token })).body.data.myOffer;
    expect((await gql(stack.url, ACCEPT, { id: offer.id }, { token: driver.token })).body.data.acceptOffer.offer.status).toBe('ACCEPTED');

    const tracking = watch(rider.token, `subscription($id: ID!) { rideUpdates(rideId: $id) { kind status distanceKm } }`, { id: trip.id });
    await eventually(() => expect(tracking.seen.map((e) => e.data.rideUpdates.kind)).toEqual(['SNAPSHOT']));

    // 1 km, then 200 m away: still on the way.
    for (const km of [-1, -0.2]) {
      clock.advance(30_000);
      expect((await gql(stack.url, REPORT, { i: offset(area, km, 0) }, { token: driver.token })).body.data.reportPosition.errors).toEqual(
        [],
      );
    }
    expect((await gql(stack.url, RIDE, { id: trip.id }, { token: rider.token })).body.data.ride).toMatchObject({
      status: 'ACCEPTED',
      arrivedAt: null,
    });
    // 100 m away: ARRIVING, without the driver's tap.
    clock.advance(20_000);
    expect((await gql(stack.url, REPORT, { i: offset(area, -0.1, 0) }, { token: driver.token })).body.data.reportPosition.errors).toEqual(
      [],
    );
    await eventually(() => expect(tracking.seen).toHaveLength(5));
    expect(tracking.seen.map((e) => [e.data.rideUpdates.kind, e.data.rideUpdates.status])).toEqual([
      ['SNAPSHOT', 'ACCEPTED'],
      ['POSITION', 'ACCEPTED'],
      ['POSITION', 'ACCEPTED'],
      ['STATUS', 'ARRIVING'],
      ['POSITION', 'ARRIVING'],
    ]);
    expect(tracking.seen[4].data.rideUpdates.distanceKm).toBeCloseTo(0.1, 2);
    const ride = (await gql(stack.url, RIDE, { id: trip.id }, { token: rider.token })).body.data.ride;
    expect(ride.status).toBe('ARRIVING');
    expect(new Date(ride.arrivedAt).getTime()).toBe(clock.now().getTime());
    // Once: the "driver arriving" event for this trip, and a later report or tap changes nothing.
    clock.advance(5_000);
    await gql(stack.url, REPORT, { i: offset(area, -0.05, 0) }, { token: driver.token });
    const tapped = await gql(stack.url, ARRIVING, { id: trip.id }, { token: driver.token });
    expect(tapped.body.data.markArriving.errors[0].code).toBe('INVALID_STATE');
    const events = await rides().orm.em.fork().find(OutboxEvent, { type: DRIVER_ARRIVING_EVENT });
    expect(events.filter((e) => (e.payload as any).tripId === trip.id)).toHaveLength(1);
    await eventually(() => expect(tracking.seen).toHaveLength(6));
    expect(tracking.seen.filter((e) => e.data.rideUpdates.kind === 'STATUS')).toHaveLength(1);
    await gql(stack.url, CANCEL, { id: trip.id }, { token: driver.token });
  });

  it('tells the rider no driver is free, and surges where demand outruns supply', async () => {
    const area = offset(PARIS, 500, 0);
    const dropoff = offset(area, 4, 0);
    const riders = await Promise.all(['ma', 'ned', 'ola', 'pim', 'quinn'].map((n) => signUpUser(stack.url, n)));
    const before = (await gql(stack.url, ESTIMATE, { a: area, b: dropoff }, { token: riders[0]!.token })).body.data.fareEstimate;
    expect(before.surge).toBe(1);
    for (const rider of riders) {
      const res = await gql(stack.url, REQUEST, { i: { pickup: area, dropoff } }, { token: rider.token });
      expect(res.body.data.requestRide.ride.status).toBe('NO_DRIVER');
    }
    // Five requests, no driver: 1 + (5 − 1) × 0.25.
    const after = (await gql(stack.url, ESTIMATE, { a: area, b: dropoff }, { token: riders[0]!.token })).body.data.fareEstimate;
    expect(after.surge).toBe(2);
    expect(after.amount).toBe(before.amount * 2);
  });
});
