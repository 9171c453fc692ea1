import {
  AppError,
  ErrorCode,
  PerStart,
  badInput,
  fieldError,
  idempotent,
  isUuid,
  lockRow,
  lockRows,
  newId,
  notFound,
  paginate,
  recordEvent,
  requireViewer,
  type Connection,
  type Em,
  type PageArgs,
  type UserError,
  type Viewer,
  hasRole,
} from '../../../kit';
import { createHash } from 'node:crypto';
import type { PaymentsDeps } from './context';
import {
  Charge,
  PaymentIntent,
  Refund,
  WebhookDelivery,
  WebhookEndpoint,
  type PaymentIntentRow,
  type PaymentStatus,
  type RefundRow,
  type WebhookDeliveryRow,
  type WebhookEndpointRow,
} from './entities';
import type { CreatePaymentIntentInput, CreateWebhookEndpointInput, PaymentIntentFilter, PaymentIntentStatus } from './generated/resolvers';
import { createProcessor, parsePaymentMethod, type ChargeOutcome, type Processor } from './processor';
import { newWebhookSecret } from './signing';

/** Domain events, in the outbox (kit `recordEvent`); payloads in docs/API/payments.md. */
export const EVENTS = {
  succeeded: 'payments.payment_intent.succeeded',
  failed: 'payments.payment_intent.payment_failed',
  canceled: 'payments.payment_intent.canceled',
  refunded: 'payments.refund.succeeded',
  payoutFailed: 'payments.payout.failed',
} as const;

/** Stripe's names for the same events, as outbound webhooks carry them. */
const WEBHOOK_TYPES: Record<string, string> = {
  [EVENTS.succeeded]: 'payment_intent.succeeded',
  [EVENTS.failed]: 'payment_intent.payment_failed',
  [EVENTS.canceled]: 'payment_intent.canceled',
  [EVENTS.refunded]: 'refund.succeeded',
};

/** The ISO 4217 codes this runtime knows. */
const CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));
const CANCELLATION_REASONS = new Set(['requested_by_customer', 'abandoned', 'duplicate', 'fraudulent']);
const REFUND_REASONS = new Set(['requested_by_customer', 'duplicate', 'fraudulent']);
const MAX_REFERENCE = 200;
const MAX_DESCRIPTION = 500;
const MAX_ENDPOINTS_PER_USER = 20;
/** Any control character (C0, DEL, C1). */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

export interface PaymentIntentResult {
  paymentIntent: PaymentIntentRow | null;
  errors: UserError[];
}
export interface RefundResult {
  refund: RefundRow | null;
  paymentIntent: PaymentIntentRow | null;
  errors: UserError[];
}
/** What an idempotent operation stores: ids and user errors, replayed as the current rows. */
interface Stored {
  paymentIntentId: string | null;
  refundId?: string | null;
  errors: UserError[];
}

const processors = new PerStart(createProcessor, (p: Processor) => p.close());

function canSee(viewer: Viewer, row: { ownerId: string }): boolean {
  return row.ownerId === viewer.userId || hasRole(viewer, 'admin');
}

function stateError(pi: PaymentIntentRow, action: string, allowed: readonly PaymentStatus[]): UserError {
  return {
    field: 'id',
    code: ErrorCode.INVALID_STATE,
    message: `Cannot ${action} a PaymentIntent that is ${pi.status.toUpperCase()}; it must be ${allowed.map((s) => s.toUpperCase()).join(' or ')}.`,
  };
}

/** The event payload every PaymentIntent event carries (documented in docs/API/payments.md). */
function intentPayload(pi: PaymentIntentRow): Record<string, unknown> {
  return {
    paymentIntentId: pi.id,
    ownerId: pi.ownerId,
    reference: pi.reference,
    amount: pi.amount,
    currency: pi.currency,
    status: pi.status,
    captureMethod: pi.captureMethod,
    amountReceived: pi.amountReceived,
    amountRefunded: pi.amountRefunded,
    recipientIds: [pi.ownerId],
  };
}

/** A PaymentIntent as Stripe's JSON would show it (webhook bodies). */
function stripeShape(pi: PaymentIntentRow): Record<string, unknown> {
  return {
    id: pi.id,
    object: 'payment_intent',
    amount: pi.amount,
    amount_capturable: pi.amountCapturable,
    amount_received: pi.amountReceived,
    amount_refunded: pi.amountRefunded,
    currency: pi.currency.toLowerCase(),
    status: pi.status,
    capture_method: pi.captureMethod,
    metadata: { reference: pi.reference },
    last_payment_error: pi.lastErrorCode
      ? { code: pi.lastErrorCode, decline_code: pi.lastDeclineCode, message: pi.lastErrorMessage }
      : null,
    cancellation_reason: pi.cancellationReason,
    created: Math.floor(pi.createdAt.getTime() / 1000),
  };
}

export class PaymentsService {
  processor(deps: PaymentsDeps): Processor {
    return processors.get(deps);
  }

  closeProcessor(config: PaymentsDeps['config']): Promise<void> {
    return processors.close(config);
  }

  // ---------------------------------------------------------------------------------------------
  // Reads

  /** A PaymentIntent the viewer may see, or null. */
  async visible(deps: PaymentsDeps, id: string): Promise<PaymentIntentRow | null> {
    const viewer = requireViewer(deps.viewer);
    if (!isUuid(id)) return null;
    const pi = await deps.loaders.paymentIntentById.load(id);
    return pi && canSee(viewer, pi) ? pi : null;
  }

  async list(deps: PaymentsDeps, args: PageArgs, filter: PaymentIntentFilter | null | undefined): Promise<Connection<PaymentIntentRow>> {
    const viewer = requireViewer(deps.viewer);
    const where: Record<string, unknown> = {};
    if (filter?.ownerId != null) {
      if (!isUuid(filter.ownerId)) throw badInput('filter.ownerId must be a user id.', 'filter.ownerId');
      if (filter.ownerId !== viewer.userId && !hasRole(viewer, 'admin'))
        throw badInput('filter.ownerId: only admins see other users’ payments.', 'filter.ownerId');
      where.ownerId = filter.ownerId;
    } else if (!hasRole(viewer, 'admin')) {
      where.ownerId = viewer.userId;
    }
    if (filter?.status) where.status = filter.status.toLowerCase();
    if (filter?.reference != null) where.reference = this.checkReference(filter.reference, 'filter.reference');
    return paginate(deps.em, PaymentIntent, where, args, { createdAt: 'desc', id: 'desc' });
  }

  async byReference(deps: PaymentsDeps, reference: string, args: PageArgs): Promise<Connection<PaymentIntentRow>> {
    return this.list(deps, args, { reference: this.checkReference(reference, 'reference') });
  }

  refunds(deps: PaymentsDeps, pi: PaymentIntentRow, args: PageArgs): Promise<Connection<RefundRow>> {
    return deps.loaders.refundsByPaymentIntent.load(pi.id, args, { createdAt: 'desc', id: 'desc' });
  }

  private checkReference(reference: string, field: string): string {
    const value = reference.trim();
    if (!value || value.length > MAX_REFERENCE || CONTROL.test(value)) {
      throw badInput(`${field} must be 1 to ${MAX_REFERENCE} characters without control characters.`, field);
    }
    return value;
  }

  // ---------------------------------------------------------------------------------------------
  // Money-moving mutations

  private async replay(deps: PaymentsDeps, stored: Stored): Promise<PaymentIntentResult> {
    const paymentIntent = stored.paymentIntentId
      ? await deps.em.findOne(PaymentIntent, { id: stored.paymentIntentId }, { refresh: true })
      : null;
    return { paymentIntent, errors: stored.errors };
  }

  /** Runs `run` once per idempotency key (kit `idempotent`), then reads the PaymentIntent it names. */
  private async once(
    deps: PaymentsDeps,
    key: string | null | undefined,
    operation: string,
    params: unknown,
    run: () => Promise<Stored>,
  ): Promise<Stored> {
    const viewer = requireViewer(deps.viewer);
    return idempotent({ em: deps.em, clock: deps.clock, key, userId: viewer.userId, operation, params, run });
  }

  async create(deps: PaymentsDeps, input: CreatePaymentIntentInput, key: string | null | undefined): Promise<PaymentIntentResult> {
    const viewer = requireViewer(deps.viewer);
    const errors: UserError[] = [];
    const max = deps.config.PAYMENTS_MAX_AMOUNT;
    if (!Number.isInteger(input.amount) || input.amount <= 0)
      errors.push(fieldError('input.amount', 'amount must be a whole number of minor units greater than zero.'));
    else if (input.amount > max) errors.push(fieldError('input.amount', `amount must be at most ${max} minor units.`));
    const currency = input.currency.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(currency) || !CURRENCIES.has(currency))
      errors.push(fieldError('input.currency', 'currency must be an ISO 4217 code such as EUR or USD.'));
    let reference: string | null = null;
    if (input.reference != null) {
      try {
        reference = this.checkReference(input.reference, 'input.reference');
      } catch (error) {
        errors.push(fieldError('input.reference', (error as Error).message));
      }
    }
    const description = input.description?.trim() || null;
    if (description && (description.length > MAX_DESCRIPTION || CONTROL.test(description))) {
      errors.push(fieldError('input.description', `description must be at most ${MAX_DESCRIPTION} characters without control characters.`));
    }
    let method: { display: string; token: string } | null = null;
    if (input.paymentMethod != null) {
      try {
        method = parsePaymentMethod(input.paymentMethod, 'input.paymentMethod', this.processor(deps).name);
      } catch (error) {
        errors.push(fieldError('input.paymentMethod', (error as Error).message));
      }
    }
    if (input.confirm && input.paymentMethod == null)
      errors.push(fieldError('input.paymentMethod', 'confirm: true needs a paymentMethod.'));
    if (errors.length) return { paymentIntent: null, errors };
    const captureMethod = input.captureMethod === 'MANUAL' ? 'manual' : 'automatic';
    const params = { ...input, currency, reference, description, captureMethod };
    const stored = await this.once(deps, key, 'createPaymentIntent', params, async () => {
      const em = deps.em.fork();
      const pi = em.create(PaymentIntent, {
        ownerId: viewer.userId,
        amount: input.amount,
        currency,
        status: method ? 'requires_confirmation' : 'requires_payment_method',
        captureMethod,
        reference,
        description,
        paymentMethod: method?.display ?? null,
        paymentMethodToken: method?.token ?? null,
        amountCapturable: 0,
        amountReceived: 0,
        amountRefunded: 0,
        lastErrorCode: null,
        lastDeclineCode: null,
        lastErrorMessage: null,
        nextActionType: null,
        processor: this.processor(deps).name,
        providerId: null,
        cancellationReason: null,
      });
      await em.flush();
      if (!input.confirm) return { paymentIntentId: pi.id, errors: [] };
      return this.runConfirm(deps, pi.id, null);
    });
    return this.replay(deps, stored);
  }

  async confirm(
    deps: PaymentsDeps,
    id: string,
    paymentMethod: string | null | undefined,
    key: string | null | undefined,
  ): Promise<PaymentIntentResult> {
    const method = paymentMethod == null ? null : parsePaymentMethod(paymentMethod, 'paymentMethod', this.processor(deps).name);
    const pi = await this.mine(deps, id);
    const stored = await this.once(deps, key, 'confirmPaymentIntent', { id: pi.id, method: method?.token ?? null }, () =>
      this.runConfirm(deps, pi.id, method),
    );
    return this.replay(deps, stored);
  }

  /** The PaymentIntent `id` if the viewer may act on it; NOT_FOUND otherwise (someone else's is not there). */
  private async mine(deps: PaymentsDeps, id: string): Promise<PaymentIntentRow> {
    const pi = await this.visible(deps, id);
    if (!pi) throw notFound('PaymentIntent', isUuid(id) ? id : undefined);
    return pi;
  }

  /**
   * Moves the PaymentIntent from one of `from` to `processing` with one conditional update: only one
   * request wins, however many run at once. Returns the row as it was, or null when another state held.
   */
  private async claim(em: Em, id: string, from: readonly PaymentStatus[], set: Partial<PaymentIntentRow> = {}): Promise<boolean> {
    const changed = await em.nativeUpdate(
      PaymentIntent,
      { id, status: { $in: [...from] } },
      { ...set, status: 'processing', updatedAt: new Date() },
    );
    return changed === 1;
  }

  private async runConfirm(deps: PaymentsDeps, id: string, method: { display: string; token: string } | null): Promise<Stored> {
    const em = deps.em.fork();
    const from: PaymentStatus[] = method ? ['requires_payment_method', 'requires_confirmation'] : ['requires_confirmation'];
    const set = method ? { paymentMethod: method.display, paymentMethodToken: method.token } : {};
    if (!(await this.claim(em, id, from, set))) {
      const current = await em.findOneOrFail(PaymentIntent, { id });
      return { paymentIntentId: id, errors: [stateError(current, 'confirm', method ? from : ['requires_confirmation'])] };
    }
    const pi = await em.findOneOrFail(PaymentIntent, { id }, { refresh: true });
    const rollback = { status: 'requires_confirmation' as const };
    let outcome: ChargeOutcome;
    try {
      outcome = await this.processor(deps).confirm(pi, pi.paymentMethodToken!);
    } catch (error) {
      await em.nativeUpdate(PaymentIntent, { id, status: 'processing' }, rollback);
      throw error;
    }
    return this.settle(deps, id, outcome, true);
  }

  /**
   * Confirms a PaymentIntent with a card the customer saved earlier (`token` from a PaymentIntent that
   * succeeded): a tenant plan's renewal, charged by the billing sweep, not by a request.
   */
  async confirmSaved(deps: PaymentsDeps, id: string, token: string): Promise<UserError[]> {
    return (await this.runConfirm(deps, id, { display: 'saved card', token })).errors;
  }

  async confirm3ds(deps: PaymentsDeps, id: string, succeeded: boolean, key: string | null | undefined): Promise<PaymentIntentResult> {
    const pi = await this.mine(deps, id);
    const stored = await this.once(deps, key, 'confirm3ds', { id: pi.id, succeeded }, async () => {
      const em = deps.em.fork();
      if (!(await this.claim(em, id, ['requires_action']))) {
        const current = await em.findOneOrFail(PaymentIntent, { id });
        return { paymentIntentId: id, errors: [stateError(current, 'authenticate', ['requires_action'])] };
      }
      const row = await em.findOneOrFail(PaymentIntent, { id }, { refresh: true });
      let outcome: ChargeOutcome;
      try {
        outcome = await this.processor(deps).authenticate(row, succeeded);
      } catch (error) {
        await em.nativeUpdate(PaymentIntent, { id, status: 'processing' }, { status: 'requires_action' });
        throw error;
      }
      return this.settle(deps, id, outcome, true);
    });
    return this.replay(deps, stored);
  }

  /**
   * Writes a processor outcome onto a PaymentIntent held in `processing`: the new state, a Charge for
   * a final attempt, and the domain event (with its webhook deliveries), in one transaction.
   */
  async settle(deps: PaymentsDeps, id: string, outcome: ChargeOutcome, recordCharge: boolean): Promise<Stored> {
    const errors: UserError[] = [];
    await deps.em.fork().transactional(async (tx) => {
      const pi = await lockRow(tx, PaymentIntent, { id });
      if (!pi) throw notFound('PaymentIntent', id);
      if (outcome.providerId) pi.providerId = outcome.providerId;
      pi.nextActionType = null;
      switch (outcome.status) {
        case 'succeeded':
          pi.status = 'succeeded';
          pi.amountReceived = pi.amount;
          pi.amountCapturable = 0;
          pi.lastErrorCode = pi.lastDeclineCode = pi.lastErrorMessage = null;
          if (recordCharge) tx.create(Charge, { paymentIntentId: id, amount: pi.amount, outcome: 'succeeded', declineCode: null });
          await this.announce(tx, EVENTS.succeeded, pi);
          break;
        case 'requires_capture':
          pi.status = 'requires_capture';
          pi.amountCapturable = pi.amount;
          pi.lastErrorCode = pi.lastDeclineCode = pi.lastErrorMessage = null;
          if (recordCharge) tx.create(Charge, { paymentIntentId: id, amount: pi.amount, outcome: 'authorised', declineCode: null });
          break;
        case 'requires_action':
          pi.status = 'requires_action';
          pi.nextActionType = 'use_stripe_sdk';
          break;
        case 'processing':
          pi.status = 'processing';
          break;
        case 'declined':
          pi.status = 'requires_payment_method';
          pi.paymentMethod = null;
          pi.paymentMethodToken = null;
          pi.lastErrorCode = outcome.errorCode.slice(0, 60);
          pi.lastDeclineCode = outcome.declineCode?.slice(0, 60) ?? null;
          pi.lastErrorMessage = outcome.message.slice(0, 300);
          if (recordCharge)
            tx.create(Charge, { paymentIntentId: id, amount: pi.amount, outcome: 'failed', declineCode: pi.lastDeclineCode });
          await this.announce(tx, EVENTS.failed, pi);
          errors.push({ field: 'paymentMethod', code: ErrorCode.CARD_DECLINED, message: outcome.message });
          break;
      }
    });
    return { paymentIntentId: id, errors };
  }

  async capture(
    deps: PaymentsDeps,
    id: string,
    amount: number | null | undefined,
    key: string | null | undefined,
  ): Promise<PaymentIntentResult> {
    const pi = await this.mine(deps, id);
    if (amount != null && (!Number.isInteger(amount) || amount <= 0)) {
      return { paymentIntent: pi, errors: [fieldError('amount', 'amount must be a whole number of minor units greater than zero.')] };
    }
    const stored = await this.once(deps, key, 'capturePaymentIntent', { id: pi.id, amount: amount ?? null }, async () => {
      const em = deps.em.fork();
      const current = await em.findOneOrFail(PaymentIntent, { id: pi.id });
      if (current.status === 'requires_capture' && amount != null && amount > current.amountCapturable) {
        return {
          paymentIntentId: pi.id,
          errors: [fieldError('amount', `amount must be at most the capturable ${current.amountCapturable}.`)],
        };
      }
      if (!(await this.claim(em, pi.id, ['requires_capture']))) {
        return { paymentIntentId: pi.id, errors: [stateError(current, 'capture', ['requires_capture'])] };
      }
      const taken = amount ?? current.amountCapturable;
      try {
        await this.processor(deps).capture(current, taken);
      } catch (error) {
        await em.nativeUpdate(PaymentIntent, { id: pi.id, status: 'processing' }, { status: 'requires_capture' });
        throw error;
      }
      await deps.em.fork().transactional(async (tx) => {
        const row = (await lockRow(tx, PaymentIntent, { id: pi.id }))!;
        row.status = 'succeeded';
        row.amountReceived = taken;
        row.amountCapturable = 0;
        await this.announce(tx, EVENTS.succeeded, row);
      });
      return { paymentIntentId: pi.id, errors: [] };
    });
    return this.replay(deps, stored);
  }

  async cancel(
    deps: PaymentsDeps,
    id: string,
    reason: string | null | undefined,
    key: string | null | undefined,
  ): Promise<PaymentIntentResult> {
    const pi = await this.mine(deps, id);
    if (reason != null && !CANCELLATION_REASONS.has(reason)) {
      return { paymentIntent: pi, errors: [fieldError('reason', `reason must be one of ${[...CANCELLATION_REASONS].join(', ')}.`)] };
    }
    const from: PaymentStatus[] = ['requires_payment_method', 'requires_confirmation', 'requires_action', 'requires_capture'];
    const stored = await this.once(deps, key, 'cancelPaymentIntent', { id: pi.id, reason: reason ?? null }, async () => {
      const em = deps.em.fork();
      const current = await em.findOneOrFail(PaymentIntent, { id: pi.id });
      if (!from.includes(current.status as PaymentStatus) || !(await this.claim(em, pi.id, [current.status as PaymentStatus]))) {
        const now = await em.findOneOrFail(PaymentIntent, { id: pi.id }, { refresh: true });
        return { paymentIntentId: pi.id, errors: [stateError(now, 'cancel', from)] };
      }
      try {
        await this.processor(deps).cancel(current, reason ?? null);
      } catch (error) {
        await em.nativeUpdate(PaymentIntent, { id: pi.id, status: 'processing' }, { status: current.status });
        throw error;
      }
      await deps.em.fork().transactional(async (tx) => {
        const row = (await lockRow(tx, PaymentIntent, { id: pi.id }))!;
        row.status = 'canceled';
        row.amountCapturable = 0;
        row.nextActionType = null;
        row.cancellationReason = reason ?? null;
        await this.announce(tx, EVENTS.canceled, row);
      });
      return { paymentIntentId: pi.id, errors: [] };
    });
    return this.replay(deps, stored);
  }

  /**
   * Refunds `amount` (default: all that is left). The amount is reserved under the PaymentIntent's
   * row lock (so concurrent refunds never pass `amountReceived`), then sent to the processor, then
   * settled; a processor failure gives the reservation back.
   */
  async refund(
    deps: PaymentsDeps,
    id: string,
    amount: number | null | undefined,
    reason: string | null | undefined,
    key: string | null | undefined,
  ): Promise<RefundResult> {
    const pi = await this.mine(deps, id);
    if (amount != null && (!Number.isInteger(amount) || amount <= 0)) {
      return {
        refund: null,
        paymentIntent: pi,
        errors: [fieldError('amount', 'amount must be a whole number of minor units greater than zero.')],
      };
    }
    if (reason != null && !REFUND_REASONS.has(reason)) {
      return {
        refund: null,
        paymentIntent: pi,
        errors: [fieldError('reason', `reason must be one of ${[...REFUND_REASONS].join(', ')}.`)],
      };
    }
    const stored = await this.once(
      deps,
      key,
      'refundPaymentIntent',
      { id: pi.id, amount: amount ?? null, reason: reason ?? null },
      async () => {
        let refundId: string | null = null;
        let problem: UserError | null = null;
        await deps.em.fork().transactional(async (tx) => {
          const row = (await lockRow(tx, PaymentIntent, { id: pi.id }))!;
          if (row.status !== 'succeeded') {
            problem = stateError(row, 'refund', ['succeeded']);
            return;
          }
          const left = row.amountReceived - row.amountRefunded;
          const value = amount ?? left;
          if (left <= 0) {
            problem = { field: 'id', code: ErrorCode.INVALID_STATE, message: 'This PaymentIntent is fully refunded.' };
            return;
          }
          if (value > left) {
            problem = fieldError('amount', `amount must be at most the ${left} not yet refunded.`);
            return;
          }
          row.amountRefunded += value;
          const refund = tx.create(Refund, {
            id: newId(),
            paymentIntentId: row.id,
            ownerId: row.ownerId,
            amount: value,
            currency: row.currency,
            status: 'pending',
            reason: reason ?? null,
            providerId: null,
          });
          refundId = refund.id;
        });
        if (problem || !refundId) return { paymentIntentId: pi.id, refundId: null, errors: problem ? [problem] : [] };
        const made = refundId as string;
        const refund = await deps.em.fork().findOneOrFail(Refund, { id: made });
        try {
          const answer = await this.processor(deps).refund(pi, refund.amount, made);
          await deps.em.fork().transactional(async (tx) => {
            const row = (await lockRow(tx, PaymentIntent, { id: pi.id }))!;
            await tx.nativeUpdate(Refund, { id: made }, { status: 'succeeded', providerId: answer.providerId });
            recordEvent(tx, EVENTS.refunded, { ...intentPayload(row), refundId: made, refundAmount: refund.amount, reason: refund.reason });
            await this.enqueueWebhooks(tx, EVENTS.refunded, row, {
              refund: { id: made, object: 'refund', amount: refund.amount, status: 'succeeded' },
            });
          });
        } catch (error) {
          await deps.em.fork().transactional(async (tx) => {
            const row = (await lockRow(tx, PaymentIntent, { id: pi.id }))!;
            row.amountRefunded -= refund.amount;
            await tx.nativeUpdate(Refund, { id: made }, { status: 'failed' });
          });
          throw error;
        }
        return { paymentIntentId: pi.id, refundId: made, errors: [] };
      },
    );
    const { paymentIntent, errors } = await this.replay(deps, stored);
    const refund = stored.refundId ? await deps.em.findOne(Refund, { id: stored.refundId }, { refresh: true }) : null;
    return { refund, paymentIntent, errors };
  }

  // ---------------------------------------------------------------------------------------------
  // Events and webhooks

  // ---------------------------------------------------------------------------------------------
  // The checkout saga (src/saga.ts): called in an event consumer's transaction `tx`, never by a client.

  /**
   * The PaymentIntent of a placed commerce order: owned by the buyer (who confirms it with a card),
   * `reference` = the order id. One per order: an existing one is returned, and the consumer's
   * transaction marks the event processed with the insert, so a redelivery creates nothing.
   */
  async createForOrder(
    tx: Em,
    processor: string,
    order: { orderId: string; buyerId: string; amount: number; currency: string },
  ): Promise<PaymentIntentRow | null> {
    const existing = await tx.findOne(PaymentIntent, { reference: order.orderId, ownerId: order.buyerId });
    if (existing) return existing;
    const currency = order.currency.toUpperCase();
    if (!Number.isInteger(order.amount) || order.amount <= 0 || !CURRENCIES.has(currency)) return null;
    return tx.create(PaymentIntent, {
      ownerId: order.buyerId,
      amount: order.amount,
      currency,
      status: 'requires_payment_method',
      captureMethod: 'automatic',
      reference: order.orderId,
      description: `Order ${order.orderId}`,
      paymentMethod: null,
      paymentMethodToken: null,
      amountCapturable: 0,
      amountReceived: 0,
      amountRefunded: 0,
      lastErrorCode: null,
      lastDeclineCode: null,
      lastErrorMessage: null,
      nextActionType: null,
      processor,
      providerId: null,
      cancellationReason: null,
    });
  }

  /**
   * Refunds, in full, what was received for a cancelled order (`commerce.order.refund_needed`: the
   * payment succeeded after the order was cancelled). Runs in the consumer's transaction, which marks
   * the event processed: the PaymentIntent row is locked and only what is not yet refunded is
   * refunded, so a redelivered event (or a second one) refunds nothing more. The processor is called
   * with a key derived from the order (`order-<id>`), so a crash after the provider answered but before
   * the commit makes the retry's call return the same refund instead of a second one. Returns the
   * refunds made.
   *
   * `keep` (minor units, default 0) is what the merchant keeps in all: a cancellation fee, or a
   * changed booking's new price. It is an absolute amount, not a step, so a redelivery refunds
   * nothing more. The processor key also names what was refunded before, so two refunds of one
   * intent (a price drop, then a cancellation) are two refunds at the processor, not one.
   */
  async refundForOrder(tx: Em, deps: PaymentsDeps, order: { orderId: string; buyerId: string; keep?: number }): Promise<RefundRow[]> {
    const { orderId, buyerId } = order;
    const keep = order.keep ?? 0;
    if (!Number.isSafeInteger(keep) || keep < 0) return [];
    // The buyer's intents for the order (the saga made one; `reference` alone could be anyone's).
    const intents = await lockRows(
      tx,
      PaymentIntent,
      { reference: orderId, ownerId: buyerId, status: 'succeeded' },
      { orderBy: { id: 'asc' } },
    );
    return this.refundWhatIsLeft(tx, deps, intents, (row) => `order-${orderId}-${row.id}-${row.amountRefunded}`, keep);
  }

  /**
   * Refunds, in full, one PaymentIntent whose money the service it paid for could not take (banking:
   * a deposit into a closed or someone else's account, `banking.deposit.refused`). Only the owner's
   * succeeded intent with that reference is touched; idempotent like {@link refundForOrder} (locked
   * row, only what is left, a processor key derived from the intent).
   */
  async refundIntent(tx: Em, deps: PaymentsDeps, intent: { id: string; ownerId: string; reference: string }): Promise<RefundRow[]> {
    const rows = await lockRows(tx, PaymentIntent, {
      id: intent.id,
      ownerId: intent.ownerId,
      reference: intent.reference,
      status: 'succeeded',
    });
    return this.refundWhatIsLeft(tx, deps, rows, (row) => `returned-${row.id}`);
  }

  /**
   * Pays out a banking withdrawal (`banking.withdrawal.requested`, src/banking-saga.ts): refunds
   * `amount` of the deposit's PaymentIntent (the payer's, with the account's deposit reference,
   * succeeded), in the consumer's transaction. The refund's id is derived from the withdrawal, so a
   * replay (even after the processed-event mark was pruned) finds it and pays nothing twice; the
   * processor gets a key derived from it too. Succeeded: `payments.refund.succeeded` with the
   * `withdrawalId`, which posts banking's hold. Impossible (no such payment, not enough left to
   * refund): `payments.payout.failed`, which voids it. A processor error throws (the consumer retries).
   */
  async payoutWithdrawal(
    tx: Em,
    deps: PaymentsDeps,
    payout: { withdrawalId: string; paymentIntentId: string; payerId: string; accountId: string; amount: number; currency: string },
  ): Promise<RefundRow | null> {
    const failed = (reason: string) => {
      recordEvent(tx, EVENTS.payoutFailed, { ...payout, reason, recipientIds: isUuid(payout.payerId) ? [payout.payerId] : [] });
      return null;
    };
    // Checked before any query (the ORM inlines values): a malformed request is a failed payout.
    if (!isUuid(payout.paymentIntentId) || !isUuid(payout.payerId) || !/^[A-Z]{3}$/.test(payout.currency)) return failed('INVALID_REQUEST');
    const hash = createHash('sha256').update(`payout:${payout.withdrawalId}`).digest('hex');
    const refundId = `${hash.slice(0, 8)}-${hash.slice(8, 12)}-4${hash.slice(13, 16)}-8${hash.slice(17, 20)}-${hash.slice(20, 32)}`;
    if (await tx.findOne(Refund, { id: refundId })) return null;
    const [row] = await lockRows(tx, PaymentIntent, {
      id: payout.paymentIntentId,
      ownerId: payout.payerId,
      reference: `banking:deposit:${payout.accountId}`,
      status: 'succeeded',
    });
    if (!row) return failed('PAYMENT_INTENT_NOT_REFUNDABLE');
    if (row.currency !== payout.currency) return failed('CURRENCY_MISMATCH');
    if (!Number.isSafeInteger(payout.amount) || payout.amount <= 0) return failed('AMOUNT_INVALID');
    if (row.amountReceived - row.amountRefunded < payout.amount) return failed('EXCEEDS_REFUNDABLE_AMOUNT');
    const answer = await this.processor(deps).refund(row, payout.amount, refundId);
    row.amountRefunded += payout.amount;
    const refund = tx.create(Refund, {
      id: refundId,
      paymentIntentId: row.id,
      ownerId: row.ownerId,
      amount: payout.amount,
      currency: row.currency,
      status: 'succeeded',
      reason: 'requested_by_customer',
      providerId: answer.providerId,
    });
    await tx.flush();
    recordEvent(tx, EVENTS.refunded, {
      ...intentPayload(row),
      refundId,
      refundAmount: payout.amount,
      reason: refund.reason,
      withdrawalId: payout.withdrawalId,
    });
    await this.enqueueWebhooks(tx, EVENTS.refunded, row, {
      refund: { id: refundId, object: 'refund', amount: payout.amount, status: 'succeeded' },
    });
    return refund;
  }

  private async refundWhatIsLeft(
    tx: Em,
    deps: PaymentsDeps,
    intents: PaymentIntentRow[],
    key: (row: PaymentIntentRow) => string,
    keep = 0,
  ): Promise<RefundRow[]> {
    const made: RefundRow[] = [];
    let toKeep = keep;
    for (const row of intents) {
      const held = row.amountReceived - row.amountRefunded;
      const kept = Math.min(Math.max(held, 0), toKeep);
      toKeep -= kept;
      const left = held - kept;
      if (left <= 0) continue;
      const answer = await this.processor(deps).refund(row, left, key(row));
      row.amountRefunded += left;
      const refund = tx.create(Refund, {
        id: newId(),
        paymentIntentId: row.id,
        ownerId: row.ownerId,
        amount: left,
        currency: row.currency,
        status: 'succeeded',
        reason: null,
        providerId: answer.providerId,
      });
      await tx.flush();
      recordEvent(tx, EVENTS.refunded, {
        ...intentPayload(row),
        refundId: refund.id,
        refundAmount: left,
        reason: null,
        automatic: true,
      });
      await this.enqueueWebhooks(tx, EVENTS.refunded, row, {
        refund: { id: refund.id, object: 'refund', amount: left, status: 'succeeded' },
      });
      made.push(refund);
    }
    return made;
  }

  /**
   * Cancels the PaymentIntents of a cancelled order that never reached a processor (no payment
   * method confirmed yet): a conditional update each, and the `canceled` event. One being confirmed
   * at that moment is left alone: its outcome arrives as its own event.
   */
  async cancelForOrder(tx: Em, orderId: string): Promise<number> {
    const open: PaymentStatus[] = ['requires_payment_method', 'requires_confirmation'];
    const intents = await tx.find(PaymentIntent, { reference: orderId, status: { $in: open } });
    let canceled = 0;
    for (const pi of intents) {
      if (
        !(await tx.nativeUpdate(PaymentIntent, { id: pi.id, status: pi.status }, { status: 'canceled', cancellationReason: 'abandoned' }))
      )
        continue;
      const row = (await tx.findOne(PaymentIntent, { id: pi.id }, { refresh: true }))!;
      await this.announce(tx, EVENTS.canceled, row);
      canceled++;
    }
    return canceled;
  }

  /** Records the domain event for `pi` and queues a webhook delivery to every endpoint that wants it. */
  private async announce(tx: Em, type: string, pi: PaymentIntentRow): Promise<void> {
    recordEvent(tx, type, intentPayload(pi));
    await this.enqueueWebhooks(tx, type, pi, {});
  }

  private async enqueueWebhooks(tx: Em, type: string, pi: PaymentIntentRow, extra: Record<string, unknown>): Promise<void> {
    const endpoints = await tx.find(WebhookEndpoint, { enabled: true, $or: [{ ownerId: pi.ownerId }, { allUsers: true }] });
    if (!endpoints.length) return;
    const eventId = `evt_${newId().replace(/-/g, '')}`;
    const webhookType = WEBHOOK_TYPES[type]!;
    const body = JSON.stringify({
      id: eventId,
      object: 'event',
      type: webhookType,
      created: Math.floor(Date.now() / 1000),
      data: { object: extra.refund ?? stripeShape(pi), ...(extra.refund ? { payment_intent: stripeShape(pi) } : {}) },
    });
    for (const endpoint of endpoints) {
      tx.create(WebhookDelivery, {
        endpointId: endpoint.id,
        ownerId: endpoint.ownerId,
        eventId,
        eventType: webhookType,
        payload: body,
        status: 'pending',
        attempts: 0,
        lastStatusCode: null,
        lastError: null,
        nextAttemptAt: new Date(0),
        deliveredAt: null,
      });
    }
  }

  async createEndpoint(
    deps: PaymentsDeps,
    input: CreateWebhookEndpointInput,
  ): Promise<{ endpoint: WebhookEndpointRow | null; secret: string | null; errors: UserError[] }> {
    const viewer = requireViewer(deps.viewer);
    const url = input.url.trim();
    let parsed: URL | null = null;
    try {
      parsed = url.length <= 2000 ? new URL(url) : null;
    } catch {
      parsed = null;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.username || parsed.password) {
      return {
        endpoint: null,
        secret: null,
        errors: [fieldError('input.url', 'url must be an http(s) URL of at most 2,000 characters, without credentials.')],
      };
    }
    if (input.allUsers && !hasRole(viewer, 'admin')) {
      return {
        endpoint: null,
        secret: null,
        errors: [{ field: 'input.allUsers', code: ErrorCode.FORBIDDEN, message: 'Only admins receive every user’s events.' }],
      };
    }
    if ((await deps.em.count(WebhookEndpoint, { ownerId: viewer.userId })) >= MAX_ENDPOINTS_PER_USER) {
      return {
        endpoint: null,
        secret: null,
        errors: [fieldError('input.url', `A user may register at most ${MAX_ENDPOINTS_PER_USER} endpoints.`)],
      };
    }
    const secret = newWebhookSecret();
    const endpoint = deps.em.create(WebhookEndpoint, {
      ownerId: viewer.userId,
      url: parsed.toString(),
      secret,
      allUsers: input.allUsers ?? false,
      enabled: true,
    });
    await deps.em.flush();
    return { endpoint, secret, errors: [] };
  }

  async endpoint(deps: PaymentsDeps, id: string): Promise<WebhookEndpointRow | null> {
    const viewer = requireViewer(deps.viewer);
    if (!isUuid(id)) return null;
    const endpoint = await deps.loaders.endpointById.load(id);
    return endpoint && canSee(viewer, endpoint) ? endpoint : null;
  }

  endpoints(deps: PaymentsDeps, args: PageArgs): Promise<Connection<WebhookEndpointRow>> {
    const viewer = requireViewer(deps.viewer);
    return paginate(deps.em, WebhookEndpoint, hasRole(viewer, 'admin') ? {} : { ownerId: viewer.userId }, args, {
      createdAt: 'desc',
      id: 'desc',
    });
  }

  deliveries(deps: PaymentsDeps, endpoint: WebhookEndpointRow, args: PageArgs): Promise<Connection<WebhookDeliveryRow>> {
    return deps.loaders.deliveriesByEndpoint.load(endpoint.id, args, { createdAt: 'desc', id: 'desc' });
  }

  async deleteEndpoint(deps: PaymentsDeps, id: string): Promise<{ deletedId: string | null; errors: UserError[] }> {
    const endpoint = await this.endpoint(deps, id);
    if (!endpoint) return { deletedId: null, errors: [{ field: 'id', code: ErrorCode.NOT_FOUND, message: 'No such webhook endpoint.' }] };
    await deps.em.transactional(async (tx) => {
      await tx.nativeDelete(WebhookDelivery, { endpointId: endpoint.id, status: 'pending' });
      await tx.nativeDelete(WebhookEndpoint, { id: endpoint.id });
    });
    return { deletedId: endpoint.id, errors: [] };
  }

  async replayDelivery(deps: PaymentsDeps, id: string): Promise<{ delivery: WebhookDeliveryRow | null; errors: UserError[] }> {
    const viewer = requireViewer(deps.viewer);
    const original = isUuid(id) ? await deps.em.findOne(WebhookDelivery, { id }) : null;
    if (!original || !canSee(viewer, original))
      return { delivery: null, errors: [{ field: 'id', code: ErrorCode.NOT_FOUND, message: 'No such delivery.' }] };
    const endpoint = await deps.em.findOne(WebhookEndpoint, { id: original.endpointId });
    if (!endpoint) return { delivery: null, errors: [{ field: 'id', code: ErrorCode.NOT_FOUND, message: 'Its endpoint was removed.' }] };
    const delivery = deps.em.create(WebhookDelivery, {
      endpointId: original.endpointId,
      ownerId: original.ownerId,
      eventId: original.eventId,
      eventType: original.eventType,
      payload: original.payload,
      status: 'pending',
      attempts: 0,
      lastStatusCode: null,
      lastError: null,
      nextAttemptAt: deps.clock.now(),
      deliveredAt: null,
    });
    await deps.em.flush();
    return { delivery, errors: [] };
  }

  /** Status values as the SDL spells them. */
  static statusOf(pi: PaymentIntentRow): PaymentIntentStatus {
    return pi.status.toUpperCase() as PaymentIntentStatus;
  }

  /** Throws unless `error` is an AppError (re-exported for the web routes). */
  static isCoded(error: unknown): error is AppError {
    return error instanceof AppError;
  }
}
