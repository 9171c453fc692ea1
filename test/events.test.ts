import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import {
  createEventStream,
  createLogger,
  loadSubgraphConfig,
  recordEvent,
  startSubgraph,
  type DomainEvent,
  type EventConsumer,
  type EventStream,
  type RunningSubgraph,
} from '../kit';
import { basics } from '../subgraphs/basics';
import { disposeAfterAll, testEnv } from './helpers/stack';
import { eventually } from './helpers/wait';
import { FailedEvent, ProcessedEvent } from '../kit/src/events';

/** A stream whose publishing can be switched off, standing in for a broker outage. */
function flakyStream(inner: EventStream) {
  const state = { down: false, attempts: 0 };
  const stream: EventStream = {
    publish: async (events) => {
      state.attempts++;
      if (state.down) throw new Error('broker unavailable');
      await inner.publish(events);
    },
    consume: (group, handler) => inner.consume(group, handler),
    close: () => inner.close(),
  };
  return { stream, state };
}

describe('domain events: transactional outbox, relay, idempotent consumers', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'hubgraph-events-'));
  const prefix = `hge_${randomBytes(4).toString('hex')}_`;
  const config = loadSubgraphConfig({
    ...testEnv,
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    MYSQL_DATABASE_PREFIX: prefix,
    REDIS_KEY_PREFIX: `${prefix}:`,
  });
  const log = undefined;
  let shared: EventStream;
  let flaky: ReturnType<typeof flakyStream>;
  let producer: RunningSubgraph;
  let consumerSubgraph: RunningSubgraph;
  const handled: DomainEvent[] = [];
  let failNext = 0;
  const collector: EventConsumer = {
    name: 'collector',
    types: ['test.thing.happened'],
    async handle(event) {
      if (failNext > 0) {
        failNext--;
        throw new Error('handler failed once');
      }
      handled.push(event);
    },
  };
  const startProducer = () => startSubgraph({ ...basics, name: 'evproducer' }, { config, port: 0, events: flaky.stream, log });

  beforeAll(async () => {
    shared = createEventStream(config.REDIS_URL, config.REDIS_KEY_PREFIX, createLogger('events-test', 'silent'));
    flaky = flakyStream(shared);
    producer = await startProducer();
    consumerSubgraph = await startSubgraph(
      { ...basics, name: 'evconsumer', consumers: [collector] },
      { config, port: 0, events: shared, log },
    );
    disposeAfterAll(async () => {
      await producer.stop();
      await consumerSubgraph.stop();
      await shared.close();
      rmSync(dataDir, { recursive: true, force: true });
      if (config.MYSQL_URL) {
        const connection = await createConnection(config.MYSQL_URL);
        for (const name of ['evproducer', 'evconsumer']) await connection.query(`drop database if exists \`${prefix}${name}\``);
        await connection.end();
      }
    });
  });

  const mark = () => randomBytes(6).toString('hex');
  const handledWith = (m: string) => handled.filter((e) => e.payload.mark === m);

  it('publishes an event recorded with a change, after commit, to consumers of other subgraphs', async () => {
    const m = mark();
    const em = producer.orm.em.fork();
    recordEvent(em, 'test.thing.happened', { mark: m });
    await em.flush();
    await eventually(() => expect(handledWith(m)).toHaveLength(1));
    const [event] = handledWith(m);
    expect(event!.source).toBe('evproducer');
    expect(event!.type).toBe('test.thing.happened');
    expect(event!.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('records nothing when the change rolls back', async () => {
    const m = mark();
    await expect(
      producer.orm.em.fork().transactional(async (em) => {
        recordEvent(em, 'test.thing.happened', { mark: m });
        await em.flush();
        throw new Error('business rule failed');
      }),
    ).rejects.toThrow('business rule failed');
    const after = mark();
    const em = producer.orm.em.fork();
    recordEvent(em, 'test.thing.happened', { mark: after });
    await em.flush();
    await eventually(() => expect(handledWith(after)).toHaveLength(1));
    expect(handledWith(m)).toHaveLength(0);
  });

  it('loses nothing when the process stops between commit and publish', async () => {
    const m = mark();
    flaky.state.down = true;
    const em = producer.orm.em.fork();
    recordEvent(em, 'test.thing.happened', { mark: m });
    await em.flush();
    await producer.relay.nudge();
    await producer.stop();
    expect(handledWith(m)).toHaveLength(0);
    flaky.state.down = false;
    producer = await startProducer();
    await eventually(() => expect(handledWith(m)).toHaveLength(1));
  });

  it('handles a redelivered event once, and retries an event whose handler failed', async () => {
    const m = mark();
    const event: DomainEvent = {
      id: '01900000-0000-7000-8000-' + randomBytes(6).toString('hex'),
      type: 'test.thing.happened',
      source: 'manual',
      occurredAt: new Date().toISOString(),
      tenantId: null,
      payload: { mark: m },
    };
    failNext = 1;
    await shared.publish([event, event, event]);
    await eventually(() => expect(handledWith(m)).toHaveLength(1), 8000);
    // Nothing is left that could run the handler again: the event is recorded as processed once, and
    // no retry of it is pending (the failed first delivery's retry row is gone).
    const em = () => consumerSubgraph.orm.em.fork();
    await eventually(async () => expect(await em().count(FailedEvent, { eventId: event.id })).toBe(0), 8000);
    expect(await em().count(ProcessedEvent, { eventId: event.id })).toBe(1);
    expect(handledWith(m)).toHaveLength(1);
  });
});
