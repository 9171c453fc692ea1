import type { Em } from '../../../kit';
import { dayOf, addDays } from './dates';
import { Budget, Category, Expense, RecurringExpense } from './entities';

/** identity's demo user (see identity's seed). */
const DEMO_USER_ID = '01900000-0000-7000-8000-000000000002';

/** A few weeks of expenses, a category of their own, budgets and a monthly rent for the demo user; skipped when they have expenses. */
export async function seed(em: Em): Promise<void> {
  if (await em.count(Expense, { ownerId: DEMO_USER_ID })) return;
  const today = dayOf(new Date());
  em.create(Category, { ownerId: DEMO_USER_ID, name: 'Travel', nameKey: 'travel' });
  const samples: [number, number, string, string, string | null][] = [
    [0, 4_250, 'Weekly groceries', 'Groceries', null],
    [-2, 1_299, 'Cinema', 'Leisure', 'Two tickets'],
    [-5, 8_900, 'Electricity', 'Utilities', null],
    [-9, 24_999, 'Headphones', 'Electronics', null],
    [-12, 3_980, 'Groceries', 'Groceries', null],
    [-20, 5_500, 'Pharmacy', 'Health', null],
    [-33, 12_000, 'Train to Lyon', 'Travel', null],
    [-41, 6_999, 'Winter jacket (sale)', 'Clothing', '=not a formula'],
    [-60, 4_120, 'Groceries', 'Groceries', null],
  ];
  for (const [offset, amount, description, category, notes] of samples) {
    em.create(Expense, {
      ownerId: DEMO_USER_ID,
      amount,
      currency: 'EUR',
      description,
      category,
      spentOn: addDays(today, offset),
      notes,
      recurringId: null,
      occurrenceOn: null,
    });
  }
  em.create(Budget, { ownerId: DEMO_USER_ID, categoryKey: 'Groceries', amount: 30_000, currency: 'EUR' });
  em.create(Budget, { ownerId: DEMO_USER_ID, categoryKey: '', amount: 150_000, currency: 'EUR' });
  // Starts next month, so the sweep records it then (nothing is backfilled by the seed itself).
  const firstOfNextMonth = `${addDays(`${today.slice(0, 7)}-28`, 7).slice(0, 7)}-01`;
  em.create(RecurringExpense, {
    ownerId: DEMO_USER_ID,
    amount: 95_000,
    currency: 'EUR',
    description: 'Rent',
    category: 'Utilities',
    notes: null,
    frequency: 'MONTHLY',
    startOn: firstOfNextMonth,
    endOn: null,
    nextOn: firstOfNextMonth,
  });
  await em.flush();
}
