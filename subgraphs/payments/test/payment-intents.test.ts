import { OutboxEvent } from '../../../kit';
import { TestClock } from '../../../test/helpers/clock';
import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { Charge, PaymentIntent, Refund } from '../src/entities';
import { CANCEL, CAPTURE, CONFIRM, CONFIRM_3DS, CREATE, GET, REFUND, createIntent, paymentsOrm, signUpAdmin } from './helpers';

describe('payments: PaymentIntents', () => {
  let stack: TestStack;
  let ada: TestUser;
  let bob: TestUser;
  const clock = new TestClock();

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'payments'],
      clock,
      env: { PAYMENTS_WEBHOOK_SWEEP_MS: '0', PAYMENTS_MAX_AMOUNT: '5000000' },
    });
    ada = await signUpUser(stack.url, 'ada');
    bob = await signUpUser(stack.url, 'bob');
  });

  const events = async (paymentIntentId: string) =>
    (
      await paymentsOrm(stack)
        .em.fork()
        .find(OutboxEvent, {}, { orderBy: { createdAt: 'asc' } })
    )
      .filter((e) => e.payload.paymentIntentId === paymentIntentId)
      .map((e) => e.type);

  it('charges a 4242 card at once and records payments.payment_intent.succeeded', async () => {
    const { paymentIntent, errors } = await createIntent(stack.url, ada, {
      amount: 1999,
      currency: 'eur',
      paymentMethod: '4242 4242 4242 4242',
      confirm: true,
      reference: 'order-1',
    });
    expect(errors).toEqual([]);
    expect(paymentIntent).toMatchObject({
      amount: 1999,
      currency: 'EUR',
      status: 'SUCCEEDED',
      captureMethod: 'AUTOMATIC',
      reference: 'order-1',
      paymentMethod: 'card ending 4242',
      amountReceived: 1999,
      amountRefunded: 0,
      lastPaymentError: null,
      processor: 'test',
      owner: { id: ada.id },
    });
    expect(await events(paymentIntent.id)).toEqual(['payments.payment_intent.succeeded']);
    const stored = await paymentsOrm(stack).em.fork().find(OutboxEvent, { type: 'payments.payment_intent.succeeded' });
    expect(stored.find((e) => e.payload.paymentIntentId === paymentIntent.id)!.payload).toMatchObject({
      ownerId: ada.id,
      reference: 'order-1',
      amount: 1999,
      currency: 'EUR',
      status: 'succeeded',
      amountReceived: 1999,
      recipientIds: [ada.id],
    });
  });

  it('walks requires_payment_method → requires_confirmation → succeeded, refusing illegal steps', async () => {
    const { paymentIntent } = await createIntent(stack.url, ada, {});
    expect(paymentIntent.status).toBe('REQUIRES_PAYMENT_METHOD');
    const early = await gql(stack.url, CONFIRM, { id: paymentIntent.id }, { token: ada.token });
    expect(early.body.data.confirmPaymentIntent.errors).toEqual([expect.objectContaining({ field: 'id', code: 'INVALID_STATE' })]);
    expect(early.body.data.confirmPaymentIntent.paymentIntent.status).toBe('REQUIRES_PAYMENT_METHOD');
    const capture = await gql(stack.url, CAPTURE, { id: paymentIntent.id }, { token: ada.token });
    expect(capture.body.data.capturePaymentIntent.errors[0]).toMatchObject({ code: 'INVALID_STATE' });
    expect(capture.body.data.capturePaymentIntent.errors[0].message).toContain('REQUIRES_CAPTURE');
    const refund = await gql(stack.url, REFUND, { id: paymentIntent.id }, { token: ada.token });
    expect(refund.body.data.refundPaymentIntent).toMatchObject({ refund: null, errors: [{ code: 'INVALID_STATE' }] });
    const done = await gql(stack.url, CONFIRM, { id: paymentIntent.id, pm: 'pm_card_visa' }, { token: ada.token });
    expect(done.body.data.confirmPaymentIntent).toMatchObject({ paymentIntent: { status: 'SUCCEEDED', amountReceived: 1000 }, errors: [] });
    const cancel = await gql(stack.url, CANCEL, { id: paymentIntent.id }, { token: ada.token });
    expect(cancel.body.data.cancelPaymentIntent.errors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
    const again = await gql(stack.url, CONFIRM, { id: paymentIntent.id, pm: 'pm_card_visa' }, { token: ada.token });
    expect(again.body.data.confirmPaymentIntent.errors[0].code).toBe('INVALID_STATE');
    expect(await paymentsOrm(stack).em.fork().count(Charge, { paymentIntentId: paymentIntent.id })).toBe(1);
  });

  it('declines 4000000000000002 and 4000000000009995 with their codes, then accepts another card', async () => {
    const generic = await createIntent(stack.url, ada, { paymentMethod: '4000000000000002', confirm: true });
    expect(generic.errors).toEqual([{ field: 'paymentMethod', code: 'CARD_DECLINED', message: 'Your card was declined.' }]);
    expect(generic.paymentIntent).toMatchObject({
      status: 'REQUIRES_PAYMENT_METHOD',
      paymentMethod: null,
      amountReceived: 0,
      lastPaymentError: { code: 'card_declined', declineCode: 'generic_decline' },
    });
    expect(await events(generic.paymentIntent.id)).toEqual(['payments.payment_intent.payment_failed']);
    const poor = await createIntent(stack.url, ada, { paymentMethod: '4000000000009995', confirm: true });
    expect(poor.paymentIntent.lastPaymentError).toMatchObject({ code: 'card_declined', declineCode: 'insufficient_funds' });
    const retry = await gql(stack.url, CONFIRM, { id: poor.paymentIntent.id, pm: '4242424242424242' }, { token: ada.token });
    expect(retry.body.data.confirmPaymentIntent.paymentIntent).toMatchObject({ status: 'SUCCEEDED', lastPaymentError: null });
    expect(await paymentsOrm(stack).em.fork().count(Charge, { paymentIntentId: poor.paymentIntent.id })).toBe(2);
  });

  it('asks for 3-D Secure with 4000002500003155 and goes on after confirm3ds', async () => {
    const { paymentIntent } = await createIntent(stack.url, ada, { paymentMethod: '4000002500003155', confirm: true });
    expect(paymentIntent).toMatchObject({ status: 'REQUIRES_ACTION', nextAction: { type: 'use_stripe_sdk' }, amountReceived: 0 });
    const passed = await gql(stack.url, CONFIRM_3DS, { id: paymentIntent.id, ok: true }, { token: ada.token });
    expect(passed.body.data.confirm3ds.paymentIntent).toMatchObject({ status: 'SUCCEEDED', nextAction: null, amountReceived: 1000 });
    const twice = await gql(stack.url, CONFIRM_3DS, { id: paymentIntent.id, ok: true }, { token: ada.token });
    expect(twice.body.data.confirm3ds.errors[0].code).toBe('INVALID_STATE');

    const failing = await createIntent(stack.url, ada, {
      paymentMethod: 'pm_card_authenticationRequired',
      confirm: true,
      captureMethod: 'MANUAL',
    });
    const failed = await gql(stack.url, CONFIRM_3DS, { id: failing.paymentIntent.id, ok: false }, { token: ada.token });
    expect(failed.body.data.confirm3ds).toMatchObject({
      paymentIntent: { status: 'REQUIRES_PAYMENT_METHOD', lastPaymentError: { code: 'authentication_failed' } },
      errors: [{ code: 'CARD_DECLINED' }],
    });
  });

  it('authorises with MANUAL capture, captures part and releases the rest', async () => {
    const { paymentIntent } = await createIntent(stack.url, ada, {
      amount: 1000,
      captureMethod: 'MANUAL',
      paymentMethod: '4242424242424242',
      confirm: true,
    });
    expect(paymentIntent).toMatchObject({ status: 'REQUIRES_CAPTURE', amountCapturable: 1000, amountReceived: 0 });
    expect(await events(paymentIntent.id)).toEqual([]);
    const over = await gql(stack.url, CAPTURE, { id: paymentIntent.id, amount: 1001 }, { token: ada.token });
    expect(over.body.data.capturePaymentIntent.errors).toEqual([expect.objectContaining({ field: 'amount', code: 'BAD_USER_INPUT' })]);
    const byBob = await gql(stack.url, CAPTURE, { id: paymentIntent.id }, { token: bob.token });
    expect(errorCodes(byBob)).toEqual(['NOT_FOUND']);
    const part = await gql(stack.url, CAPTURE, { id: paymentIntent.id, amount: 600 }, { token: ada.token });
    expect(part.body.data.capturePaymentIntent).toMatchObject({
      paymentIntent: { status: 'SUCCEEDED', amountReceived: 600, amountCapturable: 0 },
      errors: [],
    });
    const refundAll = await gql(stack.url, REFUND, { id: paymentIntent.id, amount: 601 }, { token: ada.token });
    expect(refundAll.body.data.refundPaymentIntent.errors).toEqual([expect.objectContaining({ field: 'amount', code: 'BAD_USER_INPUT' })]);
    expect(await events(paymentIntent.id)).toEqual(['payments.payment_intent.succeeded']);
  });

  it('cancels what has not succeeded, and releases an authorisation', async () => {
    const open = await createIntent(stack.url, ada, {});
    const bad = await gql(stack.url, CANCEL, { id: open.paymentIntent.id, reason: 'bored' }, { token: ada.token });
    expect(bad.body.data.cancelPaymentIntent.errors).toEqual([expect.objectContaining({ field: 'reason', code: 'BAD_USER_INPUT' })]);
    const canceled = await gql(stack.url, CANCEL, { id: open.paymentIntent.id, reason: 'abandoned' }, { token: ada.token });
    expect(canceled.body.data.cancelPaymentIntent.paymentIntent).toMatchObject({ status: 'CANCELED', cancellationReason: 'abandoned' });
    expect(await events(open.paymentIntent.id)).toEqual(['payments.payment_intent.canceled']);
    const confirm = await gql(stack.url, CONFIRM, { id: open.paymentIntent.id, pm: '4242424242424242' }, { token: ada.token });
    expect(confirm.body.data.confirmPaymentIntent.errors[0].code).toBe('INVALID_STATE');
    const held = await createIntent(stack.url, ada, { captureMethod: 'MANUAL', paymentMethod: '4242424242424242', confirm: true });
    const released = await gql(stack.url, CANCEL, { id: held.paymentIntent.id }, { token: ada.token });
    expect(released.body.data.cancelPaymentIntent.paymentIntent).toMatchObject({
      status: 'CANCELED',
      amountCapturable: 0,
      amountReceived: 0,
    });
  });

  it('refunds in parts, never more than was captured, and records payments.refund.succeeded', async () => {
    const { paymentIntent } = await createIntent(stack.url, ada, { amount: 1000, paymentMethod: '4242424242424242', confirm: true });
    const first = await gql(
      stack.url,
      REFUND,
      { id: paymentIntent.id, amount: 300, reason: 'requested_by_customer' },
      { token: ada.token },
    );
    expect(first.body.data.refundPaymentIntent).toMatchObject({
      refund: {
        amount: 300,
        currency: 'EUR',
        status: 'SUCCEEDED',
        reason: 'requested_by_customer',
        paymentIntent: { id: paymentIntent.id },
      },
      paymentIntent: { amountRefunded: 300 },
      errors: [],
    });
    const tooMuch = await gql(stack.url, REFUND, { id: paymentIntent.id, amount: 701 }, { token: ada.token });
    expect(tooMuch.body.data.refundPaymentIntent.errors).toEqual([expect.objectContaining({ field: 'amount', code: 'BAD_USER_INPUT' })]);
    const rest = await gql(stack.url, REFUND, { id: paymentIntent.id }, { token: ada.token });
    expect(rest.body.data.refundPaymentIntent).toMatchObject({ refund: { amount: 700 }, paymentIntent: { amountRefunded: 1000 } });
    const none = await gql(stack.url, REFUND, { id: paymentIntent.id, amount: 1 }, { token: ada.token });
    expect(none.body.data.refundPaymentIntent.errors[0].code).toBe('INVALID_STATE');
    for (const amount of [0, -5]) {
      const bad = await gql(stack.url, REFUND, { id: paymentIntent.id, amount }, { token: ada.token });
      expect(bad.body.data.refundPaymentIntent.errors).toEqual([expect.objectContaining({ field: 'amount', code: 'BAD_USER_INPUT' })]);
    }
    const refunded = (await paymentsOrm(stack).em.fork().find(OutboxEvent, { type: 'payments.refund.succeeded' })).filter(
      (e) => e.payload.paymentIntentId === paymentIntent.id,
    );
    expect(refunded.map((e) => [e.payload.refundAmount, e.payload.amount, e.payload.amountRefunded])).toEqual(
      expect.arrayContaining([
        [300, 1000, 300],
        [700, 1000, 1000],
      ]),
    );
    const read = await gql(stack.url, GET, { id: paymentIntent.id }, { token: ada.token });
    expect(read.body.data.paymentIntent.refunds.totalCount).toBe(2);
    expect(await events(paymentIntent.id)).toEqual([
      'payments.payment_intent.succeeded',
      'payments.refund.succeeded',
      'payments.refund.succeeded',
    ]);
  });

  it('refuses bad input with the field named and writes nothing', async () => {
    const before = await paymentsOrm(stack).em.fork().count(PaymentIntent, {});
    const cases: [Record<string, unknown>, string][] = [
      [{ amount: 0 }, 'input.amount'],
      [{ amount: -100 }, 'input.amount'],
      [{ amount: 5_000_001 }, 'input.amount'],
      [{ currency: 'XYZ' }, 'input.currency'],
      [{ currency: 'euro' }, 'input.currency'],
      [{ reference: 'x'.repeat(201) }, 'input.reference'],
      [{ paymentMethod: '4111111111111111', confirm: true }, 'input.paymentMethod'],
      [{ paymentMethod: 'pm_card_unknown' }, 'input.paymentMethod'],
      [{ confirm: true }, 'input.paymentMethod'],
    ];
    for (const [input, field] of cases) {
      const payload = await createIntent(stack.url, ada, input);
      expect(payload).toEqual({ paymentIntent: null, errors: [expect.objectContaining({ field, code: 'BAD_USER_INPUT' })] });
    }
    const fraction = await gql(stack.url, CREATE, { input: { amount: 10.5, currency: 'EUR' } }, { token: ada.token });
    expect(errorCodes(fraction)).toEqual(['BAD_USER_INPUT']);
    const badKey = await gql(stack.url, CREATE, { input: { amount: 10, currency: 'EUR' }, key: 'has space' }, { token: ada.token });
    expect(badKey.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'idempotencyKey' });
    expect(await paymentsOrm(stack).em.fork().count(PaymentIntent, {})).toBe(before);
  });

  it('shows and lets act only the owner; admins see everyone; anonymous callers are refused', async () => {
    const { paymentIntent } = await createIntent(stack.url, bob, { reference: 'bob-order' });
    expect((await gql(stack.url, GET, { id: paymentIntent.id }, { token: ada.token })).body.data.paymentIntent).toBeNull();
    expect(errorCodes(await gql(stack.url, CONFIRM, { id: paymentIntent.id, pm: '4242424242424242' }, { token: ada.token }))).toEqual([
      'NOT_FOUND',
    ]);
    expect(errorCodes(await gql(stack.url, REFUND, { id: paymentIntent.id }, { token: ada.token }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(stack.url, GET, { id: paymentIntent.id }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql(stack.url, CREATE, { input: { amount: 1, currency: 'EUR' } }))).toEqual(['UNAUTHENTICATED']);
    const byRef = '{ paymentIntentsByReference(reference: "bob-order") { totalCount edges { node { id } } } }';
    expect((await gql(stack.url, byRef, {}, { token: ada.token })).body.data.paymentIntentsByReference.totalCount).toBe(0);
    expect((await gql(stack.url, byRef, {}, { token: bob.token })).body.data.paymentIntentsByReference.edges).toEqual([
      { node: { id: paymentIntent.id } },
    ]);
    const admin = await signUpAdmin(stack, 'payments-admin');
    expect((await gql(stack.url, GET, { id: paymentIntent.id }, { token: admin.token })).body.data.paymentIntent.id).toBe(paymentIntent.id);
    expect((await gql(stack.url, byRef, {}, { token: admin.token })).body.data.paymentIntentsByReference.totalCount).toBe(1);
    const all = await gql(stack.url, '{ paymentIntents(first: 100) { totalCount } }', {}, { token: admin.token });
    expect(all.body.data.paymentIntents.totalCount).toBe(await paymentsOrm(stack).em.fork().count(PaymentIntent, {}));
    const onlyBob = await gql(
      stack.url,
      'query($o: ID) { paymentIntents(filter: { ownerId: $o }) { totalCount } }',
      { o: bob.id },
      { token: admin.token },
    );
    expect(onlyBob.body.data.paymentIntents.totalCount).toBe(await paymentsOrm(stack).em.fork().count(PaymentIntent, { ownerId: bob.id }));
    const snoop = await gql(
      stack.url,
      'query($o: ID) { paymentIntents(filter: { ownerId: $o }) { totalCount } }',
      { o: bob.id },
      { token: ada.token },
    );
    expect(errorCodes(snoop)).toEqual(['BAD_USER_INPUT']);
  });

  it('pages a user’s PaymentIntents newest first, with filters and checked cursors', async () => {
    const carol = await signUpUser(stack.url, 'carol');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await createIntent(stack.url, carol, { amount: 100 + i, reference: i % 2 ? 'odd' : 'even' })).paymentIntent.id);
    const LIST =
      'query($after: String, $filter: PaymentIntentFilter) { paymentIntents(first: 2, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }';
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await gql(stack.url, LIST, { after }, { token: carol.token })).body.data.paymentIntents;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e: any) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([...ids].reverse());
    const odd = await gql(stack.url, LIST, { filter: { reference: 'odd', status: 'REQUIRES_PAYMENT_METHOD' } }, { token: carol.token });
    expect(odd.body.data.paymentIntents.totalCount).toBe(2);
    expect(errorCodes(await gql(stack.url, LIST, { after: 'not-a-cursor' }, { token: carol.token }))).toEqual(['BAD_USER_INPUT']);
  });

  describe('idempotency keys', () => {
    it('replays the first answer for 24 h and refuses the key with other parameters', async () => {
      const key = `order-42-${Date.now()}`;
      const first = await createIntent(stack.url, ada, { amount: 4200, paymentMethod: '4242424242424242', confirm: true }, key);
      const second = await createIntent(stack.url, ada, { amount: 4200, paymentMethod: '4242424242424242', confirm: true }, key);
      expect(second.paymentIntent.id).toBe(first.paymentIntent.id);
      expect(await paymentsOrm(stack).em.fork().count(Charge, { paymentIntentId: first.paymentIntent.id })).toBe(1);
      const reused = await gql(stack.url, CREATE, { input: { amount: 4300, currency: 'EUR' }, key }, { token: ada.token });
      expect(reused.body.errors?.[0]?.extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'idempotencyKey' });
      const otherOperation = await gql(stack.url, CANCEL, { id: first.paymentIntent.id, key }, { token: ada.token });
      expect(errorCodes(otherOperation)).toEqual(['IDEMPOTENCY_KEY_REUSED']);
      // Keys are per user: bob's same key is his own.
      const bobs = await createIntent(stack.url, bob, { amount: 4200, paymentMethod: '4242424242424242', confirm: true }, key);
      expect(bobs.paymentIntent.id).not.toBe(first.paymentIntent.id);
      clock.advance(24 * 3600_000 + 1000);
      const later = await createIntent(stack.url, ada, { amount: 4200, paymentMethod: '4242424242424242', confirm: true }, key);
      expect(later.paymentIntent.id).not.toBe(first.paymentIntent.id);
    });

    it('replays a decline, errors included, without charging again', async () => {
      const key = `declined-${Date.now()}`;
      const first = await createIntent(stack.url, ada, { paymentMethod: '4000000000000002', confirm: true }, key);
      const again = await createIntent(stack.url, ada, { paymentMethod: '4000000000000002', confirm: true }, key);
      expect(again.errors).toEqual(first.errors);
      expect(again.paymentIntent.id).toBe(first.paymentIntent.id);
      expect(await paymentsOrm(stack).em.fork().count(Charge, { paymentIntentId: first.paymentIntent.id })).toBe(1);
    });

    it('runs 50 concurrent requests with one key once: one PaymentIntent, one charge', async () => {
      const key = `burst-${Date.now()}`;
      const reference = `burst-${Date.now()}`;
      const answers = await Promise.all(
        Array.from({ length: 50 }, () =>
          gql(
            stack.url,
            CREATE,
            { input: { amount: 777, currency: 'USD', reference, paymentMethod: '4242424242424242', confirm: true }, key },
            { token: ada.token },
          ),
        ),
      );
      const ids = new Set<string>();
      for (const answer of answers) {
        if (answer.body.errors) expect(errorCodes(answer)).toEqual(['CONFLICT']);
        else ids.add(answer.body.data.createPaymentIntent.paymentIntent.id);
      }
      expect(ids.size).toBe(1);
      const em = paymentsOrm(stack).em.fork();
      const rows = await em.find(PaymentIntent, { reference });
      expect(rows.map((r) => [r.id, r.status])).toEqual([[[...ids][0], 'succeeded']]);
      expect(await em.count(Charge, { paymentIntentId: rows[0]!.id })).toBe(1);
    });

    it('never refunds more than was captured under concurrent refunds', async () => {
      const { paymentIntent } = await createIntent(stack.url, ada, { amount: 1000, paymentMethod: '4242424242424242', confirm: true });
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          gql(stack.url, REFUND, { id: paymentIntent.id, amount: 300, key: `r-${paymentIntent.id}-${i}` }, { token: ada.token }),
        ),
      );
      const made = answers.filter((a) => a.body.data?.refundPaymentIntent?.refund).length;
      expect(made).toBe(3);
      for (const a of answers) {
        if (!a.body.data.refundPaymentIntent.refund) expect(a.body.data.refundPaymentIntent.errors[0].field).toBe('amount');
      }
      const em = paymentsOrm(stack).em.fork();
      const row = await em.findOneOrFail(PaymentIntent, { id: paymentIntent.id });
      const refunds = await em.find(Refund, { paymentIntentId: paymentIntent.id });
      expect(row.amountRefunded).toBe(900);
      expect(refunds.reduce((sum, r) => sum + r.amount, 0)).toBe(900);
      // The same refund key sent concurrently refunds once.
      const key = `r-${paymentIntent.id}-last`;
      const same = await Promise.all(
        Array.from({ length: 10 }, () => gql(stack.url, REFUND, { id: paymentIntent.id, amount: 100, key }, { token: ada.token })),
      );
      const refundIds = new Set(
        same.filter((a) => a.body.data?.refundPaymentIntent?.refund).map((a) => a.body.data.refundPaymentIntent.refund.id),
      );
      expect(refundIds.size).toBe(1);
      expect((await em.fork().findOneOrFail(PaymentIntent, { id: paymentIntent.id })).amountRefunded).toBe(1000);
    });
  });
});
