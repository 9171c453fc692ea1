import {
  AppError,
  ErrorCode,
  IdempotencyRecord,
  idempotent,
  paramsHashOf,
  purgeExpiredIdempotencyKeys,
  type RunningSubgraph,
} from '../index';
import { payments } from '../../subgraphs/payments';
import { TestClock } from '../../test/helpers/clock';
import { startOneSubgraph } from '../../test/helpers/subgraph';

describe('kit idempotency keys', () => {
  let running: RunningSubgraph;
  const clock = new TestClock();
  const user = '01900000-0000-7000-8000-00000000aaaa';

  beforeAll(async () => {
    // Any subgraph that lists IdempotencyRecord among its entities has the table; payments does.
    running = await startOneSubgraph(payments, { PAYMENTS_WEBHOOK_SWEEP_MS: '0' });
  });

  const call = <R>(key: string | null, params: unknown, run: () => Promise<R>, operation = 'op') =>
    idempotent({ em: running.orm.em, clock, key, userId: user, operation, params, run });

  it('hashes parameters regardless of key order, and tells different ones apart', () => {
    expect(paramsHashOf('op', { a: 1, b: [1, { c: 2, d: 3 }] })).toBe(paramsHashOf('op', { b: [1, { d: 3, c: 2 }], a: 1 }));
    expect(paramsHashOf('op', { a: 1 })).not.toBe(paramsHashOf('op', { a: 2 }));
    expect(paramsHashOf('op', { a: 1 })).not.toBe(paramsHashOf('other', { a: 1 }));
  });

  it('runs concurrent calls with one key once and gives all of them the first answer', async () => {
    let runs = 0;
    const answers = await Promise.all(
      Array.from({ length: 20 }, () =>
        call('burst', { amount: 1 }, async () => {
          runs++;
          await new Promise((resolve) => setTimeout(resolve, 50));
          return { id: `made-${runs}` };
        }),
      ),
    );
    expect(runs).toBe(1);
    expect(new Set(answers.map((a) => a.id))).toEqual(new Set(['made-1']));
  });

  it('refuses the key with other parameters or on another operation', async () => {
    await call('k1', { amount: 1 }, async () => 'first');
    await expect(call('k1', { amount: 2 }, async () => 'second')).rejects.toMatchObject({
      extensions: { code: ErrorCode.IDEMPOTENCY_KEY_REUSED },
    });
    await expect(call('k1', { amount: 1 }, async () => 'second', 'another')).rejects.toMatchObject({
      extensions: { code: ErrorCode.IDEMPOTENCY_KEY_REUSED },
    });
    expect(await call('k1', { amount: 1 }, async () => 'second')).toBe('first');
  });

  it('stores a coded error as the answer, but frees the key after an unexpected failure', async () => {
    await expect(call('k2', {}, async () => Promise.reject(new AppError(ErrorCode.CONFLICT, 'no')))).rejects.toMatchObject({
      message: 'no',
    });
    await expect(call('k2', {}, async () => 'ran')).rejects.toMatchObject({
      message: 'no',
      extensions: { code: 'CONFLICT', replayed: true },
    });
    await expect(call('k3', {}, async () => Promise.reject(new Error('database gone')))).rejects.toThrow('database gone');
    expect(await call('k3', {}, async () => 'ran')).toBe('ran');
  });

  it('refuses malformed keys before running, and runs every call without a key', async () => {
    let runs = 0;
    await expect(call('has space', {}, async () => runs++)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'idempotencyKey' },
    });
    await expect(call('x'.repeat(256), {}, async () => runs++)).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(runs).toBe(0);
    await call(null, {}, async () => runs++);
    await call(null, {}, async () => runs++);
    expect(runs).toBe(2);
  });

  it('forgets a key after 24 h', async () => {
    expect(await call('k4', {}, async () => 'day one')).toBe('day one');
    clock.advance(24 * 3600_000 - 1000);
    expect(await call('k4', {}, async () => 'again')).toBe('day one');
    clock.advance(2000);
    expect(await call('k4', {}, async () => 'day two')).toBe('day two');
    clock.advance(24 * 3600_000 + 1);
    expect(await purgeExpiredIdempotencyKeys(running.orm.em, clock)).toBeGreaterThan(0);
    expect(await running.orm.em.fork().count(IdempotencyRecord, { key: 'k4' })).toBe(0);
  });
});
