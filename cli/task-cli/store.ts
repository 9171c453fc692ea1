/**
 * task-cli's local mode: the tasks live in `tasks.json` in the current directory. The file is created
 * on the first change, rewritten whole through a temporary file and a rename (a crash leaves the old
 * file or the new one, never half of one), and changes from two processes at once take turns on a
 * lock file. A file that is not a task list is reported and left exactly as it is.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { CliError } from '../lib';

export const STATUSES = ['todo', 'in-progress', 'done'] as const;
export type Status = (typeof STATUSES)[number];

export interface Task {
  id: number;
  description: string;
  status: Status;
  createdAt: string;
  updatedAt: string;
}

interface TaskFile {
  version: 1;
  /** Ids are never reused, even after the highest one is deleted. */
  nextId: number;
  tasks: Task[];
}

export const FILE_NAME = 'tasks.json';
const LOCK_WAIT_MS = 5_000;

function isTask(value: unknown): value is Task {
  const t = value as Partial<Task> | null;
  return (
    typeof t === 'object' &&
    t !== null &&
    Number.isSafeInteger(t.id) &&
    (t.id ?? 0) > 0 &&
    typeof t.description === 'string' &&
    STATUSES.includes(t.status as Status) &&
    typeof t.createdAt === 'string' &&
    typeof t.updatedAt === 'string'
  );
}

/** Reads the file's tasks; an absent file is an empty list, anything that is not a task list a CliError. */
function read(path: string): TaskFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, nextId: 1, tasks: [] };
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`, { code: 'FILE_UNREADABLE' });
  }
  const corrupt = (why: string) =>
    new CliError(`${path} is not a task list (${why}); it was left as it is`, {
      code: 'FILE_CORRUPT',
      hint: 'Fix the file, or move it away to start a new list.',
    });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw corrupt((error as Error).message);
  }
  // A plain array of tasks (as other task trackers write it) is read too; the next write adds nextId.
  const file = Array.isArray(parsed) ? { version: 1, nextId: 0, tasks: parsed } : (parsed as Partial<TaskFile>);
  if (typeof file !== 'object' || file === null || !Array.isArray(file.tasks)) throw corrupt('no "tasks" list');
  const bad = file.tasks.findIndex((t) => !isTask(t));
  if (bad >= 0) throw corrupt(`task ${bad + 1} lacks an id, description, status or dates`);
  const tasks = file.tasks as Task[];
  const highest = tasks.reduce((max, t) => Math.max(max, t.id), 0);
  const nextId = Number.isSafeInteger(file.nextId) && (file.nextId ?? 0) > highest ? file.nextId! : highest + 1;
  return { version: 1, nextId, tasks };
}

/** Writes the whole file through a temporary file, flushed, then renamed over the old one. */
function write(path: string, file: TaskFile): void {
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w', 0o644);
  try {
    writeSync(fd, `${JSON.stringify(file, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Runs `change` holding `<file>.lock`; a lock left by a process that is gone is taken over. */
function withLock<T>(path: string, change: () => T): T {
  const lock = `${path}.lock`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new CliError(`cannot lock ${path}: ${(error as Error).message}`);
      const holder = Number(readFileSync(lock, { encoding: 'utf8', flag: 'r' }).trim() || 0);
      if (holder && !processAlive(holder)) {
        rmSync(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new CliError(`${path} is being changed by process ${holder}; try again`, { code: 'LOCKED' });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
  try {
    return change();
  } finally {
    rmSync(lock, { force: true });
  }
}

/** The task list in `dir`'s tasks.json. */
export class LocalTasks {
  readonly path: string;

  constructor(dir: string) {
    this.path = join(dir, FILE_NAME);
  }

  list(status?: Status): Task[] {
    const { tasks } = read(this.path);
    return status ? tasks.filter((t) => t.status === status) : tasks;
  }

  add(description: string, now = new Date()): Task {
    return withLock(this.path, () => {
      const file = read(this.path);
      const at = now.toISOString();
      const task: Task = { id: file.nextId, description, status: 'todo', createdAt: at, updatedAt: at };
      write(this.path, { version: 1, nextId: file.nextId + 1, tasks: [...file.tasks, task] });
      return task;
    });
  }

  /** Changes task `id`; a CliError (NOT_FOUND) when there is none. */
  update(id: number, change: Partial<Pick<Task, 'description' | 'status'>>, now = new Date()): Task {
    return withLock(this.path, () => {
      const file = read(this.path);
      const task = file.tasks.find((t) => t.id === id);
      if (!task) throw notFound(id);
      Object.assign(task, change, { updatedAt: now.toISOString() });
      write(this.path, file);
      return task;
    });
  }

  delete(id: number): void {
    withLock(this.path, () => {
      const file = read(this.path);
      const tasks = file.tasks.filter((t) => t.id !== id);
      if (tasks.length === file.tasks.length) throw notFound(id);
      write(this.path, { ...file, tasks });
    });
  }
}

export function notFound(id: number | string): CliError {
  return new CliError(`there is no task with ID ${id}`, { code: 'NOT_FOUND', hint: 'Run "task-cli list" to see the IDs.' });
}
