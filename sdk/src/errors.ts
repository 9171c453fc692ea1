/** A GraphQL error as the router returns it. */
export interface HubgraphErrorItem {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/**
 * Thrown when the router answers with errors, or with a non-JSON/HTTP failure. When a subgraph is down
 * the router still answers the other subgraphs' fields: they are in `data`, with the missing fields
 * null (see "Nullability" in docs/ADDING-A-SUBGRAPH.md).
 */
export class HubgraphError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: HubgraphErrorItem[],
    /** The data that did arrive next to the errors (partial data), if any. */
    readonly data?: unknown,
  ) {
    super(message);
    this.name = 'HubgraphError';
  }

  /** The first error's `extensions.code` (UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, ...). */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
}

/**
 * The router could not be reached (connection refused, reset, DNS failure, timeout), after the
 * retries the client was allowed. `code` is NETWORK_ERROR; `cause` is the underlying error and
 * `attempts` how many requests were made.
 */
export class HubgraphNetworkError extends HubgraphError {
  constructor(
    message: string,
    readonly attempts: number,
    options?: { cause?: unknown },
  ) {
    super(message, 0, []);
    this.name = 'HubgraphNetworkError';
    if (options && 'cause' in options) Object.defineProperty(this, 'cause', { value: options.cause, enumerable: false });
  }

  override get code(): string {
    return 'NETWORK_ERROR';
  }
}
