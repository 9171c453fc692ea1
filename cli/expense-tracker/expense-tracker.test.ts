import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signUpUser } from '../../test/helpers/graphql';
import { freePort } from '../../test/helpers/processes';
import { runCli } from '../../test/helpers/run-cli';
import { startTestStack, type TestStack } from '../../test/helpers/stack';
import { formatMoney, parseAmount } from './money';

const CLI = 'cli/expense-tracker/main.ts';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const now = new Date();
const thisMonth = now.getMonth() + 1;
const today = `${now.getFullYear()}-${String(thisMonth).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

describe('expense-tracker money', () => {
  it('parses decimals into minor units and prints them as the spec does', () => {
    expect([parseAmount('20', 'USD'), parseAmount('12.5', 'USD'), parseAmount('1,234.56', 'USD'), parseAmount('500', 'JPY')]).toEqual([
      2000, 1250, 123456, 500,
    ]);
    expect(() => parseAmount('1.5', 'JPY')).toThrow('more than 0 decimal places for JPY');
    expect(() => parseAmount('0', 'USD')).toThrow('greater than zero');
    expect(() => parseAmount('1e3', 'USD')).toThrow('positive amount');
    expect(() => parseAmount('20000000', 'USD')).toThrow('too large');
    expect([formatMoney(2000, 'USD'), formatMoney(1250, 'USD'), formatMoney(500, 'JPY'), formatMoney(99, 'EUR')]).toEqual([
      '$20',
      '$12.50',
      '¥500',
      '€0.99',
    ]);
  });
});

describe('expense-tracker, local (expenses.json in the current directory)', () => {
  let dir: string;
  const run = (...args: string[]) => runCli(CLI, args, { cwd: dir });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'expense-tracker-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('follows the spec: add, list, summary, delete, summary by month', async () => {
    expect(await run('add', '--description', 'Lunch', '--amount', '20')).toMatchObject({
      code: 0,
      stdout: 'Expense added successfully (ID: 1)\n',
      stderr: '',
    });
    expect((await run('add', '--description', 'Dinner', '--amount', '10', '--category', 'leisure')).stdout).toBe(
      'Expense added successfully (ID: 2)\n',
    );
    expect((await run('list')).stdout).toBe(
      `ID  Date        Description  Amount  Category\n1   ${today}  Lunch        $20     Others\n2   ${today}  Dinner       $10     Leisure\n`,
    );
    expect((await run('summary')).stdout).toBe('Total expenses: $30\n');
    expect((await run('delete', '--id', '2')).stdout).toBe('Expense deleted successfully\n');
    expect((await run('summary')).stdout).toBe('Total expenses: $20\n');
    expect((await run('summary', '--month', String(thisMonth))).stdout).toBe(`Total expenses for ${MONTHS[thisMonth - 1]}: $20\n`);
    const other = (thisMonth % 12) + 1;
    expect((await run('summary', '--month', String(other))).stdout).toBe(`Total expenses for ${MONTHS[other - 1]}: $0\n`);
    expect((await run('update', '--id', '1', '--amount', '22.40')).stdout).toBe('Expense updated successfully (ID: 1)\n');
    expect(JSON.parse((await run('list', '--json')).stdout)).toEqual([
      expect.objectContaining({ id: 1, amount: 2240, currency: 'USD', description: 'Lunch', date: today }),
    ]);
    expect(readdirSync(dir)).toEqual(['expenses.json']);
  });

  it('warns when a month goes over a budget, on stderr, and shows where budgets stand', async () => {
    expect((await run('budget', '--amount', '25')).stdout).toBe('Budget set: $25 a month for all expenses\n');
    expect((await run('budget', '--amount', '5', '--category', 'Health')).stdout).toBe('Budget set: $5 a month for Health\n');
    const under = await run('add', '--description', 'Lunch', '--amount', '20');
    expect(under.stderr).toBe('');
    const over = await run('add', '--description', 'Plasters', '--amount', '6.50', '--category', 'Health');
    expect(over.code).toBe(0);
    expect(over.stderr).toContain(
      `Warning: you have spent $26.50 of your $25 monthly budget in ${MONTHS[thisMonth - 1]} ${now.getFullYear()}.`,
    );
    expect(over.stderr).toContain('Warning: you have spent $6.50 of your $5 Health budget');
    expect((await run('budget')).stdout).toContain('All expenses $26.50 of $25');
  });

  it('refuses negative, over-precise and non-numeric amounts, unknown ids and categories, changing nothing', async () => {
    await run('add', '--description', 'Lunch', '--amount', '20');
    const before = readFileSync(join(dir, 'expenses.json'), 'utf8');
    const negative = await run('add', '--description', 'Refund', '--amount', '-5');
    expect([negative.code, negative.stderr]).toEqual([
      2,
      expect.stringContaining('--amount must be a positive amount such as 20 or 12.50; got "-5"'),
    ]);
    expect((await run('add', '--description', 'x', '--amount', '1.234')).stderr).toContain('more than 2 decimal places');
    expect((await run('add', '--description', 'x', '--amount', 'ten')).code).toBe(2);
    expect((await run('add', '--amount', '3')).stderr).toContain('missing --description');
    const unknownId = await run('delete', '--id', '9');
    expect([unknownId.code, unknownId.stderr]).toEqual([1, expect.stringContaining('there is no expense with ID 9')]);
    const category = await run('add', '--description', 'x', '--amount', '5', '--category', 'Food');
    expect([category.code, category.stderr]).toEqual([1, expect.stringContaining('unknown category "Food"')]);
    expect((await run('summary', '--month', '13')).code).toBe(2);
    expect((await run('add', '--description', 'x', '--amount', '5', '--date', '2026-02-30')).code).toBe(2);
    expect(readFileSync(join(dir, 'expenses.json'), 'utf8')).toBe(before);
  });

  it('exports RFC 4180 CSV that a spreadsheet will not run as a formula', async () => {
    await run('add', '--description', '=HYPERLINK("http://evil")', '--amount', '1');
    await run('add', '--description', 'Fish, chips', '--amount', '7.25', '--category', 'Groceries');
    const exported = await run('export', '--csv');
    expect(exported.stdout).toBe(
      'date,description,category,amount_minor,currency,id\r\n' +
        `${today},"'=HYPERLINK(""http://evil"")",Others,100,USD,1\r\n` +
        `${today},"Fish, chips",Groceries,725,USD,2\r\n`,
    );
    const file = join(dir, 'out.csv');
    expect((await run('export', '--csv', '--output', file)).stderr).toBe(`Wrote ${file}\n`);
    expect(readFileSync(file, 'utf8')).toBe(exported.stdout);
  });
});

describe('expense-tracker --remote (the supergraph’s finance subgraph)', () => {
  let stack: TestStack;
  let token: string;
  const remote = (args: string[], env: Record<string, string> = {}) =>
    runCli(CLI, ['--remote', '--currency', 'EUR', ...args], { env: { HUBGRAPH_URL: stack.url, HUBGRAPH_TOKEN: token, ...env } });

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'finance'] });
    token = (await signUpUser(stack.url, 'spender')).token;
  });

  it('adds, lists, summarises, warns over budget, exports and deletes on the server', async () => {
    expect((await remote(['budget', '--amount', '25'])).stdout).toBe('Budget set: €25 a month for all expenses\n');
    const lunch = await remote(['add', '--description', 'Lunch', '--amount', '20', '--category', 'Leisure']);
    const id = /^Expense added successfully \(ID: ([0-9a-f-]{36})\)\n$/.exec(lunch.stdout)![1]!;
    const dinner = await remote(['add', '--description', 'Dinner', '--amount', '10']);
    expect(dinner.stderr).toContain('Warning: you have spent €30 of your €25 monthly budget');
    expect((await remote(['list'])).stdout).toMatch(/Lunch +€20 +Leisure\n.*Dinner +€10 +Others\n$/);
    expect((await remote(['summary', '--month', String(thisMonth)])).stdout).toBe(`Total expenses for ${MONTHS[thisMonth - 1]}: €30\n`);
    expect((await remote(['export', '--csv'])).stdout).toContain('Lunch');
    expect((await remote(['delete', '--id', id])).stdout).toBe('Expense deleted successfully\n');
    expect((await remote(['summary'])).stdout).toBe('Total expenses: €10\n');
  }, 60_000);

  it('says what is wrong: an unknown id, no token, an unreachable server', async () => {
    const unknown = await remote(['delete', '--id', '01900000-0000-7000-8000-00000000dead']);
    expect([unknown.code, unknown.stderr]).toEqual([1, expect.stringContaining('there is no expense with ID')]);
    expect((await remote(['list'], { HUBGRAPH_TOKEN: '' })).stderr).toContain('--remote needs an access token');
    const url = `http://127.0.0.1:${await freePort()}/graphql`;
    const down = await remote(['list'], { HUBGRAPH_URL: url });
    expect([down.code, down.stderr]).toEqual([1, expect.stringContaining(`cannot reach the supergraph at ${url}`)]);
  }, 60_000);
});
