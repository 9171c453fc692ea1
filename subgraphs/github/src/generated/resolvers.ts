import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ActivityEvent } from '../events';
import type { Repository } from '../client';
import type { EventConnection, RepositoryConnection } from '../service';
import type { GitHubContext } from '../context';
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

/** One public event of a GitHub user, with a sentence a person reads. */
export type GitHubEvent = {
  __typename?: 'GitHubEvent';
  /** Who did it (GitHub login). */
  actor: Scalars['String']['output'];
  /** When it happened. */
  createdAt: Scalars['DateTime']['output'];
  /** GitHub's id of the event. */
  id: Scalars['ID']['output'];
  /** What kind of event it is. */
  kind: GitHubEventKind;
  /** The repository, `owner/name`. */
  repo: Scalars['String']['output'];
  /** What happened, e.g. "Pushed 3 commits to owner/repo" or "Starred owner/repo". */
  sentence: Scalars['String']['output'];
  /** GitHub's own type name, e.g. `PushEvent`. */
  type: Scalars['String']['output'];
};

/** A page of a user's recent public events, newest first. */
export type GitHubEventConnection = {
  __typename?: 'GitHubEventConnection';
  /** The events of this page. */
  edges: Array<GitHubEventEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** True when GitHub could not be asked and this is an earlier answer. */
  stale: Scalars['Boolean']['output'];
  /** How many of the user's recent events (GitHub's last 100) match the filter. */
  totalCount: Scalars['Int']['output'];
};

/** One event in a page of events. */
export type GitHubEventEdge = {
  __typename?: 'GitHubEventEdge';
  /** Opaque position of this event in the list. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: GitHubEvent;
};

/** What kind of thing a GitHub event records. */
export type GitHubEventKind =
  /** A repository, branch or tag created. */
  | 'CREATE'
  /** A branch or tag deleted. */
  | 'DELETE'
  /** A repository forked. */
  | 'FORK'
  /** An issue opened, closed or reopened. */
  | 'ISSUES'
  /** A comment on an issue or pull request. */
  | 'ISSUE_COMMENT'
  /** A collaborator added. */
  | 'MEMBER'
  /** Any other event type. */
  | 'OTHER'
  /** A repository made public. */
  | 'PUBLIC'
  /** A pull request opened, closed or merged. */
  | 'PULL_REQUEST'
  /** A pull request reviewed or commented in review. */
  | 'PULL_REQUEST_REVIEW'
  /** Commits pushed to a branch. */
  | 'PUSH'
  /** A release published. */
  | 'RELEASE'
  /** A repository starred. */
  | 'WATCH';

/** GitHub's rate limit for this service, as GitHub last reported it. */
export type GitHubRateLimit = {
  __typename?: 'GitHubRateLimit';
  /** Requests allowed per hour (60 without a token, 5,000 with one). */
  limit: Scalars['Int']['output'];
  /** Requests left in this hour. */
  remaining: Scalars['Int']['output'];
  /** When the count starts over. */
  resetAt: Scalars['DateTime']['output'];
  /** Requests used in this hour. */
  used: Scalars['Int']['output'];
};

/** A GitHub repository as the search API describes it. */
export type GitHubRepository = {
  __typename?: 'GitHubRepository';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Its description, if any. */
  description?: Maybe<Scalars['String']['output']>;
  /** Forks. */
  forks: Scalars['Int']['output'];
  /** `owner/name`. */
  fullName: Scalars['String']['output'];
  /** Its main language, if GitHub knows it. */
  language?: Maybe<Scalars['String']['output']>;
  /** Stars. */
  stars: Scalars['Int']['output'];
  /** Its page on GitHub. */
  url: Scalars['String']['output'];
};

/** A page of trending repositories, most stars first. */
export type GitHubRepositoryConnection = {
  __typename?: 'GitHubRepositoryConnection';
  /** The repositories of this page. */
  edges: Array<GitHubRepositoryEdge>;
  /** How many repositories GitHub counts for the search in all. */
  matching: Scalars['Int']['output'];
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** True when GitHub could not be asked and this is an earlier answer. */
  stale: Scalars['Boolean']['output'];
  /** How many repositories were fetched for this period and language (at most `limit`). */
  totalCount: Scalars['Int']['output'];
};

/** One repository in a page of repositories. */
export type GitHubRepositoryEdge = {
  __typename?: 'GitHubRepositoryEdge';
  /** Opaque position of this repository in the list. */
  cursor: Scalars['String']['output'];
  /** The repository. */
  node: GitHubRepository;
};

/** How calls to GitHub are going (the breaker of the kit's outbound client). */
export type GitHubServiceStatus = {
  __typename?: 'GitHubServiceStatus';
  /** The breaker: `closed` (calls go out), `open` (refused without calling), `half_open` (one trial call). */
  breaker: Scalars['String']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  /** When the last failure happened, and why (`timeout`, `server_error`, ...). */
  lastErrorAt?: Maybe<Scalars['DateTime']['output']>;
  /** Times the breaker opened since start. */
  opens: Scalars['Int']['output'];
  /** What GitHub last said of the rate limit; null before the first call. */
  rateLimit?: Maybe<GitHubRateLimit>;
  /** Calls and failures in the breaker's rolling window. */
  windowCalls: Scalars['Int']['output'];
  windowFailures: Scalars['Int']['output'];
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
  /**
   * A GitHub user's recent public activity, newest first, optionally of some kinds only. NOT_FOUND for
   * an unknown user; SERVICE_UNAVAILABLE or RATE_LIMITED when GitHub cannot answer (a stale answer is
   * served instead when there is one).
   */
  githubActivity?: Maybe<GitHubEventConnection>;
  /** How calls to GitHub are going, and its rate limit. */
  githubStatus?: Maybe<GitHubServiceStatus>;
  /**
   * The most-starred repositories created within `period`, optionally in one language (e.g.
   * `TypeScript`); `limit` repositories at most (1 to 100).
   */
  githubTrending?: Maybe<GitHubRepositoryConnection>;
};


export type QueryGithubActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<GitHubEventKind>>;
  user: Scalars['String']['input'];
};


export type QueryGithubTrendingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<TrendingPeriod>;
};

/** A window of time for trending repositories: created within it. */
export type TrendingPeriod =
  /** The last day. */
  | 'DAY'
  /** The last 30 days. */
  | 'MONTH'
  /** The last 7 days. */
  | 'WEEK'
  /** The last 365 days. */
  | 'YEAR';

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





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ErrorCode: ErrorCode;
  GitHubEvent: ResolverTypeWrapper<ActivityEvent>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  GitHubEventConnection: ResolverTypeWrapper<EventConnection>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  GitHubEventEdge: ResolverTypeWrapper<Omit<GitHubEventEdge, 'node'> & { node: ResolversTypes['GitHubEvent'] }>;
  GitHubEventKind: GitHubEventKind;
  GitHubRateLimit: ResolverTypeWrapper<GitHubRateLimit>;
  GitHubRepository: ResolverTypeWrapper<Repository>;
  GitHubRepositoryConnection: ResolverTypeWrapper<RepositoryConnection>;
  GitHubRepositoryEdge: ResolverTypeWrapper<Omit<GitHubRepositoryEdge, 'node'> & { node: ResolversTypes['GitHubRepository'] }>;
  GitHubServiceStatus: ResolverTypeWrapper<GitHubServiceStatus>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TrendingPeriod: TrendingPeriod;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  GitHubEvent: ActivityEvent;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  GitHubEventConnection: EventConnection;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  GitHubEventEdge: Omit<GitHubEventEdge, 'node'> & { node: ResolversParentTypes['GitHubEvent'] };
  GitHubRateLimit: GitHubRateLimit;
  GitHubRepository: Repository;
  GitHubRepositoryConnection: RepositoryConnection;
  GitHubRepositoryEdge: Omit<GitHubRepositoryEdge, 'node'> & { node: ResolversParentTypes['GitHubRepository'] };
  GitHubServiceStatus: GitHubServiceStatus;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  UserError: UserError;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type GitHubEventResolvers<ContextType = GitHubContext, ParentType extends ResolversParentTypes['GitHubEvent'] = ResolversParentTypes['GitHubEvent']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['GitHubEventKind'], ParentType, ContextType>;
  repo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GitHubEventConnectionResolvers<ContextType = GitHubContext, ParentType extends ResolversParentTypes['GitHubEventConnection'] = ResolversParentTypes['GitHubEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GitHubEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GitHubEventEdgeResolvers<ContextType = GitHubContext, ParentType extends ResolversParentTypes['GitHubEventEdge'] = ResolversParentTypes['GitHubEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GitHubEvent'], ParentType, ContextType>;
}>;

export type GitHubRateLimitResolvers<ContextType = GitHubContext, ParentType extends ResolversParentTypes['GitHubRateLimit'] = ResolversParentTypes['GitHubRateLimit']> = ResolversObject<{
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resetAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  used?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GitHubRepositoryResolvers<ContextType = GitHubContext, ParentType extends ResolversParentTypes['GitHubRepository'] = ResolversParentTypes['GitHubRepository']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  forks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stars?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GitHubRepositoryConnectionResolvers<ContextType = GitHubContext, ParentType extends ResolversParentTypes['GitHubRepositoryConnection'] = ResolversParentTypes['GitHubRepositoryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GitHubRepositoryEdge']>, ParentType, ContextType>;
  matching?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GitHubRepositoryEdgeResolvers<ContextType = GitHubContext, ParentType extends ResolversParentTypes['GitHubRepositoryEdge'] = ResolversParentTypes['GitHubRepositoryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GitHubRepository'], ParentType, ContextType>;
}>;

export type GitHubServiceStatusResolvers<ContextType = GitHubContext, ParentType extends ResolversParentTypes['GitHubServiceStatus'] = ResolversParentTypes['GitHubServiceStatus']> = ResolversObject<{
  breaker?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastErrorAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rateLimit?: Resolver<Maybe<ResolversTypes['GitHubRateLimit']>, ParentType, ContextType>;
  windowCalls?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  windowFailures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = GitHubContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GitHubContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  githubActivity?: Resolver<Maybe<ResolversTypes['GitHubEventConnection']>, ParentType, ContextType, RequireFields<QueryGithubActivityArgs, 'first' | 'user'>>;
  githubStatus?: Resolver<Maybe<ResolversTypes['GitHubServiceStatus']>, ParentType, ContextType>;
  githubTrending?: Resolver<Maybe<ResolversTypes['GitHubRepositoryConnection']>, ParentType, ContextType, RequireFields<QueryGithubTrendingArgs, 'limit' | 'period'>>;
}>;

export type UserErrorResolvers<ContextType = GitHubContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GitHubContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  GitHubEvent?: GitHubEventResolvers<ContextType>;
  GitHubEventConnection?: GitHubEventConnectionResolvers<ContextType>;
  GitHubEventEdge?: GitHubEventEdgeResolvers<ContextType>;
  GitHubRateLimit?: GitHubRateLimitResolvers<ContextType>;
  GitHubRepository?: GitHubRepositoryResolvers<ContextType>;
  GitHubRepositoryConnection?: GitHubRepositoryConnectionResolvers<ContextType>;
  GitHubRepositoryEdge?: GitHubRepositoryEdgeResolvers<ContextType>;
  GitHubServiceStatus?: GitHubServiceStatusResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

