/**
 * The broadcast server: every message a client sends reaches every connected client; joins and leaves
 * are announced; the last messages are kept so a client that reconnects gets what it missed. JSON
 * frames over WebSocket (`ws`):
 *
 *   client → server  { "type": "say", "text": "…" }            (or the bare text)
 *   server → client  { "type": "welcome", "name", "online": [names], "lastSeq", "epoch", "replayed" }
 *                    { "type": "message", "seq", "from", "text", "at" }   (history first, then live)
 *                    { "type": "join" | "leave", "name", "online" }
 *                    { "type": "error", "message" }
 *                    { "type": "shutdown" }                       then close 1001
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

export interface ChatMessage {
  type: 'message';
  seq: number;
  from: string;
  text: string;
  at: string;
}

export interface BroadcastServerOptions {
  port: number;
  host?: string;
  /** Messages kept for replay (default 100). */
  historySize?: number;
  /** Longest message, in characters (default 2,000). */
  maxMessageLength?: number;
  /** Messages a client may send per second, averaged over a few seconds (default 10). */
  messagesPerSecond?: number;
  /** Most clients at once (default 500). */
  maxClients?: number;
  log?: (line: string) => void;
}

export interface RunningBroadcastServer {
  port: number;
  clients(): number;
  /** Tells every client the server is going away, closes them (1001) and stops listening. */
  shutdown(): Promise<void>;
}

const NAME = /^[\p{L}\p{N}_.-]{1,24}$/u;

export async function startBroadcastServer(options: BroadcastServerOptions): Promise<RunningBroadcastServer> {
  const historySize = options.historySize ?? 100;
  const maxLength = options.maxMessageLength ?? 2_000;
  const rate = options.messagesPerSecond ?? 10;
  const maxClients = options.maxClients ?? 500;
  const log = options.log ?? (() => undefined);
  const history: ChatMessage[] = [];
  const names = new Map<WebSocket, string>();
  let seq = 0;
  let guests = 0;
  // Sequence numbers start over when a server starts: a client resumes only within one server's run.
  const epoch = randomUUID();

  const http: Server = createServer((_req, res) => {
    res.writeHead(426, { 'content-type': 'text/plain' }).end('Connect with a WebSocket client: broadcast-server connect\n');
  });
  const wss = new WebSocketServer({ server: http, maxPayload: maxLength * 4 + 256 });
  // Listen errors (a port in use) reach the caller through listen(); the WebSocket server re-emits them.
  wss.on('error', () => undefined);

  const send = (socket: WebSocket, frame: object) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
  };
  const everyone = (frame: object, except?: WebSocket) => {
    for (const socket of names.keys()) if (socket !== except) send(socket, frame);
  };
  const online = () => [...names.values()];

  wss.on('connection', (socket, req) => {
    const url = new URL(req.url ?? '/', 'http://broadcast');
    if (names.size >= maxClients) {
      socket.close(1013, 'too many clients; try again later');
      return;
    }
    const asked = url.searchParams.get('name') ?? '';
    let name = NAME.test(asked) ? asked : `guest-${++guests}`;
    if (online().includes(name)) name = `${name}-${++guests}`;
    names.set(socket, name);
    const since = url.searchParams.get('epoch') === epoch ? Number(url.searchParams.get('since') ?? '') : Number.NaN;
    // A reconnecting client gets what it missed; a new one the recent past.
    const replay = Number.isInteger(since) && since >= 0 ? history.filter((m) => m.seq > since) : history.slice(-20);
    send(socket, { type: 'welcome', name, online: online(), lastSeq: seq, epoch, replayed: replay.length });
    for (const message of replay) send(socket, message);
    everyone({ type: 'join', name, online: online() }, socket);
    log(`${name} joined (${names.size} online)`);

    let budget = rate * 3;
    let refilledAt = Date.now();
    let alive = true;
    socket.on('pong', () => (alive = true));
    const heartbeat = setInterval(() => {
      if (!alive) socket.terminate();
      alive = false;
      socket.ping();
    }, 15_000);
    heartbeat.unref();

    socket.on('message', (data, isBinary) => {
      const now = Date.now();
      budget = Math.min(rate * 3, budget + ((now - refilledAt) / 1000) * rate);
      refilledAt = now;
      if (budget < 1) {
        send(socket, { type: 'error', message: 'Slow down: too many messages.' });
        return;
      }
      budget -= 1;
      if (isBinary) {
        send(socket, { type: 'error', message: 'Send text.' });
        return;
      }
      const raw = data.toString();
      let text = raw;
      try {
        const frame = JSON.parse(raw) as { type?: string; text?: unknown };
        if (frame && typeof frame === 'object' && frame.type === 'say' && typeof frame.text === 'string') text = frame.text;
      } catch {
        // bare text
      }
      // Control characters (other than tab and newline) could repaint other people's terminals.
      text = [...text]
        .filter((ch) => ch === '\t' || ch === '\n' || (ch >= ' ' && ch !== '\u007f'))
        .join('')
        .trim();
      if (!text) return;
      if (text.length > maxLength) {
        send(socket, { type: 'error', message: `Messages are at most ${maxLength} characters.` });
        return;
      }
      const message: ChatMessage = { type: 'message', seq: ++seq, from: name, text, at: new Date(now).toISOString() };
      history.push(message);
      if (history.length > historySize) history.shift();
      everyone(message);
    });
    socket.on('close', () => {
      clearInterval(heartbeat);
      if (!names.delete(socket)) return;
      everyone({ type: 'leave', name, online: online() });
      log(`${name} left (${names.size} online)`);
    });
    socket.on('error', () => socket.terminate());
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = http.address();
  const port = typeof address === 'object' && address ? address.port : options.port;

  let stopping: Promise<void> | undefined;
  return {
    port,
    clients: () => names.size,
    shutdown: () =>
      (stopping ??= (async () => {
        const sockets = [...names.keys()];
        names.clear(); // no leave announcements for a shutdown
        for (const socket of sockets) {
          send(socket, { type: 'shutdown' });
          socket.close(1001, 'server shutting down');
        }
        await Promise.race([
          Promise.all(
            sockets.map((s) => new Promise<void>((resolve) => (s.readyState === s.CLOSED ? resolve() : s.once('close', () => resolve())))),
          ),
          new Promise((resolve) => setTimeout(resolve, 2_000).unref()),
        ]);
        for (const socket of sockets) socket.terminate();
        await new Promise<void>((resolve) => wss.close(() => resolve()));
        await new Promise<void>((resolve) => http.close(() => resolve()));
      })()),
  };
}
