import { AppError, fail, fieldError, flushOrConflict, flushOrThrowConflict, ok, type Clock, type Orm, type SubgraphDeps } from '../index';
import { basics } from '../../subgraphs/basics';
import { Counter } from '../../subgraphs/basics/src/entities';
import { gql } from '../../test/helpers/graphql';
import { startOneSubgraph } from '../../test/helpers/subgraph';

/** A clock the test moves by hand. */
function manualClock(start: string): Clock & { set(iso: string): void } {
  let now = new Date(start);
  return { now: () => new Date(now), set: (iso) => (now = new Date(iso)) };
}

describe('kit service shape: payloads', () => {
  it('ok() adds an empty error list; fail() takes one error or several and sets no data field', () => {
    expect(ok({ task: 1 })).toEqual({ task: 1, errors: [] });
    const one = fieldError('input.title', 'Title is required.');
    expect(fail(one)).toEqual({ errors: [one] });
    expect(fail([one, one])).toEqual({ errors: [one, one] });
    expect('task' in fail(one)).toBe(false);
  });
});

describe('kit service shape: the running subgraph (basics)', () => {
  const clock = manualClock('2031-01-02T03:04:05.678Z');
  const seen: { config?: SubgraphDeps['config']; counted?: number; stopped: number } = { stopped: 0 };
  let url = '';
  let orm: Orm;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    const running = await startOneSubgraph(
      {
        ...basics,
        // A start hook that uses the deps it is given and records its stop.
        start: async (deps) => {
          seen.config = deps.config;
          const background = deps.serviceDeps();
          expect(background.viewer).toBeNull();
          seen.counted = await background.em.count(Counter, {});
          return { stop: async () => void seen.stopped++ };
        },
      },
      {},
      { clock },
    );
    url = running.url;
    orm = running.orm;
    stop = running.stop;
  });

  it('runs start(deps) with the parsed configuration and working service deps before serving', () => {
    expect(seen.config?.NODE_ENV).toBe('test');
    expect(seen.counted).toBe(0);
  });

  it('hands services the clock the subgraph was started with (ctx.deps.clock)', async () => {
    const first = await gql(url, 'mutation { incrementCounter(name: "clocked") { value updatedAt } }');
    expect(first.body.data.incrementCounter).toEqual({ value: 1, updatedAt: '2031-01-02T03:04:05.678Z' });
    clock.set('2031-06-01T00:00:00.000Z');
    const second = await gql(url, 'mutation { incrementCounter(name: "clocked") { value updatedAt } }');
    expect(second.body.data.incrementCounter).toEqual({ value: 2, updatedAt: '2031-06-01T00:00:00.000Z' });
  });

  it('flushOrConflict turns a duplicate key into one CONFLICT user error and writes nothing of it', async () => {
    const em = orm.em.fork();
    em.create(Counter, { name: 'dup', value: 1, updatedAt: new Date() });
    expect(await flushOrConflict(em, 'name', 'first')).toEqual([]);
    const again = orm.em.fork();
    again.create(Counter, { name: 'dup', value: 99, updatedAt: new Date() });
    expect(await flushOrConflict(again, 'name', 'A counter with this name exists.')).toEqual([
      { field: 'name', message: 'A counter with this name exists.', code: 'CONFLICT' },
    ]);
    // The refused row is gone from the unit of work: a later flush of the same fork writes nothing.
    await again.flush();
    expect((await orm.em.fork().findOneOrFail(Counter, { name: 'dup' })).value).toBe(1);
  });

  it('flushOrThrowConflict throws a CONFLICT GraphQL error with the readable message; other errors pass', async () => {
    const em = orm.em.fork();
    em.create(Counter, { name: 'dup', value: 5, updatedAt: new Date() });
    const error = await flushOrThrowConflict(em, 'That counter exists.').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe('That counter exists.');
    expect((error as AppError).extensions.code).toBe('CONFLICT');
    const fine = orm.em.fork();
    fine.create(Counter, { name: 'fresh', value: 5, updatedAt: new Date() });
    await expect(flushOrThrowConflict(fine, 'unused')).resolves.toBeUndefined();
  });

  it('stops what start() started when the subgraph stops', async () => {
    expect(seen.stopped).toBe(0);
    await stop();
    expect(seen.stopped).toBe(1);
  });
});
