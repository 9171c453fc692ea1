import type { ApolloServerPlugin } from '@apollo/server';
import type { FragmentDefinitionNode } from 'graphql';
import type { RouterContext } from './context';
import { analyzeOperation, enforceLimits, type OperationLimits } from './limits';
import { rateLimitHeaders, type RateLimiter, type RateLimitState } from './ratelimit';

/**
 * The router's front-door checks, run after parsing and validation and before the gateway plans or
 * calls anything: operation limits (OPERATION_TOO_COMPLEX, 400) then the cost-weighted rate limit
 * (RATE_LIMITED, 429). Successful responses carry the rate-limit headers.
 */
export function guardPlugin(limits: OperationLimits, rateLimiter: RateLimiter | null): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart() {
      let state: RateLimitState | undefined;
      return {
        async didResolveOperation({ document, operation, request, schema, contextValue }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === 'FragmentDefinition') fragments[definition.name.value] = definition;
          }
          const analysis = analyzeOperation(schema, operation, fragments, request.variables ?? {}, limits.defaultListSize);
          enforceLimits(analysis, limits);
          contextValue.cost = analysis.cost;
          if (rateLimiter) {
            state = await rateLimiter.consume({ ip: contextValue.ip, userId: contextValue.viewer?.userId ?? null }, analysis.cost);
          }
        },
        async willSendResponse({ response }) {
          if (!state) return;
          for (const [name, value] of rateLimitHeaders(state)) response.http.headers.set(name, value);
        },
      };
    },
  };
}
