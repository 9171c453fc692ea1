import { generateRouterKeys, loadSubgraphConfig, type Orm, type SubgraphDefinition } from '../../../kit';
import { openDatabase } from '../../../kit/src/orm';
import { gql, signUpUser } from '../../../test/helpers/graphql';
import { freePort, startServiceProcess, type ServiceProcess } from '../../../test/helpers/processes';
import { disposeAfterAll, startTestStack, testEnv, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { PaymentIntent, Refund } from '../../payments/src/entities';
import { createIntent } from '../../payments/test/helpers';
import { banking } from '../index';
import { BankAccount, Transfer } from '../src/entities';
import { RESULT_FIELDS, openAccount } from './helpers';

jest.setTimeout(300_000);

const WITHDRAW = `mutation($input: WithdrawInput!) { withdraw(input: $input) { ${RESULT_FIELDS} } }`;
const DEPOSIT = 10_000;
const EACH = 300;
const REQUESTS = 40;

// Several processes on one SQLite file are not supported (docs/ARCHITECTURE.md): MariaDB + Redis only.
const onMariaDb = Boolean(testEnv.MYSQL_URL && testEnv.REDIS_URL);

(onMariaDb ? describe : describe.skip)('banking: kill -9 between a withdrawal’s hold and its payout (MariaDB + Redis)', () => {
  let stack: TestStack;
  let env: Record<string, string>;
  let port: number;
  let first: ServiceProcess;
  let reader: Orm;

  beforeAll(async () => {
    port = await freePort();
    stack = await startTestStack({
      only: ['identity', 'payments'],
      env: {
        NODE_ENV: 'development',
        ...generateRouterKeys(),
        SUBGRAPH_URL_BANKING: `http://127.0.0.1:${port}/graphql`,
        BANKING_SWEEP_MS: '0',
        PAYMENTS_WEBHOOK_SWEEP_MS: '0',
        // A killed process's events are taken over by its successor after 3 s instead of 30 s.
        EVENT_RECLAIM_IDLE_MS: '3000',
      },
    });
    env = Object.fromEntries(Object.entries(stack.env).filter((e): e is [string, string] => e[1] !== undefined));
    first = await startServiceProcess('banking', { ...env, PORT: String(port) }, `http://127.0.0.1:${port}/health`, 90_000);
    // A plain reader of banking's database in this process: no relay, no consumers, no sweep.
    reader = await openDatabase({
      subgraph: 'banking',
      entities: (banking as SubgraphDefinition<never, never>).entities,
      migrations: banking.migrations,
      config: loadSubgraphConfig(env),
    });
    disposeAfterAll(() => reader.close(true));
  }, 180_000);

  it('leaves every hold posted (paid out once) or voided after the restart, and the account equal to what was paid out', async () => {
    const user = await signUpUser(stack.url, 'wd-crash');
    const auth = { token: user.token };
    const a = await openAccount(stack, auth, { name: 'Crash' });
    const { paymentIntent } = await createIntent(stack.url, user, {
      amount: DEPOSIT,
      currency: 'EUR',
      reference: `banking:deposit:${a.id}`,
      paymentMethod: '4242 4242 4242 4242',
      confirm: true,
    });
    const pi = paymentIntent.id as string;
    const em = () => reader.em.fork();
    await eventually(async () => expect(await em().count(Transfer, { id: `deposit:${pi}` })).toBe(1), 30_000);

    // A burst of withdrawals; the process dies by SIGKILL once 8 holds were acknowledged.
    const acknowledged: string[] = [];
    await Promise.all(
      Array.from({ length: REQUESTS }, async (_, i) => {
        const input = { id: `crash-${i}`, accountId: a.id, paymentIntentId: pi, amount: EACH };
        const res = await gql(stack.url, WITHDRAW, { input }, auth).catch(() => null);
        if (res?.body.data?.withdraw?.__typename !== 'TransferPending') return;
        acknowledged.push(`withdrawal:crash-${i}`);
        if (acknowledged.length === 8) first.child.kill('SIGKILL');
      }),
    );
    await new Promise((resolve) =>
      first.child.exitCode !== null || first.child.signalCode ? resolve(null) : first.child.once('exit', resolve),
    );
    expect(acknowledged.length).toBeGreaterThanOrEqual(8);
    const pendingAtKill = await em().count(Transfer, { id: { $like: 'withdrawal:crash-%' }, kind: 'PENDING', pendingState: 'PENDING' });
    // The kill landed between holds and their payouts' outcomes (banking was not there to post them).
    expect(pendingAtKill).toBeGreaterThan(0);

    const second = await startServiceProcess('banking', { ...env, PORT: String(port) }, `http://127.0.0.1:${port}/health`, 90_000);
    disposeAfterAll(() => second.stop());
    await eventually(
      async () =>
        expect(await em().count(Transfer, { id: { $like: 'withdrawal:crash-%' }, kind: 'PENDING', pendingState: 'PENDING' })).toBe(0),
      120_000,
      500,
    );

    const holds = await em().find(Transfer, { id: { $like: 'withdrawal:crash-%' }, kind: 'PENDING' });
    // Every acknowledged withdrawal was held, and every hold ended POSTED or VOIDED.
    expect(holds.map((h) => h.id)).toEqual(expect.arrayContaining(acknowledged));
    expect(holds.every((h) => h.pendingState === 'POSTED' || h.pendingState === 'VOIDED')).toBe(true);
    const posted = holds.filter((h) => h.pendingState === 'POSTED');
    const paidOut = posted.reduce((sum, h) => sum + Number(h.amount), 0);
    // Paid out exactly once per posted hold, and nothing for a voided one.
    const payments = stack.subgraphs.find((s) => s.name === 'payments')!.orm.em.fork();
    const refunds = await payments.find(Refund, { paymentIntentId: pi });
    expect(refunds).toHaveLength(posted.length);
    expect(refunds.reduce((sum, r) => sum + r.amount, 0)).toBe(paidOut);
    expect((await payments.findOneOrFail(PaymentIntent, { id: pi })).amountRefunded).toBe(paidOut);
    expect(await em().count(Transfer, { id: { $like: 'withdrawal:crash-%:post' } })).toBe(posted.length);
    // The account: nothing held any more, debited by exactly what left, never overdrawn.
    const row = await em().findOneOrFail(BankAccount, { id: a.id });
    expect(Number(row.debitsPending)).toBe(0);
    expect(Number(row.debitsPosted)).toBe(paidOut);
    expect(Number(row.creditsPosted) - Number(row.debitsPosted)).toBe(DEPOSIT - paidOut);
    expect(DEPOSIT - paidOut).toBeGreaterThanOrEqual(0);

    // Resending the acknowledged ids after the restart changes nothing.
    for (const id of acknowledged.slice(0, 3)) {
      const input = { id: id.slice('withdrawal:'.length), accountId: a.id, paymentIntentId: pi, amount: EACH };
      // The router may still answer SUBGRAPH_UNAVAILABLE for a moment after the restart (its breaker): a client retries.
      await eventually(async () => {
        const res = await gql(stack.url, WITHDRAW, { input }, auth);
        expect(res.body.data?.withdraw).toMatchObject({ __typename: 'TransferPending', transfer: { id } });
      }, 30_000);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await payments.fork().count(Refund, { paymentIntentId: pi })).toBe(posted.length);
  });
});
