import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { EventSubscriber, FlushEventArgs, TransactionEventArgs } from '@mikro-orm/core';
import { baseProperties, defineEntity, newId, p, type InferEntity } from './entity';
import type { Logger } from './logger';
import type { Em, Orm } from './orm';

/** A fact one subgraph announces to the others ("task assigned", "poll closed"). */
export interface DomainEvent<T extends Record<string, unknown> = Record<string, unknown>> {
  /** UUIDv7 of the outbox row: unique, time-ordered; consumers deduplicate on it. */
  id: string;
  /** `<subgraph>.<entity>.<what happened>`, e.g. `work.task.assigned`. */
  type: string;
  /** The subgraph that recorded it. */
  source: string;
  occurredAt: string;
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
  },
});
export type OutboxEventRow = InferEntity<typeof OutboxEvent>;

/** Events a consumer of this subgraph has handled, so redelivery is harmless (idempotent consumers). */
export const ProcessedEvent = defineEntity({
  name: 'ProcessedEvent',
  tableName: 'processed_events',
  properties: {
    consumer: p.string().length(120).primary(),
    eventId: p.string().length(36).primary(),
    processedAt: p.datetime(3),
  },
});

/** Entities the kit adds to every subgraph's database. */
export const kitEntities = [OutboxEvent, ProcessedEvent];

const TYPE = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*){1,4}$/;

/**
 * Records a domain event in the same unit of work as the change it describes: call it before
 * `em.flush()` (or inside `em.transactional`). The event is stored in the subgraph's own database in
 * that transaction, so it exists if and only if the change does, and is published after commit.
 */
export function recordEvent(
  em: Em,
  type: string,
  payload: Record<string, unknown>,
  options: { tenantId?: string | null } = {},
): void {
  if (!TYPE.test(type)) throw new Error(`Event type "${type}" must look like subgraph.entity.happened`);
  em.create(OutboxEvent, { id: newId(), type, payload, tenantId: options.tenantId ?? null, publishedAt: null });
}

/** A subgraph's handler of other subgraphs' events. */
export interface EventConsumer {
  /** Unique within the subgraph; with it, names the consumer group (`<subgraph>.<name>`). */
  name: string;
  /** Event types to handle; others are acknowledged and skipped. `*` takes all. */
  types: string[] | '*';
  /**
   * Runs inside a transaction of the consumer's database; throwing leaves the event for redelivery.
   * May return a function to run after the transaction commits (e.g. to publish a live update).
   */
  handle(event: DomainEvent, em: Em): Promise<void | (() => Promise<void>)>;
}

/** Where published events travel: Redis Streams when configured, this process's memory otherwise. */
export interface EventStream {
  publish(events: DomainEvent[]): Promise<void>;
  /** Delivers every event (at least once) to one member of `group`; returns a stop function. */
  consume(group: string, handler: (event: DomainEvent) => Promise<void>): () => Promise<void>;
  close(): Promise<void>;
}

/**
 * The embedded default: events live in memory and reach consumers in this process only. Durable
 * across restarts only as far as the outbox: an event published but not yet consumed when the
 * process dies is lost. Use Redis for durability and for several processes.
 */
export class MemoryEventStream implements EventStream {
  private readonly log: DomainEvent[] = [];
  private base = 0;
  private readonly groups = new Map<string, { offset: number; wake?: () => void }>();

  async publish(events: DomainEvent[]): Promise<void> {
    this.log.push(...events);
    for (const group of this.groups.values()) group.wake?.();
    this.trim();
  }

  consume(group: string, handler: (event: DomainEvent) => Promise<void>): () => Promise<void> {
    const state = { offset: this.base + this.log.length, wake: undefined as undefined | (() => void) };
    // A group created after events were published still sees what memory holds (the all-in-one start
    // may publish before every consumer is registered).
    state.offset = this.base;
    this.groups.set(group, state);
    let running = true;
    const loop = (async () => {
      while (running) {
        const next = this.log[state.offset - this.base];
        if (!next) {
          await new Promise<void>((resolve) => (state.wake = resolve));
          state.wake = undefined;
          continue;
        }
        try {
          await handler(next);
          state.offset++;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 500));
        }
      }
    })();
    return async () => {
      running = false;
      state.wake?.();
      this.groups.delete(group);
      await loop;
    };
  }

  private trim(): void {
    if (this.log.length < 10_000) return;
    const min = Math.min(...[...this.groups.values()].map((g) => g.offset), this.base + this.log.length);
    const drop = Math.max(min - this.base, this.log.length - 10_000);
    this.log.splice(0, drop);
    this.base += drop;
  }

  async close(): Promise<void> {
    for (const group of this.groups.values()) group.wake?.();
  }
}

/**
 * Redis Streams: one stream, one consumer group per consuming subgraph handler; replicas share a group,
 * so each event is handled once per group. Entries are acknowledged after the handler commits;
 * entries left pending by a crashed consumer are claimed after 30 s and retried.
 */
export class RedisEventStream implements EventStream {
  private readonly publisher: Redis;
  private readonly readers = new Set<Redis>();
  private readonly consumerName = `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;

  constructor(
    private readonly url: string,
    private readonly key: string,
    private readonly log: Logger,
  ) {
    this.publisher = new Redis(url, { maxRetriesPerRequest: 2 });
    this.publisher.on('error', (err) => this.log.warn({ err: err.message }, 'redis event stream error'));
  }

  async publish(events: DomainEvent[]): Promise<void> {
    if (!events.length) return;
    const pipeline = this.publisher.pipeline();
    for (const event of events) pipeline.xadd(this.key, 'MAXLEN', '~', '1000000', '*', 'event', JSON.stringify(event));
    const results = await pipeline.exec();
    const failed = results?.find(([error]) => error);
    if (failed) throw failed[0];
  }

  consume(group: string, handler: (event: DomainEvent) => Promise<void>): () => Promise<void> {
    const reader = new Redis(this.url, { maxRetriesPerRequest: null });
    reader.on('error', (err) => this.log.warn({ err: err.message }, 'redis event reader error'));
    this.readers.add(reader);
    let running = true;
    const handleEntries = async (entries: [string, string[]][]) => {
      for (const [entryId, fields] of entries) {
        const raw = fields[fields.indexOf('event') + 1];
        try {
          if (raw) await handler(JSON.parse(raw) as DomainEvent);
          await reader.xack(this.key, group, entryId);
        } catch (error) {
          this.log.error({ err: error, group, entryId }, 'event handler failed; will retry');
        }
      }
    };
    const loop = (async () => {
      try {
        await reader.xgroup('CREATE', this.key, group, '0', 'MKSTREAM');
      } catch (error) {
        if (!String(error).includes('BUSYGROUP')) this.log.error({ err: error }, 'could not create consumer group');
      }
      let lastClaim = 0;
      while (running) {
        try {
          if (Date.now() - lastClaim > 10_000) {
            lastClaim = Date.now();
            const claimed = (await reader.xautoclaim(this.key, group, this.consumerName, 30_000, '0-0', 'COUNT', 100)) as [
              string,
              [string, string[]][],
            ];
            await handleEntries(claimed[1] ?? []);
          }
          const read = (await reader.xreadgroup(
            'GROUP',
            group,
            this.consumerName,
            'COUNT',
            100,
            'BLOCK',
            1000,
            'STREAMS',
            this.key,
            '>',
          )) as [string, [string, string[]][]][] | null;
          if (read) for (const [, entries] of read) await handleEntries(entries);
        } catch (error) {
          if (!running) break;
          this.log.warn({ err: String(error) }, 'event stream read failed; retrying');
          await new Promise((resolve) => setTimeout(resolve, 1000));
        }
      }
    })();
    return async () => {
      running = false;
      reader.disconnect();
      this.readers.delete(reader);
      await loop;
    };
  }

  async close(): Promise<void> {
    for (const reader of this.readers) reader.disconnect();
    this.publisher.disconnect();
  }
}

/** In memory unless a Redis URL is configured. */
export function createEventStream(redisUrl: string | undefined, prefix: string, log: Logger): EventStream {
  return redisUrl ? new RedisEventStream(redisUrl, `${prefix}events`, log) : new MemoryEventStream();
}

/**
 * Publishes a subgraph's outbox: after every flush that wrote an event, and every second as a backstop
 * (for events committed by an outer transaction, or left by a process that died between commit and
 * publish). Rows are marked published only after the stream accepted them, so a crash in between means
 * a second delivery, never a lost event.
 */
export class OutboxRelay {
  private timer?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(
    private readonly orm: Orm,
    private readonly stream: EventStream,
    private readonly source: string,
    private readonly log: Logger,
  ) {}

  start(): void {
    const relay = this;
    const subscriber: EventSubscriber = {
      afterFlush(args: FlushEventArgs) {
        if (args.uow.getChangeSets().some((cs) => cs.name === 'OutboxEvent')) relay.nudge();
      },
      afterTransactionCommit(_args: TransactionEventArgs) {
        relay.nudge();
      },
    };
    this.orm.em.getEventManager().registerSubscriber(subscriber);
    this.timer = setInterval(() => this.nudge(), 1000);
    this.timer.unref();
    this.nudge();
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

  private async drain(): Promise<void> {
    const em = this.orm.em.fork();
    for (;;) {
      const rows = await em.find(OutboxEvent, { publishedAt: null }, { orderBy: { id: 'asc' }, limit: 100 });
      if (!rows.length) return;
      await this.stream.publish(
        rows.map((row) => ({
          id: row.id,
          type: row.type,
          source: this.source,
          occurredAt: row.createdAt.toISOString(),
          tenantId: row.tenantId ?? null,
          payload: row.payload,
        })),
      );
      await em.nativeUpdate(OutboxEvent, { id: { $in: rows.map((r) => r.id) } }, { publishedAt: new Date() });
      em.clear();
      if (rows.length < 100) return;
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.draining;
    this.stopped = true;
  }
}

/**
 * Runs a subgraph's consumers. Each event is handled in a transaction that also records its id in
 * `processed_events`; an event seen before is skipped, so at-least-once delivery becomes
 * effectively-once processing.
 */
export function startConsumers(
  orm: Orm,
  stream: EventStream,
  subgraph: string,
  consumers: EventConsumer[],
  log: Logger,
): () => Promise<void> {
  const stops = consumers.map((consumer) => {
    const group = `${subgraph}.${consumer.name}`;
    return stream.consume(group, async (event) => {
      if (consumer.types !== '*' && !consumer.types.includes(event.type)) return;
      const afterCommit = await orm.em.fork().transactional(async (em) => {
        if (await em.count(ProcessedEvent, { consumer: group, eventId: event.id })) return undefined;
        const then = await consumer.handle(event, em);
        em.create(ProcessedEvent, { consumer: group, eventId: event.id, processedAt: new Date() });
        return then;
      });
      if (afterCommit) {
        await afterCommit().catch((error) => log.warn({ err: error, group, eventId: event.id }, 'after-commit step failed'));
      }
      log.debug({ group, eventId: event.id, type: event.type }, 'event handled');
    });
  });
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}
