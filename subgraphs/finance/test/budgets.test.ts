import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { OutboxEvent } from '../../../kit';
import { CREATE_EXPENSE } from './helpers';

const SET_BUDGET = `mutation($input: SetBudgetInput!) {
  setBudget(input: $input) { budget { id category limit { amount currency } spent { amount currency } } errors { field code } }
}`;
const NOTIFICATIONS =
  '{ notifications(first: 50) { totalCount edges { node { kind eventType title body subjectType subjectId actor { id } } } } }';

interface Warning {
  category: string | null;
  month: string;
  limit: { amount: number; currency: string };
  spent: { amount: number; currency: string };
  justExceeded: boolean;
}

describe('finance: monthly budgets, warnings and notifications through the router', () => {
  let stack: TestStack;

  const finance = () => stack.subgraphs.find((s) => s.name === 'finance')!;
  const exceededEvents = () => finance().orm.em.fork().find(OutboxEvent, { type: 'finance.budget.exceeded' });

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'finance', 'notifications'], env: { FINANCE_RECURRING_SWEEP_MS: '0' } });
  });

  async function add(user: TestUser, amount: number, category: string, date: string): Promise<Warning[]> {
    const res = await gql(
      stack.url,
      CREATE_EXPENSE,
      { input: { amount, currency: 'EUR', description: 'x', category, date } },
      { token: user.token },
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.createExpense.errors).toEqual([]);
    return res.body.data.createExpense.budgetWarnings;
  }

  it('sets budgets with per-field errors, replaces a limit, reports what is spent', async () => {
    const erin = await signUpUser(stack.url, 'erin');
    const bad = await gql(stack.url, SET_BUDGET, { input: { category: 'Yachts', amount: -1, currency: 'EUR' } }, { token: erin.token });
    expect(bad.body.data.setBudget.errors).toEqual([
      { field: 'input.amount', code: 'BAD_USER_INPUT' },
      { field: 'input.category', code: 'BAD_USER_INPUT' },
    ]);
    await gql(stack.url, SET_BUDGET, { input: { category: 'Leisure', amount: 100, currency: 'EUR' } }, { token: erin.token });
    const replaced = await gql(
      stack.url,
      SET_BUDGET,
      { input: { category: 'leisure', amount: 20000, currency: 'EUR' } },
      { token: erin.token },
    );
    expect(replaced.body.data.setBudget.budget).toMatchObject({ category: 'Leisure', limit: { amount: 20000, currency: 'EUR' } });
    await gql(stack.url, SET_BUDGET, { input: { amount: 90000, currency: 'EUR' } }, { token: erin.token });
    await add(erin, 1500, 'Leisure', '2026-02-10');
    await add(erin, 700, 'Health', '2026-02-11');
    await add(erin, 999, 'Leisure', '2026-03-01');
    const list = await gql(
      stack.url,
      '{ budgets { totalCount edges { node { category limit { amount } spent(month: "2026-02") { amount currency } } } } }',
      {},
      { token: erin.token },
    );
    expect(list.body.data.budgets).toEqual({
      totalCount: 2,
      edges: [
        { node: { category: null, limit: { amount: 90000 }, spent: { amount: 2200, currency: 'EUR' } } },
        { node: { category: 'Leisure', limit: { amount: 20000 }, spent: { amount: 1500, currency: 'EUR' } } },
      ],
    });
    const badMonth = await gql(
      stack.url,
      '{ budgets { edges { node { spent(month: "2026-13") { amount } } } } }',
      {},
      { token: erin.token },
    );
    expect(badMonth.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
    // Another user sees none of them.
    const frank = await signUpUser(stack.url, 'frank');
    expect((await gql(stack.url, '{ budgets { totalCount } }', {}, { token: frank.token })).body.data.budgets.totalCount).toBe(0);
  });

  it('warns when an expense takes a month over a budget, and notifies the user once through notifications', async () => {
    const gina = await signUpUser(stack.url, 'gina');
    await gql(stack.url, SET_BUDGET, { input: { category: 'Groceries', amount: 10000, currency: 'EUR' } }, { token: gina.token });
    expect(await add(gina, 6000, 'Groceries', '2026-04-03')).toEqual([]);
    // Other months, categories and currencies do not count.
    expect(await add(gina, 9000, 'Groceries', '2026-05-03')).toEqual([]);
    expect(await add(gina, 9000, 'Leisure', '2026-04-03')).toEqual([]);
    const usd = await gql(
      stack.url,
      CREATE_EXPENSE,
      { input: { amount: 9000, currency: 'USD', description: 'x', category: 'Groceries', date: '2026-04-04' } },
      { token: gina.token },
    );
    expect(usd.body.data.createExpense.budgetWarnings).toEqual([]);
    // Exactly at the limit is not over it.
    expect(await add(gina, 4000, 'Groceries', '2026-04-05')).toEqual([]);
    const over = await add(gina, 1, 'Groceries', '2026-04-06');
    expect(over).toEqual([
      {
        category: 'Groceries',
        month: '2026-04',
        limit: { amount: 10000, currency: 'EUR' },
        spent: { amount: 10001, currency: 'EUR' },
        justExceeded: true,
      },
    ]);
    // Still over: a warning, but no second notification.
    expect(await add(gina, 500, 'Groceries', '2026-04-07')).toMatchObject([{ spent: { amount: 10501 }, justExceeded: false }]);
    const notified = await eventually(async () => {
      const res = await gql(stack.url, NOTIFICATIONS, {}, { token: gina.token });
      expect(res.body.data.notifications.totalCount).toBe(1);
      return res.body.data.notifications.edges[0].node;
    }, 10_000);
    expect(notified).toMatchObject({
      kind: 'BUDGET_EXCEEDED',
      eventType: 'finance.budget.exceeded',
      title: 'Over your Groceries budget for 2026-04',
      body: 'You have spent 100.01 EUR of 100.00 EUR in 2026-04.',
      subjectType: 'Budget',
      actor: null,
    });
    // An update that moves an expense into a month over budget warns the same way.
    const id = (
      await gql(
        stack.url,
        CREATE_EXPENSE,
        { input: { amount: 9999, currency: 'EUR', description: 'x', category: 'Groceries', date: '2026-06-01' } },
        { token: gina.token },
      )
    ).body.data.createExpense.expense.id;
    const moved = await gql(
      stack.url,
      'mutation($id: ID!) { updateExpense(id: $id, input: { date: "2026-05-20" }) { budgetWarnings { month spent { amount } justExceeded } errors { field } } }',
      { id },
      { token: gina.token },
    );
    expect(moved.body.data.updateExpense).toEqual({
      budgetWarnings: [{ month: '2026-05', spent: { amount: 18999 }, justExceeded: true }],
      errors: [],
    });
    // Lowering it back under the limit warns no more; the crossing by the move was the second notification.
    const lower = await gql(
      stack.url,
      'mutation($id: ID!) { updateExpense(id: $id, input: { amount: 1 }) { budgetWarnings { justExceeded } } }',
      { id },
      { token: gina.token },
    );
    expect(lower.body.data.updateExpense.budgetWarnings).toEqual([]);
    await eventually(async () => {
      const res = await gql(stack.url, NOTIFICATIONS, {}, { token: gina.token });
      expect(res.body.data.notifications.totalCount).toBe(2);
    }, 10_000);
  });

  it('keeps warnings exact under 20 concurrent adds: one crossing, one event per budget', async () => {
    const hank = await signUpUser(stack.url, 'hank');
    await gql(stack.url, SET_BUDGET, { input: { category: 'Groceries', amount: 5000, currency: 'EUR' } }, { token: hank.token });
    await gql(stack.url, SET_BUDGET, { input: { amount: 6000, currency: 'EUR' } }, { token: hank.token });
    const eventsBefore = (await exceededEvents()).length;
    const results = await Promise.all(Array.from({ length: 20 }, () => add(hank, 400, 'Groceries', '2026-07-15')));
    const category = results.flat().filter((w) => w.category === 'Groceries');
    const overall = results.flat().filter((w) => w.category === null);
    // 12 × 400 = 4800 fits 5000; adds 13..20 are over. 15 × 400 = 6000 fits 6000; adds 16..20 are over.
    expect(category.map((w) => w.spent.amount).sort((a, b) => a - b)).toEqual([5200, 5600, 6000, 6400, 6800, 7200, 7600, 8000]);
    expect(overall.map((w) => w.spent.amount).sort((a, b) => a - b)).toEqual([6400, 6800, 7200, 7600, 8000]);
    expect(category.filter((w) => w.justExceeded).map((w) => w.spent.amount)).toEqual([5200]);
    expect(overall.filter((w) => w.justExceeded).map((w) => w.spent.amount)).toEqual([6400]);
    const events = (await exceededEvents()).slice(eventsBefore);
    expect(events.map((e) => (e.payload as { spent: number }).spent).sort()).toEqual([5200, 6400]);
    await eventually(async () => {
      const res = await gql(stack.url, NOTIFICATIONS, {}, { token: hank.token });
      expect(res.body.data.notifications.totalCount).toBe(2);
    }, 10_000);
  });
});
