import DataLoader from 'dataloader';
import { entityLoader, type Em, type ServiceDeps, type SubgraphContext } from '../../../kit';
import type { FinanceConfig } from './config';
import { Budget, Expense, RecurringExpense, type BudgetRow, type ExpenseRow, type RecurringExpenseRow } from './entities';
import type { FinanceService } from './service';

export interface FinanceLoaders {
  expenseById: DataLoader<string, ExpenseRow | null>;
  budgetById: DataLoader<string, BudgetRow | null>;
  recurringById: DataLoader<string, RecurringExpenseRow | null>;
  /** Spending keyed `owner|YYYY-MM|currency|category` ('' = every category): one statement per owner and month. */
  spent: DataLoader<string, number>;
}

export function createLoaders(service: FinanceService) {
  return (em: Em): FinanceLoaders => ({
    expenseById: entityLoader(em, Expense),
    budgetById: entityLoader(em, Budget),
    recurringById: entityLoader(em, RecurringExpense),
    spent: new DataLoader((keys) => service.spentByKeys(em, keys), { maxBatchSize: 500 }),
  });
}

export type FinanceContext = SubgraphContext<FinanceLoaders, FinanceConfig>;

/** What every FinanceService method receives first (`ctx.deps` in resolvers). */
export type FinanceDeps = ServiceDeps<FinanceConfig, FinanceLoaders>;

/** A User as the finance subgraph knows it: its key only. */
export interface UserRef {
  id: string;
}
