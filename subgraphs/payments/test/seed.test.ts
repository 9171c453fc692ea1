import { gql } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { seed } from '../src/seed';
import { paymentsOrm } from './helpers';

describe('payments demo data (SEED_DEMO_DATA=true)', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'payments'], env: { SEED_DEMO_DATA: 'true', PAYMENTS_WEBHOOK_SWEEP_MS: '0' } });
  });

  it('gives the demo user PaymentIntents in several states, once', async () => {
    const login = await gql(
      stack.url,
      'mutation { logIn(input: { email: "demo@hubgraph.dev", password: "hubgraph-demo" }) { accessToken } }',
    );
    const token = login.body.data.logIn.accessToken;
    const list = () =>
      gql(stack.url, '{ paymentIntents { totalCount edges { node { reference status amountRefunded } } } }', {}, { token });
    const first = (await list()).body.data.paymentIntents;
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e: any) => e.node.status).sort()).toEqual(['REQUIRES_CAPTURE', 'REQUIRES_PAYMENT_METHOD', 'SUCCEEDED']);
    await seed(paymentsOrm(stack).em.fork());
    expect((await list()).body.data.paymentIntents.totalCount).toBe(3);
  });
});
