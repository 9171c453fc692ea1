import { OutboxEvent, type DomainEvent, type Em } from '../../../kit';
import { ProcessedEvent, outboxRowToEvent } from '../../../kit/src/events';
import { addToTenant, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { createBankingDepositsConsumer } from '../../payments/src/banking-saga';
import { PaymentIntent, Refund } from '../../payments/src/entities';
import { PaymentsService } from '../../payments/src/service';
import { REFUND, createIntent, paymentsOrm } from '../../payments/test/helpers';
import { DEPOSIT_REFUSED_EVENT, createDepositConsumer } from '../src/deposits';
import { BankingAudit, DepositPermit, Transfer } from '../src/entities';
import { BankingService, WITHDRAWAL_REQUESTED_EVENT } from '../src/service';
import { RESULT_FIELDS, account, auth, openAccount, type Auth } from './helpers';

const AUTHORIZE = `mutation($id: ID!) { authorizeCardDeposit(accountId: $id) { accountId reference expiresAt } }`;
const WITHDRAW = `mutation($input: WithdrawInput!) { withdraw(input: $input) { ${RESULT_FIELDS} } }`;

describe('banking: withdrawals hold the funds, payments pays out, the hold is posted or voided', () => {
  let stack: TestStack;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'payments', 'banking'],
      env: { BANKING_SWEEP_MS: '0', PAYMENTS_WEBHOOK_SWEEP_MS: '0' },
    });
    [alice, bob] = await Promise.all([signUpUser(stack.url, 'wd-alice'), signUpUser(stack.url, 'wd-bob')]);
  });

  const banking = () => stack.subgraphs.find((s) => s.name === 'banking')!;
  const payments = () => stack.subgraphs.find((s) => s.name === 'payments')!;

  /** A card deposit of `amount` into `accountId`, credited. */
  async function fund(user: TestUser, accountId: string, amount: number): Promise<string> {
    const { paymentIntent, errors } = await createIntent(stack.url, user, {
      amount,
      currency: 'EUR',
      reference: `banking:deposit:${accountId}`,
      paymentMethod: '4242 4242 4242 4242',
      confirm: true,
    });
    expect(errors).toEqual([]);
    await eventually(async () =>
      expect(
        await banking()
          .orm.em.fork()
          .count(Transfer, { id: `deposit:${paymentIntent.id}` }),
      ).toBe(1),
    );
    return paymentIntent.id as string;
  }

  const withdraw = (who: Auth, input: Record<string, unknown>) => gql(stack.url, WITHDRAW, { input }, who);
  const hold = (id: string) =>
    banking()
      .orm.em.fork()
      .findOne(Transfer, { id: `withdrawal:${id}` });

  async function eventOf(em: Em, type: string, match: (payload: Record<string, unknown>) => boolean): Promise<DomainEvent> {
    const row = (await em.find(OutboxEvent, { type })).find((r) => match(r.payload));
    if (!row) throw new Error(`no ${type} event`);
    return outboxRowToEvent(row, '');
  }

  it('holds the amount, pays it out as a refund of the deposit, then posts the hold — once, however often it is resent or redelivered', async () => {
    const a = await openAccount(stack, auth(alice), { name: 'Payout' });
    const pi = await fund(alice, a.id, 10_000);

    const res = await withdraw(auth(alice), { id: 'wd-posted', accountId: a.id, paymentIntentId: pi, amount: 4_000 });
    expect(res.body.data.withdraw).toMatchObject({
      __typename: 'TransferPending',
      transfer: { id: 'withdrawal:wd-posted', kind: 'PENDING', amount: 4_000 },
    });
    const held = await hold('wd-posted');
    expect(held).toMatchObject({ kind: 'PENDING', debitAccountId: a.id, amount: 4_000, timeoutSeconds: 0 });

    await eventually(async () => expect((await hold('wd-posted'))!.pendingState).toBe('POSTED'));
    expect(await account(stack, auth(alice), a.id)).toMatchObject({
      balance: 6_000,
      debitsPosted: 4_000,
      debitsPending: 0,
      available: 6_000,
    });
    const pay = () => paymentsOrm(stack).em.fork();
    expect(await pay().findOneOrFail(PaymentIntent, { id: pi })).toMatchObject({ amountRefunded: 4_000 });
    expect(await pay().count(Refund, { paymentIntentId: pi })).toBe(1);
    // The payout's refund is not also debited through the plain refund path.
    expect(
      await banking()
        .orm.em.fork()
        .count(Transfer, { id: { $like: 'refund:%' }, debitAccountId: a.id }),
    ).toBe(0);
    expect(await banking().orm.em.fork().count(BankingAudit, { action: 'withdrawal.posted', subjectId: 'withdrawal:wd-posted' })).toBe(1);

    // Resent: the first result, no second event, no second payout.
    const again = await withdraw(auth(alice), { id: 'wd-posted', accountId: a.id, paymentIntentId: pi, amount: 4_000 });
    expect(again.body.data.withdraw).toMatchObject({ __typename: 'TransferPending', transfer: { id: 'withdrawal:wd-posted' } });
    const differs = await withdraw(auth(alice), { id: 'wd-posted', accountId: a.id, paymentIntentId: pi, amount: 4_001 });
    expect(differs.body.data.withdraw).toMatchObject({ __typename: 'TransferRejected', code: 'EXISTS_WITH_DIFFERENT_AMOUNT' });
    const requests = (await banking().orm.em.fork().find(OutboxEvent, { type: WITHDRAWAL_REQUESTED_EVENT })).filter(
      (e) => e.payload.withdrawalId === 'withdrawal:wd-posted',
    );
    expect(requests).toHaveLength(1);

    // Redelivered to payments after the processed mark was pruned: the derived refund id says it was paid.
    const request = await eventOf(banking().orm.em.fork(), WITHDRAWAL_REQUESTED_EVENT, (p) => p.withdrawalId === 'withdrawal:wd-posted');
    await pay().nativeDelete(ProcessedEvent, { eventId: request.id });
    const payout = createBankingDepositsConsumer(new PaymentsService(), () => payments().serviceDeps() as never);
    await payments()
      .orm.em.fork()
      .transactional((tx) => payout.handle(request, tx as unknown as Em));
    expect(await pay().count(Refund, { paymentIntentId: pi })).toBe(1);
    expect(await pay().findOneOrFail(PaymentIntent, { id: pi })).toMatchObject({ amountRefunded: 4_000 });

    // The refund's event redelivered to banking: the hold is already posted, nothing moves.
    const refunded = await eventOf(pay(), 'payments.refund.succeeded', (p) => p.withdrawalId === 'withdrawal:wd-posted');
    const consumer = createDepositConsumer(new BankingService(), () => banking().serviceDeps() as never);
    await banking()
      .orm.em.fork()
      .transactional((tx) => consumer.handle(refunded, tx as unknown as Em));
    expect(await account(stack, auth(alice), a.id)).toMatchObject({ balance: 6_000, debitsPosted: 4_000, debitsPending: 0 });
  });

  it('voids the hold when the payout fails: the balance is back and spendable', async () => {
    const a = await openAccount(stack, auth(alice), { name: 'Void' });
    const pi = await fund(alice, a.id, 5_000);
    // 3,000 of that deposit is refunded directly in payments (debited through the refund path): 2,000 is left to pay out.
    const direct = await gql(stack.url, REFUND, { id: pi, amount: 3_000 }, auth(alice));
    expect(direct.body.data.refundPaymentIntent.errors).toEqual([]);
    await eventually(async () => expect(await account(stack, auth(alice), a.id)).toMatchObject({ balance: 2_000 }));
    await fund(alice, a.id, 5_000);
    expect(await account(stack, auth(alice), a.id)).toMatchObject({ balance: 7_000 });

    const res = await withdraw(auth(alice), { id: 'wd-voided', accountId: a.id, paymentIntentId: pi, amount: 4_000 });
    expect(res.body.data.withdraw.__typename).toBe('TransferPending');
    await eventually(async () => expect((await hold('wd-voided'))!.pendingState).toBe('VOIDED'));
    expect(await account(stack, auth(alice), a.id)).toMatchObject({
      balance: 7_000,
      debitsPending: 0,
      available: 7_000,
      debitsPosted: 3_000,
    });
    const failed = await eventOf(paymentsOrm(stack).em.fork(), 'payments.payout.failed', (p) => p.withdrawalId === 'withdrawal:wd-voided');
    expect(failed.payload.reason).toBe('EXCEEDS_REFUNDABLE_AMOUNT');
    expect(await paymentsOrm(stack).em.fork().findOneOrFail(PaymentIntent, { id: pi })).toMatchObject({ amountRefunded: 3_000 });
    expect(await banking().orm.em.fork().count(Transfer, { id: 'withdrawal:wd-voided:void' })).toBe(1);
    expect(await banking().orm.em.fork().count(Transfer, { id: 'withdrawal:wd-voided:post' })).toBe(0);
  });

  it('the hold blocks overspending: 20 concurrent withdrawals of an account that covers 5', async () => {
    const a = await openAccount(stack, auth(alice), { name: 'Race' });
    const pi = await fund(alice, a.id, 5_000);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        withdraw(auth(alice), { id: `wd-race-${i}`, accountId: a.id, paymentIntentId: pi, amount: 1_000 }).then(
          (r) => r.body.data?.withdraw?.__typename as string,
        ),
      ),
    );
    expect(results.filter((t) => t === 'TransferPending')).toHaveLength(5);
    expect(results.filter((t) => t === 'InsufficientFunds')).toHaveLength(15);
    const em = () => banking().orm.em.fork();
    await eventually(async () =>
      expect(await em().count(Transfer, { id: { $like: 'withdrawal:wd-race-%' }, pendingState: 'POSTED' })).toBe(5),
    );
    expect(await em().count(Transfer, { id: { $like: 'withdrawal:wd-race-%' }, kind: 'PENDING' })).toBe(5);
    expect(await account(stack, auth(alice), a.id)).toMatchObject({ balance: 0, debitsPosted: 5_000, debitsPending: 0 });
    expect(await paymentsOrm(stack).em.fork().findOneOrFail(PaymentIntent, { id: pi })).toMatchObject({ amountRefunded: 5_000 });
    expect(await paymentsOrm(stack).em.fork().count(Refund, { paymentIntentId: pi })).toBe(5);
  });

  it('funds a business account by card for a tenant manager, and refuses an employee or another tenant', async () => {
    const [boss, manager, clerk, outsider] = await Promise.all(
      ['wd-boss', 'wd-manager', 'wd-clerk', 'wd-outsider'].map((n) => signUpUser(stack.url, n)),
    );
    const managerAuth = await addToTenant(stack.url, boss!, manager!, 'MANAGER');
    const clerkAuth = await addToTenant(stack.url, boss!, clerk!, 'EMPLOYEE');
    const outsiderAuth = { token: outsider!.token, headers: { 'x-hubgraph-tenant': outsider!.tenantId } };
    const biz = await openAccount(stack, managerAuth, { business: true, name: 'Operations' });
    const code = (r: { body: { errors?: { extensions?: { code?: string } }[] } }) => r.body.errors?.[0]?.extensions?.code;

    // Leave to fund it: the manager gets it; an employee is FORBIDDEN; another tenant does not see the account.
    const granted = await gql(stack.url, AUTHORIZE, { id: biz.id }, managerAuth);
    expect(granted.body.data.authorizeCardDeposit).toMatchObject({ accountId: biz.id, reference: `banking:deposit:${biz.id}` });
    expect(granted.body.data.authorizeCardDeposit.expiresAt).not.toBeNull();
    expect(code(await gql(stack.url, AUTHORIZE, { id: biz.id }, clerkAuth))).toBe('FORBIDDEN');
    expect(code(await gql(stack.url, AUTHORIZE, { id: biz.id }, outsiderAuth))).toBe('NOT_FOUND');
    const permits = () => banking().orm.em.fork().find(DepositPermit, { accountId: biz.id });
    expect((await permits()).map((p) => p.userId)).toEqual([manager!.id]);

    // The manager pays: credited. The employee and the outsider pay with the same reference: refused and refunded.
    const pi = await fund(manager!, biz.id, 9_000);
    expect(await account(stack, managerAuth, biz.id)).toMatchObject({ kind: 'BUSINESS', balance: 9_000 });
    const unauthorized = await Promise.all(
      [clerk!, outsider!].map(async (payer) => {
        const { paymentIntent } = await createIntent(stack.url, payer, {
          amount: 700,
          currency: 'EUR',
          reference: `banking:deposit:${biz.id}`,
          paymentMethod: '4242 4242 4242 4242',
          confirm: true,
        });
        expect(paymentIntent.status).toBe('SUCCEEDED');
        return paymentIntent.id as string;
      }),
    );
    await eventually(async () => {
      const refused = (await banking().orm.em.fork().find(OutboxEvent, { type: DEPOSIT_REFUSED_EVENT })).map((e) => e.payload);
      for (const id of unauthorized)
        expect(refused).toEqual(
          expect.arrayContaining([expect.objectContaining({ paymentIntentId: id, reason: 'DEPOSIT_NOT_AUTHORIZED' })]),
        );
    });
    await eventually(async () => {
      for (const row of await paymentsOrm(stack)
        .em.fork()
        .find(PaymentIntent, { id: { $in: unauthorized } }))
        expect(row.amountRefunded).toBe(700);
    });
    expect(await account(stack, managerAuth, biz.id)).toMatchObject({ balance: 9_000, creditsPosted: 9_000 });

    // Withdrawals from it: the manager's is held and paid out to the manager's card; the employee is FORBIDDEN.
    expect(code(await withdraw(clerkAuth, { id: 'wd-biz-clerk', accountId: biz.id, paymentIntentId: pi, amount: 100 }))).toBe('FORBIDDEN');
    expect(code(await withdraw(outsiderAuth, { id: 'wd-biz-out', accountId: biz.id, paymentIntentId: pi, amount: 100 }))).toBe('NOT_FOUND');
    const res = await withdraw(managerAuth, { id: 'wd-biz', accountId: biz.id, paymentIntentId: pi, amount: 2_500 });
    expect(res.body.data.withdraw.__typename).toBe('TransferPending');
    await eventually(async () => expect((await hold('wd-biz'))!.pendingState).toBe('POSTED'));
    expect(await account(stack, managerAuth, biz.id)).toMatchObject({ balance: 6_500, debitsPending: 0 });
    expect(await paymentsOrm(stack).em.fork().findOneOrFail(PaymentIntent, { id: pi })).toMatchObject({ amountRefunded: 2_500 });
    expect(
      await banking()
        .orm.em.fork()
        .count(Transfer, { id: { $in: ['withdrawal:wd-biz-clerk', 'withdrawal:wd-biz-out'] } }),
    ).toBe(0);

    // The leave does not outlive the role: once the manager is made an employee, the permit is gone
    // (audited), and a card payment afterwards is refused and refunded in full.
    const demoted = await gql(
      stack.url,
      'mutation($u: ID!) { changeTenantMemberRole(userId: $u, role: EMPLOYEE) { errors { message } } }',
      { u: manager!.id },
      { token: boss!.token },
    );
    expect(demoted.body.data.changeTenantMemberRole.errors).toEqual([]);
    await eventually(async () => expect(await permits()).toEqual([]));
    expect(
      await banking().orm.em.fork().count(BankingAudit, { action: 'deposit.permit_revoked', accountId: biz.id, actorId: manager!.id }),
    ).toBe(1);
    const { paymentIntent: late } = await createIntent(stack.url, manager!, {
      amount: 300,
      currency: 'EUR',
      reference: `banking:deposit:${biz.id}`,
      paymentMethod: '4242 4242 4242 4242',
      confirm: true,
    });
    await eventually(async () =>
      expect(await paymentsOrm(stack).em.fork().findOneOrFail(PaymentIntent, { id: late.id })).toMatchObject({ amountRefunded: 300 }),
    );
    // Read as the tenant's admin: the demoted manager's token predates the change and is refused.
    expect(await account(stack, { token: boss!.token, headers: { 'x-hubgraph-tenant': boss!.tenantId } }, biz.id)).toMatchObject({
      balance: 6_500,
    });
  });

  it('refuses withdrawals from another user’s account, to a card that did not fund it, or of more than the deposit', async () => {
    const a = await openAccount(stack, auth(alice), { name: 'Guarded' });
    const other = await openAccount(stack, auth(alice), { name: 'Other' });
    const pi = await fund(alice, a.id, 2_000);
    const code = (r: { body: { errors?: { extensions?: { code?: string } }[] } }) => r.body.errors?.[0]?.extensions?.code;
    expect(code(await withdraw(auth(bob), { id: 'wd-bob', accountId: a.id, paymentIntentId: pi, amount: 100 }))).toBe('NOT_FOUND');
    expect(code(await withdraw(auth(alice), { id: 'wd-other', accountId: other.id, paymentIntentId: pi, amount: 100 }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await withdraw(auth(alice), { id: 'wd-more', accountId: a.id, paymentIntentId: pi, amount: 2_001 }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await withdraw(auth(alice), { id: 'bad id!', accountId: a.id, paymentIntentId: pi, amount: 100 }))).toBe('BAD_USER_INPUT');
    expect(
      await banking()
        .orm.em.fork()
        .count(Transfer, { id: { $in: ['withdrawal:wd-bob', 'withdrawal:wd-other', 'withdrawal:wd-more'] } }),
    ).toBe(0);
    expect(await account(stack, auth(alice), a.id)).toMatchObject({ balance: 2_000, debitsPending: 0 });
  });
});
