import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ShortLinkRow } from '../entities';
import type { LinkStatsData, LinksContext } from '../context';
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

/** A new short link. */
export type CreateShortLinkInput = {
  /** At most this many visits (1 to 1,000,000,000). */
  maxVisits?: InputMaybe<Scalars['Int']['input']>;
  /** A custom code: 3 to 50 letters, digits, _ or -, starting with a letter or digit, not a reserved word; a random code when omitted. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Up to 20 tags. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Where to redirect: an absolute http or https URL (at most 2048 characters), not on this service's own host. */
  target: Scalars['String']['input'];
  /** Not active before this moment. */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not active from this moment. */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
};

/** The result of deleting a short link. */
export type DeleteShortLinkPayload = {
  __typename?: 'DeleteShortLinkPayload';
  /** Id of the deleted link; null when `errors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted; empty on success. */
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

/** A visitor's device class, from the User-Agent. */
export type LinkDevice =
  /** A crawler, a link preview, a script, or no User-Agent. */
  | 'BOT'
  /** A desktop browser. */
  | 'DESKTOP'
  /** A phone. */
  | 'MOBILE'
  /** A tablet. */
  | 'TABLET';

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a short link owned by the signed-in user. */
  createShortLink?: Maybe<ShortLinkPayload>;
  /** Deletes a link and its visits; only its owner may. The short URL answers 404 from then on. */
  deleteShortLink?: Maybe<DeleteShortLinkPayload>;
  /** Changes a link; only its owner may. Redirects see the change at once on every replica. */
  updateShortLink?: Maybe<ShortLinkPayload>;
};


export type MutationCreateShortLinkArgs = {
  input: CreateShortLinkInput;
};


export type MutationDeleteShortLinkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateShortLinkArgs = {
  id: Scalars['ID']['input'];
  input: UpdateShortLinkInput;
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
  /** The signed-in user's link with this code; null when there is none (or it is someone else's). */
  shortLink?: Maybe<ShortLink>;
  /** The signed-in user's links, newest first; `tag` keeps those with that tag. */
  shortLinks?: Maybe<ShortLinkConnection>;
};


export type QueryShortLinkArgs = {
  code: Scalars['String']['input'];
};


export type QueryShortLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** A short link owned by the user who made it. */
export type ShortLink = {
  __typename?: 'ShortLink';
  /** The code after /s/ (random base62, or the custom slug). */
  code: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** After this many visits the short URL answers 410. */
  maxVisits?: Maybe<Scalars['Int']['output']>;
  /** The full short URL on the public host. */
  shortUrl: Scalars['String']['output'];
  /** Visit statistics from the recorded visits. */
  stats: ShortLinkStats;
  /** Tags, lower case. */
  tags: Array<Scalars['String']['output']>;
  /** Where the short URL redirects (http or https). */
  target: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Before this moment the short URL answers 404. */
  validFrom?: Maybe<Scalars['DateTime']['output']>;
  /** From this moment the short URL answers 410. */
  validUntil?: Maybe<Scalars['DateTime']['output']>;
  /** Visits counted so far (written in batches, so it trails the redirects by up to a second; exact for links with maxVisits). */
  visitCount: Scalars['Int']['output'];
};

/** A page of short links. */
export type ShortLinkConnection = {
  __typename?: 'ShortLinkConnection';
  /** The links of this page. */
  edges: Array<ShortLinkEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many links match, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Visits of one day (UTC). */
export type ShortLinkDayCount = {
  __typename?: 'ShortLinkDayCount';
  /** Visits by people that day. */
  count: Scalars['Int']['output'];
  /** The date, YYYY-MM-DD. */
  day: Scalars['String']['output'];
};

/** Visits from one device class. */
export type ShortLinkDeviceCount = {
  __typename?: 'ShortLinkDeviceCount';
  /** Visits from it. */
  count: Scalars['Int']['output'];
  /** The device class. */
  device: LinkDevice;
};

/** An edge of a ShortLinkConnection. */
export type ShortLinkEdge = {
  __typename?: 'ShortLinkEdge';
  /** Opaque position of this link in the list. */
  cursor: Scalars['String']['output'];
  /** The link. */
  node: ShortLink;
};

/** The result of creating or changing a short link. */
export type ShortLinkPayload = {
  __typename?: 'ShortLinkPayload';
  /** Why nothing was saved; empty on success. */
  errors: Array<UserError>;
  /** The link as saved; null when `errors` is not empty. */
  link?: Maybe<ShortLink>;
};

/** Visits from one referrer host. */
export type ShortLinkReferrerCount = {
  __typename?: 'ShortLinkReferrerCount';
  /** Visits by people from it. */
  count: Scalars['Int']['output'];
  /** The referrer's host; null for direct visits. */
  host?: Maybe<Scalars['String']['output']>;
};

/** A link's visit statistics (recorded visits; bots counted apart). */
export type ShortLinkStats = {
  __typename?: 'ShortLinkStats';
  /** Visits by bots (crawlers, link previews, scripts). */
  bots: Scalars['Int']['output'];
  /** Visits by people per day, oldest first. */
  byDay: Array<ShortLinkDayCount>;
  /** Visits per device class (BOT included), most first. */
  byDevice: Array<ShortLinkDeviceCount>;
  /** Visits by people per referrer host, most first. */
  byReferrer: Array<ShortLinkReferrerCount>;
  /** Visits by people. */
  nonBots: Scalars['Int']['output'];
  /** All recorded visits. */
  total: Scalars['Int']['output'];
};

/** Changes to a short link; omitted fields stay, null clears validFrom, validUntil and maxVisits. */
export type UpdateShortLinkInput = {
  /** At most this many visits in all (visits already counted stay counted). */
  maxVisits?: InputMaybe<Scalars['Int']['input']>;
  /** The new tags (replacing the old). */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A new target. */
  target?: InputMaybe<Scalars['String']['input']>;
  /** Not active before this moment. */
  validFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Not active from this moment. */
  validUntil?: InputMaybe<Scalars['DateTime']['input']>;
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
  ShortLink: ShortLink;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  ShortLink:
    ( { __typename: 'ShortLink' }
    & GraphQLRecursivePick<FederationTypes['ShortLink'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CreateShortLinkInput: CreateShortLinkInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteShortLinkPayload: ResolverTypeWrapper<DeleteShortLinkPayload>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ErrorCode: ErrorCode;
  LinkDevice: LinkDevice;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ShortLink: ResolverTypeWrapper<ShortLinkRow>;
  ShortLinkConnection: ResolverTypeWrapper<Omit<ShortLinkConnection, 'edges'> & { edges: Array<ResolversTypes['ShortLinkEdge']> }>;
  ShortLinkDayCount: ResolverTypeWrapper<ShortLinkDayCount>;
  ShortLinkDeviceCount: ResolverTypeWrapper<ShortLinkDeviceCount>;
  ShortLinkEdge: ResolverTypeWrapper<Omit<ShortLinkEdge, 'node'> & { node: ResolversTypes['ShortLink'] }>;
  ShortLinkPayload: ResolverTypeWrapper<Omit<ShortLinkPayload, 'link'> & { link?: Maybe<ResolversTypes['ShortLink']> }>;
  ShortLinkReferrerCount: ResolverTypeWrapper<ShortLinkReferrerCount>;
  ShortLinkStats: ResolverTypeWrapper<LinkStatsData>;
  UpdateShortLinkInput: UpdateShortLinkInput;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CreateShortLinkInput: CreateShortLinkInput;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeleteShortLinkPayload: DeleteShortLinkPayload;
  ID: Scalars['ID']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  ShortLink: ShortLinkRow;
  ShortLinkConnection: Omit<ShortLinkConnection, 'edges'> & { edges: Array<ResolversParentTypes['ShortLinkEdge']> };
  ShortLinkDayCount: ShortLinkDayCount;
  ShortLinkDeviceCount: ShortLinkDeviceCount;
  ShortLinkEdge: Omit<ShortLinkEdge, 'node'> & { node: ResolversParentTypes['ShortLink'] };
  ShortLinkPayload: Omit<ShortLinkPayload, 'link'> & { link?: Maybe<ResolversParentTypes['ShortLink']> };
  ShortLinkReferrerCount: ShortLinkReferrerCount;
  ShortLinkStats: LinkStatsData;
  UpdateShortLinkInput: UpdateShortLinkInput;
  UserError: UserError;
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = LinksContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteShortLinkPayloadResolvers<ContextType = LinksContext, ParentType extends ResolversParentTypes['DeleteShortLinkPayload'] = ResolversParentTypes['DeleteShortLinkPayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = LinksContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createShortLink?: Resolver<Maybe<ResolversTypes['ShortLinkPayload']>, ParentType, ContextType, RequireFields<MutationCreateShortLinkArgs, 'input'>>;
  deleteShortLink?: Resolver<Maybe<ResolversTypes['DeleteShortLinkPayload']>, ParentType, ContextType, RequireFields<MutationDeleteShortLinkArgs, 'id'>>;
  updateShortLink?: Resolver<Maybe<ResolversTypes['ShortLinkPayload']>, ParentType, ContextType, RequireFields<MutationUpdateShortLinkArgs, 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = LinksContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = LinksContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  shortLink?: Resolver<Maybe<ResolversTypes['ShortLink']>, ParentType, ContextType, RequireFields<QueryShortLinkArgs, 'code'>>;
  shortLinks?: Resolver<Maybe<ResolversTypes['ShortLinkConnection']>, ParentType, ContextType, RequireFields<QueryShortLinksArgs, 'first'>>;
}>;

export type ShortLinkResolvers<ContextType = LinksContext, ParentType extends ResolversParentTypes['ShortLink'] = ResolversParentTypes['ShortLink'], FederationReferenceType extends FederationReferenceTypes['ShortLink'] = FederationReferenceTypes['ShortLink']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ShortLink']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxVisits?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  shortUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['ShortLinkStats'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  visitCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ShortLinkConnectionResolvers<ContextType = LinksContext, ParentType extends ResolversParentTypes['ShortLinkConnection'] = ResolversParentTypes['ShortLinkConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ShortLinkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ShortLinkDayCountResolvers<ContextType = LinksContext, ParentType extends ResolversParentTypes['ShortLinkDayCount'] = ResolversParentTypes['ShortLinkDayCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ShortLinkDeviceCountResolvers<ContextType = LinksContext, ParentType extends ResolversParentTypes['ShortLinkDeviceCount'] = ResolversParentTypes['ShortLinkDeviceCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  device?: Resolver<ResolversTypes['LinkDevice'], ParentType, ContextType>;
}>;

export type ShortLinkEdgeResolvers<ContextType = LinksContext, ParentType extends ResolversParentTypes['ShortLinkEdge'] = ResolversParentTypes['ShortLinkEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ShortLink'], ParentType, ContextType>;
}>;

export type ShortLinkPayloadResolvers<ContextType = LinksContext, ParentType extends ResolversParentTypes['ShortLinkPayload'] = ResolversParentTypes['ShortLinkPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  link?: Resolver<Maybe<ResolversTypes['ShortLink']>, ParentType, ContextType>;
}>;

export type ShortLinkReferrerCountResolvers<ContextType = LinksContext, ParentType extends ResolversParentTypes['ShortLinkReferrerCount'] = ResolversParentTypes['ShortLinkReferrerCount']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  host?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ShortLinkStatsResolvers<ContextType = LinksContext, ParentType extends ResolversParentTypes['ShortLinkStats'] = ResolversParentTypes['ShortLinkStats']> = ResolversObject<{
  bots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  byDay?: Resolver<Array<ResolversTypes['ShortLinkDayCount']>, ParentType, ContextType>;
  byDevice?: Resolver<Array<ResolversTypes['ShortLinkDeviceCount']>, ParentType, ContextType>;
  byReferrer?: Resolver<Array<ResolversTypes['ShortLinkReferrerCount']>, ParentType, ContextType>;
  nonBots?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = LinksContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = LinksContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  DeleteShortLinkPayload?: DeleteShortLinkPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ShortLink?: ShortLinkResolvers<ContextType>;
  ShortLinkConnection?: ShortLinkConnectionResolvers<ContextType>;
  ShortLinkDayCount?: ShortLinkDayCountResolvers<ContextType>;
  ShortLinkDeviceCount?: ShortLinkDeviceCountResolvers<ContextType>;
  ShortLinkEdge?: ShortLinkEdgeResolvers<ContextType>;
  ShortLinkPayload?: ShortLinkPayloadResolvers<ContextType>;
  ShortLinkReferrerCount?: ShortLinkReferrerCountResolvers<ContextType>;
  ShortLinkStats?: ShortLinkStatsResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = LinksContext> = ResolversObject<{
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
}>;
