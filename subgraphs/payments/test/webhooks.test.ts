import { createHmac } from 'node:crypto';
import { TestClock } from '../../../test/helpers/clock';
import { FakeProvider, type FakeRequest } from '../../../test/helpers/fake-provider';
import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { ProviderEvent, WebhookDelivery } from '../src/entities';
import { signatureProblem } from '../src/signing';
import { REFUND, createIntent, paymentsOrm, signUpAdmin } from './helpers';

const CREATE_ENDPOINT = `mutation($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { endpoint { id url allUsers enabled } secret errors { field code message } }
}`;
const DELIVERIES = `query($id: ID!, $after: String) {
  webhookEndpoint(id: $id) {
    deliveries(first: 2, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      edges { node { id eventId eventType payload status attempts lastStatusCode lastError nextAttemptAt deliveredAt } }
    }
  }
}`;
const REPLAY = 'mutation($id: ID!) { replayWebhookDelivery(id: $id) { delivery { id eventId status } errors { field code } } }';
const WEBHOOK_SECRET = 'whsec_inbound_test_secret';

/** The receiver's check, written independently of the subgraph's: HMAC-SHA256 of "t.body", hex. */
function verifies(request: FakeRequest, secret: string): boolean {
  const header = String(request.headers['stripe-signature'] ?? '');
  const t = /t=(\d+)/.exec(header)?.[1];
  const v1 = /v1=([0-9a-f]{64})/.exec(header)?.[1];
  return !!t && !!v1 && createHmac('sha256', secret).update(`${t}.${request.body}`).digest('hex') === v1;
}

describe('payments: webhooks', () => {
  let stack: TestStack;
  let receiver: FakeProvider;
  let ada: TestUser;
  let bob: TestUser;
  const clock = new TestClock();

  beforeAll(async () => {
    receiver = await FakeProvider.start();
    stack = await startTestStack({
      only: ['identity', 'payments'],
      clock,
      env: {
        PAYMENTS_WEBHOOK_SWEEP_MS: '20',
        PAYMENTS_WEBHOOK_RETRY_BASE_MS: '60000',
        PAYMENTS_WEBHOOK_MAX_ATTEMPTS: '3',
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      },
    });
    ada = await signUpUser(stack.url, 'ada');
    bob = await signUpUser(stack.url, 'bob');
  });
  afterAll(() => receiver.stop());

  const deliveriesOf = async (endpointId: string) =>
    paymentsOrm(stack)
      .em.fork()
      .find(WebhookDelivery, { endpointId }, { orderBy: { createdAt: 'asc', id: 'asc' } });

  it('signs each event for the owner’s endpoints, retries with backoff, logs and replays deliveries', async () => {
    receiver.route('POST /ada', { status: 200, body: { ok: true } }, { status: 500 });
    receiver.route('POST /bob', { status: 200 });
    const made = await gql(stack.url, CREATE_ENDPOINT, { input: { url: `${receiver.url}/ada` } }, { token: ada.token });
    const { endpoint, secret } = made.body.data.createWebhookEndpoint;
    expect(secret).toMatch(/^whsec_/);
    const bobs = (await gql(stack.url, CREATE_ENDPOINT, { input: { url: `${receiver.url}/bob` } }, { token: bob.token })).body.data
      .createWebhookEndpoint;

    const { paymentIntent } = await createIntent(stack.url, ada, {
      amount: 2500,
      paymentMethod: '4242424242424242',
      confirm: true,
      reference: 'wh-1',
    });
    // The first attempt gets a 500: the delivery stays PENDING, due a minute later.
    await eventually(async () => expect(receiver.received('POST /ada')).toHaveLength(1));
    const [firstTry] = await eventually(async () => {
      const rows = await deliveriesOf(endpoint.id);
      expect(rows[0]).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500 });
      return rows;
    });
    expect(firstTry!.nextAttemptAt!.getTime()).toBe(clock.now().getTime() + 60_000);
    clock.advance(60_000);
    await eventually(async () =>
      expect((await deliveriesOf(endpoint.id))[0]).toMatchObject({ status: 'succeeded', attempts: 2, lastStatusCode: 200 }),
    );
    const [attempt1, attempt2] = receiver.received('POST /ada');
    expect(verifies(attempt1!, secret)).toBe(true);
    expect(verifies(attempt2!, secret)).toBe(true);
    expect(verifies(attempt2!, bobs.secret)).toBe(false);
    const body = JSON.parse(attempt2!.body);
    expect(body).toMatchObject({
      object: 'event',
      type: 'payment_intent.succeeded',
      data: { object: { id: paymentIntent.id, amount: 2500, status: 'succeeded', metadata: { reference: 'wh-1' } } },
    });
    expect(body.id).toMatch(/^evt_/);
    // Bob's endpoint hears nothing of ada's payments.
    expect(receiver.received('POST /bob')).toHaveLength(0);

    // Refunds are events too; the log pages newest first.
    await gql(stack.url, REFUND, { id: paymentIntent.id, amount: 500 }, { token: ada.token });
    await gql(stack.url, REFUND, { id: paymentIntent.id, amount: 500 }, { token: ada.token });
    await eventually(async () => expect(receiver.received('POST /ada')).toHaveLength(4));
    const page1 = (await gql(stack.url, DELIVERIES, { id: endpoint.id }, { token: ada.token })).body.data.webhookEndpoint.deliveries;
    expect(page1.totalCount).toBe(3);
    expect(page1.edges.map((e: any) => e.node.eventType)).toEqual(['refund.succeeded', 'refund.succeeded']);
    const page2 = (await gql(stack.url, DELIVERIES, { id: endpoint.id, after: page1.pageInfo.endCursor }, { token: ada.token })).body.data
      .webhookEndpoint.deliveries;
    expect(page2.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({ eventType: 'payment_intent.succeeded', status: 'SUCCEEDED', attempts: 2, nextAttemptAt: null }),
    ]);
    // Bob can neither read ada's endpoint nor replay its deliveries.
    expect((await gql(stack.url, DELIVERIES, { id: endpoint.id }, { token: bob.token })).body.data.webhookEndpoint).toBeNull();
    const original = page2.edges[0].node;
    expect((await gql(stack.url, REPLAY, { id: original.id }, { token: bob.token })).body.data.replayWebhookDelivery.errors).toEqual([
      { field: 'id', code: 'NOT_FOUND' },
    ]);
    const replayed = (await gql(stack.url, REPLAY, { id: original.id }, { token: ada.token })).body.data.replayWebhookDelivery;
    expect(replayed.delivery).toMatchObject({ eventId: original.eventId, status: 'PENDING' });
    await eventually(async () => expect(receiver.received('POST /ada')).toHaveLength(5));
    expect(JSON.parse(receiver.received('POST /ada')[4]!.body).id).toBe(original.eventId);
  });

  it('gives up after the last attempt, and an admin endpoint for all users hears everyone', async () => {
    receiver.route('POST /down', { status: 503 });
    receiver.route('POST /all', { status: 204 });
    const carol = await signUpUser(stack.url, 'carol');
    const down = (await gql(stack.url, CREATE_ENDPOINT, { input: { url: `${receiver.url}/down` } }, { token: carol.token })).body.data
      .createWebhookEndpoint;
    const refused = await gql(
      stack.url,
      CREATE_ENDPOINT,
      { input: { url: `${receiver.url}/all`, allUsers: true } },
      { token: carol.token },
    );
    expect(refused.body.data.createWebhookEndpoint.errors).toEqual([
      expect.objectContaining({ field: 'input.allUsers', code: 'FORBIDDEN' }),
    ]);
    const admin = await signUpAdmin(stack, 'wh-admin');
    const all = (await gql(stack.url, CREATE_ENDPOINT, { input: { url: `${receiver.url}/all`, allUsers: true } }, { token: admin.token }))
      .body.data.createWebhookEndpoint;
    expect(all.endpoint.allUsers).toBe(true);
    await createIntent(stack.url, carol, { paymentMethod: '4000000000000002', confirm: true });
    await eventually(async () => expect(receiver.received('POST /all')).toHaveLength(1));
    expect(JSON.parse(receiver.received('POST /all')[0]!.body).type).toBe('payment_intent.payment_failed');
    expect(verifies(receiver.received('POST /all')[0]!, all.secret)).toBe(true);
    // Backoff doubles: 60 s after the first attempt, 120 s after the second (the answer is written, not only the claim).
    const retryAt = async (attempts: number, waitMs: number) =>
      eventually(async () => {
        const row = (await deliveriesOf(down.endpoint.id))[0]!;
        expect(row).toMatchObject({ attempts, lastStatusCode: 503, status: 'pending' });
        expect(row.nextAttemptAt!.getTime()).toBe(clock.now().getTime() + waitMs);
      });
    await retryAt(1, 60_000);
    clock.advance(60_000);
    await retryAt(2, 120_000);
    clock.advance(120_000);
    await eventually(async () =>
      expect((await deliveriesOf(down.endpoint.id))[0]).toMatchObject({
        status: 'failed',
        attempts: 3,
        lastStatusCode: 503,
        nextAttemptAt: null,
      }),
    );
    expect(receiver.received('POST /down')).toHaveLength(3);
  });

  it('removes an endpoint with its pending deliveries; only its owner may', async () => {
    receiver.route('POST /gone', { status: 500 });
    const dave = await signUpUser(stack.url, 'dave');
    const made = (await gql(stack.url, CREATE_ENDPOINT, { input: { url: `${receiver.url}/gone` } }, { token: dave.token })).body.data
      .createWebhookEndpoint;
    await createIntent(stack.url, dave, { paymentMethod: '4242424242424242', confirm: true });
    await eventually(async () =>
      expect((await deliveriesOf(made.endpoint.id))[0]).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500 }),
    );
    const DELETE = 'mutation($id: ID!) { deleteWebhookEndpoint(id: $id) { deletedId errors { field code } } }';
    expect((await gql(stack.url, DELETE, { id: made.endpoint.id }, { token: ada.token })).body.data.deleteWebhookEndpoint).toEqual({
      deletedId: null,
      errors: [{ field: 'id', code: 'NOT_FOUND' }],
    });
    expect((await gql(stack.url, DELETE, { id: made.endpoint.id }, { token: dave.token })).body.data.deleteWebhookEndpoint).toEqual({
      deletedId: made.endpoint.id,
      errors: [],
    });
    expect(await deliveriesOf(made.endpoint.id)).toEqual([]);
    const list = await gql(stack.url, '{ webhookEndpoints { totalCount } }', {}, { token: dave.token });
    expect(list.body.data.webhookEndpoints.totalCount).toBe(0);
  });

  it('refuses endpoint URLs that are not http(s)', async () => {
    for (const url of ['ftp://example.com/x', 'not a url', 'http://user:pw@example.com/', `https://example.com/${'x'.repeat(2000)}`]) {
      const res = await gql(stack.url, CREATE_ENDPOINT, { input: { url } }, { token: ada.token });
      expect(res.body.data.createWebhookEndpoint.errors).toEqual([expect.objectContaining({ field: 'input.url', code: 'BAD_USER_INPUT' })]);
    }
    expect(errorCodes(await gql(stack.url, CREATE_ENDPOINT, { input: { url: 'https://example.com/' } }))).toEqual(['UNAUTHENTICATED']);
  });

  describe('inbound POST /webhooks/stripe', () => {
    const routerBase = () => stack.url.replace(/\/graphql$/, '');
    const sign = (body: string, at: number, secret = WEBHOOK_SECRET) =>
      `t=${at},v1=${createHmac('sha256', secret).update(`${at}.${body}`).digest('hex')}`;
    const post = (body: string, signature: string | null) =>
      fetch(`${routerBase()}/webhooks/stripe`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
        body,
      });

    it('accepts a signed event once, and refuses forged, missing and expired signatures without a change', async () => {
      const now = Math.floor(clock.now().getTime() / 1000);
      const event = JSON.stringify({ id: 'evt_inbound_1', type: 'payment_intent.succeeded', data: { object: { id: 'pi_unknown' } } });
      const em = () => paymentsOrm(stack).em.fork();
      expect((await post(event, sign(event, now, 'whsec_forged'))).status).toBe(400);
      expect((await post(event, null)).status).toBe(400);
      expect((await post(event, `t=${now},v1=nothex`)).status).toBe(400);
      expect((await post(event, sign(event, now - 301))).status).toBe(400);
      expect(await em().count(ProviderEvent, { eventId: 'evt_inbound_1' })).toBe(0);
      const ok = await post(event, sign(event, now - 299));
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ received: true, outcome: 'ignored' });
      const again = await post(event, sign(event, now));
      expect(await again.json()).toEqual({ received: true, outcome: 'duplicate' });
      expect(await em().count(ProviderEvent, { eventId: 'evt_inbound_1' })).toBe(1);
      expect((await post('{"not":"an event"}', sign('{"not":"an event"}', now))).status).toBe(400);
    });

    it('verifies like Stripe: several v1 signatures, any of them may match', () => {
      const at = new Date();
      const t = Math.floor(at.getTime() / 1000);
      const body = '{"id":"evt_x"}';
      const good = createHmac('sha256', 's').update(`${t}.${body}`).digest('hex');
      expect(signatureProblem(body, `t=${t},v1=${'0'.repeat(64)},v1=${good}`, 's', at, 300)).toBeNull();
      expect(signatureProblem(body, `t=${t},v1=${good}`, 's', new Date(at.getTime() + 301_000), 300)).toBe('expired');
      expect(signatureProblem(`${body} `, `t=${t},v1=${good}`, 's', at, 300)).toBe('mismatch');
    });
  });
});
