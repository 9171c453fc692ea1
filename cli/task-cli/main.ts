/**
 * `task-cli`: the roadmap.sh Task Tracker. Local mode keeps tasks.json in the current directory;
 * `--remote` runs the same commands against the supergraph's work subgraph. See cli/task-cli/README.md.
 */
import { CliError, parseId, runMain, UsageError, type Context, type ProgramSpec } from '../lib';
import { DEFAULT_URL, RemoteTasks, type RemoteTask } from './remote';
import { LocalTasks, STATUSES, type Status, type Task } from './store';

const MAX_DESCRIPTION = 200;

const description = { name: 'description', description: 'what the task is (quote it)', text: true } as const;
const id = { name: 'id', description: 'the task ID (`list` shows them)' } as const;

export const PROGRAM: ProgramSpec = {
  name: 'task-cli',
  summary: 'Tracks your tasks: what you need to do, what you are doing and what you have done.',
  json: true,
  options: {
    remote: { type: 'boolean', description: `use the supergraph (HUBGRAPH_URL, default ${DEFAULT_URL}; HUBGRAPH_TOKEN)` },
  },
  commands: [
    { name: 'add', summary: 'Add a task', positionals: [description] },
    { name: 'update', summary: "Change a task's description", positionals: [id, description] },
    { name: 'delete', summary: 'Delete a task', positionals: [id] },
    { name: 'mark-in-progress', summary: 'Mark a task as in progress', positionals: [id] },
    { name: 'mark-done', summary: 'Mark a task as done', positionals: [id] },
    {
      name: 'list',
      summary: 'List tasks, all or by status',
      positionals: [{ name: 'status', description: 'done, todo or in-progress', choices: [...STATUSES], optional: true }],
    },
  ],
};

type AnyTask = Task | RemoteTask;

interface Tasks {
  list(status?: Status): AnyTask[] | Promise<AnyTask[]>;
  add(description: string): AnyTask | Promise<AnyTask>;
  update(id: never, change: { description?: string; status?: Status }): AnyTask | Promise<AnyTask>;
  delete(id: never): void | Promise<void>;
}

function checkDescription(raw: string | undefined): string {
  const text = (raw ?? '').trim().replace(/\s+/g, ' ');
  if (!text) throw new UsageError('the description is empty');
  if (text.length > MAX_DESCRIPTION)
    throw new CliError(`the description is longer than ${MAX_DESCRIPTION} characters`, { code: 'BAD_INPUT' });
  return text;
}

const LABEL: Record<Status, string> = { todo: 'todo', 'in-progress': 'in progress', done: 'done' };

function printList(ctx: Context, tasks: AnyTask[], status: Status | undefined): void {
  if (ctx.json) {
    ctx.printJson(tasks);
    return;
  }
  if (!tasks.length) {
    ctx.out(status ? `No tasks ${LABEL[status]}.` : 'No tasks yet. Add one with: task-cli add "Buy milk"');
    return;
  }
  const width = Math.max(...tasks.map((t) => String(t.id).length));
  const paint = { todo: ctx.color.yellow, 'in-progress': ctx.color.cyan, done: ctx.color.green } as const;
  for (const t of tasks) {
    ctx.out(`${String(t.id).padStart(width)}  ${paint[t.status](`[${LABEL[t.status]}]`.padEnd(13))} ${t.description}`);
  }
}

export async function handle(ctx: Context): Promise<void> {
  const { command, positionals, options } = ctx.args;
  const remote = options.remote === true;
  const tasks: Tasks = remote
    ? new RemoteTasks(ctx.io.env.HUBGRAPH_URL || DEFAULT_URL, ctx.io.env.HUBGRAPH_TOKEN)
    : (new LocalTasks(ctx.io.cwd) as unknown as Tasks);
  // Local ids are positive integers; remote ids are the server's.
  const taskId = (): never => (remote ? (positionals.id ?? '') : parseId(positionals.id ?? '', '<id>')) as never;
  const report = (message: string, task: AnyTask) => (ctx.json ? ctx.printJson(task) : ctx.out(message));

  switch (command) {
    case 'add': {
      const task = await tasks.add(checkDescription(positionals.description));
      report(`Task added successfully (ID: ${task.id})`, task);
      return;
    }
    case 'update': {
      const target = taskId();
      const task = await tasks.update(target, { description: checkDescription(positionals.description) });
      report(`Task updated successfully (ID: ${task.id})`, task);
      return;
    }
    case 'delete': {
      const target = taskId();
      await tasks.delete(target);
      if (ctx.json) ctx.printJson({ deleted: String(target) });
      else ctx.out(`Task deleted successfully (ID: ${String(target)})`);
      return;
    }
    case 'mark-in-progress':
    case 'mark-done': {
      const status: Status = command === 'mark-done' ? 'done' : 'in-progress';
      const task = await tasks.update(taskId(), { status });
      report(`Task marked as ${LABEL[status]} (ID: ${task.id})`, task);
      return;
    }
    case 'list': {
      const status = positionals.status as Status | undefined;
      printList(ctx, await tasks.list(status), status);
      return;
    }
    default:
      throw new UsageError('name a command: add, update, delete, mark-in-progress, mark-done or list');
  }
}

export function runCli(): void {
  runMain(PROGRAM, handle);
}

if (require.main === module) runCli();
