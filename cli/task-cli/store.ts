/**
 * task-cli's local mode: the tasks live in `tasks.json` in the current directory, kept by cli/lib's
 * jsonFile (created on the first change, atomic rewrites, a lock for concurrent processes, a file that
 * is not a task list reported and left exactly as it is).
 */
import { join } from 'node:path';
import { CliError, jsonFile, type JsonFile } from '../lib';

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

/** The file's document, checked; a string says why it is not a task list. */
function parseTaskFile(parsed: unknown): TaskFile | string {
  // A plain array of tasks (as other task trackers write it) is read too; the next write adds nextId.
  const file = Array.isArray(parsed) ? { version: 1, nextId: 0, tasks: parsed } : (parsed as Partial<TaskFile> | null);
  if (typeof file !== 'object' || file === null || !Array.isArray(file.tasks)) return 'no "tasks" list';
  const bad = file.tasks.findIndex((t) => !isTask(t));
  if (bad >= 0) return `task ${bad + 1} lacks an id, description, status or dates`;
  const tasks = file.tasks as Task[];
  const highest = tasks.reduce((max, t) => Math.max(max, t.id), 0);
  const nextId = Number.isSafeInteger(file.nextId) && (file.nextId ?? 0) > highest ? file.nextId! : highest + 1;
  return { version: 1, nextId, tasks };
}

/** The task list in `dir`'s tasks.json. */
export class LocalTasks {
  private readonly file: JsonFile<TaskFile>;

  constructor(dir: string) {
    this.file = jsonFile(join(dir, FILE_NAME), 'a task list', parseTaskFile, () => ({ version: 1, nextId: 1, tasks: [] }));
  }

  list(status?: Status): Task[] {
    const { tasks } = this.file.read();
    return status ? tasks.filter((t) => t.status === status) : tasks;
  }

  add(description: string, now = new Date()): Task {
    return this.file.update((doc) => {
      const at = now.toISOString();
      const task: Task = { id: doc.nextId, description, status: 'todo', createdAt: at, updatedAt: at };
      return { doc: { version: 1, nextId: doc.nextId + 1, tasks: [...doc.tasks, task] }, result: task };
    });
  }

  /** Changes task `id`; a CliError (NOT_FOUND) when there is none. */
  update(id: number, change: Partial<Pick<Task, 'description' | 'status'>>, now = new Date()): Task {
    return this.file.update((doc) => {
      const task = doc.tasks.find((t) => t.id === id);
      if (!task) throw notFound(id);
      Object.assign(task, change, { updatedAt: now.toISOString() });
      return { doc, result: task };
    });
  }

  delete(id: number): void {
    this.file.update((doc) => {
      const tasks = doc.tasks.filter((t) => t.id !== id);
      if (tasks.length === doc.tasks.length) throw notFound(id);
      return { doc: { ...doc, tasks }, result: undefined };
    });
  }
}

export function notFound(id: number | string): CliError {
  return new CliError(`there is no task with ID ${id}`, { code: 'NOT_FOUND', hint: 'Run "task-cli list" to see the IDs.' });
}
