import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { addToTenant, gql, signUpUser, type GraphQLResponse } from './helpers/graphql';
import { startTestStack, type TestStack } from './helpers/stack';

/**
 * Every String and ID a client can send, generated from the composed API schema: each argument and
 * input field of every Query, Mutation and Subscription field (nested inputs and lists included) gets
 * a NUL, then a lone surrogate, through the real router. The answer must be BAD_USER_INPUT naming
 * that position, never INTERNAL_SERVER_ERROR and never any SQL text (kit/src/input.ts).
 */
const api = buildSchema(readFileSync(join(__dirname, '..', 'schema', 'api.graphql'), 'utf8'));

const SQL_TEXT = /\b(insert\s+into|select\s.+\sfrom|update\s.+\sset|delete\s+from)\b|`\w+`\.`\w+`/i;

interface Probe {
  root: 'query' | 'mutation' | 'subscription';
  field: GraphQLField<unknown, unknown>;
  /** The argument path of the String/ID, as the error names it: `input.title`, `ids[0]`. */
  path: string;
  /** The value of each argument (valid fillers, with the bad text at `path`). */
  args: Record<string, unknown>;
}

/** A valid-looking value for a required position, so the request reaches the field's resolver. */
function filler(type: GraphQLInputType, seen: Set<string>): unknown {
  if (isNonNullType(type)) return filler(type.ofType, seen);
  if (isListType(type)) return [filler(type.ofType, seen)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined)
        value[field.name] = filler(field.type, new Set([...seen, type.name]));
    }
    return value;
  }
  switch (type.name) {
    case 'ID':
      return '01900000-0000-7000-8000-000000000001';
    case 'Int':
    case 'Float':
    case 'MinorUnits': // banking's integer minor units
      return 1;
    case 'Boolean':
      return false;
    case 'DateTime':
      return '2030-01-01T00:00:00Z';
    default:
      return 'x';
  }
}

/** Every String/ID position inside a value of `type`, as [path suffix, value holding `bad` there]. */
function positions(type: GraphQLInputType, bad: string, seen: Set<string>): [string, unknown][] {
  if (isNonNullType(type)) return positions(type.ofType, bad, seen);
  if (isListType(type)) return positions(type.ofType, bad, seen).map(([suffix, value]) => [`[0]${suffix}`, [value]]);
  if (isScalarType(type)) return type.name === 'String' || type.name === 'ID' ? [['', bad]] : [];
  if (!isInputObjectType(type) || seen.has(type.name)) return [];
  const inner = new Set([...seen, type.name]);
  const base = filler(type, seen) as Record<string, unknown>;
  return Object.values(type.getFields()).flatMap((field) =>
    positions(field.type, bad, inner).map(([suffix, value]): [string, unknown] => [
      `.${field.name}${suffix}`,
      { ...base, [field.name]: value },
    ]),
  );
}

/** Valid fillers for the arguments of `field` that must be given. */
function requiredArgs(field: GraphQLField<unknown, unknown>): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const arg of field.args) if (isNonNullType(arg.type) && arg.defaultValue === undefined) args[arg.name] = filler(arg.type, new Set());
  return args;
}

function probes(bad: string): Probe[] {
  const roots: [Probe['root'], GraphQLObjectType | null | undefined][] = [
    ['query', api.getQueryType()],
    ['mutation', api.getMutationType()],
    ['subscription', api.getSubscriptionType()],
  ];
  return roots.flatMap(([root, type]) =>
    Object.values(type?.getFields() ?? {}).flatMap((field) => {
      const required = requiredArgs(field);
      return field.args.flatMap((arg) =>
        positions(arg.type, bad, new Set()).map(([suffix, value]) => ({
          root,
          field,
          path: `${arg.name}${suffix}`,
          args: { ...required, [arg.name]: value },
        })),
      );
    }),
  );
}

function operationOf(probe: Probe): string {
  const args = probe.field.args.filter((arg) => arg.name in probe.args);
  const definitions = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const uses = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(probe.field.type)) ? ' { __typename }' : '';
  return `${probe.root} Probe(${definitions}) { ${probe.field.name}(${uses})${selection} }`;
}

/** Runs `work` over `items`, `limit` at a time. */
async function inBatches<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!);
      }
    }),
  );
  return results;
}

interface Answer {
  status: number;
  errors: { message: string; extensions?: Record<string, unknown> }[];
  text: string;
}

/** What is wrong with `answer` to `probe` (null when it is the refusal we expect). */
function problemWith(probe: Probe, answer: Answer, reason: RegExp): string | null {
  const label = `${probe.root} ${probe.field.name}(${probe.path})`;
  if (answer.status >= 500) return `${label}: HTTP ${answer.status} ${answer.text.slice(0, 200)}`;
  if (SQL_TEXT.test(answer.text)) return `${label}: SQL text in the answer ${answer.text.slice(0, 200)}`;
  if (answer.errors.some((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR'))
    return `${label}: INTERNAL_SERVER_ERROR ${answer.text.slice(0, 200)}`;
  const refusal = answer.errors.find(
    (e) => e.extensions?.code === 'BAD_USER_INPUT' && e.extensions.field === probe.path && reason.test(e.message),
  );
  return refusal ? null : `${label}: no BAD_USER_INPUT naming ${probe.path}: ${answer.text.slice(0, 300)}`;
}

let stack: TestStack;
let auth: { token: string; headers: Record<string, string> };

beforeAll(async () => {
  stack = await startTestStack();
  // A member of another user's tenant, as an ADMIN there: tenant and role checks pass, so only the
  // input check can refuse the request...
  const owner = await signUpUser(stack.url, 'owner');
  const member = await signUpUser(stack.url, 'member');
  // ...and a librarian (a global role), so the library's desk operations reach their input checks too...
  const identity = stack.subgraphs.find((s) => s.name === 'identity')!;
  // ...and an admin, so admin-only lists (commerce's orders, identity's errorGroups) reach them too.
  await identity.orm.em
    .fork()
    .getConnection()
    .execute('update users set roles = ? where id = ?', ['["admin","librarian","user"]', member.id]);
  auth = await addToTenant(stack.url, owner, member, 'ADMIN');
});

afterAll(() => stack?.stop());

/** POSTs a raw JSON body (to send what JSON.stringify cannot, such as the number 1e999). */
async function postRaw(body: string): Promise<Answer> {
  const res = await fetch(stack.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${auth.token}`, ...auth.headers },
    body,
  });
  const text = await res.text();
  return { status: res.status, errors: JSON.parse(text).errors ?? [], text };
}

describe('input at the edge: every String and ID of the API', () => {
  async function send(probe: Probe): Promise<Answer> {
    const res: GraphQLResponse = await gql(stack.url, operationOf(probe), probe.args, auth);
    return { status: res.status, errors: res.body.errors ?? [], text: JSON.stringify(res.body) };
  }

  /** A subscription over the router's WebSocket: its first error, or its first event. */
  async function subscribeOnce(probe: Probe): Promise<Answer> {
    const client = createClient({
      url: stack.url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${auth.token}`, ...auth.headers },
      retryAttempts: 0,
      lazy: true,
    });
    try {
      const outcome = await new Promise<unknown>((resolve) => {
        const stop = client.subscribe(
          { query: operationOf(probe), variables: probe.args },
          {
            next: (value) => (resolve(value), stop()),
            error: (error) => resolve({ errors: Array.isArray(error) ? error : [{ message: String(error) }] }),
            complete: () => resolve({ errors: [] }),
          },
        );
      });
      const body = outcome as { errors?: Answer['errors'] };
      return { status: 200, errors: body.errors ?? [], text: JSON.stringify(outcome) };
    } finally {
      await client.dispose();
    }
  }

  const nul = probes('a\u0000b');
  const surrogate = probes('half \ud83d pair');

  it('covers every operation that takes a String or ID (the schema has not lost its inputs)', () => {
    const fields = new Set(nul.map((p) => `${p.root}.${p.field.name}`));
    const withIds = new Set(
      nul.filter((p) => /\bID\b/.test(String(p.field.args.find((a) => p.path.startsWith(a.name))?.type))).map((p) => p.field.name),
    );
    expect(fields.size).toBeGreaterThanOrEqual(90);
    expect(withIds.size).toBeGreaterThanOrEqual(50);
    expect(nul.length).toBeGreaterThanOrEqual(200);
    expect(nul.map((p) => p.path)).toEqual(expect.arrayContaining(['input.title', 'id']));
  });

  it.each([
    ['a NUL (U+0000)', nul, /NUL/],
    ['a lone surrogate', surrogate, /unpaired UTF-16 surrogate/],
  ])('refuses %s in every query and mutation argument as BAD_USER_INPUT naming it', async (_label, all, reason) => {
    const httpProbes = all.filter((p) => p.root !== 'subscription');
    const problems = await inBatches(httpProbes, 6, async (probe) => problemWith(probe, await send(probe), reason));
    expect(problems.filter(Boolean)).toEqual([]);
  });

  it('refuses a NUL in every subscription argument', async () => {
    const subscriptionProbes = nul.filter((p) => p.root === 'subscription');
    expect(subscriptionProbes.length).toBeGreaterThanOrEqual(5);
    const problems = await inBatches(subscriptionProbes, 4, async (probe) => problemWith(probe, await subscribeOnce(probe), /NUL/));
    expect(problems.filter(Boolean)).toEqual([]);
  });

  it('stores well-formed text exactly, emoji and all, and reads it back the same', async () => {
    const title = 'tab\there, “quotes”, emoji 😀, CJK 漢字, combining é';
    const created = await gql(
      stack.url,
      'mutation($t: String!) { createTask(input: { title: $t }) { task { id } errors { message } } }',
      { t: title },
      auth,
    );
    const id = created.body.data?.createTask.task.id;
    expect(id).toBeTruthy();
    const read = await gql(stack.url, 'query($id: ID!) { task(id: $id) { title } }', { id }, auth);
    expect(read.body.data?.task.title).toBe(title);
  });
});

describe('input at the edge: numbers are finite, in and out', () => {
  const CONVERT = 'query($v: Float!, $from: String!, $to: String!) { convertUnits(value: $v, from: $from, to: $to) { result } }';

  it.each([
    [1e308, 'km', 'mm'],
    [-1e308, 'km', 'mm'],
    [1e308, 'lb', 'mg'],
    [1.7e308, 'C', 'F'],
  ])('convertUnits(%p %s → %s) overflows: BAD_USER_INPUT on value, not a 500', async (v, from, to) => {
    const res = await gql(stack.url, CONVERT, { v, from, to }, auth);
    expect(res.body.data).toEqual({ convertUnits: null });
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
    expect(res.body.errors?.[0]!.message).toMatch(/too large/);
  });

  it('a large conversion that fits still answers', async () => {
    const res = await gql(stack.url, CONVERT, { v: 1e300, from: 'km', to: 'mm' }, auth);
    expect(res.body.data?.convertUnits.result).toBe(1e306);
  });

  it('a Float literal 1e999 is a 400 BAD_USER_INPUT naming the argument, like the same number in a variable', async () => {
    const literal = await postRaw(JSON.stringify({ query: '{ convertUnits(value: 1e999, from: "km", to: "mm") { result } }' }));
    expect(literal.status).toBe(400);
    expect(literal.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'value' } })]);
    const negative = await postRaw(JSON.stringify({ query: '{ convertUnits(value: -1e999, from: "km", to: "mm") { result } }' }));
    expect(negative.status).toBe(400);
    const variable = await postRaw(`{"query":${JSON.stringify(CONVERT)},"variables":{"v":1e999,"from":"km","to":"mm"}}`);
    expect(variable.status).toBe(400);
    expect(variable.errors[0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(`${literal.text}${variable.text}`).not.toMatch(/INVALID_GRAPHQL|INTERNAL_SERVER_ERROR/);
  });
});

describe('input at the edge: DateTime is a real instant', () => {
  const CREATE_TASK = 'mutation($input: CreateTaskInput!) { createTask(input: $input) { task { id dueAt } errors { field message } } }';
  const countTasks = async () => (await gql(stack.url, '{ tasks { totalCount } }', {}, auth)).body.data?.tasks.totalCount as number;
  const countPolls = async () =>
    (await gql(stack.url, '{ polls(scope: MINE) { totalCount } }', {}, auth)).body.data?.polls.totalCount as number;

  it.each([
    '2026-02-30T00:00:00Z',
    '2026-04-31T10:00:00+02:00',
    '2016-12-31T23:59:60Z',
    '2026-01-01T10:00:00',
    '',
    '2026-01-01T10:00:00+25:00',
  ])('dueAt %p in a variable is BAD_USER_INPUT naming input.dueAt, and no task is created', async (dueAt) => {
    const before = await countTasks();
    expect(before).toEqual(expect.any(Number));
    const res = await gql(stack.url, CREATE_TASK, { input: { title: 'due', dueAt } }, auth);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]!.message).toMatch(/"input\.dueAt"/);
    expect(await countTasks()).toBe(before);
  });

  it('an impossible dueAt in a variable of its own is BAD_USER_INPUT naming input.dueAt', async () => {
    const res = await gql(
      stack.url,
      'mutation($d: DateTime) { createTask(input: { title: "x", dueAt: $d }) { task { id } } }',
      { d: '2026-02-30T00:00:00Z' },
      auth,
    );
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        message: 'input.dueAt (variable $d): DateTime 2026-02-30 is not a day of the calendar.',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.dueAt' },
      }),
    ]);
  });

  it('an impossible dueAt literal is BAD_USER_INPUT naming input.dueAt', async () => {
    const res = await gql(
      stack.url,
      'mutation { createTask(input: { title: "due", dueAt: "2026-02-30T00:00:00Z" }) { task { id } } }',
      {},
      auth,
    );
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      expect.objectContaining({
        message: 'input.dueAt: DateTime 2026-02-30 is not a day of the calendar.',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.dueAt' },
      }),
    ]);
  });

  it.each([
    ['dueAt', 'mutation($d: DateTime) { createTask(input: { title: "x", dueAt: $d }) { task { id dueAt } } }', countTasks],
    [
      'closesAt',
      'mutation($d: DateTime) { createPoll(input: { question: "q?", options: ["a", "b"], closesAt: $d }) { poll { id closesAt } } }',
      countPolls,
    ],
  ])('a JSON number 1e999 (or any number) for %s is BAD_USER_INPUT naming it, and nothing is created', async (field, query, count) => {
    const before = await count();
    expect(before).toEqual(expect.any(Number));
    for (const number of ['1e999', '-1e999', '1764000000000']) {
      const res = await postRaw(`{"query":${JSON.stringify(query)},"variables":{"d":${number}}}`);
      expect(res.status).toBe(400);
      expect(res.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: `input.${field}` } })]);
      expect(res.errors[0]!.message).toMatch(new RegExp(`^input\\.${field} \\(variable \\$d\\): DateTime must be a string`));
    }
    expect(await count()).toBe(before);
  });

  it('a valid dueAt with an offset is stored as the same instant', async () => {
    const res = await gql(stack.url, CREATE_TASK, { input: { title: 'due', dueAt: '2028-02-29T23:30:00-01:00' } }, auth);
    expect(res.body.data?.createTask.task.dueAt).toBe('2028-03-01T00:30:00.000Z');
  });
});

describe('input at the edge: a cursor belongs to its list and ordering', () => {
  const TASKS =
    'query($after: String, $order: TaskOrder) { tasks(first: 1, after: $after, orderBy: $order) { edges { node { title } } pageInfo { endCursor } } }';
  const byTitle = { field: 'TITLE', direction: 'ASC' };
  let roomId: string;

  beforeAll(async () => {
    const room = await gql(
      stack.url,
      'mutation { createRoom(input: { name: "cursor room" }) { room { id } errors { message } } }',
      {},
      auth,
    );
    roomId = room.body.data?.createRoom.room.id;
    expect(roomId).toEqual(expect.any(String));
    for (const title of ['cursor b', 'cursor a', 'cursor c']) {
      await gql(stack.url, 'mutation($t: String!) { createTask(input: { title: $t }) { task { id } } }', { t: title }, auth);
    }
    await gql(stack.url, 'mutation { createPoll(input: { question: "cursor?", options: ["a", "b"] }) { poll { id } } }', {}, auth);
  });

  const refusedAfter = (res: GraphQLResponse) => {
    expect(res.status).toBeLessThan(500);
    expect(res.body.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' })]);
  };

  it('a TITLE cursor with the default CREATED_AT ordering (or the other direction) is refused', async () => {
    const first = await gql(stack.url, TASKS, { order: byTitle }, auth);
    const cursor = first.body.data?.tasks.pageInfo.endCursor;
    const next = await gql(stack.url, TASKS, { after: cursor, order: byTitle }, auth);
    expect(next.body.errors).toBeUndefined();
    expect(next.body.data?.tasks.edges).toHaveLength(1);
    refusedAfter(await gql(stack.url, TASKS, { after: cursor }, auth));
    refusedAfter(await gql(stack.url, TASKS, { after: cursor, order: { field: 'TITLE', direction: 'DESC' } }, auth));
  });

  it('a nested connection (User.tasks) refuses a cursor of another connection type too', async () => {
    const polls = await gql(stack.url, '{ polls(first: 1, scope: MINE) { pageInfo { endCursor } } }', {}, auth);
    const after = polls.body.data?.polls.pageInfo.endCursor;
    expect(after).toEqual(expect.any(String));
    const res = await gql(stack.url, 'query($after: String) { me { email tasks(after: $after) { totalCount } } }', { after }, auth);
    expect(res.body.errors?.map((e) => e.extensions)).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' })]);
  });

  /** Every root connection of the API, with its required arguments filled. */
  const connections = Object.values(api.getQueryType()!.getFields()).filter((f) => f.args.some((a) => a.name === 'after'));

  it.each(connections.map((f) => [f.name, f]))('%s refuses garbage and a cursor of another connection type', async (_name, field) => {
    expect(connections.length).toBeGreaterThanOrEqual(12);
    const polls = await gql(stack.url, '{ polls(first: 1, scope: MINE) { pageInfo { endCursor } } }', {}, auth);
    const tasks = await gql(stack.url, TASKS, {}, auth);
    const foreign = field.name === 'polls' ? tasks.body.data?.tasks.pageInfo.endCursor : polls.body.data?.polls.pageInfo.endCursor;
    expect(foreign).toEqual(expect.any(String));
    for (const after of ['garbage', foreign, Buffer.from('["x"]').toString('base64url'), '']) {
      const args = { ...requiredArgs(field), ...(field.name === 'messages' ? { roomId } : {}), after };
      const probe: Probe = { root: 'query', field, path: 'after', args };
      refusedAfter(await gql(stack.url, operationOf(probe), probe.args, auth));
    }
  });
});
