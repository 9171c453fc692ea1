import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';

/** One process a benchmark starts; always stopped by the benchmark, on success and on failure. */
export interface ChildSpec {
  /** Label in reports and error messages. */
  name: string;
  /** Script and arguments given to the current `node` binary. */
  args: string[];
  /** The whole environment of the child besides PATH and HOME: nothing else leaks in from the bench's own. */
  env: Record<string, string>;
  /** Pin to these CPUs with `taskset -c` (e.g. `"1"`), or run unpinned. */
  cpus?: string;
  /** Options for node itself, before the script (e.g. `--require` of a counting preload). */
  nodeArgs?: string[];
  /** Open an IPC channel (for {@link askChild}). */
  ipc?: boolean;
  /** Working directory (default: the bench's own); where `node --perf-prof` writes its jit-<pid>.dump. */
  cwd?: string;
}

export interface Child {
  name: string;
  pid: number;
  process: ChildProcess;
  /** When the child was spawned, in `performance.now()` time. */
  spawnedAt: number;
  /** The last 64 KiB of its stdout and stderr, for error messages. */
  output(): string;
  /** Settles when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then SIGKILL if still running after `graceMs`; resolves once the process is gone. */
  stop(graceMs?: number): Promise<void>;
}

const OUTPUT_LIMIT = 64 * 1024;
const live = new Set<Child>();
const cleanups = new Set<() => unknown>();
let handlersInstalled = false;

/**
 * Makes sure nothing a benchmark started outlives it: Ctrl-C or SIGTERM stops the children gracefully
 * and runs the registered clean-ups (in-process stacks, temp dirs, MySQL schemas), a plain exit kills
 * whatever child is left.
 */
function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => {
    for (const child of live) child.process.kill('SIGKILL');
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      // Taken now: a benchmark's own `finally` may unregister its clean-up while the children stop.
      const pending = [...cleanups].reverse();
      process.stderr.write(`\n${signal}: stopping ${live.size} child process(es), running ${pending.length} clean-up(s)\n`);
      await stopAll();
      for (const cleanup of pending) {
        try {
          await cleanup();
        } catch (error) {
          process.stderr.write(`clean-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
        }
      }
      process.exit(130);
    });
  }
}

/**
 * Registers clean-up to run if the bench is interrupted; returns the function that unregisters it
 * (call it in `finally`, then clean up normally). `cleanup` must be idempotent: on a signal it may run
 * both from here and from the benchmark's `finally`.
 */
export function onInterrupt(cleanup: () => unknown): () => void {
  installHandlers();
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
  };
}

/** Starts `node <args>` (optionally under `taskset`) with a controlled environment and captured output. */
export function spawnChild(spec: ChildSpec): Child {
  installHandlers();
  const env: Record<string, string> = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/tmp', ...spec.env };
  const nodeArgs = [...(spec.nodeArgs ?? []), ...spec.args];
  const [command, args] = spec.cpus ? ['taskset', ['-c', spec.cpus, process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  const spawnedAt = performance.now();
  // taskset execs the program, so the pid is node's own and signals reach it directly.
  const proc = spawn(command, args, {
    env,
    cwd: spec.cwd,
    stdio: spec.ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.length > OUTPUT_LIMIT) output = output.slice(-OUTPUT_LIMIT);
  };
  proc.stdout!.on('data', collect);
  proc.stderr!.on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    proc.once('exit', (code, signal) => resolve({ code, signal }));
    proc.once('error', (error) => {
      collect(Buffer.from(`spawn failed: ${error.message}\n`));
      resolve({ code: -1, signal: null });
    });
  });
  const child: Child = {
    name: spec.name,
    pid: proc.pid ?? -1,
    process: proc,
    spawnedAt,
    output: () => output,
    exited,
    stop: async (graceMs = 10_000) => {
      if (proc.exitCode === null && proc.signalCode === null) {
        proc.kill('SIGTERM');
        let timer: NodeJS.Timeout | undefined;
        const forced = new Promise<void>((resolve) => {
          timer = setTimeout(() => {
            proc.kill('SIGKILL');
            resolve();
          }, graceMs);
        });
        await Promise.race([exited, forced]);
        clearTimeout(timer);
      }
      await exited;
      live.delete(child);
    },
  };
  live.add(child);
  void exited.then(() => live.delete(child));
  return child;
}

/**
 * Sends `message` over a child's IPC channel and resolves with the first object reply that has
 * `key`; rejects after `timeoutMs` (the child was spawned without `ipc`, or does not answer).
 */
export function askChild<T>(child: Child, message: string, key: string, timeoutMs = 2000): Promise<T> {
  return new Promise((resolve, reject) => {
    const proc = child.process;
    if (!proc.send || !proc.connected) return reject(new Error(`${child.name} has no IPC channel`));
    const timer = setTimeout(() => {
      proc.off('message', onMessage);
      reject(new Error(`${child.name} did not answer "${message}" within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (reply: unknown) => {
      if (typeof reply !== 'object' || reply === null || !(key in reply)) return;
      clearTimeout(timer);
      proc.off('message', onMessage);
      resolve((reply as Record<string, T>)[key]!);
    };
    proc.on('message', onMessage);
    proc.send(message);
  });
}

/** Stops every child still running, in parallel. */
export async function stopAll(graceMs?: number): Promise<void> {
  await Promise.allSettled([...live].map((c) => c.stop(graceMs)));
}

/** One GET with a short timeout and no connection reuse: the probe must not keep servers' sockets open. */
export function httpGet(url: string, timeoutMs = 1000): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = get(url, { agent: false, headers: { connection: 'close' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error('probe timed out')));
    req.on('error', reject);
  });
}

export interface ReadyOptions {
  /** Give up after this long (ms). */
  timeoutMs: number;
  /** Poll interval (ms); short, because startup time is measured with it. */
  intervalMs?: number;
  /** Fail at once with its output when this child exits before being ready. */
  child?: Child;
  /** Decides readiness from a 200 answer's health report; default: `status` is `pass`. */
  isReady?: (report: HealthReport) => boolean;
}

/** The parts of an `application/health+json` readiness report the bench looks at. */
export interface HealthReport {
  status?: string;
  checks?: Record<string, { status?: string }[]>;
}

/**
 * Polls a `/ready` endpoint until it answers 200 with a report `isReady` accepts (default: status
 * `pass`) and returns the time that took (ms). Rejects with the child's output when it dies first,
 * or after `timeoutMs`.
 */
export async function waitForReady(url: string, options: ReadyOptions): Promise<number> {
  const begin = performance.now();
  const interval = options.intervalMs ?? 25;
  let last = 'no answer yet';
  let exited = false;
  void options.child?.exited.then(() => (exited = true));
  while (performance.now() - begin < options.timeoutMs) {
    if (exited) {
      throw new Error(`${options.child!.name} exited before ${url} was ready:\n${options.child!.output().slice(-4000)}`);
    }
    try {
      const res = await httpGet(url, 1000);
      const isReady = options.isReady ?? ((report: HealthReport) => report.status === 'pass');
      if (res.status === 200 && isReady(JSON.parse(res.body) as HealthReport)) {
        return performance.now() - begin;
      }
      last = `HTTP ${res.status} ${res.body.slice(0, 300)}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
  const tail = options.child ? `\n${options.child.name} output:\n${options.child.output().slice(-4000)}` : '';
  throw new Error(`${url} not ready after ${options.timeoutMs} ms (last: ${last})${tail}`);
}

/** A port the OS reports free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Whether nothing listens on 127.0.0.1:`port` (checked by binding it briefly). */
export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

let clockTicks: number | undefined;

/**
 * CPU time (user + system, ms) a process has used so far, from /proc/<pid>/stat; null where /proc is
 * missing. Read before and after a run, it gives CPU cost per request of each server process.
 */
export function cpuTimeMs(pid: number): number | null {
  try {
    clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces; fields after its closing parenthesis are fixed.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return ((utime + stime) * 1000) / clockTicks;
  } catch {
    return null;
  }
}

/** Pins every thread of this process to `cpus` (taskset list syntax); returns false where taskset fails. */
export function pinSelf(cpus: string): boolean {
  try {
    execFileSync('taskset', ['-a', '-p', '-c', cpus, String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Resident set size (bytes) of a process now, from /proc/<pid>/status; null where /proc is missing. */
export function rssBytes(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}
