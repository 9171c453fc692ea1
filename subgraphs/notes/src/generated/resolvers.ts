import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { NoteRow, NoteRevisionRow, NoteAttachmentRow } from '../entities';
import type { GrammarResult } from '../grammar';
import type { UserRef, NotesContext } from '../context';
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

/** A new note saved as text. */
export type CreateNoteInput = {
  /** Markdown, at most 1 MB of UTF-8 (may be empty). */
  body: Scalars['String']['input'];
  /** At most 20 tags. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1 to 200 characters. */
  title: Scalars['String']['input'];
};

/** The result of deleting an attachment. */
export type DeleteNoteAttachmentPayload = {
  __typename?: 'DeleteNoteAttachmentPayload';
  /** Id of the deleted attachment; null when `errors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Why it was not deleted; empty on success. */
  errors: Array<UserError>;
};

/** The result of deleting a note. */
export type DeleteNotePayload = {
  __typename?: 'DeleteNotePayload';
  /** Id of the deleted note; null when `errors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Why it was not deleted; empty on success. */
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

/** The result of a grammar and spelling check. */
export type GrammarCheck = {
  __typename?: 'GrammarCheck';
  /** Which checker answered: `offline` (built in, English) or `languagetool`. */
  checker: Scalars['String']['output'];
  /** The language the text was checked as. */
  language: Scalars['String']['output'];
  /** The problems found, in text order (at most 500). */
  matches: Array<GrammarMatch>;
};

/** One problem found by a grammar or spelling check. */
export type GrammarMatch = {
  __typename?: 'GrammarMatch';
  /** How long it is, in UTF-16 code units. */
  length: Scalars['Int']['output'];
  /** What is wrong, in words. */
  message: Scalars['String']['output'];
  /** Where it starts in the text, in UTF-16 code units (JavaScript string indices). */
  offset: Scalars['Int']['output'];
  /** Suggested replacements for the flagged text, best first (may be empty; an empty string means delete it). */
  replacements: Array<Scalars['String']['output']>;
  /** The id of the rule that found it (e.g. SPELLING, PASSIVE_VOICE, or LanguageTool's rule ids). */
  rule: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Saves a new note as text for the signed-in user (revision 1). */
  createNote?: Maybe<NotePayload>;
  /** Deletes a note, its revisions and their files; only its owner may. */
  deleteNote?: Maybe<DeleteNotePayload>;
  /** Deletes an attachment and its file; only the note's owner may. */
  deleteNoteAttachment?: Maybe<DeleteNoteAttachmentPayload>;
  /** A short-lived signed URL to upload a file to as an attachment of one of the viewer's notes (at most 20 per note). */
  requestNoteAttachmentUpload?: Maybe<NoteAttachmentUploadPayload>;
  /** A short-lived signed URL to upload a Markdown file to, as a new note or a new revision of one of the viewer's notes. */
  requestNoteUpload?: Maybe<NoteUploadPayload>;
  /** Makes an earlier revision current again, as a new revision with its title and body; only the owner may. */
  restoreNoteRevision?: Maybe<NotePayload>;
  /** Changes a note; only its owner may. A new title or body makes a new revision. */
  updateNote?: Maybe<NotePayload>;
};


export type MutationCreateNoteArgs = {
  input: CreateNoteInput;
};


export type MutationDeleteNoteArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteNoteAttachmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRequestNoteAttachmentUploadArgs = {
  input: RequestNoteAttachmentUploadInput;
};


export type MutationRequestNoteUploadArgs = {
  input: RequestNoteUploadInput;
};


export type MutationRestoreNoteRevisionArgs = {
  id: Scalars['ID']['input'];
  revision: Scalars['Int']['input'];
};


export type MutationUpdateNoteArgs = {
  id: Scalars['ID']['input'];
  input: UpdateNoteInput;
};

/** A Markdown note owned by one user (catalogue #12, #22); only its owner sees it. */
export type Note = {
  __typename?: 'Note';
  /** Files attached to the note (at most 20), oldest first. */
  attachments: Array<NoteAttachment>;
  /** The Markdown source of the current revision (at most 1 MB of UTF-8). */
  body: Scalars['String']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The body rendered to HTML and sanitised: no script, event handler or javascript:/data: URL survives. */
  html: Scalars['String']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The current revision's number: 1 for a new note, one more on every change of title or body and every restore. */
  revision: Scalars['Int']['output'];
  /** Every saved version of the note, newest first. */
  revisions: NoteRevisionConnection;
  /** The body's size in bytes of UTF-8. */
  size: Scalars['Int']['output'];
  /** Free-form labels (at most 20, each 1 to 40 letters, digits, spaces, _ or -), in lower case. */
  tags: Array<Scalars['String']['output']>;
  /** 1 to 200 characters. */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A Markdown note owned by one user (catalogue #12, #22); only its owner sees it. */
export type NoteRevisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A file attached to a note: an image, a PDF or a text file. */
export type NoteAttachment = {
  __typename?: 'NoteAttachment';
  /** Its media type (image/png, image/jpeg, image/gif, image/webp, application/pdf, text/plain, text/markdown, text/csv). */
  contentType: Scalars['String']['output'];
  /** When it was uploaded. */
  createdAt: Scalars['DateTime']['output'];
  /** The file's name as given when it was uploaded (1 to 200 characters, no path). */
  fileName: Scalars['String']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Its size in bytes. */
  size: Scalars['Int']['output'];
  /** A signed download URL on the router's host, valid for an hour; it is served as a download, never rendered inline. */
  url: Scalars['String']['output'];
};

/** Where and how to upload one attachment. */
export type NoteAttachmentUpload = {
  __typename?: 'NoteAttachmentUpload';
  /** The id the attachment will have. */
  attachmentId: Scalars['ID']['output'];
  /** When the URL stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The largest accepted file, in bytes. */
  maxBytes: Scalars['Int']['output'];
  /** The signed URL: PUT (or POST) the file's bytes to it with the `Content-Type` that was requested. It works once, until `expiresAt`. */
  url: Scalars['String']['output'];
};

/** The result of `requestNoteAttachmentUpload`. */
export type NoteAttachmentUploadPayload = {
  __typename?: 'NoteAttachmentUploadPayload';
  /** Why no URL was issued; empty on success. */
  errors: Array<UserError>;
  /** The upload target; null when `errors` is not empty. */
  upload?: Maybe<NoteAttachmentUpload>;
};

/** A page of notes. */
export type NoteConnection = {
  __typename?: 'NoteConnection';
  /** The notes of this page. */
  edges: Array<NoteEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many notes match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One note in a page of notes. */
export type NoteEdge = {
  __typename?: 'NoteEdge';
  /** Opaque position of this note in the list. */
  cursor: Scalars['String']['output'];
  /** The note. */
  node: Note;
};

/** Narrows a note list; all given conditions must hold. */
export type NoteFilter = {
  /** Only notes where every word of this text starts a word of the title or body (1 to 100 characters, at most 10 words). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only notes with this tag. */
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** The result of saving a note. */
export type NotePayload = {
  __typename?: 'NotePayload';
  /** Why the change was not saved; empty on success. */
  errors: Array<UserError>;
  /** The note as saved; null when `errors` is not empty. */
  note?: Maybe<Note>;
};

/** One saved version of a note's title and body. */
export type NoteRevision = {
  __typename?: 'NoteRevision';
  /** The Markdown source of this version. */
  body: Scalars['String']['output'];
  /** When it was saved. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** 1 for the first version, counting up. */
  number: Scalars['Int']['output'];
  /** The body's size in bytes of UTF-8. */
  size: Scalars['Int']['output'];
  /** How this version was made. */
  source: NoteRevisionSource;
  /** The title of this version. */
  title: Scalars['String']['output'];
};

/** A page of a note's revisions, newest first. */
export type NoteRevisionConnection = {
  __typename?: 'NoteRevisionConnection';
  /** The revisions of this page. */
  edges: Array<NoteRevisionEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many revisions the note has. */
  totalCount: Scalars['Int']['output'];
};

/** One revision in a page of revisions. */
export type NoteRevisionEdge = {
  __typename?: 'NoteRevisionEdge';
  /** Opaque position of this revision in the list. */
  cursor: Scalars['String']['output'];
  /** The revision. */
  node: NoteRevision;
};

/** How a revision came to be. */
export type NoteRevisionSource =
  /** Copied from an earlier revision by `restoreNoteRevision`. */
  | 'RESTORE'
  /** Saved as text with `createNote` or `updateNote`. */
  | 'TEXT'
  /** Uploaded as a Markdown file through a signed upload URL. */
  | 'UPLOAD';

/** Where and how to upload one Markdown file. */
export type NoteUpload = {
  __typename?: 'NoteUpload';
  /** When the URL stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The largest accepted file, in bytes. */
  maxBytes: Scalars['Int']['output'];
  /** The id the note has (or will have) once the file is uploaded. */
  noteId: Scalars['ID']['output'];
  /**
   * The signed URL: send the file's bytes to it with PUT (or POST) and `Content-Type: text/markdown`
   * (or text/plain, charset UTF-8). A path on the router's host unless the service knows its public
   * origin. It works once, until `expiresAt`.
   */
  url: Scalars['String']['output'];
};

/** The result of `requestNoteUpload`. */
export type NoteUploadPayload = {
  __typename?: 'NoteUploadPayload';
  /** Why no URL was issued; empty on success. */
  errors: Array<UserError>;
  /** The upload target; null when `errors` is not empty. */
  upload?: Maybe<NoteUpload>;
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
  /** Checks grammar, style and spelling of a text (at most 20,000 characters); signed-in users only. */
  checkNoteText?: Maybe<GrammarCheck>;
  /** One of the signed-in user's notes; null when there is none with this id. */
  note?: Maybe<Note>;
  /** The signed-in user's notes, most recently changed first (same as `me { notes }`). */
  notes?: Maybe<NoteConnection>;
  /** Renders Markdown (at most 1 MB) to sanitised HTML, as `Note.html` does; signed-in users only. */
  renderNoteMarkdown?: Maybe<Scalars['String']['output']>;
};


export type QueryCheckNoteTextArgs = {
  language?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};


export type QueryNoteArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NoteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRenderNoteMarkdownArgs = {
  markdown: Scalars['String']['input'];
};

/** Asks for a URL to upload one attachment of a note to. */
export type RequestNoteAttachmentUploadInput = {
  /** Its media type: image/png, image/jpeg, image/gif, image/webp, application/pdf, text/plain, text/markdown or text/csv. */
  contentType: Scalars['String']['input'];
  /** The file's name (1 to 200 characters, no slash, backslash or control character). */
  fileName: Scalars['String']['input'];
  /** One of the viewer's notes. */
  noteId: Scalars['ID']['input'];
};

/** Asks for a URL to upload a Markdown file to: a new note, or a new revision of `noteId`. */
export type RequestNoteUploadInput = {
  /** An existing note of the viewer's to give the uploaded body to, as a new revision. */
  noteId?: InputMaybe<Scalars['ID']['input']>;
  /** At most 20 tags; for an existing note, its new tags (omitted: kept). */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The title of the note (1 to 200 characters); for an existing note, its new title. */
  title: Scalars['String']['input'];
};

/** Changes to a note; omitted fields keep their value. A new title or body makes a new revision. */
export type UpdateNoteInput = {
  /** Markdown, at most 1 MB of UTF-8. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the tags (at most 20). */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 1 to 200 characters. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A user, as seen by the notes subgraph. */
export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
  /** The user's notes, most recently changed first; visible to the user themself only. Null, with an error, when notes cannot be reached. */
  notes?: Maybe<NoteConnection>;
};


/** A user, as seen by the notes subgraph. */
export type UserNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<NoteFilter>;
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
  Note: Note;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Note:
    ( { __typename: 'Note' }
    & GraphQLRecursivePick<FederationTypes['Note'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CreateNoteInput: CreateNoteInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteNoteAttachmentPayload: ResolverTypeWrapper<DeleteNoteAttachmentPayload>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DeleteNotePayload: ResolverTypeWrapper<DeleteNotePayload>;
  ErrorCode: ErrorCode;
  GrammarCheck: ResolverTypeWrapper<GrammarResult>;
  GrammarMatch: ResolverTypeWrapper<GrammarMatch>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Note: ResolverTypeWrapper<NoteRow>;
  NoteAttachment: ResolverTypeWrapper<NoteAttachmentRow>;
  NoteAttachmentUpload: ResolverTypeWrapper<NoteAttachmentUpload>;
  NoteAttachmentUploadPayload: ResolverTypeWrapper<NoteAttachmentUploadPayload>;
  NoteConnection: ResolverTypeWrapper<Omit<NoteConnection, 'edges'> & { edges: Array<ResolversTypes['NoteEdge']> }>;
  NoteEdge: ResolverTypeWrapper<Omit<NoteEdge, 'node'> & { node: ResolversTypes['Note'] }>;
  NoteFilter: NoteFilter;
  NotePayload: ResolverTypeWrapper<Omit<NotePayload, 'note'> & { note?: Maybe<ResolversTypes['Note']> }>;
  NoteRevision: ResolverTypeWrapper<NoteRevisionRow>;
  NoteRevisionConnection: ResolverTypeWrapper<Omit<NoteRevisionConnection, 'edges'> & { edges: Array<ResolversTypes['NoteRevisionEdge']> }>;
  NoteRevisionEdge: ResolverTypeWrapper<Omit<NoteRevisionEdge, 'node'> & { node: ResolversTypes['NoteRevision'] }>;
  NoteRevisionSource: NoteRevisionSource;
  NoteUpload: ResolverTypeWrapper<NoteUpload>;
  NoteUploadPayload: ResolverTypeWrapper<NoteUploadPayload>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RequestNoteAttachmentUploadInput: RequestNoteAttachmentUploadInput;
  RequestNoteUploadInput: RequestNoteUploadInput;
  UpdateNoteInput: UpdateNoteInput;
  User: ResolverTypeWrapper<UserRef>;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CreateNoteInput: CreateNoteInput;
  String: Scalars['String']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeleteNoteAttachmentPayload: DeleteNoteAttachmentPayload;
  ID: Scalars['ID']['output'];
  DeleteNotePayload: DeleteNotePayload;
  GrammarCheck: GrammarResult;
  GrammarMatch: GrammarMatch;
  Int: Scalars['Int']['output'];
  Mutation: Record<PropertyKey, never>;
  Note: NoteRow;
  NoteAttachment: NoteAttachmentRow;
  NoteAttachmentUpload: NoteAttachmentUpload;
  NoteAttachmentUploadPayload: NoteAttachmentUploadPayload;
  NoteConnection: Omit<NoteConnection, 'edges'> & { edges: Array<ResolversParentTypes['NoteEdge']> };
  NoteEdge: Omit<NoteEdge, 'node'> & { node: ResolversParentTypes['Note'] };
  NoteFilter: NoteFilter;
  NotePayload: Omit<NotePayload, 'note'> & { note?: Maybe<ResolversParentTypes['Note']> };
  NoteRevision: NoteRevisionRow;
  NoteRevisionConnection: Omit<NoteRevisionConnection, 'edges'> & { edges: Array<ResolversParentTypes['NoteRevisionEdge']> };
  NoteRevisionEdge: Omit<NoteRevisionEdge, 'node'> & { node: ResolversParentTypes['NoteRevision'] };
  NoteUpload: NoteUpload;
  NoteUploadPayload: NoteUploadPayload;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  RequestNoteAttachmentUploadInput: RequestNoteAttachmentUploadInput;
  RequestNoteUploadInput: RequestNoteUploadInput;
  UpdateNoteInput: UpdateNoteInput;
  User: UserRef;
  UserError: UserError;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteNoteAttachmentPayloadResolvers<ContextType = NotesContext, ParentType extends ResolversParentTypes['DeleteNoteAttachmentPayload'] = ResolversParentTypes['DeleteNoteAttachmentPayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DeleteNotePayloadResolvers<ContextType = NotesContext, ParentType extends ResolversParentTypes['DeleteNotePayload'] = ResolversParentTypes['DeleteNotePayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type GrammarCheckResolvers<ContextType = NotesContext, ParentType extends ResolversParentTypes['GrammarCheck'] = ResolversParentTypes['GrammarCheck']> = ResolversObject<{
  checker?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  matches?: Resolver<Array<ResolversTypes['GrammarMatch']>, ParentType, ContextType>;
}>;

export type GrammarMatchResolvers<ContextType = NotesContext, ParentType extends ResolversParentTypes['GrammarMatch'] = ResolversParentTypes['GrammarMatch']> = ResolversObject<{
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  replacements?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = NotesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createNote?: Resolver<Maybe<ResolversTypes['NotePayload']>, ParentType, ContextType, RequireFields<MutationCreateNoteArgs, 'input'>>;
  deleteNote?: Resolver<Maybe<ResolversTypes['DeleteNotePayload']>, ParentType, ContextType, RequireFields<MutationDeleteNoteArgs, 'id'>>;
  deleteNoteAttachment?: Resolver<Maybe<ResolversTypes['DeleteNoteAttachmentPayload']>, ParentType, ContextType, RequireFields<MutationDeleteNoteAttachmentArgs, 'id'>>;
  requestNoteAttachmentUpload?: Resolver<Maybe<ResolversTypes['NoteAttachmentUploadPayload']>, ParentType, ContextType, RequireFields<MutationRequestNoteAttachmentUploadArgs, 'input'>>;
  requestNoteUpload?: Resolver<Maybe<ResolversTypes['NoteUploadPayload']>, ParentType, ContextType, RequireFields<MutationRequestNoteUploadArgs, 'input'>>;
  restoreNoteRevision?: Resolver<Maybe<ResolversTypes['NotePayload']>, ParentType, ContextType, RequireFields<MutationRestoreNoteRevisionArgs, 'id' | 'revision'>>;
  updateNote?: Resolver<Maybe<ResolversTypes['NotePayload']>, ParentType, ContextType, RequireFields<MutationUpdateNoteArgs, 'id' | 'input'>>;
}>;

export type NoteResolvers<ContextType = NotesContext, ParentType extends ResolversParentTypes['Note'] = ResolversParentTypes['Note'], FederationReferenceType extends FederationReferenceTypes['Note'] = FederationReferenceTypes['Note']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Note']> | FederationReferenceType, FederationReferenceType, ContextType>;
  attachments?: Resolver<Array<ResolversTypes['NoteAttachment']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  html?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  revisions?: Resolver<ResolversTypes['NoteRevisionConnection'], ParentType, ContextType, RequireFields<NoteRevisionsArgs, 'first'>>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type NoteAttachmentResolvers<ContextType = NotesContext, ParentType extends ResolversParentTypes['NoteAttachment'] = ResolversParentTypes['NoteAttachment']> = ResolversObject<{
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NoteAttachmentUploadResolvers<ContextType = NotesContext, ParentType extends ResolversParentTypes['NoteAttachmentUpload'] = ResolversParentTypes['NoteAttachmentUpload']> = ResolversObject<{
  attachmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  maxBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NoteAttachmentUploadPayloadResolvers<ContextType = NotesContext, ParentType extends ResolversParentTypes['NoteAttachmentUploadPayload'] = ResolversParentTypes['NoteAttachmentUploadPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  upload?: Resolver<Maybe<ResolversTypes['NoteAttachmentUpload']>, ParentType, ContextType>;
}>;

export type NoteConnectionResolvers<ContextType = NotesContext, ParentType extends ResolversParentTypes['NoteConnection'] = ResolversParentTypes['NoteConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NoteEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NoteEdgeResolvers<ContextType = NotesContext, ParentType extends ResolversParentTypes['NoteEdge'] = ResolversParentTypes['NoteEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Note'], ParentType, ContextType>;
}>;

export type NotePayloadResolvers<ContextType = NotesContext, ParentType extends ResolversParentTypes['NotePayload'] = ResolversParentTypes['NotePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['Note']>, ParentType, ContextType>;
}>;

export type NoteRevisionResolvers<ContextType = NotesContext, ParentType extends ResolversParentTypes['NoteRevision'] = ResolversParentTypes['NoteRevision']> = ResolversObject<{
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['NoteRevisionSource'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NoteRevisionConnectionResolvers<ContextType = NotesContext, ParentType extends ResolversParentTypes['NoteRevisionConnection'] = ResolversParentTypes['NoteRevisionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['NoteRevisionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type NoteRevisionEdgeResolvers<ContextType = NotesContext, ParentType extends ResolversParentTypes['NoteRevisionEdge'] = ResolversParentTypes['NoteRevisionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['NoteRevision'], ParentType, ContextType>;
}>;

export type NoteUploadResolvers<ContextType = NotesContext, ParentType extends ResolversParentTypes['NoteUpload'] = ResolversParentTypes['NoteUpload']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  maxBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  noteId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type NoteUploadPayloadResolvers<ContextType = NotesContext, ParentType extends ResolversParentTypes['NoteUploadPayload'] = ResolversParentTypes['NoteUploadPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  upload?: Resolver<Maybe<ResolversTypes['NoteUpload']>, ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = NotesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = NotesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  checkNoteText?: Resolver<Maybe<ResolversTypes['GrammarCheck']>, ParentType, ContextType, RequireFields<QueryCheckNoteTextArgs, 'language' | 'text'>>;
  note?: Resolver<Maybe<ResolversTypes['Note']>, ParentType, ContextType, RequireFields<QueryNoteArgs, 'id'>>;
  notes?: Resolver<Maybe<ResolversTypes['NoteConnection']>, ParentType, ContextType, RequireFields<QueryNotesArgs, 'first'>>;
  renderNoteMarkdown?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<QueryRenderNoteMarkdownArgs, 'markdown'>>;
}>;

export type UserResolvers<ContextType = NotesContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['NoteConnection']>, ParentType, ContextType, RequireFields<UserNotesArgs, 'first'>>;
}>;

export type UserErrorResolvers<ContextType = NotesContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = NotesContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  DeleteNoteAttachmentPayload?: DeleteNoteAttachmentPayloadResolvers<ContextType>;
  DeleteNotePayload?: DeleteNotePayloadResolvers<ContextType>;
  GrammarCheck?: GrammarCheckResolvers<ContextType>;
  GrammarMatch?: GrammarMatchResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Note?: NoteResolvers<ContextType>;
  NoteAttachment?: NoteAttachmentResolvers<ContextType>;
  NoteAttachmentUpload?: NoteAttachmentUploadResolvers<ContextType>;
  NoteAttachmentUploadPayload?: NoteAttachmentUploadPayloadResolvers<ContextType>;
  NoteConnection?: NoteConnectionResolvers<ContextType>;
  NoteEdge?: NoteEdgeResolvers<ContextType>;
  NotePayload?: NotePayloadResolvers<ContextType>;
  NoteRevision?: NoteRevisionResolvers<ContextType>;
  NoteRevisionConnection?: NoteRevisionConnectionResolvers<ContextType>;
  NoteRevisionEdge?: NoteRevisionEdgeResolvers<ContextType>;
  NoteUpload?: NoteUploadResolvers<ContextType>;
  NoteUploadPayload?: NoteUploadPayloadResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

