import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { stripAnsi } from '../../cli/lib/colors';
import { disposeAfterAll } from './stack';

const ROOT = join(__dirname, '..', '..');
const REGISTER = join(ROOT, 'test/helpers/ts-register.js');

export interface PtySession {
  /** Types `text` (include "\r" or "\n" for Enter; "\u0003" is Ctrl-C, "\u0004" Ctrl-D). */
  write(text: string): void;
  /** Everything the program printed so far (with the terminal's echo of what was typed), raw. */
  raw(): string;
  /** The same without ANSI escapes and with \r\n as \n. */
  text(): string;
  /** Waits until text() (from `from` on) matches; rejects with the screen so far after `timeoutMs`. */
  waitFor(pattern: string | RegExp, options?: { timeoutMs?: number; from?: number }): Promise<string>;
  /** Resolves with the exit code when the program ends. */
  exited: Promise<number | null>;
  kill(): void;
}

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

/**
 * Runs a CLI (`entry`: .ts from source, or .js) inside a pseudo-terminal, so it sees a TTY on stdin,
 * stdout and stderr, as when a person runs it. Uses util-linux `script` (present wherever util-linux
 * is), so no native module is needed; the session is killed after the suite if the test forgets.
 */
export function spawnInPty(
  entry: string,
  args: readonly string[],
  options: { env?: Record<string, string>; cwd?: string } = {},
): PtySession {
  const file = entry.startsWith('/') ? entry : join(ROOT, entry);
  const argv = [process.execPath, ...(file.endsWith('.ts') ? ['-r', REGISTER] : []), file, ...args];
  // stty: a fixed 80x24 screen and no output post-processing surprises between machines.
  const command = `stty cols 80 rows 24 2>/dev/null; exec ${argv.map(quote).join(' ')}`;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    TERM: 'xterm',
    ...options.env,
  };
  const child = spawn('script', ['-q', '-f', '-e', '-c', command, '/dev/null'], {
    cwd: options.cwd ?? ROOT,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (d: Buffer) => {
    output += d.toString('utf8');
    for (const l of listeners) l();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  child.stdin.on('error', () => undefined);
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  const kill = () => {
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  disposeAfterAll(async () => {
    kill();
    await exited;
  });
  const text = () => stripAnsi(output).replace(/\r\n/g, '\n').replace(/\r/g, '');
  return {
    write: (t) => child.stdin.write(t),
    raw: () => output,
    text,
    exited,
    kill,
    waitFor(pattern, { timeoutMs = 10_000, from = 0 } = {}) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const seen = text().slice(from);
          const hit = typeof pattern === 'string' ? seen.includes(pattern) : pattern.test(seen);
          if (!hit) return false;
          cleanup();
          resolve(seen);
          return true;
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`waited ${timeoutMs} ms for ${String(pattern)}; the screen shows:\n${text().slice(from)}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(listener);
        };
        const listener = () => void check();
        listeners.add(listener);
        void exited.then(() => {
          if (!check()) {
            cleanup();
            reject(new Error(`the program exited before ${String(pattern)} appeared; the screen shows:\n${text().slice(from)}`));
          }
        });
        check();
      });
    },
  };
}
