import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export * from './src/generated';

/** A GraphQL error as the router returns it. */
export interface HubgraphErrorItem {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** Thrown when the router answers with errors and no usable data, or with a non-JSON/HTTP failure. */
export class HubgraphError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: HubgraphErrorItem[],
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
  /** Abort a request after this many milliseconds (default 30 s). */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/**
 * The typed Hubgraph client: every operation in sdk/operations/*.graphql is a generated
 * `TypedDocumentNode`, so `client.request(MyTasksDocument, { first: 10 })` is typed end to end.
 */
export class HubgraphClient {
  private token?: string;
  private readonly printed = new WeakMap<object, string>();

  constructor(private readonly options: HubgraphClientOptions) {
    this.token = options.token;
  }

  setToken(token: string | undefined): void {
    this.token = token;
  }

  async request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...[variables]: TVariables extends Record<string, never> ? [] | [TVariables] : [TVariables]
  ): Promise<TResult> {
    let query = this.printed.get(document);
    if (!query) {
      query = print(document);
      this.printed.set(document, query);
    }
    const doFetch = this.options.fetch ?? fetch;
    const res = await doFetch(this.options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ query, variables: variables ?? {} }),
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
    });
    let body: { data?: TResult | null; errors?: HubgraphErrorItem[] };
    try {
      body = (await res.json()) as typeof body;
    } catch {
      throw new HubgraphError(`The server answered ${res.status} without a GraphQL body.`, res.status, []);
    }
    if (body.errors?.length) {
      throw new HubgraphError(body.errors.map((e) => e.message).join('; '), res.status, body.errors);
    }
    if (body.data == null) throw new HubgraphError(`The server answered ${res.status} with no data.`, res.status, []);
    return body.data;
  }
}
