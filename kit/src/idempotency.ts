/**
 * Idempotency keys for mutations that create or move money (payments; banking and bookings next),
 * in the manner of Stripe's `Idempotency-Key`: the first answer to a key (a result, or a coded
 * error) is stored and replayed for every later request with the same key until it expires (24 h by
 * default); the same key with other parameters or on another operation is IDEMPOTENCY_KEY_REUSED;
 * concurrent requests with one key run the operation once.
 *
 * How: a claim row is inserted first, under a unique key (user, key). The request whose insert wins
 * runs the operation and then stores its answer in the row; the others wait for the answer (polling
 * the row, up to `waitMs`) and replay it, or get CONFLICT "still in progress". An unexpected failure
 * (a bug, the database going away: not an AppError) releases the claim, so the client may retry with
 * the same key; a coded error (BAD_USER_INPUT, a decline...) is an answer and is stored.
 *
 * The subgraph adds {@link IdempotencyRecord} to its entities (the table is `idempotency_keys`).
 */
import { createHash } from 'node:crypto';
import { AppError, ErrorCode, badInput } from './errors';
import { baseProperties, defineEntity, p, type InferEntity } from './entity';
import { isUniqueViolation, type Em } from './orm';
import type { Clock } from './service';

/** One key's claim and, once the operation finished, its stored answer. */
export const IdempotencyRecord = defineEntity({
  name: 'IdempotencyRecord',
  tableName: 'idempotency_keys',
  properties: {
    ...baseProperties(),
    /** The user the key belongs to ('' for background work): keys of different users never meet. */
    userId: p.string().length(36),
    key: p.string().length(255),
    /** The operation's name, e.g. `createPaymentIntent`. */
    operation: p.string().length(80),
    /** SHA-256 of the operation's parameters (canonical JSON). */
    paramsHash: p.string().length(64),
    /** `in_progress` while the first request runs, then `done`. */
    state: p.string().length(16),
    /** The stored answer: `{ ok: value }` or `{ error: { code, message, extensions } }`. */
    response: p.json<StoredAnswer>().nullable(),
    expiresAt: p.datetime(3).index(),
  },
  uniques: [{ name: 'idempotency_keys_user_key_unique', properties: ['userId', 'key'] }],
});
export type IdempotencyRecordRow = InferEntity<typeof IdempotencyRecord>;

type StoredAnswer = { ok: unknown } | { error: { code: ErrorCode; message: string; extensions: Record<string, unknown> } };

/** Printable ASCII without spaces, like Stripe's keys (UUIDs, ULIDs, order-derived strings). */
const KEY = /^[\x21-\x7e]{1,255}$/;

/** The longest time a key is kept (and the default). */
export const IDEMPOTENCY_TTL_MS = 24 * 3600_000;

export interface IdempotentOptions<R> {
  /** A root entity manager (or any fork): the claim is written in a fork of its own, committed at once. */
  em: Em;
  clock: Clock;
  /** The client's key; null/undefined runs the operation without idempotency. */
  key: string | null | undefined;
  /** The argument's name in error messages and `extensions.field` (e.g. `idempotencyKey`). */
  field?: string;
  userId: string;
  operation: string;
  /** Everything that defines the request; compared (as a hash) when the key comes again. */
  params: unknown;
  /** The operation; what it resolves to must survive JSON (ids, numbers, user errors). */
  run: () => Promise<R>;
  /** How long a request waits for a concurrent one with the same key (default 10 s). */
  waitMs?: number;
  ttlMs?: number;
}

/** JSON with object keys sorted, so `{a, b}` and `{b, a}` hash alike. */
function canonical(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/** The hash stored for an operation and its parameters. */
export function paramsHashOf(operation: string, params: unknown): string {
  return createHash('sha256').update(operation).update('\n').update(canonical(params)).digest('hex');
}

function replay<R>(answer: StoredAnswer): R {
  if ('ok' in answer) return answer.ok as R;
  throw new AppError(answer.error.code, answer.error.message, { ...answer.error.extensions, replayed: true });
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `run` at most once per (user, key) within the key's lifetime and returns its answer, or the
 * stored answer of the first request with that key (see the module comment). Throws
 * BAD_USER_INPUT for a malformed key, IDEMPOTENCY_KEY_REUSED for a key sent with other parameters,
 * CONFLICT when a request with the same key is still running after `waitMs`.
 */
export async function idempotent<R>(options: IdempotentOptions<R>): Promise<R> {
  const { key, clock } = options;
  const field = options.field ?? 'idempotencyKey';
  if (key === null || key === undefined) return options.run();
  if (!KEY.test(key)) throw badInput(`${field} must be 1 to 255 printable ASCII characters without spaces.`, field);
  const hash = paramsHashOf(options.operation, options.params);
  const ttl = Math.min(options.ttlMs ?? IDEMPOTENCY_TTL_MS, IDEMPOTENCY_TTL_MS);
  const deadline = Date.now() + (options.waitMs ?? 10_000);
  let claim: IdempotencyRecordRow | null = null;
  for (;;) {
    const em = options.em.fork();
    const now = clock.now();
    const row = em.create(IdempotencyRecord, {
      userId: options.userId,
      key,
      operation: options.operation,
      paramsHash: hash,
      state: 'in_progress',
      response: null,
      expiresAt: new Date(now.getTime() + ttl),
    });
    try {
      await em.flush();
      claim = row;
      break;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const existing = await options.em.fork().findOne(IdempotencyRecord, { userId: options.userId, key });
    if (!existing) continue; // released or expired and removed in between: claim again
    if (existing.expiresAt.getTime() <= now.getTime()) {
      // An expired key is free again; whoever removes it first claims it next.
      await options.em.fork().nativeDelete(IdempotencyRecord, { id: existing.id, expiresAt: existing.expiresAt });
      continue;
    }
    if (existing.operation !== options.operation || existing.paramsHash !== hash) {
      throw new AppError(
        ErrorCode.IDEMPOTENCY_KEY_REUSED,
        `This ${field} was already used with other parameters${existing.operation !== options.operation ? ` (on ${existing.operation})` : ''}; use a new key for a new request.`,
        { field },
      );
    }
    if (existing.state === 'done' && existing.response) return replay<R>(existing.response);
    if (Date.now() >= deadline) {
      throw new AppError(ErrorCode.CONFLICT, `A request with this ${field} is still in progress; retry it later.`, {
        field,
        inProgress: true,
      });
    }
    await pause(25);
  }
  let answer: StoredAnswer;
  let failure: AppError | null = null;
  try {
    answer = { ok: await options.run() };
  } catch (error) {
    if (!(error instanceof AppError)) {
      // Not an answer: free the key so that a retry with it can run.
      await options.em
        .fork()
        .nativeDelete(IdempotencyRecord, { id: claim.id })
        .catch(() => undefined);
      throw error;
    }
    const { code, ...extensions } = error.extensions as Record<string, unknown>;
    answer = { error: { code: code as ErrorCode, message: error.message, extensions } };
    failure = error;
  }
  await options.em.fork().nativeUpdate(IdempotencyRecord, { id: claim.id }, { state: 'done', response: answer });
  if (failure) throw failure;
  return (answer as { ok: R }).ok;
}

/** Deletes expired keys (a sweep calls it); returns how many went. */
export async function purgeExpiredIdempotencyKeys(em: Em, clock: Clock): Promise<number> {
  return em.fork().nativeDelete(IdempotencyRecord, { expiresAt: { $lte: clock.now() } });
}
