import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../test/helpers/processes';
import { disposeAfterAll, testEnv } from '../../test/helpers/stack';
import { eventually } from '../../test/helpers/wait';

const ROOT = join(__dirname, '..', '..');
const REGISTER = join(ROOT, 'test/helpers/ts-register.js');
const MAIN = join(__dirname, 'main.ts');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'caching-proxy-test-'));
  disposeAfterAll(async () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

// ---------------------------------------------------------------------------------------------
// The origin: a real HTTP server on loopback whose routes count hits and misbehave on demand.
// ---------------------------------------------------------------------------------------------

interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

interface Origin {
  url: string;
  /** Requests per exact path+query. */
  hits(pathAndQuery: string): number;
  last(pathAndQuery: string): SeenRequest | undefined;
  /** How /flaky answers: normally, with 503, or never. */
  flaky: 'ok' | 'fail' | 'hang';
  /** The current ETag of /etag. */
  etag: string;
  close(): Promise<void>;
}

async function startOrigin(): Promise<Origin> {
  const seen = new Map<string, SeenRequest[]>();
  const hung: ServerResponse[] = [];
  const state = { flaky: 'ok' as Origin['flaky'], etag: '"v1"' };

  const route = (req: IncomingMessage, res: ServerResponse, body: string) => {
    const url = new URL(req.url ?? '/', 'http://origin');
    // How many times this exact path+query has been requested, this request included.
    const count = seen.get(req.url ?? '/')?.length ?? 0;
    const json = (status: number, headers: Record<string, string | string[]>, payload: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(req.method === 'HEAD' ? undefined : JSON.stringify(payload));
    };
    const hit = { path: req.url, hit: count };
    switch (url.pathname) {
      case '/echo':
        // A CDN in front of an origin often sets its own X-Cache; the proxy's must not be mixed with it.
        return json(200, { 'X-Cache': 'HIT from upstream-cdn' }, { method: req.method, url: req.url, headers: req.headers, body });
      case '/plain':
        return json(200, {}, hit);
      case '/fresh':
        return json(200, { 'Cache-Control': 'max-age=600' }, hit);
      case '/short':
        return json(200, { 'Cache-Control': 'max-age=1' }, hit);
      case '/no-store':
        return json(200, { 'Cache-Control': 'no-store' }, hit);
      case '/private':
        return json(200, { 'Cache-Control': 'private, max-age=600' }, hit);
      case '/cookie':
        return json(200, { 'Cache-Control': 'max-age=600', 'Set-Cookie': 'session=secret' }, hit);
      case '/missing':
        return json(404, {}, { error: 'not found', hit: count });
      case '/vary':
        return json(
          200,
          { 'Cache-Control': 'max-age=600', Vary: 'Accept-Language' },
          { lang: req.headers['accept-language'] ?? null, hit: count },
        );
      case '/vary-star':
        return json(200, { 'Cache-Control': 'max-age=600', Vary: '*' }, hit);
      case '/etag': {
        // no-cache: the proxy may store it but must ask before every reuse.
        if (req.headers['if-none-match'] === state.etag) {
          res.writeHead(304, { ETag: state.etag, 'Cache-Control': 'no-cache' });
          return res.end();
        }
        return json(200, { ETag: state.etag, 'Cache-Control': 'no-cache' }, { version: state.etag, hit: count });
      }
      case '/last-modified': {
        const lastModified = 'Wed, 01 Jan 2025 00:00:00 GMT';
        if (req.headers['if-modified-since'] === lastModified) {
          res.writeHead(304, { 'Cache-Control': 'max-age=0' });
          return res.end();
        }
        return json(200, { 'Last-Modified': lastModified, 'Cache-Control': 'max-age=0' }, hit);
      }
      case '/etag-fresh':
        return json(200, { ETag: 'W/"f1"', 'Cache-Control': 'max-age=600' }, hit);
      case '/big':
        res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'max-age=600' });
        return res.end('x'.repeat(2000));
      case '/flaky': {
        const cacheControl = url.searchParams.has('must-revalidate') ? 'max-age=1, must-revalidate' : 'max-age=1';
        if (state.flaky === 'hang') return void hung.push(res);
        if (state.flaky === 'fail') return json(503, {}, { error: 'down' });
        return json(200, { 'Cache-Control': cacheControl }, { good: true, hit: count });
      }
      default:
        return json(200, {}, hit);
    }
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString();
      const key = req.url ?? '/';
      seen.set(key, [...(seen.get(key) ?? []), { method: req.method ?? '', url: key, headers: req.headers, body }]);
      route(req, res, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const close = disposeAfterAll(async () => {
    for (const res of hung) res.destroy();
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    hits: (key) => seen.get(key)?.length ?? 0,
    last: (key) => seen.get(key)?.at(-1),
    get flaky() {
      return state.flaky;
    },
    set flaky(mode) {
      state.flaky = mode;
    },
    get etag() {
      return state.etag;
    },
    set etag(tag) {
      state.etag = tag;
    },
    close,
  };
}

// ---------------------------------------------------------------------------------------------
// The CLI as a child process.
// ---------------------------------------------------------------------------------------------

interface RunningProxy {
  url: string;
  child: ChildProcess;
  output(): string;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

function spawnCli(args: string[], cwd: string): ChildProcess {
  return spawn(process.execPath, ['-r', REGISTER, MAIN, ...args], {
    cwd,
    env: { PATH: testEnv.PATH },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

async function startProxy(args: string[], cwd: string): Promise<RunningProxy> {
  const child = spawnCli(['--host', '127.0.0.1', '--port', '0', ...args], cwd);
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = disposeAfterAll(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    const match = /listening on (http:\/\/[^\s,]+)/.exec(output);
    if (match) return { url: match![1]!, child, output: () => output, stop: async () => (await stop(), exited) };
    if (child.exitCode !== null) throw new Error(`caching-proxy exited early (${child.exitCode}):\n${output}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`caching-proxy did not start within 30 s:\n${output}`);
    }
    await sleep(50);
  }
}

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

async function runCli(args: string[], cwd: string): Promise<CliResult> {
  const child = spawnCli(args, cwd);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  clearTimeout(timer);
  return { code, stdout, stderr };
}

// ---------------------------------------------------------------------------------------------
// A plain HTTP client (node:http gives full control over headers such as Connection).
// ---------------------------------------------------------------------------------------------

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function request(
  base: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(path, base), { method: options.method ?? 'GET', headers: options.headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const xcache = (reply: Reply) => reply.headers['x-cache'];

describe('caching-proxy CLI', () => {
  let origin: Origin;
  let proxy: RunningProxy;
  let cacheDir: string;
  let workDir: string;

  beforeAll(async () => {
    origin = await startOrigin();
    workDir = tempDir();
    cacheDir = join(workDir, 'cache');
    proxy = await startProxy(['--origin', origin.url, '--cache-dir', cacheDir, '--ttl', '1', '--timeout', '1'], workDir);
  });

  it('forwards method, path, query, end-to-end headers and body, and marks the answer MISS', async () => {
    const reply = await request(proxy.url, '/echo?q=1&r=two', {
      method: 'POST',
      headers: {
        'Content-Type': 'text/plain',
        'X-Custom': 'kept',
        Connection: 'keep-alive, X-Hop',
        'X-Hop': 'secret',
        'Proxy-Authorization': 'Basic x',
      },
      body: 'hello origin',
    });
    expect(reply.status).toBe(200);
    expect(xcache(reply)).toBe('MISS');
    const echoed = JSON.parse(reply.body) as SeenRequest;
    expect(echoed).toMatchObject({ method: 'POST', url: '/echo?q=1&r=two', body: 'hello origin' });
    expect(echoed.headers).toMatchObject({
      'x-custom': 'kept',
      'content-type': 'text/plain',
      host: new URL(origin.url).host,
      'x-forwarded-proto': 'http',
    });
    expect(echoed.headers['x-forwarded-for']).toMatch(/127\.0\.0\.1/);
    // Hop-by-hop fields, including the ones Connection names, stop at the proxy.
    expect(echoed.headers['x-hop']).toBeUndefined();
    expect(echoed.headers['proxy-authorization']).toBeUndefined();

    // POST is never answered from the cache.
    await request(proxy.url, '/echo?q=1&r=two', { method: 'POST', body: 'again' });
    expect(origin.hits('/echo?q=1&r=two')).toBe(2);
  });

  it('serves a repeated GET from the cache (HIT, with Age) without contacting the origin, and HEAD from the stored GET', async () => {
    const first = await request(proxy.url, '/fresh?t=hit');
    expect(first.status).toBe(200);
    expect(xcache(first)).toBe('MISS');
    const second = await request(proxy.url, '/fresh?t=hit');
    expect(xcache(second)).toBe('HIT');
    expect(second.body).toBe(first.body);
    expect(second.headers['content-type']).toBe('application/json');
    expect(Number(second.headers.age)).toBeGreaterThanOrEqual(0);
    const head = await request(proxy.url, '/fresh?t=hit', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(xcache(head)).toBe('HIT');
    expect(head.body).toBe('');
    expect(origin.hits('/fresh?t=hit')).toBe(1);
  });

  it('applies the default --ttl when the origin sets none, honours max-age, and refetches after expiry', async () => {
    for (const path of ['/plain?t=ttl', '/short?t=ttl', '/missing?t=ttl']) {
      expect(xcache(await request(proxy.url, path))).toBe('MISS');
      expect(xcache(await request(proxy.url, path))).toBe('HIT');
    }
    const long = await request(proxy.url, '/fresh?t=ttl');
    expect(xcache(long)).toBe('MISS');
    // The last one stored expires last: once it is refetched (HIT until then), all three have expired.
    await eventually(async () => expect(xcache(await request(proxy.url, '/missing?t=ttl'))).toBe('MISS'), 5000, 100);
    for (const path of ['/plain?t=ttl', '/short?t=ttl']) {
      const expired = await request(proxy.url, path);
      expect(xcache(expired)).toBe('MISS');
    }
    for (const path of ['/plain?t=ttl', '/short?t=ttl', '/missing?t=ttl']) expect(origin.hits(path)).toBe(2);
    // Still fresh (max-age=600), and Age grows with the time spent in the cache.
    const aged = await eventually(
      async () => {
        const answer = await request(proxy.url, '/fresh?t=ttl');
        expect(Number(answer.headers.age)).toBeGreaterThanOrEqual(1);
        return answer;
      },
      5000,
      100,
    );
    expect(xcache(aged)).toBe('HIT');
    expect(origin.hits('/fresh?t=ttl')).toBe(1);
  });

  it('never stores no-store, private, Set-Cookie or Vary: * responses', async () => {
    for (const path of ['/no-store?t=1', '/private?t=1', '/cookie?t=1', '/vary-star?t=1']) {
      expect(xcache(await request(proxy.url, path))).toBe('MISS');
      expect(xcache(await request(proxy.url, path))).toBe('MISS');
      expect(origin.hits(path)).toBe(2);
    }
  });

  it('bypasses the cache for a request with Cache-Control: no-cache and stores the fresh answer', async () => {
    const path = '/fresh?t=bypass';
    expect(xcache(await request(proxy.url, path))).toBe('MISS');
    const bypassed = await request(proxy.url, path, { headers: { 'Cache-Control': 'no-cache' } });
    expect(xcache(bypassed)).toBe('MISS');
    expect(JSON.parse(bypassed.body).hit).toBe(2);
    const after = await request(proxy.url, path);
    expect(xcache(after)).toBe('HIT');
    expect(JSON.parse(after.body).hit).toBe(2);
    expect(origin.hits(path)).toBe(2);
  });

  it('keeps one entry per value of the fields named in Vary', async () => {
    const path = '/vary?t=1';
    const en = await request(proxy.url, path, { headers: { 'Accept-Language': 'en' } });
    const de = await request(proxy.url, path, { headers: { 'Accept-Language': 'de' } });
    expect([xcache(en), xcache(de)]).toEqual(['MISS', 'MISS']);
    const en2 = await request(proxy.url, path, { headers: { 'Accept-Language': 'en' } });
    const de2 = await request(proxy.url, path, { headers: { 'Accept-Language': 'de' } });
    expect([xcache(en2), xcache(de2)]).toEqual(['HIT', 'HIT']);
    expect(JSON.parse(en2.body).lang).toBe('en');
    expect(JSON.parse(de2.body).lang).toBe('de');
    expect(xcache(await request(proxy.url, path))).toBe('MISS');
    expect(origin.hits(path)).toBe(3);
  });

  it('revalidates with If-None-Match / If-Modified-Since and serves the stored body on 304', async () => {
    const path = '/etag?t=1';
    const first = await request(proxy.url, path);
    expect(xcache(first)).toBe('MISS');
    const second = await request(proxy.url, path);
    expect(second.status).toBe(200);
    expect(xcache(second)).toBe('HIT');
    expect(second.headers['x-cache-revalidated']).toBe('true');
    expect(second.body).toBe(first.body);
    expect(origin.last(path)?.headers['if-none-match']).toBe('"v1"');
    expect(origin.hits(path)).toBe(2);

    // The resource changed: the conditional request gets a full 200, which replaces the entry.
    origin.etag = '"v2"';
    const changed = await request(proxy.url, path);
    expect(xcache(changed)).toBe('MISS');
    expect(JSON.parse(changed.body).version).toBe('"v2"');
    const again = await request(proxy.url, path);
    expect(xcache(again)).toBe('HIT');
    expect(JSON.parse(again.body).version).toBe('"v2"');
    expect(origin.last(path)?.headers['if-none-match']).toBe('"v2"');

    const lm = '/last-modified?t=1';
    const lmFirst = await request(proxy.url, lm);
    expect(xcache(lmFirst)).toBe('MISS');
    const lmSecond = await request(proxy.url, lm);
    expect(xcache(lmSecond)).toBe('HIT');
    expect(lmSecond.body).toBe(lmFirst.body);
    expect(origin.last(lm)?.headers['if-modified-since']).toBe('Wed, 01 Jan 2025 00:00:00 GMT');
  });

  it("answers a client's own conditional request from a fresh entry with 304", async () => {
    const path = '/etag-fresh?t=1';
    expect(xcache(await request(proxy.url, path))).toBe('MISS');
    const conditional = await request(proxy.url, path, { headers: { 'If-None-Match': '"f1"' } });
    expect(conditional.status).toBe(304);
    expect(xcache(conditional)).toBe('HIT');
    expect(conditional.headers.etag).toBe('W/"f1"');
    const other = await request(proxy.url, path, { headers: { 'If-None-Match': '"zz"' } });
    expect(other.status).toBe(200);
    expect(origin.hits(path)).toBe(1);
  });

  it('drops stored copies when an unsafe method succeeds on the same URL', async () => {
    const path = '/fresh?t=invalidate';
    await request(proxy.url, path);
    expect(xcache(await request(proxy.url, path))).toBe('HIT');
    expect((await request(proxy.url, path, { method: 'DELETE' })).status).toBe(200);
    expect(xcache(await request(proxy.url, path))).toBe('MISS');
  });

  it('serves a stale entry when the origin answers 5xx or times out, and reports why', async () => {
    await request(proxy.url, '/flaky?t=5xx');
    await request(proxy.url, '/flaky?t=hang');
    await request(proxy.url, '/flaky?t=strict&must-revalidate');
    try {
      origin.flaky = 'fail';
      // must-revalidate forbids serving stale: once the last entry stored has expired (a HIT until
      // then), the origin's error goes through; the entries stored before it have expired too.
      await eventually(async () => expect((await request(proxy.url, '/flaky?t=strict&must-revalidate')).status).toBe(503), 5000, 100);
      const stale = await request(proxy.url, '/flaky?t=5xx');
      expect(stale.status).toBe(200);
      expect(xcache(stale)).toBe('STALE');
      expect(stale.headers['x-cache-stale-reason']).toMatch(/503/);
      expect(JSON.parse(stale.body)).toEqual({ good: true, hit: 1 });
      expect(origin.hits('/flaky?t=5xx')).toBe(2);

      const strict = await request(proxy.url, '/flaky?t=strict&must-revalidate');
      expect(strict.status).toBe(503);
      expect(xcache(strict)).toBe('MISS');

      // Without any stored copy a 5xx is passed through as the origin sent it.
      const fresh = await request(proxy.url, '/flaky?t=never-stored');
      expect(fresh.status).toBe(503);

      origin.flaky = 'hang';
      const timedOut = await request(proxy.url, '/flaky?t=hang');
      expect(xcache(timedOut)).toBe('STALE');
      expect(timedOut.headers['x-cache-stale-reason']).toMatch(/timeout/);
      const noEntry = await request(proxy.url, '/flaky?t=hang-no-entry');
      expect(noEntry.status).toBe(504);
      expect(JSON.parse(noEntry.body)).toMatchObject({ error: 'origin_timeout' });
    } finally {
      origin.flaky = 'ok';
    }
  });

  it('serves stale when the origin is unreachable and answers 502 JSON when nothing is stored', async () => {
    const second = await startOrigin();
    const dir = tempDir();
    const other = await startProxy(['--origin', second.url, '--cache-dir', join(dir, 'cache'), '--ttl', '1', '-q'], dir);
    expect(xcache(await request(other.url, '/plain?t=down'))).toBe('MISS');
    await second.close();
    // A HIT until the entry expires, then served stale because the origin is gone.
    const stale = await eventually(
      async () => {
        const answer = await request(other.url, '/plain?t=down');
        expect(xcache(answer)).toBe('STALE');
        return answer;
      },
      5000,
      100,
    );
    expect(stale.headers['x-cache-stale-reason']).toMatch(/unreachable.*ECONNREFUSED/);
    const missing = await request(other.url, '/never-seen');
    expect(missing.status).toBe(502);
    expect(missing.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.parse(missing.body)).toMatchObject({ error: 'origin_unreachable' });
    expect(JSON.parse(missing.body).message).toMatch(/ECONNREFUSED/);
  });

  it('--clear-cache empties the cache of the running proxy and says what it did', async () => {
    const path = '/fresh?t=clear';
    await request(proxy.url, path);
    expect(xcache(await request(proxy.url, path))).toBe('HIT');
    const cleared = await runCli(['--clear-cache', '--cache-dir', cacheDir], workDir);
    expect(cleared.code).toBe(0);
    expect(cleared.stdout).toMatch(/^Cleared \d+ cached responses? from .*cache/);
    const after = await request(proxy.url, path);
    expect(xcache(after)).toBe('MISS');
    expect(origin.hits(path)).toBe(2);
    expect(xcache(await request(proxy.url, path))).toBe('HIT');

    const nothing = await runCli(['--clear-cache'], tempDir());
    expect(nothing.code).toBe(0);
    expect(nothing.stdout).toMatch(/Nothing to clear/);
  });

  it('keeps entries across a restart and stops gracefully on SIGTERM with exit code 0', async () => {
    const dir = tempDir();
    const args = ['--origin', origin.url, '--cache-dir', join(dir, 'cache')];
    const first = await startProxy(args, dir);
    expect(xcache(await request(first.url, '/fresh?t=restart'))).toBe('MISS');
    expect(await first.stop()).toBe(0);
    expect(first.output()).toMatch(/stopped/);
    const second = await startProxy(args, dir);
    expect(second.output()).toMatch(/1 stored response\b/);
    expect(xcache(await request(second.url, '/fresh?t=restart'))).toBe('HIT');
    expect(origin.hits('/fresh?t=restart')).toBe(1);
  });

  it('bounds the cache: least recently used entries are evicted and large bodies are not stored', async () => {
    const dir = tempDir();
    const small = await startProxy(
      ['--origin', origin.url, '--cache-dir', join(dir, 'c'), '--max-entries', '2', '--max-body', '1KB', '-q'],
      dir,
    );
    await request(small.url, '/fresh?t=lru-a');
    await request(small.url, '/fresh?t=lru-b');
    expect(xcache(await request(small.url, '/fresh?t=lru-a'))).toBe('HIT'); // a is now the most recent
    await request(small.url, '/fresh?t=lru-c'); // evicts b
    expect(xcache(await request(small.url, '/fresh?t=lru-a'))).toBe('HIT');
    expect(xcache(await request(small.url, '/fresh?t=lru-c'))).toBe('HIT');
    expect(xcache(await request(small.url, '/fresh?t=lru-b'))).toBe('MISS');

    const big1 = await request(small.url, '/big?t=1');
    const big2 = await request(small.url, '/big?t=1');
    expect([xcache(big1), xcache(big2)]).toEqual(['MISS', 'MISS']);
    expect(big2.body).toHaveLength(2000);
  });

  describe('command line', () => {
    let dir: string;
    beforeAll(() => {
      dir = tempDir();
    });

    it('prints usage for --help and exits 0', async () => {
      const help = await runCli(['--help'], dir);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/Usage:[\s\S]*--origin[\s\S]*--clear-cache/);
    });

    it.each([
      [[], /give --port and --origin/],
      [['--port', '3000'], /missing --origin/],
      [['--origin', 'http://example.com'], /missing --port/],
      [['--port', '3000', '--origin', 'ftp://example.com'], /must be an http:\/\/ or https:\/\/ URL/],
      [['--port', '3000', '--origin', 'dummyjson'], /is not a URL/],
      [['--port', 'abc', '--origin', 'http://example.com'], /--port must be a whole number/],
      [['--port', '3000', '--origin', 'http://example.com', '--verbose'], /unknown option --verbose/],
      [['--prot', '3000'], /unknown option --prot \(did you mean --port\?\)/],
      [['--port', '--origin', 'http://example.com'], /--port needs a value/],
      [['--port', '3000', '--origin', 'http://example.com', '--ttl', '-5'], /--ttl must be a non-negative number/],
      [['--clear-cache', '--port', '3000'], /--clear-cache only goes with --cache-dir/],
    ])('rejects %j with exit code 2', async (args, message) => {
      const result = await runCli(args as string[], dir);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message as RegExp);
      expect(result.stderr).toMatch(/caching-proxy --help/);
    });

    it('exits 1 with a clear message when the port is taken', async () => {
      const port = await freePort();
      const blocker = createTcpServer();
      await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
      try {
        const result = await runCli(['--host', '127.0.0.1', '--port', String(port), '--origin', 'http://127.0.0.1:9'], dir);
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(new RegExp(`127\\.0\\.0\\.1:${port} is already in use`));
      } finally {
        await new Promise<void>((resolve) => blocker.close(() => resolve()));
      }
    });
  });
});
