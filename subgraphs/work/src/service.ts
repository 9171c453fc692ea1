import {
  fieldError,
  forbidden,
  notFound,
  paginate,
  totalOrder,
  badInput,
  recordEvent,
  type Connection,
  type Em,
  type PageArgs,
  type UserError,
  type Viewer,
} from '../../../kit';
import type { FilterQuery } from '@mikro-orm/core';
import { Task, TASK_PRIORITIES, TASK_STATUSES, type TaskRow } from './entities';

export type TaskStatus = (typeof TASK_STATUSES)[number];
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export interface TaskInput {
  title?: string | null;
  description?: string | null;
  status?: TaskStatus | null;
  priority?: TaskPriority | null;
  dueAt?: Date | null;
  tags?: string[] | null;
}

export interface TaskFilter {
  status?: TaskStatus | null;
  priority?: TaskPriority | null;
  search?: string | null;
}

export interface TaskOrder {
  field: 'CREATED_AT' | 'UPDATED_AT' | 'TITLE';
  direction: 'ASC' | 'DESC';
}

export type TaskListArgs = PageArgs & { filter?: TaskFilter | null; orderBy?: TaskOrder | null };

/** Who may see a task: its owner and its assignee. */
export function canSee(task: TaskRow, userId: string | undefined): boolean {
  return userId !== undefined && (task.ownerId === userId || task.assigneeId === userId);
}

export type TaskResult = { task: TaskRow; errors: [] } | { task: null; errors: UserError[] };

/** The event recorded when a task is assigned to someone other than its owner (consumed by notifications). */
export const TASK_ASSIGNED_EVENT = 'work.task.assigned';

/** User ids are identity's UUIDs; anything else cannot name a user. */
const USER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ORDER_COLUMN = { CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt', TITLE: 'title' } as const;
const TAG = /^[\p{L}\p{N}_-][\p{L}\p{N} _-]{0,29}$/u;

/**
 * Checks the fields present in `input` (all of them on create) and returns one error per bad field.
 * Trims strings; `creating` makes `title` required.
 */
export function validateTask(input: TaskInput, creating: boolean): UserError[] {
  const errors: UserError[] = [];
  if (creating || input.title !== undefined) {
    const title = input.title?.trim() ?? '';
    if (!title) errors.push(fieldError('input.title', 'Title is required.'));
    else if (title.length > 200) errors.push(fieldError('input.title', 'Title must be at most 200 characters.'));
  }
  if (input.description != null && input.description.length > 5000) {
    errors.push(fieldError('input.description', 'Description must be at most 5,000 characters.'));
  }
  if (!creating && input.status === null) errors.push(fieldError('input.status', 'Status cannot be cleared.'));
  if (!creating && input.priority === null) errors.push(fieldError('input.priority', 'Priority cannot be cleared.'));
  if (input.tags != null) {
    if (input.tags.length > 10) errors.push(fieldError('input.tags', 'At most 10 tags.'));
    const bad = input.tags.find((t) => !TAG.test(t.trim()));
    if (bad !== undefined) {
      errors.push(fieldError('input.tags', `Tag "${bad.slice(0, 40)}" must be 1 to 30 letters, digits, spaces, _ or -.`));
    }
  }
  return errors;
}

function cleanTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()))];
}

/** Task rules: owner-only changes, validation, listing. No GraphQL in here. */
export class TaskService {
  async create(em: Em, viewer: Viewer, input: TaskInput): Promise<TaskResult> {
    const errors = validateTask(input, true);
    if (errors.length) return { task: null, errors };
    const task = em.create(Task, {
      ownerId: viewer.userId,
      title: input.title!.trim(),
      description: input.description ?? null,
      status: input.status ?? 'TODO',
      priority: input.priority ?? 'MEDIUM',
      dueAt: input.dueAt ?? null,
      tags: cleanTags(input.tags ?? []),
      assigneeId: null,
    });
    await em.flush();
    return { task, errors: [] };
  }

  /** Loads a task the viewer may change: NOT_FOUND when missing, FORBIDDEN when someone else's. */
  private async owned(em: Em, viewer: Viewer, id: string): Promise<TaskRow> {
    const task = await em.findOne(Task, { id });
    if (!task) throw notFound('Task', id);
    if (task.ownerId !== viewer.userId) throw forbidden('Only the owner of this task may change it.');
    return task;
  }

  async update(em: Em, viewer: Viewer, id: string, input: TaskInput): Promise<TaskResult> {
    const task = await this.owned(em, viewer, id);
    const errors = validateTask(input, false);
    if (errors.length) return { task: null, errors };
    if (input.title != null) task.title = input.title.trim();
    if (input.description !== undefined) task.description = input.description;
    if (input.status != null) task.status = input.status;
    if (input.priority != null) task.priority = input.priority;
    if (input.dueAt !== undefined) task.dueAt = input.dueAt;
    if (input.tags !== undefined) task.tags = cleanTags(input.tags ?? []);
    await em.flush();
    return { task, errors: [] };
  }

  /**
   * Assigns the task to `assigneeId`, or unassigns it (null); owner only. The `work.task.assigned`
   * event is recorded in the same flush as the change, and only when the task goes to someone new who
   * is not the owner: the owner needs no notice of their own action, and a repeated call is a no-op.
   * Work cannot check that the user exists (identity owns users); it checks the id's shape.
   */
  async assign(em: Em, viewer: Viewer, id: string, assigneeId: string | null): Promise<TaskResult> {
    const task = await this.owned(em, viewer, id);
    const next = assigneeId?.trim().toLowerCase() || null;
    if (assigneeId != null && (next === null || !USER_ID.test(next))) {
      return { task: null, errors: [fieldError('assigneeId', 'assigneeId must be the id of a user.')] };
    }
    if (task.assigneeId === next) return { task, errors: [] };
    task.assigneeId = next;
    if (next && next !== task.ownerId) {
      recordEvent(
        em,
        TASK_ASSIGNED_EVENT,
        { taskId: task.id, title: task.title, assignedBy: viewer.userId, assigneeId: next, recipientIds: [next] },
        { tenantId: task.tenantId },
      );
    }
    await em.flush();
    return { task, errors: [] };
  }

  async delete(em: Em, viewer: Viewer, id: string): Promise<string> {
    const task = await this.owned(em, viewer, id);
    await em.remove(task).flush();
    return id;
  }

  /** One page of a user's tasks. Two statements whatever the page size. */
  list(em: Em, ownerId: string, args: TaskListArgs): Promise<Connection<TaskRow>> {
    return this.page(em, { ownerId }, args);
  }

  /** One page of the tasks assigned to a user (by anyone, the user included). */
  listAssigned(em: Em, assigneeId: string, args: TaskListArgs): Promise<Connection<TaskRow>> {
    return this.page(em, { assigneeId }, args);
  }

  private async page(em: Em, base: FilterQuery<TaskRow>, args: TaskListArgs): Promise<Connection<TaskRow>> {
    const where: FilterQuery<TaskRow> = { ...(base as object) };
    const filter = args.filter ?? {};
    if (filter.status) where.status = filter.status;
    if (filter.priority) where.priority = filter.priority;
    if (filter.search != null) {
      const term = filter.search.trim();
      if (term.length < 1 || term.length > 100) throw badInput('search must be 1 to 100 characters.', 'filter.search');
      // LIKE wildcards in the term are taken literally by dropping them; both engines compare case-insensitively.
      const pattern = `%${term.replace(/[%_\\]/g, '')}%`;
      where.$or = [{ title: { $like: pattern } }, { description: { $like: pattern } }];
    }
    const order = args.orderBy ?? { field: 'CREATED_AT', direction: 'DESC' };
    return paginate(em, Task, where, args, totalOrder<TaskRow>(ORDER_COLUMN[order.field], order.direction));
  }
}
