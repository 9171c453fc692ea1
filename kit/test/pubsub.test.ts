import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import { createLogger } from '../src/logger';
import { RedisPubSub } from '../src/pubsub';
import { testEnv } from '../../test/helpers/stack';
import { TcpProxy } from '../../test/helpers/tcp-proxy';
import { eventually } from '../../test/helpers/wait';

/**
 * The Redis pub/sub across a connection that drops and comes back, through a loopback proxy in front
 * of the real Redis (other suites keep theirs). Needs REDIS_URL.
 */
(testEnv.REDIS_URL ? describe : describe.skip)('kit pub/sub on Redis: the connection drops and comes back', () => {
  const log = createLogger('pubsub-test', 'silent');
  let proxy: TcpProxy;
  let direct: RedisPubSub;
  let prefix: string;
  const viaProxy = () => {
    const url = new URL(testEnv.REDIS_URL!);
    url.host = `127.0.0.1:${proxy.port}`;
    return new RedisPubSub(url.toString(), prefix, log);
  };
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    const target = new URL(testEnv.REDIS_URL!);
    proxy = new TcpProxy(target.hostname, Number(target.port || 6379));
    await proxy.up();
    prefix = `test-${randomUUID()}:`;
    direct = new RedisPubSub(testEnv.REDIS_URL!, prefix, log);
    process.on('unhandledRejection', onUnhandled);
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await direct.close();
    await proxy.down();
  });

  it('counts no listener while disconnected, resubscribes when back, and delivers again', async () => {
    const pubsub = viaProxy();
    try {
      const live = pubsub.subscribe<{ n: number }>('topic');
      await eventually(async () => expect(pubsub.listeners('topic')).toBe(1));
      await direct.publish('topic', { n: 1 });
      expect((await live.next()).value).toEqual({ n: 1 });

      await proxy.down();
      await eventually(async () => expect(pubsub.listeners('topic')).toBe(0));
      await proxy.up();
      await eventually(async () => expect(pubsub.listeners('topic')).toBe(1), 10_000);
      await direct.publish('topic', { n: 2 });
      expect((await live.next()).value).toEqual({ n: 2 });
      await live.return!();
      expect(pubsub.listeners('topic')).toBe(0);
    } finally {
      await pubsub.close();
    }
  });

  it('a close just as the connection comes back rejects nothing unhandled (a Node process would end)', async () => {
    const pubsub = viaProxy();
    const live = pubsub.subscribe('topic');
    await eventually(async () => expect(pubsub.listeners('topic')).toBe(1));
    await proxy.down();
    await eventually(async () => expect(pubsub.listeners('topic')).toBe(0));
    // The subscriber connection is private; its ready event is the moment a resubscription is in flight.
    const subscriber = (pubsub as unknown as { subscriber: Redis }).subscriber;
    const closedOnReady = new Promise<void>((resolve) =>
      subscriber.once('ready', () => {
        void pubsub.close().then(resolve);
      }),
    );
    await proxy.up();
    await closedOnReady;
    await new Promise((resolve) => setTimeout(resolve, 300));
    await live.return!();
    expect(unhandled.map(String)).toEqual([]);
  });
});
