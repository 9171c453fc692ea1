import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { INTERNAL_AUTH_HEADER, OutboxEvent, RouterSigner, loadSubgraphConfig, type RunningSubgraph } from '../../../kit';
import { errorCodes, gql, signUpUser, type GraphQLResponse, type TestUser } from '../../../test/helpers/graphql';
import { disposeAfterAll, startTestStack, type TestStack } from '../../../test/helpers/stack';
import { countStatements } from '../../../test/helpers/statements';
import { waitFor } from '../../../test/helpers/wait';
import { broadcastTopic } from '../src/broadcast';
import { Presence } from '../src/entities';
import { topics } from '../src/service';

const CREATE_ROOM = `mutation($input: CreateRoomInput!) {
  createRoom(input: $input) { room { id kind name topic memberCount viewerIsMember createdBy { id } } errors { field message code } }
}`;
const OPEN_DM = `mutation($userId: ID!) { openDirectRoom(userId: $userId) { room { id kind name memberCount } errors { field code } } }`;
const JOIN = `mutation($roomId: ID!) { joinRoom(roomId: $roomId) { room { id viewerIsMember memberCount } errors { code } } }`;
const INVITE = `mutation($roomId: ID!, $userId: ID!) { inviteToRoom(roomId: $roomId, userId: $userId) { room { id memberCount } errors { field code } } }`;
const LEAVE = `mutation($roomId: ID!) { leaveRoom(roomId: $roomId) { roomId errors { code } } }`;
const POST = `mutation($input: PostMessageInput!) {
  postMessage(input: $input) { message { id text sequence deleted editedAt author { id } mentions { id } } errors { field message code } }
}`;
const EDIT = `mutation($id: ID!, $text: String!) { editMessage(id: $id, text: $text) { message { id text editedAt deleted } errors { field code } } }`;
const DELETE = `mutation($id: ID!) { deleteMessage(id: $id) { message { id text deleted } errors { code } } }`;
const HISTORY = `query($roomId: ID!, $first: Int, $after: String) {
  messages(roomId: $roomId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { text sequence } }
  }
}`;
const ROOM = `query($id: ID!) { room(id: $id) { id name kind unreadCount viewerIsMember memberCount } }`;
const MARK_READ = `mutation($roomId: ID!, $messageId: ID!) {
  markRead(roomId: $roomId, messageId: $messageId) { receipt { messageId user { id } } room { unreadCount } errors { field code } }
}`;
const BROADCAST = `mutation($channel: String!, $text: String!) {
  broadcast(channel: $channel, text: $text) { message { channel offset text sender { id } } errors { field code } }
}`;
const BROADCAST_RECEIVED = `subscription($channel: String!, $since: Int) {
  broadcastReceived(channel: $channel, since: $since) { offset text }
}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One live subscription and everything it has received. */
interface Live<T> {
  events: T[];
  errors: { message?: string; extensions?: Record<string, unknown> }[];
  completed: boolean;
  stop(): void;
}

function subscribe<T>(client: Client, query: string, variables: Record<string, unknown>, field: string): Live<T> {
  const live: Live<T> = { events: [], errors: [], completed: false, stop: () => undefined };
  live.stop = client.subscribe<Record<string, T>>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) live.errors.push(...(result.errors as Live<T>['errors']));
        if (result.data) live.events.push(result.data[field]!);
      },
      error: (error) => live.errors.push({ message: String(error) }),
      complete: () => {
        live.completed = true;
      },
    },
  );
  return live;
}

describe('chat through the router', () => {
  let stack: TestStack;
  let alice: TestUser;
  let bob: TestUser;
  let carol: TestUser;

  const chat = (): RunningSubgraph => {
    const running = stack.subgraphs.find((s) => s.name === 'chat');
    if (!running) throw new Error('chat subgraph is not running');
    return running;
  };
  const as = (user: TestUser, query: string, variables: Record<string, unknown> = {}) =>
    gql(stack.url, query, variables, { token: user.token });

  /** A graphql-ws client of the ROUTER for `user`, closed after the suite. */
  function wsClient(user: TestUser): Client {
    const client = createClient({
      url: stack.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${user.token}` },
      retryAttempts: 0,
    });
    disposeAfterAll(async () => {
      await client.dispose();
    });
    return client;
  }

  /** Waits until `count` subscribers receive what is published on `topic` (with Redis: the channel subscription is confirmed). */
  async function listening(topic: string, count = 1): Promise<void> {
    await waitFor(() => chat().pubsub.listeners(topic) >= count, `${count} listener(s) on ${topic}`);
  }

  async function createRoom(user: TestUser, input: Record<string, unknown>) {
    const res = await as(user, CREATE_ROOM, { input });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.createRoom.errors).toEqual([]);
    return res.body.data.createRoom.room as { id: string; kind: string; name: string };
  }

  async function post(user: TestUser, roomId: string, text: string, mentions?: string[]) {
    const res = await as(user, POST, { input: { roomId, text, mentions } });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data.postMessage.errors).toEqual([]);
    return res.body.data.postMessage.message as { id: string; text: string; sequence: number };
  }

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'chat'] });
    [alice, bob, carol] = await Promise.all([signUpUser(stack.url, 'alice'), signUpUser(stack.url, 'bob'), signUpUser(stack.url, 'carol')]);
  });

  describe('rooms and membership', () => {
    it('creates public and private rooms with the creator as owner, and validates the input as data', async () => {
      const room = await createRoom(alice, { name: '  General  ', topic: 'Anything goes' });
      expect(room).toMatchObject({
        kind: 'PUBLIC',
        name: 'General',
        topic: 'Anything goes',
        memberCount: 1,
        viewerIsMember: true,
        createdBy: { id: alice.id },
      });

      const bad = await as(alice, CREATE_ROOM, { input: { name: '   ', topic: 't'.repeat(501), kind: 'DIRECT', memberIds: ['nope'] } });
      expect(bad.body.data.createRoom.room).toBeNull();
      expect(bad.body.data.createRoom.errors.map((e: { field: string }) => e.field).sort()).toEqual([
        'input.kind',
        'input.memberIds',
        'input.name',
        'input.topic',
      ]);
      expect(bad.body.data.createRoom.errors.every((e: { code: string }) => e.code === 'BAD_USER_INPUT')).toBe(true);
      const long = await as(alice, CREATE_ROOM, { input: { name: 'n'.repeat(81) } });
      expect(long.body.data.createRoom.errors).toEqual([{ field: 'input.name', message: expect.any(String), code: 'BAD_USER_INPUT' }]);
      expect((await createRoom(alice, { name: 'n'.repeat(80) })).name).toHaveLength(80);

      const anonymous = await gql(stack.url, CREATE_ROOM, { input: { name: 'x' } });
      expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    });

    it('lets anyone signed in read a public room but only members post; joining is idempotent', async () => {
      const room = await createRoom(alice, { name: 'Lobby' });
      await post(alice, room.id, 'hello lobby');
      const read = await as(carol, HISTORY, { roomId: room.id });
      expect(read.body.errors).toBeUndefined();
      expect(read.body.data.messages.edges.map((e: { node: { text: string } }) => e.node.text)).toEqual(['hello lobby']);
      expect(errorCodes(await as(carol, POST, { input: { roomId: room.id, text: 'hi' } }))).toEqual(['FORBIDDEN']);

      const joined = await as(carol, JOIN, { roomId: room.id });
      expect(joined.body.data.joinRoom).toEqual({ room: { id: room.id, viewerIsMember: true, memberCount: 2 }, errors: [] });
      expect((await as(carol, JOIN, { roomId: room.id })).body.data.joinRoom.room.memberCount).toBe(2);
      await post(carol, room.id, 'hi from carol');

      const listed = await as(carol, 'query { publicRooms(search: "Lobb", first: 50) { edges { node { id } } } }');
      expect(listed.body.data.publicRooms.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(room.id);
      expect(errorCodes(await gql(stack.url, HISTORY, { roomId: room.id }))).toEqual(['UNAUTHENTICATED']);
      expect(errorCodes(await as(carol, JOIN, { roomId: '01900000-0000-7000-8000-00000000dead' }))).toEqual(['NOT_FOUND']);
    });

    it('keeps private rooms to members: no join, no read, no post; members invite; leaving removes access', async () => {
      const room = await createRoom(alice, { name: 'Secret plans', kind: 'PRIVATE', memberIds: [bob.id] });
      expect(room.kind).toBe('PRIVATE');
      await post(bob, room.id, 'bob was added at creation');

      expect(errorCodes(await as(carol, ROOM, { id: room.id }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await as(carol, HISTORY, { roomId: room.id }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await as(carol, POST, { input: { roomId: room.id, text: 'let me in' } }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await as(carol, JOIN, { roomId: room.id }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await as(carol, INVITE, { roomId: room.id, userId: carol.id }))).toEqual(['FORBIDDEN']);
      const publicList = await as(carol, 'query { publicRooms(first: 100) { edges { node { id } } } }');
      expect(publicList.body.data.publicRooms.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(room.id);

      const invited = await as(bob, INVITE, { roomId: room.id, userId: carol.id });
      expect(invited.body.data.inviteToRoom).toEqual({ room: { id: room.id, memberCount: 3 }, errors: [] });
      expect((await as(carol, ROOM, { id: room.id })).body.data.room).toMatchObject({ id: room.id, viewerIsMember: true });
      await post(carol, room.id, 'thanks bob');

      const members = await as(
        carol,
        `query($id: ID!) { room(id: $id) { members(first: 10) { totalCount edges { node { role user { id email } } } } } }`,
        { id: room.id },
      );
      expect(members.body.data.room.members.totalCount).toBe(3);
      type MemberNode = { node: { role: string; user: { id: string; email: string | null } } };
      const edges: MemberNode[] = members.body.data.room.members.edges;
      // Alice and bob joined in the same instant (at creation); carol, invited later, comes last.
      expect(edges[2]!.node).toEqual({ role: 'MEMBER', user: { id: carol.id, email: carol.email } });
      expect(edges.map((e) => [e.node.user.id, e.node.role]).sort()).toEqual(
        [
          [alice.id, 'OWNER'],
          [bob.id, 'MEMBER'],
          [carol.id, 'MEMBER'],
        ].sort(),
      );
      // The member list's users resolve in identity; e-mail stays private to its owner.
      expect(edges.find((e) => e.node.user.id === alice.id)?.node.user.email).toBeNull();

      expect((await as(carol, LEAVE, { roomId: room.id })).body.data.leaveRoom).toEqual({ roomId: room.id, errors: [] });
      expect(errorCodes(await as(carol, HISTORY, { roomId: room.id }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await as(carol, LEAVE, { roomId: room.id }))).toEqual(['FORBIDDEN']);
    });

    it('opens one direct conversation per pair, whoever opens it and however often, readable by the two only', async () => {
      const dave = await signUpUser(stack.url, 'dave');
      const [first, second, fromBob] = await Promise.all([
        as(dave, OPEN_DM, { userId: bob.id }),
        as(dave, OPEN_DM, { userId: bob.id }),
        as(bob, OPEN_DM, { userId: dave.id }),
      ]);
      for (const res of [first, second, fromBob]) expect(res.body.data.openDirectRoom.errors).toEqual([]);
      const id = first.body.data.openDirectRoom.room.id;
      expect(second.body.data.openDirectRoom.room.id).toBe(id);
      expect(fromBob.body.data.openDirectRoom.room.id).toBe(id);
      expect(first.body.data.openDirectRoom.room).toMatchObject({ kind: 'DIRECT', name: null, memberCount: 2 });
      expect((await as(dave, OPEN_DM, { userId: bob.id })).body.data.openDirectRoom.room.id).toBe(id);

      await post(dave, id, 'psst');
      expect(errorCodes(await as(carol, HISTORY, { roomId: id }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await as(carol, JOIN, { roomId: id }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await as(dave, INVITE, { roomId: id, userId: carol.id }))).toEqual(['FORBIDDEN']);
      expect((await as(bob, HISTORY, { roomId: id })).body.data.messages.totalCount).toBe(1);

      const self = await as(dave, OPEN_DM, { userId: dave.id });
      expect(self.body.data.openDirectRoom).toEqual({ room: null, errors: [{ field: 'userId', code: 'BAD_USER_INPUT' }] });

      // Leaving and opening again rejoins the same conversation with its history.
      await as(dave, LEAVE, { roomId: id });
      expect(errorCodes(await as(dave, HISTORY, { roomId: id }))).toEqual(['FORBIDDEN']);
      expect((await as(dave, OPEN_DM, { userId: bob.id })).body.data.openDirectRoom.room.id).toBe(id);
      expect((await as(dave, HISTORY, { roomId: id })).body.data.messages.totalCount).toBe(1);
    });

    it("lists the viewer's rooms with unread counts in a constant number of statements", async () => {
      const erin = await signUpUser(stack.url, 'erin');
      const LIST = '{ rooms(first: 50) { totalCount edges { node { id name unreadCount memberCount viewerIsMember } } } }';
      const countListStatements = async () => {
        const { result, statements } = await countStatements(chat(), () => as(erin, LIST));
        expect(result.body.errors).toBeUndefined();
        return { statements: statements.length, rooms: result.body.data.rooms };
      };
      const make = async (n: number) => {
        for (let i = 0; i < n; i++) {
          const room = await createRoom(alice, { name: `erin ${i}`, kind: 'PRIVATE', memberIds: [erin.id] });
          await post(alice, room.id, 'one');
          await post(alice, room.id, 'two');
        }
      };
      await make(2);
      const small = await countListStatements();
      expect(small.rooms.totalCount).toBe(2);
      await make(5);
      const large = await countListStatements();
      expect(large.rooms.totalCount).toBe(7);
      expect(
        large.rooms.edges.map((e: { node: { unreadCount: number; memberCount: number } }) => [e.node.unreadCount, e.node.memberCount]),
      ).toEqual(Array(7).fill([2, 2]));
      expect(large.rooms.edges[0].node.name).toBe('erin 4');
      expect(small.statements).toBeGreaterThan(0);
      expect(large.statements).toBe(small.statements);
    });
  });

  describe('messages', () => {
    it('pages history newest first with cursors and totalCount', async () => {
      const room = await createRoom(alice, { name: 'History' });
      for (let i = 1; i <= 25; i++) await post(alice, room.id, `m${i}`);
      const texts: string[] = [];
      let after: string | null = null;
      const pages: boolean[] = [];
      for (;;) {
        const res: GraphQLResponse = await as(bob, HISTORY, { roomId: room.id, first: 10, after });
        expect(res.body.errors).toBeUndefined();
        const page = res.body.data.messages;
        expect(page.totalCount).toBe(25);
        texts.push(...page.edges.map((e: { node: { text: string } }) => e.node.text));
        pages.push(page.pageInfo.hasNextPage);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(pages).toEqual([true, true, false]);
      expect(texts).toEqual(Array.from({ length: 25 }, (_, i) => `m${25 - i}`));

      expect(errorCodes(await as(bob, HISTORY, { roomId: room.id, first: 101 }))).toEqual(['BAD_USER_INPUT']);
      expect(errorCodes(await as(bob, HISTORY, { roomId: room.id, after: 'garbage' }))).toEqual(['BAD_USER_INPUT']);
    });

    it('gives concurrent posts distinct, dense sequence numbers', async () => {
      const room = await createRoom(alice, { name: 'Race' });
      const posted = await Promise.all(Array.from({ length: 12 }, (_, i) => post(alice, room.id, `r${i}`)));
      expect(posted.map((m) => m.sequence).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      const last = await as(
        alice,
        `mutation($input: PostMessageInput!) {
        postMessage(input: $input) { message { sequence createdAt room { lastMessageAt } } }
      }`,
        { input: { roomId: room.id, text: 'last' } },
      );
      const { sequence, createdAt, room: after } = last.body.data.postMessage.message;
      expect(sequence).toBe(13);
      // The response shows the room as this post left it, not as it was loaded before the post.
      expect(after.lastMessageAt).toBe(createdAt);
    });

    it('validates text and mentions as data', async () => {
      const room = await createRoom(alice, { name: 'Validation', kind: 'PRIVATE' });
      const cases: [Record<string, unknown>, string][] = [
        [{ text: '   ' }, 'input.text'],
        [{ text: 'x'.repeat(4001) }, 'input.text'],
        [{ text: 'hi', mentions: ['not-an-id'] }, 'input.mentions'],
        [{ text: 'hi', mentions: [bob.id] }, 'input.mentions'],
      ];
      for (const [input, field] of cases) {
        const res = await as(alice, POST, { input: { roomId: room.id, ...input } });
        expect(res.body.data.postMessage).toEqual({
          message: null,
          errors: [{ field, message: expect.any(String), code: 'BAD_USER_INPUT' }],
        });
      }
      expect((await post(alice, room.id, 'y'.repeat(4000))).text).toHaveLength(4000);
      expect((await as(alice, HISTORY, { roomId: room.id })).body.data.messages.totalCount).toBe(1);
    });

    it('lets only the author edit and delete; delete leaves a tombstone', async () => {
      const room = await createRoom(alice, { name: 'Edits' });
      await as(bob, JOIN, { roomId: room.id });
      const message = await post(alice, room.id, 'first draft');

      expect(errorCodes(await as(bob, EDIT, { id: message.id, text: 'hijack' }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await as(bob, DELETE, { id: message.id }))).toEqual(['FORBIDDEN']);
      const badEdit = await as(alice, EDIT, { id: message.id, text: '' });
      expect(badEdit.body.data.editMessage).toEqual({ message: null, errors: [{ field: 'text', code: 'BAD_USER_INPUT' }] });

      const edited = await as(alice, EDIT, { id: message.id, text: 'final text' });
      expect(edited.body.data.editMessage.errors).toEqual([]);
      expect(edited.body.data.editMessage.message).toMatchObject({ text: 'final text', deleted: false, editedAt: expect.any(String) });

      const deleted = await as(alice, DELETE, { id: message.id });
      expect(deleted.body.data.deleteMessage).toEqual({ message: { id: message.id, text: null, deleted: true }, errors: [] });
      expect((await as(alice, DELETE, { id: message.id })).body.data.deleteMessage.message.deleted).toBe(true);
      const afterDelete = await as(alice, EDIT, { id: message.id, text: 'resurrect' });
      expect(afterDelete.body.data.editMessage.errors).toEqual([{ field: 'id', code: 'BAD_USER_INPUT' }]);

      const seen = await as(bob, `query($id: ID!) { message(id: $id) { text deleted editedAt } }`, { id: message.id });
      expect(seen.body.data.message).toEqual({ text: null, deleted: true, editedAt: expect.any(String) });
      expect(errorCodes(await as(alice, DELETE, { id: '01900000-0000-7000-8000-00000000beef' }))).toEqual(['NOT_FOUND']);
    });

    it('records a chat.mention domain event in the outbox with the mentioned members', async () => {
      const room = await createRoom(alice, { name: 'Mentions', kind: 'PRIVATE', memberIds: [bob.id, carol.id] });
      const text = `Hey @bob and @carol, ${'please look at this '.repeat(10)}`;
      const message = await post(alice, room.id, text, [bob.id, carol.id, alice.id, bob.id]);
      await post(alice, room.id, 'no mentions here');

      const rows = await chat().orm.em.fork().find(OutboxEvent, { type: 'chat.mention' });
      const mine = rows.filter((r) => r.payload.messageId === message.id);
      expect(mine).toHaveLength(1);
      expect(mine[0]!.payload).toEqual({
        messageId: message.id,
        roomId: room.id,
        roomName: 'Mentions',
        authorId: alice.id,
        recipientIds: [bob.id, carol.id],
        excerpt: expect.stringMatching(/^Hey @bob and @carol, please look at this/),
      });
      expect(String(mine[0]!.payload.excerpt).length).toBeLessThanOrEqual(140);
      expect(rows.filter((r) => r.payload.roomId === room.id)).toHaveLength(1);
    });
  });

  describe('read receipts and presence', () => {
    it('moves read markers forward only, counts unread messages by others, and announces receipts', async () => {
      const room = await createRoom(alice, { name: 'Receipts', kind: 'PRIVATE', memberIds: [bob.id] });
      const client = wsClient(alice);
      const receipts = subscribe<{ messageId: string; user: { id: string } }>(
        client,
        'subscription($roomId: ID!) { readReceipts(roomId: $roomId) { messageId readAt user { id } } }',
        { roomId: room.id },
        'readReceipts',
      );
      await listening(topics.readReceipts(room.id));

      const m1 = await post(alice, room.id, 'one');
      const m2 = await post(alice, room.id, 'two');
      await post(alice, room.id, 'three');
      await post(bob, room.id, 'my own message does not count');
      expect((await as(bob, ROOM, { id: room.id })).body.data.room.unreadCount).toBe(3);
      expect((await as(alice, ROOM, { id: room.id })).body.data.room.unreadCount).toBe(1);

      const read = await as(bob, MARK_READ, { roomId: room.id, messageId: m2.id });
      expect(read.body.data.markRead).toEqual({
        receipt: { messageId: m2.id, user: { id: bob.id } },
        room: { unreadCount: 1 },
        errors: [],
      });
      await waitFor(() => receipts.events.length === 1, 'the read receipt event');
      expect(receipts.events[0]).toMatchObject({ messageId: m2.id, user: { id: bob.id } });

      // An older message does not move the marker back and announces nothing.
      const back = await as(bob, MARK_READ, { roomId: room.id, messageId: m1.id });
      expect(back.body.data.markRead).toEqual({
        receipt: { messageId: m2.id, user: { id: bob.id } },
        room: { unreadCount: 1 },
        errors: [],
      });

      // A deleted message stops counting as unread.
      const m4 = await post(alice, room.id, 'four');
      expect((await as(bob, ROOM, { id: room.id })).body.data.room.unreadCount).toBe(2);
      await as(alice, DELETE, { id: m4.id });
      expect((await as(bob, ROOM, { id: room.id })).body.data.room.unreadCount).toBe(1);

      const stored = await as(
        alice,
        `query($id: ID!) { room(id: $id) { members { edges { node { user { id } lastReadMessageId lastReadAt } } } } }`,
        { id: room.id },
      );
      const bobMember = stored.body.data.room.members.edges.find((e: { node: { user: { id: string } } }) => e.node.user.id === bob.id);
      expect(bobMember.node).toMatchObject({ lastReadMessageId: m2.id, lastReadAt: expect.any(String) });

      const other = await createRoom(alice, { name: 'Elsewhere' });
      const foreign = await post(alice, other.id, 'not in that room');
      const wrong = await as(bob, MARK_READ, { roomId: room.id, messageId: foreign.id });
      expect(wrong.body.data.markRead).toEqual({ receipt: null, room: null, errors: [{ field: 'messageId', code: 'NOT_FOUND' }] });
      expect(errorCodes(await as(carol, MARK_READ, { roomId: room.id, messageId: m1.id }))).toEqual(['FORBIDDEN']);
      await sleep(100);
      expect(receipts.events).toHaveLength(1);
      receipts.stop();
    });

    it('reports presence from heartbeats within 60 seconds', async () => {
      const PRESENCE = `query($ids: [ID!]!) { presence(userIds: $ids) { online lastSeenAt user { id } } }`;
      const beat = await as(bob, 'mutation { heartbeat { online lastSeenAt user { id } } }');
      expect(beat.body.data.heartbeat).toMatchObject({ online: true, user: { id: bob.id } });
      const res = await as(alice, PRESENCE, { ids: [bob.id, carol.id] });
      expect(res.body.data.presence).toEqual([
        { online: true, lastSeenAt: beat.body.data.heartbeat.lastSeenAt, user: { id: bob.id } },
        { online: false, lastSeenAt: null, user: { id: carol.id } },
      ]);

      // A heartbeat older than the window means offline.
      const em = chat().orm.em.fork();
      await em.nativeUpdate(Presence, { userId: bob.id }, { lastSeenAt: new Date(Date.now() - 61_000) });
      expect((await as(alice, PRESENCE, { ids: [bob.id] })).body.data.presence[0].online).toBe(false);
      expect(errorCodes(await as(alice, PRESENCE, { ids: [] }))).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('subscriptions through the router', () => {
    it('delivers messageAdded with the author from identity and the room from chat', async () => {
      const room = await createRoom(alice, { name: 'Live room', kind: 'PRIVATE', memberIds: [bob.id] });
      const query = `subscription($roomId: ID!) {
        messageAdded(roomId: $roomId) { text sequence author { id email displayName } room { name } }
      }`;
      const forAlice = subscribe<Record<string, unknown>>(wsClient(alice), query, { roomId: room.id }, 'messageAdded');
      const forBob = subscribe<Record<string, unknown>>(wsClient(bob), query, { roomId: room.id }, 'messageAdded');
      await listening(topics.messageAdded(room.id), 2);

      await post(alice, room.id, 'hello live');
      await waitFor(() => forAlice.events.length === 1 && forBob.events.length === 1, 'both subscribers to get the message');
      expect(forAlice.errors).toEqual([]);
      expect(forAlice.events[0]).toEqual({
        text: 'hello live',
        sequence: 1,
        author: { id: alice.id, email: alice.email, displayName: 'alice' },
        room: { name: 'Live room' },
      });
      // Entity fetches run with each subscriber's identity: bob may not see alice's e-mail.
      expect(forBob.events[0]).toEqual({ ...forAlice.events[0], author: { id: alice.id, email: null, displayName: 'alice' } });
      forAlice.stop();
      forBob.stop();
    });

    it('refuses subscriptions to rooms the viewer may not read, and ends them when a member leaves', async () => {
      const room = await createRoom(alice, { name: 'Closed', kind: 'PRIVATE', memberIds: [bob.id] });
      const query = 'subscription($roomId: ID!) { messageAdded(roomId: $roomId) { text } }';
      const intruder = subscribe(wsClient(carol), query, { roomId: room.id }, 'messageAdded');
      await waitFor(() => intruder.completed, 'the refused subscription to complete');
      expect(intruder.errors.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(intruder.events).toEqual([]);

      const anonymous = createClient({ url: stack.url.replace('http', 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 });
      disposeAfterAll(async () => {
        await anonymous.dispose();
      });
      const noOne = subscribe(anonymous, query, { roomId: room.id }, 'messageAdded');
      await waitFor(() => noOne.completed, 'the anonymous subscription to complete');
      expect(noOne.errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);

      const member = subscribe<{ text: string }>(wsClient(bob), query, { roomId: room.id }, 'messageAdded');
      await listening(topics.messageAdded(room.id));
      await post(alice, room.id, 'before bob leaves');
      await waitFor(() => member.events.length === 1, 'the message before leaving');
      await as(bob, LEAVE, { roomId: room.id });
      await post(alice, room.id, 'after bob left');
      await waitFor(() => member.completed, 'the subscription of a member who left to end');
      expect(member.events).toEqual([{ text: 'before bob leaves' }]);
    });

    it('announces edits and tombstones on messageUpdated and typing on typing', async () => {
      const room = await createRoom(alice, { name: 'Updates' });
      await as(bob, JOIN, { roomId: room.id });
      const client = wsClient(carol); // not a member: public rooms are readable by anyone signed in
      const updates = subscribe<{ id: string; text: string | null; deleted: boolean; editedAt: string | null }>(
        client,
        'subscription($roomId: ID!) { messageUpdated(roomId: $roomId) { id text deleted editedAt } }',
        { roomId: room.id },
        'messageUpdated',
      );
      const typing = subscribe<{ roomId: string; typing: boolean; expiresAt: string; user: { id: string } }>(
        client,
        'subscription($roomId: ID!) { typing(roomId: $roomId) { roomId typing expiresAt user { id } } }',
        { roomId: room.id },
        'typing',
      );
      await listening(topics.messageUpdated(room.id));
      await listening(topics.typing(room.id));

      const message = await post(alice, room.id, 'typo');
      await as(alice, EDIT, { id: message.id, text: 'fixed' });
      await as(alice, DELETE, { id: message.id });
      await waitFor(() => updates.events.length === 2, 'the edit and the deletion');
      expect(updates.events).toEqual([
        { id: message.id, text: 'fixed', deleted: false, editedAt: expect.any(String) },
        { id: message.id, text: null, deleted: true, editedAt: expect.any(String) },
      ]);

      expect((await as(bob, 'mutation($r: ID!) { setTyping(roomId: $r, typing: true) }', { r: room.id })).body.data.setTyping).toBe(true);
      await as(bob, 'mutation($r: ID!) { setTyping(roomId: $r, typing: false) }', { r: room.id });
      await waitFor(() => typing.events.length === 2, 'two typing events');
      expect(typing.events.map((e) => [e.user.id, e.typing])).toEqual([
        [bob.id, true],
        [bob.id, false],
      ]);
      const expiresIn = new Date(typing.events[0]!.expiresAt).getTime() - Date.now();
      expect(expiresIn).toBeGreaterThan(0);
      expect(expiresIn).toBeLessThanOrEqual(6000);
      // Typing needs membership; nothing is stored.
      expect(errorCodes(await as(carol, 'mutation($r: ID!) { setTyping(roomId: $r, typing: true) }', { r: room.id }))).toEqual([
        'FORBIDDEN',
      ]);
      updates.stop();
      typing.stop();
    });

    it('shares one upstream subscription between identical subscriptions and drops it when both leave', async () => {
      const room = await createRoom(alice, { name: 'Shared' });
      await waitFor(() => stack.router.subscriptions.upstreamSubscriptions === 0, 'earlier tests to unsubscribe');
      const query = 'subscription($roomId: ID!) { messageAdded(roomId: $roomId) { text author { id } } }';
      const one = subscribe<{ text: string }>(wsClient(alice), query, { roomId: room.id }, 'messageAdded');
      const two = subscribe<{ text: string }>(wsClient(alice), query, { roomId: room.id }, 'messageAdded');
      await waitFor(() => stack.router.subscriptions.subscribers === 2, 'two router subscribers');
      await listening(topics.messageAdded(room.id));
      expect(stack.router.subscriptions.upstreamSubscriptions).toBe(1);
      expect(chat().pubsub.listeners(topics.messageAdded(room.id))).toBe(1);

      await post(alice, room.id, 'to both');
      await waitFor(() => one.events.length === 1 && two.events.length === 1, 'both clients to get the message');
      expect(one.events).toEqual(two.events);

      one.stop();
      await waitFor(() => stack.router.subscriptions.subscribers === 1, 'one subscriber left');
      expect(stack.router.subscriptions.upstreamSubscriptions).toBe(1);
      two.stop();
      await waitFor(() => stack.router.subscriptions.upstreamSubscriptions === 0, 'the upstream subscription to stop', 1000);
      await waitFor(() => chat().pubsub.listeners(topics.messageAdded(room.id)) === 0, 'the chat listener to go');
    });
  });

  describe('broadcast channels', () => {
    const channel = () => `news-${Math.random().toString(36).slice(2, 10)}`;
    const send = async (user: TestUser, name: string, text: string) => {
      const res = await as(user, BROADCAST, { channel: name, text });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.broadcast.errors).toEqual([]);
      return res.body.data.broadcast.message as { offset: number; text: string };
    };

    it('appends with dense offsets, also under concurrency, and validates as data', async () => {
      const name = channel();
      const sent = await Promise.all(Array.from({ length: 20 }, (_, i) => send(i % 2 ? alice : bob, name, `c${i}`)));
      expect(sent.map((m) => m.offset).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      const log = await as(carol, 'query($c: String!) { broadcasts(channel: $c, since: 15) { offset text sender { id } } }', { c: name });
      expect(log.body.data.broadcasts.map((m: { offset: number }) => m.offset)).toEqual([16, 17, 18, 19, 20]);
      expect((await send(alice, channel(), 'fresh channel')).offset).toBe(1);

      const bad = await as(alice, BROADCAST, { channel: 'Bad Channel!', text: '' });
      expect(bad.body.data.broadcast).toEqual({
        message: null,
        errors: [
          { field: 'channel', code: 'BAD_USER_INPUT' },
          { field: 'text', code: 'BAD_USER_INPUT' },
        ],
      });
      expect(errorCodes(await gql(stack.url, BROADCAST, { channel: name, text: 'x' }))).toEqual(['UNAUTHENTICATED']);
    });

    it('replays what a reconnecting client missed, then goes live, without gaps or duplicates at the seam', async () => {
      const name = channel();
      for (let i = 1; i <= 5; i++) await send(alice, name, `before ${i}`);

      // First connection: replay from the start while more messages are being sent concurrently.
      const first = wsClient(bob);
      const burst = Promise.all(Array.from({ length: 10 }, (_, i) => send(alice, name, `burst ${i}`)));
      const session1 = subscribe<{ offset: number; text: string }>(
        first,
        BROADCAST_RECEIVED,
        { channel: name, since: 0 },
        'broadcastReceived',
      );
      await burst;
      await listening(broadcastTopic(name));
      await send(alice, name, 'tail 16');
      await waitFor(() => session1.events.length >= 16, '16 messages in the first session');
      await sleep(100);
      expect(session1.errors).toEqual([]);
      expect(session1.events.map((e) => e.offset)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
      expect(session1.events.slice(0, 5).map((e) => e.text)).toEqual(['before 1', 'before 2', 'before 3', 'before 4', 'before 5']);

      // Disconnect, miss some, reconnect with the last offset seen.
      const lastSeen = session1.events[session1.events.length - 1]!.offset;
      session1.stop();
      await first.dispose();
      await waitFor(() => chat().pubsub.listeners(broadcastTopic(name)) === 0, 'the first session to end');
      for (let i = 1; i <= 4; i++) await send(alice, name, `missed ${i}`);

      const second = wsClient(bob);
      const session2 = subscribe<{ offset: number; text: string }>(
        second,
        BROADCAST_RECEIVED,
        { channel: name, since: lastSeen },
        'broadcastReceived',
      );
      const concurrent = Promise.all(Array.from({ length: 6 }, (_, i) => send(carol, name, `seam ${i}`)));
      await concurrent;
      await listening(broadcastTopic(name));
      await send(alice, name, 'tail 27');
      await waitFor(() => session2.events.length >= 11, '11 messages in the second session');
      await sleep(100);
      expect(session2.events.map((e) => e.offset)).toEqual(Array.from({ length: 11 }, (_, i) => lastSeen + 1 + i));
      expect(session2.events.slice(0, 4).map((e) => e.text)).toEqual(['missed 1', 'missed 2', 'missed 3', 'missed 4']);
      session2.stop();
      await waitFor(() => chat().pubsub.listeners(broadcastTopic(name)) === 0, 'the second session to end');

      // Without `since`, only live messages arrive.
      const liveOnly = subscribe<{ offset: number }>(wsClient(bob), BROADCAST_RECEIVED, { channel: name }, 'broadcastReceived');
      await listening(broadcastTopic(name));
      await sleep(50);
      await send(alice, name, 'live only');
      await waitFor(() => liveOnly.events.length === 1, 'the live-only message');
      await sleep(100);
      expect(liveOnly.events).toEqual([{ offset: 28, text: 'live only' }]);
      liveOnly.stop();

      const badSince = subscribe(wsClient(bob), BROADCAST_RECEIVED, { channel: name, since: -1 }, 'broadcastReceived');
      await waitFor(() => badSince.completed, 'the refused subscription');
      expect(badSince.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('federation entities', () => {
    it('resolves Room and Message references only for viewers who may read them', async () => {
      const room = await createRoom(alice, { name: 'Referenced', kind: 'PRIVATE' });
      const message = await post(alice, room.id, 'referenced message');
      const pub = await createRoom(alice, { name: 'Open reference' });
      const signer = RouterSigner.fromConfig(loadSubgraphConfig(stack.env));
      const entities = async (user: TestUser) => {
        const token = await signer.signForwarded({ userId: user.id, roles: ['user'], tenantId: null }, 'chat', { requestId: 'test' });
        return gql(
          chat().url,
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on Room { id name } ... on Message { id text } } }`,
          {
            r: [
              { __typename: 'Room', id: room.id },
              { __typename: 'Message', id: message.id },
              { __typename: 'Room', id: pub.id },
              { __typename: 'Room', id: '01900000-0000-7000-8000-00000000f00d' },
            ],
          },
          { headers: { [INTERNAL_AUTH_HEADER]: token } },
        );
      };
      const forAlice = await entities(alice);
      expect(forAlice.body.errors).toBeUndefined();
      expect(forAlice.body.data._entities).toEqual([
        { id: room.id, name: 'Referenced' },
        { id: message.id, text: 'referenced message' },
        { id: pub.id, name: 'Open reference' },
        null,
      ]);
      const forCarol = await entities(carol);
      expect(forCarol.body.data._entities).toEqual([null, null, { id: pub.id, name: 'Open reference' }, null]);
    });
  });
});
