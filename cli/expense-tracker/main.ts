/**
 * `expense-tracker`: the roadmap.sh Expense Tracker (catalogue #2). Local mode keeps expenses.json in
 * the current directory; `--remote` runs the same commands on the supergraph's finance subgraph. See
 * cli/expense-tracker/README.md.
 */
import { parseId, runMain, UsageError, writeAtomically, type Context, type ProgramSpec } from '../lib';
// The csv module alone: the kit's index loads the servers' stack (Apollo, MikroORM, …), seconds per start.
import { toCsv } from '../../kit/src/csv';
import { formatMoney, parseAmount } from './money';
import { RemoteExpenses } from './remote';
import { LocalExpenses, type Budget, type BudgetWarning, type Expense, type ExpenseChange } from './store';

const DEFAULT_URL = 'http://localhost:4000/graphql';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MAX_DESCRIPTION = 200;

const O = {
  description: { type: 'string', valueName: '<text>', description: 'what it was for' },
  amount: { type: 'string', valueName: '<amount>', description: 'how much, e.g. 20 or 12.50' },
  category: { type: 'string', valueName: '<name>', description: 'Groceries, Leisure, Electronics, Utilities, Clothing, Health or Others' },
  date: { type: 'string', valueName: '<YYYY-MM-DD>', description: 'when (default today)' },
  id: { type: 'string', valueName: '<id>', description: 'the expense ID (`list` shows them)' },
  month: { type: 'string', valueName: '<1-12>', description: 'a month of this year' },
} as const;

export const PROGRAM: ProgramSpec = {
  name: 'expense-tracker',
  summary: 'Tracks what you spend: add, list, summarise, budget and export expenses.',
  json: true,
  options: {
    remote: { type: 'boolean', description: `use the supergraph's finance (HUBGRAPH_URL, default ${DEFAULT_URL}; HUBGRAPH_TOKEN)` },
    currency: { type: 'string', valueName: '<code>', description: 'ISO 4217 currency', defaultText: 'USD' },
  },
  commands: [
    {
      name: 'add',
      summary: 'Add an expense',
      options: { description: O.description, amount: O.amount, category: O.category, date: O.date },
    },
    {
      name: 'update',
      summary: 'Change an expense',
      options: { id: O.id, description: O.description, amount: O.amount, category: O.category, date: O.date },
    },
    { name: 'delete', summary: 'Delete an expense', options: { id: O.id } },
    { name: 'list', summary: 'List expenses', options: { month: O.month, category: O.category } },
    { name: 'summary', summary: 'Total of all expenses, or of one month', options: { month: O.month, category: O.category } },
    {
      name: 'budget',
      summary: 'Set a monthly budget (--amount), or show the budgets',
      options: { amount: O.amount, category: O.category },
    },
    {
      name: 'export',
      summary: 'Export expenses as CSV (RFC 4180)',
      options: {
        csv: { type: 'boolean', description: 'CSV (the only format)' },
        output: { type: 'string', valueName: '<file>', description: 'write here instead of stdout' },
      },
    },
  ],
};

type Store = LocalExpenses | RemoteExpenses;

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** `--month N` as `YYYY-MM` of this year. */
function monthOf(raw: string | undefined, today: Date): string | undefined {
  if (raw === undefined) return undefined;
  if (!/^(0?[1-9]|1[0-2])$/.test(raw.trim())) throw new UsageError(`--month must be a month number from 1 to 12; got "${raw}"`);
  return `${today.getFullYear()}-${raw.trim().padStart(2, '0')}`;
}

function checkDate(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const date = new Date(`${raw}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== raw) {
    throw new UsageError(`--date must be a calendar day YYYY-MM-DD; got "${raw}"`);
  }
  return raw;
}

function checkDescription(raw: string | undefined, required: boolean): string | undefined {
  if (raw === undefined) {
    if (required) throw new UsageError('missing --description: what the expense was for');
    return undefined;
  }
  const text = raw.trim().replace(/\s+/g, ' ');
  if (!text) throw new UsageError('--description is empty');
  if (text.length > MAX_DESCRIPTION) throw new UsageError(`--description is longer than ${MAX_DESCRIPTION} characters`);
  return text;
}

function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function monthName(month: string): string {
  return `${MONTHS[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

function printWarnings(ctx: Context, warnings: BudgetWarning[]): void {
  for (const w of warnings) {
    const which = w.category ? `${w.category} budget` : 'monthly budget';
    ctx.err(
      ctx.errColor.yellow(
        `Warning: you have spent ${formatMoney(w.spent, w.currency)} of your ${formatMoney(w.limit, w.currency)} ${which} in ${monthName(w.month)}.`,
      ),
    );
  }
}

function totals(expenses: Expense[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const e of expenses) sums.set(e.currency, (sums.get(e.currency) ?? 0) + e.amount);
  return sums;
}

export async function handle(ctx: Context): Promise<void> {
  const { command, options } = ctx.args;
  const today = new Date();
  const currency = (str(options.currency) ?? 'USD').trim().toUpperCase();
  const remote = options.remote === true;
  const store: Store = remote
    ? new RemoteExpenses(ctx.io.env.HUBGRAPH_URL || DEFAULT_URL, ctx.io.env.HUBGRAPH_TOKEN)
    : new LocalExpenses(ctx.io.cwd);
  const id = (): never => {
    const raw = str(options.id);
    if (raw === undefined) throw new UsageError('missing --id: which expense (`list` shows the IDs)');
    return (remote ? raw.trim() : parseId(raw, '--id')) as never;
  };
  const category = str(options.category);

  switch (command) {
    case 'add': {
      const amountText = str(options.amount);
      if (amountText === undefined) throw new UsageError('missing --amount: how much, e.g. 20 or 12.50');
      const input = {
        description: checkDescription(str(options.description), true)!,
        amount: parseAmount(amountText, currency),
        currency,
        category: category ?? 'Others',
        date: checkDate(str(options.date)) ?? localDay(today),
      };
      const { expense, warnings } = await store.add(input);
      if (ctx.json) ctx.printJson({ expense, warnings });
      else ctx.out(`Expense added successfully (ID: ${expense.id})`);
      printWarnings(ctx, warnings);
      return;
    }
    case 'update': {
      const target = id();
      const amountText = str(options.amount);
      const change: ExpenseChange = {
        description: checkDescription(str(options.description), false),
        amount: amountText === undefined ? undefined : parseAmount(amountText, currency),
        currency: amountText === undefined ? undefined : currency,
        category,
        date: checkDate(str(options.date)),
      };
      for (const key of Object.keys(change) as (keyof ExpenseChange)[]) if (change[key] === undefined) delete change[key];
      if (!Object.keys(change).length) throw new UsageError('nothing to change: give --description, --amount, --category or --date');
      const { expense, warnings } = await store.update(target, change);
      if (ctx.json) ctx.printJson({ expense, warnings });
      else ctx.out(`Expense updated successfully (ID: ${expense.id})`);
      printWarnings(ctx, warnings);
      return;
    }
    case 'delete': {
      const target = id();
      await store.delete(target);
      if (ctx.json) ctx.printJson({ deleted: String(target) });
      else ctx.out('Expense deleted successfully');
      return;
    }
    case 'list': {
      const expenses = await store.list({ month: monthOf(str(options.month), today), category });
      if (ctx.json) {
        ctx.printJson(expenses);
        return;
      }
      if (!expenses.length) {
        ctx.out('No expenses.');
        return;
      }
      const rows = expenses.map((e) => [String(e.id), e.date, e.description, formatMoney(e.amount, e.currency), e.category]);
      const header = ['ID', 'Date', 'Description', 'Amount', 'Category'];
      const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
      for (const row of [header, ...rows])
        ctx.out(row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  '));
      return;
    }
    case 'summary': {
      const month = monthOf(str(options.month), today);
      const sums = totals(await store.list({ month, category }));
      if (ctx.json) {
        ctx.printJson({ month: month ?? null, category: category ?? null, totals: Object.fromEntries(sums) });
        return;
      }
      const label = `Total expenses${category ? ` on ${category}` : ''}${month ? ` for ${MONTHS[Number(month.slice(5)) - 1]}` : ''}`;
      if (!sums.size) ctx.out(`${label}: ${formatMoney(0, currency)}`);
      for (const [code, sum] of sums) ctx.out(`${label}: ${formatMoney(sum, code)}`);
      return;
    }
    case 'budget': {
      const amountText = str(options.amount);
      if (amountText !== undefined) {
        const budget = await store.setBudget({ category: category ?? null, amount: parseAmount(amountText, currency), currency });
        if (ctx.json) ctx.printJson(budget);
        else ctx.out(`Budget set: ${formatMoney(budget.amount, budget.currency)} a month for ${budget.category ?? 'all expenses'}`);
        return;
      }
      const budgets: Budget[] = await store.budgets();
      const month = localDay(today).slice(0, 7);
      const spent = await store.list({ month });
      if (ctx.json) {
        ctx.printJson(budgets);
        return;
      }
      if (!budgets.length) ctx.out('No budgets. Set one with: expense-tracker budget --amount 500');
      for (const b of budgets) {
        const used = spent
          .filter((e) => e.currency === b.currency && (!b.category || e.category === b.category))
          .reduce((s, e) => s + e.amount, 0);
        const flag = used > b.amount ? ctx.color.red(' (over)') : '';
        ctx.out(
          `${(b.category ?? 'All expenses').padEnd(12)} ${formatMoney(used, b.currency)} of ${formatMoney(b.amount, b.currency)} in ${monthName(month)}${flag}`,
        );
      }
      return;
    }
    case 'export': {
      const csv =
        store instanceof RemoteExpenses
          ? await store.exportCsv()
          : toCsv(
              ['date', 'description', 'category', 'amount_minor', 'currency', 'id'],
              (await store.list()).map((e) => [e.date, e.description, e.category, e.amount, e.currency, String(e.id)]),
            );
      const output = str(options.output);
      if (output) {
        writeAtomically(output, csv);
        ctx.err(`Wrote ${output}`);
      } else ctx.io.stdout.write(csv);
      return;
    }
    default:
      throw new UsageError('name a command: add, update, delete, list, summary, budget or export');
  }
}

export function runCli(): void {
  runMain(PROGRAM, handle);
}

if (require.main === module) runCli();
