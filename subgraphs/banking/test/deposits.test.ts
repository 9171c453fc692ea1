import { OutboxEvent, type DomainEvent, type Em } from '../../../kit';
import { ProcessedEvent, outboxRowToEvent } from '../../../kit/src/events';
import { TestClock } from '../../../test/helpers/clock';
import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { PaymentIntent, Refund } from '../../payments/src/entities';
import { CAPTURE, REFUND, createIntent, paymentsOrm } from '../../payments/test/helpers';
import { DEPOSIT_REFUSED_EVENT, REFUND_UNBACKED_EVENT, createDepositConsumer } from '../src/deposits';
import { BankingAudit, LedgerEntry, Transfer } from '../src/entities';
import { BankingService } from '../src/service';
import { TRANSFER as MOVE, account, auth, openAccount } from './helpers';

const TRANSFER = `query($id: ID!) { transfer(id: $id) { id kind amount debitAccountId creditAccountId reference } }`;

describe('banking: deposits through payments (PaymentIntent → payment_intent.succeeded → transfer)', () => {
  let stack: TestStack;
  let alice: TestUser;
  let bob: TestUser;
  const clock = new TestClock();

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'payments', 'banking'],
      clock,
      env: { BANKING_SWEEP_MS: '0', PAYMENTS_WEBHOOK_SWEEP_MS: '0' },
    });
    [alice, bob] = await Promise.all([signUpUser(stack.url, 'dep-alice'), signUpUser(stack.url, 'dep-bob')]);
  });

  const banking = () => stack.subgraphs.find((s) => s.name === 'banking')!;

  /** The `payments.payment_intent.succeeded` event of a PaymentIntent as the stream carried it. */
  async function succeededEvent(paymentIntentId: string): Promise<DomainEvent> {
    const rows = await paymentsOrm(stack).em.fork().find(OutboxEvent, { type: 'payments.payment_intent.succeeded' });
    const row = rows.find((r) => r.payload.paymentIntentId === paymentIntentId);
    if (!row) throw new Error(`no succeeded event for ${paymentIntentId}`);
    return outboxRowToEvent(row, 'payments');
  }

  it('a succeeded PaymentIntent funds the payer’s account once, from the ledger’s operator account', async () => {
    const a = await openAccount(stack, auth(alice), { name: 'Deposits' });
    const { paymentIntent, errors } = await createIntent(stack.url, alice, {
      amount: 12_345,
      currency: 'EUR',
      reference: `banking:deposit:${a.id}`,
      paymentMethod: '4242 4242 4242 4242',
      confirm: true,
    });
    expect(errors).toEqual([]);
    expect(paymentIntent.status).toBe('SUCCEEDED');
    await eventually(async () => expect(await account(stack, auth(alice), a.id)).toMatchObject({ creditsPosted: 12_345, balance: 12_345 }));

    const transferId = `deposit:${paymentIntent.id}`;
    const shown = (await gql(stack.url, TRANSFER, { id: transferId }, auth(alice))).body.data.transfer;
    expect(shown).toMatchObject({ id: transferId, kind: 'SINGLE_PHASE', amount: 12_345, creditAccountId: a.id });
    // bob sees neither the account nor the transfer
    expect((await gql(stack.url, TRANSFER, { id: transferId }, auth(bob))).body.data.transfer).toBeNull();

    const em = banking().orm.em.fork();
    expect(await em.count(LedgerEntry, { transferId })).toBe(2);
    expect(await em.count(BankingAudit, { action: 'deposit.payment', subjectId: transferId })).toBe(1);

    // Redelivered, even after the processed-event mark is gone (pruned), and twice at once: still once.
    const event = await succeededEvent(paymentIntent.id);
    const consumer = createDepositConsumer(new BankingService(), () => banking().serviceDeps() as never);
    await em.nativeDelete(ProcessedEvent, { eventId: event.id });
    const outcomes = await Promise.allSettled(
      [1, 2].map(() =>
        banking()
          .orm.em.fork()
          .transactional((tx) => consumer.handle(event, tx as unknown as Em)),
      ),
    );
    // A loser of the race may fail on the unique transfer id (the kit's consumer would retry it); none applies twice.
    expect(outcomes.some((o) => o.status === 'fulfilled')).toBe(true);
    await banking()
      .orm.em.fork()
      .transactional((tx) => consumer.handle(event, tx as unknown as Em));
    expect(await account(stack, auth(alice), a.id)).toMatchObject({ creditsPosted: 12_345, balance: 12_345 });
    expect(await banking().orm.em.fork().count(Transfer, { id: transferId })).toBe(1);
    expect(await banking().orm.em.fork().count(LedgerEntry, { transferId })).toBe(2);
  });

  it('a manually captured PaymentIntent deposits the amount received, at capture', async () => {
    const a = await openAccount(stack, auth(alice), { name: 'Captured' });
    const { paymentIntent } = await createIntent(stack.url, alice, {
      amount: 10_000,
      currency: 'EUR',
      reference: `banking:deposit:${a.id}`,
      paymentMethod: '4242 4242 4242 4242',
      captureMethod: 'MANUAL',
      confirm: true,
    });
    expect(paymentIntent.status).toBe('REQUIRES_CAPTURE');
    expect(await account(stack, auth(alice), a.id)).toMatchObject({ balance: 0 });
    const captured = await gql(stack.url, CAPTURE, { id: paymentIntent.id, amount: 6_000 }, auth(alice));
    expect(captured.body.data.capturePaymentIntent.errors).toEqual([]);
    await eventually(async () => expect(await account(stack, auth(alice), a.id)).toMatchObject({ balance: 6_000 }));
  });

  it('refuses a deposit into someone else’s account, another currency or a closed account, and says so', async () => {
    const a = await openAccount(stack, auth(alice), { name: 'Not bob’s' });
    const refusedEvents = async () =>
      (await banking().orm.em.fork().find(OutboxEvent, { type: DEPOSIT_REFUSED_EVENT })).map((e) => e.payload);

    const foreign = await createIntent(stack.url, bob, {
      amount: 500,
      currency: 'EUR',
      reference: `banking:deposit:${a.id}`,
      paymentMethod: '4242 4242 4242 4242',
      confirm: true,
    });
    const usd = await createIntent(stack.url, alice, {
      amount: 700,
      currency: 'USD',
      reference: `banking:deposit:${a.id}`,
      paymentMethod: '4242 4242 4242 4242',
      confirm: true,
    });
    expect([foreign.paymentIntent.status, usd.paymentIntent.status]).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    await eventually(async () => {
      const refused = await refusedEvents();
      expect(refused).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ paymentIntentId: foreign.paymentIntent.id, accountId: a.id, reason: 'ACCOUNT_NOT_FOUND' }),
          expect.objectContaining({ paymentIntentId: usd.paymentIntent.id, accountId: a.id, reason: 'ACCOUNTS_MUST_HAVE_THE_SAME_LEDGER' }),
        ]),
      );
    });
    expect(await account(stack, auth(alice), a.id)).toMatchObject({ creditsPosted: 0, balance: 0 });
    const em = banking().orm.em.fork();
    expect(await em.count(Transfer, { id: { $in: [`deposit:${foreign.paymentIntent.id}`, `deposit:${usd.paymentIntent.id}`] } })).toBe(0);
    expect(await em.count(BankingAudit, { action: 'deposit.refused', accountId: a.id })).toBe(2);

    // A closed account: the ledger refuses the credit.
    const closing = await openAccount(stack, auth(alice), { name: 'Closing' });
    const closed = await gql(
      stack.url,
      'mutation($id: ID!) { closeBankAccount(id: $id) { account { id closed } errors { code } } }',
      { id: closing.id },
      auth(alice),
    );
    expect(closed.body.data.closeBankAccount.account).toMatchObject({ closed: true });
    const late = await createIntent(stack.url, alice, {
      amount: 900,
      currency: 'EUR',
      reference: `banking:deposit:${closing.id}`,
      paymentMethod: '4242 4242 4242 4242',
      confirm: true,
    });
    await eventually(async () =>
      expect(await refusedEvents()).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ paymentIntentId: late.paymentIntent.id, reason: 'CREDIT_ACCOUNT_ALREADY_CLOSED' }),
        ]),
      ),
    );
    expect(await account(stack, auth(alice), closing.id)).toMatchObject({ balance: 0 });

    // Payments gives every refused deposit's money back, in full and once; the refunds move nothing in banking.
    const refused = [foreign.paymentIntent.id, usd.paymentIntent.id, late.paymentIntent.id];
    const intents = async () =>
      paymentsOrm(stack)
        .em.fork()
        .find(PaymentIntent, { id: { $in: refused } });
    await eventually(async () => {
      for (const pi of await intents()) expect(pi.amountRefunded).toBe(pi.amountReceived);
    });
    expect(
      await paymentsOrm(stack)
        .em.fork()
        .count(Refund, { paymentIntentId: { $in: refused } }),
    ).toBe(3);
    const refundEvents = (await paymentsOrm(stack).em.fork().find(OutboxEvent, { type: 'payments.refund.succeeded' }))
      .filter((e) => refused.includes(String(e.payload.paymentIntentId)))
      .map((e) => e.id);
    expect(refundEvents).toHaveLength(3);
    // Banking has handled those refunds (and found no credited deposit to debit).
    await eventually(async () =>
      expect(
        await banking()
          .orm.em.fork()
          .count(ProcessedEvent, { eventId: { $in: refundEvents } }),
      ).toBe(3),
    );
    expect(await account(stack, auth(alice), a.id)).toMatchObject({ debitsPosted: 0, balance: 0 });
    expect(await em.count(Transfer, { id: { $like: 'refund:%' }, debitAccountId: { $in: [a.id, closing.id] } })).toBe(0);
  });

  it('withdraws by refunding a deposit: the refund debits the account once; one it cannot cover is recorded, not overdrawn', async () => {
    const a = await openAccount(stack, auth(alice), { name: 'Refunds' });
    const spare = await openAccount(stack, auth(alice), { name: 'Spare' });
    const { paymentIntent } = await createIntent(stack.url, alice, {
      amount: 5_000,
      currency: 'EUR',
      reference: `banking:deposit:${a.id}`,
      paymentMethod: '4242 4242 4242 4242',
      confirm: true,
    });
    await eventually(async () => expect(await account(stack, auth(alice), a.id)).toMatchObject({ balance: 5_000 }));

    const refunded = await gql(stack.url, REFUND, { id: paymentIntent.id, amount: 2_000 }, auth(alice));
    expect(refunded.body.data.refundPaymentIntent.errors).toEqual([]);
    const refundId = refunded.body.data.refundPaymentIntent.refund.id as string;
    await eventually(async () => expect(await account(stack, auth(alice), a.id)).toMatchObject({ balance: 3_000, debitsPosted: 2_000 }));
    const shown = (await gql(stack.url, TRANSFER, { id: `refund:${refundId}` }, auth(alice))).body.data.transfer;
    expect(shown).toMatchObject({ amount: 2_000, debitAccountId: a.id });

    // The rest is spent, then refunded too: the account is not overdrawn; the loss is recorded.
    const moved = await gql(
      stack.url,
      MOVE,
      { input: { id: `spend-${a.id}`, debitAccountId: a.id, creditAccountId: spare.id, amount: 3_000 } },
      auth(alice),
    );
    expect(moved.body.data.createTransfer.__typename).toBe('TransferPosted');
    const rest = await gql(stack.url, REFUND, { id: paymentIntent.id }, auth(alice));
    expect(rest.body.data.refundPaymentIntent.errors).toEqual([]);
    const restId = rest.body.data.refundPaymentIntent.refund.id as string;
    await eventually(async () => {
      const rows = await banking().orm.em.fork().find(OutboxEvent, { type: REFUND_UNBACKED_EVENT });
      expect(rows.map((r) => r.payload)).toEqual(
        expect.arrayContaining([expect.objectContaining({ refundId: restId, accountId: a.id, reason: 'EXCEEDS_CREDITS' })]),
      );
    });
    expect(await account(stack, auth(alice), a.id)).toMatchObject({ balance: 0, debitsPosted: 5_000 });
    expect(
      await banking()
        .orm.em.fork()
        .count(Transfer, { id: `refund:${restId}` }),
    ).toBe(0);
    expect(await banking().orm.em.fork().count(BankingAudit, { action: 'refund.unbacked', accountId: a.id })).toBe(1);
  });

  it('leaves PaymentIntents that are not deposits alone', async () => {
    const before = await banking().orm.em.fork().count(Transfer, {});
    const { paymentIntent } = await createIntent(stack.url, alice, {
      amount: 300,
      currency: 'EUR',
      reference: 'invoice-42',
      paymentMethod: '4242 4242 4242 4242',
      confirm: true,
    });
    const event = await eventually(() => succeededEvent(paymentIntent.id));
    await banking()
      .orm.em.fork()
      .transactional((tx) =>
        createDepositConsumer(new BankingService(), () => banking().serviceDeps() as never).handle(event, tx as unknown as Em),
      );
    expect(await banking().orm.em.fork().count(Transfer, {})).toBe(before);
  });
});
