import { parseConfig, subgraphEnvSchema, z, type SubgraphConfig } from '../../../kit';

/** The payments subgraph's settings: the shared subgraph settings plus processor, limits and webhooks. */
export const paymentsEnvSchema = subgraphEnvSchema.extend({
  /** The largest amount of one PaymentIntent, in minor units (default 100,000,000: one million of a 2-decimal currency). */
  PAYMENTS_MAX_AMOUNT: z.coerce.number().int().min(1).max(2_000_000_000).default(100_000_000),
  /** When set, PaymentIntents go to Stripe (the `stripe` package); otherwise the built-in test processor. */
  STRIPE_SECRET_KEY: z.string().min(1).optional(),
  /** Where the Stripe client connects (tests point it at a loopback server); defaults are Stripe's. */
  STRIPE_API_HOST: z.string().min(1).optional(),
  STRIPE_API_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  STRIPE_API_PROTOCOL: z.enum(['http', 'https']).optional(),
  /** Secret of inbound `POST /webhooks/stripe` (`whsec_…`); without it the endpoint answers 503. */
  STRIPE_WEBHOOK_SECRET: z.string().min(1).optional(),
  /** How old an inbound webhook's signed timestamp may be, in seconds (default 300). */
  PAYMENTS_WEBHOOK_TOLERANCE_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),
  /** How often due outbound webhook deliveries are sent, in ms; 0 turns the sweep off. */
  PAYMENTS_WEBHOOK_SWEEP_MS: z.coerce.number().int().min(0).max(3_600_000).default(5_000),
  /** Attempts per delivery before it is FAILED (default 8). */
  PAYMENTS_WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(8),
  /** First retry delay in ms; attempt n waits base · 2^(n-1), at most 6 h (default 30 s). */
  PAYMENTS_WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).max(3_600_000).default(30_000),
  /** Timeout of one delivery attempt in ms (default 10 s). */
  PAYMENTS_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** Length of a tenant plan's billing period, in days (default 30). */
  BILLING_PERIOD_DAYS: z.coerce.number().int().min(1).max(366).default(30),
  /** Days a tenant keeps working after a failed renewal before it turns read-only (default 7). */
  BILLING_GRACE_DAYS: z.coerce.number().int().min(0).max(60).default(7),
  /** How often renewals fall due and grace periods end, in ms; 0 turns the sweep off (default 60 s). */
  BILLING_SWEEP_MS: z.coerce.number().int().min(0).max(3_600_000).default(60_000),
});
export type PaymentsConfig = z.infer<typeof paymentsEnvSchema>;

/** Parses the payments settings from `env`, listing every problem at once (ConfigError). */
export function loadPaymentsConfig(base: SubgraphConfig, env: Record<string, string | undefined>): PaymentsConfig {
  return { ...parseConfig(paymentsEnvSchema, env), ...base };
}
