import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';

export const PARIS = { lat: 48.8584, lng: 2.347 };

/** A point `northKm` north and `eastKm` east of `from` (small distances). */
export function offset(from: { lat: number; lng: number }, northKm: number, eastKm: number) {
  return { lat: from.lat + northKm / 111.2, lng: from.lng + eastKm / (111.2 * Math.cos((from.lat * Math.PI) / 180)) };
}

export const DRIVER_FIELDS = 'id name vehicle status rating ratingCount cancellations user { id }';
export const RIDE_FIELDS = `id status rider { id } driver { id name } pickup { lat lng } dropoff { lat lng }
  estimate { distanceKm durationSeconds surge amount currency } charged cancelledBy cancelReason cancellationFee
  requestedAt acceptedAt arrivedAt startedAt completedAt cancelledAt driverRating riderRating`;

export const REGISTER = `mutation($i: RegisterDriverInput!) { registerDriver(input: $i) { driver { ${DRIVER_FIELDS} } errors { field code message } } }`;
export const GO_ONLINE = `mutation($p: ReportPositionInput!) { goOnline(position: $p) { driver { id status } errors { field code message } } }`;
export const GO_OFFLINE = `mutation { goOffline { driver { id status } errors { field code message } } }`;
export const REPORT = `mutation($i: ReportPositionInput!) { reportPosition(input: $i) { position { lat lng at } jump errors { field code message } } }`;
export const NEARBY = `query($p: GeoPointInput!, $r: Float, $first: Int, $after: String) {
  nearbyDrivers(near: $p, radiusKm: $r, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { driver { id name status } position { lat lng } distanceKm etaSeconds } }
  }
}`;
export const ESTIMATE = `query($a: GeoPointInput!, $b: GeoPointInput!) { fareEstimate(pickup: $a, dropoff: $b) { distanceKm durationSeconds surge amount currency } }`;
export const REQUEST = `mutation($i: RequestRideInput!) { requestRide(input: $i) { ride { ${RIDE_FIELDS} } errors { field code message } } }`;
export const MY_OFFER = `query { myOffer { id status pickupDistanceKm expiresAt ride { id pickup { lat lng } } } }`;
export const ACCEPT = `mutation($id: ID!) { acceptOffer(offerId: $id) { offer { id status } errors { field code message } } }`;
export const DECLINE = `mutation($id: ID!) { declineOffer(offerId: $id) { offer { id status } errors { field code message } } }`;
const rideMutation = (name: string) =>
  `mutation($id: ID!) { ${name}(rideId: $id) { ride { ${RIDE_FIELDS} } errors { field code message } } }`;
export const ARRIVING = rideMutation('markArriving');
export const START = rideMutation('startRide');
export const COMPLETE = rideMutation('completeRide');
export const CANCEL = `mutation($id: ID!, $reason: String) { cancelRide(rideId: $id, reason: $reason) { ride { ${RIDE_FIELDS} } errors { field code message } } }`;
export const RATE = `mutation($id: ID!, $stars: Int!) { rateRide(rideId: $id, stars: $stars) { ride { id driverRating riderRating } errors { field code message } } }`;
export const RIDE = `query($id: ID!) { ride(id: $id) { ${RIDE_FIELDS} } }`;

export interface TestDriver extends TestUser {
  driverId: string;
}

/** Signs up a user, registers them as a driver and puts them online at `at`. */
export async function onlineDriver(url: string, name: string, at: { lat: number; lng: number }): Promise<TestDriver> {
  const user = await signUpUser(url, name);
  const registered = await gql(url, REGISTER, { i: { name, vehicle: `Car of ${name}` } }, { token: user.token });
  const driver = registered.body.data?.registerDriver?.driver;
  if (!driver) throw new Error(`registerDriver failed: ${JSON.stringify(registered.body)}`);
  const online = await gql(url, GO_ONLINE, { p: at }, { token: user.token });
  if (online.body.data?.goOnline?.driver?.status !== 'AVAILABLE') throw new Error(`goOnline failed: ${JSON.stringify(online.body)}`);
  return { ...user, driverId: driver.id };
}

/** Runs `work` over `items`, `limit` at a time. */
export async function inBatches<T, R>(items: readonly T[], limit: number, work: (item: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await work(items[i]!, i);
      }
    }),
  );
  return out;
}
