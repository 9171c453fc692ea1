/**
 * `caching-proxy`: a caching HTTP proxy in front of one origin (catalogue #35).
 *
 *   caching-proxy --port 3000 --origin http://dummyjson.com
 *   caching-proxy --clear-cache
 *
 * Exit codes: 0 ok, 1 runtime error, 2 usage error.
 */
import { createServer } from 'node:http';
import { parseCommand, UsageError, USAGE, type Command } from './options';
import { createCachingProxy, type RequestRecord } from './proxy';
import { CacheStore } from './store';

/** Where the command writes; the real process streams unless a caller substitutes its own. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

const processOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** How long in-flight requests may take to finish after SIGINT/SIGTERM before they are cut. */
const SHUTDOWN_GRACE_MS = 5000;

function describeListenError(error: NodeJS.ErrnoException, port: number, host: string | undefined): string {
  const where = host ? `${host}:${port}` : `port ${port}`;
  switch (error.code) {
    case 'EADDRINUSE':
      return `${where} is already in use; stop the other server or choose another --port`;
    case 'EACCES':
      return `no permission to listen on ${where}; ports below 1024 need privileges, choose another --port`;
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return `cannot listen on ${where}: --host ${host ?? ''} is not an address of this machine`;
    default:
      return `cannot listen on ${where}: ${error.message}`;
  }
}

function formatRecord(record: RequestRecord): string {
  const note = record.note ? ` (${record.note})` : '';
  return `${new Date().toISOString()} ${record.method} ${record.target} ${record.status} ${record.cache} ${record.ms}ms${note}`;
}

async function clearCache(cacheDir: string, io: Output): Promise<number> {
  const removed = await CacheStore.clear(cacheDir);
  if (removed === undefined) io.out(`Nothing to clear: there is no cache at ${cacheDir}.`);
  else
    io.out(
      `Cleared ${removed} cached ${removed === 1 ? 'response' : 'responses'} from ${cacheDir}. A proxy using this cache starts over at its next request.`,
    );
  return 0;
}

/**
 * Runs the proxy until SIGINT/SIGTERM. Resolves with the exit code: 0 after a graceful stop,
 * 1 when the cache directory or the port cannot be used.
 */
async function serve(command: Extract<Command, { kind: 'serve' }>, io: Output): Promise<number> {
  let store: CacheStore;
  try {
    store = await CacheStore.open(command.cacheDir, command.maxEntries, io.err);
  } catch (error) {
    io.err(`caching-proxy: cannot use cache directory ${command.cacheDir}: ${(error as Error).message}`);
    return 1;
  }
  const proxy = createCachingProxy(
    {
      origin: command.origin,
      ttl: command.ttl,
      timeoutMs: command.timeoutMs,
      staleIfError: command.staleIfError,
      maxBody: command.maxBody,
    },
    store,
    (record) => {
      if (!command.quiet) io.out(formatRecord(record));
    },
  );
  const server = createServer((req, res) => proxy.handle(req, res));
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(command.port, command.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    proxy.close();
    io.err(`caching-proxy: ${describeListenError(error as NodeJS.ErrnoException, command.port, command.host)}`);
    return 1;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : command.port;
  const shownHost =
    !command.host || command.host === '0.0.0.0' || command.host === '::'
      ? 'localhost'
      : command.host.includes(':')
        ? `[${command.host}]`
        : command.host;
  io.out(
    `caching-proxy listening on http://${shownHost}:${port}, forwarding to ${command.origin.href.replace(/\/$/, '')} ` +
      `(cache: ${command.cacheDir}, ${store.size} stored ${store.size === 1 ? 'response' : 'responses'})`,
  );

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) {
        io.err(`caching-proxy: ${signal} again, exiting now`);
        process.exit(1);
      }
      stopping = true;
      io.out(`caching-proxy: ${signal} received, finishing open requests`);
      server.close(() => {
        clearTimeout(force);
        proxy.close();
        // Pending cache writes are part of the work already done; let them land.
        void store.flush().then(() => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          io.out('caching-proxy: stopped');
          resolve(0);
        });
      });
      server.closeIdleConnections();
      const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
      force.unref();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Runs the command line `argv` (without `node` and the script) and resolves with the exit code. */
export async function main(argv: readonly string[], io: Output = processOutput, cwd: string = process.cwd()): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv, cwd);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    for (const problem of error.problems) io.err(`caching-proxy: ${problem}`);
    io.err('Run "caching-proxy --help" for usage.');
    return 2;
  }
  try {
    if (command.kind === 'help') {
      io.out(USAGE);
      return 0;
    }
    if (command.kind === 'clear') return await clearCache(command.cacheDir, io);
    return await serve(command, io);
  } catch (error) {
    io.err(`caching-proxy: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/** Entry point of the executable: runs `process.argv` and sets the exit code when done. */
export function runCli(): void {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

if (require.main === module) runCli();
