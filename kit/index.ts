/**
 * The Hubgraph kit: all plumbing shared by the router and every subgraph. A subgraph imports from
 * here only; it never reaches into another subgraph or the router. Every export is named: what is not
 * listed here (the kit's internals, and what only its tests use) stays in its module under kit/src,
 * where the kit's own tests import it from. Adding a helper for subgraphs = adding its name here.
 */
export {
  INTERNAL_AUTH_HEADER,
  ROUTER_JWKS_PATH,
  RouterKeys,
  RouterSigner,
  generateRouterKeys,
  hasRole,
  parseRouterPrivateKey,
  requireRole,
  requireViewer,
  routerPublicJwk,
  signRouterCall,
  verifyRouterCall,
  type ForwardedRequest,
  type RouterKeyConfig,
  type Viewer,
} from './src/auth';
export { AUDIT_EVENT, auditEntryOf, auditEntryProblem, recordAudit, type AuditEntryInput, type AuditEventPayload } from './src/audit';
export { CircuitBreaker, DEFAULT_BREAKER, type BreakerOptions, type BreakerSnapshot, type BreakerState } from './src/breaker';
export { publicCacheHintProblems } from './src/cache-control';
export { ConfigError, baseEnvSchema, parseConfig, z, type BaseConfig, type RouterKeyRole } from './src/config';
export {
  EDGE_LOCATION_HEADER,
  EDGE_PURGE_TOPIC,
  EDGE_REPORT_AUDIENCE,
  EDGE_REPORT_HEADER,
  EDGE_TTL_HEADER,
  parseEdgeReport,
  withQuery,
  type EdgeVisit,
} from './src/edge';
export { baseProperties, defineEntity, newId, p, type InferEntity } from './src/entity';
export {
  AppError,
  ErrorCode,
  badInput,
  conflict,
  conflictError,
  createErrorFormatter,
  fieldError,
  forbidden,
  notFound,
  unauthenticated,
  type UserError,
} from './src/errors';
export {
  OutboxEvent,
  createEventStream,
  listFailedEvents,
  recordEvent,
  replayFailedEvents,
  type ConsumeOptions,
  type DomainEvent,
  type EventConsumer,
  type EventPipelineSettings,
  type EventStream,
  type EventStreamOptions,
  type FailedEventFilter,
  type FailedEventRow,
  type OutboxEventRow,
} from './src/events';
export {
  IDEMPOTENCY_TTL_MS,
  IdempotencyRecord,
  idempotent,
  paramsHashOf,
  purgeExpiredIdempotencyKeys,
  type IdempotencyRecordRow,
  type IdempotentOptions,
} from './src/idempotency';
export { healthRoutes, type HealthCheck, type HealthOptions } from './src/health';
export {
  BodyTooLarge,
  REQUEST_ID_HEADER,
  createRequestListener,
  forwardedFor,
  readBody,
  requestIdOf,
  sendGraphQLError,
  sendJson,
  type CorsPolicy,
  type GraphQLHttpOptions,
  type HttpRoute,
  type RequestMeta,
  type RequestRefusal,
  type RouteHandler,
} from './src/http';
export {
  ErrorTracker,
  MAX_GROUPS,
  MAX_SAMPLES,
  errorMetrics,
  errorTracker,
  fingerprintError,
  parseSentryDsn,
  parseStack,
  type ErrorGroup,
  type ErrorOccurrence,
  type ErrorSample,
  type ErrorTrackingOptions,
  type StackFrame,
} from './src/error-tracking';
export {
  FLAG_SCORE,
  HOLD_SCORE,
  LOW_REPUTATION,
  MODERATION_DECIDED_EVENT,
  MODERATION_REPORT_EVENTS,
  moderationReport,
  readModerationDecision,
  readModerationReport,
  REPUTATION_DELTAS,
  clampReputation,
  classifyContent,
  describeModeration,
  moderationStatusOf,
  reportModeration,
  findLinks,
  foldText,
  reputationAfter,
  textFingerprint,
  tokenize,
  type ModerationCategory,
  type ModeratedContentType,
  type ModerationDecision,
  type ModerationReport,
  type ModerationInput,
  type ModerationReason,
  type ModerationReasonCode,
  type ModerationResult,
  type ModerationVerdict,
} from './src/moderation';
export {
  API_CONTENT_SECURITY_POLICY,
  HSTS_VALUE,
  applySecurityHeaders,
  cspHash,
  pageContentSecurityPolicy,
  securityHeaders,
  type PagePolicy,
  type SecurityHeaderOptions,
} from './src/security-headers';
export { InputLiteralsRule, dateTimeVariablesPlugin } from './src/input';
export { entityLoader, groupLoader, referenceResolver } from './src/loaders';
export {
  ENTITY_CACHE_MAX_TTL_MS,
  MemoryEntityCache,
  RedisEntityCache,
  attachEntityCache,
  cachedEntityLoader,
  createEntityCache,
  entityCacheKey,
  entityCacheOf,
  type EntityCache,
  type EntityCacheOptions,
  type EntityCacheStats,
} from './src/entity-cache';
export { createLogger, type Logger } from './src/logger';
export {
  databaseLocation,
  isRetryableConflict,
  isUniqueViolation,
  jsonArrayHas,
  lockRow,
  lockRows,
  ormOptions,
  type DatabaseOptions,
  type AnyEntity,
  type Dialect,
  type Em,
  type MigrationSet,
  type Orm,
} from './src/orm';
export {
  MemoryOutboundCache,
  OutboundError,
  RedisOutboundCache,
  createOutboundCache,
  createProviderClient,
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
export {
  checkPage,
  checkPageInMemory,
  checkPageArgs,
  connectionLoader,
  paginate,
  paginateInMemory,
  paginateByParent,
  paginateByOffset,
  offsetOf,
  totalOrder,
  type Connection,
  type ConnectionLoader,
  type PageArgs,
  type PageInfo,
  type PageOptions,
  type SortDirection,
} from './src/pagination';
export { operationLogPlugin, unexpectedErrorPlugin, type LoggedContext } from './src/plugins';
export {
  ACCESS_CHANGED_TOPIC,
  TENANT_BILLING_TOPIC,
  TopicFanout,
  createPubSub,
  type AccessChange,
  type PubSub,
  type TenantBillingMessage,
} from './src/pubsub';
export { DateTimeScalar, checkScalarInputs } from './src/scalars';
export { createHttpServer, drain, listen, runShutdown, stopOnSignals, type HttpServerTimeouts, type ShutdownStep } from './src/server';
export {
  KeyedRateLimiter,
  RATE_ALGORITHMS,
  capConnectionsPerIp,
  type RateAlgorithm,
  type RateDecision,
  type RateRule,
  type RequestAdmission,
} from './src/flood';
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
export { requireTenant, type TenantViewer } from './src/tenancy';
export { TENANT_HEADER, TENANT_ROLES, isTenantRole, tenantRoleAtLeast, type TenantRole } from './src/tenant-roles';
export { currentTenantId, defineTenantEntity, forTenant, tenantLinkedEntity, tenantRegistryEntity } from './src/tenant-filter';
export {
  holdsTenantData,
  tenantExportKey,
  TENANT_DATA_EXPORTED,
  TENANT_DATA_PURGED,
  TENANT_DELETION_REQUESTED,
  TENANT_PURGE_REQUESTED,
  withTenantDataSubgraphs,
  type TenantExportPart,
  type TenantPurgeReport,
} from './src/tenant-data';
export {
  cleanTag,
  facetCounts,
  fold,
  isIsoDate,
  isUuid,
  MAX_TAGS,
  searchCondition,
  SEARCH_MAX_LENGTH,
  SEARCH_MAX_WORDS,
  searchText,
  sortKey,
  tagCondition,
  tagKey,
  relevanceScore,
  words,
  type FacetCount,
  type FacetSource,
} from './src/search';
export { renderMarkdown, sanitizeUserHtml } from './src/markdown';
export { initTracing, injectTraceContext, shutdownTracing } from './src/tracing';
export {
  loadSubgraphConfig,
  loadSubgraphSchema,
  repoRoot,
  startSubgraph,
  subgraphEnvSchema,
  type AnySubgraphDefinition,
  type RunningSubgraph,
  type StartSubgraphOptions,
  type Started,
  type SubgraphConfig,
  type SubgraphContext,
  type SubgraphDefinition,
  type SubgraphDeps,
} from './src/subgraph';
export {
  fail,
  flushOrConflict,
  flushOrThrowConflict,
  ok,
  PerStart,
  systemClock,
  type Clock,
  type Ok,
  type Payload,
  type ServiceDeps,
} from './src/service';
export { endAfter, listenThen, once, replayThenLive, whileAllowed, type LogEntry, type ReplayOptions } from './src/streams';
export { csvCell, toCsv } from './src/csv';
export {
  DEFAULT_GEO_RESOLUTION,
  EARTH_RADIUS_KM,
  MAX_FUTURE_SKEW_MS,
  MAX_PLAUSIBLE_SPEED_KMH,
  MAX_RINGS,
  MemoryGeoStore,
  RedisGeoStore,
  cellOf,
  checkPosition,
  createGeoIndex,
  etaSeconds,
  haversineKm,
  type CheckPositionOptions,
  type EtaOptions,
  type GeoIndex,
  type GeoIndexOptions,
  type GeoMember,
  type GeoStore,
  type LatLng,
  type NearbyMember,
  type NearestOptions,
  type NearestResult,
  type PositionFix,
  type PositionProblem,
  type PositionVerdict,
  type RedisGeoStoreOptions,
} from './src/geo';
export { createRateLimit, type RateLimit, type RateLimitOptions, type RateLimitVerdict } from './src/rate-limit';
export { startSweep, type SweepOptions } from './src/sweep';
export { UrlSigner, urlSigner, type SignedUrlCheck, type SignedUrlProblem, type SignerSettings } from './src/signed-url';
export { hashPassword, OWASP_PASSWORD_HASH, passwordHashProblems, type PasswordHashSettings } from './src/passwords';
export { publicPathTable, type SubgraphWiring } from './src/wiring';
