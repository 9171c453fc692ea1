import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContext, type GraphQLRequestListener } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { RouterContext } from './context';

/** What the first of identical requests hands to the others: its finished answer, HTTP status and cache policy. */
interface SharedAnswer {
  result: FormattedExecutionResult;
  status: number | undefined;
  policy: ReturnType<GraphQLRequestContext<RouterContext>['overallCachePolicy']['policyIfCacheable']>;
}

export interface CollapseOptions {
  /**
   * The scope of a viewer's answers: requests of different scopes never share one. The router passes
   * the response cache's private key (user, tenant, tenant role, roles), and null for anonymous.
   */
  scopeOf: (context: RouterContext) => string | null;
  /** Longest a follower waits for the first request's answer before executing on its own. */
  waitMs: number;
  /** Called for every request answered with another's answer. */
  onShared?: () => void;
}

/**
 * Identical in-flight queries share one execution (catalogue #38's in-flight merging, one level up
 * from the subgraph fetches `SubgraphClient` merges): while a query with the same text, operation
 * name, variables and viewer scope is executing, another one waits for it and answers with the same
 * result — a copy of its data and errors, its HTTP status and its cache policy — instead of planning,
 * fetching and shaping it again. A hot query that misses the response cache (at start, or when its
 * entry expires) therefore runs once however many clients ask for it at that moment, instead of once
 * per client (a cache stampede).
 *
 * It is an Apollo Server plugin's `responseForOperation`, placed after the response cache and @defer:
 * every front-door check (trusted documents, limits, rate limit, tenant and read-only checks) has run
 * for each request before, and each request is logged and counted as its own. Mutations and
 * subscriptions never share. A follower that waits longer than `waitMs`, or whose leader was refused
 * by a rate limit (an allowance belongs to one caller), executes on its own. A
 * shared answer is marked on the context (`sharedAnswer`) so that the response cache does not store
 * the same entry once per follower.
 */
export function collapsePlugin(options: CollapseOptions): ApolloServerPlugin<RouterContext> {
  const inflight = new Map<string, Promise<SharedAnswer | null>>();
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<RouterContext>> {
      let leading: { key: string; flight: Promise<SharedAnswer | null>; settle: (answer: SharedAnswer | null) => void } | undefined;
      return {
        async responseForOperation(requestContext) {
          const { operation, queryHash, request, contextValue } = requestContext;
          if (operation?.operation !== 'query') return null;
          const key = `${options.scopeOf(contextValue) ?? ''}\n${request.operationName ?? ''}\n${queryHash}\n${
            request.variables ? JSON.stringify(request.variables) : ''
          }`;
          const first = inflight.get(key);
          if (!first) {
            let settle!: (answer: SharedAnswer | null) => void;
            const flight = new Promise<SharedAnswer | null>((resolve) => (settle = resolve));
            inflight.set(key, flight);
            leading = { key, flight, settle };
            return null;
          }
          const shared = await within(first, options.waitMs);
          if (!shared) {
            // Too slow (or no single answer): execute alone, and let the next identical request lead.
            if (inflight.get(key) === first) inflight.delete(key);
            return null;
          }
          contextValue.sharedAnswer = true;
          options.onShared?.();
          if (shared.policy) requestContext.overallCachePolicy.replace(shared.policy);
          return {
            http: { status: shared.status, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { ...shared.result } },
          };
        },
        async willSendResponse(requestContext) {
          if (!leading) return;
          const { key, flight, settle } = leading;
          leading = undefined;
          // Only its own entry: a follower that gave up may have let a newer identical query lead.
          if (inflight.get(key) === flight) inflight.delete(key);
          const { body, http } = requestContext.response;
          settle(
            body.kind === 'single' && !rateLimited(body.singleResult)
              ? { result: body.singleResult, status: http.status, policy: requestContext.overallCachePolicy.policyIfCacheable() }
              : null,
          );
        },
      };
    },
  };
}

/**
 * Whether a per-caller rate limit refused part of the answer. The scope shares answers between
 * anonymous requests from any address, but an anonymous caller's allowance is its address's
 * (`@rateLimit`, weather's quota): one client's refusal is not another's, so each follower then asks
 * for itself.
 */
function rateLimited(result: FormattedExecutionResult): boolean {
  return result.errors?.some((error) => error.extensions?.code === 'RATE_LIMITED') ?? false;
}

/** The promise's value, or null when it takes longer than `ms`. */
function within<T>(promise: Promise<T | null>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
