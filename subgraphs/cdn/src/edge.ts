import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ByteLru, type CachedResponse } from './cache';
import { storability, surrogateTags, VARY_ALLOW_LIST } from './policy';

export const MAX_URL_LENGTH = 2048;
/** The path an edge node answers itself, for health checks. */
export const HEALTH_PATH = '/__edge/health';
const MAX_OBJECT_BYTES = 16 * 1024 * 1024;
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'content-length']);

export interface EdgeStats {
  hits: number;
  misses: number;
  revalidations: number;
  originRequests: number;
  originBytes: number;
  bytesSaved: number;
  latenciesMs: number[];
}

export interface EdgeOptions {
  /** Origin base URL, e.g. http://127.0.0.1:4011/media. */
  origin: string;
  cacheBytes: number;
  /** Clock in ms (deps.clock in the subgraph, a TestClock in tests). */
  now?: () => number;
}

interface Fetched {
  entry: CachedResponse;
  cacheable: boolean;
}

/** An edge node: a loopback HTTP server caching GET/HEAD responses of one origin. */
export class EdgeNode {
  readonly cache: ByteLru;
  readonly stats: EdgeStats = {
    hits: 0,
    misses: 0,
    revalidations: 0,
    originRequests: 0,
    originBytes: 0,
    bytesSaved: 0,
    latenciesMs: [],
  };
  active = 0;
  private server: Server | undefined;
  private readonly inflight = new Map<string, Promise<Fetched>>();
  /** Per path: the request headers its responses vary on. */
  private readonly varyByPath = new Map<string, string[]>();
  private readonly now: () => number;

  constructor(private readonly options: EdgeOptions) {
    this.cache = new ByteLru(options.cacheBytes);
    this.now = options.now ?? Date.now;
  }

  get port(): number {
    return (this.server?.address() as AddressInfo | null)?.port ?? 0;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(port = 0): Promise<void> {
    const server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  purgeUrl(path: string): number {
    return this.cache.deleteWhere((e) => e.key === path || e.key.startsWith(`${path}\n`));
  }

  purgeTag(tag: string): number {
    return this.cache.deleteWhere((e) => e.tags.includes(tag));
  }

  private cacheKey(path: string, req: IncomingMessage): string {
    const vary = this.varyByPath.get(path) ?? [];
    return vary.length ? `${path}\n${vary.map((h) => `${h}=${String(req.headers[h] ?? '')}`).join('\n')}` : path;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // The fleet's health probe: answered by the node itself, never counted, never sent to the origin.
    if (req.url === HEALTH_PATH) return this.reply(res, 200, { 'cache-control': 'no-store' }, Buffer.from('ok\n'), 'HEALTH');
    const started = performance.now();
    this.active++;
    try {
      const path = req.url ?? '/';
      if (path.length > MAX_URL_LENGTH) return this.reply(res, 414, {}, Buffer.from('URI too long\n'), 'ERROR');
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        return this.reply(res, 405, { allow: 'GET, HEAD' }, Buffer.alloc(0), 'ERROR');
      }
      const key = this.cacheKey(path, req);
      const cached = this.cache.get(key);
      if (cached && this.now() - cached.storedAt < cached.ttlMs) {
        this.stats.hits++;
        this.stats.bytesSaved += cached.body.length;
        return this.reply(res, cached.status, cached.headers, req.method === 'HEAD' ? Buffer.alloc(0) : cached.body, 'HIT');
      }
      let flight = this.inflight.get(key);
      const leader = !flight;
      if (!flight) {
        flight = this.fetchOrigin(path, req, key, cached).finally(() => this.inflight.delete(key));
        this.inflight.set(key, flight);
      }
      const { entry } = await flight;
      if (leader) this.stats.misses++;
      else {
        this.stats.hits++;
        this.stats.bytesSaved += entry.body.length;
      }
      return this.reply(res, entry.status, entry.headers, req.method === 'HEAD' ? Buffer.alloc(0) : entry.body, leader ? 'MISS' : 'HIT');
    } catch {
      return this.reply(res, 502, {}, Buffer.from('bad gateway\n'), 'ERROR');
    } finally {
      this.active--;
      this.stats.latenciesMs.push(performance.now() - started);
      if (this.stats.latenciesMs.length > 10_000) this.stats.latenciesMs.splice(0, 5_000);
    }
  }

  private async fetchOrigin(path: string, req: IncomingMessage, key: string, stale: CachedResponse | undefined): Promise<Fetched> {
    const headers: Record<string, string> = {};
    for (const h of VARY_ALLOW_LIST) {
      const v = req.headers[h];
      if (typeof v === 'string') headers[h] = v;
    }
    if (stale?.etag) headers['if-none-match'] = stale.etag;
    this.stats.originRequests++;
    const response = await fetch(`${this.options.origin.replace(/\/$/, '')}${path}`, { headers, redirect: 'manual' });
    const responseHeaders: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      if (!HOP_BY_HOP.has(name)) responseHeaders[name] = value;
    });
    const now = this.now();
    if (response.status === 304 && stale) {
      await response.arrayBuffer();
      this.stats.revalidations++;
      const merged = { ...stale.headers, ...responseHeaders };
      const policy = storability(stale.status, merged, now);
      const refreshed: CachedResponse = { ...stale, headers: merged, storedAt: now, ttlMs: policy.ttlMs };
      if (policy.store) this.cache.set(refreshed);
      else this.cache.delete(key);
      return { entry: refreshed, cacheable: policy.store };
    }
    const body = Buffer.from(await response.arrayBuffer());
    this.stats.originBytes += body.length;
    const policy = storability(response.status, responseHeaders, now);
    const vary = (responseHeaders['vary'] ?? '')
      .split(',')
      .map((v) => v.trim().toLowerCase())
      .filter(Boolean)
      .sort();
    let storeKey = key;
    if (policy.store && vary.join() !== (this.varyByPath.get(path) ?? []).join()) {
      this.varyByPath.set(path, vary);
      storeKey = this.cacheKey(path, req);
    }
    const size = body.length + JSON.stringify(responseHeaders).length + storeKey.length;
    const entry: CachedResponse = {
      key: storeKey,
      status: response.status,
      headers: responseHeaders,
      body,
      storedAt: now,
      ttlMs: policy.ttlMs,
      etag: responseHeaders['etag'],
      tags: surrogateTags(responseHeaders),
      size,
    };
    const cacheable = policy.store && body.length <= MAX_OBJECT_BYTES && this.cache.set(entry);
    if (!cacheable) this.cache.delete(key);
    return { entry, cacheable };
  }

  private reply(res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer, state: string): void {
    const out = { ...headers };
    delete out['surrogate-key'];
    delete out['cache-tag'];
    res.writeHead(status, { ...out, 'x-cache': state, 'content-length': String(body.length) });
    res.end(body);
  }
}
