import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ModerationCaseRow, ModerationReputationRow } from '../entities';
import type { UserRef, ModerationContext } from '../context';
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

/** An author's appeal against a removal. */
export type AppealModerationCaseInput = {
  /** The case (one of the signed-in user's, REMOVED). */
  caseId: Scalars['ID']['input'];
  /** Why the content should be published (1 to 1,000 characters). */
  reason: Scalars['String']['input'];
};

/** A moderator's decision. */
export type DecideModerationCaseInput = {
  /** Approve or remove. */
  action: ModerationAction;
  /** The case. */
  caseId: Scalars['ID']['input'];
  /** A note for the author and other moderators (at most 1,000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
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

/** A moderator's answer to a pending or appealed case. */
export type ModerationAction =
  /** Publish the content (on an appeal: grant it). */
  | 'APPROVE'
  /** Remove the content (on an appeal: deny it, the removal stands). */
  | 'REMOVE';

/** A piece of held or flagged content and what moderators did with it. */
export type ModerationCase = {
  __typename?: 'ModerationCase';
  /** The author's reason for appealing, once appealed. */
  appealReason?: Maybe<Scalars['String']['output']>;
  /** Whether the author has appealed (an appeal is allowed once). */
  appealed: Scalars['Boolean']['output'];
  /** The author (from identity). */
  author?: Maybe<User>;
  /** The author's id. */
  authorId: Scalars['ID']['output'];
  /** The content's id in its subgraph. */
  contentId: Scalars['ID']['output'];
  /** What kind of content it is. */
  contentType: ModerationContentType;
  /** When the case was opened. */
  createdAt: Scalars['DateTime']['output'];
  /** When a moderator last decided. */
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The last moderator's note. */
  decisionNote?: Maybe<Scalars['String']['output']>;
  /** The beginning of the text, as written. */
  excerpt: Scalars['String']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The classifier's reasons, strongest first. */
  reasons: Array<ModerationReason>;
  /** The classifier's score, 0 (clean) to 1. */
  score: Scalars['Float']['output'];
  /** Where the case stands. */
  status: ModerationCaseStatus;
  /** The classifier's verdict. */
  verdict: ModerationVerdict;
};

/** A page of cases. */
export type ModerationCaseConnection = {
  __typename?: 'ModerationCaseConnection';
  /** The cases of this page. */
  edges: Array<ModerationCaseEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** How many cases the list has. */
  totalCount: Scalars['Int']['output'];
};

/** An edge of a case list. */
export type ModerationCaseEdge = {
  __typename?: 'ModerationCaseEdge';
  /** Where this case is in the list. */
  cursor: Scalars['String']['output'];
  /** The case. */
  node: ModerationCase;
};

/** The result of a decision or an appeal. */
export type ModerationCasePayload = {
  __typename?: 'ModerationCasePayload';
  /** The case as it is now; null when errors. */
  case?: Maybe<ModerationCase>;
  /** What was wrong with the input. */
  errors: Array<UserError>;
};

/** Where a case stands. */
export type ModerationCaseStatus =
  /** The author appealed the removal: waiting for a moderator again. */
  | 'APPEALED'
  /** A moderator approved the content: it is visible. */
  | 'APPROVED'
  /** Waiting for a moderator (flagged content is visible meanwhile, held content is not). */
  | 'PENDING'
  /** A moderator removed the content: nobody but its author sees it; the author may appeal once. */
  | 'REMOVED';

/** What kind of content a case is about (which subgraph owns it). */
export type ModerationContentType =
  /** A chat message (subgraph chat). */
  | 'CHAT_MESSAGE'
  /** A comment on a published post (subgraph publishing). */
  | 'PUBLISHING_COMMENT'
  /** A social post or reply (subgraph social). */
  | 'SOCIAL_POST';

/** One reason the classifier gave. */
export type ModerationReason = {
  __typename?: 'ModerationReason';
  /** The kind of reason: SLUR, PROFANITY, SEXUAL, THREAT, SPAM, LINKS, LINK_SHORTENER, REPEATED_TEXT, ALL_CAPS, DUPLICATE, LOW_REPUTATION. */
  code: Scalars['String']['output'];
  /** What was found, normalised (the word, the phrase, the link host). */
  detail: Scalars['String']['output'];
  /** Its weight in the score, 0 to 1. */
  weight: Scalars['Float']['output'];
};

/** An author's reputation: down when moderators uphold a hold or flag, up when they overturn one. */
export type ModerationReputation = {
  __typename?: 'ModerationReputation';
  /** How many ended approved (including granted appeals). */
  overturned: Scalars['Int']['output'];
  /** From -100 to 100; 0 for an author never reviewed. It feeds the classifier's verdict on new content. */
  score: Scalars['Int']['output'];
  /** How many of the author's cases ended removed. */
  upheld: Scalars['Int']['output'];
  /** The author's id. */
  userId: Scalars['ID']['output'];
};

/** The classifier's verdict when the content was written. */
export type ModerationVerdict =
  /** Published without review. */
  | 'ALLOW'
  /** Published and queued for review. */
  | 'FLAG'
  /** Not visible to others until a moderator approves it. */
  | 'HOLD';

export type Mutation = {
  __typename?: 'Mutation';
  /** Appeals a removal of the signed-in user's content, once; the case goes back to the queue. */
  appealModerationCase?: Maybe<ModerationCasePayload>;
  /** Approves or removes a pending or appealed case; the content's subgraph publishes or removes it. Admins only. */
  decideModerationCase?: Maybe<ModerationCasePayload>;
};


export type MutationAppealModerationCaseArgs = {
  input: AppealModerationCaseInput;
};


export type MutationDecideModerationCaseArgs = {
  input: DecideModerationCaseInput;
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
  /** One case: to admins, or to its author. */
  moderationCase?: Maybe<ModerationCase>;
  /** The review queue, oldest first: pending and appealed cases, or those of one status. Admins only. */
  moderationQueue?: Maybe<ModerationCaseConnection>;
  /** An author's reputation. Admins only. */
  moderationReputation?: Maybe<ModerationReputation>;
  /** The signed-in user's cases, newest first (to follow a hold or appeal a removal). */
  myModerationCases?: Maybe<ModerationCaseConnection>;
};


export type QueryModerationCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryModerationQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ModerationCaseStatus>;
};


export type QueryModerationReputationArgs = {
  userId: Scalars['ID']['input'];
};


export type QueryMyModerationCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A user as moderation knows it: its key. */
export type User = {
  __typename?: 'User';
  /** The user's id. */
  id: Scalars['ID']['output'];
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
  ModerationCase: ModerationCase;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ModerationCase:
    ( { __typename: 'ModerationCase' }
    & GraphQLRecursivePick<FederationTypes['ModerationCase'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AppealModerationCaseInput: AppealModerationCaseInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecideModerationCaseInput: DecideModerationCaseInput;
  ErrorCode: ErrorCode;
  ModerationAction: ModerationAction;
  ModerationCase: ResolverTypeWrapper<ModerationCaseRow>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ModerationCaseConnection: ResolverTypeWrapper<Omit<ModerationCaseConnection, 'edges'> & { edges: Array<ResolversTypes['ModerationCaseEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ModerationCaseEdge: ResolverTypeWrapper<Omit<ModerationCaseEdge, 'node'> & { node: ResolversTypes['ModerationCase'] }>;
  ModerationCasePayload: ResolverTypeWrapper<Omit<ModerationCasePayload, 'case'> & { case?: Maybe<ResolversTypes['ModerationCase']> }>;
  ModerationCaseStatus: ModerationCaseStatus;
  ModerationContentType: ModerationContentType;
  ModerationReason: ResolverTypeWrapper<ModerationReason>;
  ModerationReputation: ResolverTypeWrapper<ModerationReputationRow>;
  ModerationVerdict: ModerationVerdict;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  User: ResolverTypeWrapper<UserRef>;
  UserError: ResolverTypeWrapper<UserError>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AppealModerationCaseInput: AppealModerationCaseInput;
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  DecideModerationCaseInput: DecideModerationCaseInput;
  ModerationCase: ModerationCaseRow;
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  ModerationCaseConnection: Omit<ModerationCaseConnection, 'edges'> & { edges: Array<ResolversParentTypes['ModerationCaseEdge']> };
  Int: Scalars['Int']['output'];
  ModerationCaseEdge: Omit<ModerationCaseEdge, 'node'> & { node: ResolversParentTypes['ModerationCase'] };
  ModerationCasePayload: Omit<ModerationCasePayload, 'case'> & { case?: Maybe<ResolversParentTypes['ModerationCase']> };
  ModerationReason: ModerationReason;
  ModerationReputation: ModerationReputationRow;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  User: UserRef;
  UserError: UserError;
  String: Scalars['String']['output'];
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = ModerationContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type RequiresScopesDirectiveArgs = {
  scopes: Array<Array<Scalars['String']['input']>>;
};

export type RequiresScopesDirectiveResolver<Result, Parent, ContextType = ModerationContext, Args = RequiresScopesDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ModerationCaseResolvers<ContextType = ModerationContext, ParentType extends ResolversParentTypes['ModerationCase'] = ResolversParentTypes['ModerationCase'], FederationReferenceType extends FederationReferenceTypes['ModerationCase'] = FederationReferenceTypes['ModerationCase']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ModerationCase']> | FederationReferenceType, FederationReferenceType, ContextType>;
  appealReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  appealed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  authorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  contentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  contentType?: Resolver<ResolversTypes['ModerationContentType'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  decisionNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  excerpt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['ModerationReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ModerationCaseStatus'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['ModerationVerdict'], ParentType, ContextType>;
}>;

export type ModerationCaseConnectionResolvers<ContextType = ModerationContext, ParentType extends ResolversParentTypes['ModerationCaseConnection'] = ResolversParentTypes['ModerationCaseConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ModerationCaseEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ModerationCaseEdgeResolvers<ContextType = ModerationContext, ParentType extends ResolversParentTypes['ModerationCaseEdge'] = ResolversParentTypes['ModerationCaseEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ModerationCase'], ParentType, ContextType>;
}>;

export type ModerationCasePayloadResolvers<ContextType = ModerationContext, ParentType extends ResolversParentTypes['ModerationCasePayload'] = ResolversParentTypes['ModerationCasePayload']> = ResolversObject<{
  case?: Resolver<Maybe<ResolversTypes['ModerationCase']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ModerationReasonResolvers<ContextType = ModerationContext, ParentType extends ResolversParentTypes['ModerationReason'] = ResolversParentTypes['ModerationReason']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ModerationReputationResolvers<ContextType = ModerationContext, ParentType extends ResolversParentTypes['ModerationReputation'] = ResolversParentTypes['ModerationReputation']> = ResolversObject<{
  overturned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  upheld?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ModerationContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  appealModerationCase?: Resolver<Maybe<ResolversTypes['ModerationCasePayload']>, ParentType, ContextType, RequireFields<MutationAppealModerationCaseArgs, 'input'>>;
  decideModerationCase?: Resolver<Maybe<ResolversTypes['ModerationCasePayload']>, ParentType, ContextType, RequireFields<MutationDecideModerationCaseArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = ModerationContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ModerationContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  moderationCase?: Resolver<Maybe<ResolversTypes['ModerationCase']>, ParentType, ContextType, RequireFields<QueryModerationCaseArgs, 'id'>>;
  moderationQueue?: Resolver<Maybe<ResolversTypes['ModerationCaseConnection']>, ParentType, ContextType, RequireFields<QueryModerationQueueArgs, 'first'>>;
  moderationReputation?: Resolver<Maybe<ResolversTypes['ModerationReputation']>, ParentType, ContextType, RequireFields<QueryModerationReputationArgs, 'userId'>>;
  myModerationCases?: Resolver<Maybe<ResolversTypes['ModerationCaseConnection']>, ParentType, ContextType, RequireFields<QueryMyModerationCasesArgs, 'first'>>;
}>;

export type UserResolvers<ContextType = ModerationContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = ModerationContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ModerationContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  ModerationCase?: ModerationCaseResolvers<ContextType>;
  ModerationCaseConnection?: ModerationCaseConnectionResolvers<ContextType>;
  ModerationCaseEdge?: ModerationCaseEdgeResolvers<ContextType>;
  ModerationCasePayload?: ModerationCasePayloadResolvers<ContextType>;
  ModerationReason?: ModerationReasonResolvers<ContextType>;
  ModerationReputation?: ModerationReputationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = ModerationContext> = ResolversObject<{
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
  requiresScopes?: RequiresScopesDirectiveResolver<any, any, ContextType>;
}>;
