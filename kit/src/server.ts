import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebSocketServer } from 'ws';
import type { Logger } from './logger';

export interface HttpServerTimeouts {
  /** The whole request head must arrive within this (slowloris: headers dribbled a byte at a time). */
  headersTimeoutMs?: number;
  /** The whole request, body included, must arrive within this (slow bodies). */
  requestTimeoutMs?: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs?: number;
  /** Headers beyond this count are dropped (header floods; node's default is 2,000). */
  maxHeadersCount?: number;
}

/**
 * Creates the HTTP server with timeouts that keep slow or idle clients from holding sockets forever.
 * The defaults suit subgraphs, which sit behind the router and take uploads; the router, facing
 * clients, passes shorter ones. node checks the head and request timeouts on an interval (30 s by
 * default, which would let a slowloris hold a socket that long past its limit): here it is a tenth of
 * the head timeout, at least 250 ms.
 */
export function createHttpServer(listener: (req: IncomingMessage, res: ServerResponse) => void, timeouts: HttpServerTimeouts = {}): Server {
  const headersTimeout = timeouts.headersTimeoutMs ?? 66_000;
  const server = createServer(
    {
      keepAliveTimeout: timeouts.keepAliveTimeoutMs ?? 65_000,
      headersTimeout,
      requestTimeout: Math.max(headersTimeout, timeouts.requestTimeoutMs ?? 120_000),
      connectionsCheckingInterval: Math.max(250, Math.min(30_000, Math.floor(headersTimeout / 10))),
    },
    listener,
  );
  server.maxHeadersCount = timeouts.maxHeadersCount ?? 200;
  return server;
}

/** Listens and resolves with the bound port (pass 0 for a free one). */
export function listen(server: Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/**
 * Drains a server for shutdown: stops accepting, tells WebSocket clients the server is going away
 * (1001), lets in-flight HTTP requests finish, and after `timeoutMs` cuts what is left.
 */
export async function drain(server: Server, wss: WebSocketServer | undefined, timeoutMs: number, log: Logger) {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  if (wss) {
    for (const socket of wss.clients) socket.close(1001, 'Server shutting down');
    wss.close();
  }
  // Connections whose request was in flight become idle (keep-alive) after answering; close them as
  // they do, instead of waiting for the timeout.
  server.closeIdleConnections();
  const sweeper = setInterval(() => server.closeIdleConnections(), 50);
  sweeper.unref();
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
    timer.unref();
  });
  const outcome = await Promise.race([closed.then(() => 'closed' as const), timedOut]);
  clearTimeout(timer);
  clearInterval(sweeper);
  if (outcome === 'timeout') {
    log.warn({ timeoutMs }, 'shutdown timeout reached; closing remaining connections');
    server.closeAllConnections();
    if (wss) for (const socket of wss.clients) socket.terminate();
    await closed;
  }
}

/** One named step of a shutdown (`runShutdown`). */
export type ShutdownStep = readonly [name: string, run: () => unknown];

/**
 * Runs a process's shutdown steps in order, each bounded by `timeoutMs`: a step that overruns (a pool
 * waiting for a connection that never comes back, a Redis QUIT queued behind a reconnect) is logged
 * and left behind, and the steps after it still run, so a stuck dependency cannot keep a replica from
 * exiting or hold its resources. A step that throws is logged the same way. Returns the names of the
 * steps that overran or failed.
 */
export async function runShutdown(steps: readonly ShutdownStep[], timeoutMs: number, log: Logger): Promise<string[]> {
  const troubled: string[] = [];
  for (const [name, run] of steps) {
    let timer: NodeJS.Timeout | undefined;
    const overran = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
      timer.unref();
    });
    try {
      const outcome = await Promise.race([Promise.resolve().then(run), overran]);
      if (outcome === 'timeout') {
        troubled.push(name);
        log.warn({ step: name, timeoutMs }, 'shutdown step did not finish in time; going on without it');
      }
    } catch (error) {
      troubled.push(name);
      log.warn({ step: name, err: error }, 'shutdown step failed; going on');
    } finally {
      clearTimeout(timer);
    }
  }
  return troubled;
}

/**
 * Runs `stop` once on SIGINT/SIGTERM and exits; a second signal exits at once. Used by every
 * process entry point (all-in-one, one subgraph, router).
 */
export function stopOnSignals(stop: () => Promise<void>, log: Logger): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (error) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
