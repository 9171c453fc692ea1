/**
 * Where PaymentIntents are charged: the built-in test processor (Stripe's test cards, no network) or
 * Stripe itself through the `stripe` package when STRIPE_SECRET_KEY is set. The service moves its
 * own state machine and calls the processor only while it holds the PaymentIntent in `processing`
 * (a conditional update), so one request at a time talks to the processor about one PaymentIntent.
 */
import type Stripe from 'stripe';
import { AppError, ErrorCode, OutboundError, badInput, newId, type Logger } from '../../../kit';
import type { PaymentsConfig } from './config';
import type { PaymentIntentRow } from './entities';

/** What a confirmation (or a finished 3-D Secure step) came to. */
export type ChargeOutcome =
  | { status: 'succeeded' | 'requires_capture' | 'requires_action' | 'processing'; providerId: string | null }
  | { status: 'declined'; providerId: string | null; errorCode: string; declineCode: string | null; message: string };

export interface Processor {
  readonly name: 'test' | 'stripe';
  confirm(pi: PaymentIntentRow, token: string): Promise<ChargeOutcome>;
  authenticate(pi: PaymentIntentRow, succeeded: boolean): Promise<ChargeOutcome>;
  capture(pi: PaymentIntentRow, amount: number): Promise<void>;
  cancel(pi: PaymentIntentRow, reason: string | null): Promise<void>;
  refund(pi: PaymentIntentRow, amount: number, refundId: string): Promise<{ providerId: string | null }>;
  close(): Promise<void>;
}

/** Stripe's test PaymentMethods, and the card numbers that stand for them. */
const TEST_CARDS: Record<string, string> = {
  '4242424242424242': 'pm_card_visa',
  '4000000000000002': 'pm_card_chargeDeclined',
  '4000000000009995': 'pm_card_chargeDeclinedInsufficientFunds',
  '4000002500003155': 'pm_card_authenticationRequired',
};
const TEST_TOKENS = new Set(Object.values(TEST_CARDS));

/** A payment method as given (`paymentMethod` argument): its display form and what the processor needs. */
export interface PaymentMethodRef {
  display: string;
  token: string;
}

/**
 * Reads a payment method: one of Stripe's test card numbers (spaces allowed) or a PaymentMethod id
 * (`pm_…`). Throws BAD_USER_INPUT on `field` otherwise. The card number is never stored.
 */
export function parsePaymentMethod(text: string, field: string, processor: Processor['name']): PaymentMethodRef {
  const compact = text.replace(/[ -]/g, '');
  if (/^\d{12,19}$/.test(compact)) {
    const token = TEST_CARDS[compact];
    if (!token)
      throw badInput(
        `${field} must be one of the test card numbers (e.g. 4242424242424242); real card numbers are never accepted here.`,
        field,
      );
    return { display: `card ending ${compact.slice(-4)}`, token };
  }
  if (/^pm_[A-Za-z0-9_]{1,100}$/.test(text)) {
    if (processor === 'test' && !TEST_TOKENS.has(text))
      throw badInput(`${field}: the test processor knows ${[...TEST_TOKENS].join(', ')}.`, field);
    return { display: text, token: text };
  }
  throw badInput(`${field} must be a test card number or a PaymentMethod id (pm_…).`, field);
}

/** The built-in processor: Stripe's test cards, decided locally. */
export class TestProcessor implements Processor {
  readonly name = 'test' as const;

  async confirm(pi: PaymentIntentRow, token: string): Promise<ChargeOutcome> {
    switch (token) {
      case 'pm_card_chargeDeclined':
        return {
          status: 'declined',
          providerId: null,
          errorCode: 'card_declined',
          declineCode: 'generic_decline',
          message: 'Your card was declined.',
        };
      case 'pm_card_chargeDeclinedInsufficientFunds':
        return {
          status: 'declined',
          providerId: null,
          errorCode: 'card_declined',
          declineCode: 'insufficient_funds',
          message: 'Your card has insufficient funds.',
        };
      case 'pm_card_authenticationRequired':
        return { status: 'requires_action', providerId: null };
      default:
        return { status: pi.captureMethod === 'manual' ? 'requires_capture' : 'succeeded', providerId: null };
    }
  }

  async authenticate(pi: PaymentIntentRow, succeeded: boolean): Promise<ChargeOutcome> {
    if (succeeded) return { status: pi.captureMethod === 'manual' ? 'requires_capture' : 'succeeded', providerId: null };
    return {
      status: 'declined',
      providerId: null,
      errorCode: 'authentication_failed',
      declineCode: null,
      message: 'The customer did not complete 3-D Secure authentication.',
    };
  }

  async capture(): Promise<void> {}
  async cancel(): Promise<void> {}
  async refund(): Promise<{ providerId: string | null }> {
    return { providerId: null };
  }
  async close(): Promise<void> {}
}

/** The Stripe client, made on first use: the package is ~220 modules, and only a process with STRIPE_SECRET_KEY loads it. */
async function stripeClient(config: PaymentsConfig): Promise<Stripe> {
  // The package's CommonJS build is what loads here; TypeScript would type a dynamic import with its ESM typings.
  const { default: StripeClient } = (await import('stripe')) as unknown as { default: typeof Stripe };
  return new StripeClient(config.STRIPE_SECRET_KEY!, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
    ...(config.STRIPE_API_HOST ? { host: config.STRIPE_API_HOST } : {}),
    ...(config.STRIPE_API_PORT ? { port: config.STRIPE_API_PORT } : {}),
    ...(config.STRIPE_API_PROTOCOL ? { protocol: config.STRIPE_API_PROTOCOL } : {}),
  });
}

/** Stripe, through the official client; its errors become the kit's coded errors (declines are outcomes). */
export class StripeProcessor implements Processor {
  readonly name = 'stripe' as const;
  private client?: Promise<Stripe>;

  constructor(
    private readonly config: PaymentsConfig,
    private readonly log: Logger,
  ) {}

  private stripe(): Promise<Stripe> {
    return (this.client ??= stripeClient(this.config));
  }

  private failure(error: unknown, what: string): AppError {
    const e = error as { type?: string; statusCode?: number; message?: string };
    this.log.warn({ provider: 'stripe', what, type: e.type, status: e.statusCode, err: e.message }, 'stripe call failed');
    if (e.type === 'StripeRateLimitError') return new OutboundError('stripe', 'rate_limited', 429, 1);
    if (e.type === 'StripeConnectionError') return new OutboundError('stripe', 'unreachable');
    if (e.type === 'StripeInvalidRequestError' || e.type === 'StripeAuthenticationError' || e.type === 'StripePermissionError') {
      return new OutboundError('stripe', 'rejected', e.statusCode);
    }
    return new OutboundError('stripe', 'server_error', e.statusCode);
  }

  private outcomeOf(pi: Stripe.PaymentIntent): ChargeOutcome {
    switch (pi.status) {
      case 'succeeded':
      case 'requires_capture':
      case 'requires_action':
      case 'processing':
        return { status: pi.status as 'succeeded' | 'requires_capture' | 'requires_action' | 'processing', providerId: pi.id };
      case 'requires_payment_method': {
        const last = pi.last_payment_error;
        return {
          status: 'declined',
          providerId: pi.id,
          errorCode: last?.code ?? 'card_declined',
          declineCode: last?.decline_code ?? null,
          message: last?.message ?? 'The payment failed.',
        };
      }
      default:
        throw new OutboundError('stripe', 'invalid_answer');
    }
  }

  private declined(error: unknown): ChargeOutcome | null {
    const e = error as { type?: string; code?: string; decline_code?: string; message?: string; payment_intent?: { id?: string } };
    if (e.type !== 'StripeCardError') return null;
    return {
      status: 'declined',
      providerId: e.payment_intent?.id ?? null,
      errorCode: e.code ?? 'card_declined',
      declineCode: e.decline_code ?? null,
      message: e.message ?? 'Your card was declined.',
    };
  }

  async confirm(pi: PaymentIntentRow, token: string): Promise<ChargeOutcome> {
    try {
      const answer = pi.providerId
        ? await (
            await this.stripe()
          ).paymentIntents.confirm(pi.providerId, { payment_method: token }, { idempotencyKey: `${pi.id}-confirm-${newId()}` })
        : await (
            await this.stripe()
          ).paymentIntents.create(
            {
              amount: pi.amount,
              currency: pi.currency.toLowerCase(),
              capture_method: pi.captureMethod === 'manual' ? 'manual' : 'automatic',
              payment_method: token,
              confirm: true,
              metadata: { hubgraph_id: pi.id, ...(pi.reference ? { reference: pi.reference } : {}) },
            },
            { idempotencyKey: `${pi.id}-create` },
          );
      return this.outcomeOf(answer);
    } catch (error) {
      const declined = this.declined(error);
      if (declined) return declined;
      throw this.failure(error, 'confirm');
    }
  }

  async authenticate(pi: PaymentIntentRow): Promise<ChargeOutcome> {
    if (!pi.providerId) throw new AppError(ErrorCode.INVALID_STATE, 'This PaymentIntent was never sent to Stripe.');
    try {
      return this.outcomeOf(await (await this.stripe()).paymentIntents.retrieve(pi.providerId));
    } catch (error) {
      throw this.failure(error, 'retrieve');
    }
  }

  async capture(pi: PaymentIntentRow, amount: number): Promise<void> {
    try {
      await (
        await this.stripe()
      ).paymentIntents.capture(pi.providerId!, { amount_to_capture: amount }, { idempotencyKey: `${pi.id}-capture` });
    } catch (error) {
      throw this.failure(error, 'capture');
    }
  }

  async cancel(pi: PaymentIntentRow, reason: string | null): Promise<void> {
    if (!pi.providerId) return;
    try {
      await (
        await this.stripe()
      ).paymentIntents.cancel(
        pi.providerId,
        reason ? { cancellation_reason: reason as Stripe.PaymentIntentCancelParams.CancellationReason } : {},
        { idempotencyKey: `${pi.id}-cancel` },
      );
    } catch (error) {
      throw this.failure(error, 'cancel');
    }
  }

  async refund(pi: PaymentIntentRow, amount: number, refundId: string): Promise<{ providerId: string | null }> {
    try {
      const refund = await (
        await this.stripe()
      ).refunds.create({ payment_intent: pi.providerId!, amount }, { idempotencyKey: `${refundId}-refund` });
      return { providerId: refund.id };
    } catch (error) {
      throw this.failure(error, 'refund');
    }
  }

  async close(): Promise<void> {}
}

/** The processor of a started subgraph: Stripe when STRIPE_SECRET_KEY is set, else the test processor. */
export function createProcessor(config: PaymentsConfig, log: Logger): Processor {
  return config.STRIPE_SECRET_KEY ? new StripeProcessor(config, log) : new TestProcessor();
}
