/**
 * task-cli's `--remote` mode: the same commands on the supergraph's work subgraph, through the typed
 * SDK (HUBGRAPH_URL, HUBGRAPH_TOKEN). Remote tasks have the server's ids (UUIDs); a task's title is its
 * description here.
 */
import {
  CreateTaskDocument,
  DeleteTaskDocument,
  HubgraphClient,
  HubgraphError,
  HubgraphNetworkError,
  MyTasksDocument,
  UpdateTaskDocument,
  type TaskStatus,
} from '../../sdk/index';
import { CliError } from '../lib';
import { notFound, type Status } from './store';

export const DEFAULT_URL = 'http://localhost:4000/graphql';

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

function payloadErrors(errors: readonly { field?: string | null; message: string; code: string }[], id?: string): void {
  const first = errors[0];
  if (!first) return;
  if (first.code === 'NOT_FOUND' && id) throw notFound(id);
  throw new CliError(first.message, { code: first.code });
}

export class RemoteTasks {
  private readonly client: HubgraphClient;

  constructor(
    readonly url: string,
    token: string | undefined,
  ) {
    if (!token) {
      throw new CliError('--remote needs an access token in HUBGRAPH_TOKEN', {
        code: 'UNAUTHENTICATED',
        hint: 'Sign in through the supergraph (the logIn mutation) and export HUBGRAPH_TOKEN=<accessToken>.',
      });
    }
    this.client = new HubgraphClient({ url, token, timeoutMs: 15_000, retry: { retries: 1 } });
  }

  /** Runs one SDK call, turning transport and GraphQL failures into messages a user can act on. */
  private async call<T>(work: () => Promise<T>, id?: string): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof HubgraphNetworkError) {
        throw new CliError(`cannot reach the supergraph at ${this.url}`, { code: 'UNREACHABLE', hint: 'Is it running? Set HUBGRAPH_URL.' });
      }
      if (error instanceof HubgraphError) {
        if (error.code === 'NOT_FOUND' && id) throw notFound(id);
        if (error.code === 'UNAUTHENTICATED') {
          throw new CliError('the supergraph refused HUBGRAPH_TOKEN (expired or invalid)', { code: 'UNAUTHENTICATED' });
        }
        throw new CliError(error.message, { code: error.code ?? 'ERROR' });
      }
      throw error;
    }
  }

  async list(status?: Status): Promise<RemoteTask[]> {
    const tasks: RemoteTask[] = [];
    let after: string | null | undefined;
    do {
      const page = await this.call(() =>
        this.client.request(MyTasksDocument, { first: 100, after, filter: status ? { status: TO_SERVER[status] } : undefined }),
      );
      for (const edge of page.tasks?.edges ?? []) tasks.push(toTask(edge.node));
      after = page.tasks?.pageInfo.hasNextPage ? page.tasks.pageInfo.endCursor : null;
    } while (after);
    return tasks;
  }

  async add(description: string): Promise<RemoteTask> {
    const data = await this.call(() => this.client.request(CreateTaskDocument, { input: { title: description } }));
    payloadErrors(data.createTask?.errors ?? []);
    if (!data.createTask?.task) throw new CliError('the supergraph did not create the task', { code: 'UNAVAILABLE' });
    return toTask(data.createTask.task);
  }

  async update(id: string, change: { description?: string; status?: Status }): Promise<RemoteTask> {
    const input = { title: change.description, status: change.status ? TO_SERVER[change.status] : undefined };
    const data = await this.call(() => this.client.request(UpdateTaskDocument, { id, input }), id);
    payloadErrors(data.updateTask?.errors ?? [], id);
    if (!data.updateTask?.task) throw notFound(id);
    return toTask(data.updateTask.task);
  }

  async delete(id: string): Promise<void> {
    const data = await this.call(() => this.client.request(DeleteTaskDocument, { id }), id);
    payloadErrors(data.deleteTask?.errors ?? [], id);
    if (!data.deleteTask?.deletedId) throw notFound(id);
  }
}
