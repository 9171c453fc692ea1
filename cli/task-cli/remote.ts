/**
 * task-cli's `--remote` mode: the same commands on the supergraph's work subgraph, through the typed
 * SDK (HUBGRAPH_URL, HUBGRAPH_TOKEN). Remote tasks have the server's ids (UUIDs); a task's title is its
 * description here.
 */
import { CreateTaskDocument, DeleteTaskDocument, MyTasksDocument, UpdateTaskDocument, type TaskStatus } from '../../sdk/index';
import { CliError } from '../lib';
import { DEFAULT_SUPERGRAPH_URL, Supergraph } from '../lib/supergraph';
import { notFound, type Status } from './store';

export const DEFAULT_URL = DEFAULT_SUPERGRAPH_URL;

export interface RemoteTask {
  id: string;
  description: string;
  status: Status;
  createdAt: string;
  updatedAt: string;
}

const TO_SERVER: Record<Status, TaskStatus> = { todo: 'TODO', 'in-progress': 'IN_PROGRESS', done: 'DONE' };
const FROM_SERVER: Record<TaskStatus, Status> = { TODO: 'todo', IN_PROGRESS: 'in-progress', DONE: 'done' };

interface TaskFields {
  id: string;
  title: string;
  status: TaskStatus;
  createdAt: unknown;
  updatedAt: unknown;
}

function toTask(t: TaskFields): RemoteTask {
  return { id: t.id, description: t.title, status: FROM_SERVER[t.status], createdAt: String(t.createdAt), updatedAt: String(t.updatedAt) };
}

export class RemoteTasks {
  private readonly graph: Supergraph;

  constructor(url: string, token: string | undefined) {
    this.graph = new Supergraph(url, token);
  }

  async list(status?: Status): Promise<RemoteTask[]> {
    const tasks: RemoteTask[] = [];
    let after: string | null | undefined;
    do {
      const page = await this.graph.call((client) =>
        client.request(MyTasksDocument, { first: 100, after, filter: status ? { status: TO_SERVER[status] } : undefined }),
      );
      for (const edge of page.tasks?.edges ?? []) tasks.push(toTask(edge.node));
      after = page.tasks?.pageInfo.hasNextPage ? page.tasks.pageInfo.endCursor : null;
    } while (after);
    return tasks;
  }

  async add(description: string): Promise<RemoteTask> {
    const data = await this.graph.call((client) => client.request(CreateTaskDocument, { input: { title: description } }));
    Supergraph.refuse(data.createTask?.errors ?? []);
    if (!data.createTask?.task) throw new CliError('the supergraph did not create the task', { code: 'UNAVAILABLE' });
    return toTask(data.createTask.task);
  }

  async update(id: string, change: { description?: string; status?: Status }): Promise<RemoteTask> {
    const input = { title: change.description, status: change.status ? TO_SERVER[change.status] : undefined };
    const data = await this.graph.call(
      (client) => client.request(UpdateTaskDocument, { id, input }),
      () => notFound(id),
    );
    Supergraph.refuse(data.updateTask?.errors ?? [], () => notFound(id));
    if (!data.updateTask?.task) throw notFound(id);
    return toTask(data.updateTask.task);
  }

  async delete(id: string): Promise<void> {
    const data = await this.graph.call(
      (client) => client.request(DeleteTaskDocument, { id }),
      () => notFound(id),
    );
    Supergraph.refuse(data.deleteTask?.errors ?? [], () => notFound(id));
    if (!data.deleteTask?.deletedId) throw notFound(id);
  }
}
