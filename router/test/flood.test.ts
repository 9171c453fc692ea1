import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { KeyedRateLimiter } from '../../kit';
import { startTestStack, type TestStack } from '../../test/helpers/stack';

/**
 * Flood protection before parsing (kit/src/flood.ts, learning path: DDoS protection and rate-limiting
 * variations): the two per-key algorithms, then the router from other loopback addresses than the
 * exempt 127.0.0.1 (Linux routes all of 127/8 to lo): the per-IP request rate, the per-IP connection
 * cap, and a slowloris cut off by the head timeout.
 */
describe('flood guard: rate algorithms', () => {
  it('token bucket: a burst of the limit, then the refill rate', () => {
    const limiter = new KeyedRateLimiter({ algorithm: 'token-bucket', limit: 10, windowMs: 1000 });
    const at = (t: number) => limiter.take('a', t);
    for (let i = 0; i < 10; i++) expect(at(0).allowed).toBe(true);
    const refused = at(0);
    expect(refused).toEqual({ allowed: false, retryAfterMs: 100 }); // one token per 100 ms
    expect(at(99).allowed).toBe(false);
    expect(at(200).allowed).toBe(true);
    expect(limiter.take('b', 0).allowed).toBe(true); // keys are independent
  });

  it('sliding window: no double burst across a window edge, and a retry time that holds', () => {
    const limiter = new KeyedRateLimiter({ algorithm: 'sliding-window', limit: 10, windowMs: 1000 });
    let allowed = 0;
    for (let i = 0; i < 10; i++) allowed += Number(limiter.take('a', 990).allowed);
    // A fixed window would allow 10 more at t = 1000; the sliding estimate still counts ~99 % of them.
    for (let i = 0; i < 10; i++) allowed += Number(limiter.take('a', 1000).allowed);
    expect(allowed).toBe(10);
    const refused = limiter.take('a', 1000);
    expect(refused.allowed).toBe(false);
    expect(limiter.take('a', 1000 + refused.retryAfterMs).allowed).toBe(true);
  });

  it('keeps at most maxKeys keys (a spray of addresses cannot grow memory)', () => {
    const limiter = new KeyedRateLimiter({ algorithm: 'token-bucket', limit: 1, windowMs: 60_000 }, 100);
    for (let i = 0; i < 1000; i++) limiter.take(`10.0.${i >> 8}.${i & 255}`, 0);
    expect(limiter.size).toBe(100);
  });
});

describe('flood guard: the router', () => {
  let stack: TestStack;
  let port: number;

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['basics'],
      env: {
        ROUTER_IP_RATE_LIMIT: '20',
        ROUTER_IP_RATE_WINDOW_MS: '60000',
        ROUTER_MAX_CONNECTIONS_PER_IP: '5',
        ROUTER_HEADERS_TIMEOUT_MS: '1000',
      },
    });
    port = Number(new URL(stack.url).port);
  });

  /** One request from `from`, on a new connection; resolves with the status and Retry-After. */
  const send = (from: string, path = '/graphql') =>
    new Promise<{ status: number; retryAfter?: string }>((resolve, reject) => {
      const method = path === '/graphql' ? 'POST' : 'GET';
      const headers = { 'content-type': 'application/json' };
      const req = request({ host: '127.0.0.1', port, path, method, headers, localAddress: from, agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode!, retryAfter: res.headers['retry-after'] as string | undefined }));
      });
      req.on('error', reject);
      req.end(method === 'POST' ? '{"query":"{ __typename }"}' : undefined);
    });

  it('answers 429 with Retry-After once an address has spent its requests; other addresses and probes are untouched', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await send('127.0.0.2')).status);
    expect(statuses.every((s) => s === 200)).toBe(true);
    const refused = await send('127.0.0.2');
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect((await send('127.0.0.3')).status).toBe(200);
    expect((await send('127.0.0.2', '/health')).status).toBe(200);
    // 127.0.0.1 is exempt by default (ROUTER_FLOOD_EXEMPT_IPS): the rest of the suite never notices.
    for (let i = 0; i < 30; i++) expect((await send('127.0.0.1')).status).toBe(200);
  });

  const open = (from: string) =>
    new Promise<Socket>((resolve, reject) => {
      const socket = connect({ host: '127.0.0.1', port, localAddress: from }, () => resolve(socket));
      socket.on('error', reject);
    });
  const closed = (socket: Socket) => new Promise<void>((resolve) => (socket.destroyed ? resolve() : socket.once('close', () => resolve())));

  it('destroys connections beyond the per-address cap at once, and takes new ones when a slot frees', async () => {
    const held = await Promise.all(Array.from({ length: 5 }, () => open('127.0.0.4')));
    const extra = await open('127.0.0.4').catch(() => null);
    if (extra) await closed(extra); // accepted by the kernel, destroyed by the router before a byte is read
    expect((await send('127.0.0.5')).status).toBe(200);
    held[0]!.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const again = await open('127.0.0.4');
    again.write('GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    let answer = '';
    again.setEncoding('utf8').on('data', (d: string) => (answer += d));
    await closed(again);
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    for (const s of held) s.destroy();
    const metrics = await fetch(new URL('/metrics', stack.url)).then((r) => r.text());
    expect(metrics).toMatch(/hubgraph_router_flood_refusals_total\{kind="connections"\} [1-9]/);
    expect(metrics).toMatch(/hubgraph_router_flood_refusals_total\{kind="request-rate"\} [1-9]/);
  });

  it('cuts a slowloris that dribbles its headers off after the head timeout (408)', async () => {
    const socket = await open('127.0.0.6');
    let answer = '';
    socket.setEncoding('utf8').on('data', (d: string) => (answer += d));
    socket.write('GET /graphql HTTP/1.1\r\nHost: x\r\n');
    const started = Date.now();
    const drip = setInterval(() => !socket.destroyed && socket.write('X-Slow: a\r\n'), 200);
    await closed(socket);
    clearInterval(drip);
    const lasted = Date.now() - started;
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(lasted).toBeGreaterThanOrEqual(900);
    expect(lasted).toBeLessThan(10_000); // node's own check runs every 30 s unless the interval is set
  });
});
