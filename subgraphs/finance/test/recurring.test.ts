import { loadSubgraphConfig, startSubgraph, type RunningSubgraph } from '../../../kit';
import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { disposeAfterAll, startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually } from '../../../test/helpers/wait';
import { finance } from '../index';
import { addDays, dayOf } from '../src/dates';
import { Expense, RecurringExpense } from '../src/entities';
import { FinanceService } from '../src/service';
import { day, LIST_EXPENSES } from './helpers';

const CREATE = `mutation($input: CreateRecurringExpenseInput!) {
  createRecurringExpense(input: $input) {
    recurringExpense { id amount currency description category frequency startDate endDate nextDate }
    errors { field code }
  }
}`;

describe('finance: recurring expenses', () => {
  let stack: TestStack;
  let ivy: TestUser;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'finance'], env: { FINANCE_RECURRING_SWEEP_MS: '0' } });
    ivy = await signUpUser(stack.url, 'ivy');
  });

  it('computes the next occurrence: daily, weekly, monthly kept on the start day (clamped in short months)', () => {
    const monthly = { frequency: 'MONTHLY' as const, startOn: '2026-01-31' };
    const seen = ['2026-01-31'];
    for (let i = 0; i < 4; i++) seen.push(FinanceService.nextOccurrence(monthly, seen[seen.length - 1]!));
    expect(seen).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31']);
    expect(FinanceService.nextOccurrence({ frequency: 'WEEKLY', startOn: '2026-12-28' }, '2026-12-28')).toBe('2027-01-04');
    expect(FinanceService.nextOccurrence({ frequency: 'DAILY', startOn: '2028-02-28' }, '2028-02-28')).toBe('2028-02-29');
  });

  it('refuses bad series with per-field errors and writes nothing', async () => {
    const res = await gql(
      stack.url,
      CREATE,
      {
        input: {
          amount: 0,
          currency: 'EUR',
          description: 'Gym',
          frequency: 'WEEKLY',
          startDate: '2026-05-10',
          endDate: '2026-05-01',
          category: 'Boats',
        },
      },
      { token: ivy.token },
    );
    expect(res.body.data.createRecurringExpense.errors.map((e: { field: string }) => e.field)).toEqual([
      'input.amount',
      'input.endDate',
      'input.category',
    ]);
    const old = await gql(
      stack.url,
      CREATE,
      { input: { amount: 1, currency: 'EUR', description: 'x', frequency: 'DAILY', startDate: day(-400) } },
      { token: ivy.token },
    );
    expect(old.body.data.createRecurringExpense.errors).toEqual([{ field: 'input.startDate', code: 'BAD_USER_INPUT' }]);
    expect(
      (await gql(stack.url, '{ recurringExpenses { totalCount } }', {}, { token: ivy.token })).body.data.recurringExpenses.totalCount,
    ).toBe(0);
  });

  it('records occurrences already due at once, and lists the series', async () => {
    const res = await gql(
      stack.url,
      CREATE,
      {
        input: {
          amount: 350,
          currency: 'EUR',
          description: 'Coffee',
          category: 'Leisure',
          frequency: 'DAILY',
          startDate: day(-4),
          endDate: day(-1),
        },
      },
      { token: ivy.token },
    );
    expect(res.body.data.createRecurringExpense).toMatchObject({ recurringExpense: { nextDate: null, endDate: day(-1) }, errors: [] });
    const list = await gql(
      stack.url,
      LIST_EXPENSES,
      { filter: { category: 'Leisure' }, orderBy: { field: 'DATE', direction: 'ASC' } },
      { token: ivy.token },
    );
    expect(list.body.data.expenses.edges.map((e: { node: { date: string } }) => e.node.date)).toEqual([day(-4), day(-3), day(-2), day(-1)]);
    const withSeries = await gql(
      stack.url,
      '{ expenses(first: 1) { edges { node { recurringExpense { description frequency } } } } }',
      {},
      { token: ivy.token },
    );
    expect(withSeries.body.data.expenses.edges[0].node.recurringExpense).toEqual({ description: 'Coffee', frequency: 'DAILY' });
    const series = await gql(stack.url, '{ recurringExpenses { totalCount edges { node { description } } } }', {}, { token: ivy.token });
    expect(series.body.data.recurringExpenses).toEqual({ totalCount: 1, edges: [{ node: { description: 'Coffee' } }] });
  });

  it('two replicas sweeping on an injected clock record each occurrence exactly once', async () => {
    // Two more finance servers over the same database, each with its `start` sweep running every
    // 20 ms, on the kit's injectable clock, which the test moves forward day by day.
    let now = new Date();
    const clock = { now: () => now };
    const replicas: RunningSubgraph[] = [];
    const env = { ...stack.env, FINANCE_RECURRING_SWEEP_MS: '20' };
    for (let i = 0; i < 2; i++) {
      const replica = await startSubgraph(finance, { config: loadSubgraphConfig(env), env, port: 0, clock });
      replicas.push(replica);
      disposeAfterAll(() => replica.stop());
    }
    const startDate = day(1);
    const weekly = await gql(
      stack.url,
      CREATE,
      { input: { amount: 1200, currency: 'EUR', description: 'Cleaner', frequency: 'WEEKLY', startDate } },
      { token: ivy.token },
    );
    const daily = await gql(
      stack.url,
      CREATE,
      { input: { amount: 99, currency: 'EUR', description: 'Bus', frequency: 'DAILY', startDate, endDate: addDays(startDate, 20) } },
      { token: ivy.token },
    );
    const weeklyId = weekly.body.data.createRecurringExpense.recurringExpense.id;
    const dailyId = daily.body.data.createRecurringExpense.recurringExpense.id;
    expect(weekly.body.data.createRecurringExpense.recurringExpense.nextDate).toBe(startDate);
    const em = () => replicas[0]!.orm.em.fork();
    const occurrences = async (id: string) =>
      (await em().find(Expense, { recurringId: id }, { orderBy: { spentOn: 'asc' } })).map((e) => e.spentOn);
    // Nothing is due yet.
    expect(await occurrences(weeklyId)).toEqual([]);
    // Move the clock a day at a time over 30 days, waiting each time until both series caught up.
    for (let offset = 1; offset <= 30; offset++) {
      now = new Date(Date.now() + offset * 86_400_000);
      const today = dayOf(now);
      await eventually(async () => {
        const [w, d] = await Promise.all([
          em().findOneOrFail(RecurringExpense, { id: weeklyId }),
          em().findOneOrFail(RecurringExpense, { id: dailyId }),
        ]);
        expect(w.nextOn! > today).toBe(true);
        expect(d.nextOn == null || d.nextOn > today).toBe(true);
      }, 10_000);
    }
    const days = await occurrences(dailyId);
    expect(days).toHaveLength(21);
    expect(new Set(days).size).toBe(21);
    expect(days[0]).toBe(startDate);
    expect(days[20]).toBe(addDays(startDate, 20));
    const weeks = await occurrences(weeklyId);
    expect(weeks).toEqual([0, 7, 14, 21, 28].map((n) => addDays(startDate, n)));
    // A second pass at the same instant from both replicas' services finds nothing more to record.
    const again = await Promise.all(replicas.map((r) => new FinanceService().materialiseDue({ em: r.orm.em.fork(), clock })));
    expect(again).toEqual([0, 0]);
    expect(await em().count(Expense, { recurringId: { $in: [weeklyId, dailyId] } })).toBe(26);

    // A head-on race: a series 60 days behind, six sweeps at once across the two replicas.
    const fork = em();
    const behind = fork.create(RecurringExpense, {
      ownerId: ivy.id,
      amount: 10,
      currency: 'EUR',
      description: 'Race',
      category: 'Others',
      notes: null,
      frequency: 'DAILY',
      startOn: addDays(dayOf(now), -59),
      endOn: null,
      nextOn: addDays(dayOf(now), -59),
    });
    await fork.flush();
    const recorded = await Promise.all(
      Array.from({ length: 6 }, (_, i) => new FinanceService().materialiseDue({ em: replicas[i % 2]!.orm.em.fork(), clock })),
    );
    // The replicas' own 20 ms sweeps join the race, so these calls record at most all of them.
    expect(recorded.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(60);
    // A sweep that found the series busy leaves the rest to the replicas' next sweeps.
    const raced = await eventually(async () => {
      const found = await occurrences(behind.id);
      expect(found.length).toBeGreaterThanOrEqual(60);
      return found;
    }, 10_000);
    expect(raced).toHaveLength(60);
    expect(new Set(raced).size).toBe(60);
  });
});
