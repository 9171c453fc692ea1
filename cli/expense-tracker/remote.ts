/**
 * expense-tracker's `--remote` mode: the same commands on the supergraph's finance subgraph through the
 * typed SDK (HUBGRAPH_URL, HUBGRAPH_TOKEN). finance checks and stores everything (its categories include
 * the user's own); ids are the server's.
 */
import {
  AddExpenseDocument,
  BudgetsDocument,
  DeleteExpenseDocument,
  ExpensesDocument,
  ExportExpensesDocument,
  SetBudgetDocument,
  UpdateExpenseDocument,
} from '../../sdk/index';
import { CliError } from '../lib';
import { Supergraph } from '../lib/supergraph';
import { notFound, type Budget, type BudgetWarning, type Expense, type ExpenseChange } from './store';

const toWarning = (w: {
  category?: string | null;
  month: string;
  limit: { amount: number; currency: string };
  spent: { amount: number };
}): BudgetWarning => ({
  category: w.category ?? null,
  month: w.month,
  limit: w.limit.amount,
  spent: w.spent.amount,
  currency: w.limit.currency,
});

const toExpense = (e: { id: string; date: string; description: string; amount: number; currency: string; category: string }): Expense => ({
  id: e.id,
  date: e.date,
  description: e.description,
  amount: e.amount,
  currency: e.currency,
  category: e.category,
});

export class RemoteExpenses {
  private readonly graph: Supergraph;

  constructor(url: string, token: string | undefined) {
    this.graph = new Supergraph(url, token);
  }

  async list(filter: { month?: string; category?: string } = {}): Promise<Expense[]> {
    const range = filter.month ? { from: `${filter.month}-01`, to: lastDay(filter.month) } : {};
    const out: Expense[] = [];
    let after: string | null | undefined;
    do {
      const page = await this.graph.call((client) =>
        client.request(ExpensesDocument, {
          first: 100,
          after,
          filter: { ...range, category: filter.category },
          orderBy: { field: 'DATE', direction: 'ASC' },
        }),
      );
      for (const edge of page.expenses?.edges ?? []) out.push(toExpense(edge.node));
      after = page.expenses?.pageInfo.hasNextPage ? page.expenses.pageInfo.endCursor : null;
    } while (after);
    return out;
  }

  async add(input: Required<ExpenseChange>): Promise<{ expense: Expense; warnings: BudgetWarning[] }> {
    const data = (await this.graph.call((client) => client.request(AddExpenseDocument, { input }))).createExpense;
    Supergraph.refuse(data?.errors ?? []);
    if (!data?.expense) throw new CliError('the supergraph did not record the expense', { code: 'UNAVAILABLE' });
    return { expense: toExpense(data.expense), warnings: (data.budgetWarnings ?? []).map(toWarning) };
  }

  async update(id: string, change: ExpenseChange): Promise<{ expense: Expense; warnings: BudgetWarning[] }> {
    const data = (
      await this.graph.call(
        (client) => client.request(UpdateExpenseDocument, { id, input: change }),
        () => notFound(id),
      )
    ).updateExpense;
    Supergraph.refuse(data?.errors ?? [], () => notFound(id));
    if (!data?.expense) throw notFound(id);
    return { expense: toExpense(data.expense), warnings: (data.budgetWarnings ?? []).map(toWarning) };
  }

  async delete(id: string): Promise<void> {
    const data = (
      await this.graph.call(
        (client) => client.request(DeleteExpenseDocument, { id }),
        () => notFound(id),
      )
    ).deleteExpense;
    Supergraph.refuse(data?.errors ?? [], () => notFound(id));
    if (!data?.deletedId) throw notFound(id);
  }

  async budgets(): Promise<Budget[]> {
    const data = await this.graph.call((client) => client.request(BudgetsDocument, { first: 100 }));
    return (data.budgets?.edges ?? []).map((e) => ({
      category: e.node.category ?? null,
      amount: e.node.limit.amount,
      currency: e.node.limit.currency,
    }));
  }

  async setBudget(budget: Budget): Promise<Budget> {
    const data = (await this.graph.call((client) => client.request(SetBudgetDocument, { input: budget }))).setBudget;
    Supergraph.refuse(data?.errors ?? []);
    if (!data?.budget) throw new CliError('the supergraph did not set the budget', { code: 'UNAVAILABLE' });
    return { category: data.budget.category ?? null, amount: data.budget.limit.amount, currency: data.budget.limit.currency };
  }

  /** finance's own RFC 4180 export (formula-injection safe). */
  async exportCsv(): Promise<string> {
    const data = await this.graph.call((client) => client.request(ExportExpensesDocument, {}));
    return data.exportExpenses?.csv ?? '';
  }
}

/** The last day of a month `YYYY-MM`. */
export function lastDay(month: string): string {
  const [year = 1970, m = 1] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
