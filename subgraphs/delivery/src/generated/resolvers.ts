import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RestaurantRow, MenuCategoryRow, MenuItemRow, MenuModifierRow, FoodOrderRow, CourierRow } from '../entities';
import type { OrderLineView, QuoteView, EtaView } from '../service';
import type { UserRef, DeliveryContext } from '../context';
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

/** A new menu item. */
export type AddMenuItemInput = {
  /** Available at once (true by default). */
  available?: InputMaybe<Scalars['Boolean']['input']>;
  /** The category it goes in. */
  categoryId: Scalars['ID']['input'];
  /** At most 1,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 120 characters. */
  name: Scalars['String']['input'];
  /** Minutes to prepare, 1 to 180. */
  prepMinutes: Scalars['Int']['input'];
  /** Price in minor units of the restaurant's currency, 0 to 100,000. */
  price: Scalars['Int']['input'];
};

/** A new modifier of a menu item. */
export type AddMenuModifierInput = {
  /** The item it belongs to. */
  itemId: Scalars['ID']['input'];
  /** 1 to 80 characters. */
  name: Scalars['String']['input'];
  /** What it adds per unit, 0 to 100,000 minor units. */
  price: Scalars['Int']['input'];
};

/** A cart to price or to place as an order. */
export type CartInput = {
  /** Where to deliver, within the delivery radius of the restaurant. */
  dropoff: DeliveryLocationInput;
  /** 1 to 30 lines. */
  lines: Array<CartLineInput>;
  /** At most 500 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The restaurant every item is from. */
  restaurantId: Scalars['ID']['input'];
};

/** One line of a cart. */
export type CartLineInput = {
  /** The menu item. */
  itemId: Scalars['ID']['input'];
  /** Modifiers of that item, each at most once (at most 10). */
  modifierIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 1 to 50. */
  quantity: Scalars['Int']['input'];
};

/** A person who delivers orders: online couriers near a restaurant are dispatched to its ready orders. */
export type Courier = {
  __typename?: 'Courier';
  /** The order the courier is on, if any (a courier has at most one). */
  currentOrder?: Maybe<FoodOrder>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The courier's last reported position (only to the courier, and only while online). */
  location?: Maybe<DeliveryLocation>;
  /** When that position was measured. */
  locationAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether the courier takes jobs (and shares positions) now. */
  online: Scalars['Boolean']['output'];
  /** The user behind the courier. */
  user?: Maybe<User>;
};

/** The result of a courier mutation. */
export type CourierPayload = {
  __typename?: 'CourierPayload';
  /** The courier, on success. */
  courier?: Maybe<Courier>;
  /** What went wrong, empty on success. */
  errors: Array<UserError>;
};

/** A position a courier reports. */
export type CourierPositionInput = {
  /** When it was measured (the server's time when absent); not in the future, not older than the last one. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** Latitude, -90 to 90. */
  lat: Scalars['Float']['input'];
  /** Longitude, -180 to 180. */
  lng: Scalars['Float']['input'];
};

/** A new restaurant. */
export type CreateRestaurantInput = {
  /** ISO 4217 code, EUR by default. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** At most 1,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Where couriers pick orders up. */
  location: DeliveryLocationInput;
  /** 1 to 120 characters. */
  name: Scalars['String']['input'];
  /** At most 28 periods; periods of one day must not overlap. */
  openingHours: Array<OpeningPeriodInput>;
  /** IANA time zone, e.g. Europe/Paris. */
  timeZone: Scalars['String']['input'];
};

/** A point on the map (WGS 84 degrees). */
export type DeliveryLocation = {
  __typename?: 'DeliveryLocation';
  /** Latitude, -90 to 90. */
  lat: Scalars['Float']['output'];
  /** Longitude, -180 to 180. */
  lng: Scalars['Float']['output'];
};

/** A point on the map (WGS 84 degrees). */
export type DeliveryLocationInput = {
  /** Latitude, -90 to 90. */
  lat: Scalars['Float']['input'];
  /** Longitude, -180 to 180. */
  lng: Scalars['Float']['input'];
};

/** An amount of money in integer minor units (cents) of a currency. */
export type DeliveryMoney = {
  __typename?: 'DeliveryMoney';
  /** Minor units, e.g. 1250 for 12.50 EUR. */
  amount: Scalars['Int']['output'];
  /** ISO 4217 code, e.g. EUR. */
  currency: Scalars['String']['output'];
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

/** A customer's order from one restaurant. */
export type FoodOrder = {
  __typename?: 'FoodOrder';
  /** When the restaurant accepted it. */
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why it was cancelled. */
  cancelReason?: Maybe<Scalars['String']['output']>;
  /** When it was cancelled. */
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  /** The courier dispatched to it, once there is one. */
  courier?: Maybe<Courier>;
  /** The courier's last position while the courier carries or fetches this order and is online; never otherwise. */
  courierLocation?: Maybe<DeliveryLocation>;
  /** Who ordered it. */
  customer?: Maybe<User>;
  /** When it was delivered. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The delivery fee (a base fee plus a price per started km). */
  deliveryFee: DeliveryMoney;
  /** Where it is delivered. */
  dropoff: DeliveryLocation;
  /** The estimate, while the order is under way (null once delivered or cancelled). */
  eta?: Maybe<FoodOrderEta>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The lines, as priced when placed. */
  lines: Array<FoodOrderLine>;
  /** The customer's note to the restaurant and courier. */
  note?: Maybe<Scalars['String']['output']>;
  /** When the courier picked it up. */
  pickedUpAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was placed. */
  placedAt: Scalars['DateTime']['output'];
  /** When it was ready for pick-up. */
  readyAt?: Maybe<Scalars['DateTime']['output']>;
  /** The restaurant it is from. */
  restaurant: Restaurant;
  /** Where the order is in its life. */
  status: FoodOrderStatus;
  /** Sum of the lines. */
  subtotal: DeliveryMoney;
  /** What the customer pays: subtotal plus delivery fee. */
  total: DeliveryMoney;
};

/** A page of food orders. */
export type FoodOrderConnection = {
  __typename?: 'FoodOrderConnection';
  /** The page's edges. */
  edges: Array<FoodOrderEdge>;
  /** Where the page is in the list. */
  pageInfo: PageInfo;
  /** How many orders match. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a food order connection. */
export type FoodOrderEdge = {
  __typename?: 'FoodOrderEdge';
  /** Cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: FoodOrder;
};

/** When an order should be ready and delivered, estimated from preparation time and distances. */
export type FoodOrderEta = {
  __typename?: 'FoodOrderEta';
  /** When the customer should have the order. */
  deliveredBy: Scalars['DateTime']['output'];
  /** Straight-line distance from the restaurant to the drop-off, in km. */
  distanceKm: Scalars['Float']['output'];
  /** When the kitchen should be done (the actual time once READY). */
  readyAt: Scalars['DateTime']['output'];
};

/** One line of an order: an item, its quantity and chosen modifiers, priced when the order was placed. */
export type FoodOrderLine = {
  __typename?: 'FoodOrderLine';
  /** The menu item (null if it was deleted since). */
  item?: Maybe<MenuItem>;
  /** `unitPrice` × `quantity`. */
  lineTotal: DeliveryMoney;
  /** Names of the modifiers chosen, when ordered. */
  modifiers: Array<Scalars['String']['output']>;
  /** The item's name when ordered. */
  name: Scalars['String']['output'];
  /** How many, 1 to 50. */
  quantity: Scalars['Int']['output'];
  /** Price of one unit with its modifiers, when ordered. */
  unitPrice: DeliveryMoney;
};

/** The result of an order mutation. */
export type FoodOrderPayload = {
  __typename?: 'FoodOrderPayload';
  /** What went wrong, empty on success. */
  errors: Array<UserError>;
  /** The order, on success. */
  order?: Maybe<FoodOrder>;
};

/** A cart priced by the server before it is placed. */
export type FoodOrderQuote = {
  __typename?: 'FoodOrderQuote';
  /** The delivery fee. */
  deliveryFee: DeliveryMoney;
  /** Straight-line distance from the restaurant to the drop-off, in km. */
  distanceKm: Scalars['Float']['output'];
  /** The priced lines. */
  lines: Array<FoodOrderLine>;
  /** Sum of the lines. */
  subtotal: DeliveryMoney;
  /** Subtotal plus delivery fee. */
  total: DeliveryMoney;
};

/** The result of pricing a cart. */
export type FoodOrderQuotePayload = {
  __typename?: 'FoodOrderQuotePayload';
  /** What is wrong with the cart, empty on success. */
  errors: Array<UserError>;
  /** The priced cart, on success. */
  quote?: Maybe<FoodOrderQuote>;
};

/** Where an order is in its life. */
export type FoodOrderStatus =
  /** The restaurant accepted it. */
  | 'ACCEPTED'
  /** Cancelled before pick-up (final). */
  | 'CANCELLED'
  /** Handed to the customer (final). */
  | 'DELIVERED'
  /** The courier has it and is on the way. */
  | 'PICKED_UP'
  /** Placed by the customer; the restaurant has not answered yet. */
  | 'PLACED'
  /** The kitchen is preparing it. */
  | 'PREPARING'
  /** Ready for pick-up; a courier is dispatched to it. */
  | 'READY';

/** A section of a restaurant's menu (Starters, Pizzas…). */
export type MenuCategory = {
  __typename?: 'MenuCategory';
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The category's items, in menu order (at most 100). */
  items: Array<MenuItem>;
  /** The category's name. */
  name: Scalars['String']['output'];
  /** Place in the menu, from 0. */
  position: Scalars['Int']['output'];
};

/** The result of a menu category mutation. */
export type MenuCategoryPayload = {
  __typename?: 'MenuCategoryPayload';
  /** The category, on success. */
  category?: Maybe<MenuCategory>;
  /** What went wrong, empty on success. */
  errors: Array<UserError>;
};

/** A dish or drink a restaurant sells. */
export type MenuItem = {
  __typename?: 'MenuItem';
  /** Whether it can be ordered now (the owner marks sold-out items unavailable). */
  available: Scalars['Boolean']['output'];
  /** What it is. */
  description: Scalars['String']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The options that can be added to it (at most 20). */
  modifiers: Array<MenuModifier>;
  /** The item's name. */
  name: Scalars['String']['output'];
  /** Minutes the kitchen needs to prepare it. */
  prepMinutes: Scalars['Int']['output'];
  /** Its price before modifiers. */
  price: DeliveryMoney;
  /** The restaurant that sells it. */
  restaurant: Restaurant;
};

/** The result of a menu item mutation. */
export type MenuItemPayload = {
  __typename?: 'MenuItemPayload';
  /** What went wrong, empty on success. */
  errors: Array<UserError>;
  /** The item, on success. */
  item?: Maybe<MenuItem>;
};

/** An option added to one menu item (extra cheese, large size); its price is added per unit. */
export type MenuModifier = {
  __typename?: 'MenuModifier';
  /** Whether it can be chosen now. */
  available: Scalars['Boolean']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The option's name. */
  name: Scalars['String']['output'];
  /** What it adds to the item's price (may be 0). */
  price: DeliveryMoney;
};

/** The result of a menu modifier mutation. */
export type MenuModifierPayload = {
  __typename?: 'MenuModifierPayload';
  /** What went wrong, empty on success. */
  errors: Array<UserError>;
  /** The modifier, on success. */
  modifier?: Maybe<MenuModifier>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** PLACED → ACCEPTED (the restaurant's owner). */
  acceptFoodOrder?: Maybe<FoodOrderPayload>;
  /** Adds a category at the end of a restaurant's menu (its owner). */
  addMenuCategory?: Maybe<MenuCategoryPayload>;
  /** Adds an item to a category (the restaurant's owner). */
  addMenuItem?: Maybe<MenuItemPayload>;
  /** Adds a modifier to an item (the restaurant's owner). */
  addMenuModifier?: Maybe<MenuModifierPayload>;
  /** Cancels before pick-up: the customer while PLACED, the restaurant's owner until READY. */
  cancelFoodOrder?: Maybe<FoodOrderPayload>;
  /** Opens a restaurant owned by the signed-in user. */
  createRestaurant?: Maybe<RestaurantPayload>;
  /** PICKED_UP → DELIVERED (its courier); the courier is free again. */
  deliverFoodOrder?: Maybe<FoodOrderPayload>;
  /** Tries again to dispatch a courier to a READY order that has none (the restaurant's owner). */
  dispatchFoodOrder?: Maybe<FoodOrderPayload>;
  /** PREPARING → READY (the restaurant's owner); the nearest free online courier is dispatched. */
  markFoodOrderReady?: Maybe<FoodOrderPayload>;
  /** READY → PICKED_UP (the courier dispatched to it). */
  pickUpFoodOrder?: Maybe<FoodOrderPayload>;
  /** Places an order from a cart, priced on the server; the restaurant must be open. */
  placeFoodOrder?: Maybe<FoodOrderPayload>;
  /** Prices a cart as `placeFoodOrder` would, without placing it. */
  quoteFoodOrder?: Maybe<FoodOrderQuotePayload>;
  /** Registers the signed-in user as a courier (once; again returns the same courier). */
  registerCourier?: Maybe<CourierPayload>;
  /** Reports the courier's position (online couriers; rate limited per courier). */
  reportCourierPosition?: Maybe<CourierPayload>;
  /** Goes online (with a first position) or offline; offline needs no current job. */
  setCourierOnline?: Maybe<CourierPayload>;
  /** Marks a modifier available or not (the restaurant's owner). */
  setMenuModifierAvailable?: Maybe<MenuModifierPayload>;
  /** ACCEPTED → PREPARING (the restaurant's owner). */
  startPreparingFoodOrder?: Maybe<FoodOrderPayload>;
  /** Changes an item: price, availability… (the restaurant's owner). */
  updateMenuItem?: Maybe<MenuItemPayload>;
  /** Changes a restaurant (its owner). */
  updateRestaurant?: Maybe<RestaurantPayload>;
};


export type MutationAcceptFoodOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddMenuCategoryArgs = {
  name: Scalars['String']['input'];
  restaurantId: Scalars['ID']['input'];
};


export type MutationAddMenuItemArgs = {
  input: AddMenuItemInput;
};


export type MutationAddMenuModifierArgs = {
  input: AddMenuModifierInput;
};


export type MutationCancelFoodOrderArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateRestaurantArgs = {
  input: CreateRestaurantInput;
};


export type MutationDeliverFoodOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDispatchFoodOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMarkFoodOrderReadyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPickUpFoodOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPlaceFoodOrderArgs = {
  input: CartInput;
};


export type MutationQuoteFoodOrderArgs = {
  input: CartInput;
};


export type MutationReportCourierPositionArgs = {
  position: CourierPositionInput;
};


export type MutationSetCourierOnlineArgs = {
  online: Scalars['Boolean']['input'];
  position?: InputMaybe<CourierPositionInput>;
};


export type MutationSetMenuModifierAvailableArgs = {
  available: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationStartPreparingFoodOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateMenuItemArgs = {
  id: Scalars['ID']['input'];
  input: UpdateMenuItemInput;
};


export type MutationUpdateRestaurantArgs = {
  id: Scalars['ID']['input'];
  input: UpdateRestaurantInput;
};

/** One period a restaurant is open on one weekday, in the restaurant's local time. */
export type OpeningPeriod = {
  __typename?: 'OpeningPeriod';
  /** Closing time, HH:MM after `opens`; 24:00 means midnight at the end of the day. */
  closes: Scalars['String']['output'];
  /** The weekday. */
  day: Weekday;
  /** Opening time, HH:MM (24-hour clock, local time). */
  opens: Scalars['String']['output'];
};

/** One period a restaurant is open on one weekday, in the restaurant's local time. */
export type OpeningPeriodInput = {
  /** Closing time, HH:MM after `opens`; 24:00 means midnight at the end of the day. */
  closes: Scalars['String']['input'];
  /** The weekday. */
  day: Weekday;
  /** Opening time, HH:MM (24-hour clock, local time). */
  opens: Scalars['String']['input'];
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
  /** One order: its customer's, its restaurant owner's or its courier's. */
  foodOrder?: Maybe<FoodOrder>;
  /** One menu item. */
  menuItem?: Maybe<MenuItem>;
  /** The signed-in user's courier profile, if they registered as one. */
  myCourier?: Maybe<Courier>;
  /** The signed-in user's orders, newest first. */
  myFoodOrders?: Maybe<FoodOrderConnection>;
  /** One restaurant. */
  restaurant?: Maybe<Restaurant>;
  /** A restaurant's orders, newest first (its owner only); `status` filters. */
  restaurantOrders?: Maybe<FoodOrderConnection>;
  /** Restaurants by name (each says whether it is open now). */
  restaurants?: Maybe<RestaurantConnection>;
};


export type QueryFoodOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMenuItemArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyFoodOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRestaurantArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRestaurantOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  restaurantId: Scalars['ID']['input'];
  status?: InputMaybe<FoodOrderStatus>;
};


export type QueryRestaurantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A restaurant that takes delivery orders; its owner manages its menu and its incoming orders. */
export type Restaurant = {
  __typename?: 'Restaurant';
  /** The menu's categories in menu order (at most 50), each with its items. */
  categories: Array<MenuCategory>;
  /** ISO 4217 currency of the menu's prices. */
  currency: Scalars['String']['output'];
  /** A short description for the listing. */
  description: Scalars['String']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Whether the restaurant takes orders right now (within its opening hours and not paused). */
  isOpen: Scalars['Boolean']['output'];
  /** Where couriers pick orders up. */
  location: DeliveryLocation;
  /** The restaurant's name. */
  name: Scalars['String']['output'];
  /** The weekly opening hours. */
  openingHours: Array<OpeningPeriod>;
  /** The user who manages the restaurant. */
  owner?: Maybe<User>;
  /** Whether the owner paused new orders (a busy kitchen) regardless of the opening hours. */
  paused: Scalars['Boolean']['output'];
  /** IANA time zone of the opening hours, e.g. Europe/Paris. */
  timeZone: Scalars['String']['output'];
};

/** A page of restaurants. */
export type RestaurantConnection = {
  __typename?: 'RestaurantConnection';
  /** The page's edges. */
  edges: Array<RestaurantEdge>;
  /** Where the page is in the list. */
  pageInfo: PageInfo;
  /** How many restaurants match. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a restaurant connection. */
export type RestaurantEdge = {
  __typename?: 'RestaurantEdge';
  /** Cursor for `after`. */
  cursor: Scalars['String']['output'];
  /** The restaurant. */
  node: Restaurant;
};

/** The result of a restaurant mutation. */
export type RestaurantPayload = {
  __typename?: 'RestaurantPayload';
  /** What went wrong, empty on success. */
  errors: Array<UserError>;
  /** The restaurant, on success. */
  restaurant?: Maybe<Restaurant>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Every change of one order (status, courier, courier position), for its customer, restaurant owner or courier; ends once delivered or cancelled. */
  foodOrderUpdated?: Maybe<FoodOrder>;
  /** Every new or changed order of one restaurant, live (its owner). */
  restaurantOrderFeed?: Maybe<FoodOrder>;
};


export type SubscriptionFoodOrderUpdatedArgs = {
  id: Scalars['ID']['input'];
};


export type SubscriptionRestaurantOrderFeedArgs = {
  restaurantId: Scalars['ID']['input'];
};

/** Changes to a menu item; absent fields stay. */
export type UpdateMenuItemInput = {
  /** Whether it can be ordered. */
  available?: InputMaybe<Scalars['Boolean']['input']>;
  /** At most 1,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 120 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Minutes to prepare, 1 to 180. */
  prepMinutes?: InputMaybe<Scalars['Int']['input']>;
  /** Price in minor units, 0 to 100,000. */
  price?: InputMaybe<Scalars['Int']['input']>;
};

/** Changes to a restaurant; absent fields stay. */
export type UpdateRestaurantInput = {
  /** At most 1,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 120 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the weekly opening hours. */
  openingHours?: InputMaybe<Array<OpeningPeriodInput>>;
  /** Pause (or resume) new orders. */
  paused?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A person with a Hubgraph account; identity owns it, delivery only points at it. */
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

/** A day of the week. */
export type Weekday =
  /** Friday. */
  | 'FRIDAY'
  /** Monday. */
  | 'MONDAY'
  /** Saturday. */
  | 'SATURDAY'
  /** Sunday. */
  | 'SUNDAY'
  /** Thursday. */
  | 'THURSDAY'
  /** Tuesday. */
  | 'TUESDAY'
  /** Wednesday. */
  | 'WEDNESDAY';

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
  Courier: Courier;
  FoodOrder: FoodOrder;
  MenuItem: MenuItem;
  Restaurant: Restaurant;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Courier:
    ( { __typename: 'Courier' }
    & GraphQLRecursivePick<FederationTypes['Courier'], {"id":true}> );
  FoodOrder:
    ( { __typename: 'FoodOrder' }
    & GraphQLRecursivePick<FederationTypes['FoodOrder'], {"id":true}> );
  MenuItem:
    ( { __typename: 'MenuItem' }
    & GraphQLRecursivePick<FederationTypes['MenuItem'], {"id":true}> );
  Restaurant:
    ( { __typename: 'Restaurant' }
    & GraphQLRecursivePick<FederationTypes['Restaurant'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddMenuItemInput: AddMenuItemInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AddMenuModifierInput: AddMenuModifierInput;
  CartInput: CartInput;
  CartLineInput: CartLineInput;
  Courier: ResolverTypeWrapper<CourierRow>;
  CourierPayload: ResolverTypeWrapper<Omit<CourierPayload, 'courier'> & { courier?: Maybe<ResolversTypes['Courier']> }>;
  CourierPositionInput: CourierPositionInput;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  CreateRestaurantInput: CreateRestaurantInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeliveryLocation: ResolverTypeWrapper<DeliveryLocation>;
  DeliveryLocationInput: DeliveryLocationInput;
  DeliveryMoney: ResolverTypeWrapper<DeliveryMoney>;
  ErrorCode: ErrorCode;
  FoodOrder: ResolverTypeWrapper<FoodOrderRow>;
  FoodOrderConnection: ResolverTypeWrapper<Omit<FoodOrderConnection, 'edges'> & { edges: Array<ResolversTypes['FoodOrderEdge']> }>;
  FoodOrderEdge: ResolverTypeWrapper<Omit<FoodOrderEdge, 'node'> & { node: ResolversTypes['FoodOrder'] }>;
  FoodOrderEta: ResolverTypeWrapper<EtaView>;
  FoodOrderLine: ResolverTypeWrapper<OrderLineView>;
  FoodOrderPayload: ResolverTypeWrapper<Omit<FoodOrderPayload, 'order'> & { order?: Maybe<ResolversTypes['FoodOrder']> }>;
  FoodOrderQuote: ResolverTypeWrapper<QuoteView>;
  FoodOrderQuotePayload: ResolverTypeWrapper<Omit<FoodOrderQuotePayload, 'quote'> & { quote?: Maybe<ResolversTypes['FoodOrderQuote']> }>;
  FoodOrderStatus: FoodOrderStatus;
  MenuCategory: ResolverTypeWrapper<MenuCategoryRow>;
  MenuCategoryPayload: ResolverTypeWrapper<Omit<MenuCategoryPayload, 'category'> & { category?: Maybe<ResolversTypes['MenuCategory']> }>;
  MenuItem: ResolverTypeWrapper<MenuItemRow>;
  MenuItemPayload: ResolverTypeWrapper<Omit<MenuItemPayload, 'item'> & { item?: Maybe<ResolversTypes['MenuItem']> }>;
  MenuModifier: ResolverTypeWrapper<MenuModifierRow>;
  MenuModifierPayload: ResolverTypeWrapper<Omit<MenuModifierPayload, 'modifier'> & { modifier?: Maybe<ResolversTypes['MenuModifier']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpeningPeriod: ResolverTypeWrapper<OpeningPeriod>;
  OpeningPeriodInput: OpeningPeriodInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Restaurant: ResolverTypeWrapper<RestaurantRow>;
  RestaurantConnection: ResolverTypeWrapper<Omit<RestaurantConnection, 'edges'> & { edges: Array<ResolversTypes['RestaurantEdge']> }>;
  RestaurantEdge: ResolverTypeWrapper<Omit<RestaurantEdge, 'node'> & { node: ResolversTypes['Restaurant'] }>;
  RestaurantPayload: ResolverTypeWrapper<Omit<RestaurantPayload, 'restaurant'> & { restaurant?: Maybe<ResolversTypes['Restaurant']> }>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateMenuItemInput: UpdateMenuItemInput;
  UpdateRestaurantInput: UpdateRestaurantInput;
  User: ResolverTypeWrapper<UserRef>;
  UserError: ResolverTypeWrapper<UserError>;
  Weekday: Weekday;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddMenuItemInput: AddMenuItemInput;
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  AddMenuModifierInput: AddMenuModifierInput;
  CartInput: CartInput;
  CartLineInput: CartLineInput;
  Courier: CourierRow;
  CourierPayload: Omit<CourierPayload, 'courier'> & { courier?: Maybe<ResolversParentTypes['Courier']> };
  CourierPositionInput: CourierPositionInput;
  Float: Scalars['Float']['output'];
  CreateRestaurantInput: CreateRestaurantInput;
  DateTime: Scalars['DateTime']['output'];
  DeliveryLocation: DeliveryLocation;
  DeliveryLocationInput: DeliveryLocationInput;
  DeliveryMoney: DeliveryMoney;
  FoodOrder: FoodOrderRow;
  FoodOrderConnection: Omit<FoodOrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['FoodOrderEdge']> };
  FoodOrderEdge: Omit<FoodOrderEdge, 'node'> & { node: ResolversParentTypes['FoodOrder'] };
  FoodOrderEta: EtaView;
  FoodOrderLine: OrderLineView;
  FoodOrderPayload: Omit<FoodOrderPayload, 'order'> & { order?: Maybe<ResolversParentTypes['FoodOrder']> };
  FoodOrderQuote: QuoteView;
  FoodOrderQuotePayload: Omit<FoodOrderQuotePayload, 'quote'> & { quote?: Maybe<ResolversParentTypes['FoodOrderQuote']> };
  MenuCategory: MenuCategoryRow;
  MenuCategoryPayload: Omit<MenuCategoryPayload, 'category'> & { category?: Maybe<ResolversParentTypes['MenuCategory']> };
  MenuItem: MenuItemRow;
  MenuItemPayload: Omit<MenuItemPayload, 'item'> & { item?: Maybe<ResolversParentTypes['MenuItem']> };
  MenuModifier: MenuModifierRow;
  MenuModifierPayload: Omit<MenuModifierPayload, 'modifier'> & { modifier?: Maybe<ResolversParentTypes['MenuModifier']> };
  Mutation: Record<PropertyKey, never>;
  OpeningPeriod: OpeningPeriod;
  OpeningPeriodInput: OpeningPeriodInput;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  Restaurant: RestaurantRow;
  RestaurantConnection: Omit<RestaurantConnection, 'edges'> & { edges: Array<ResolversParentTypes['RestaurantEdge']> };
  RestaurantEdge: Omit<RestaurantEdge, 'node'> & { node: ResolversParentTypes['Restaurant'] };
  RestaurantPayload: Omit<RestaurantPayload, 'restaurant'> & { restaurant?: Maybe<ResolversParentTypes['Restaurant']> };
  Subscription: Record<PropertyKey, never>;
  UpdateMenuItemInput: UpdateMenuItemInput;
  UpdateRestaurantInput: UpdateRestaurantInput;
  User: UserRef;
  UserError: UserError;
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = DeliveryContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CourierResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['Courier'] = ResolversParentTypes['Courier'], FederationReferenceType extends FederationReferenceTypes['Courier'] = FederationReferenceTypes['Courier']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Courier']> | FederationReferenceType, FederationReferenceType, ContextType>;
  currentOrder?: Resolver<Maybe<ResolversTypes['FoodOrder']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['DeliveryLocation']>, ParentType, ContextType>;
  locationAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type CourierPayloadResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['CourierPayload'] = ResolversParentTypes['CourierPayload']> = ResolversObject<{
  courier?: Resolver<Maybe<ResolversTypes['Courier']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeliveryLocationResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['DeliveryLocation'] = ResolversParentTypes['DeliveryLocation']> = ResolversObject<{
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lng?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type DeliveryMoneyResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['DeliveryMoney'] = ResolversParentTypes['DeliveryMoney']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FoodOrderResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['FoodOrder'] = ResolversParentTypes['FoodOrder'], FederationReferenceType extends FederationReferenceTypes['FoodOrder'] = FederationReferenceTypes['FoodOrder']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FoodOrder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  courier?: Resolver<Maybe<ResolversTypes['Courier']>, ParentType, ContextType>;
  courierLocation?: Resolver<Maybe<ResolversTypes['DeliveryLocation']>, ParentType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  deliveryFee?: Resolver<ResolversTypes['DeliveryMoney'], ParentType, ContextType>;
  dropoff?: Resolver<ResolversTypes['DeliveryLocation'], ParentType, ContextType>;
  eta?: Resolver<Maybe<ResolversTypes['FoodOrderEta']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['FoodOrderLine']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  pickedUpAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  placedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  readyAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  restaurant?: Resolver<ResolversTypes['Restaurant'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FoodOrderStatus'], ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['DeliveryMoney'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['DeliveryMoney'], ParentType, ContextType>;
}>;

export type FoodOrderConnectionResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['FoodOrderConnection'] = ResolversParentTypes['FoodOrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FoodOrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FoodOrderEdgeResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['FoodOrderEdge'] = ResolversParentTypes['FoodOrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FoodOrder'], ParentType, ContextType>;
}>;

export type FoodOrderEtaResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['FoodOrderEta'] = ResolversParentTypes['FoodOrderEta']> = ResolversObject<{
  deliveredBy?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  distanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  readyAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type FoodOrderLineResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['FoodOrderLine'] = ResolversParentTypes['FoodOrderLine']> = ResolversObject<{
  item?: Resolver<Maybe<ResolversTypes['MenuItem']>, ParentType, ContextType>;
  lineTotal?: Resolver<ResolversTypes['DeliveryMoney'], ParentType, ContextType>;
  modifiers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['DeliveryMoney'], ParentType, ContextType>;
}>;

export type FoodOrderPayloadResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['FoodOrderPayload'] = ResolversParentTypes['FoodOrderPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['FoodOrder']>, ParentType, ContextType>;
}>;

export type FoodOrderQuoteResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['FoodOrderQuote'] = ResolversParentTypes['FoodOrderQuote']> = ResolversObject<{
  deliveryFee?: Resolver<ResolversTypes['DeliveryMoney'], ParentType, ContextType>;
  distanceKm?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['FoodOrderLine']>, ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['DeliveryMoney'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['DeliveryMoney'], ParentType, ContextType>;
}>;

export type FoodOrderQuotePayloadResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['FoodOrderQuotePayload'] = ResolversParentTypes['FoodOrderQuotePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['FoodOrderQuote']>, ParentType, ContextType>;
}>;

export type MenuCategoryResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['MenuCategory'] = ResolversParentTypes['MenuCategory']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['MenuItem']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MenuCategoryPayloadResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['MenuCategoryPayload'] = ResolversParentTypes['MenuCategoryPayload']> = ResolversObject<{
  category?: Resolver<Maybe<ResolversTypes['MenuCategory']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MenuItemResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['MenuItem'] = ResolversParentTypes['MenuItem'], FederationReferenceType extends FederationReferenceTypes['MenuItem'] = FederationReferenceTypes['MenuItem']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['MenuItem']> | FederationReferenceType, FederationReferenceType, ContextType>;
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  modifiers?: Resolver<Array<ResolversTypes['MenuModifier']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prepMinutes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['DeliveryMoney'], ParentType, ContextType>;
  restaurant?: Resolver<ResolversTypes['Restaurant'], ParentType, ContextType>;
}>;

export type MenuItemPayloadResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['MenuItemPayload'] = ResolversParentTypes['MenuItemPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['MenuItem']>, ParentType, ContextType>;
}>;

export type MenuModifierResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['MenuModifier'] = ResolversParentTypes['MenuModifier']> = ResolversObject<{
  available?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['DeliveryMoney'], ParentType, ContextType>;
}>;

export type MenuModifierPayloadResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['MenuModifierPayload'] = ResolversParentTypes['MenuModifierPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  modifier?: Resolver<Maybe<ResolversTypes['MenuModifier']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptFoodOrder?: Resolver<Maybe<ResolversTypes['FoodOrderPayload']>, ParentType, ContextType, RequireFields<MutationAcceptFoodOrderArgs, 'id'>>;
  addMenuCategory?: Resolver<Maybe<ResolversTypes['MenuCategoryPayload']>, ParentType, ContextType, RequireFields<MutationAddMenuCategoryArgs, 'name' | 'restaurantId'>>;
  addMenuItem?: Resolver<Maybe<ResolversTypes['MenuItemPayload']>, ParentType, ContextType, RequireFields<MutationAddMenuItemArgs, 'input'>>;
  addMenuModifier?: Resolver<Maybe<ResolversTypes['MenuModifierPayload']>, ParentType, ContextType, RequireFields<MutationAddMenuModifierArgs, 'input'>>;
  cancelFoodOrder?: Resolver<Maybe<ResolversTypes['FoodOrderPayload']>, ParentType, ContextType, RequireFields<MutationCancelFoodOrderArgs, 'id'>>;
  createRestaurant?: Resolver<Maybe<ResolversTypes['RestaurantPayload']>, ParentType, ContextType, RequireFields<MutationCreateRestaurantArgs, 'input'>>;
  deliverFoodOrder?: Resolver<Maybe<ResolversTypes['FoodOrderPayload']>, ParentType, ContextType, RequireFields<MutationDeliverFoodOrderArgs, 'id'>>;
  dispatchFoodOrder?: Resolver<Maybe<ResolversTypes['FoodOrderPayload']>, ParentType, ContextType, RequireFields<MutationDispatchFoodOrderArgs, 'id'>>;
  markFoodOrderReady?: Resolver<Maybe<ResolversTypes['FoodOrderPayload']>, ParentType, ContextType, RequireFields<MutationMarkFoodOrderReadyArgs, 'id'>>;
  pickUpFoodOrder?: Resolver<Maybe<ResolversTypes['FoodOrderPayload']>, ParentType, ContextType, RequireFields<MutationPickUpFoodOrderArgs, 'id'>>;
  placeFoodOrder?: Resolver<Maybe<ResolversTypes['FoodOrderPayload']>, ParentType, ContextType, RequireFields<MutationPlaceFoodOrderArgs, 'input'>>;
  quoteFoodOrder?: Resolver<Maybe<ResolversTypes['FoodOrderQuotePayload']>, ParentType, ContextType, RequireFields<MutationQuoteFoodOrderArgs, 'input'>>;
  registerCourier?: Resolver<Maybe<ResolversTypes['CourierPayload']>, ParentType, ContextType>;
  reportCourierPosition?: Resolver<Maybe<ResolversTypes['CourierPayload']>, ParentType, ContextType, RequireFields<MutationReportCourierPositionArgs, 'position'>>;
  setCourierOnline?: Resolver<Maybe<ResolversTypes['CourierPayload']>, ParentType, ContextType, RequireFields<MutationSetCourierOnlineArgs, 'online'>>;
  setMenuModifierAvailable?: Resolver<Maybe<ResolversTypes['MenuModifierPayload']>, ParentType, ContextType, RequireFields<MutationSetMenuModifierAvailableArgs, 'available' | 'id'>>;
  startPreparingFoodOrder?: Resolver<Maybe<ResolversTypes['FoodOrderPayload']>, ParentType, ContextType, RequireFields<MutationStartPreparingFoodOrderArgs, 'id'>>;
  updateMenuItem?: Resolver<Maybe<ResolversTypes['MenuItemPayload']>, ParentType, ContextType, RequireFields<MutationUpdateMenuItemArgs, 'id' | 'input'>>;
  updateRestaurant?: Resolver<Maybe<ResolversTypes['RestaurantPayload']>, ParentType, ContextType, RequireFields<MutationUpdateRestaurantArgs, 'id' | 'input'>>;
}>;

export type OpeningPeriodResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['OpeningPeriod'] = ResolversParentTypes['OpeningPeriod']> = ResolversObject<{
  closes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['Weekday'], ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  foodOrder?: Resolver<Maybe<ResolversTypes['FoodOrder']>, ParentType, ContextType, RequireFields<QueryFoodOrderArgs, 'id'>>;
  menuItem?: Resolver<Maybe<ResolversTypes['MenuItem']>, ParentType, ContextType, RequireFields<QueryMenuItemArgs, 'id'>>;
  myCourier?: Resolver<Maybe<ResolversTypes['Courier']>, ParentType, ContextType>;
  myFoodOrders?: Resolver<Maybe<ResolversTypes['FoodOrderConnection']>, ParentType, ContextType, RequireFields<QueryMyFoodOrdersArgs, 'first'>>;
  restaurant?: Resolver<Maybe<ResolversTypes['Restaurant']>, ParentType, ContextType, RequireFields<QueryRestaurantArgs, 'id'>>;
  restaurantOrders?: Resolver<Maybe<ResolversTypes['FoodOrderConnection']>, ParentType, ContextType, RequireFields<QueryRestaurantOrdersArgs, 'first' | 'restaurantId'>>;
  restaurants?: Resolver<Maybe<ResolversTypes['RestaurantConnection']>, ParentType, ContextType, RequireFields<QueryRestaurantsArgs, 'first'>>;
}>;

export type RestaurantResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['Restaurant'] = ResolversParentTypes['Restaurant'], FederationReferenceType extends FederationReferenceTypes['Restaurant'] = FederationReferenceTypes['Restaurant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Restaurant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['MenuCategory']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isOpen?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  location?: Resolver<ResolversTypes['DeliveryLocation'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  openingHours?: Resolver<Array<ResolversTypes['OpeningPeriod']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  paused?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  timeZone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RestaurantConnectionResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['RestaurantConnection'] = ResolversParentTypes['RestaurantConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RestaurantEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RestaurantEdgeResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['RestaurantEdge'] = ResolversParentTypes['RestaurantEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Restaurant'], ParentType, ContextType>;
}>;

export type RestaurantPayloadResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['RestaurantPayload'] = ResolversParentTypes['RestaurantPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  restaurant?: Resolver<Maybe<ResolversTypes['Restaurant']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  foodOrderUpdated?: SubscriptionResolver<Maybe<ResolversTypes['FoodOrder']>, "foodOrderUpdated", ParentType, ContextType, RequireFields<SubscriptionFoodOrderUpdatedArgs, 'id'>>;
  restaurantOrderFeed?: SubscriptionResolver<Maybe<ResolversTypes['FoodOrder']>, "restaurantOrderFeed", ParentType, ContextType, RequireFields<SubscriptionRestaurantOrderFeedArgs, 'restaurantId'>>;
}>;

export type UserResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = DeliveryContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = DeliveryContext> = ResolversObject<{
  Courier?: CourierResolvers<ContextType>;
  CourierPayload?: CourierPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeliveryLocation?: DeliveryLocationResolvers<ContextType>;
  DeliveryMoney?: DeliveryMoneyResolvers<ContextType>;
  FoodOrder?: FoodOrderResolvers<ContextType>;
  FoodOrderConnection?: FoodOrderConnectionResolvers<ContextType>;
  FoodOrderEdge?: FoodOrderEdgeResolvers<ContextType>;
  FoodOrderEta?: FoodOrderEtaResolvers<ContextType>;
  FoodOrderLine?: FoodOrderLineResolvers<ContextType>;
  FoodOrderPayload?: FoodOrderPayloadResolvers<ContextType>;
  FoodOrderQuote?: FoodOrderQuoteResolvers<ContextType>;
  FoodOrderQuotePayload?: FoodOrderQuotePayloadResolvers<ContextType>;
  MenuCategory?: MenuCategoryResolvers<ContextType>;
  MenuCategoryPayload?: MenuCategoryPayloadResolvers<ContextType>;
  MenuItem?: MenuItemResolvers<ContextType>;
  MenuItemPayload?: MenuItemPayloadResolvers<ContextType>;
  MenuModifier?: MenuModifierResolvers<ContextType>;
  MenuModifierPayload?: MenuModifierPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OpeningPeriod?: OpeningPeriodResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Restaurant?: RestaurantResolvers<ContextType>;
  RestaurantConnection?: RestaurantConnectionResolvers<ContextType>;
  RestaurantEdge?: RestaurantEdgeResolvers<ContextType>;
  RestaurantPayload?: RestaurantPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = DeliveryContext> = ResolversObject<{
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
}>;
