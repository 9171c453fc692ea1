import { Redis } from 'ioredis';
import { newId, systemClock, type Clock, type Em, type Logger } from '../../../kit';
import { User, WebSession, type UserRow } from './entities';
import { TenantService, type TenantClaims } from './tenants';
import { hashToken, looksLikeOpaqueToken, newOpaqueToken } from './secrets';

/**
 * After a privilege change replaces a session id, the old id keeps answering this long, so requests
 * the browser already sent with the old cookie do not fail (and clear the new cookie) mid-flight.
 */
export const ROTATION_GRACE_MS = 10_000;

/** How long cookie sessions live and how long the router may reuse an answer (from identity's config). */
export interface SessionSettings {
  idleMs: number;
  absoluteMs: number;
  /** Upper bound of `cacheForMs` in every resolution (0: the router asks on every request). */
  resolveCacheMs: number;
}

/** A session as a store keeps it, keyed by the SHA-256 of its id. Times are epoch milliseconds. */
export interface StoredSession {
  /** A public handle for logs (UUIDv7); not the secret session id. */
  id: string;
  userId: string;
  /** SHA-256 of the privileges (roles and tenant memberships) the session was issued for (see {@link privilegeKey}). */
  roles: string;
  createdAt: number;
  /** Slides on use; never later than `expiresAt`. */
  idleExpiresAt: number;
  /** Absolute limit. */
  expiresAt: number;
  /** When the id was replaced (privilege change); null while it is current. */
  rotatedAt: number | null;
}

/**
 * Where cookie sessions are kept. Every method takes the request's ORM fork, which the database store
 * uses and the Redis store ignores, so callers do not care which one runs.
 */
export interface SessionStore {
  readonly kind: 'redis' | 'database';
  insert(em: Em, tokenHash: string, session: StoredSession): Promise<void>;
  find(em: Em, tokenHash: string): Promise<StoredSession | null>;
  /**
   * Writes `next` over the session if it still is `seen` (not ended, rotated or touched in between);
   * true when it did. Sliding the idle expiry and marking a rotation both go through here, so of two
   * racing rotations exactly one wins.
   */
  replace(em: Em, tokenHash: string, seen: StoredSession, next: StoredSession): Promise<boolean>;
  /** Deletes one session; returns 1 when it was live (current and unexpired), else 0. */
  delete(em: Em, tokenHash: string): Promise<number>;
  /** Deletes every session of a user; returns how many were live. */
  deleteAllOf(em: Em, userId: string): Promise<number>;
  /** Drops expired sessions (the database store; Redis expires keys itself). */
  purgeExpired(em: Em): Promise<number>;
  close(): Promise<void>;
}

/** Whether a stored session still signs requests in (current id, neither timeout passed). */
const live = (s: StoredSession, now: number) => s.rotatedAt === null && s.idleExpiresAt > now && s.expiresAt > now;

/** Sessions in identity's own database (`web_sessions`): no extra service, shared by every replica. */
export class DatabaseSessionStore implements SessionStore {
  readonly kind = 'database' as const;

  constructor(private readonly clock: Clock = systemClock) {}

  private static toStored(row: {
    id: string;
    userId: string;
    roles: string;
    createdAt: Date;
    idleExpiresAt: Date;
    expiresAt: Date;
    rotatedAt?: Date | null;
  }): StoredSession {
    return {
      id: row.id,
      userId: row.userId,
      roles: row.roles,
      createdAt: row.createdAt.getTime(),
      idleExpiresAt: row.idleExpiresAt.getTime(),
      expiresAt: row.expiresAt.getTime(),
      rotatedAt: row.rotatedAt ? row.rotatedAt.getTime() : null,
    };
  }

  async insert(em: Em, tokenHash: string, s: StoredSession): Promise<void> {
    em.create(WebSession, {
      id: s.id,
      createdAt: new Date(s.createdAt),
      tokenHash,
      userId: s.userId,
      roles: s.roles,
      idleExpiresAt: new Date(s.idleExpiresAt),
      expiresAt: new Date(s.expiresAt),
      rotatedAt: null,
    });
    await em.flush();
  }

  async find(em: Em, tokenHash: string): Promise<StoredSession | null> {
    const row = await em.findOne(WebSession, { tokenHash }, { disableIdentityMap: true });
    return row ? DatabaseSessionStore.toStored(row) : null;
  }

  async replace(em: Em, tokenHash: string, seen: StoredSession, next: StoredSession): Promise<boolean> {
    // The columns that change are the guard: a concurrent touch, rotation or delete makes this match nothing.
    const updated = await em.nativeUpdate(
      WebSession,
      { tokenHash, idleExpiresAt: new Date(seen.idleExpiresAt), rotatedAt: seen.rotatedAt === null ? null : new Date(seen.rotatedAt) },
      {
        idleExpiresAt: new Date(next.idleExpiresAt),
        rotatedAt: next.rotatedAt === null ? null : new Date(next.rotatedAt),
        roles: next.roles,
        updatedAt: this.clock.now(),
      },
    );
    return updated === 1;
  }

  async delete(em: Em, tokenHash: string): Promise<number> {
    const now = this.clock.now();
    const ended = await em.nativeDelete(WebSession, { tokenHash, rotatedAt: null, idleExpiresAt: { $gt: now } });
    if (!ended) await em.nativeDelete(WebSession, { tokenHash });
    return ended;
  }

  async deleteAllOf(em: Em, userId: string): Promise<number> {
    const now = this.clock.now();
    const ended = await em.nativeDelete(WebSession, { userId, rotatedAt: null, idleExpiresAt: { $gt: now } });
    await em.nativeDelete(WebSession, { userId });
    return ended;
  }

  purgeExpired(em: Em): Promise<number> {
    return em.nativeDelete(WebSession, { idleExpiresAt: { $lte: this.clock.now() } });
  }

  async close(): Promise<void> {}
}

/** How long a Redis session key outlives the session it holds (see RedisSessionStore.ttl). */
const REDIS_EXPIRY_SLACK_MS = 60_000;

/** Compare-and-set: writes ARGV[2] with a PX of ARGV[3] only if the key still holds ARGV[1]. */
const COMPARE_AND_SET = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0`;

/**
 * Sessions in Redis: one key per session (`<prefix>websession:<sha256>`, JSON) whose TTL is the time
 * left until its idle expiry (refreshed on every use), plus a set per user
 * (`<prefix>websessions:<userId>`) of their session hashes for logout-everywhere. Expired sessions
 * vanish by themselves (a minute after they end). Redis must persist (AOF/RDB) if sessions should survive its restart.
 */
export class RedisSessionStore implements SessionStore {
  readonly kind = 'redis' as const;
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
    private readonly absoluteMs: number,
    log: Logger,
    private readonly clock: Clock = systemClock,
  ) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 1 });
    this.redis.on('error', (err) => log.warn({ err: err.message }, 'session store redis error'));
  }

  private key(tokenHash: string): string {
    return `${this.prefix}websession:${tokenHash}`;
  }

  private userKey(userId: string): string {
    return `${this.prefix}websessions:${userId}`;
  }

  /**
   * Redis drops the key a minute after the session ends: every read checks the session's own times
   * against the clock, so the key's expiry only collects garbage, and a clock that runs apart from
   * Redis's (a test's, a skewed host's) never ends a session early.
   */
  private ttl(s: StoredSession): number {
    return Math.max(1, Math.min(s.idleExpiresAt, s.expiresAt) - this.clock.now().getTime()) + REDIS_EXPIRY_SLACK_MS;
  }

  async insert(_em: Em, tokenHash: string, s: StoredSession): Promise<void> {
    const userKey = this.userKey(s.userId);
    // The set outlives every session in it: each is at most `absoluteMs` old.
    await this.redis
      .multi()
      .set(this.key(tokenHash), JSON.stringify(s), 'PX', this.ttl(s))
      .sadd(userKey, tokenHash)
      .pexpire(userKey, this.absoluteMs + ROTATION_GRACE_MS)
      .exec();
  }

  async find(_em: Em, tokenHash: string): Promise<StoredSession | null> {
    const raw = await this.redis.get(this.key(tokenHash));
    return raw ? (JSON.parse(raw) as StoredSession) : null;
  }

  async replace(_em: Em, tokenHash: string, seen: StoredSession, next: StoredSession): Promise<boolean> {
    // `seen` came from find(), which parsed exactly this JSON, so re-serialising gives the stored string.
    const done = await this.redis.eval(COMPARE_AND_SET, 1, this.key(tokenHash), JSON.stringify(seen), JSON.stringify(next), this.ttl(next));
    return done === 1;
  }

  async delete(_em: Em, tokenHash: string): Promise<number> {
    const key = this.key(tokenHash);
    const raw = await this.redis.get(key);
    if (!raw) return 0;
    const session = JSON.parse(raw) as StoredSession;
    const deleted = await this.redis.del(key);
    await this.redis.srem(this.userKey(session.userId), tokenHash);
    return deleted === 1 && live(session, this.clock.now().getTime()) ? 1 : 0;
  }

  async deleteAllOf(_em: Em, userId: string): Promise<number> {
    const userKey = this.userKey(userId);
    const hashes = await this.redis.smembers(userKey);
    if (!hashes.length) return 0;
    const keys = hashes.map((h) => this.key(h));
    const values = await this.redis.mget(...keys);
    await this.redis.del(...keys, userKey);
    const now = this.clock.now().getTime();
    return values.filter((raw) => raw !== null && live(JSON.parse(raw) as StoredSession, now)).length;
  }

  async purgeExpired(): Promise<number> {
    return 0;
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

/** The sorted, space-separated form of a role list, so two lists compare as strings. */
export function rolesKey(roles: readonly string[]): string {
  return [...roles].sort().join(' ');
}

/**
 * The privileges a session was issued for, as one string: global roles and `tenantId:ROLE` per
 * membership, sorted. When it differs from the user's current one, the session id is replaced.
 */
export function privilegeKey(roles: readonly string[], tenants: TenantClaims): string {
  return rolesKey([...roles, ...Object.entries(tenants).map(([tenantId, role]) => `${tenantId}:${role}`)]);
}

interface Privileges {
  roles: string[];
  tenants: TenantClaims;
  key: string;
}

/** A started identity's session settings, store and clock. */
interface SessionRuntime {
  settings: SessionSettings;
  store: SessionStore;
  clock: Clock;
}

/** What identity tells the router about a live session. */
export interface SessionView {
  /** Public handle of the session (for logs), not the secret id. */
  id: string;
  userId: string;
  /** The user's current roles. */
  roles: string[];
  /** The user's current tenant memberships (tenant id → role), oldest first. */
  tenants: TenantClaims;
  idleExpiresAt: Date;
  expiresAt: Date;
}

/** A session that was just created: the secret id goes into the cookie, never into a store. */
export interface StartedSession {
  token: string;
  session: SessionView;
}

/** The answer to "whose is this session id?" */
export interface Resolution {
  session: SessionView;
  /** Set when the id was replaced on this request (privilege change): the router must set a new cookie. */
  rotatedToken: string | null;
  /** How long the router may reuse this answer without asking again. */
  cacheForMs: number;
}

/**
 * Server-side cookie sessions (catalogue #25, OWASP Session Management): 256-bit random ids stored
 * only as SHA-256, a sliding idle timeout and an absolute timeout, a new id at every log-in (the id a
 * client presented is ended, never adopted) and whenever the user's roles change, and logout,
 * logout-everywhere and password reset deleting them. The store is Redis or the database (see
 * {@link SessionStore}); the router asks through identity's internal session endpoints.
 */
export class WebSessions {
  /**
   * Settings and store per database (keyed on the ORM driver, as `KeyStore` keys its signing keys): one
   * definition serves every stack a process starts (the tests start several), and each must keep its
   * own timeouts and store.
   */
  private readonly runtimes = new WeakMap<object, SessionRuntime>();

  constructor(private readonly tenants: TenantService = new TenantService()) {}

  /** Called when the subgraph starts, with its ORM's entity manager, the configured timeouts, store and clock. */
  configure(em: Em, settings: SessionSettings, store: SessionStore, clock: Clock = systemClock): void {
    this.runtimes.set(em.getDriver(), { settings, store, clock });
  }

  private runtime(em: Em): SessionRuntime {
    const runtime = this.runtimes.get(em.getDriver());
    if (!runtime) throw new Error('identity web sessions used before the subgraph started');
    return runtime;
  }

  /** The store configured for `em`'s database, or null before start (the purge job and shutdown use it). */
  storeFor(em: Em): SessionStore | null {
    return this.runtimes.get(em.getDriver())?.store ?? null;
  }

  private static cacheFor(settings: SessionSettings, now: number, s: StoredSession): number {
    // Never beyond half the idle time left: a session in steady use is resolved (and slid) again
    // before its idle deadline, and a cached answer never outlives the session.
    const bound = Math.min(settings.resolveCacheMs, Math.floor((s.idleExpiresAt - now) / 2), s.expiresAt - now);
    return Math.max(0, bound);
  }

  private static view(s: StoredSession, p: Privileges): SessionView {
    return {
      id: s.id,
      userId: s.userId,
      roles: p.roles,
      tenants: p.tenants,
      idleExpiresAt: new Date(s.idleExpiresAt),
      expiresAt: new Date(s.expiresAt),
    };
  }

  /** What a session grants: the user's global roles and tenant memberships, read fresh. */
  private async privilegesOf(em: Em, user: UserRow): Promise<Privileges> {
    const tenants = await this.tenants.claimsOf(em, user.id);
    return { roles: user.roles, tenants, key: hashToken(privilegeKey(user.roles, tenants)) };
  }

  private async issue(em: Em, user: UserRow, p: Privileges, expiresAt: number): Promise<{ token: string; stored: StoredSession }> {
    const { settings, store, clock } = this.runtime(em);
    const token = newOpaqueToken();
    const now = clock.now().getTime();
    const stored: StoredSession = {
      id: newId(),
      userId: user.id,
      roles: p.key,
      createdAt: now,
      idleExpiresAt: Math.min(now + settings.idleMs, expiresAt),
      expiresAt,
      rotatedAt: null,
    };
    await store.insert(em, hashToken(token), stored);
    return { token, stored };
  }

  /**
   * Starts a session for `user` (who has just proven their password). `presented` is the session id
   * the client sent with the log-in, if any: it is ended, and a fresh id is issued either way, so an
   * id planted by an attacker before log-in (session fixation) never becomes an authenticated one.
   */
  async start(em: Em, user: UserRow, presented: string | null): Promise<StartedSession> {
    if (presented) await this.end(em, presented);
    const p = await this.privilegesOf(em, user);
    const { settings, clock } = this.runtime(em);
    const { token, stored } = await this.issue(em, user, p, clock.now().getTime() + settings.absoluteMs);
    return { token, session: WebSessions.view(stored, p) };
  }

  /**
   * Resolves a session id to its session: null when it is unknown, malformed, idle too long, past its
   * absolute limit, or its user is gone (expired ones are deleted on the way). A live session's idle
   * expiry slides. If the user's roles changed since the id was issued, the id is replaced (the old one
   * answers for {@link ROTATION_GRACE_MS} more) and the new one is returned as `rotatedToken`.
   */
  async resolve(em: Em, token: string): Promise<Resolution | null> {
    if (!looksLikeOpaqueToken(token)) return null;
    const { settings, store, clock } = this.runtime(em);
    const tokenHash = hashToken(token);
    const stored = await store.find(em, tokenHash);
    const now = clock.now().getTime();
    if (!stored) return null;
    if (stored.idleExpiresAt <= now || stored.expiresAt <= now) {
      await store.delete(em, tokenHash);
      return null;
    }
    const user = await em.findOne(User, { id: stored.userId }, { disableIdentityMap: true });
    if (!user) {
      await store.delete(em, tokenHash);
      return null;
    }
    const p = await this.privilegesOf(em, user);
    // An id already replaced answers during its grace, unchanged; it neither slides nor rotates again.
    if (stored.rotatedAt !== null) {
      return { session: WebSessions.view(stored, p), rotatedToken: null, cacheForMs: WebSessions.cacheFor(settings, now, stored) };
    }
    if (p.key !== stored.roles) {
      const graceEnds = Math.min(now + ROTATION_GRACE_MS, stored.idleExpiresAt);
      const won = await store.replace(em, tokenHash, stored, { ...stored, rotatedAt: now, idleExpiresAt: graceEnds });
      if (!won) return this.settle(em, tokenHash, p);
      // The new id keeps the old absolute limit: a privilege change must not extend a session's life.
      const { token: rotated, stored: next } = await this.issue(em, user, p, stored.expiresAt);
      return { session: WebSessions.view(next, p), rotatedToken: rotated, cacheForMs: WebSessions.cacheFor(settings, now, next) };
    }
    const slid: StoredSession = { ...stored, idleExpiresAt: Math.min(now + settings.idleMs, stored.expiresAt) };
    if (!(await store.replace(em, tokenHash, stored, slid))) return this.settle(em, tokenHash, p);
    return { session: WebSessions.view(slid, p), rotatedToken: null, cacheForMs: WebSessions.cacheFor(settings, now, slid) };
  }

  /**
   * A concurrent request changed the session between our read and our write (slid it, rotated it or
   * ended it): answer from what is stored now, without writing again.
   */
  private async settle(em: Em, tokenHash: string, p: Privileges): Promise<Resolution | null> {
    const { store, clock } = this.runtime(em);
    const now = clock.now().getTime();
    const current = await store.find(em, tokenHash);
    if (!current || current.idleExpiresAt <= now || current.expiresAt <= now) return null;
    return { session: WebSessions.view(current, p), rotatedToken: null, cacheForMs: 0 };
  }

  /** Ends the session `token` names (log out); returns 1 when it was live, 0 otherwise (no error). */
  end(em: Em, token: string): Promise<number> {
    if (!looksLikeOpaqueToken(token)) return Promise.resolve(0);
    return this.runtime(em).store.delete(em, hashToken(token));
  }

  /** Ends every cookie session of `userId` (logout everywhere, password reset); returns how many were live. */
  endAllOf(em: Em, userId: string): Promise<number> {
    return this.runtime(em).store.deleteAllOf(em, userId);
  }
}
