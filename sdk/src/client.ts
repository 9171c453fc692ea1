import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { createClient, type Client as WebSocketClient, type FormattedExecutionResult } from 'graphql-ws';
import { HubgraphError, HubgraphNetworkError, type HubgraphErrorItem } from './errors';
import { backoffMs, mayRetryFailure, mayRetryStatus, networkCode, type RetryOptions } from './retry';

/** The header that picks the tenant a request acts in. */
export const TENANT_HEADER = 'x-hubgraph-tenant';

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
   * Retries of HTTP requests after network failures (never after a GraphQL answer): queries after any
   * network failure, mutations only when the request never left (see sdk/src/retry.ts). Default 3
   * retries, 200 ms doubling to at most 5 s, with jitter; `{ retries: 0 }` disables.
   */
  retry?: RetryOptions;
  /**
   * Persisted queries: `auto` sends the operation's sha256 first and the text only when the router
   * does not know it yet (APQ); `hash-only` never sends text (routers in trusted-documents mode know
   * every SDK operation from persisted-documents.json); `off` (default) always sends the text.
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
  /**
   * Reconnects of the subscription socket after it drops abnormally (default 5; 0: a drop ends every
   * subscription with an error). After a reconnect every active subscription is subscribed again.
   * The server refusing the connection (e.g. 4401/4403) is never retried.
   */
  reconnectAttempts?: number;
  /** Backoff of reconnects: random wait in [0, min(maxDelayMs, baseDelayMs·2^n)] (default 500 ms, 10 s). */
  reconnectBackoff?: { baseDelayMs?: number; maxDelayMs?: number };
  /** Called each time the subscription socket is connected again after a drop. */
  onReconnected?: () => void;
}

/** Options of one subscription. */
export interface SubscribeOptions<TResult, TVariables> {
  /**
   * Variables to subscribe with after a reconnect, given the last event received: e.g. a `since`
   * cursor, so a resumable subscription replays what was missed instead of starting over.
   */
  resume?: (lastEvent: TResult, variables: TVariables) => TVariables;
}

type VariablesOf<TVariables> = TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables];

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The typed Hubgraph client: every operation in operations/*.graphql is a generated
 * `TypedDocumentNode`, so `client.request(MyTasksDocument, { first: 10 })` is typed end to end.
 */
export class HubgraphClient {
  private token?: string;
  private tenantId?: string;
  private readonly printed = new WeakMap<object, { text: string; hash: Promise<string>; mutation: boolean }>();
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

  /**
   * Runs a query or mutation and resolves with its typed data. Throws HubgraphError when the answer
   * has errors (`code` is the first error's `extensions.code`; `data` holds partial data), and
   * HubgraphNetworkError (`code` NETWORK_ERROR) when the router cannot be reached after the retries.
   */
  async request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...[variables]: VariablesOf<TVariables>
  ): Promise<TResult> {
    const printed = this.printedOf(document);
    const mode = this.options.persistedQueries ?? 'off';
    const persisted = mode === 'off' ? undefined : { persistedQuery: { version: 1, sha256Hash: await printed.hash } };
    let res = await this.sendWithRetries(
      { query: mode === 'off' ? printed.text : undefined, variables, extensions: persisted },
      printed.mutation,
    );
    if (mode === 'auto' && (await isPersistedQueryMiss(res))) {
      res = await this.sendWithRetries({ query: printed.text, variables, extensions: persisted }, printed.mutation);
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
   * signs in with the token and tenant current when it (re)connects. If the socket drops, it
   * reconnects with backoff and subscribes again (with `options.resume`'s variables if given). An
   * event with errors, the server refusing or ending the subscription with an error, or running out of
   * reconnects throws a HubgraphError; leaving the loop unsubscribes.
   */
  subscribe<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
    options: SubscribeOptions<TResult, TVariables> = {},
  ): AsyncGenerator<TResult, void, undefined> {
    // graphql-ws sends this same object again on every resubscribe, so updating its variables after
    // an event makes the next resubscribe resume from there.
    const payload = { query: this.printedOf(document).text, variables: (variables ?? {}) as Record<string, unknown> };
    const events = this.webSocket().iterate<TResult>(payload);
    const resume = options.resume;
    return typedEvents(events, resume ? (event) => (payload.variables = resume(event, payload.variables as TVariables)) : undefined);
  }

  /** Closes the subscription socket, ending every subscription of this client. */
  async close(): Promise<void> {
    const socket = this.socket;
    this.socket = undefined;
    await socket?.dispose();
  }

  private printedOf(document: object): { text: string; hash: Promise<string>; mutation: boolean } {
    let printed = this.printed.get(document);
    if (!printed) {
      const node = document as DocumentNode;
      const text = print(node);
      const operation = node.definitions.find((d) => d.kind === 'OperationDefinition');
      printed = { text, hash: sha256Hex(text), mutation: operation?.kind === 'OperationDefinition' && operation.operation === 'mutation' };
      this.printed.set(document, printed);
    }
    return printed;
  }

  private webSocket(): WebSocketClient {
    if (this.socket) return this.socket;
    const backoff = { baseDelayMs: 500, maxDelayMs: 10_000, ...this.options.reconnectBackoff };
    this.socket = createClient({
      url: this.options.wsUrl ?? this.options.url.replace(/^http/, 'ws'),
      webSocketImpl: this.options.webSocketImpl,
      retryAttempts: this.options.reconnectAttempts ?? 5,
      // Any abnormal drop (the server restarting, a proxy cutting idle sockets) is worth a retry;
      // graphql-ws itself never retries the fatal close codes (bad request, unauthorized, ...).
      shouldRetry: () => true,
      retryWait: (retries) => sleep(backoffMs(retries, backoff)),
      on: {
        connected: (_socket, _payload, wasRetry) => {
          if (wasRetry) this.options.onReconnected?.();
        },
      },
      // Read when the socket opens, so a token or tenant set later applies to the next socket.
      connectionParams: () => ({
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(this.tenantId ? { [TENANT_HEADER]: this.tenantId } : {}),
      }),
    });
    return this.socket;
  }

  private async sendWithRetries(
    payload: { query?: string; variables?: unknown; extensions?: unknown },
    mutation: boolean,
  ): Promise<Response> {
    const retry = this.options.retry ?? {};
    const retries = retry.retries ?? 3;
    for (let attempt = 0; ; attempt++) {
      let failure: unknown;
      try {
        const res = await this.send(payload);
        if (attempt >= retries || !mayRetryStatus(res.status, mutation) || (await hasGraphQLBody(res))) return res;
      } catch (error) {
        failure = error;
        if (attempt >= retries || !mayRetryFailure(error, mutation)) {
          const code = networkCode(error);
          const target = new URL(this.options.url).host;
          throw new HubgraphNetworkError(
            `Cannot reach ${target}${code ? ` (${code})` : ''}${attempt > 0 ? ` after ${attempt + 1} attempts` : ''}.`,
            attempt + 1,
            { cause: failure },
          );
        }
      }
      await sleep(backoffMs(attempt, retry));
    }
  }

  private send(payload: { query?: string; variables?: unknown; extensions?: unknown }): Promise<Response> {
    const doFetch = this.options.fetch ?? fetch;
    return doFetch(this.options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(this.tenantId ? { [TENANT_HEADER]: this.tenantId } : {}),
      },
      body: JSON.stringify({ ...payload, variables: payload.variables ?? {} }),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
    });
  }
}

/** graphql-ws events as typed data; errors (in an event, from the server, a closed socket) as HubgraphError. */
async function* typedEvents<TResult>(
  events: AsyncIterableIterator<FormattedExecutionResult<TResult, unknown>>,
  onEvent?: (event: TResult) => void,
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
      onEvent?.(data);
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
  return new HubgraphNetworkError(error instanceof Error ? error.message : String(error), 1, { cause: error });
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function hasGraphQLBody(res: Response): Promise<boolean> {
  try {
    const body = (await res.clone().json()) as unknown;
    return typeof body === 'object' && body !== null && ('data' in body || 'errors' in body);
  } catch {
    return false;
  }
}

async function isPersistedQueryMiss(res: Response): Promise<boolean> {
  try {
    const body = (await res.clone().json()) as { errors?: HubgraphErrorItem[] };
    return Boolean(body.errors?.some((e) => e.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND'));
  } catch {
    return false;
  }
}
