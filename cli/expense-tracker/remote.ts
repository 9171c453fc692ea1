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
  HubgraphClient,
  HubgraphError,
  HubgraphNetworkError,
  SetBudgetDocument,
  UpdateExpenseDocument,
} from '../../sdk/index';
import { CliError } from '../lib';
import { notFound, type Budget, type BudgetWarning, type Expense, type ExpenseChange } from './store';

interface Problem {
  field?: string | null;
  message: string;
  code: string;
}

function refuse(errors: readonly Problem[], id?: string): void {
  const first = errors[0];
  if (!first) return;
  if (first.code === 'NOT_FOUND' && id) throw notFound(id);
  throw new CliError(first.message, { code: first.code });
}

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
  private readonly client: HubgraphClient;

  constructor(
    readonly url: string,
    token: string | undefined,
  ) {
    if (!token) {
      throw new CliError('--remote needs an access token in HUBGRAPH_TOKEN', {
        code: 'UNAUTHENTICATED',
        hint: 'Sign in through the supergraph (the logIn mutation) and export HUBGRAPH_TOKEN=<accessToken>.',
      });
    }
    this.client = new HubgraphClient({ url, token, timeoutMs: 15_000, retry: { retries: 1 } });
  }

  private async call<T>(work: () => Promise<T>, id?: string): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof HubgraphNetworkError) {
        throw new CliError(`cannot reach the supergraph at ${this.url}`, { code: 'UNREACHABLE', hint: 'Is it running? Set HUBGRAPH_URL.' });
      }
      if (error instanceof HubgraphError) {
        if (error.code === 'NOT_FOUND' && id) throw notFound(id);
        if (error.code === 'UNAUTHENTICATED')
          throw new CliError('the supergraph refused HUBGRAPH_TOKEN (expired or invalid)', { code: 'UNAUTHENTICATED' });
        throw new CliError(error.message, { code: error.code ?? 'ERROR' });
      }
      throw error;
    }
  }

  async list(filter: { month?: string; category?: string } = {}): Promise<Expense[]> {
    const range = filter.month ? { from: `${filter.month}-01`, to: lastDay(filter.month) } : {};
    const out: Expense[] = [];
    let after: string | null | undefined;
    do {
      const page = await this.call(() =>
        this.client.request(ExpensesDocument, {
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
    const data = (await this.call(() => this.client.request(AddExpenseDocument, { input }))).createExpense;
    refuse(data?.errors ?? []);
    if (!data?.expense) throw new CliError('the supergraph did not record the expense', { code: 'UNAVAILABLE' });
    return { expense: toExpense(data.expense), warnings: (data.budgetWarnings ?? []).map(toWarning) };
  }

  async update(id: string, change: ExpenseChange): Promise<{ expense: Expense; warnings: BudgetWarning[] }> {
    const data = (await this.call(() => this.client.request(UpdateExpenseDocument, { id, input: change }), id)).updateExpense;
    refuse(data?.errors ?? [], id);
    if (!data?.expense) throw notFound(id);
    return { expense: toExpense(data.expense), warnings: (data.budgetWarnings ?? []).map(toWarning) };
  }

  async delete(id: string): Promise<void> {
    const data = (await this.call(() => this.client.request(DeleteExpenseDocument, { id }), id)).deleteExpense;
    refuse(data?.errors ?? [], id);
    if (!data?.deletedId) throw notFound(id);
  }

  async budgets(): Promise<Budget[]> {
    const data = await this.call(() => this.client.request(BudgetsDocument, { first: 100 }));
    return (data.budgets?.edges ?? []).map((e) => ({
      category: e.node.category ?? null,
      amount: e.node.limit.amount,
      currency: e.node.limit.currency,
    }));
  }

  async setBudget(budget: Budget): Promise<Budget> {
    const data = (await this.call(() => this.client.request(SetBudgetDocument, { input: budget }))).setBudget;
    refuse(data?.errors ?? []);
    if (!data?.budget) throw new CliError('the supergraph did not set the budget', { code: 'UNAVAILABLE' });
    return { category: data.budget.category ?? null, amount: data.budget.limit.amount, currency: data.budget.limit.currency };
  }

  /** finance's own RFC 4180 export (formula-injection safe). */
  async exportCsv(): Promise<string> {
    const data = await this.call(() => this.client.request(ExportExpensesDocument, {}));
    return data.exportExpenses?.csv ?? '';
  }
}

/** The last day of a month `YYYY-MM`. */
export function lastDay(month: string): string {
  const [year = 1970, m = 1] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(year, m, 0)).getUTCDate()).padStart(2, '0')}`;
}
