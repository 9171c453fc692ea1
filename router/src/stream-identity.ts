import { decodeJwt } from 'jose';
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { WebSocket } from 'ws';
import { ACCESS_CHANGED_TOPIC, TENANT_ROLES, type AccessChange, type Logger, type PubSub, type TenantRole, type Viewer } from '../../kit';

/** Seconds of clock skew allowed on `exp`, as for HTTP requests (router/src/auth.ts). */
const EXPIRY_TOLERANCE_MS = 5_000;
/** How long a revocation is remembered: well past the longest access-token lifetime (15 minutes). */
const REMEMBER_CHANGES_MS = 30 * 60_000;
/** Time given to the last `next`/`complete` messages to leave before a forced close. */
const CLOSE_GRACE_MS = 1_000;
/** Longest timer node allows (about 24.8 days); a later expiry is re-checked when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** What a connection's access token says about itself. */
export interface TokenClaims {
  /** Issued at, epoch seconds. */
  iat: number;
  /** Expires at, epoch seconds. */
  exp: number;
}

/** Reads `iat` and `exp` of a token the verifier has already accepted. */
export function claimsOf(authorization: string): TokenClaims {
  const { iat, exp } = decodeJwt(authorization.replace(/^Bearer /, ''));
  return { iat: typeof iat === 'number' ? iat : 0, exp: typeof exp === 'number' ? exp : 0 };
}

/** One subscription of a connection that the router can end with a final coded error. */
export interface EndableStream {
  end(error: GraphQLError): void;
  /** Resolves once the stream has handed out its last result (or was released). */
  finished: Promise<void>;
}

/** A signed-in WebSocket connection whose identity is followed. */
export interface FollowedConnection {
  socket: WebSocket;
  viewer: Viewer;
  claims: TokenClaims;
  streams: Set<EndableStream>;
  expiryTimer?: NodeJS.Timeout;
  ending?: boolean;
}

/**
 * Wraps a subscription's event stream so that it can be ended from outside with one last
 * `{ errors: [coded error] }` result, after which it completes (graphql-ws sends `next`, then
 * `complete`). Closing it from graphql-ws releases the inner stream as before.
 */
export function endable(
  inner: AsyncIterableIterator<ExecutionResult>,
  onDone: () => void,
): AsyncIterableIterator<ExecutionResult> & EndableStream {
  let waiting: ((result: IteratorResult<ExecutionResult>) => void) | null = null;
  let last: ExecutionResult | null = null;
  let ended = false;
  let settle!: () => void;
  const finished = new Promise<void>((resolve) => (settle = resolve));
  const done = () => {
    onDone();
    settle();
  };
  const stream: AsyncIterableIterator<ExecutionResult> & EndableStream = {
    finished,
    end(error) {
      if (ended) return;
      ended = true;
      void inner.return?.();
      const result = { errors: [error] };
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value: result, done: false });
      } else last = result;
    },
    next() {
      if (ended) {
        if (last) {
          const value = last;
          last = null;
          return Promise.resolve({ value, done: false });
        }
        done();
        return Promise.resolve({ value: undefined, done: true });
      }
      return new Promise<IteratorResult<ExecutionResult>>((resolve, reject) => {
        waiting = resolve;
        inner.next().then(
          (result) => {
            if (waiting !== resolve) return;
            waiting = null;
            if (result.done) done();
            resolve(result);
          },
          (error: unknown) => {
            if (waiting !== resolve) return;
            waiting = null;
            done();
            reject(error);
          },
        );
      });
    },
    return() {
      ended = true;
      last = null;
      done();
      return inner.return ? inner.return() : Promise.resolve({ value: undefined, done: true });
    },
    throw(error?: unknown) {
      ended = true;
      done();
      return inner.throw ? inner.throw(error) : Promise.reject(error);
    },
    [Symbol.asyncIterator]() {
      return stream;
    },
  };
  return stream;
}

function rank(role: TenantRole | null | undefined): number {
  return role ? TENANT_ROLES.indexOf(role) : -1;
}

/** Whether `next` holds less than `previous`: a global role or the tenant gone, or a lower tenant role. */
export function narrower(previous: Viewer, next: Viewer): boolean {
  if (previous.userId !== next.userId || previous.tenantId !== next.tenantId) return true;
  if (previous.roles.some((role) => !next.roles.includes(role))) return true;
  return rank(next.tenantRole) < rank(previous.tenantRole);
}

/**
 * Makes long-lived WebSocket connections follow their user's identity, which a token checked once at
 * `connection_init` does not:
 *
 * - **Expiry.** A connection ends when its access token expires (plus 5 s of clock tolerance),
 *   unless the client sent a fresh token for the same user in a `ping` before then (see websocket.ts).
 * - **Revocation and access changes.** Identity announces log-out-everywhere (and password reset),
 *   global role changes and tenant membership changes on {@link ACCESS_CHANGED_TOPIC}. Every router
 *   replica listens (Redis pub/sub reaches all of them; the in-memory pub/sub only reaches a router in
 *   the same process), ends the affected connections at once, and remembers the change for 30
 *   minutes, so a token issued before it cannot open a stream again on this replica.
 *
 * Ending a connection sends each of its subscriptions a final error with a code (UNAUTHENTICATED for
 * expiry and revocation, FORBIDDEN for a lost role or membership) and completes it, then closes the
 * socket with 4403 and the same code in the reason.
 */
export class StreamIdentity {
  private readonly byUser = new Map<string, Set<FollowedConnection>>();
  /** `userId` or `userId|tenantId` → epoch ms of the newest change: tokens issued before are stale. */
  private readonly changedAt = new Map<string, { at: number; until: number }>();
  /** `userId|tenantId` → epoch ms of the user's removal from the tenant (a subset of `changedAt`). */
  private readonly removedAt = new Map<string, { at: number; until: number }>();
  private readonly unsubscribe: Promise<void>;
  private stopListening: () => void = () => undefined;
  private closed = false;

  constructor(
    private readonly pubsub: PubSub | undefined,
    private readonly log: Logger,
  ) {
    this.unsubscribe = this.listen();
  }

  private async listen(): Promise<void> {
    if (!this.pubsub) return;
    const changes = this.pubsub.subscribe<AccessChange>(ACCESS_CHANGED_TOPIC);
    this.stopListening = () => void changes.return?.();
    for await (const change of changes) {
      if (this.closed) break;
      try {
        this.apply(change);
      } catch (error) {
        this.log.warn({ err: String(error) }, 'could not apply an access change');
      }
    }
  }

  /** Stops listening and clears timers (router shutdown). */
  async close(): Promise<void> {
    this.closed = true;
    this.stopListening();
    for (const set of this.byUser.values()) for (const connection of set) clearTimeout(connection.expiryTimer);
    this.byUser.clear();
    await this.unsubscribe.catch(() => undefined);
  }

  /** Why a token may not (any longer) open or keep a stream, or null when it may. */
  refusal(viewer: Viewer, claims: TokenClaims): GraphQLError | null {
    if (claims.exp * 1000 + EXPIRY_TOLERANCE_MS <= Date.now()) return unauthenticated('The access token has expired; log in again.');
    // `iat` has whole seconds: a token issued in the same second as the change is accepted.
    const issued = claims.iat * 1000;
    const user = this.changeOf(viewer.userId);
    if (user !== null && issued < Math.floor(user / 1000) * 1000) {
      return unauthenticated('The sessions of this user were ended or their roles changed; sign in again (or refresh) for a new token.');
    }
    const tenant = viewer.tenantId ? this.changeOf(`${viewer.userId}|${viewer.tenantId}`) : null;
    if (tenant !== null && issued < Math.floor(tenant / 1000) * 1000) {
      return forbidden('Your membership in this tenant changed; refresh the access token and reconnect.');
    }
    return null;
  }

  /**
   * For plain HTTP requests: FORBIDDEN when the viewer acts in a tenant it was removed from after its
   * token was issued (a removed member, or every member of a deleted tenant), which the token's
   * memberships still list until it expires. Other access changes take effect with the next token.
   */
  removedMember(viewer: Viewer, claims: Pick<TokenClaims, 'iat'>): GraphQLError | null {
    if (!viewer.tenantId) return null;
    const removed = this.changeOf(`${viewer.userId}|${viewer.tenantId}`, this.removedAt);
    if (removed === null || claims.iat * 1000 >= Math.floor(removed / 1000) * 1000) return null;
    return forbidden('You are no longer a member of this tenant; refresh the access token.', 403);
  }

  private changeOf(key: string, map = this.changedAt): number | null {
    const entry = map.get(key);
    if (!entry) return null;
    if (entry.until < Date.now()) {
      map.delete(key);
      return null;
    }
    return entry.at;
  }

  private remember(key: string, at: number, map = this.changedAt): void {
    const now = Date.now();
    const previous = this.changeOf(key, map);
    map.set(key, { at: Math.max(at, previous ?? 0), until: now + REMEMBER_CHANGES_MS });
    // Forget stale entries now and then, so the map is bounded by the changes of the last 30 minutes.
    if (map.size % 1000 === 0) for (const k of [...map.keys()]) this.changeOf(k, map);
  }

  /** Starts following a signed-in connection: schedules its expiry. */
  follow(connection: FollowedConnection): void {
    let set = this.byUser.get(connection.viewer.userId);
    if (!set) {
      set = new Set();
      this.byUser.set(connection.viewer.userId, set);
    }
    set.add(connection);
    this.scheduleExpiry(connection);
  }

  /** Stops following a connection (its socket closed). */
  forget(connection: FollowedConnection): void {
    clearTimeout(connection.expiryTimer);
    const set = this.byUser.get(connection.viewer.userId);
    set?.delete(connection);
    if (set && set.size === 0) this.byUser.delete(connection.viewer.userId);
  }

  /**
   * A fresh token for an open connection (sent in a `ping`). It must be for the same user and not
   * narrower than the connection's current access; its expiry replaces the old one.
   */
  renew(connection: FollowedConnection, viewer: Viewer, claims: TokenClaims): GraphQLError | null {
    if (viewer.userId !== connection.viewer.userId) return forbidden('A renewed token must be for the user the connection was opened for.');
    const refused = this.refusal(viewer, claims);
    if (refused) return refused;
    if (narrower(connection.viewer, viewer)) {
      return forbidden('The renewed token holds less access than the connection was opened with; reconnect with it.');
    }
    connection.claims = claims;
    this.scheduleExpiry(connection);
    return null;
  }

  private scheduleExpiry(connection: FollowedConnection): void {
    clearTimeout(connection.expiryTimer);
    const wait = connection.claims.exp * 1000 + EXPIRY_TOLERANCE_MS - Date.now();
    connection.expiryTimer = setTimeout(
      () => {
        if (connection.claims.exp * 1000 + EXPIRY_TOLERANCE_MS > Date.now()) return this.scheduleExpiry(connection);
        this.end(
          connection,
          unauthenticated(
            'The access token of this connection expired. Reconnect with a fresh token, or renew it in a ping before it expires.',
          ),
        );
      },
      Math.max(0, Math.min(wait, MAX_TIMER_MS)),
    );
    connection.expiryTimer.unref();
  }

  /** Applies one change announced by identity to the open connections and remembers it. */
  apply(change: AccessChange): void {
    if (typeof change?.userId !== 'string' || !Number.isFinite(change.at)) return;
    const connections = [...(this.byUser.get(change.userId) ?? [])];
    const before = (connection: FollowedConnection) => connection.claims.iat * 1000 < Math.floor(change.at / 1000) * 1000;
    switch (change.kind) {
      case 'SESSIONS_REVOKED':
        this.remember(change.userId, change.at);
        for (const c of connections.filter(before)) {
          this.end(c, unauthenticated('Every session of this user was ended (logged out everywhere); sign in again.'));
        }
        break;
      case 'ROLES_CHANGED': {
        this.remember(change.userId, change.at);
        const roles = change.roles ?? [];
        for (const c of connections.filter(before)) {
          if (c.viewer.roles.some((role) => !roles.includes(role)))
            this.end(c, forbidden('A role this connection was opened with was taken away.'));
        }
        break;
      }
      case 'MEMBERSHIP_CHANGED': {
        if (!change.tenantId) return;
        this.remember(`${change.userId}|${change.tenantId}`, change.at);
        const held = (TENANT_ROLES as readonly string[]).includes(change.tenantRole ?? '') ? (change.tenantRole as TenantRole) : null;
        if (held === null) this.remember(`${change.userId}|${change.tenantId}`, change.at, this.removedAt);
        for (const c of connections.filter(before)) {
          if (c.viewer.tenantId !== change.tenantId) continue;
          if (held === null) this.end(c, forbidden('You are no longer a member of the tenant this connection acts in.'));
          else if (rank(held) < rank(c.viewer.tenantRole))
            this.end(c, forbidden('Your role in the tenant this connection acts in was lowered.'));
        }
        break;
      }
    }
  }

  /** Ends a connection: a final coded error on each subscription, then close 4403 with the code in the reason. */
  end(connection: FollowedConnection, error: GraphQLError): void {
    if (connection.ending) return;
    connection.ending = true;
    this.forget(connection);
    const code = String(error.extensions.code);
    this.log.info({ userId: connection.viewer.userId, code, reason: error.message }, 'ending a stream connection');
    const streams = [...connection.streams];
    for (const stream of streams) stream.end(error);
    const close = () => {
      if (connection.socket.readyState === connection.socket.OPEN) connection.socket.close(4403, `${code}: ${error.message}`.slice(0, 120));
    };
    const grace = setTimeout(close, CLOSE_GRACE_MS);
    grace.unref();
    void Promise.all(streams.map((s) => s.finished)).then(() => {
      clearTimeout(grace);
      // Let graphql-ws write the `next` and `complete` it is sending before the close frame.
      setImmediate(close);
    });
  }
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

function forbidden(message: string, status?: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', ...(status ? { http: { status } } : {}) } });
}
