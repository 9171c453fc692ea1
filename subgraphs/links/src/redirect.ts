import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Knex } from '@mikro-orm/knex';
import {
  EDGE_LOCATION_HEADER,
  EDGE_REPORT_AUDIENCE,
  EDGE_REPORT_HEADER,
  EDGE_TTL_HEADER,
  INTERNAL_AUTH_HEADER,
  newId,
  parseEdgeReport,
  readBody,
  sendJson,
  verifyRouterCall,
  withQuery,
  type Clock,
  type EdgeVisit,
  type HttpRoute,
  type Logger,
  type Orm,
  type PubSub,
  type RouterKeys,
} from '../../../kit';
import type { LinksConfig } from './config';
import { LinkVisit, ShortLink, type Device } from './entities';

/** Pub/sub topic on which every replica hears that a code's link changed (or was created or deleted). */
export const LINK_CHANGED_TOPIC = 'links:changed';

/** Where the router reports the visits it answered from its edge cache (`_` never starts a code). */
export const EDGE_REPORT_PATH = '/s/_edge-visits';

/** Codes and slugs: the characters a code may hold (checked before the database is asked). */
export const CODE = /^[A-Za-z0-9_-]{1,64}$/;

/** What a redirect needs of a link, cached per code (null: no such code). */
interface LinkEntry {
  id: string;
  target: string;
  validFrom: number | null;
  validUntil: number | null;
  maxVisits: number | null;
}

interface PendingVisit {
  linkId: string;
  visitedAt: Date;
  referrerHost: string | null;
  device: Device;
  /** Already counted in `visit_count` (a link with maxVisits reserves its visits at redirect time). */
  reserved: boolean;
}

const BOT =
  /bot|crawl|spider|slurp|facebookexternalhit|embedly|preview|curl|wget|python|httpclient|okhttp|go-http|java\/|headless|monitor|scan/i;
const TABLET = /ipad|tablet|playbook|silk|kindle|android(?!.*mobi)/i;
const MOBILE = /mobi|iphone|ipod|windows phone|blackberry|opera mini|iemobile/i;

/** The device class of a User-Agent: BOT (crawlers, link previews, scripts, no UA), TABLET, MOBILE, else DESKTOP. */
export function deviceOf(userAgent: string | undefined): Device {
  const ua = userAgent?.trim() ?? '';
  if (!ua || BOT.test(ua)) return 'BOT';
  if (TABLET.test(ua)) return 'TABLET';
  if (MOBILE.test(ua)) return 'MOBILE';
  return 'DESKTOP';
}

/** The referrer's host name (lower case), or null when there is none or it is not a URL. */
export function referrerHostOf(referer: string | undefined): string | null {
  if (!referer) return null;
  try {
    const host = new URL(referer).hostname.toLowerCase();
    return host && host.length <= 255 ? host : null;
  } catch {
    return null;
  }
}

function refuse(req: IncomingMessage, res: ServerResponse, status: 404 | 410, message: string): void {
  const json = /application\/json/.test(req.headers.accept ?? '');
  const title = status === 404 ? 'Not found' : 'Gone';
  const body = json
    ? JSON.stringify({ error: { status, code: status === 404 ? 'NOT_FOUND' : 'GONE', message } })
    : `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1><p>${message}</p></body></html>`;
  res.writeHead(status, {
    'content-type': json ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(body);
}

/**
 * The redirect side of one started links subgraph: a per-replica cache of code → link (short TTL,
 * dropped on change through pub/sub), the visit buffer written in batches, and the `/s/{code}` route.
 */
export class LinkRuntime {
  private readonly cache = new Map<string, { entry: LinkEntry | null; until: number }>();
  private buffer: PendingVisit[] = [];
  private flushing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private changes: AsyncIterableIterator<{ code: string }> | null = null;
  private orm: Orm | null = null;
  private clock: Clock | null = null;
  private routerKeys: RouterKeys | null = null;

  constructor(
    private readonly config: LinksConfig,
    private readonly log: Logger,
  ) {}

  /** Starts the flush timer and the invalidation listener (the definition's `start` hook). */
  start(orm: Orm, pubsub: PubSub, clock: Clock, routerKeys: RouterKeys): void {
    this.orm = orm;
    this.clock = clock;
    this.routerKeys = routerKeys;
    this.timer = setInterval(() => void this.flush(), this.config.LINKS_FLUSH_MS);
    this.timer.unref();
    const changes = pubsub.subscribe<{ code: string }>(LINK_CHANGED_TOPIC);
    this.changes = changes;
    void (async () => {
      try {
        for await (const change of changes) this.cache.delete(change.code);
      } catch (error) {
        this.log.warn({ err: error }, 'links: invalidation listener ended');
      }
    })();
  }

  /** Stops the timer and the listener, then writes what is still buffered. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.changes?.return?.();
    await this.flush();
    if (this.buffer.length) await this.flush(); // one more try for a batch put back by a failure
    this.cache.clear();
  }

  /** Drops this replica's cached entry at once (the caller also publishes the change for the others). */
  invalidate(code: string): void {
    this.cache.delete(code);
  }

  /** Visits waiting to be written (for tests and metrics). */
  get pending(): number {
    return this.buffer.length;
  }

  private async lookup(code: string): Promise<LinkEntry | null> {
    const now = Date.now();
    const held = this.cache.get(code);
    if (held && held.until > now) return held.entry;
    const row = await this.orm!.em.fork().findOne(
      ShortLink,
      { code },
      { fields: ['id', 'target', 'validFrom', 'validUntil', 'maxVisits'] },
    );
    const entry = row
      ? {
          id: row.id,
          target: row.target,
          validFrom: row.validFrom?.getTime() ?? null,
          validUntil: row.validUntil?.getTime() ?? null,
          maxVisits: row.maxVisits ?? null,
        }
      : null;
    if (this.config.LINKS_CACHE_TTL_MS > 0) {
      this.cache.delete(code);
      this.cache.set(code, { entry, until: now + this.config.LINKS_CACHE_TTL_MS });
      if (this.cache.size > this.config.LINKS_CACHE_MAX) this.cache.delete(this.cache.keys().next().value!);
    }
    return entry;
  }

  /** Counts one visit of a link with maxVisits in its stored counter, if one is left: one conditional UPDATE. */
  private async reserve(entry: LinkEntry): Promise<boolean> {
    const knex = this.orm!.em.fork().getKnex();
    const changed = await knex('short_links').where('id', entry.id).where('visit_count', '<', entry.maxVisits!).increment('visit_count', 1);
    return Number(changed) === 1;
  }

  private record(visit: PendingVisit): void {
    this.buffer.push(visit);
    if (this.buffer.length >= this.config.LINKS_FLUSH_MAX) void this.flush();
  }

  /**
   * Writes the buffered visits: one multi-row insert per 500 and one counter update per link, in one
   * transaction. A failed batch goes back to the front of the buffer for the next flush; flushes never overlap.
   */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing.then(() => (this.buffer.length ? this.flush() : undefined));
    if (!this.buffer.length || !this.orm) return Promise.resolve();
    const batch = this.buffer;
    this.buffer = [];
    this.flushing = this.write(batch)
      .catch((error: unknown) => {
        this.log.error({ err: error, visits: batch.length }, 'links: writing visits failed; kept for the next flush');
        this.buffer = [...batch, ...this.buffer];
      })
      .finally(() => {
        this.flushing = null;
      });
    return this.flushing;
  }

  private async write(batch: PendingVisit[]): Promise<void> {
    const counts = new Map<string, number>();
    for (const v of batch) if (!v.reserved) counts.set(v.linkId, (counts.get(v.linkId) ?? 0) + 1);
    await this.orm!.em.fork().transactional(async (tx) => {
      for (let i = 0; i < batch.length; i += 500) {
        await tx.insertMany(
          LinkVisit,
          batch.slice(i, i + 500).map((v) => ({
            id: newId(),
            createdAt: v.visitedAt,
            updatedAt: v.visitedAt,
            linkId: v.linkId,
            visitedAt: v.visitedAt,
            day: v.visitedAt.toISOString().slice(0, 10),
            referrerHost: v.referrerHost,
            device: v.device,
          })),
        );
      }
      const knex = tx.getKnex();
      const trx = tx.getTransactionContext<Knex.Transaction>()!;
      for (const [linkId, n] of counts) await knex('short_links').where('id', linkId).increment('visit_count', n).transacting(trx);
    });
  }

  /** GET /s/{code}: 302 to the target (query merged), 404/410 with a small body otherwise. */
  async redirect(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://links.invalid');
    const code = url.pathname.slice('/s/'.length).replace(/\/$/, '');
    if (!CODE.test(code)) return refuse(req, res, 404, 'No such short link.');
    const entry = await this.lookup(code);
    if (!entry) return refuse(req, res, 404, 'No such short link.');
    const now = this.clock!.now();
    if (entry.validFrom !== null && now.getTime() < entry.validFrom) return refuse(req, res, 404, 'This short link is not active yet.');
    if (entry.validUntil !== null && now.getTime() >= entry.validUntil) return refuse(req, res, 410, 'This short link has expired.');
    let reserved = false;
    if (entry.maxVisits !== null) {
      if (!(await this.reserve(entry))) return refuse(req, res, 410, 'This short link has reached its maximum number of visits.');
      reserved = true;
    }
    const location = withQuery(entry.target, url.searchParams);
    this.record({
      linkId: entry.id,
      visitedAt: now,
      referrerHost: referrerHostOf(req.headers.referer),
      device: deviceOf(req.headers['user-agent']),
      reserved,
    });
    // 302, not 301/308: browsers and proxies would cache a permanent redirect, so later visits would
    // never reach us (not counted, no expiry or visit limit) and a changed target would not be seen.
    const headers: Record<string, string | number> = { location, 'cache-control': 'private, no-store', 'content-length': 0 };
    // The router may answer this code by itself for a while (kit/src/edge.ts), reporting its visits here:
    // not a link with a visit limit (each visit is reserved here), never past the link's end date.
    const edgeTtl = Math.min(this.config.LINKS_EDGE_TTL_MS, entry.validUntil === null ? Infinity : entry.validUntil - now.getTime());
    if (entry.maxVisits === null && edgeTtl > 0) {
      headers[EDGE_TTL_HEADER] = String(edgeTtl);
      headers[EDGE_LOCATION_HEADER] = entry.target;
      headers[EDGE_REPORT_HEADER] = EDGE_REPORT_PATH;
    }
    res.writeHead(302, headers);
    res.end();
  }

  /**
   * POST /s/_edge-visits: the visits the router answered from its edge cache, signed by the router.
   * Each is counted like one served here (device and referrer from its own headers), dated when the
   * router answered it (never in the future); a code that is gone or now limited is skipped.
   */
  async acceptEdgeVisits(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: string;
    try {
      body = await readBody(req, 1024 * 1024);
    } catch {
      return sendJson(res, 413, { error: 'report too large' });
    }
    const token = req.headers[INTERNAL_AUTH_HEADER];
    if (
      !(await verifyRouterCall(
        this.routerKeys!,
        EDGE_REPORT_AUDIENCE,
        typeof token === 'string' ? token : undefined,
        EDGE_REPORT_PATH,
        body,
      ))
    ) {
      return sendJson(res, 401, { error: 'not signed by the router' });
    }
    const visits = parseEdgeReport(body);
    if (!visits) return sendJson(res, 400, { error: 'not a visit report' });
    const now = this.clock!.now().getTime();
    for (const visit of visits) await this.recordEdgeVisit(visit, now);
    res.writeHead(204).end();
  }

  private async recordEdgeVisit(visit: EdgeVisit, now: number): Promise<void> {
    const code = visit.path.slice('/s/'.length).replace(/\/$/, '');
    if (!visit.path.startsWith('/s/') || !CODE.test(code)) return;
    const entry = await this.lookup(code);
    if (!entry || entry.maxVisits !== null) return;
    this.record({
      linkId: entry.id,
      visitedAt: new Date(Math.min(visit.at, now)),
      referrerHost: referrerHostOf(visit.referer),
      device: deviceOf(visit.userAgent),
      reserved: false,
    });
  }

  routes(): HttpRoute[] {
    return [
      { method: 'POST', path: EDGE_REPORT_PATH, handler: (req, res) => this.acceptEdgeVisits(req, res) },
      { method: 'GET', path: /^\/s\/[^/?#]+\/?(\?.*)?$/, handler: (req, res) => this.redirect(req, res) },
    ];
  }
}
