import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PostRow, PostCommentRow } from '../entities';
import type { UserRef, PublishingContext } from '../context';
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

/** A comment to write. */
export type AddPostCommentInput = {
  /** A post the viewer may see. */
  postId: Scalars['ID']['input'];
  /** 1 to 2,000 characters. */
  text: Scalars['String']['input'];
};

/** A new post. */
export type CreatePostInput = {
  /** Up to 50 characters. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Other authors besides the signed-in user (user ids, at most 9). */
  coAuthorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Markdown, up to 200,000 characters. */
  content: Scalars['String']['input'];
  /** Up to 500 characters; derived from the content when omitted. */
  excerpt?: InputMaybe<Scalars['String']['input']>;
  /** For SCHEDULED: when to publish (in the future). For PUBLISHED: the publication time (default now). */
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Lower-case letters, digits and single hyphens, up to 80 characters; made from the title when omitted. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** DRAFT (the default), PUBLISHED or SCHEDULED. */
  status?: InputMaybe<PostStatus>;
  /** At most 20 tags, each 1 to 40 letters, digits, spaces, _ or -. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1 to 200 characters. */
  title: Scalars['String']['input'];
};

/** The result of deleting a post. */
export type DeletePostPayload = {
  __typename?: 'DeletePostPayload';
  /** The id of the post deleted, or null when `errors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
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
  /** Comments on a post the viewer may see; moderated on writing (held comments wait for a moderator). */
  addPostComment?: Maybe<PostCommentPayload>;
  /** Writes a post with the signed-in user as its first author. */
  createPost?: Maybe<PostPayload>;
  /** Deletes a post and its old slugs; its first author and admins only. */
  deletePost?: Maybe<DeletePostPayload>;
  /** Changes a post; its authors and admins only. */
  updatePost?: Maybe<PostPayload>;
};


export type MutationAddPostCommentArgs = {
  input: AddPostCommentInput;
};


export type MutationCreatePostArgs = {
  input: CreatePostInput;
};


export type MutationDeletePostArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdatePostArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePostInput;
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

/** A blog post. */
export type Post = {
  __typename?: 'Post';
  /** The first author. Null, with an error, when identity cannot be reached. */
  author?: Maybe<User>;
  /** Every author, the first one first. Null, with an error, when identity cannot be reached. */
  authors?: Maybe<Array<User>>;
  /** The category (free text, up to 50 characters), or null. */
  category?: Maybe<Scalars['String']['output']>;
  /** The body, in Markdown (up to 200,000 characters). */
  content: Scalars['String']['output'];
  /** The content rendered to HTML and sanitised (no script, event handler or `javascript:` URL survives). */
  contentHtml: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** A short summary: the author's own, or the start of the content as plain text. */
  excerpt: Scalars['String']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Path of its public page on the router host, e.g. `/blog/<authorId>/<slug>`. */
  path: Scalars['String']['output'];
  /** When it was (or will be) published; null for a draft. */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The post's address part, unique per (first) author; kept when the title changes. Old slugs redirect to it. */
  slug: Scalars['String']['output'];
  /** DRAFT, PUBLISHED or SCHEDULED. */
  status: PostStatus;
  /** Lower-case tags, at most 20. */
  tags: Array<Scalars['String']['output']>;
  /** 1 to 200 characters. */
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** A reader's comment on a post. */
export type PostComment = {
  __typename?: 'PostComment';
  /** The commenter. Null, with an error, when identity cannot be reached. */
  author?: Maybe<User>;
  /** The commenter's id. */
  authorId: Scalars['ID']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Where moderation has it; HELD and REMOVED comments are seen by their author only. */
  moderationStatus: PublishingModerationStatus;
  /** The post it comments on. */
  postId: Scalars['ID']['output'];
  /** 1 to 2,000 characters, as written (plain text). */
  text: Scalars['String']['output'];
};

/** A page of comments. */
export type PostCommentConnection = {
  __typename?: 'PostCommentConnection';
  /** The comments of this page. */
  edges: Array<PostCommentEdge>;
  /** Where this page is. */
  pageInfo: PageInfo;
  /** How many comments the viewer may see. */
  totalCount: Scalars['Int']['output'];
};

/** One comment in a page of comments. */
export type PostCommentEdge = {
  __typename?: 'PostCommentEdge';
  /** Opaque cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The comment. */
  node: PostComment;
};

/** The result of writing a comment. */
export type PostCommentPayload = {
  __typename?: 'PostCommentPayload';
  /** The comment (check `moderationStatus`: a HELD one waits for a moderator), or null when `errors` is not empty. */
  comment?: Maybe<PostComment>;
  /** What was wrong with the input; nothing was written when there is any. */
  errors: Array<UserError>;
};

/** A page of posts. */
export type PostConnection = {
  __typename?: 'PostConnection';
  edges: Array<PostEdge>;
  pageInfo: PageInfo;
  /** How many posts match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One post in a page of posts. */
export type PostEdge = {
  __typename?: 'PostEdge';
  cursor: Scalars['String']['output'];
  node: Post;
};

/** Which posts to list; every field narrows the list further. */
export type PostFilter = {
  /** Posts that this user wrote (as any of their authors). */
  authorId?: InputMaybe<Scalars['ID']['input']>;
  /** Posts in this category (case-insensitive). */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Published at or after this instant. */
  publishedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Published before this instant. */
  publishedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Words that must all start a word of the title, content, category or tags (1 to 100 characters). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Posts in this status; readers who are not an author see PUBLISHED posts only. */
  status?: InputMaybe<PostStatus>;
  /** Posts carrying this tag. */
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** How to sort posts. */
export type PostOrder = {
  direction: PostOrderDirection;
  field: PostOrderField;
};

/** Sort direction. */
export type PostOrderDirection =
  | 'ASC'
  | 'DESC';

/** What to sort posts by. */
export type PostOrderField =
  | 'CREATED_AT'
  /** Publication time (creation time for drafts); the default, newest first. */
  | 'PUBLISHED_AT'
  | 'TITLE'
  | 'UPDATED_AT';

/** The result of creating or changing a post. */
export type PostPayload = {
  __typename?: 'PostPayload';
  /** What was wrong with the input; nothing was written when there is any. */
  errors: Array<UserError>;
  /** The post, or null when `errors` is not empty. */
  post?: Maybe<Post>;
};

/** Where a post is in its life. */
export type PostStatus =
  /** Only its authors (and admins) see it. */
  | 'DRAFT'
  /** Everyone sees it, from `publishedAt` on. */
  | 'PUBLISHED'
  /** Publishes itself at `publishedAt` (once, whatever the number of replicas); until then a draft to readers. */
  | 'SCHEDULED';

/** What moderation did with a comment (the kit's classifier on writing, then a moderator's decision). */
export type PublishingModerationStatus =
  /** Visible and queued for review. */
  | 'FLAGGED'
  /** Seen by its author only until a moderator approves it. */
  | 'HELD'
  /** Visible to everyone who may see the post. */
  | 'PUBLISHED'
  /** Removed by a moderator: seen by its author only (who may appeal). */
  | 'REMOVED';

export type Query = {
  __typename?: 'Query';
  /** A post by id, when the viewer may see it (published, or the viewer is an author or an admin). */
  post?: Maybe<Post>;
  /** A post by its author and slug; an old slug finds the post too (its `slug` is then the current one). */
  postBySlug?: Maybe<Post>;
  /** The comments on a post the viewer may see, oldest first: published and flagged ones, and the viewer's own. */
  postComments?: Maybe<PostCommentConnection>;
  /** Posts the viewer may see that match `filter`, newest first unless `orderBy` says otherwise. */
  posts?: Maybe<PostConnection>;
};


export type QueryPostArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPostBySlugArgs = {
  authorId: Scalars['ID']['input'];
  slug: Scalars['String']['input'];
};


export type QueryPostCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  postId: Scalars['ID']['input'];
};


export type QueryPostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PostFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<PostOrder>;
};

/** Changes to a post; omitted fields stay as they are. */
export type UpdatePostInput = {
  /** Null removes the category. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the other authors (the first author stays first). */
  coAuthorIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  content?: InputMaybe<Scalars['String']['input']>;
  /** Null goes back to the excerpt derived from the content. */
  excerpt?: InputMaybe<Scalars['String']['input']>;
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A new slug; the old one keeps redirecting to this post. */
  slug?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<PostStatus>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A user, as publishing knows them: the posts they wrote. */
export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
  /** The user's posts the viewer may see, newest first. */
  posts?: Maybe<PostConnection>;
};


/** A user, as publishing knows them: the posts they wrote. */
export type UserPostsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PostFilter>;
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
  Post: Post;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Post:
    ( { __typename: 'Post' }
    & GraphQLRecursivePick<FederationTypes['Post'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddPostCommentInput: AddPostCommentInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CreatePostInput: CreatePostInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeletePostPayload: ResolverTypeWrapper<DeletePostPayload>;
  ErrorCode: ErrorCode;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Post: ResolverTypeWrapper<PostRow>;
  PostComment: ResolverTypeWrapper<PostCommentRow>;
  PostCommentConnection: ResolverTypeWrapper<Omit<PostCommentConnection, 'edges'> & { edges: Array<ResolversTypes['PostCommentEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  PostCommentEdge: ResolverTypeWrapper<Omit<PostCommentEdge, 'node'> & { node: ResolversTypes['PostComment'] }>;
  PostCommentPayload: ResolverTypeWrapper<Omit<PostCommentPayload, 'comment'> & { comment?: Maybe<ResolversTypes['PostComment']> }>;
  PostConnection: ResolverTypeWrapper<Omit<PostConnection, 'edges'> & { edges: Array<ResolversTypes['PostEdge']> }>;
  PostEdge: ResolverTypeWrapper<Omit<PostEdge, 'node'> & { node: ResolversTypes['Post'] }>;
  PostFilter: PostFilter;
  PostOrder: PostOrder;
  PostOrderDirection: PostOrderDirection;
  PostOrderField: PostOrderField;
  PostPayload: ResolverTypeWrapper<Omit<PostPayload, 'post'> & { post?: Maybe<ResolversTypes['Post']> }>;
  PostStatus: PostStatus;
  PublishingModerationStatus: PublishingModerationStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdatePostInput: UpdatePostInput;
  User: ResolverTypeWrapper<UserRef>;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddPostCommentInput: AddPostCommentInput;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  CreatePostInput: CreatePostInput;
  DateTime: Scalars['DateTime']['output'];
  DeletePostPayload: DeletePostPayload;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Post: PostRow;
  PostComment: PostCommentRow;
  PostCommentConnection: Omit<PostCommentConnection, 'edges'> & { edges: Array<ResolversParentTypes['PostCommentEdge']> };
  Int: Scalars['Int']['output'];
  PostCommentEdge: Omit<PostCommentEdge, 'node'> & { node: ResolversParentTypes['PostComment'] };
  PostCommentPayload: Omit<PostCommentPayload, 'comment'> & { comment?: Maybe<ResolversParentTypes['PostComment']> };
  PostConnection: Omit<PostConnection, 'edges'> & { edges: Array<ResolversParentTypes['PostEdge']> };
  PostEdge: Omit<PostEdge, 'node'> & { node: ResolversParentTypes['Post'] };
  PostFilter: PostFilter;
  PostOrder: PostOrder;
  PostPayload: Omit<PostPayload, 'post'> & { post?: Maybe<ResolversParentTypes['Post']> };
  Query: Record<PropertyKey, never>;
  UpdatePostInput: UpdatePostInput;
  User: UserRef;
  UserError: UserError;
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = PublishingContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeletePostPayloadResolvers<ContextType = PublishingContext, ParentType extends ResolversParentTypes['DeletePostPayload'] = ResolversParentTypes['DeletePostPayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = PublishingContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addPostComment?: Resolver<Maybe<ResolversTypes['PostCommentPayload']>, ParentType, ContextType, RequireFields<MutationAddPostCommentArgs, 'input'>>;
  createPost?: Resolver<Maybe<ResolversTypes['PostPayload']>, ParentType, ContextType, RequireFields<MutationCreatePostArgs, 'input'>>;
  deletePost?: Resolver<Maybe<ResolversTypes['DeletePostPayload']>, ParentType, ContextType, RequireFields<MutationDeletePostArgs, 'id'>>;
  updatePost?: Resolver<Maybe<ResolversTypes['PostPayload']>, ParentType, ContextType, RequireFields<MutationUpdatePostArgs, 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = PublishingContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PostResolvers<ContextType = PublishingContext, ParentType extends ResolversParentTypes['Post'] = ResolversParentTypes['Post'], FederationReferenceType extends FederationReferenceTypes['Post'] = FederationReferenceTypes['Post']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Post']> | FederationReferenceType, FederationReferenceType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  authors?: Resolver<Maybe<Array<ResolversTypes['User']>>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contentHtml?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  excerpt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['PostStatus'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type PostCommentResolvers<ContextType = PublishingContext, ParentType extends ResolversParentTypes['PostComment'] = ResolversParentTypes['PostComment']> = ResolversObject<{
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  authorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  moderationStatus?: Resolver<ResolversTypes['PublishingModerationStatus'], ParentType, ContextType>;
  postId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PostCommentConnectionResolvers<ContextType = PublishingContext, ParentType extends ResolversParentTypes['PostCommentConnection'] = ResolversParentTypes['PostCommentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PostCommentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PostCommentEdgeResolvers<ContextType = PublishingContext, ParentType extends ResolversParentTypes['PostCommentEdge'] = ResolversParentTypes['PostCommentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PostComment'], ParentType, ContextType>;
}>;

export type PostCommentPayloadResolvers<ContextType = PublishingContext, ParentType extends ResolversParentTypes['PostCommentPayload'] = ResolversParentTypes['PostCommentPayload']> = ResolversObject<{
  comment?: Resolver<Maybe<ResolversTypes['PostComment']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type PostConnectionResolvers<ContextType = PublishingContext, ParentType extends ResolversParentTypes['PostConnection'] = ResolversParentTypes['PostConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PostEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PostEdgeResolvers<ContextType = PublishingContext, ParentType extends ResolversParentTypes['PostEdge'] = ResolversParentTypes['PostEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Post'], ParentType, ContextType>;
}>;

export type PostPayloadResolvers<ContextType = PublishingContext, ParentType extends ResolversParentTypes['PostPayload'] = ResolversParentTypes['PostPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  post?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = PublishingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  post?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType, RequireFields<QueryPostArgs, 'id'>>;
  postBySlug?: Resolver<Maybe<ResolversTypes['Post']>, ParentType, ContextType, RequireFields<QueryPostBySlugArgs, 'authorId' | 'slug'>>;
  postComments?: Resolver<Maybe<ResolversTypes['PostCommentConnection']>, ParentType, ContextType, RequireFields<QueryPostCommentsArgs, 'first' | 'postId'>>;
  posts?: Resolver<Maybe<ResolversTypes['PostConnection']>, ParentType, ContextType, RequireFields<QueryPostsArgs, 'first'>>;
}>;

export type UserResolvers<ContextType = PublishingContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  posts?: Resolver<Maybe<ResolversTypes['PostConnection']>, ParentType, ContextType, RequireFields<UserPostsArgs, 'first'>>;
}>;

export type UserErrorResolvers<ContextType = PublishingContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = PublishingContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  DeletePostPayload?: DeletePostPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Post?: PostResolvers<ContextType>;
  PostComment?: PostCommentResolvers<ContextType>;
  PostCommentConnection?: PostCommentConnectionResolvers<ContextType>;
  PostCommentEdge?: PostCommentEdgeResolvers<ContextType>;
  PostCommentPayload?: PostCommentPayloadResolvers<ContextType>;
  PostConnection?: PostConnectionResolvers<ContextType>;
  PostEdge?: PostEdgeResolvers<ContextType>;
  PostPayload?: PostPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = PublishingContext> = ResolversObject<{
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
}>;
