import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { addToTenant, gql, signUpUser, type TenantAuth, type TestUser } from '../../../test/helpers/graphql';
import { disposeAfterAll, startTestStack, type TestStack } from '../../../test/helpers/stack';

const CREATE_PROJECT =
  'mutation($n: String!) { createProject(input: { name: $n }) { project { id states { id group } } errors { code } } }';
const SET_MEMBER = `mutation($p: ID!, $u: ID!, $r: ProjectRole!) { setProjectMember(projectId: $p, userId: $u, role: $r) { errors { code } } }`;
const CREATE_ITEM = `mutation($p: ID!, $t: String!) { createWorkItem(projectId: $p, input: { title: $t }) { task { id } errors { code } } }`;
const MOVE = `mutation($id: ID!, $s: ID!) { moveWorkItem(id: $id, stateId: $s, position: 0) { errors { code } } }`;
const ADD = `mutation($t: ID!, $b: String!) { addWorkItemComment(taskId: $t, input: { body: $b }) { comment { id } errors { code } } }`;
const LIVE = `subscription($p: ID!) { boardChanged(projectId: $p) { kind projectId itemId actor { id } item { id title status } } }`;

interface Live {
  events: any[];
  errors: any[];
  completed: boolean;
}

async function eventually<T>(check: () => T | Promise<T>, ms = 10_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

describe('work: live board updates through the router', () => {
  let stack: TestStack;
  let wsUrl: string;
  let admin: TestUser;
  let member: TenantAuth;
  let outsider: TenantAuth;
  let memberUser: TestUser;
  let projectId: string;
  let doneState: string;

  const connect = (auth: { token: string; headers?: Record<string, string> }): Client => {
    const client = createClient({
      url: wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${auth.token}`, ...(auth.headers ?? {}) },
    });
    disposeAfterAll(() => client.dispose() as Promise<void>);
    return client;
  };
  const subscribe = (client: Client, p: string): Live => {
    const live: Live = { events: [], errors: [], completed: false };
    client.subscribe<{ boardChanged: unknown }>(
      { query: LIVE, variables: { p } },
      {
        next: (r) => {
          if (r.errors) live.errors.push(...r.errors);
          if (r.data?.boardChanged) live.events.push(r.data.boardChanged);
        },
        error: (e) => live.errors.push(e),
        complete: () => (live.completed = true),
      },
    );
    return live;
  };
  /** Waits until the subgraph has the subscription (with Redis: confirmed by the server) before changing anything. */
  const listening = (n: number) =>
    eventually(() => {
      const work = stack.subgraphs.find((s) => s.name === 'work')!;
      expect(work.pubsub.listeners(`work:project:${projectId}:board`)).toBeGreaterThanOrEqual(n);
    });

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'work'] });
    wsUrl = stack.url.replace(/^http/, 'ws');
    const [a, m, o] = await Promise.all(['admin', 'member', 'outsider'].map((n) => signUpUser(stack.url, n)));
    admin = a!;
    memberUser = m!;
    [member, outsider] = await Promise.all([addToTenant(stack.url, admin, m!), addToTenant(stack.url, admin, o!)]);
    const res = await gql(stack.url, CREATE_PROJECT, { n: 'Live' }, { token: admin.token });
    projectId = res.body.data.createProject.project.id;
    doneState = res.body.data.createProject.project.states.find((s: any) => s.group === 'DONE').id;
    await gql(stack.url, SET_MEMBER, { p: projectId, u: m!.id, r: 'MEMBER' }, { token: admin.token });
  });

  it('pushes item and comment changes to every member viewing the board, and refuses non-members', async () => {
    const adminLive = subscribe(connect({ token: admin.token }), projectId);
    const memberLive = subscribe(connect(member), projectId);
    const outsiderLive = subscribe(connect(outsider), projectId);
    await listening(2);
    await eventually(() => expect(outsiderLive.errors.length + (outsiderLive.completed ? 1 : 0)).toBeGreaterThan(0));
    expect(JSON.stringify(outsiderLive.errors)).toContain('NOT_FOUND');
    expect(outsiderLive.events).toEqual([]);

    const created = await gql(stack.url, CREATE_ITEM, { p: projectId, t: 'Live item' }, member);
    const itemId = created.body.data.createWorkItem.task.id;
    await gql(stack.url, MOVE, { id: itemId, s: doneState }, { token: admin.token });
    await gql(stack.url, ADD, { t: itemId, b: 'done!' }, member);

    for (const live of [adminLive, memberLive]) {
      await eventually(() => expect(live.events).toHaveLength(3));
      expect(live.events.map((e) => e.kind)).toEqual(['ITEM_CREATED', 'ITEM_MOVED', 'COMMENT_ADDED']);
      expect(live.events[0]).toMatchObject({ projectId, itemId, actor: { id: memberUser.id }, item: { id: itemId, title: 'Live item' } });
      expect(live.events[1]).toMatchObject({ actor: { id: admin.id }, item: { status: 'DONE' } });
      expect(live.errors).toEqual([]);
    }
  });

  it('ends the stream of a member who is removed from the project', async () => {
    const live = subscribe(connect(member), projectId);
    await listening(1);
    const res = await gql(
      stack.url,
      'mutation($id: ID!) { deleteProject(id: $id) { deletedId } }',
      { id: projectId },
      { token: admin.token },
    );
    expect(res.body.data.deleteProject.deletedId).toBe(projectId);
    const other = await gql(stack.url, CREATE_PROJECT, { n: 'Other' }, { token: admin.token });
    expect(other.body.data.createProject.errors).toEqual([]);
    // A signal for the deleted project's topic: the membership re-check ends the stream instead of delivering it.
    const work = stack.subgraphs.find((s) => s.name === 'work')!;
    await work.pubsub.publish(`work:project:${projectId}:board`, { kind: 'ITEM_UPDATED', projectId, itemId: projectId, actorId: admin.id });
    await eventually(() => expect(live.completed).toBe(true));
    expect(live.events).toEqual([]);
  });
});
