import { createHash } from 'node:crypto';
import {
  buildOperationContext,
  executeQueryPlan,
  type GraphQLDataSource,
  type RemoteGraphQLDataSource,
  type ServiceMap,
} from '@apollo/gateway';
import { operationFromDocument, type Schema } from '@apollo/federation-internals';
import type { FetchNode, PlanNode, QueryPlanner, SubscriptionNode } from '@apollo/query-planner';
import {
  GraphQLError,
  Kind,
  getNamedType,
  isObjectType,
  parse,
  print,
  type ArgumentNode,
  type FieldNode,
  type OperationDefinitionNode,
  type DocumentNode,
  type ExecutionResult,
  type FormattedExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { INTERNAL_AUTH_HEADER, TopicFanout, newId, type Logger, type RouterSigner, type Viewer } from '../../kit';
import type { RouterContext } from './context';
import type { CompiledSupergraph } from './gateway';

/** A subscription one client asked for, after validation. */
export interface SubscriptionRequest {
  document: DocumentNode;
  operationName?: string | null;
  variables: Record<string, unknown>;
  viewer: Viewer | null;
  requestId: string;
}

export interface SubscriptionHubOptions {
  /** The supergraph compiled for planning: the gateway's own when it can be shared (router/src/gateway.ts). */
  compiled: CompiledSupergraph;
  /** The gateway's own data sources (same URLs, same identity forwarding) for the per-event entity fetches. */
  dataSources: Map<string, RemoteGraphQLDataSource<RouterContext>>;
  subgraphUrls: Record<string, string>;
  /** Signs each upstream subscription's identity for the subgraph that serves it. */
  signer: RouterSigner;
  log: Logger;
  /** Events a subscriber may fall behind before the oldest are dropped. */
  maxQueuePerSubscriber?: number;
  /** Upstream events a shared feed may hold awaiting plan execution before the oldest are dropped. */
  maxPendingPerFeed?: number;
  /** How a lost or unreachable upstream subscription is retried (see {@link SubscriptionHub}). */
  retry?: Partial<UpstreamRetry>;
}

/** Backoff of upstream (re)subscription attempts: `initialMs`, doubling up to `maxMs`, `attempts` in a row. */
export interface UpstreamRetry {
  initialMs: number;
  maxMs: number;
  attempts: number;
}

const DEFAULT_RETRY: UpstreamRetry = { initialMs: 250, maxMs: 5_000, attempts: 8 };

/** Counters exposed for tests, benchmarks and health. */
export interface SubscriptionStats {
  /** Shared upstream subscriptions (one per distinct operation + variables + auth scope). */
  upstreamSubscriptions: number;
  /** Client subscriptions attached to them. */
  subscribers: number;
  /** Events dropped for subscribers that were too slow, or by a feed whose plan execution fell behind. */
  dropped: number;
  /** Upstream subscriptions re-established after their connection was lost, since start. */
  resumed: number;
}

const MAX_CACHED_PLANS = 500;
/** Argument names by which a subscription asks for history first (see SubscriptionHub.subscribe). */
const REPLAY_ARGUMENTS = new Set(['since', 'after']);

/** Alias under which the hub asks a resumable subscription's payload for its offset. */
const OFFSET_ALIAS = '__hubgraphOffset';

type UpstreamEvent = FormattedExecutionResult<Record<string, unknown>, Record<string, unknown>>;

/** Work queued on a feed, run in order: an upstream event, or the feed's end (with errors to deliver first). */
type FeedItem = { kind: 'event'; event: UpstreamEvent } | { kind: 'end'; errors?: GraphQLError[] };

/**
 * How a subscription whose domain keeps offsets resumes: the root field takes `since: Int` (replay
 * after that offset) and its payload has `offset: Int`, as chat's `broadcastReceived` does.
 */
interface Resume {
  /** The primary operation with `__hubgraphOffset: offset` added to the root field's selection. */
  document: DocumentNode;
  field: FieldNode;
  /** The root field's response key in upstream events. */
  responseKey: string;
  /** The newest offset received (or the client's `since` before any event); null: unknown. */
  position: number | null;
  /** The variable the client passed `since` in, if any: its value is replaced, the document kept. */
  sinceVariable: string | null;
}

/**
 * One shared upstream subscription and its per-event plan execution; every client subscription with
 * the same key (operation, variables, auth scope) reads from it.
 */
interface Feed {
  key: string;
  request: SubscriptionRequest;
  plan: SubscriptionNode;
  resume: Resume | null;
  /** Per-event work, run one item at a time so events reach clients in upstream order; bounded. */
  queue: FeedItem[];
  pendingEvents: number;
  draining: boolean;
  stopUpstream?: () => void;
  retryTimer?: NodeJS.Timeout;
  /** Failed upstream attempts in a row. */
  failures: number;
  /** The upstream subscription was established at least once (so a loss may have cost events). */
  live: boolean;
  closed: boolean;
}

/** One graphql-ws connection to a subgraph, shared by every feed on it. */
interface Upstream {
  client: Client;
  connected: boolean;
  /** Called once when the connection is next acknowledged. */
  waiters: Set<() => void>;
}

/**
 * A readable description of whatever graphql-ws reports as a failure — a CloseEvent (`code`,
 * `reason`), an ErrorEvent (`message`, the socket error's `code` such as ECONNREFUSED), an Error, or
 * the subgraph's GraphQL errors — for logs: none of these print usefully with `String()`.
 */
export function describeUpstreamError(error: unknown): Record<string, unknown> {
  if (Array.isArray(error)) {
    return { type: 'GraphQLErrors', messages: error.map((e) => (e as { message?: string })?.message ?? String(e)) };
  }
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return { type: error.name, message: error.message, ...(code !== undefined ? { code } : {}) };
  }
  if (error && typeof error === 'object') {
    const e = error as { type?: unknown; code?: unknown; reason?: unknown; wasClean?: unknown; message?: unknown; error?: unknown };
    if (typeof e.code === 'number' && 'reason' in e) {
      return { type: 'CloseEvent', code: e.code, reason: String(e.reason ?? ''), wasClean: e.wasClean };
    }
    if ('error' in e || 'message' in e) {
      const inner = e.error as { message?: unknown; code?: unknown } | undefined;
      return {
        type: 'ErrorEvent',
        message: String(e.message || inner?.message || 'socket error'),
        ...(inner?.code !== undefined ? { code: inner.code } : {}),
      };
    }
  }
  return { type: typeof error, message: String(error) };
}

function subgraphUnavailable(subgraph: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: subgraph } });
}

function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}

function scopeOf(viewer: Viewer | null): string {
  return viewer ? `${viewer.userId}|${viewer.tenantId ?? ''}|${[...viewer.roles].sort().join(',')}` : 'anonymous';
}

function toGraphQLErrors(errors: readonly unknown[]): GraphQLError[] {
  return errors.map((e) => {
    if (e instanceof GraphQLError) return e;
    const item = e as { message?: string; extensions?: Record<string, unknown>; path?: (string | number)[] };
    return new GraphQLError(item?.message ?? String(e), { extensions: item?.extensions, path: item?.path });
  });
}

/**
 * Federated subscriptions for @apollo/gateway, which plans but does not execute them.
 *
 * The gateway's query planner turns a subscription into `SubscriptionNode { primary, rest }`. The hub
 * opens `primary` on the owning subgraph over graphql-ws and, for every event, runs the rest of the plan
 * with the gateway's own `executeQueryPlan`: the plan `Sequence[primary, rest]` executes against the
 * real data sources, except that the primary fetch is answered with the event. So any field reachable
 * from the payload, in any subgraph, can be selected, with no per-type code.
 *
 * Identical subscriptions (same operation, variables and auth scope) share one upstream subscription
 * and one plan execution per event, fanned out to every client. The last client leaving stops the
 * upstream subscription at once.
 *
 * When the upstream connection is lost (the subgraph crashed, restarted or the network broke), a feed
 * whose domain keeps offsets (see {@link Resume}) is re-subscribed with backoff from the last offset
 * it received, so its clients miss nothing; any other feed that was live ends at once with
 * `SUBGRAPH_UNAVAILABLE`, so its clients know to subscribe again and re-read state instead of waiting
 * on a stream that silently stopped. Opening a feed retries with the same backoff. Every attempt signs
 * a fresh forwarded header, so a re-subscription never carries an expired one.
 */
export class SubscriptionHub {
  readonly apiSchema: GraphQLSchema;
  private readonly api: Schema;
  private readonly supergraphSchema: GraphQLSchema;
  private readonly planner: QueryPlanner;
  private readonly plans = new Map<string, SubscriptionNode>();
  private readonly feeds = new Map<string, Feed>();
  private readonly upstreams = new Map<string, Upstream>();
  private readonly fanout: TopicFanout;
  private readonly maxQueue: number;
  private readonly maxPending: number;
  private readonly retry: UpstreamRetry;
  private feedDropped = 0;
  private resumed = 0;

  constructor(private readonly options: SubscriptionHubOptions) {
    this.api = options.compiled.api;
    this.apiSchema = options.compiled.apiSchema;
    this.supergraphSchema = options.compiled.supergraphSchema;
    this.planner = options.compiled.planner;
    this.fanout = new TopicFanout();
    this.maxQueue = options.maxQueuePerSubscriber ?? 100;
    this.maxPending = options.maxPendingPerFeed ?? 100;
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
  }

  get stats(): SubscriptionStats {
    let subscribers = 0;
    for (const key of this.feeds.keys()) subscribers += this.fanout.count(key);
    return {
      upstreamSubscriptions: this.feeds.size,
      subscribers,
      dropped: this.fanout.dropped + this.feedDropped,
      resumed: this.resumed,
    };
  }

  /**
   * Subscribes one client. Returns its event stream; calling `return()` on it (graphql-ws does on
   * `complete` and on disconnect) detaches it immediately.
   */
  subscribe(request: SubscriptionRequest): AsyncIterableIterator<ExecutionResult> {
    const plan = this.planFor(request.document, request.operationName);
    // A subscription that replays history from a position (`since`, `after`) must not join a feed that
    // is already past its replay, so each such subscriber gets its own feed.
    const replaying = this.replays(request.document, request.variables);
    const key = createHash('sha256')
      .update(replaying ? newId() : '')
      .update(print(request.document))
      .update('\0')
      .update(request.operationName ?? '')
      .update('\0')
      .update(stableStringify(request.variables))
      .update('\0')
      .update(scopeOf(request.viewer))
      .digest('base64url');
    let feed = this.feeds.get(key);
    const fresh = !feed;
    if (!feed) {
      feed = {
        key,
        request,
        plan,
        resume: this.resumeOf(plan, request),
        queue: [],
        pendingEvents: 0,
        draining: false,
        failures: 0,
        live: false,
        closed: false,
      };
      this.feeds.set(key, feed);
    }
    const iterator = this.fanout.iterator<ExecutionResult>(
      key,
      this.maxQueue,
      () => undefined,
      () => this.stopFeed(key),
    );
    if (fresh) void this.openUpstream(feed);
    return iterator;
  }

  /** Ends every feed and closes upstream connections (router shutdown). */
  async close(): Promise<void> {
    for (const key of [...this.feeds.keys()]) {
      this.fanout.end(key);
      this.stopFeed(key);
    }
    await Promise.all([...this.upstreams.values()].map((upstream) => upstream.client.dispose()));
    this.upstreams.clear();
  }

  private replays(document: DocumentNode, variables: Record<string, unknown>): boolean {
    const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const root = operation?.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD);
    return (root?.arguments ?? []).some((arg) => {
      if (!REPLAY_ARGUMENTS.has(arg.name.value)) return false;
      if (arg.value.kind === Kind.NULL) return false;
      if (arg.value.kind === Kind.VARIABLE) return variables[arg.value.name.value] != null;
      return true;
    });
  }

  /**
   * Whether the feed can resume after a lost connection: its root field takes `since: Int` and its
   * payload type has an `offset: Int` field. Read from the API schema, so any subgraph that follows
   * the convention gets it. The client's own `since` (if any) is the starting position.
   */
  private resumeOf(plan: SubscriptionNode, request: SubscriptionRequest): Resume | null {
    const primary = parse(plan.primary.operation);
    const operation = primary.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const field = operation?.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD);
    const definition = field ? this.apiSchema.getSubscriptionType()?.getFields()[field.name.value] : undefined;
    const since = definition?.args.find((a) => a.name === 'since');
    const payload = definition ? getNamedType(definition.type) : undefined;
    const offset = payload && isObjectType(payload) ? payload.getFields().offset : undefined;
    if (!field || !since || getNamedType(since.type).name !== 'Int' || !offset || getNamedType(offset.type).name !== 'Int') return null;
    const withOffset: FieldNode = {
      ...field,
      selectionSet: {
        kind: Kind.SELECTION_SET,
        selections: [
          ...(field.selectionSet?.selections ?? []),
          { kind: Kind.FIELD, alias: { kind: Kind.NAME, value: OFFSET_ALIAS }, name: { kind: Kind.NAME, value: 'offset' } },
        ],
      },
    };
    const document: DocumentNode = {
      ...primary,
      definitions: primary.definitions.map((d) =>
        d === operation
          ? {
              ...operation,
              selectionSet: {
                ...operation.selectionSet,
                selections: operation.selectionSet.selections.map((s) => (s === field ? withOffset : s)),
              },
            }
          : d,
      ),
    };
    const given = field.arguments?.find((a) => a.name.value === 'since')?.value;
    let position: number | null = null;
    if (given?.kind === Kind.INT) position = Number(given.value);
    else if (given?.kind === Kind.VARIABLE) {
      const value = request.variables[given.name.value];
      if (typeof value === 'number' && Number.isInteger(value)) position = value;
    }
    const sinceVariable = given?.kind === Kind.VARIABLE ? given.name.value : null;
    return { document, field: withOffset, responseKey: field.alias?.value ?? field.name.value, position, sinceVariable };
  }

  /** The operation sent upstream: the planner's, or for a resumable feed, one asking for offsets after `position`. */
  private upstreamOperation(feed: Feed): string {
    const { resume } = feed;
    if (!resume) return feed.plan.primary.operation;
    // A `since` given as a variable keeps its place: openUpstream sends the position as its value
    // (replacing it with a literal would leave the variable declared and unused, which is invalid).
    if (resume.position === null || resume.sinceVariable) return print(resume.document);
    const since: ArgumentNode = {
      kind: Kind.ARGUMENT,
      name: { kind: Kind.NAME, value: 'since' },
      value: { kind: Kind.INT, value: String(resume.position) },
    };
    const field: FieldNode = {
      ...resume.field,
      arguments: [...(resume.field.arguments ?? []).filter((a) => a.name.value !== 'since'), since],
    };
    return print({
      ...resume.document,
      definitions: resume.document.definitions.map((d) =>
        d.kind === Kind.OPERATION_DEFINITION
          ? {
              ...d,
              selectionSet: { ...d.selectionSet, selections: d.selectionSet.selections.map((s) => (s === resume.field ? field : s)) },
            }
          : d,
      ),
    });
  }

  private planFor(document: DocumentNode, operationName?: string | null): SubscriptionNode {
    const cacheKey = `${operationName ?? ''}\0${print(document)}`;
    let plan = this.plans.get(cacheKey);
    if (!plan) {
      const operation = operationFromDocument(this.api, document, { operationName: operationName ?? undefined });
      const node = this.planner.buildQueryPlan(operation).node;
      if (!node || node.kind !== 'Subscription') throw new GraphQLError('Only subscription operations can be subscribed to.');
      plan = node;
      if (this.plans.size >= MAX_CACHED_PLANS) this.plans.delete(this.plans.keys().next().value as string);
      this.plans.set(cacheKey, plan);
    }
    return plan;
  }

  /**
   * The shared connection to a subgraph. It never retries by itself: graphql-ws would silently
   * re-send every subscription with its original (by then expired) header and hide the gap, so a lost
   * connection errors every subscription on it and each feed decides (resume or end).
   */
  private upstream(serviceName: string): Upstream {
    let upstream = this.upstreams.get(serviceName);
    if (!upstream) {
      const url = this.options.subgraphUrls[serviceName];
      if (!url) throw new Error(`No URL for subgraph ${serviceName}`);
      const state: Upstream = {
        connected: false,
        waiters: new Set(),
        client: createClient({
          url: url.replace(/^http/, 'ws'),
          webSocketImpl: WebSocket,
          lazy: true,
          keepAlive: 12_000,
          retryAttempts: 0,
          on: {
            connected: () => {
              state.connected = true;
              for (const waiter of [...state.waiters]) waiter();
              state.waiters.clear();
            },
            closed: (event) => {
              // 1000 is the router's own close once no subscription uses the connection.
              const close = describeUpstreamError(event);
              if (state.connected && close.code !== 1000)
                this.options.log.info({ subgraph: serviceName, close }, 'upstream websocket closed');
              state.connected = false;
            },
            error: (error) =>
              this.options.log.debug({ subgraph: serviceName, err: describeUpstreamError(error) }, 'upstream websocket error'),
          },
        }),
      };
      upstream = state;
      this.upstreams.set(serviceName, upstream);
    }
    return upstream;
  }

  /** Opens (or re-opens) a feed's upstream subscription, with a freshly signed forwarded header. */
  private async openUpstream(feed: Feed): Promise<void> {
    feed.retryTimer = undefined;
    if (feed.closed) return;
    const { primary } = feed.plan;
    const variables: Record<string, unknown> = {};
    for (const name of primary.variableUsages ?? []) {
      if (feed.request.variables[name] !== undefined) variables[name] = feed.request.variables[name];
    }
    if (feed.resume?.sinceVariable && feed.resume.position !== null) variables[feed.resume.sinceVariable] = feed.resume.position;
    let upstream: Upstream;
    let extensions: Record<string, unknown>;
    try {
      upstream = this.upstream(primary.serviceName);
      extensions = {
        [INTERNAL_AUTH_HEADER]: await this.options.signer.signForwarded(feed.request.viewer, primary.serviceName, {
          requestId: feed.request.requestId,
        }),
      };
    } catch (error) {
      this.options.log.error({ err: describeUpstreamError(error) }, 'could not open upstream subscription');
      this.enqueue(feed, { kind: 'end', errors: [new GraphQLError('The subscription could not be started.')] });
      return;
    }
    if (feed.closed) return;
    let finished = false;
    const established = () => {
      upstream.waiters.delete(established);
      if (finished || feed.closed) return;
      if (feed.live && feed.failures > 0) {
        this.resumed++;
        this.options.log.info({ subgraph: primary.serviceName, since: feed.resume?.position }, 'upstream subscription resumed');
      }
      feed.live = true;
      feed.failures = 0;
    };
    if (upstream.connected) established();
    else upstream.waiters.add(established);
    feed.stopUpstream = upstream.client.subscribe<Record<string, unknown>, Record<string, unknown>>(
      { query: this.upstreamOperation(feed), operationName: primary.operationName, variables, extensions },
      {
        next: (event) => {
          if (finished) return;
          established();
          const item = this.positioned(feed, event);
          if (item) this.enqueue(feed, { kind: 'event', event: item });
        },
        error: (error) => {
          if (finished) return;
          finished = true;
          upstream.waiters.delete(established);
          this.onUpstreamError(feed, error);
        },
        complete: () => {
          if (finished) return;
          finished = true;
          upstream.waiters.delete(established);
          this.enqueue(feed, { kind: 'end' });
        },
      },
    );
  }

  /**
   * For a resumable feed: records the event's offset and strips it from the payload; drops an event
   * at or before the position already received (a replay overlapping what arrived before the loss).
   */
  private positioned(feed: Feed, event: UpstreamEvent): UpstreamEvent | null {
    const { resume } = feed;
    const root = resume ? event.data?.[resume.responseKey] : undefined;
    if (!resume || !root || typeof root !== 'object') return event;
    const { [OFFSET_ALIAS]: offset, ...payload } = root as Record<string, unknown>;
    if (typeof offset === 'number') {
      if (resume.position !== null && offset <= resume.position) return null;
      resume.position = offset;
    }
    return { ...event, data: { ...event.data, [resume.responseKey]: payload } };
  }

  /**
   * The upstream subscription failed. GraphQL errors from the subgraph are final. A lost or refused
   * connection is retried with backoff while the feed is opening or can resume from a known offset;
   * a live feed without offsets ends at once with SUBGRAPH_UNAVAILABLE (events may have been missed).
   */
  private onUpstreamError(feed: Feed, error: unknown): void {
    if (feed.closed) return;
    const subgraph = feed.plan.primary.serviceName;
    if (Array.isArray(error)) {
      this.enqueue(feed, { kind: 'end', errors: toGraphQLErrors(error) });
      return;
    }
    const resumable = feed.resume !== null && feed.resume.position !== null;
    const described = describeUpstreamError(error);
    if (feed.live && !resumable && feed.failures === 0) {
      this.options.log.warn({ subgraph, err: described }, 'upstream subscription lost; ending it (this stream keeps no offsets)');
      this.enqueue(feed, {
        kind: 'end',
        errors: [
          subgraphUnavailable(
            subgraph,
            `The ${subgraph} subgraph's stream for this subscription was interrupted, so events may have been missed. Subscribe again and re-read the current state.`,
          ),
        ],
      });
      return;
    }
    feed.failures++;
    if (feed.failures > this.retry.attempts) {
      this.options.log.warn({ subgraph, err: described, attempts: feed.failures - 1 }, 'upstream subscription could not be re-established');
      this.enqueue(feed, {
        kind: 'end',
        errors: [subgraphUnavailable(subgraph, `The ${subgraph} subgraph cannot be reached for this subscription; try again later.`)],
      });
      return;
    }
    const delay = Math.min(this.retry.maxMs, this.retry.initialMs * 2 ** (feed.failures - 1));
    // Jitter spreads the re-subscriptions of many feeds (and routers) after a subgraph restart.
    const wait = Math.round(delay * (0.75 + Math.random() * 0.5));
    this.options.log.warn(
      { subgraph, err: described, attempt: feed.failures, retryInMs: wait, since: feed.resume?.position },
      feed.live ? 'upstream subscription lost; resuming' : 'upstream subscription could not be opened; retrying',
    );
    feed.retryTimer = setTimeout(() => void this.openUpstream(feed), wait);
  }

  /**
   * Queues work on a feed. At most `maxPendingPerFeed` events wait for plan execution; past that the
   * oldest waiting event is dropped and counted (live data favours the newest state), like a
   * subscriber's queue. The end of the feed is never dropped.
   */
  private enqueue(feed: Feed, item: FeedItem): void {
    if (feed.closed) return;
    if (item.kind === 'event') {
      if (feed.pendingEvents >= this.maxPending) {
        const oldest = feed.queue.findIndex((queued) => queued.kind === 'event');
        feed.queue.splice(oldest, 1);
        feed.pendingEvents--;
        this.feedDropped++;
      }
      feed.pendingEvents++;
    }
    feed.queue.push(item);
    if (!feed.draining) void this.drain(feed);
  }

  private async drain(feed: Feed): Promise<void> {
    feed.draining = true;
    try {
      while (feed.queue.length && !feed.closed) {
        const item = feed.queue.shift()!;
        if (item.kind === 'event') {
          feed.pendingEvents--;
          await this.onEvent(feed, item.event);
        } else {
          if (item.errors) this.fanout.deliver(feed.key, { errors: item.errors });
          this.endFeed(feed);
        }
      }
    } finally {
      feed.draining = false;
    }
  }

  private async onEvent(feed: Feed, event: UpstreamEvent): Promise<void> {
    if (feed.closed) return;
    if (!event.data) {
      this.fanout.deliver(feed.key, { errors: toGraphQLErrors(event.errors ?? []) });
      return;
    }
    try {
      const result = await this.executeRest(feed, event);
      this.fanout.deliver(feed.key, result);
    } catch (error) {
      this.options.log.error({ err: error }, 'subscription event execution failed');
      this.fanout.deliver(feed.key, { errors: [new GraphQLError('Could not resolve this event.')] });
    }
  }

  /** Runs `Sequence[primary, rest]` where the primary fetch is answered by the upstream event. */
  private async executeRest(feed: Feed, event: UpstreamEvent): Promise<ExecutionResult> {
    const { primary, rest } = feed.plan;
    const node: PlanNode = rest ? { kind: 'Sequence', nodes: [primary as FetchNode, rest] } : primary;
    const serviceMap: ServiceMap = {};
    for (const [name, source] of this.options.dataSources) serviceMap[name] = source;
    const real = serviceMap[primary.serviceName];
    if (!real) throw new Error(`no data source for subgraph ${primary.serviceName}`);
    const replay: GraphQLDataSource<RouterContext> = {
      process: (options) =>
        options.request.query === primary.operation
          ? Promise.resolve({ data: event.data, errors: event.errors ? toGraphQLErrors(event.errors) : undefined })
          : real.process(options),
    };
    serviceMap[primary.serviceName] = replay;
    const context: RouterContext = {
      requestId: feed.request.requestId,
      log: this.options.log,
      ip: 'router',
      viewer: feed.request.viewer,
    };
    const operationContext = buildOperationContext({
      schema: this.apiSchema,
      operationDocument: feed.request.document,
      operationName: feed.request.operationName ?? undefined,
    });
    const requestContext = {
      request: {
        query: print(feed.request.document),
        variables: feed.request.variables,
        operationName: feed.request.operationName ?? undefined,
      },
      context,
      logger: this.options.log,
      metrics: {},
      cache: undefined,
      operationName: feed.request.operationName ?? null,
    };
    const result = await executeQueryPlan(
      { kind: 'QueryPlan', node },
      serviceMap,
      requestContext as unknown as Parameters<typeof executeQueryPlan>[2],
      operationContext,
      this.supergraphSchema,
      this.api,
    );
    return { data: result.data, errors: result.errors } as ExecutionResult;
  }

  private endFeed(feed: Feed): void {
    this.fanout.end(feed.key);
    this.stopFeed(feed.key);
  }

  private stopFeed(key: string): void {
    const feed = this.feeds.get(key);
    if (!feed) return;
    feed.closed = true;
    this.feeds.delete(key);
    if (feed.retryTimer) clearTimeout(feed.retryTimer);
    feed.queue.length = 0;
    feed.stopUpstream?.();
  }
}
