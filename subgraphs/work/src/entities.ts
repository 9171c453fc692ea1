import { baseProperties, defineTenantEntity, p, type InferEntity } from '../../../kit';
import { Project, ProjectMember, ProjectState, TaskActivity, TaskComment, Cycle } from './project-entities';

export { Project, ProjectMember, ProjectState, TaskActivity, TaskComment, Cycle };

export const TASK_STATUSES = ['TODO', 'IN_PROGRESS', 'DONE'] as const;
export const TASK_PRIORITIES = ['LOW', 'MEDIUM', 'HIGH'] as const;

/**
 * A to-do item, owned by the tenant it was created in (the kit scopes every query to the request's
 * tenant). `ownerId` and `assigneeId` reference identity's User; work keeps no copy of user data.
 * The owner changes the task; the assignee (if any) may only see it.
 */
export const Task = defineTenantEntity({
  name: 'Task',
  tableName: 'tasks',
  properties: {
    ...baseProperties(),
    ownerId: p.string().length(36),
    title: p.string().length(200),
    description: p.text().nullable(),
    status: p.enum([...TASK_STATUSES]),
    priority: p.enum([...TASK_PRIORITIES]),
    dueAt: p.datetime(3).nullable(),
    tags: p.json<string[]>(),
    assigneeId: p.string().length(36).nullable(),
    // Project management (catalogue #51): a task in a project is a work item on its board.
    projectId: p.string().length(36).nullable(),
    stateId: p.string().length(36).nullable(),
    parentId: p.string().length(36).nullable(),
    estimate: p.integer().nullable(),
    /** The cycle (sprint) of the project it is planned in, if any. */
    cycleId: p.string().length(36).nullable(),
    /** Order within its state on the board (ascending; ties by id). */
    position: p.integer().default(0),
  },
  indexes: [
    { properties: ['ownerId', 'createdAt'] },
    { properties: ['ownerId', 'status'] },
    // `assignedTasks` lists by assignee, newest first.
    { properties: ['assigneeId', 'createdAt'] },
    // A board column: the items of one state, in order.
    { properties: ['stateId', 'position'] },
    { properties: ['projectId', 'createdAt'] },
    { properties: ['parentId', 'createdAt'] },
    { properties: ['cycleId', 'createdAt'] },
  ],
});
export type TaskRow = InferEntity<typeof Task>;

export const entities = [Task, Project, ProjectMember, ProjectState, TaskActivity, TaskComment, Cycle];
