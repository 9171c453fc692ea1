import { baseProperties, defineTenantEntity, p, type InferEntity } from '../../../kit';

export const PROJECT_ROLES = ['ADMIN', 'MEMBER', 'VIEWER'] as const;
export type ProjectRole = (typeof PROJECT_ROLES)[number];
export const STATE_GROUPS = ['BACKLOG', 'TODO', 'IN_PROGRESS', 'DONE'] as const;
export type StateGroup = (typeof STATE_GROUPS)[number];

/** A project (catalogue #51): a board of work items that only its members see. */
export const Project = defineTenantEntity({
  name: 'Project',
  tableName: 'projects',
  properties: {
    ...baseProperties(),
    name: p.string().length(120),
    createdById: p.string().length(36),
  },
});
export type ProjectRow = InferEntity<typeof Project>;

/** A user's role in one project; no row, no access. */
export const ProjectMember = defineTenantEntity({
  name: 'ProjectMember',
  tableName: 'project_members',
  properties: {
    ...baseProperties(),
    projectId: p.string().length(36),
    userId: p.string().length(36).index(),
    role: p.enum([...PROJECT_ROLES]),
  },
  uniques: [{ properties: ['projectId', 'userId'] }],
});
export type ProjectMemberRow = InferEntity<typeof ProjectMember>;

/** One column of a project's board, in a group (backlog, to do, in progress, done), ordered by `position`. */
export const ProjectState = defineTenantEntity({
  name: 'ProjectState',
  tableName: 'project_states',
  properties: {
    ...baseProperties(),
    projectId: p.string().length(36).index(),
    name: p.string().length(60),
    group: p.enum([...STATE_GROUPS]),
    position: p.integer(),
  },
});
export type ProjectStateRow = InferEntity<typeof ProjectState>;

/** One change of one field of a work item: who, what, from, to. Written in the flush of the change. */
export const TaskActivity = defineTenantEntity({
  name: 'TaskActivity',
  tableName: 'task_activities',
  properties: {
    ...baseProperties(),
    taskId: p.string().length(36),
    actorId: p.string().length(36),
    field: p.string().length(40),
    fromValue: p.string().length(300).nullable(),
    toValue: p.string().length(300).nullable(),
  },
  indexes: [{ properties: ['taskId', 'createdAt'] }],
});
export type TaskActivityRow = InferEntity<typeof TaskActivity>;

/**
 * A comment on a work item. `mentionIds` are the project members it @mentions (each notified once, on
 * the write that first mentions them); `editedAt` is set by an edit. Only the author edits or deletes it.
 */
export const TaskComment = defineTenantEntity({
  name: 'TaskComment',
  tableName: 'task_comments',
  properties: {
    ...baseProperties(),
    taskId: p.string().length(36),
    authorId: p.string().length(36),
    body: p.text(),
    mentionIds: p.json<string[]>(),
    editedAt: p.datetime().nullable(),
  },
  indexes: [{ properties: ['taskId', 'createdAt'] }],
});
export type TaskCommentRow = InferEntity<typeof TaskComment>;

/** A cycle (sprint) of a project: a named span of days that work items are planned into. */
export const Cycle = defineTenantEntity({
  name: 'Cycle',
  tableName: 'cycles',
  properties: {
    ...baseProperties(),
    projectId: p.string().length(36),
    name: p.string().length(120),
    startsAt: p.datetime(3),
    endsAt: p.datetime(3),
  },
  indexes: [{ properties: ['projectId', 'startsAt'] }],
});
export type CycleRow = InferEntity<typeof Cycle>;
