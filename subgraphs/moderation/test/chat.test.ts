import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { gql, logInUser, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { disposeAfterAll, startTestStack, type TestStack } from '../../../test/helpers/stack';
import { eventually, waitFor } from '../../../test/helpers/wait';
import { topics } from '../../chat/src/service';

const CREATE_ROOM = `mutation($input: CreateRoomInput!) { createRoom(input: $input) { room { id } errors { code } } }`;
const POST = `mutation($input: PostMessageInput!) { postMessage(input: $input) { message { id moderationStatus } errors { field message code } } }`;
const EDIT = `mutation($id: ID!, $text: String!) { editMessage(id: $id, text: $text) { message { id text moderationStatus } errors { code } } }`;
const HISTORY = `query($roomId: ID!) { messages(roomId: $roomId, first: 50) { totalCount edges { node { id text moderationStatus } } } }`;
const QUEUE = `query { moderationQueue(first: 100) { edges { node { id contentType contentId verdict status } } } }`;
const DECIDE = `mutation($input: DecideModerationCaseInput!) { decideModerationCase(input: $input) { case { status } errors { code } } }`;

describe('moderation through the router (chat messages)', () => {
  let stack: TestStack;
  let admin: TestUser;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'chat', 'moderation'] });
    const boss = await signUpUser(stack.url, 'moderator');
    const identity = stack.subgraphs.find((s) => s.name === 'identity')!;
    await identity.orm.em.fork().getConnection().execute('update users set roles = ? where id = ?', ['["admin","user"]', boss.id]);
    admin = { ...boss, token: await logInUser(stack.url, boss.email) };
  });

  const ok = async (user: TestUser, query: string, variables: Record<string, unknown> = {}) => {
    const res = await gql(stack.url, query, variables, { token: user.token });
    expect(res.body.errors).toBeUndefined();
    return res.body.data;
  };
  const history = async (user: TestUser, roomId: string) =>
    (await ok(user, HISTORY, { roomId })).messages.edges.map((e: { node: { id: string } }) => e.node.id) as string[];
  const caseOf = (contentId: string) =>
    eventually(async () => {
      const found = (await ok(admin, QUEUE)).moderationQueue.edges
        .map((e: { node: { id: string; contentId: string } }) => e.node)
        .find((c: { contentId: string }) => c.contentId === contentId);
      expect(found).toBeDefined();
      return found as { id: string; contentType: string; verdict: string };
    });

  it('keeps a held message (and an edit into abuse) from the room until approved; removal hides a flagged one', async () => {
    const [ann, ben] = await Promise.all([signUpUser(stack.url, 'ann'), signUpUser(stack.url, 'ben')]);
    const room = (await ok(ann, CREATE_ROOM, { input: { name: 'general', kind: 'PRIVATE', memberIds: [ben.id] } })).createRoom.room;
    const say = async (text: string) => (await ok(ann, POST, { input: { roomId: room.id, text } })).postMessage.message;

    const held = await say('I will stab you');
    expect(held.moderationStatus).toBe('HELD');
    const clean = await say('see you at lunch');
    expect(clean.moderationStatus).toBe('PUBLISHED');
    // Positive control: ben sees the clean message of the same room, not the held one; ann sees both.
    expect(await history(ben, room.id)).toEqual([clean.id]);
    expect(await history(ann, room.id)).toEqual([clean.id, held.id]);

    const found = await caseOf(held.id);
    expect(found).toMatchObject({ contentType: 'CHAT_MESSAGE', verdict: 'HOLD' });
    expect((await ok(admin, DECIDE, { input: { caseId: found.id, action: 'APPROVE' } })).decideModerationCase.errors).toEqual([]);
    await eventually(async () => expect(await history(ben, room.id)).toEqual([clean.id, held.id]));

    // Editing a clean message into abuse holds it again.
    const edited = (await ok(ann, EDIT, { id: clean.id, text: 'you fucking bitch asshole' })).editMessage.message;
    expect(edited.moderationStatus).toBe('HELD');
    expect(await history(ben, room.id)).toEqual([held.id]);
    const editCase = await caseOf(clean.id);
    expect((await ok(admin, DECIDE, { input: { caseId: editCase.id, action: 'REMOVE' } })).decideModerationCase.errors).toEqual([]);
    const flagged = await say('what a dumbass plan');
    expect(flagged.moderationStatus).toBe('FLAGGED');
    expect(await history(ben, room.id)).toEqual([flagged.id, held.id]);
    const flaggedCase = await caseOf(flagged.id);
    expect((await ok(admin, DECIDE, { input: { caseId: flaggedCase.id, action: 'REMOVE' } })).decideModerationCase.errors).toEqual([]);
    await eventually(async () => expect(await history(ben, room.id)).toEqual([held.id]));
    expect(await history(ann, room.id)).toEqual([flagged.id, clean.id, held.id]);
  });

  it("never sends a held message to the room's subscribers; approval sends it once", async () => {
    const [kim, lee] = await Promise.all([signUpUser(stack.url, 'kim'), signUpUser(stack.url, 'lee')]);
    const room = (await ok(kim, CREATE_ROOM, { input: { name: 'live', kind: 'PRIVATE', memberIds: [lee.id] } })).createRoom.room;
    const client = createClient({
      url: stack.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${lee.token}` },
      retryAttempts: 0,
    });
    disposeAfterAll(async () => {
      await client.dispose();
    });
    const received: { id: string; moderationStatus: string }[] = [];
    client.subscribe<{ messageAdded: { id: string; moderationStatus: string } }>(
      { query: 'subscription($roomId: ID!) { messageAdded(roomId: $roomId) { id moderationStatus } }', variables: { roomId: room.id } },
      { next: (r) => r.data && received.push(r.data.messageAdded), error: () => undefined, complete: () => undefined },
    );
    const chat = stack.subgraphs.find((s) => s.name === 'chat')!;
    await waitFor(() => chat.pubsub.listeners(topics.messageAdded(room.id)) >= 1, 'lee to listen');
    const say = async (text: string) => (await ok(kim, POST, { input: { roomId: room.id, text } })).postMessage.message;
    const held = await say('go die');
    expect(held.moderationStatus).toBe('HELD');
    // Positive control through the same channel, after the held one.
    const clean = await say('only joking, see you at six');
    await waitFor(() => received.length >= 1, 'the clean message');
    expect(received).toEqual([{ id: clean.id, moderationStatus: 'PUBLISHED' }]);
    const found = await caseOf(held.id);
    await ok(admin, DECIDE, { input: { caseId: found.id, action: 'APPROVE' } });
    await waitFor(() => received.length >= 2, 'the approved message');
    expect(received).toEqual([
      { id: clean.id, moderationStatus: 'PUBLISHED' },
      { id: held.id, moderationStatus: 'PUBLISHED' },
    ]);
  });
});
