import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { GraphQLError, getOperationAST, parse, print, validate, type DocumentNode, type ExecutionResult } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { TENANT_HEADER, requestIdOf, type Logger, type Viewer } from '../../kit';
import type { TokenVerifier } from './auth';
import { clientIp, type RouterContext } from './context';
import type { SubscriptionHub } from './subscriptions';
import { claimsOf, endable, type FollowedConnection, type StreamIdentity } from './stream-identity';
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
  /** The tenant the client named in `connection_init`, kept for token renewal. */
  tenant?: string;
  /** Set for signed-in connections: what {@link StreamIdentity} follows. */
  followed?: FollowedConnection;
}

/** The operation context on a socket: the router's, plus the connection whose streams identity may end. */
interface SocketContext extends RouterContext {
  followed?: FollowedConnection;
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
  /** Follows each signed-in connection's token expiry and identity's revocations (see {@link StreamIdentity}). */
  identity: StreamIdentity;
}

/**
 * GraphQL over WebSocket (`graphql-transport-ws`) on the router's `/graphql`. The access token comes
 * in `connection_init`; a bad token closes the socket with 4403. A signed-in connection then follows
 * its identity ({@link StreamIdentity}): it ends when the token expires, unless the client sends a
 * fresh one in a `ping` (`{ "type": "ping", "payload": { "authorization": "Bearer …" } }`), and when
 * identity announces that the user's sessions, roles or tenant membership changed. graphql-ws
 * enforces the protocol's other close codes (4400 bad message, 4401 subscribe before ack, 4408 init
 * timeout, 4409 duplicate id, 4429 repeated init). Subscriptions run through the {@link SubscriptionHub};
 * queries and mutations sent over the socket run through the gateway like HTTP ones.
 */
export function attachWebSocket(options: WebSocketOptions) {
  /** The viewer and token claims of an Authorization value, or null when the token is refused. */
  const verify = async (authorization: string, tenant: string | undefined) => {
    try {
      const headers = { authorization, ...(tenant !== undefined ? { [TENANT_HEADER]: tenant } : {}) };
      const viewer = await options.tokens.viewerOf({ headers } as never);
      return viewer ? { viewer, claims: claimsOf(authorization) } : null;
    } catch {
      return null;
    }
  };
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
        const tenant = ctx.connectionParams?.[TENANT_HEADER];
        if (typeof tenant === 'string') ctx.extra.tenant = tenant;
        const verified = await verify(authorization, ctx.extra.tenant);
        if (!verified) return false;
        // A token issued before identity ended the user's sessions or changed their access is refused.
        if (options.identity.refusal(verified.viewer, verified.claims)) return false;
        ctx.extra.viewer = verified.viewer;
        const followed: FollowedConnection = {
          socket: ctx.extra.socket,
          viewer: verified.viewer,
          claims: verified.claims,
          streams: new Set(),
        };
        // The socket may have closed while the token was being verified; then onClose has already run.
        if (ctx.extra.socket.readyState !== ctx.extra.socket.OPEN) return false;
        ctx.extra.followed = followed;
        options.identity.follow(followed);
        return true;
      },
      // A client renews its token on the open socket by sending it in a ping; a bad one ends the connection.
      onPing: async (ctx, payload) => {
        const authorization = tokenFrom(payload);
        const followed = ctx.extra.followed;
        if (!authorization || !ctx.acknowledged) return;
        if (!followed) {
          ctx.extra.socket.close(4403, 'FORBIDDEN: sign in with connection_init; an anonymous connection cannot be renewed');
          return;
        }
        const verified = await verify(authorization, ctx.extra.tenant);
        const refused = verified
          ? options.identity.renew(followed, verified.viewer, verified.claims)
          : new GraphQLError('The renewed access token is not valid.', { extensions: { code: 'UNAUTHENTICATED' } });
        if (refused) options.identity.end(followed, refused);
      },
      onClose: (ctx) => {
        if (ctx.extra.followed) options.identity.forget(ctx.extra.followed);
      },
      // The same front door as HTTP: token limit, validation, operation limits, then the rate limit.
      onSubscribe: async (ctx, _id, payload) => {
        const followed = ctx.extra.followed;
        if (followed?.ending)
          return [new GraphQLError('This connection is ending; reconnect.', { extensions: { code: 'UNAUTHENTICATED' } })];
        if (followed) {
          const refused = options.identity.refusal(followed.viewer, followed.claims);
          if (refused) return [refused];
        }
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
              caller: {
                ip: clientIp(ctx.extra.request, options.trustedHops),
                userId: ctx.extra.viewer?.userId ?? null,
                tenantId: ctx.extra.viewer?.tenantId ?? null,
              },
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
      context: (ctx): SocketContext => ({
        requestId: ctx.extra.requestId ?? 'ws',
        log: options.log,
        ip: clientIp(ctx.extra.request, options.trustedHops),
        viewer: ctx.extra.viewer ?? null,
        followed: ctx.extra.followed,
      }),
      subscribe: (args) => {
        const context = args.contextValue as SocketContext;
        try {
          const events = options.hub.subscribe({
            document: args.document,
            operationName: args.operationName,
            variables: (args.variableValues ?? {}) as Record<string, unknown>,
            viewer: context.viewer,
            requestId: context.requestId,
          });
          const followed = context.followed;
          if (!followed) return events;
          // Signed-in streams can be ended with a coded error when the identity behind them changes.
          const stream = endable(events, () => followed.streams.delete(stream));
          followed.streams.add(stream);
          return stream;
        } catch (error) {
          if (error instanceof GraphQLError) return { errors: [error] };
          throw error;
        }
      },
      execute: async (args): Promise<ExecutionResult> => {
        const { followed: _followed, ...contextValue } = args.contextValue as SocketContext;
        const response = await options.apollo.executeOperation(
          {
            query: print(args.document),
            variables: (args.variableValues ?? {}) as Record<string, unknown>,
            operationName: args.operationName ?? undefined,
          },
          { contextValue },
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
