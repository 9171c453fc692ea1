import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Balancer } from '../src/balancer';
import { ByteLru } from '../src/cache';
import { EdgeNode } from '../src/edge';
import { storability } from '../src/policy';
import { HashRing } from '../src/ring';

interface Origin {
  url: string;
  hits: Map<string, number>;
  headersFor: (path: string) => Record<string, string>;
  release?: () => void;
  gate?: Promise<void>;
  close: () => Promise<void>;
}

async function startOrigin(headersFor: (path: string) => Record<string, string>): Promise<Origin> {
  const origin: Origin = { url: '', hits: new Map(), headersFor, close: async () => {} };
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    origin.hits.set(path, (origin.hits.get(path) ?? 0) + 1);
    void (async () => {
      if (origin.gate) await origin.gate;
      const headers = origin.headersFor(path);
      if (headers['etag'] && req.headers['if-none-match'] === headers['etag']) {
        res.writeHead(304, { etag: headers['etag'], 'cache-control': headers['cache-control'] ?? '' });
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'text/plain', ...headers });
      res.end(path === '/v' ? `body of /v ${String(req.headers['accept-language'])}` : `body of ${path} `);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  origin.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  origin.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return origin;
}

describe('cdn edge node', () => {
  let origin: Origin;
  let edge: EdgeNode;
  let now = 1_000_000;
  let headers: Record<string, Record<string, string>> = {};

  beforeEach(async () => {
    now = 1_000_000;
    headers = {};
    origin = await startOrigin((path) => headers[path] ?? { 'cache-control': 'max-age=60' });
    edge = new EdgeNode({ origin: origin.url, cacheBytes: 64 * 1024, now: () => now });
    await edge.start();
  });

  afterEach(async () => {
    await edge.stop();
    await origin.close();
  });

  const get = (path: string, init?: RequestInit) => fetch(`${edge.url}${path}`, init);

  it('serves a miss from the origin, then a hit from the cache until max-age passes', async () => {
    expect((await get('/a')).headers.get('x-cache')).toBe('MISS');
    const hit = await get('/a');
    expect(hit.headers.get('x-cache')).toBe('HIT');
    expect(await hit.text()).toBe('body of /a ');
    expect(origin.hits.get('/a')).toBe(1);
    now += 61_000;
    expect((await get('/a')).headers.get('x-cache')).toBe('MISS');
    expect(origin.hits.get('/a')).toBe(2);
    expect(edge.stats.bytesSaved).toBe('body of /a '.length);
  });

  it('does not store no-store or private responses, and revalidates no-cache every time', async () => {
    headers['/ns'] = { 'cache-control': 'no-store' };
    headers['/pv'] = { 'cache-control': 'private, max-age=60' };
    headers['/nc'] = { 'cache-control': 'no-cache, max-age=60', etag: '"v1"' };
    for (const path of ['/ns', '/pv', '/nc']) {
      await get(path);
      await get(path);
    }
    expect(origin.hits.get('/ns')).toBe(2);
    expect(origin.hits.get('/pv')).toBe(2);
    expect(origin.hits.get('/nc')).toBe(2);
    expect(edge.stats.revalidations).toBe(1);
  });

  it('revalidates a stale entry with If-None-Match and keeps the body on 304', async () => {
    headers['/e'] = { 'cache-control': 'max-age=10', etag: '"abc"' };
    await get('/e');
    now += 11_000;
    const res = await get('/e');
    expect(await res.text()).toBe('body of /e ');
    expect(edge.stats.revalidations).toBe(1);
    expect(origin.hits.get('/e')).toBe(2);
    expect((await get('/e')).headers.get('x-cache')).toBe('HIT');
  });

  it('coalesces concurrent misses of one key into one origin request', async () => {
    let release!: () => void;
    origin.gate = new Promise<void>((resolve) => (release = resolve));
    const pending = Array.from({ length: 10 }, () => get('/c').then((r) => r.text()));
    while ((origin.hits.get('/c') ?? 0) === 0) await new Promise((r) => setImmediate(r));
    release();
    const bodies = await Promise.all(pending);
    expect(new Set(bodies)).toEqual(new Set(['body of /c ']));
    expect(origin.hits.get('/c')).toBe(1);
  });

  it('keys on an allow-listed Vary header and refuses to cache other Vary values', async () => {
    headers['/v'] = { 'cache-control': 'max-age=60', vary: 'Accept-Language' };
    headers['/x'] = { 'cache-control': 'max-age=60', vary: 'Cookie' };
    await get('/v', { headers: { 'accept-language': 'fr' } });
    const en = await get('/v', { headers: { 'accept-language': 'en' } });
    expect(await en.text()).toBe('body of /v en');
    const fr = await get('/v', { headers: { 'accept-language': 'fr' } });
    expect(await fr.text()).toBe('body of /v fr');
    await get('/x');
    await get('/x');
    expect(origin.hits.get('/x')).toBe(2);
  });

  it('purges by tag from Surrogate-Key and Cache-Tag, and by URL', async () => {
    headers['/t1'] = { 'cache-control': 'max-age=60', 'surrogate-key': 'post-1 home' };
    headers['/t2'] = { 'cache-control': 'max-age=60', 'cache-tag': 'home,list' };
    headers['/t3'] = { 'cache-control': 'max-age=60' };
    for (const p of ['/t1', '/t2', '/t3']) await get(p);
    expect(edge.purgeTag('home')).toBe(2);
    expect(edge.purgeUrl('/t3')).toBe(1);
    expect(edge.cache.size).toBe(0);
  });

  it('refuses an over-long URL with 414', async () => {
    expect((await get(`/${'a'.repeat(3000)}`)).status).toBe(414);
  });
});

describe('cdn building blocks', () => {
  it('bounds the LRU in bytes and evicts the least recently used', () => {
    const lru = new ByteLru(100);
    const entry = (key: string, size: number) => ({
      key,
      status: 200,
      headers: {},
      body: Buffer.alloc(0),
      storedAt: 0,
      ttlMs: 1,
      etag: undefined,
      tags: [],
      size,
    });
    lru.set(entry('a', 40));
    lru.set(entry('b', 40));
    lru.get('a');
    lru.set(entry('c', 40));
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBeDefined();
    expect(lru.bytes).toBe(80);
    expect(lru.set(entry('huge', 101))).toBe(false);
  });

  it('prefers s-maxage, subtracts Age, and falls back to Expires', () => {
    expect(storability(200, { 'cache-control': 'max-age=10, s-maxage=100', age: '40' }, 0).ttlMs).toBe(60_000);
    const date = 'Fri, 04 Dec 2026 12:00:00 GMT';
    const expires = 'Fri, 04 Dec 2026 12:00:30 GMT';
    expect(storability(200, { expires, date }, 0).ttlMs).toBe(30_000);
    expect(storability(200, {}, 0).store).toBe(false);
  });

  it('remaps about 1/n of the keys when a node joins a consistent-hash ring', () => {
    const ring = new HashRing(160);
    for (const n of ['n1', 'n2', 'n3', 'n4']) ring.add(n);
    const keys = Array.from({ length: 10_000 }, (_, i) => `/object/${i}`);
    const before = keys.map((k) => ring.lookup(k));
    ring.add('n5');
    const moved = keys.filter((k, i) => ring.lookup(k) !== before[i]);
    // Ideal is 1/5 = 20%; every moved key moved to the new node.
    expect(moved.length / keys.length).toBeGreaterThan(0.12);
    expect(moved.length / keys.length).toBeLessThan(0.28);
    expect(moved.every((k) => ring.lookup(k) === 'n5')).toBe(true);
  });
});

describe('cdn balancer', () => {
  const nodes = () => ['a', 'b', 'c'].map((id) => ({ id, active: 0, healthy: true }));

  it('round robin rotates, least connections picks the idlest, and a down node is skipped until it recovers', () => {
    const ns = nodes();
    const rr = new Balancer('ROUND_ROBIN', ns);
    expect([1, 2, 3].map(() => rr.pick('/k')?.id)).toEqual(['a', 'b', 'c']);
    ns[0]!.active = 5;
    ns[1]!.active = 1;
    ns[2]!.active = 3;
    expect(new Balancer('LEAST_CONNECTIONS', ns).pick('/k')?.id).toBe('b');
    const ch = new Balancer('CONSISTENT_HASH', ns);
    const owner = ch.pick('/key')!;
    owner.healthy = false;
    expect(ch.pick('/key')?.id).not.toBe(owner.id);
    owner.healthy = true;
    expect(ch.pick('/key')?.id).toBe(owner.id);
  });
});
