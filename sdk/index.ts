import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { createClient, type Client as WebSocketClient, type FormattedExecutionResult } from 'graphql-ws';

export * from './src/generated';

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

export interface HubgraphClientOptions {
  /** The router's GraphQL URL, e.g. http://localhost:4000/graphql. */
  url: string;
  /** Access token sent as `Authorization: Bearer …`; can be changed later with `setToken`. */
  token?: string;
  /**
   * The tenant requests act in, sent as `x-hubgraph-tenant` (the router checks it against the token's
   * memberships); can be changed later with `setTenant`. Without it, the token's default tenant.
   */
  tenantId?: string;
  /** Abort a request after this many milliseconds (default 30 s). */
  timeoutMs?: number;
  /**
   * Persisted queries: `auto` sends the operation's sha256 first and the text only when the router
   * does not know it yet (APQ); `hash-only` never sends text (routers in trusted-documents mode know
   * every SDK operation from sdk/persisted-documents.json); `off` (default) always sends the text.
   */
  persistedQueries?: 'off' | 'auto' | 'hash-only';
  fetch?: typeof fetch;
  /** The router's WebSocket URL for `subscribe` (default: `url` with `http` → `ws`). */
  wsUrl?: string;
  /**
   * The WebSocket constructor for `subscribe`, where there is no global one (Node.js before 22:
   * `import WebSocket from 'ws'`). Default: `globalThis.WebSocket`.
   */
  webSocketImpl?: unknown;
}

/**
 * The typed Hubgraph client: every operation in sdk/operations/*.graphql is a generated
 * `TypedDocumentNode`, so `client.request(MyTasksDocument, { first: 10 })` is typed end to end.
 */
export class HubgraphClient {
  private token?: string;
  private tenantId?: string;
  private readonly printed = new WeakMap<object, { text: string; hash: Promise<string> }>();
  private socket?: WebSocketClient;

  constructor(private readonly options: HubgraphClientOptions) {
    this.token = options.token;
    this.tenantId = options.tenantId;
  }

  setToken(token: string | undefined): void {
    this.token = token;
  }

  /** Chooses the tenant the next requests act in (undefined: the token's default tenant). */
  setTenant(tenantId: string | undefined): void {
    this.tenantId = tenantId;
  }

  async request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
  ): Promise<TResult> {
    const printed = this.printedOf(document);
    const mode = this.options.persistedQueries ?? 'off';
    const persisted = mode === 'off' ? undefined : { persistedQuery: { version: 1, sha256Hash: await printed.hash } };
    let res = await this.send({ query: mode === 'off' ? printed.text : undefined, variables, extensions: persisted });
    if (mode === 'auto' && (await isPersistedQueryMiss(res))) {
      res = await this.send({ query: printed.text, variables, extensions: persisted });
    }
    let body: { data?: TResult | null; errors?: HubgraphErrorItem[] };
    try {
      body = (await res.clone().json()) as typeof body;
    } catch {
      throw new HubgraphError(`The server answered ${res.status} without a GraphQL body.`, res.status, []);
    }
    if (body.errors?.length) {
      throw new HubgraphError(body.errors.map((e) => e.message).join('; '), res.status, body.errors, body.data ?? undefined);
    }
    if (body.data == null) throw new HubgraphError(`The server answered ${res.status} with no data.`, res.status, []);
    return body.data;
  }

  /**
   * Runs a subscription over the router's WebSocket (`graphql-transport-ws`) and yields each event's
   * data, typed by the document: `for await (const { counterChanged } of client.subscribe(CounterChangedDocument, { name }))`.
   * The client's subscriptions share one socket, opened by the first and closed after the last; it
   * signs in with the token and tenant set when it opens. An event with errors, or the server refusing
   * or ending the subscription with an error, throws a HubgraphError; leaving the loop unsubscribes.
   */
  subscribe<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
  ): AsyncGenerator<TResult, void, undefined> {
    const events = this.webSocket().iterate<TResult>({ query: this.printedOf(document).text, variables: variables ?? {} });
    return typedEvents(events);
  }

  /** Closes the subscription socket, ending every subscription of this client. */
  async close(): Promise<void> {
    const socket = this.socket;
    this.socket = undefined;
    await socket?.dispose();
  }

  private printedOf(document: object): { text: string; hash: Promise<string> } {
    let printed = this.printed.get(document);
    if (!printed) {
      const text = print(document as TypedDocumentNode);
      printed = { text, hash: sha256Hex(text) };
      this.printed.set(document, printed);
    }
    return printed;
  }

  private webSocket(): WebSocketClient {
    this.socket ??= createClient({
      url: this.options.wsUrl ?? this.options.url.replace(/^http/, 'ws'),
      webSocketImpl: this.options.webSocketImpl,
      // Read when the socket opens, so a token or tenant set later applies to the next socket.
      connectionParams: () => ({
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(this.tenantId ? { 'x-hubgraph-tenant': this.tenantId } : {}),
      }),
    });
    return this.socket;
  }

  private send(payload: { query?: string; variables?: unknown; extensions?: unknown }): Promise<Response> {
    const doFetch = this.options.fetch ?? fetch;
    return doFetch(this.options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(this.tenantId ? { 'x-hubgraph-tenant': this.tenantId } : {}),
      },
      body: JSON.stringify({ ...payload, variables: payload.variables ?? {} }),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
    });
  }
}

/** graphql-ws events as typed data; errors (in an event, from the server, a closed socket) as HubgraphError. */
async function* typedEvents<TResult>(
  events: AsyncIterableIterator<FormattedExecutionResult<TResult, unknown>>,
): AsyncGenerator<TResult, void, undefined> {
  try {
    for (;;) {
      let next: IteratorResult<FormattedExecutionResult<TResult, unknown>>;
      try {
        next = await events.next();
      } catch (error) {
        throw socketError(error);
      }
      if (next.done) return;
      const { data, errors } = next.value;
      if (errors?.length) {
        throw new HubgraphError(errors.map((e) => e.message).join('; '), 200, errors as HubgraphErrorItem[], data ?? undefined);
      }
      if (data == null) throw new HubgraphError('The server sent an event with no data.', 200, []);
      yield data;
    }
  } finally {
    await events.return?.();
  }
}

/** What graphql-ws rejects with: the server's errors for the operation, or the socket's close event. */
function socketError(error: unknown): HubgraphError {
  if (Array.isArray(error)) {
    const errors = error as HubgraphErrorItem[];
    return new HubgraphError(errors.map((e) => e.message).join('; '), 200, errors);
  }
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'number') {
    const reason = 'reason' in error && error.reason ? `: ${String(error.reason)}` : '';
    return new HubgraphError(`The subscription socket closed (${error.code}${reason}).`, 0, []);
  }
  return new HubgraphError(error instanceof Error ? error.message : String(error), 0, []);
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function isPersistedQueryMiss(res: Response): Promise<boolean> {
  try {
    const body = (await res.clone().json()) as { errors?: HubgraphErrorItem[] };
    return Boolean(body.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND'));
  } catch {
    return false;
  }
}
