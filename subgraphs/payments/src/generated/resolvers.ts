import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PaymentIntentRow, RefundRow, WebhookEndpointRow, WebhookDeliveryRow, TenantInvoiceRow } from '../entities';
import type { TenantBillingView, Plan } from '../billing';
import type { UserRef, PaymentsContext } from '../context';
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

/** When the money is taken. */
export type CaptureMethod =
  /** At confirmation. */
  | 'AUTOMATIC'
  /** Confirmation only authorises; `capturePaymentIntent` takes all or part of it. */
  | 'MANUAL';

/** The result of `changeTenantPlan`. */
export type ChangeTenantPlanPayload = {
  __typename?: 'ChangeTenantPlanPayload';
  billing?: Maybe<TenantBilling>;
  errors: Array<UserError>;
  /** The invoice to pay for a paid plan (the plan changes once it is paid); null for FREE. */
  invoice?: Maybe<TenantInvoice>;
};

/** A new PaymentIntent. */
export type CreatePaymentIntentInput = {
  /** Minor units, 1 to the maximum (PAYMENTS_MAX_AMOUNT, default 100,000,000). */
  amount: Scalars['Int']['input'];
  /** Default AUTOMATIC. */
  captureMethod?: InputMaybe<CaptureMethod>;
  /** Confirm at once (needs `paymentMethod`). */
  confirm?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 4217 code, case-insensitive. */
  currency: Scalars['String']['input'];
  /** Up to 500 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** A test card number (4242424242424242…) or a Stripe PaymentMethod id (`pm_card_visa`); moves it to REQUIRES_CONFIRMATION. */
  paymentMethod?: InputMaybe<Scalars['String']['input']>;
  /** Up to 200 characters: an order id or the like; `paymentIntentsByReference` finds it. */
  reference?: InputMaybe<Scalars['String']['input']>;
};

/** A new webhook endpoint. */
export type CreateWebhookEndpointInput = {
  /** Receive every user's events (admins only). Default false. */
  allUsers?: InputMaybe<Scalars['Boolean']['input']>;
  /** An http(s) URL, up to 2,000 characters. */
  url: Scalars['String']['input'];
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Cancels a PaymentIntent that has not succeeded (an authorisation is released). */
  cancelPaymentIntent?: Maybe<PaymentIntentPayload>;
  /** Captures a REQUIRES_CAPTURE PaymentIntent: all of it, or `amount` of it (the rest is released). */
  capturePaymentIntent?: Maybe<PaymentIntentPayload>;
  /**
   * Chooses the current tenant's plan (ADMIN). FREE takes effect at once; a paid plan opens an invoice
   * whose PaymentIntent the admin confirms with a card, and the plan changes when it is paid. Refused
   * (CONFLICT) while an invoice is overdue.
   */
  changeTenantPlan?: Maybe<ChangeTenantPlanPayload>;
  /** Finishes 3-D Secure for a REQUIRES_ACTION PaymentIntent: `succeeded: false` is a failed authentication. */
  confirm3ds?: Maybe<PaymentIntentPayload>;
  /** Confirms a PaymentIntent, attaching `paymentMethod` first when given: charges it (AUTOMATIC) or authorises it (MANUAL). */
  confirmPaymentIntent?: Maybe<PaymentIntentPayload>;
  /** Creates a PaymentIntent (and confirms it with `confirm: true`). Idempotent per `idempotencyKey` for 24 h. */
  createPaymentIntent?: Maybe<PaymentIntentPayload>;
  /** Registers a URL that receives signed events. */
  createWebhookEndpoint?: Maybe<WebhookEndpointPayload>;
  /** Removes a webhook endpoint (its pending deliveries are dropped). */
  deleteWebhookEndpoint?: Maybe<PaymentsDeletePayload>;
  /** Refunds all that is left of a SUCCEEDED PaymentIntent, or `amount` of it; never more than was captured. */
  refundPaymentIntent?: Maybe<RefundPayload>;
  /** Sends an event to its endpoint again, as a new delivery. */
  replayWebhookDelivery?: Maybe<WebhookDeliveryPayload>;
};


export type MutationCancelPaymentIntentArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCapturePaymentIntentArgs = {
  amount?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
};


export type MutationChangeTenantPlanArgs = {
  plan: TenantPlanCode;
};


export type MutationConfirm3dsArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  succeeded?: Scalars['Boolean']['input'];
};


export type MutationConfirmPaymentIntentArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  paymentMethod?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreatePaymentIntentArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: CreatePaymentIntentInput;
};


export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


export type MutationDeleteWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRefundPaymentIntentArgs = {
  amount?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationReplayWebhookDeliveryArgs = {
  id: Scalars['ID']['input'];
};

/** A commerce order (owned by commerce); payments contributes its payment. */
export type Order = {
  __typename?: 'Order';
  /** Commerce's order id. */
  id: Scalars['ID']['output'];
  /**
   * The order's PaymentIntent (its `reference` is the order id), created by the checkout saga; the buyer
   * confirms it with `confirmPaymentIntent`. Null until it exists, or for anyone but the buyer and admins.
   */
  payment?: Maybe<PaymentIntent>;
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

/** Why the last payment attempt failed. */
export type PaymentError = {
  __typename?: 'PaymentError';
  /** `card_declined` or `authentication_failed` (Stripe's error codes). */
  code: Scalars['String']['output'];
  /** The issuer's reason, e.g. `generic_decline`, `insufficient_funds`. */
  declineCode?: Maybe<Scalars['String']['output']>;
  /** A message that can be shown to the customer. */
  message: Scalars['String']['output'];
};

/** An intent to collect an amount from a customer, following Stripe's PaymentIntent. */
export type PaymentIntent = {
  __typename?: 'PaymentIntent';
  /** The amount to collect, in minor units of `currency`. */
  amount: Scalars['Int']['output'];
  /** Amount authorised and still capturable (REQUIRES_CAPTURE), in minor units. */
  amountCapturable: Scalars['Int']['output'];
  /** Amount taken, in minor units. */
  amountReceived: Scalars['Int']['output'];
  /** Amount refunded so far; never more than `amountReceived`. */
  amountRefunded: Scalars['Int']['output'];
  /** Why it was canceled (Stripe's reasons: `requested_by_customer`, `abandoned`, `duplicate`, `fraudulent`). */
  cancellationReason?: Maybe<Scalars['String']['output']>;
  /** When the money is taken. */
  captureMethod: CaptureMethod;
  createdAt: Scalars['DateTime']['output'];
  /** Three-letter ISO 4217 code, upper case. */
  currency: Scalars['String']['output'];
  /** Free text shown to the customer. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Why the last attempt failed; null when it did not. */
  lastPaymentError?: Maybe<PaymentError>;
  /** What the customer must do next (REQUIRES_ACTION only). */
  nextAction?: Maybe<PaymentNextAction>;
  /** Who pays. Null, with an error, when identity cannot be reached. */
  owner?: Maybe<User>;
  /** The payment method's display form, e.g. `card ending 4242`; null before one is attached. */
  paymentMethod?: Maybe<Scalars['String']['output']>;
  /** `test` (the built-in test processor) or `stripe`. */
  processor: Scalars['String']['output'];
  /** Free-form reference of the caller's (an order id, an invoice number). */
  reference?: Maybe<Scalars['String']['output']>;
  /** The refunds of this payment, newest first. */
  refunds: RefundConnection;
  /** Where it is in the state machine. */
  status: PaymentIntentStatus;
  updatedAt: Scalars['DateTime']['output'];
};


/** An intent to collect an amount from a customer, following Stripe's PaymentIntent. */
export type PaymentIntentRefundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of PaymentIntents, newest first. */
export type PaymentIntentConnection = {
  __typename?: 'PaymentIntentConnection';
  edges: Array<PaymentIntentEdge>;
  pageInfo: PageInfo;
  /** How many PaymentIntents match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One PaymentIntent in a page. */
export type PaymentIntentEdge = {
  __typename?: 'PaymentIntentEdge';
  cursor: Scalars['String']['output'];
  node: PaymentIntent;
};

/** Narrows a PaymentIntent list. */
export type PaymentIntentFilter = {
  /** Admins only: only this user's payments (default: the viewer's own; admins without it see all). */
  ownerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this reference (exact). */
  reference?: InputMaybe<Scalars['String']['input']>;
  /** Only this status. */
  status?: InputMaybe<PaymentIntentStatus>;
};

/** A PaymentIntent after a mutation, with the problems that stopped it (a decline keeps the PaymentIntent, status REQUIRES_PAYMENT_METHOD). */
export type PaymentIntentPayload = {
  __typename?: 'PaymentIntentPayload';
  /** Empty on success. */
  errors: Array<UserError>;
  /** The PaymentIntent in its state after the operation; null when it was not created or not found. */
  paymentIntent?: Maybe<PaymentIntent>;
};

/** Where a PaymentIntent is in Stripe's state machine. */
export type PaymentIntentStatus =
  /** Canceled; nothing can happen to it any more. */
  | 'CANCELED'
  /** The processor is working on it. */
  | 'PROCESSING'
  /** The customer must authenticate (3-D Secure): see `nextAction`, then `confirm3ds`. */
  | 'REQUIRES_ACTION'
  /** Authorised, waiting for `capturePaymentIntent` (capture method MANUAL). */
  | 'REQUIRES_CAPTURE'
  /** Has a payment method; waiting for `confirmPaymentIntent`. */
  | 'REQUIRES_CONFIRMATION'
  /** Waiting for a payment method (new, or the last attempt was declined). */
  | 'REQUIRES_PAYMENT_METHOD'
  /** The money was taken (`amountReceived`); refunds are possible. */
  | 'SUCCEEDED';

/** What the customer must do before the payment can go on. */
export type PaymentNextAction = {
  __typename?: 'PaymentNextAction';
  /** `use_stripe_sdk` (3-D Secure): authenticate, then call `confirm3ds`. */
  type: Scalars['String']['output'];
};

/** The outcome of removing something. */
export type PaymentsDeletePayload = {
  __typename?: 'PaymentsDeletePayload';
  /** The id removed. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Empty on success. */
  errors: Array<UserError>;
};

export type Query = {
  __typename?: 'Query';
  /** One PaymentIntent: the viewer's own, or any for an admin. */
  paymentIntent?: Maybe<PaymentIntent>;
  /** The viewer's PaymentIntents (an admin's: everyone's), newest first. */
  paymentIntents?: Maybe<PaymentIntentConnection>;
  /** The PaymentIntents carrying `reference` (the viewer's own; an admin's: everyone's), newest first. */
  paymentIntentsByReference?: Maybe<PaymentIntentConnection>;
  /** The current tenant's billing (ADMIN). */
  tenantBilling?: Maybe<TenantBilling>;
  /** The current tenant's invoices, newest first (ADMIN). */
  tenantInvoices?: Maybe<TenantInvoiceConnection>;
  /** The plans, with prices and limits. */
  tenantPlans?: Maybe<Array<TenantPlan>>;
  /** One webhook endpoint of the viewer's (any for an admin). */
  webhookEndpoint?: Maybe<WebhookEndpoint>;
  /** The viewer's webhook endpoints (an admin's: everyone's). */
  webhookEndpoints?: Maybe<WebhookEndpointConnection>;
};


export type QueryPaymentIntentArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPaymentIntentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaymentIntentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPaymentIntentsByReferenceArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  reference: Scalars['String']['input'];
};


export type QueryTenantInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWebhookEndpointArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWebhookEndpointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Money given back from a succeeded PaymentIntent. */
export type Refund = {
  __typename?: 'Refund';
  /** Minor units of `currency`. */
  amount: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The payment's currency. */
  currency: Scalars['String']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The payment refunded. */
  paymentIntent?: Maybe<PaymentIntent>;
  /** Stripe's reasons: `duplicate`, `fraudulent`, `requested_by_customer`; null when none was given. */
  reason?: Maybe<Scalars['String']['output']>;
  /** Where the refund is. */
  status: RefundStatus;
};

/** A page of refunds, newest first. */
export type RefundConnection = {
  __typename?: 'RefundConnection';
  edges: Array<RefundEdge>;
  pageInfo: PageInfo;
  /** How many refunds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One refund in a page. */
export type RefundEdge = {
  __typename?: 'RefundEdge';
  cursor: Scalars['String']['output'];
  node: Refund;
};

/** The outcome of a refund. */
export type RefundPayload = {
  __typename?: 'RefundPayload';
  /** Empty on success. */
  errors: Array<UserError>;
  /** The refunded payment, after the refund. */
  paymentIntent?: Maybe<PaymentIntent>;
  /** The refund; null when none was made. */
  refund?: Maybe<Refund>;
};

/** Where a refund is. */
export type RefundStatus =
  /** The processor refused; the amount is refundable again. */
  | 'FAILED'
  /** Sent to the processor, not answered yet. */
  | 'PENDING'
  /** The money went back. */
  | 'SUCCEEDED';

/** The current tenant's plan and billing state (its ADMINs). */
export type TenantBilling = {
  __typename?: 'TenantBilling';
  currentPeriodEnd?: Maybe<Scalars['DateTime']['output']>;
  currentPeriodStart?: Maybe<Scalars['DateTime']['output']>;
  /** While PAST_DUE: when the tenant turns read-only. */
  graceUntil?: Maybe<Scalars['DateTime']['output']>;
  /** The invoice to pay (a new plan, or a renewal), if any. */
  openInvoice?: Maybe<TenantInvoice>;
  plan: TenantPlan;
  status: TenantBillingStatus;
};

/** A tenant's billing state; see `TenantBilling.status`. */
export type TenantBillingStatus =
  /** Paid up (or on FREE). */
  | 'ACTIVE'
  /** Reserved: a paid plan whose first invoice is unpaid (today the plan only changes once it is paid). */
  | 'INCOMPLETE'
  /** A renewal was declined: everything works until `graceUntil`, then the tenant turns read-only. */
  | 'PAST_DUE'
  /** Grace is over: the tenant's mutations are refused (TENANT_READ_ONLY) until the open invoice is paid. */
  | 'READ_ONLY';

/** One billing period of a plan. Pay it by confirming `paymentIntent` (`confirmPaymentIntent`) with a card. */
export type TenantInvoice = {
  __typename?: 'TenantInvoice';
  amount: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  paidAt?: Maybe<Scalars['DateTime']['output']>;
  /** The PaymentIntent that pays it, owned by the admin who chose the plan (null for anyone else). */
  paymentIntent?: Maybe<PaymentIntent>;
  periodEnd: Scalars['DateTime']['output'];
  periodStart: Scalars['DateTime']['output'];
  plan: TenantPlan;
  status: TenantInvoiceStatus;
};

export type TenantInvoiceConnection = {
  __typename?: 'TenantInvoiceConnection';
  edges: Array<TenantInvoiceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TenantInvoiceEdge = {
  __typename?: 'TenantInvoiceEdge';
  cursor: Scalars['String']['output'];
  node: TenantInvoice;
};

export type TenantInvoiceStatus =
  | 'OPEN'
  | 'PAID'
  | 'VOID';

/** A plan: its price per billing period and limits. */
export type TenantPlan = {
  __typename?: 'TenantPlan';
  /** Price per period, in minor units of `currency`. */
  amount: Scalars['Int']['output'];
  code: TenantPlanCode;
  currency: Scalars['String']['output'];
  /** Members the tenant may have; more are refused with QUOTA_EXCEEDED. */
  maxMembers: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

/** A plan a tenant can be on (catalogue #55, per-tenant billing). */
export type TenantPlanCode =
  | 'BUSINESS'
  | 'FREE'
  | 'TEAM';

/** A user, owned by identity; payments only points at it. */
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

/** One event sent (or to be sent) to one endpoint. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** When the endpoint accepted it. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The event's id (`evt_…`), the same for every delivery of one event. */
  eventId: Scalars['String']['output'];
  /** The event's type, e.g. `payment_intent.succeeded`. */
  eventType: Scalars['String']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Why the last attempt failed, when it did. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last attempt; null when it got no answer. */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due (PENDING only). */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The JSON body sent. */
  payload: Scalars['String']['output'];
  /** Where it is. */
  status: WebhookDeliveryStatus;
};

/** A page of deliveries, newest first. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
  /** How many deliveries, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One delivery in a page. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

/** A delivery queued again. */
export type WebhookDeliveryPayload = {
  __typename?: 'WebhookDeliveryPayload';
  /** The new delivery (same event id and payload, fresh attempts). */
  delivery?: Maybe<WebhookDelivery>;
  /** Empty on success. */
  errors: Array<UserError>;
};

/** Where a delivery is. */
export type WebhookDeliveryStatus =
  /** Every attempt failed; `replayWebhookDelivery` sends it again. */
  | 'FAILED'
  /** Not delivered yet; retried with exponential backoff. */
  | 'PENDING'
  /** The endpoint answered 2xx. */
  | 'SUCCEEDED';

/** A URL that receives signed events about PaymentIntents and refunds. */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  /** True when it receives the events of every user's payments (admins only); false: its owner's. */
  allUsers: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** The deliveries to this endpoint, newest first. */
  deliveries: WebhookDeliveryConnection;
  /** Whether deliveries are made. */
  enabled: Scalars['Boolean']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Where events are POSTed. */
  url: Scalars['String']['output'];
};


/** A URL that receives signed events about PaymentIntents and refunds. */
export type WebhookEndpointDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of webhook endpoints. */
export type WebhookEndpointConnection = {
  __typename?: 'WebhookEndpointConnection';
  edges: Array<WebhookEndpointEdge>;
  pageInfo: PageInfo;
  /** How many endpoints, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One endpoint in a page. */
export type WebhookEndpointEdge = {
  __typename?: 'WebhookEndpointEdge';
  cursor: Scalars['String']['output'];
  node: WebhookEndpoint;
};

/** A webhook endpoint just created, with its signing secret (shown this once). */
export type WebhookEndpointPayload = {
  __typename?: 'WebhookEndpointPayload';
  /** The endpoint; null when it was not created. */
  endpoint?: Maybe<WebhookEndpoint>;
  /** Empty on success. */
  errors: Array<UserError>;
  /** `whsec_…`: verify `Stripe-Signature` with it. Only returned here. */
  secret?: Maybe<Scalars['String']['output']>;
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
  Order: Order;
  PaymentIntent: PaymentIntent;
  Refund: Refund;
  WebhookEndpoint: WebhookEndpoint;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  PaymentIntent:
    ( { __typename: 'PaymentIntent' }
    & GraphQLRecursivePick<FederationTypes['PaymentIntent'], {"id":true}> );
  Refund:
    ( { __typename: 'Refund' }
    & GraphQLRecursivePick<FederationTypes['Refund'], {"id":true}> );
  WebhookEndpoint:
    ( { __typename: 'WebhookEndpoint' }
    & GraphQLRecursivePick<FederationTypes['WebhookEndpoint'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CaptureMethod: CaptureMethod;
  ChangeTenantPlanPayload: ResolverTypeWrapper<Omit<ChangeTenantPlanPayload, 'billing' | 'invoice'> & { billing?: Maybe<ResolversTypes['TenantBilling']>, invoice?: Maybe<ResolversTypes['TenantInvoice']> }>;
  CreatePaymentIntentInput: CreatePaymentIntentInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ErrorCode: ErrorCode;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Order: ResolverTypeWrapper<UserRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PaymentError: ResolverTypeWrapper<PaymentError>;
  PaymentIntent: ResolverTypeWrapper<PaymentIntentRow>;
  PaymentIntentConnection: ResolverTypeWrapper<Omit<PaymentIntentConnection, 'edges'> & { edges: Array<ResolversTypes['PaymentIntentEdge']> }>;
  PaymentIntentEdge: ResolverTypeWrapper<Omit<PaymentIntentEdge, 'node'> & { node: ResolversTypes['PaymentIntent'] }>;
  PaymentIntentFilter: PaymentIntentFilter;
  PaymentIntentPayload: ResolverTypeWrapper<Omit<PaymentIntentPayload, 'paymentIntent'> & { paymentIntent?: Maybe<ResolversTypes['PaymentIntent']> }>;
  PaymentIntentStatus: PaymentIntentStatus;
  PaymentNextAction: ResolverTypeWrapper<PaymentNextAction>;
  PaymentsDeletePayload: ResolverTypeWrapper<PaymentsDeletePayload>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Refund: ResolverTypeWrapper<RefundRow>;
  RefundConnection: ResolverTypeWrapper<Omit<RefundConnection, 'edges'> & { edges: Array<ResolversTypes['RefundEdge']> }>;
  RefundEdge: ResolverTypeWrapper<Omit<RefundEdge, 'node'> & { node: ResolversTypes['Refund'] }>;
  RefundPayload: ResolverTypeWrapper<Omit<RefundPayload, 'paymentIntent' | 'refund'> & { paymentIntent?: Maybe<ResolversTypes['PaymentIntent']>, refund?: Maybe<ResolversTypes['Refund']> }>;
  RefundStatus: RefundStatus;
  TenantBilling: ResolverTypeWrapper<TenantBillingView>;
  TenantBillingStatus: TenantBillingStatus;
  TenantInvoice: ResolverTypeWrapper<TenantInvoiceRow>;
  TenantInvoiceConnection: ResolverTypeWrapper<Omit<TenantInvoiceConnection, 'edges'> & { edges: Array<ResolversTypes['TenantInvoiceEdge']> }>;
  TenantInvoiceEdge: ResolverTypeWrapper<Omit<TenantInvoiceEdge, 'node'> & { node: ResolversTypes['TenantInvoice'] }>;
  TenantInvoiceStatus: TenantInvoiceStatus;
  TenantPlan: ResolverTypeWrapper<Plan>;
  TenantPlanCode: TenantPlanCode;
  User: ResolverTypeWrapper<UserRef>;
  UserError: ResolverTypeWrapper<UserError>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryRow>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']> }>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryPayload: ResolverTypeWrapper<Omit<WebhookDeliveryPayload, 'delivery'> & { delivery?: Maybe<ResolversTypes['WebhookDelivery']> }>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookEndpoint: ResolverTypeWrapper<WebhookEndpointRow>;
  WebhookEndpointConnection: ResolverTypeWrapper<Omit<WebhookEndpointConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookEndpointEdge']> }>;
  WebhookEndpointEdge: ResolverTypeWrapper<Omit<WebhookEndpointEdge, 'node'> & { node: ResolversTypes['WebhookEndpoint'] }>;
  WebhookEndpointPayload: ResolverTypeWrapper<Omit<WebhookEndpointPayload, 'endpoint'> & { endpoint?: Maybe<ResolversTypes['WebhookEndpoint']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ChangeTenantPlanPayload: Omit<ChangeTenantPlanPayload, 'billing' | 'invoice'> & { billing?: Maybe<ResolversParentTypes['TenantBilling']>, invoice?: Maybe<ResolversParentTypes['TenantInvoice']> };
  CreatePaymentIntentInput: CreatePaymentIntentInput;
  Int: Scalars['Int']['output'];
  Boolean: Scalars['Boolean']['output'];
  CreateWebhookEndpointInput: CreateWebhookEndpointInput;
  DateTime: Scalars['DateTime']['output'];
  Mutation: Record<PropertyKey, never>;
  ID: Scalars['ID']['output'];
  Order: UserRef;
  PageInfo: PageInfo;
  PaymentError: PaymentError;
  PaymentIntent: PaymentIntentRow;
  PaymentIntentConnection: Omit<PaymentIntentConnection, 'edges'> & { edges: Array<ResolversParentTypes['PaymentIntentEdge']> };
  PaymentIntentEdge: Omit<PaymentIntentEdge, 'node'> & { node: ResolversParentTypes['PaymentIntent'] };
  PaymentIntentFilter: PaymentIntentFilter;
  PaymentIntentPayload: Omit<PaymentIntentPayload, 'paymentIntent'> & { paymentIntent?: Maybe<ResolversParentTypes['PaymentIntent']> };
  PaymentNextAction: PaymentNextAction;
  PaymentsDeletePayload: PaymentsDeletePayload;
  Query: Record<PropertyKey, never>;
  Refund: RefundRow;
  RefundConnection: Omit<RefundConnection, 'edges'> & { edges: Array<ResolversParentTypes['RefundEdge']> };
  RefundEdge: Omit<RefundEdge, 'node'> & { node: ResolversParentTypes['Refund'] };
  RefundPayload: Omit<RefundPayload, 'paymentIntent' | 'refund'> & { paymentIntent?: Maybe<ResolversParentTypes['PaymentIntent']>, refund?: Maybe<ResolversParentTypes['Refund']> };
  TenantBilling: TenantBillingView;
  TenantInvoice: TenantInvoiceRow;
  TenantInvoiceConnection: Omit<TenantInvoiceConnection, 'edges'> & { edges: Array<ResolversParentTypes['TenantInvoiceEdge']> };
  TenantInvoiceEdge: Omit<TenantInvoiceEdge, 'node'> & { node: ResolversParentTypes['TenantInvoice'] };
  TenantPlan: Plan;
  User: UserRef;
  UserError: UserError;
  WebhookDelivery: WebhookDeliveryRow;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']> };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookDeliveryPayload: Omit<WebhookDeliveryPayload, 'delivery'> & { delivery?: Maybe<ResolversParentTypes['WebhookDelivery']> };
  WebhookEndpoint: WebhookEndpointRow;
  WebhookEndpointConnection: Omit<WebhookEndpointConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookEndpointEdge']> };
  WebhookEndpointEdge: Omit<WebhookEndpointEdge, 'node'> & { node: ResolversParentTypes['WebhookEndpoint'] };
  WebhookEndpointPayload: Omit<WebhookEndpointPayload, 'endpoint'> & { endpoint?: Maybe<ResolversParentTypes['WebhookEndpoint']> };
  String: Scalars['String']['output'];
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = PaymentsContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['String']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = PaymentsContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ChangeTenantPlanPayloadResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['ChangeTenantPlanPayload'] = ResolversParentTypes['ChangeTenantPlanPayload']> = ResolversObject<{
  billing?: Resolver<Maybe<ResolversTypes['TenantBilling']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  invoice?: Resolver<Maybe<ResolversTypes['TenantInvoice']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  cancelPaymentIntent?: Resolver<Maybe<ResolversTypes['PaymentIntentPayload']>, ParentType, ContextType, RequireFields<MutationCancelPaymentIntentArgs, 'id'>>;
  capturePaymentIntent?: Resolver<Maybe<ResolversTypes['PaymentIntentPayload']>, ParentType, ContextType, RequireFields<MutationCapturePaymentIntentArgs, 'id'>>;
  changeTenantPlan?: Resolver<Maybe<ResolversTypes['ChangeTenantPlanPayload']>, ParentType, ContextType, RequireFields<MutationChangeTenantPlanArgs, 'plan'>>;
  confirm3ds?: Resolver<Maybe<ResolversTypes['PaymentIntentPayload']>, ParentType, ContextType, RequireFields<MutationConfirm3dsArgs, 'id' | 'succeeded'>>;
  confirmPaymentIntent?: Resolver<Maybe<ResolversTypes['PaymentIntentPayload']>, ParentType, ContextType, RequireFields<MutationConfirmPaymentIntentArgs, 'id'>>;
  createPaymentIntent?: Resolver<Maybe<ResolversTypes['PaymentIntentPayload']>, ParentType, ContextType, RequireFields<MutationCreatePaymentIntentArgs, 'input'>>;
  createWebhookEndpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpointPayload']>, ParentType, ContextType, RequireFields<MutationCreateWebhookEndpointArgs, 'input'>>;
  deleteWebhookEndpoint?: Resolver<Maybe<ResolversTypes['PaymentsDeletePayload']>, ParentType, ContextType, RequireFields<MutationDeleteWebhookEndpointArgs, 'id'>>;
  refundPaymentIntent?: Resolver<Maybe<ResolversTypes['RefundPayload']>, ParentType, ContextType, RequireFields<MutationRefundPaymentIntentArgs, 'id'>>;
  replayWebhookDelivery?: Resolver<Maybe<ResolversTypes['WebhookDeliveryPayload']>, ParentType, ContextType, RequireFields<MutationReplayWebhookDeliveryArgs, 'id'>>;
}>;

export type OrderResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  payment?: Resolver<Maybe<ResolversTypes['PaymentIntent']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PaymentErrorResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['PaymentError'] = ResolversParentTypes['PaymentError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  declineCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PaymentIntentResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['PaymentIntent'] = ResolversParentTypes['PaymentIntent'], FederationReferenceType extends FederationReferenceTypes['PaymentIntent'] = FederationReferenceTypes['PaymentIntent']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PaymentIntent']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  amountCapturable?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  amountReceived?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  amountRefunded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  cancellationReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  captureMethod?: Resolver<ResolversTypes['CaptureMethod'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastPaymentError?: Resolver<Maybe<ResolversTypes['PaymentError']>, ParentType, ContextType>;
  nextAction?: Resolver<Maybe<ResolversTypes['PaymentNextAction']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  paymentMethod?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  processor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  refunds?: Resolver<ResolversTypes['RefundConnection'], ParentType, ContextType, RequireFields<PaymentIntentRefundsArgs, 'first'>>;
  status?: Resolver<ResolversTypes['PaymentIntentStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type PaymentIntentConnectionResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['PaymentIntentConnection'] = ResolversParentTypes['PaymentIntentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PaymentIntentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PaymentIntentEdgeResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['PaymentIntentEdge'] = ResolversParentTypes['PaymentIntentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PaymentIntent'], ParentType, ContextType>;
}>;

export type PaymentIntentPayloadResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['PaymentIntentPayload'] = ResolversParentTypes['PaymentIntentPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  paymentIntent?: Resolver<Maybe<ResolversTypes['PaymentIntent']>, ParentType, ContextType>;
}>;

export type PaymentNextActionResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['PaymentNextAction'] = ResolversParentTypes['PaymentNextAction']> = ResolversObject<{
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PaymentsDeletePayloadResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['PaymentsDeletePayload'] = ResolversParentTypes['PaymentsDeletePayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  paymentIntent?: Resolver<Maybe<ResolversTypes['PaymentIntent']>, ParentType, ContextType, RequireFields<QueryPaymentIntentArgs, 'id'>>;
  paymentIntents?: Resolver<Maybe<ResolversTypes['PaymentIntentConnection']>, ParentType, ContextType, RequireFields<QueryPaymentIntentsArgs, 'first'>>;
  paymentIntentsByReference?: Resolver<Maybe<ResolversTypes['PaymentIntentConnection']>, ParentType, ContextType, RequireFields<QueryPaymentIntentsByReferenceArgs, 'first' | 'reference'>>;
  tenantBilling?: Resolver<Maybe<ResolversTypes['TenantBilling']>, ParentType, ContextType>;
  tenantInvoices?: Resolver<Maybe<ResolversTypes['TenantInvoiceConnection']>, ParentType, ContextType, RequireFields<QueryTenantInvoicesArgs, 'first'>>;
  tenantPlans?: Resolver<Maybe<Array<ResolversTypes['TenantPlan']>>, ParentType, ContextType>;
  webhookEndpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType, RequireFields<QueryWebhookEndpointArgs, 'id'>>;
  webhookEndpoints?: Resolver<Maybe<ResolversTypes['WebhookEndpointConnection']>, ParentType, ContextType, RequireFields<QueryWebhookEndpointsArgs, 'first'>>;
}>;

export type RefundResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['Refund'] = ResolversParentTypes['Refund'], FederationReferenceType extends FederationReferenceTypes['Refund'] = FederationReferenceTypes['Refund']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Refund']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paymentIntent?: Resolver<Maybe<ResolversTypes['PaymentIntent']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['RefundStatus'], ParentType, ContextType>;
}>;

export type RefundConnectionResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['RefundConnection'] = ResolversParentTypes['RefundConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RefundEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RefundEdgeResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['RefundEdge'] = ResolversParentTypes['RefundEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Refund'], ParentType, ContextType>;
}>;

export type RefundPayloadResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['RefundPayload'] = ResolversParentTypes['RefundPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  paymentIntent?: Resolver<Maybe<ResolversTypes['PaymentIntent']>, ParentType, ContextType>;
  refund?: Resolver<Maybe<ResolversTypes['Refund']>, ParentType, ContextType>;
}>;

export type TenantBillingResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['TenantBilling'] = ResolversParentTypes['TenantBilling']> = ResolversObject<{
  currentPeriodEnd?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  currentPeriodStart?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  graceUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  openInvoice?: Resolver<Maybe<ResolversTypes['TenantInvoice']>, ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['TenantPlan'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TenantBillingStatus'], ParentType, ContextType>;
}>;

export type TenantInvoiceResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['TenantInvoice'] = ResolversParentTypes['TenantInvoice']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  paidAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  paymentIntent?: Resolver<Maybe<ResolversTypes['PaymentIntent']>, ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['TenantPlan'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TenantInvoiceStatus'], ParentType, ContextType>;
}>;

export type TenantInvoiceConnectionResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['TenantInvoiceConnection'] = ResolversParentTypes['TenantInvoiceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TenantInvoiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TenantInvoiceEdgeResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['TenantInvoiceEdge'] = ResolversParentTypes['TenantInvoiceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TenantInvoice'], ParentType, ContextType>;
}>;

export type TenantPlanResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['TenantPlan'] = ResolversParentTypes['TenantPlan']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['TenantPlanCode'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WebhookDeliveryResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
}>;

export type WebhookDeliveryConnectionResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WebhookDeliveryEdgeResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
}>;

export type WebhookDeliveryPayloadResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['WebhookDeliveryPayload'] = ResolversParentTypes['WebhookDeliveryPayload']> = ResolversObject<{
  delivery?: Resolver<Maybe<ResolversTypes['WebhookDelivery']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type WebhookEndpointResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['WebhookEndpoint'] = ResolversParentTypes['WebhookEndpoint'], FederationReferenceType extends FederationReferenceTypes['WebhookEndpoint'] = FederationReferenceTypes['WebhookEndpoint']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WebhookEndpoint']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allUsers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<WebhookEndpointDeliveriesArgs, 'first'>>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type WebhookEndpointConnectionResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['WebhookEndpointConnection'] = ResolversParentTypes['WebhookEndpointConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['WebhookEndpointEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type WebhookEndpointEdgeResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['WebhookEndpointEdge'] = ResolversParentTypes['WebhookEndpointEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookEndpoint'], ParentType, ContextType>;
}>;

export type WebhookEndpointPayloadResolvers<ContextType = PaymentsContext, ParentType extends ResolversParentTypes['WebhookEndpointPayload'] = ResolversParentTypes['WebhookEndpointPayload']> = ResolversObject<{
  endpoint?: Resolver<Maybe<ResolversTypes['WebhookEndpoint']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = PaymentsContext> = ResolversObject<{
  ChangeTenantPlanPayload?: ChangeTenantPlanPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PaymentError?: PaymentErrorResolvers<ContextType>;
  PaymentIntent?: PaymentIntentResolvers<ContextType>;
  PaymentIntentConnection?: PaymentIntentConnectionResolvers<ContextType>;
  PaymentIntentEdge?: PaymentIntentEdgeResolvers<ContextType>;
  PaymentIntentPayload?: PaymentIntentPayloadResolvers<ContextType>;
  PaymentNextAction?: PaymentNextActionResolvers<ContextType>;
  PaymentsDeletePayload?: PaymentsDeletePayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Refund?: RefundResolvers<ContextType>;
  RefundConnection?: RefundConnectionResolvers<ContextType>;
  RefundEdge?: RefundEdgeResolvers<ContextType>;
  RefundPayload?: RefundPayloadResolvers<ContextType>;
  TenantBilling?: TenantBillingResolvers<ContextType>;
  TenantInvoice?: TenantInvoiceResolvers<ContextType>;
  TenantInvoiceConnection?: TenantInvoiceConnectionResolvers<ContextType>;
  TenantInvoiceEdge?: TenantInvoiceEdgeResolvers<ContextType>;
  TenantPlan?: TenantPlanResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookDeliveryPayload?: WebhookDeliveryPayloadResolvers<ContextType>;
  WebhookEndpoint?: WebhookEndpointResolvers<ContextType>;
  WebhookEndpointConnection?: WebhookEndpointConnectionResolvers<ContextType>;
  WebhookEndpointEdge?: WebhookEndpointEdgeResolvers<ContextType>;
  WebhookEndpointPayload?: WebhookEndpointPayloadResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = PaymentsContext> = ResolversObject<{
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
  requiresScopes?: RequiresScopesDirectiveResolver<any, any, ContextType>;
}>;
