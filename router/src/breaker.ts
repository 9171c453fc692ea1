import { GraphQLError } from 'graphql';
import { CircuitBreaker as KitCircuitBreaker, DEFAULT_BREAKER, type BreakerOptions, type BreakerState } from '../../kit';

export { DEFAULT_BREAKER, type BreakerOptions, type BreakerState };

/**
 * The kit's circuit breaker (kit/src/breaker.ts, the project's only one) for one subgraph: an open
 * breaker refuses the fetch with SUBGRAPH_UNAVAILABLE, and the gateway returns partial data with an
 * error on that subgraph's fields.
 */
export class CircuitBreaker extends KitCircuitBreaker {
  constructor(name: string, options: BreakerOptions = DEFAULT_BREAKER, onChange?: (name: string, state: BreakerState) => void) {
    super(name, options, onChange, (subgraph, state) => subgraphUnavailable(subgraph, 'breaker_open', state));
  }
}

/** Why a subgraph's fields are missing: its breaker is open, or the fetch got no usable answer. */
export type UnavailableReason = 'breaker_open' | 'unreachable' | 'timeout' | 'server_error' | 'invalid_answer';

/**
 * The one error a client gets for a subgraph that cannot answer, whether its breaker is open or the
 * fetch itself failed (connection refused or reset, timeout, a 5xx, an answer that is not GraphQL):
 * SUBGRAPH_UNAVAILABLE naming the subgraph, with no transport detail or stack (those go to the log).
 */
export function subgraphUnavailable(subgraph: string, reason: UnavailableReason, breaker: BreakerState = 'closed'): GraphQLError {
  return new GraphQLError(`The ${subgraph} service is unavailable right now; its fields are missing from this response.`, {
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph, reason, breaker },
  });
}
