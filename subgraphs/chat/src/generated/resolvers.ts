import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { RoomRow, RoomMemberRow } from '../entities';
import type { MessageView, TypingView, ReceiptView, PresenceView, BroadcastView, UserRef, ChatContext } from '../context';
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

/** A message on a broadcast channel (catalogue #30). */
export type BroadcastMessage = {
  __typename?: 'BroadcastMessage';
  /** The channel. */
  channel: Scalars['String']['output'];
  /** Position on the channel: 1, 2, 3, … with no gaps; resubscribe with `since` set to the last one you saw. */
  offset: Scalars['Int']['output'];
  /** Who sent it. */
  sender?: Maybe<User>;
  /** When it was sent. */
  sentAt: Scalars['DateTime']['output'];
  /** 1 to 4,000 characters. */
  text: Scalars['String']['output'];
};

/** The result of a broadcast. */
export type BroadcastPayload = {
  __typename?: 'BroadcastPayload';
  errors: Array<UserError>;
  /** The message with its offset; null when `errors` is not empty. */
  message?: Maybe<BroadcastMessage>;
};

/** What moderation did with a message (the kit's classifier on writing or editing, then a moderator's decision). */
export type ChatModerationStatus =
  /** Visible to the room and queued for review. */
  | 'FLAGGED'
  /** Seen by its author only until a moderator approves it. */
  | 'HELD'
  /** Visible to the room. */
  | 'PUBLISHED'
  /** Removed by a moderator: seen by its author only (who may appeal). */
  | 'REMOVED';

/** A new room. */
export type CreateRoomInput = {
  /** PUBLIC or PRIVATE (direct conversations come from `openDirectRoom`); defaults to PUBLIC. */
  kind?: InputMaybe<RoomKind>;
  /** Users to add as members besides the creator (at most 50). */
  memberIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 1 to 80 characters. */
  name: Scalars['String']['input'];
  /** Up to 500 characters. */
  topic?: InputMaybe<Scalars['String']['input']>;
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

/** The result of leaving a room. */
export type LeaveRoomPayload = {
  __typename?: 'LeaveRoomPayload';
  errors: Array<UserError>;
  /** Id of the room left; null when `errors` is not empty. */
  roomId?: Maybe<Scalars['ID']['output']>;
};

/** The result of moving a read marker. */
export type MarkReadPayload = {
  __typename?: 'MarkReadPayload';
  errors: Array<UserError>;
  /** The receipt as stored; null when `errors` is not empty. */
  receipt?: Maybe<ReadReceipt>;
  /** The room, for its new `unreadCount`. */
  room?: Maybe<Room>;
};

/** A message in a room. Deleting one leaves a tombstone: `deleted` true, `text` null. */
export type Message = {
  __typename?: 'Message';
  /** Who wrote it. */
  author?: Maybe<User>;
  /** When it was posted. */
  createdAt: Scalars['DateTime']['output'];
  /** True once the author deleted it. */
  deleted: Scalars['Boolean']['output'];
  /** When the author last edited the text; null if never. */
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Users the author mentioned (see `PostMessageInput.mentions`); empty once deleted. */
  mentions?: Maybe<Array<User>>;
  /** Moderation: HELD and REMOVED messages are seen by their author only; FLAGGED ones by everyone while reviewed. */
  moderationStatus: ChatModerationStatus;
  /** The room it was posted in. */
  room: Room;
  /** Position in the room: 1 for the first message, +1 for each next one; never reused. */
  sequence: Scalars['Int']['output'];
  /** 1 to 4,000 characters; null once deleted. */
  text?: Maybe<Scalars['String']['output']>;
};

/** A page of a room's history, newest first. */
export type MessageConnection = {
  __typename?: 'MessageConnection';
  /** The messages of this page. */
  edges: Array<MessageEdge>;
  /** Where this page sits; `hasNextPage` means older messages exist. */
  pageInfo: PageInfo;
  /** How many messages (tombstones included) the room holds. */
  totalCount: Scalars['Int']['output'];
};

/** One message in a page of history. */
export type MessageEdge = {
  __typename?: 'MessageEdge';
  /** Opaque position of this message in the history. */
  cursor: Scalars['String']['output'];
  /** The message. */
  node: Message;
};

/** The result of posting, editing or deleting a message. */
export type MessagePayload = {
  __typename?: 'MessagePayload';
  errors: Array<UserError>;
  /** The message as saved; null when `errors` is not empty. */
  message?: Maybe<Message>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Appends a message to a broadcast channel and delivers it to every `broadcastReceived` subscriber. */
  broadcast?: Maybe<BroadcastPayload>;
  /** Creates a public or private room; the creator becomes its OWNER. */
  createRoom?: Maybe<RoomPayload>;
  /** Deletes a message, leaving a tombstone; only its author may. Deleting twice is harmless. */
  deleteMessage?: Maybe<MessagePayload>;
  /** Changes a message's text; only its author may, and not once deleted. */
  editMessage?: Maybe<MessagePayload>;
  /** Records that the signed-in user is online now; clients send one every 30 seconds while open. */
  heartbeat?: Maybe<Presence>;
  /** Adds `userId` to a public or private room; only members may invite (FORBIDDEN otherwise). */
  inviteToRoom?: Maybe<RoomPayload>;
  /** Joins a public room (FORBIDDEN for private rooms and direct conversations); joining twice is harmless. */
  joinRoom?: Maybe<RoomPayload>;
  /** Leaves a room; opening a direct conversation again rejoins it. */
  leaveRoom?: Maybe<LeaveRoomPayload>;
  /** Moves the signed-in member's read marker to `messageId` (never backwards) and announces it on `readReceipts`. */
  markRead?: Maybe<MarkReadPayload>;
  /** The direct conversation between the signed-in user and `userId`, created on first use; both become members. */
  openDirectRoom?: Maybe<RoomPayload>;
  /** Posts a message; the author must be a member of the room. */
  postMessage?: Maybe<MessagePayload>;
  /** Tells the room's `typing` subscribers that the signed-in member started or stopped typing. Not stored. */
  setTyping?: Maybe<Scalars['Boolean']['output']>;
};


export type MutationBroadcastArgs = {
  channel: Scalars['String']['input'];
  text: Scalars['String']['input'];
};


export type MutationCreateRoomArgs = {
  input: CreateRoomInput;
};


export type MutationDeleteMessageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEditMessageArgs = {
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationInviteToRoomArgs = {
  roomId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationJoinRoomArgs = {
  roomId: Scalars['ID']['input'];
};


export type MutationLeaveRoomArgs = {
  roomId: Scalars['ID']['input'];
};


export type MutationMarkReadArgs = {
  messageId: Scalars['ID']['input'];
  roomId: Scalars['ID']['input'];
};


export type MutationOpenDirectRoomArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationPostMessageArgs = {
  input: PostMessageInput;
};


export type MutationSetTypingArgs = {
  roomId: Scalars['ID']['input'];
  typing: Scalars['Boolean']['input'];
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

/** A new message. */
export type PostMessageInput = {
  /**
   * Users this message mentions (at most 20). Mentions are explicit ids, not parsed from the text, so a
   * client renders them however it likes. In private rooms and direct conversations every mentioned user
   * must be a member. Each mention is announced as a `chat.mention` domain event.
   */
  mentions?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The room to post in; the author must be a member. */
  roomId: Scalars['ID']['input'];
  /** 1 to 4,000 characters (not only spaces). */
  text: Scalars['String']['input'];
};

/** Whether a user is online, from heartbeats (see `heartbeat`). */
export type Presence = {
  __typename?: 'Presence';
  /** When the last heartbeat arrived; null if never. */
  lastSeenAt?: Maybe<Scalars['DateTime']['output']>;
  /** True when a heartbeat arrived in the last 60 seconds. */
  online: Scalars['Boolean']['output'];
  /** The user. */
  user?: Maybe<User>;
};

export type Query = {
  __typename?: 'Query';
  /** A broadcast channel's log after offset `since` (default 0: from the start), oldest first, at most `first` (1 to 500). */
  broadcasts?: Maybe<Array<BroadcastMessage>>;
  /** A message by id, if its room is visible to the signed-in user. */
  message?: Maybe<Message>;
  /** A room's history, newest first; same visibility as `room`. */
  messages?: Maybe<MessageConnection>;
  /** Whether each of these users (1 to 100) is online, in the order given. */
  presence?: Maybe<Array<Presence>>;
  /** Public rooms, newest first, optionally those whose name contains `search` (1 to 80 characters). */
  publicRooms?: Maybe<RoomConnection>;
  /** A room by id: public rooms for any signed-in user, others for members only (FORBIDDEN otherwise). */
  room?: Maybe<Room>;
  /** The rooms the signed-in user is a member of, most recently joined first. */
  rooms?: Maybe<RoomConnection>;
};


export type QueryBroadcastsArgs = {
  channel: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMessageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMessagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  roomId: Scalars['ID']['input'];
};


export type QueryPresenceArgs = {
  userIds: Array<Scalars['ID']['input']>;
};


export type QueryPublicRoomsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryRoomArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRoomsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A member moved their read marker. */
export type ReadReceipt = {
  __typename?: 'ReadReceipt';
  /** The newest message they have read. */
  messageId: Scalars['ID']['output'];
  /** When they marked it read. */
  readAt: Scalars['DateTime']['output'];
  /** The room. */
  roomId: Scalars['ID']['output'];
  /** The member who read. */
  user?: Maybe<User>;
};

/** A chat room: a public or private channel, or a direct conversation between two users (catalogue #29). */
export type Room = {
  __typename?: 'Room';
  /** When the room was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created the room. */
  createdBy?: Maybe<User>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Public, private or direct. */
  kind: RoomKind;
  /** When the newest message was posted; null while the room is empty. */
  lastMessageAt?: Maybe<Scalars['DateTime']['output']>;
  /** How many users are members now. */
  memberCount: Scalars['Int']['output'];
  /** The members, earliest joined first. */
  members: RoomMemberConnection;
  /** 1 to 80 characters; null for direct conversations (clients show the other person's name). */
  name?: Maybe<Scalars['String']['output']>;
  /** What the room is about, up to 500 characters. */
  topic?: Maybe<Scalars['String']['output']>;
  /** Messages by others, not deleted, after the signed-in user's read marker (0 for non-members). */
  unreadCount: Scalars['Int']['output'];
  /** True when the signed-in user is a member. */
  viewerIsMember: Scalars['Boolean']['output'];
};


/** A chat room: a public or private channel, or a direct conversation between two users (catalogue #29). */
export type RoomMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of rooms. */
export type RoomConnection = {
  __typename?: 'RoomConnection';
  /** The rooms of this page. */
  edges: Array<RoomEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many rooms the list holds, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One room in a page of rooms. */
export type RoomEdge = {
  __typename?: 'RoomEdge';
  /** Opaque position of this room in the list. */
  cursor: Scalars['String']['output'];
  /** The room. */
  node: Room;
};

/** Who may see and post in a room. */
export type RoomKind =
  /** A conversation between exactly two users, opened with `openDirectRoom`. */
  | 'DIRECT'
  /** Only members read and post; members invite others. */
  | 'PRIVATE'
  /** Listed in `publicRooms`; any signed-in user may read it and join it. */
  | 'PUBLIC';

/** One user's membership of a room, with their read marker (read receipt). */
export type RoomMember = {
  __typename?: 'RoomMember';
  /** When they joined (or were invited or added). */
  joinedAt: Scalars['DateTime']['output'];
  /** When they last moved their read marker. */
  lastReadAt?: Maybe<Scalars['DateTime']['output']>;
  /** The newest message they have marked read; null until they first call `markRead`. */
  lastReadMessageId?: Maybe<Scalars['ID']['output']>;
  /** Owner or member. */
  role: RoomRole;
  /** The member. */
  user?: Maybe<User>;
};

/** A page of a room's members. */
export type RoomMemberConnection = {
  __typename?: 'RoomMemberConnection';
  /** The members of this page. */
  edges: Array<RoomMemberEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many members the room has. */
  totalCount: Scalars['Int']['output'];
};

/** One member in a page of members. */
export type RoomMemberEdge = {
  __typename?: 'RoomMemberEdge';
  /** Opaque position of this member in the list. */
  cursor: Scalars['String']['output'];
  /** The membership. */
  node: RoomMember;
};

/** The result of creating, opening, joining or inviting to a room. */
export type RoomPayload = {
  __typename?: 'RoomPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** The room; null when `errors` is not empty. */
  room?: Maybe<Room>;
};

/** A member's standing in a room. */
export type RoomRole =
  /** Joined, was invited, or is one side of a direct conversation. */
  | 'MEMBER'
  /** Created the room. */
  | 'OWNER';

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Messages on a broadcast channel. With `since`, first every stored message after that offset (the ones
   * missed while disconnected), then live ones, with no gap and no duplicate at the seam; without it, live
   * ones only. Channel names are 1 to 64 characters: lower-case letters, digits, `_`, `-`, `.`, `:`.
   */
  broadcastReceived?: Maybe<BroadcastMessage>;
  /** New messages in a room (members only unless the room is public). */
  messageAdded?: Maybe<Message>;
  /** Edits and deletions (tombstones) of messages in a room. */
  messageUpdated?: Maybe<Message>;
  /** Members moving their read markers in a room. */
  readReceipts?: Maybe<ReadReceipt>;
  /** Members starting and stopping typing in a room. */
  typing?: Maybe<TypingEvent>;
};


export type SubscriptionBroadcastReceivedArgs = {
  channel: Scalars['String']['input'];
  since?: InputMaybe<Scalars['Int']['input']>;
};


export type SubscriptionMessageAddedArgs = {
  roomId: Scalars['ID']['input'];
};


export type SubscriptionMessageUpdatedArgs = {
  roomId: Scalars['ID']['input'];
};


export type SubscriptionReadReceiptsArgs = {
  roomId: Scalars['ID']['input'];
};


export type SubscriptionTypingArgs = {
  roomId: Scalars['ID']['input'];
};

/** Someone started or stopped typing in a room. Ephemeral: never stored. */
export type TypingEvent = {
  __typename?: 'TypingEvent';
  /** When a `typing: true` without a refresh should be treated as stopped (6 s after it was sent). */
  expiresAt: Scalars['DateTime']['output'];
  /** The room. */
  roomId: Scalars['ID']['output'];
  /** True while typing; false when they stopped. */
  typing: Scalars['Boolean']['output'];
  /** Who is typing. */
  user?: Maybe<User>;
};

/** A person with a Hubgraph account. */
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
  Message: Message;
  Room: Room;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Message:
    ( { __typename: 'Message' }
    & GraphQLRecursivePick<FederationTypes['Message'], {"id":true}> );
  Room:
    ( { __typename: 'Room' }
    & GraphQLRecursivePick<FederationTypes['Room'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  BroadcastMessage: ResolverTypeWrapper<BroadcastView>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  BroadcastPayload: ResolverTypeWrapper<Omit<BroadcastPayload, 'message'> & { message?: Maybe<ResolversTypes['BroadcastMessage']> }>;
  ChatModerationStatus: ChatModerationStatus;
  CreateRoomInput: CreateRoomInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ErrorCode: ErrorCode;
  LeaveRoomPayload: ResolverTypeWrapper<LeaveRoomPayload>;
  MarkReadPayload: ResolverTypeWrapper<Omit<MarkReadPayload, 'receipt' | 'room'> & { receipt?: Maybe<ResolversTypes['ReadReceipt']>, room?: Maybe<ResolversTypes['Room']> }>;
  Message: ResolverTypeWrapper<MessageView>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  MessageConnection: ResolverTypeWrapper<Omit<MessageConnection, 'edges'> & { edges: Array<ResolversTypes['MessageEdge']> }>;
  MessageEdge: ResolverTypeWrapper<Omit<MessageEdge, 'node'> & { node: ResolversTypes['Message'] }>;
  MessagePayload: ResolverTypeWrapper<Omit<MessagePayload, 'message'> & { message?: Maybe<ResolversTypes['Message']> }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PostMessageInput: PostMessageInput;
  Presence: ResolverTypeWrapper<PresenceView>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReadReceipt: ResolverTypeWrapper<ReceiptView>;
  Room: ResolverTypeWrapper<RoomRow>;
  RoomConnection: ResolverTypeWrapper<Omit<RoomConnection, 'edges'> & { edges: Array<ResolversTypes['RoomEdge']> }>;
  RoomEdge: ResolverTypeWrapper<Omit<RoomEdge, 'node'> & { node: ResolversTypes['Room'] }>;
  RoomKind: RoomKind;
  RoomMember: ResolverTypeWrapper<RoomMemberRow>;
  RoomMemberConnection: ResolverTypeWrapper<Omit<RoomMemberConnection, 'edges'> & { edges: Array<ResolversTypes['RoomMemberEdge']> }>;
  RoomMemberEdge: ResolverTypeWrapper<Omit<RoomMemberEdge, 'node'> & { node: ResolversTypes['RoomMember'] }>;
  RoomPayload: ResolverTypeWrapper<Omit<RoomPayload, 'room'> & { room?: Maybe<ResolversTypes['Room']> }>;
  RoomRole: RoomRole;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TypingEvent: ResolverTypeWrapper<TypingView>;
  User: ResolverTypeWrapper<UserRef>;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  BroadcastMessage: BroadcastView;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  BroadcastPayload: Omit<BroadcastPayload, 'message'> & { message?: Maybe<ResolversParentTypes['BroadcastMessage']> };
  CreateRoomInput: CreateRoomInput;
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  LeaveRoomPayload: LeaveRoomPayload;
  MarkReadPayload: Omit<MarkReadPayload, 'receipt' | 'room'> & { receipt?: Maybe<ResolversParentTypes['ReadReceipt']>, room?: Maybe<ResolversParentTypes['Room']> };
  Message: MessageView;
  Boolean: Scalars['Boolean']['output'];
  MessageConnection: Omit<MessageConnection, 'edges'> & { edges: Array<ResolversParentTypes['MessageEdge']> };
  MessageEdge: Omit<MessageEdge, 'node'> & { node: ResolversParentTypes['Message'] };
  MessagePayload: Omit<MessagePayload, 'message'> & { message?: Maybe<ResolversParentTypes['Message']> };
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PostMessageInput: PostMessageInput;
  Presence: PresenceView;
  Query: Record<PropertyKey, never>;
  ReadReceipt: ReceiptView;
  Room: RoomRow;
  RoomConnection: Omit<RoomConnection, 'edges'> & { edges: Array<ResolversParentTypes['RoomEdge']> };
  RoomEdge: Omit<RoomEdge, 'node'> & { node: ResolversParentTypes['Room'] };
  RoomMember: RoomMemberRow;
  RoomMemberConnection: Omit<RoomMemberConnection, 'edges'> & { edges: Array<ResolversParentTypes['RoomMemberEdge']> };
  RoomMemberEdge: Omit<RoomMemberEdge, 'node'> & { node: ResolversParentTypes['RoomMember'] };
  RoomPayload: Omit<RoomPayload, 'room'> & { room?: Maybe<ResolversParentTypes['Room']> };
  Subscription: Record<PropertyKey, never>;
  TypingEvent: TypingView;
  User: UserRef;
  UserError: UserError;
}>;

export type BroadcastMessageResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['BroadcastMessage'] = ResolversParentTypes['BroadcastMessage']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offset?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sender?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type BroadcastPayloadResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['BroadcastPayload'] = ResolversParentTypes['BroadcastPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['BroadcastMessage']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type LeaveRoomPayloadResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['LeaveRoomPayload'] = ResolversParentTypes['LeaveRoomPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  roomId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type MarkReadPayloadResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['MarkReadPayload'] = ResolversParentTypes['MarkReadPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  receipt?: Resolver<Maybe<ResolversTypes['ReadReceipt']>, ParentType, ContextType>;
  room?: Resolver<Maybe<ResolversTypes['Room']>, ParentType, ContextType>;
}>;

export type MessageResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['Message'] = ResolversParentTypes['Message'], FederationReferenceType extends FederationReferenceTypes['Message'] = FederationReferenceTypes['Message']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Message']> | FederationReferenceType, FederationReferenceType, ContextType>;
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deleted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  editedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Maybe<Array<ResolversTypes['User']>>, ParentType, ContextType>;
  moderationStatus?: Resolver<ResolversTypes['ChatModerationStatus'], ParentType, ContextType>;
  room?: Resolver<ResolversTypes['Room'], ParentType, ContextType>;
  sequence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MessageConnectionResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['MessageConnection'] = ResolversParentTypes['MessageConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MessageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MessageEdgeResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['MessageEdge'] = ResolversParentTypes['MessageEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Message'], ParentType, ContextType>;
}>;

export type MessagePayloadResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['MessagePayload'] = ResolversParentTypes['MessagePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  broadcast?: Resolver<Maybe<ResolversTypes['BroadcastPayload']>, ParentType, ContextType, RequireFields<MutationBroadcastArgs, 'channel' | 'text'>>;
  createRoom?: Resolver<Maybe<ResolversTypes['RoomPayload']>, ParentType, ContextType, RequireFields<MutationCreateRoomArgs, 'input'>>;
  deleteMessage?: Resolver<Maybe<ResolversTypes['MessagePayload']>, ParentType, ContextType, RequireFields<MutationDeleteMessageArgs, 'id'>>;
  editMessage?: Resolver<Maybe<ResolversTypes['MessagePayload']>, ParentType, ContextType, RequireFields<MutationEditMessageArgs, 'id' | 'text'>>;
  heartbeat?: Resolver<Maybe<ResolversTypes['Presence']>, ParentType, ContextType>;
  inviteToRoom?: Resolver<Maybe<ResolversTypes['RoomPayload']>, ParentType, ContextType, RequireFields<MutationInviteToRoomArgs, 'roomId' | 'userId'>>;
  joinRoom?: Resolver<Maybe<ResolversTypes['RoomPayload']>, ParentType, ContextType, RequireFields<MutationJoinRoomArgs, 'roomId'>>;
  leaveRoom?: Resolver<Maybe<ResolversTypes['LeaveRoomPayload']>, ParentType, ContextType, RequireFields<MutationLeaveRoomArgs, 'roomId'>>;
  markRead?: Resolver<Maybe<ResolversTypes['MarkReadPayload']>, ParentType, ContextType, RequireFields<MutationMarkReadArgs, 'messageId' | 'roomId'>>;
  openDirectRoom?: Resolver<Maybe<ResolversTypes['RoomPayload']>, ParentType, ContextType, RequireFields<MutationOpenDirectRoomArgs, 'userId'>>;
  postMessage?: Resolver<Maybe<ResolversTypes['MessagePayload']>, ParentType, ContextType, RequireFields<MutationPostMessageArgs, 'input'>>;
  setTyping?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationSetTypingArgs, 'roomId' | 'typing'>>;
}>;

export type PageInfoResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PresenceResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['Presence'] = ResolversParentTypes['Presence']> = ResolversObject<{
  lastSeenAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  online?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  broadcasts?: Resolver<Maybe<Array<ResolversTypes['BroadcastMessage']>>, ParentType, ContextType, RequireFields<QueryBroadcastsArgs, 'channel' | 'first' | 'since'>>;
  message?: Resolver<Maybe<ResolversTypes['Message']>, ParentType, ContextType, RequireFields<QueryMessageArgs, 'id'>>;
  messages?: Resolver<Maybe<ResolversTypes['MessageConnection']>, ParentType, ContextType, RequireFields<QueryMessagesArgs, 'first' | 'roomId'>>;
  presence?: Resolver<Maybe<Array<ResolversTypes['Presence']>>, ParentType, ContextType, RequireFields<QueryPresenceArgs, 'userIds'>>;
  publicRooms?: Resolver<Maybe<ResolversTypes['RoomConnection']>, ParentType, ContextType, RequireFields<QueryPublicRoomsArgs, 'first'>>;
  room?: Resolver<Maybe<ResolversTypes['Room']>, ParentType, ContextType, RequireFields<QueryRoomArgs, 'id'>>;
  rooms?: Resolver<Maybe<ResolversTypes['RoomConnection']>, ParentType, ContextType, RequireFields<QueryRoomsArgs, 'first'>>;
}>;

export type ReadReceiptResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['ReadReceipt'] = ResolversParentTypes['ReadReceipt']> = ResolversObject<{
  messageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  readAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  roomId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type RoomResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['Room'] = ResolversParentTypes['Room'], FederationReferenceType extends FederationReferenceTypes['Room'] = FederationReferenceTypes['Room']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Room']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RoomKind'], ParentType, ContextType>;
  lastMessageAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['RoomMemberConnection'], ParentType, ContextType, RequireFields<RoomMembersArgs, 'first'>>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unreadCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerIsMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type RoomConnectionResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['RoomConnection'] = ResolversParentTypes['RoomConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RoomEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RoomEdgeResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['RoomEdge'] = ResolversParentTypes['RoomEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Room'], ParentType, ContextType>;
}>;

export type RoomMemberResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['RoomMember'] = ResolversParentTypes['RoomMember']> = ResolversObject<{
  joinedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  lastReadAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastReadMessageId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['RoomRole'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type RoomMemberConnectionResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['RoomMemberConnection'] = ResolversParentTypes['RoomMemberConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['RoomMemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RoomMemberEdgeResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['RoomMemberEdge'] = ResolversParentTypes['RoomMemberEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['RoomMember'], ParentType, ContextType>;
}>;

export type RoomPayloadResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['RoomPayload'] = ResolversParentTypes['RoomPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  room?: Resolver<Maybe<ResolversTypes['Room']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  broadcastReceived?: SubscriptionResolver<Maybe<ResolversTypes['BroadcastMessage']>, "broadcastReceived", ParentType, ContextType, RequireFields<SubscriptionBroadcastReceivedArgs, 'channel'>>;
  messageAdded?: SubscriptionResolver<Maybe<ResolversTypes['Message']>, "messageAdded", ParentType, ContextType, RequireFields<SubscriptionMessageAddedArgs, 'roomId'>>;
  messageUpdated?: SubscriptionResolver<Maybe<ResolversTypes['Message']>, "messageUpdated", ParentType, ContextType, RequireFields<SubscriptionMessageUpdatedArgs, 'roomId'>>;
  readReceipts?: SubscriptionResolver<Maybe<ResolversTypes['ReadReceipt']>, "readReceipts", ParentType, ContextType, RequireFields<SubscriptionReadReceiptsArgs, 'roomId'>>;
  typing?: SubscriptionResolver<Maybe<ResolversTypes['TypingEvent']>, "typing", ParentType, ContextType, RequireFields<SubscriptionTypingArgs, 'roomId'>>;
}>;

export type TypingEventResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['TypingEvent'] = ResolversParentTypes['TypingEvent']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  roomId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  typing?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = ChatContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = ChatContext> = ResolversObject<{
  BroadcastMessage?: BroadcastMessageResolvers<ContextType>;
  BroadcastPayload?: BroadcastPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  LeaveRoomPayload?: LeaveRoomPayloadResolvers<ContextType>;
  MarkReadPayload?: MarkReadPayloadResolvers<ContextType>;
  Message?: MessageResolvers<ContextType>;
  MessageConnection?: MessageConnectionResolvers<ContextType>;
  MessageEdge?: MessageEdgeResolvers<ContextType>;
  MessagePayload?: MessagePayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Presence?: PresenceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReadReceipt?: ReadReceiptResolvers<ContextType>;
  Room?: RoomResolvers<ContextType>;
  RoomConnection?: RoomConnectionResolvers<ContextType>;
  RoomEdge?: RoomEdgeResolvers<ContextType>;
  RoomMember?: RoomMemberResolvers<ContextType>;
  RoomMemberConnection?: RoomMemberConnectionResolvers<ContextType>;
  RoomMemberEdge?: RoomMemberEdgeResolvers<ContextType>;
  RoomPayload?: RoomPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TypingEvent?: TypingEventResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

