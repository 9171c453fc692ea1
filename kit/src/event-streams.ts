import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from './logger';
import type { DomainEvent } from './events';

/** What a consumer group may ask of a stream beyond its handler. */
export interface ConsumeOptions {
  /**
   * Called with events the stream had to drop before this group handled them (the stream was over its
   * hard cap because this group was too far behind). The kit's consumers dead-letter them.
   */
  onDropped?(events: DomainEvent[]): Promise<void>;
}

/** Where published events travel: Redis Streams when configured, this process's memory otherwise. */
export interface EventStream {
  publish(events: DomainEvent[]): Promise<void>;
  /**
   * Delivers every event (at least once) to one member of `group`; returns a stop function. A handler
   * that throws gets the event again later, with backoff; it never holds up other groups.
   */
  consume(group: string, handler: (event: DomainEvent) => Promise<void>, options?: ConsumeOptions): () => Promise<void>;
  close(): Promise<void>;
}

export interface EventStreamOptions {
  /**
   * Hard cap on the events a stream keeps. Below it, events are trimmed only once every registered
   * group has handled them; past it the oldest go anyway, and each group still behind them is reported
   * (dead-lettered in memory, logged as an error on Redis).
   */
  maxLength?: number;
  /**
   * Redis: how long an entry may stay pending (delivered to a consumer, not acknowledged) before
   * another consumer of its group claims it — the time a crashed replica's events wait. Shorter than
   * the slowest handler run and a live consumer's entry is handled twice (harmless: consumers are
   * idempotent, but wasted). Default 30 s.
   */
  reclaimIdleMs?: number;
  log?: Logger;
}

export const DEFAULT_STREAM_MAX_LENGTH = 100_000;

/** The wait before redelivering to a handler that threw `failures` times in a row (100 ms … 30 s). */
function redeliveryDelay(failures: number): number {
  return Math.min(30_000, 100 * 2 ** Math.min(failures - 1, 20));
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref?.());

interface MemoryGroup {
  offset: number;
  wake?: () => void;
  options: ConsumeOptions;
}

/**
 * The embedded default: events live in memory and reach consumers in this process only. Durable
 * across restarts only as far as the outbox: an event published but not yet consumed when the
 * process dies is lost. Use Redis for durability and for several processes.
 *
 * Each group reads at its own offset in its own loop, so a slow or failing group never delays another.
 * Events are trimmed only below the slowest registered group; a group more than `maxLength` events
 * behind gets the events it missed through `onDropped` (and an error log line) instead of silently
 * skipping them.
 */
export class MemoryEventStream implements EventStream {
  private readonly log: DomainEvent[] = [];
  private base = 0;
  private readonly groups = new Map<string, MemoryGroup>();
  private readonly maxLength: number;
  private readonly logger?: Logger;
  /** Handled events kept for groups that register late (the all-in-one start publishes before every consumer runs). */
  private readonly keepHandled: number;

  constructor(options: EventStreamOptions = {}) {
    this.maxLength = options.maxLength ?? DEFAULT_STREAM_MAX_LENGTH;
    this.keepHandled = Math.min(10_000, this.maxLength);
    this.logger = options.log;
  }

  /** Events held in memory now (tests). */
  get length(): number {
    return this.log.length;
  }

  async publish(events: DomainEvent[]): Promise<void> {
    this.log.push(...events);
    for (const group of this.groups.values()) group.wake?.();
    await this.trim();
  }

  consume(group: string, handler: (event: DomainEvent) => Promise<void>, options: ConsumeOptions = {}): () => Promise<void> {
    // A group created after events were published still sees what memory holds.
    const state: MemoryGroup = { offset: this.base, options };
    this.groups.set(group, state);
    let running = true;
    const loop = (async () => {
      let failures = 0;
      while (running) {
        const position = Math.max(state.offset, this.base);
        const next = this.log[position - this.base];
        if (!next) {
          await new Promise<void>((resolve) => (state.wake = resolve));
          state.wake = undefined;
          continue;
        }
        try {
          await handler(next);
          failures = 0;
          // The cap may have moved the group on while the handler ran; never move it back.
          state.offset = Math.max(state.offset, position + 1);
        } catch (error) {
          failures++;
          this.logger?.error(
            { err: error, consumer: group, eventId: next.id, type: next.type, attempt: failures },
            'event delivery failed; redelivering after a pause',
          );
          await sleep(redeliveryDelay(failures));
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

  /** Drops what every group has handled (beyond a small tail), and past the hard cap the oldest events. */
  async trim(): Promise<void> {
    const end = this.base + this.log.length;
    const slowest = Math.min(end, ...[...this.groups.values()].map((g) => g.offset));
    // Handled by everyone: drop, keeping a tail for groups that have not registered yet.
    const handled = Math.max(0, Math.min(slowest - this.base, this.log.length - this.keepHandled));
    if (handled > 0) {
      this.log.splice(0, handled);
      this.base += handled;
    }
    const over = this.log.length - this.maxLength;
    if (over <= 0) return;
    const dropped = this.log.splice(0, over);
    const from = this.base;
    this.base += over;
    for (const [name, group] of this.groups) {
      if (group.offset >= this.base) continue;
      const missed = dropped.slice(Math.max(0, group.offset - from));
      group.offset = this.base;
      this.logger?.error(
        { consumer: name, dropped: missed.length, firstEventId: missed[0]?.id, maxLength: this.maxLength },
        'in-memory event stream over its cap: events dropped before this consumer handled them were dead-lettered',
      );
      await group.options
        .onDropped?.(missed)
        .catch((err) => this.logger?.error({ err, consumer: name, dropped: missed.length }, 'could not dead-letter dropped events'));
    }
  }

  async close(): Promise<void> {
    for (const group of this.groups.values()) group.wake?.();
  }
}

type StreamEntry = [string, string[]];

/** Orders Redis stream ids (`<ms>-<seq>`). */
function compareStreamIds(a: string, b: string): number {
  const [am = '0', as = '0'] = a.split('-');
  const [bm = '0', bs = '0'] = b.split('-');
  const ms = BigInt(am) - BigInt(bm);
  if (ms !== 0n) return ms < 0n ? -1 : 1;
  const seq = BigInt(as) - BigInt(bs);
  return seq === 0n ? 0 : seq < 0n ? -1 : 1;
}

/** The smallest stream id after `id`. */
function nextStreamId(id: string): string {
  const [ms, seq = '0'] = id.split('-');
  return `${ms}-${BigInt(seq) + 1n}`;
}

/**
 * Redis Streams: one stream, one consumer group per consuming subgraph handler; replicas share a group,
 * so each event is handled once per group. Entries are acknowledged after the handler returns; an
 * entry whose handler threw stays pending and is claimed again after 30 s (the kit's consumers record
 * their own failures and return, so this is for outages of the consumer's database). An entry that
 * is not a readable event is logged and acknowledged, never retried.
 *
 * Trimming (`trim()`, run by publishers every 10 s) removes only entries every group has acknowledged.
 * Past `maxLength` the oldest entries go anyway and each group behind them is logged as an error.
 */
export class RedisEventStream implements EventStream {
  private readonly publisher: Redis;
  private readonly readers = new Set<Redis>();
  private readonly consumerName = `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  private readonly maxLength: number;
  private readonly reclaimIdleMs: number;
  private lastTrim = 0;
  private trimming?: Promise<void>;

  constructor(
    private readonly url: string,
    private readonly key: string,
    private readonly log: Logger,
    options: Omit<EventStreamOptions, 'log'> = {},
  ) {
    this.maxLength = options.maxLength ?? DEFAULT_STREAM_MAX_LENGTH;
    this.reclaimIdleMs = options.reclaimIdleMs ?? 30_000;
    this.publisher = new Redis(url, { maxRetriesPerRequest: 2 });
    this.publisher.on('error', (err) => this.log.warn({ err: err.message }, 'redis event stream error'));
  }

  async publish(events: DomainEvent[]): Promise<void> {
    if (!events.length) return;
    const pipeline = this.publisher.pipeline();
    for (const event of events) pipeline.xadd(this.key, '*', 'event', JSON.stringify(event));
    const results = await pipeline.exec();
    const failed = results?.find(([error]) => error);
    if (failed) throw failed[0];
    if (Date.now() - this.lastTrim > 10_000 && !this.trimming) {
      this.lastTrim = Date.now();
      this.trimming = this.trim()
        .catch((err) => this.log.warn({ err: String(err) }, 'event stream trim failed'))
        .finally(() => (this.trimming = undefined));
    }
  }

  /**
   * Removes entries below the slowest group's position (its oldest pending entry, else the last one
   * it read); then, only if the stream is still longer than `maxLength`, the oldest entries, logging
   * every group that had not handled them.
   */
  async trim(): Promise<void> {
    const groups = (await this.publisher.xinfo('GROUPS', this.key).catch(() => [])) as unknown[][];
    // Per group: its oldest pending entry, or else the last entry it read (everything up to it is handled).
    const positions = new Map<string, { pending: string | null; lastDelivered: string }>();
    for (const info of groups) {
      const fields = new Map<string, unknown>();
      for (let i = 0; i + 1 < info.length; i += 2) fields.set(String(info[i]), info[i + 1]);
      const name = String(fields.get('name'));
      const lastDelivered = String(fields.get('last-delivered-id') ?? '0-0');
      let pending: string | null = null;
      if (Number(fields.get('pending') ?? 0) > 0) {
        const summary = (await this.publisher.xpending(this.key, name)) as [number, string | null, ...unknown[]];
        pending = summary[1] ?? '0-0';
      }
      positions.set(name, { pending, lastDelivered });
    }
    // XTRIM MINID keeps ids ≥ the threshold: a pending entry stays, a read-and-acknowledged one goes.
    const thresholds = [...positions.values()].map(({ pending, lastDelivered }) => pending ?? nextStreamId(lastDelivered));
    const slowest = thresholds.sort(compareStreamIds)[0];
    if (slowest) await this.publisher.xtrim(this.key, 'MINID', slowest);
    const length = await this.publisher.xlen(this.key);
    if (length <= this.maxLength) return;
    // Over the cap: note each group's first unhandled entry, trim, and report the groups that lose theirs.
    const firstUnhandled = new Map<string, string>();
    for (const [name, { pending, lastDelivered }] of positions) {
      const next = pending ?? ((await this.publisher.xrange(this.key, `(${lastDelivered}`, '+', 'COUNT', 1)) as StreamEntry[])[0]?.[0];
      if (next) firstUnhandled.set(name, next);
    }
    await this.publisher.xtrim(this.key, 'MAXLEN', this.maxLength);
    const first = (await this.publisher.xrange(this.key, '-', '+', 'COUNT', 1)) as StreamEntry[];
    const firstKept = first[0]?.[0];
    for (const [name, next] of firstUnhandled) {
      if (firstKept && compareStreamIds(next, firstKept) >= 0) continue;
      this.log.error(
        { consumer: name, firstUnhandled: next, firstKept: firstKept ?? null, maxLength: this.maxLength, dropped: length - this.maxLength },
        'event stream over its cap: entries this consumer group had not handled were trimmed',
      );
    }
  }

  consume(group: string, handler: (event: DomainEvent) => Promise<void>): () => Promise<void> {
    const reader = new Redis(this.url, { maxRetriesPerRequest: null });
    reader.on('error', (err) => this.log.warn({ err: err.message }, 'redis event reader error'));
    this.readers.add(reader);
    let running = true;
    // Failures per entry in this process, for the log line's attempt number.
    const failures = new Map<string, number>();
    const handleEntries = async (entries: StreamEntry[]) => {
      for (const [entryId, fields] of entries) {
        if (!running) return;
        let event: DomainEvent | undefined;
        try {
          const raw = fields[fields.indexOf('event') + 1];
          if (raw === undefined) throw new Error('no event field');
          event = JSON.parse(raw) as DomainEvent;
          if (typeof event?.id !== 'string' || typeof event.type !== 'string') throw new Error('not a domain event');
        } catch (error) {
          this.log.error({ err: error, consumer: group, entryId }, 'unreadable event stream entry; acknowledged and skipped');
          await reader.xack(this.key, group, entryId);
          continue;
        }
        try {
          await handler(event);
          await reader.xack(this.key, group, entryId);
          failures.delete(entryId);
        } catch (error) {
          const attempt = (failures.get(entryId) ?? 0) + 1;
          failures.set(entryId, attempt);
          if (failures.size > 10_000) failures.clear();
          this.log.error(
            { err: error, consumer: group, entryId, eventId: event.id, type: event.type, attempt },
            `event delivery failed; left pending, claimed again after ${Math.round(this.reclaimIdleMs / 1000)} s`,
          );
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
          // Look for entries left pending (a crashed consumer's, or a failed delivery) a third of the idle time apart.
          if (Date.now() - lastClaim > Math.min(10_000, this.reclaimIdleMs / 3)) {
            lastClaim = Date.now();
            const claimed = (await reader.xautoclaim(this.key, group, this.consumerName, this.reclaimIdleMs, '0-0', 'COUNT', 100)) as [
              string,
              StreamEntry[],
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
          )) as [string, StreamEntry[]][] | null;
          if (read) for (const [, entries] of read) await handleEntries(entries);
        } catch (error) {
          if (!running) break;
          this.log.warn({ err: String(error) }, 'event stream read failed; retrying');
          await sleep(1000);
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
    await this.trimming;
    for (const reader of this.readers) reader.disconnect();
    this.publisher.disconnect();
  }
}

/** In memory unless a Redis URL is configured. */
export function createEventStream(
  redisUrl: string | undefined,
  prefix: string,
  log: Logger,
  options: Omit<EventStreamOptions, 'log'> = {},
): EventStream {
  return redisUrl ? new RedisEventStream(redisUrl, `${prefix}events`, log, options) : new MemoryEventStream({ ...options, log });
}
