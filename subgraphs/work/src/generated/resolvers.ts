import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TaskRow } from '../entities';
import type { UserRef, WorkContext } from '../context';
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

/** A new task. */
export type CreateTaskInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Defaults to MEDIUM. */
  priority?: InputMaybe<TaskPriority>;
  /** Defaults to TODO. */
  status?: InputMaybe<TaskStatus>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
};

/** The result of deleting a task. */
export type DeleteTaskPayload = {
  __typename?: 'DeleteTaskPayload';
  /** Id of the deleted task; null when `errors` is not empty. */
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
  /** Too many requests; retry later. */
  | 'RATE_LIMITED'
  /** The operation needs a signed-in user. */
  | 'UNAUTHENTICATED';

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Assigns a task to a user, or unassigns it when `assigneeId` is null; only its owner may. Assigning it
   * to someone other than the owner notifies them (event `work.task.assigned`); assigning it to the
   * current assignee again changes nothing and notifies no one.
   */
  assignTask?: Maybe<TaskPayload>;
  /** Creates a task owned by the signed-in user. */
  createTask?: Maybe<TaskPayload>;
  /** Deletes a task; only its owner may. */
  deleteTask?: Maybe<DeleteTaskPayload>;
  /** Changes a task; only its owner may. */
  updateTask?: Maybe<TaskPayload>;
};


export type MutationAssignTaskArgs = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
};


export type MutationDeleteTaskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUpdateTaskArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTaskInput;
};

/** Sort direction. */
export type OrderDirection =
  | 'ASC'
  | 'DESC';

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
  /** Tasks assigned to the signed-in user, by anyone (same as `me { assignedTasks }`); newest first by default. */
  assignedTasks?: Maybe<TaskConnection>;
  /** A task by id; only its owner and its assignee see it. */
  task?: Maybe<Task>;
  /** The signed-in user's tasks (same as `me { tasks }`). */
  tasks?: Maybe<TaskConnection>;
};


export type QueryAssignedTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TaskOrder>;
};


export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TaskOrder>;
};

/** A to-do item owned by one user (catalogue #11, #18), optionally assigned to another who may see it. */
export type Task = {
  __typename?: 'Task';
  /** Who the task is assigned to, if anyone; they can see the task but not change it. */
  assignee?: Maybe<User>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Longer notes, up to 5,000 characters. */
  description?: Maybe<Scalars['String']['output']>;
  /** When it should be done, if it has a deadline. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Who owns the task; only they may change, assign or delete it. */
  owner?: Maybe<User>;
  /** How urgent it is. */
  priority: TaskPriority;
  /** Where the task stands. */
  status: TaskStatus;
  /** Free-form labels (at most 10, each 1 to 30 characters). */
  tags: Array<Scalars['String']['output']>;
  /** Short summary, 1 to 200 characters. */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of tasks. */
export type TaskConnection = {
  __typename?: 'TaskConnection';
  /** The tasks of this page. */
  edges: Array<TaskEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many tasks match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One task in a page of tasks. */
export type TaskEdge = {
  __typename?: 'TaskEdge';
  /** Opaque position of this task in the list. */
  cursor: Scalars['String']['output'];
  /** The task. */
  node: Task;
};

/** Narrows a task list; all given conditions must hold. */
export type TaskFilter = {
  /** Only tasks of this priority. */
  priority?: InputMaybe<TaskPriority>;
  /** Only tasks whose title or description contains this text (case-insensitive, 1 to 100 characters). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only tasks in this status. */
  status?: InputMaybe<TaskStatus>;
  /** Only tasks with this tag. */
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** How to sort a task list; ties are broken by id. */
export type TaskOrder = {
  direction: OrderDirection;
  field: TaskOrderField;
};

/** A field tasks can be sorted by. */
export type TaskOrderField =
  | 'CREATED_AT'
  | 'TITLE'
  | 'UPDATED_AT';

/** The result of creating or updating a task. */
export type TaskPayload = {
  __typename?: 'TaskPayload';
  /** Why the change was not saved; empty on success. */
  errors: Array<UserError>;
  /** The task as saved; null when `errors` is not empty. */
  task?: Maybe<Task>;
};

/** How urgent a task is. */
export type TaskPriority =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Where a task stands. */
export type TaskStatus =
  /** Finished. */
  | 'DONE'
  /** Being worked on. */
  | 'IN_PROGRESS'
  /** Not started. */
  | 'TODO';

/** Changes to a task; omitted fields keep their value, `null` clears optional ones. */
export type UpdateTaskInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  dueAt?: InputMaybe<Scalars['DateTime']['input']>;
  priority?: InputMaybe<TaskPriority>;
  status?: InputMaybe<TaskStatus>;
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A user, as seen by the work subgraph. */
export type User = {
  __typename?: 'User';
  /** Tasks other users (or the user) assigned to this user; visible to the user themself only. Null, with an error, when work cannot be reached. */
  assignedTasks?: Maybe<TaskConnection>;
  id: Scalars['ID']['output'];
  /** The user's tasks; visible to the user themself only. Null, with an error, when work cannot be reached. */
  tasks?: Maybe<TaskConnection>;
};


/** A user, as seen by the work subgraph. */
export type UserAssignedTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TaskOrder>;
};


/** A user, as seen by the work subgraph. */
export type UserTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TaskFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<TaskOrder>;
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
  Task: Task;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Task:
    ( { __typename: 'Task' }
    & GraphQLRecursivePick<FederationTypes['Task'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CreateTaskInput: CreateTaskInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteTaskPayload: ResolverTypeWrapper<DeleteTaskPayload>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ErrorCode: ErrorCode;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Task: ResolverTypeWrapper<TaskRow>;
  TaskConnection: ResolverTypeWrapper<Omit<TaskConnection, 'edges'> & { edges: Array<ResolversTypes['TaskEdge']> }>;
  TaskEdge: ResolverTypeWrapper<Omit<TaskEdge, 'node'> & { node: ResolversTypes['Task'] }>;
  TaskFilter: TaskFilter;
  TaskOrder: TaskOrder;
  TaskOrderField: TaskOrderField;
  TaskPayload: ResolverTypeWrapper<Omit<TaskPayload, 'task'> & { task?: Maybe<ResolversTypes['Task']> }>;
  TaskPriority: TaskPriority;
  TaskStatus: TaskStatus;
  UpdateTaskInput: UpdateTaskInput;
  User: ResolverTypeWrapper<UserRef>;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CreateTaskInput: CreateTaskInput;
  String: Scalars['String']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeleteTaskPayload: DeleteTaskPayload;
  ID: Scalars['ID']['output'];
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Int: Scalars['Int']['output'];
  Task: TaskRow;
  TaskConnection: Omit<TaskConnection, 'edges'> & { edges: Array<ResolversParentTypes['TaskEdge']> };
  TaskEdge: Omit<TaskEdge, 'node'> & { node: ResolversParentTypes['Task'] };
  TaskFilter: TaskFilter;
  TaskOrder: TaskOrder;
  TaskPayload: Omit<TaskPayload, 'task'> & { task?: Maybe<ResolversParentTypes['Task']> };
  UpdateTaskInput: UpdateTaskInput;
  User: UserRef;
  UserError: UserError;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteTaskPayloadResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['DeleteTaskPayload'] = ResolversParentTypes['DeleteTaskPayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  assignTask?: Resolver<Maybe<ResolversTypes['TaskPayload']>, ParentType, ContextType, RequireFields<MutationAssignTaskArgs, 'id'>>;
  createTask?: Resolver<Maybe<ResolversTypes['TaskPayload']>, ParentType, ContextType, RequireFields<MutationCreateTaskArgs, 'input'>>;
  deleteTask?: Resolver<Maybe<ResolversTypes['DeleteTaskPayload']>, ParentType, ContextType, RequireFields<MutationDeleteTaskArgs, 'id'>>;
  updateTask?: Resolver<Maybe<ResolversTypes['TaskPayload']>, ParentType, ContextType, RequireFields<MutationUpdateTaskArgs, 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  assignedTasks?: Resolver<Maybe<ResolversTypes['TaskConnection']>, ParentType, ContextType, RequireFields<QueryAssignedTasksArgs, 'first'>>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<QueryTaskArgs, 'id'>>;
  tasks?: Resolver<Maybe<ResolversTypes['TaskConnection']>, ParentType, ContextType, RequireFields<QueryTasksArgs, 'first'>>;
}>;

export type TaskResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task'], FederationReferenceType extends FederationReferenceTypes['Task'] = FederationReferenceTypes['Task']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Task']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TaskPriority'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TaskStatus'], ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type TaskConnectionResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['TaskConnection'] = ResolversParentTypes['TaskConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TaskEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TaskEdgeResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['TaskEdge'] = ResolversParentTypes['TaskEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
}>;

export type TaskPayloadResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['TaskPayload'] = ResolversParentTypes['TaskPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User'], FederationReferenceType extends FederationReferenceTypes['User'] = FederationReferenceTypes['User']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['User']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignedTasks?: Resolver<Maybe<ResolversTypes['TaskConnection']>, ParentType, ContextType, RequireFields<UserAssignedTasksArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tasks?: Resolver<Maybe<ResolversTypes['TaskConnection']>, ParentType, ContextType, RequireFields<UserTasksArgs, 'first'>>;
}>;

export type UserErrorResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = WorkContext> = ResolversObject<{
  DateTime?: GraphQLScalarType;
  DeleteTaskPayload?: DeleteTaskPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TaskConnection?: TaskConnectionResolvers<ContextType>;
  TaskEdge?: TaskEdgeResolvers<ContextType>;
  TaskPayload?: TaskPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

