import { IdempotencyRecord, baseProperties, defineEntity, p, tenantRegistryEntity, type InferEntity } from '../../../kit';

export const STATUSES = [
  'requires_payment_method',
  'requires_confirmation',
  'requires_action',
  'processing',
  'requires_capture',
  'succeeded',
  'canceled',
] as const;
export type PaymentStatus = (typeof STATUSES)[number];

/**
 * A PaymentIntent (Stripe's shape, snake_case statuses). Per user, not tenant-owned: `ownerId` is
 * identity's user id. Amounts are integer minor units. `amountRefunded` only grows, under the row's
 * lock, and never passes `amountReceived`. The card number itself is never stored: `paymentMethod`
 * is the display form, `paymentMethodToken` what the processor needs again (a test card's outcome
 * name or a Stripe PaymentMethod id).
 */
export const PaymentIntent = defineEntity({
  name: 'PaymentIntent',
  tableName: 'payment_intents',
  properties: {
    ...baseProperties(),
    ownerId: p.string().length(36),
    amount: p.integer(),
    currency: p.string().length(3),
    status: p.string().length(32),
    captureMethod: p.string().length(16),
    reference: p.string().length(200).nullable(),
    description: p.string().length(500).nullable(),
    paymentMethod: p.string().length(80).nullable(),
    paymentMethodToken: p.string().length(120).nullable(),
    amountCapturable: p.integer(),
    amountReceived: p.integer(),
    amountRefunded: p.integer(),
    lastErrorCode: p.string().length(60).nullable(),
    lastDeclineCode: p.string().length(60).nullable(),
    lastErrorMessage: p.string().length(300).nullable(),
    nextActionType: p.string().length(40).nullable(),
    processor: p.string().length(16),
    /** The processor's id (`pi_…` at Stripe). */
    providerId: p.string().length(120).nullable(),
    cancellationReason: p.string().length(40).nullable(),
  },
  indexes: [{ properties: ['ownerId', 'createdAt'] }, { properties: ['reference', 'createdAt'] }, { properties: ['providerId'] }],
});
export type PaymentIntentRow = InferEntity<typeof PaymentIntent>;

/** One attempt to charge or authorise a PaymentIntent at the processor (Stripe's Charge): one per confirmation. */
export const Charge = defineEntity({
  name: 'Charge',
  tableName: 'payment_charges',
  properties: {
    ...baseProperties(),
    paymentIntentId: p.string().length(36).index(),
    amount: p.integer(),
    /** succeeded, authorised, requires_action, failed. */
    outcome: p.string().length(32),
    declineCode: p.string().length(60).nullable(),
  },
});
export type ChargeRow = InferEntity<typeof Charge>;

/** Money given back from a succeeded PaymentIntent. */
export const Refund = defineEntity({
  name: 'Refund',
  tableName: 'payment_refunds',
  properties: {
    ...baseProperties(),
    paymentIntentId: p.string().length(36),
    ownerId: p.string().length(36),
    amount: p.integer(),
    currency: p.string().length(3),
    /** pending, succeeded, failed. */
    status: p.string().length(16),
    reason: p.string().length(40).nullable(),
    providerId: p.string().length(120).nullable(),
  },
  indexes: [{ properties: ['paymentIntentId', 'createdAt'] }],
});
export type RefundRow = InferEntity<typeof Refund>;

/** A URL that receives signed events: its owner's payments, or everyone's (`allUsers`, admins). */
export const WebhookEndpoint = defineEntity({
  name: 'WebhookEndpoint',
  tableName: 'payment_webhook_endpoints',
  properties: {
    ...baseProperties(),
    ownerId: p.string().length(36).index(),
    url: p.string().length(2000),
    secret: p.string().length(80),
    allUsers: p.boolean(),
    enabled: p.boolean(),
  },
});
export type WebhookEndpointRow = InferEntity<typeof WebhookEndpoint>;

/** One event to one endpoint. The sweep claims due rows by moving `nextAttemptAt` with a conditional update. */
export const WebhookDelivery = defineEntity({
  name: 'WebhookDelivery',
  tableName: 'payment_webhook_deliveries',
  properties: {
    ...baseProperties(),
    endpointId: p.string().length(36),
    ownerId: p.string().length(36),
    eventId: p.string().length(40),
    eventType: p.string().length(60),
    payload: p.text(),
    /** pending, succeeded, failed. */
    status: p.string().length(16),
    attempts: p.integer(),
    lastStatusCode: p.integer().nullable(),
    lastError: p.string().length(300).nullable(),
    nextAttemptAt: p.datetime(3).nullable(),
    deliveredAt: p.datetime(3).nullable(),
  },
  indexes: [{ properties: ['endpointId', 'createdAt'] }, { properties: ['status', 'nextAttemptAt'] }],
});
export type WebhookDeliveryRow = InferEntity<typeof WebhookDelivery>;

/** An inbound provider event already processed: the unique event id makes a redelivery a no-op. */
export const ProviderEvent = defineEntity({
  name: 'ProviderEvent',
  tableName: 'payment_provider_events',
  properties: {
    ...baseProperties(),
    eventId: p.string().length(120).unique(),
    type: p.string().length(80),
  },
});
export type ProviderEventRow = InferEntity<typeof ProviderEvent>;

/** The plans a tenant can be on (the catalogue is code: src/billing.ts). */
export const PLAN_CODES = ['FREE', 'TEAM', 'BUSINESS'] as const;
export type PlanCode = (typeof PLAN_CODES)[number];

/**
 * A tenant's subscription status: INCOMPLETE (a paid plan whose first invoice is unpaid: FREE's limits
 * apply), ACTIVE, PAST_DUE (a renewal failed: still working until `graceUntil`), READ_ONLY (grace
 * over: the router refuses the tenant's mutations until the open invoice is paid).
 */
export const BILLING_STATUSES = ['INCOMPLETE', 'ACTIVE', 'PAST_DUE', 'READ_ONLY'] as const;
export type BillingStatus = (typeof BILLING_STATUSES)[number];

/**
 * A tenant's plan and billing state (catalogue #55, per-tenant billing). One per tenant. Scoped by hand
 * (`tenantRegistryEntity`): the sweep and the payment consumer work across tenants, and billing records
 * outlive a deleted tenant, as other payment records do.
 */
export const TenantSubscription = tenantRegistryEntity(
  defineEntity({
    name: 'TenantSubscription',
    tableName: 'tenant_subscriptions',
    properties: {
      ...baseProperties(),
      tenantId: p.string().length(36).unique(),
      plan: p.enum([...PLAN_CODES]),
      status: p.enum([...BILLING_STATUSES]),
      /** The ADMIN who chose the plan: owner of its PaymentIntents (they confirm with a card). */
      billingUserId: p.string().length(36),
      currentPeriodStart: p.datetime(3).nullable(),
      currentPeriodEnd: p.datetime(3).nullable().index(),
      graceUntil: p.datetime(3).nullable(),
      /** The unpaid invoice, if any (at most one at a time). */
      openInvoiceId: p.string().length(36).nullable(),
      /** The processor's token of the last card that paid, charged again at renewal. */
      paymentMethodToken: p.string().length(100).nullable(),
    },
  }),
);
export type TenantSubscriptionRow = InferEntity<typeof TenantSubscription>;

export const INVOICE_STATUSES = ['OPEN', 'PAID', 'VOID'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** One billing period of a tenant's plan, paid through a PaymentIntent (`reference` = `tenant-invoice:<id>`). */
export const TenantInvoice = tenantRegistryEntity(
  defineEntity({
    name: 'TenantInvoice',
    tableName: 'tenant_invoices',
    properties: {
      ...baseProperties(),
      tenantId: p.string().length(36),
      plan: p.enum([...PLAN_CODES]),
      amount: p.integer(),
      currency: p.string().length(3),
      periodStart: p.datetime(3),
      periodEnd: p.datetime(3),
      status: p.enum([...INVOICE_STATUSES]),
      paymentIntentId: p.string().length(36).nullable(),
      paidAt: p.datetime(3).nullable(),
    },
    indexes: [{ properties: ['tenantId', 'createdAt'] }],
  }),
);
export type TenantInvoiceRow = InferEntity<typeof TenantInvoice>;

export const entities = [
  PaymentIntent,
  Charge,
  Refund,
  WebhookEndpoint,
  WebhookDelivery,
  ProviderEvent,
  IdempotencyRecord,
  TenantSubscription,
  TenantInvoice,
];
