import { createHash, randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { Counter, Registry } from 'prom-client';
import type { Logger } from './logger';
import { createProviderClient, type ProviderClient } from './outbound';

/**
 * Error tracking: every unexpected error (a bug, not a refused input) of the router and of every
 * subgraph is grouped by a fingerprint — its type and its top stack frames, not its message, which
 * usually holds ids — with a count, first and last seen, and the request and trace ids of the latest
 * occurrences. Groups are kept in process memory, or in Redis when `REDIS_URL` is set so that every
 * replica's errors add up in one place; they are visible to admins in identity's `errorGroups` query
 * and as Prometheus metrics (`hubgraph_errors_total`). With `SENTRY_DSN` set, occurrences are also
 * sent to a Sentry-compatible collector (Sentry's envelope endpoint), at most one per group a minute.
 */

/** One frame of a stack, as the fingerprint and the Sentry event see it. */
export interface StackFrame {
  function: string;
  /** Path relative to the repository (or the package inside node_modules), no line. */
  file: string;
  line: number | null;
  column: number | null;
  /** Our code, not a dependency's or Node's. */
  inApp: boolean;
}

export interface ErrorSample {
  requestId: string | null;
  traceId: string | null;
  service: string;
  at: string;
}

export interface ErrorGroup {
  fingerprint: string;
  type: string;
  /** The message of the latest occurrence. */
  message: string;
  /** The services it happened in. */
  services: string[];
  count: number;
  firstSeen: string;
  lastSeen: string;
  /** The top frames the fingerprint is made of. */
  frames: StackFrame[];
  /** The latest occurrences, newest first (at most {@link MAX_SAMPLES}). */
  samples: ErrorSample[];
}

export interface ErrorOccurrence {
  service: string;
  requestId?: string | null;
  traceId?: string | null;
}

const FINGERPRINT_FRAMES = 5;
export const MAX_SAMPLES = 5;
/** Groups kept; the least recently seen go first. Bounds memory, Redis and metric cardinality. */
export const MAX_GROUPS = 200;
const SENTRY_INTERVAL_MS = 60_000;

const FRAME = /^\s*at (?:(.+?) \()?(.+?):(\d+):(\d+)\)?$/;

/** The frames of a V8 stack trace, top first. */
export function parseStack(stack: string | undefined): StackFrame[] {
  const frames: StackFrame[] = [];
  for (const line of (stack ?? '').split('\n')) {
    const match = FRAME.exec(line);
    if (!match) continue;
    const raw = match[2]!.replace(/^file:\/\//, '');
    const dependency = raw.lastIndexOf('node_modules/');
    const internal = raw.startsWith('node:') || !raw.includes('/');
    const file = dependency >= 0 ? raw.slice(dependency + 'node_modules/'.length) : internal ? raw : relativeToRepo(raw);
    frames.push({
      function: match[1] ?? '<anonymous>',
      file,
      line: Number(match[3]),
      column: Number(match[4]),
      inApp: dependency < 0 && !internal,
    });
  }
  return frames;
}

/** `…/hubgraph/dist/kit/src/x.js` and `…/hubgraph/kit/src/x.ts` both become `kit/src/x`. */
function relativeToRepo(path: string): string {
  const match = /(?:^|\/)(?:dist\/)?((?:kit|router|subgraphs|scripts|cli|sdk|bench|test)\/.+?)(?:\.[cm]?[jt]s)?$/.exec(path);
  return match ? match[1]! : path;
}

/** The type, the frames the fingerprint is made of, and the fingerprint (16 hex digits). */
export function fingerprintError(error: unknown): { fingerprint: string; type: string; message: string; frames: StackFrame[] } {
  const err = error instanceof Error ? error : new Error(String(error));
  const type = err.name || err.constructor?.name || 'Error';
  const all = parseStack(err.stack);
  // Our own frames say where it went wrong; a dependency-only stack falls back to the top frames.
  const own = all.filter((frame) => frame.inApp);
  const frames = (own.length ? own : all).slice(0, FINGERPRINT_FRAMES);
  const basis = [type, ...frames.map((frame) => `${frame.function}@${frame.file}`)].join('\n');
  return { fingerprint: createHash('sha256').update(basis).digest('hex').slice(0, 16), type, message: err.message.slice(0, 500), frames };
}

/** Where groups are kept. */
interface GroupStore {
  record(group: Omit<ErrorGroup, 'count' | 'firstSeen' | 'services' | 'samples'>, sample: ErrorSample): Promise<void>;
  list(): Promise<ErrorGroup[]>;
  close(): Promise<void>;
}

class MemoryGroupStore implements GroupStore {
  private readonly groups = new Map<string, ErrorGroup>();

  record(seen: Omit<ErrorGroup, 'count' | 'firstSeen' | 'services' | 'samples'>, sample: ErrorSample): Promise<void> {
    const group = this.groups.get(seen.fingerprint);
    if (group) {
      this.groups.delete(seen.fingerprint); // re-insert: the map's order is least recently seen first
      group.count += 1;
      group.lastSeen = seen.lastSeen;
      group.message = seen.message;
      if (!group.services.includes(sample.service)) group.services.push(sample.service);
      group.samples = [sample, ...group.samples].slice(0, MAX_SAMPLES);
      this.groups.set(seen.fingerprint, group);
    } else {
      this.groups.set(seen.fingerprint, { ...seen, count: 1, firstSeen: seen.lastSeen, services: [sample.service], samples: [sample] });
      if (this.groups.size > MAX_GROUPS) this.groups.delete(this.groups.keys().next().value!);
    }
    return Promise.resolve();
  }

  list(): Promise<ErrorGroup[]> {
    return Promise.resolve([...this.groups.values()].reverse().map((group) => ({ ...group, samples: [...group.samples] })));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

/** Per group a hash (counts, times, the latest message) and a capped list of samples; a sorted set by last seen. */
class RedisGroupStore implements GroupStore {
  private readonly redis: Redis;
  private readonly index: string;

  constructor(
    url: string,
    private readonly prefix: string,
  ) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, commandTimeout: 1000, lazyConnect: true });
    this.index = `${prefix}errors:index`;
  }

  private key(fingerprint: string, part: 'group' | 'samples' | 'services'): string {
    return `${this.prefix}errors:${part}:${fingerprint}`;
  }

  async record(seen: Omit<ErrorGroup, 'count' | 'firstSeen' | 'services' | 'samples'>, sample: ErrorSample): Promise<void> {
    const group = this.key(seen.fingerprint, 'group');
    const samples = this.key(seen.fingerprint, 'samples');
    const services = this.key(seen.fingerprint, 'services');
    const at = Date.parse(seen.lastSeen);
    await this.redis
      .multi()
      .hincrby(group, 'count', 1)
      .hsetnx(group, 'firstSeen', seen.lastSeen)
      .hset(group, { lastSeen: seen.lastSeen, type: seen.type, message: seen.message, frames: JSON.stringify(seen.frames) })
      .sadd(services, sample.service)
      .lpush(samples, JSON.stringify(sample))
      .ltrim(samples, 0, MAX_SAMPLES - 1)
      .zadd(this.index, at, seen.fingerprint)
      .exec();
    // Past the cap, the least recently seen groups go, keys and all.
    const evicted = await this.redis.zrange(this.index, 0, -MAX_GROUPS - 1);
    if (evicted.length) {
      await this.redis
        .multi()
        .zrem(this.index, ...evicted)
        .del(...evicted.flatMap((fp) => [this.key(fp, 'group'), this.key(fp, 'samples'), this.key(fp, 'services')]))
        .exec();
    }
  }

  async list(): Promise<ErrorGroup[]> {
    const fingerprints = await this.redis.zrevrange(this.index, 0, MAX_GROUPS - 1);
    if (!fingerprints.length) return [];
    const pipeline = this.redis.pipeline();
    for (const fp of fingerprints) {
      pipeline.hgetall(this.key(fp, 'group'));
      pipeline.lrange(this.key(fp, 'samples'), 0, MAX_SAMPLES - 1);
      pipeline.smembers(this.key(fp, 'services'));
    }
    const results = (await pipeline.exec()) ?? [];
    const groups: ErrorGroup[] = [];
    fingerprints.forEach((fingerprint, i) => {
      const hash = results[i * 3]?.[1] as Record<string, string> | undefined;
      if (!hash?.count) return;
      groups.push({
        fingerprint,
        type: hash.type ?? 'Error',
        message: hash.message ?? '',
        count: Number(hash.count),
        firstSeen: hash.firstSeen ?? hash.lastSeen ?? '',
        lastSeen: hash.lastSeen ?? '',
        frames: JSON.parse(hash.frames ?? '[]') as StackFrame[],
        samples: ((results[i * 3 + 1]?.[1] as string[] | undefined) ?? []).map((s) => JSON.parse(s) as ErrorSample),
        services: ((results[i * 3 + 2]?.[1] as string[] | undefined) ?? []).sort(),
      });
    });
    return groups;
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}

/** Sentry's DSN: `https://<public key>@<host>/<project id>`. */
export function parseSentryDsn(dsn: string): { origin: string; projectId: string; publicKey: string } {
  const url = new URL(dsn);
  const projectId = url.pathname.replace(/^\/+|\/+$/g, '');
  if (!url.username || !/^\d+$/.test(projectId) || !/^https?:$/.test(url.protocol)) {
    throw new Error('SENTRY_DSN must look like https://<public key>@<host>/<project id>');
  }
  return { origin: url.origin, projectId, publicKey: decodeURIComponent(url.username) };
}

/** Sends occurrences as Sentry events (the envelope endpoint), through the kit's outbound client. */
class SentrySink {
  private readonly client: ProviderClient;
  private readonly lastSent = new Map<string, number>();
  private readonly target: ReturnType<typeof parseSentryDsn>;

  constructor(
    private readonly dsn: string,
    private readonly environment: string,
    private readonly release: string,
    log: Logger,
  ) {
    this.target = parseSentryDsn(dsn);
    this.client = createProviderClient({ name: 'sentry', baseUrl: this.target.origin, log, timeoutMs: 5000, retries: 1 });
  }

  /** The event, unless this group was sent less than a minute ago. */
  async send(error: unknown, seen: ReturnType<typeof fingerprintError>, occurrence: ErrorSample): Promise<void> {
    const now = Date.now();
    if (now - (this.lastSent.get(seen.fingerprint) ?? 0) < SENTRY_INTERVAL_MS) return;
    this.lastSent.set(seen.fingerprint, now);
    if (this.lastSent.size > MAX_GROUPS) this.lastSent.delete(this.lastSent.keys().next().value!);
    const eventId = randomUUID().replace(/-/g, '');
    const event = {
      event_id: eventId,
      timestamp: now / 1000,
      platform: 'node',
      level: 'error',
      logger: occurrence.service,
      server_name: occurrence.service,
      environment: this.environment,
      release: this.release,
      fingerprint: [seen.fingerprint],
      tags: { service: occurrence.service, request_id: occurrence.requestId ?? '', trace_id: occurrence.traceId ?? '' },
      exception: {
        values: [
          {
            type: seen.type,
            value: seen.message,
            stacktrace: {
              // Sentry wants the innermost frame last.
              frames: parseStack(error instanceof Error ? error.stack : undefined)
                .slice(0, 50)
                .reverse()
                .map((frame) => ({
                  function: frame.function,
                  filename: frame.file,
                  lineno: frame.line,
                  colno: frame.column,
                  in_app: frame.inApp,
                })),
            },
          },
        ],
      },
      ...(occurrence.traceId ? { contexts: { trace: { trace_id: occurrence.traceId } } } : {}),
    };
    const body = [
      JSON.stringify({ event_id: eventId, sent_at: new Date(now).toISOString(), dsn: this.dsn }),
      JSON.stringify({ type: 'event' }),
      JSON.stringify(event),
    ].join('\n');
    await this.client.request('POST', `/api/${this.target.projectId}/envelope/`, {
      body,
      text: true,
      headers: {
        'content-type': 'application/x-sentry-envelope',
        'x-sentry-auth': `Sentry sentry_version=7, sentry_key=${this.target.publicKey}, sentry_client=hubgraph/1.0`,
      },
    });
  }

  close(): Promise<void> {
    return this.client.close();
  }
}

/** The error tracker's Prometheus registry; the router and every subgraph serve it at `/metrics`. */
export const errorMetrics = new Registry();

const errorsTotal = new Counter({
  name: 'hubgraph_errors_total',
  help: 'Unexpected errors by service, type and fingerprint (see the errorGroups query for the stack and samples).',
  labelNames: ['service', 'type', 'fingerprint'] as const,
  registers: [errorMetrics],
});

export interface ErrorTrackingOptions {
  redisUrl?: string;
  redisKeyPrefix?: string;
  sentryDsn?: string;
  environment?: string;
  release?: string;
  log: Logger;
}

/** The process's error tracker: one per process, shared by the router and the subgraphs it runs. */
export class ErrorTracker {
  private store: GroupStore = new MemoryGroupStore();
  private sentry: SentrySink | undefined;
  private log: Logger | undefined;
  private configured = false;

  /** Chooses the store and the Sentry sink; the first call in a process wins (later ones change nothing). */
  configure(options: ErrorTrackingOptions): void {
    if (this.configured) return;
    this.configured = true;
    this.log = options.log;
    if (options.redisUrl) this.store = new RedisGroupStore(options.redisUrl, options.redisKeyPrefix ?? '');
    if (options.sentryDsn) {
      this.sentry = new SentrySink(options.sentryDsn, options.environment ?? 'development', options.release ?? '0.0.0', options.log);
    }
  }

  /**
   * Records one occurrence; never throws and never waits for the store or the sink (an error about
   * error tracking is logged, once per failure, and does not touch the request).
   */
  capture(error: unknown, occurrence: ErrorOccurrence): void {
    const seen = fingerprintError(error);
    const sample: ErrorSample = {
      requestId: occurrence.requestId ?? null,
      traceId: occurrence.traceId ?? null,
      service: occurrence.service,
      at: new Date().toISOString(),
    };
    errorsTotal.inc({ service: occurrence.service, type: seen.type, fingerprint: seen.fingerprint });
    const { fingerprint, type, message, frames } = seen;
    this.store
      .record({ fingerprint, type, message, frames, lastSeen: sample.at }, sample)
      .catch((err: unknown) => this.log?.warn({ err }, 'error tracking: the group store failed'));
    this.sentry
      ?.send(error, seen, sample)
      .catch((err: unknown) => this.log?.warn({ err }, 'error tracking: the Sentry collector refused the event'));
  }

  /** Groups, most recently seen first. */
  groups(): Promise<ErrorGroup[]> {
    return this.store.list();
  }

  /** Back to a fresh in-memory tracker (process shutdown, tests). */
  async reset(): Promise<void> {
    const { store, sentry } = this;
    this.store = new MemoryGroupStore();
    this.sentry = undefined;
    this.configured = false;
    errorsTotal.reset();
    await Promise.all([store.close(), sentry?.close()]);
  }
}

export const errorTracker = new ErrorTracker();
