import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { VariantRef, InventoryContext } from '../context';
import type { WarehouseRow, LocationRow, StockRow, MovementRow, ReservationRow, ReservationLineRow } from '../entities';
import type { InsufficientStockData } from '../service';
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

/** A count correction at one location. */
export type AdjustStockInput = {
  /** The signed change of onHand: -1,000,000 to 1,000,000, not 0; onHand may not drop below reserved. */
  change: Scalars['Int']['input'];
  locationId: Scalars['ID']['input'];
  /** Why, 1 to 500 characters. */
  reason: Scalars['String']['input'];
  variantId: Scalars['ID']['input'];
};

/** A new location inside a warehouse. */
export type CreateStockLocationInput = {
  /** 1 to 30 characters: letters, digits, `-`, `_`, `.`, `/` (stored upper case, unique in the warehouse). */
  code: Scalars['String']['input'];
  /** 1 to 100 characters; defaults to the code. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The warehouse. */
  warehouseId: Scalars['ID']['input'];
};

/** A new warehouse. */
export type CreateWarehouseInput = {
  /** 1 to 20 characters: letters, digits, `-`, `_`, `.` (stored upper case, unique). */
  code: Scalars['String']['input'];
  /** 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** 0 to 1,000,000; lower is drawn from first. Default 100. */
  priority?: InputMaybe<Scalars['Int']['input']>;
};

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

/** A reservation could not be made: one variant lacks units. Nothing was reserved. */
export type InsufficientStock = {
  __typename?: 'InsufficientStock';
  /** How many units were available. */
  available: Scalars['Int']['output'];
  /** A sentence for people. */
  message: Scalars['String']['output'];
  /** How many units were asked for (summed over the request's lines of that variant). */
  requested: Scalars['Int']['output'];
  /** The variant that lacks units. */
  variantId: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Corrects a count (an ADJUSTED movement) (admin or inventory role). */
  adjustStock?: Maybe<StockChangePayload>;
  /** Ships an active reservation's units (SHIPPED movements); again: the same result (admin or inventory role). */
  commitStockReservation?: Maybe<StockReservationPayload>;
  /** Adds a location to a warehouse (admin or inventory role). */
  createStockLocation?: Maybe<StockLocationPayload>;
  /** Adds a warehouse (admin or inventory role). */
  createWarehouse?: Maybe<WarehousePayload>;
  /** Records units that arrived (a RECEIVED movement) (admin or inventory role). */
  receiveStock?: Maybe<StockChangePayload>;
  /** Lets an active reservation's units go (RELEASED movements); again: the same result (admin or inventory role). */
  releaseStockReservation?: Maybe<StockReservationPayload>;
  /** Holds units for a reference, allocated by warehouse priority then most available location; all or nothing (admin or inventory role). Reserving a reference again returns its reservation. */
  reserveStock?: Maybe<ReserveStockResult>;
  /** Sets a variant's tracking and low-stock threshold (admin or inventory role). */
  setVariantInventory?: Maybe<VariantInventoryPayload>;
  /** Moves units between locations (TRANSFERRED_OUT and TRANSFERRED_IN) (admin or inventory role). */
  transferStock?: Maybe<StockChangePayload>;
  /** Renames or re-prioritises a warehouse (admin or inventory role). */
  updateWarehouse?: Maybe<WarehousePayload>;
};


export type MutationAdjustStockArgs = {
  input: AdjustStockInput;
};


export type MutationCommitStockReservationArgs = {
  reference: Scalars['String']['input'];
};


export type MutationCreateStockLocationArgs = {
  input: CreateStockLocationInput;
};


export type MutationCreateWarehouseArgs = {
  input: CreateWarehouseInput;
};


export type MutationReceiveStockArgs = {
  input: ReceiveStockInput;
};


export type MutationReleaseStockReservationArgs = {
  reference: Scalars['String']['input'];
};


export type MutationReserveStockArgs = {
  input: ReserveStockInput;
};


export type MutationSetVariantInventoryArgs = {
  input: SetVariantInventoryInput;
};


export type MutationTransferStockArgs = {
  input: TransferStockInput;
};


export type MutationUpdateWarehouseArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWarehouseInput;
};

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

export type Query = {
  __typename?: 'Query';
  /** Inventory of one variant by commerce's id (a variant inventory has never seen has zero stock). */
  inventoryVariant?: Maybe<Variant>;
  /** Movement history, newest first (admin or inventory role). */
  stockMovements?: Maybe<StockMovementConnection>;
  /** One reservation by its reference (admin or inventory role). */
  stockReservation?: Maybe<StockReservation>;
  /** Reservations, newest first (admin or inventory role). */
  stockReservations?: Maybe<StockReservationConnection>;
  /** One warehouse (admin or inventory role). */
  warehouse?: Maybe<Warehouse>;
  /** Warehouses by priority then code (admin or inventory role). */
  warehouses?: Maybe<WarehouseConnection>;
};


export type QueryInventoryVariantArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStockMovementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StockMovementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStockReservationArgs = {
  reference: Scalars['String']['input'];
};


export type QueryStockReservationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StockReservationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWarehouseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWarehousesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Units that arrived at a location. */
export type ReceiveStockInput = {
  /** The batch (lot) number, up to 60 characters. */
  batch?: InputMaybe<Scalars['String']['input']>;
  locationId: Scalars['ID']['input'];
  /** Up to 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 1,000,000 units. */
  quantity: Scalars['Int']['input'];
  /** For a tracked variant: exactly `quantity` distinct new serial numbers (each up to 60 characters). */
  serials?: InputMaybe<Array<Scalars['String']['input']>>;
  variantId: Scalars['ID']['input'];
};

/** Units to hold for a checkout or order. */
export type ReserveStockInput = {
  /** 1 to 50 lines. */
  lines: Array<ReserveStockLineInput>;
  /** The checkout or order reference, 1 to 100 characters (letters, digits, `-`, `_`, `.`, `:`); unique. */
  reference: Scalars['String']['input'];
  /** Seconds until it expires (1 to 86,400); default INVENTORY_RESERVATION_TTL_SECONDS. */
  ttlSeconds?: InputMaybe<Scalars['Int']['input']>;
};

/** One variant of a reservation request. */
export type ReserveStockLineInput = {
  /** 1 to 1,000,000 units. */
  quantity: Scalars['Int']['input'];
  variantId: Scalars['ID']['input'];
};

/** The outcome of `reserveStock`: the reservation, or which variant lacks units. */
export type ReserveStockResult = InsufficientStock | StockReservation;

/** A variant's inventory settings. */
export type SetVariantInventoryInput = {
  /** 0 to 1,000,000; 0 turns low-stock alerts off. */
  lowStockThreshold?: InputMaybe<Scalars['Int']['input']>;
  /** Whether received units need serial numbers; cannot change while units are on hand. */
  tracked?: InputMaybe<Scalars['Boolean']['input']>;
  /** Commerce's variant id. */
  variantId: Scalars['ID']['input'];
};

/** The result of a stock change: the levels it touched and the movements it wrote. */
export type StockChangePayload = {
  __typename?: 'StockChangePayload';
  errors: Array<UserError>;
  /** The (variant, location) levels after the change; null when refused. */
  levels?: Maybe<Array<StockLevel>>;
  /** The movements written; null when refused. */
  movements?: Maybe<Array<StockMovement>>;
};

/** The stock of one variant at one location. `onHand` and `reserved` always equal the sums of its movements. */
export type StockLevel = {
  __typename?: 'StockLevel';
  /** onHand minus reserved; never negative. */
  available: Scalars['Int']['output'];
  /** Where the units are. */
  location: StockLocation;
  /** Units physically held. */
  onHand: Scalars['Int']['output'];
  /** Units held for active reservations. */
  reserved: Scalars['Int']['output'];
  /** The variant. */
  variant?: Maybe<Variant>;
};

/** A page of stock levels. */
export type StockLevelConnection = {
  __typename?: 'StockLevelConnection';
  edges: Array<StockLevelEdge>;
  pageInfo: PageInfo;
  /** How many locations hold (or held) the variant. */
  totalCount: Scalars['Int']['output'];
};

/** One edge of a stock level page. */
export type StockLevelEdge = {
  __typename?: 'StockLevelEdge';
  cursor: Scalars['String']['output'];
  node: StockLevel;
};

/** A bin or shelf inside one warehouse; stock is counted per variant per location. */
export type StockLocation = {
  __typename?: 'StockLocation';
  /** Code unique within its warehouse, upper case (e.g. `A-01-03`). */
  code: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Display name, 1 to 100 characters. */
  name: Scalars['String']['output'];
  /** The warehouse it belongs to. */
  warehouse: Warehouse;
};

/** A page of locations. */
export type StockLocationConnection = {
  __typename?: 'StockLocationConnection';
  edges: Array<StockLocationEdge>;
  pageInfo: PageInfo;
  /** How many locations there are. */
  totalCount: Scalars['Int']['output'];
};

/** One edge of a location page. */
export type StockLocationEdge = {
  __typename?: 'StockLocationEdge';
  cursor: Scalars['String']['output'];
  node: StockLocation;
};

/** The result of a location change. */
export type StockLocationPayload = {
  __typename?: 'StockLocationPayload';
  errors: Array<UserError>;
  location?: Maybe<StockLocation>;
};

/** One change of stock. Rows are never updated or deleted. */
export type StockMovement = {
  __typename?: 'StockMovement';
  /** Who made the change; null for the expiry sweep. */
  actorId?: Maybe<Scalars['ID']['output']>;
  /** The batch (lot) received, if any. */
  batch?: Maybe<Scalars['String']['output']>;
  /** When. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: StockMovementKind;
  /** Where. */
  location: StockLocation;
  /** A free note (reason of an adjustment, transfer note), up to 500 characters. */
  note?: Maybe<Scalars['String']['output']>;
  /** The signed change of onHand. */
  onHandChange: Scalars['Int']['output'];
  /** How many units (always positive). */
  quantity: Scalars['Int']['output'];
  /** The reservation's reference, for RESERVED, RELEASED and SHIPPED. */
  reference?: Maybe<Scalars['String']['output']>;
  /** The signed change of reserved. */
  reservedChange: Scalars['Int']['output'];
  /** Serial numbers received or shipped, for tracked variants. */
  serials: Array<Scalars['String']['output']>;
  /** The variant. */
  variant?: Maybe<Variant>;
};

/** A page of movements, newest first. */
export type StockMovementConnection = {
  __typename?: 'StockMovementConnection';
  edges: Array<StockMovementEdge>;
  pageInfo: PageInfo;
  /** How many movements match. */
  totalCount: Scalars['Int']['output'];
};

/** One edge of a movement page. */
export type StockMovementEdge = {
  __typename?: 'StockMovementEdge';
  cursor: Scalars['String']['output'];
  node: StockMovement;
};

/** Narrows a movement list; every condition given must hold. */
export type StockMovementFilter = {
  /** Only movements at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<StockMovementKind>>;
  /** Only this location. */
  locationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this reservation reference. */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Only movements before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only this variant. */
  variantId?: InputMaybe<Scalars['ID']['input']>;
  /** Only locations of this warehouse. */
  warehouseId?: InputMaybe<Scalars['ID']['input']>;
};

/** What a movement did. */
export type StockMovementKind =
  /** A count correction (onHand +/-quantity; `onHandChange` has the sign). */
  | 'ADJUSTED'
  /** Units arrived (onHand +quantity). */
  | 'RECEIVED'
  /** A reservation let units go: released or expired (reserved -quantity). */
  | 'RELEASED'
  /** Units were held for a reservation (reserved +quantity). */
  | 'RESERVED'
  /** A committed reservation took units out (onHand -quantity, reserved -quantity). */
  | 'SHIPPED'
  /** Units came from another location (onHand +quantity). */
  | 'TRANSFERRED_IN'
  /** Units left this location for another (onHand -quantity). */
  | 'TRANSFERRED_OUT';

/** Units held for one checkout or order reference. */
export type StockReservation = {
  __typename?: 'StockReservation';
  /** When it left ACTIVE; null while active. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** When an ACTIVE reservation expires on its own. */
  expiresAt: Scalars['DateTime']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Where the units are held: one line per variant and location (a requested line may be split). */
  lines: Array<StockReservationLine>;
  /** The checkout or order reference it was made for (unique). */
  reference: Scalars['String']['output'];
  /** Where it stands. */
  status: StockReservationStatus;
};

/** A page of reservations, newest first. */
export type StockReservationConnection = {
  __typename?: 'StockReservationConnection';
  edges: Array<StockReservationEdge>;
  pageInfo: PageInfo;
  /** How many reservations match. */
  totalCount: Scalars['Int']['output'];
};

/** One edge of a reservation page. */
export type StockReservationEdge = {
  __typename?: 'StockReservationEdge';
  cursor: Scalars['String']['output'];
  node: StockReservation;
};

/** Narrows a reservation list. */
export type StockReservationFilter = {
  /** Only this status. */
  status?: InputMaybe<StockReservationStatus>;
};

/** Units of one variant held at one location. */
export type StockReservationLine = {
  __typename?: 'StockReservationLine';
  /** Where the units are held. */
  location: StockLocation;
  /** How many units. */
  quantity: Scalars['Int']['output'];
  /** Serial numbers shipped from this line (tracked variants, after commit). */
  serials: Array<Scalars['String']['output']>;
  /** The variant. */
  variant?: Maybe<Variant>;
  /** The variant's id. */
  variantId: Scalars['ID']['output'];
};

/** The result of committing or releasing a reservation. Doing it again returns the same result. */
export type StockReservationPayload = {
  __typename?: 'StockReservationPayload';
  errors: Array<UserError>;
  reservation?: Maybe<StockReservation>;
};

/** Where a reservation stands. */
export type StockReservationStatus =
  /** Units are held until `expiresAt`. */
  | 'ACTIVE'
  /** The units were shipped. */
  | 'COMMITTED'
  /** The TTL ran out and the units were let go. */
  | 'EXPIRED'
  /** The units were let go on request. */
  | 'RELEASED';

/** Units moved between two locations. */
export type TransferStockInput = {
  fromLocationId: Scalars['ID']['input'];
  /** Up to 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 1,000,000 units, at most the source's available units. */
  quantity: Scalars['Int']['input'];
  toLocationId: Scalars['ID']['input'];
  variantId: Scalars['ID']['input'];
};

/** Changes to a warehouse; omitted fields keep their value. */
export type UpdateWarehouseInput = {
  /** 1 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 0 to 1,000,000. */
  priority?: InputMaybe<Scalars['Int']['input']>;
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

/** A sellable variant of a product (owned by commerce); inventory contributes its stock fields. */
export type Variant = {
  __typename?: 'Variant';
  /** Units that can still be reserved, over every location (on hand minus reserved). Public. */
  available?: Maybe<Scalars['Int']['output']>;
  /** Commerce's opaque variant id (1 to 64 characters: letters, digits, `-`, `_`, `.`, `:`). */
  id: Scalars['ID']['output'];
  /** True when at least one unit is available. Public. */
  inStock?: Maybe<Scalars['Boolean']['output']>;
  /** A `inventory.stock.low` event is recorded when `available` drops below this (admin or inventory role). */
  lowStockThreshold?: Maybe<Scalars['Int']['output']>;
  /** The variant's movements, newest first (admin or inventory role). */
  movements?: Maybe<StockMovementConnection>;
  /** Units physically held, over every location (admin or inventory role). */
  onHand?: Maybe<Scalars['Int']['output']>;
  /** Units held for active reservations, over every location (admin or inventory role). */
  reserved?: Maybe<Scalars['Int']['output']>;
  /** Stock per location, by warehouse priority then location code (admin or inventory role). */
  stockLevels?: Maybe<StockLevelConnection>;
  /** True when every received unit needs a serial number (admin or inventory role). */
  tracked?: Maybe<Scalars['Boolean']['output']>;
};


/** A sellable variant of a product (owned by commerce); inventory contributes its stock fields. */
export type VariantMovementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StockMovementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A sellable variant of a product (owned by commerce); inventory contributes its stock fields. */
export type VariantStockLevelsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of a variant settings change. */
export type VariantInventoryPayload = {
  __typename?: 'VariantInventoryPayload';
  errors: Array<UserError>;
  variant?: Maybe<Variant>;
};

/** A building or site that holds stock; reservations draw from warehouses in `priority` order. */
export type Warehouse = {
  __typename?: 'Warehouse';
  /** Short unique code, upper case (e.g. `PAR-1`). */
  code: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The warehouse's locations (bins), by code. */
  locations: StockLocationConnection;
  /** Display name, 1 to 100 characters. */
  name: Scalars['String']['output'];
  /** Allocation order: lower numbers are drawn from first (0 to 1,000,000). */
  priority: Scalars['Int']['output'];
};


/** A building or site that holds stock; reservations draw from warehouses in `priority` order. */
export type WarehouseLocationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of warehouses, by priority then code. */
export type WarehouseConnection = {
  __typename?: 'WarehouseConnection';
  edges: Array<WarehouseEdge>;
  pageInfo: PageInfo;
  /** How many warehouses there are. */
  totalCount: Scalars['Int']['output'];
};

/** One edge of a warehouse page. */
export type WarehouseEdge = {
  __typename?: 'WarehouseEdge';
  cursor: Scalars['String']['output'];
  node: Warehouse;
};

/** The result of a warehouse change. */
export type WarehousePayload = {
  __typename?: 'WarehousePayload';
  errors: Array<UserError>;
  warehouse?: Maybe<Warehouse>;
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
  StockLocation: StockLocation;
  Variant: Variant;
  Warehouse: Warehouse;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  StockLocation:
    ( { __typename: 'StockLocation' }
    & GraphQLRecursivePick<FederationTypes['StockLocation'], {"id":true}> );
  Variant:
    ( { __typename: 'Variant' }
    & GraphQLRecursivePick<FederationTypes['Variant'], {"id":true}> );
  Warehouse:
    ( { __typename: 'Warehouse' }
    & GraphQLRecursivePick<FederationTypes['Warehouse'], {"id":true}> );
}>;

/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  ReserveStockResult:
    | ( InsufficientStockData )
    | ( ReservationRow )
  ;
}>;


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AdjustStockInput: AdjustStockInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CreateStockLocationInput: CreateStockLocationInput;
  CreateWarehouseInput: CreateWarehouseInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ErrorCode: ErrorCode;
  InsufficientStock: ResolverTypeWrapper<InsufficientStockData>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReceiveStockInput: ReceiveStockInput;
  ReserveStockInput: ReserveStockInput;
  ReserveStockLineInput: ReserveStockLineInput;
  ReserveStockResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ReserveStockResult']>;
  SetVariantInventoryInput: SetVariantInventoryInput;
  StockChangePayload: ResolverTypeWrapper<Omit<StockChangePayload, 'levels' | 'movements'> & { levels?: Maybe<Array<ResolversTypes['StockLevel']>>, movements?: Maybe<Array<ResolversTypes['StockMovement']>> }>;
  StockLevel: ResolverTypeWrapper<StockRow>;
  StockLevelConnection: ResolverTypeWrapper<Omit<StockLevelConnection, 'edges'> & { edges: Array<ResolversTypes['StockLevelEdge']> }>;
  StockLevelEdge: ResolverTypeWrapper<Omit<StockLevelEdge, 'node'> & { node: ResolversTypes['StockLevel'] }>;
  StockLocation: ResolverTypeWrapper<LocationRow>;
  StockLocationConnection: ResolverTypeWrapper<Omit<StockLocationConnection, 'edges'> & { edges: Array<ResolversTypes['StockLocationEdge']> }>;
  StockLocationEdge: ResolverTypeWrapper<Omit<StockLocationEdge, 'node'> & { node: ResolversTypes['StockLocation'] }>;
  StockLocationPayload: ResolverTypeWrapper<Omit<StockLocationPayload, 'location'> & { location?: Maybe<ResolversTypes['StockLocation']> }>;
  StockMovement: ResolverTypeWrapper<MovementRow>;
  StockMovementConnection: ResolverTypeWrapper<Omit<StockMovementConnection, 'edges'> & { edges: Array<ResolversTypes['StockMovementEdge']> }>;
  StockMovementEdge: ResolverTypeWrapper<Omit<StockMovementEdge, 'node'> & { node: ResolversTypes['StockMovement'] }>;
  StockMovementFilter: StockMovementFilter;
  StockMovementKind: StockMovementKind;
  StockReservation: ResolverTypeWrapper<ReservationRow>;
  StockReservationConnection: ResolverTypeWrapper<Omit<StockReservationConnection, 'edges'> & { edges: Array<ResolversTypes['StockReservationEdge']> }>;
  StockReservationEdge: ResolverTypeWrapper<Omit<StockReservationEdge, 'node'> & { node: ResolversTypes['StockReservation'] }>;
  StockReservationFilter: StockReservationFilter;
  StockReservationLine: ResolverTypeWrapper<ReservationLineRow>;
  StockReservationPayload: ResolverTypeWrapper<Omit<StockReservationPayload, 'reservation'> & { reservation?: Maybe<ResolversTypes['StockReservation']> }>;
  StockReservationStatus: StockReservationStatus;
  TransferStockInput: TransferStockInput;
  UpdateWarehouseInput: UpdateWarehouseInput;
  UserError: ResolverTypeWrapper<UserError>;
  Variant: ResolverTypeWrapper<VariantRef>;
  VariantInventoryPayload: ResolverTypeWrapper<Omit<VariantInventoryPayload, 'variant'> & { variant?: Maybe<ResolversTypes['Variant']> }>;
  Warehouse: ResolverTypeWrapper<WarehouseRow>;
  WarehouseConnection: ResolverTypeWrapper<Omit<WarehouseConnection, 'edges'> & { edges: Array<ResolversTypes['WarehouseEdge']> }>;
  WarehouseEdge: ResolverTypeWrapper<Omit<WarehouseEdge, 'node'> & { node: ResolversTypes['Warehouse'] }>;
  WarehousePayload: ResolverTypeWrapper<Omit<WarehousePayload, 'warehouse'> & { warehouse?: Maybe<ResolversTypes['Warehouse']> }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AdjustStockInput: AdjustStockInput;
  Int: Scalars['Int']['output'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  CreateStockLocationInput: CreateStockLocationInput;
  CreateWarehouseInput: CreateWarehouseInput;
  DateTime: Scalars['DateTime']['output'];
  InsufficientStock: InsufficientStockData;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  ReceiveStockInput: ReceiveStockInput;
  ReserveStockInput: ReserveStockInput;
  ReserveStockLineInput: ReserveStockLineInput;
  ReserveStockResult: ResolversUnionTypes<ResolversParentTypes>['ReserveStockResult'];
  SetVariantInventoryInput: SetVariantInventoryInput;
  StockChangePayload: Omit<StockChangePayload, 'levels' | 'movements'> & { levels?: Maybe<Array<ResolversParentTypes['StockLevel']>>, movements?: Maybe<Array<ResolversParentTypes['StockMovement']>> };
  StockLevel: StockRow;
  StockLevelConnection: Omit<StockLevelConnection, 'edges'> & { edges: Array<ResolversParentTypes['StockLevelEdge']> };
  StockLevelEdge: Omit<StockLevelEdge, 'node'> & { node: ResolversParentTypes['StockLevel'] };
  StockLocation: LocationRow;
  StockLocationConnection: Omit<StockLocationConnection, 'edges'> & { edges: Array<ResolversParentTypes['StockLocationEdge']> };
  StockLocationEdge: Omit<StockLocationEdge, 'node'> & { node: ResolversParentTypes['StockLocation'] };
  StockLocationPayload: Omit<StockLocationPayload, 'location'> & { location?: Maybe<ResolversParentTypes['StockLocation']> };
  StockMovement: MovementRow;
  StockMovementConnection: Omit<StockMovementConnection, 'edges'> & { edges: Array<ResolversParentTypes['StockMovementEdge']> };
  StockMovementEdge: Omit<StockMovementEdge, 'node'> & { node: ResolversParentTypes['StockMovement'] };
  StockMovementFilter: StockMovementFilter;
  StockReservation: ReservationRow;
  StockReservationConnection: Omit<StockReservationConnection, 'edges'> & { edges: Array<ResolversParentTypes['StockReservationEdge']> };
  StockReservationEdge: Omit<StockReservationEdge, 'node'> & { node: ResolversParentTypes['StockReservation'] };
  StockReservationFilter: StockReservationFilter;
  StockReservationLine: ReservationLineRow;
  StockReservationPayload: Omit<StockReservationPayload, 'reservation'> & { reservation?: Maybe<ResolversParentTypes['StockReservation']> };
  TransferStockInput: TransferStockInput;
  UpdateWarehouseInput: UpdateWarehouseInput;
  UserError: UserError;
  Variant: VariantRef;
  VariantInventoryPayload: Omit<VariantInventoryPayload, 'variant'> & { variant?: Maybe<ResolversParentTypes['Variant']> };
  Warehouse: WarehouseRow;
  WarehouseConnection: Omit<WarehouseConnection, 'edges'> & { edges: Array<ResolversParentTypes['WarehouseEdge']> };
  WarehouseEdge: Omit<WarehouseEdge, 'node'> & { node: ResolversParentTypes['Warehouse'] };
  WarehousePayload: Omit<WarehousePayload, 'warehouse'> & { warehouse?: Maybe<ResolversParentTypes['Warehouse']> };
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type InsufficientStockResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['InsufficientStock'] = ResolversParentTypes['InsufficientStock']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requested?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  variantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  adjustStock?: Resolver<Maybe<ResolversTypes['StockChangePayload']>, ParentType, ContextType, RequireFields<MutationAdjustStockArgs, 'input'>>;
  commitStockReservation?: Resolver<Maybe<ResolversTypes['StockReservationPayload']>, ParentType, ContextType, RequireFields<MutationCommitStockReservationArgs, 'reference'>>;
  createStockLocation?: Resolver<Maybe<ResolversTypes['StockLocationPayload']>, ParentType, ContextType, RequireFields<MutationCreateStockLocationArgs, 'input'>>;
  createWarehouse?: Resolver<Maybe<ResolversTypes['WarehousePayload']>, ParentType, ContextType, RequireFields<MutationCreateWarehouseArgs, 'input'>>;
  receiveStock?: Resolver<Maybe<ResolversTypes['StockChangePayload']>, ParentType, ContextType, RequireFields<MutationReceiveStockArgs, 'input'>>;
  releaseStockReservation?: Resolver<Maybe<ResolversTypes['StockReservationPayload']>, ParentType, ContextType, RequireFields<MutationReleaseStockReservationArgs, 'reference'>>;
  reserveStock?: Resolver<Maybe<ResolversTypes['ReserveStockResult']>, ParentType, ContextType, RequireFields<MutationReserveStockArgs, 'input'>>;
  setVariantInventory?: Resolver<Maybe<ResolversTypes['VariantInventoryPayload']>, ParentType, ContextType, RequireFields<MutationSetVariantInventoryArgs, 'input'>>;
  transferStock?: Resolver<Maybe<ResolversTypes['StockChangePayload']>, ParentType, ContextType, RequireFields<MutationTransferStockArgs, 'input'>>;
  updateWarehouse?: Resolver<Maybe<ResolversTypes['WarehousePayload']>, ParentType, ContextType, RequireFields<MutationUpdateWarehouseArgs, 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  inventoryVariant?: Resolver<Maybe<ResolversTypes['Variant']>, ParentType, ContextType, RequireFields<QueryInventoryVariantArgs, 'id'>>;
  stockMovements?: Resolver<Maybe<ResolversTypes['StockMovementConnection']>, ParentType, ContextType, Partial<QueryStockMovementsArgs>>;
  stockReservation?: Resolver<Maybe<ResolversTypes['StockReservation']>, ParentType, ContextType, RequireFields<QueryStockReservationArgs, 'reference'>>;
  stockReservations?: Resolver<Maybe<ResolversTypes['StockReservationConnection']>, ParentType, ContextType, Partial<QueryStockReservationsArgs>>;
  warehouse?: Resolver<Maybe<ResolversTypes['Warehouse']>, ParentType, ContextType, RequireFields<QueryWarehouseArgs, 'id'>>;
  warehouses?: Resolver<Maybe<ResolversTypes['WarehouseConnection']>, ParentType, ContextType, Partial<QueryWarehousesArgs>>;
}>;

export type ReserveStockResultResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['ReserveStockResult'] = ResolversParentTypes['ReserveStockResult']> = ResolversObject<{
  __resolveType: TypeResolveFn<'InsufficientStock' | 'StockReservation', ParentType, ContextType>;
}>;

export type StockChangePayloadResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockChangePayload'] = ResolversParentTypes['StockChangePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  levels?: Resolver<Maybe<Array<ResolversTypes['StockLevel']>>, ParentType, ContextType>;
  movements?: Resolver<Maybe<Array<ResolversTypes['StockMovement']>>, ParentType, ContextType>;
}>;

export type StockLevelResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockLevel'] = ResolversParentTypes['StockLevel']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['StockLocation'], ParentType, ContextType>;
  onHand?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reserved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  variant?: Resolver<Maybe<ResolversTypes['Variant']>, ParentType, ContextType>;
}>;

export type StockLevelConnectionResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockLevelConnection'] = ResolversParentTypes['StockLevelConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StockLevelEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StockLevelEdgeResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockLevelEdge'] = ResolversParentTypes['StockLevelEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StockLevel'], ParentType, ContextType>;
}>;

export type StockLocationResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockLocation'] = ResolversParentTypes['StockLocation'], FederationReferenceType extends FederationReferenceTypes['StockLocation'] = FederationReferenceTypes['StockLocation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['StockLocation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  warehouse?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
}>;

export type StockLocationConnectionResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockLocationConnection'] = ResolversParentTypes['StockLocationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StockLocationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StockLocationEdgeResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockLocationEdge'] = ResolversParentTypes['StockLocationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StockLocation'], ParentType, ContextType>;
}>;

export type StockLocationPayloadResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockLocationPayload'] = ResolversParentTypes['StockLocationPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['StockLocation']>, ParentType, ContextType>;
}>;

export type StockMovementResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockMovement'] = ResolversParentTypes['StockMovement']> = ResolversObject<{
  actorId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  batch?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['StockMovementKind'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['StockLocation'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  onHandChange?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reservedChange?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serials?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  variant?: Resolver<Maybe<ResolversTypes['Variant']>, ParentType, ContextType>;
}>;

export type StockMovementConnectionResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockMovementConnection'] = ResolversParentTypes['StockMovementConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StockMovementEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StockMovementEdgeResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockMovementEdge'] = ResolversParentTypes['StockMovementEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StockMovement'], ParentType, ContextType>;
}>;

export type StockReservationResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockReservation'] = ResolversParentTypes['StockReservation']> = ResolversObject<{
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['StockReservationLine']>, ParentType, ContextType>;
  reference?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StockReservationStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StockReservationConnectionResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockReservationConnection'] = ResolversParentTypes['StockReservationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StockReservationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StockReservationEdgeResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockReservationEdge'] = ResolversParentTypes['StockReservationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StockReservation'], ParentType, ContextType>;
}>;

export type StockReservationLineResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockReservationLine'] = ResolversParentTypes['StockReservationLine']> = ResolversObject<{
  location?: Resolver<ResolversTypes['StockLocation'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  serials?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  variant?: Resolver<Maybe<ResolversTypes['Variant']>, ParentType, ContextType>;
  variantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type StockReservationPayloadResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['StockReservationPayload'] = ResolversParentTypes['StockReservationPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  reservation?: Resolver<Maybe<ResolversTypes['StockReservation']>, ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VariantResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['Variant'] = ResolversParentTypes['Variant'], FederationReferenceType extends FederationReferenceTypes['Variant'] = FederationReferenceTypes['Variant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Variant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  available?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inStock?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  lowStockThreshold?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  movements?: Resolver<Maybe<ResolversTypes['StockMovementConnection']>, ParentType, ContextType, Partial<VariantMovementsArgs>>;
  onHand?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reserved?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  stockLevels?: Resolver<Maybe<ResolversTypes['StockLevelConnection']>, ParentType, ContextType, Partial<VariantStockLevelsArgs>>;
  tracked?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
}>;

export type VariantInventoryPayloadResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['VariantInventoryPayload'] = ResolversParentTypes['VariantInventoryPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  variant?: Resolver<Maybe<ResolversTypes['Variant']>, ParentType, ContextType>;
}>;

export type WarehouseResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['Warehouse'] = ResolversParentTypes['Warehouse'], FederationReferenceType extends FederationReferenceTypes['Warehouse'] = FederationReferenceTypes['Warehouse']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Warehouse']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  locations?: Resolver<ResolversTypes['StockLocationConnection'], ParentType, ContextType, Partial<WarehouseLocationsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WarehouseConnectionResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['WarehouseConnection'] = ResolversParentTypes['WarehouseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WarehouseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WarehouseEdgeResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['WarehouseEdge'] = ResolversParentTypes['WarehouseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Warehouse'], ParentType, ContextType>;
}>;

export type WarehousePayloadResolvers<ContextType = InventoryContext, ParentType extends ResolversParentTypes['WarehousePayload'] = ResolversParentTypes['WarehousePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  warehouse?: Resolver<Maybe<ResolversTypes['Warehouse']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = InventoryContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  InsufficientStock?: InsufficientStockResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReserveStockResult?: ReserveStockResultResolvers<ContextType>;
  StockChangePayload?: StockChangePayloadResolvers<ContextType>;
  StockLevel?: StockLevelResolvers<ContextType>;
  StockLevelConnection?: StockLevelConnectionResolvers<ContextType>;
  StockLevelEdge?: StockLevelEdgeResolvers<ContextType>;
  StockLocation?: StockLocationResolvers<ContextType>;
  StockLocationConnection?: StockLocationConnectionResolvers<ContextType>;
  StockLocationEdge?: StockLocationEdgeResolvers<ContextType>;
  StockLocationPayload?: StockLocationPayloadResolvers<ContextType>;
  StockMovement?: StockMovementResolvers<ContextType>;
  StockMovementConnection?: StockMovementConnectionResolvers<ContextType>;
  StockMovementEdge?: StockMovementEdgeResolvers<ContextType>;
  StockReservation?: StockReservationResolvers<ContextType>;
  StockReservationConnection?: StockReservationConnectionResolvers<ContextType>;
  StockReservationEdge?: StockReservationEdgeResolvers<ContextType>;
  StockReservationLine?: StockReservationLineResolvers<ContextType>;
  StockReservationPayload?: StockReservationPayloadResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Variant?: VariantResolvers<ContextType>;
  VariantInventoryPayload?: VariantInventoryPayloadResolvers<ContextType>;
  Warehouse?: WarehouseResolvers<ContextType>;
  WarehouseConnection?: WarehouseConnectionResolvers<ContextType>;
  WarehouseEdge?: WarehouseEdgeResolvers<ContextType>;
  WarehousePayload?: WarehousePayloadResolvers<ContextType>;
}>;

