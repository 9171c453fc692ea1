import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import {
  GraphQLError,
  getOperationAST,
  parse,
  print,
  validate,
  type DocumentNode,
  type ExecutionResult,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { TENANT_HEADER, requestIdOf, type Logger, type Viewer } from '../../kit';
import type { TokenVerifier } from './auth';
import { clientIp, type RouterContext } from './context';
import type { SubscriptionHub } from './subscriptions';
import type { RouterMetrics } from './metrics';
import { inputShapeProblem } from './limits';
import { admitOperation, type FrontDoorLimits } from './guard';
import type { RateLimiter } from './ratelimit';

/** Subscriptions one connection may hold at once. */
const MAX_SUBSCRIPTIONS_PER_CONNECTION = 100;
/** Time a client has to send `connection_init` before the socket closes with 4408. */
const CONNECTION_INIT_WAIT_MS = 5_000;
/** Server pings keep idle sockets alive through proxies and detect dead peers. */
const KEEP_ALIVE_MS = 12_000;

interface Extra extends Record<PropertyKey, unknown> {
  viewer?: Viewer | null;
  requestId?: string;
  active?: number;
}

/** Reads the access token a client put in `connection_init`: `{ authorization: "Bearer …" }` or `{ token }`. */
function tokenFrom(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  if (!params) return undefined;
  const header = params.authorization ?? params.Authorization;
  if (typeof header === 'string') return header;
  if (typeof params.token === 'string') return `Bearer ${params.token}`;
  return undefined;
}

/** The HTTP status and headers in `extensions.http` mean nothing on a socket; clients should not see them. */
function withoutHttp(error: GraphQLError): GraphQLError {
  const { http: _http, ...extensions } = error.extensions ?? {};
  return new GraphQLError(error.message, { extensions });
}

export interface WebSocketOptions {
  server: Server;
  hub: SubscriptionHub;
  apollo: ApolloServer<RouterContext>;
  tokens: TokenVerifier;
  log: Logger;
  maxPayload: number;
  trustedHops: number;
  metrics?: RouterMetrics;
  limits: FrontDoorLimits & { maxTokens: number };
  /** Leave schema suggestions out of variable errors. */
  production: boolean;
  rateLimiter: RateLimiter | null;
}

/**
 * GraphQL over WebSocket (`graphql-transport-ws`) on the router's `/graphql`. The access token comes
 * in `connection_init` and is verified once; a bad token closes the socket with 4403. graphql-ws
 * enforces the protocol's other close codes (4400 bad message, 4401 subscribe before ack, 4408 init
 * timeout, 4409 duplicate id, 4429 repeated init). Subscriptions run through the {@link SubscriptionHub};
 * queries and mutations sent over the socket run through the gateway like HTTP ones.
 */
export function attachWebSocket(options: WebSocketOptions) {
  const wss = new WebSocketServer({ server: options.server, path: '/graphql', maxPayload: options.maxPayload });
  wss.on('connection', (socket) => {
    options.metrics?.websocketConnections.inc();
    socket.once('close', () => options.metrics?.websocketConnections.dec());
  });
  const handle = useServer<Record<string, unknown>, Extra>(
    {
      schema: options.hub.apiSchema,
      connectionInitWaitTimeout: CONNECTION_INIT_WAIT_MS,
      onConnect: async (ctx) => {
        ctx.extra.requestId = requestIdOf(ctx.extra.request);
        ctx.extra.active = 0;
        const authorization = tokenFrom(ctx.connectionParams);
        if (!authorization) {
          ctx.extra.viewer = null;
          return true;
        }
        try {
          const tenant = ctx.connectionParams?.[TENANT_HEADER];
          const headers = { authorization, ...(typeof tenant === 'string' ? { [TENANT_HEADER]: tenant } : {}) };
          ctx.extra.viewer = await options.tokens.viewerOf({ headers } as never);
          return true;
        } catch {
          return false;
        }
      },
      // The same front door as HTTP: token limit, validation, operation limits, then the rate limit.
      onSubscribe: async (ctx, _id, payload) => {
        if ((ctx.extra.active ?? 0) >= MAX_SUBSCRIPTIONS_PER_CONNECTION) {
          return [
            new GraphQLError(`At most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} operations per connection at once.`, {
              extensions: { code: 'RATE_LIMITED' },
            }),
          ];
        }
        // Bounded before anything walks them (graphql-ws hands them over as parsed).
        const shape = inputShapeProblem(payload.variables, options.limits);
        if (shape) return [withoutHttp(shape)];
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: options.limits.maxTokens });
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('The operation could not be parsed.')];
        }
        const errors = validate(options.hub.apiSchema, document);
        if (errors.length) return errors;
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) return [new GraphQLError('The document names no operation to run.')];
        const variables = (payload.variables ?? {}) as Record<string, unknown>;
        // Queries and mutations over the socket run through Apollo Server, whose guard plugin applies
        // limits and charges the rate limit; subscriptions bypass it, so they are checked here.
        if (operation.operation === 'subscription') {
          try {
            const admission = await admitOperation({
              schema: options.hub.apiSchema,
              document,
              operation,
              variables,
              caller: { ip: clientIp(ctx.extra.request, options.trustedHops), userId: ctx.extra.viewer?.userId ?? null },
              limits: options.limits,
              rateLimiter: options.rateLimiter,
              hideSuggestions: options.production,
            });
            if (admission.variableErrors.length) return admission.variableErrors.map(withoutHttp);
          } catch (error) {
            if (error instanceof GraphQLError) return [withoutHttp(error)];
            throw error;
          }
        }
        ctx.extra.active = (ctx.extra.active ?? 0) + 1;
        return {
          schema: options.hub.apiSchema,
          document,
          operationName: payload.operationName,
          variableValues: variables,
        };
      },
      onComplete: (ctx) => {
        ctx.extra.active = Math.max(0, (ctx.extra.active ?? 1) - 1);
      },
      context: (ctx): RouterContext => ({
        requestId: ctx.extra.requestId ?? 'ws',
        log: options.log,
        ip: clientIp(ctx.extra.request, options.trustedHops),
        viewer: ctx.extra.viewer ?? null,
      }),
      subscribe: (args) => {
        const context = args.contextValue as RouterContext;
        try {
          return options.hub.subscribe({
            document: args.document,
            operationName: args.operationName,
            variables: (args.variableValues ?? {}) as Record<string, unknown>,
            viewer: context.viewer,
            requestId: context.requestId,
          });
        } catch (error) {
          if (error instanceof GraphQLError) return { errors: [error] };
          throw error;
        }
      },
      execute: async (args): Promise<ExecutionResult> => {
        const response = await options.apollo.executeOperation(
          {
            query: print(args.document),
            variables: (args.variableValues ?? {}) as Record<string, unknown>,
            operationName: args.operationName ?? undefined,
          },
          { contextValue: args.contextValue as RouterContext },
        );
        if (response.body.kind !== 'single') return { errors: [new GraphQLError('Incremental delivery is not supported over WebSocket.')] };
        return response.body.singleResult as ExecutionResult;
      },
    },
    wss,
    KEEP_ALIVE_MS,
  );
  return { wss, dispose: () => handle.dispose() };
}
