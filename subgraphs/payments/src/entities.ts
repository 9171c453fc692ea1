import { IdempotencyRecord, baseProperties, defineEntity, p, type InferEntity } from '../../../kit';

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

export const entities = [PaymentIntent, Charge, Refund, WebhookEndpoint, WebhookDelivery, ProviderEvent, IdempotencyRecord];
