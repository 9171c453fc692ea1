import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DriverRow, TripRow } from '../entities';
import type { RideOfferView, NearbyDriverView, PositionView, FareEstimateView, TripUpdateView, RiderRatingView } from '../service';
import type { UserRef, RidesContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, as an ISO-8601 string in UTC (e.g. `2026-11-23T10:00:00.000Z`). */
  DateTime: { input: Date; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A user who drives for rides. */
export type Driver = {
  __typename?: 'Driver';
  /** Rides the driver cancelled after accepting them. */
  cancellations: Scalars['Int']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The name riders see. */
  name: Scalars['String']['output'];
  /** Average rating riders gave, 1 to 5; null before the first rating. */
  rating?: Maybe<Scalars['Float']['output']>;
  /** How many ratings the average is of. */
  ratingCount: Scalars['Int']['output'];
  /** Whether the driver is online and free. */
  status: DriverStatus;
  /** The driver's account. */
  user?: Maybe<User>;
  /** The vehicle riders look for, e.g. "Blue Toyota Prius AB-123-CD". */
  vehicle: Scalars['String']['output'];
};

/** The result of registerDriver. */
export type DriverPayload = {
  __typename?: 'DriverPayload';
  /** The driver, on success. */
  driver?: Maybe<Driver>;
  /** What went wrong. */
  errors: Array<UserError>;
};

/** A driver's last reported position. */
export type DriverPosition = {
  __typename?: 'DriverPosition';
  /** When the position was measured. */
  at: Scalars['DateTime']['output'];
  /** Latitude. */
  lat: Scalars['Float']['output'];
  /** Longitude. */
  lng: Scalars['Float']['output'];
};

/** Where a driver stands. */
export type DriverStatus =
  /** Online and free for a ride. */
  | 'AVAILABLE'
  /** Online, with a ride offer waiting for an answer. */
  | 'OFFERED'
  /** Not taking rides; the position is never shown. */
  | 'OFFLINE'
  /** On a ride (accepted, arriving or in progress). */
  | 'ON_TRIP';

/** The machine-readable kind of an error, in `UserError.code` and in GraphQL errors' `extensions.code`. */
export type ErrorCode =
  /** An input is missing, malformed or out of range. */
  | 'BAD_USER_INPUT'
  /** The payment was declined by the card issuer or the processor. */
  | 'CARD_DECLINED'
  /** The change clashes with existing data (a duplicate, a stale version). */
  | 'CONFLICT'
  /** The signed-in user may not do this. */
  | 'FORBIDDEN'
  /** An idempotency key was sent again with other parameters; use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The thing is not in a state that allows this operation (e.g. capturing a canceled payment). */
  | 'INVALID_STATE'
  /** The thing named does not exist (or is not visible to you). */
  | 'NOT_FOUND'
  /** The tenant's plan allows no more of this (e.g. members); choose a bigger plan. */
  | 'QUOTA_EXCEEDED'
  /** Too many requests; retry later. */
  | 'RATE_LIMITED'
  /** The operation needs a signed-in user. */
  | 'UNAUTHENTICATED';

/** What a ride would cost. */
export type FareEstimate = {
  __typename?: 'FareEstimate';
  /** The price in minor units of `currency` (cents). */
  amount: Scalars['Int']['output'];
  /** ISO 4217 code. */
  currency: Scalars['String']['output'];
  /** Straight-line distance from pickup to drop-off, km. */
  distanceKm: Scalars['Float']['output'];
  /** Estimated ride time, seconds. */
  durationSeconds: Scalars['Int']['output'];
  /** Demand over supply around the pickup, 1.0 (none) to the configured maximum. */
  surge: Scalars['Float']['output'];
};

/** A point on the Earth (WGS 84 degrees). */
export type GeoPoint = {
  __typename?: 'GeoPoint';
  /** Latitude, -90 to 90. */
  lat: Scalars['Float']['output'];
  /** Longitude, -180 to 180. */
  lng: Scalars['Float']['output'];
};

/** A point on the Earth, as input. */
export type GeoPointInput = {
  /** Latitude, -90 to 90. */
  lat: Scalars['Float']['input'];
  /** Longitude, -180 to 180. */
  lng: Scalars['Float']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** The driver takes the offered ride. */
  acceptOffer?: Maybe<OfferPayload>;
  /** Cancels the ride, by the rider (free until 2 minutes after a driver accepted, then a fee) or the driver (counted against them). */
  cancelRide?: Maybe<RidePayload>;
  /** The rider is dropped off; the fare is charged. */
  completeRide?: Maybe<RidePayload>;
  /** The driver says no; the ride goes to the next nearest free driver. */
  declineOffer?: Maybe<OfferPayload>;
  /** Goes offline: no more offers, the position is no longer shown. Refused during a ride. */
  goOffline?: Maybe<DriverPayload>;
  /** Goes online at a position: the driver can be offered rides. */
  goOnline?: Maybe<DriverPayload>;
  /** The driver is at the pickup (tells the rider); also happens on its own when a reported position is near it. */
  markArriving?: Maybe<RidePayload>;
  /** Rates the other side of a completed ride, once, 1 to 5 stars. */
  rateRide?: Maybe<RidePayload>;
  /** Makes the viewer a driver (offline until goOnline). */
  registerDriver?: Maybe<DriverPayload>;
  /**
   * Reports the driver's position (online drivers only; rate limited per driver). Also works over graphql-ws.
   * Within RIDES_ARRIVING_METERS (150 m) of the pickup of the driver's accepted ride, the ride turns ARRIVING.
   */
  reportPosition?: Maybe<PositionPayload>;
  /**
   * Asks for a ride: estimates the fare, then offers it to the nearest free driver. CONFLICT while the rider
   * has an active ride (one at a time, also under concurrent requests).
   */
  requestRide?: Maybe<RidePayload>;
  /** The rider is aboard. */
  startRide?: Maybe<RidePayload>;
};


export type MutationAcceptOfferArgs = {
  offerId: Scalars['ID']['input'];
};


export type MutationCancelRideArgs = {
  reason?: InputMaybe<Scalars['String']['input']>;
  rideId: Scalars['ID']['input'];
};


export type MutationCompleteRideArgs = {
  rideId: Scalars['ID']['input'];
};


export type MutationDeclineOfferArgs = {
  offerId: Scalars['ID']['input'];
};


export type MutationGoOnlineArgs = {
  position: ReportPositionInput;
};


export type MutationMarkArrivingArgs = {
  rideId: Scalars['ID']['input'];
};


export type MutationRateRideArgs = {
  rideId: Scalars['ID']['input'];
  stars: Scalars['Int']['input'];
};


export type MutationRegisterDriverArgs = {
  input: RegisterDriverInput;
};


export type MutationReportPositionArgs = {
  input: ReportPositionInput;
};


export type MutationRequestRideArgs = {
  input: RequestRideInput;
};


export type MutationStartRideArgs = {
  rideId: Scalars['ID']['input'];
};

/** A free driver near a point. */
export type NearbyDriver = {
  __typename?: 'NearbyDriver';
  /** Straight-line distance to the point, km. */
  distanceKm: Scalars['Float']['output'];
  /** The driver. */
  driver: Driver;
  /** Estimated seconds for the driver to reach the point. */
  etaSeconds: Scalars['Int']['output'];
  /** Where the driver is. */
  position: DriverPosition;
};

/** Free drivers near a point, nearest first. */
export type NearbyDriverConnection = {
  __typename?: 'NearbyDriverConnection';
  /** One edge per driver. */
  edges: Array<NearbyDriverEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** Free drivers found within the radius (at most the search limit). */
  totalCount: Scalars['Int']['output'];
};

/** One nearby driver and its cursor. */
export type NearbyDriverEdge = {
  __typename?: 'NearbyDriverEdge';
  /** Pass as `after` for the drivers after this one. */
  cursor: Scalars['String']['output'];
  /** The driver. */
  node: NearbyDriver;
};

/** The result of answering an offer. */
export type OfferPayload = {
  __typename?: 'OfferPayload';
  /** What went wrong. */
  errors: Array<UserError>;
  /** The offer after the answer. */
  offer?: Maybe<RideOffer>;
};

/** Where a ride offer stands. */
export type OfferStatus =
  /** The driver took the ride. */
  | 'ACCEPTED'
  /** The driver said no. */
  | 'DECLINED'
  /** The driver did not answer in time. */
  | 'EXPIRED'
  /** Waiting for the driver's answer until `expiresAt`. */
  | 'PENDING'
  /** The rider cancelled before the driver answered. */
  | 'WITHDRAWN';

/** Where a connection's page sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when `after: endCursor` returns more. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page does not start the list. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge, null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The result of reportPosition. */
export type PositionPayload = {
  __typename?: 'PositionPayload';
  /** What went wrong. */
  errors: Array<UserError>;
  /** The move from the last position was faster than 300 km/h (recorded, flagged for review); null on failure. */
  jump?: Maybe<Scalars['Boolean']['output']>;
  /** The position recorded. */
  position?: Maybe<DriverPosition>;
};

export type Query = {
  __typename?: 'Query';
  /** What a ride would cost now. */
  fareEstimate?: Maybe<FareEstimate>;
  /** The viewer's driver profile, or null when they do not drive. */
  myDriver?: Maybe<Driver>;
  /** The offer waiting for the viewer's answer as a driver, if any. */
  myOffer?: Maybe<RideOffer>;
  /** The ratings drivers gave the viewer as a rider. */
  myRiderRating?: Maybe<RiderRating>;
  /** The viewer's rides, newest first. */
  myRides?: Maybe<RideConnection>;
  /** Free drivers near a point, nearest first (at most 50, within `radiusKm` of at most 20 km). */
  nearbyDrivers?: Maybe<NearbyDriverConnection>;
  /** A ride of the viewer (as rider or driver). */
  ride?: Maybe<Ride>;
};


export type QueryFareEstimateArgs = {
  dropoff: GeoPointInput;
  pickup: GeoPointInput;
};


export type QueryMyRidesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<RideRole>;
};


export type QueryNearbyDriversArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  near: GeoPointInput;
  radiusKm?: InputMaybe<Scalars['Float']['input']>;
};


export type QueryRideArgs = {
  id: Scalars['ID']['input'];
};

/** Becomes a driver. */
export type RegisterDriverInput = {
  /** The name riders see, 1 to 80 characters. */
  name: Scalars['String']['input'];
  /** The vehicle, 3 to 120 characters. */
  vehicle: Scalars['String']['input'];
};

/** A position report. */
export type ReportPositionInput = {
  /** When it was measured (now by default); not in the future. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** Latitude, -90 to 90. */
  lat: Scalars['Float']['input'];
  /** Longitude, -180 to 180. */
  lng: Scalars['Float']['input'];
};

/** A ride request. */
export type RequestRideInput = {
  /** Where to go (0.1 to 200 km from the pickup). */
  dropoff: GeoPointInput;
  /** Where to be picked up. */
  pickup: GeoPointInput;
};

/** A ride from a pickup to a drop-off. */
export type Ride = {
  __typename?: 'Ride';
  /** When a driver accepted. */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the driver reached the pickup. */
  arrivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why, as the canceller said. */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** The cancellation fee charged to the rider (0 when free). */
  cancellationFee?: Maybe<Scalars['Int']['output']>;
  /** When it was cancelled. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who cancelled, when cancelled. */
  cancelledBy?: Maybe<RideParty>;
  /** What the rider paid: the estimate on completion, the fee on a charged cancellation; null otherwise. */
  charged?: Maybe<Scalars['Int']['output']>;
  /** When the ride ended. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The driver, once one accepted. */
  driver?: Maybe<Driver>;
  /** The rider's rating of the driver (1-5). */
  driverRating?: Maybe<Scalars['Int']['output']>;
  /** Where the rider goes. */
  dropoff: GeoPoint;
  /** The estimate given at request time (its surge is locked for the ride). */
  estimate: FareEstimate;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Where the rider is picked up. */
  pickup: GeoPoint;
  /** When the ride was requested. */
  requestedAt: Scalars['DateTime']['output'];
  /** Who asked for the ride. */
  rider?: Maybe<User>;
  /** The driver's rating of the rider (1-5). */
  riderRating?: Maybe<Scalars['Int']['output']>;
  /** When the rider got in. */
  startedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the ride stands. */
  status: RideStatus;
};

/** Rides, newest first. */
export type RideConnection = {
  __typename?: 'RideConnection';
  /** One edge per ride. */
  edges: Array<RideEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** All rides of the list. */
  totalCount: Scalars['Int']['output'];
};

/** One ride and its cursor. */
export type RideEdge = {
  __typename?: 'RideEdge';
  /** Pass as `after` for the rides after this one. */
  cursor: Scalars['String']['output'];
  /** The ride. */
  node: Ride;
};

/** A ride offered to one driver, who answers before it runs out. */
export type RideOffer = {
  __typename?: 'RideOffer';
  /** The answer must come before this. */
  expiresAt: Scalars['DateTime']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Straight-line distance from the driver to the pickup when offered, km. */
  pickupDistanceKm: Scalars['Float']['output'];
  /** The ride. */
  ride?: Maybe<Ride>;
  /** Where the offer stands. */
  status: OfferStatus;
};

/** Who did something to a ride. */
export type RideParty =
  /** The driver. */
  | 'DRIVER'
  /** The rider. */
  | 'RIDER';

/** The result of a ride mutation. */
export type RidePayload = {
  __typename?: 'RidePayload';
  /** What went wrong. */
  errors: Array<UserError>;
  /** The ride after the change. */
  ride?: Maybe<Ride>;
};

/** Which side of rides to list. */
export type RideRole =
  /** Rides the viewer drove. */
  | 'DRIVER'
  /** Rides the viewer requested. */
  | 'RIDER';

/** Where a ride stands. Allowed moves: REQUESTED → ACCEPTED → ARRIVING → IN_PROGRESS → COMPLETED; REQUESTED/ACCEPTED/ARRIVING → CANCELLED; REQUESTED → NO_DRIVER. */
export type RideStatus =
  /** A driver accepted and is on the way. */
  | 'ACCEPTED'
  /** The driver is at the pickup. */
  | 'ARRIVING'
  /** Cancelled by the rider or the driver. */
  | 'CANCELLED'
  /** Done; the fare is charged. */
  | 'COMPLETED'
  /** The rider is aboard. */
  | 'IN_PROGRESS'
  /** No driver was free (or every one declined or let the offer run out). */
  | 'NO_DRIVER'
  /** Looking for a driver: an offer is out to one driver. */
  | 'REQUESTED';

/** One change of a ride the rider (or driver) is watching. */
export type RideUpdate = {
  __typename?: 'RideUpdate';
  /** Straight-line km to that point. */
  distanceKm?: Maybe<Scalars['Float']['output']>;
  /** The driver's last position, when a driver is assigned and has reported one. */
  driverPosition?: Maybe<DriverPosition>;
  /** Seconds until the driver reaches the pickup (ACCEPTED, ARRIVING) or the drop-off (IN_PROGRESS). */
  etaSeconds?: Maybe<Scalars['Int']['output']>;
  /** What changed. */
  kind: RideUpdateKind;
  /** The ride's id. */
  rideId: Scalars['ID']['output'];
  /** The ride's status after the change. */
  status: RideStatus;
};

/** What changed in a tracked ride. */
export type RideUpdateKind =
  /** The driver reported a new position. */
  | 'POSITION'
  /** The current state, sent first. */
  | 'SNAPSHOT'
  /** The ride moved to another status. */
  | 'STATUS';

/** Ratings a user received as a rider. */
export type RiderRating = {
  __typename?: 'RiderRating';
  /** Average, 1 to 5; null before the first rating. */
  average?: Maybe<Scalars['Float']['output']>;
  /** How many ratings. */
  count: Scalars['Int']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Offers made to the viewer as a driver, as they come. */
  rideOffers?: Maybe<RideOffer>;
  /** Live changes of a ride for its rider or driver: a snapshot first, then status changes and the driver's positions with ETA. */
  rideUpdates?: Maybe<RideUpdate>;
};


export type SubscriptionRideUpdatesArgs = {
  rideId: Scalars['ID']['input'];
};

/** A person with a Hubgraph account; identity owns it, rides only points at it. */
export type User = {
  __typename?: 'User';
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
};

/** An expected problem with a mutation's input, returned as data so a form can show it next to its field. */
export type UserError = {
  __typename?: 'UserError';
  /** What kind of problem it is. */
  code: ErrorCode;
  /** The input field at fault, as a dotted path (e.g. `input.email`), or null when the whole input is. */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong, in words a person understands. */
  message: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Driver: Driver;
  Ride: Ride;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Driver:
    ( { __typename: 'Driver' }
    & GraphQLRecursivePick<FederationTypes['Driver'], {"id":true}> );
  Ride:
    ( { __typename: 'Ride' }
    & GraphQLRecursivePick<FederationTypes['Ride'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Driver: ResolverTypeWrapper<DriverRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  DriverPayload: ResolverTypeWrapper<Omit<DriverPayload, 'driver'> & { driver?: Maybe<ResolversTypes['Driver']> }>;
  DriverPosition: ResolverTypeWrapper<PositionView>;
  DriverStatus: DriverStatus;
  ErrorCode: ErrorCode;
  FareEstimate: ResolverTypeWrapper<FareEstimateView>;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  GeoPointInput: GeoPointInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NearbyDriver: ResolverTypeWrapper<NearbyDriverView>;
  NearbyDriverConnection: ResolverTypeWrapper<Omit<NearbyDriverConnection, 'edges'> & { edges: Array<ResolversTypes['NearbyDriverEdge']> }>;
  NearbyDriverEdge: ResolverTypeWrapper<Omit<NearbyDriverEdge, 'node'> & { node: ResolversTypes['NearbyDriver'] }>;
  OfferPayload: ResolverTypeWrapper<Omit<OfferPayload, 'offer'> & { offer?: Maybe<ResolversTypes['RideOffer']> }>;
  OfferStatus: OfferStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PositionPayload: ResolverTypeWrapper<Omit<PositionPayload, 'position'> & { position?: Maybe<ResolversTypes['DriverPosition']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegisterDriverInput: RegisterDriverInput;
  ReportPositionInput: ReportPositionInput;
  RequestRideInput: RequestRideInput;
  Ride: ResolverTypeWrapper<TripRow>;
  RideConnection: ResolverTypeWrapper<Omit<RideConnection, 'edges'> & { edges: Array<ResolversTypes['RideEdge']> }>;
  RideEdge: ResolverTypeWrapper<Omit<RideEdge, 'node'> & { node: ResolversTypes['Ride'] }>;
  RideOffer: ResolverTypeWrapper<RideOfferView>;
  RideParty: RideParty;
  RidePayload: ResolverTypeWrapper<Omit<RidePayload, 'ride'> & { ride?: Maybe<ResolversTypes['Ride']> }>;
  RideRole: RideRole;
  RideStatus: RideStatus;
  RideUpdate: ResolverTypeWrapper<TripUpdateView>;
  RideUpdateKind: RideUpdateKind;
  RiderRating: ResolverTypeWrapper<RiderRatingView>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  User: ResolverTypeWrapper<UserRef>;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  Driver: DriverRow;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Float: Scalars['Float']['output'];
  DriverPayload: Omit<DriverPayload, 'driver'> & { driver?: Maybe<ResolversParentTypes['Driver']> };
  DriverPosition: PositionView;
  FareEstimate: FareEstimateView;
  GeoPoint: GeoPoint;
  GeoPointInput: GeoPointInput;
  Mutation: Record<PropertyKey, never>;
  NearbyDriver: NearbyDriverView;
  NearbyDriverConnection: Omit<NearbyDriverConnection, 'edges'> & { edges: Array<ResolversParentTypes['NearbyDriverEdge']> };
  NearbyDriverEdge: Omit<NearbyDriverEdge, 'node'> & { node: ResolversParentTypes['NearbyDriver'] };
  OfferPayload: Omit<OfferPayload, 'offer'> & { offer?: Maybe<ResolversParentTypes['RideOffer']> };
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  PositionPayload: Omit<PositionPayload, 'position'> & { position?: Maybe<ResolversParentTypes['DriverPosition']> };
  Query: Record<PropertyKey, never>;
  RegisterDriverInput: RegisterDriverInput;
  ReportPositionInput: ReportPositionInput;
  RequestRideInput: RequestRideInput;
  Ride: TripRow;
  RideConnection: Omit<RideConnection, 'edges'> & { edges: Array<ResolversParentTypes['RideEdge']> };
  RideEdge: Omit<RideEdge, 'node'> & { node: ResolversParentTypes['Ride'] };
  RideOffer: RideOfferView;
  RidePayload: Omit<RidePayload, 'ride'> & { ride?: Maybe<ResolversParentTypes['Ride']> };
  RideUpdate: TripUpdateView;
  RiderRating: RiderRatingView;
  Subscription: Record<PropertyKey, never>;
  User: UserRef;
  UserError: UserError;
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = RidesContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DriverResolvers<ContextType = RidesContext, ParentType extends ResolversParentTypes['Driver'] = ResolversParentTypes['Driver'], FederationReferenceType extends FederationReferenceTypes['Driver'] = FederationReferenceTypes['Driver']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Driver']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cancellations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rating?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  ratingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DriverStatus'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  vehicle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type DriverPayloadResolvers<ContextType = RidesContext, ParentType extends ResolversParentTypes['DriverPayload'] = ResolversParentTypes['DriverPayload']> = ResolversObject<{
  driver?: Resolver<Maybe<ResolversTypes['Driver']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DriverPositionResolvers<ContextType = RidesContext, ParentType extends ResolversParentTypes['DriverPosition'] = ResolversParentTypes['DriverPosition']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type FareEstimateResolvers<ContextType = RidesContext, ParentType extends ResolversParentTypes['FareEstimate'] = ResolversParentTypes['FareEstimate']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  distanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  durationSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  surge?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type GeoPointResolvers<ContextType = RidesContext, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = RidesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptOffer?: Resolver<Maybe<ResolversTypes['OfferPayload']>, ParentType, ContextType, RequireFields<MutationAcceptOfferArgs, 'offerId'>>;
  cancelRide?: Resolver<Maybe<ResolversTypes['RidePayload']>, ParentType, ContextType, RequireFields<MutationCancelRideArgs, 'rideId'>>;
  completeRide?: Resolver<Maybe<ResolversTypes['RidePayload']>, ParentType, ContextType, RequireFields<MutationCompleteRideArgs, 'rideId'>>;
  declineOffer?: Resolver<Maybe<ResolversTypes['OfferPayload']>, ParentType, ContextType, RequireFields<MutationDeclineOfferArgs, 'offerId'>>;
  goOffline?: Resolver<Maybe<ResolversTypes['DriverPayload']>, ParentType, ContextType>;
  goOnline?: Resolver<Maybe<ResolversTypes['DriverPayload']>, ParentType, ContextType, RequireFields<MutationGoOnlineArgs, 'position'>>;
  markArriving?: Resolver<Maybe<ResolversTypes['RidePayload']>, ParentType, ContextType, RequireFields<MutationMarkArrivingArgs, 'rideId'>>;
  rateRide?: Resolver<Maybe<ResolversTypes['RidePayload']>, ParentType, ContextType, RequireFields<MutationRateRideArgs, 'rideId' | 'stars'>>;
  registerDriver?: Resolver<Maybe<ResolversTypes['DriverPayload']>, ParentType, ContextType, RequireFields<MutationRegisterDriverArgs, 'input'>>;
  reportPosition?: Resolver<Maybe<ResolversTypes['PositionPayload']>, ParentType, ContextType, RequireFields<MutationReportPositionArgs, 'input'>>;
  requestRide?: Resolver<Maybe<ResolversTypes['RidePayload']>, ParentType, ContextType, RequireFields<MutationRequestRideArgs, 'input'>>;
  startRide?: Resolver<Maybe<ResolversTypes['RidePayload']>, ParentType, ContextType, RequireFields<MutationStartRideArgs, 'rideId'>>;
}>;

export type NearbyDriverResolvers<ContextType = RidesContext, ParentType extends ResolversParentTypes['NearbyDriver'] = ResolversParentTypes['NearbyDriver']> = ResolversObject<{
  distanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  driver?: Resolver<ResolversTypes['Driver'], ParentType, ContextType>;
  etaSeconds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['DriverPosition'], ParentType, ContextType>;
}>;

export type NearbyDriverConnectionResolvers<ContextType = RidesContext, ParentType extends ResolversParentTypes['NearbyDriverConnection'] = ResolversParentTypes['NearbyDriverConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NearbyDriverEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NearbyDriverEdgeResolvers<ContextType = RidesContext, ParentType extends ResolversParentTypes['NearbyDriverEdge'] = ResolversParentTypes['NearbyDriverEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NearbyDriver'], ParentType, ContextType>;
}>;

export type OfferPayloadResolvers<ContextType = RidesContext, ParentType extends ResolversParentTypes['OfferPayload'] = ResolversParentTypes['OfferPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  offer?: Resolver<Maybe<ResolversTypes['RideOffer']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = RidesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PositionPayloadResolvers<ContextType = RidesContext, ParentType extends ResolversParentTypes['PositionPayload'] = ResolversParentTypes['PositionPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  jump?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  position?: Resolver<Maybe<ResolversTypes['DriverPosition']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = RidesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  fareEstimate?: Resolver<Maybe<ResolversTypes['FareEstimate']>, ParentType, ContextType, RequireFields<QueryFareEstimateArgs, 'dropoff' | 'pickup'>>;
  myDriver?: Resolver<Maybe<ResolversTypes['Driver']>, ParentType, ContextType>;
  myOffer?: Resolver<Maybe<ResolversTypes['RideOffer']>, ParentType, ContextType>;
  myRiderRating?: Resolver<Maybe<ResolversTypes['RiderRating']>, ParentType, ContextType>;
  myRides?: Resolver<Maybe<ResolversTypes['RideConnection']>, ParentType, ContextType, RequireFields<QueryMyRidesArgs, 'first' | 'role'>>;
  nearbyDrivers?: Resolver<Maybe<ResolversTypes['NearbyDriverConnection']>, ParentType, ContextType, RequireFields<QueryNearbyDriversArgs, 'first' | 'near' | 'radiusKm'>>;
  ride?: Resolver<Maybe<ResolversTypes['Ride']>, ParentType, ContextType, RequireFields<QueryRideArgs, 'id'>>;
}>;

export type RideResolvers<ContextType = RidesContext, ParentType extends ResolversParentTypes['Ride'] = ResolversParentTypes['Ride'], FederationReferenceType extends FederationReferenceTypes['Ride'] = FederationReferenceTypes['Ride']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Ride']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  arrivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancellationFee?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cancelledBy?: Resolver<Maybe<ResolversTypes['RideParty']>, ParentType, ContextType>;
  charged?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  driver?: Resolver<Maybe<ResolversTypes['Driver']>, ParentType, ContextType>;
  driverRating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  dropoff?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  estimate?: Resolver<ResolversTypes['FareEstimate'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pickup?: Resolver<ResolversTypes['GeoPoint'], ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  rider?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  riderRating?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RideStatus'], ParentType, ContextType>;
}>;

export type RideConnectionResolvers<ContextType = RidesContext, ParentType extends ResolversParentTypes['RideConnection'] = ResolversParentTypes['RideConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RideEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RideEdgeResolvers<ContextType = RidesContext, ParentType extends ResolversParentTypes['RideEdge'] = ResolversParentTypes['RideEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Ride'], ParentType, ContextType>;
}>;

export type RideOfferResolvers<ContextType = RidesContext, ParentType extends ResolversParentTypes['RideOffer'] = ResolversParentTypes['RideOffer']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  pickupDistanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ride?: Resolver<Maybe<ResolversTypes['Ride']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OfferStatus'], ParentType, ContextType>;
}>;

export type RidePayloadResolvers<ContextType = RidesContext, ParentType extends ResolversParentTypes['RidePayload'] = ResolversParentTypes['RidePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  ride?: Resolver<Maybe<ResolversTypes['Ride']>, ParentType, ContextType>;
}>;

export type RideUpdateResolvers<ContextType = RidesContext, ParentType extends ResolversParentTypes['RideUpdate'] = ResolversParentTypes['RideUpdate']> = ResolversObject<{
  distanceKm?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  driverPosition?: Resolver<Maybe<ResolversTypes['DriverPosition']>, ParentType, ContextType>;
  etaSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RideUpdateKind'], ParentType, ContextType>;
  rideId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RideStatus'], ParentType, ContextType>;
}>;

export type RiderRatingResolvers<ContextType = RidesContext, ParentType extends ResolversParentTypes['RiderRating'] = ResolversParentTypes['RiderRating']> = ResolversObject<{
  average?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = RidesContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  rideOffers?: SubscriptionResolver<Maybe<ResolversTypes['RideOffer']>, "rideOffers", ParentType, ContextType>;
  rideUpdates?: SubscriptionResolver<Maybe<ResolversTypes['RideUpdate']>, "rideUpdates", ParentType, ContextType, RequireFields<SubscriptionRideUpdatesArgs, 'rideId'>>;
}>;

export type UserResolvers<ContextType = RidesContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = RidesContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = RidesContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Driver?: DriverResolvers<ContextType>;
  DriverPayload?: DriverPayloadResolvers<ContextType>;
  DriverPosition?: DriverPositionResolvers<ContextType>;
  FareEstimate?: FareEstimateResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NearbyDriver?: NearbyDriverResolvers<ContextType>;
  NearbyDriverConnection?: NearbyDriverConnectionResolvers<ContextType>;
  NearbyDriverEdge?: NearbyDriverEdgeResolvers<ContextType>;
  OfferPayload?: OfferPayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PositionPayload?: PositionPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Ride?: RideResolvers<ContextType>;
  RideConnection?: RideConnectionResolvers<ContextType>;
  RideEdge?: RideEdgeResolvers<ContextType>;
  RideOffer?: RideOfferResolvers<ContextType>;
  RidePayload?: RidePayloadResolvers<ContextType>;
  RideUpdate?: RideUpdateResolvers<ContextType>;
  RiderRating?: RiderRatingResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = RidesContext> = ResolversObject<{
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
}>;
