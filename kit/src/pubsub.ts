import { Redis } from 'ioredis';
import type { Logger } from './logger';

/**
 * Topic-based publish/subscribe for subscriptions. `subscribe` returns an async iterator whose
 * `return()` (called by graphql-ws on `complete` or disconnect) removes the listener at once, not at
 * the next event. Each subscriber has a bounded queue: when a consumer falls `maxQueue` events
 * behind, the oldest pending event is dropped (live data favours the newest state) and counted.
 */
export interface PubSub {
  /**
   * Sends `payload` to every subscriber of `topic`; resolves to how many received it: the processes
   * (Redis subscriber connections) listening on the channel, or this process's listeners in memory;
   * 0 when it could not be sent. Request/reply protocols across replicas count their answers by it.
   */
  publish(topic: string, payload: unknown): Promise<number>;
  subscribe<T>(topic: string): AsyncIterableIterator<T>;
  /** Events dropped because a subscriber was too slow, since start. */
  readonly dropped: number;
  /**
   * How many of this process's subscribers receive what is published on `topic` from now on: with
   * Redis, 0 until the server has confirmed the channel subscription. Tests wait on it instead of
   * sleeping before they publish; it is also what a "who is listening" metric would read.
   */
  listeners(topic: string): number;
  ping(): Promise<void>;
  close(): Promise<void>;
}

type Listener = (payload: unknown) => void;

const DEFAULT_MAX_QUEUE = 1000;

/**
 * Delivers payloads to per-subscriber async iterators, by topic. Used by the pub/sub implementations
 * and by the router's shared subscription feeds. Each iterator has a bounded queue (oldest dropped).
 */
export class TopicFanout {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly enders = new Map<string, Set<() => void>>();
  dropped = 0;

  deliver(topic: string, payload: unknown): void {
    const set = this.listeners.get(topic);
    if (!set) return;
    for (const listener of set) listener(payload);
  }

  /** Ends every iterator of `topic`: each finishes after handing out what it has queued. */
  end(topic: string): void {
    for (const finish of [...(this.enders.get(topic) ?? [])]) finish();
  }

  /** Number of live iterators on `topic`. */
  count(topic: string): number {
    return this.listeners.get(topic)?.size ?? 0;
  }

  iterator<T>(topic: string, maxQueue: number, onFirst: () => void, onLast: () => void): AsyncIterableIterator<T> {
    const queue: T[] = [];
    let waiting: ((result: IteratorResult<T>) => void) | null = null;
    let done = false;
    const listener: Listener = (payload) => {
      if (done) return;
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value: payload as T, done: false });
        return;
      }
      if (queue.length >= maxQueue) {
        queue.shift();
        this.dropped++;
      }
      queue.push(payload as T);
    };
    let set = this.listeners.get(topic);
    if (!set) {
      set = new Set();
      this.listeners.set(topic, set);
      onFirst();
    }
    set.add(listener);
    let ends = this.enders.get(topic);
    if (!ends) {
      ends = new Set();
      this.enders.set(topic, ends);
    }
    const detach = () => {
      const current = this.listeners.get(topic);
      current?.delete(listener);
      this.enders.get(topic)?.delete(finish);
      if (current && current.size === 0) {
        this.listeners.delete(topic);
        this.enders.delete(topic);
        onLast();
      }
    };
    /** Ends after the queue drains (the producer finished). */
    const finish = () => {
      if (done) return;
      done = true;
      detach();
      if (waiting) {
        waiting({ value: undefined, done: true });
        waiting = null;
      }
    };
    ends.add(finish);
    /** Ends now, dropping what is queued (the consumer left). */
    const release = () => {
      queue.length = 0;
      if (done) return;
      finish();
    };
    const iterator: AsyncIterableIterator<T> = {
      next: () => {
        if (queue.length) return Promise.resolve({ value: queue.shift() as T, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (waiting = resolve));
      },
      return: () => {
        release();
        return Promise.resolve({ value: undefined, done: true });
      },
      throw: (error?: unknown) => {
        release();
        return Promise.reject(error);
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  }
}

/** The embedded default: delivery within this process only. */
export class MemoryPubSub implements PubSub {
  private readonly fanout = new TopicFanout();
  constructor(private readonly maxQueue = DEFAULT_MAX_QUEUE) {}
  get dropped() {
    return this.fanout.dropped;
  }
  async publish(topic: string, payload: unknown): Promise<number> {
    const receivers = this.fanout.count(topic);
    this.fanout.deliver(topic, payload);
    return receivers;
  }
  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    return this.fanout.iterator<T>(topic, this.maxQueue, noop, noop);
  }
  listeners(topic: string): number {
    return this.fanout.count(topic);
  }
  async ping(): Promise<void> {}
  async close(): Promise<void> {}
}

function noop() {}

/**
 * Redis-backed pub/sub for several replicas: one publisher and one subscriber connection per process;
 * a Redis channel is subscribed while at least one local listener wants it. Payloads travel as JSON.
 */
export class RedisPubSub implements PubSub {
  private readonly fanout = new TopicFanout();
  /** Channels some local listener wants. */
  private readonly wanted = new Set<string>();
  /** Channels whose SUBSCRIBE Redis has confirmed on the current connection (and not since unsubscribed). */
  private readonly confirmed = new Set<string>();
  private readonly publisher: Redis;
  private readonly subscriber: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
    private readonly log: Logger,
    private readonly maxQueue = DEFAULT_MAX_QUEUE,
  ) {
    // Fail fast when Redis is down (publishes are dropped, see publish); reconnect in the background.
    const options = { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: true };
    this.publisher = new Redis(url, options);
    // ioredis's own resubscription after a reconnect leaves its SUBSCRIBE promise unhandled: a close
    // before Redis answers it (a shutdown, another drop) is an unhandled rejection, which ends a Node
    // process. This class resubscribes itself, on every ready.
    this.subscriber = new Redis(url, { ...options, autoResubscribe: false });
    for (const connection of [this.publisher, this.subscriber]) {
      connection.on('error', (err) => this.log.warn({ err: err.message }, 'redis pub/sub connection error'));
    }
    this.subscriber.on('close', () => this.confirmed.clear());
    this.subscriber.on('ready', () => {
      for (const channel of this.wanted) this.subscribeChannel(channel);
    });
    this.subscriber.on('message', (channel: string, message: string) => {
      if (!channel.startsWith(this.prefix)) return;
      let payload: unknown;
      try {
        payload = JSON.parse(message);
      } catch {
        this.log.warn({ channel }, 'dropped a pub/sub message that is not JSON');
        return;
      }
      this.fanout.deliver(channel.slice(this.prefix.length), payload);
    });
  }

  get dropped() {
    return this.fanout.dropped;
  }

  /**
   * Live updates are best-effort: the change they announce is already committed, so a Redis outage
   * is logged and the publish dropped rather than failing the caller's request. (Facts that must not
   * be lost travel as domain events through the outbox instead.)
   */
  async publish(topic: string, payload: unknown): Promise<number> {
    try {
      return await this.publisher.publish(this.prefix + topic, JSON.stringify(payload));
    } catch (error) {
      this.log.warn({ err: String(error), topic }, 'live update not published (redis unavailable)');
      return 0;
    }
  }

  subscribe<T>(topic: string): AsyncIterableIterator<T> {
    const channel = this.prefix + topic;
    return this.fanout.iterator<T>(
      topic,
      this.maxQueue,
      () => {
        this.wanted.add(channel);
        this.subscribeChannel(channel);
      },
      () => {
        this.wanted.delete(channel);
        this.confirmed.delete(channel);
        void this.subscriber.unsubscribe(channel).catch(() => undefined);
      },
    );
  }

  /** While the connection is down the command waits in ioredis's queue; a failure is logged, and the next ready retries. */
  private subscribeChannel(channel: string): void {
    this.subscriber.subscribe(channel).then(
      () => {
        if (this.wanted.has(channel)) this.confirmed.add(channel);
      },
      (err: unknown) => this.log.warn({ err: String(err), channel }, 'redis subscribe failed; retried when the connection is back'),
    );
  }

  listeners(topic: string): number {
    return this.confirmed.has(this.prefix + topic) ? this.fanout.count(topic) : 0;
  }

  async ping(): Promise<void> {
    await this.publisher.ping();
  }

  async close(): Promise<void> {
    this.publisher.disconnect();
    this.subscriber.disconnect();
  }
}

/** In-memory unless a Redis URL is configured. */
export function createPubSub(redisUrl: string | undefined, prefix: string, log: Logger): PubSub {
  return redisUrl ? new RedisPubSub(redisUrl, prefix, log) : new MemoryPubSub();
}

/**
 * The pub/sub topic on which identity announces changes to a user's access that long-lived streams
 * must follow (the router ends the affected WebSocket connections; see docs/ARCHITECTURE.md).
 */
export const ACCESS_CHANGED_TOPIC = 'identity:access-changed';

/** One change announced on {@link ACCESS_CHANGED_TOPIC}. */
export interface AccessChange {
  /** Every session ended (log out everywhere, password reset); the user's global roles changed; a tenant membership changed. */
  kind: 'SESSIONS_REVOKED' | 'ROLES_CHANGED' | 'MEMBERSHIP_CHANGED';
  userId: string;
  /** MEMBERSHIP_CHANGED: the tenant. */
  tenantId?: string | null;
  /** MEMBERSHIP_CHANGED: the role held now; null when the user is no longer a member. */
  tenantRole?: string | null;
  /** ROLES_CHANGED: the global roles held now. */
  roles?: string[];
  /** When the change happened (epoch ms): tokens issued before it describe the old access. */
  at: number;
}

/**
 * The pub/sub topic on which payments tells every router which tenants are read-only (a failed
 * payment whose grace period ended): a change after each commit, and every READ_ONLY tenant when a
 * payments replica starts or a router asks (a router that starts sends `request`).
 */
export const TENANT_BILLING_TOPIC = 'payments:tenant-billing';

/** One message on {@link TENANT_BILLING_TOPIC}. */
export type TenantBillingMessage =
  { kind: 'change'; tenantId: string; readOnly: boolean } | { kind: 'snapshot'; readOnly: string[] } | { kind: 'request' };
