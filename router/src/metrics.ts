import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RouterContext } from './context';
import type { BreakerState } from './breaker';

const BREAKER_VALUE: Record<BreakerState, number> = { closed: 0, half_open: 1, open: 2 };

/**
 * The router's Prometheus metrics, served at `/metrics` (catalogue #10): operations, latencies,
 * subgraph fetches, circuit breakers, WebSocket connections, subscriptions and rejections.
 */
export class RouterMetrics {
  readonly registry = new Registry();
  readonly operations = new Counter({
    name: 'hubgraph_router_operations_total',
    help: 'GraphQL operations answered, by operation type and outcome.',
    labelNames: ['type', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly operationSeconds = new Histogram({
    name: 'hubgraph_router_operation_duration_seconds',
    help: 'Time from receiving an operation to sending its response.',
    labelNames: ['type'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly subgraphSeconds = new Histogram({
    name: 'hubgraph_subgraph_fetch_duration_seconds',
    help: 'Subgraph fetches made by the router, by subgraph and outcome (ok, error, rejected by breaker).',
    labelNames: ['subgraph', 'outcome'] as const,
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly breakerState = new Gauge({
    name: 'hubgraph_circuit_breaker_state',
    help: 'Circuit breaker per subgraph: 0 closed, 1 half-open, 2 open.',
    labelNames: ['subgraph'] as const,
    registers: [this.registry],
  });
  readonly rejected = new Counter({
    name: 'hubgraph_router_rejected_total',
    help: 'Operations refused before execution, by reason (limit, rate_limited, unauthenticated).',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  });
  readonly sharedAnswers = new Counter({
    name: 'hubgraph_router_shared_answers_total',
    help: 'Queries answered with the result of an identical in-flight query of the same viewer scope instead of executing.',
    registers: [this.registry],
  });
  readonly subgraphBatches = new Counter({
    name: 'hubgraph_router_subgraph_batches_total',
    help: 'Subgraph requests that carried several concurrent fetches of one plan step (SUBGRAPH_BATCH_MAX), by subgraph.',
    labelNames: ['subgraph'] as const,
    registers: [this.registry],
  });
  readonly subgraphBatchedFetches = new Counter({
    name: 'hubgraph_router_subgraph_batched_fetches_total',
    help: 'Fetches sent inside such batches, by subgraph and outcome (split: answered from the batch; retried: sent again alone).',
    labelNames: ['subgraph', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly floodRefusals = new Counter({
    name: 'hubgraph_router_flood_refusals_total',
    help: 'Connections and requests refused by the flood guard before parsing, by kind (connections, request-rate).',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  readonly websocketConnections = new Gauge({
    name: 'hubgraph_websocket_connections',
    help: 'Open graphql-ws connections on this router.',
    registers: [this.registry],
  });

  constructor(subscriptions: () => { upstreamSubscriptions: number; subscribers: number; dropped: number; resumed: number }) {
    collectDefaultMetrics({ register: this.registry, prefix: 'hubgraph_router_' });
    new Gauge({
      name: 'hubgraph_subscriptions_upstream',
      help: 'Shared upstream subscriptions held by this router.',
      registers: [this.registry],
      collect() {
        this.set(subscriptions().upstreamSubscriptions);
      },
    });
    new Gauge({
      name: 'hubgraph_subscriptions_clients',
      help: 'Client subscriptions attached to them.',
      registers: [this.registry],
      collect() {
        this.set(subscriptions().subscribers);
      },
    });
    new Gauge({
      name: 'hubgraph_subscription_events_dropped',
      help: 'Events dropped for subscribers that fell too far behind, or by feeds whose plan execution did.',
      registers: [this.registry],
      collect() {
        this.set(subscriptions().dropped);
      },
    });
    new Gauge({
      name: 'hubgraph_subscription_upstream_resumed',
      help: 'Upstream subscriptions re-established from their last offset after a lost connection.',
      registers: [this.registry],
      collect() {
        this.set(subscriptions().resumed);
      },
    });
  }

  setBreaker(subgraph: string, state: BreakerState): void {
    this.breakerState.set({ subgraph }, BREAKER_VALUE[state]);
  }

  /** Counts and times every operation, and the reasons operations were refused. */
  plugin(): ApolloServerPlugin<RouterContext> {
    // Apollo calls the hooks below with their own `this`.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const metrics = this;
    return {
      async requestDidStart() {
        const started = performance.now();
        return {
          async willSendResponse({ response, operation, errors }) {
            const type = operation?.operation ?? 'unknown';
            const status = response.http.status ?? 200;
            const codes = new Set((errors ?? []).map((e) => e.extensions?.code));
            if (codes.has('OPERATION_TOO_COMPLEX')) metrics.rejected.inc({ reason: 'limit' });
            if (codes.has('RATE_LIMITED')) metrics.rejected.inc({ reason: 'rate_limited' });
            const outcome = status >= 500 ? 'server_error' : status >= 400 ? 'client_error' : errors?.length ? 'partial' : 'ok';
            metrics.operations.inc({ type, outcome });
            metrics.operationSeconds.observe({ type }, (performance.now() - started) / 1000);
          },
        };
      },
    };
  }
}
