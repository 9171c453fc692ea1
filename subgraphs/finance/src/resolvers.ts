import { DateTimeScalar, requireViewer, type Viewer } from '../../../kit';
import type { BudgetRow, ExpenseRow, RecurringExpenseRow } from './entities';
import type { Resolvers } from './generated/resolvers';
import { FinanceService } from './service';

function own<T extends { ownerId: string }>(row: T | null, viewer: Viewer | null): T | null {
  return row && FinanceService.owns(row, viewer) ? row : null;
}

export function createResolvers(service: FinanceService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      expense: async (_, { id }, ctx) => own(await ctx.loaders.expenseById.load(id), ctx.viewer),
      expenses: (_, args, ctx) => service.listExpenses(ctx.em, requireViewer(ctx.viewer).userId, args),
      expenseCategories: (_, args, ctx) => service.listCategories(ctx.em, requireViewer(ctx.viewer).userId, args),
      budgets: (_, args, ctx) => service.listBudgets(ctx.em, requireViewer(ctx.viewer).userId, args),
      recurringExpenses: (_, args, ctx) => service.listRecurring(ctx.em, requireViewer(ctx.viewer).userId, args),
      expenseSummary: (_, args, ctx) => service.summary(ctx.em, requireViewer(ctx.viewer).userId, args),
      exportExpenses: (_, { filter }, ctx) => service.exportCsv(ctx.em, requireViewer(ctx.viewer).userId, filter),
    },
    Mutation: {
      createExpense: (_, { input }, ctx) => service.createExpense(ctx.em, requireViewer(ctx.viewer), input),
      updateExpense: (_, { id, input }, ctx) => service.updateExpense(ctx.em, requireViewer(ctx.viewer), id, input),
      deleteExpense: async (_, { id }, ctx) => ({ deletedId: await service.deleteExpense(ctx.em, requireViewer(ctx.viewer), id), errors: [] }),
      createExpenseCategory: (_, { name }, ctx) => service.createCategory(ctx.em, requireViewer(ctx.viewer), name),
      deleteExpenseCategory: async (_, { id }, ctx) => ({ deletedId: await service.deleteCategory(ctx.em, requireViewer(ctx.viewer), id), errors: [] }),
      setBudget: (_, { input }, ctx) => service.setBudget(ctx.em, requireViewer(ctx.viewer), input),
      deleteBudget: async (_, { id }, ctx) => ({ deletedId: await service.deleteBudget(ctx.em, requireViewer(ctx.viewer), id), errors: [] }),
      createRecurringExpense: (_, { input }, ctx) => service.createRecurring(ctx.em, requireViewer(ctx.viewer), input),
      deleteRecurringExpense: async (_, { id }, ctx) => ({
        deletedId: await service.deleteRecurring(ctx.em, requireViewer(ctx.viewer), id),
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
        const m = service.month(month, 'month');
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
        return service.listExpenses(ctx.em, user.id, args);
      },
    },
  };
}
