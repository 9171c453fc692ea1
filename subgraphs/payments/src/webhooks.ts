/**
 * Webhooks both ways. Outbound: a sweep sends due deliveries, signed with their endpoint's secret,
 * retrying with exponential backoff; each delivery is claimed by a conditional update (its attempt
 * count), so replicas sweeping at once send it once per attempt. Inbound: `POST /webhooks/stripe`
 * verifies Stripe's signature within the tolerance window and processes each event id once.
 */
import {
  BodyTooLarge,
  PerStart,
  createProviderClient,
  isUniqueViolation,
  lockRow,
  readBody,
  sendJson,
  type HttpRoute,
  type Logger,
  type ProviderClient,
} from '../../../kit';
import type { PaymentsConfig } from './config';
import type { PaymentsDeps } from './context';
import { PaymentIntent, ProviderEvent, WebhookDelivery, WebhookEndpoint, type PaymentStatus } from './entities';
import type { PaymentsService } from './service';
import { SIGNATURE_HEADER, signPayload, signatureProblem } from './signing';

const senders = new PerStart(
  (config: PaymentsConfig, log: Logger) =>
    createProviderClient({
      name: 'payments-webhooks',
      log,
      timeoutMs: config.PAYMENTS_WEBHOOK_TIMEOUT_MS,
      retries: 0,
      // Endpoints are many and independent: one failing receiver must not stop the others.
      breaker: { minimumCalls: Number.MAX_SAFE_INTEGER },
      maxResponseBytes: 64 * 1024,
    }),
  (client: ProviderClient) => client.close(),
);

/** Closes the webhook sender of a started subgraph. */
export function closeSender(config: PaymentsConfig): Promise<void> {
  return senders.close(config);
}

/** The longest a retry waits. */
const MAX_BACKOFF_MS = 6 * 3600_000;
const BATCH = 50;

/** Sends every due delivery once; returns how many were attempted. */
export async function deliverDue(deps: PaymentsDeps): Promise<number> {
  const now = deps.clock.now();
  const config = deps.config;
  const due = await deps.em
    .fork()
    .find(WebhookDelivery, { status: 'pending', nextAttemptAt: { $lte: now } }, { orderBy: { nextAttemptAt: 'asc' }, limit: BATCH });
  let sent = 0;
  for (const delivery of due) {
    const em = deps.em.fork();
    const attempt = delivery.attempts + 1;
    // The lease: while this attempt runs, the row is not due for anyone else.
    const lease = new Date(now.getTime() + config.PAYMENTS_WEBHOOK_TIMEOUT_MS + 60_000);
    const claimed = await em.nativeUpdate(
      WebhookDelivery,
      { id: delivery.id, status: 'pending', attempts: delivery.attempts },
      { attempts: attempt, nextAttemptAt: lease },
    );
    if (claimed !== 1) continue;
    sent++;
    const endpoint = await em.findOne(WebhookEndpoint, { id: delivery.endpointId });
    if (!endpoint || !endpoint.enabled) {
      await em.nativeUpdate(
        WebhookDelivery,
        { id: delivery.id },
        { status: 'failed', lastError: 'endpoint removed or disabled', nextAttemptAt: null },
      );
      continue;
    }
    let status: number | null = null;
    let problem: string | null = null;
    try {
      const answer = await senders.get(deps).request('POST', endpoint.url, {
        body: delivery.payload,
        headers: {
          'content-type': 'application/json',
          [SIGNATURE_HEADER]: signPayload(delivery.payload, endpoint.secret, deps.clock.now()),
          'user-agent': 'Hubgraph-Payments-Webhooks/1.0',
        },
        text: true,
        accept: () => true,
      });
      status = answer.status;
      if (status < 200 || status >= 300) problem = `HTTP ${status}`;
    } catch (error) {
      problem = (error as { extensions?: { reason?: string } }).extensions?.reason ?? 'unreachable';
    }
    const at = deps.clock.now();
    if (!problem) {
      await em.nativeUpdate(
        WebhookDelivery,
        { id: delivery.id },
        { status: 'succeeded', lastStatusCode: status, lastError: null, deliveredAt: at, nextAttemptAt: null },
      );
    } else if (attempt >= config.PAYMENTS_WEBHOOK_MAX_ATTEMPTS) {
      await em.nativeUpdate(
        WebhookDelivery,
        { id: delivery.id },
        { status: 'failed', lastStatusCode: status, lastError: problem, nextAttemptAt: null },
      );
    } else {
      const wait = Math.min(MAX_BACKOFF_MS, config.PAYMENTS_WEBHOOK_RETRY_BASE_MS * 2 ** (attempt - 1));
      await em.nativeUpdate(
        WebhookDelivery,
        { id: delivery.id },
        { lastStatusCode: status, lastError: problem, nextAttemptAt: new Date(at.getTime() + wait) },
      );
    }
  }
  return sent;
}

/** The states a provider event may move a PaymentIntent from. */
const OPEN: PaymentStatus[] = ['requires_payment_method', 'requires_confirmation', 'requires_action', 'processing', 'requires_capture'];

interface StripeEvent {
  id: string;
  type: string;
  data: {
    object: {
      id?: unknown;
      amount_received?: unknown;
      last_payment_error?: { code?: unknown; decline_code?: unknown; message?: unknown } | null;
      metadata?: { hubgraph_id?: unknown };
    };
  };
}

function asEvent(value: unknown): StripeEvent | null {
  const v = value as StripeEvent;
  if (!v || typeof v !== 'object' || typeof v.id !== 'string' || typeof v.type !== 'string') return null;
  if (v.id.length > 120 || v.type.length > 80 || !v.data || typeof v.data.object !== 'object' || v.data.object === null) return null;
  return v;
}

/**
 * Applies one verified provider event, once: the event id is inserted first (unique), in the same
 * transaction as the change. Returns 'duplicate' for an event already processed.
 */
export async function handleProviderEvent(
  deps: PaymentsDeps,
  service: PaymentsService,
  event: StripeEvent,
): Promise<'processed' | 'duplicate' | 'ignored'> {
  const object = event.data.object;
  const providerId = typeof object.id === 'string' ? object.id : null;
  try {
    let result: 'processed' | 'ignored' = 'ignored';
    let settle: { id: string; kind: 'succeeded' | 'declined' } | null = null;
    await deps.em.fork().transactional(async (tx) => {
      tx.create(ProviderEvent, { eventId: event.id, type: event.type });
      await tx.flush();
      if (!providerId) return;
      const found = await tx.findOne(PaymentIntent, { providerId });
      if (!found) return;
      const pi = await lockRow(tx, PaymentIntent, { id: found.id });
      if (!pi || !OPEN.includes(pi.status as PaymentStatus)) return;
      if (event.type === 'payment_intent.succeeded') {
        pi.status = 'processing';
        settle = { id: pi.id, kind: 'succeeded' };
      } else if (event.type === 'payment_intent.payment_failed') {
        pi.status = 'processing';
        settle = { id: pi.id, kind: 'declined' };
      } else if (event.type === 'payment_intent.canceled') {
        // Canceled at the provider (e.g. an authorisation that expired).
        pi.status = 'canceled';
        pi.amountCapturable = 0;
        pi.nextActionType = null;
        pi.cancellationReason = 'abandoned';
        result = 'processed';
      }
    });
    const todo = settle as { id: string; kind: 'succeeded' | 'declined' } | null;
    if (todo) {
      const last = object.last_payment_error;
      await service.settle(
        deps,
        todo.id,
        todo.kind === 'succeeded'
          ? { status: 'succeeded', providerId }
          : {
              status: 'declined',
              providerId,
              errorCode: typeof last?.code === 'string' ? last.code : 'card_declined',
              declineCode: typeof last?.decline_code === 'string' ? last.decline_code : null,
              message: typeof last?.message === 'string' ? last.message : 'The payment failed.',
            },
        true,
      );
      result = 'processed';
    }
    return result;
  } catch (error) {
    if (isUniqueViolation(error)) return 'duplicate';
    throw error;
  }
}

/** `POST /webhooks/stripe` (a public path on the router's host). */
export function webhookRoutes(service: PaymentsService, serviceDeps: () => PaymentsDeps, config: PaymentsConfig, log: Logger): HttpRoute[] {
  return [
    {
      method: 'POST',
      path: '/webhooks/stripe',
      handler: async (req, res) => {
        const secret = config.STRIPE_WEBHOOK_SECRET;
        if (!secret) return sendJson(res, 503, { error: 'Stripe webhooks are not configured (STRIPE_WEBHOOK_SECRET).' });
        let body: string;
        try {
          body = await readBody(req, 256 * 1024);
        } catch (error) {
          if (error instanceof BodyTooLarge) return sendJson(res, 413, { error: 'Body too large.' });
          throw error;
        }
        const deps = serviceDeps();
        const header = req.headers[SIGNATURE_HEADER];
        const problem = signatureProblem(
          body,
          Array.isArray(header) ? header[0] : header,
          secret,
          deps.clock.now(),
          config.PAYMENTS_WEBHOOK_TOLERANCE_SECONDS,
        );
        if (problem) {
          log.warn({ problem }, 'inbound stripe webhook refused');
          return sendJson(res, 400, { error: `Signature ${problem}.` });
        }
        let event: StripeEvent | null = null;
        try {
          event = asEvent(JSON.parse(body));
        } catch {
          event = null;
        }
        if (!event) return sendJson(res, 400, { error: 'Not a Stripe event.' });
        const outcome = await handleProviderEvent(deps, service, event);
        sendJson(res, 200, { received: true, outcome });
      },
    },
  ];
}
