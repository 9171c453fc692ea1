import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import {
  IsolationLevel,
  LockMode,
  UniqueConstraintViolationException,
  type EventSubscriber,
  type FlushEventArgs,
  type TransactionEventArgs,
} from '@mikro-orm/core';
import { MySqlDriver } from '@mikro-orm/mysql';
import { baseProperties, defineEntity, newId, p, type InferEntity } from './entity';
import type { EventStream } from './event-streams';
import type { Logger } from './logger';
import type { Em, Orm } from './orm';

export * from './event-streams';

/** A fact one subgraph announces to the others ("task assigned", "poll closed"). */
export interface DomainEvent<T extends Record<string, unknown> = Record<string, unknown>> {
  /** UUIDv7 of the outbox row: unique, time-ordered; consumers deduplicate on it. */
  id: string;
  /** `<subgraph>.<entity>.<what happened>`, e.g. `work.task.assigned`. */
  type: string;
  /** The subgraph that recorded it. */
  source: string;
  occurredAt: string;
  /** The tenant that owns what the event is about; null only for events about no tenant's data. */
  tenantId: string | null;
  payload: T;
}

/** Outbox rows: written in the transaction of the change, published afterwards by the relay. */
export const OutboxEvent = defineEntity({
  name: 'OutboxEvent',
  tableName: 'outbox_events',
  properties: {
    ...baseProperties(),
    type: p.string().length(120),
    tenantId: p.string().length(36).nullable(),
    payload: p.json<Record<string, unknown>>(),
    publishedAt: p.datetime(3).nullable().index(),
    /** The relay that claimed the row for publishing (SQLite; MySQL locks rows instead). */
    claimedBy: p.string().length(60).nullable(),
    /** Until when that claim holds; a relay that died while publishing lets go at this time. */
    claimedUntil: p.datetime(3).nullable(),
  },
});
export type OutboxEventRow = InferEntity<typeof OutboxEvent>;

/** An outbox row as the event the relay publishes (tests use it to redeliver what a stream carried). */
export function outboxRowToEvent(row: OutboxEventRow, source: string): DomainEvent {
  return {
    id: row.id,
    type: row.type,
    source,
    occurredAt: row.createdAt.toISOString(),
    tenantId: row.tenantId ?? null,
    payload: row.payload,
  };
}

/** Events a consumer of this subgraph has handled, so redelivery is harmless (idempotent consumers). */
export const ProcessedEvent = defineEntity({
  name: 'ProcessedEvent',
  tableName: 'processed_events',
  properties: {
    consumer: p.string().length(120).primary(),
    eventId: p.string().length(36).primary(),
    processedAt: p.datetime(3).index(),
  },
});

/**
 * Events a consumer of this subgraph failed to handle. While `deadAt` is null the row is retried at
 * `nextAttemptAt` (exponential backoff); after the last attempt it is dead (the dead-letter store)
 * until an operator replays it (`npm run events:replay`). A copy of the event is kept, so a retry or
 * replay needs neither the stream nor the producer.
 */
export const FailedEvent = defineEntity({
  name: 'FailedEvent',
  tableName: 'failed_events',
  properties: {
    consumer: p.string().length(120).primary(),
    eventId: p.string().length(36).primary(),
    type: p.string().length(120),
    event: p.json<DomainEvent>(),
    /** Handler runs that failed. */
    attempts: p.integer(),
    lastError: p.string().length(1000),
    firstFailedAt: p.datetime(3),
    lastFailedAt: p.datetime(3),
    /** When the next retry is due; null once dead. Pushed ahead while a replica runs the retry (a lease). */
    nextAttemptAt: p.datetime(3).nullable().index(),
    deadAt: p.datetime(3).nullable().index(),
  },
});
export type FailedEventRow = InferEntity<typeof FailedEvent>;

/** Entities the kit adds to every subgraph's database. */
export const kitEntities = [OutboxEvent, ProcessedEvent, FailedEvent];

const TYPE = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*){1,4}$/;

/**
 * Records a domain event in the same unit of work as the change it describes: call it before
 * `em.flush()` (or inside `em.transactional`). The event is stored in the subgraph's own database in
 * that transaction, so it exists if and only if the change does, and is published after commit.
 * An event about a tenant's data must name the tenant (`options.tenantId`).
 */
export function recordEvent(em: Em, type: string, payload: Record<string, unknown>, options: { tenantId?: string | null } = {}): void {
  if (!TYPE.test(type)) throw new Error(`Event type "${type}" must look like subgraph.entity.happened`);
  em.create(OutboxEvent, {
    id: newId(),
    type,
    payload,
    tenantId: options.tenantId ?? null,
    publishedAt: null,
    claimedBy: null,
    claimedUntil: null,
  });
}

/** A subgraph's handler of other subgraphs' events. */
export interface EventConsumer {
  /** Unique within the subgraph; with it, names the consumer group (`<subgraph>.<name>`). */
  name: string;
  /** Event types to handle; others are acknowledged and skipped. `*` takes all. */
  types: string[] | '*';
  /**
   * Runs inside a transaction of the consumer's database; throwing rolls it back and schedules a retry
   * (with backoff, up to the attempt limit, then the dead-letter store). Later events do not wait.
   * May return a function to run after the transaction commits (e.g. to publish a live update).
   */
  handle(event: DomainEvent, em: Em): Promise<void | (() => Promise<void>)>;
}

/** How the kit retries, dead-letters and prunes events (`EVENT_*` settings). */
export interface EventPipelineSettings {
  /** Handler runs per event and consumer, the first included, before the event is dead-lettered. */
  maxAttempts: number;
  /** Wait before the first retry; each further retry waits twice as long as the previous one. */
  retryBaseMs: number;
  /** Longest wait between two retries. */
  retryMaxMs: number;
  /** Published outbox rows and processed-event marks older than this are deleted. */
  retentionMs: number;
  /** How often the relay prunes (0: never). */
  pruneIntervalMs: number;
}

export const DEFAULT_EVENT_SETTINGS: EventPipelineSettings = {
  maxAttempts: 10,
  retryBaseMs: 1000,
  retryMaxMs: 300_000,
  retentionMs: 7 * 24 * 3600_000,
  pruneIntervalMs: 600_000,
};

/** The wait after the `attempt`-th failed run: base · 2^(attempt−1), at most `retryMaxMs`. */
export function retryDelay(attempt: number, settings: Pick<EventPipelineSettings, 'retryBaseMs' | 'retryMaxMs'>): number {
  return Math.min(settings.retryMaxMs, settings.retryBaseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 30));
}

/** How long a relay's claim on outbox rows, or a replica's claim on a due retry, holds. */
const CLAIM_MS = 60_000;

/**
 * Publishes a subgraph's outbox: after every flush that wrote an event, and every second as a backstop
 * (for events committed by an outer transaction, or left by a process that died between commit and
 * publish). Rows are marked published only after the stream accepted them, so a crash in between means
 * a second delivery, never a lost event. Replicas never publish the same row: on MySQL each batch is
 * read `FOR UPDATE SKIP LOCKED` and marked in that transaction; on SQLite a relay first claims rows
 * with a conditional update (`claimedBy`, `claimedUntil`). It also deletes published rows and
 * processed-event marks older than the retention.
 */
export class OutboxRelay {
  private timer?: NodeJS.Timeout;
  private pruneTimer?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private again = false;
  private stopped = false;
  private readonly owner = `${hostname()}-${process.pid}-${randomBytes(4).toString('hex')}`.slice(0, 60);
  private readonly settings: EventPipelineSettings;
  /** The relay's own transactions, whose commits must not nudge it again. */
  private readonly ownTransactions = new WeakSet<object>();

  constructor(
    private readonly orm: Orm,
    private readonly stream: EventStream,
    private readonly source: string,
    private readonly log: Logger,
    settings: Partial<EventPipelineSettings> = {},
  ) {
    this.settings = { ...DEFAULT_EVENT_SETTINGS, ...settings };
  }

  start(): void {
    // The subscriber's handler is an object literal whose `this` is the subscriber, not the relay.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const relay = this;
    const subscriber: EventSubscriber = {
      afterFlush(args: FlushEventArgs) {
        if (args.uow.getChangeSets().some((cs) => cs.name === 'OutboxEvent')) void relay.nudge();
      },
      afterTransactionCommit(args: TransactionEventArgs) {
        if (args.transaction && relay.ownTransactions.has(args.transaction as object)) return;
        void relay.nudge();
      },
    };
    this.orm.em.getEventManager().registerSubscriber(subscriber);
    this.timer = setInterval(() => void this.nudge(), 1000);
    this.timer.unref();
    if (this.settings.pruneIntervalMs > 0) {
      this.pruneTimer = setInterval(() => {
        this.prune().catch((err) => this.log.warn({ err: String(err) }, 'event retention pruning failed'));
      }, this.settings.pruneIntervalMs);
      this.pruneTimer.unref();
    }
    void this.nudge();
  }

  /** Publishes what is pending now (also awaited by tests). */
  nudge(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = (async () => {
      try {
        do {
          this.again = false;
          await this.drain();
        } while (this.again && !this.stopped);
      } catch (error) {
        this.log.warn({ err: String(error) }, 'outbox relay failed; will retry');
      } finally {
        this.draining = undefined;
      }
    })();
    return this.draining;
  }

  /**
   * Deletes published outbox rows and processed-event marks older than the retention; returns how
   * many of each. Unpublished rows and failed events are never pruned.
   */
  async prune(now = new Date()): Promise<{ outbox: number; processed: number }> {
    const before = new Date(now.getTime() - this.settings.retentionMs);
    const em = this.orm.em.fork();
    const outbox = await em.nativeDelete(OutboxEvent, { publishedAt: { $ne: null, $lt: before } });
    const processed = await em.nativeDelete(ProcessedEvent, { processedAt: { $lt: before } });
    if (outbox || processed) this.log.debug({ outbox, processed, before }, 'pruned old events');
    return { outbox, processed };
  }

  private async drain(): Promise<void> {
    const locking = this.orm.em.getDriver() instanceof MySqlDriver;
    for (;;) {
      const published = locking ? await this.publishLocked() : await this.publishClaimed();
      if (published < 100) return;
    }
  }

  private toEvent(row: OutboxEventRow): DomainEvent {
    return outboxRowToEvent(row, this.source);
  }

  /** MySQL: a batch locked with SKIP LOCKED, so other replicas take other rows (or none) meanwhile. */
  private async publishLocked(): Promise<number> {
    // Most nudges find nothing: one plain read, and a transaction only when there is work.
    const any = await this.orm.em.fork().find(OutboxEvent, { publishedAt: null }, { limit: 1, fields: ['id'] });
    if (!any.length) return 0;
    // READ COMMITTED: the locking read takes record locks only, no gap locks, which would deadlock two
    // replicas when one marks its rows published while the other scans for unpublished ones.
    return this.orm.em.fork().transactional(
      async (em) => {
        const trx = em.getTransactionContext();
        if (trx) this.ownTransactions.add(trx as object);
        const rows = await em.find(
          OutboxEvent,
          { publishedAt: null },
          { orderBy: { id: 'asc' }, limit: 100, lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
        );
        if (!rows.length) return 0;
        await this.stream.publish(rows.map((row) => this.toEvent(row)));
        await em.nativeUpdate(OutboxEvent, { id: { $in: rows.map((r) => r.id) } }, { publishedAt: new Date() });
        return rows.length;
      },
      { isolationLevel: IsolationLevel.READ_COMMITTED },
    );
  }

  /** SQLite: claim a batch with one conditional update, then publish only what this relay holds. */
  private async publishClaimed(): Promise<number> {
    const em = this.orm.em.fork();
    const now = new Date();
    const free = { publishedAt: null, $or: [{ claimedUntil: null }, { claimedUntil: { $lt: now } }] };
    const candidates = await em.find(OutboxEvent, free, { orderBy: { id: 'asc' }, limit: 100, fields: ['id'] });
    if (!candidates.length) return 0;
    const ids = candidates.map((r) => r.id);
    await em.nativeUpdate(
      OutboxEvent,
      { id: { $in: ids }, ...free },
      { claimedBy: this.owner, claimedUntil: new Date(now.getTime() + CLAIM_MS) },
    );
    em.clear();
    const rows = await em.find(OutboxEvent, { id: { $in: ids }, claimedBy: this.owner, publishedAt: null }, { orderBy: { id: 'asc' } });
    if (rows.length) {
      try {
        await this.stream.publish(rows.map((row) => this.toEvent(row)));
      } catch (error) {
        // Let go at once, so the next attempt (here or elsewhere) need not wait for the claim to lapse.
        await em.nativeUpdate(OutboxEvent, { id: { $in: rows.map((r) => r.id) }, claimedBy: this.owner }, { claimedUntil: null });
        throw error;
      }
      await em.nativeUpdate(OutboxEvent, { id: { $in: rows.map((r) => r.id) } }, { publishedAt: new Date() });
    }
    // A full candidate batch means there may be more, even if another relay took some of it.
    return candidates.length;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    clearInterval(this.pruneTimer);
    await this.draining;
    this.stopped = true;
  }
}

const isUniqueViolation = (error: unknown) => error instanceof UniqueConstraintViolationException;

/** Whether `event` can be stored and deduplicated (its id and type fit their columns). */
function isStorable(event: DomainEvent): boolean {
  return (
    typeof event.id === 'string' &&
    event.id.length > 0 &&
    event.id.length <= 36 &&
    typeof event.type === 'string' &&
    event.type.length <= 120
  );
}

function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 1000);
}

/**
 * Runs a subgraph's consumers. Each event is handled in a transaction that also records its id in
 * `processed_events`; an event seen before is skipped, so at-least-once delivery becomes
 * effectively-once processing.
 *
 * A handler that throws does not hold up the stream: the failure is logged (event id, consumer,
 * attempt) and stored in `failed_events`, and the consumer goes on with later events. Each consumer
 * retries its due failures on its own timer with exponential backoff; after `maxAttempts` runs the
 * event is dead until replayed ({@link replayFailedEvents}). Replicas share the retries through a
 * conditional update that claims each one.
 */
export function startConsumers(
  orm: Orm,
  stream: EventStream,
  subgraph: string,
  consumers: EventConsumer[],
  log: Logger,
  settings: Partial<EventPipelineSettings> = {},
): () => Promise<void> {
  const s = { ...DEFAULT_EVENT_SETTINGS, ...settings };
  const stops = consumers.map((consumer) => {
    const group = `${subgraph}.${consumer.name}`;
    const wants = (event: DomainEvent) => consumer.types === '*' || consumer.types.includes(event.type);

    /** Records a failed run: due again after the backoff, or dead after the last attempt. */
    const recordFailure = async (event: DomainEvent, attempt: number, error: unknown, firstFailedAt: Date | null) => {
      const now = new Date();
      const dead = attempt >= s.maxAttempts;
      const delay = retryDelay(attempt, s);
      const fields = {
        attempts: attempt,
        lastError: errorText(error),
        lastFailedAt: now,
        nextAttemptAt: dead ? null : new Date(now.getTime() + delay),
        deadAt: dead ? now : null,
      };
      const em = orm.em.fork();
      if (firstFailedAt) {
        await em.nativeUpdate(FailedEvent, { consumer: group, eventId: event.id }, fields);
      } else {
        try {
          await em.insert(FailedEvent, { consumer: group, eventId: event.id, type: event.type, event, firstFailedAt: now, ...fields });
        } catch (insertError) {
          // Another replica recorded the same event's failure first (a redelivery); its row rules.
          if (!isUniqueViolation(insertError)) throw insertError;
        }
      }
      const line = { err: error, eventId: event.id, type: event.type, consumer: group, attempt, maxAttempts: s.maxAttempts };
      if (dead) log.error(line, 'event handler failed; dead-lettered (replay with npm run events:replay)');
      else log.warn({ ...line, retryInMs: delay }, 'event handler failed; will retry');
    };

    /**
     * One run of the handler. `retry` is the failed-event row being retried, or null on first delivery
     * (which leaves an event with a pending retry to that retry).
     */
    const run = async (event: DomainEvent, retry: { attempts: number; firstFailedAt: Date } | null) => {
      let afterCommit: void | (() => Promise<void>);
      try {
        afterCommit = await orm.em.fork().transactional(async (em) => {
          if (await em.count(ProcessedEvent, { consumer: group, eventId: event.id })) {
            if (retry) await em.nativeDelete(FailedEvent, { consumer: group, eventId: event.id });
            return undefined;
          }
          if (!retry && (await em.count(FailedEvent, { consumer: group, eventId: event.id }))) return undefined;
          const then = await consumer.handle(event, em);
          em.create(ProcessedEvent, { consumer: group, eventId: event.id, processedAt: new Date() });
          if (retry) await em.nativeDelete(FailedEvent, { consumer: group, eventId: event.id });
          return then;
        });
      } catch (error) {
        await recordFailure(event, (retry?.attempts ?? 0) + 1, error, retry?.firstFailedAt ?? null);
        return;
      }
      if (afterCommit) {
        await afterCommit().catch((error) => log.warn({ err: error, consumer: group, eventId: event.id }, 'after-commit step failed'));
      }
      log.debug({ consumer: group, eventId: event.id, type: event.type, retry: !!retry }, 'event handled');
    };

    const stopStream = stream.consume(
      group,
      async (event) => {
        if (!wants(event)) return;
        if (!isStorable(event)) {
          log.error(
            { consumer: group, eventId: String(event.id).slice(0, 80), type: String(event.type).slice(0, 130) },
            'malformed event skipped',
          );
          return;
        }
        await run(event, null);
      },
      {
        // The in-memory stream had to drop events this consumer had not reached: keep them as dead letters.
        onDropped: async (events) => {
          const now = new Date();
          const em = orm.em.fork();
          for (const event of events.filter((e) => wants(e) && isStorable(e))) {
            if (await em.count(ProcessedEvent, { consumer: group, eventId: event.id })) continue;
            await em
              .insert(FailedEvent, {
                consumer: group,
                eventId: event.id,
                type: event.type,
                event,
                attempts: 0,
                lastError: 'Dropped from the in-memory event stream: this consumer was too far behind (EVENT_STREAM_MAX_LENGTH).',
                firstFailedAt: now,
                lastFailedAt: now,
                nextAttemptAt: null,
                deadAt: now,
              })
              .catch((error) => {
                if (!isUniqueViolation(error)) throw error;
              });
          }
        },
      },
    );

    // Retries of this consumer: its own timer, so one consumer's failures never delay another's.
    let retrying: Promise<void> | undefined;
    const retryDue = async () => {
      const em = orm.em.fork();
      const now = new Date();
      const due = await em.find(
        FailedEvent,
        { consumer: group, deadAt: null, nextAttemptAt: { $lte: now } },
        { orderBy: { nextAttemptAt: 'asc' }, limit: 20 },
      );
      for (const row of due) {
        // Claim it: push the due time ahead, so no other replica runs it meanwhile (and a crash lets go).
        const claimed = await em.nativeUpdate(
          FailedEvent,
          { consumer: group, eventId: row.eventId, deadAt: null, nextAttemptAt: { $lte: now } },
          { nextAttemptAt: new Date(now.getTime() + CLAIM_MS) },
        );
        if (!claimed) continue;
        await run(row.event, { attempts: row.attempts, firstFailedAt: row.firstFailedAt });
      }
    };
    const timer = setInterval(
      () => {
        retrying ??= retryDue()
          .catch((err) => log.warn({ err: String(err), consumer: group }, 'event retry sweep failed'))
          .finally(() => (retrying = undefined));
      },
      Math.max(20, Math.min(1000, s.retryBaseMs)),
    );
    timer.unref();

    return async () => {
      clearInterval(timer);
      await stopStream();
      await retrying;
    };
  });
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}

/** Which failed events an operator means: one consumer (`<subgraph>.<name>` or `<name>`), some event ids. */
export interface FailedEventFilter {
  consumer?: string;
  ids?: string[];
}

function failedWhere(subgraph: string, filter: FailedEventFilter) {
  const consumer = filter.consumer && !filter.consumer.includes('.') ? `${subgraph}.${filter.consumer}` : filter.consumer;
  return {
    ...(consumer ? { consumer } : {}),
    ...(filter.ids?.length ? { eventId: { $in: filter.ids } } : {}),
  };
}

/** The failed events of a subgraph's consumers (dead and still retrying), oldest first. */
export function listFailedEvents(em: Em, subgraph: string, filter: FailedEventFilter = {}): Promise<FailedEventRow[]> {
  return em.find(FailedEvent, failedWhere(subgraph, filter), { orderBy: { firstFailedAt: 'asc', eventId: 'asc' }, limit: 1000 });
}

/**
 * Makes dead events (and, when ids are named, retrying ones) due now with a fresh attempt budget; a
 * running replica of the subgraph runs them within a second, or the next one to start. Returns how
 * many were scheduled.
 */
export async function replayFailedEvents(em: Em, subgraph: string, filter: FailedEventFilter = {}): Promise<number> {
  const where = failedWhere(subgraph, filter);
  return em.nativeUpdate(FailedEvent, filter.ids?.length ? where : { ...where, deadAt: { $ne: null } }, {
    attempts: 0,
    deadAt: null,
    nextAttemptAt: new Date(),
  });
}
