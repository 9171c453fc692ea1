import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { AnalyticsProjectRow, AnalyticsEventRow, AnalyticsDailyCountRow } from '../entities';
import type { AnalyticsContext } from '../context';
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

/** How many events of one name a project received on one UTC day (a rollup kept by the collector). */
export type AnalyticsDailyCount = {
  __typename?: 'AnalyticsDailyCount';
  /** Events stored (duplicates by uuid are not counted). */
  count: Scalars['Int']['output'];
  /** The UTC day, YYYY-MM-DD. */
  day: Scalars['String']['output'];
  /** The event name. */
  event: Scalars['String']['output'];
};

/** A page of daily counts. */
export type AnalyticsDailyCountConnection = {
  __typename?: 'AnalyticsDailyCountConnection';
  /** The counts of this page. */
  edges: Array<AnalyticsDailyCountEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Rows (day × event) in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** A daily count and its cursor. */
export type AnalyticsDailyCountEdge = {
  __typename?: 'AnalyticsDailyCountEdge';
  /** Opaque position of this row in the list. */
  cursor: Scalars['String']['output'];
  /** The count. */
  node: AnalyticsDailyCount;
};

/** One stored event (after deduplication). */
export type AnalyticsEvent = {
  __typename?: 'AnalyticsEvent';
  /** Who did it (PostHog's distinct id). */
  distinctId: Scalars['String']['output'];
  /** The event's name, e.g. `$pageview` or `signed_up`. */
  event: Scalars['String']['output'];
  /** Stable, opaque identifier of the stored row. */
  id: Scalars['ID']['output'];
  /** The event's properties as a JSON object text. */
  properties: Scalars['String']['output'];
  /** When it happened (the client's timestamp). */
  timestamp: Scalars['DateTime']['output'];
  /** The insert id the client sent (or the collector gave it): events are kept once per uuid and project. */
  uuid: Scalars['String']['output'];
};

/** A page of events. */
export type AnalyticsEventConnection = {
  __typename?: 'AnalyticsEventConnection';
  /** The events of this page. */
  edges: Array<AnalyticsEventEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Events in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** An event and its cursor. */
export type AnalyticsEventEdge = {
  __typename?: 'AnalyticsEventEdge';
  /** Opaque position of this event in the list. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: AnalyticsEvent;
};

/** One event of a capture, in PostHog's shape. */
export type AnalyticsEventInput = {
  /** Who did it (1 to 200 characters). */
  distinctId: Scalars['String']['input'];
  /** The event's name (1 to 200 characters). */
  event: Scalars['String']['input'];
  /** The properties as a JSON object text (at most 1 MB). */
  properties?: InputMaybe<Scalars['String']['input']>;
  /** When it happened; default now. At most a year old and an hour ahead. */
  timestamp?: InputMaybe<Scalars['DateTime']['input']>;
  /** The insert id (a UUID): a second event with the same uuid is stored once. Default: a new one. */
  uuid?: InputMaybe<Scalars['String']['input']>;
};

/** One step of a funnel: how many people reached it. */
export type AnalyticsFunnelStep = {
  __typename?: 'AnalyticsFunnelStep';
  /** `users` of this step over `users` of the first step (1 for the first; 0 when nobody started). */
  conversion: Scalars['Float']['output'];
  /** The step's event name. */
  event: Scalars['String']['output'];
  /** People (distinct ids) who did every step up to this one, in order, within the range. */
  users: Scalars['Int']['output'];
};

/** A project of the current tenant: events arrive for it with its api key. */
export type AnalyticsProject = {
  __typename?: 'AnalyticsProject';
  /** The public project key clients send as `api_key` (like PostHog's project key, it is not a secret). */
  apiKey: Scalars['String']['output'];
  /** When the project was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The project's name. */
  name: Scalars['String']['output'];
};

/** A page of projects. */
export type AnalyticsProjectConnection = {
  __typename?: 'AnalyticsProjectConnection';
  /** The projects of this page. */
  edges: Array<AnalyticsProjectEdge>;
  /** Where this page is in the list. */
  pageInfo: PageInfo;
  /** Projects in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** A project and its cursor. */
export type AnalyticsProjectEdge = {
  __typename?: 'AnalyticsProjectEdge';
  /** Opaque position of this project in the list. */
  cursor: Scalars['String']['output'];
  /** The project. */
  node: AnalyticsProject;
};

/** The answer to createAnalyticsProject or renameAnalyticsProject. */
export type AnalyticsProjectPayload = {
  __typename?: 'AnalyticsProjectPayload';
  /** What was wrong with the input. */
  errors: Array<UserError>;
  /** The project, when it was saved. */
  project?: Maybe<AnalyticsProject>;
};

/** What captureAnalyticsEvents needs: the project key and up to 1,000 events. */
export type CaptureAnalyticsEventsInput = {
  /** The project's api key. */
  apiKey: Scalars['String']['input'];
  /** The events; one invalid event refuses the whole batch. */
  batch: Array<AnalyticsEventInput>;
};

/** The answer to captureAnalyticsEvents. */
export type CaptureAnalyticsEventsPayload = {
  __typename?: 'CaptureAnalyticsEventsPayload';
  /** Events accepted (durable; written to the database within a flush interval). */
  accepted?: Maybe<Scalars['Int']['output']>;
  /** Why the batch was refused (nothing of it was kept). */
  errors: Array<UserError>;
};

/** What createAnalyticsProject needs. */
export type CreateAnalyticsProjectInput = {
  /** The project's name (1 to 200 characters). */
  name: Scalars['String']['input'];
};

/** The answer to deleteAnalyticsProject. */
export type DeleteAnalyticsProjectPayload = {
  __typename?: 'DeleteAnalyticsProjectPayload';
  /** The deleted project's id. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Why it was not deleted. */
  errors: Array<UserError>;
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
  /** Captures events for the project of `apiKey` (no sign-in needed, like POST /batch/). */
  captureAnalyticsEvents?: Maybe<CaptureAnalyticsEventsPayload>;
  /** Creates a project in the current tenant (MANAGER or above), with a new api key. */
  createAnalyticsProject?: Maybe<AnalyticsProjectPayload>;
  /** Deletes a project and its events and rollups (MANAGER or above). */
  deleteAnalyticsProject?: Maybe<DeleteAnalyticsProjectPayload>;
  /** Renames a project of the current tenant (MANAGER or above). */
  renameAnalyticsProject?: Maybe<AnalyticsProjectPayload>;
};


export type MutationCaptureAnalyticsEventsArgs = {
  input: CaptureAnalyticsEventsInput;
};


export type MutationCreateAnalyticsProjectArgs = {
  input: CreateAnalyticsProjectInput;
};


export type MutationDeleteAnalyticsProjectArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRenameAnalyticsProjectArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
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

export type Query = {
  __typename?: 'Query';
  /** Events by day and name in [from, to] (UTC days, YYYY-MM-DD, at most 366 days), optionally of one event name. */
  analyticsEventCounts?: Maybe<AnalyticsDailyCountConnection>;
  /** A project's stored events, newest first. */
  analyticsEvents?: Maybe<AnalyticsEventConnection>;
  /** A funnel over 2 to 10 distinct event names: people who did them in this order within [from, to]. */
  analyticsFunnel?: Maybe<Array<AnalyticsFunnelStep>>;
  /** One project of the current tenant. */
  analyticsProject?: Maybe<AnalyticsProject>;
  /** The current tenant's projects, newest first. */
  analyticsProjects?: Maybe<AnalyticsProjectConnection>;
  /** People (distinct ids) seen in [from, to], optionally only those who sent `event`. */
  analyticsUniqueUsers?: Maybe<Scalars['Int']['output']>;
};


export type QueryAnalyticsEventCountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  event?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
  to: Scalars['String']['input'];
};


export type QueryAnalyticsEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  projectId: Scalars['ID']['input'];
};


export type QueryAnalyticsFunnelArgs = {
  from: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
  steps: Array<Scalars['String']['input']>;
  to: Scalars['String']['input'];
};


export type QueryAnalyticsProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryAnalyticsProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAnalyticsUniqueUsersArgs = {
  event?: InputMaybe<Scalars['String']['input']>;
  from: Scalars['String']['input'];
  projectId: Scalars['ID']['input'];
  to: Scalars['String']['input'];
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
  AnalyticsProject: AnalyticsProject;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  AnalyticsProject:
    ( { __typename: 'AnalyticsProject' }
    & GraphQLRecursivePick<FederationTypes['AnalyticsProject'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AnalyticsDailyCount: ResolverTypeWrapper<AnalyticsDailyCountRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AnalyticsDailyCountConnection: ResolverTypeWrapper<Omit<AnalyticsDailyCountConnection, 'edges'> & { edges: Array<ResolversTypes['AnalyticsDailyCountEdge']> }>;
  AnalyticsDailyCountEdge: ResolverTypeWrapper<Omit<AnalyticsDailyCountEdge, 'node'> & { node: ResolversTypes['AnalyticsDailyCount'] }>;
  AnalyticsEvent: ResolverTypeWrapper<AnalyticsEventRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AnalyticsEventConnection: ResolverTypeWrapper<Omit<AnalyticsEventConnection, 'edges'> & { edges: Array<ResolversTypes['AnalyticsEventEdge']> }>;
  AnalyticsEventEdge: ResolverTypeWrapper<Omit<AnalyticsEventEdge, 'node'> & { node: ResolversTypes['AnalyticsEvent'] }>;
  AnalyticsEventInput: AnalyticsEventInput;
  AnalyticsFunnelStep: ResolverTypeWrapper<AnalyticsFunnelStep>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AnalyticsProject: ResolverTypeWrapper<AnalyticsProjectRow>;
  AnalyticsProjectConnection: ResolverTypeWrapper<Omit<AnalyticsProjectConnection, 'edges'> & { edges: Array<ResolversTypes['AnalyticsProjectEdge']> }>;
  AnalyticsProjectEdge: ResolverTypeWrapper<Omit<AnalyticsProjectEdge, 'node'> & { node: ResolversTypes['AnalyticsProject'] }>;
  AnalyticsProjectPayload: ResolverTypeWrapper<Omit<AnalyticsProjectPayload, 'project'> & { project?: Maybe<ResolversTypes['AnalyticsProject']> }>;
  CaptureAnalyticsEventsInput: CaptureAnalyticsEventsInput;
  CaptureAnalyticsEventsPayload: ResolverTypeWrapper<CaptureAnalyticsEventsPayload>;
  CreateAnalyticsProjectInput: CreateAnalyticsProjectInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteAnalyticsProjectPayload: ResolverTypeWrapper<DeleteAnalyticsProjectPayload>;
  ErrorCode: ErrorCode;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AnalyticsDailyCount: AnalyticsDailyCountRow;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  AnalyticsDailyCountConnection: Omit<AnalyticsDailyCountConnection, 'edges'> & { edges: Array<ResolversParentTypes['AnalyticsDailyCountEdge']> };
  AnalyticsDailyCountEdge: Omit<AnalyticsDailyCountEdge, 'node'> & { node: ResolversParentTypes['AnalyticsDailyCount'] };
  AnalyticsEvent: AnalyticsEventRow;
  ID: Scalars['ID']['output'];
  AnalyticsEventConnection: Omit<AnalyticsEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['AnalyticsEventEdge']> };
  AnalyticsEventEdge: Omit<AnalyticsEventEdge, 'node'> & { node: ResolversParentTypes['AnalyticsEvent'] };
  AnalyticsEventInput: AnalyticsEventInput;
  AnalyticsFunnelStep: AnalyticsFunnelStep;
  Float: Scalars['Float']['output'];
  AnalyticsProject: AnalyticsProjectRow;
  AnalyticsProjectConnection: Omit<AnalyticsProjectConnection, 'edges'> & { edges: Array<ResolversParentTypes['AnalyticsProjectEdge']> };
  AnalyticsProjectEdge: Omit<AnalyticsProjectEdge, 'node'> & { node: ResolversParentTypes['AnalyticsProject'] };
  AnalyticsProjectPayload: Omit<AnalyticsProjectPayload, 'project'> & { project?: Maybe<ResolversParentTypes['AnalyticsProject']> };
  CaptureAnalyticsEventsInput: CaptureAnalyticsEventsInput;
  CaptureAnalyticsEventsPayload: CaptureAnalyticsEventsPayload;
  CreateAnalyticsProjectInput: CreateAnalyticsProjectInput;
  DateTime: Scalars['DateTime']['output'];
  DeleteAnalyticsProjectPayload: DeleteAnalyticsProjectPayload;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  UserError: UserError;
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = AnalyticsContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AnalyticsDailyCountResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['AnalyticsDailyCount'] = ResolversParentTypes['AnalyticsDailyCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AnalyticsDailyCountConnectionResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['AnalyticsDailyCountConnection'] = ResolversParentTypes['AnalyticsDailyCountConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AnalyticsDailyCountEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AnalyticsDailyCountEdgeResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['AnalyticsDailyCountEdge'] = ResolversParentTypes['AnalyticsDailyCountEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AnalyticsDailyCount'], ParentType, ContextType>;
}>;

export type AnalyticsEventResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['AnalyticsEvent'] = ResolversParentTypes['AnalyticsEvent']> = ResolversObject<{
  distinctId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  properties?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  timestamp?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  uuid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AnalyticsEventConnectionResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['AnalyticsEventConnection'] = ResolversParentTypes['AnalyticsEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AnalyticsEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AnalyticsEventEdgeResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['AnalyticsEventEdge'] = ResolversParentTypes['AnalyticsEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AnalyticsEvent'], ParentType, ContextType>;
}>;

export type AnalyticsFunnelStepResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['AnalyticsFunnelStep'] = ResolversParentTypes['AnalyticsFunnelStep']> = ResolversObject<{
  conversion?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  users?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AnalyticsProjectResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['AnalyticsProject'] = ResolversParentTypes['AnalyticsProject'], FederationReferenceType extends FederationReferenceTypes['AnalyticsProject'] = FederationReferenceTypes['AnalyticsProject']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['AnalyticsProject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  apiKey?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AnalyticsProjectConnectionResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['AnalyticsProjectConnection'] = ResolversParentTypes['AnalyticsProjectConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AnalyticsProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AnalyticsProjectEdgeResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['AnalyticsProjectEdge'] = ResolversParentTypes['AnalyticsProjectEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AnalyticsProject'], ParentType, ContextType>;
}>;

export type AnalyticsProjectPayloadResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['AnalyticsProjectPayload'] = ResolversParentTypes['AnalyticsProjectPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['AnalyticsProject']>, ParentType, ContextType>;
}>;

export type CaptureAnalyticsEventsPayloadResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['CaptureAnalyticsEventsPayload'] = ResolversParentTypes['CaptureAnalyticsEventsPayload']> = ResolversObject<{
  accepted?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteAnalyticsProjectPayloadResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['DeleteAnalyticsProjectPayload'] = ResolversParentTypes['DeleteAnalyticsProjectPayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  captureAnalyticsEvents?: Resolver<Maybe<ResolversTypes['CaptureAnalyticsEventsPayload']>, ParentType, ContextType, RequireFields<MutationCaptureAnalyticsEventsArgs, 'input'>>;
  createAnalyticsProject?: Resolver<Maybe<ResolversTypes['AnalyticsProjectPayload']>, ParentType, ContextType, RequireFields<MutationCreateAnalyticsProjectArgs, 'input'>>;
  deleteAnalyticsProject?: Resolver<Maybe<ResolversTypes['DeleteAnalyticsProjectPayload']>, ParentType, ContextType, RequireFields<MutationDeleteAnalyticsProjectArgs, 'id'>>;
  renameAnalyticsProject?: Resolver<Maybe<ResolversTypes['AnalyticsProjectPayload']>, ParentType, ContextType, RequireFields<MutationRenameAnalyticsProjectArgs, 'id' | 'name'>>;
}>;

export type PageInfoResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  analyticsEventCounts?: Resolver<Maybe<ResolversTypes['AnalyticsDailyCountConnection']>, ParentType, ContextType, RequireFields<QueryAnalyticsEventCountsArgs, 'from' | 'projectId' | 'to'>>;
  analyticsEvents?: Resolver<Maybe<ResolversTypes['AnalyticsEventConnection']>, ParentType, ContextType, RequireFields<QueryAnalyticsEventsArgs, 'projectId'>>;
  analyticsFunnel?: Resolver<Maybe<Array<ResolversTypes['AnalyticsFunnelStep']>>, ParentType, ContextType, RequireFields<QueryAnalyticsFunnelArgs, 'from' | 'projectId' | 'steps' | 'to'>>;
  analyticsProject?: Resolver<Maybe<ResolversTypes['AnalyticsProject']>, ParentType, ContextType, RequireFields<QueryAnalyticsProjectArgs, 'id'>>;
  analyticsProjects?: Resolver<Maybe<ResolversTypes['AnalyticsProjectConnection']>, ParentType, ContextType, Partial<QueryAnalyticsProjectsArgs>>;
  analyticsUniqueUsers?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType, RequireFields<QueryAnalyticsUniqueUsersArgs, 'from' | 'projectId' | 'to'>>;
}>;

export type UserErrorResolvers<ContextType = AnalyticsContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = AnalyticsContext> = ResolversObject<{
  AnalyticsDailyCount?: AnalyticsDailyCountResolvers<ContextType>;
  AnalyticsDailyCountConnection?: AnalyticsDailyCountConnectionResolvers<ContextType>;
  AnalyticsDailyCountEdge?: AnalyticsDailyCountEdgeResolvers<ContextType>;
  AnalyticsEvent?: AnalyticsEventResolvers<ContextType>;
  AnalyticsEventConnection?: AnalyticsEventConnectionResolvers<ContextType>;
  AnalyticsEventEdge?: AnalyticsEventEdgeResolvers<ContextType>;
  AnalyticsFunnelStep?: AnalyticsFunnelStepResolvers<ContextType>;
  AnalyticsProject?: AnalyticsProjectResolvers<ContextType>;
  AnalyticsProjectConnection?: AnalyticsProjectConnectionResolvers<ContextType>;
  AnalyticsProjectEdge?: AnalyticsProjectEdgeResolvers<ContextType>;
  AnalyticsProjectPayload?: AnalyticsProjectPayloadResolvers<ContextType>;
  CaptureAnalyticsEventsPayload?: CaptureAnalyticsEventsPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteAnalyticsProjectPayload?: DeleteAnalyticsProjectPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = AnalyticsContext> = ResolversObject<{
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
}>;
