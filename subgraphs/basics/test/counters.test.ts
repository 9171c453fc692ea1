import { randomBytes } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import type { RunningSubgraph } from '../../../kit';
import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { disposeAfterAll, startTestStack, testEnv, type TestStack } from '../../../test/helpers/stack';
import { waitFor } from '../../../test/helpers/wait';
import { Counter } from '../src/entities';

const INT_MAX = 2 ** 31 - 1;
const INT_MIN = -(2 ** 31);

const GET = 'query($name: String!) { counter(name: $name) { name value updatedAt } }';
const INCREMENT = 'mutation($name: String!, $by: Int) { incrementCounter(name: $name, by: $by) { name value updatedAt } }';
const DECREMENT = 'mutation($name: String!, $by: Int) { decrementCounter(name: $name, by: $by) { name value updatedAt } }';
const RESET = 'mutation($name: String!) { resetCounter(name: $name) { name value updatedAt } }';
const CHANGED = 'subscription($name: String!) { counterChanged(name: $name) { name value updatedAt } }';

interface CounterData {
  name: string;
  value: number;
  updatedAt: string | null;
}

/** A counter name no other test (or concurrent suite sharing Redis) uses. */
function freshName(label: string): string {
  return `${label}-${randomBytes(5).toString('hex')}`;
}

/** Runs `tasks` with at most `limit` in flight at once. */
async function runBounded<T>(count: number, limit: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, count) }, worker));
  return results;
}

/** One live `counterChanged` subscription and everything it has received so far. */
interface CounterSubscription {
  events: CounterData[];
  errors: unknown[];
  completed: boolean;
  unsubscribe: () => void;
}

function subscribeCounter(client: Client, name: string): CounterSubscription {
  const sub: CounterSubscription = { events: [], errors: [], completed: false, unsubscribe: () => undefined };
  sub.unsubscribe = client.subscribe<{ counterChanged: CounterData }>(
    { query: CHANGED, variables: { name } },
    {
      next: (result) => {
        if (result.errors) sub.errors.push(...result.errors);
        if (result.data) sub.events.push(result.data.counterChanged);
      },
      error: (error) => sub.errors.push(error),
      complete: () => {
        sub.completed = true;
      },
    },
  );
  return sub;
}

describe('basics: counters through the router', () => {
  let stack: TestStack;
  let user: TestUser;

  const basics = (): RunningSubgraph => {
    const running = stack.subgraphs.find((s) => s.name === 'basics');
    if (!running) throw new Error('basics subgraph is not running');
    return running;
  };
  const valueOf = async (name: string): Promise<CounterData> => (await gql(stack.url, GET, { name })).body.data.counter;
  const increment = (name: string, by?: number) => gql(stack.url, INCREMENT, { name, by });

  /** Puts a counter at `value` directly in the database, to test the 32-bit edges without 2,000 requests. */
  async function seedCounter(name: string, value: number): Promise<void> {
    const em = basics().orm.em.fork();
    em.create(Counter, { name, value, updatedAt: new Date() });
    await em.flush();
  }

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'basics'] });
    user = await signUpUser(stack.url, 'counter');
  });

  it('reads a counter never changed as 0 with updatedAt null', async () => {
    const res = await gql(stack.url, GET, { name: freshName('untouched') });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.counter).toMatchObject({ value: 0, updatedAt: null });
  });

  it('increments and decrements, by 1 or by a step, and remembers the value', async () => {
    const name = freshName('steps');
    const before = Date.now();
    const first = await increment(name);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.incrementCounter).toMatchObject({ name, value: 1 });
    const updatedAt = new Date(first.body.data.incrementCounter.updatedAt).getTime();
    expect(updatedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(updatedAt).toBeLessThanOrEqual(Date.now() + 1000);

    expect((await increment(name, 41)).body.data.incrementCounter.value).toBe(42);
    expect((await gql(stack.url, DECREMENT, { name, by: 50 })).body.data.decrementCounter.value).toBe(-8);
    expect((await gql(stack.url, DECREMENT, { name })).body.data.decrementCounter.value).toBe(-9);
    expect(await valueOf(name)).toMatchObject({ name, value: -9, updatedAt: expect.any(String) });
  });

  it.each([
    ['an upper-case name', 'Visits', 1],
    ['a name with a space', 'page views', 1],
    ['an empty name', '', 1],
    ['a 65-character name', 'a'.repeat(65), 1],
    ['a name starting with a dot', '.hidden', 1],
  ])('answers BAD_USER_INPUT for %s', async (_label, name, by) => {
    const res = await increment(name, by);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.body.data).toEqual({ incrementCounter: null });
  });

  it('accepts a 64-character name with digits, _, - and .', async () => {
    const name = `a${'b1_-.'.repeat(12)}xyz`;
    expect(name).toHaveLength(64);
    expect((await increment(name)).body.data.incrementCounter.value).toBe(1);
  });

  it.each([0, -1, 1_000_001])('answers BAD_USER_INPUT for by = %p and leaves the counter alone', async (by) => {
    const name = freshName('step');
    await increment(name, 5);
    expect(errorCodes(await increment(name, by))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(stack.url, DECREMENT, { name, by }))).toEqual(['BAD_USER_INPUT']);
    expect((await valueOf(name)).value).toBe(5);
  });

  it('needs a signed-in user to reset', async () => {
    const name = freshName('reset');
    await increment(name, 7);
    const anonymous = await gql(stack.url, RESET, { name });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect((await valueOf(name)).value).toBe(7);
    const signedIn = await gql(stack.url, RESET, { name }, { token: user.token });
    expect(signedIn.body.errors).toBeUndefined();
    expect(signedIn.body.data.resetCounter).toMatchObject({ name, value: 0, updatedAt: expect.any(String) });
    expect((await valueOf(name)).value).toBe(0);
  });

  it('refuses to go past 2^31-1 and keeps the value', async () => {
    const name = freshName('overflow');
    await seedCounter(name, INT_MAX - 10);
    expect((await increment(name, 10)).body.data.incrementCounter.value).toBe(INT_MAX);
    const over = await increment(name, 1);
    expect(errorCodes(over)).toEqual(['BAD_USER_INPUT']);
    expect(over.body.data).toEqual({ incrementCounter: null });
    expect((await valueOf(name)).value).toBe(INT_MAX);
    expect(errorCodes(await increment(name, 1_000_000))).toEqual(['BAD_USER_INPUT']);
    expect((await valueOf(name)).value).toBe(INT_MAX);
    // Still usable afterwards: the failed change rolled back cleanly.
    expect((await gql(stack.url, DECREMENT, { name, by: 1 })).body.data.decrementCounter.value).toBe(INT_MAX - 1);
  });

  it('refuses to go below -2^31 and keeps the value', async () => {
    const name = freshName('underflow');
    await seedCounter(name, INT_MIN + 3);
    expect((await gql(stack.url, DECREMENT, { name, by: 3 })).body.data.decrementCounter.value).toBe(INT_MIN);
    expect(errorCodes(await gql(stack.url, DECREMENT, { name, by: 1 }))).toEqual(['BAD_USER_INPUT']);
    expect((await valueOf(name)).value).toBe(INT_MIN);
  });

  it('loses none of 1,000 concurrent increments', async () => {
    const name = freshName('concurrent');
    const results = await runBounded(1000, 100, () => increment(name));
    const failures = results.filter((r) => r.body.errors || r.status !== 200);
    expect(failures.map((r) => r.body.errors)).toEqual([]);
    const values = results.map((r) => r.body.data.incrementCounter.value as number);
    // Each increment saw its own new value: 1..1000, each exactly once.
    expect(new Set(values).size).toBe(1000);
    expect(Math.min(...values)).toBe(1);
    expect(Math.max(...values)).toBe(1000);
    expect((await valueOf(name)).value).toBe(1000);
  }, 180_000);

  describe('counterChanged subscription (graphql-ws, straight to the basics subgraph)', () => {
    let redis: Redis | undefined;

    const wsUrl = () => basics().url.replace(/^http/, 'ws');
    const connect = (): Client => {
      const client = createClient({ url: wsUrl(), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });
      disposeAfterAll(async () => {
        await client.dispose();
      });
      return client;
    };

    /**
     * Increments through the router until the subscription sees its first event. Redis subscribes
     * asynchronously (and graphql-ws does not acknowledge a subscription), so an event published right
     * after subscribing may be missed; retrying is faster and surer than sleeping.
     */
    async function incrementUntilDelivered(sub: CounterSubscription, name: string): Promise<number> {
      const deadline = Date.now() + 10_000;
      while (sub.events.length === 0) {
        if (Date.now() > deadline) throw new Error(`no counterChanged event for ${name}: ${JSON.stringify(sub.errors)}`);
        expect((await increment(name)).body.errors).toBeUndefined();
        const waitUntil = Date.now() + 100;
        while (sub.events.length === 0 && Date.now() < waitUntil) await new Promise((r) => setTimeout(r, 5));
      }
      return (await valueOf(name)).value;
    }

    /** Redis's own count of subscribers to a topic's channel (across every process). */
    async function redisSubscribers(topic: string): Promise<number> {
      if (!redis) return 0;
      const reply = (await redis.call('PUBSUB', 'NUMSUB', `${stack.env.REDIS_KEY_PREFIX}${topic}`)) as [string, number | string];
      return Number(reply[1]);
    }

    beforeAll(() => {
      if (testEnv.REDIS_URL) {
        redis = new Redis(testEnv.REDIS_URL);
        disposeAfterAll(async () => {
          redis?.disconnect();
        });
      }
    });

    it('delivers each change made through the router, in order', async () => {
      const name = freshName('live');
      const client = connect();
      const sub = subscribeCounter(client, name);
      const valueAtFirstEvent = await incrementUntilDelivered(sub, name);
      expect(sub.events.at(-1)).toMatchObject({ name, value: valueAtFirstEvent });

      const seen = sub.events.length;
      const inc = await increment(name, 5);
      const dec = await gql(stack.url, DECREMENT, { name, by: 2 });
      const reset = await gql(stack.url, RESET, { name }, { token: user.token });
      await waitFor(() => sub.events.length >= seen + 3, 'three more events');
      expect(sub.events.slice(seen)).toEqual([
        inc.body.data.incrementCounter,
        dec.body.data.decrementCounter,
        reset.body.data.resetCounter,
      ]);
      expect(sub.events.slice(seen).map((e) => e.value)).toEqual([valueAtFirstEvent + 5, valueAtFirstEvent + 3, 0]);
      expect(sub.errors).toEqual([]);

      // Other counters' changes are not delivered here.
      await increment(freshName('other'));
      await increment(name);
      await waitFor(() => sub.events.length === seen + 4, 'the event of this counter');
      expect(sub.events.every((e) => e.name === name)).toBe(true);
      sub.unsubscribe();
      await client.dispose();
    });

    it('leaves no listener behind after unsubscribe, and a new subscription still works', async () => {
      const name = freshName('unsub');
      const topic = `counter:${name}`;
      const pubsub = basics().pubsub;
      const client = connect();
      const first = subscribeCounter(client, name);
      await incrementUntilDelivered(first, name);
      expect(pubsub.listeners(topic)).toBe(1);
      if (redis) expect(await redisSubscribers(topic)).toBe(1);

      first.unsubscribe();
      await waitFor(() => pubsub.listeners(topic) === 0, 'the listener to be removed after unsubscribe');
      if (redis) await waitFor(async () => (await redisSubscribers(topic)) === 0, 'the Redis channel to be unsubscribed');
      const eventsBefore = first.events.length;
      await increment(name);
      expect(first.events.length).toBe(eventsBefore);

      // The same client, same topic: a second subscription is delivered to again.
      const second = subscribeCounter(client, name);
      const value = await incrementUntilDelivered(second, name);
      expect(second.events.at(-1)?.value).toBe(value);
      expect(pubsub.listeners(topic)).toBe(1);
      expect(first.events.length).toBe(eventsBefore);
      second.unsubscribe();
      await waitFor(() => pubsub.listeners(topic) === 0, 'the second listener to be removed');
      await client.dispose();
    });

    it('leaves no listener behind when the client disconnects without unsubscribing', async () => {
      const name = freshName('dispose');
      const topic = `counter:${name}`;
      const pubsub = basics().pubsub;
      const client = connect();
      const subs = [subscribeCounter(client, name), subscribeCounter(client, name)];
      await incrementUntilDelivered(subs[0]!, name);
      await waitFor(() => subs[1]!.events.length > 0, 'the second subscription to be delivered to');
      expect(pubsub.listeners(topic)).toBe(2);

      const droppedBefore = pubsub.dropped;
      await client.dispose();
      await waitFor(() => pubsub.listeners(topic) === 0, 'the listeners to be removed after disconnect');
      if (redis) await waitFor(async () => (await redisSubscribers(topic)) === 0, 'the Redis channel to be unsubscribed');
      // A leaked listener would queue these until its buffer overflowed and started dropping.
      for (let i = 0; i < 1100; i++) await pubsub.publish(topic, { name, value: i, updatedAt: null });
      expect(pubsub.dropped).toBe(droppedBefore);

      // A fresh client still gets events for the same counter.
      const again = connect();
      const sub = subscribeCounter(again, name);
      const value = await incrementUntilDelivered(sub, name);
      expect(sub.events.at(-1)?.value).toBe(value);
      await again.dispose();
      await waitFor(() => pubsub.listeners(topic) === 0, 'the last listener to be removed');
    });

    it('rejects a subscription to an invalid counter name with BAD_USER_INPUT', async () => {
      const client = connect();
      const sub = subscribeCounter(client, 'Not Valid');
      await waitFor(() => sub.errors.length > 0 || sub.completed, 'the subscription to fail');
      expect(sub.events).toEqual([]);
      expect(sub.errors).toHaveLength(1);
      expect((sub.errors[0] as { extensions?: { code?: string } }).extensions?.code).toBe('BAD_USER_INPUT');
      await client.dispose();
    });
  });
});
