/**
 * The broadcast client: lines typed (or piped) go to the server, what anyone says comes back. After a
 * dropped connection it reconnects with backoff and asks for what it missed (`since` = the last
 * message seen); the server going away on purpose ends it.
 */
import type { Readable } from 'node:stream';
import WebSocket from 'ws';
import type { ChatMessage } from './server';

export interface ClientOptions {
  url: string;
  name?: string;
  input: NodeJS.ReadableStream;
  /** One line of output (a message, an announcement). */
  print(line: string): void;
  /** One line of status (connecting, reconnecting). */
  status(line: string): void;
  /** Reconnect waits: base and cap in ms (default 250 ms doubling to 5 s). */
  backoff?: { baseMs: number; maxMs: number };
  /** Gives up after this many reconnects in a row (default 20). */
  maxReconnects?: number;
}

type Frame =
  | ChatMessage
  | { type: 'welcome'; name: string; online: string[]; lastSeq: number; epoch: string; replayed: number }
  | { type: 'join' | 'leave'; name: string; online: string[] }
  | { type: 'error'; message: string }
  | { type: 'shutdown' };

/** Resolves with how the session ended: `quit` (input ended), `shutdown` (the server stopped) or `lost`. */
export function runClient(options: ClientOptions): Promise<'quit' | 'shutdown' | 'lost'> {
  const backoff = options.backoff ?? { baseMs: 250, maxMs: 5_000 };
  const maxReconnects = options.maxReconnects ?? 20;
  let lastSeq: number | undefined;
  let epoch: string | undefined;
  let socket: WebSocket | undefined;
  let attempts = 0;
  let ended = false;
  const pending: string[] = [];
  let inputEnded = false;

  return new Promise((resolve) => {
    const finish = (how: 'quit' | 'shutdown' | 'lost') => {
      if (ended) return;
      ended = true;
      socket?.close(1000);
      // Nothing more will be sent: stop reading, so an open terminal or pipe does not keep the process alive.
      (options.input as Readable).destroy?.();
      resolve(how);
    };
    const flush = () => {
      while (socket?.readyState === WebSocket.OPEN && pending.length) socket.send(JSON.stringify({ type: 'say', text: pending.shift() }));
      if (inputEnded && !pending.length) finish('quit');
    };

    const connect = () => {
      const url = new URL(options.url);
      if (options.name) url.searchParams.set('name', options.name);
      if (lastSeq !== undefined && epoch) {
        url.searchParams.set('since', String(lastSeq));
        url.searchParams.set('epoch', epoch);
      }
      const ws = new WebSocket(url);
      socket = ws;
      let shutdown = false;
      ws.on('open', () => {
        attempts = 0;
      });
      ws.on('message', (data) => {
        let frame: Frame;
        try {
          frame = JSON.parse(data.toString()) as Frame;
        } catch {
          return;
        }
        switch (frame.type) {
          case 'welcome':
            options.status(`Connected as ${frame.name}. Online: ${frame.online.join(', ')}.`);
            // A new server (or the first connection): the replay that follows starts just before it.
            if (frame.epoch !== epoch) lastSeq = frame.lastSeq - frame.replayed;
            epoch = frame.epoch;
            flush();
            break;
          case 'message':
            if (lastSeq !== undefined && frame.seq <= lastSeq) break; // seen before a reconnect
            lastSeq = frame.seq;
            options.print(`[${frame.from}] ${frame.text}`);
            break;
          case 'join':
            options.print(`* ${frame.name} joined`);
            break;
          case 'leave':
            options.print(`* ${frame.name} left`);
            break;
          case 'error':
            options.status(`Server: ${frame.message}`);
            break;
          case 'shutdown':
            shutdown = true;
            options.status('The server is shutting down.');
            break;
        }
      });
      ws.on('error', () => undefined); // 'close' follows
      ws.on('close', (code) => {
        if (ended) return;
        if (shutdown || code === 1001) {
          finish('shutdown');
          return;
        }
        if (attempts >= maxReconnects) {
          options.status(`Could not reach ${options.url}; giving up.`);
          finish('lost');
          return;
        }
        const wait = Math.min(backoff.maxMs, backoff.baseMs * 2 ** attempts) * (0.5 + Math.random() / 2);
        attempts++;
        options.status(`Connection lost; reconnecting in ${(wait / 1000).toFixed(1)} s…`);
        setTimeout(connect, wait);
      });
    };

    let buffered = '';
    options.input.setEncoding?.('utf8');
    options.input.on('data', (chunk: string | Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split(/\r?\n/);
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) pending.push(line.slice(0, 2_000));
      flush();
    });
    options.input.on('end', () => {
      if (buffered.trim()) pending.push(buffered);
      inputEnded = true;
      flush();
    });
    connect();
  });
}
