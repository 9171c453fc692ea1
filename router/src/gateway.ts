import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { INTERNAL_AUTH_HEADER, REQUEST_ID_HEADER, signInternalToken, type Logger } from '../../kit';
import type { RouterContext } from './context';

type Fetcher = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher'];

/**
 * The data source of every subgraph fetch: forwards the request id and the router-verified identity
 * (as the signed internal header) and nothing else from the client — the client's own headers,
 * cookies and tokens never reach a subgraph. Fetches use Node's built-in fetch (undici), which keeps
 * connections to subgraphs alive.
 */
class ForwardingDataSource extends RemoteGraphQLDataSource<RouterContext> {
  constructor(
    url: string,
    private readonly secret: string,
  ) {
    super({ url, fetcher: fetch as unknown as Fetcher });
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<RouterContext>): Promise<void> {
    const headers = request.http?.headers;
    if (!headers || !('requestId' in context)) return;
    headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.viewer) {
      context.internalToken ??= signInternalToken(this.secret, context.viewer, context.requestId);
      headers.set(INTERNAL_AUTH_HEADER, await context.internalToken);
    }
  }
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph name → URL; names missing here keep the URL composed into the supergraph. */
  subgraphUrls: Record<string, string>;
  internalSecret: string;
  log: Logger;
}

/**
 * An Apollo Gateway over the committed supergraph (no runtime introspection, no polling), with
 * subgraph URLs replaced from configuration.
 */
export function createGateway(options: GatewayOptions): { gateway: ApolloGateway; dataSources: Map<string, RemoteGraphQLDataSource<RouterContext>> } {
  const dataSources = new Map<string, RemoteGraphQLDataSource<RouterContext>>();
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    logger: options.log,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url;
      if (!target) throw new Error(`No URL for subgraph ${name}; set SUBGRAPH_URL_${name.toUpperCase()}.`);
      const source = new ForwardingDataSource(target, options.internalSecret);
      dataSources.set(name, source);
      return source;
    },
  });
  return { gateway, dataSources };
}

/** Subgraph names and URLs as composed into a supergraph (`@join__graph(name:, url:)`). */
export function composedSubgraphUrls(supergraphSdl: string): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const match of supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) {
    urls[match[1]] = match[2];
  }
  return urls;
}
