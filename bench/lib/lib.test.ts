import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BenchArgs } from './args';
import { runLoad } from './load';
import { percentile, summarizeLatencies, summarizeSeries } from './stats';

describe('stats', () => {
  it('takes nearest-rank percentiles of sorted samples', () => {
    const sorted = Float64Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), percentile(sorted, 100)]).toEqual([50, 90, 99, 100]);
    expect(percentile(new Float64Array(0), 50)).toBeNaN();
  });

  it('sorts numerically, not as strings', () => {
    const summary = summarizeLatencies([10, 9, 100, 2]);
    expect(summary).toMatchObject({ count: 4, min: 2, max: 100, p50: 9, mean: 30.25 });
  });

  it('takes the median of odd and even series', () => {
    expect(summarizeSeries([3, 1, 2])).toEqual({ min: 1, median: 2, max: 3 });
    expect(summarizeSeries([4, 1, 3, 2])).toEqual({ min: 1, median: 2.5, max: 4 });
  });
});

describe('BenchArgs', () => {
  it('reads --a=b, --a b and bare flags, and rejects what no benchmark asked for', () => {
    const args = new BenchArgs(['--duration=5', '--concurrency', '1,16', '--pin', '--typo=1']);
    expect(args.number('duration', 10, 1, 60)).toBe(5);
    expect(args.integers('concurrency', [4], 1, 256)).toEqual([1, 16]);
    expect(args.flag('pin')).toBe(true);
    expect(args.number('warmup', 2, 0, 60)).toBe(2);
    expect(() => args.rejectUnknown()).toThrow('--typo');
  });

  it('refuses values out of range', () => {
    expect(() => new BenchArgs(['--duration=0']).number('duration', 10, 1, 60)).toThrow('--duration');
    expect(() => new BenchArgs(['--operation=x']).choice('operation', ['convert', 'counter'], 'convert')).toThrow('convert, counter');
  });
});

describe('runLoad', () => {
  let server: Server;
  let url: string;
  let inFlight = 0;
  let maxInFlight = 0;
  let served = 0;
  let status = 200;
  /** Answers are held until this many requests are in flight (0: answer at once). */
  let barrier = 0;
  const held: (() => void)[] = [];
  let startedAt = Date.now();

  beforeAll(async () => {
    server = createServer((req, res) => {
      served++;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      req.resume();
      const answer = () =>
        setTimeout(() => {
          inFlight--;
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(status === 200 ? '{"data":{"ok":true}}' : '{"errors":[{"message":"down"}]}');
        }, 5);
      // The first answers wait until the client has opened all its connections (or 2 s passed), so
      // "in flight" is measured on what the client does, not on how fast a busy machine connects.
      req.on('end', () => {
        held.push(answer);
        if (maxInFlight >= barrier || Date.now() - startedAt > 2000) held.splice(0).forEach((f) => f());
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    served = 0;
    maxInFlight = 0;
    status = 200;
    startedAt = Date.now();
    barrier = 0;
  });

  it('keeps exactly `concurrency` requests in flight and records only after the warm-up', async () => {
    barrier = 4;
    const result = await runLoad({ url, body: '{"query":"{ ok }"}', concurrency: 4, warmupMs: 200, durationMs: 500 });
    expect(maxInFlight).toBe(4);
    expect(result.errors).toBe(0);
    expect(result.warmupRequests).toBeGreaterThan(0);
    // Some were recorded after the warm-up; how many depends on the machine's speed, which is not under test.
    expect(result.requests).toBeGreaterThan(0);
    // Every request the server saw is either a warm-up or a recorded one.
    expect(result.requests + result.warmupRequests).toBe(served);
    // The handler waits 5 ms, so no successful request can be much faster. Node runs a timer against the
    // loop's cached clock, so it may fire up to 1 ms early by performance.now() (4.45 ms seen in CI).
    expect(result.latency.min).toBeGreaterThanOrEqual(3.9);
    expect(result.rps).toBeGreaterThan(0);
    expect(result.rps).toBeLessThan((4 * 1000) / 5 + 1);
  });

  it('builds a body per request when given a function', async () => {
    let made = 0;
    const result = await runLoad({
      url,
      body: () => `{"query":"{ ok }","variables":{"i":${++made}}}`,
      concurrency: 2,
      warmupMs: 0,
      durationMs: 100,
    });
    expect(made).toBe(served);
    expect(result.requests).toBe(served);
  });

  it('counts failures and stops early instead of hammering a broken target', async () => {
    status = 500;
    const result = await runLoad({ url, body: '{}', concurrency: 2, warmupMs: 0, durationMs: 5000, maxErrors: 10 });
    expect(result.stoppedEarly).toBe(true);
    expect(result.requests).toBe(0);
    expect(result.errors).toBeGreaterThanOrEqual(10);
    expect(result.errors).toBeLessThanOrEqual(11);
    expect(result.errorSamples[0]).toMatch(/^HTTP 500/);
  });

  it('talks only to 127.0.0.1', async () => {
    await expect(runLoad({ url: 'http://example.com/graphql', body: '{}', concurrency: 1, warmupMs: 0, durationMs: 10 })).rejects.toThrow(
      '127.0.0.1',
    );
  });
});
