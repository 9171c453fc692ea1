import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MovieData, Rating } from '../client';
import type { MoviePageConnection } from '../service';
import type { MoviesContext } from '../context';
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

/** A movie. Other subgraphs (bookings, later) reference it by id and add fields of their own. */
export type Movie = {
  __typename?: 'Movie';
  /** A backdrop image (w1280), if TMDB has one. */
  backdropUrl?: Maybe<Scalars['String']['output']>;
  /** Genres (from the details). */
  genres: Array<Scalars['String']['output']>;
  /** TMDB's id of the movie. */
  id: Scalars['ID']['output'];
  /** IMDb's id, if TMDB knows it. */
  imdbId?: Maybe<Scalars['String']['output']>;
  /** A short summary. */
  overview: Scalars['String']['output'];
  /** A poster image (w500), if TMDB has one. */
  posterUrl?: Maybe<Scalars['String']['output']>;
  /** Ratings from OMDb (IMDb, Rotten Tomatoes, Metacritic); empty when OMDb is not configured. */
  ratings: Array<MovieRating>;
  /** First release, `YYYY-MM-DD`, if known. */
  releaseDate?: Maybe<Scalars['String']['output']>;
  /** Length in minutes (from the details; null when unknown). */
  runtimeMinutes?: Maybe<Scalars['Int']['output']>;
  /** Its title. */
  title: Scalars['String']['output'];
  /** TMDB's average vote, 0 to 10. */
  voteAverage: Scalars['Float']['output'];
  /** How many votes that average is of. */
  voteCount: Scalars['Int']['output'];
};

/** A page of movies (TMDB pages of 20). */
export type MovieConnection = {
  __typename?: 'MovieConnection';
  /** The movies of this page. */
  edges: Array<MovieEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** True when TMDB could not be asked and this is an earlier answer. */
  stale: Scalars['Boolean']['output'];
  /** How many movies the list or search has in all, as TMDB counts them. */
  totalCount: Scalars['Int']['output'];
};

/** One movie in a page of movies. */
export type MovieEdge = {
  __typename?: 'MovieEdge';
  /** Opaque position of this movie in the list. */
  cursor: Scalars['String']['output'];
  /** The movie. */
  node: Movie;
};

/** A TMDB movie list. */
export type MovieList =
  /** In cinemas now. */
  | 'NOW_PLAYING'
  /** Popular today. */
  | 'POPULAR'
  /** Best rated of all time. */
  | 'TOP_RATED'
  /** Coming soon. */
  | 'UPCOMING';

/** How calls to a movie data provider are going. */
export type MovieProviderStatus = {
  __typename?: 'MovieProviderStatus';
  /** The breaker: closed, open or half_open. */
  breaker: Scalars['String']['output'];
  /** The last failure's reason, if any. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** TMDB or OMDb. */
  name: Scalars['String']['output'];
  /** Times the breaker opened since start. */
  opens: Scalars['Int']['output'];
};

/** A rating of a movie by one source. */
export type MovieRating = {
  __typename?: 'MovieRating';
  /** Who rates, e.g. "Internet Movie Database". */
  source: Scalars['String']['output'];
  /** The rating as the source writes it, e.g. "8.8/10" or "87%". */
  value: Scalars['String']['output'];
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
  /** One movie with details; null and NOT_FOUND when TMDB has no such id. */
  movie?: Maybe<Movie>;
  /** How calls to TMDB (and OMDb) are going. */
  movieProviders?: Maybe<Array<MovieProviderStatus>>;
  /** One page of a TMDB list (`after` is the cursor of the previous page's end). */
  movies?: Maybe<MovieConnection>;
  /**
   * Movies whose title matches `text` (1 to 100 characters). Each search that misses the caches costs
   * a TMDB call, so a caller gets 30 per minute (a token bucket: a burst of 30, then one per 2 s).
   */
  searchMovies?: Maybe<MovieConnection>;
};


export type QueryMovieArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMoviesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  list: MovieList;
};


export type QuerySearchMoviesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
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
  Movie: Movie;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Movie:
    ( { __typename: 'Movie' }
    & GraphQLRecursivePick<FederationTypes['Movie'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ErrorCode: ErrorCode;
  Movie: ResolverTypeWrapper<MovieData>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  MovieConnection: ResolverTypeWrapper<MoviePageConnection>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  MovieEdge: ResolverTypeWrapper<Omit<MovieEdge, 'node'> & { node: ResolversTypes['Movie'] }>;
  MovieList: MovieList;
  MovieProviderStatus: ResolverTypeWrapper<MovieProviderStatus>;
  MovieRating: ResolverTypeWrapper<Rating>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UserError: ResolverTypeWrapper<UserError>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  Movie: MovieData;
  ID: Scalars['ID']['output'];
  Float: Scalars['Float']['output'];
  MovieConnection: MoviePageConnection;
  Boolean: Scalars['Boolean']['output'];
  MovieEdge: Omit<MovieEdge, 'node'> & { node: ResolversParentTypes['Movie'] };
  MovieProviderStatus: MovieProviderStatus;
  MovieRating: Rating;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  UserError: UserError;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
}>;

export type RateLimitDirectiveArgs = {
  algorithm?: Maybe<Scalars['String']['input']>;
  limit: Scalars['Int']['input'];
  windowSeconds: Scalars['Int']['input'];
};

export type RateLimitDirectiveResolver<Result, Parent, ContextType = MoviesContext, Args = RateLimitDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MovieResolvers<ContextType = MoviesContext, ParentType extends ResolversParentTypes['Movie'] = ResolversParentTypes['Movie'], FederationReferenceType extends FederationReferenceTypes['Movie'] = FederationReferenceTypes['Movie']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Movie']> | FederationReferenceType, FederationReferenceType, ContextType>;
  backdropUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  genres?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imdbId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  overview?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  posterUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ratings?: Resolver<Array<ResolversTypes['MovieRating']>, ParentType, ContextType>;
  releaseDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  runtimeMinutes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  voteAverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  voteCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MovieConnectionResolvers<ContextType = MoviesContext, ParentType extends ResolversParentTypes['MovieConnection'] = ResolversParentTypes['MovieConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MovieEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  stale?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MovieEdgeResolvers<ContextType = MoviesContext, ParentType extends ResolversParentTypes['MovieEdge'] = ResolversParentTypes['MovieEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Movie'], ParentType, ContextType>;
}>;

export type MovieProviderStatusResolvers<ContextType = MoviesContext, ParentType extends ResolversParentTypes['MovieProviderStatus'] = ResolversParentTypes['MovieProviderStatus']> = ResolversObject<{
  breaker?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opens?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MovieRatingResolvers<ContextType = MoviesContext, ParentType extends ResolversParentTypes['MovieRating'] = ResolversParentTypes['MovieRating']> = ResolversObject<{
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = MoviesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = MoviesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  movie?: Resolver<Maybe<ResolversTypes['Movie']>, ParentType, ContextType, RequireFields<QueryMovieArgs, 'id'>>;
  movieProviders?: Resolver<Maybe<Array<ResolversTypes['MovieProviderStatus']>>, ParentType, ContextType>;
  movies?: Resolver<Maybe<ResolversTypes['MovieConnection']>, ParentType, ContextType, RequireFields<QueryMoviesArgs, 'list'>>;
  searchMovies?: Resolver<Maybe<ResolversTypes['MovieConnection']>, ParentType, ContextType, RequireFields<QuerySearchMoviesArgs, 'text'>>;
}>;

export type UserErrorResolvers<ContextType = MoviesContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = MoviesContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  Movie?: MovieResolvers<ContextType>;
  MovieConnection?: MovieConnectionResolvers<ContextType>;
  MovieEdge?: MovieEdgeResolvers<ContextType>;
  MovieProviderStatus?: MovieProviderStatusResolvers<ContextType>;
  MovieRating?: MovieRatingResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = MoviesContext> = ResolversObject<{
  rateLimit?: RateLimitDirectiveResolver<any, any, ContextType>;
}>;
