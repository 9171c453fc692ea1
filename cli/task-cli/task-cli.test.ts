import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signUpUser } from '../../test/helpers/graphql';
import { freePort } from '../../test/helpers/processes';
import { runCli } from '../../test/helpers/run-cli';
import { startTestStack, type TestStack } from '../../test/helpers/stack';

const CLI = 'cli/task-cli/main.ts';

describe('task-cli, local (tasks.json in the current directory)', () => {
  let dir: string;
  const task = (args: string[], env: Record<string, string> = {}) => runCli(CLI, args, { cwd: dir, env });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'task-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('adds, updates, marks, lists by status and deletes, with the messages of the spec', async () => {
    expect(await task(['add', 'Buy groceries'])).toMatchObject({ code: 0, stdout: 'Task added successfully (ID: 1)\n', stderr: '' });
    expect((await task(['add', 'Cook  dinner '])).stdout).toBe('Task added successfully (ID: 2)\n');
    expect((await task(['update', '1', 'Buy groceries and cook dinner'])).stdout).toBe('Task updated successfully (ID: 1)\n');
    expect((await task(['mark-in-progress', '1'])).stdout).toBe('Task marked as in progress (ID: 1)\n');
    expect((await task(['mark-done', '2'])).stdout).toBe('Task marked as done (ID: 2)\n');
    expect((await task(['list'])).stdout).toBe('1  [in progress] Buy groceries and cook dinner\n2  [done]        Cook dinner\n');
    expect((await task(['list', 'done'])).stdout).toBe('2  [done]        Cook dinner\n');
    expect((await task(['list', 'in-progress'])).stdout).toBe('1  [in progress] Buy groceries and cook dinner\n');
    expect((await task(['list', 'todo'])).stdout).toBe('No tasks todo.\n');
    expect((await task(['delete', '2'])).stdout).toBe('Task deleted successfully (ID: 2)\n');
    // Ids are not reused after the highest one is deleted.
    expect((await task(['add', 'Walk the dog'])).stdout).toBe('Task added successfully (ID: 3)\n');

    const file = JSON.parse(readFileSync(join(dir, 'tasks.json'), 'utf8')) as {
      tasks: { id: number; status: string; createdAt: string }[];
    };
    expect(file.tasks.map((t) => [t.id, t.status])).toEqual([
      [1, 'in-progress'],
      [3, 'todo'],
    ]);
    expect(new Date(file.tasks[0]!.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    // Written through a temporary file and a rename: nothing else is left in the directory.
    expect(readdirSync(dir)).toEqual(['tasks.json']);
  });

  it('prints JSON for scripts', async () => {
    await task(['add', 'Buy milk']);
    const listed = await task(['list', '--json']);
    expect(JSON.parse(listed.stdout)).toEqual([
      { id: 1, description: 'Buy milk', status: 'todo', createdAt: expect.any(String), updatedAt: expect.any(String) },
    ]);
    expect(JSON.parse((await task(['mark-done', '1', '--json'])).stdout)).toMatchObject({ id: 1, status: 'done' });
  });

  it('refuses bad input with exit 1 (user error) or 2 (usage), on stderr, changing nothing', async () => {
    await task(['add', 'Buy milk']);
    const before = readFileSync(join(dir, 'tasks.json'), 'utf8');
    const unknown = await task(['mark-done', '42']);
    expect(unknown).toMatchObject({ code: 1, stdout: '' });
    expect(unknown.stderr).toContain('task-cli: error: there is no task with ID 42');
    const notANumber = await task(['delete', 'abc']);
    expect(notANumber.code).toBe(2);
    expect(notANumber.stderr).toContain('<id> must be a positive whole number');
    const missing = await task(['add']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing <description>');
    expect((await task(['add', '   '])).code).toBe(2);
    const long = await task(['add', 'x'.repeat(201)]);
    expect([long.code, long.stderr]).toEqual([1, expect.stringContaining('longer than 200 characters')]);
    const badStatus = await task(['list', 'finished']);
    expect(badStatus.code).toBe(2);
    expect((await task(['frobnicate'])).code).toBe(2);
    expect((await task(['delete', '7', '--json'])).stderr.trim()).toBe(
      JSON.stringify({ error: { code: 'NOT_FOUND', message: 'there is no task with ID 7', hint: 'Run "task-cli list" to see the IDs.' } }),
    );
    expect(readFileSync(join(dir, 'tasks.json'), 'utf8')).toBe(before);
  });

  it('reports a corrupt tasks.json and leaves it exactly as it was', async () => {
    writeFileSync(join(dir, 'tasks.json'), '{"tasks": [ {"id": 1, "desc');
    const added = await task(['add', 'Buy milk']);
    expect(added.code).toBe(1);
    expect(added.stderr).toContain('tasks.json is not a task list');
    expect(added.stderr).toContain('it was left as it is');
    expect(readFileSync(join(dir, 'tasks.json'), 'utf8')).toBe('{"tasks": [ {"id": 1, "desc');
    writeFileSync(join(dir, 'tasks.json'), '{"tasks": [{"id": 1, "description": "x", "status": "someday"}]}');
    expect((await task(['list'])).stderr).toContain('task 1 lacks an id, description, status or dates');
  });

  it('loses no task when several processes add at once', async () => {
    const results = await Promise.all(Array.from({ length: 6 }, (_, i) => task(['add', `Task ${i}`])));
    expect(results.map((r) => r.code)).toEqual(Array(6).fill(0));
    const ids = results.map((r) => Number(/ID: (\d+)/.exec(r.stdout)![1])).sort((a, b) => a - b);
    expect(ids).toEqual([1, 2, 3, 4, 5, 6]);
    const listed = JSON.parse((await task(['list', '--json'])).stdout) as unknown[];
    expect(listed).toHaveLength(6);
  }, 60_000);
});

describe('task-cli --remote (the supergraph’s work subgraph)', () => {
  let stack: TestStack;
  let token: string;
  const remote = (args: string[], env: Record<string, string> = {}) =>
    runCli(CLI, ['--remote', ...args], { env: { HUBGRAPH_URL: stack.url, HUBGRAPH_TOKEN: token, ...env } });

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'work'] });
    token = (await signUpUser(stack.url, 'task-cli')).token;
  });

  it('runs the same commands against the server', async () => {
    const added = await remote(['add', 'Buy milk']);
    expect(added.code).toBe(0);
    const id = /^Task added successfully \(ID: ([0-9a-f-]{36})\)\n$/.exec(added.stdout)![1]!;
    expect((await remote(['mark-done', id])).stdout).toBe(`Task marked as done (ID: ${id})\n`);
    expect((await remote(['list', 'done'])).stdout).toMatch(new RegExp(`^${id}  \\[done\\] +Buy milk\\n$`));
    expect((await remote(['list', 'todo'])).stdout).toBe('No tasks todo.\n');
    expect((await remote(['delete', id])).stdout).toBe(`Task deleted successfully (ID: ${id})\n`);
    expect((await remote(['list'])).stdout).toContain('No tasks yet');
  }, 60_000);

  it('says what is wrong: unknown id, no token, a refused token, an unreachable server', async () => {
    const unknown = await remote(['mark-done', '01900000-0000-7000-8000-00000000dead']);
    expect([unknown.code, unknown.stderr]).toEqual([
      1,
      expect.stringContaining('there is no task with ID 01900000-0000-7000-8000-00000000dead'),
    ]);
    const noToken = await remote(['list'], { HUBGRAPH_TOKEN: '' });
    expect([noToken.code, noToken.stderr]).toEqual([1, expect.stringContaining('--remote needs an access token in HUBGRAPH_TOKEN')]);
    const refused = await remote(['list'], { HUBGRAPH_TOKEN: 'not.a.token' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('refused HUBGRAPH_TOKEN');
    const url = `http://127.0.0.1:${await freePort()}/graphql`;
    const down = await remote(['list'], { HUBGRAPH_URL: url });
    expect([down.code, down.stderr]).toEqual([1, expect.stringContaining(`cannot reach the supergraph at ${url}`)]);
  }, 60_000);
});
