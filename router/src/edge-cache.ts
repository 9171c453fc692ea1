import type { Pool } from 'undici';
import { EDGE_REPORT_AUDIENCE, INTERNAL_AUTH_HEADER, signRouterCall, type EdgeVisit, type Logger, type RouterSigner } from '../../kit';

/** A redirect the router may answer by itself until `until` (see kit/src/edge.ts for the protocol). */
export interface EdgeEntry {
  subgraph: string;
  /** The target before the request's query is merged onto it. */
  location: string;
  /** The subgraph's answer headers to send again (no Location, Date, request id or edge headers). */
  headers: Record<string, string | string[]>;
  /** Where on the subgraph the visits answered from this entry are reported. */
  reportPath: string;
  until: number;
  /** The last request query and the location it made (campaign links repeat the same query). */
  memo?: { query: string; location: string };
}

export interface EdgeCacheOptions {
  signer: RouterSigner;
  log: Logger;
  /** Most entries held (the oldest goes first). */
  maxEntries?: number;
  /** Reports are sent this often, or at once when {@link EdgeCacheOptions.reportBatch} visits wait. */
  reportEveryMs?: number;
  reportBatch?: number;
  /**
   * Visits waiting beyond this (the subgraph refuses or is down) turn the cache off for that subgraph:
   * its redirects are proxied again, so the subgraph counts them itself and nothing piles up here.
   */
  maxPending?: number;
}

interface Outbox {
  pool: Pool;
  reportPath: string;
  visits: EdgeVisit[];
  sending: boolean;
}

/**
 * The router's cache of redirects, and the visits it answered waiting to be reported. One per router
 * process. A cached redirect costs the router one map lookup instead of a round trip to the subgraph:
 * on `bench link-redirects` that is what takes the router's redirect rate close to a bare server's.
 */
export class EdgeCache {
  private readonly entries = new Map<string, EdgeEntry>();
  private readonly outboxes = new Map<string, Outbox>();
  private readonly timer: NodeJS.Timeout;
  private readonly maxEntries: number;
  private readonly reportBatch: number;
  private readonly maxPending: number;

  constructor(private readonly options: EdgeCacheOptions) {
    this.maxEntries = options.maxEntries ?? 10_000;
    this.reportBatch = options.reportBatch ?? 500;
    this.maxPending = options.maxPending ?? 100_000;
    this.timer = setInterval(() => void this.flush(), options.reportEveryMs ?? 250);
    this.timer.unref();
  }

  /** The live entry for a path, or undefined (an expired one is dropped; none while its visits cannot be reported). */
  get(path: string, now: number): EdgeEntry | undefined {
    const entry = this.entries.get(path);
    if (!entry) return undefined;
    if (entry.until <= now) {
      this.entries.delete(path);
      return undefined;
    }
    const outbox = this.outboxes.get(entry.subgraph);
    if (outbox && outbox.visits.length >= this.maxPending) return undefined;
    return entry;
  }

  set(path: string, entry: EdgeEntry): void {
    this.entries.delete(path);
    this.entries.set(path, entry);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  /** Drops every entry of a subgraph (a write went through to it, or it announced a change). */
  purgeSubgraph(subgraph: string): void {
    for (const [path, entry] of this.entries) if (entry.subgraph === subgraph) this.entries.delete(path);
  }

  /** Notes a visit answered from `entry`, to be reported to its subgraph through `pool`. */
  record(entry: EdgeEntry, pool: Pool, visit: EdgeVisit): void {
    let outbox = this.outboxes.get(entry.subgraph);
    if (!outbox) {
      outbox = { pool, reportPath: entry.reportPath, visits: [], sending: false };
      this.outboxes.set(entry.subgraph, outbox);
    }
    outbox.reportPath = entry.reportPath;
    outbox.visits.push(visit);
    if (outbox.visits.length >= this.reportBatch && !outbox.sending) void this.send(entry.subgraph, outbox);
  }

  /** Visits not yet accepted by their subgraph. */
  get pending(): number {
    let n = 0;
    for (const outbox of this.outboxes.values()) n += outbox.visits.length;
    return n;
  }

  /** Sends every waiting report once. */
  async flush(): Promise<void> {
    await Promise.all([...this.outboxes].map(([subgraph, outbox]) => (outbox.sending ? undefined : this.send(subgraph, outbox))));
  }

  /** Stops the timer and reports what is waiting (a few tries; what is still refused is logged as lost). */
  async close(): Promise<void> {
    clearInterval(this.timer);
    for (let attempt = 0; attempt < 3 && this.pending > 0; attempt++) {
      await this.flush();
      while ([...this.outboxes.values()].some((o) => o.sending)) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    if (this.pending > 0) this.options.log.error({ visits: this.pending }, 'edge cache: visits could not be reported before shutdown');
    this.entries.clear();
  }

  /** One report after another until the outbox is empty or the subgraph refuses; a refused batch stays first in line. */
  private async send(subgraph: string, outbox: Outbox): Promise<void> {
    outbox.sending = true;
    try {
      while (outbox.visits.length > 0) {
        const batch = outbox.visits.slice(0, this.reportBatch);
        const body = JSON.stringify({ visits: batch });
        let status = 0;
        try {
          const answer = await outbox.pool.request({
            path: outbox.reportPath,
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              [INTERNAL_AUTH_HEADER]: await signRouterCall(this.options.signer, EDGE_REPORT_AUDIENCE, outbox.reportPath, body),
            },
            body,
            headersTimeout: 5_000,
            bodyTimeout: 5_000,
          });
          status = answer.statusCode;
          await answer.body.dump();
        } catch (error) {
          this.options.log.warn(
            { subgraph, err: error, visits: batch.length },
            'edge cache: reporting visits failed; kept for the next try',
          );
          return;
        }
        if (status < 200 || status >= 300) {
          this.options.log.warn({ subgraph, status, visits: batch.length }, 'edge cache: visits refused; kept for the next try');
          return;
        }
        outbox.visits.splice(0, batch.length);
      }
    } finally {
      outbox.sending = false;
    }
  }
}
