import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { Redis } from 'ioredis';
import { createConnection } from 'mysql2/promise';
import {
  createEventStream,
  loadSubgraphConfig,
  newId,
  OutboxEvent,
  recordEvent,
  startSubgraph,
  type DomainEvent,
  type EventConsumer,
  type EventStream,
  type Logger,
  type RunningSubgraph,
} from '../kit';
import { FailedEvent, RedisEventStream } from '../kit/src/events';
import { MemoryEventStream, ProcessedEvent } from '../kit/src/events';
import { basics } from '../subgraphs/basics';
import { disposeAfterAll, testEnv } from './helpers/stack';
import { eventually } from './helpers/wait';

const ROOT = join(__dirname, '..');

/** A logger whose JSON lines the test can read. */
function capturingLogger(): { log: Logger; lines: Record<string, any>[] } {
  const lines: Record<string, any>[] = [];
  const log = pino(
    { level: 'debug', base: { service: 'event-pipeline-test' } },
    { write: (line: string) => void lines.push(JSON.parse(line)) },
  );
  return { log, lines };
}

/** Counts what passes through a stream's `publish`, per event id; publishing can be slowed to make relays overlap. */
function countingStream(inner: EventStream, delayMs = 0) {
  const published = new Map<string, number>();
  const stream: EventStream = {
    publish: async (events) => {
      if (delayMs) await new Promise((resolve) => setTimeout(resolve, delayMs));
      await inner.publish(events);
      for (const event of events) published.set(event.id, (published.get(event.id) ?? 0) + 1);
    },
    consume: (group, handler, options) => inner.consume(group, handler, options),
    close: async () => undefined,
  };
  return { stream, published };
}

const event = (type: string, payload: Record<string, unknown>): DomainEvent => ({
  id: newId(),
  type,
  source: 'test',
  occurredAt: new Date().toISOString(),
  tenantId: null,
  payload,
});

describe('event pipeline: retries, dead letters, replay, trimming, pruning, one publisher per row', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hubgraph-pipeline-'));
  const prefix = `hgp_${randomBytes(4).toString('hex')}_`;
  const env = {
    ...testEnv,
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    MYSQL_DATABASE_PREFIX: prefix,
    REDIS_KEY_PREFIX: `${prefix}:`,
    // Small, test-friendly values: three runs, 400 ms then 800 ms apart.
    EVENT_MAX_ATTEMPTS: '3',
    EVENT_RETRY_BASE_MS: '400',
    EVENT_RETRY_MAX_MS: '4000',
    EVENT_RETENTION_HOURS: '1',
    EVENT_PRUNE_INTERVAL_MS: '0',
  };
  const config = loadSubgraphConfig(env);
  const { log, lines } = capturingLogger();
  const names = ['epproducer', 'epconsumer', 'epmemory', 'epcapped'];
  let shared: EventStream;
  let producer: RunningSubgraph;
  let consumerSubgraph: RunningSubgraph;

  /** Runs of each consumer: mark → times it ran (failed or not). */
  const runs = { flaky: new Map<string, number[]>(), steady: new Map<string, number[]>() };
  const handled = { flaky: new Set<string>(), steady: new Set<string>() };
  /** Marks the flaky consumer fails on, for as long as they are in here. */
  const poison = new Set<string>();
  /** Marks the flaky consumer takes 500 ms over: longer than a retry sweep's period, so another replica's sweep passes meanwhile. */
  const slowPoison = new Set<string>();
  const note = (map: Map<string, number[]>, m: string) => map.set(m, [...(map.get(m) ?? []), Date.now()]);
  const flaky: EventConsumer = {
    name: 'flaky',
    types: ['test.pipeline.happened'],
    async handle(e) {
      const m = String(e.payload.mark);
      note(runs.flaky, m);
      if (slowPoison.has(m)) await new Promise((resolve) => setTimeout(resolve, 500));
      if (poison.has(m)) throw new Error(`poisoned ${m}`);
      handled.flaky.add(m);
    },
  };
  const steady: EventConsumer = {
    name: 'steady',
    types: ['test.pipeline.happened'],
    async handle(e) {
      const m = String(e.payload.mark);
      note(runs.steady, m);
      handled.steady.add(m);
    },
  };
  const startConsumerSubgraph = () =>
    startSubgraph({ ...basics, name: 'epconsumer', consumers: [flaky, steady] }, { config, port: 0, events: shared, log });

  beforeAll(async () => {
    shared = createEventStream(config.REDIS_URL, config.REDIS_KEY_PREFIX, log);
    producer = await startSubgraph({ ...basics, name: 'epproducer' }, { config, port: 0, events: shared, log });
    consumerSubgraph = await startConsumerSubgraph();
    disposeAfterAll(async () => {
      await producer.stop();
      await consumerSubgraph.stop();
      await shared.close();
      rmSync(dataDir, { recursive: true, force: true });
      if (config.MYSQL_URL) {
        const connection = await createConnection(config.MYSQL_URL);
        for (const name of names) await connection.query(`drop database if exists \`${prefix}${name}\``);
        await connection.end();
      }
    });
  });

  const mark = () => randomBytes(6).toString('hex');
  async function publishMark(m: string): Promise<void> {
    const em = producer.orm.em.fork();
    recordEvent(em, 'test.pipeline.happened', { mark: m });
    await em.flush();
  }
  async function failedRow(consumer: string, m: string) {
    const rows = await consumerSubgraph.orm.em.fork().find(FailedEvent, { consumer: `epconsumer.${consumer}` });
    return rows.find((row) => row.event.payload.mark === m) ?? null;
  }

  let deadMark = '';

  it('logs each failure with event id, consumer and attempt, backs off exponentially and dead-letters after the limit', async () => {
    const m = (deadMark = mark());
    poison.add(m);
    await publishMark(m);
    const row = await eventually(async () => {
      const found = await failedRow('flaky', m);
      expect(found?.deadAt).toBeInstanceOf(Date);
      return found!;
    }, 20_000);
    expect(row.attempts).toBe(3);
    expect(row.nextAttemptAt).toBeNull();
    expect(row.lastError).toContain(`poisoned ${m}`);
    expect(row.event.type).toBe('test.pipeline.happened');

    const times = runs.flaky.get(m)!;
    expect(times).toHaveLength(3);
    // 400 ms, then 800 ms.
    expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(390);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(790);

    // The line is logged just after the row is written, so it may trail the row by a moment.
    const failures = await eventually(() => {
      const found = lines.filter((line) => line.eventId === row.eventId && line.consumer === 'epconsumer.flaky');
      expect(found).toHaveLength(3);
      return found;
    });
    expect(failures.map((line) => [line.level, line.attempt])).toEqual([
      [40, 1],
      [40, 2],
      [50, 3],
    ]);
    expect(failures[2]!.msg).toMatch(/dead-lettered/);
    expect(failures[0]!.retryInMs).toBe(400);
    expect(failures[1]!.retryInMs).toBe(800);
    // The other consumer handled the same event at once, untouched by the failures.
    expect(handled.steady.has(m)).toBe(true);
    expect(runs.flaky.get(m)).toHaveLength(3);
  });

  it('lets a failing consumer delay neither another consumer nor its own later events', async () => {
    const bad = mark();
    const good = mark();
    poison.add(bad);
    await publishMark(bad);
    await publishMark(good);
    await eventually(() => expect(handled.flaky.has(good)).toBe(true));
    const firstRetry = await eventually(() => {
      const times = runs.flaky.get(bad)!;
      expect(times.length).toBeGreaterThanOrEqual(2);
      return times[1];
    }, 5000);
    // The later event and the other consumer ran before the failed event's first retry came due.
    expect(runs.flaky.get(good)![0]).toBeLessThan(firstRetry!);
    expect(runs.steady.get(bad)![0]).toBeLessThan(firstRetry!);
    expect(runs.steady.get(good)![0]).toBeLessThan(firstRetry!);
    poison.delete(bad);
    await eventually(() => expect(handled.flaky.has(bad)).toBe(true), 10_000);
    await eventually(async () => expect(await failedRow('flaky', bad)).toBeNull());
  });

  /** Runs `npm run events:replay` from the sources, as its own process. */
  function replayCommand(...args: string[]): Promise<{ code: number | null; output: string }> {
    const child = spawn(
      process.execPath,
      ['-r', join(ROOT, 'test/helpers/ts-register.js'), join(ROOT, 'scripts/events-replay.ts'), ...args],
      {
        cwd: ROOT,
        env: {
          PATH: testEnv.PATH,
          DATA_DIR: dataDir,
          MYSQL_DATABASE_PREFIX: prefix,
          ...(config.MYSQL_URL ? { MYSQL_URL: config.MYSQL_URL } : {}),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
  }

  it('keeps dead letters across a restart and runs them again with the replay command', async () => {
    const m = deadMark;
    const dead = (await failedRow('flaky', m))!;
    await consumerSubgraph.stop();
    consumerSubgraph = await startConsumerSubgraph();
    expect((await failedRow('flaky', m))?.deadAt).toBeInstanceOf(Date);

    const listed = await replayCommand('epconsumer', '--list', '--consumer', 'flaky');
    expect(listed.code).toBe(0);
    expect(listed.output).toContain(dead.eventId);
    expect(listed.output).toContain('epconsumer.flaky');

    const refused = await replayCommand('epconsumer', '--bogus');
    expect(refused.code).toBe(2);
    expect(refused.output).toContain('usage: npm run events:replay');

    poison.delete(m);
    const replayed = await replayCommand('epconsumer', '--consumer', 'flaky', '--id', dead.eventId);
    expect(replayed.output).toContain('1 event(s) scheduled for replay');
    expect(replayed.code).toBe(0);
    await eventually(() => expect(handled.flaky.has(m)).toBe(true), 10_000);
    await eventually(async () => expect(await failedRow('flaky', m)).toBeNull());
    // steady had handled it long ago and is not asked again.
    expect(runs.steady.get(m)).toHaveLength(1);
  });

  it('publishes each outbox row once when two replicas share the database and the stream', async () => {
    // On Redis each replica publishes through its own connection; in memory both share the one stream.
    const inner = config.REDIS_URL ? [0, 1].map(() => createEventStream(config.REDIS_URL, config.REDIS_KEY_PREFIX, log)) : [shared, shared];
    const publishers = inner.map((stream) => countingStream(stream, 30));
    // Replace the producer by two replicas on the same database.
    await producer.stop();
    const replicaA = await startSubgraph({ ...basics, name: 'epproducer' }, { config, port: 0, events: publishers[0]!.stream, log });
    const replicaB = await startSubgraph({ ...basics, name: 'epproducer' }, { config, port: 0, events: publishers[1]!.stream, log });
    producer = replicaA;
    disposeAfterAll(async () => {
      await replicaB.stop();
      if (config.REDIS_URL) await Promise.all(inner.map((stream) => stream.close()));
    });
    // A type no consumer handles: this is about publishing, and consumers would only slow the test down.
    const em = replicaA.orm.em.fork();
    for (let i = 0; i < 250; i++) recordEvent(em, 'test.pipeline.replicated', { i });
    await em.flush();
    const ids = (await replicaA.orm.em.fork().find(OutboxEvent, { type: 'test.pipeline.replicated' })).map((r) => r.id);
    expect(ids).toHaveLength(250);
    await Promise.all([replicaA.relay.nudge(), replicaB.relay.nudge(), replicaA.relay.nudge(), replicaB.relay.nudge()]);
    await eventually(async () => {
      expect(await replicaB.orm.em.fork().count(OutboxEvent, { type: 'test.pipeline.replicated', publishedAt: null })).toBe(0);
    }, 10_000);
    const counts = new Map<string, number>();
    for (const { published } of publishers) for (const [id, n] of published) counts.set(id, (counts.get(id) ?? 0) + n);
    expect(ids.map((id) => counts.get(id) ?? 0).filter((n) => n !== 1)).toEqual([]);
    // Both replicas took part (otherwise the test proves nothing about sharing).
    expect(publishers.every(({ published }) => published.size > 0)).toBe(true);
  });

  (testEnv.MYSQL_URL && testEnv.REDIS_URL ? it : it.skip)(
    'runs each retry on one replica when two consumer replicas share the database and Redis',
    async () => {
      const second = await startConsumerSubgraph();
      disposeAfterAll(() => second.stop());
      const m = mark();
      poison.add(m);
      slowPoison.add(m);
      await publishMark(m);
      await eventually(async () => expect((await failedRow('flaky', m))?.deadAt).toBeInstanceOf(Date), 20_000);
      // One first delivery (the group hands it to one replica) and two retries, each claimed by one replica.
      expect(runs.flaky.get(m)).toHaveLength(3);
      expect(runs.steady.get(m)).toHaveLength(1);
      await second.stop();
    },
  );

  it('prunes published outbox rows and processed-event marks older than the retention, and nothing newer', async () => {
    const old = mark();
    const recent = mark();
    await publishMark(old);
    await publishMark(recent);
    await eventually(() => expect(handled.steady.has(old) && handled.steady.has(recent)).toBe(true));
    const em = producer.orm.em.fork();
    const rows = (await em.find(OutboxEvent, { type: 'test.pipeline.happened' })).filter((r) =>
      [old, recent].includes(String(r.payload.mark)),
    );
    const oldRow = rows.find((r) => r.payload.mark === old)!;
    const recentRow = rows.find((r) => r.payload.mark === recent)!;
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    await em.nativeUpdate(OutboxEvent, { id: oldRow.id }, { publishedAt: twoHoursAgo });
    // An unpublished row, however old, is never pruned: claimed far ahead so no relay publishes it meanwhile.
    const pendingId = newId();
    await em.insert(OutboxEvent, {
      id: pendingId,
      type: 'test.pipeline.unrelated',
      tenantId: null,
      payload: {},
      createdAt: twoHoursAgo,
      updatedAt: twoHoursAgo,
      publishedAt: null,
      claimedBy: 'elsewhere',
      claimedUntil: new Date(Date.now() + 3600_000),
    });
    const consumerEm = consumerSubgraph.orm.em.fork();
    await consumerEm.nativeUpdate(ProcessedEvent, { eventId: oldRow.id }, { processedAt: twoHoursAgo });

    expect((await producer.relay.prune()).outbox).toBeGreaterThanOrEqual(1);
    expect((await consumerSubgraph.relay.prune()).processed).toBe(2);
    const left = await producer.orm.em.fork().find(OutboxEvent, { id: { $in: [oldRow.id, recentRow.id] } });
    expect(left.map((r) => r.id)).toEqual([recentRow.id]);
    const processed = await consumerSubgraph.orm.em.fork().find(ProcessedEvent, { eventId: { $in: [oldRow.id, recentRow.id] } });
    expect(processed.map((r) => r.eventId).sort()).toEqual([recentRow.id, recentRow.id]);
    if (!config.MYSQL_URL) {
      // (On MySQL the relays lock rows instead of claiming them, so a claimed row gets published.)
      expect(await producer.orm.em.fork().count(OutboxEvent, { id: pendingId })).toBe(1);
    }
    await producer.orm.em.fork().nativeDelete(OutboxEvent, { id: pendingId });
  });

  describe('in-memory stream', () => {
    /**
     * A stream whose delivery to one group waits for `release()` before its first event (outside the
     * handler's transaction: SQLite has one connection, which a waiting transaction would hold).
     */
    function gatedStream(inner: MemoryEventStream, gatedGroup: string) {
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const stream: EventStream = {
        publish: (events) => inner.publish(events),
        consume: (group, handler, options) => {
          if (group !== gatedGroup) return inner.consume(group, handler, options);
          let first = true;
          return inner.consume(
            group,
            async (e) => {
              if (first) {
                first = false;
                await gate;
              }
              await handler(e);
            },
            options,
          );
        },
        close: () => inner.close(),
      };
      return { stream, release };
    }

    function recorder(name: string, types: string[]) {
      const seen: DomainEvent[] = [];
      const consumer: EventConsumer = {
        name,
        types,
        async handle(e) {
          seen.push(e);
        },
      };
      return { consumer, seen };
    }

    it('never trims past a live consumer, even more than 10,000 events behind', async () => {
      const memory = new MemoryEventStream({ log });
      const { stream, release } = gatedStream(memory, 'epmemory.slow');
      const slow = recorder('slow', ['test.mem.first', 'test.mem.last']);
      const fast = recorder('fast', ['test.mem.first', 'test.mem.last']);
      const sub = await startSubgraph(
        { ...basics, name: 'epmemory', consumers: [slow.consumer, fast.consumer] },
        { config, port: 0, events: stream, log },
      );
      disposeAfterAll(() => sub.stop());
      await memory.publish([event('test.mem.first', {})]);
      // 10,050 events neither consumer handles, then one both do; `slow` is still held at the first.
      for (let i = 0; i < 201; i++) await memory.publish(Array.from({ length: 50 }, () => event('test.mem.filler', { i })));
      const last = event('test.mem.last', {});
      await memory.publish([last]);
      await eventually(() => expect(fast.seen.map((e) => e.id)).toContain(last.id));
      expect(slow.seen).toEqual([]);
      expect(memory.length).toBeGreaterThan(10_000);
      release();
      await eventually(() => expect(slow.seen.map((e) => e.type)).toEqual(['test.mem.first', 'test.mem.last']), 10_000);
      // Once every consumer is past them, handled events are trimmed (a tail stays for late consumers).
      await memory.publish([event('test.mem.filler', {})]);
      expect(memory.length).toBeLessThanOrEqual(10_000);
    });

    it('past its hard cap dead-letters what a lagging consumer missed and logs it, never skipping silently', async () => {
      const memory = new MemoryEventStream({ log, maxLength: 20 });
      const { stream, release } = gatedStream(memory, 'epcapped.lagging');
      const lagging = recorder('lagging', ['test.mem.capped']);
      const sub = await startSubgraph(
        { ...basics, name: 'epcapped', consumers: [lagging.consumer] },
        { config, port: 0, events: stream, log },
      );
      disposeAfterAll(() => sub.stop());
      const events = Array.from({ length: 35 }, (_, i) => event('test.mem.capped', { i }));
      for (const e of events) await memory.publish([e]);
      expect(memory.length).toBeLessThanOrEqual(20);
      release();
      await eventually(() => expect(lagging.seen.map((e) => e.id)).toContain(events[34]!.id), 20_000);
      const dead = await sub.orm.em.fork().find(FailedEvent, { consumer: 'epcapped.lagging' });
      expect(dead.length).toBeGreaterThanOrEqual(14);
      expect(dead.every((row) => row.deadAt instanceof Date && row.lastError.includes('EVENT_STREAM_MAX_LENGTH'))).toBe(true);
      // Every event was either handled or dead-lettered.
      const accounted = new Set([...lagging.seen.map((e) => e.id), ...dead.map((row) => row.eventId)]);
      expect(events.filter((e) => !accounted.has(e.id))).toEqual([]);
      expect(lines.some((line) => line.consumer === 'epcapped.lagging' && line.level === 50 && /over its cap/.test(line.msg))).toBe(true);
    });
  });

  (testEnv.REDIS_URL ? describe : describe.skip)('Redis stream', () => {
    it('trims only what every group has handled; past the cap it trims and logs the lagging group', async () => {
      const key = `${prefix}:trimtest`;
      const stream = new RedisEventStream(testEnv.REDIS_URL!, key, log, { maxLength: 20 });
      const redis = new Redis(testEnv.REDIS_URL!);
      disposeAfterAll(async () => {
        await redis.del(key);
        redis.disconnect();
        await stream.close();
      });
      await redis.xgroup('CREATE', key, 'lag', '0', 'MKSTREAM');
      await redis.xgroup('CREATE', key, 'fast', '0');
      await stream.publish(Array.from({ length: 10 }, (_, i) => event('test.redis.trim', { i })));
      const read = async (group: string, count: number, ack: boolean) => {
        const got = (await redis.xreadgroup('GROUP', group, 'c1', 'COUNT', count, 'STREAMS', key, '>')) as [string, [string, string[]][]][];
        const ids = got[0]![1].map(([id]) => id);
        if (ack) await redis.xack(key, group, ...ids);
        return ids;
      };
      await read('fast', 10, true);
      await read('lag', 4, true);
      await stream.trim();
      expect(await redis.xlen(key)).toBe(6);
      // Read but not acknowledged: still the group's to handle, so kept.
      await read('lag', 2, false);
      await stream.trim();
      expect(await redis.xlen(key)).toBe(6);

      await stream.publish(Array.from({ length: 20 }, (_, i) => event('test.redis.trim', { i: 10 + i })));
      await stream.trim();
      expect(await redis.xlen(key)).toBe(20);
      expect(lines.some((line) => line.consumer === 'lag' && line.level === 50 && /over its cap/.test(line.msg))).toBe(true);
      expect(lines.some((line) => line.consumer === 'fast' && /over its cap/.test(line.msg))).toBe(false);
    });

    it('acknowledges an unreadable entry instead of retrying it forever', async () => {
      const key = `${prefix}:events`;
      const redis = new Redis(testEnv.REDIS_URL!);
      disposeAfterAll(async () => redis.disconnect());
      await redis.xadd(key, '*', 'event', '{not json');
      await eventually(async () => {
        const pending = (await redis.xpending(key, 'epconsumer.flaky')) as [number, ...unknown[]];
        expect(pending[0]).toBe(0);
        expect(lines.some((line) => line.consumer === 'epconsumer.flaky' && /unreadable event stream entry/.test(line.msg))).toBe(true);
      });
    });
  });
});
