import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ChannelRow, ShippingMethodRow, CategoryRow, ProductRow, VariantRow, CartRow, OrderRow, OrderLineRow } from '../entities';
import type { CartLineData } from '../service';
import type { UserRef, CommerceContext } from '../context';
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

/** A postal address. */
export type Address = {
  __typename?: 'Address';
  /** City. */
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 country code. */
  country: Scalars['String']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** Postal code. */
  postalCode: Scalars['String']['output'];
  /** Street and number. */
  street: Scalars['String']['output'];
};

/** A postal address. */
export type AddressInput = {
  /** City, 1 to 100 characters. */
  city: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 country code (two letters). */
  country: Scalars['String']['input'];
  /** Full name, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** Postal code, 1 to 20 characters. */
  postalCode: Scalars['String']['input'];
  /** Street and number, 1 to 200 characters. */
  street: Scalars['String']['input'];
};

/** A cart (Saleor's checkout): one per signed-in user per channel, or a guest's, known by its token. */
export type Cart = {
  __typename?: 'Cart';
  /** The channel it buys in. */
  channel: Channel;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The lines, oldest first. */
  lines: Array<CartLine>;
  /** The shipping address, once set. */
  shippingAddress?: Maybe<Address>;
  /** The chosen shipping method, once set. */
  shippingMethod?: Maybe<ShippingMethod>;
  /** Totals at the current prices. */
  totals: Totals;
};

/** A line of a cart: a variant and a quantity, priced now in the cart's channel. */
export type CartLine = {
  __typename?: 'CartLine';
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Units, 1 to 1,000. */
  quantity: Scalars['Int']['output'];
  /** Current line tax in minor units. */
  tax?: Maybe<Scalars['Int']['output']>;
  /** Current line total (net + tax) in minor units. */
  total?: Maybe<Scalars['Int']['output']>;
  /** Current net unit price in minor units (null when no longer sold in the channel). */
  unitPrice?: Maybe<Scalars['Int']['output']>;
  /** The variant. */
  variant: Variant;
};

/** Answer of cart mutations. */
export type CartPayload = {
  __typename?: 'CartPayload';
  /** The cart after the change (unchanged on errors). */
  cart?: Maybe<Cart>;
  /** What was wrong; nothing changed when not empty. */
  errors: Array<UserError>;
};

/** Who is buying: the signed-in user's cart, or a guest cart by its token. */
export type CartSelector = {
  /** The channel's slug (a signed-in user has one cart per channel). */
  channel: Scalars['String']['input'];
  /** A guest's cart token (from `createGuestCart`); leave out when signed in. */
  guestToken?: InputMaybe<Scalars['String']['input']>;
};

/** A product category. */
export type Category = {
  __typename?: 'Category';
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Unique slug. */
  slug: Scalars['String']['output'];
};

/** A page of categories. */
export type CategoryConnection = {
  __typename?: 'CategoryConnection';
  edges: Array<CategoryEdge>;
  pageInfo: PageInfo;
  /** How many categories there are. */
  totalCount: Scalars['Int']['output'];
};

/** One edge of a category page. */
export type CategoryEdge = {
  __typename?: 'CategoryEdge';
  cursor: Scalars['String']['output'];
  node: Category;
};

/** A sales channel: one currency, its own prices and shipping methods (e.g. a country's web shop). */
export type Channel = {
  __typename?: 'Channel';
  /** False when the channel sells nothing (its products are hidden from the public). */
  active: Scalars['Boolean']['output'];
  /** ISO 4217 currency of every price in the channel. */
  currency: Scalars['String']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The shipping methods offered in the channel, cheapest first. */
  shippingMethods: Array<ShippingMethod>;
  /** Unique slug (lower-case letters, digits, `-`), e.g. `eu`. */
  slug: Scalars['String']['output'];
};

/** Answer of `checkoutComplete`. */
export type CheckoutPayload = {
  __typename?: 'CheckoutPayload';
  /** What was wrong; nothing changed when not empty. A changed price has code CONFLICT on `expectedTotal`. */
  errors: Array<UserError>;
  /** The order placed (null on errors). */
  order?: Maybe<Order>;
  /** The totals the server computed now: on a PRICE_CHANGED error, show them before retrying. */
  totals?: Maybe<Totals>;
};

/** A new product with its variants and prices (admin). */
export type CreateProductInput = {
  /** Attributes (at most 20), names lower case. */
  attributes?: InputMaybe<Array<ProductAttributeInput>>;
  /** Category id. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Description, at most 5,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Name, 1 to 200 characters. */
  name: Scalars['String']['input'];
  /** Unique slug, 1 to 60 lower-case letters, digits or `-`. */
  slug: Scalars['String']['input'];
  /** Variants, 1 to 50. */
  variants: Array<VariantInput>;
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

/** Answer of `createGuestCart`. */
export type GuestCartPayload = {
  __typename?: 'GuestCartPayload';
  /** The new cart. */
  cart?: Maybe<Cart>;
  /** What was wrong. */
  errors: Array<UserError>;
  /** The secret that names the cart; keep it (client side) until sign-in merges it. */
  guestToken?: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Adds units of a variant (quantity 1 to 1,000; the line's total at most 1,000). */
  addToCart?: Maybe<CartPayload>;
  /** Cancels one of the buyer's own unpaid orders (admins: any unpaid order). */
  cancelOrder?: Maybe<OrderPayload>;
  /**
   * Places the signed-in user's cart as an order. `expectedTotal` and `currency` are what the buyer was
   * shown: if the server's total or currency differs, nothing happens and the answer carries the new totals.
   */
  checkoutComplete?: Maybe<CheckoutPayload>;
  /** Starts an anonymous cart in a channel; the answer's `guestToken` names it. */
  createGuestCart?: Maybe<GuestCartPayload>;
  /** Creates a product with its variants and prices (admin or commerce role). */
  createProduct?: Maybe<ProductPayload>;
  /** Moves a guest cart's lines into the signed-in user's cart of the same channel (quantities add up, capped at 1,000) and deletes the guest cart. */
  mergeGuestCart?: Maybe<CartPayload>;
  /** Sets a line's quantity; 0 removes it. */
  setCartLineQuantity?: Maybe<CartPayload>;
  /** Moves an order along unfulfilled → paid → fulfilled → delivered, or to refunded after payment (admin or commerce role). */
  setOrderStatus?: Maybe<OrderPayload>;
  /** Sets the shipping address. */
  setShippingAddress?: Maybe<CartPayload>;
  /** Chooses a shipping method of the cart's channel. */
  setShippingMethod?: Maybe<CartPayload>;
  /** Sets (or changes) a variant's price in a channel (admin or commerce role). */
  setVariantPrice?: Maybe<VariantPayload>;
};


export type MutationAddToCartArgs = {
  quantity: Scalars['Int']['input'];
  selector: CartSelector;
  variantId: Scalars['ID']['input'];
};


export type MutationCancelOrderArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCheckoutCompleteArgs = {
  channel: Scalars['String']['input'];
  currency: Scalars['String']['input'];
  expectedTotal: Scalars['Int']['input'];
};


export type MutationCreateGuestCartArgs = {
  channel: Scalars['String']['input'];
};


export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


export type MutationMergeGuestCartArgs = {
  guestToken: Scalars['String']['input'];
};


export type MutationSetCartLineQuantityArgs = {
  quantity: Scalars['Int']['input'];
  selector: CartSelector;
  variantId: Scalars['ID']['input'];
};


export type MutationSetOrderStatusArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  status: OrderStatus;
};


export type MutationSetShippingAddressArgs = {
  address: AddressInput;
  selector: CartSelector;
};


export type MutationSetShippingMethodArgs = {
  selector: CartSelector;
  shippingMethodId: Scalars['ID']['input'];
};


export type MutationSetVariantPriceArgs = {
  price: PriceInput;
  variantId: Scalars['ID']['input'];
};

/** An order: lines, prices and address frozen at checkout. */
export type Order = {
  __typename?: 'Order';
  /** The buyer. */
  buyer?: Maybe<User>;
  /** The channel's slug. */
  channel: Scalars['String']['output'];
  /** When it was placed. */
  createdAt: Scalars['DateTime']['output'];
  /** The status history, oldest first. */
  history: Array<OrderStatusChange>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The lines. */
  lines: Array<OrderLine>;
  /** Shipping address. */
  shippingAddress: Address;
  /** Shipping method name. */
  shippingMethod: Scalars['String']['output'];
  /** Current status. */
  status: OrderStatus;
  /** Totals, frozen. */
  totals: Totals;
};

/** A page of orders, newest first. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  edges: Array<OrderEdge>;
  pageInfo: PageInfo;
  /** How many orders match. */
  totalCount: Scalars['Int']['output'];
};

/** One edge of an order page. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  cursor: Scalars['String']['output'];
  node: Order;
};

/** An order line, frozen at checkout. */
export type OrderLine = {
  __typename?: 'OrderLine';
  /** Product name at checkout. */
  productName: Scalars['String']['output'];
  /** Units. */
  quantity: Scalars['Int']['output'];
  /** SKU at checkout. */
  sku: Scalars['String']['output'];
  /** Line tax. */
  tax: Scalars['Int']['output'];
  /** Tax rate at checkout, in basis points. */
  taxRateBps: Scalars['Int']['output'];
  /** Line total (net + tax). */
  total: Scalars['Int']['output'];
  /** Net unit price at checkout, in minor units. */
  unitPrice: Scalars['Int']['output'];
  /** The variant (its current data; the frozen fields below do not change). */
  variant: Variant;
  /** Variant name at checkout. */
  variantName: Scalars['String']['output'];
};

/** Answer of order mutations. */
export type OrderPayload = {
  __typename?: 'OrderPayload';
  /** What was wrong. */
  errors: Array<UserError>;
  /** The order after the change. */
  order?: Maybe<Order>;
};

/** An order's status. */
export type OrderStatus =
  /** Cancelled before it was paid or fulfilled. */
  | 'CANCELLED'
  /** Delivered to the buyer. */
  | 'DELIVERED'
  /** Shipped. */
  | 'FULFILLED'
  /** Paid. */
  | 'PAID'
  /** Paid, then refunded. */
  | 'REFUNDED'
  /** Placed, awaiting payment. */
  | 'UNFULFILLED';

/** One step of an order's status history. */
export type OrderStatusChange = {
  __typename?: 'OrderStatusChange';
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Why, if given. */
  note?: Maybe<Scalars['String']['output']>;
  /** The status entered. */
  status: OrderStatus;
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

/** A price in a channel. */
export type PriceInput = {
  /** Net unit price in minor units, 0 to 100,000,000. */
  amount: Scalars['Int']['input'];
  /** The channel's slug. */
  channel: Scalars['String']['input'];
  /** Must equal the channel's currency when given (a guard against a price typed in another currency). */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Tax rate in basis points, 0 to 10,000. */
  taxRateBps: Scalars['Int']['input'];
};

/** A product: what the customer browses. It is sold through its variants. */
export type Product = {
  __typename?: 'Product';
  /** Attributes for filtering and facets, by name. */
  attributes: Array<ProductAttribute>;
  /** The category, if any. */
  category?: Maybe<Category>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Plain-text description. */
  description: Scalars['String']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Unique slug. */
  slug: Scalars['String']['output'];
  /** The variants, by SKU. */
  variants: VariantConnection;
};


/** A product: what the customer browses. It is sold through its variants. */
export type ProductVariantsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One attribute of a product (e.g. `color` = `blue`). */
export type ProductAttribute = {
  __typename?: 'ProductAttribute';
  /** Attribute name, lower case. */
  name: Scalars['String']['output'];
  /** Attribute value. */
  value: Scalars['String']['output'];
};

/** An attribute. */
export type ProductAttributeInput = {
  /** 1 to 40 lower-case letters, digits, `_` or `-`. */
  name: Scalars['String']['input'];
  /** 1 to 60 characters. */
  value: Scalars['String']['input'];
};

/** A page of products, with facets over the whole search. */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  edges: Array<ProductEdge>;
  /** Facet counts over every match. */
  facets: ProductFacets;
  pageInfo: PageInfo;
  /** How many products match. */
  totalCount: Scalars['Int']['output'];
};

/** One edge of a product page. */
export type ProductEdge = {
  __typename?: 'ProductEdge';
  cursor: Scalars['String']['output'];
  node: Product;
};

/** A value of a facet and how many products of the search have it. */
export type ProductFacetValue = {
  __typename?: 'ProductFacetValue';
  /** How many matching products have it. */
  count: Scalars['Int']['output'];
  /** The value (a category id, or `name:value` of an attribute). */
  value: Scalars['String']['output'];
};

/** Facet counts over every product matching a search (not only the page). */
export type ProductFacets = {
  __typename?: 'ProductFacets';
  /** Products per attribute, as `name:value`. */
  attributes: Array<ProductFacetValue>;
  /** Products per category id. */
  categories: Array<ProductFacetValue>;
};

/** Catalog search filters. */
export type ProductFilter = {
  /** Only products having this attribute, written `name:value` (e.g. `color:blue`). */
  attribute?: InputMaybe<Scalars['String']['input']>;
  /** Only this category. */
  categoryId?: InputMaybe<Scalars['ID']['input']>;
  /** Words that must each start a word of the name, description or attributes (1 to 100 characters). */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Answer of product mutations. */
export type ProductPayload = {
  __typename?: 'ProductPayload';
  /** What was wrong. */
  errors: Array<UserError>;
  /** The product. */
  product?: Maybe<Product>;
};

/** The order of a product search. */
export type ProductSort =
  /** By name. */
  | 'NAME'
  /** Best match first (needs `filter.search`; otherwise by name). */
  | 'RELEVANCE';

export type Query = {
  __typename?: 'Query';
  /** The signed-in user's cart in a channel, or a guest's cart by token (null when there is none yet). */
  cart?: Maybe<Cart>;
  /** The categories, by name. */
  categories?: Maybe<CategoryConnection>;
  /** Active channels (all channels for admins). */
  channels?: Maybe<Array<Channel>>;
  /** The signed-in user's orders, newest first. */
  myOrders?: Maybe<OrderConnection>;
  /** One of the signed-in user's orders (any order for admins). */
  order?: Maybe<Order>;
  /** Every order, newest first, optionally by status (admin or commerce role). */
  orders?: Maybe<OrderConnection>;
  /** A product by id or slug (hidden products only for admins). */
  product?: Maybe<Product>;
  /** Catalog search in a channel: only products with a price there; facets over every match. */
  products?: Maybe<ProductConnection>;
  /** A variant by id. */
  variant?: Maybe<Variant>;
};


export type QueryCartArgs = {
  selector: CartSelector;
};


export type QueryCategoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OrderStatus>;
};


export type QueryProductArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  channel: Scalars['String']['input'];
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ProductSort>;
};


export type QueryVariantArgs = {
  id: Scalars['ID']['input'];
};

/** A way to ship an order, with a flat price in the channel's currency. */
export type ShippingMethod = {
  __typename?: 'ShippingMethod';
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Display name, e.g. `Standard`. */
  name: Scalars['String']['output'];
  /** Price in minor units of the channel's currency. */
  price: Scalars['Int']['output'];
};

/** Totals computed on the server, in minor units of `currency`. */
export type Totals = {
  __typename?: 'Totals';
  /** ISO 4217 currency. */
  currency: Scalars['String']['output'];
  /** Shipping price (0 before a method is chosen). */
  shipping: Scalars['Int']['output'];
  /** Sum of net line amounts. */
  subtotal: Scalars['Int']['output'];
  /** Sum of line taxes (each line rounded half up). */
  tax: Scalars['Int']['output'];
  /** subtotal + tax + shipping. */
  total: Scalars['Int']['output'];
};

/** A user (identity's). */
export type User = {
  __typename?: 'User';
  /** The user's id. */
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

/** A sellable variant of a product (a size, a colour); priced per channel. Inventory adds its stock. */
export type Variant = {
  __typename?: 'Variant';
  /** Stable, opaque identifier (the demo uses readable ids such as `demo-tee-m`). */
  id: Scalars['ID']['output'];
  /** Display name, e.g. `M`. */
  name: Scalars['String']['output'];
  /** The price in a channel (by slug), null when the variant is not sold there. */
  price?: Maybe<VariantPrice>;
  /** The product. */
  product: Product;
  /** Unique stock-keeping unit. */
  sku: Scalars['String']['output'];
};


/** A sellable variant of a product (a size, a colour); priced per channel. Inventory adds its stock. */
export type VariantPriceArgs = {
  channel: Scalars['String']['input'];
};

/** A page of variants. */
export type VariantConnection = {
  __typename?: 'VariantConnection';
  edges: Array<VariantEdge>;
  pageInfo: PageInfo;
  /** How many variants there are. */
  totalCount: Scalars['Int']['output'];
};

/** One edge of a variant page. */
export type VariantEdge = {
  __typename?: 'VariantEdge';
  cursor: Scalars['String']['output'];
  node: Variant;
};

/** A variant of a new product. */
export type VariantInput = {
  /** Name, 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** Prices per channel (at most one per channel). */
  prices?: InputMaybe<Array<PriceInput>>;
  /** Unique SKU, 1 to 64 letters, digits, `.`, `_`, `:`, `-`. */
  sku: Scalars['String']['input'];
};

/** Answer of `setVariantPrice`. */
export type VariantPayload = {
  __typename?: 'VariantPayload';
  /** What was wrong. */
  errors: Array<UserError>;
  /** The variant. */
  variant?: Maybe<Variant>;
};

/** A variant's price in one channel. */
export type VariantPrice = {
  __typename?: 'VariantPrice';
  /** Net unit price in minor units. */
  amount: Scalars['Int']['output'];
  /** The channel's slug. */
  channel: Scalars['String']['output'];
  /** ISO 4217 currency (the channel's). */
  currency: Scalars['String']['output'];
  /** Tax rate in basis points (2000 = 20 %), applied per line. */
  taxRateBps: Scalars['Int']['output'];
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
  Category: Category;
  Channel: Channel;
  Order: Order;
  Product: Product;
  Variant: Variant;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Category:
    ( { __typename: 'Category' }
    & GraphQLRecursivePick<FederationTypes['Category'], {"id":true}> );
  Channel:
    ( { __typename: 'Channel' }
    & GraphQLRecursivePick<FederationTypes['Channel'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  Product:
    ( { __typename: 'Product' }
    & GraphQLRecursivePick<FederationTypes['Product'], {"id":true}> );
  Variant:
    ( { __typename: 'Variant' }
    & GraphQLRecursivePick<FederationTypes['Variant'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Address: ResolverTypeWrapper<Address>;
  AddressInput: AddressInput;
  Cart: ResolverTypeWrapper<CartRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CartLine: ResolverTypeWrapper<CartLineData>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CartPayload: ResolverTypeWrapper<Omit<CartPayload, 'cart'> & { cart?: Maybe<ResolversTypes['Cart']> }>;
  CartSelector: CartSelector;
  Category: ResolverTypeWrapper<CategoryRow>;
  CategoryConnection: ResolverTypeWrapper<Omit<CategoryConnection, 'edges'> & { edges: Array<ResolversTypes['CategoryEdge']> }>;
  CategoryEdge: ResolverTypeWrapper<Omit<CategoryEdge, 'node'> & { node: ResolversTypes['Category'] }>;
  Channel: ResolverTypeWrapper<ChannelRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CheckoutPayload: ResolverTypeWrapper<Omit<CheckoutPayload, 'order'> & { order?: Maybe<ResolversTypes['Order']> }>;
  CreateProductInput: CreateProductInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ErrorCode: ErrorCode;
  GuestCartPayload: ResolverTypeWrapper<Omit<GuestCartPayload, 'cart'> & { cart?: Maybe<ResolversTypes['Cart']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderRow>;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'edges'> & { edges: Array<ResolversTypes['OrderEdge']> }>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderLine: ResolverTypeWrapper<OrderLineRow>;
  OrderPayload: ResolverTypeWrapper<Omit<OrderPayload, 'order'> & { order?: Maybe<ResolversTypes['Order']> }>;
  OrderStatus: OrderStatus;
  OrderStatusChange: ResolverTypeWrapper<OrderStatusChange>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PriceInput: PriceInput;
  Product: ResolverTypeWrapper<ProductRow>;
  ProductAttribute: ResolverTypeWrapper<ProductAttribute>;
  ProductAttributeInput: ProductAttributeInput;
  ProductConnection: ResolverTypeWrapper<Omit<ProductConnection, 'edges'> & { edges: Array<ResolversTypes['ProductEdge']> }>;
  ProductEdge: ResolverTypeWrapper<Omit<ProductEdge, 'node'> & { node: ResolversTypes['Product'] }>;
  ProductFacetValue: ResolverTypeWrapper<ProductFacetValue>;
  ProductFacets: ResolverTypeWrapper<ProductFacets>;
  ProductFilter: ProductFilter;
  ProductPayload: ResolverTypeWrapper<Omit<ProductPayload, 'product'> & { product?: Maybe<ResolversTypes['Product']> }>;
  ProductSort: ProductSort;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ShippingMethod: ResolverTypeWrapper<ShippingMethodRow>;
  Totals: ResolverTypeWrapper<Totals>;
  User: ResolverTypeWrapper<UserRef>;
  UserError: ResolverTypeWrapper<UserError>;
  Variant: ResolverTypeWrapper<VariantRow>;
  VariantConnection: ResolverTypeWrapper<Omit<VariantConnection, 'edges'> & { edges: Array<ResolversTypes['VariantEdge']> }>;
  VariantEdge: ResolverTypeWrapper<Omit<VariantEdge, 'node'> & { node: ResolversTypes['Variant'] }>;
  VariantInput: VariantInput;
  VariantPayload: ResolverTypeWrapper<Omit<VariantPayload, 'variant'> & { variant?: Maybe<ResolversTypes['Variant']> }>;
  VariantPrice: ResolverTypeWrapper<VariantPrice>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Address: Address;
  AddressInput: AddressInput;
  Cart: CartRow;
  ID: Scalars['ID']['output'];
  CartLine: CartLineData;
  Int: Scalars['Int']['output'];
  CartPayload: Omit<CartPayload, 'cart'> & { cart?: Maybe<ResolversParentTypes['Cart']> };
  CartSelector: CartSelector;
  Category: CategoryRow;
  CategoryConnection: Omit<CategoryConnection, 'edges'> & { edges: Array<ResolversParentTypes['CategoryEdge']> };
  CategoryEdge: Omit<CategoryEdge, 'node'> & { node: ResolversParentTypes['Category'] };
  Channel: ChannelRow;
  Boolean: Scalars['Boolean']['output'];
  CheckoutPayload: Omit<CheckoutPayload, 'order'> & { order?: Maybe<ResolversParentTypes['Order']> };
  CreateProductInput: CreateProductInput;
  DateTime: Scalars['DateTime']['output'];
  GuestCartPayload: Omit<GuestCartPayload, 'cart'> & { cart?: Maybe<ResolversParentTypes['Cart']> };
  Mutation: Record<PropertyKey, never>;
  Order: OrderRow;
  OrderConnection: Omit<OrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderEdge']> };
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderLine: OrderLineRow;
  OrderPayload: Omit<OrderPayload, 'order'> & { order?: Maybe<ResolversParentTypes['Order']> };
  OrderStatusChange: OrderStatusChange;
  PageInfo: PageInfo;
  PriceInput: PriceInput;
  Product: ProductRow;
  ProductAttribute: ProductAttribute;
  ProductAttributeInput: ProductAttributeInput;
  ProductConnection: Omit<ProductConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProductEdge']> };
  ProductEdge: Omit<ProductEdge, 'node'> & { node: ResolversParentTypes['Product'] };
  ProductFacetValue: ProductFacetValue;
  ProductFacets: ProductFacets;
  ProductFilter: ProductFilter;
  ProductPayload: Omit<ProductPayload, 'product'> & { product?: Maybe<ResolversParentTypes['Product']> };
  Query: Record<PropertyKey, never>;
  ShippingMethod: ShippingMethodRow;
  Totals: Totals;
  User: UserRef;
  UserError: UserError;
  Variant: VariantRow;
  VariantConnection: Omit<VariantConnection, 'edges'> & { edges: Array<ResolversParentTypes['VariantEdge']> };
  VariantEdge: Omit<VariantEdge, 'node'> & { node: ResolversParentTypes['Variant'] };
  VariantInput: VariantInput;
  VariantPayload: Omit<VariantPayload, 'variant'> & { variant?: Maybe<ResolversParentTypes['Variant']> };
  VariantPrice: VariantPrice;
  String: Scalars['String']['output'];
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = CommerceContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['String']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = CommerceContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AddressResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = ResolversObject<{
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  street?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CartResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['Cart'] = ResolversParentTypes['Cart']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['Channel'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['CartLine']>, ParentType, ContextType>;
  shippingAddress?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  shippingMethod?: Resolver<Maybe<ResolversTypes['ShippingMethod']>, ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['Totals'], ParentType, ContextType>;
}>;

export type CartLineResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['CartLine'] = ResolversParentTypes['CartLine']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tax?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  unitPrice?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  variant?: Resolver<ResolversTypes['Variant'], ParentType, ContextType>;
}>;

export type CartPayloadResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['CartPayload'] = ResolversParentTypes['CartPayload']> = ResolversObject<{
  cart?: Resolver<Maybe<ResolversTypes['Cart']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CategoryResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['Category'] = ResolversParentTypes['Category'], FederationReferenceType extends FederationReferenceTypes['Category'] = FederationReferenceTypes['Category']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Category']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CategoryConnectionResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['CategoryConnection'] = ResolversParentTypes['CategoryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CategoryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CategoryEdgeResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['CategoryEdge'] = ResolversParentTypes['CategoryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Category'], ParentType, ContextType>;
}>;

export type ChannelResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['Channel'] = ResolversParentTypes['Channel'], FederationReferenceType extends FederationReferenceTypes['Channel'] = FederationReferenceTypes['Channel']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Channel']> | FederationReferenceType, FederationReferenceType, ContextType>;
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shippingMethods?: Resolver<Array<ResolversTypes['ShippingMethod']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CheckoutPayloadResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['CheckoutPayload'] = ResolversParentTypes['CheckoutPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
  totals?: Resolver<Maybe<ResolversTypes['Totals']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type GuestCartPayloadResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['GuestCartPayload'] = ResolversParentTypes['GuestCartPayload']> = ResolversObject<{
  cart?: Resolver<Maybe<ResolversTypes['Cart']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  guestToken?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addToCart?: Resolver<Maybe<ResolversTypes['CartPayload']>, ParentType, ContextType, RequireFields<MutationAddToCartArgs, 'quantity' | 'selector' | 'variantId'>>;
  cancelOrder?: Resolver<Maybe<ResolversTypes['OrderPayload']>, ParentType, ContextType, RequireFields<MutationCancelOrderArgs, 'id'>>;
  checkoutComplete?: Resolver<Maybe<ResolversTypes['CheckoutPayload']>, ParentType, ContextType, RequireFields<MutationCheckoutCompleteArgs, 'channel' | 'currency' | 'expectedTotal'>>;
  createGuestCart?: Resolver<Maybe<ResolversTypes['GuestCartPayload']>, ParentType, ContextType, RequireFields<MutationCreateGuestCartArgs, 'channel'>>;
  createProduct?: Resolver<Maybe<ResolversTypes['ProductPayload']>, ParentType, ContextType, RequireFields<MutationCreateProductArgs, 'input'>>;
  mergeGuestCart?: Resolver<Maybe<ResolversTypes['CartPayload']>, ParentType, ContextType, RequireFields<MutationMergeGuestCartArgs, 'guestToken'>>;
  setCartLineQuantity?: Resolver<Maybe<ResolversTypes['CartPayload']>, ParentType, ContextType, RequireFields<MutationSetCartLineQuantityArgs, 'quantity' | 'selector' | 'variantId'>>;
  setOrderStatus?: Resolver<Maybe<ResolversTypes['OrderPayload']>, ParentType, ContextType, RequireFields<MutationSetOrderStatusArgs, 'id' | 'status'>>;
  setShippingAddress?: Resolver<Maybe<ResolversTypes['CartPayload']>, ParentType, ContextType, RequireFields<MutationSetShippingAddressArgs, 'address' | 'selector'>>;
  setShippingMethod?: Resolver<Maybe<ResolversTypes['CartPayload']>, ParentType, ContextType, RequireFields<MutationSetShippingMethodArgs, 'selector' | 'shippingMethodId'>>;
  setVariantPrice?: Resolver<Maybe<ResolversTypes['VariantPayload']>, ParentType, ContextType, RequireFields<MutationSetVariantPriceArgs, 'price' | 'variantId'>>;
}>;

export type OrderResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  buyer?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['OrderStatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  shippingAddress?: Resolver<ResolversTypes['Address'], ParentType, ContextType>;
  shippingMethod?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['Totals'], ParentType, ContextType>;
}>;

export type OrderConnectionResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrderEdgeResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
}>;

export type OrderLineResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = ResolversObject<{
  productName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  taxRateBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  variant?: Resolver<ResolversTypes['Variant'], ParentType, ContextType>;
  variantName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type OrderPayloadResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['OrderPayload'] = ResolversParentTypes['OrderPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType>;
}>;

export type OrderStatusChangeResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['OrderStatusChange'] = ResolversParentTypes['OrderStatusChange']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProductResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['Product'] = ResolversParentTypes['Product'], FederationReferenceType extends FederationReferenceTypes['Product'] = FederationReferenceTypes['Product']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Product']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attributes?: Resolver<Array<ResolversTypes['ProductAttribute']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  variants?: Resolver<ResolversTypes['VariantConnection'], ParentType, ContextType, Partial<ProductVariantsArgs>>;
}>;

export type ProductAttributeResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['ProductAttribute'] = ResolversParentTypes['ProductAttribute']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProductConnectionResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['ProductConnection'] = ResolversParentTypes['ProductConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProductEdge']>, ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['ProductFacets'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProductEdgeResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['ProductEdge'] = ResolversParentTypes['ProductEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
}>;

export type ProductFacetValueResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['ProductFacetValue'] = ResolversParentTypes['ProductFacetValue']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ProductFacetsResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['ProductFacets'] = ResolversParentTypes['ProductFacets']> = ResolversObject<{
  attributes?: Resolver<Array<ResolversTypes['ProductFacetValue']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['ProductFacetValue']>, ParentType, ContextType>;
}>;

export type ProductPayloadResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['ProductPayload'] = ResolversParentTypes['ProductPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  cart?: Resolver<Maybe<ResolversTypes['Cart']>, ParentType, ContextType, RequireFields<QueryCartArgs, 'selector'>>;
  categories?: Resolver<Maybe<ResolversTypes['CategoryConnection']>, ParentType, ContextType, Partial<QueryCategoriesArgs>>;
  channels?: Resolver<Maybe<Array<ResolversTypes['Channel']>>, ParentType, ContextType>;
  myOrders?: Resolver<Maybe<ResolversTypes['OrderConnection']>, ParentType, ContextType, Partial<QueryMyOrdersArgs>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orders?: Resolver<Maybe<ResolversTypes['OrderConnection']>, ParentType, ContextType, Partial<QueryOrdersArgs>>;
  product?: Resolver<Maybe<ResolversTypes['Product']>, ParentType, ContextType, Partial<QueryProductArgs>>;
  products?: Resolver<Maybe<ResolversTypes['ProductConnection']>, ParentType, ContextType, RequireFields<QueryProductsArgs, 'channel'>>;
  variant?: Resolver<Maybe<ResolversTypes['Variant']>, ParentType, ContextType, RequireFields<QueryVariantArgs, 'id'>>;
}>;

export type ShippingMethodResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['ShippingMethod'] = ResolversParentTypes['ShippingMethod']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TotalsResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['Totals'] = ResolversParentTypes['Totals']> = ResolversObject<{
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shipping?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tax?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VariantResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['Variant'] = ResolversParentTypes['Variant'], FederationReferenceType extends FederationReferenceTypes['Variant'] = FederationReferenceTypes['Variant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Variant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  price?: Resolver<Maybe<ResolversTypes['VariantPrice']>, ParentType, ContextType, RequireFields<VariantPriceArgs, 'channel'>>;
  product?: Resolver<ResolversTypes['Product'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VariantConnectionResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['VariantConnection'] = ResolversParentTypes['VariantConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VariantEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VariantEdgeResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['VariantEdge'] = ResolversParentTypes['VariantEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Variant'], ParentType, ContextType>;
}>;

export type VariantPayloadResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['VariantPayload'] = ResolversParentTypes['VariantPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  variant?: Resolver<Maybe<ResolversTypes['Variant']>, ParentType, ContextType>;
}>;

export type VariantPriceResolvers<ContextType = CommerceContext, ParentType extends ResolversParentTypes['VariantPrice'] = ResolversParentTypes['VariantPrice']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  taxRateBps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CommerceContext> = ResolversObject<{
  Address?: AddressResolvers<ContextType>;
  Cart?: CartResolvers<ContextType>;
  CartLine?: CartLineResolvers<ContextType>;
  CartPayload?: CartPayloadResolvers<ContextType>;
  Category?: CategoryResolvers<ContextType>;
  CategoryConnection?: CategoryConnectionResolvers<ContextType>;
  CategoryEdge?: CategoryEdgeResolvers<ContextType>;
  Channel?: ChannelResolvers<ContextType>;
  CheckoutPayload?: CheckoutPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  GuestCartPayload?: GuestCartPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  OrderPayload?: OrderPayloadResolvers<ContextType>;
  OrderStatusChange?: OrderStatusChangeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Product?: ProductResolvers<ContextType>;
  ProductAttribute?: ProductAttributeResolvers<ContextType>;
  ProductConnection?: ProductConnectionResolvers<ContextType>;
  ProductEdge?: ProductEdgeResolvers<ContextType>;
  ProductFacetValue?: ProductFacetValueResolvers<ContextType>;
  ProductFacets?: ProductFacetsResolvers<ContextType>;
  ProductPayload?: ProductPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ShippingMethod?: ShippingMethodResolvers<ContextType>;
  Totals?: TotalsResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Variant?: VariantResolvers<ContextType>;
  VariantConnection?: VariantConnectionResolvers<ContextType>;
  VariantEdge?: VariantEdgeResolvers<ContextType>;
  VariantPayload?: VariantPayloadResolvers<ContextType>;
  VariantPrice?: VariantPriceResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = CommerceContext> = ResolversObject<{
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
  requiresScopes?: RequiresScopesDirectiveResolver<any, any, ContextType>;
}>;
