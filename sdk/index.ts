/**
 * @hubgraph/sdk: the typed client of the Hubgraph supergraph. Every operation in operations/*.graphql
 * is exported as a `TypedDocumentNode` (`MyTasksDocument`, `CreateTaskDocument`, …) with its result and
 * variables types; `HubgraphClient` runs them over HTTP (queries, mutations) and graphql-ws
 * (subscriptions). See README.md.
 */
export * from './src/generated';
export { HubgraphClient, TENANT_HEADER, type HubgraphClientOptions, type SubscribeOptions } from './src/client';
export { HubgraphError, HubgraphNetworkError, type HubgraphErrorItem } from './src/errors';
export { backoffMs, type RetryOptions } from './src/retry';
