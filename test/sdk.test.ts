import {
  CreateTaskDocument,
  CreateTenantDocument,
  CurrentTenantDocument,
  HubgraphClient,
  HubgraphError,
  LogInDocument,
  MeDocument,
  MyTasksDocument,
  SignUpDocument,
} from '../sdk';
import { errorCodes, gql } from './helpers/graphql';
import { startTestStack, type TestStack } from './helpers/stack';

const email = () => `sdk-${Math.random().toString(16).slice(2)}@example.test`;

describe('typed SDK against the router', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'work', 'basics'] });
  });

  it('signs up, creates and lists tasks with typed documents, and reports errors with their code', async () => {
    const client = new HubgraphClient({ url: stack.url });
    const address = email();
    const signed = await client.request(SignUpDocument, { input: { email: address, password: 'a good long password' } });
    expect(signed.signUp.errors).toEqual([]);
    client.setToken(signed.signUp.accessToken ?? undefined);
    const created = await client.request(CreateTaskDocument, { input: { title: 'From the SDK', tags: ['sdk'] } });
    expect(created.createTask.task?.title).toBe('From the SDK');
    const list = await client.request(MyTasksDocument, { first: 10 });
    expect(list.tasks.totalCount).toBe(1);
    expect(list.tasks.edges[0].node.tags).toEqual(['sdk']);
    const me = await client.request(MeDocument);
    expect(me.me?.email).toBe(address);
    client.setToken(undefined);
    const error = await client.request(MyTasksDocument, { first: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubgraphError);
    expect((error as HubgraphError).code).toBe('UNAUTHENTICATED');
  });

  it('acts in the tenant chosen with setTenant; tasks stay in the tenant they were made in', async () => {
    const client = new HubgraphClient({ url: stack.url });
    const address = email();
    const signed = await client.request(SignUpDocument, { input: { email: address, password: 'a good long password' } });
    client.setToken(signed.signUp.accessToken ?? undefined);
    const first = (await client.request(CurrentTenantDocument)).currentTenant!;
    expect(first.viewerRole).toBe('ADMIN');
    const second = (await client.request(CreateTenantDocument, { name: 'Side project' })).createTenant.tenant!;
    // The new membership is in the next token.
    const relogged = await client.request(LogInDocument, { input: { email: address, password: 'a good long password' } });
    client.setToken(relogged.logIn.accessToken ?? undefined);
    client.setTenant(second.id);
    expect((await client.request(CurrentTenantDocument)).currentTenant).toEqual({ id: second.id, name: 'Side project', viewerRole: 'ADMIN' });
    await client.request(CreateTaskDocument, { input: { title: 'Side task' } });
    expect((await client.request(MyTasksDocument, { first: 10 })).tasks.totalCount).toBe(1);
    client.setTenant(first.id);
    expect((await client.request(MyTasksDocument, { first: 10 })).tasks.totalCount).toBe(0);
    client.setTenant('01900000-0000-7000-8000-00000000beef');
    const error = await client.request(CurrentTenantDocument).catch((e: unknown) => e);
    expect((error as HubgraphError).code).toBe('FORBIDDEN');
  });

  it('uses automatic persisted queries: the text travels once, then only the hash', async () => {
    let bodies: string[] = [];
    const recording: typeof fetch = async (input, init) => {
      bodies.push(String(init?.body));
      return fetch(input, init);
    };
    const client = new HubgraphClient({ url: stack.url, persistedQueries: 'auto', fetch: recording });
    const first = await client.request(LogInDocument, { input: { email: email(), password: 'whatever-password' } });
    expect(first.logIn.errors[0].code).toBe('UNAUTHENTICATED');
    expect(bodies).toHaveLength(2);
    expect(JSON.parse(bodies[0]).query).toBeUndefined();
    expect(JSON.parse(bodies[1]).query).toContain('mutation LogIn');
    bodies = [];
    await client.request(LogInDocument, { input: { email: email(), password: 'whatever-password' } });
    expect(bodies).toHaveLength(1);
    expect(JSON.parse(bodies[0]).query).toBeUndefined();
  });
});

describe('trusted documents mode', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'work', 'basics'],
      env: { TRUSTED_DOCUMENTS_ONLY: 'true', TRUSTED_DOCUMENTS_PATH: 'sdk/persisted-documents.json' },
    });
  });

  it('runs SDK operations sent by hash alone and refuses any other operation', async () => {
    const client = new HubgraphClient({ url: stack.url, persistedQueries: 'hash-only' });
    const res = await client.request(SignUpDocument, { input: { email: email(), password: 'a good long password' } });
    expect(res.signUp.accessToken).toEqual(expect.any(String));
    const adHoc = await gql(stack.url, '{ units { symbol } }');
    expect(adHoc.status).toBe(400);
    expect(errorCodes(adHoc)).toEqual(['PERSISTED_QUERY_NOT_ALLOWED']);
  });
});
