/**
 * `broadcast-server`: the roadmap.sh Broadcast Server. `start` runs the server; `connect` joins it and
 * sends what you type to everyone connected. See cli/broadcast-server/README.md.
 */
import { CliError, parseNumber, runMain, UsageError, type Context, type ProgramSpec } from '../lib';
import { runClient } from './client';
import { startBroadcastServer } from './server';

const DEFAULT_PORT = 8080;

export const PROGRAM: ProgramSpec = {
  name: 'broadcast-server',
  summary: 'A chat room in the terminal: start a server, connect clients, every message reaches everyone.',
  commands: [
    {
      name: 'start',
      summary: 'Start the server (Ctrl-C tells the clients and stops it)',
      options: {
        port: { type: 'string', valueName: '<port>', description: 'port to listen on', defaultText: String(DEFAULT_PORT) },
        host: { type: 'string', valueName: '<address>', description: 'address to listen on', defaultText: '127.0.0.1' },
      },
    },
    {
      name: 'connect',
      summary: 'Connect to a server and chat (Ctrl-C or Ctrl-D leaves)',
      options: {
        url: { type: 'string', valueName: '<ws-url>', description: 'the server', defaultText: `ws://127.0.0.1:${DEFAULT_PORT}` },
        name: { type: 'string', valueName: '<name>', description: 'your name in the room (letters, digits, _ . -)' },
      },
    },
  ],
};

async function start(ctx: Context): Promise<number> {
  const { options } = ctx.args;
  const port = parseNumber(typeof options.port === 'string' ? options.port : String(DEFAULT_PORT), '--port', { min: 0, max: 65_535 });
  const host = typeof options.host === 'string' ? options.host : '127.0.0.1';
  let server;
  try {
    server = await startBroadcastServer({ port, host, log: (line) => ctx.err(line) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'EADDRINUSE' ? `port ${port} is already in use` : `cannot listen on ${host}:${port}: ${(error as Error).message}`,
      {
        code: 'LISTEN_FAILED',
      },
    );
  }
  ctx.out(`Broadcast server listening on ws://${host}:${server.port} (Ctrl-C to stop)`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  ctx.err(`Shutting down: telling ${server.clients()} client(s)…`);
  await server.shutdown();
  ctx.out('Server stopped.');
  return 0;
}

async function connect(ctx: Context): Promise<number> {
  const { options } = ctx.args;
  const url = typeof options.url === 'string' ? options.url : `ws://127.0.0.1:${DEFAULT_PORT}`;
  if (!/^wss?:\/\/[^\s/]+/.test(url)) throw new UsageError(`--url must be a ws:// or wss:// URL; got "${url}"`);
  const name = typeof options.name === 'string' ? options.name : undefined;
  process.once('SIGINT', () => {
    ctx.err('Bye.');
    process.exit(0);
  });
  const ended = await runClient({
    url,
    name,
    input: ctx.io.stdin,
    print: (line) => ctx.out(line),
    status: (line) => ctx.err(ctx.errColor.dim(line)),
    maxReconnects: Number(ctx.io.env.BROADCAST_MAX_RECONNECTS ?? 20),
  });
  if (ended === 'lost') throw new CliError(`lost the connection to ${url}`, { code: 'UNREACHABLE' });
  return 0;
}

export async function handle(ctx: Context): Promise<number> {
  if (ctx.args.command === 'start') return start(ctx);
  if (ctx.args.command === 'connect') return connect(ctx);
  throw new UsageError('name a command: start or connect');
}

export function runCli(): void {
  runMain(PROGRAM, handle);
}

if (require.main === module) runCli();
