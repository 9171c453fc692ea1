import WebSocket from 'ws';
import {
  CastVoteDocument,
  CounterChangedDocument,
  CreateGameRoomDocument,
  CreatePollDocument,
  CreateRoomDocument,
  CreateTaskDocument,
  CreateTenantDocument,
  CurrentTenantDocument,
  DropDiscDocument,
  GuessDocument,
  GuessingRulesDocument,
  HubgraphClient,
  HubgraphError,
  IncrementCounterDocument,
  JoinGameRoomDocument,
  LogInDocument,
  MarkAllNotificationsReadDocument,
  MeDocument,
  MessageAddedDocument,
  MyTasksDocument,
  NotificationAddedDocument,
  NotificationPreferencesDocument,
  NotificationsDocument,
  PollDocument,
  PollResultsChangedDocument,
  PostMessageDocument,
  RoomMessagesDocument,
  SetNotificationPreferenceDocument,
  SignUpDocument,
  StartGuessingGameDocument,
} from '../sdk';
import { errorCodes, gql } from './helpers/graphql';
import { startTestStack, type TestStack } from './helpers/stack';

const email = () => `sdk-${Math.random().toString(16).slice(2)}@example.test`;

/**
 * The first event of a subscription that `act` causes. The router holds the upstream subscription a
 * moment after the client subscribed, so `act` is repeated (every 200 ms, at most 25 times) until an
 * event arrives.
 */
async function firstEventOf<T>(events: AsyncGenerator<T, void, undefined>, act: () => Promise<unknown>): Promise<T> {
  const next = events.next();
  for (let attempt = 0; attempt < 25; attempt++) {
    await act();
    const arrived = await Promise.race([next, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 200))]);
    if (arrived) {
      if (arrived.done) throw new Error('the subscription ended without an event');
      return arrived.value;
    }
  }
  throw new Error('no event arrived');
}

describe('typed SDK against the router', () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'work', 'basics', 'chat', 'polls', 'notifications', 'games'] });
  });

  const clients: HubgraphClient[] = [];
  afterAll(() => Promise.all(clients.map((c) => c.close())));

  /** A signed-in typed client of a new user (`ws` as the WebSocket: Node 20 has no global one). */
  async function signedIn(name: string): Promise<{ client: HubgraphClient; id: string }> {
    const client = new HubgraphClient({ url: stack.url, webSocketImpl: WebSocket });
    clients.push(client);
    const signed = await client.request(SignUpDocument, { input: { email: email(), password: 'a good long password', displayName: name } });
    client.setToken(signed.signUp?.accessToken ?? undefined);
    return { client, id: signed.signUp!.user!.id };
  }

  it('signs up, creates and lists tasks with typed documents, and reports errors with their code', async () => {
    const client = new HubgraphClient({ url: stack.url });
    const address = email();
    const signed = await client.request(SignUpDocument, { input: { email: address, password: 'a good long password' } });
    expect(signed.signUp?.errors).toEqual([]);
    client.setToken(signed.signUp?.accessToken ?? undefined);
    const created = await client.request(CreateTaskDocument, { input: { title: 'From the SDK', tags: ['sdk'] } });
    expect(created.createTask?.task?.title).toBe('From the SDK');
    const list = await client.request(MyTasksDocument, { first: 10 });
    expect(list.tasks?.totalCount).toBe(1);
    expect(list.tasks?.edges[0]!.node.tags).toEqual(['sdk']);
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
    client.setToken(signed.signUp?.accessToken ?? undefined);
    const first = (await client.request(CurrentTenantDocument)).currentTenant!;
    expect(first.viewerRole).toBe('ADMIN');
    const second = (await client.request(CreateTenantDocument, { name: 'Side project' })).createTenant!.tenant!;
    // The new membership is in the next token.
    const relogged = await client.request(LogInDocument, { input: { email: address, password: 'a good long password' } });
    client.setToken(relogged.logIn?.accessToken ?? undefined);
    client.setTenant(second.id);
    expect((await client.request(CurrentTenantDocument)).currentTenant).toEqual({
      id: second.id,
      name: 'Side project',
      viewerRole: 'ADMIN',
    });
    await client.request(CreateTaskDocument, { input: { title: 'Side task' } });
    expect((await client.request(MyTasksDocument, { first: 10 })).tasks?.totalCount).toBe(1);
    client.setTenant(first.id);
    expect((await client.request(MyTasksDocument, { first: 10 })).tasks?.totalCount).toBe(0);
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
    expect(first.logIn?.errors[0]!.code).toBe('UNAUTHENTICATED');
    expect(bodies).toHaveLength(2);
    expect(JSON.parse(bodies[0]!).query).toBeUndefined();
    expect(JSON.parse(bodies[1]!).query).toContain('mutation LogIn');
    bodies = [];
    await client.request(LogInDocument, { input: { email: email(), password: 'whatever-password' } });
    expect(bodies).toHaveLength(1);
    expect(JSON.parse(bodies[0]!).query).toBeUndefined();
  });
  it('subscribes with typed documents over the WebSocket: counterChanged, and chat messages with their authors', async () => {
    const { client, id } = await signedIn('Ada');
    const name = `sdk-${Math.random().toString(16).slice(2, 8)}`;
    const counter = client.subscribe(CounterChangedDocument, { name });
    const changed = await firstEventOf(counter, () => client.request(IncrementCounterDocument, { name }));
    expect(changed.counterChanged).toMatchObject({ name, value: expect.any(Number) });
    await counter.return();

    const room = (await client.request(CreateRoomDocument, { input: { name: 'SDK room' } })).createRoom!.room!;
    expect(room).toMatchObject({ kind: 'PUBLIC', name: 'SDK room', viewerIsMember: true, memberCount: 1 });
    const messages = client.subscribe(MessageAddedDocument, { roomId: room.id });
    const added = await firstEventOf(messages, () =>
      client.request(PostMessageDocument, { input: { roomId: room.id, text: 'hello from the SDK' } }),
    );
    // The author's name comes from identity, resolved by the router for the event.
    expect(added.messageAdded).toMatchObject({ room: { id: room.id }, text: 'hello from the SDK', author: { id, displayName: 'Ada' } });
    await messages.return();
    const history = (await client.request(RoomMessagesDocument, { roomId: room.id, first: 50 })).messages!;
    expect(history.totalCount).toBeGreaterThanOrEqual(1);
    expect(history.edges[0]!.node).toMatchObject({ text: 'hello from the SDK', deleted: false, author: { id } });
  });

  it('a subscription the server refuses throws a HubgraphError with its code', async () => {
    const anonymous = new HubgraphClient({ url: stack.url, webSocketImpl: WebSocket });
    clients.push(anonymous);
    const error = await anonymous
      .subscribe(NotificationAddedDocument)
      .next()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubgraphError);
    expect((error as HubgraphError).code).toBe('UNAUTHENTICATED');
  });

  it('runs polls: create, vote, read the results, and follow them live', async () => {
    const { client } = await signedIn('Pollster');
    const voter = await signedIn('Voter');
    const created = (await client.request(CreatePollDocument, { input: { question: 'Tabs or spaces?', options: ['Tabs', 'Spaces'] } }))
      .createPoll!;
    expect(created.errors).toEqual([]);
    const poll = created.poll!;
    expect(poll.options.map((o) => o.label)).toEqual(['Tabs', 'Spaces']);
    const live = voter.client.subscribe(PollResultsChangedDocument, { pollId: poll.id });
    // The first event is the current totals.
    expect((await live.next()).value).toMatchObject({ pollResultsChanged: { totalVotes: 0, poll: { id: poll.id, status: 'OPEN' } } });
    const vote = (await voter.client.request(CastVoteDocument, { pollId: poll.id, optionId: poll.options[1]!.id })).castVote!;
    expect(vote).toMatchObject({ errors: [], option: { label: 'Spaces' } });
    const next = await live.next();
    expect(next.value && next.value.pollResultsChanged?.totalVotes).toBe(1);
    await live.return();
    const read = (await voter.client.request(PollDocument, { id: poll.id })).poll!;
    expect(read.myVote?.label).toBe('Spaces');
    expect(read.results.totals.map((t) => [t.option.label, t.votes])).toEqual([
      ['Tabs', 0],
      ['Spaces', 1],
    ]);
  });

  it('runs notifications: a mention arrives live and in the inbox; preferences and read state are typed', async () => {
    const alice = await signedIn('Alice');
    const bob = await signedIn('Bob');
    const room = (await alice.client.request(CreateRoomDocument, { input: { name: 'Mentions' } })).createRoom!.room!;
    const inbox = bob.client.subscribe(NotificationAddedDocument);
    let n = 0;
    const arrived = await firstEventOf(inbox, () =>
      alice.client.request(PostMessageDocument, { input: { roomId: room.id, text: `hey Bob ${++n}`, mentions: [bob.id] } }),
    );
    expect(arrived.notificationAdded).toMatchObject({ kind: 'MENTION', read: false, actor: { id: alice.id } });
    await inbox.return();
    const list = await bob.client.request(NotificationsDocument, { first: 50, unreadOnly: true });
    expect(list.notifications?.totalCount).toBe(n);
    expect(list.unreadNotificationCount).toBe(n);
    const marked = (await bob.client.request(MarkAllNotificationsReadDocument)).markAllNotificationsRead!;
    expect(marked).toEqual({ markedCount: n, unreadCount: 0, errors: [] });

    const set = (await bob.client.request(SetNotificationPreferenceDocument, { kind: 'MENTION', channel: 'EMAIL', enabled: false }))
      .setNotificationPreference!;
    expect(set).toEqual({ preference: { kind: 'MENTION', channel: 'EMAIL', enabled: false, customized: true }, errors: [] });
    const preferences = (await bob.client.request(NotificationPreferencesDocument)).notificationPreferences!;
    expect(preferences).toContainEqual({ kind: 'MENTION', channel: 'EMAIL', enabled: false, customized: true });
  });

  it('runs games: a guessing game, and a Connect Four room joined by a friend', async () => {
    const ann = await signedIn('Ann');
    const ben = await signedIn('Ben');
    const rules = (await ann.client.request(GuessingRulesDocument)).guessingRules!;
    expect(rules).toMatchObject({ min: 1, max: 100 });
    const session = (await ann.client.request(StartGuessingGameDocument, { difficulty: 'EASY' })).startGuessingGame!.session!;
    expect(session).toMatchObject({ status: 'PLAYING', attempts: 0, secret: null });
    const guessed = (await ann.client.request(GuessDocument, { sessionId: session.id, number: 50 })).guess!;
    expect(guessed.errors).toEqual([]);
    expect(['TOO_LOW', 'TOO_HIGH', 'CORRECT']).toContain(guessed.outcome);
    expect(guessed.session?.attempts).toBe(1);

    const room = (await ann.client.request(CreateGameRoomDocument, {})).createGameRoom!.match!;
    expect(room).toMatchObject({ status: 'WAITING', roomCode: expect.any(String) });
    const joined = (await ben.client.request(JoinGameRoomDocument, { code: room.roomCode! })).joinGameRoom!;
    expect(joined.errors).toEqual([]);
    expect(joined.match?.status).toBe('ACTIVE');
    const mover = joined.match!.nextPlayer!.user!.id === ann.id ? ann : ben;
    const dropped = (await mover.client.request(DropDiscDocument, { matchId: room.id, column: 3 })).dropDisc!;
    expect(dropped.errors).toEqual([]);
    expect(dropped.match).toMatchObject({ moveCount: 1, moves: [{ number: 1, column: 3, row: expect.any(Number) }] });
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
    expect(res.signUp?.accessToken).toEqual(expect.any(String));
    const adHoc = await gql(stack.url, '{ units { symbol } }');
    expect(adHoc.status).toBe(400);
    expect(errorCodes(adHoc)).toEqual(['PERSISTED_QUERY_NOT_ALLOWED']);
  });
});
