import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { TaskRow } from '../entities';
import type { UserRef, WorkContext } from '../context';
import type { ProjectRow, ProjectStateRow, ProjectMemberRow, TaskActivityRow, TaskCommentRow, CycleRow } from '../project-entities';
import type { BoardChangeEvent } from '../projects';
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

/** One change of a project's board, pushed to everyone viewing it. */
export type BoardChange = {
  __typename?: 'BoardChange';
  /** Who made the change. */
  actor?: Maybe<User>;
  /** The item as it is now; null once it is gone. */
  item?: Maybe<Task>;
  /** The work item changed (or commented on). */
  itemId: Scalars['ID']['output'];
  kind: BoardChangeKind;
  projectId: Scalars['ID']['output'];
};

/** What changed on a board. */
export type BoardChangeKind =
  | 'COMMENT_ADDED'
  | 'COMMENT_DELETED'
  | 'COMMENT_EDITED'
  | 'ITEM_CREATED'
  | 'ITEM_CYCLE_CHANGED'
  | 'ITEM_MOVED'
  | 'ITEM_UPDATED';

/** A comment's text and who it mentions. */
export type CommentInput = {
  /** 1 to 5,000 characters. */
  body: Scalars['String']['input'];
  /** Members of the item's project to @mention (at most 20); anyone else is refused. */
  mentionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A new cycle of a project. */
export type CreateCycleInput = {
  endsAt: Scalars['DateTime']['input'];
  name: Scalars['String']['input'];
  startsAt: Scalars['DateTime']['input'];
};

/** A new project; the creator becomes its admin and gets the states Backlog, Todo, In Progress, Done. */
export type CreateProjectInput = {
  name: Scalars['String']['input'];
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

/** A new work item in a project. */
export type CreateWorkItemInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  estimate?: InputMaybe<Scalars['Int']['input']>;
  /** Makes it a sub-task of this item of the same project. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<TaskPriority>;
  /** Defaults to the first state of the board. */
  stateId?: InputMaybe<Scalars['ID']['input']>;
  /** Labels, as task tags. */
  tags?: InputMaybe<Array<Scalars['String']['input']>>;
  title: Scalars['String']['input'];
};

/** A cycle (sprint) of a project: work items planned between two dates. */
export type Cycle = {
  __typename?: 'Cycle';
  /** After `startsAt`; at most 366 days later. */
  endsAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** Its items, oldest first. */
  items: TaskConnection;
  /** 1 to 120 characters. */
  name: Scalars['String']['output'];
  /** How far along it is: items in a DONE state over all its items, by count and by estimate. */
  progress: CycleProgress;
  startsAt: Scalars['DateTime']['output'];
};


/** A cycle (sprint) of a project: work items planned between two dates. */
export type CycleItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CycleConnection = {
  __typename?: 'CycleConnection';
  edges: Array<CycleEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CycleEdge = {
  __typename?: 'CycleEdge';
  cursor: Scalars['String']['output'];
  node: Cycle;
};

export type CyclePayload = {
  __typename?: 'CyclePayload';
  cycle?: Maybe<Cycle>;
  errors: Array<UserError>;
};

/** A cycle's progress; items without an estimate count 0 in the estimate sums. */
export type CycleProgress = {
  __typename?: 'CycleProgress';
  done: Scalars['Int']['output'];
  doneEstimate: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  totalEstimate: Scalars['Int']['output'];
};

export type DeleteProjectPayload = {
  __typename?: 'DeleteProjectPayload';
  deletedId?: Maybe<Scalars['ID']['output']>;
  errors: Array<UserError>;
};

export type DeleteTaskCommentPayload = {
  __typename?: 'DeleteTaskCommentPayload';
  deletedId?: Maybe<Scalars['ID']['output']>;
  errors: Array<UserError>;
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
  /** The tenant's plan allows no more of this (e.g. members); choose a bigger plan. */
  | 'QUOTA_EXCEEDED'
  /** Too many requests; retry later. */
  | 'RATE_LIMITED'
  /** The operation needs a signed-in user. */
  | 'UNAUTHENTICATED';

export type Mutation = {
  __typename?: 'Mutation';
  /** Comments on a work item; members and admins. Mentioned members other than the author are notified. */
  addWorkItemComment?: Maybe<TaskCommentPayload>;
  /**
   * Assigns a task to a user, or unassigns it when `assigneeId` is null; only its owner may. Assigning it
   * to someone other than the owner notifies them (event `work.task.assigned`); assigning it to the
   * current assignee again changes nothing and notifies no one.
   */
  assignTask?: Maybe<TaskPayload>;
  /** Creates a cycle (sprint) in a project; admins only. */
  createCycle?: Maybe<CyclePayload>;
  /** Creates a project; the signed-in user becomes its admin. */
  createProject?: Maybe<ProjectPayload>;
  /** Creates a task owned by the signed-in user. */
  createTask?: Maybe<TaskPayload>;
  /** Creates a work item; admins and members. */
  createWorkItem?: Maybe<TaskPayload>;
  /** Deletes a project with its states, members and items; admins only. */
  deleteProject?: Maybe<DeleteProjectPayload>;
  /** Deletes a task; only its owner may. */
  deleteTask?: Maybe<DeleteTaskPayload>;
  /** Deletes a comment; its author only. */
  deleteWorkItemComment?: Maybe<DeleteTaskCommentPayload>;
  /** Changes a comment; its author only. Only members newly mentioned are notified. */
  editWorkItemComment?: Maybe<TaskCommentPayload>;
  /** Moves a work item to `position` (0-based, clamped) of `stateId`; admins and members. */
  moveWorkItem?: Maybe<TaskPayload>;
  /** Renames a project; admins only. */
  renameProject?: Maybe<ProjectPayload>;
  /** Reorders the board's states: `stateIds` must list every state of the project once; admins only. */
  reorderStates?: Maybe<ProjectPayload>;
  /** Adds a member of the current tenant to a project, or changes their role; admins only. */
  setProjectMember?: Maybe<ProjectPayload>;
  /** Plans a work item into a cycle of its project, or out of any when `cycleId` is null; admins and members. */
  setWorkItemCycle?: Maybe<TaskPayload>;
  /** Changes a task; only its owner may. */
  updateTask?: Maybe<TaskPayload>;
  /** Changes a work item; admins and members. Every changed field is a row of its activity. */
  updateWorkItem?: Maybe<TaskPayload>;
};


export type MutationAddWorkItemCommentArgs = {
  input: CommentInput;
  taskId: Scalars['ID']['input'];
};


export type MutationAssignTaskArgs = {
  assigneeId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationCreateCycleArgs = {
  input: CreateCycleInput;
  projectId: Scalars['ID']['input'];
};


export type MutationCreateProjectArgs = {
  input: CreateProjectInput;
};


export type MutationCreateTaskArgs = {
  input: CreateTaskInput;
};


export type MutationCreateWorkItemArgs = {
  input: CreateWorkItemInput;
  projectId: Scalars['ID']['input'];
};


export type MutationDeleteProjectArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTaskArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteWorkItemCommentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEditWorkItemCommentArgs = {
  id: Scalars['ID']['input'];
  input: CommentInput;
};


export type MutationMoveWorkItemArgs = {
  id: Scalars['ID']['input'];
  position: Scalars['Int']['input'];
  stateId: Scalars['ID']['input'];
};


export type MutationRenameProjectArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationReorderStatesArgs = {
  projectId: Scalars['ID']['input'];
  stateIds: Array<Scalars['ID']['input']>;
};


export type MutationSetProjectMemberArgs = {
  projectId: Scalars['ID']['input'];
  role: ProjectRole;
  userId: Scalars['ID']['input'];
};


export type MutationSetWorkItemCycleArgs = {
  cycleId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationUpdateTaskArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTaskInput;
};


export type MutationUpdateWorkItemArgs = {
  id: Scalars['ID']['input'];
  input: UpdateWorkItemInput;
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

/** A project (catalogue #51): a board of work items. Only its members see it. */
export type Project = {
  __typename?: 'Project';
  createdAt: Scalars['DateTime']['output'];
  /** Cycles (sprints), by start date. */
  cycles: CycleConnection;
  id: Scalars['ID']['output'];
  /** Work items, by state position then id; `stateId` narrows to one board column. */
  items: TaskConnection;
  /** Members, oldest first. */
  members: ProjectMemberConnection;
  /** 1 to 120 characters. */
  name: Scalars['String']['output'];
  /** The board's states, in board order (at most 20). */
  states: Array<ProjectState>;
  /** The signed-in user's role. */
  viewerRole: ProjectRole;
};


/** A project (catalogue #51): a board of work items. Only its members see it. */
export type ProjectCyclesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A project (catalogue #51): a board of work items. Only its members see it. */
export type ProjectItemsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  stateId?: InputMaybe<Scalars['ID']['input']>;
};


/** A project (catalogue #51): a board of work items. Only its members see it. */
export type ProjectMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ProjectConnection = {
  __typename?: 'ProjectConnection';
  edges: Array<ProjectEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectEdge = {
  __typename?: 'ProjectEdge';
  cursor: Scalars['String']['output'];
  node: Project;
};

/** A user's membership of a project. */
export type ProjectMember = {
  __typename?: 'ProjectMember';
  /** When they joined. */
  createdAt: Scalars['DateTime']['output'];
  role: ProjectRole;
  user?: Maybe<User>;
};

export type ProjectMemberConnection = {
  __typename?: 'ProjectMemberConnection';
  edges: Array<ProjectMemberEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProjectMemberEdge = {
  __typename?: 'ProjectMemberEdge';
  cursor: Scalars['String']['output'];
  node: ProjectMember;
};

export type ProjectPayload = {
  __typename?: 'ProjectPayload';
  errors: Array<UserError>;
  project?: Maybe<Project>;
};

/** A member's role in a project: admins manage members and states, members change items, viewers only read. */
export type ProjectRole =
  | 'ADMIN'
  | 'MEMBER'
  | 'VIEWER';

/** One column of a project's board. */
export type ProjectState = {
  __typename?: 'ProjectState';
  group: StateGroup;
  id: Scalars['ID']['output'];
  /** 1 to 60 characters. */
  name: Scalars['String']['output'];
  /** 0-based position on the board. */
  position: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Tasks assigned to the signed-in user, by anyone (same as `me { assignedTasks }`); newest first by default. */
  assignedTasks?: Maybe<TaskConnection>;
  /** A project the signed-in user is a member of; null otherwise. */
  project?: Maybe<Project>;
  /** The projects the signed-in user is a member of, newest first. */
  projects?: Maybe<ProjectConnection>;
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


export type QueryProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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

/** The group a board state belongs to; moving an item into a state sets its `status` (DONE, IN_PROGRESS, else TODO). */
export type StateGroup =
  | 'BACKLOG'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'TODO';

export type Subscription = {
  __typename?: 'Subscription';
  /** Every change of a project's board (items created, changed, moved, planned; comments), to its members; ends when the viewer stops being one. NOT_FOUND for non-members. */
  boardChanged?: Maybe<BoardChange>;
};


export type SubscriptionBoardChangedArgs = {
  projectId: Scalars['ID']['input'];
};

/** A to-do item owned by one user (catalogue #11, #18), optionally assigned to another who may see it. */
export type Task = {
  __typename?: 'Task';
  /** Every change of the item, oldest first. */
  activity?: Maybe<TaskActivityConnection>;
  /** Who the task is assigned to, if anyone; they can see the task but not change it. */
  assignee?: Maybe<User>;
  /** Comments on the item, oldest first; project members only. */
  comments?: Maybe<TaskCommentConnection>;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The cycle (sprint) it is planned in, if any. */
  cycle?: Maybe<Cycle>;
  /** Longer notes, up to 5,000 characters. */
  description?: Maybe<Scalars['String']['output']>;
  /** When it should be done, if it has a deadline. */
  dueAt?: Maybe<Scalars['DateTime']['output']>;
  /** Estimate in points (0 to 1,000). */
  estimate?: Maybe<Scalars['Int']['output']>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Who owns the task; only they may change, assign or delete it. */
  owner?: Maybe<User>;
  /** The item this is a sub-task of. */
  parent?: Maybe<Task>;
  /** Order within its state (ascending). */
  position: Scalars['Int']['output'];
  /** How urgent it is. */
  priority: TaskPriority;
  /** The project this task is a work item of, if any; visible to the project's members. */
  project?: Maybe<Project>;
  /** Its column on the project's board. */
  state?: Maybe<ProjectState>;
  /** Where the task stands. */
  status: TaskStatus;
  /** Sub-tasks, oldest first. */
  subtasks?: Maybe<TaskConnection>;
  /** Free-form labels (at most 10, each 1 to 30 characters). */
  tags: Array<Scalars['String']['output']>;
  /** Short summary, 1 to 200 characters. */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A to-do item owned by one user (catalogue #11, #18), optionally assigned to another who may see it. */
export type TaskActivityArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A to-do item owned by one user (catalogue #11, #18), optionally assigned to another who may see it. */
export type TaskCommentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A to-do item owned by one user (catalogue #11, #18), optionally assigned to another who may see it. */
export type TaskSubtasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** One change of one field of a work item. */
export type TaskActivity = {
  __typename?: 'TaskActivity';
  /** Who made the change. */
  actor?: Maybe<User>;
  createdAt: Scalars['DateTime']['output'];
  /** `created`, `title`, `priority`, `estimate`, `parent`, `state`, `position`, `tags`. */
  field: Scalars['String']['output'];
  /** The value before (state and parent by id), null if none. */
  from?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The value after, null if none. */
  to?: Maybe<Scalars['String']['output']>;
};

export type TaskActivityConnection = {
  __typename?: 'TaskActivityConnection';
  edges: Array<TaskActivityEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TaskActivityEdge = {
  __typename?: 'TaskActivityEdge';
  cursor: Scalars['String']['output'];
  node: TaskActivity;
};

/** A comment on a work item, by a project member. */
export type TaskComment = {
  __typename?: 'TaskComment';
  /** Who wrote it. */
  author?: Maybe<User>;
  /** 1 to 5,000 characters. */
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** When the author last edited it; null if never. */
  editedAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  /** The project members it @mentions; each is notified (event `work.comment.mentioned`) when first mentioned. */
  mentions?: Maybe<Array<User>>;
};

export type TaskCommentConnection = {
  __typename?: 'TaskCommentConnection';
  edges: Array<TaskCommentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TaskCommentEdge = {
  __typename?: 'TaskCommentEdge';
  cursor: Scalars['String']['output'];
  node: TaskComment;
};

export type TaskCommentPayload = {
  __typename?: 'TaskCommentPayload';
  /** The comment as saved; null when `errors` is not empty. */
  comment?: Maybe<TaskComment>;
  /** Why the change was not saved; empty on success. */
  errors: Array<UserError>;
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

/** Changes to a work item; omitted fields keep their value, `null` clears parent and estimate. */
export type UpdateWorkItemInput = {
  estimate?: InputMaybe<Scalars['Int']['input']>;
  /** Another item of the project; a change that would make a cycle is refused. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
  priority?: InputMaybe<TaskPriority>;
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
  Project: Project;
  Task: Task;
  User: User;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Project:
    ( { __typename: 'Project' }
    & GraphQLRecursivePick<FederationTypes['Project'], {"id":true}> );
  Task:
    ( { __typename: 'Task' }
    & GraphQLRecursivePick<FederationTypes['Task'], {"id":true}> );
  User:
    ( { __typename: 'User' }
    & GraphQLRecursivePick<FederationTypes['User'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  BoardChange: ResolverTypeWrapper<BoardChangeEvent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  BoardChangeKind: BoardChangeKind;
  CommentInput: CommentInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CreateCycleInput: CreateCycleInput;
  CreateProjectInput: CreateProjectInput;
  CreateTaskInput: CreateTaskInput;
  CreateWorkItemInput: CreateWorkItemInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Cycle: ResolverTypeWrapper<CycleRow>;
  CycleConnection: ResolverTypeWrapper<Omit<CycleConnection, 'edges'> & { edges: Array<ResolversTypes['CycleEdge']> }>;
  CycleEdge: ResolverTypeWrapper<Omit<CycleEdge, 'node'> & { node: ResolversTypes['Cycle'] }>;
  CyclePayload: ResolverTypeWrapper<Omit<CyclePayload, 'cycle'> & { cycle?: Maybe<ResolversTypes['Cycle']> }>;
  CycleProgress: ResolverTypeWrapper<CycleProgress>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteProjectPayload: ResolverTypeWrapper<DeleteProjectPayload>;
  DeleteTaskCommentPayload: ResolverTypeWrapper<DeleteTaskCommentPayload>;
  DeleteTaskPayload: ResolverTypeWrapper<DeleteTaskPayload>;
  ErrorCode: ErrorCode;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrderDirection: OrderDirection;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Project: ResolverTypeWrapper<ProjectRow>;
  ProjectConnection: ResolverTypeWrapper<Omit<ProjectConnection, 'edges'> & { edges: Array<ResolversTypes['ProjectEdge']> }>;
  ProjectEdge: ResolverTypeWrapper<Omit<ProjectEdge, 'node'> & { node: ResolversTypes['Project'] }>;
  ProjectMember: ResolverTypeWrapper<ProjectMemberRow>;
  ProjectMemberConnection: ResolverTypeWrapper<Omit<ProjectMemberConnection, 'edges'> & { edges: Array<ResolversTypes['ProjectMemberEdge']> }>;
  ProjectMemberEdge: ResolverTypeWrapper<Omit<ProjectMemberEdge, 'node'> & { node: ResolversTypes['ProjectMember'] }>;
  ProjectPayload: ResolverTypeWrapper<Omit<ProjectPayload, 'project'> & { project?: Maybe<ResolversTypes['Project']> }>;
  ProjectRole: ProjectRole;
  ProjectState: ResolverTypeWrapper<ProjectStateRow>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  StateGroup: StateGroup;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Task: ResolverTypeWrapper<TaskRow>;
  TaskActivity: ResolverTypeWrapper<TaskActivityRow>;
  TaskActivityConnection: ResolverTypeWrapper<Omit<TaskActivityConnection, 'edges'> & { edges: Array<ResolversTypes['TaskActivityEdge']> }>;
  TaskActivityEdge: ResolverTypeWrapper<Omit<TaskActivityEdge, 'node'> & { node: ResolversTypes['TaskActivity'] }>;
  TaskComment: ResolverTypeWrapper<TaskCommentRow>;
  TaskCommentConnection: ResolverTypeWrapper<Omit<TaskCommentConnection, 'edges'> & { edges: Array<ResolversTypes['TaskCommentEdge']> }>;
  TaskCommentEdge: ResolverTypeWrapper<Omit<TaskCommentEdge, 'node'> & { node: ResolversTypes['TaskComment'] }>;
  TaskCommentPayload: ResolverTypeWrapper<Omit<TaskCommentPayload, 'comment'> & { comment?: Maybe<ResolversTypes['TaskComment']> }>;
  TaskConnection: ResolverTypeWrapper<Omit<TaskConnection, 'edges'> & { edges: Array<ResolversTypes['TaskEdge']> }>;
  TaskEdge: ResolverTypeWrapper<Omit<TaskEdge, 'node'> & { node: ResolversTypes['Task'] }>;
  TaskFilter: TaskFilter;
  TaskOrder: TaskOrder;
  TaskOrderField: TaskOrderField;
  TaskPayload: ResolverTypeWrapper<Omit<TaskPayload, 'task'> & { task?: Maybe<ResolversTypes['Task']> }>;
  TaskPriority: TaskPriority;
  TaskStatus: TaskStatus;
  UpdateTaskInput: UpdateTaskInput;
  UpdateWorkItemInput: UpdateWorkItemInput;
  User: ResolverTypeWrapper<UserRef>;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  BoardChange: BoardChangeEvent;
  ID: Scalars['ID']['output'];
  CommentInput: CommentInput;
  String: Scalars['String']['output'];
  CreateCycleInput: CreateCycleInput;
  CreateProjectInput: CreateProjectInput;
  CreateTaskInput: CreateTaskInput;
  CreateWorkItemInput: CreateWorkItemInput;
  Int: Scalars['Int']['output'];
  Cycle: CycleRow;
  CycleConnection: Omit<CycleConnection, 'edges'> & { edges: Array<ResolversParentTypes['CycleEdge']> };
  CycleEdge: Omit<CycleEdge, 'node'> & { node: ResolversParentTypes['Cycle'] };
  CyclePayload: Omit<CyclePayload, 'cycle'> & { cycle?: Maybe<ResolversParentTypes['Cycle']> };
  CycleProgress: CycleProgress;
  DateTime: Scalars['DateTime']['output'];
  DeleteProjectPayload: DeleteProjectPayload;
  DeleteTaskCommentPayload: DeleteTaskCommentPayload;
  DeleteTaskPayload: DeleteTaskPayload;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Project: ProjectRow;
  ProjectConnection: Omit<ProjectConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProjectEdge']> };
  ProjectEdge: Omit<ProjectEdge, 'node'> & { node: ResolversParentTypes['Project'] };
  ProjectMember: ProjectMemberRow;
  ProjectMemberConnection: Omit<ProjectMemberConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProjectMemberEdge']> };
  ProjectMemberEdge: Omit<ProjectMemberEdge, 'node'> & { node: ResolversParentTypes['ProjectMember'] };
  ProjectPayload: Omit<ProjectPayload, 'project'> & { project?: Maybe<ResolversParentTypes['Project']> };
  ProjectState: ProjectStateRow;
  Query: Record<PropertyKey, never>;
  Subscription: Record<PropertyKey, never>;
  Task: TaskRow;
  TaskActivity: TaskActivityRow;
  TaskActivityConnection: Omit<TaskActivityConnection, 'edges'> & { edges: Array<ResolversParentTypes['TaskActivityEdge']> };
  TaskActivityEdge: Omit<TaskActivityEdge, 'node'> & { node: ResolversParentTypes['TaskActivity'] };
  TaskComment: TaskCommentRow;
  TaskCommentConnection: Omit<TaskCommentConnection, 'edges'> & { edges: Array<ResolversParentTypes['TaskCommentEdge']> };
  TaskCommentEdge: Omit<TaskCommentEdge, 'node'> & { node: ResolversParentTypes['TaskComment'] };
  TaskCommentPayload: Omit<TaskCommentPayload, 'comment'> & { comment?: Maybe<ResolversParentTypes['TaskComment']> };
  TaskConnection: Omit<TaskConnection, 'edges'> & { edges: Array<ResolversParentTypes['TaskEdge']> };
  TaskEdge: Omit<TaskEdge, 'node'> & { node: ResolversParentTypes['Task'] };
  TaskFilter: TaskFilter;
  TaskOrder: TaskOrder;
  TaskPayload: Omit<TaskPayload, 'task'> & { task?: Maybe<ResolversParentTypes['Task']> };
  UpdateTaskInput: UpdateTaskInput;
  UpdateWorkItemInput: UpdateWorkItemInput;
  User: UserRef;
  UserError: UserError;
}>;

export type BoardChangeResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['BoardChange'] = ResolversParentTypes['BoardChange']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  item?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  itemId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['BoardChangeKind'], ParentType, ContextType>;
  projectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CycleResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['Cycle'] = ResolversParentTypes['Cycle']> = ResolversObject<{
  endsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<CycleItemsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['CycleProgress'], ParentType, ContextType>;
  startsAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CycleConnectionResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['CycleConnection'] = ResolversParentTypes['CycleConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CycleEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CycleEdgeResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['CycleEdge'] = ResolversParentTypes['CycleEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Cycle'], ParentType, ContextType>;
}>;

export type CyclePayloadResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['CyclePayload'] = ResolversParentTypes['CyclePayload']> = ResolversObject<{
  cycle?: Resolver<Maybe<ResolversTypes['Cycle']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type CycleProgressResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['CycleProgress'] = ResolversParentTypes['CycleProgress']> = ResolversObject<{
  done?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  doneEstimate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalEstimate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteProjectPayloadResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['DeleteProjectPayload'] = ResolversParentTypes['DeleteProjectPayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DeleteTaskCommentPayloadResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['DeleteTaskCommentPayload'] = ResolversParentTypes['DeleteTaskCommentPayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DeleteTaskPayloadResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['DeleteTaskPayload'] = ResolversParentTypes['DeleteTaskPayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addWorkItemComment?: Resolver<Maybe<ResolversTypes['TaskCommentPayload']>, ParentType, ContextType, RequireFields<MutationAddWorkItemCommentArgs, 'input' | 'taskId'>>;
  assignTask?: Resolver<Maybe<ResolversTypes['TaskPayload']>, ParentType, ContextType, RequireFields<MutationAssignTaskArgs, 'id'>>;
  createCycle?: Resolver<Maybe<ResolversTypes['CyclePayload']>, ParentType, ContextType, RequireFields<MutationCreateCycleArgs, 'input' | 'projectId'>>;
  createProject?: Resolver<Maybe<ResolversTypes['ProjectPayload']>, ParentType, ContextType, RequireFields<MutationCreateProjectArgs, 'input'>>;
  createTask?: Resolver<Maybe<ResolversTypes['TaskPayload']>, ParentType, ContextType, RequireFields<MutationCreateTaskArgs, 'input'>>;
  createWorkItem?: Resolver<Maybe<ResolversTypes['TaskPayload']>, ParentType, ContextType, RequireFields<MutationCreateWorkItemArgs, 'input' | 'projectId'>>;
  deleteProject?: Resolver<Maybe<ResolversTypes['DeleteProjectPayload']>, ParentType, ContextType, RequireFields<MutationDeleteProjectArgs, 'id'>>;
  deleteTask?: Resolver<Maybe<ResolversTypes['DeleteTaskPayload']>, ParentType, ContextType, RequireFields<MutationDeleteTaskArgs, 'id'>>;
  deleteWorkItemComment?: Resolver<Maybe<ResolversTypes['DeleteTaskCommentPayload']>, ParentType, ContextType, RequireFields<MutationDeleteWorkItemCommentArgs, 'id'>>;
  editWorkItemComment?: Resolver<Maybe<ResolversTypes['TaskCommentPayload']>, ParentType, ContextType, RequireFields<MutationEditWorkItemCommentArgs, 'id' | 'input'>>;
  moveWorkItem?: Resolver<Maybe<ResolversTypes['TaskPayload']>, ParentType, ContextType, RequireFields<MutationMoveWorkItemArgs, 'id' | 'position' | 'stateId'>>;
  renameProject?: Resolver<Maybe<ResolversTypes['ProjectPayload']>, ParentType, ContextType, RequireFields<MutationRenameProjectArgs, 'id' | 'name'>>;
  reorderStates?: Resolver<Maybe<ResolversTypes['ProjectPayload']>, ParentType, ContextType, RequireFields<MutationReorderStatesArgs, 'projectId' | 'stateIds'>>;
  setProjectMember?: Resolver<Maybe<ResolversTypes['ProjectPayload']>, ParentType, ContextType, RequireFields<MutationSetProjectMemberArgs, 'projectId' | 'role' | 'userId'>>;
  setWorkItemCycle?: Resolver<Maybe<ResolversTypes['TaskPayload']>, ParentType, ContextType, RequireFields<MutationSetWorkItemCycleArgs, 'id'>>;
  updateTask?: Resolver<Maybe<ResolversTypes['TaskPayload']>, ParentType, ContextType, RequireFields<MutationUpdateTaskArgs, 'id' | 'input'>>;
  updateWorkItem?: Resolver<Maybe<ResolversTypes['TaskPayload']>, ParentType, ContextType, RequireFields<MutationUpdateWorkItemArgs, 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProjectResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project'], FederationReferenceType extends FederationReferenceTypes['Project'] = FederationReferenceTypes['Project']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Project']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cycles?: Resolver<ResolversTypes['CycleConnection'], ParentType, ContextType, RequireFields<ProjectCyclesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  items?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<ProjectItemsArgs, 'first'>>;
  members?: Resolver<ResolversTypes['ProjectMemberConnection'], ParentType, ContextType, RequireFields<ProjectMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  states?: Resolver<Array<ResolversTypes['ProjectState']>, ParentType, ContextType>;
  viewerRole?: Resolver<ResolversTypes['ProjectRole'], ParentType, ContextType>;
}>;

export type ProjectConnectionResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['ProjectConnection'] = ResolversParentTypes['ProjectConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProjectEdgeResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['ProjectEdge'] = ResolversParentTypes['ProjectEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Project'], ParentType, ContextType>;
}>;

export type ProjectMemberResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['ProjectMember'] = ResolversParentTypes['ProjectMember']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ProjectRole'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type ProjectMemberConnectionResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['ProjectMemberConnection'] = ResolversParentTypes['ProjectMemberConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProjectMemberEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProjectMemberEdgeResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['ProjectMemberEdge'] = ResolversParentTypes['ProjectMemberEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProjectMember'], ParentType, ContextType>;
}>;

export type ProjectPayloadResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['ProjectPayload'] = ResolversParentTypes['ProjectPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
}>;

export type ProjectStateResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['ProjectState'] = ResolversParentTypes['ProjectState']> = ResolversObject<{
  group?: Resolver<ResolversTypes['StateGroup'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  assignedTasks?: Resolver<Maybe<ResolversTypes['TaskConnection']>, ParentType, ContextType, RequireFields<QueryAssignedTasksArgs, 'first'>>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType, RequireFields<QueryProjectArgs, 'id'>>;
  projects?: Resolver<Maybe<ResolversTypes['ProjectConnection']>, ParentType, ContextType, RequireFields<QueryProjectsArgs, 'first'>>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<QueryTaskArgs, 'id'>>;
  tasks?: Resolver<Maybe<ResolversTypes['TaskConnection']>, ParentType, ContextType, RequireFields<QueryTasksArgs, 'first'>>;
}>;

export type SubscriptionResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  boardChanged?: SubscriptionResolver<Maybe<ResolversTypes['BoardChange']>, "boardChanged", ParentType, ContextType, RequireFields<SubscriptionBoardChangedArgs, 'projectId'>>;
}>;

export type TaskResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task'], FederationReferenceType extends FederationReferenceTypes['Task'] = FederationReferenceTypes['Task']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Task']> | FederationReferenceType, FederationReferenceType, ContextType>;
  activity?: Resolver<Maybe<ResolversTypes['TaskActivityConnection']>, ParentType, ContextType, RequireFields<TaskActivityArgs, 'first'>>;
  assignee?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  comments?: Resolver<Maybe<ResolversTypes['TaskCommentConnection']>, ParentType, ContextType, RequireFields<TaskCommentsArgs, 'first'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  cycle?: Resolver<Maybe<ResolversTypes['Cycle']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dueAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  estimate?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TaskPriority'], ParentType, ContextType>;
  project?: Resolver<Maybe<ResolversTypes['Project']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['ProjectState']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TaskStatus'], ParentType, ContextType>;
  subtasks?: Resolver<Maybe<ResolversTypes['TaskConnection']>, ParentType, ContextType, RequireFields<TaskSubtasksArgs, 'first'>>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type TaskActivityResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['TaskActivity'] = ResolversParentTypes['TaskActivity']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type TaskActivityConnectionResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['TaskActivityConnection'] = ResolversParentTypes['TaskActivityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TaskActivityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TaskActivityEdgeResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['TaskActivityEdge'] = ResolversParentTypes['TaskActivityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TaskActivity'], ParentType, ContextType>;
}>;

export type TaskCommentResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['TaskComment'] = ResolversParentTypes['TaskComment']> = ResolversObject<{
  author?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  editedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mentions?: Resolver<Maybe<Array<ResolversTypes['User']>>, ParentType, ContextType>;
}>;

export type TaskCommentConnectionResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['TaskCommentConnection'] = ResolversParentTypes['TaskCommentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TaskCommentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TaskCommentEdgeResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['TaskCommentEdge'] = ResolversParentTypes['TaskCommentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TaskComment'], ParentType, ContextType>;
}>;

export type TaskCommentPayloadResolvers<ContextType = WorkContext, ParentType extends ResolversParentTypes['TaskCommentPayload'] = ResolversParentTypes['TaskCommentPayload']> = ResolversObject<{
  comment?: Resolver<Maybe<ResolversTypes['TaskComment']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
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
  BoardChange?: BoardChangeResolvers<ContextType>;
  Cycle?: CycleResolvers<ContextType>;
  CycleConnection?: CycleConnectionResolvers<ContextType>;
  CycleEdge?: CycleEdgeResolvers<ContextType>;
  CyclePayload?: CyclePayloadResolvers<ContextType>;
  CycleProgress?: CycleProgressResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteProjectPayload?: DeleteProjectPayloadResolvers<ContextType>;
  DeleteTaskCommentPayload?: DeleteTaskCommentPayloadResolvers<ContextType>;
  DeleteTaskPayload?: DeleteTaskPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  ProjectConnection?: ProjectConnectionResolvers<ContextType>;
  ProjectEdge?: ProjectEdgeResolvers<ContextType>;
  ProjectMember?: ProjectMemberResolvers<ContextType>;
  ProjectMemberConnection?: ProjectMemberConnectionResolvers<ContextType>;
  ProjectMemberEdge?: ProjectMemberEdgeResolvers<ContextType>;
  ProjectPayload?: ProjectPayloadResolvers<ContextType>;
  ProjectState?: ProjectStateResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TaskActivity?: TaskActivityResolvers<ContextType>;
  TaskActivityConnection?: TaskActivityConnectionResolvers<ContextType>;
  TaskActivityEdge?: TaskActivityEdgeResolvers<ContextType>;
  TaskComment?: TaskCommentResolvers<ContextType>;
  TaskCommentConnection?: TaskCommentConnectionResolvers<ContextType>;
  TaskCommentEdge?: TaskCommentEdgeResolvers<ContextType>;
  TaskCommentPayload?: TaskCommentPayloadResolvers<ContextType>;
  TaskConnection?: TaskConnectionResolvers<ContextType>;
  TaskEdge?: TaskEdgeResolvers<ContextType>;
  TaskPayload?: TaskPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

