import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { DistributionRow } from '../entities';
import type { NodeReport } from '../fleet';
import type { CdnStatsView } from '../service';
import type { CdnContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, as an ISO-8601 string in UTC (e.g. `2026-11-23T10:00:00.000Z`). */
  DateTime: { input: Date; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A distribution's counters, summed over its nodes. */
export type CdnStats = {
  __typename?: 'CdnStats';
  /** Body bytes served from caches instead of the origin. */
  bytesSaved: Scalars['Float']['output'];
  /** hits / (hits + misses); 0 before any request. */
  hitRatio: Scalars['Float']['output'];
  /** Requests answered from a cache. */
  hits: Scalars['Int']['output'];
  /** Requests that went to the origin. */
  misses: Scalars['Int']['output'];
  /** Body bytes fetched from the origin. */
  originBytes: Scalars['Float']['output'];
  /** Share of requests the origin did not see: 1 - originRequests / requests; 0 before any request. */
  originOffload: Scalars['Float']['output'];
};

/** How a distribution's front door picks an edge node for a request. */
export type CdnStrategy =
  /** The node owning the path on a consistent-hash ring (each path cached on one node; a lost node remaps ~1/n of the paths). */
  | 'CONSISTENT_HASH'
  /** The healthy node with the fewest requests in flight. */
  | 'LEAST_CONNECTIONS'
  /** Each healthy node in turn. */
  | 'ROUND_ROBIN';

/** A new distribution. */
export type CreateDistributionInput = {
  /** Each node's cache bound in bytes, 65,536 to 268,435,456; default 16 MiB. */
  cacheBytes?: InputMaybe<Scalars['Int']['input']>;
  /** 1 to 100 characters. */
  name: Scalars['String']['input'];
  /** 1 to 8, default 2. */
  nodeCount?: InputMaybe<Scalars['Int']['input']>;
  /** An http(s) URL without credentials, at most 2,048 characters; private and loopback hosts only where the deployment allows them. */
  originUrl: Scalars['String']['input'];
  /** Default ROUND_ROBIN. */
  strategy?: InputMaybe<CdnStrategy>;
};

/** The answer of deleteDistribution. */
export type DeleteDistributionPayload = {
  __typename?: 'DeleteDistributionPayload';
  /** The deleted distribution's id; null when `errors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** What went wrong. */
  errors: Array<UserError>;
};

/** Edge nodes in front of one origin, owned by the current tenant. */
export type Distribution = {
  __typename?: 'Distribution';
  /** Each node's cache bound, in bytes (body, headers and key). */
  cacheBytes: Scalars['Int']['output'];
  /** When the distribution was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The front door's URL, which balances over the healthy nodes; null when this process does not run the distribution. With several replicas, the answering replica's own front door (each runs every distribution). */
  endpoint?: Maybe<Scalars['String']['output']>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The distribution's name. */
  name: Scalars['String']['output'];
  /** How many edge nodes the distribution runs. */
  nodeCount: Scalars['Int']['output'];
  /** The edge nodes (at most 8), with their health and counters since start. */
  nodes: Array<EdgeNodeStatus>;
  /** The origin's base URL: a request for `<endpoint>/a/b` is fetched (on a miss) from `<originUrl>/a/b`. */
  originUrl: Scalars['String']['output'];
  /** The nodes' counters summed. */
  stats: CdnStats;
  /** How requests are spread over the nodes. */
  strategy: CdnStrategy;
};

/** A page of distributions. */
export type DistributionConnection = {
  __typename?: 'DistributionConnection';
  /** The distributions of this page. */
  edges: Array<DistributionEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Distributions in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** A distribution and its cursor. */
export type DistributionEdge = {
  __typename?: 'DistributionEdge';
  /** Opaque position of this distribution in the list. */
  cursor: Scalars['String']['output'];
  /** The distribution. */
  node: Distribution;
};

/** The answer of createDistribution and renameDistribution: the distribution, or what was wrong. */
export type DistributionPayload = {
  __typename?: 'DistributionPayload';
  /** The distribution; null when `errors` is not empty. */
  distribution?: Maybe<Distribution>;
  /** What was wrong with the input (nothing was changed). */
  errors: Array<UserError>;
};

/** One edge node: its health and its counters since the process started. */
export type EdgeNodeStatus = {
  __typename?: 'EdgeNodeStatus';
  /** Body bytes served from the cache instead of the origin. */
  bytesSaved: Scalars['Float']['output'];
  /** Bytes in the cache. */
  cachedBytes: Scalars['Float']['output'];
  /** Responses in the cache. */
  cachedObjects: Scalars['Int']['output'];
  /** Whether the node is in the balancer: it leaves after failed health checks and comes back after good ones. */
  healthy: Scalars['Boolean']['output'];
  /** hits / (hits + misses); 0 before any request. */
  hitRatio: Scalars['Float']['output'];
  /** Requests answered from the cache (concurrent misses of one key coalesced into one origin fetch count as hits). */
  hits: Scalars['Int']['output'];
  /** The node's position in the distribution (0-based). */
  index: Scalars['Int']['output'];
  /** Median latency of the node's recent requests, in ms. */
  latencyP50Ms: Scalars['Float']['output'];
  /** 95th percentile latency of the node's recent requests, in ms. */
  latencyP95Ms: Scalars['Float']['output'];
  /** Requests that went to the origin. */
  misses: Scalars['Int']['output'];
  /** Whether the node's server runs (false after setEdgeNodeOnline(online: false)). */
  online: Scalars['Boolean']['output'];
  /** Body bytes fetched from the origin. */
  originBytes: Scalars['Float']['output'];
  /** Requests sent to the origin (revalidations included). */
  originRequests: Scalars['Int']['output'];
  /** The node's own URL (requests sent here bypass the balancer). */
  url: Scalars['String']['output'];
};

/** The machine-readable kind of an error, in `UserError.code` and in GraphQL errors' `extensions.code`. */
export type ErrorCode =
  /** An input is missing, malformed or out of range. */
  | 'BAD_USER_INPUT'
  /** The payment was declined by the card issuer or the processor. */
  | 'CARD_DECLINED'
  /** The change clashes with existing data (a duplicate, a stale version). */
  | 'CONFLICT'
  /** The signed-in user may not do this. */
  | 'FORBIDDEN'
  /** An idempotency key was sent again with other parameters; use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The thing is not in a state that allows this operation (e.g. capturing a canceled payment). */
  | 'INVALID_STATE'
  /** The thing named does not exist (or is not visible to you). */
  | 'NOT_FOUND'
  /** The tenant's plan allows no more of this (e.g. members); choose a bigger plan. */
  | 'QUOTA_EXCEEDED'
  /** Too many requests; retry later. */
  | 'RATE_LIMITED'
  /** The operation needs a signed-in user. */
  | 'UNAUTHENTICATED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a distribution and starts its edge nodes and front door (MANAGER of the current tenant). */
  createDistribution?: Maybe<DistributionPayload>;
  /** Stops a distribution's nodes and deletes it (MANAGER). */
  deleteDistribution?: Maybe<DeleteDistributionPayload>;
  /** Removes every cached response the origin tagged `tag` (Surrogate-Key or Cache-Tag) from every node; owner tenant only, like purgeUrl. */
  purgeTag?: Maybe<PurgePayload>;
  /**
   * Removes one path's cached responses (every Vary variant) from every node. Only a MANAGER of the
   * distribution's tenant may purge: another tenant's distribution is FORBIDDEN and nothing is purged.
   */
  purgeUrl?: Maybe<PurgePayload>;
  /** Renames a distribution (MANAGER). */
  renameDistribution?: Maybe<DistributionPayload>;
  /**
   * Simulates an outage (online: false stops the node's server) or its end (true restarts it on the same
   * port). The health loop notices: the node leaves the balancer after failed checks and rejoins after good ones.
   */
  setEdgeNodeOnline?: Maybe<EdgeNodeStatus>;
};


export type MutationCreateDistributionArgs = {
  input: CreateDistributionInput;
};


export type MutationDeleteDistributionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPurgeTagArgs = {
  distributionId: Scalars['ID']['input'];
  tag: Scalars['String']['input'];
};


export type MutationPurgeUrlArgs = {
  distributionId: Scalars['ID']['input'];
  path: Scalars['String']['input'];
};


export type MutationRenameDistributionArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationSetEdgeNodeOnlineArgs = {
  distributionId: Scalars['ID']['input'];
  index: Scalars['Int']['input'];
  online: Scalars['Boolean']['input'];
};

/** Where a connection's page sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when `after: endCursor` returns more. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page does not start the list. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge, null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The answer of a purge. */
export type PurgePayload = {
  __typename?: 'PurgePayload';
  /** What was wrong with the input (nothing was purged). */
  errors: Array<UserError>;
  /** Cached responses removed, over all nodes of every replica that answered (0 when `errors` is not empty). */
  purged: Scalars['Int']['output'];
  /**
   * Replicas of the cdn subgraph that applied the purge in time (each runs its own copy of every
   * distribution's nodes, like a CDN's points of presence); 0 when `errors` is not empty.
   */
  replicas: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** A distribution of the current tenant (null when missing or another tenant's). */
  distribution?: Maybe<Distribution>;
  /** The current tenant's distributions, newest first. */
  distributions?: Maybe<DistributionConnection>;
};


export type QueryDistributionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDistributionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An expected problem with a mutation's input, returned as data so a form can show it next to its field. */
export type UserError = {
  __typename?: 'UserError';
  /** What kind of problem it is. */
  code: ErrorCode;
  /** The input field at fault, as a dotted path (e.g. `input.email`), or null when the whole input is. */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong, in words a person understands. */
  message: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Distribution: Distribution;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Distribution:
    ( { __typename: 'Distribution' }
    & GraphQLRecursivePick<FederationTypes['Distribution'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CdnStats: ResolverTypeWrapper<CdnStatsView>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CdnStrategy: CdnStrategy;
  CreateDistributionInput: CreateDistributionInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteDistributionPayload: ResolverTypeWrapper<DeleteDistributionPayload>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Distribution: ResolverTypeWrapper<DistributionRow>;
  DistributionConnection: ResolverTypeWrapper<Omit<DistributionConnection, 'edges'> & { edges: Array<ResolversTypes['DistributionEdge']> }>;
  DistributionEdge: ResolverTypeWrapper<Omit<DistributionEdge, 'node'> & { node: ResolversTypes['Distribution'] }>;
  DistributionPayload: ResolverTypeWrapper<Omit<DistributionPayload, 'distribution'> & { distribution?: Maybe<ResolversTypes['Distribution']> }>;
  EdgeNodeStatus: ResolverTypeWrapper<NodeReport>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ErrorCode: ErrorCode;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PurgePayload: ResolverTypeWrapper<PurgePayload>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UserError: ResolverTypeWrapper<UserError>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CdnStats: CdnStatsView;
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  CreateDistributionInput: CreateDistributionInput;
  DateTime: Scalars['DateTime']['output'];
  DeleteDistributionPayload: DeleteDistributionPayload;
  ID: Scalars['ID']['output'];
  Distribution: DistributionRow;
  DistributionConnection: Omit<DistributionConnection, 'edges'> & { edges: Array<ResolversParentTypes['DistributionEdge']> };
  DistributionEdge: Omit<DistributionEdge, 'node'> & { node: ResolversParentTypes['Distribution'] };
  DistributionPayload: Omit<DistributionPayload, 'distribution'> & { distribution?: Maybe<ResolversParentTypes['Distribution']> };
  EdgeNodeStatus: NodeReport;
  Boolean: Scalars['Boolean']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PurgePayload: PurgePayload;
  Query: Record<PropertyKey, never>;
  UserError: UserError;
  String: Scalars['String']['output'];
}>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['String']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = CdnContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CdnStatsResolvers<ContextType = CdnContext, ParentType extends ResolversParentTypes['CdnStats'] = ResolversParentTypes['CdnStats']> = ResolversObject<{
  bytesSaved?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hitRatio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  misses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  originBytes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  originOffload?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteDistributionPayloadResolvers<ContextType = CdnContext, ParentType extends ResolversParentTypes['DeleteDistributionPayload'] = ResolversParentTypes['DeleteDistributionPayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DistributionResolvers<ContextType = CdnContext, ParentType extends ResolversParentTypes['Distribution'] = ResolversParentTypes['Distribution'], FederationReferenceType extends FederationReferenceTypes['Distribution'] = FederationReferenceTypes['Distribution']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Distribution']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cacheBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endpoint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['EdgeNodeStatus']>, ParentType, ContextType>;
  originUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['CdnStats'], ParentType, ContextType>;
  strategy?: Resolver<ResolversTypes['CdnStrategy'], ParentType, ContextType>;
}>;

export type DistributionConnectionResolvers<ContextType = CdnContext, ParentType extends ResolversParentTypes['DistributionConnection'] = ResolversParentTypes['DistributionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DistributionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DistributionEdgeResolvers<ContextType = CdnContext, ParentType extends ResolversParentTypes['DistributionEdge'] = ResolversParentTypes['DistributionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Distribution'], ParentType, ContextType>;
}>;

export type DistributionPayloadResolvers<ContextType = CdnContext, ParentType extends ResolversParentTypes['DistributionPayload'] = ResolversParentTypes['DistributionPayload']> = ResolversObject<{
  distribution?: Resolver<Maybe<ResolversTypes['Distribution']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type EdgeNodeStatusResolvers<ContextType = CdnContext, ParentType extends ResolversParentTypes['EdgeNodeStatus'] = ResolversParentTypes['EdgeNodeStatus']> = ResolversObject<{
  bytesSaved?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cachedBytes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  cachedObjects?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  healthy?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hitRatio?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  hits?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  latencyP50Ms?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  latencyP95Ms?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  misses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  originBytes?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  originRequests?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CdnContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createDistribution?: Resolver<Maybe<ResolversTypes['DistributionPayload']>, ParentType, ContextType, RequireFields<MutationCreateDistributionArgs, 'input'>>;
  deleteDistribution?: Resolver<Maybe<ResolversTypes['DeleteDistributionPayload']>, ParentType, ContextType, RequireFields<MutationDeleteDistributionArgs, 'id'>>;
  purgeTag?: Resolver<Maybe<ResolversTypes['PurgePayload']>, ParentType, ContextType, RequireFields<MutationPurgeTagArgs, 'distributionId' | 'tag'>>;
  purgeUrl?: Resolver<Maybe<ResolversTypes['PurgePayload']>, ParentType, ContextType, RequireFields<MutationPurgeUrlArgs, 'distributionId' | 'path'>>;
  renameDistribution?: Resolver<Maybe<ResolversTypes['DistributionPayload']>, ParentType, ContextType, RequireFields<MutationRenameDistributionArgs, 'id' | 'name'>>;
  setEdgeNodeOnline?: Resolver<Maybe<ResolversTypes['EdgeNodeStatus']>, ParentType, ContextType, RequireFields<MutationSetEdgeNodeOnlineArgs, 'distributionId' | 'index' | 'online'>>;
}>;

export type PageInfoResolvers<ContextType = CdnContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PurgePayloadResolvers<ContextType = CdnContext, ParentType extends ResolversParentTypes['PurgePayload'] = ResolversParentTypes['PurgePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  purged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replicas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CdnContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  distribution?: Resolver<Maybe<ResolversTypes['Distribution']>, ParentType, ContextType, RequireFields<QueryDistributionArgs, 'id'>>;
  distributions?: Resolver<Maybe<ResolversTypes['DistributionConnection']>, ParentType, ContextType, RequireFields<QueryDistributionsArgs, 'first'>>;
}>;

export type UserErrorResolvers<ContextType = CdnContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CdnContext> = ResolversObject<{
  CdnStats?: CdnStatsResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteDistributionPayload?: DeleteDistributionPayloadResolvers<ContextType>;
  Distribution?: DistributionResolvers<ContextType>;
  DistributionConnection?: DistributionConnectionResolvers<ContextType>;
  DistributionEdge?: DistributionEdgeResolvers<ContextType>;
  DistributionPayload?: DistributionPayloadResolvers<ContextType>;
  EdgeNodeStatus?: EdgeNodeStatusResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PurgePayload?: PurgePayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = CdnContext> = ResolversObject<{
  requiresScopes?: RequiresScopesDirectiveResolver<any, any, ContextType>;
}>;
