import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Knex } from '@mikro-orm/knex';
import { newId, type Clock, type HttpRoute, type Logger, type Orm, type PubSub } from '../../../kit';
import type { LinksConfig } from './config';
import { LinkVisit, ShortLink, type Device } from './entities';

/** Pub/sub topic on which every replica hears that a code's link changed (or was created or deleted). */
export const LINK_CHANGED_TOPIC = 'links:changed';

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

/** The target with the request's query merged onto its own (a name the request gives replaces the target's values). */
export function withQuery(target: string, requestQuery: URLSearchParams): string {
  if ([...requestQuery.keys()].length === 0) return target;
  const url = new URL(target);
  for (const name of new Set(requestQuery.keys())) {
    url.searchParams.delete(name);
    for (const value of requestQuery.getAll(name)) url.searchParams.append(name, value);
  }
  return url.toString();
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

  constructor(
    private readonly config: LinksConfig,
    private readonly log: Logger,
  ) {}

  /** Starts the flush timer and the invalidation listener (the definition's `start` hook). */
  start(orm: Orm, pubsub: PubSub, clock: Clock): void {
    this.orm = orm;
    this.clock = clock;
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
    res.writeHead(302, { location, 'cache-control': 'private, no-store', 'content-length': 0 });
    res.end();
  }

  routes(): HttpRoute[] {
    return [{ method: 'GET', path: /^\/s\/[^/?#]+\/?(\?.*)?$/, handler: (req, res) => this.redirect(req, res) }];
  }
}
