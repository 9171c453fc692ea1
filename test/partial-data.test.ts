import { Kind, type FieldDefinitionNode, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode, type TypeNode } from 'graphql';
import { HubgraphClient, HubgraphError, TaskDocument } from '../sdk';
import { subgraphs } from '../subgraphs';
import { gql, signUpUser, type GraphQLResponse, type TestUser } from './helpers/graphql';
import { startTestStack, stopSubgraph, type TestStack } from './helpers/stack';
import { eventually } from './helpers/wait';

/**
 * The nullability rule at subgraph boundaries (docs/ADDING-A-SUBGRAPH.md, "Nullability"): a subgraph
 * that is down costs the client its own fields, with an error beside them, never its neighbours'.
 */

type ObjectNode = ObjectTypeDefinitionNode | ObjectTypeExtensionNode;
const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);
const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

describe('the nullability rule, checked on every subgraph schema', () => {
  const objects = subgraphs.map((s) => ({
    name: s.name,
    types: s.typeDefs.definitions.filter(
      (d): d is ObjectNode => d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.OBJECT_TYPE_EXTENSION,
    ),
  }));
  // An entity belongs to the first subgraph (in start order) that declares it with a @key; a later
  // one that declares it again either contributes fields to it or references it.
  const ownerOf = new Map<string, string>();
  for (const { name, types } of objects) {
    for (const type of types) {
      if (type.directives?.some((d) => d.name.value === 'key') && !ownerOf.has(type.name.value)) ownerOf.set(type.name.value, name);
    }
  }

  it('makes root fields, fields contributed to another subgraph’s entity and references to one nullable', () => {
    const offending: string[] = [];
    for (const { name, types } of objects) {
      for (const type of types) {
        const owner = ownerOf.get(type.name.value);
        const contributed = owner !== undefined && owner !== name;
        const keyFields = new Set(
          (type.directives ?? [])
            .filter((d) => d.name.value === 'key')
            .flatMap(
              (d) =>
                d.arguments?.flatMap((a) =>
                  a.name.value === 'fields' && a.value.kind === Kind.STRING ? a.value.value.split(/\s+/) : [],
                ) ?? [],
            ),
        );
        for (const field of (type.fields ?? []) as readonly FieldDefinitionNode[]) {
          if (field.type.kind !== Kind.NON_NULL_TYPE) continue;
          const target = ownerOf.get(namedType(field.type));
          const why = ROOTS.has(type.name.value)
            ? 'a root field'
            : contributed && !keyFields.has(field.name.value)
              ? `contributed to ${owner}'s ${type.name.value}`
              : target !== undefined && target !== name
                ? `a reference to ${target}'s ${namedType(field.type)}`
                : undefined;
          if (why) offending.push(`${name}: ${type.name.value}.${field.name.value} is ${why} and must be nullable`);
        }
      }
    }
    expect(offending).toEqual([]);
  });

  it('knows who owns the shared entities (the check above relies on it)', () => {
    expect(ownerOf.get('User')).toBe('identity');
    expect(ownerOf.get('Task')).toBe('work');
  });
});

describe('partial data: with one subgraph stopped, the others’ fields still arrive', () => {
  let stack: TestStack;
  let user: TestUser;
  let taskId: string;
  beforeAll(async () => {
    stack = await startTestStack({
      // One failed fetch opens the breaker (its error names the subgraph) and a short open period lets
      // the restarted subgraph back in quickly; cached answers would hide the outage.
      env: { BREAKER_MINIMUM_CALLS: '1', BREAKER_OPEN_MS: '200', RESPONSE_CACHE_ENABLED: 'false' },
    });
    user = await signUpUser(stack.url, 'partial');
    const task = await gql(stack.url, 'mutation { createTask(input: { title: "Survives" }) { task { id } } }', {}, { token: user.token });
    taskId = task.body.data.createTask.task.id;
    expect(taskId).toEqual(expect.any(String));
  }, 60_000);

  const ask = (query: string): Promise<GraphQLResponse> => gql(stack.url, query, {}, { token: user.token });

  /** Each subgraph with a query that spans it and another, and what arrives while it is down. */
  const cases: { stopped: string; query: string; healthy: () => object; down: () => object }[] = [
    {
      stopped: 'identity',
      query: '{ me { email } tasks(first: 5) { totalCount edges { node { title owner { id displayName } } } } }',
      healthy: () => ({
        me: { email: user.email },
        tasks: { totalCount: 1, edges: [{ node: { title: 'Survives', owner: { id: user.id, displayName: 'partial' } } }] },
      }),
      // Task.owner is a reference to identity's User: it goes null, the task stays.
      down: () => ({ me: null, tasks: { totalCount: 1, edges: [{ node: { title: 'Survives', owner: null } }] } }),
    },
    {
      stopped: 'work',
      query: '{ me { email tasks(first: 5) { totalCount } } tasks(first: 5) { totalCount } currentTenant { id } }',
      healthy: () => ({
        me: { email: user.email, tasks: { totalCount: 1 } },
        tasks: { totalCount: 1 },
        currentTenant: { id: user.tenantId },
      }),
      // User.tasks is work's contribution to identity's User: the e-mail from identity survives it.
      down: () => ({ me: { email: user.email, tasks: null }, tasks: null, currentTenant: { id: user.tenantId } }),
    },
    {
      stopped: 'basics',
      query: '{ me { email } counter(name: "partial") { value } }',
      healthy: () => ({ me: { email: user.email }, counter: { value: 0 } }),
      down: () => ({ me: { email: user.email }, counter: null }),
    },
    {
      stopped: 'chat',
      query: '{ me { email } rooms(first: 5) { totalCount } }',
      healthy: () => ({ me: { email: user.email }, rooms: { totalCount: 0 } }),
      down: () => ({ me: { email: user.email }, rooms: null }),
    },
    {
      stopped: 'polls',
      query: '{ me { email } polls(scope: MINE, first: 5) { totalCount } }',
      healthy: () => ({ me: { email: user.email }, polls: { totalCount: 0 } }),
      down: () => ({ me: { email: user.email }, polls: null }),
    },
    {
      stopped: 'notifications',
      query: '{ tasks(first: 5) { totalCount } unreadNotificationCount }',
      healthy: () => ({ tasks: { totalCount: 1 }, unreadNotificationCount: 0 }),
      down: () => ({ tasks: { totalCount: 1 }, unreadNotificationCount: null }),
    },
    {
      stopped: 'games',
      query: '{ me { email } guessingRules { min max } myBestScores { difficulty } }',
      healthy: () => ({ me: { email: user.email }, guessingRules: { min: 1, max: 100 }, myBestScores: [] }),
      down: () => ({ me: { email: user.email }, guessingRules: null, myBestScores: null }),
    },
    {
      stopped: 'crm',
      query: '{ contacts(first: 5) { totalCount } me { email tasks(first: 5) { totalCount } } }',
      healthy: () => ({ contacts: { totalCount: 0 }, me: { email: user.email, tasks: { totalCount: 1 } } }),
      down: () => ({ contacts: null, me: { email: user.email, tasks: { totalCount: 1 } } }),
    },
    {
      stopped: 'finance',
      query: '{ me { email expenses(first: 5) { totalCount } } expenses(first: 5) { totalCount } }',
      healthy: () => ({ me: { email: user.email, expenses: { totalCount: 0 } }, expenses: { totalCount: 0 } }),
      // User.expenses is finance's contribution to identity's User: the e-mail survives it.
      down: () => ({ me: { email: user.email, expenses: null }, expenses: null }),
    },
    {
      stopped: 'github',
      query: '{ me { email } githubStatus { breaker } }',
      healthy: () => ({ me: { email: user.email }, githubStatus: { breaker: 'closed' } }),
      down: () => ({ me: { email: user.email }, githubStatus: null }),
    },
    {
      stopped: 'movies',
      // No TMDB key in the tests' stack: the providers list is empty, and nothing calls TMDB.
      query: '{ me { email } movieProviders { name } }',
      healthy: () => ({ me: { email: user.email }, movieProviders: [] }),
      down: () => ({ me: { email: user.email }, movieProviders: null }),
    },
    {
      stopped: 'publishing',
      // User.posts is publishing's contribution to identity's User: the e-mail survives it.
      query: '{ me { email posts(first: 5) { totalCount } } posts(first: 5) { totalCount } }',
      healthy: () => ({ me: { email: user.email, posts: { totalCount: 0 } }, posts: { totalCount: 0 } }),
      down: () => ({ me: { email: user.email, posts: null }, posts: null }),
    },
    {
      stopped: 'media',
      query: '{ me { email } images(first: 5) { totalCount } }',
      healthy: () => ({ me: { email: user.email }, images: { totalCount: 0 } }),
      down: () => ({ me: { email: user.email }, images: null }),
    },
    {
      stopped: 'library',
      query: '{ me { email loans(first: 5) { totalCount } } myLoans(first: 5) { totalCount } }',
      healthy: () => ({ me: { email: user.email, loans: { totalCount: 0 } }, myLoans: { totalCount: 0 } }),
      // User.loans is library's contribution to identity's User: the e-mail survives it.
      down: () => ({ me: { email: user.email, loans: null }, myLoans: null }),
    },
    {
      stopped: 'weather',
      // No weather key in the tests' stack: the providers list is empty, and nothing calls a provider.
      query: '{ me { email } weatherProviders { name } }',
      healthy: () => ({ me: { email: user.email }, weatherProviders: [] }),
      down: () => ({ me: { email: user.email }, weatherProviders: null }),
    },
    {
      stopped: 'links',
      query: '{ me { email } shortLinks(first: 5) { totalCount } }',
      healthy: () => ({ me: { email: user.email }, shortLinks: { totalCount: 0 } }),
      down: () => ({ me: { email: user.email }, shortLinks: null }),
    },
    {
      stopped: 'social',
      query: '{ me { email } homeTimeline(first: 5) { totalCount } }',
      healthy: () => ({ me: { email: user.email }, homeTimeline: { totalCount: 0 } }),
      down: () => ({ me: { email: user.email }, homeTimeline: null }),
    },
    {
      stopped: 'payments',
      query: '{ me { email } paymentIntents(first: 5) { totalCount } }',
      healthy: () => ({ me: { email: user.email }, paymentIntents: { totalCount: 0 } }),
      down: () => ({ me: { email: user.email }, paymentIntents: null }),
    },
    {
      stopped: 'notes',
      query: '{ me { email notes(first: 5) { totalCount } } notes(first: 5) { totalCount } }',
      healthy: () => ({ me: { email: user.email, notes: { totalCount: 0 } }, notes: { totalCount: 0 } }),
      // User.notes is notes' contribution to identity's User: the e-mail survives it.
      down: () => ({ me: { email: user.email, notes: null }, notes: null }),
    },
    {
      stopped: 'commerce',
      query: '{ me { email } myOrders(first: 5) { totalCount } }',
      healthy: () => ({ me: { email: user.email }, myOrders: { totalCount: 0 } }),
      down: () => ({ me: { email: user.email }, myOrders: null }),
    },
    {
      stopped: 'inventory',
      // Variant.available is public; with inventory down the viewer's e-mail still arrives.
      query: '{ me { email } inventoryVariant(id: "partial-variant") { id available inStock } }',
      healthy: () => ({ me: { email: user.email }, inventoryVariant: { id: 'partial-variant', available: 0, inStock: false } }),
      down: () => ({ me: { email: user.email }, inventoryVariant: null }),
    },
    {
      stopped: 'bookings',
      query: '{ me { email } myReservations(first: 5) { totalCount } }',
      healthy: () => ({ me: { email: user.email }, myReservations: { totalCount: 0 } }),
      down: () => ({ me: { email: user.email }, myReservations: null }),
    },
    {
      stopped: 'banking',
      // User.bankAccounts is banking's contribution to identity's User: the e-mail survives it.
      query: '{ me { email bankAccounts(first: 5) { totalCount } } bankAccounts(first: 5) { totalCount } }',
      healthy: () => ({ me: { email: user.email, bankAccounts: { totalCount: 0 } }, bankAccounts: { totalCount: 0 } }),
      down: () => ({ me: { email: user.email, bankAccounts: null }, bankAccounts: null }),
    },
    {
      stopped: 'learning',
      query: '{ me { email } myEnrolments(first: 5) { totalCount } }',
      healthy: () => ({ me: { email: user.email }, myEnrolments: { totalCount: 0 } }),
      down: () => ({ me: { email: user.email }, myEnrolments: null }),
    },
    {
      stopped: 'analytics',
      query: '{ me { email } analyticsProjects(first: 5) { totalCount } }',
      healthy: () => ({ me: { email: user.email }, analyticsProjects: { totalCount: 0 } }),
      down: () => ({ me: { email: user.email }, analyticsProjects: null }),
    },
    {
      stopped: 'jobs',
      query: '{ me { email } myApplications(first: 5) { totalCount } }',
      healthy: () => ({ me: { email: user.email }, myApplications: { totalCount: 0 } }),
      down: () => ({ me: { email: user.email }, myApplications: null }),
    },
    {
      stopped: 'rides',
      query: '{ me { email } myRides(first: 5) { totalCount } }',
      healthy: () => ({ me: { email: user.email }, myRides: { totalCount: 0 } }),
      down: () => ({ me: { email: user.email }, myRides: null }),
    },
    {
      stopped: 'delivery',
      query: '{ me { email } myFoodOrders(first: 5) { totalCount } }',
      healthy: () => ({ me: { email: user.email }, myFoodOrders: { totalCount: 0 } }),
      down: () => ({ me: { email: user.email }, myFoodOrders: null }),
    },
    {
      stopped: 'cdn',
      query: '{ me { email } distributions(first: 5) { totalCount } }',
      healthy: () => ({ me: { email: user.email }, distributions: { totalCount: 0 } }),
      down: () => ({ me: { email: user.email }, distributions: null }),
    },
    {
      stopped: 'moderation',
      query: '{ me { email } myModerationCases(first: 5) { totalCount } }',
      healthy: () => ({ me: { email: user.email }, myModerationCases: { totalCount: 0 } }),
      down: () => ({ me: { email: user.email }, myModerationCases: null }),
    },
  ];

  it('covers every subgraph', () => {
    expect(cases.map((c) => c.stopped).sort()).toEqual(subgraphs.map((s) => s.name).sort());
  });

  it.each(cases.map((c) => [c.stopped, c] as const))(
    '%s stopped',
    async (name, { query, healthy, down }) => {
      expect((await ask(query)).body).toEqual({ data: healthy() });
      const stopped = await stopSubgraph(stack, name);
      try {
        // From the first request on: everyone else's fields, and an error beside them.
        const first = await ask(query);
        expect(first.status).toBe(200);
        expect(first.body.data).toEqual(down());
        expect(first.body.errors?.length).toBeGreaterThan(0);
        // The error names the subgraph that is missing.
        await eventually(
          async () => {
            const res = await ask(query);
            expect(res.body.data).toEqual(down());
            expect(res.body.errors).toContainEqual(
              expect.objectContaining({ extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: name }) }),
            );
          },
          5000,
          50,
        );
      } finally {
        await stopped.restart();
      }
      await eventually(async () => expect((await ask(query)).body).toEqual({ data: healthy() }), 10_000, 50);
    },
    30_000,
  );

  it('keeps the result of a mutation that ran when a later one in the same document fails', async () => {
    const stopped = await stopSubgraph(stack, 'work');
    try {
      const res = await ask(
        'mutation { incrementCounter(name: "partial-mutation") { value } createTask(input: { title: "Lost" }) { task { id } } }',
      );
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ incrementCounter: { value: 1 }, createTask: null });
      expect(res.body.errors?.length).toBeGreaterThan(0);
    } finally {
      await stopped.restart();
    }
    await eventually(
      async () => expect((await ask('{ tasks { totalCount } }')).body).toEqual({ data: { tasks: { totalCount: 1 } } }),
      10_000,
      50,
    );
  }, 30_000);

  it('the typed SDK throws a HubgraphError that carries the partial data', async () => {
    const client = new HubgraphClient({ url: stack.url, token: user.token });
    expect((await client.request(TaskDocument, { id: taskId })).task).toMatchObject({
      title: 'Survives',
      owner: { id: user.id, email: user.email },
    });
    const stopped = await stopSubgraph(stack, 'identity');
    let error: unknown;
    try {
      error = await client.request(TaskDocument, { id: taskId }).catch((e: unknown) => e);
    } finally {
      await stopped.restart();
    }
    expect(error).toBeInstanceOf(HubgraphError);
    // email is nullable: the owner stays, with its id from work and no e-mail.
    expect((error as HubgraphError).data).toEqual({
      task: expect.objectContaining({ id: taskId, title: 'Survives', owner: { id: user.id, email: null } }),
    });
  }, 30_000);
});
