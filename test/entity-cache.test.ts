import { randomBytes } from 'node:crypto';
import {
  cachedEntityLoader,
  createEntityCache,
  entityCacheKey,
  entityCacheOf,
  loadSubgraphConfig,
  MemoryEntityCache,
  startSubgraph,
  type EntityCache,
} from '../kit';
import { library } from '../subgraphs/library';
import { Hold, Loan } from '../subgraphs/library/src/entities';
import { Catalogue, adminToken, freshDigits, librarian, uniqueWord } from '../subgraphs/library/test/support';
import { gql, signUpUser } from './helpers/graphql';
import { disposeAfterAll, startTestStack, testEnv, type TestStack } from './helpers/stack';

const WORK = 'query($id: ID!) { work(id: $id) { id title availableCopies createdAt authors { name } } }';

/**
 * The kit's entity cache (kit/src/entity-cache.ts) as the library uses it for `Work` rows: a second
 * read of a work issues no statement on `works`, a copy added shows on the next read, per-user rows
 * are refused. The router's response cache is off here so every read reaches the subgraph.
 */
describe('entity cache: library works through the router', () => {
  let stack: TestStack;
  let catalogue: Catalogue;
  let worksStatements: () => number;

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'library'],
      env: { SEED_DEMO_DATA: 'true', LIBRARY_HOLD_SWEEP_MS: '0', RESPONSE_CACHE_ENABLED: 'false' },
    });
    catalogue = new Catalogue(stack, (await librarian(stack, await adminToken(stack))).token);
    const library = stack.subgraphs.find((s) => s.name === 'library')!;
    // Every statement the library's ORM sends (all forks share the connection), counted on `works`.
    const connection = library.orm.em.getConnection();
    const execute = connection.execute.bind(connection);
    let count = 0;
    jest.spyOn(connection, 'execute').mockImplementation(((query: unknown, ...rest: unknown[]) => {
      if (typeof query === 'string' && /\bworks\b/.test(query)) count += 1;
      return (execute as (...args: unknown[]) => unknown)(query, ...rest);
    }) as never);
    worksStatements = () => count;
  });

  const read = async (id: string) => {
    const res = await gql(stack.url, WORK, { id });
    expect(res.body.errors).toBeUndefined();
    return res.body.data.work;
  };

  it('serves a second read of a work without a statement on works', async () => {
    const { workId } = await catalogue.book(uniqueWord('cached'), 1);
    const before = worksStatements();
    const first = await read(workId);
    expect(worksStatements()).toBeGreaterThan(before);
    const afterFirst = worksStatements();
    const second = await read(workId);
    expect(second).toEqual(first);
    expect(worksStatements()).toBe(afterFirst);
    expect(typeof second.createdAt).toBe('string');
    expect(new Date(second.createdAt).toISOString()).toBe(second.createdAt);
  });

  it('shows a write on the next read: addCopy, checkOut and checkIn invalidate the work', async () => {
    const { workId, copyIds } = await catalogue.book(uniqueWord('fresh'), 1);
    expect((await read(workId)).availableCopies).toBe(1);
    expect((await read(workId)).availableCopies).toBe(1); // cached now
    await catalogue.copy(workId, `T-${freshDigits()}`);
    expect((await read(workId)).availableCopies).toBe(2);

    const patron = await signUpUser(stack.url, 'patron');
    const desk = (catalogue as unknown as { token: string }).token;
    const out = await gql(
      stack.url,
      'mutation($c: ID!, $p: ID!) { checkOut(copyId: $c, patronId: $p) { loan { id } errors { field code } } }',
      { c: copyIds[0], p: patron.id },
      { token: desk },
    );
    expect(out.body.data?.checkOut?.errors ?? out.body.errors).toEqual([]);
    expect((await read(workId)).availableCopies).toBe(1);
    const back = await gql(
      stack.url,
      'mutation($c: ID!) { checkIn(copyId: $c) { loan { id } errors { field code } } }',
      { c: copyIds[0] },
      { token: desk },
    );
    expect(back.body.data?.checkIn?.errors ?? back.body.errors).toEqual([]);
    expect((await read(workId)).availableCopies).toBe(2);
  });

  it('never caches per-user rows: loans and holds are refused, and the cache holds only Work keys', async () => {
    const library = stack.subgraphs.find((s) => s.name === 'library')!;
    const em = library.orm.em.fork();
    const cache = entityCacheOf(em);
    expect(cache).toBeDefined();
    expect(() => cachedEntityLoader(em, Loan, cache!)).toThrow(/per-user entity \(patronId\)/);
    expect(() => cachedEntityLoader(em, Hold, cache!)).toThrow(/per-user entity/);
    // A patron's own list is not behind the cache: another patron sees none of it.
    const a = await signUpUser(stack.url, 'reader-a');
    const b = await signUpUser(stack.url, 'reader-b');
    const { workId } = await catalogue.book(uniqueWord('held'), 0);
    const hold = await gql(
      stack.url,
      'mutation($w: ID!) { placeHold(workId: $w) { hold { id } errors { code } } }',
      { w: workId },
      { token: a.token },
    );
    expect(hold.body.data.placeHold.errors).toEqual([]);
    const holds = (token: string) => gql(stack.url, 'query { myHolds { totalCount } }', {}, { token });
    expect((await holds(a.token)).body.data.myHolds.totalCount).toBe(1);
    expect((await holds(b.token)).body.data.myHolds.totalCount).toBe(0);
  });

  (testEnv.MYSQL_URL && testEnv.REDIS_URL ? it : it.skip)(
    'invalidates on a second library replica (same MariaDB and Redis) when the write went through the first',
    async () => {
      // Replica 2: its own process-level state (ORM, entity cache, HTTP server), the same database and Redis prefix.
      const replica = await startSubgraph(library, {
        config: loadSubgraphConfig({ ...stack.env, SEED_DEMO_DATA: 'false' }),
        env: { ...stack.env, SEED_DEMO_DATA: 'false' },
        port: 0,
      });
      disposeAfterAll(() => replica.stop());
      const cache = entityCacheOf(replica.orm.em)!;
      expect(cache).not.toBe(entityCacheOf(stack.subgraphs.find((s) => s.name === 'library')!.orm.em));
      const { workId } = await catalogue.book(uniqueWord('replica'), 1);
      const readOnReplica = async () => {
        const res = await gql(replica.url, WORK, { id: workId });
        expect(res.body.errors).toBeUndefined();
        return res.body.data.work.availableCopies as number;
      };
      expect(await readOnReplica()).toBe(1);
      const hits = cache.stats.hits;
      expect(await readOnReplica()).toBe(1);
      expect(cache.stats.hits).toBe(hits + 1); // served from Redis by replica 2
      await catalogue.copy(workId, `T-${freshDigits()}`); // through the router to replica 1
      expect(await readOnReplica()).toBe(2);
    },
  );

  it('does not let a read that raced a write store the old row (versioned keys)', async () => {
    const library = stack.subgraphs.find((s) => s.name === 'library')!;
    const cache = entityCacheOf(library.orm.em)!;
    const key = entityCacheKey('Work', `race-${randomBytes(4).toString('hex')}`);
    const { generations } = await cache.getMany([key]); // a reader looks, misses, reads the database...
    await cache.invalidate(key); // ...a write commits and invalidates...
    await cache.set(key, { old: true }, generations.get(key)!); // ...and the reader stores what it read.
    expect((await cache.getMany([key])).values.has(key)).toBe(false);
    const fresh = await cache.getMany([key]);
    await cache.set(key, { fresh: true }, fresh.generations.get(key)!);
    expect((await cache.getMany([key])).values.get(key)).toEqual({ fresh: true });
  });
});

describe('entity cache: bounds', () => {
  it('refuses an unbounded TTL and evicts the least recently used entry past maxEntries', async () => {
    expect(() => new MemoryEntityCache(0)).toThrow(/TTL/);
    expect(() => new MemoryEntityCache(24 * 3_600_000)).toThrow(/TTL/);
    const cache = new MemoryEntityCache(60_000, 2);
    for (const key of ['a', 'b']) await cache.set(key, key, 0);
    await cache.getMany(['a']); // a is now more recent than b
    await cache.set('c', 'c', 0);
    const { values } = await cache.getMany(['a', 'b', 'c']);
    expect([...values.keys()].sort()).toEqual(['a', 'c']);
  });
});

/** Two replicas' caches on one Redis: an invalidation through one is seen by the other at once. */
(testEnv.REDIS_URL ? describe : describe.skip)('entity cache: two replicas on Redis', () => {
  let one: EntityCache;
  let two: EntityCache;
  beforeAll(() => {
    const prefix = `hgt_${randomBytes(4).toString('hex')}:`;
    one = createEntityCache({ name: 'library', redisUrl: testEnv.REDIS_URL, prefix, ttlMs: 60_000 });
    two = createEntityCache({ name: 'library', redisUrl: testEnv.REDIS_URL, prefix, ttlMs: 60_000 });
    disposeAfterAll(async () => {
      await one.close();
      await two.close();
    });
  });

  it('shares values and invalidations between replicas', async () => {
    const key = entityCacheKey('Work', 'shared');
    const seen = await one.getMany([key]);
    await one.set(key, { availableCopies: 1 }, seen.generations.get(key)!);
    expect((await two.getMany([key])).values.get(key)).toEqual({ availableCopies: 1 });
    await two.invalidate(key);
    expect((await one.getMany([key])).values.has(key)).toBe(false);
    // A read replica one started before the invalidation cannot store its old row.
    await one.set(key, { availableCopies: 1 }, seen.generations.get(key)!);
    expect((await two.getMany([key])).values.has(key)).toBe(false);
  });

  it('expires entries after the TTL', async () => {
    const short = createEntityCache({
      name: 'ttl',
      redisUrl: testEnv.REDIS_URL,
      prefix: `hgt_${randomBytes(4).toString('hex')}:`,
      ttlMs: 50,
    });
    disposeAfterAll(() => short.close());
    await short.set('k', 1, 0);
    expect((await short.getMany(['k'])).values.get('k')).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect((await short.getMany(['k'])).values.has('k')).toBe(false);
  });
});
