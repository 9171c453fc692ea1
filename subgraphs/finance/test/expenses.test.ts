import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { Expense } from '../src/entities';
import { addExpense, CREATE_EXPENSE, day, LIST_EXPENSES } from './helpers';

describe('finance: expenses through the router', () => {
  let stack: TestStack;
  let alice: TestUser;
  let bob: TestUser;

  const finance = () => stack.subgraphs.find((s) => s.name === 'finance')!;
  const rows = () => finance().orm.em.fork().count(Expense, {});

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'finance'], env: { FINANCE_RECURRING_SWEEP_MS: '0' } });
    [alice, bob] = await Promise.all([signUpUser(stack.url, 'alice'), signUpUser(stack.url, 'bob')]);
  });

  it('creates an expense in minor units, with its owner, and each user sees only their own', async () => {
    const res = await gql(
      stack.url,
      CREATE_EXPENSE,
      { input: { amount: 1999, currency: 'eur', description: '  Lunch ', category: 'groceries', date: '2026-03-04', notes: 'with Bob' } },
      { token: alice.token },
    );
    expect(res.body.errors).toBeUndefined();
    const created = res.body.data.createExpense;
    expect(created).toMatchObject({
      expense: {
        amount: 1999,
        currency: 'EUR',
        description: 'Lunch',
        category: 'Groceries',
        date: '2026-03-04',
        notes: 'with Bob',
        owner: { id: alice.id },
      },
      budgetWarnings: [],
      errors: [],
    });
    const id = created.expense.id;
    const one = '{ expense(id: "ID") { id amount } }'.replace('ID', id);
    expect((await gql(stack.url, one, {}, { token: alice.token })).body.data.expense).toEqual({ id, amount: 1999 });
    expect((await gql(stack.url, one, {}, { token: bob.token })).body.data.expense).toBeNull();
    expect((await gql(stack.url, LIST_EXPENSES, {}, { token: bob.token })).body.data.expenses.totalCount).toBe(0);
    // me { expenses } goes through identity's User.
    const me = await gql(stack.url, '{ me { email expenses { totalCount } } }', {}, { token: alice.token });
    expect(me.body.data.me).toEqual({ email: alice.email, expenses: { totalCount: 1 } });
    // Another user's id is refused by `updateExpense`/`deleteExpense` as not found.
    const update = `mutation { updateExpense(id: "${id}", input: { amount: 1 }) { expense { id } } }`;
    expect(errorCodes(await gql(stack.url, update, {}, { token: bob.token }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(stack.url, `mutation { deleteExpense(id: "${id}") { deletedId } }`, {}, { token: bob.token }))).toEqual([
      'NOT_FOUND',
    ]);
    // And nobody without a token.
    expect(errorCodes(await gql(stack.url, LIST_EXPENSES, {}))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses bad money, text, dates and categories with per-field errors and writes nothing', async () => {
    const before = await rows();
    const bad = async (input: Record<string, unknown>) => {
      const res = await gql(
        stack.url,
        CREATE_EXPENSE,
        { input: { amount: 100, currency: 'EUR', description: 'x', ...input } },
        { token: bob.token },
      );
      expect(res.status).toBeLessThan(500);
      return res;
    };
    const fields = async (input: Record<string, unknown>) =>
      (await bad(input)).body.data.createExpense.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`);
    expect(await fields({ amount: -5 })).toEqual(['input.amount:BAD_USER_INPUT']);
    expect(await fields({ amount: 0 })).toEqual(['input.amount:BAD_USER_INPUT']);
    expect(await fields({ amount: 1_000_000_001 })).toEqual(['input.amount:BAD_USER_INPUT']);
    expect(await fields({ currency: 'EURO' })).toEqual(['input.currency:BAD_USER_INPUT']);
    expect(await fields({ currency: 'XYZ' })).toEqual(['input.currency:BAD_USER_INPUT']);
    expect(await fields({ description: ' ' })).toEqual(['input.description:BAD_USER_INPUT']);
    expect(await fields({ description: 'x'.repeat(201) })).toEqual(['input.description:BAD_USER_INPUT']);
    expect(await fields({ date: '2026-02-30' })).toEqual(['input.date:BAD_USER_INPUT']);
    expect(await fields({ date: '03/04/2026' })).toEqual(['input.date:BAD_USER_INPUT']);
    expect(await fields({ category: 'Yachts' })).toEqual(['input.category:BAD_USER_INPUT']);
    expect(await fields({ notes: 'n'.repeat(2001) })).toEqual(['input.notes:BAD_USER_INPUT']);
    expect(await fields({ amount: -1, currency: 'no', description: '', date: 'x' })).toEqual([
      'input.amount:BAD_USER_INPUT',
      'input.currency:BAD_USER_INPUT',
      'input.description:BAD_USER_INPUT',
      'input.date:BAD_USER_INPUT',
    ]);
    // A fraction or a number beyond 32 bits is refused by GraphQL's Int before any resolver, still as BAD_USER_INPUT naming the field.
    for (const amount of [12.5, 2 ** 40]) {
      const res = await bad({ amount });
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(res.body.errors![0]!.message).toContain('amount');
    }
    const stringAmount = await bad({ amount: '12.50' });
    expect(errorCodes(stringAmount)).toEqual(['BAD_USER_INPUT']);
    expect(await rows()).toBe(before);
  });

  it('updates with per-field errors, clears notes with null, and deletes', async () => {
    const id = await addExpense(stack.url, bob, { amount: 500, description: 'Socks', category: 'Clothing', notes: 'blue' });
    const update = `mutation($id: ID!, $input: UpdateExpenseInput!) {
      updateExpense(id: $id, input: $input) { expense { amount currency description category date notes } errors { field code } }
    }`;
    const badUpdate = await gql(stack.url, update, { id, input: { amount: 0, category: 'Nope' } }, { token: bob.token });
    expect(badUpdate.body.data.updateExpense).toEqual({
      expense: null,
      errors: [
        { field: 'input.amount', code: 'BAD_USER_INPUT' },
        { field: 'input.category', code: 'BAD_USER_INPUT' },
      ],
    });
    const ok = await gql(
      stack.url,
      update,
      { id, input: { amount: 650, currency: 'usd', notes: null, date: '2026-01-31' } },
      { token: bob.token },
    );
    expect(ok.body.data.updateExpense).toEqual({
      expense: { amount: 650, currency: 'USD', description: 'Socks', category: 'Clothing', date: '2026-01-31', notes: null },
      errors: [],
    });
    const del = await gql(stack.url, `mutation { deleteExpense(id: "${id}") { deletedId errors { field } } }`, {}, { token: bob.token });
    expect(del.body.data.deleteExpense).toEqual({ deletedId: id, errors: [] });
  });

  describe('categories', () => {
    it('lists the seven built-ins then the user’s own; refuses duplicates and built-in names', async () => {
      const create =
        'mutation($name: String!) { createExpenseCategory(name: $name) { category { id name builtIn } errors { field code } } }';
      const made = await gql(stack.url, create, { name: ' Pets ' }, { token: alice.token });
      expect(made.body.data.createExpenseCategory.category).toMatchObject({ name: 'Pets', builtIn: false });
      expect((await gql(stack.url, create, { name: 'pets' }, { token: alice.token })).body.data.createExpenseCategory.errors).toEqual([
        { field: 'name', code: 'CONFLICT' },
      ]);
      expect((await gql(stack.url, create, { name: 'HEALTH' }, { token: alice.token })).body.data.createExpenseCategory.errors).toEqual([
        { field: 'name', code: 'CONFLICT' },
      ]);
      expect(
        (await gql(stack.url, create, { name: 'x'.repeat(41) }, { token: alice.token })).body.data.createExpenseCategory.errors,
      ).toEqual([{ field: 'name', code: 'BAD_USER_INPUT' }]);
      // Bob may have his own Pets; Alice's is not his.
      expect((await gql(stack.url, create, { name: 'Pets' }, { token: bob.token })).body.data.createExpenseCategory.errors).toEqual([]);
      const list = '{ expenseCategories(first: 5) { totalCount pageInfo { hasNextPage endCursor } edges { node { name builtIn } } } }';
      const page = (await gql(stack.url, list, {}, { token: alice.token })).body.data.expenseCategories;
      expect(page.totalCount).toBe(8);
      expect(page.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
        'Groceries',
        'Leisure',
        'Electronics',
        'Utilities',
        'Clothing',
      ]);
      const rest = await gql(
        stack.url,
        'query($after: String) { expenseCategories(first: 5, after: $after) { pageInfo { hasNextPage } edges { node { name builtIn } } } }',
        { after: page.pageInfo.endCursor },
        { token: alice.token },
      );
      expect(rest.body.data.expenseCategories.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual([
        'Health',
        'Others',
        'Pets',
      ]);
      expect(rest.body.data.expenseCategories.pageInfo.hasNextPage).toBe(false);
      // Using it, then deleting it moves the expense to Others.
      const id = await addExpense(stack.url, alice, { amount: 1200, category: 'PETS', description: 'Cat food', date: '2025-06-01' });
      const categoryId = made.body.data.createExpenseCategory.category.id;
      expect(
        errorCodes(await gql(stack.url, `mutation { deleteExpenseCategory(id: "${categoryId}") { deletedId } }`, {}, { token: bob.token })),
      ).toEqual(['NOT_FOUND']);
      await gql(stack.url, `mutation { deleteExpenseCategory(id: "${categoryId}") { deletedId } }`, {}, { token: alice.token });
      expect((await gql(stack.url, `{ expense(id: "${id}") { category } }`, {}, { token: alice.token })).body.data.expense).toEqual({
        category: 'Others',
      });
    });
  });

  describe('lists', () => {
    let carol: TestUser;
    beforeAll(async () => {
      carol = await signUpUser(stack.url, 'carol');
      const samples: [number, number, string][] = [
        [0, 1000, 'Groceries'],
        [-3, 2500, 'Leisure'],
        [-6, 300, 'Groceries'],
        [-8, 4000, 'Utilities'],
        [-20, 15000, 'Electronics'],
        [-45, 700, 'Health'],
        [-80, 999, 'Groceries'],
        [-200, 5000, 'Clothing'],
      ];
      for (const [offset, amount, category] of samples) {
        await addExpense(stack.url, carol, { amount, category, date: day(offset), description: `${category} ${amount}` });
      }
    });

    const list = async (variables: Record<string, unknown>) => {
      const res = await gql(stack.url, LIST_EXPENSES, variables, { token: carol.token });
      expect(res.body.errors).toBeUndefined();
      return res.body.data.expenses as {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { amount: number; date: string } }[];
      };
    };
    const amounts = async (variables: Record<string, unknown>) => (await list(variables)).edges.map((e) => e.node.amount);

    it('filters by period relative to today', async () => {
      expect(await amounts({ filter: { period: 'PAST_WEEK' } })).toEqual([1000, 2500, 300]);
      expect((await list({ filter: { period: 'PAST_MONTH' } })).totalCount).toBe(5);
      expect((await list({ filter: { period: 'LAST_3_MONTHS' } })).totalCount).toBe(7);
    });

    it('filters by custom range, category and amount range', async () => {
      expect(await amounts({ filter: { from: day(-8), to: day(-3) } })).toEqual([2500, 300, 4000]);
      expect(await amounts({ filter: { category: 'groceries' } })).toEqual([1000, 300, 999]);
      expect(await amounts({ filter: { minAmount: 900, maxAmount: 2500 } })).toEqual([1000, 2500, 999]);
      expect(await amounts({ filter: { category: 'Groceries', minAmount: 500, from: day(-30) } })).toEqual([1000]);
    });

    it('refuses malformed or inverted ranges and bad filters as BAD_USER_INPUT naming the field', async () => {
      const field = async (filter: Record<string, unknown>) => {
        const res = await gql(stack.url, LIST_EXPENSES, { filter }, { token: carol.token });
        expect(res.status).toBeLessThan(500);
        expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
        return res.body.errors![0]!.extensions!.field;
      };
      expect(await field({ from: '2026-13-01' })).toBe('filter.from');
      expect(await field({ to: 'yesterday' })).toBe('filter.to');
      expect(await field({ from: '2026-05-02', to: '2026-05-01' })).toBe('filter.to');
      expect(await field({ from: '2000-01-01', to: '2026-01-01' })).toBe('filter.to');
      expect(await field({ period: 'PAST_WEEK', from: '2026-01-01' })).toBe('filter.period');
      expect(await field({ category: 'Yachts' })).toBe('filter.category');
      expect(await field({ minAmount: 10, maxAmount: 5 })).toBe('filter.maxAmount');
      expect(await field({ minAmount: -1 })).toBe('filter.minAmount');
      expect(await field({ currency: 'euro' })).toBe('filter.currency');
      const tooMany = await gql(stack.url, LIST_EXPENSES, { first: 101 }, { token: carol.token });
      expect(tooMany.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });

    it('sorts and pages with a stable cursor', async () => {
      expect(await amounts({ orderBy: { field: 'AMOUNT', direction: 'DESC' }, first: 3 })).toEqual([15000, 5000, 4000]);
      const oldestFirst = await amounts({ orderBy: { field: 'DATE', direction: 'ASC' } });
      expect(oldestFirst).toEqual([5000, 999, 700, 15000, 4000, 300, 2500, 1000]);
      const seen: number[] = [];
      let after: string | null = null;
      for (;;) {
        const page = await list({ first: 3, after, orderBy: { field: 'DATE', direction: 'ASC' } });
        seen.push(...page.edges.map((e) => e.node.amount));
        expect(page.totalCount).toBe(8);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(oldestFirst);
    });

    it('summarises by category and month with month-over-month change', async () => {
      const month = (offset: number) => {
        const d = new Date();
        d.setUTCDate(1);
        d.setUTCMonth(d.getUTCMonth() + offset);
        return d.toISOString().slice(0, 7);
      };
      const res = await gql(
        stack.url,
        `query($from: String, $to: String) { expenseSummary(fromMonth: $from, toMonth: $to, currency: "EUR") {
          fromMonth toMonth currency total { amount } byCategory { category total { amount } count } byMonth { month total { amount } count change changePercent }
        } }`,
        { from: month(-8), to: month(0) },
        { token: carol.token },
      );
      expect(res.body.errors).toBeUndefined();
      const summary = res.body.data.expenseSummary;
      expect(summary.total.amount).toBe(1000 + 2500 + 300 + 4000 + 15000 + 700 + 999 + 5000);
      expect(summary.byCategory[0]).toEqual({ category: 'Electronics', total: { amount: 15000 }, count: 1 });
      expect(summary.byCategory.find((c: { category: string }) => c.category === 'Groceries')).toEqual({
        category: 'Groceries',
        total: { amount: 2299 },
        count: 3,
      });
      expect(summary.byMonth).toHaveLength(9);
      const totals = summary.byMonth.map((m: { total: { amount: number } }) => m.total.amount);
      expect(totals.reduce((a: number, b: number) => a + b, 0)).toBe(summary.total.amount);
      expect(summary.byMonth[0].change).toBeNull();
      for (let i = 1; i < totals.length; i++) {
        expect(summary.byMonth[i].change).toBe(totals[i] - totals[i - 1]);
        const pct = totals[i - 1] === 0 ? null : Math.round(((totals[i] - totals[i - 1]) / totals[i - 1]) * 1000) / 10;
        expect(summary.byMonth[i].changePercent).toBe(pct);
      }
      const tooLong = await gql(
        stack.url,
        '{ expenseSummary(fromMonth: "2020-01", toMonth: "2026-01") { total { amount } } }',
        {},
        { token: carol.token },
      );
      expect(tooLong.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fromMonth' });
      const inverted = await gql(
        stack.url,
        '{ expenseSummary(fromMonth: "2026-05", toMonth: "2026-01") { total { amount } } }',
        {},
        { token: carol.token },
      );
      expect(inverted.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toMonth' });
    });
  });

  it('exports CSV per RFC 4180 with formula cells neutralised, only the user’s own rows', async () => {
    const dave = await signUpUser(stack.url, 'dave');
    await addExpense(stack.url, dave, {
      amount: 1234,
      description: '=HYPERLINK("http://evil","x")',
      date: '2026-01-02',
      notes: 'line1\r\nline2',
    });
    await addExpense(stack.url, dave, { amount: 50, description: 'Coffee, "large"', date: '2026-01-01', notes: '@SUM(A1)' });
    await addExpense(stack.url, dave, { amount: 75, description: '+1', date: '2026-01-03', notes: '-2' });
    await addExpense(stack.url, dave, { amount: 80, description: 'Tabbed', date: '2026-01-04', category: 'Health', notes: '\tx' });
    const res = await gql(stack.url, '{ exportExpenses { rowCount csv } }', {}, { token: dave.token });
    expect(res.body.errors).toBeUndefined();
    const { csv, rowCount } = res.body.data.exportExpenses;
    expect(rowCount).toBe(4);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('date,description,category,amount_minor,currency,notes,id');
    expect(lines[1]).toMatch(/^2026-01-01,"Coffee, ""large""",Others,50,EUR,'@SUM\(A1\),[0-9a-f-]{36}$/);
    expect(lines[2]).toMatch(/^2026-01-02,"'=HYPERLINK\(""http:\/\/evil"",""x""\)",Others,1234,EUR,"line1$/);
    expect(lines[3]).toMatch(/^line2",[0-9a-f-]{36}$/);
    expect(lines[4]).toMatch(/^2026-01-03,'\+1,Others,75,EUR,'-2,/);
    expect(lines[5]).toMatch(/^2026-01-04,Tabbed,Health,80,EUR,'\tx,/);
    expect(csv.endsWith('\r\n')).toBe(true);
    const filtered = await gql(stack.url, '{ exportExpenses(filter: { category: "Health" }) { rowCount } }', {}, { token: dave.token });
    expect(filtered.body.data.exportExpenses.rowCount).toBe(1);
    const badRange = await gql(
      stack.url,
      '{ exportExpenses(filter: { from: "2026-02-01", to: "2026-01-01" }) { rowCount } }',
      {},
      { token: dave.token },
    );
    expect(badRange.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.to' });
  });
});
