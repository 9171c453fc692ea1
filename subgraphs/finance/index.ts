import { loadSubgraphSchema, startSweep, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { loadFinanceConfig, type FinanceConfig } from './src/config';
import { createLoaders, type FinanceLoaders } from './src/context';
import { entities } from './src/entities';
import { createResolvers } from './src/resolvers';
import { seed } from './src/seed';
import { FinanceService } from './src/service';

const service = new FinanceService();

/** finance: personal expenses, budgets, recurring expenses, analytics, CSV (catalogue #14, server side of #2). */
export const finance: SubgraphDefinition<FinanceLoaders, FinanceConfig> = {
  name: 'finance',
  defaultPort: 4011,
  wiring: {
    summary:
      'personal expenses per user: categories, filters, monthly budgets with warnings and notifications, recurring expenses, analytics, CSV export',
    catalogue: '14, server side of 2',
    codegen: {
      contextType: '../context#FinanceContext',
      mappers: {
        Expense: '../entities#ExpenseRow',
        Budget: '../entities#BudgetRow',
        RecurringExpense: '../entities#RecurringExpenseRow',
        ExpenseCategory: '../service#CategoryView',
        ExpenseSummary: '../service#SummaryView',
        BudgetWarning: '../service#BudgetWarningView',
        ExpenseCategoryRule: '../entities#CategoryRuleRow',
        User: '../context#UserRef',
      },
    },
  },
  typeDefs: loadSubgraphSchema('finance'),
  resolvers: createResolvers(service),
  entities,
  migrations,
  loaders: createLoaders(service),
  seed,
  config: loadFinanceConfig,
  // Recurring expenses become expenses on their day even when nobody is signed in. Every replica
  // sweeps; each occurrence is claimed by a conditional update plus a unique key, so it is recorded
  // once. "Today" is the kit's clock (`deps.clock`), which tests replace.
  start: ({ serviceDeps, log, config }) =>
    startSweep({
      name: 'recurring expense sweep',
      everyMs: config.FINANCE_RECURRING_SWEEP_MS,
      run: () => service.materialiseDue(serviceDeps()),
      log,
    }),
};
