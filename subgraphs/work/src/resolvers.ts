import { DateTimeScalar } from '../../../kit';
import type { Resolvers } from './generated/resolvers';
import { canSee, type TaskService } from './service';

/**
 * work's resolvers: thin translations. Every service call is `service.method(ctx.deps, ...args)`;
 * single rows by id come from the request's loaders (batched across a query plan).
 */
export function createResolvers(service: TaskService): Resolvers {
  return {
    DateTime: DateTimeScalar,
    Query: {
      task: async (_, { id }, ctx) => {
        const task = await ctx.loaders.taskById.load(id);
        return task && canSee(task, ctx.viewer?.userId) ? task : null;
      },
      tasks: (_, args, ctx) => service.list(ctx.deps, args),
      assignedTasks: (_, args, ctx) => service.listAssigned(ctx.deps, args),
    },
    Mutation: {
      createTask: (_, { input }, ctx) => service.create(ctx.deps, input),
      updateTask: (_, { id, input }, ctx) => service.update(ctx.deps, id, input),
      deleteTask: (_, { id }, ctx) => service.delete(ctx.deps, id),
      assignTask: (_, { id, assigneeId }, ctx) => service.assign(ctx.deps, id, assigneeId ?? null),
    },
    Task: {
      // Other subgraphs may reference any task; only its owner and its assignee get it back.
      __resolveReference: async (ref, ctx) => {
        const task = await ctx.loaders.taskById.load(ref.id);
        return task && canSee(task, ctx.viewer?.userId) ? task : null;
      },
      owner: (task) => ({ id: task.ownerId }),
      assignee: (task) => (task.assigneeId ? { id: task.assigneeId } : null),
    },
    User: {
      __resolveReference: (ref) => ({ id: ref.id }),
      tasks: (user, args, ctx) => service.list(ctx.deps, args, user.id),
      assignedTasks: (user, args, ctx) => service.listAssigned(ctx.deps, args, user.id),
    },
  };
}
