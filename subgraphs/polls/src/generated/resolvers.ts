import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PollRow, PollOptionRow, VoteRow } from '../entities';
import type { PollResultsView, OptionTotalView } from '../service';
import type { UserRef, PollsContext } from '../context';
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

/** A new poll. */
export type CreatePollInput = {
  /** Hide who voted for what from everyone, the creator included. Defaults to false (named). */
  anonymous?: InputMaybe<Scalars['Boolean']['input']>;
  /** Close the poll by itself at this moment; must be in the future. */
  closesAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** 2 to 20 answers, each 1 to 100 characters (trimmed), no two the same ignoring case. */
  options: Array<Scalars['String']['input']>;
  /** 1 to 300 characters (trimmed). */
  question: Scalars['String']['input'];
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
  /** Votes for one option of an open poll. One vote per user per poll: a second one is a CONFLICT (use `changeVote`). */
  castVote?: Maybe<VotePayload>;
  /** Moves the signed-in user's existing vote to another option while the poll is open. */
  changeVote?: Maybe<VotePayload>;
  /** Closes an open poll now; only its creator may (FORBIDDEN otherwise). Closing a closed poll is a CONFLICT. */
  closePoll?: Maybe<PollPayload>;
  /** Creates a poll asked by the signed-in user. */
  createPoll?: Maybe<PollPayload>;
};


export type MutationCastVoteArgs = {
  optionId: Scalars['ID']['input'];
  pollId: Scalars['ID']['input'];
};


export type MutationChangeVoteArgs = {
  optionId: Scalars['ID']['input'];
  pollId: Scalars['ID']['input'];
};


export type MutationClosePollArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreatePollArgs = {
  input: CreatePollInput;
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

/** A question with 2 to 20 answers, one vote per signed-in user (catalogue #31). */
export type Poll = {
  __typename?: 'Poll';
  /** True when nobody, not even the creator, can see who voted for what. Named polls show their votes to the creator. */
  anonymous: Scalars['Boolean']['output'];
  /** How it closed; null while open. */
  closeReason?: Maybe<PollCloseReason>;
  /** When the poll closed (for a scheduled close, its `closesAt`); null while open. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When the poll closes by itself, if it was scheduled to. */
  closesAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who asked; only they may close the poll. */
  createdBy?: Maybe<User>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The option the signed-in user voted for; null when they have not voted or nobody is signed in. Your own vote is shown to you even in an anonymous poll. */
  myVote?: Maybe<PollOption>;
  /** The answers, in the order the creator gave them. */
  options: Array<PollOption>;
  /** The question, 1 to 300 characters. */
  question: Scalars['String']['output'];
  /** Current totals per option, counted from the votes at the moment of the request. */
  results: PollResults;
  /** OPEN or CLOSED; reads CLOSED as soon as `closesAt` has passed. */
  status: PollStatus;
  /** Who voted for what, oldest first. Only for named polls, and only their creator may read it (FORBIDDEN otherwise). */
  votes: PollVoteConnection;
};


/** A question with 2 to 20 answers, one vote per signed-in user (catalogue #31). */
export type PollVotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How a poll came to be closed. */
export type PollCloseReason =
  /** Its creator closed it with `closePoll`. */
  | 'MANUAL'
  /** Its `closesAt` passed. */
  | 'SCHEDULED';

/** A page of polls. */
export type PollConnection = {
  __typename?: 'PollConnection';
  /** The polls of this page. */
  edges: Array<PollEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many polls match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One poll in a page of polls. */
export type PollEdge = {
  __typename?: 'PollEdge';
  /** Opaque position of this poll in the list. */
  cursor: Scalars['String']['output'];
  /** The poll. */
  node: Poll;
};

/** One answer a poll offers. */
export type PollOption = {
  __typename?: 'PollOption';
  /** Stable, opaque identifier; pass it to `castVote`. */
  id: Scalars['ID']['output'];
  /** The answer's text, 1 to 100 characters. */
  label: Scalars['String']['output'];
  /** Place of the option in the poll, from 0, in the order the creator gave. */
  position: Scalars['Int']['output'];
};

/** The votes one option has. */
export type PollOptionTotal = {
  __typename?: 'PollOptionTotal';
  /** The option. */
  option: PollOption;
  /** Its share of all votes in percent, rounded to one decimal place; 0 when nobody has voted. */
  percentage: Scalars['Float']['output'];
  /** Votes for it. */
  votes: Scalars['Int']['output'];
};

/** The result of creating or closing a poll. */
export type PollPayload = {
  __typename?: 'PollPayload';
  /** Why the change was not made; empty on success. */
  errors: Array<UserError>;
  /** The poll as saved; null when `errors` is not empty. */
  poll?: Maybe<Poll>;
};

/** A poll's totals at one moment. */
export type PollResults = {
  __typename?: 'PollResults';
  /** When these totals were counted. */
  countedAt: Scalars['DateTime']['output'];
  /** The poll counted. */
  poll: Poll;
  /** All votes cast. */
  totalVotes: Scalars['Int']['output'];
  /** One entry per option, in the poll's option order, including options with no votes. */
  totals: Array<PollOptionTotal>;
};

/** Which polls `polls` lists. */
export type PollScope =
  /** Polls the signed-in user created, open or closed (needs a signed-in user). */
  | 'MINE'
  /** Everyone's polls that still take votes. */
  | 'OPEN';

/** Whether a poll still takes votes. */
export type PollStatus =
  /** No more votes: closed by its creator, or its `closesAt` has passed. */
  | 'CLOSED'
  /** Votes are accepted. */
  | 'OPEN';

/** One vote of a named poll, as its creator sees it. */
export type PollVote = {
  __typename?: 'PollVote';
  /** When they last changed their vote; equal to `votedAt` when they never did. */
  changedAt: Scalars['DateTime']['output'];
  /** What they chose (their latest choice, when they changed their vote). */
  option: PollOption;
  /** When they first voted. */
  votedAt: Scalars['DateTime']['output'];
  /** Who voted. */
  voter?: Maybe<User>;
};

/** A page of a poll's votes. */
export type PollVoteConnection = {
  __typename?: 'PollVoteConnection';
  /** The votes of this page. */
  edges: Array<PollVoteEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many votes the poll has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One vote in a page of votes. */
export type PollVoteEdge = {
  __typename?: 'PollVoteEdge';
  /** Opaque position of this vote in the list. */
  cursor: Scalars['String']['output'];
  /** The vote. */
  node: PollVote;
};

export type Query = {
  __typename?: 'Query';
  /** A poll by id; anyone may read a poll and its totals. Null when there is no such poll. */
  poll?: Maybe<Poll>;
  /** Polls, newest first: the signed-in user's own (MINE) or everyone's open ones (OPEN). */
  polls?: Maybe<PollConnection>;
};


export type QueryPollArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPollsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  scope?: InputMaybe<PollScope>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** A poll's totals: first the current ones, then new ones after every vote and when the poll closes. Ends after delivering the closed poll's final totals. */
  pollResultsChanged?: Maybe<PollResults>;
};


export type SubscriptionPollResultsChangedArgs = {
  pollId: Scalars['ID']['input'];
};

/** A person with a Hubgraph account; identity owns it, polls only points at it. */
export type User = {
  __typename?: 'User';
  /** Stable, opaque identifier. */
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

/** The result of casting or changing a vote. */
export type VotePayload = {
  __typename?: 'VotePayload';
  /** Why the vote was not counted (CONFLICT: already voted, or the poll is closed); empty on success. */
  errors: Array<UserError>;
  /** The option now chosen; null when `errors` is not empty. */
  option?: Maybe<PollOption>;
  /** The poll voted in (select `results` for the new totals); null when `errors` is not empty. */
  poll?: Maybe<Poll>;
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
  Poll: Poll;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Poll:
    ( { __typename: 'Poll' }
    & GraphQLRecursivePick<FederationTypes['Poll'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CreatePollInput: CreatePollInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ErrorCode: ErrorCode;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Poll: ResolverTypeWrapper<PollRow>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PollCloseReason: PollCloseReason;
  PollConnection: ResolverTypeWrapper<Omit<PollConnection, 'edges'> & { edges: Array<ResolversTypes['PollEdge']> }>;
  PollEdge: ResolverTypeWrapper<Omit<PollEdge, 'node'> & { node: ResolversTypes['Poll'] }>;
  PollOption: ResolverTypeWrapper<PollOptionRow>;
  PollOptionTotal: ResolverTypeWrapper<OptionTotalView>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  PollPayload: ResolverTypeWrapper<Omit<PollPayload, 'poll'> & { poll?: Maybe<ResolversTypes['Poll']> }>;
  PollResults: ResolverTypeWrapper<PollResultsView>;
  PollScope: PollScope;
  PollStatus: PollStatus;
  PollVote: ResolverTypeWrapper<VoteRow>;
  PollVoteConnection: ResolverTypeWrapper<Omit<PollVoteConnection, 'edges'> & { edges: Array<ResolversTypes['PollVoteEdge']> }>;
  PollVoteEdge: ResolverTypeWrapper<Omit<PollVoteEdge, 'node'> & { node: ResolversTypes['PollVote'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  User: ResolverTypeWrapper<UserRef>;
  UserError: ResolverTypeWrapper<UserError>;
  VotePayload: ResolverTypeWrapper<Omit<VotePayload, 'option' | 'poll'> & { option?: Maybe<ResolversTypes['PollOption']>, poll?: Maybe<ResolversTypes['Poll']> }>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CreatePollInput: CreatePollInput;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  DateTime: Scalars['DateTime']['output'];
  Mutation: Record<PropertyKey, never>;
  ID: Scalars['ID']['output'];
  PageInfo: PageInfo;
  Poll: PollRow;
  Int: Scalars['Int']['output'];
  PollConnection: Omit<PollConnection, 'edges'> & { edges: Array<ResolversParentTypes['PollEdge']> };
  PollEdge: Omit<PollEdge, 'node'> & { node: ResolversParentTypes['Poll'] };
  PollOption: PollOptionRow;
  PollOptionTotal: OptionTotalView;
  Float: Scalars['Float']['output'];
  PollPayload: Omit<PollPayload, 'poll'> & { poll?: Maybe<ResolversParentTypes['Poll']> };
  PollResults: PollResultsView;
  PollVote: VoteRow;
  PollVoteConnection: Omit<PollVoteConnection, 'edges'> & { edges: Array<ResolversParentTypes['PollVoteEdge']> };
  PollVoteEdge: Omit<PollVoteEdge, 'node'> & { node: ResolversParentTypes['PollVote'] };
  Query: Record<PropertyKey, never>;
  Subscription: Record<PropertyKey, never>;
  User: UserRef;
  UserError: UserError;
  VotePayload: Omit<VotePayload, 'option' | 'poll'> & { option?: Maybe<ResolversParentTypes['PollOption']>, poll?: Maybe<ResolversParentTypes['Poll']> };
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = PollsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  castVote?: Resolver<Maybe<ResolversTypes['VotePayload']>, ParentType, ContextType, RequireFields<MutationCastVoteArgs, 'optionId' | 'pollId'>>;
  changeVote?: Resolver<Maybe<ResolversTypes['VotePayload']>, ParentType, ContextType, RequireFields<MutationChangeVoteArgs, 'optionId' | 'pollId'>>;
  closePoll?: Resolver<Maybe<ResolversTypes['PollPayload']>, ParentType, ContextType, RequireFields<MutationClosePollArgs, 'id'>>;
  createPoll?: Resolver<Maybe<ResolversTypes['PollPayload']>, ParentType, ContextType, RequireFields<MutationCreatePollArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = PollsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PollResolvers<ContextType = PollsContext, ParentType extends ResolversParentTypes['Poll'] = ResolversParentTypes['Poll'], FederationReferenceType extends FederationReferenceTypes['Poll'] = FederationReferenceTypes['Poll']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Poll']> | FederationReferenceType, FederationReferenceType, ContextType>;
  anonymous?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  closeReason?: Resolver<Maybe<ResolversTypes['PollCloseReason']>, ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  closesAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  myVote?: Resolver<Maybe<ResolversTypes['PollOption']>, ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['PollOption']>, ParentType, ContextType>;
  question?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  results?: Resolver<ResolversTypes['PollResults'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PollStatus'], ParentType, ContextType>;
  votes?: Resolver<ResolversTypes['PollVoteConnection'], ParentType, ContextType, RequireFields<PollVotesArgs, 'first'>>;
}>;

export type PollConnectionResolvers<ContextType = PollsContext, ParentType extends ResolversParentTypes['PollConnection'] = ResolversParentTypes['PollConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PollEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PollEdgeResolvers<ContextType = PollsContext, ParentType extends ResolversParentTypes['PollEdge'] = ResolversParentTypes['PollEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Poll'], ParentType, ContextType>;
}>;

export type PollOptionResolvers<ContextType = PollsContext, ParentType extends ResolversParentTypes['PollOption'] = ResolversParentTypes['PollOption']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PollOptionTotalResolvers<ContextType = PollsContext, ParentType extends ResolversParentTypes['PollOptionTotal'] = ResolversParentTypes['PollOptionTotal']> = ResolversObject<{
  option?: Resolver<ResolversTypes['PollOption'], ParentType, ContextType>;
  percentage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  votes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PollPayloadResolvers<ContextType = PollsContext, ParentType extends ResolversParentTypes['PollPayload'] = ResolversParentTypes['PollPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  poll?: Resolver<Maybe<ResolversTypes['Poll']>, ParentType, ContextType>;
}>;

export type PollResultsResolvers<ContextType = PollsContext, ParentType extends ResolversParentTypes['PollResults'] = ResolversParentTypes['PollResults']> = ResolversObject<{
  countedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  poll?: Resolver<ResolversTypes['Poll'], ParentType, ContextType>;
  totalVotes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totals?: Resolver<Array<ResolversTypes['PollOptionTotal']>, ParentType, ContextType>;
}>;

export type PollVoteResolvers<ContextType = PollsContext, ParentType extends ResolversParentTypes['PollVote'] = ResolversParentTypes['PollVote']> = ResolversObject<{
  changedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  option?: Resolver<ResolversTypes['PollOption'], ParentType, ContextType>;
  votedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  voter?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type PollVoteConnectionResolvers<ContextType = PollsContext, ParentType extends ResolversParentTypes['PollVoteConnection'] = ResolversParentTypes['PollVoteConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PollVoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PollVoteEdgeResolvers<ContextType = PollsContext, ParentType extends ResolversParentTypes['PollVoteEdge'] = ResolversParentTypes['PollVoteEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PollVote'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = PollsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  poll?: Resolver<Maybe<ResolversTypes['Poll']>, ParentType, ContextType, RequireFields<QueryPollArgs, 'id'>>;
  polls?: Resolver<Maybe<ResolversTypes['PollConnection']>, ParentType, ContextType, RequireFields<QueryPollsArgs, 'first' | 'scope'>>;
}>;

export type SubscriptionResolvers<ContextType = PollsContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  pollResultsChanged?: SubscriptionResolver<Maybe<ResolversTypes['PollResults']>, "pollResultsChanged", ParentType, ContextType, RequireFields<SubscriptionPollResultsChangedArgs, 'pollId'>>;
}>;

export type UserResolvers<ContextType = PollsContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = PollsContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VotePayloadResolvers<ContextType = PollsContext, ParentType extends ResolversParentTypes['VotePayload'] = ResolversParentTypes['VotePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  option?: Resolver<Maybe<ResolversTypes['PollOption']>, ParentType, ContextType>;
  poll?: Resolver<Maybe<ResolversTypes['Poll']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = PollsContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Poll?: PollResolvers<ContextType>;
  PollConnection?: PollConnectionResolvers<ContextType>;
  PollEdge?: PollEdgeResolvers<ContextType>;
  PollOption?: PollOptionResolvers<ContextType>;
  PollOptionTotal?: PollOptionTotalResolvers<ContextType>;
  PollPayload?: PollPayloadResolvers<ContextType>;
  PollResults?: PollResultsResolvers<ContextType>;
  PollVote?: PollVoteResolvers<ContextType>;
  PollVoteConnection?: PollVoteConnectionResolvers<ContextType>;
  PollVoteEdge?: PollVoteEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  VotePayload?: VotePayloadResolvers<ContextType>;
}>;

