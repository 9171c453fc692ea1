import {
  badInput,
  fail,
  fieldError,
  forbidden,
  jsonArrayHas,
  notFound,
  ok,
  paginate,
  totalOrder,
  recordEvent,
  requireViewer,
  type Connection,
  type Payload,
  type UserError,
} from '../../../kit';
import type { FilterQuery } from '@mikro-orm/core';
import type { WorkDeps } from './context';
import { Task, type TaskRow } from './entities';
import type { CreateTaskInput, QueryTasksArgs, UpdateTaskInput } from './generated/resolvers';

/** The arguments of every task list (`Query.tasks`, `Query.assignedTasks`, `User.tasks`, ...): generated from the SDL. */
export type TaskListArgs = QueryTasksArgs;

/** Who may see a task: its owner and its assignee. */
export function canSee(task: TaskRow, userId: string | undefined): boolean {
  return userId !== undefined && (task.ownerId === userId || task.assigneeId === userId);
}

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
export function validateTask(input: CreateTaskInput | UpdateTaskInput, creating: boolean): UserError[] {
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

function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()))];
}

/**
 * Task rules: who sees and changes what, validation, listing. No GraphQL in here. Every method takes
 * the kit's {@link WorkDeps} first (resolvers pass `ctx.deps`), then the operation's generated arguments.
 */
export class TaskService {
  async create(deps: WorkDeps, input: CreateTaskInput): Promise<Payload<{ task: TaskRow }>> {
    const viewer = requireViewer(deps.viewer);
    const errors = validateTask(input, true);
    if (errors.length) return fail(errors);
    const task = deps.em.create(Task, {
      ownerId: viewer.userId,
      title: input.title.trim(),
      description: input.description ?? null,
      status: input.status ?? 'TODO',
      priority: input.priority ?? 'MEDIUM',
      dueAt: input.dueAt ?? null,
      tags: cleanTags(input.tags ?? []),
      assigneeId: null,
    });
    await deps.em.flush();
    return ok({ task });
  }

  /** Loads a task the viewer may change: NOT_FOUND when missing, FORBIDDEN when someone else's. */
  private async owned(deps: WorkDeps, id: string): Promise<TaskRow> {
    const viewer = requireViewer(deps.viewer);
    const task = await deps.em.findOne(Task, { id });
    if (!task) throw notFound('Task', id);
    if (task.ownerId !== viewer.userId) throw forbidden('Only the owner of this task may change it.');
    return task;
  }

  async update(deps: WorkDeps, id: string, input: UpdateTaskInput): Promise<Payload<{ task: TaskRow }>> {
    const task = await this.owned(deps, id);
    const errors = validateTask(input, false);
    if (errors.length) return fail(errors);
    if (input.title != null) task.title = input.title.trim();
    if (input.description !== undefined) task.description = input.description;
    if (input.status != null) task.status = input.status;
    if (input.priority != null) task.priority = input.priority;
    if (input.dueAt !== undefined) task.dueAt = input.dueAt;
    if (input.tags !== undefined) task.tags = cleanTags(input.tags ?? []);
    await deps.em.flush();
    return ok({ task });
  }

  /**
   * Assigns the task to `assigneeId`, or unassigns it (null); owner only. The `work.task.assigned`
   * event is recorded in the same flush as the change, and only when the task goes to someone new who
   * is not the owner: the owner needs no notice of their own action, and a repeated call is a no-op.
   * Work cannot check that the user exists (identity owns users); it checks the id's shape.
   */
  async assign(deps: WorkDeps, id: string, assigneeId: string | null): Promise<Payload<{ task: TaskRow }>> {
    const task = await this.owned(deps, id);
    const next = assigneeId?.trim().toLowerCase() || null;
    if (assigneeId != null && (next === null || !USER_ID.test(next))) {
      return fail(fieldError('assigneeId', 'assigneeId must be the id of a user.'));
    }
    if (task.assigneeId === next) return ok({ task });
    task.assigneeId = next;
    if (next && next !== task.ownerId) {
      recordEvent(
        deps.em,
        TASK_ASSIGNED_EVENT,
        { taskId: task.id, title: task.title, assignedBy: task.ownerId, assigneeId: next, recipientIds: [next] },
        { tenantId: task.tenantId },
      );
    }
    await deps.em.flush();
    return ok({ task });
  }

  async delete(deps: WorkDeps, id: string): Promise<Payload<{ deletedId: string }>> {
    const task = await this.owned(deps, id);
    await deps.em.remove(task).flush();
    return ok({ deletedId: id });
  }

  /**
   * One page of the viewer's tasks; `ownerId` (from `User.tasks`) must be the viewer: nobody lists
   * another user's tasks. Two statements whatever the page size.
   */
  list(deps: WorkDeps, args: TaskListArgs, ownerId?: string): Promise<Connection<TaskRow>> {
    const viewer = requireViewer(deps.viewer);
    if (ownerId !== undefined && ownerId !== viewer.userId) throw forbidden('Only the user themself can list their tasks.');
    return this.page(deps, { ownerId: viewer.userId }, args);
  }

  /** One page of the tasks assigned to the viewer (by anyone, the viewer included); `assigneeId` as in {@link list}. */
  listAssigned(deps: WorkDeps, args: TaskListArgs, assigneeId?: string): Promise<Connection<TaskRow>> {
    const viewer = requireViewer(deps.viewer);
    if (assigneeId !== undefined && assigneeId !== viewer.userId) {
      throw forbidden('Only the user themself can list the tasks assigned to them.');
    }
    return this.page(deps, { assigneeId: viewer.userId }, args);
  }

  private async page(deps: WorkDeps, base: FilterQuery<TaskRow>, args: TaskListArgs): Promise<Connection<TaskRow>> {
    const { em } = deps;
    const where: FilterQuery<TaskRow> = { ...(base as object) };
    const filter = args.filter ?? {};
    if (filter.status) where.status = filter.status;
    if (filter.priority) where.priority = filter.priority;
    if (filter.tag != null) {
      const tag = filter.tag.trim();
      if (!TAG.test(tag)) throw badInput('tag must be 1 to 30 letters, digits, spaces, _ or -.', 'filter.tag');
      Object.assign(where, jsonArrayHas<TaskRow>(em, 'tags', tag));
    }
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
