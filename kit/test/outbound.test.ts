import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import pino from 'pino';
import { Redis } from 'ioredis';
import {
  createProviderClient,
  outboundMetrics,
  OutboundError,
  parseRetryAfter,
  providerStatus,
  z,
  type ProviderClient,
  type ProviderClientOptions,
} from '../index';
import { FakeProvider } from '../../test/helpers/fake-provider';
import { eventually } from '../../test/helpers/wait';
import { testEnv } from '../../test/helpers/stack';

/** A logger whose lines the test reads. */
function capturedLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      lines.push(String(chunk));
      callback();
    },
  });
  return { log: pino({ level: 'info' }, stream), lines };
}

let provider: FakeProvider;
const open: ProviderClient[] = [];
let counter = 0;

function client(options: Partial<ProviderClientOptions> = {}, log = capturedLogger()) {
  const sleeps: number[] = [];
  const made = createProviderClient({
    name: `fake${++counter}`,
    baseUrl: provider.url,
    log: log.log,
    retryBaseMs: 10,
    retryMaxMs: 40,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...options,
  });
  open.push(made);
  return { client: made, sleeps, lines: log.lines };
}

async function failure(promise: Promise<unknown>): Promise<OutboundError> {
  try {
    await promise;
  } catch (error) {
    return error as OutboundError;
  }
  throw new Error('expected the call to fail');
}

beforeEach(async () => {
  provider = await FakeProvider.start();
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((c) => c.close()));
  await provider.stop();
});

describe('retries', () => {
  it('retries 5xx and connection cuts of a GET with growing, jittered waits, then returns the typed answer', async () => {
    provider.enqueue({ status: 503 }, { destroy: true }, { status: 200, body: { id: 7, name: 'x' } });
    const { client: c, sleeps } = client({ retries: 3 });
    const answer = await c.get('/things/7', { validate: z.object({ id: z.number(), name: z.string() }) });
    expect(answer.data).toEqual({ id: 7, name: 'x' });
    expect(answer.data.id + 1).toBe(8);
    expect(answer.attempts).toBe(3);
    expect(provider.received('GET /things/7')).toHaveLength(3);
    // Full jitter: attempt n waits within [0, min(max, base·2^(n-1))].
    expect(sleeps).toHaveLength(2);
    expect(sleeps[0]).toBeLessThanOrEqual(10);
    expect(sleeps[1]).toBeLessThanOrEqual(20);
  });

  it('gives up after the retries with SERVICE_UNAVAILABLE naming the provider, never the body', async () => {
    provider.otherwise({ status: 500, body: { secret: 'internal-detail' } });
    const { client: c } = client({ retries: 2 });
    const error = await failure(c.get('/x'));
    expect(error).toBeInstanceOf(OutboundError);
    expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', provider: c.name, reason: 'server_error' });
    expect(error.message).toContain(c.name);
    expect(JSON.stringify({ message: error.message, extensions: error.extensions })).not.toContain('internal-detail');
    expect(provider.requests).toHaveLength(3);
  });

  it('does not retry a 400, nor a POST, but retries a POST marked idempotent', async () => {
    const { client: c } = client({ retries: 3 });
    provider.enqueue({ status: 400, body: { error: 'bad' } });
    expect((await failure(c.get('/a'))).extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'rejected' });
    expect(provider.requests).toHaveLength(1);

    provider.enqueue({ status: 503 });
    expect((await failure(c.request('POST', '/b', { json: { a: 1 } }))).extensions).toMatchObject({ reason: 'server_error' });
    expect(provider.received('POST /b')).toHaveLength(1);
    expect(provider.received('POST /b')[0]!.body).toBe('{"a":1}');

    provider.enqueue({ status: 503 }, { status: 201, body: { created: true } });
    const answer = await c.request('POST', '/c', { json: { a: 1 }, idempotent: true, headers: { 'idempotency-key': 'k1' } });
    expect(answer.status).toBe(201);
    expect(provider.received('POST /c')).toHaveLength(2);
  });

  it('returns statuses the call accepts, and maps a 404 to NOT_FOUND when told what was missing', async () => {
    const { client: c } = client();
    provider.enqueue({ status: 400, body: { error: 'invalid_grant' } });
    const answer = await c.request('POST', '/token', { form: { code: 'abc' }, accept: (status) => status < 500 });
    expect(answer).toMatchObject({ status: 400, data: { error: 'invalid_grant' } });
    expect(provider.requests[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded');

    provider.enqueue({ status: 404, body: { message: 'Not Found' } });
    const error = await failure(c.get('/users/nobody', { notFound: 'User nobody' }));
    expect(error.extensions?.code).toBe('NOT_FOUND');
    expect(error.message).toBe('User nobody was not found.');
    expect(provider.requests).toHaveLength(2);
  });
});

describe('429 and Retry-After', () => {
  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });

  it('waits what Retry-After says (seconds and date) before retrying', async () => {
    const { client: c, sleeps } = client({ retries: 3 });
    const inFour = new Date(Date.now() + 4000).toUTCString();
    provider.enqueue(
      { status: 429, headers: { 'retry-after': '2' } },
      { status: 429, headers: { 'retry-after': inFour } },
      { status: 200, body: [1] },
    );
    const answer = await c.get('/limited');
    expect(answer.data).toEqual([1]);
    expect(provider.requests).toHaveLength(3);
    expect(sleeps[0]).toBeGreaterThanOrEqual(2000);
    // An HTTP date has one-second precision.
    expect(sleeps[1]).toBeGreaterThanOrEqual(2000);
    expect(sleeps[1]).toBeLessThanOrEqual(4000);
  });

  it('really waits: a measured lower bound with the real clock', async () => {
    const made = createProviderClient({ name: `fake${++counter}`, baseUrl: provider.url, log: capturedLogger().log, retries: 1 });
    open.push(made);
    provider.enqueue({ status: 429, headers: { 'retry-after': '1' } }, { status: 200, body: { ok: true } });
    const started = Date.now();
    await made.get('/limited');
    expect(Date.now() - started).toBeGreaterThanOrEqual(990);
    expect(provider.requests[1]!.at - provider.requests[0]!.at).toBeGreaterThanOrEqual(990);
  });

  it('ends with RATE_LIMITED and retryAfterSeconds after the retries, or at once when Retry-After is over the cap', async () => {
    const { client: c } = client({ retries: 1, retryAfterMaxMs: 5000 });
    provider.enqueue({ status: 429, headers: { 'retry-after': '1' } }, { status: 429, headers: { 'retry-after': '3' } });
    let error = await failure(c.get('/limited'));
    expect(error.extensions).toMatchObject({ code: 'RATE_LIMITED', provider: c.name, retryAfterSeconds: 3 });
    expect(provider.requests).toHaveLength(2);

    provider.enqueue({ status: 429, headers: { 'retry-after': '3600' } });
    error = await failure(c.get('/limited'));
    expect(error.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 3600 });
    expect(provider.requests).toHaveLength(3);
    // 429s say nothing about the provider being down.
    expect(c.status().state).toBe('closed');
  });
});

describe('bad answers', () => {
  it('times out a slow provider with SERVICE_UNAVAILABLE (reason timeout)', async () => {
    const { client: c } = client({ timeoutMs: 100, retries: 1 });
    provider.otherwise({ status: 200, body: {}, delayMs: 400 });
    const started = Date.now();
    const error = await failure(c.get('/slow'));
    expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'timeout', provider: c.name });
    expect(Date.now() - started).toBeLessThan(380 * 2);
    expect(provider.requests).toHaveLength(2);
  });

  it('refuses malformed JSON, answers the validator rejects, and oversized answers, without leaking them', async () => {
    const { client: c, lines } = client({ maxResponseBytes: 1000 });
    provider.enqueue({ status: 200, body: '{"id": 1, "leak": "body-secret"', headers: { 'content-type': 'application/json' } });
    let error = await failure(c.get('/broken'));
    expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'invalid_answer' });
    expect(JSON.stringify(error.extensions) + error.message).not.toContain('body-secret');

    provider.enqueue({ status: 200, body: { id: 'not-a-number', leak: 'body-secret' } });
    error = await failure(c.get('/typed', { validate: z.object({ id: z.number() }) }));
    expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'invalid_answer' });

    provider.enqueue({ status: 200, body: { big: 'x'.repeat(5000) } });
    error = await failure(c.get('/big'));
    expect(error.extensions).toMatchObject({ reason: 'invalid_answer' });
    // Not retried: the same answer would come back.
    expect(provider.requests).toHaveLength(3);
    expect(lines.join('')).not.toContain('body-secret');
  });
});

describe('circuit breaker', () => {
  it('opens after failures, refuses without calling, goes half-open, and closes on a successful trial', async () => {
    const { client: c } = client({ retries: 0, breaker: { failureRatio: 0.5, minimumCalls: 2, windowMs: 5000, openMs: 150 } });
    provider.otherwise({ status: 500 });
    await failure(c.get('/x'));
    expect(c.status().state).toBe('closed');
    await failure(c.get('/x'));
    expect(c.status()).toMatchObject({ name: c.name, state: 'open', opens: 1, failures: 2, lastError: 'server_error' });
    expect(c.status().lastErrorAt).toEqual(expect.any(String));
    expect(providerStatus([c.name])).toEqual([c.status()]);
    expect(await outboundMetrics.metrics()).toContain(`hubgraph_outbound_breaker_state{provider="${c.name}"} 2`);

    const refused = await failure(c.get('/x'));
    expect(refused.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', reason: 'breaker_open', provider: c.name });
    expect(provider.requests).toHaveLength(2);

    await eventually(() => expect(c.status().state).toBe('half_open'), 2000);
    expect(await outboundMetrics.metrics()).toContain(`hubgraph_outbound_breaker_state{provider="${c.name}"} 1`);
    provider.otherwise({ status: 200, body: { ok: true } });
    expect((await c.get('/x')).data).toEqual({ ok: true });
    expect(c.status().state).toBe('closed');
    expect(await outboundMetrics.metrics()).toContain(`hubgraph_outbound_breaker_state{provider="${c.name}"} 0`);
    expect(await outboundMetrics.metrics()).toMatch(
      new RegExp(`hubgraph_outbound_requests_total\\{provider="${c.name}",method="GET",result="500"\\} 2`),
    );
  });

  it('a failed half-open trial opens it again', async () => {
    const { client: c } = client({ retries: 0, breaker: { failureRatio: 0.5, minimumCalls: 1, windowMs: 5000, openMs: 100 } });
    provider.otherwise({ status: 502 });
    await failure(c.get('/x'));
    await eventually(() => expect(c.status().state).toBe('half_open'), 2000);
    await failure(c.get('/x'));
    expect(c.status()).toMatchObject({ state: 'open', opens: 2 });
  });
});

describe('cache', () => {
  it('serves a fresh answer without calling, and calls again after the TTL', async () => {
    const { client: c, lines } = client({ cache: { ttlMs: 80 } });
    let n = 0;
    provider.route('GET /weather', () => ({ status: 200, body: { n: ++n } }));
    expect(await c.get('/weather', { query: { q: 'Paris' } })).toMatchObject({ data: { n: 1 }, cache: 'miss', stale: false });
    expect(await c.get('/weather', { query: { q: 'Paris' } })).toMatchObject({ data: { n: 1 }, cache: 'hit', attempts: 0 });
    // Another query is another entry.
    expect(await c.get('/weather', { query: { q: 'Rome' } })).toMatchObject({ data: { n: 2 }, cache: 'miss' });
    expect(provider.requests).toHaveLength(2);
    await eventually(async () => expect(await c.get('/weather', { query: { q: 'Paris' } })).toMatchObject({ data: { n: 3 } }), 2000);
    expect(provider.requests).toHaveLength(3);
    const logged = lines.map((l) => JSON.parse(l));
    expect(logged.filter((l) => l.cache === 'hit').length).toBeGreaterThanOrEqual(1);
    // Calls with their own Authorization are not shared.
    await c.get('/weather', { query: { q: 'Rome' }, headers: { authorization: 'Bearer u1' } });
    await c.get('/weather', { query: { q: 'Rome' }, headers: { authorization: 'Bearer u1' } });
    expect(provider.requests).toHaveLength(5);
  });

  it('sends one request for identical GETs in flight at once', async () => {
    const { client: c } = client({ cache: { ttlMs: 60_000 } });
    provider.route('GET /popular', { status: 200, body: { page: 1 }, delayMs: 50 });
    const answers = await Promise.all(Array.from({ length: 5 }, () => c.get('/popular')));
    expect(answers.map((a) => a.data)).toEqual(Array(5).fill({ page: 1 }));
    expect(provider.requests).toHaveLength(1);
  });

  it('treats an unreachable Redis as a miss: the call still goes out and answers', async () => {
    const { client: c } = client({ cache: { ttlMs: 60_000, redisUrl: 'redis://127.0.0.1:1' } });
    provider.otherwise({ status: 200, body: { ok: 1 } });
    expect(await c.get('/x')).toMatchObject({ data: { ok: 1 }, cache: 'miss' });
    expect(await c.get('/x')).toMatchObject({ data: { ok: 1 } });
    expect(provider.requests).toHaveLength(2);
  });

  it('serves the stale answer, marked stale, when the provider fails after the TTL', async () => {
    const { client: c } = client({ retries: 1, cache: { ttlMs: 30 } });
    provider.enqueue({ status: 200, body: { temp: 21 } });
    const first = await c.get('/weather');
    provider.otherwise({ status: 503 });
    await new Promise((resolve) => setTimeout(resolve, 40));
    const stale = await c.get('/weather');
    expect(stale).toMatchObject({ data: { temp: 21 }, stale: true, cache: 'stale', storedAt: first.storedAt });
    expect(provider.requests).toHaveLength(3);
    // Without a stored answer the failure reaches the caller.
    expect((await failure(c.get('/other'))).extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('revalidates with If-None-Match; a 304 refreshes the entry and costs no body', async () => {
    const { client: c } = client({ cache: { ttlMs: 30 } });
    provider.route('GET /repos', (req) =>
      req.headers['if-none-match'] === '"v1"'
        ? { status: 304, headers: { etag: '"v1"' } }
        : { status: 200, headers: { etag: '"v1"' }, body: { stars: 5 } },
    );
    expect(await c.get('/repos')).toMatchObject({ data: { stars: 5 }, cache: 'miss' });
    await new Promise((resolve) => setTimeout(resolve, 40));
    const revalidated = await c.get('/repos');
    expect(revalidated).toMatchObject({ data: { stars: 5 }, cache: 'revalidated', status: 200, stale: false });
    expect(provider.requests).toHaveLength(2);
    expect(provider.requests[0]!.headers['if-none-match']).toBeUndefined();
    expect(provider.requests[1]!.headers['if-none-match']).toBe('"v1"');
    // Fresh again after the 304.
    expect(await c.get('/repos')).toMatchObject({ cache: 'hit' });
    expect(provider.requests).toHaveLength(2);
  });

  it('sends If-Modified-Since when the provider gave only Last-Modified', async () => {
    const { client: c } = client({ cache: { ttlMs: 1 } });
    const stamp = 'Wed, 01 Jan 2025 00:00:00 GMT';
    provider.enqueue({ status: 200, headers: { 'last-modified': stamp }, body: { v: 1 } }, { status: 304 });
    await c.get('/doc');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await c.get('/doc')).toMatchObject({ data: { v: 1 }, cache: 'revalidated' });
    expect(provider.requests[1]!.headers['if-modified-since']).toBe(stamp);
  });

  (testEnv.REDIS_URL ? it : it.skip)('keeps answers in Redis with REDIS_URL, shared by two clients (replicas)', async () => {
    const keyPrefix = `test-${randomBytes(4).toString('hex')}:`;
    const name = `redis${++counter}`;
    const make = () => {
      const made = createProviderClient({
        name,
        baseUrl: provider.url,
        log: capturedLogger().log,
        cache: { ttlMs: 60_000, redisUrl: testEnv.REDIS_URL, keyPrefix },
      });
      open.push(made);
      return made;
    };
    const a = make();
    provider.enqueue({ status: 200, body: { shared: true }, headers: { etag: '"e"' } });
    expect(await a.get('/thing')).toMatchObject({ cache: 'miss' });
    const b = make();
    expect(await b.get('/thing')).toMatchObject({ data: { shared: true }, cache: 'hit' });
    expect(provider.requests).toHaveLength(1);
    const redis = new Redis(testEnv.REDIS_URL!);
    try {
      const keys = await redis.keys(`${keyPrefix}outbound:*`);
      expect(keys).toHaveLength(1);
      expect(await redis.pttl(keys[0]!)).toBeGreaterThan(60_000);
      await redis.del(...keys);
    } finally {
      redis.disconnect();
    }
  });
});

describe('logging', () => {
  it('logs provider, method, path, status, latency, attempt and cache, with secrets redacted', async () => {
    const { client: c, lines } = client({ retries: 1, headers: { authorization: 'Bearer CLIENT-SECRET-1' }, redact: ['session'] });
    provider.enqueue({ status: 503 }, { status: 200, body: {} });
    await c.get('/search', {
      query: { q: 'ok', token: 'SECRET-2', api_key: 'SECRET-3', appid: 'SECRET-4', client_secret: 'SECRET-5', session: 'SECRET-6' },
      headers: { 'x-api-key': 'SECRET-7' },
    });
    const text = lines.join('');
    expect(text).not.toMatch(/SECRET/);
    const logged = lines.map((l) => JSON.parse(l));
    const calls = logged.filter((l) => l.msg === 'outbound call');
    expect(calls).toHaveLength(2);
    expect(calls[1]).toMatchObject({ provider: c.name, method: 'GET', status: 200, attempt: 2, cache: 'bypass' });
    expect(calls[0]).toMatchObject({ status: 503, attempt: 1 });
    expect(typeof calls[1].latencyMs).toBe('number');
    expect(calls[1].path).toBe(
      '/search?q=ok&token=[redacted]&api_key=[redacted]&appid=[redacted]&client_secret=[redacted]&session=[redacted]',
    );
    // The secrets did reach the provider.
    expect(provider.requests[0]!.headers.authorization).toBe('Bearer CLIENT-SECRET-1');
    expect(provider.requests[0]!.url).toContain('token=SECRET-2');
  });
});
