/**
 * A small JSON document kept in one file by a CLI (task-cli's tasks.json, expense-tracker's
 * expenses.json): read and validated, rewritten whole through a temporary file, flushed, then renamed
 * over the old one (a crash leaves the old document or the new one, never half of one), with changes
 * from several processes taking turns on `<file>.lock`. A file that fails validation is reported and
 * never overwritten.
 */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { CliError } from './errors';

const LOCK_WAIT_MS = 5_000;

export interface JsonFile<T> {
  /** The document, or `empty()` when the file does not exist; a CliError (FILE_CORRUPT) when it is not one. */
  read(): T;
  /** Reads, changes and writes the document while holding the lock; returns what `change` returns. */
  update<R>(change: (doc: T) => { doc: T; result: R }): R;
}

/**
 * `path`'s document, `what` it is in messages ("a task list"): `parse` turns the parsed JSON into a T
 * or returns why it is not one (a string); `empty` is the document before the file exists.
 */
export function jsonFile<T>(path: string, what: string, parse: (value: unknown) => T | string, empty: () => T): JsonFile<T> {
  const read = (): T => {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return empty();
      throw new CliError(`cannot read ${path}: ${(error as Error).message}`, { code: 'FILE_UNREADABLE' });
    }
    let value: unknown;
    let problem: string;
    try {
      value = JSON.parse(text);
      const doc = parse(value);
      if (typeof doc !== 'string') return doc;
      problem = doc;
    } catch (error) {
      problem = (error as Error).message;
    }
    throw new CliError(`${path} is not ${what} (${problem}); it was left as it is`, {
      code: 'FILE_CORRUPT',
      hint: 'Fix the file, or move it away to start a new one.',
    });
  };
  return {
    read,
    update(change) {
      return withLock(path, () => {
        const { doc, result } = change(read());
        writeAtomically(path, `${JSON.stringify(doc, null, 2)}\n`);
        return result;
      });
    },
  };
}

/** Writes `text` to a temporary file beside `path`, flushes it, then renames it over `path`. */
export function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w', 0o644);
  try {
    writeSync(fd, text);
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

/** Runs `work` holding `<path>.lock`; a lock left by a process that is gone is taken over. */
function withLock<T>(path: string, work: () => T): T {
  const lock = `${path}.lock`;
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw new CliError(`cannot lock ${path}: ${(error as Error).message}`);
      let holder = 0;
      try {
        holder = Number(readFileSync(lock, 'utf8').trim() || 0);
      } catch {
        continue; // released between our attempt and this read
      }
      if (holder && !processAlive(holder)) {
        rmSync(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new CliError(`${path} is being changed by process ${holder}; try again`, { code: 'LOCKED' });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { force: true });
  }
}
