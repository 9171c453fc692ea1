/**
 * The finance part of sql-per-request: one user's 1,000 expenses (a tenth of them from one recurring
 * series) and a budget per category, read as `expenses(first: N) { … recurringExpense owner }` plus
 * `budgets { spent }` for growing N. Every per-parent field goes through a per-request loader, so the
 * statement count must not move with N.
 */
import type { Stack } from '../scripts/lib/stack';
import { Budget, Expense, RecurringExpense } from '../subgraphs/finance/src/entities';
import { BUILT_IN_CATEGORIES } from '../subgraphs/finance/src/service';
import { formatTable } from './lib/report';

const EXPENSES = 1000;
const PAGE_SIZES = [10, 50, 100];

export const FINANCE_QUERY = `query Expenses($first: Int!) {
  expenses(first: $first, orderBy: { field: DATE, direction: DESC }) {
    totalCount edges { node { amount currency category date recurringExpense { description frequency } owner { email } } }
  }
  budgets(first: 20) { totalCount edges { node { category limit { amount } spent { amount } } } }
}`;

export interface FinanceRow {
  pageSize: number;
  outcome: string;
  sql: Record<string, number>;
  fetches: Record<string, number>;
  statements: string[];
}

interface Reply {
  status: number;
  data?: {
    expenses: { totalCount: number; edges: { node: { owner: { email: string } | null } }[] } | null;
    budgets: { totalCount: number } | null;
  };
  errors?: unknown[];
}

/**
 * Seeds finance for `userId` through its own ORM and measures `FINANCE_QUERY`. `ask` sends one query
 * and returns the reply with the per-subgraph SQL and fetch tallies of that request.
 */
export async function financeSqlPerRequest(
  stack: Stack,
  userId: string,
  email: string,
  ask: (
    query: string,
    variables: Record<string, unknown>,
  ) => Promise<{ reply: Reply; sql: Record<string, number>; fetches: Record<string, number>; statements: string[] }>,
  repeats: number,
): Promise<{ rows: FinanceRow[]; table: string; verdict: string }> {
  const finance = stack.subgraphs.find((s) => s.name === 'finance');
  if (!finance) throw new Error('the finance subgraph is not running');
  const em = finance.orm.em.fork();
  const today = new Date().toISOString().slice(0, 10);
  const series = em.create(RecurringExpense, {
    ownerId: userId,
    amount: 990,
    currency: 'EUR',
    description: 'bench subscription',
    category: 'Utilities',
    notes: null,
    frequency: 'DAILY',
    startOn: today,
    endOn: today,
    nextOn: null,
  });
  for (let i = 0; i < EXPENSES; i++) {
    const d = new Date(Date.now() - (i % 90) * 86_400_000).toISOString().slice(0, 10);
    em.create(Expense, {
      ownerId: userId,
      amount: 100 + i,
      currency: 'EUR',
      description: `bench expense ${i}`,
      category: BUILT_IN_CATEGORIES[i % BUILT_IN_CATEGORIES.length]!,
      spentOn: d,
      notes: null,
      recurringId: i % 10 === 0 ? series.id : null,
      occurrenceOn: i % 10 === 0 ? `b${String(i).padStart(9, '0')}` : null,
    });
  }
  for (const category of [...BUILT_IN_CATEGORIES, ''])
    em.create(Budget, { ownerId: userId, categoryKey: category, amount: 50_000, currency: 'EUR' });
  await em.flush();

  await ask(FINANCE_QUERY, { first: 10 }); // warm-up: query planning
  const rows: FinanceRow[] = [];
  for (const size of PAGE_SIZES) {
    for (let r = 0; r < repeats; r++) {
      const { reply, sql, fetches, statements } = await ask(FINANCE_QUERY, { first: size });
      const edges = reply.data?.expenses?.edges ?? [];
      const outcome =
        reply.status !== 200 || reply.errors?.length
          ? `HTTP ${reply.status} ${JSON.stringify(reply.errors).slice(0, 200)}`
          : reply.data?.expenses?.totalCount !== EXPENSES || edges.length !== size || reply.data.budgets?.totalCount !== 8
            ? 'wrong answer'
            : edges.some((e) => e.node.owner?.email !== email)
              ? 'owner e-mail missing'
              : `ok, ${size} expenses + 8 budgets`;
      rows.push({ pageSize: size, outcome, sql, fetches, statements });
    }
  }
  const names = ['identity', 'finance'];
  const table = formatTable(
    ['page size', ...names.map((n) => `fetch ${n}`), ...names.map((n) => `sql ${n}`), 'outcome'],
    rows.map((r) => [r.pageSize, ...names.map((n) => r.fetches[n] ?? 0), ...names.map((n) => r.sql[n] ?? 0), r.outcome]),
  );
  const distinct = [...new Set(rows.filter((r) => r.outcome.startsWith('ok')).map((r) => `${r.sql.finance} finance SQL`))];
  const failed = rows.filter((r) => !r.outcome.startsWith('ok'));
  const verdict =
    distinct.length === 1 && !failed.length
      ? `finance: every request cost the same: ${distinct[0]} (target met)`
      : `finance: cost differs: ${distinct.join('; ')}${failed.length ? `; ${failed.length} failed` : ''} (target NOT met)`;
  return { rows, table, verdict };
}
