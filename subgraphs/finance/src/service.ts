import { DeadlockException, LockWaitTimeoutException, raw, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import {
  badInput,
  conflictError,
  paginateInMemory,
  checkPageArgs,
  fieldError,
  flushOrConflict,
  forbidden,
  isUniqueViolation,
  lockRows,
  notFound,
  paginate,
  recordEvent,
  requireViewer,
  toCsv,
  type Connection,
  type Em,
  type PageArgs,
  type UserError,
  type Viewer,
} from '../../../kit';
import { checkMoney, normaliseCurrency } from './money';

import { addDays, addMonths, addMonthsToMonth, dayOf, isDay, isMonth, monthOf, monthRange, monthsBetween, monthsFrom } from './dates';
import {
  Budget,
  Category,
  CategoryRule,
  Expense,
  RecurringExpense,
  type BudgetRow,
  type CategoryRow,
  type CategorySource,
  type ExpenseRow,
  type Frequency,
  type RecurringExpenseRow,
} from './entities';
import type { FinanceDeps } from './context';
import { CategorySuggestions } from './suggestions';

/** The categories every user has. */
export const BUILT_IN_CATEGORIES = ['Groceries', 'Leisure', 'Electronics', 'Utilities', 'Clothing', 'Health', 'Others'] as const;
/** The most categories of their own a user may add. */
export const MAX_CUSTOM_CATEGORIES = 50;
/** The most rows one CSV export holds. */
export const MAX_EXPORT_ROWS = 10_000;
/** The longest analytics range, in months. */
export const MAX_SUMMARY_MONTHS = 36;
/** The longest custom date range of a filter: ten years. */
const MAX_RANGE_DAYS = 3660;
/** How far back a recurring expense may start (its past occurrences are recorded at once). */
const MAX_RECURRING_BACKFILL_DAYS = 366;
/** Occurrences one series records per run; a longer backlog is recorded by the next runs. */
const MAX_OCCURRENCES_PER_RUN = 400;

/** The event recorded when an expense takes a month over a budget; notifications turns it into a notification. */
export const BUDGET_EXCEEDED_EVENT = 'finance.budget.exceeded';

const CATEGORY_NAME = /^[\p{L}\p{N}][\p{L}\p{N} &'._-]{0,39}$/u;

export interface ExpenseInput {
  amount?: number | null;
  currency?: string | null;
  description?: string | null;
  category?: string | null;
  date?: string | null;
  notes?: string | null;
}

export interface ExpenseFilter {
  period?: 'PAST_WEEK' | 'PAST_MONTH' | 'LAST_3_MONTHS' | null;
  from?: string | null;
  to?: string | null;
  category?: string | null;
  minAmount?: number | null;
  maxAmount?: number | null;
  currency?: string | null;
}

export interface ExpenseOrder {
  field: 'DATE' | 'AMOUNT' | 'CREATED_AT';
  direction: 'ASC' | 'DESC';
}

export type ExpenseListArgs = PageArgs & { filter?: ExpenseFilter | null; orderBy?: ExpenseOrder | null };

export interface Money {
  amount: number;
  currency: string;
}

export interface BudgetWarningView {
  category: string | null;
  month: string;
  limit: Money;
  spent: Money;
  justExceeded: boolean;
}

export type ExpenseResult =
  { expense: ExpenseRow; budgetWarnings: BudgetWarningView[]; errors: [] } | { expense: null; budgetWarnings: []; errors: UserError[] };

export interface CategoryView {
  name: string;
  builtIn: boolean;
  id: string | null;
}

export interface RecurringInput {
  amount: number;
  currency: string;
  description: string;
  category?: string | null;
  notes?: string | null;
  frequency: Frequency;
  startDate: string;
  endDate?: string | null;
}

export interface SummaryView {
  fromMonth: string;
  toMonth: string;
  currency: string;
  total: Money;
  byCategory: { category: string; total: Money; count: number }[];
  byMonth: { month: string; total: Money; count: number; change: number | null; changePercent: number | null }[];
}

const ORDER_COLUMN = { DATE: 'spentOn', AMOUNT: 'amount', CREATED_AT: 'createdAt' } as const;

function failed(errors: UserError[]): ExpenseResult {
  return { expense: null, budgetWarnings: [], errors };
}

function checkText(errors: UserError[], field: string, value: string | null | undefined, max: number, required: boolean): void {
  if (value === undefined && !required) return;
  if (value == null || !value.trim()) {
    if (required || value !== undefined) errors.push(fieldError(field, `${field.split('.').pop()} is required.`));
    return;
  }
  if (value.trim().length > max) errors.push(fieldError(field, `${field.split('.').pop()} must be at most ${max} characters.`));
}

function checkNotes(errors: UserError[], field: string, notes: string | null | undefined): void {
  if (notes != null && notes.length > 2000) errors.push(fieldError(field, 'notes must be at most 2,000 characters.'));
}

function checkDay(errors: UserError[], field: string, day: string | null | undefined, required: boolean): void {
  if (day == null) {
    if (required || day === null) errors.push(fieldError(field, `${field.split('.').pop()} is required (YYYY-MM-DD).`));
    return;
  }
  if (!isDay(day)) errors.push(fieldError(field, `${field.split('.').pop()} must be a calendar day YYYY-MM-DD between 1970 and 2199.`));
}

/**
 * Runs `work` in a transaction, again (up to three times in all) when MySQL/MariaDB picks it as a
 * deadlock victim: under many concurrent expenses of one user, InnoDB occasionally resolves a lock
 * cycle (budget rows, the outbox's index gaps) by rolling one transaction back, and retrying it is
 * the documented answer. The transaction is rolled back whole, so nothing is half-written.
 */
async function retryingDeadlocks<T>(em: Em, work: (tx: Em) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await em.fork().transactional(work);
    } catch (error) {
      if (!(error instanceof DeadlockException) || attempt >= 3) throw error;
    }
  }
}

/** `sum(amount)` comes back as a number from SQLite and a decimal string from MySQL. */
function toInt(value: unknown): number {
  return value == null ? 0 : Number(value);
}

/** "Today" as a calendar day, by the kit's clock (`deps.clock`, which tests replace). */
function today(deps: Pick<FinanceDeps, 'clock'>): string {
  return dayOf(deps.clock.now());
}

/**
 * Personal finance rules. Every method takes the kit's {@link FinanceDeps} first (resolvers pass
 * `ctx.deps`, background work its own), then the operation's arguments, and touches only the signed-in
 * user's rows. No GraphQL in here.
 */
export class FinanceService {
  /** Category rules and the per-user model (`suggestExpenseCategory`, expenses created without a category). */
  readonly suggestions = new CategorySuggestions(this);

  // ------------------------------------------------------------------------------------------------
  // Categories
  // ------------------------------------------------------------------------------------------------

  /** The canonical name of a category the user may use (built-in or theirs, case-insensitive), or null. */
  async resolveCategory(em: Em, ownerId: string, name: string): Promise<string | null> {
    const key = name.trim().toLowerCase();
    const builtIn = BUILT_IN_CATEGORIES.find((c) => c.toLowerCase() === key);
    if (builtIn) return builtIn;
    if (!key || key.length > 40) return null;
    const own = await em.findOne(Category, { ownerId, nameKey: key });
    return own?.name ?? null;
  }

  /** The names of every category the user can use: the built-ins, then their own. */
  async usableCategories(em: Em, ownerId: string): Promise<string[]> {
    const own = await em.find(Category, { ownerId }, { fields: ['name'], limit: MAX_CUSTOM_CATEGORIES });
    return [...BUILT_IN_CATEGORIES, ...own.map((c) => c.name)];
  }

  async listCategories(deps: FinanceDeps, args: PageArgs): Promise<Connection<CategoryView>> {
    checkPageArgs(args);
    const { em } = deps;
    const ownerId = requireViewer(deps.viewer).userId;
    const own = await em.find(Category, { ownerId }, { orderBy: { nameKey: 'asc', id: 'asc' }, limit: MAX_CUSTOM_CATEGORIES });
    const all: CategoryView[] = [
      ...BUILT_IN_CATEGORIES.map((name) => ({ name, builtIn: true, id: null })),
      ...own.map((c) => ({ name: c.name, builtIn: false, id: c.id })),
    ];
    return paginateInMemory(all, args, 'ExpenseCategory');
  }

  async createCategory(deps: FinanceDeps, rawName: string): Promise<{ category: CategoryView | null; errors: UserError[] }> {
    const { em } = deps;
    const viewer = requireViewer(deps.viewer);
    const name = rawName.trim().replace(/\s+/g, ' ');
    if (!CATEGORY_NAME.test(name)) {
      return {
        category: null,
        errors: [fieldError('name', "name must be 1 to 40 letters, digits, spaces or & ' . _ - (starting with a letter or digit).")],
      };
    }
    const key = name.toLowerCase();
    if (BUILT_IN_CATEGORIES.some((c) => c.toLowerCase() === key)) {
      return { category: null, errors: [conflictError('name', `${name} is a built-in category.`)] };
    }
    if ((await em.count(Category, { ownerId: viewer.userId })) >= MAX_CUSTOM_CATEGORIES) {
      return { category: null, errors: [fieldError('name', `At most ${MAX_CUSTOM_CATEGORIES} categories of your own.`)] };
    }
    const row = em.create(Category, { ownerId: viewer.userId, name, nameKey: key });
    const conflict = await flushOrConflict(em, 'name', `You already have a category named ${name}.`);
    if (conflict.length) return { category: null, errors: conflict };
    return { category: { name: row.name, builtIn: false, id: row.id }, errors: [] };
  }

  /** Deletes a category of the user's own: its expenses and series move to Others, its budget goes. */
  async deleteCategory(deps: FinanceDeps, id: string): Promise<string> {
    const { em } = deps;
    const viewer = requireViewer(deps.viewer);
    const row = await em.findOne(Category, { id });
    if (!row || row.ownerId !== viewer.userId) throw notFound('ExpenseCategory', id);
    await em.transactional(async (tx) => {
      await tx.nativeUpdate(Expense, { ownerId: viewer.userId, category: row.name }, { category: 'Others' });
      await tx.nativeUpdate(RecurringExpense, { ownerId: viewer.userId, category: row.name }, { category: 'Others' });
      await tx.nativeDelete(Budget, { ownerId: viewer.userId, categoryKey: row.name });
      await tx.nativeDelete(CategoryRule, { ownerId: viewer.userId, category: row.name });
      await tx.nativeDelete(Category, { id: row.id });
    });
    return id;
  }

  // ------------------------------------------------------------------------------------------------
  // Expenses
  // ------------------------------------------------------------------------------------------------

  /** Checks the fields present (all on create); one error per bad field, named `input.<field>`. */
  validateExpense(input: ExpenseInput, creating: boolean): UserError[] {
    const errors: UserError[] = [];
    checkMoney(errors, 'input.', input.amount, input.currency, creating);
    checkText(errors, 'input.description', input.description, 200, creating);
    if (input.category !== undefined && (input.category === null || !input.category.trim())) {
      if (!creating || input.category !== null) errors.push(fieldError('input.category', 'category cannot be empty.'));
    }
    checkDay(errors, 'input.date', input.date, false);
    checkNotes(errors, 'input.notes', input.notes);
    return errors;
  }

  async createExpense(deps: FinanceDeps, input: ExpenseInput): Promise<ExpenseResult> {
    const { em } = deps;
    const viewer = requireViewer(deps.viewer);
    const errors = this.validateExpense(input, true);
    if (errors.length) return failed(errors);
    const currency = normaliseCurrency(input.currency!)!;
    const description = input.description!.trim();
    let category: string | null;
    let categorySource: CategorySource = 'USER';
    if (input.category == null) {
      // No category given: the user's rules, then their model when it is confident enough, else Others.
      const suggestion = await this.suggestions.suggestFor(em, viewer.userId, description, input.amount!, currency);
      const confident = suggestion.source === 'RULE' || suggestion.confidence >= deps.config.FINANCE_AUTO_CATEGORY_MIN_CONFIDENCE;
      category = confident ? suggestion.category : 'Others';
      categorySource = confident ? suggestion.source : 'DEFAULT';
    } else category = await this.categoryOrError(em, viewer.userId, input.category, 'input.category', errors);
    if (errors.length || !category) return failed(errors);
    const values = {
      ownerId: viewer.userId,
      amount: input.amount!,
      currency,
      description,
      category,
      categorySource,
      spentOn: input.date ?? today(deps),
      notes: input.notes ?? null,
      recurringId: null,
      occurrenceOn: null,
    };
    return retryingDeadlocks(em, async (tx) => {
      const budgets = await this.lockBudgets(tx, values);
      const expense = tx.create(Expense, values);
      const budgetWarnings = await this.checkBudgets(tx, budgets, expense, null);
      return { expense, budgetWarnings, errors: [] as [] };
    });
  }

  async updateExpense(deps: FinanceDeps, id: string, input: ExpenseInput): Promise<ExpenseResult> {
    const { em } = deps;
    const viewer = requireViewer(deps.viewer);
    const current = await this.ownedExpense(em, viewer, id);
    const errors = this.validateExpense(input, false);
    const category =
      input.category == null ? current.category : await this.categoryOrError(em, viewer.userId, input.category, 'input.category', errors);
    if (errors.length || !category) return failed(errors);
    const before = { amount: current.amount, currency: current.currency, category: current.category, spentOn: current.spentOn };
    const currency = input.currency != null ? normaliseCurrency(input.currency)! : current.currency;
    return retryingDeadlocks(em, async (tx) => {
      // The lock comes first: on MySQL a plain read would fix the snapshot before other writers' commits.
      const budgets = await this.lockBudgets(tx, { ownerId: viewer.userId, category, currency });
      const expense = await tx.findOneOrFail(Expense, { id });
      if (input.amount != null) expense.amount = input.amount;
      expense.currency = currency;
      if (input.description != null) expense.description = input.description.trim();
      expense.category = category;
      if (input.category != null) expense.categorySource = 'USER'; // the user's choice: the model learns from it
      if (input.date != null) expense.spentOn = input.date;
      if (input.notes !== undefined) expense.notes = input.notes;
      const budgetWarnings = await this.checkBudgets(tx, budgets, expense, before);
      return { expense, budgetWarnings, errors: [] as [] };
    });
  }

  async deleteExpense(deps: FinanceDeps, id: string): Promise<string> {
    const { em } = deps;
    const viewer = requireViewer(deps.viewer);
    const expense = await this.ownedExpense(em, viewer, id);
    await em.remove(expense).flush();
    return id;
  }

  /** One of the viewer's expenses; NOT_FOUND for a missing one and for someone else's (no existence leak). */
  private async ownedExpense(em: Em, viewer: Viewer, id: string): Promise<ExpenseRow> {
    const expense = await em.findOne(Expense, { id });
    if (!expense || expense.ownerId !== viewer.userId) throw notFound('Expense', id);
    return expense;
  }

  private async categoryOrError(em: Em, ownerId: string, name: string, field: string, errors: UserError[]): Promise<string | null> {
    if (!name.trim()) return null;
    const category = await this.resolveCategory(em, ownerId, name);
    if (!category) errors.push(fieldError(field, `Unknown category "${name.slice(0, 40)}": use a built-in one or create it first.`));
    return category;
  }

  /**
   * Locks (first thing in the change's transaction) the budgets an expense counts against: its
   * category's and the overall one, in its currency. Concurrent expenses of the user take turns there.
   */
  private lockBudgets(tx: Em, expense: Pick<ExpenseRow, 'ownerId' | 'category' | 'currency'>): Promise<BudgetRow[]> {
    return lockRows(
      tx,
      Budget,
      { ownerId: expense.ownerId, categoryKey: { $in: [expense.category, ''] }, currency: expense.currency },
      { orderBy: { id: 'asc' } },
    );
  }

  /**
   * Inside the change's transaction, after {@link lockBudgets}: compares
   * the month's spending before and after the change with each limit. An expense that takes a month
   * from at-or-under to over a limit records `finance.budget.exceeded` once; a month already over
   * only warns. `before` is the expense as it was (update) or null (create).
   */
  private async checkBudgets(
    tx: Em,
    budgets: BudgetRow[],
    expense: ExpenseRow,
    before: Pick<ExpenseRow, 'amount' | 'currency' | 'category' | 'spentOn'> | null,
  ): Promise<BudgetWarningView[]> {
    if (!budgets.length) return [];
    const month = monthOf(expense.spentOn);
    const { from, to } = monthRange(month);
    const warnings: BudgetWarningView[] = [];
    for (const budget of budgets) {
      const where: FilterQuery<ExpenseRow> = {
        ownerId: expense.ownerId,
        currency: budget.currency,
        spentOn: { $gte: from, $lte: to },
        ...(budget.categoryKey ? { category: budget.categoryKey } : {}),
      };
      // Everything else in the bucket (a new expense is not flushed yet; an updated one is excluded).
      const others = await this.sum(tx, { ...where, id: { $ne: expense.id } });
      const counts = (e: Pick<ExpenseRow, 'currency' | 'category' | 'spentOn'>) =>
        e.currency === budget.currency &&
        e.spentOn >= from &&
        e.spentOn <= to &&
        (!budget.categoryKey || e.category === budget.categoryKey);
      const spentBefore = others + (before && counts(before) ? before.amount : 0);
      const spentAfter = others + (counts(expense) ? expense.amount : 0);
      if (spentAfter <= budget.amount) continue;
      const justExceeded = spentBefore <= budget.amount;
      const warning: BudgetWarningView = {
        category: budget.categoryKey || null,
        month,
        limit: { amount: budget.amount, currency: budget.currency },
        spent: { amount: spentAfter, currency: budget.currency },
        justExceeded,
      };
      warnings.push(warning);
      if (justExceeded) {
        const what = warning.category ? `${warning.category} budget` : 'overall budget';
        recordEvent(tx, BUDGET_EXCEEDED_EVENT, {
          budgetId: budget.id,
          expenseId: expense.id,
          category: warning.category,
          month,
          limit: budget.amount,
          spent: spentAfter,
          currency: budget.currency,
          title: `Over your ${what} for ${month}`,
          body: `You have spent ${formatMoney(spentAfter, budget.currency)} of ${formatMoney(budget.amount, budget.currency)} in ${month}.`,
          recipientIds: [expense.ownerId],
        });
      }
    }
    return warnings;
  }

  private async sum(em: Em, where: FilterQuery<ExpenseRow>): Promise<number> {
    const rows = (await em
      .createQueryBuilder(Expense, 'e')
      .select([raw('coalesce(sum(e.amount), 0) as total')])
      .where(where)
      .execute('all')) as unknown as { total: unknown }[];
    return toInt(rows[0]?.total);
  }

  /** The `where` of an expense list, checked: BAD_USER_INPUT naming the filter's field at fault. */
  private async expenseWhere(
    deps: FinanceDeps,
    ownerId: string,
    filter: ExpenseFilter | null | undefined,
  ): Promise<FilterQuery<ExpenseRow>> {
    const { em } = deps;
    const where: FilterQuery<ExpenseRow> & Record<string, unknown> = { ownerId };
    if (!filter) return where;
    const spentOn: { $gte?: string; $lte?: string } = {};
    if (filter.period) {
      if (filter.from != null || filter.to != null) throw badInput('Give either period or from/to, not both.', 'filter.period');
      const day = today(deps);
      spentOn.$lte = day;
      spentOn.$gte = filter.period === 'PAST_WEEK' ? addDays(day, -6) : addMonths(day, filter.period === 'PAST_MONTH' ? -1 : -3);
    }
    if (filter.from != null) {
      if (!isDay(filter.from)) throw badInput('from must be a calendar day YYYY-MM-DD between 1970 and 2199.', 'filter.from');
      spentOn.$gte = filter.from;
    }
    if (filter.to != null) {
      if (!isDay(filter.to)) throw badInput('to must be a calendar day YYYY-MM-DD between 1970 and 2199.', 'filter.to');
      spentOn.$lte = filter.to;
    }
    if (filter.from != null && filter.to != null) {
      if (filter.to < filter.from) throw badInput('to must not be before from.', 'filter.to');
      if (filter.to > addDays(filter.from, MAX_RANGE_DAYS)) throw badInput('A range may span at most ten years.', 'filter.to');
    }
    if (spentOn.$gte || spentOn.$lte) where.spentOn = spentOn;
    if (filter.category != null) {
      const category = await this.resolveCategory(em, ownerId, filter.category);
      if (!category) throw badInput(`Unknown category "${filter.category.slice(0, 40)}".`, 'filter.category');
      where.category = category;
    }
    const amount: { $gte?: number; $lte?: number } = {};
    if (filter.minAmount != null) {
      if (filter.minAmount < 0) throw badInput('minAmount must not be negative.', 'filter.minAmount');
      amount.$gte = filter.minAmount;
    }
    if (filter.maxAmount != null) {
      if (filter.maxAmount < 0) throw badInput('maxAmount must not be negative.', 'filter.maxAmount');
      if (filter.minAmount != null && filter.maxAmount < filter.minAmount)
        throw badInput('maxAmount must not be below minAmount.', 'filter.maxAmount');
      amount.$lte = filter.maxAmount;
    }
    if (amount.$gte !== undefined || amount.$lte !== undefined) where.amount = amount;
    if (filter.currency != null) {
      const currency = normaliseCurrency(filter.currency);
      if (!currency) throw badInput('currency must be a three-letter ISO 4217 code.', 'filter.currency');
      where.currency = currency;
    }
    return where;
  }

  /**
   * One page of the user's expenses: two statements (three with a custom category filter) whatever the
   * page size. `userId` (User.expenses) must be the viewer: expenses are nobody else's business.
   */
  async listExpenses(deps: FinanceDeps, args: ExpenseListArgs, userId?: string): Promise<Connection<ExpenseRow>> {
    const viewer = requireViewer(deps.viewer);
    if (userId !== undefined && userId !== viewer.userId) throw forbidden('Only the user themself can list their expenses.');
    const where = await this.expenseWhere(deps, viewer.userId, args.filter);
    const order = args.orderBy ?? { field: 'DATE', direction: 'DESC' };
    const dir = order.direction === 'ASC' ? 'asc' : 'desc';
    const orderBy = (
      order.field === 'DATE' ? { spentOn: dir, createdAt: dir, id: dir } : { [ORDER_COLUMN[order.field]]: dir, id: dir }
    ) as QueryOrderMap<ExpenseRow>;
    return paginate(deps.em, Expense, where, args, orderBy);
  }

  /** The user's expenses matching `filter` as RFC 4180 CSV, oldest first; more than {@link MAX_EXPORT_ROWS} is refused. */
  async exportCsv(deps: FinanceDeps, filter: ExpenseFilter | null | undefined): Promise<{ csv: string; rowCount: number }> {
    const where = await this.expenseWhere(deps, requireViewer(deps.viewer).userId, filter);
    const rows = await deps.em.find(Expense, where, {
      orderBy: { spentOn: 'asc', createdAt: 'asc', id: 'asc' },
      limit: MAX_EXPORT_ROWS + 1,
    });
    if (rows.length > MAX_EXPORT_ROWS)
      throw badInput(`More than ${MAX_EXPORT_ROWS} expenses match; narrow the filter (e.g. a date range).`, 'filter');
    const csv = toCsv(
      ['date', 'description', 'category', 'amount_minor', 'currency', 'notes', 'id'],
      rows.map((e) => [e.spentOn, e.description, e.category, e.amount, e.currency, e.notes, e.id]),
    );
    return { csv, rowCount: rows.length };
  }

  // ------------------------------------------------------------------------------------------------
  // Budgets
  // ------------------------------------------------------------------------------------------------

  async setBudget(
    deps: FinanceDeps,
    input: { category?: string | null; amount: number; currency: string },
  ): Promise<{ budget: BudgetRow | null; errors: UserError[] }> {
    const { em } = deps;
    const viewer = requireViewer(deps.viewer);
    const errors: UserError[] = [];
    checkMoney(errors, 'input.', input.amount, input.currency, true);
    let categoryKey = '';
    if (input.category != null)
      categoryKey = (await this.categoryOrError(em, viewer.userId, input.category, 'input.category', errors)) ?? '';
    if (input.category != null && !input.category.trim())
      errors.push(fieldError('input.category', 'category cannot be empty; omit it for the overall budget.'));
    if (errors.length) return { budget: null, errors };
    const currency = normaliseCurrency(input.currency)!;
    const existing = await em.findOne(Budget, { ownerId: viewer.userId, categoryKey });
    if (existing) {
      existing.amount = input.amount;
      existing.currency = currency;
      await em.flush();
      return { budget: existing, errors: [] };
    }
    const budget = em.create(Budget, { ownerId: viewer.userId, categoryKey, amount: input.amount, currency });
    try {
      await em.flush();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Another request created it at the same moment: set the limit on that one.
      em.clear();
      const winner = await em.findOneOrFail(Budget, { ownerId: viewer.userId, categoryKey });
      winner.amount = input.amount;
      winner.currency = currency;
      await em.flush();
      return { budget: winner, errors: [] };
    }
    return { budget, errors: [] };
  }

  async deleteBudget(deps: FinanceDeps, id: string): Promise<string> {
    const { em } = deps;
    const viewer = requireViewer(deps.viewer);
    const budget = await em.findOne(Budget, { id });
    if (!budget || budget.ownerId !== viewer.userId) throw notFound('Budget', id);
    await em.remove(budget).flush();
    return id;
  }

  listBudgets(deps: FinanceDeps, args: PageArgs): Promise<Connection<BudgetRow>> {
    return paginate(deps.em, Budget, { ownerId: requireViewer(deps.viewer).userId }, args, { categoryKey: 'asc', id: 'asc' });
  }

  /** Checks a `YYYY-MM` argument (default: this month). */
  month(deps: FinanceDeps, month: string | null | undefined, field: string): string {
    if (month == null) return monthOf(today(deps));
    if (!isMonth(month)) throw badInput(`${field} must be a month YYYY-MM between 1970-01 and 2199-12.`, field);
    return month;
  }

  /**
   * Spending per (owner, month): one grouped statement for every key of one owner and month, keyed
   * `owner|month|currency|category` (category '' = all). Used by the `Budget.spent` loader.
   */
  async spentByKeys(em: Em, keys: readonly string[]): Promise<number[]> {
    const groups = new Map<string, Map<string, number>>();
    for (const key of keys) {
      const [owner = '', month = ''] = key.split('|');
      const group = `${owner}|${month}`;
      if (groups.has(group)) continue;
      const { from, to } = monthRange(month);
      const rows = (await em
        .createQueryBuilder(Expense, 'e')
        .select(['e.currency', 'e.category', raw('coalesce(sum(e.amount), 0) as total')])
        .where({ ownerId: owner, spentOn: { $gte: from, $lte: to } })
        .groupBy(['e.currency', 'e.category'])
        .execute('all')) as unknown as { currency: string; category: string; total: unknown }[];
      const totals = new Map<string, number>();
      for (const row of rows) {
        const amount = toInt(row.total);
        totals.set(`${row.currency}|${row.category}`, (totals.get(`${row.currency}|${row.category}`) ?? 0) + amount);
        totals.set(`${row.currency}|`, (totals.get(`${row.currency}|`) ?? 0) + amount);
      }
      groups.set(group, totals);
    }
    return keys.map((key) => {
      const [owner, month, currency, category] = key.split('|');
      return groups.get(`${owner}|${month}`)?.get(`${currency}|${category}`) ?? 0;
    });
  }

  // ------------------------------------------------------------------------------------------------
  // Analytics
  // ------------------------------------------------------------------------------------------------

  async summary(
    deps: FinanceDeps,
    args: { fromMonth?: string | null; toMonth?: string | null; currency?: string | null },
  ): Promise<SummaryView> {
    const { em } = deps;
    const ownerId = requireViewer(deps.viewer).userId;
    const toMonth = this.month(deps, args.toMonth, 'toMonth');
    const fromMonth = args.fromMonth == null ? addMonthsToMonth(toMonth, -5) : this.month(deps, args.fromMonth, 'fromMonth');
    if (fromMonth > toMonth) throw badInput('toMonth must not be before fromMonth.', 'toMonth');
    if (monthsBetween(`${fromMonth}-01`, `${toMonth}-01`) + 1 > MAX_SUMMARY_MONTHS) {
      throw badInput(`A summary spans at most ${MAX_SUMMARY_MONTHS} months.`, 'fromMonth');
    }
    const currency = args.currency == null ? 'EUR' : normaliseCurrency(args.currency);
    if (!currency) throw badInput('currency must be a three-letter ISO 4217 code.', 'currency');
    const rows = (await em
      .createQueryBuilder(Expense, 'e')
      .select([raw('substr(e.spent_on, 1, 7) as month'), 'e.category', raw('coalesce(sum(e.amount), 0) as total'), raw('count(*) as n')])
      .where({ ownerId, currency, spentOn: { $gte: `${fromMonth}-01`, $lte: monthRange(toMonth).to } })
      .groupBy([raw('substr(e.spent_on, 1, 7)'), 'e.category'])
      .execute('all')) as unknown as { month: string; category: string; total: unknown; n: unknown }[];
    const byCategory = new Map<string, { total: number; count: number }>();
    const byMonth = new Map<string, { total: number; count: number }>();
    let total = 0;
    for (const row of rows) {
      const amount = toInt(row.total);
      const count = toInt(row.n);
      total += amount;
      const c = byCategory.get(row.category) ?? { total: 0, count: 0 };
      byCategory.set(row.category, { total: c.total + amount, count: c.count + count });
      const m = byMonth.get(row.month) ?? { total: 0, count: 0 };
      byMonth.set(row.month, { total: m.total + amount, count: m.count + count });
    }
    let previous: number | null = null;
    const months = monthsFrom(fromMonth, toMonth).map((month) => {
      const m = byMonth.get(month) ?? { total: 0, count: 0 };
      const change = previous === null ? null : m.total - previous;
      const changePercent = previous === null || previous === 0 ? null : Math.round(((m.total - previous) / previous) * 1000) / 10;
      previous = m.total;
      return { month, total: { amount: m.total, currency }, count: m.count, change, changePercent };
    });
    return {
      fromMonth,
      toMonth,
      currency,
      total: { amount: total, currency },
      byCategory: [...byCategory.entries()]
        .map(([category, c]) => ({ category, total: { amount: c.total, currency }, count: c.count }))
        .sort((a, b) => b.total.amount - a.total.amount || a.category.localeCompare(b.category)),
      byMonth: months,
    };
  }

  // ------------------------------------------------------------------------------------------------
  // Recurring expenses
  // ------------------------------------------------------------------------------------------------

  async createRecurring(
    deps: FinanceDeps,
    input: RecurringInput,
  ): Promise<{ recurringExpense: RecurringExpenseRow | null; errors: UserError[] }> {
    const { em } = deps;
    const viewer = requireViewer(deps.viewer);
    const errors: UserError[] = [];
    checkMoney(errors, 'input.', input.amount, input.currency, true);
    checkText(errors, 'input.description', input.description, 200, true);
    checkNotes(errors, 'input.notes', input.notes);
    checkDay(errors, 'input.startDate', input.startDate, true);
    checkDay(errors, 'input.endDate', input.endDate, false);
    const day = today(deps);
    if (isDay(input.startDate) && input.startDate < addDays(day, -MAX_RECURRING_BACKFILL_DAYS)) {
      errors.push(fieldError('input.startDate', 'startDate may be at most a year in the past.'));
    }
    if (input.endDate != null && isDay(input.endDate) && isDay(input.startDate) && input.endDate < input.startDate) {
      errors.push(fieldError('input.endDate', 'endDate must not be before startDate.'));
    }
    const category = await this.categoryOrError(em, viewer.userId, input.category ?? 'Others', 'input.category', errors);
    if (errors.length || !category) return { recurringExpense: null, errors };
    const series = em.create(RecurringExpense, {
      ownerId: viewer.userId,
      amount: input.amount,
      currency: normaliseCurrency(input.currency)!,
      description: input.description.trim(),
      category,
      notes: input.notes ?? null,
      frequency: input.frequency,
      startOn: input.startDate,
      endOn: input.endDate ?? null,
      nextOn: input.startDate,
    });
    await em.flush();
    await this.materialise(em, series.id, day);
    return { recurringExpense: await em.findOneOrFail(RecurringExpense, { id: series.id }, { refresh: true }), errors: [] };
  }

  async deleteRecurring(deps: FinanceDeps, id: string): Promise<string> {
    const { em } = deps;
    const viewer = requireViewer(deps.viewer);
    const series = await em.findOne(RecurringExpense, { id });
    if (!series || series.ownerId !== viewer.userId) throw notFound('RecurringExpense', id);
    await em.remove(series).flush();
    return id;
  }

  listRecurring(deps: FinanceDeps, args: PageArgs): Promise<Connection<RecurringExpenseRow>> {
    const { em } = deps;
    const ownerId = requireViewer(deps.viewer).userId;
    return paginate(em, RecurringExpense, { ownerId }, args, { createdAt: 'desc', id: 'desc' });
  }

  /** The occurrence after `day` in a series. */
  static nextOccurrence(series: Pick<RecurringExpenseRow, 'frequency' | 'startOn'>, day: string): string {
    if (series.frequency === 'DAILY') return addDays(day, 1);
    if (series.frequency === 'WEEKLY') return addDays(day, 7);
    // Monthly occurrences are counted from the start, so a 31st start gives Feb 28 then Mar 31.
    return addMonths(series.startOn, monthsBetween(series.startOn, day) + 1);
  }

  /**
   * Records every occurrence of every series due on or before today (by the injected clock), up to
   * `limit` series; returns how many expenses it recorded. Run by every replica's job: each
   * occurrence is claimed by moving the series' `nextOn` with a conditional update inside the same
   * transaction that inserts the expense, and the unique key (recurring id, occurrence day) refuses
   * a second copy outright, so each occurrence becomes exactly one expense.
   */
  async materialiseDue(deps: Pick<FinanceDeps, 'em' | 'clock'>, limit = 100): Promise<number> {
    const { em } = deps;
    const day = today(deps);
    const due = await em
      .fork()
      .find(RecurringExpense, { nextOn: { $ne: null, $lte: day } }, { orderBy: { nextOn: 'asc', id: 'asc' }, limit, fields: ['id'] });
    let count = 0;
    for (const { id } of due) count += await this.materialise(em, id, day);
    return count;
  }

  /** Records the due occurrences of one series, one transaction each; returns how many this call recorded. */
  private async materialise(root: Em, id: string, today: string): Promise<number> {
    let recorded = 0;
    for (let i = 0; i < MAX_OCCURRENCES_PER_RUN; i++) {
      const em = root.fork();
      const series = await em.findOne(RecurringExpense, { id });
      if (!series?.nextOn || series.nextOn > today) break;
      const day = series.nextOn;
      const following = FinanceService.nextOccurrence(series, day);
      const next = series.endOn && following > series.endOn ? null : following;
      const claimed = await em
        .transactional(async (tx) => {
          // Only the replica that moves nextOn from `day` records the occurrence.
          const moved = await tx.nativeUpdate(RecurringExpense, { id, nextOn: day }, { nextOn: next, updatedAt: new Date() });
          if (moved !== 1) return false;
          const budgets = await this.lockBudgets(tx, series);
          const expense = tx.create(Expense, {
            ownerId: series.ownerId,
            amount: series.amount,
            currency: series.currency,
            description: series.description,
            category: series.category,
            spentOn: day,
            notes: series.notes,
            recurringId: series.id,
            occurrenceOn: day,
          });
          await this.checkBudgets(tx, budgets, expense, null);
          return true;
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) return false;
          // Another replica holds the series (or, on a SQLite file shared by processes, the database):
          // leave the rest of it to that replica or to the next sweep.
          if (error instanceof LockWaitTimeoutException || error instanceof DeadlockException) return 'busy' as const;
          throw error;
        });
      if (claimed === 'busy') break;
      if (claimed) recorded++;
    }
    return recorded;
  }

  /** Who may read a row: its owner. */
  static owns(row: { ownerId: string }, viewer: Viewer | null): boolean {
    return viewer !== null && row.ownerId === viewer.userId;
  }
}

/** `12345, EUR` → `123.45 EUR`, using the currency's own number of decimals. */
export function formatMoney(amount: number, currency: string): string {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const major = Math.floor(amount / 10 ** digits);
  const minor = amount % 10 ** digits;
  return digits === 0 ? `${major} ${currency}` : `${major}.${String(minor).padStart(digits, '0')} ${currency}`;
}

export type { CategoryRow };
