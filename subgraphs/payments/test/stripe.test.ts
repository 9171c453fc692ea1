import { createHmac } from 'node:crypto';
import { OutboxEvent } from '../../../kit';
import { FakeProvider, type FakeAnswer, type FakeRequest } from '../../../test/helpers/fake-provider';
import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { Charge, PaymentIntent } from '../src/entities';
import { CAPTURE, CONFIRM, REFUND, createIntent, paymentsOrm } from './helpers';

const WEBHOOK_SECRET = 'whsec_stripe_test';

/** A PaymentIntent as Stripe's API answers it. */
function intent(id: string, form: URLSearchParams, status: string, extra: Record<string, unknown> = {}) {
  const amount = Number(form.get('amount') ?? 1000);
  return {
    id,
    object: 'payment_intent',
    amount,
    amount_capturable: status === 'requires_capture' ? amount : 0,
    amount_received: status === 'succeeded' ? amount : 0,
    currency: form.get('currency') ?? 'eur',
    capture_method: form.get('capture_method') ?? 'automatic',
    status,
    livemode: false,
    metadata: { hubgraph_id: form.get('metadata[hubgraph_id]') },
    last_payment_error: null,
    next_action: status === 'requires_action' ? { type: 'use_stripe_sdk' } : null,
    ...extra,
  };
}

/** The subset of Stripe's API the subgraph calls, with Stripe's JSON shapes (errors included). */
function stripeApi(req: FakeRequest): FakeAnswer {
  const form = new URLSearchParams(req.body);
  const path = req.url.split('?')[0]!;
  if (req.headers.authorization !== 'Bearer sk_test_hubgraph') {
    return { status: 401, body: { error: { type: 'invalid_request_error', message: 'Invalid API Key provided.' } } };
  }
  if (req.method === 'POST' && path === '/v1/payment_intents') {
    const id = `pi_${String(form.get('metadata[hubgraph_id]')).replace(/-/g, '')}`;
    switch (form.get('payment_method')) {
      case 'pm_card_visa':
        return { status: 200, body: intent(id, form, form.get('capture_method') === 'manual' ? 'requires_capture' : 'succeeded') };
      case 'pm_card_async':
        return { status: 200, body: intent(id, form, 'processing') };
      case 'pm_card_chargeDeclined':
        return {
          status: 402,
          body: {
            error: {
              type: 'card_error',
              code: 'card_declined',
              decline_code: 'generic_decline',
              message: 'Your card was declined.',
              payment_intent: intent(id, form, 'requires_payment_method'),
            },
          },
        };
      default:
        return {
          status: 400,
          body: {
            error: { type: 'invalid_request_error', code: 'resource_missing', param: 'payment_method', message: 'No such PaymentMethod' },
          },
        };
    }
  }
  const capture = /^\/v1\/payment_intents\/(pi_\w+)\/capture$/.exec(path);
  if (req.method === 'POST' && capture)
    return { status: 200, body: intent(capture[1]!, new URLSearchParams({ amount: form.get('amount_to_capture') ?? '0' }), 'succeeded') };
  if (req.method === 'POST' && path === '/v1/refunds') {
    return {
      status: 200,
      body: {
        id: `re_${req.at}`,
        object: 'refund',
        amount: Number(form.get('amount')),
        payment_intent: form.get('payment_intent'),
        status: 'succeeded',
      },
    };
  }
  return { status: 404, body: { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${req.method}: ${path})` } } };
}

describe('payments: the Stripe provider', () => {
  let stack: TestStack;
  let stripe: FakeProvider;
  let ada: TestUser;

  beforeAll(async () => {
    stripe = await FakeProvider.start();
    stripe.otherwise(stripeApi);
    stack = await startTestStack({
      only: ['identity', 'payments'],
      env: {
        STRIPE_SECRET_KEY: 'sk_test_hubgraph',
        STRIPE_API_HOST: '127.0.0.1',
        STRIPE_API_PORT: String(stripe.port),
        STRIPE_API_PROTOCOL: 'http',
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        PAYMENTS_WEBHOOK_SWEEP_MS: '0',
      },
    });
    ada = await signUpUser(stack.url, 'ada');
  });
  afterAll(() => stripe.stop());

  it('creates and confirms at Stripe with an idempotency key, and refunds there', async () => {
    const { paymentIntent, errors } = await createIntent(stack.url, ada, {
      amount: 1500,
      paymentMethod: '4242424242424242',
      confirm: true,
      reference: 'order-s1',
    });
    expect(errors).toEqual([]);
    expect(paymentIntent).toMatchObject({
      status: 'SUCCEEDED',
      amountReceived: 1500,
      processor: 'stripe',
      paymentMethod: 'card ending 4242',
    });
    const [sent] = stripe.received('POST /v1/payment_intents');
    const form = new URLSearchParams(sent!.body);
    expect(
      Object.fromEntries(
        ['amount', 'currency', 'capture_method', 'payment_method', 'confirm', 'metadata[reference]'].map((k) => [k, form.get(k)]),
      ),
    ).toEqual({
      amount: '1500',
      currency: 'eur',
      capture_method: 'automatic',
      payment_method: 'pm_card_visa',
      confirm: 'true',
      'metadata[reference]': 'order-s1',
    });
    expect(sent!.headers['idempotency-key']).toBe(`${paymentIntent.id}-create`);
    const row = await paymentsOrm(stack).em.fork().findOneOrFail(PaymentIntent, { id: paymentIntent.id });
    expect(row.providerId).toBe(`pi_${paymentIntent.id.replace(/-/g, '')}`);
    const refund = await gql(stack.url, REFUND, { id: paymentIntent.id, amount: 400 }, { token: ada.token });
    expect(refund.body.data.refundPaymentIntent).toMatchObject({
      refund: { amount: 400, status: 'SUCCEEDED' },
      paymentIntent: { amountRefunded: 400 },
    });
    const refundForm = new URLSearchParams(stripe.received('POST /v1/refunds')[0]!.body);
    expect([refundForm.get('payment_intent'), refundForm.get('amount')]).toEqual([row.providerId, '400']);
  });

  it('maps a Stripe card_error to a decline, and captures part of a manual PaymentIntent', async () => {
    const declined = await createIntent(stack.url, ada, { paymentMethod: 'pm_card_chargeDeclined', confirm: true });
    expect(declined.errors).toEqual([
      expect.objectContaining({ field: 'paymentMethod', code: 'CARD_DECLINED', message: 'Your card was declined.' }),
    ]);
    expect(declined.paymentIntent).toMatchObject({
      status: 'REQUIRES_PAYMENT_METHOD',
      lastPaymentError: { code: 'card_declined', declineCode: 'generic_decline' },
    });
    const held = await createIntent(stack.url, ada, {
      amount: 1000,
      captureMethod: 'MANUAL',
      paymentMethod: 'pm_card_visa',
      confirm: true,
    });
    expect(held.paymentIntent).toMatchObject({ status: 'REQUIRES_CAPTURE', amountCapturable: 1000 });
    const captured = await gql(stack.url, CAPTURE, { id: held.paymentIntent.id, amount: 700 }, { token: ada.token });
    expect(captured.body.data.capturePaymentIntent.paymentIntent).toMatchObject({ status: 'SUCCEEDED', amountReceived: 700 });
    const captureCall = stripe.received().find((r) => r.url.endsWith('/capture'))!;
    expect(new URLSearchParams(captureCall.body).get('amount_to_capture')).toBe('700');
  });

  it('turns a Stripe refusal into SERVICE_UNAVAILABLE and leaves the PaymentIntent confirmable', async () => {
    const { paymentIntent } = await createIntent(stack.url, ada, { paymentMethod: 'pm_card_missing' });
    expect(paymentIntent.status).toBe('REQUIRES_CONFIRMATION');
    const failed = await gql(stack.url, CONFIRM, { id: paymentIntent.id }, { token: ada.token });
    expect(errorCodes(failed)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(failed.body.errors![0]!.extensions).toMatchObject({ provider: 'stripe', reason: 'rejected' });
    const row = await paymentsOrm(stack).em.fork().findOneOrFail(PaymentIntent, { id: paymentIntent.id });
    expect(row.status).toBe('requires_confirmation');
    expect(await paymentsOrm(stack).em.fork().count(Charge, { paymentIntentId: paymentIntent.id })).toBe(0);
  });

  it('settles a processing PaymentIntent from a signed Stripe webhook, once', async () => {
    const { paymentIntent } = await createIntent(stack.url, ada, { amount: 900, paymentMethod: 'pm_card_async', confirm: true });
    expect(paymentIntent.status).toBe('PROCESSING');
    const providerId = `pi_${paymentIntent.id.replace(/-/g, '')}`;
    const body = JSON.stringify({
      id: 'evt_settle_1',
      object: 'event',
      type: 'payment_intent.succeeded',
      data: { object: { id: providerId, object: 'payment_intent', status: 'succeeded' } },
    });
    const t = Math.floor(Date.now() / 1000);
    const post = (signature: string) =>
      fetch(`${stack.url.replace(/\/graphql$/, '')}/webhooks/stripe`, { method: 'POST', headers: { 'stripe-signature': signature }, body });
    const forged = await post(`t=${t},v1=${createHmac('sha256', 'whsec_other').update(`${t}.${body}`).digest('hex')}`);
    expect(forged.status).toBe(400);
    expect((await paymentsOrm(stack).em.fork().findOneOrFail(PaymentIntent, { id: paymentIntent.id })).status).toBe('processing');
    const signature = `t=${t},v1=${createHmac('sha256', WEBHOOK_SECRET).update(`${t}.${body}`).digest('hex')}`;
    expect(await (await post(signature)).json()).toEqual({ received: true, outcome: 'processed' });
    expect(await (await post(signature)).json()).toEqual({ received: true, outcome: 'duplicate' });
    const row = await paymentsOrm(stack).em.fork().findOneOrFail(PaymentIntent, { id: paymentIntent.id });
    expect([row.status, row.amountReceived]).toEqual(['succeeded', 900]);
    const events = (await paymentsOrm(stack).em.fork().find(OutboxEvent, { type: 'payments.payment_intent.succeeded' })).filter(
      (e) => e.payload.paymentIntentId === paymentIntent.id,
    );
    expect(events).toHaveLength(1);
  });
});
