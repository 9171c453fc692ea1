import { baseProperties, defineEntity, p, type InferEntity } from '../../../kit';

export const FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/**
 * Who chose an expense's category: the user (given or changed by them), one of their rules, the
 * model trained on their history (`categorize.ts`), or nobody (Others). Only USER rows train the model.
 */
export const CATEGORY_SOURCES = ['USER', 'RULE', 'MODEL', 'DEFAULT'] as const;
export type CategorySource = (typeof CATEGORY_SOURCES)[number];

/**
 * One expense. Per user (not tenant-owned): `ownerId` is identity's user id and every read filters by
 * it. `amount` is an integer count of `currency`'s minor units; `spentOn` a `YYYY-MM-DD` UTC day
 * (strings of that shape sort and compare like dates on both engines). An expense made by a
 * recurring series carries its id and occurrence day; the unique key on the pair is what makes a
 * series record each occurrence once even when replicas race.
 */
export const Expense = defineEntity({
  name: 'Expense',
  tableName: 'expenses',
  properties: {
    ...baseProperties(),
    ownerId: p.string().length(36),
    amount: p.integer(),
    currency: p.string().length(3),
    description: p.string().length(200),
    category: p.string().length(40),
    categorySource: p.enum([...CATEGORY_SOURCES]).default('USER'),
    spentOn: p.string().length(10),
    notes: p.text().nullable(),
    recurringId: p.string().length(36).nullable(),
    occurrenceOn: p.string().length(10).nullable(),
  },
  indexes: [
    { properties: ['ownerId', 'spentOn'] },
    { properties: ['ownerId', 'category', 'spentOn'] },
    { properties: ['ownerId', 'amount'] },
  ],
  uniques: [{ name: 'expenses_recurring_occurrence_unique', properties: ['recurringId', 'occurrenceOn'] }],
});
export type ExpenseRow = InferEntity<typeof Expense>;

/** A category of the user's own; `nameKey` (lower case) is unique per user. */
export const Category = defineEntity({
  name: 'Category',
  tableName: 'categories',
  properties: {
    ...baseProperties(),
    ownerId: p.string().length(36),
    name: p.string().length(40),
    nameKey: p.string().length(40),
  },
  uniques: [{ properties: ['ownerId', 'nameKey'] }],
});
export type CategoryRow = InferEntity<typeof Category>;

/**
 * A monthly limit for one category (or `categoryKey` '' for all spending) in one currency. One per
 * user and category: setting it again replaces the limit. The row is also the lock that serialises
 * concurrent expenses of that user and category, so the "just exceeded" warning fires exactly once.
 */
export const Budget = defineEntity({
  name: 'Budget',
  tableName: 'budgets',
  properties: {
    ...baseProperties(),
    ownerId: p.string().length(36),
    /** The category's name, or '' for the overall budget (a unique key treats NULLs as distinct). */
    categoryKey: p.string().length(40),
    amount: p.integer(),
    currency: p.string().length(3),
  },
  uniques: [{ properties: ['ownerId', 'categoryKey'] }],
});
export type BudgetRow = InferEntity<typeof Budget>;

/** A repeating expense; `nextOn` is the next occurrence not yet recorded (null once the series ended). */
export const RecurringExpense = defineEntity({
  name: 'RecurringExpense',
  tableName: 'recurring_expenses',
  properties: {
    ...baseProperties(),
    ownerId: p.string().length(36),
    amount: p.integer(),
    currency: p.string().length(3),
    description: p.string().length(200),
    category: p.string().length(40),
    notes: p.text().nullable(),
    frequency: p.enum([...FREQUENCIES]),
    startOn: p.string().length(10),
    endOn: p.string().length(10).nullable(),
    nextOn: p.string().length(10).nullable(),
  },
  indexes: [{ properties: ['nextOn'] }, { properties: ['ownerId', 'createdAt'] }],
});
export type RecurringExpenseRow = InferEntity<typeof RecurringExpense>;

/**
 * A rule of the user's own: an expense created without a category whose description contains
 * `matchText` (case- and accent-insensitive), and whose amount and currency fit the optional bounds,
 * gets `category`. Rules win over the model; the highest `priority` first, then the oldest.
 */
export const CategoryRule = defineEntity({
  name: 'CategoryRule',
  tableName: 'category_rules',
  properties: {
    ...baseProperties(),
    ownerId: p.string().length(36),
    matchText: p.string().length(100),
    category: p.string().length(40),
    minAmount: p.integer().nullable(),
    maxAmount: p.integer().nullable(),
    currency: p.string().length(3).nullable(),
    priority: p.integer().default(0),
  },
  indexes: [{ properties: ['ownerId', 'priority'] }],
});
export type CategoryRuleRow = InferEntity<typeof CategoryRule>;

export const entities = [Expense, Category, Budget, RecurringExpense, CategoryRule];
