import { connect, type Socket } from 'node:net';
import WebSocket from 'ws';
import { createLogger, createProviderClient, databaseLocation, runShutdown, type RunningSubgraph } from '../index';
import { basics } from '../../subgraphs/basics';
import { testEnv } from '../../test/helpers/stack';
import { startOneSubgraph } from '../../test/helpers/subgraph';

const dialect = databaseLocation({
  subgraph: 'basics',
  config: { DATA_DIR: 'x', MYSQL_URL: testEnv.MYSQL_URL, MYSQL_DATABASE_PREFIX: 'x' },
}).dialect;
const baseOf = (subgraph: RunningSubgraph) => subgraph.url.replace(/\/graphql$/, '');

/** The application/health+json document of /ready. */
interface HealthReport {
  status: 'pass' | 'warn' | 'fail';
  output?: string;
  checks: Record<string, { status: string; componentType: string; observedUnit: string; output?: string }[]>;
}

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Reads `count` HTTP/1.1 responses (with Content-Length) from a raw socket, in order. */
function readResponses(socket: Socket, count: number): Promise<RawResponse[]> {
  return new Promise((resolve, reject) => {
    let buffer = Buffer.alloc(0);
    const responses: RawResponse[] = [];
    const onData = (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const headEnd = buffer.indexOf('\r\n\r\n');
        if (headEnd === -1) return;
        const [statusLine, ...lines] = buffer.subarray(0, headEnd).toString('latin1').split('\r\n');
        const headers = Object.fromEntries(
          lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
        );
        const length = Number(headers['content-length'] ?? 0);
        if (buffer.length < headEnd + 4 + length) return;
        const body = buffer.subarray(headEnd + 4, headEnd + 4 + length).toString('utf8');
        responses.push({ status: Number(statusLine!.split(' ')[1]), headers, body });
        buffer = buffer.subarray(headEnd + 4 + length);
        if (responses.length === count) {
          socket.off('data', onData);
          resolve(responses);
          return;
        }
      }
    };
    socket.on('data', onData);
    socket.once('error', reject);
    socket.once('close', () => reject(new Error(`socket closed after ${responses.length} of ${count} responses`)));
  });
}

/** True when nothing listens on `port` any more. */
function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

async function waitUntil(condition: () => Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('kit health: /health and /ready', () => {
  let subgraph: RunningSubgraph;

  beforeAll(async () => {
    subgraph = await startOneSubgraph(basics);
  });

  it('answers liveness with 200 application/health+json status pass', async () => {
    const res = await fetch(`${baseOf(subgraph)}/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/health+json');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toMatchObject({ status: 'pass', serviceId: 'basics' });
  });

  it('answers readiness with a passing database check (and Redis when configured)', async () => {
    const res = await fetch(`${baseOf(subgraph)}/ready`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/health+json');
    const body = (await res.json()) as HealthReport;
    expect(body.status).toBe('pass');
    expect(body.checks[`${dialect}:ping`]).toEqual([
      expect.objectContaining({ status: 'pass', componentType: 'datastore', observedUnit: 'ms' }),
    ]);
    const expected = [`${dialect}:ping`, ...(testEnv.REDIS_URL ? ['redis:ping'] : [])];
    expect(Object.keys(body.checks).sort()).toEqual(expected.sort());
    if (testEnv.REDIS_URL) expect(body.checks['redis:ping']![0]!.status).toBe('pass');
  });

  it("serves the outbound providers' metrics (calls, breaker state) at /metrics", async () => {
    const provider = createProviderClient({
      name: 'lifecycle-probe',
      baseUrl: 'http://127.0.0.1:9',
      log: createLogger('lifecycle', 'silent'),
      retries: 0,
    });
    try {
      const res = await fetch(`${baseOf(subgraph)}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/plain');
      expect(await res.text()).toContain('hubgraph_outbound_breaker_state{provider="lifecycle-probe"} 0');
    } finally {
      await provider.close();
    }
  });

  it('fails readiness with 503 and the reason when the database does not answer', async () => {
    const broken = await startOneSubgraph(basics);
    await broken.orm.close(true);
    const res = await fetch(`${baseOf(broken)}/ready`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as HealthReport;
    expect(body.status).toBe('fail');
    expect(body.checks[`${dialect}:ping`]![0]).toMatchObject({ status: 'fail', output: expect.any(String) });
    // Liveness stays green: the process itself is fine, so an orchestrator should not restart it.
    expect((await fetch(`${baseOf(broken)}/health`)).status).toBe(200);
  });
});

describe('kit graceful shutdown', () => {
  const SHUTDOWN_TIMEOUT_MS = 5000;
  const QUERY = JSON.stringify({ query: '{ convertUnits(value: 1, from: "km", to: "m") { result } }' });
  let subgraph: RunningSubgraph;
  let inFlight: RawResponse;
  let readyWhileDraining: RawResponse;
  let webSocketClose: { code: number; reason: string };
  let stopSettledMs: number;
  let stopCalledTwice: boolean;

  /*
   * One shutdown, observed from three clients: a raw HTTP client whose POST is half sent when stop()
   * begins (so it is in flight, and on a keep-alive connection the drain must not cut), a readiness
   * probe pipelined on that same connection, and a graphql-ws client with an active subscription.
   */
  beforeAll(async () => {
    subgraph = await startOneSubgraph(basics, { SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS) });

    const ws = new WebSocket(subgraph.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    const acknowledged = new Promise<void>((resolve, reject) => {
      ws.on('message', (data) => {
        if (JSON.parse(String(data)).type === 'connection_ack') resolve();
      });
      ws.once('error', reject);
    });
    ws.once('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
    await acknowledged;
    ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { counterChanged(name: "drain") { value } }' } }));
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );

    const socket = connect(subgraph.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const responses = readResponses(socket, 2);
    socket.write(
      `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(QUERY)}\r\n\r\n${QUERY.slice(0, 12)}`,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));

    const stopping = subgraph.stop();
    stopCalledTwice = subgraph.stop() === stopping;
    // New connections are refused once draining has begun; the half-sent request is still open.
    await waitUntil(() => connectionRefused(subgraph.port), 'the listener is closed');
    socket.write(`${QUERY.slice(12)}GET /ready HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    [inFlight, readyWhileDraining] = (await responses) as [RawResponse, RawResponse];
    const answeredAt = performance.now();
    webSocketClose = await closed;
    await stopping;
    stopSettledMs = performance.now() - answeredAt;
    socket.destroy();
  }, 30_000);

  it('lets an in-flight request finish with its normal answer', () => {
    expect(inFlight.status).toBe(200);
    expect(JSON.parse(inFlight.body)).toEqual({ data: { convertUnits: { result: 1000 } } });
  });

  it('fails readiness with 503 while draining, so load balancers stop sending work', () => {
    expect(readyWhileDraining.status).toBe(503);
    expect(readyWhileDraining.headers['content-type']).toBe('application/health+json');
    expect(JSON.parse(readyWhileDraining.body)).toMatchObject({ status: 'fail', output: 'shutting down' });
  });

  it('closes WebSocket clients with 1001 (going away)', () => {
    expect(webSocketClose.code).toBe(1001);
  });

  it('returns the same stop() promise to every caller and closes the port', async () => {
    expect(stopCalledTwice).toBe(true);
    expect(await connectionRefused(subgraph.port)).toBe(true);
  });

  it('finishes stopping soon after the last in-flight request, not at the shutdown timeout', () => {
    // A keep-alive connection that just finished its request is idle; the drain should close it
    // rather than wait SHUTDOWN_TIMEOUT_MS for the client to hang up.
    expect(stopSettledMs).toBeLessThan(SHUTDOWN_TIMEOUT_MS / 2);
  });
});

describe('kit runShutdown: each step bounded', () => {
  it('goes on past a step that never finishes or throws, runs the rest in order, and names the troubled ones', async () => {
    const ran: string[] = [];
    const warnings: unknown[] = [];
    const log = createLogger('shutdown-test', 'silent');
    log.warn = ((obj: unknown) => void warnings.push(obj)) as typeof log.warn;
    const started = Date.now();
    const troubled = await runShutdown(
      [
        ['first', () => void ran.push('first')],
        ['stuck pool', () => new Promise(() => ran.push('stuck pool'))],
        [
          'broken',
          () => {
            ran.push('broken');
            throw new Error('quit refused');
          },
        ],
        ['last', async () => void ran.push('last')],
      ],
      200,
      log,
    );
    expect(ran).toEqual(['first', 'stuck pool', 'broken', 'last']);
    expect(troubled).toEqual(['stuck pool', 'broken']);
    expect(warnings).toEqual([
      expect.objectContaining({ step: 'stuck pool', timeoutMs: 200 }),
      expect.objectContaining({ step: 'broken' }),
    ]);
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
