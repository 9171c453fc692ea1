/**
 * The Hubgraph kit: all plumbing shared by the router and every subgraph. A subgraph imports from
 * here only; it never reaches into another subgraph or the router.
 */
export * from './src/auth';
export * from './src/breaker';
export * from './src/cache-control';
export * from './src/config';
export * from './src/directives';
export * from './src/entity';
export * from './src/errors';
export * from './src/events';
export * from './src/health';
export * from './src/http';
export * from './src/input';
export * from './src/loaders';
export * from './src/logger';
export * from './src/orm';
export {
  createProviderClient,
  createOutboundCache,
  MemoryOutboundCache,
  RedisOutboundCache,
  OutboundError,
  outboundMetrics,
  parseRetryAfter,
  providerStatus,
  redactUrl,
  type CachedAnswer,
  type CallOptions,
  type HttpMethod,
  type OutboundCache,
  type OutboundFailure,
  type ProviderAnswer,
  type ProviderCacheOptions,
  type ProviderClient,
  type ProviderClientOptions,
  type ProviderStatus,
  type Validator,
} from './src/outbound';
export * from './src/pagination';
export * from './src/plugins';
export * from './src/pubsub';
export * from './src/scalars';
export {
  checkStorageKey,
  createStorage,
  listAll,
  LocalStorage,
  MAX_KEY_LENGTH,
  readObject,
  S3Storage,
  StorageKeyError,
  StorageNotFoundError,
  storageEnvSchema,
  type ListOptions,
  type ListPage,
  type PutOptions,
  type S3StorageOptions,
  type Storage,
  type StorageBody,
  type StorageConfig,
  type StoredObject,
} from './src/storage';
export * from './src/server';
export * from './src/tenancy';
export * from './src/tracing';
export * from './src/subgraph';
export * from './src/service';
export * from './src/streams';
