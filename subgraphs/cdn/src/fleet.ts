import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Gauge, Registry } from 'prom-client';
import type { Logger } from '../../../kit';
import { Balancer, type Strategy } from './balancer';
import { EdgeNode, HEALTH_PATH, MAX_URL_LENGTH } from './edge';

/** What a distribution needs to run: its row's fields. */
export interface DistributionSpec {
  id: string;
  originUrl: string;
  strategy: Strategy;
  nodeCount: number;
  cacheBytes: number;
}

export interface HealthSettings {
  intervalMs: number;
  threshold: number;
  timeoutMs: number;
}

/** One edge node of a distribution and what the health loop knows of it. */
export class EdgeHandle {
  /** In the balancer: cleared after `threshold` failed probes, set again after as many good ones. */
  healthy = true;
  /** Running (false after `setOnline(false)`, the simulated outage). */
  online = true;
  private failures = 0;
  private successes = 0;
  private port = 0;

  constructor(
    readonly index: number,
    readonly id: string,
    readonly edge: EdgeNode,
  ) {}

  get active(): number {
    return this.edge.active;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    await this.edge.start(this.port);
    this.port = this.edge.port;
    this.online = true;
  }

  async stop(): Promise<void> {
    this.online = false;
    await this.edge.stop();
  }

  /** Records a probe's result; returns whether the node's health changed. */
  record(ok: boolean, threshold: number): boolean {
    if (ok) {
      this.failures = 0;
      this.successes++;
      if (!this.healthy && this.successes >= threshold) return (this.healthy = true);
    } else {
      this.successes = 0;
      this.failures++;
      if (this.healthy && this.failures >= threshold) return !(this.healthy = false);
    }
    return false;
  }
}

/** A running distribution: its edge nodes and the front door that balances requests over them. */
export class RunningDistribution {
  readonly nodes: EdgeHandle[];
  private readonly balancer: Balancer<EdgeHandle>;
  private front: Server | undefined;

  constructor(readonly spec: DistributionSpec) {
    this.nodes = Array.from(
      { length: spec.nodeCount },
      (_, i) => new EdgeHandle(i, `${spec.id}#${i}`, new EdgeNode({ origin: spec.originUrl, cacheBytes: spec.cacheBytes })),
    );
    this.balancer = new Balancer(spec.strategy, this.nodes);
  }

  /** The front door's URL: what clients of the distribution request. */
  get endpoint(): string {
    const port = (this.front?.address() as AddressInfo | null)?.port ?? 0;
    return `http://127.0.0.1:${port}`;
  }

  async start(): Promise<void> {
    for (const node of this.nodes) await node.start();
    const front = createServer((req, res) => this.forward(req, res));
    await new Promise<void>((resolve, reject) => {
      front.once('error', reject);
      front.listen(0, '127.0.0.1', () => resolve());
    });
    this.front = front;
  }

  async stop(): Promise<void> {
    const front = this.front;
    this.front = undefined;
    if (front) {
      front.closeAllConnections();
      await new Promise<void>((resolve) => front.close(() => resolve()));
    }
    await Promise.all(this.nodes.map((n) => n.stop()));
  }

  purgeUrl(path: string): number {
    return this.nodes.reduce((sum, n) => sum + n.edge.purgeUrl(path), 0);
  }

  purgeTag(tag: string): number {
    return this.nodes.reduce((sum, n) => sum + n.edge.purgeTag(tag), 0);
  }

  /** Picks a healthy node (consistent hashing keys on the path) and proxies the request to it. */
  private forward(req: IncomingMessage, res: ServerResponse): void {
    const path = req.url ?? '/';
    const node = path.length > MAX_URL_LENGTH ? undefined : this.balancer.pick(path);
    if (!node) {
      res.writeHead(path.length > MAX_URL_LENGTH ? 414 : 503, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
      res.end(path.length > MAX_URL_LENGTH ? 'URI too long\n' : 'no healthy edge node\n');
      return;
    }
    const upstream = request(`${node.url}${path}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-edge-node': String(node.index) });
      answer.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('bad gateway\n');
    });
    req.pipe(upstream);
  }
}

/** Latency percentiles of a node's recent requests, in ms (0 before any request). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** What a node reports: in GraphQL (`EdgeNodeStatus`) and in /metrics. */
export interface NodeReport {
  index: number;
  url: string;
  online: boolean;
  healthy: boolean;
  hits: number;
  misses: number;
  hitRatio: number;
  bytesSaved: number;
  originRequests: number;
  originBytes: number;
  cachedObjects: number;
  cachedBytes: number;
  latencyP50Ms: number;
  latencyP95Ms: number;
}

export function reportOf(node: EdgeHandle): NodeReport {
  const s = node.edge.stats;
  const served = s.hits + s.misses;
  return {
    index: node.index,
    url: node.url,
    online: node.online,
    healthy: node.healthy,
    hits: s.hits,
    misses: s.misses,
    hitRatio: served ? s.hits / served : 0,
    bytesSaved: s.bytesSaved,
    originRequests: s.originRequests,
    originBytes: s.originBytes,
    cachedObjects: node.edge.cache.size,
    cachedBytes: node.edge.cache.bytes,
    latencyP50Ms: percentile(s.latenciesMs, 50),
    latencyP95Ms: percentile(s.latenciesMs, 95),
  };
}

/**
 * The edge fleet of one subgraph process: every distribution's nodes and front door, the health loop
 * (probe, failover after `threshold` failures, recovery after as many successes) and the Prometheus
 * gauges. One per start (the `start` hook's closure).
 */
export class Fleet {
  readonly metrics = new Registry();
  private readonly running = new Map<string, RunningDistribution>();
  private timer: NodeJS.Timeout | undefined;
  private probing = false;

  constructor(
    private readonly health: HealthSettings,
    private readonly log?: Logger,
  ) {
    const running = this.running;
    const gauge = (name: string, help: string, value: (r: NodeReport) => number) =>
      new Gauge({
        name: `hubgraph_cdn_edge_${name}`,
        help,
        labelNames: ['distribution', 'node'] as const,
        registers: [this.metrics],
        collect() {
          this.reset();
          for (const [id, d] of running) {
            for (const n of d.nodes) this.set({ distribution: id, node: String(n.index) }, value(reportOf(n)));
          }
        },
      });
    gauge('hits', 'Requests an edge node answered from its cache (coalesced misses included).', (r) => r.hits);
    gauge('misses', 'Requests an edge node sent to the origin.', (r) => r.misses);
    gauge('hit_ratio', 'hits / (hits + misses) of an edge node since start.', (r) => r.hitRatio);
    gauge('bytes_saved', 'Body bytes an edge node served from its cache instead of the origin.', (r) => r.bytesSaved);
    gauge('origin_bytes', 'Body bytes an edge node fetched from the origin.', (r) => r.originBytes);
    gauge('cached_bytes', "Bytes in an edge node's cache (bounded by the distribution's cacheBytes).", (r) => r.cachedBytes);
    gauge('healthy', 'Whether an edge node is in the balancer (1) or failed over (0).', (r) => (r.healthy ? 1 : 0));
    gauge('latency_p50_seconds', "Median latency of an edge node's recent requests.", (r) => r.latencyP50Ms / 1000);
    gauge('latency_p95_seconds', "95th percentile latency of an edge node's recent requests.", (r) => r.latencyP95Ms / 1000);
  }

  get(id: string): RunningDistribution | undefined {
    return this.running.get(id);
  }

  /** The ids of the distributions this fleet runs. */
  ids(): string[] {
    return [...this.running.keys()];
  }

  /** Starts a distribution's nodes and front door (idempotent). */
  async launch(spec: DistributionSpec): Promise<RunningDistribution> {
    const existing = this.running.get(spec.id);
    if (existing) return existing;
    const d = new RunningDistribution(spec);
    this.running.set(spec.id, d);
    try {
      await d.start();
    } catch (error) {
      this.running.delete(spec.id);
      await d.stop();
      throw error;
    }
    return d;
  }

  async retire(id: string): Promise<void> {
    const d = this.running.get(id);
    this.running.delete(id);
    await d?.stop();
  }

  startHealthLoop(): void {
    this.timer = setInterval(() => void this.probeAll(), this.health.intervalMs);
    this.timer.unref();
  }

  /** One round of probes over every node of every distribution (skipped while the last one runs). */
  async probeAll(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    try {
      const nodes = [...this.running.values()].flatMap((d) => d.nodes);
      await Promise.all(
        nodes.map(async (n) => {
          if (!n.record(await this.probe(n), this.health.threshold)) return;
          if (n.healthy) this.log?.info({ node: n.id }, 'cdn edge node recovered: back in the balancer');
          else this.log?.warn({ node: n.id }, 'cdn edge node failed its health checks: failed over');
        }),
      );
    } finally {
      this.probing = false;
    }
  }

  private async probe(node: EdgeHandle): Promise<boolean> {
    try {
      const res = await fetch(`${node.url}${HEALTH_PATH}`, { signal: AbortSignal.timeout(this.health.timeoutMs) });
      await res.arrayBuffer();
      return res.status === 200;
    } catch {
      return false;
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    const all = [...this.running.keys()];
    await Promise.all(all.map((id) => this.retire(id)));
  }
}
