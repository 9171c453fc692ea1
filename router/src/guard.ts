import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { createErrorFormatter } from '../../kit';
import type { RouterContext } from './context';
import {
  MAX_ERRORS_PER_RESPONSE,
  MAX_ERROR_MESSAGE_LENGTH,
  analyzeOperation,
  clip,
  inputShapeProblem,
  limitExceeded,
  literalProblem,
  variableErrors,
  type InputLimits,
  type OperationLimits,
} from './limits';
import { rateLimitHeaders, type RateLimitCaller, type RateLimiter, type RateLimitState } from './ratelimit';

export type FrontDoorLimits = OperationLimits & InputLimits;

export interface AdmitRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  caller: RateLimitCaller;
  limits: FrontDoorLimits;
  rateLimiter: RateLimiter | null;
  /** Leave "Did you mean …" out of variable errors (production hides the schema). */
  hideSuggestions: boolean;
}

export interface Admission {
  /** Static cost of the operation (what was spent from the caller's budget). */
  cost: number;
  rateLimit?: RateLimitState;
  /** Problems with the variables (at most 100, then one saying so): the operation must not run. */
  variableErrors: GraphQLError[];
}

/**
 * The front door every operation passes, over HTTP and WebSocket alike, after parsing and validation
 * and before anything is planned or fetched: the variables' shape and the document's literals, the
 * operation limits, the rate limit, then the variables against their types. Throws the refusal
 * (BAD_USER_INPUT or OPERATION_TOO_COMPLEX, 400; RATE_LIMITED, 429). A refused operation still
 * spends its measured cost (at most LIMIT_MAX_COST) from the caller's budget, so refusals cannot be
 * sent for free; the refusal is what the client is told even when that empties the budget.
 */
export async function admitOperation(request: AdmitRequest): Promise<Admission> {
  const { schema, document, operation, variables, limits, rateLimiter } = request;
  const shape = inputShapeProblem(variables, limits) ?? literalProblem(document, limits);
  if (shape) throw shape;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const analysis = analyzeOperation(schema, operation, fragments, variables, limits.defaultListSize);
  const refusal = limitExceeded(analysis, limits);
  if (refusal) {
    await rateLimiter?.consume(request.caller, Math.min(analysis.cost, limits.maxCost)).catch(() => undefined);
    throw refusal;
  }
  const rateLimit = await rateLimiter?.consume(request.caller, analysis.cost);
  return { cost: analysis.cost, rateLimit, variableErrors: variableErrors(schema, operation, variables, request.hideSuggestions) };
}

/** graphql-js' own wording for a request whose document does not name one operation to run. */
function unresolvedOperation(document: DocumentNode, operationName: string | undefined): GraphQLError {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
  const message = operationName
    ? `Unknown operation named "${clip(operationName, 100)}".`
    : operations > 1
      ? 'Must provide operation name if query contains multiple operations.'
      : 'The document contains no operation to run.';
  return new GraphQLError(message, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
}

/**
 * The router's front-door checks as an Apollo Server plugin ({@link admitOperation}), for HTTP and
 * for queries and mutations over WebSocket. Also refuses, with 400, what a client gets wrong that
 * the gateway would otherwise answer with a 500: an `operationName` the document does not define
 * (GraphiQL sends stale ones), several operations and no name, and subscriptions over HTTP. Answers
 * carry the rate-limit headers, and never more than 100 errors.
 */
export function guardPlugin(
  limits: FrontDoorLimits,
  rateLimiter: RateLimiter | null,
  production: boolean,
): ApolloServerPlugin<RouterContext> {
  return {
    async requestDidStart() {
      let state: RateLimitState | undefined;
      let refusedVariables: GraphQLError[] = [];
      return {
        async didResolveOperation({ document, operation, request, schema, contextValue }) {
          if (!operation) throw unresolvedOperation(document, request.operationName);
          if (operation.operation === 'subscription') {
            throw new GraphQLError('Subscriptions run over WebSocket (graphql-transport-ws) on this same URL, not over HTTP.', {
              extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
            });
          }
          const admission = await admitOperation({
            schema,
            document,
            operation,
            variables: request.variables ?? {},
            caller: { ip: contextValue.ip, userId: contextValue.viewer?.userId ?? null, tenantId: contextValue.viewer?.tenantId ?? null },
            limits,
            rateLimiter,
            hideSuggestions: production,
          });
          contextValue.cost = admission.cost;
          state = admission.rateLimit;
          refusedVariables = admission.variableErrors;
        },
        // Several errors cannot be thrown from a hook, so variable errors are the operation's answer.
        async responseForOperation() {
          if (!refusedVariables.length) return null;
          return {
            http: { status: 400, headers: new HeaderMap() },
            body: {
              kind: 'single',
              singleResult: { errors: refusedVariables.map((e) => ({ message: e.message, extensions: withoutHttp(e.extensions) })) },
            },
          };
        },
        async willSendResponse({ response }) {
          if (state) for (const [name, value] of rateLimitHeaders(state)) response.http.headers.set(name, value);
          // Whatever produced them (validation, the gateway, subgraphs), an answer stays small.
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          const count = errors.length > MAX_ERRORS_PER_RESPONSE + 1 ? MAX_ERRORS_PER_RESPONSE : errors.length;
          if (count === errors.length && errors.every((e) => e.message.length <= MAX_ERROR_MESSAGE_LENGTH)) return;
          const kept = errors.slice(0, count).map((error) => ({ ...error, message: clip(error.message, MAX_ERROR_MESSAGE_LENGTH) }));
          if (count < errors.length) {
            kept.push({
              message: `${errors.length - count} more errors were left out; this answer lists the first ${count}.`,
              extensions: { code: 'TOO_MANY_ERRORS', omittedErrors: errors.length - count },
            });
          }
          response.body.singleResult.errors = kept;
        },
      };
    },
  };
}

/** Error extensions without the `http` part, which only steers the status and headers. */
function withoutHttp(extensions: GraphQLError['extensions']): Record<string, unknown> {
  const { http: _http, ...rest } = extensions ?? {};
  return rest;
}

/**
 * The kit's error formatter plus one rule: an error Apollo Server marks as the client's (an HTTP 4xx
 * status) but gives no code — a persisted query whose hash does not match its text, an unsupported
 * persisted-query version — is BAD_REQUEST, not INTERNAL_SERVER_ERROR.
 */
export function routerErrorFormatter(production: boolean) {
  const format = createErrorFormatter(production);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    const status = (error as { extensions?: { http?: { status?: unknown } } } | null)?.extensions?.http?.status;
    if (result.extensions?.code !== 'INTERNAL_SERVER_ERROR' || typeof status !== 'number' || status < 400 || status >= 500) return result;
    return { ...result, extensions: { ...result.extensions, code: 'BAD_REQUEST' } };
  };
}
