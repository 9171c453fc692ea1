import { gql, type TestUser } from '../../../test/helpers/graphql';

export const CREATE_EXPENSE = `mutation($input: CreateExpenseInput!) {
  createExpense(input: $input) {
    expense { id amount currency description category date notes owner { id } }
    budgetWarnings { category month limit { amount currency } spent { amount currency } justExceeded }
    errors { field message code }
  }
}`;

export const LIST_EXPENSES = `query($first: Int, $after: String, $filter: ExpenseFilter, $orderBy: ExpenseOrder) {
  expenses(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id amount description category date } }
  }
}`;

export interface ExpenseFields {
  amount: number;
  currency?: string;
  description?: string;
  category?: string;
  date?: string;
  notes?: string;
}

/** Creates an expense through the router and returns its id; fails the test on any error. */
export async function addExpense(url: string, user: TestUser, fields: ExpenseFields): Promise<string> {
  const res = await gql(url, CREATE_EXPENSE, { input: { currency: 'EUR', description: 'Something', ...fields } }, { token: user.token });
  if (res.body.errors || res.body.data.createExpense.errors.length) {
    throw new Error(`createExpense failed: ${JSON.stringify(res.body)}`);
  }
  return res.body.data.createExpense.expense.id as string;
}

/** The UTC day `offset` days from today. */
export function day(offset = 0): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
}
