import { DateTimeScalar, requireViewer, type Viewer } from '../../../kit';
import type { BudgetRow, ExpenseRow, RecurringExpenseRow } from './entities';
import type { FinanceContext } from './context';
import type { Resolvers } from './generated/resolvers';
import { FinanceService } from './service';

function own<T extends { ownerId: string }>(row: T | null, viewer: Viewer | null): T | null {
  return row && FinanceService.owns(row, viewer) ? row : null;
}

export function createResolvers(root: FinanceService): Resolvers {
  // "Today" comes from the kit's clock (`ctx.deps.clock`), which tests replace.
  const at = (ctx: FinanceContext) => root.at(ctx.deps.clock);
  return {
    DateTime: DateTimeScalar,
    Query: {
      expense: async (_, { id }, ctx) => own(await ctx.loaders.expenseById.load(id), ctx.viewer),
      expenses: (_, args, ctx) => at(ctx).listExpenses(ctx.em, requireViewer(ctx.viewer).userId, args),
      expenseCategories: (_, args, ctx) => at(ctx).listCategories(ctx.em, requireViewer(ctx.viewer).userId, args),
      budgets: (_, args, ctx) => at(ctx).listBudgets(ctx.em, requireViewer(ctx.viewer).userId, args),
      recurringExpenses: (_, args, ctx) => at(ctx).listRecurring(ctx.em, requireViewer(ctx.viewer).userId, args),
      expenseSummary: (_, args, ctx) => at(ctx).summary(ctx.em, requireViewer(ctx.viewer).userId, args),
      exportExpenses: (_, { filter }, ctx) => at(ctx).exportCsv(ctx.em, requireViewer(ctx.viewer).userId, filter),
    },
    Mutation: {
      createExpense: (_, { input }, ctx) => at(ctx).createExpense(ctx.em, requireViewer(ctx.viewer), input),
      updateExpense: (_, { id, input }, ctx) => at(ctx).updateExpense(ctx.em, requireViewer(ctx.viewer), id, input),
      deleteExpense: async (_, { id }, ctx) => ({
        deletedId: await at(ctx).deleteExpense(ctx.em, requireViewer(ctx.viewer), id),
        errors: [],
      }),
      createExpenseCategory: (_, { name }, ctx) => at(ctx).createCategory(ctx.em, requireViewer(ctx.viewer), name),
      deleteExpenseCategory: async (_, { id }, ctx) => ({
        deletedId: await at(ctx).deleteCategory(ctx.em, requireViewer(ctx.viewer), id),
        errors: [],
      }),
      setBudget: (_, { input }, ctx) => at(ctx).setBudget(ctx.em, requireViewer(ctx.viewer), input),
      deleteBudget: async (_, { id }, ctx) => ({
        deletedId: await at(ctx).deleteBudget(ctx.em, requireViewer(ctx.viewer), id),
        errors: [],
      }),
      createRecurringExpense: (_, { input }, ctx) => at(ctx).createRecurring(ctx.em, requireViewer(ctx.viewer), input),
      deleteRecurringExpense: async (_, { id }, ctx) => ({
        deletedId: await at(ctx).deleteRecurring(ctx.em, requireViewer(ctx.viewer), id),
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
    Budget: {
      __resolveReference: async (ref, ctx) => own(await ctx.loaders.budgetById.load(ref.id), ctx.viewer),
      category: (budget: BudgetRow) => budget.categoryKey || null,
      limit: (budget) => ({ amount: budget.amount, currency: budget.currency }),
      spent: async (budget, { month }, ctx) => {
        const m = at(ctx).month(month, 'month');
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
      expenses: (user, args, ctx) => {
        const viewer = requireViewer(ctx.viewer);
        FinanceService.forbidOthers(viewer, user.id);
        return at(ctx).listExpenses(ctx.em, user.id, args);
      },
    },
  };
}
