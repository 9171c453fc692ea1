import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One scripted answer: status, headers, body (an object is sent as JSON), an optional delay before answering. */
export interface FakeAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** Wait this long before answering (a slow provider, a timeout). */
  delayMs?: number;
  /** Cut the connection without answering (a provider that crashes mid-request). */
  destroy?: boolean;
}

/** What the provider received. */
export interface FakeRequest {
  method: string;
  /** Path and query as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

type Responder = FakeAnswer | ((request: FakeRequest) => FakeAnswer);

/**
 * A scriptable loopback HTTP server standing in for an outside provider (GitHub, TMDB, a weather API,
 * an OAuth server) in tests of the outbound client and of integration subgraphs. Answers are taken
 * from a queue per route (`METHOD /path`, query ignored) or a general queue, then from the route's
 * or the general fallback (`always`); every request is recorded (method, URL, headers, body).
 *
 *   const provider = await FakeProvider.start();
 *   provider.enqueue({ status: 503 }, { status: 200, body: { ok: true } });
 *   provider.route('GET /users/octocat', (req) => ({ status: 200, body: {...}, headers: { etag: '"v1"' } }));
 */
export class FakeProvider {
  readonly requests: FakeRequest[] = [];
  private readonly queue: Responder[] = [];
  private readonly routes = new Map<string, { queue: Responder[]; always?: Responder }>();
  private fallback: Responder = { status: 404, body: { message: 'Not Found' } };
  private readonly sockets = new Set<Socket>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeProvider> {
    const server = createServer();
    const provider = new FakeProvider(server);
    server.on('request', (req, res) => void provider.handle(req, res));
    server.on('connection', (socket) => {
      provider.sockets.add(socket);
      socket.on('close', () => provider.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return provider;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** `http://127.0.0.1:<port>` */
  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Answers for the next requests, in order, whatever their route. */
  enqueue(...answers: Responder[]): this {
    this.queue.push(...answers);
    return this;
  }

  /** Answers for `METHOD /path`: queued ones first, then `always` for every later request. */
  route(key: string, always?: Responder, ...queued: Responder[]): this {
    const entry = this.routes.get(key) ?? { queue: [] };
    entry.always = always ?? entry.always;
    entry.queue.push(...queued);
    this.routes.set(key, entry);
    return this;
  }

  /** The answer when nothing is queued and no route matches (default: 404 JSON). */
  otherwise(answer: Responder): this {
    this.fallback = answer;
    return this;
  }

  /** Requests received for `METHOD /path` (query ignored), or all. */
  received(key?: string): FakeRequest[] {
    return key ? this.requests.filter((r) => `${r.method} ${r.url.split('?')[0]}` === key) : this.requests;
  }

  /** Forgets recorded requests, queues and routes. */
  reset(): void {
    this.requests.length = 0;
    this.queue.length = 0;
    this.routes.clear();
    this.fallback = { status: 404, body: { message: 'Not Found' } };
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request: FakeRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      at: Date.now(),
    };
    this.requests.push(request);
    const route = this.routes.get(`${request.method} ${request.url.split('?')[0]}`);
    const responder = route?.queue.shift() ?? this.queue.shift() ?? route?.always ?? this.fallback;
    const answer = typeof responder === 'function' ? responder(request) : responder;
    if (answer.delayMs) await new Promise((resolve) => setTimeout(resolve, answer.delayMs));
    if (answer.destroy) {
      req.socket.destroy();
      return;
    }
    if (res.destroyed) return;
    const body =
      answer.body === undefined
        ? ''
        : typeof answer.body === 'string' || Buffer.isBuffer(answer.body)
          ? answer.body
          : JSON.stringify(answer.body);
    const headers: Record<string, string> = {
      ...(answer.body !== undefined && typeof answer.body !== 'string' && !Buffer.isBuffer(answer.body)
        ? { 'content-type': 'application/json' }
        : {}),
      ...answer.headers,
    };
    res.writeHead(answer.status ?? 200, headers);
    res.end(body);
  }
}
