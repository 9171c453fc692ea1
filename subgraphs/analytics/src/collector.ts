import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { gunzip } from 'node:zlib';
import type { Knex } from '@mikro-orm/knex';
import { BodyTooLarge, newId, sendJson, type Clock, type HttpRoute, type Logger, type Orm } from '../../../kit';
import type { AnalyticsConfig } from './config';
import { AnalyticsEvent } from './entities';
import { dayOf, validateEvents, type AcceptedEvent, type EventProblem } from './validate';
import { WriteAheadLog } from './wal';

/** An accepted event waiting for the database, with the project (and its tenant) it belongs to. */
interface Pending {
  projectId: string;
  tenantId: string;
  event: AcceptedEvent;
}

/** One record of the write-ahead log: a request's accepted events. */
interface WalRecord {
  p: string;
  t: string;
  e: AcceptedEvent[];
}

/** The outcome of offering a batch: accepted (durable), or refused with nothing stored. */
export type AcceptOutcome =
  { ok: true; accepted: number } | { ok: false; status: 400 | 401 | 413 | 503; code: string; message: string; problems: EventProblem[] };

const refused = (status: 400 | 401 | 413 | 503, code: string, message: string, problems: EventProblem[] = []): AcceptOutcome => ({
  ok: false,
  status,
  code,
  message,
  problems,
});

/** The id of a rollup row: a digest of its key, so the same key is the same row on every replica. */
export function rollupId(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex');
}

const ROWS_PER_STATEMENT = 500;
const UUIDS_PER_LOOKUP = 5000;

/** Which of `parts` writes a user's events: a stable hash of the project and distinct id. */
function partOf(projectId: string, distinctId: string, parts: number): number {
  let h = 2166136261;
  for (const text of [projectId, distinctId]) {
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    h = Math.imul(h ^ 0xff, 16777619);
  }
  return (h >>> 0) % parts;
}

/** An event row's properties as columns (for the knex insert). */
function toColumns(row: object): Record<string, unknown> {
  const r = row as Record<string, unknown>;
  return {
    id: r.id,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
    tenant_id: r.tenantId,
    project_id: r.projectId,
    uuid: r.uuid,
    event: r.event,
    distinct_id: r.distinctId,
    properties_json: r.propertiesJson,
    timestamp: r.timestamp,
    day: r.day,
  };
}
const BYTES_PER_STATEMENT = 4 * 1024 * 1024;

function gunzipBounded(data: Buffer, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    gunzip(data, { maxOutputLength: limit }, (error, out) => (error ? reject(error) : resolve(out)));
  });
}

/**
 * The body's bytes (gzip bodies need bytes, not text), at most `limit`. A larger body is read to its
 * end without being kept before BodyTooLarge, so the 413 reaches a client (or the router's proxy) that
 * is still sending; one beyond four times the limit is cut off.
 */
function readRaw(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = Number(req.headers['content-length'] ?? 0) > limit ? limit + 1 : 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > 4 * limit) {
        req.destroy();
        reject(new BodyTooLarge());
      }
    });
    req.on('end', () => (size > limit ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

/** Tries to write the replayed write-ahead log at start before giving up (about 5.5 s of waits in all). */
const REPLAY_ATTEMPTS = 10;

/**
 * The collector of one started analytics subgraph: validates batches, makes them durable in the
 * write-ahead log before acknowledging, keeps them in memory and writes them in batches (one
 * transaction: dedup by uuid, multi-row insert, the daily rollups), then drops the log segments whose
 * records are committed. At start it replays what a crash left in the log.
 */
export class Collector {
  private buffer: Pending[] = [];
  /**
   * Unique-user rollup rows this process has committed, with a [first, last] range that the stored
   * row covers: stored rows only ever widen (LEAST/GREATEST), so an event inside a known range needs
   * no upsert — on any replica. Bounded (`ANALYTICS_ACTOR_CACHE` keys, least recently used out).
   */
  private readonly actorRanges = new Map<string, { first: number; last: number }>();
  private flushing: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private wal: WriteAheadLog | null = null;
  private sealed: string[] = [];
  private orm: Orm | null = null;
  private clock: Clock | null = null;
  private stopped = false;

  constructor(
    private readonly config: AnalyticsConfig,
    private readonly log: Logger,
  ) {}

  get walDir(): string {
    return this.config.ANALYTICS_WAL_DIR ?? join(this.config.DATA_DIR, 'analytics-wal');
  }

  /** Opens the log, writes what a previous run left in it, and starts the flush timer. */
  async start(orm: Orm, clock: Clock): Promise<void> {
    this.orm = orm;
    this.clock = clock;
    const { wal, leftover, leftoverSegments } = await WriteAheadLog.open(this.walDir);
    this.wal = wal;
    this.sealed.push(...leftoverSegments);
    let replayed = 0;
    for (const line of leftover) {
      try {
        const record = JSON.parse(line) as WalRecord;
        for (const event of record.e) this.buffer.push({ projectId: record.p, tenantId: record.t, event });
        replayed += record.e.length;
      } catch {
        this.log.warn({ line: line.slice(0, 200) }, 'analytics: unreadable write-ahead record skipped');
      }
    }
    if (leftoverSegments.length) {
      // Replayed before the subgraph reports ready: a flush that fails (a deadlock between two writer
      // parts on MariaDB, say) puts the batch back, so try again rather than start with acknowledged
      // events unwritten; after REPLAY_ATTEMPTS the start fails and the log stays for the next one.
      for (let attempt = 1; ; attempt++) {
        await this.flush();
        if (!this.buffer.length && !this.sealed.length) break;
        if (attempt >= REPLAY_ATTEMPTS) throw new Error(`analytics: the write-ahead log could not be written after ${attempt} attempts`);
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
      this.log.info({ events: replayed, segments: leftoverSegments.length }, 'analytics: replayed the write-ahead log');
    }
    this.timer = setInterval(() => void this.flush(), this.config.ANALYTICS_FLUSH_MS);
    this.timer.unref();
  }

  /** Stops the timer, writes what is buffered, and closes the log. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.flush();
    if (this.buffer.length) await this.flush(); // one more try for a batch put back by a failure
    await this.wal?.close();
    this.wal = null;
  }

  /** Accepted events not yet written (for tests and metrics). */
  get pending(): number {
    return this.buffer.length;
  }

  /**
   * Validates a batch for the project of `apiKey` and makes it durable. Nothing of a refused batch is
   * kept; an accepted one survives a crash from the moment this resolves.
   */
  async accept(apiKey: unknown, batch: unknown): Promise<AcceptOutcome> {
    if (!this.wal || this.stopped) return refused(503, 'unavailable', 'The collector is not running; retry shortly.');
    if (typeof apiKey !== 'string' || !apiKey || apiKey.length > 64) {
      return refused(401, 'invalid_api_key', 'A project api key is required (api_key).');
    }
    if (!Array.isArray(batch) || batch.length === 0) return refused(400, 'invalid_payload', 'batch must be a non-empty array of events.');
    if (batch.length > this.config.ANALYTICS_BATCH_MAX_EVENTS) {
      return refused(
        400,
        'invalid_payload',
        `A batch holds at most ${this.config.ANALYTICS_BATCH_MAX_EVENTS} events; this one has ${batch.length}.`,
      );
    }
    const project = await this.projectOf(apiKey);
    if (!project) return refused(401, 'invalid_api_key', 'Project api key invalid: no project has this key.');
    const { events, problems } = validateEvents(batch, this.config, this.clock!.now().getTime());
    if (problems.length) {
      return refused(
        400,
        'invalid_payload',
        `${problems.length === 1 ? 'An event is' : 'Events are'} invalid; nothing was stored.`,
        problems,
      );
    }
    if (this.buffer.length + events.length > this.config.ANALYTICS_BUFFER_MAX) {
      void this.flush();
      return refused(503, 'unavailable', 'The collector is behind on writing events; retry shortly.');
    }
    const record: WalRecord = { p: project.id, t: project.tenantId, e: events };
    try {
      await this.wal.append(JSON.stringify(record), () => {
        for (const event of events) this.buffer.push({ projectId: project.id, tenantId: project.tenantId, event });
      });
    } catch (error) {
      this.log.error({ err: error }, 'analytics: the write-ahead log refused a batch');
      return refused(503, 'unavailable', 'Events could not be made durable; retry shortly.');
    }
    if (this.buffer.length >= this.config.ANALYTICS_FLUSH_MAX) void this.flush();
    return { ok: true, accepted: events.length };
  }

  private async projectOf(apiKey: string): Promise<{ id: string; tenantId: string } | null> {
    const row = (await this.orm!.em.getKnex()('analytics_projects').where('api_key', apiKey).first('id', 'tenant_id')) as
      { id: string; tenant_id: string } | undefined;
    return row ? { id: row.id, tenantId: row.tenant_id } : null;
  }

  /**
   * Writes the buffered events and deletes the log segments they came from. Flushes never overlap; a
   * failed batch goes back to the front of the buffer (its segments stay) for the next flush.
   */
  flush(): Promise<void> {
    if (this.flushing) return this.flushing.then(() => (this.buffer.length ? this.flush() : undefined));
    if (!this.wal || !this.orm) return Promise.resolve();
    if (!this.buffer.length && !this.sealed.length && this.wal.currentBytes === 0) return Promise.resolve();
    this.flushing = this.flushOnce()
      .catch((error: unknown) => {
        this.log.error({ err: error }, 'analytics: writing events failed; kept for the next flush');
      })
      .finally(() => {
        this.flushing = null;
      });
    return this.flushing;
  }

  private async flushOnce(): Promise<void> {
    // After the rotation every record of the sealed segments is in the buffer (onDurable ran first).
    this.sealed.push(...(await this.wal!.rotate()));
    const batch = this.buffer;
    this.buffer = [];
    if (batch.length) {
      try {
        await this.write(batch);
      } catch (error) {
        this.buffer = [...batch, ...this.buffer];
        throw error;
      }
    }
    const done = this.sealed;
    this.sealed = [];
    await this.wal!.remove(done);
  }

  /**
   * Writes a batch: repeats inside it are dropped, then the rest is split over up to
   * ANALYTICS_WRITERS concurrent transactions (one on SQLite). A part that fails leaves the whole
   * batch to be retried; the parts that committed are then found by the uuid lookup and skipped.
   */
  private async write(batch: Pending[]): Promise<void> {
    const seen = new Set<string>();
    const unique: Pending[] = [];
    for (const b of batch) {
      const key = `${b.event.uuid}|${b.projectId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      unique.push(b);
    }
    const writers = this.config.MYSQL_URL ? Math.max(1, Math.min(this.config.ANALYTICS_WRITERS, Math.ceil(unique.length / 1000))) : 1;
    // Parts by user (project and distinct id): each unique-user rollup row is written by one part only,
    // so concurrent parts never wait on each other's row locks there (a split by position made every
    // part upsert the same users' rows, and the parts ran one after another).
    const parts: Pending[][] = Array.from({ length: writers }, () => []);
    for (const b of unique) parts[writers === 1 ? 0 : partOf(b.projectId, b.event.distinctId, writers)]!.push(b);
    const results = await Promise.allSettled(parts.map((part) => this.writePart(part)));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  /** One transaction: skip projects deleted meanwhile and uuids already stored, insert the rest, add them to the rollups. */
  private async writePart(batch: Pending[]): Promise<void> {
    const mysql = Boolean(this.config.MYSQL_URL);
    let upserted: { id: string; first_at: number; last_at: number }[] = [];
    await this.orm!.em.fork().transactional(async (tx) => {
      const knex = tx.getKnex();
      const trx = tx.getTransactionContext<Knex.Transaction>()!;
      const projectIds = [...new Set(batch.map((b) => b.projectId))];
      const live = new Set(
        ((await knex('analytics_projects').whereIn('id', projectIds).select('id').transacting(trx)) as { id: string }[]).map((r) => r.id),
      );
      const candidates = batch.filter((b) => live.has(b.projectId));
      if (!candidates.length) return;
      const now = this.clock!.now();
      const rowOf = ({ projectId, tenantId, event: e }: Pending) => ({
        id: newId(),
        createdAt: now,
        updatedAt: now,
        tenantId,
        projectId,
        uuid: e.uuid,
        event: e.event,
        distinctId: e.distinctId,
        propertiesJson: e.properties,
        timestamp: new Date(e.timestamp),
        day: dayOf(e.timestamp),
      });
      /** Multi-row statements of at most ROWS_PER_STATEMENT rows and about BYTES_PER_STATEMENT bytes. */
      const statements = <T>(items: T[], size: (item: T) => number): T[][] => {
        const out: T[][] = [[]];
        let bytes = 0;
        for (const item of items) {
          const last = out[out.length - 1]!;
          if (last.length >= ROWS_PER_STATEMENT || bytes >= BYTES_PER_STATEMENT) {
            out.push([item]);
            bytes = size(item);
          } else {
            last.push(item);
            bytes += size(item);
          }
        }
        return out.filter((o) => o.length);
      };
      const size = (p: Pending) => p.event.properties.length + 300;
      let fresh: Pending[] = [];
      if (mysql) {
        // INSERT IGNORE: the unique key (uuid, project) drops what an earlier flush already stored (a
        // retry after a failure, a replayed log). Only when some row was dropped does a lookup find
        // which of this part's new ids went in; straight through knex (the connection is UTC, as the ORM's).
        let inserted = 0;
        const ids: string[] = [];
        for (const chunk of statements(candidates, size)) {
          const rows = chunk.map(rowOf);
          for (const r of rows) ids.push(r.id);
          const statement = knex('analytics_events').insert(rows.map(toColumns)).onConflict(['uuid', 'project_id']).ignore().toSQL();
          const [result] = (await knex.raw(statement.sql, statement.bindings as Knex.RawBinding[]).transacting(trx)) as unknown as [
            { affectedRows: number; warningStatus: number },
          ];
          // IGNORE turns every error into a warning; a duplicate key is the only one expected (one warning
          // per row left out). Any other (a truncated value, say) fails the part rather than store it altered.
          if (result.warningStatus > rows.length - result.affectedRows) {
            throw new Error(
              `analytics: INSERT IGNORE raised ${result.warningStatus} warnings for ${rows.length - result.affectedRows} rows left out`,
            );
          }
          inserted += result.affectedRows;
        }
        if (inserted === candidates.length) fresh = candidates;
        else {
          const went = new Set<string>();
          for (let i = 0; i < ids.length; i += UUIDS_PER_LOOKUP) {
            const stored = (await knex('analytics_events')
              .whereIn('id', ids.slice(i, i + UUIDS_PER_LOOKUP))
              .select('id')
              .transacting(trx)) as { id: string }[];
            for (const r of stored) went.add(r.id);
          }
          fresh = candidates.filter((_, i) => went.has(ids[i]!));
        }
      } else {
        // SQLite (one writer): look the uuids up first, one statement per few thousand; the ORM maps the dates.
        for (let i = 0; i < candidates.length; i += UUIDS_PER_LOOKUP) {
          const chunk = candidates.slice(i, i + UUIDS_PER_LOOKUP);
          const stored = (await knex('analytics_events')
            .whereIn(
              'uuid',
              chunk.map((c) => c.event.uuid),
            )
            .select('uuid', 'project_id')
            .transacting(trx)) as { uuid: string; project_id: string }[];
          const have = new Set(stored.map((r) => `${r.uuid}|${r.project_id}`));
          for (const c of chunk) if (!have.has(`${c.event.uuid}|${c.projectId}`)) fresh.push(c);
        }
        for (const chunk of statements(fresh, size)) await tx.insertMany(AnalyticsEvent, chunk.map(rowOf) as never[]);
      }
      if (!fresh.length) return;
      const counts = new Map<string, { tenant_id: string; project_id: string; day: string; event: string; count: number }>();
      const actors = new Map<
        string,
        { tenant_id: string; project_id: string; day: string; event: string; distinct_id: string; first_at: number; last_at: number }
      >();
      for (const { projectId, tenantId, event: e } of fresh) {
        const day = dayOf(e.timestamp);
        const countId = rollupId(projectId, day, e.event);
        const count = counts.get(countId);
        if (count) count.count += 1;
        else counts.set(countId, { tenant_id: tenantId, project_id: projectId, day, event: e.event, count: 1 });
        const actorId = rollupId(projectId, day, e.event, e.distinctId);
        const actor = actors.get(actorId);
        if (actor) {
          actor.first_at = Math.min(actor.first_at, e.timestamp);
          actor.last_at = Math.max(actor.last_at, e.timestamp);
        } else {
          actors.set(actorId, {
            tenant_id: tenantId,
            project_id: projectId,
            day,
            event: e.event,
            distinct_id: e.distinctId,
            first_at: e.timestamp,
            last_at: e.timestamp,
          });
        }
      }
      // Rollups last and in key order, the unique-user rows first: they belong to this part alone. The
      // daily counts are shared by every part, so they come last and their row locks are held only
      // until the commit right after. A unique-user row already known to cover the events is skipped.
      const actorRows = [...actors]
        .filter(([id, a]) => {
          const known = this.actorRanges.get(id);
          return !known || known.first > a.first_at || known.last < a.last_at;
        })
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([id, a]) => ({ id, ...a }));
      upserted = actorRows;
      for (let i = 0; i < actorRows.length; i += ROWS_PER_STATEMENT) {
        await knex('analytics_daily_actors')
          .insert(actorRows.slice(i, i + ROWS_PER_STATEMENT))
          .onConflict('id')
          .merge({
            first_at: knex.raw(mysql ? 'LEAST(`first_at`, VALUES(`first_at`))' : 'MIN(analytics_daily_actors.first_at, excluded.first_at)'),
            last_at: knex.raw(mysql ? 'GREATEST(`last_at`, VALUES(`last_at`))' : 'MAX(analytics_daily_actors.last_at, excluded.last_at)'),
          })
          .transacting(trx);
      }
      const countRows = [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([id, c]) => ({ id, ...c }));
      for (let i = 0; i < countRows.length; i += ROWS_PER_STATEMENT) {
        await knex('analytics_daily_counts')
          .insert(countRows.slice(i, i + ROWS_PER_STATEMENT))
          .onConflict('id')
          .merge({
            count: knex.raw(mysql ? '`count` + VALUES(`count`)' : 'analytics_daily_counts.count + excluded.count'),
          })
          .transacting(trx);
      }
    });
    // Committed: these ranges are now covered by the stored rows.
    for (const row of upserted) this.rememberActor(row.id, row.first_at, row.last_at);
  }

  private rememberActor(id: string, first: number, last: number): void {
    const known = this.actorRanges.get(id);
    this.actorRanges.delete(id);
    this.actorRanges.set(id, known ? { first: Math.min(known.first, first), last: Math.max(known.last, last) } : { first, last });
    if (this.actorRanges.size > this.config.ANALYTICS_ACTOR_CACHE) {
      this.actorRanges.delete(this.actorRanges.keys().next().value!);
    }
  }

  /** POST /batch/ (and /batch/?compression=gzip-js): PostHog's batch endpoint. */
  async handleBatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const answer = (outcome: AcceptOutcome) => {
      if (outcome.ok) return sendJson(res, 200, { status: 1, accepted: outcome.accepted });
      const type = outcome.status === 401 ? 'authentication_error' : outcome.status === 503 ? 'server_error' : 'validation_error';
      const body: Record<string, unknown> = { type, code: outcome.code, detail: outcome.message };
      if (outcome.problems.length) body.errors = outcome.problems.map((p) => ({ attr: p.field, detail: p.message }));
      const headers: Record<string, string> = outcome.status === 503 ? { 'retry-after': '1' } : {};
      sendJson(res, outcome.status, body, headers);
    };
    if (req.method !== 'POST') {
      sendJson(res, 405, { type: 'validation_error', code: 'method_not_allowed', detail: 'Send events with POST.' }, { allow: 'POST' });
      return;
    }
    const limit = this.config.ANALYTICS_BODY_MAX_BYTES;
    let raw: Buffer;
    try {
      raw = await readRaw(req, limit);
    } catch (error) {
      if (error instanceof BodyTooLarge)
        return answer(refused(413, 'payload_too_large', `The request body is larger than ${limit} bytes.`));
      throw error;
    }
    const url = new URL(req.url ?? '/', 'http://analytics.invalid');
    const gzipped =
      /gzip/i.test(String(req.headers['content-encoding'] ?? '')) ||
      /gzip/i.test(url.searchParams.get('compression') ?? '') ||
      (raw[0] === 0x1f && raw[1] === 0x8b);
    if (gzipped) {
      try {
        raw = await gunzipBounded(raw, limit);
      } catch (error) {
        const tooLarge =
          (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|too large/i.test(String(error));
        return answer(
          tooLarge
            ? refused(413, 'payload_too_large', `The request body is larger than ${limit} bytes once decompressed.`)
            : refused(400, 'invalid_payload', 'The body is not valid gzip.'),
        );
      }
    }
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      return answer(refused(400, 'invalid_payload', 'The body is not valid JSON.'));
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return answer(refused(400, 'invalid_payload', 'The body must be an object: {"api_key": "...", "batch": [...]}.'));
    }
    const { api_key: apiKey, batch } = body as { api_key?: unknown; batch?: unknown };
    answer(await this.accept(apiKey, batch));
  }

  routes(): HttpRoute[] {
    return [{ method: 'POST', path: /^\/batch\/?(\?.*)?$/, handler: (req, res) => this.handleBatch(req, res) }];
  }
}
