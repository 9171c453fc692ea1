import {
  fail,
  fieldError,
  forbidden,
  lockRow,
  notFound,
  ok,
  paginate,
  requireTenant,
  recordEvent,
  whileAllowed,
  totalOrder,
  type Connection,
  type Em,
  type PageArgs,
  type Payload,
  type UserError,
} from '../../../kit';
import type { FilterQuery } from '@mikro-orm/core';
import type { WorkDeps } from './context';
import { Task, type TaskRow } from './entities';
import type { CommentInput, CreateCycleInput, CreateWorkItemInput, UpdateWorkItemInput } from './generated/resolvers';
import {
  Project,
  ProjectMember,
  ProjectState,
  TaskActivity,
  TaskComment,
  Cycle,
  type CycleRow,
  type ProjectMemberRow,
  type ProjectRole,
  type ProjectRow,
  type ProjectStateRow,
  type TaskActivityRow,
  type TaskCommentRow,
} from './project-entities';
import { validateTask } from './service';

const USER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** How deep sub-tasks nest; also bounds the cycle check's walk. */
export const MAX_DEPTH = 20;
export const MAX_STATES = 20;
export const MAX_COMMENT = 5000;
export const MAX_MENTIONS = 20;
/** The event recorded when a comment first mentions a member (consumed by notifications). */
export const COMMENT_MENTIONED_EVENT = 'work.comment.mentioned';
const DEFAULT_STATES = [
  { name: 'Backlog', group: 'BACKLOG' },
  { name: 'Todo', group: 'TODO' },
  { name: 'In Progress', group: 'IN_PROGRESS' },
  { name: 'Done', group: 'DONE' },
] as const;
const STATUS_OF_GROUP = { BACKLOG: 'TODO', TODO: 'TODO', IN_PROGRESS: 'IN_PROGRESS', DONE: 'DONE' } as const;

/** The pub/sub topic of one project's board (published after commit, across replicas with REDIS_URL). */
export const boardTopic = (projectId: string): string => `work:project:${projectId}:board`;

export type BoardChangeKind =
  'ITEM_CREATED' | 'ITEM_UPDATED' | 'ITEM_MOVED' | 'ITEM_CYCLE_CHANGED' | 'COMMENT_ADDED' | 'COMMENT_EDITED' | 'COMMENT_DELETED';

/** What `boardChanged` subscribers receive. */
export interface BoardChangeEvent {
  kind: BoardChangeKind;
  projectId: string;
  itemId: string;
  actorId: string;
}

function checkName(name: string, field: string, max: number): UserError[] {
  const trimmed = name.trim();
  if (!trimmed) return [fieldError(field, 'Name is required.')];
  if (trimmed.length > max) return [fieldError(field, `Name must be at most ${max} characters.`)];
  return [];
}

function checkEstimate(estimate: number | null | undefined): UserError[] {
  if (estimate == null || (Number.isInteger(estimate) && estimate >= 0 && estimate <= 1000)) return [];
  return [fieldError('input.estimate', 'Estimate must be a whole number from 0 to 1,000.')];
}

/** An activity value: ids and short text as they are, longer text cut to the column's 300 characters. */
function show(value: unknown): string | null {
  if (value == null) return null;
  const text = Array.isArray(value) ? value.join(', ') : String(value);
  return text.slice(0, 300);
}

/**
 * Projects (catalogue #51): membership and roles, board states, work items (tasks with a project),
 * their activity. Only members see a project and its items; viewers read, members and admins change
 * items, admins manage the project.
 */
export class ProjectService {
  /** The viewer's role in `projectId`, null when not a member (or the project is another tenant's). */
  async roleOf(deps: WorkDeps, projectId: string): Promise<ProjectRole | null> {
    if (!deps.viewer) return null;
    const row = await deps.loaders.membership.load(`${projectId}:${deps.viewer.userId}`);
    return row?.role ?? null;
  }

  /** The project if the viewer is a member with at least `min`; NOT_FOUND for non-members, FORBIDDEN for a lower role. */
  private async project(deps: WorkDeps, id: string, min: ProjectRole): Promise<ProjectRow> {
    requireTenant(deps.viewer);
    const role = await this.roleOf(deps, id);
    const project = role ? await deps.loaders.projectById.load(id) : null;
    if (!project || !role) throw notFound('Project', id);
    const rank = { VIEWER: 0, MEMBER: 1, ADMIN: 2 } as const;
    if (rank[role] < rank[min]) throw forbidden(`This needs the ${min.toLowerCase()} role in the project.`);
    return project;
  }

  async get(deps: WorkDeps, id: string): Promise<ProjectRow | null> {
    if (!deps.viewer) return null;
    return (await this.roleOf(deps, id)) ? deps.loaders.projectById.load(id) : null;
  }

  async list(deps: WorkDeps, args: PageArgs): Promise<Connection<ProjectRow>> {
    const viewer = requireTenant(deps.viewer);
    const memberships = deps.em.createQueryBuilder(ProjectMember, 'm').select('m.project_id').where({ userId: viewer.userId });
    return paginate(
      deps.em,
      Project,
      { id: { $in: memberships.getKnexQuery() } } as unknown as FilterQuery<ProjectRow>,
      args,
      totalOrder<ProjectRow>('createdAt', 'DESC'),
    );
  }

  async create(deps: WorkDeps, name: string): Promise<Payload<{ project: ProjectRow }>> {
    const viewer = requireTenant(deps.viewer);
    const errors = checkName(name, 'input.name', 120);
    if (errors.length) return fail(errors);
    const project = deps.em.create(Project, { name: name.trim(), createdById: viewer.userId });
    deps.em.create(ProjectMember, { projectId: project.id, userId: viewer.userId, role: 'ADMIN' });
    DEFAULT_STATES.forEach((s, position) => deps.em.create(ProjectState, { projectId: project.id, ...s, position }));
    await deps.em.flush();
    return ok({ project });
  }

  async rename(deps: WorkDeps, id: string, name: string): Promise<Payload<{ project: ProjectRow }>> {
    const project = await this.project(deps, id, 'ADMIN');
    const errors = checkName(name, 'name', 120);
    if (errors.length) return fail(errors);
    project.name = name.trim();
    await deps.em.flush();
    return ok({ project });
  }

  async delete(deps: WorkDeps, id: string): Promise<Payload<{ deletedId: string }>> {
    await this.project(deps, id, 'ADMIN');
    await deps.em.transactional(async (tx) => {
      const items = tx.createQueryBuilder(Task, 't').select('t.id').where({ projectId: id });
      await tx.nativeDelete(TaskActivity, { taskId: { $in: items.getKnexQuery() } } as unknown as FilterQuery<TaskActivityRow>);
      await tx.nativeDelete(Cycle, { projectId: id });
      await tx.nativeDelete(TaskComment, { taskId: { $in: items.getKnexQuery() } } as unknown as FilterQuery<TaskCommentRow>);
      await tx.nativeDelete(Task, { projectId: id });
      await tx.nativeDelete(ProjectState, { projectId: id });
      await tx.nativeDelete(ProjectMember, { projectId: id });
      await tx.nativeDelete(Project, { id });
    });
    return ok({ deletedId: id });
  }

  async setMember(deps: WorkDeps, projectId: string, userId: string, role: ProjectRole): Promise<Payload<{ project: ProjectRow }>> {
    const project = await this.project(deps, projectId, 'ADMIN');
    const id = userId.trim().toLowerCase();
    if (!USER_ID.test(id)) return fail(fieldError('userId', 'userId must be the id of a user.'));
    if (id === deps.viewer!.userId && role !== 'ADMIN') return fail(fieldError('role', 'You cannot lower your own role.'));
    const existing = await deps.em.findOne(ProjectMember, { projectId, userId: id });
    if (existing) existing.role = role;
    else deps.em.create(ProjectMember, { projectId, userId: id, role });
    await deps.em.flush();
    return ok({ project });
  }

  async reorderStates(deps: WorkDeps, projectId: string, stateIds: readonly string[]): Promise<Payload<{ project: ProjectRow }>> {
    const project = await this.project(deps, projectId, 'ADMIN');
    if (stateIds.length > MAX_STATES) return fail(fieldError('stateIds', `At most ${MAX_STATES} states.`));
    const states = await deps.em.find(ProjectState, { projectId });
    const byId = new Map(states.map((s) => [s.id, s]));
    if (new Set(stateIds).size !== stateIds.length || stateIds.length !== states.length || stateIds.some((id) => !byId.has(id))) {
      return fail(fieldError('stateIds', 'stateIds must list every state of the project exactly once.'));
    }
    stateIds.forEach((id, position) => (byId.get(id)!.position = position));
    await deps.em.flush();
    return ok({ project });
  }

  states(deps: WorkDeps, projectId: string): Promise<ProjectStateRow[]> {
    return deps.loaders.statesByProject.load(projectId);
  }

  members(deps: WorkDeps, projectId: string, args: PageArgs): Promise<Connection<ProjectMemberRow>> {
    return deps.loaders.membersByProject.load(projectId, args, totalOrder<ProjectMemberRow>('createdAt', 'ASC'));
  }

  async items(deps: WorkDeps, projectId: string, args: PageArgs & { stateId?: string | null }): Promise<Connection<TaskRow>> {
    const where: FilterQuery<TaskRow> = { projectId };
    if (args.stateId != null) where.stateId = args.stateId;
    return paginate(deps.em, Task, where, args, { position: 'ASC', id: 'ASC' } as never);
  }

  subtasks(deps: WorkDeps, parentId: string, args: PageArgs): Promise<Connection<TaskRow>> {
    return deps.loaders.subtasksByParent.load(parentId, args, totalOrder<TaskRow>('createdAt', 'ASC'));
  }

  activity(deps: WorkDeps, taskId: string, args: PageArgs): Promise<Connection<TaskActivityRow>> {
    return deps.loaders.activityByTask.load(taskId, args, totalOrder<TaskActivityRow>('createdAt', 'ASC'));
  }

  private log(em: Em, task: TaskRow, actorId: string, field: string, from: unknown, to: unknown): void {
    em.create(TaskActivity, { taskId: task.id, actorId, field, fromValue: show(from), toValue: show(to) });
  }

  private async state(em: Em, projectId: string, stateId: string, field: string): Promise<ProjectStateRow | UserError> {
    const state = await em.findOne(ProjectState, { id: stateId, projectId });
    return state ?? fieldError(field, 'No such state in this project.');
  }

  async createItem(deps: WorkDeps, projectId: string, input: CreateWorkItemInput): Promise<Payload<{ task: TaskRow }>> {
    await this.project(deps, projectId, 'MEMBER');
    const actorId = deps.viewer!.userId;
    const errors = [...validateTask(input, true), ...checkEstimate(input.estimate)];
    if (errors.length) return fail(errors);
    const state =
      input.stateId != null
        ? await this.state(deps.em, projectId, input.stateId, 'input.stateId')
        : ((await deps.em.findOne(ProjectState, { projectId }, { orderBy: { position: 'ASC' } })) ??
          fieldError('input.stateId', 'The project has no states.'));
    if (!('id' in state)) return fail(state);
    if (input.parentId != null) {
      const parent = await deps.em.findOne(Task, { id: input.parentId, projectId });
      if (!parent) return fail(fieldError('input.parentId', 'No such item in this project.'));
      if ((await this.depth(deps.em, parent)) >= MAX_DEPTH)
        return fail(fieldError('input.parentId', `Sub-tasks nest at most ${MAX_DEPTH} deep.`));
    }
    const last = await deps.em.findOne(Task, { stateId: state.id }, { orderBy: { position: 'DESC' } });
    const task = deps.em.create(Task, {
      ownerId: actorId,
      title: input.title.trim(),
      description: input.description ?? null,
      status: STATUS_OF_GROUP[state.group],
      priority: input.priority ?? 'MEDIUM',
      dueAt: null,
      tags: [...new Set((input.tags ?? []).map((t) => t.trim()))],
      assigneeId: null,
      projectId,
      stateId: state.id,
      parentId: input.parentId ?? null,
      estimate: input.estimate ?? null,
      position: last ? last.position + 1 : 0,
    });
    this.log(deps.em, task, actorId, 'created', null, task.title);
    await deps.em.flush();
    await this.publish(deps, task, 'ITEM_CREATED');
    return ok({ task });
  }

  /** An item of a project the viewer may change (member or admin); NOT_FOUND when missing or not visible. */
  private async item(deps: WorkDeps, id: string): Promise<TaskRow> {
    requireTenant(deps.viewer);
    const task = await deps.em.findOne(Task, { id });
    if (!task?.projectId || !(await this.roleOf(deps, task.projectId))) throw notFound('Work item', id);
    await this.project(deps, task.projectId, 'MEMBER');
    return task;
  }

  private async depth(em: Em, task: TaskRow): Promise<number> {
    let depth = 0;
    let parentId = task.parentId;
    while (parentId && depth <= MAX_DEPTH) {
      depth += 1;
      parentId = (await em.findOne(Task, { id: parentId }))?.parentId ?? null;
    }
    return depth;
  }

  async updateItem(deps: WorkDeps, id: string, input: UpdateWorkItemInput): Promise<Payload<{ task: TaskRow }>> {
    const task = await this.item(deps, id);
    const actorId = deps.viewer!.userId;
    const errors = [...validateTask(input, false), ...checkEstimate(input.estimate)];
    if (errors.length) return fail(errors);
    if (input.parentId !== undefined && input.parentId !== task.parentId) {
      if (input.parentId !== null) {
        const parent = await deps.em.findOne(Task, { id: input.parentId, projectId: task.projectId });
        if (!parent) return fail(fieldError('input.parentId', 'No such item in this project.'));
        // Walk up from the new parent: meeting the item itself means the change would close a cycle.
        let cursor: TaskRow | null = parent;
        for (let hops = 0; cursor; hops++) {
          if (cursor.id === task.id) return fail(fieldError('input.parentId', 'An item cannot be under itself or its own sub-tasks.'));
          if (hops >= MAX_DEPTH) return fail(fieldError('input.parentId', `Sub-tasks nest at most ${MAX_DEPTH} deep.`));
          cursor = cursor.parentId ? await deps.em.findOne(Task, { id: cursor.parentId }) : null;
        }
      }
      this.log(deps.em, task, actorId, 'parent', task.parentId, input.parentId);
      task.parentId = input.parentId;
    }
    const change = <K extends 'title' | 'priority' | 'estimate' | 'tags'>(field: K, value: TaskRow[K]) => {
      if (JSON.stringify(task[field]) === JSON.stringify(value)) return;
      this.log(deps.em, task, actorId, field, task[field], value);
      task[field] = value;
    };
    if (input.title != null) change('title', input.title.trim());
    if (input.priority != null) change('priority', input.priority);
    if (input.estimate !== undefined) change('estimate', input.estimate);
    if (input.tags != null) change('tags', [...new Set(input.tags.map((t) => t.trim()))]);
    await deps.em.flush();
    await this.publish(deps, task, 'ITEM_UPDATED');
    return ok({ task });
  }

  /**
   * Moves an item to `position` of `stateId`: the items of the target column are renumbered 0..n in one
   * transaction that holds the project row, so concurrent moves on one board take turns.
   */
  async move(deps: WorkDeps, id: string, stateId: string, position: number): Promise<Payload<{ task: TaskRow }>> {
    const found = await this.item(deps, id);
    const actorId = deps.viewer!.userId;
    if (!Number.isInteger(position) || position < 0) return fail(fieldError('position', 'position must be 0 or more.'));
    const moved = await deps.em.transactional(async (tx) => {
      if (!(await lockRow(tx, Project, { id: found.projectId! }))) throw notFound('Project', found.projectId!);
      const task = (await tx.findOne(Task, { id }, { refresh: true }))!;
      const state = await this.state(tx, task.projectId!, stateId, 'stateId');
      if (!('id' in state)) return state;
      const column = (await tx.find(Task, { stateId, id: { $ne: id } }, { orderBy: { position: 'ASC', id: 'ASC' } })) as TaskRow[];
      const at = Math.min(position, column.length);
      column.splice(at, 0, task);
      column.forEach((row, index) => (row.position = index));
      if (task.stateId !== stateId) {
        this.log(tx, task, actorId, 'state', task.stateId, stateId);
        task.stateId = stateId;
        task.status = STATUS_OF_GROUP[state.group];
      }
      this.log(tx, task, actorId, 'position', found.position, at);
      return task;
    });
    if (!('id' in moved)) return fail(moved);
    await this.publish(deps, moved, 'ITEM_MOVED');
    return ok({ task: moved });
  }

  /** The item's comments, oldest first: one statement per tick for every item on the page. */
  comments(deps: WorkDeps, taskId: string, args: PageArgs): Promise<Connection<TaskCommentRow>> {
    return deps.loaders.commentsByTask.load(taskId, args, totalOrder<TaskCommentRow>('createdAt', 'ASC'));
  }

  /** Checks body and mentions; mentions must be members of `projectId` (one statement for all of them). */
  private async checkComment(
    deps: WorkDeps,
    projectId: string,
    input: CommentInput,
  ): Promise<UserError[] | { body: string; mentionIds: string[] }> {
    const body = input.body.trim();
    if (!body) return [fieldError('input.body', 'A comment needs some text.')];
    if ([...body].length > MAX_COMMENT) return [fieldError('input.body', `A comment is at most ${MAX_COMMENT} characters.`)];
    const mentionIds = [...new Set((input.mentionIds ?? []).map((id) => id.trim().toLowerCase()))];
    if (mentionIds.length > MAX_MENTIONS) return [fieldError('input.mentionIds', `At most ${MAX_MENTIONS} mentions.`)];
    if (mentionIds.some((id) => !USER_ID.test(id))) return [fieldError('input.mentionIds', 'mentionIds must be ids of users.')];
    if (mentionIds.length) {
      const members = await deps.em.find(ProjectMember, { projectId, userId: { $in: mentionIds } });
      if (members.length !== mentionIds.length) {
        return [fieldError('input.mentionIds', 'Only members of the project can be mentioned.')];
      }
    }
    return { body, mentionIds };
  }

  /** Records one mention event for the members in `mentionIds` not yet notified, the author excepted. */
  private mention(em: Em, task: TaskRow, comment: TaskCommentRow, recipients: string[]): void {
    if (!recipients.length) return;
    recordEvent(
      em,
      COMMENT_MENTIONED_EVENT,
      {
        commentId: comment.id,
        taskId: task.id,
        projectId: task.projectId,
        title: task.title,
        authorId: comment.authorId,
        excerpt: comment.body.slice(0, 200),
        recipientIds: recipients,
      },
      { tenantId: task.tenantId },
    );
  }

  async addComment(deps: WorkDeps, taskId: string, input: CommentInput): Promise<Payload<{ comment: TaskCommentRow }>> {
    const task = await this.item(deps, taskId);
    const authorId = deps.viewer!.userId;
    const checked = await this.checkComment(deps, task.projectId!, input);
    if (Array.isArray(checked)) return fail(checked);
    const comment = deps.em.create(TaskComment, { taskId, authorId, body: checked.body, mentionIds: checked.mentionIds, editedAt: null });
    this.mention(
      deps.em,
      task,
      comment,
      checked.mentionIds.filter((id) => id !== authorId),
    );
    await deps.em.flush();
    await this.publish(deps, task, 'COMMENT_ADDED');
    return ok({ comment });
  }

  /** The comment if the viewer wrote it and still may change its item; NOT_FOUND when not visible, FORBIDDEN for others' comments. */
  private async ownComment(deps: WorkDeps, id: string): Promise<{ comment: TaskCommentRow; task: TaskRow }> {
    const viewer = requireTenant(deps.viewer);
    const comment = await deps.em.findOne(TaskComment, { id });
    if (!comment) throw notFound('Comment', id);
    const task = await deps.em.findOne(Task, { id: comment.taskId });
    if (!task?.projectId || !(await this.roleOf(deps, task.projectId))) throw notFound('Comment', id);
    if (comment.authorId !== viewer.userId) throw forbidden('Only the author can change a comment.');
    await this.project(deps, task.projectId, 'MEMBER');
    return { comment, task };
  }

  async editComment(deps: WorkDeps, id: string, input: CommentInput): Promise<Payload<{ comment: TaskCommentRow }>> {
    const { comment, task } = await this.ownComment(deps, id);
    const checked = await this.checkComment(deps, task.projectId!, input);
    if (Array.isArray(checked)) return fail(checked);
    const before = new Set(comment.mentionIds);
    this.mention(
      deps.em,
      task,
      comment,
      checked.mentionIds.filter((m) => !before.has(m) && m !== comment.authorId),
    );
    comment.body = checked.body;
    comment.mentionIds = checked.mentionIds;
    comment.editedAt = new Date();
    await deps.em.flush();
    await this.publish(deps, task, 'COMMENT_EDITED');
    return ok({ comment });
  }

  async deleteComment(deps: WorkDeps, id: string): Promise<Payload<{ deletedId: string }>> {
    const { comment, task } = await this.ownComment(deps, id);
    await deps.em.remove(comment).flush();
    await this.publish(deps, task, 'COMMENT_DELETED');
    return ok({ deletedId: id });
  }

  cycles(deps: WorkDeps, projectId: string, args: PageArgs): Promise<Connection<CycleRow>> {
    return deps.loaders.cyclesByProject.load(projectId, args, totalOrder<CycleRow>('startsAt', 'ASC'));
  }

  cycleItems(deps: WorkDeps, cycleId: string, args: PageArgs): Promise<Connection<TaskRow>> {
    return deps.loaders.itemsByCycle.load(cycleId, args, totalOrder<TaskRow>('createdAt', 'ASC'));
  }

  async createCycle(deps: WorkDeps, projectId: string, input: CreateCycleInput): Promise<Payload<{ cycle: CycleRow }>> {
    await this.project(deps, projectId, 'ADMIN');
    const errors = checkName(input.name, 'input.name', 120);
    const startsAt = new Date(input.startsAt as Date);
    const endsAt = new Date(input.endsAt as Date);
    if (!(endsAt.getTime() > startsAt.getTime())) errors.push(fieldError('input.endsAt', 'A cycle ends after it starts.'));
    else if (endsAt.getTime() - startsAt.getTime() > 366 * 86_400_000)
      errors.push(fieldError('input.endsAt', 'A cycle lasts at most 366 days.'));
    if (errors.length) return fail(errors);
    const cycle = deps.em.create(Cycle, { projectId, name: input.name.trim(), startsAt, endsAt });
    await deps.em.flush();
    return ok({ cycle });
  }

  async setCycle(deps: WorkDeps, id: string, cycleId: string | null): Promise<Payload<{ task: TaskRow }>> {
    const task = await this.item(deps, id);
    if (cycleId != null) {
      const cycle = await deps.em.findOne(Cycle, { id: cycleId, projectId: task.projectId! });
      if (!cycle) return fail(fieldError('cycleId', 'No such cycle in this project.'));
    }
    if (task.cycleId !== cycleId) {
      this.log(deps.em, task, deps.viewer!.userId, 'cycle', task.cycleId, cycleId);
      task.cycleId = cycleId;
    }
    await deps.em.flush();
    await this.publish(deps, task, 'ITEM_CYCLE_CHANGED');
    return ok({ task });
  }

  /** Tells the board's viewers after the change committed; a lost signal must not fail the change. */
  private async publish(deps: WorkDeps, task: TaskRow, kind: BoardChangeKind): Promise<void> {
    const event: BoardChangeEvent = { kind, projectId: task.projectId!, itemId: task.id, actorId: deps.viewer!.userId };
    try {
      await deps.pubsub.publish(boardTopic(event.projectId), event);
    } catch (error) {
      deps.log.warn({ err: error, projectId: event.projectId }, 'board change not published');
    }
  }

  /** A board's live changes: members only (NOT_FOUND otherwise), re-checked before each event so a removed member's stream ends. */
  async watchBoard(deps: WorkDeps, projectId: string): Promise<AsyncIterableIterator<BoardChangeEvent>> {
    await this.project(deps, projectId, 'VIEWER');
    const userId = deps.viewer!.userId;
    const source = deps.pubsub.subscribe<BoardChangeEvent>(boardTopic(projectId));
    return whileAllowed(source, async () => (await deps.em.fork().count(ProjectMember, { projectId, userId })) > 0);
  }
}
