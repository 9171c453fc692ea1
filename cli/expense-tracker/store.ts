/**
 * expense-tracker's local mode: expenses and monthly budgets in `expenses.json` in the current
 * directory, kept by cli/lib's jsonFile (atomic rewrites, a lock for concurrent processes, a file that
 * is not an expense list reported and left as it is). Amounts are integer minor units.
 */
import { join } from 'node:path';
import { CliError, jsonFile, type JsonFile } from '../lib';

/** finance's built-in categories (subgraphs/finance): the ones the local mode knows. */
export const CATEGORIES = ['Groceries', 'Leisure', 'Electronics', 'Utilities', 'Clothing', 'Health', 'Others'] as const;

export interface Expense {
  id: number | string;
  date: string;
  description: string;
  amount: number;
  currency: string;
  category: string;
}

export interface Budget {
  /** null: every category. */
  category: string | null;
  amount: number;
  currency: string;
}

/** What an add or update tells about budgets: limits the expense's month now exceeds. */
export interface BudgetWarning {
  category: string | null;
  month: string;
  limit: number;
  spent: number;
  currency: string;
}

export interface ExpenseChange {
  description?: string;
  amount?: number;
  currency?: string;
  category?: string;
  date?: string;
}

interface ExpenseFile {
  version: 1;
  nextId: number;
  expenses: (Expense & { id: number; createdAt: string; updatedAt: string })[];
  budgets: Budget[];
}

export const FILE_NAME = 'expenses.json';

/** The canonical built-in category for `name` (case-insensitive), or a CliError listing them. */
export function checkCategory(name: string): string {
  const found = CATEGORIES.find((c) => c.toLowerCase() === name.trim().toLowerCase());
  if (!found) throw new CliError(`unknown category "${name.slice(0, 40)}"; use one of ${CATEGORIES.join(', ')}`, { code: 'BAD_INPUT' });
  return found;
}

function parseFile(value: unknown): ExpenseFile | string {
  const file = value as Partial<ExpenseFile> | null;
  if (typeof file !== 'object' || file === null || !Array.isArray(file.expenses)) return 'no "expenses" list';
  const bad = file.expenses.findIndex(
    (e) =>
      !Number.isSafeInteger(e?.id) ||
      !/^\d{4}-\d{2}-\d{2}$/.test(String(e?.date)) ||
      typeof e?.description !== 'string' ||
      !Number.isSafeInteger(e?.amount) ||
      typeof e?.currency !== 'string' ||
      typeof e?.category !== 'string',
  );
  if (bad >= 0) return `expense ${bad + 1} lacks an id, date, description, amount, currency or category`;
  const budgets = Array.isArray(file.budgets) ? file.budgets : [];
  const highest = file.expenses.reduce((max, e) => Math.max(max, e.id), 0);
  const nextId = Number.isSafeInteger(file.nextId) && (file.nextId ?? 0) > highest ? file.nextId! : highest + 1;
  return { version: 1, nextId, expenses: file.expenses, budgets };
}

export function notFound(id: number | string): CliError {
  return new CliError(`there is no expense with ID ${id}`, { code: 'NOT_FOUND', hint: 'Run "expense-tracker list" to see the IDs.' });
}

/** Budgets of the expense's currency that its month now exceeds. */
function warningsFor(doc: ExpenseFile, expense: Expense): BudgetWarning[] {
  const month = expense.date.slice(0, 7);
  const inMonth = doc.expenses.filter((e) => e.currency === expense.currency && e.date.startsWith(month));
  return doc.budgets
    .filter((b) => b.currency === expense.currency && (b.category === null || b.category === expense.category))
    .flatMap((b) => {
      const spent = inMonth.filter((e) => b.category === null || e.category === b.category).reduce((sum, e) => sum + e.amount, 0);
      return spent > b.amount ? [{ category: b.category, month, limit: b.amount, spent, currency: b.currency }] : [];
    });
}

export class LocalExpenses {
  private readonly file: JsonFile<ExpenseFile>;

  constructor(dir: string) {
    this.file = jsonFile(join(dir, FILE_NAME), 'an expense list', parseFile, () => ({ version: 1, nextId: 1, expenses: [], budgets: [] }));
  }

  list(filter: { month?: string; category?: string } = {}): Expense[] {
    return this.file
      .read()
      .expenses.filter((e) => (!filter.month || e.date.startsWith(filter.month)) && (!filter.category || e.category === filter.category))
      .sort((a, b) => a.date.localeCompare(b.date) || a.id - b.id);
  }

  add(input: Required<ExpenseChange>, now = new Date()): { expense: Expense; warnings: BudgetWarning[] } {
    const category = checkCategory(input.category);
    return this.file.update((doc) => {
      const at = now.toISOString();
      const expense = { id: doc.nextId, ...input, category, createdAt: at, updatedAt: at };
      const next = { ...doc, nextId: doc.nextId + 1, expenses: [...doc.expenses, expense] };
      return { doc: next, result: { expense, warnings: warningsFor(next, expense) } };
    });
  }

  update(id: number, change: ExpenseChange, now = new Date()): { expense: Expense; warnings: BudgetWarning[] } {
    const category = change.category === undefined ? undefined : checkCategory(change.category);
    return this.file.update((doc) => {
      const expense = doc.expenses.find((e) => e.id === id);
      if (!expense) throw notFound(id);
      Object.assign(expense, change, category ? { category } : {}, { updatedAt: now.toISOString() });
      return { doc, result: { expense, warnings: warningsFor(doc, expense) } };
    });
  }

  delete(id: number): void {
    this.file.update((doc) => {
      const expenses = doc.expenses.filter((e) => e.id !== id);
      if (expenses.length === doc.expenses.length) throw notFound(id);
      return { doc: { ...doc, expenses }, result: undefined };
    });
  }

  budgets(): Budget[] {
    return this.file.read().budgets;
  }

  setBudget(budget: Budget): Budget {
    const category = budget.category === null ? null : checkCategory(budget.category);
    return this.file.update((doc) => {
      const kept = doc.budgets.filter((b) => !(b.category === category && b.currency === budget.currency));
      const next = { ...budget, category };
      return { doc: { ...doc, budgets: [...kept, next] }, result: next };
    });
  }
}
