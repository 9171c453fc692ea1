import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const REGISTER = join(ROOT, 'test/helpers/ts-register.js');

export interface CliResult {
  stdout: string;
  stderr: string;
  /** The exit code, or null when a signal ended the process. */
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunCliOptions {
  /** Written to stdin, which is then closed (default: stdin closed at once). */
  stdin?: string;
  /** Added to a minimal environment (PATH, HOME, TMPDIR); the test runner's own is not inherited. */
  env?: Record<string, string>;
  cwd?: string;
  /** The process is killed (SIGKILL) and the promise rejects after this long (default 20 s). */
  timeoutMs?: number;
}

/**
 * Runs a CLI as a real subprocess: `entry` is a .ts file (run from source through SWC) or a .js file
 * (a bin launcher), relative to the repository root or absolute. Resolves with its output and exit
 * code; rejects with what it printed so far when it outlives the timeout.
 */
export function runCli(entry: string, args: readonly string[], options: RunCliOptions = {}): Promise<CliResult> {
  const file = entry.startsWith('/') ? entry : join(ROOT, entry);
  const nodeArgs = file.endsWith('.ts') ? ['-r', REGISTER, file, ...args] : [file, ...args];
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    TMPDIR: process.env.TMPDIR ?? '/tmp',
    ...options.env,
  };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs, { cwd: options.cwd ?? ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `${entry} ${args.join(' ')} did not finish within ${options.timeoutMs ?? 20_000} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`,
        ),
      );
    }, options.timeoutMs ?? 20_000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code, signal });
    });
    child.stdin.on('error', () => undefined); // the CLI may exit before reading all of stdin
    child.stdin.end(options.stdin ?? '');
  });
}
