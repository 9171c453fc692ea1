import { randomBytes } from 'node:crypto';
import { createRateLimit, type RateLimit } from '../index';
import { testEnv } from '../../test/helpers/stack';

/**
 * The kit's per-key rate limits with each algorithm: in memory, and — with REDIS_URL — in Redis,
 * where two limit objects (two replicas) draw from one budget. The same test runs on both.
 */
describe('kit rate limits by algorithm', () => {
  const made: RateLimit[] = [];
  const make = (algorithm: 'fixed-window' | 'token-bucket' | 'sliding-window', keyPrefix: string) => {
    const limit = createRateLimit({ name: 'test', points: 5, windowSeconds: 60, algorithm, redisUrl: testEnv.REDIS_URL, keyPrefix });
    made.push(limit);
    return limit;
  };
  afterAll(() => Promise.all(made.map((l) => l.close())));

  for (const algorithm of ['fixed-window', 'token-bucket', 'sliding-window'] as const) {
    it(`${algorithm}: allows the limit per key, then refuses with a retry time; keys are independent${testEnv.REDIS_URL ? '; replicas share one budget in Redis' : ''}`, async () => {
      const prefix = `hgt_rl_${randomBytes(4).toString('hex')}:`;
      const a = make(algorithm, prefix);
      // A second replica: shares the budget through Redis, has its own without it.
      const b = testEnv.REDIS_URL ? make(algorithm, prefix) : a;
      const verdicts = [];
      for (let i = 0; i < 5; i++) verdicts.push(await (i % 2 ? b : a).spend('user:1'));
      expect(verdicts.every((v) => v.ok)).toBe(true);
      const refused = await b.spend('user:1');
      expect(refused.ok).toBe(false);
      if (!refused.ok) {
        expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
        expect(refused.retryAfterSeconds).toBeLessThanOrEqual(120);
      }
      expect((await a.spend('user:2')).ok).toBe(true);
    });
  }

  it('concurrent spends never exceed the limit (token bucket and sliding window)', async () => {
    for (const algorithm of ['token-bucket', 'sliding-window'] as const) {
      const prefix = `hgt_rl_${randomBytes(4).toString('hex')}:`;
      const replicas = testEnv.REDIS_URL ? [make(algorithm, prefix), make(algorithm, prefix)] : [make(algorithm, prefix)];
      const verdicts = await Promise.all(Array.from({ length: 40 }, (_, i) => replicas[i % replicas.length]!.spend('ip:10.0.0.1')));
      expect({ algorithm, allowed: verdicts.filter((v) => v.ok).length }).toEqual({ algorithm, allowed: 5 });
    }
  });
});
