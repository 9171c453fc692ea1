import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from './logger';
import { errorTracker } from './error-tracking';
import { activeTraceId } from './tracing';

export interface LoggedContext extends BaseContext {
  requestId: string;
  log: Logger;
}

/**
 * Logs each operation once when its response is sent: operation name and type, HTTP status, latency
 * and error codes. `level` is `info` on the router (catalogue #10) and `debug` on subgraphs so that
 * the hot path of a subgraph does not pay for a log line per fetch.
 */
export function operationLogPlugin<C extends LoggedContext>(level: 'info' | 'debug'): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      if (!contextValue.log.isLevelEnabled(level)) return {};
      return {
        async willSendResponse({ response, operationName, operation, errors }) {
          contextValue.log[level](
            {
              requestId: contextValue.requestId,
              traceId: activeTraceId(),
              operationName: operationName ?? null,
              operationType: operation?.operation ?? null,
              status: response.http.status ?? 200,
              ms: Math.round((performance.now() - started) * 100) / 100,
              errors: errors?.map((e) => e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}

/**
 * Logs every unexpected (non-GraphQL) error with its stack and the request id, and hands it to the
 * error tracker (kit/src/error-tracking.ts); clients see it masked.
 */
export function unexpectedErrorPlugin<C extends LoggedContext>(service: string): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            if (original instanceof GraphQLError) continue;
            // Errors relayed from a subgraph (the gateway hands them over as plain objects) were
            // already logged where they happened.
            const extensions = (error as { extensions?: Record<string, unknown> }).extensions ?? {};
            if (extensions.serviceName || (extensions.code && extensions.code !== 'INTERNAL_SERVER_ERROR')) continue;
            const traceId = activeTraceId();
            contextValue.log.error({ err: original, requestId: contextValue.requestId, traceId, path: error.path }, 'unexpected error');
            errorTracker.capture(original, { service, requestId: contextValue.requestId, traceId });
          }
        },
      };
    },
  };
}
