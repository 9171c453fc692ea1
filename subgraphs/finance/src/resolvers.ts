import { DateTimeScalar, type Viewer } from '../../../kit';
import type { BudgetRow, CategoryRuleRow, ExpenseRow, RecurringExpenseRow } from './entities';
import type { Resolvers } from './generated/resolvers';
import { FinanceService } from './service';

function own<T extends { ownerId: string }>(row: T | null, viewer: Viewer | null): T | null {
  return row && FinanceService.owns(row, viewer) ? row : null;
}

/**
 * finance's resolvers: thin translations. Every service call is `service.method(ctx.deps, ...args)`;
 * single rows by id come from the request's loaders, and only their owner gets them back.
 */
export function createResolvers(service: FinanceService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      expense: async (_, { id }, ctx) => own(await ctx.loaders.expenseById.load(id), ctx.viewer),
      expenses: (_, args, ctx) => service.listExpenses(ctx.deps, args),
      expenseCategories: (_, args, ctx) => service.listCategories(ctx.deps, args),
      budgets: (_, args, ctx) => service.listBudgets(ctx.deps, args),
      recurringExpenses: (_, args, ctx) => service.listRecurring(ctx.deps, args),
      expenseSummary: (_, args, ctx) => service.summary(ctx.deps, args),
      exportExpenses: (_, { filter }, ctx) => service.exportCsv(ctx.deps, filter),
      expenseCategoryRules: (_, args, ctx) => service.suggestions.listRules(ctx.deps, args),
      suggestExpenseCategory: async (_, { description, amount, currency }, ctx) => {
        const s = await service.suggestions.suggest(ctx.deps, description, amount, currency);
        return { ...s, alternatives: s.alternatives.map((a) => ({ category: a.category, confidence: a.probability })) };
      },
    },
    Mutation: {
      createExpense: (_, { input }, ctx) => service.createExpense(ctx.deps, input),
      updateExpense: (_, { id, input }, ctx) => service.updateExpense(ctx.deps, id, input),
      deleteExpense: async (_, { id }, ctx) => ({
        deletedId: await service.deleteExpense(ctx.deps, id),
        errors: [],
      }),
      createExpenseCategory: (_, { name }, ctx) => service.createCategory(ctx.deps, name),
      deleteExpenseCategory: async (_, { id }, ctx) => ({
        deletedId: await service.deleteCategory(ctx.deps, id),
        errors: [],
      }),
      createExpenseCategoryRule: (_, { input }, ctx) => service.suggestions.createRule(ctx.deps, input),
      deleteExpenseCategoryRule: async (_, { id }, ctx) => ({
        deletedId: await service.suggestions.deleteRule(ctx.deps, id),
        errors: [],
      }),
      setBudget: (_, { input }, ctx) => service.setBudget(ctx.deps, input),
      deleteBudget: async (_, { id }, ctx) => ({
        deletedId: await service.deleteBudget(ctx.deps, id),
        errors: [],
      }),
      createRecurringExpense: (_, { input }, ctx) => service.createRecurring(ctx.deps, input),
      deleteRecurringExpense: async (_, { id }, ctx) => ({
        deletedId: await service.deleteRecurring(ctx.deps, id),
        errors: [],
      }),
    },
    Expense: {
      __resolveReference: async (ref, ctx) => own(await ctx.loaders.expenseById.load(ref.id), ctx.viewer),
      date: (expense: ExpenseRow) => expense.spentOn,
      recurringExpense: async (expense, _, ctx) =>
        expense.recurringId ? own(await ctx.loaders.recurringById.load(expense.recurringId), ctx.viewer) : null,
      owner: (expense) => ({ id: expense.ownerId }),
    },
    ExpenseCategoryRule: {
      contains: (rule: CategoryRuleRow) => rule.matchText,
    },
    Budget: {
      __resolveReference: async (ref, ctx) => own(await ctx.loaders.budgetById.load(ref.id), ctx.viewer),
      category: (budget: BudgetRow) => budget.categoryKey || null,
      limit: (budget) => ({ amount: budget.amount, currency: budget.currency }),
      spent: async (budget, { month }, ctx) => {
        const m = service.month(ctx.deps, month, 'month');
        const amount = await ctx.loaders.spent.load(`${budget.ownerId}|${m}|${budget.currency}|${budget.categoryKey}`);
        return { amount, currency: budget.currency };
      },
    },
    RecurringExpense: {
      __resolveReference: async (ref, ctx) => own(await ctx.loaders.recurringById.load(ref.id), ctx.viewer),
      startDate: (series: RecurringExpenseRow) => series.startOn,
      endDate: (series) => series.endOn ?? null,
      nextDate: (series) => series.nextOn ?? null,
    },
    User: {
      __resolveReference: (ref) => ({ id: ref.id }),
      expenses: (user, args, ctx) => service.listExpenses(ctx.deps, args, user.id),
    },
  };
}
