import { createHash } from 'node:crypto';
import {
  buildOperationContext,
  executeQueryPlan,
  type GraphQLDataSource,
  type RemoteGraphQLDataSource,
  type ServiceMap,
} from '@apollo/gateway';
import { Supergraph, operationFromDocument, type Schema } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode, type SubscriptionNode } from '@apollo/query-planner';
import {
  GraphQLError,
  Kind,
  print,
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

/** A subscription one client asked for, after validation. */
export interface SubscriptionRequest {
  document: DocumentNode;
  operationName?: string | null;
  variables: Record<string, unknown>;
  viewer: Viewer | null;
  requestId: string;
}

export interface SubscriptionHubOptions {
  supergraphSdl: string;
  /** The gateway's own data sources (same URLs, same identity forwarding) for the per-event entity fetches. */
  dataSources: Map<string, RemoteGraphQLDataSource<RouterContext>>;
  subgraphUrls: Record<string, string>;
  /** Signs each upstream subscription's identity for the subgraph that serves it. */
  signer: RouterSigner;
  log: Logger;
  /** Events a subscriber may fall behind before the oldest are dropped. */
  maxQueuePerSubscriber?: number;
}

/** Counters exposed for tests, benchmarks and health. */
export interface SubscriptionStats {
  /** Shared upstream subscriptions (one per distinct operation + variables + auth scope). */
  upstreamSubscriptions: number;
  /** Client subscriptions attached to them. */
  subscribers: number;
  /** Events dropped for subscribers that were too slow. */
  dropped: number;
}

const MAX_CACHED_PLANS = 500;
/** Argument names by which a subscription asks for history first (see SubscriptionHub.subscribe). */
const REPLAY_ARGUMENTS = new Set(['since', 'after']);

/**
 * One shared upstream subscription and its per-event plan execution; every client subscription with
 * the same key (operation, variables, auth scope) reads from it.
 */
interface Feed {
  key: string;
  request: SubscriptionRequest;
  plan: SubscriptionNode;
  /** Serialises per-event work so events reach clients in upstream order. */
  chain: Promise<void>;
  stopUpstream?: () => void;
  closed: boolean;
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
 */
export class SubscriptionHub {
  readonly apiSchema: GraphQLSchema;
  private readonly api: Schema;
  private readonly supergraphSchema: GraphQLSchema;
  private readonly planner: QueryPlanner;
  private readonly plans = new Map<string, SubscriptionNode>();
  private readonly feeds = new Map<string, Feed>();
  private readonly upstreams = new Map<string, Client>();
  private readonly fanout: TopicFanout;
  private readonly maxQueue: number;

  constructor(private readonly options: SubscriptionHubOptions) {
    const supergraph = Supergraph.build(options.supergraphSdl);
    this.api = supergraph.apiSchema();
    this.apiSchema = this.api.toGraphQLJSSchema();
    this.supergraphSchema = supergraph.schema.toGraphQLJSSchema();
    this.planner = new QueryPlanner(supergraph);
    this.fanout = new TopicFanout();
    this.maxQueue = options.maxQueuePerSubscriber ?? 100;
  }

  get stats(): SubscriptionStats {
    let subscribers = 0;
    for (const key of this.feeds.keys()) subscribers += this.fanout.count(key);
    return { upstreamSubscriptions: this.feeds.size, subscribers, dropped: this.fanout.dropped };
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
      feed = { key, request, plan, chain: Promise.resolve(), closed: false };
      this.feeds.set(key, feed);
    }
    const iterator = this.fanout.iterator<ExecutionResult>(key, this.maxQueue, () => undefined, () => this.stopFeed(key));
    if (fresh) void this.startFeed(feed);
    return iterator;
  }

  /** Ends every feed and closes upstream connections (router shutdown). */
  async close(): Promise<void> {
    for (const key of [...this.feeds.keys()]) {
      this.fanout.end(key);
      this.stopFeed(key);
    }
    await Promise.all([...this.upstreams.values()].map((client) => client.dispose()));
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

  private upstream(serviceName: string): Client {
    let client = this.upstreams.get(serviceName);
    if (!client) {
      const url = this.options.subgraphUrls[serviceName];
      if (!url) throw new Error(`No URL for subgraph ${serviceName}`);
      client = createClient({
        url: url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        lazy: true,
        keepAlive: 12_000,
        retryAttempts: 5,
        shouldRetry: () => true,
        on: {
          error: (error) => this.options.log.warn({ subgraph: serviceName, err: String(error) }, 'upstream websocket error'),
        },
      });
      this.upstreams.set(serviceName, client);
    }
    return client;
  }

  private async startFeed(feed: Feed): Promise<void> {
    const { primary } = feed.plan;
    const variables: Record<string, unknown> = {};
    for (const name of primary.variableUsages ?? []) {
      if (feed.request.variables[name] !== undefined) variables[name] = feed.request.variables[name];
    }
    try {
      const extensions: Record<string, unknown> = {
        [INTERNAL_AUTH_HEADER]: await this.options.signer.signForwarded(feed.request.viewer, primary.serviceName, {
          requestId: feed.request.requestId,
        }),
      };
      if (feed.closed) return;
      feed.stopUpstream = this.upstream(primary.serviceName).subscribe<Record<string, unknown>, Record<string, unknown>>(
        { query: primary.operation, operationName: primary.operationName, variables, extensions },
        {
          next: (event) => {
            feed.chain = feed.chain.then(() => this.onEvent(feed, event));
          },
          error: (error) => {
            feed.chain = feed.chain.then(() => {
              const errors = Array.isArray(error)
                ? toGraphQLErrors(error)
                : [new GraphQLError('The subscription source failed.', { extensions: { code: 'SUBGRAPH_ERROR' } })];
              this.fanout.deliver(feed.key, { errors });
              this.endFeed(feed);
            });
          },
          complete: () => {
            feed.chain = feed.chain.then(() => this.endFeed(feed));
          },
        },
      );
    } catch (error) {
      this.options.log.error({ err: error }, 'could not open upstream subscription');
      this.fanout.deliver(feed.key, { errors: [new GraphQLError('The subscription could not be started.')] });
      this.endFeed(feed);
    }
  }

  private async onEvent(feed: Feed, event: FormattedExecutionResult<Record<string, unknown>, Record<string, unknown>>): Promise<void> {
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
  private async executeRest(
    feed: Feed,
    event: FormattedExecutionResult<Record<string, unknown>, Record<string, unknown>>,
  ): Promise<ExecutionResult> {
    const { primary, rest } = feed.plan;
    const node: PlanNode = rest ? { kind: 'Sequence', nodes: [primary as FetchNode, rest] } : primary;
    const serviceMap: ServiceMap = {};
    for (const [name, source] of this.options.dataSources) serviceMap[name] = source;
    const real = serviceMap[primary.serviceName];
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
    feed.stopUpstream?.();
  }
}
