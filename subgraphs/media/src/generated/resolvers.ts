import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ImageRow } from '../entities';
import type { UserRef, MediaContext } from '../context';
import type { UploadView } from '../service';
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

/** The result of deleting an image. */
export type DeleteImagePayload = {
  __typename?: 'DeleteImagePayload';
  /** Id of the deleted image; null when `errors` is not empty. */
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
  /** Too many requests; retry later. */
  | 'RATE_LIMITED'
  /** The operation needs a signed-in user. */
  | 'UNAUTHENTICATED';

/** An uploaded image, owned by the user who uploaded it (catalogue #23). */
export type Image = {
  __typename?: 'Image';
  /** The original's media type, e.g. `image/png`. */
  contentType: Scalars['String']['output'];
  /** When it was uploaded. */
  createdAt: Scalars['DateTime']['output'];
  /** The original's encoding. */
  format: ImageFormat;
  /** The original's height in pixels. */
  height: Scalars['Int']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Who uploaded it. Null, with an error, when identity cannot be reached. */
  owner?: Maybe<User>;
  /** The original's size in bytes. */
  size: Scalars['Int']['output'];
  /**
   * A signed URL of the image with `transform` applied (the original re-encoded when it is omitted). It
   * works without a session until `expiresAt` of the URL (see docs/API/media.md); a changed character
   * makes it 403. Relative to the API's host unless MEDIA_PUBLIC_BASE_URL is set.
   */
  url: Scalars['String']['output'];
  /** The original's width in pixels. */
  width: Scalars['Int']['output'];
};


/** An uploaded image, owned by the user who uploaded it (catalogue #23). */
export type ImageUrlArgs = {
  transform?: InputMaybe<ImageTransformInput>;
};

/** A page of the signed-in user's images, newest first. */
export type ImageConnection = {
  __typename?: 'ImageConnection';
  /** The images of this page. */
  edges: Array<ImageEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many images the user has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A rectangle cut out of the original before any resize, in the original's pixels. */
export type ImageCropInput = {
  /** Height, 1 to 4,096, within the image. */
  height: Scalars['Int']['input'];
  /** Distance from the left edge, 0 or more. */
  left: Scalars['Int']['input'];
  /** Distance from the top edge, 0 or more. */
  top: Scalars['Int']['input'];
  /** Width, 1 to 4,096, within the image. */
  width: Scalars['Int']['input'];
};

/** One image in a page of images. */
export type ImageEdge = {
  __typename?: 'ImageEdge';
  /** Opaque position of this image in the list. */
  cursor: Scalars['String']['output'];
  /** The image. */
  node: Image;
};

/** How a resized image fits the requested box (when both width and height are given). */
export type ImageFit =
  /** Fit inside the box, letterboxed to its exact size. */
  | 'CONTAIN'
  /** Fill the box, cropping what overflows (the default). */
  | 'COVER'
  /** Stretch to the box, ignoring the aspect ratio. */
  | 'FILL'
  /** Fit inside the box, keeping the aspect ratio; the result may be smaller than the box. */
  | 'INSIDE'
  /** Cover the box, keeping the aspect ratio; the result may be larger than the box. */
  | 'OUTSIDE';

/** The encoding of an image. */
export type ImageFormat =
  /** AVIF (image/avif). */
  | 'AVIF'
  /** GIF (image/gif); accepted as an upload, not written by transforms. */
  | 'GIF'
  /** JPEG (image/jpeg). */
  | 'JPEG'
  /** PNG (image/png). */
  | 'PNG'
  /** WebP (image/webp). */
  | 'WEBP';

/** What to do to an image; applied in this order: crop, rotate, flip/flop, resize, colour, watermark, encode. */
export type ImageTransformInput = {
  /** Cut this rectangle out first. */
  crop?: InputMaybe<ImageCropInput>;
  /** How to fit width × height; default COVER. */
  fit?: InputMaybe<ImageFit>;
  /** Mirror top to bottom. */
  flip?: InputMaybe<Scalars['Boolean']['input']>;
  /** Mirror left to right. */
  flop?: InputMaybe<Scalars['Boolean']['input']>;
  /** Output encoding (JPEG, PNG, WEBP or AVIF); default the original's (JPEG for a GIF). */
  format?: InputMaybe<ImageFormat>;
  /** Convert to shades of grey. */
  grayscale?: InputMaybe<Scalars['Boolean']['input']>;
  /** Target height, 1 to 4,096 pixels. */
  height?: InputMaybe<Scalars['Int']['input']>;
  /** Encoder quality 1 to 100 (JPEG, WebP, AVIF); PNG maps it onto its compression. Default 80. */
  quality?: InputMaybe<Scalars['Int']['input']>;
  /** Clockwise rotation in degrees: 0, 90, 180 or 270. */
  rotate?: InputMaybe<Scalars['Int']['input']>;
  /** A sepia tone. */
  sepia?: InputMaybe<Scalars['Boolean']['input']>;
  /** A watermark. */
  watermark?: InputMaybe<ImageWatermarkInput>;
  /** Target width, 1 to 4,096 pixels. */
  width?: InputMaybe<Scalars['Int']['input']>;
};

/** Where and how to send the bytes of a new image. */
export type ImageUpload = {
  __typename?: 'ImageUpload';
  /** When the URL stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The id the image will have once uploaded. */
  imageId: Scalars['ID']['output'];
  /** The largest body accepted, in bytes. */
  maxBytes: Scalars['Int']['output'];
  /** The HTTP method to use. */
  method: Scalars['String']['output'];
  /**
   * The signed URL to send the bytes to (`PUT`, or `POST`, with the raw image as the body). Relative to
   * the API's host unless MEDIA_PUBLIC_BASE_URL is set.
   */
  url: Scalars['String']['output'];
};

/** A mark drawn onto the image: exactly one of `text` and `imageId`. */
export type ImageWatermarkInput = {
  /** Another of your images, scaled to at most a quarter of the result's width. */
  imageId?: InputMaybe<Scalars['ID']['input']>;
  /** Opacity in percent, 1 to 100; default 50. */
  opacity?: InputMaybe<Scalars['Int']['input']>;
  /** Where it goes; default SOUTH_EAST. */
  position?: InputMaybe<WatermarkPosition>;
  /** Text, 1 to 100 characters. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Deletes one of the signed-in user's images: its row, its original and every cached derivative. */
  deleteImage?: Maybe<DeleteImagePayload>;
  /** A short-lived signed URL to upload one image to; the image exists once its bytes are accepted there. */
  requestImageUpload?: Maybe<RequestImageUploadPayload>;
};


export type MutationDeleteImageArgs = {
  id: Scalars['ID']['input'];
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
  /** One of the signed-in user's images; null when there is none with this id (or it is someone else's). */
  image?: Maybe<Image>;
  /** The signed-in user's images, newest first. */
  images?: Maybe<ImageConnection>;
};


export type QueryImageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of asking for an upload URL. */
export type RequestImageUploadPayload = {
  __typename?: 'RequestImageUploadPayload';
  /** Why no URL was given; empty on success. */
  errors: Array<UserError>;
  /** Where to send the bytes; null when `errors` is not empty. */
  upload?: Maybe<ImageUpload>;
};

/** A user, as the media subgraph points at them. */
export type User = {
  __typename?: 'User';
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

/** Where a watermark is placed. */
export type WatermarkPosition =
  | 'CENTER'
  | 'NORTH_EAST'
  | 'NORTH_WEST'
  | 'SOUTH_EAST'
  | 'SOUTH_WEST';

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
  Image: Image;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Image:
    ( { __typename: 'Image' }
    & GraphQLRecursivePick<FederationTypes['Image'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteImagePayload: ResolverTypeWrapper<DeleteImagePayload>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ErrorCode: ErrorCode;
  Image: ResolverTypeWrapper<ImageRow>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ImageConnection: ResolverTypeWrapper<Omit<ImageConnection, 'edges'> & { edges: Array<ResolversTypes['ImageEdge']> }>;
  ImageCropInput: ImageCropInput;
  ImageEdge: ResolverTypeWrapper<Omit<ImageEdge, 'node'> & { node: ResolversTypes['Image'] }>;
  ImageFit: ImageFit;
  ImageFormat: ImageFormat;
  ImageTransformInput: ImageTransformInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ImageUpload: ResolverTypeWrapper<UploadView>;
  ImageWatermarkInput: ImageWatermarkInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RequestImageUploadPayload: ResolverTypeWrapper<Omit<RequestImageUploadPayload, 'upload'> & { upload?: Maybe<ResolversTypes['ImageUpload']> }>;
  User: ResolverTypeWrapper<UserRef>;
  UserError: ResolverTypeWrapper<UserError>;
  WatermarkPosition: WatermarkPosition;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  DateTime: Scalars['DateTime']['output'];
  DeleteImagePayload: DeleteImagePayload;
  ID: Scalars['ID']['output'];
  Image: ImageRow;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  ImageConnection: Omit<ImageConnection, 'edges'> & { edges: Array<ResolversParentTypes['ImageEdge']> };
  ImageCropInput: ImageCropInput;
  ImageEdge: Omit<ImageEdge, 'node'> & { node: ResolversParentTypes['Image'] };
  ImageTransformInput: ImageTransformInput;
  Boolean: Scalars['Boolean']['output'];
  ImageUpload: UploadView;
  ImageWatermarkInput: ImageWatermarkInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RequestImageUploadPayload: Omit<RequestImageUploadPayload, 'upload'> & { upload?: Maybe<ResolversParentTypes['ImageUpload']> };
  User: UserRef;
  UserError: UserError;
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = MediaContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteImagePayloadResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['DeleteImagePayload'] = ResolversParentTypes['DeleteImagePayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type ImageResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['Image'] = ResolversParentTypes['Image'], FederationReferenceType extends FederationReferenceTypes['Image'] = FederationReferenceTypes['Image']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Image']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ImageFormat'], ParentType, ContextType>;
  height?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<ImageUrlArgs>>;
  width?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImageConnectionResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['ImageConnection'] = ResolversParentTypes['ImageConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ImageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImageEdgeResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['ImageEdge'] = ResolversParentTypes['ImageEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Image'], ParentType, ContextType>;
}>;

export type ImageUploadResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['ImageUpload'] = ResolversParentTypes['ImageUpload']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  imageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  deleteImage?: Resolver<Maybe<ResolversTypes['DeleteImagePayload']>, ParentType, ContextType, RequireFields<MutationDeleteImageArgs, 'id'>>;
  requestImageUpload?: Resolver<Maybe<ResolversTypes['RequestImageUploadPayload']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  image?: Resolver<Maybe<ResolversTypes['Image']>, ParentType, ContextType, RequireFields<QueryImageArgs, 'id'>>;
  images?: Resolver<Maybe<ResolversTypes['ImageConnection']>, ParentType, ContextType, RequireFields<QueryImagesArgs, 'first'>>;
}>;

export type RequestImageUploadPayloadResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['RequestImageUploadPayload'] = ResolversParentTypes['RequestImageUploadPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  upload?: Resolver<Maybe<ResolversTypes['ImageUpload']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = MediaContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  DeleteImagePayload?: DeleteImagePayloadResolvers<ContextType>;
  Image?: ImageResolvers<ContextType>;
  ImageConnection?: ImageConnectionResolvers<ContextType>;
  ImageEdge?: ImageEdgeResolvers<ContextType>;
  ImageUpload?: ImageUploadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RequestImageUploadPayload?: RequestImageUploadPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = MediaContext> = ResolversObject<{
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
}>;
