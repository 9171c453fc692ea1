import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ExpenseRow, BudgetRow, RecurringExpenseRow, CategoryRuleRow } from '../entities';
import type { CategoryView, SummaryView, BudgetWarningView } from '../service';
import type { UserRef, FinanceContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, as an ISO-8601 string in UTC (e.g. `2026-11-23T10:00:00.000Z`). */
  DateTime: { input: Date; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A monthly spending limit, for one category or (category null) for everything, in one currency. */
export type Budget = {
  __typename?: 'Budget';
  /** The category; null for the overall budget. */
  category?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The limit every calendar month. */
  limit: FinanceMoney;
  /** What has been spent in `month` (default: the current month) in the budget's currency and category. */
  spent: FinanceMoney;
  updatedAt: Scalars['DateTime']['output'];
};


/** A monthly spending limit, for one category or (category null) for everything, in one currency. */
export type BudgetSpentArgs = {
  month?: InputMaybe<Scalars['String']['input']>;
};

/** A page of budgets. */
export type BudgetConnection = {
  __typename?: 'BudgetConnection';
  edges: Array<BudgetEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One budget in a page of budgets. */
export type BudgetEdge = {
  __typename?: 'BudgetEdge';
  cursor: Scalars['String']['output'];
  node: Budget;
};

/** The result of setting a budget. */
export type BudgetPayload = {
  __typename?: 'BudgetPayload';
  budget?: Maybe<Budget>;
  errors: Array<UserError>;
};

/** A budget pushed over its limit for a month. */
export type BudgetWarning = {
  __typename?: 'BudgetWarning';
  /** The budget's category; null for the overall budget. */
  category?: Maybe<Scalars['String']['output']>;
  /** True when this very change took the month over the limit (and a notification was sent). */
  justExceeded: Scalars['Boolean']['output'];
  /** The budget's monthly limit. */
  limit: FinanceMoney;
  /** The month, `YYYY-MM`. */
  month: Scalars['String']['output'];
  /** What has been spent in that month (and category), this expense included. */
  spent: FinanceMoney;
};

/** The total of one category. */
export type CategoryTotal = {
  __typename?: 'CategoryTotal';
  category: Scalars['String']['output'];
  /** How many expenses. */
  count: Scalars['Int']['output'];
  total: FinanceMoney;
};

/** A new category rule. */
export type CreateExpenseCategoryRuleInput = {
  /** A built-in category or one of the user's own. */
  category: Scalars['String']['input'];
  /** 1 to 100 characters the description must contain. */
  contains: Scalars['String']['input'];
  /** ISO 4217 code. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** Minor units, not below `minAmount`; needs `currency`. */
  maxAmount?: InputMaybe<Scalars['Int']['input']>;
  /** Minor units; needs `currency`. */
  minAmount?: InputMaybe<Scalars['Int']['input']>;
  /** -1000 to 1000, default 0; higher is tried first. */
  priority?: InputMaybe<Scalars['Int']['input']>;
};

/** A new expense. */
export type CreateExpenseInput = {
  /** Minor units, 1 to 1,000,000,000. */
  amount: Scalars['Int']['input'];
  /**
   * A built-in category or one of the user's own. Omitted: the first of the user's rules that matches,
   * else the category their history suggests when the model is confident enough
   * (`FINANCE_AUTO_CATEGORY_MIN_CONFIDENCE`, default 0.7), else Others; `categorySource` says which.
   */
  category?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217 code (e.g. `EUR`, case-insensitive). */
  currency: Scalars['String']['input'];
  /** `YYYY-MM-DD`; defaults to today (UTC). */
  date?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 200 characters. */
  description: Scalars['String']['input'];
  /** Up to 2,000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** A new recurring expense. */
export type CreateRecurringExpenseInput = {
  amount: Scalars['Int']['input'];
  category?: InputMaybe<Scalars['String']['input']>;
  currency: Scalars['String']['input'];
  description: Scalars['String']['input'];
  /** `YYYY-MM-DD`, not before `startDate`. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  frequency: RecurrenceFrequency;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** `YYYY-MM-DD`; occurrences from this day on (past days are recorded at once). */
  startDate: Scalars['String']['input'];
};

/** The machine-readable kind of an error, in `UserError.code` and in GraphQL errors' `extensions.code`. */
export type ErrorCode =
  /** An input is missing, malformed or out of range. */
  | 'BAD_USER_INPUT'
  /** The payment was declined by the card issuer or the processor. */
  | 'CARD_DECLINED'
  /** The change clashes with existing data (a duplicate, a stale version). */
  | 'CONFLICT'
  /** The signed-in user may not do this. */
  | 'FORBIDDEN'
  /** An idempotency key was sent again with other parameters; use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The thing is not in a state that allows this operation (e.g. capturing a canceled payment). */
  | 'INVALID_STATE'
  /** The thing named does not exist (or is not visible to you). */
  | 'NOT_FOUND'
  /** The tenant's plan allows no more of this (e.g. members); choose a bigger plan. */
  | 'QUOTA_EXCEEDED'
  /** Too many requests; retry later. */
  | 'RATE_LIMITED'
  /** The operation needs a signed-in user. */
  | 'UNAUTHENTICATED';

/** One expense of the signed-in user. */
export type Expense = {
  __typename?: 'Expense';
  /** How much, in minor units of `currency` (1 to 1,000,000,000). */
  amount: Scalars['Int']['output'];
  /** The category's name (built-in or the user's own). */
  category: Scalars['String']['output'];
  /** Who chose the category: the user, one of their rules, their model, or nobody (Others). */
  categorySource: ExpenseCategorySource;
  createdAt: Scalars['DateTime']['output'];
  /** Three-letter ISO 4217 code, upper case. */
  currency: Scalars['String']['output'];
  /** The day it was spent, `YYYY-MM-DD`. */
  date: Scalars['String']['output'];
  /** What it was, 1 to 200 characters. */
  description: Scalars['String']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Free notes, up to 2,000 characters. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Who spent it. Null, with an error, when identity cannot be reached. */
  owner?: Maybe<User>;
  /** The recurring expense that produced this one, if any. */
  recurringExpense?: Maybe<RecurringExpense>;
  updatedAt: Scalars['DateTime']['output'];
};

/** A spending category: one of the seven built-ins or one of the user's own. */
export type ExpenseCategory = {
  __typename?: 'ExpenseCategory';
  /** True for Groceries, Leisure, Electronics, Utilities, Clothing, Health and Others. */
  builtIn: Scalars['Boolean']['output'];
  /** Id of a user-defined category; null for a built-in one. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The category's name, as expenses carry it (e.g. `Groceries`). */
  name: Scalars['String']['output'];
};

/** One page of categories: the built-ins first, then the user's own by name. */
export type ExpenseCategoryConnection = {
  __typename?: 'ExpenseCategoryConnection';
  edges: Array<ExpenseCategoryEdge>;
  pageInfo: PageInfo;
  /** How many categories the user has, built-ins included. */
  totalCount: Scalars['Int']['output'];
};

/** One category in a page of categories. */
export type ExpenseCategoryEdge = {
  __typename?: 'ExpenseCategoryEdge';
  cursor: Scalars['String']['output'];
  node: ExpenseCategory;
};

/** The result of creating or renaming a category. */
export type ExpenseCategoryPayload = {
  __typename?: 'ExpenseCategoryPayload';
  category?: Maybe<ExpenseCategory>;
  errors: Array<UserError>;
};

/**
 * A rule of the user's own for expenses created without a category: the description contains `contains`
 * (case- and accent-insensitive) and the amount fits the optional bounds in `currency`. Rules win over
 * the model; the highest `priority` first, then the oldest.
 */
export type ExpenseCategoryRule = {
  __typename?: 'ExpenseCategoryRule';
  /** The category such expenses get. */
  category: Scalars['String']['output'];
  /** Text the description must contain, 1 to 100 characters. */
  contains: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Only expenses in this currency (required with an amount bound). */
  currency?: Maybe<Scalars['String']['output']>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Only expenses of at most this many minor units of `currency`. */
  maxAmount?: Maybe<Scalars['Int']['output']>;
  /** Only expenses of at least this many minor units of `currency`. */
  minAmount?: Maybe<Scalars['Int']['output']>;
  /** Higher first; -1000 to 1000, default 0. */
  priority: Scalars['Int']['output'];
};

/** A page of the user's category rules, in the order they are tried. */
export type ExpenseCategoryRuleConnection = {
  __typename?: 'ExpenseCategoryRuleConnection';
  edges: Array<ExpenseCategoryRuleEdge>;
  pageInfo: PageInfo;
  /** How many rules the user has (at most 100). */
  totalCount: Scalars['Int']['output'];
};

/** One rule in a page of rules. */
export type ExpenseCategoryRuleEdge = {
  __typename?: 'ExpenseCategoryRuleEdge';
  cursor: Scalars['String']['output'];
  node: ExpenseCategoryRule;
};

/** The result of creating a category rule. */
export type ExpenseCategoryRulePayload = {
  __typename?: 'ExpenseCategoryRulePayload';
  errors: Array<UserError>;
  /** The rule, or null when `errors` says why not. */
  rule?: Maybe<ExpenseCategoryRule>;
};

/** A category and how likely the model finds it. */
export type ExpenseCategoryScore = {
  __typename?: 'ExpenseCategoryScore';
  category: Scalars['String']['output'];
  /** 0 to 1. */
  confidence: Scalars['Float']['output'];
};

/** Who chose an expense's category. */
export type ExpenseCategorySource =
  /** Nothing matched with enough confidence: Others. */
  | 'DEFAULT'
  /** The model trained on the user's own categorised expenses. */
  | 'MODEL'
  /** One of the user's category rules. */
  | 'RULE'
  /** Given or changed by the user (only these expenses teach the model). */
  | 'USER';

/** The category an expense would get if created now without one. */
export type ExpenseCategorySuggestion = {
  __typename?: 'ExpenseCategorySuggestion';
  /** For MODEL, the three most likely categories with their confidence. */
  alternatives: Array<ExpenseCategoryScore>;
  /** The suggested category. */
  category: Scalars['String']['output'];
  /** 0 to 1: 1 for a rule, the model's probability for MODEL, 0 for DEFAULT. */
  confidence: Scalars['Float']['output'];
  /** The rule that matched, for RULE. */
  rule?: Maybe<ExpenseCategoryRule>;
  /** Where the suggestion comes from. */
  source: ExpenseCategorySource;
};

/** A page of expenses. */
export type ExpenseConnection = {
  __typename?: 'ExpenseConnection';
  edges: Array<ExpenseEdge>;
  pageInfo: PageInfo;
  /** How many expenses match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One expense in a page of expenses. */
export type ExpenseEdge = {
  __typename?: 'ExpenseEdge';
  cursor: Scalars['String']['output'];
  node: Expense;
};

/** An expense export. */
export type ExpenseExport = {
  __typename?: 'ExpenseExport';
  /** RFC 4180 CSV (CRLF line ends, header row); cells that a spreadsheet would run as a formula are prefixed with `'`. */
  csv: Scalars['String']['output'];
  /** How many expense rows it holds. */
  rowCount: Scalars['Int']['output'];
};

/** Narrows an expense list; every condition given must hold. */
export type ExpenseFilter = {
  /** Only this category (built-in or the user's own, case-insensitive). */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Only expenses in this currency. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** First day included, `YYYY-MM-DD`. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Only expenses of at most this many minor units; not below `minAmount`. */
  maxAmount?: InputMaybe<Scalars['Int']['input']>;
  /** Only expenses of at least this many minor units. */
  minAmount?: InputMaybe<Scalars['Int']['input']>;
  /** A period relative to today; cannot be combined with `from`/`to`. */
  period?: InputMaybe<ExpensePeriod>;
  /** Last day included, `YYYY-MM-DD`; not before `from`, and at most 10 years after it. */
  to?: InputMaybe<Scalars['String']['input']>;
};

/** How to sort expenses; ties are broken by id. Default: DATE DESC. */
export type ExpenseOrder = {
  direction: OrderDirection;
  field: ExpenseOrderField;
};

/** A field expenses can be sorted by. */
export type ExpenseOrderField =
  | 'AMOUNT'
  | 'CREATED_AT'
  | 'DATE';

/** The result of creating or updating an expense. */
export type ExpensePayload = {
  __typename?: 'ExpensePayload';
  /** Budgets this expense's month is over, after the change; empty when none. */
  budgetWarnings: Array<BudgetWarning>;
  /** Why the change was not saved; empty on success. */
  errors: Array<UserError>;
  /** The expense as saved; null when `errors` is not empty. */
  expense?: Maybe<Expense>;
};

/** A date range relative to today (UTC), both ends included. */
export type ExpensePeriod =
  /** From the same day three months ago to today. */
  | 'LAST_3_MONTHS'
  /** From the same day a month ago to today. */
  | 'PAST_MONTH'
  /** Today and the 6 days before it. */
  | 'PAST_WEEK';

/** Spending in one currency over a range of months. */
export type ExpenseSummary = {
  __typename?: 'ExpenseSummary';
  /** Per category with spending, largest first (at most one per category the user has). */
  byCategory: Array<CategoryTotal>;
  /** Every month of the range (at most 36), oldest first, with month-over-month change. */
  byMonth: Array<MonthTotal>;
  currency: Scalars['String']['output'];
  /** First month, `YYYY-MM`. */
  fromMonth: Scalars['String']['output'];
  /** Last month, `YYYY-MM`. */
  toMonth: Scalars['String']['output'];
  /** Everything in the range. */
  total: FinanceMoney;
};

/** The result of deleting something. */
export type FinanceDeletePayload = {
  __typename?: 'FinanceDeletePayload';
  /** Id of the deleted row; null when `errors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  errors: Array<UserError>;
};

/** An amount of money: integer minor units of an ISO 4217 currency (crm has its own non-shareable `Money`; the two should become one shared type in kit/schema/common.graphql). */
export type FinanceMoney = {
  __typename?: 'FinanceMoney';
  /** Minor units (cents for EUR/USD); never fractional. */
  amount: Scalars['Int']['output'];
  /** Three-letter ISO 4217 code, upper case (e.g. `EUR`). */
  currency: Scalars['String']['output'];
};

/** The total of one month. */
export type MonthTotal = {
  __typename?: 'MonthTotal';
  /** Change from the month before, in minor units; null for the first month of the range. */
  change?: Maybe<Scalars['Int']['output']>;
  /** Change from the month before in percent, rounded to one decimal; null when that month was 0 or is not in the range. */
  changePercent?: Maybe<Scalars['Float']['output']>;
  count: Scalars['Int']['output'];
  /** `YYYY-MM`. */
  month: Scalars['String']['output'];
  total: FinanceMoney;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Records an expense; warns (and notifies, event `finance.budget.exceeded`) when it takes a month over a budget. */
  createExpense?: Maybe<ExpensePayload>;
  /** Adds a category of the user's own (1 to 40 characters, unique per user, not a built-in's name). */
  createExpenseCategory?: Maybe<ExpenseCategoryPayload>;
  /** Adds a category rule (at most 100 per user). */
  createExpenseCategoryRule?: Maybe<ExpenseCategoryRulePayload>;
  /** Creates a recurring expense; occurrences already due are recorded at once. */
  createRecurringExpense?: Maybe<RecurringExpensePayload>;
  /** Deletes a budget. */
  deleteBudget?: Maybe<FinanceDeletePayload>;
  /** Deletes one of the signed-in user's expenses. */
  deleteExpense?: Maybe<FinanceDeletePayload>;
  /** Deletes a category of the user's own; its expenses and recurring expenses move to Others, its budget is deleted. */
  deleteExpenseCategory?: Maybe<FinanceDeletePayload>;
  /** Deletes one of the signed-in user's category rules. */
  deleteExpenseCategoryRule?: Maybe<FinanceDeletePayload>;
  /** Stops a recurring expense (the expenses it produced stay). */
  deleteRecurringExpense?: Maybe<FinanceDeletePayload>;
  /** Sets (creates or replaces) a monthly budget. */
  setBudget?: Maybe<BudgetPayload>;
  /** Changes one of the signed-in user's expenses; budgets are checked as for a new one. */
  updateExpense?: Maybe<ExpensePayload>;
};


export type MutationCreateExpenseArgs = {
  input: CreateExpenseInput;
};


export type MutationCreateExpenseCategoryArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreateExpenseCategoryRuleArgs = {
  input: CreateExpenseCategoryRuleInput;
};


export type MutationCreateRecurringExpenseArgs = {
  input: CreateRecurringExpenseInput;
};


export type MutationDeleteBudgetArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteExpenseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteExpenseCategoryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteExpenseCategoryRuleArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRecurringExpenseArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetBudgetArgs = {
  input: SetBudgetInput;
};


export type MutationUpdateExpenseArgs = {
  id: Scalars['ID']['input'];
  input: UpdateExpenseInput;
};

/** Sort direction. */
export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** Where a connection's page sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when `after: endCursor` returns more. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page does not start the list. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge, null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** The signed-in user's monthly budgets. */
  budgets?: Maybe<BudgetConnection>;
  /** One of the signed-in user's expenses. */
  expense?: Maybe<Expense>;
  /** The categories the signed-in user can use: the built-ins, then their own. */
  expenseCategories?: Maybe<ExpenseCategoryConnection>;
  /** The signed-in user's category rules, in the order they are tried. */
  expenseCategoryRules?: Maybe<ExpenseCategoryRuleConnection>;
  /**
   * Totals by category and by month, with month-over-month change, for `fromMonth`..`toMonth`
   * (`YYYY-MM`, at most 36 months; default: the last 6 months) in one currency (default EUR).
   */
  expenseSummary?: Maybe<ExpenseSummary>;
  /** The signed-in user's expenses; newest first by default. */
  expenses?: Maybe<ExpenseConnection>;
  /** The signed-in user's expenses matching `filter` as CSV, oldest first (at most 10,000 rows). */
  exportExpenses?: Maybe<ExpenseExport>;
  /** The signed-in user's recurring expenses. */
  recurringExpenses?: Maybe<RecurringExpenseConnection>;
  /**
   * The category an expense with this description (and amount) would get: the user's first matching
   * rule, else a naive Bayes model trained on the expenses whose category they chose, else Others.
   */
  suggestExpenseCategory?: Maybe<ExpenseCategorySuggestion>;
};


export type QueryBudgetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExpenseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExpenseCategoriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExpenseCategoryRulesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryExpenseSummaryArgs = {
  currency?: InputMaybe<Scalars['String']['input']>;
  fromMonth?: InputMaybe<Scalars['String']['input']>;
  toMonth?: InputMaybe<Scalars['String']['input']>;
};


export type QueryExpensesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExpenseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ExpenseOrder>;
};


export type QueryExportExpensesArgs = {
  filter?: InputMaybe<ExpenseFilter>;
};


export type QueryRecurringExpensesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySuggestExpenseCategoryArgs = {
  amount?: InputMaybe<Scalars['Int']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  description: Scalars['String']['input'];
};

/** How often a recurring expense repeats. */
export type RecurrenceFrequency =
  | 'DAILY'
  /** On the start date's day of the month (the month's last day when it is shorter). */
  | 'MONTHLY'
  | 'WEEKLY';

/** An expense that repeats; each due occurrence becomes one Expense, exactly once. */
export type RecurringExpense = {
  __typename?: 'RecurringExpense';
  amount: Scalars['Int']['output'];
  category: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  currency: Scalars['String']['output'];
  description: Scalars['String']['output'];
  /** Last day an occurrence may fall on, `YYYY-MM-DD`; null for no end. */
  endDate?: Maybe<Scalars['String']['output']>;
  frequency: RecurrenceFrequency;
  id: Scalars['ID']['output'];
  /** The next occurrence not yet recorded; null when the series has ended. */
  nextDate?: Maybe<Scalars['String']['output']>;
  notes?: Maybe<Scalars['String']['output']>;
  /** First occurrence, `YYYY-MM-DD`. */
  startDate: Scalars['String']['output'];
};

/** A page of recurring expenses. */
export type RecurringExpenseConnection = {
  __typename?: 'RecurringExpenseConnection';
  edges: Array<RecurringExpenseEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** One recurring expense in a page. */
export type RecurringExpenseEdge = {
  __typename?: 'RecurringExpenseEdge';
  cursor: Scalars['String']['output'];
  node: RecurringExpense;
};

/** The result of creating a recurring expense. */
export type RecurringExpensePayload = {
  __typename?: 'RecurringExpensePayload';
  errors: Array<UserError>;
  recurringExpense?: Maybe<RecurringExpense>;
};

/** Sets the monthly budget of a category (or the overall one); setting it again replaces the limit. */
export type SetBudgetInput = {
  /** Minor units, 1 to 1,000,000,000. */
  amount: Scalars['Int']['input'];
  /** The category; omit or null for the overall budget. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** ISO 4217 code. */
  currency: Scalars['String']['input'];
};

/** Changes to an expense; omitted fields keep their value, `notes: null` clears the notes. */
export type UpdateExpenseInput = {
  amount?: InputMaybe<Scalars['Int']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** A user, as seen by the finance subgraph. */
export type User = {
  __typename?: 'User';
  /** The user's expenses; visible to the user themself only. Null, with an error, when finance cannot be reached. */
  expenses?: Maybe<ExpenseConnection>;
  id: Scalars['ID']['output'];
};


/** A user, as seen by the finance subgraph. */
export type UserExpensesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ExpenseFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ExpenseOrder>;
};

/** An expected problem with a mutation's input, returned as data so a form can show it next to its field. */
export type UserError = {
  __typename?: 'UserError';
  /** What kind of problem it is. */
  code: ErrorCode;
  /** The input field at fault, as a dotted path (e.g. `input.email`), or null when the whole input is. */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong, in words a person understands. */
  message: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Budget: Budget;
  Expense: Expense;
  RecurringExpense: RecurringExpense;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Budget:
    ( { __typename: 'Budget' }
    & GraphQLRecursivePick<FederationTypes['Budget'], {"id":true}> );
  Expense:
    ( { __typename: 'Expense' }
    & GraphQLRecursivePick<FederationTypes['Expense'], {"id":true}> );
  RecurringExpense:
    ( { __typename: 'RecurringExpense' }
    & GraphQLRecursivePick<FederationTypes['RecurringExpense'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Budget: ResolverTypeWrapper<BudgetRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  BudgetConnection: ResolverTypeWrapper<Omit<BudgetConnection, 'edges'> & { edges: Array<ResolversTypes['BudgetEdge']> }>;
  BudgetEdge: ResolverTypeWrapper<Omit<BudgetEdge, 'node'> & { node: ResolversTypes['Budget'] }>;
  BudgetPayload: ResolverTypeWrapper<Omit<BudgetPayload, 'budget'> & { budget?: Maybe<ResolversTypes['Budget']> }>;
  BudgetWarning: ResolverTypeWrapper<BudgetWarningView>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  CategoryTotal: ResolverTypeWrapper<CategoryTotal>;
  CreateExpenseCategoryRuleInput: CreateExpenseCategoryRuleInput;
  CreateExpenseInput: CreateExpenseInput;
  CreateRecurringExpenseInput: CreateRecurringExpenseInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ErrorCode: ErrorCode;
  Expense: ResolverTypeWrapper<ExpenseRow>;
  ExpenseCategory: ResolverTypeWrapper<CategoryView>;
  ExpenseCategoryConnection: ResolverTypeWrapper<Omit<ExpenseCategoryConnection, 'edges'> & { edges: Array<ResolversTypes['ExpenseCategoryEdge']> }>;
  ExpenseCategoryEdge: ResolverTypeWrapper<Omit<ExpenseCategoryEdge, 'node'> & { node: ResolversTypes['ExpenseCategory'] }>;
  ExpenseCategoryPayload: ResolverTypeWrapper<Omit<ExpenseCategoryPayload, 'category'> & { category?: Maybe<ResolversTypes['ExpenseCategory']> }>;
  ExpenseCategoryRule: ResolverTypeWrapper<CategoryRuleRow>;
  ExpenseCategoryRuleConnection: ResolverTypeWrapper<Omit<ExpenseCategoryRuleConnection, 'edges'> & { edges: Array<ResolversTypes['ExpenseCategoryRuleEdge']> }>;
  ExpenseCategoryRuleEdge: ResolverTypeWrapper<Omit<ExpenseCategoryRuleEdge, 'node'> & { node: ResolversTypes['ExpenseCategoryRule'] }>;
  ExpenseCategoryRulePayload: ResolverTypeWrapper<Omit<ExpenseCategoryRulePayload, 'rule'> & { rule?: Maybe<ResolversTypes['ExpenseCategoryRule']> }>;
  ExpenseCategoryScore: ResolverTypeWrapper<ExpenseCategoryScore>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ExpenseCategorySource: ExpenseCategorySource;
  ExpenseCategorySuggestion: ResolverTypeWrapper<Omit<ExpenseCategorySuggestion, 'rule'> & { rule?: Maybe<ResolversTypes['ExpenseCategoryRule']> }>;
  ExpenseConnection: ResolverTypeWrapper<Omit<ExpenseConnection, 'edges'> & { edges: Array<ResolversTypes['ExpenseEdge']> }>;
  ExpenseEdge: ResolverTypeWrapper<Omit<ExpenseEdge, 'node'> & { node: ResolversTypes['Expense'] }>;
  ExpenseExport: ResolverTypeWrapper<ExpenseExport>;
  ExpenseFilter: ExpenseFilter;
  ExpenseOrder: ExpenseOrder;
  ExpenseOrderField: ExpenseOrderField;
  ExpensePayload: ResolverTypeWrapper<Omit<ExpensePayload, 'budgetWarnings' | 'expense'> & { budgetWarnings: Array<ResolversTypes['BudgetWarning']>, expense?: Maybe<ResolversTypes['Expense']> }>;
  ExpensePeriod: ExpensePeriod;
  ExpenseSummary: ResolverTypeWrapper<SummaryView>;
  FinanceDeletePayload: ResolverTypeWrapper<FinanceDeletePayload>;
  FinanceMoney: ResolverTypeWrapper<FinanceMoney>;
  MonthTotal: ResolverTypeWrapper<MonthTotal>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecurrenceFrequency: RecurrenceFrequency;
  RecurringExpense: ResolverTypeWrapper<RecurringExpenseRow>;
  RecurringExpenseConnection: ResolverTypeWrapper<Omit<RecurringExpenseConnection, 'edges'> & { edges: Array<ResolversTypes['RecurringExpenseEdge']> }>;
  RecurringExpenseEdge: ResolverTypeWrapper<Omit<RecurringExpenseEdge, 'node'> & { node: ResolversTypes['RecurringExpense'] }>;
  RecurringExpensePayload: ResolverTypeWrapper<Omit<RecurringExpensePayload, 'recurringExpense'> & { recurringExpense?: Maybe<ResolversTypes['RecurringExpense']> }>;
  SetBudgetInput: SetBudgetInput;
  UpdateExpenseInput: UpdateExpenseInput;
  User: ResolverTypeWrapper<UserRef>;
  UserError: ResolverTypeWrapper<UserError>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Budget: BudgetRow;
  ID: Scalars['ID']['output'];
  BudgetConnection: Omit<BudgetConnection, 'edges'> & { edges: Array<ResolversParentTypes['BudgetEdge']> };
  BudgetEdge: Omit<BudgetEdge, 'node'> & { node: ResolversParentTypes['Budget'] };
  BudgetPayload: Omit<BudgetPayload, 'budget'> & { budget?: Maybe<ResolversParentTypes['Budget']> };
  BudgetWarning: BudgetWarningView;
  Boolean: Scalars['Boolean']['output'];
  CategoryTotal: CategoryTotal;
  CreateExpenseCategoryRuleInput: CreateExpenseCategoryRuleInput;
  CreateExpenseInput: CreateExpenseInput;
  CreateRecurringExpenseInput: CreateRecurringExpenseInput;
  DateTime: Scalars['DateTime']['output'];
  Expense: ExpenseRow;
  ExpenseCategory: CategoryView;
  ExpenseCategoryConnection: Omit<ExpenseCategoryConnection, 'edges'> & { edges: Array<ResolversParentTypes['ExpenseCategoryEdge']> };
  ExpenseCategoryEdge: Omit<ExpenseCategoryEdge, 'node'> & { node: ResolversParentTypes['ExpenseCategory'] };
  ExpenseCategoryPayload: Omit<ExpenseCategoryPayload, 'category'> & { category?: Maybe<ResolversParentTypes['ExpenseCategory']> };
  ExpenseCategoryRule: CategoryRuleRow;
  ExpenseCategoryRuleConnection: Omit<ExpenseCategoryRuleConnection, 'edges'> & { edges: Array<ResolversParentTypes['ExpenseCategoryRuleEdge']> };
  ExpenseCategoryRuleEdge: Omit<ExpenseCategoryRuleEdge, 'node'> & { node: ResolversParentTypes['ExpenseCategoryRule'] };
  ExpenseCategoryRulePayload: Omit<ExpenseCategoryRulePayload, 'rule'> & { rule?: Maybe<ResolversParentTypes['ExpenseCategoryRule']> };
  ExpenseCategoryScore: ExpenseCategoryScore;
  Float: Scalars['Float']['output'];
  ExpenseCategorySuggestion: Omit<ExpenseCategorySuggestion, 'rule'> & { rule?: Maybe<ResolversParentTypes['ExpenseCategoryRule']> };
  ExpenseConnection: Omit<ExpenseConnection, 'edges'> & { edges: Array<ResolversParentTypes['ExpenseEdge']> };
  ExpenseEdge: Omit<ExpenseEdge, 'node'> & { node: ResolversParentTypes['Expense'] };
  ExpenseExport: ExpenseExport;
  ExpenseFilter: ExpenseFilter;
  ExpenseOrder: ExpenseOrder;
  ExpensePayload: Omit<ExpensePayload, 'budgetWarnings' | 'expense'> & { budgetWarnings: Array<ResolversParentTypes['BudgetWarning']>, expense?: Maybe<ResolversParentTypes['Expense']> };
  ExpenseSummary: SummaryView;
  FinanceDeletePayload: FinanceDeletePayload;
  FinanceMoney: FinanceMoney;
  MonthTotal: MonthTotal;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RecurringExpense: RecurringExpenseRow;
  RecurringExpenseConnection: Omit<RecurringExpenseConnection, 'edges'> & { edges: Array<ResolversParentTypes['RecurringExpenseEdge']> };
  RecurringExpenseEdge: Omit<RecurringExpenseEdge, 'node'> & { node: ResolversParentTypes['RecurringExpense'] };
  RecurringExpensePayload: Omit<RecurringExpensePayload, 'recurringExpense'> & { recurringExpense?: Maybe<ResolversParentTypes['RecurringExpense']> };
  SetBudgetInput: SetBudgetInput;
  UpdateExpenseInput: UpdateExpenseInput;
  User: UserRef;
  UserError: UserError;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = FinanceContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RateLimitDirectiveArgs = {
  algorithm?: Maybe<Scalars['String']['input']>;
  limit: Scalars['Int']['input'];
  windowSeconds: Scalars['Int']['input'];
};

export type RateLimitDirectiveResolver<Result, Parent, ContextType = FinanceContext, Args = RateLimitDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type BudgetResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Budget'] = ResolversParentTypes['Budget'], FederationReferenceType extends FederationReferenceTypes['Budget'] = FederationReferenceTypes['Budget']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Budget']> | FederationReferenceType, FederationReferenceType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['FinanceMoney'], ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['FinanceMoney'], ParentType, ContextType, Partial<BudgetSpentArgs>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type BudgetConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['BudgetConnection'] = ResolversParentTypes['BudgetConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['BudgetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type BudgetEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['BudgetEdge'] = ResolversParentTypes['BudgetEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Budget'], ParentType, ContextType>;
}>;

export type BudgetPayloadResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['BudgetPayload'] = ResolversParentTypes['BudgetPayload']> = ResolversObject<{
  budget?: Resolver<Maybe<ResolversTypes['Budget']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type BudgetWarningResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['BudgetWarning'] = ResolversParentTypes['BudgetWarning']> = ResolversObject<{
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  justExceeded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['FinanceMoney'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['FinanceMoney'], ParentType, ContextType>;
}>;

export type CategoryTotalResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['CategoryTotal'] = ResolversParentTypes['CategoryTotal']> = ResolversObject<{
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['FinanceMoney'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ExpenseResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Expense'] = ResolversParentTypes['Expense'], FederationReferenceType extends FederationReferenceTypes['Expense'] = FederationReferenceTypes['Expense']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Expense']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  categorySource?: Resolver<ResolversTypes['ExpenseCategorySource'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  recurringExpense?: Resolver<Maybe<ResolversTypes['RecurringExpense']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ExpenseCategoryResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpenseCategory'] = ResolversParentTypes['ExpenseCategory']> = ResolversObject<{
  builtIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ExpenseCategoryConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpenseCategoryConnection'] = ResolversParentTypes['ExpenseCategoryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ExpenseCategoryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExpenseCategoryEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpenseCategoryEdge'] = ResolversParentTypes['ExpenseCategoryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ExpenseCategory'], ParentType, ContextType>;
}>;

export type ExpenseCategoryPayloadResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpenseCategoryPayload'] = ResolversParentTypes['ExpenseCategoryPayload']> = ResolversObject<{
  category?: Resolver<Maybe<ResolversTypes['ExpenseCategory']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ExpenseCategoryRuleResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpenseCategoryRule'] = ResolversParentTypes['ExpenseCategoryRule']> = ResolversObject<{
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contains?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxAmount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  minAmount?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExpenseCategoryRuleConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpenseCategoryRuleConnection'] = ResolversParentTypes['ExpenseCategoryRuleConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ExpenseCategoryRuleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExpenseCategoryRuleEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpenseCategoryRuleEdge'] = ResolversParentTypes['ExpenseCategoryRuleEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ExpenseCategoryRule'], ParentType, ContextType>;
}>;

export type ExpenseCategoryRulePayloadResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpenseCategoryRulePayload'] = ResolversParentTypes['ExpenseCategoryRulePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['ExpenseCategoryRule']>, ParentType, ContextType>;
}>;

export type ExpenseCategoryScoreResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpenseCategoryScore'] = ResolversParentTypes['ExpenseCategoryScore']> = ResolversObject<{
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ExpenseCategorySuggestionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpenseCategorySuggestion'] = ResolversParentTypes['ExpenseCategorySuggestion']> = ResolversObject<{
  alternatives?: Resolver<Array<ResolversTypes['ExpenseCategoryScore']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rule?: Resolver<Maybe<ResolversTypes['ExpenseCategoryRule']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ExpenseCategorySource'], ParentType, ContextType>;
}>;

export type ExpenseConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpenseConnection'] = ResolversParentTypes['ExpenseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ExpenseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExpenseEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpenseEdge'] = ResolversParentTypes['ExpenseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Expense'], ParentType, ContextType>;
}>;

export type ExpenseExportResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpenseExport'] = ResolversParentTypes['ExpenseExport']> = ResolversObject<{
  csv?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rowCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ExpensePayloadResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpensePayload'] = ResolversParentTypes['ExpensePayload']> = ResolversObject<{
  budgetWarnings?: Resolver<Array<ResolversTypes['BudgetWarning']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  expense?: Resolver<Maybe<ResolversTypes['Expense']>, ParentType, ContextType>;
}>;

export type ExpenseSummaryResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['ExpenseSummary'] = ResolversParentTypes['ExpenseSummary']> = ResolversObject<{
  byCategory?: Resolver<Array<ResolversTypes['CategoryTotal']>, ParentType, ContextType>;
  byMonth?: Resolver<Array<ResolversTypes['MonthTotal']>, ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromMonth?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toMonth?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['FinanceMoney'], ParentType, ContextType>;
}>;

export type FinanceDeletePayloadResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FinanceDeletePayload'] = ResolversParentTypes['FinanceDeletePayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type FinanceMoneyResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['FinanceMoney'] = ResolversParentTypes['FinanceMoney']> = ResolversObject<{
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MonthTotalResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['MonthTotal'] = ResolversParentTypes['MonthTotal']> = ResolversObject<{
  change?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  changePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['FinanceMoney'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createExpense?: Resolver<Maybe<ResolversTypes['ExpensePayload']>, ParentType, ContextType, RequireFields<MutationCreateExpenseArgs, 'input'>>;
  createExpenseCategory?: Resolver<Maybe<ResolversTypes['ExpenseCategoryPayload']>, ParentType, ContextType, RequireFields<MutationCreateExpenseCategoryArgs, 'name'>>;
  createExpenseCategoryRule?: Resolver<Maybe<ResolversTypes['ExpenseCategoryRulePayload']>, ParentType, ContextType, RequireFields<MutationCreateExpenseCategoryRuleArgs, 'input'>>;
  createRecurringExpense?: Resolver<Maybe<ResolversTypes['RecurringExpensePayload']>, ParentType, ContextType, RequireFields<MutationCreateRecurringExpenseArgs, 'input'>>;
  deleteBudget?: Resolver<Maybe<ResolversTypes['FinanceDeletePayload']>, ParentType, ContextType, RequireFields<MutationDeleteBudgetArgs, 'id'>>;
  deleteExpense?: Resolver<Maybe<ResolversTypes['FinanceDeletePayload']>, ParentType, ContextType, RequireFields<MutationDeleteExpenseArgs, 'id'>>;
  deleteExpenseCategory?: Resolver<Maybe<ResolversTypes['FinanceDeletePayload']>, ParentType, ContextType, RequireFields<MutationDeleteExpenseCategoryArgs, 'id'>>;
  deleteExpenseCategoryRule?: Resolver<Maybe<ResolversTypes['FinanceDeletePayload']>, ParentType, ContextType, RequireFields<MutationDeleteExpenseCategoryRuleArgs, 'id'>>;
  deleteRecurringExpense?: Resolver<Maybe<ResolversTypes['FinanceDeletePayload']>, ParentType, ContextType, RequireFields<MutationDeleteRecurringExpenseArgs, 'id'>>;
  setBudget?: Resolver<Maybe<ResolversTypes['BudgetPayload']>, ParentType, ContextType, RequireFields<MutationSetBudgetArgs, 'input'>>;
  updateExpense?: Resolver<Maybe<ResolversTypes['ExpensePayload']>, ParentType, ContextType, RequireFields<MutationUpdateExpenseArgs, 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  budgets?: Resolver<Maybe<ResolversTypes['BudgetConnection']>, ParentType, ContextType, RequireFields<QueryBudgetsArgs, 'first'>>;
  expense?: Resolver<Maybe<ResolversTypes['Expense']>, ParentType, ContextType, RequireFields<QueryExpenseArgs, 'id'>>;
  expenseCategories?: Resolver<Maybe<ResolversTypes['ExpenseCategoryConnection']>, ParentType, ContextType, RequireFields<QueryExpenseCategoriesArgs, 'first'>>;
  expenseCategoryRules?: Resolver<Maybe<ResolversTypes['ExpenseCategoryRuleConnection']>, ParentType, ContextType, RequireFields<QueryExpenseCategoryRulesArgs, 'first'>>;
  expenseSummary?: Resolver<Maybe<ResolversTypes['ExpenseSummary']>, ParentType, ContextType, Partial<QueryExpenseSummaryArgs>>;
  expenses?: Resolver<Maybe<ResolversTypes['ExpenseConnection']>, ParentType, ContextType, RequireFields<QueryExpensesArgs, 'first'>>;
  exportExpenses?: Resolver<Maybe<ResolversTypes['ExpenseExport']>, ParentType, ContextType, Partial<QueryExportExpensesArgs>>;
  recurringExpenses?: Resolver<Maybe<ResolversTypes['RecurringExpenseConnection']>, ParentType, ContextType, RequireFields<QueryRecurringExpensesArgs, 'first'>>;
  suggestExpenseCategory?: Resolver<Maybe<ResolversTypes['ExpenseCategorySuggestion']>, ParentType, ContextType, RequireFields<QuerySuggestExpenseCategoryArgs, 'description'>>;
}>;

export type RecurringExpenseResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['RecurringExpense'] = ResolversParentTypes['RecurringExpense'], FederationReferenceType extends FederationReferenceTypes['RecurringExpense'] = FederationReferenceTypes['RecurringExpense']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RecurringExpense']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  frequency?: Resolver<ResolversTypes['RecurrenceFrequency'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nextDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type RecurringExpenseConnectionResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['RecurringExpenseConnection'] = ResolversParentTypes['RecurringExpenseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RecurringExpenseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RecurringExpenseEdgeResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['RecurringExpenseEdge'] = ResolversParentTypes['RecurringExpenseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RecurringExpense'], ParentType, ContextType>;
}>;

export type RecurringExpensePayloadResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['RecurringExpensePayload'] = ResolversParentTypes['RecurringExpensePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  recurringExpense?: Resolver<Maybe<ResolversTypes['RecurringExpense']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  expenses?: Resolver<Maybe<ResolversTypes['ExpenseConnection']>, ParentType, ContextType, RequireFields<UserExpensesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = FinanceContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = FinanceContext> = ResolversObject<{
  Budget?: BudgetResolvers<ContextType>;
  BudgetConnection?: BudgetConnectionResolvers<ContextType>;
  BudgetEdge?: BudgetEdgeResolvers<ContextType>;
  BudgetPayload?: BudgetPayloadResolvers<ContextType>;
  BudgetWarning?: BudgetWarningResolvers<ContextType>;
  CategoryTotal?: CategoryTotalResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Expense?: ExpenseResolvers<ContextType>;
  ExpenseCategory?: ExpenseCategoryResolvers<ContextType>;
  ExpenseCategoryConnection?: ExpenseCategoryConnectionResolvers<ContextType>;
  ExpenseCategoryEdge?: ExpenseCategoryEdgeResolvers<ContextType>;
  ExpenseCategoryPayload?: ExpenseCategoryPayloadResolvers<ContextType>;
  ExpenseCategoryRule?: ExpenseCategoryRuleResolvers<ContextType>;
  ExpenseCategoryRuleConnection?: ExpenseCategoryRuleConnectionResolvers<ContextType>;
  ExpenseCategoryRuleEdge?: ExpenseCategoryRuleEdgeResolvers<ContextType>;
  ExpenseCategoryRulePayload?: ExpenseCategoryRulePayloadResolvers<ContextType>;
  ExpenseCategoryScore?: ExpenseCategoryScoreResolvers<ContextType>;
  ExpenseCategorySuggestion?: ExpenseCategorySuggestionResolvers<ContextType>;
  ExpenseConnection?: ExpenseConnectionResolvers<ContextType>;
  ExpenseEdge?: ExpenseEdgeResolvers<ContextType>;
  ExpenseExport?: ExpenseExportResolvers<ContextType>;
  ExpensePayload?: ExpensePayloadResolvers<ContextType>;
  ExpenseSummary?: ExpenseSummaryResolvers<ContextType>;
  FinanceDeletePayload?: FinanceDeletePayloadResolvers<ContextType>;
  FinanceMoney?: FinanceMoneyResolvers<ContextType>;
  MonthTotal?: MonthTotalResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecurringExpense?: RecurringExpenseResolvers<ContextType>;
  RecurringExpenseConnection?: RecurringExpenseConnectionResolvers<ContextType>;
  RecurringExpenseEdge?: RecurringExpenseEdgeResolvers<ContextType>;
  RecurringExpensePayload?: RecurringExpensePayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = FinanceContext> = ResolversObject<{
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
  rateLimit?: RateLimitDirectiveResolver<any, any, ContextType>;
}>;
