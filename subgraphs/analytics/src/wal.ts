import { mkdir, open, readdir, readFile, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';

const SEGMENT = /^segment-(\d{12})\.wal$/;
const LOCK = 'LOCK';

interface Append {
  kind: 'append';
  data: string;
  onDurable: () => void;
  resolve: () => void;
  reject: (error: unknown) => void;
}
interface Rotate {
  kind: 'rotate';
  resolve: (sealed: string[]) => void;
  reject: (error: unknown) => void;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The collector's write-ahead log: append-only segment files under one directory. An append is
 * acknowledged only after its bytes are fdatasync'd; concurrent appends share one write and one sync
 * (group commit). `rotate()` seals the current segment between two writes, so every record of a sealed
 * segment has been made durable and handed on (`onDurable`) before the caller takes its buffer; the
 * caller deletes sealed segments once their records are committed. Records left from a previous run
 * (a crash) are read back by {@link WriteAheadLog.open}, and their segments are sealed.
 *
 * A LOCK file holds the directory for one live process: a second one refuses to start on it.
 */
export class WriteAheadLog {
  private queue: (Append | Rotate)[] = [];
  private busy = false;
  private closed = false;
  private file: FileHandle | null = null;
  private path = '';
  private bytes = 0;

  private constructor(
    private readonly dir: string,
    private seq: number,
  ) {}

  /** Opens (creating) the directory, takes its lock, and returns the log with the records a previous run left. */
  static async open(dir: string): Promise<{ wal: WriteAheadLog; leftover: string[]; leftoverSegments: string[] }> {
    await mkdir(dir, { recursive: true });
    const lockPath = join(dir, LOCK);
    try {
      const held = Number((await readFile(lockPath, 'utf8')).trim());
      if (Number.isInteger(held) && held > 0 && alive(held)) {
        throw new Error(
          `analytics: the write-ahead log ${dir} is held by the live process ${held}; give each replica its own ANALYTICS_WAL_DIR.`,
        );
      }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const lock = await open(lockPath, 'w');
    await lock.writeFile(String(process.pid));
    await lock.sync();
    await lock.close();
    const names = (await readdir(dir)).filter((n) => SEGMENT.test(n)).sort();
    const leftover: string[] = [];
    for (const name of names) {
      const text = await readFile(join(dir, name), 'utf8');
      const lines = text.split('\n');
      // The last line is complete only when the file ends in a newline; a torn tail was never acknowledged.
      lines.pop();
      leftover.push(...lines.filter((l) => l.length > 0));
    }
    const last = names.length ? Number(SEGMENT.exec(names[names.length - 1]!)![1]) : 0;
    const wal = new WriteAheadLog(dir, last);
    await wal.openSegment();
    return { wal, leftover, leftoverSegments: names.map((n) => join(dir, n)) };
  }

  private async openSegment(): Promise<void> {
    this.seq += 1;
    this.path = join(this.dir, `segment-${String(this.seq).padStart(12, '0')}.wal`);
    this.file = await open(this.path, 'a');
    this.bytes = 0;
  }

  /**
   * Appends one record (a line of JSON, no newline inside) and resolves once it is on disk.
   * `onDurable` runs right after the sync, before any later rotation.
   */
  append(data: string, onDurable: () => void): Promise<void> {
    if (this.closed) return Promise.reject(new Error('analytics: the write-ahead log is closed.'));
    return new Promise((resolve, reject) => {
      this.queue.push({ kind: 'append', data: `${data}\n`, onDurable, resolve, reject });
      this.pump();
    });
  }

  /** Seals the current segment (if it holds anything) and starts the next; resolves with the sealed paths. */
  rotate(): Promise<string[]> {
    if (this.closed) return Promise.resolve([]);
    return new Promise((resolve, reject) => {
      this.queue.push({ kind: 'rotate', resolve, reject });
      this.pump();
    });
  }

  /** Deletes sealed segments whose records are committed. */
  async remove(paths: string[]): Promise<void> {
    for (const path of paths) await rm(path, { force: true });
  }

  /** Bytes in the current segment (for tests and metrics). */
  get currentBytes(): number {
    return this.bytes;
  }

  /** Waits for queued appends, closes the segment and releases the lock (the directory keeps the records). */
  async close(): Promise<void> {
    if (this.closed) return;
    await this.rotate();
    this.closed = true;
    while (this.busy) await new Promise((resolve) => setImmediate(resolve));
    await this.file?.close();
    this.file = null;
    if (this.bytes === 0) await rm(this.path, { force: true });
    await rm(join(this.dir, LOCK), { force: true });
  }

  private pump(): void {
    if (this.busy) return;
    this.busy = true;
    void this.drain().finally(() => {
      this.busy = false;
      if (this.queue.length) this.pump();
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length) {
      const appends: Append[] = [];
      while (this.queue[0]?.kind === 'append') appends.push(this.queue.shift() as Append);
      if (appends.length) {
        try {
          const data = Buffer.from(appends.map((a) => a.data).join(''));
          await this.file!.write(data);
          await this.file!.datasync();
          this.bytes += data.length;
        } catch (error) {
          for (const a of appends) a.reject(error);
          continue;
        }
        for (const a of appends) {
          a.onDurable();
          a.resolve();
        }
        continue;
      }
      const rotation = this.queue.shift() as Rotate;
      try {
        if (this.bytes === 0) {
          rotation.resolve([]);
          continue;
        }
        const sealed = this.path;
        await this.file!.close();
        await this.openSegment();
        rotation.resolve([sealed]);
      } catch (error) {
        rotation.reject(error);
      }
    }
  }
}
