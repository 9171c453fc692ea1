import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SocialPostRow } from '../entities';
import type { ProfileView, UserEdgeView, UserConnectionView } from '../service';
import type { UserRef, SocialContext } from '../context';
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

/** What createSocialPost takes. */
export type CreateSocialPostInput = {
  /** At most four media references, each 1 to 300 characters (a media id or an https URL). */
  mediaRefs?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Users to mention (at most 10); each is notified unless they block you. */
  mentionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The post to reply to. */
  replyToId?: InputMaybe<Scalars['ID']['input']>;
  /** 1 to 500 characters. */
  text: Scalars['String']['input'];
};

/** The answer of deleteSocialPost. */
export type DeleteSocialPostPayload = {
  __typename?: 'DeleteSocialPostPayload';
  /** The deleted post's id. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** What went wrong, per field. */
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
  /** Blocks a user: ends follows both ways and hides each from the other on every read. */
  block?: Maybe<SocialRelationPayload>;
  /** Posts (or replies); followers get it in their home timeline, the replied-to author and mentioned users are notified. */
  createSocialPost?: Maybe<SocialPostPayload>;
  /** Deletes one of your posts; it leaves every timeline on the next read. */
  deleteSocialPost?: Maybe<DeleteSocialPostPayload>;
  /** Follows a user (idempotent); they are notified. Refused when either blocks the other. */
  follow?: Maybe<SocialRelationPayload>;
  /** Likes a post (idempotent); its author is notified. */
  likePost?: Maybe<SocialPostPayload>;
  /** Mutes a user: their posts leave your timelines and reply lists; they are not told. */
  mute?: Maybe<SocialRelationPayload>;
  /** Reposts a post to your followers (once per post); answers the repost. */
  repost?: Maybe<SocialPostPayload>;
  /** Lifts a block. */
  unblock?: Maybe<SocialRelationPayload>;
  /** Takes back your repost of a post (idempotent); answers the original. */
  undoRepost?: Maybe<SocialPostPayload>;
  /** Stops following a user (idempotent). */
  unfollow?: Maybe<SocialRelationPayload>;
  /** Takes back a like (idempotent). */
  unlikePost?: Maybe<SocialPostPayload>;
  /** Lifts a mute. */
  unmute?: Maybe<SocialRelationPayload>;
};


export type MutationBlockArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationCreateSocialPostArgs = {
  input: CreateSocialPostInput;
};


export type MutationDeleteSocialPostArgs = {
  id: Scalars['ID']['input'];
};


export type MutationFollowArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationLikePostArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMuteArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRepostArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnblockArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationUndoRepostArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnfollowArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationUnlikePostArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnmuteArgs = {
  userId: Scalars['ID']['input'];
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
  /** The users the signed-in user blocks. */
  blockedUsers?: Maybe<SocialUserConnection>;
  /** Who follows a user, newest first. */
  followers?: Maybe<SocialUserConnection>;
  /** Whom a user follows, newest first. */
  following?: Maybe<SocialUserConnection>;
  /** The signed-in user's home timeline: posts of the accounts they follow and their own, without blocked or muted authors. */
  homeTimeline?: Maybe<SocialPostConnection>;
  /** The users the signed-in user mutes. */
  mutedUsers?: Maybe<SocialUserConnection>;
  /** The replies to a post, oldest first, without authors the viewer blocks or mutes. */
  replies?: Maybe<SocialPostConnection>;
  /** One post, when the viewer may see it. */
  socialPost?: Maybe<SocialPost>;
  /** A user's counts and the viewer's relation to them. */
  socialProfile?: Maybe<SocialProfile>;
  /** A user's posts and reposts (not replies), newest first; empty when either blocks the other. */
  userPosts?: Maybe<SocialPostConnection>;
};


export type QueryBlockedUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFollowersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  userId: Scalars['ID']['input'];
};


export type QueryFollowingArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  userId: Scalars['ID']['input'];
};


export type QueryHomeTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  view?: InputMaybe<TimelineView>;
};


export type QueryMutedUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRepliesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  postId: Scalars['ID']['input'];
};


export type QuerySocialPostArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySocialProfileArgs = {
  userId: Scalars['ID']['input'];
};


export type QueryUserPostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  userId: Scalars['ID']['input'];
};

/** What moderation did with a post (the kit's classifier on writing, then a moderator's decision). */
export type SocialModerationStatus =
  /** Visible to everyone and queued for review. */
  | 'FLAGGED'
  /** Seen by its author only until a moderator approves it. */
  | 'HELD'
  /** Visible to everyone. */
  | 'PUBLISHED'
  /** Removed by a moderator: seen by its author only (who may appeal). */
  | 'REMOVED';

/** A short post, a reply or a repost. */
export type SocialPost = {
  __typename?: 'SocialPost';
  /** Who wrote (or reposted) it. Null, with an error, when identity cannot be reached. */
  author?: Maybe<User>;
  /** The author's id. */
  authorId: Scalars['ID']['output'];
  /** When it was posted. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** How many users like it. */
  likeCount: Scalars['Int']['output'];
  /** Whether the viewer likes it (false when signed out). */
  likedByViewer: Scalars['Boolean']['output'];
  /** Up to four media references (media subgraph ids or https URLs). */
  mediaRefs: Array<Scalars['String']['output']>;
  /** Users mentioned in it. Null, with an error, when identity cannot be reached. */
  mentions?: Maybe<Array<User>>;
  /**
   * Where moderation has it: HELD and REMOVED posts are seen by their author only (with this status), FLAGGED
   * ones by everyone while a moderator reviews them.
   */
  moderationStatus: SocialModerationStatus;
  /** How many replies it has. */
  replyCount: Scalars['Int']['output'];
  /** The post this replies to, when the viewer may see it. */
  replyTo?: Maybe<SocialPost>;
  /** How many times it was reposted. */
  repostCount: Scalars['Int']['output'];
  /** The reposted post, when the viewer may see it. */
  repostOf?: Maybe<SocialPost>;
  /** 1 to 500 characters; empty for a repost. */
  text: Scalars['String']['output'];
};

/** A page of posts. */
export type SocialPostConnection = {
  __typename?: 'SocialPostConnection';
  /** The posts of this page. */
  edges: Array<SocialPostEdge>;
  /** Relay paging. */
  pageInfo: PageInfo;
  /** How many posts the list holds (for a home timeline: the entries in the window read). */
  totalCount: Scalars['Int']['output'];
};

/** One post in a page of posts. */
export type SocialPostEdge = {
  __typename?: 'SocialPostEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The post. */
  node: SocialPost;
};

/** The answer of a mutation on a post. */
export type SocialPostPayload = {
  __typename?: 'SocialPostPayload';
  /** What went wrong, per field. */
  errors: Array<UserError>;
  /** The post, when it worked. */
  post?: Maybe<SocialPost>;
};

/** A user's counts and the viewer's relation to them. */
export type SocialProfile = {
  __typename?: 'SocialProfile';
  /** Whether the viewer blocks them. */
  blockedByViewer: Scalars['Boolean']['output'];
  /** Whether the viewer follows them. */
  followedByViewer: Scalars['Boolean']['output'];
  /** How many users follow them. */
  followerCount: Scalars['Int']['output'];
  /** How many users they follow. */
  followingCount: Scalars['Int']['output'];
  /** Whether the viewer mutes them. */
  mutedByViewer: Scalars['Boolean']['output'];
  /** The user. */
  user?: Maybe<User>;
  /** The user's id. */
  userId: Scalars['ID']['output'];
};

/** The answer of a mutation on a relation between two users. */
export type SocialRelationPayload = {
  __typename?: 'SocialRelationPayload';
  /** What went wrong, per field. */
  errors: Array<UserError>;
  /** The other user's profile, when it worked. */
  profile?: Maybe<SocialProfile>;
};

/** A page of users. */
export type SocialUserConnection = {
  __typename?: 'SocialUserConnection';
  /** The users of this page. */
  edges: Array<SocialUserEdge>;
  /** Relay paging. */
  pageInfo: PageInfo;
  /** How many users the list holds. */
  totalCount: Scalars['Int']['output'];
};

/** One user in a list of users (followers, following, blocked, muted). */
export type SocialUserEdge = {
  __typename?: 'SocialUserEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The user. Null, with an error, when identity cannot be reached. */
  node?: Maybe<User>;
  /** When the relation began. */
  since: Scalars['DateTime']['output'];
  /** The user's id. */
  userId: Scalars['ID']['output'];
};

/** How the home timeline is ordered. */
export type TimelineView =
  /** Newest first. */
  | 'CHRONOLOGICAL'
  /** The recent window (latest 200 entries) ordered by engagement over age; paging is by position. */
  | 'RANKED';

/** A user, as social points at them (identity resolves the rest). */
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
  SocialPost: SocialPost;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  SocialPost:
    ( { __typename: 'SocialPost' }
    & GraphQLRecursivePick<FederationTypes['SocialPost'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CreateSocialPostInput: CreateSocialPostInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteSocialPostPayload: ResolverTypeWrapper<DeleteSocialPostPayload>;
  ErrorCode: ErrorCode;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  SocialModerationStatus: SocialModerationStatus;
  SocialPost: ResolverTypeWrapper<SocialPostRow>;
  SocialPostConnection: ResolverTypeWrapper<Omit<SocialPostConnection, 'edges'> & { edges: Array<ResolversTypes['SocialPostEdge']> }>;
  SocialPostEdge: ResolverTypeWrapper<Omit<SocialPostEdge, 'node'> & { node: ResolversTypes['SocialPost'] }>;
  SocialPostPayload: ResolverTypeWrapper<Omit<SocialPostPayload, 'post'> & { post?: Maybe<ResolversTypes['SocialPost']> }>;
  SocialProfile: ResolverTypeWrapper<ProfileView>;
  SocialRelationPayload: ResolverTypeWrapper<Omit<SocialRelationPayload, 'profile'> & { profile?: Maybe<ResolversTypes['SocialProfile']> }>;
  SocialUserConnection: ResolverTypeWrapper<UserConnectionView>;
  SocialUserEdge: ResolverTypeWrapper<UserEdgeView>;
  TimelineView: TimelineView;
  User: ResolverTypeWrapper<UserRef>;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CreateSocialPostInput: CreateSocialPostInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeleteSocialPostPayload: DeleteSocialPostPayload;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  SocialPost: SocialPostRow;
  SocialPostConnection: Omit<SocialPostConnection, 'edges'> & { edges: Array<ResolversParentTypes['SocialPostEdge']> };
  SocialPostEdge: Omit<SocialPostEdge, 'node'> & { node: ResolversParentTypes['SocialPost'] };
  SocialPostPayload: Omit<SocialPostPayload, 'post'> & { post?: Maybe<ResolversParentTypes['SocialPost']> };
  SocialProfile: ProfileView;
  SocialRelationPayload: Omit<SocialRelationPayload, 'profile'> & { profile?: Maybe<ResolversParentTypes['SocialProfile']> };
  SocialUserConnection: UserConnectionView;
  SocialUserEdge: UserEdgeView;
  User: UserRef;
  UserError: UserError;
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = SocialContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteSocialPostPayloadResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['DeleteSocialPostPayload'] = ResolversParentTypes['DeleteSocialPostPayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  block?: Resolver<Maybe<ResolversTypes['SocialRelationPayload']>, ParentType, ContextType, RequireFields<MutationBlockArgs, 'userId'>>;
  createSocialPost?: Resolver<Maybe<ResolversTypes['SocialPostPayload']>, ParentType, ContextType, RequireFields<MutationCreateSocialPostArgs, 'input'>>;
  deleteSocialPost?: Resolver<Maybe<ResolversTypes['DeleteSocialPostPayload']>, ParentType, ContextType, RequireFields<MutationDeleteSocialPostArgs, 'id'>>;
  follow?: Resolver<Maybe<ResolversTypes['SocialRelationPayload']>, ParentType, ContextType, RequireFields<MutationFollowArgs, 'userId'>>;
  likePost?: Resolver<Maybe<ResolversTypes['SocialPostPayload']>, ParentType, ContextType, RequireFields<MutationLikePostArgs, 'id'>>;
  mute?: Resolver<Maybe<ResolversTypes['SocialRelationPayload']>, ParentType, ContextType, RequireFields<MutationMuteArgs, 'userId'>>;
  repost?: Resolver<Maybe<ResolversTypes['SocialPostPayload']>, ParentType, ContextType, RequireFields<MutationRepostArgs, 'id'>>;
  unblock?: Resolver<Maybe<ResolversTypes['SocialRelationPayload']>, ParentType, ContextType, RequireFields<MutationUnblockArgs, 'userId'>>;
  undoRepost?: Resolver<Maybe<ResolversTypes['SocialPostPayload']>, ParentType, ContextType, RequireFields<MutationUndoRepostArgs, 'id'>>;
  unfollow?: Resolver<Maybe<ResolversTypes['SocialRelationPayload']>, ParentType, ContextType, RequireFields<MutationUnfollowArgs, 'userId'>>;
  unlikePost?: Resolver<Maybe<ResolversTypes['SocialPostPayload']>, ParentType, ContextType, RequireFields<MutationUnlikePostArgs, 'id'>>;
  unmute?: Resolver<Maybe<ResolversTypes['SocialRelationPayload']>, ParentType, ContextType, RequireFields<MutationUnmuteArgs, 'userId'>>;
}>;

export type PageInfoResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  blockedUsers?: Resolver<Maybe<ResolversTypes['SocialUserConnection']>, ParentType, ContextType, Partial<QueryBlockedUsersArgs>>;
  followers?: Resolver<Maybe<ResolversTypes['SocialUserConnection']>, ParentType, ContextType, RequireFields<QueryFollowersArgs, 'userId'>>;
  following?: Resolver<Maybe<ResolversTypes['SocialUserConnection']>, ParentType, ContextType, RequireFields<QueryFollowingArgs, 'userId'>>;
  homeTimeline?: Resolver<Maybe<ResolversTypes['SocialPostConnection']>, ParentType, ContextType, RequireFields<QueryHomeTimelineArgs, 'view'>>;
  mutedUsers?: Resolver<Maybe<ResolversTypes['SocialUserConnection']>, ParentType, ContextType, Partial<QueryMutedUsersArgs>>;
  replies?: Resolver<Maybe<ResolversTypes['SocialPostConnection']>, ParentType, ContextType, RequireFields<QueryRepliesArgs, 'postId'>>;
  socialPost?: Resolver<Maybe<ResolversTypes['SocialPost']>, ParentType, ContextType, RequireFields<QuerySocialPostArgs, 'id'>>;
  socialProfile?: Resolver<Maybe<ResolversTypes['SocialProfile']>, ParentType, ContextType, RequireFields<QuerySocialProfileArgs, 'userId'>>;
  userPosts?: Resolver<Maybe<ResolversTypes['SocialPostConnection']>, ParentType, ContextType, RequireFields<QueryUserPostsArgs, 'userId'>>;
}>;

export type SocialPostResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['SocialPost'] = ResolversParentTypes['SocialPost'], FederationReferenceType extends FederationReferenceTypes['SocialPost'] = FederationReferenceTypes['SocialPost']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SocialPost']> | FederationReferenceType, FederationReferenceType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  authorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  likeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  likedByViewer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mediaRefs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  mentions?: Resolver<Maybe<Array<ResolversTypes['User']>>, ParentType, ContextType>;
  moderationStatus?: Resolver<ResolversTypes['SocialModerationStatus'], ParentType, ContextType>;
  replyCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replyTo?: Resolver<Maybe<ResolversTypes['SocialPost']>, ParentType, ContextType>;
  repostCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  repostOf?: Resolver<Maybe<ResolversTypes['SocialPost']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SocialPostConnectionResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['SocialPostConnection'] = ResolversParentTypes['SocialPostConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SocialPostEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SocialPostEdgeResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['SocialPostEdge'] = ResolversParentTypes['SocialPostEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SocialPost'], ParentType, ContextType>;
}>;

export type SocialPostPayloadResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['SocialPostPayload'] = ResolversParentTypes['SocialPostPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  post?: Resolver<Maybe<ResolversTypes['SocialPost']>, ParentType, ContextType>;
}>;

export type SocialProfileResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['SocialProfile'] = ResolversParentTypes['SocialProfile']> = ResolversObject<{
  blockedByViewer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  followedByViewer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  followerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  followingCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mutedByViewer?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type SocialRelationPayloadResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['SocialRelationPayload'] = ResolversParentTypes['SocialRelationPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  profile?: Resolver<Maybe<ResolversTypes['SocialProfile']>, ParentType, ContextType>;
}>;

export type SocialUserConnectionResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['SocialUserConnection'] = ResolversParentTypes['SocialUserConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SocialUserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SocialUserEdgeResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['SocialUserEdge'] = ResolversParentTypes['SocialUserEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  since?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  userId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = SocialContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SocialContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  DeleteSocialPostPayload?: DeleteSocialPostPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SocialPost?: SocialPostResolvers<ContextType>;
  SocialPostConnection?: SocialPostConnectionResolvers<ContextType>;
  SocialPostEdge?: SocialPostEdgeResolvers<ContextType>;
  SocialPostPayload?: SocialPostPayloadResolvers<ContextType>;
  SocialProfile?: SocialProfileResolvers<ContextType>;
  SocialRelationPayload?: SocialRelationPayloadResolvers<ContextType>;
  SocialUserConnection?: SocialUserConnectionResolvers<ContextType>;
  SocialUserEdge?: SocialUserEdgeResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = SocialContext> = ResolversObject<{
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
}>;
