import { OutboxEvent } from '../../../kit';
import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { MatchResult, MatchmakingTicket } from '../src/entities';
import { matchFoundTopic, matchTopic } from '../src/matches';
import {
  DROP,
  FIND_MATCH,
  MATCH,
  RESIGN,
  dataOf,
  dropDisc,
  gamesOf,
  pairUp,
  play,
  routerClient,
  subscribe,
  waitFor,
  waitForListeners,
  type MatchData,
} from './helpers';

/** What the players' screens subscribe to: the board plus names from identity, resolved by the router per event. */
const GAME_UPDATED = `subscription($id: ID!) {
  gameUpdated(matchId: $id) {
    id status moveCount result board
    players { seat disc user { id displayName } }
    nextPlayer { seat user { displayName } }
    winner { seat user { id displayName } }
    winningCells { column row }
  }
}`;
const MATCH_FOUND = 'subscription { matchFound { id status players { seat user { id displayName } } } }';

interface PushedState {
  id: string;
  status: string;
  moveCount: number;
  result: string | null;
  board: (string | null)[][];
  players: { seat: number; disc: string; user: { id: string; displayName: string } }[];
  nextPlayer: { seat: number; user: { displayName: string } } | null;
  winner: { seat: number; user: { id: string; displayName: string } } | null;
  winningCells: { column: number; row: number }[] | null;
}

describe('games: Connect Four matches through the router', () => {
  let stack: TestStack;
  let alice: TestUser;
  let bob: TestUser;
  let carol: TestUser;

  const em = () => gamesOf(stack).orm.em.fork();
  const newPlayer = (name: string) => signUpUser(stack.url, name);

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'games'] });
    [alice, bob, carol] = await Promise.all([newPlayer('alice'), newPlayer('bob'), newPlayer('carol')]);
  });

  afterEach(async () => {
    // Every test leaves the queue empty, so the next one's pairings are its own.
    expect(await em().count(MatchmakingTicket, { status: 'WAITING' })).toBe(0);
  });

  describe('matchmaking', () => {
    it('makes the first player wait and pairs the second with them; the waiter learns it from matchFound', async () => {
      const [dave, erin] = await Promise.all([newPlayer('dave'), newPlayer('erin')]);
      const client = routerClient(stack, dave);
      const found = subscribe<{ id: string; status: string; players: { seat: number; user: { id: string; displayName: string } }[] }>(
        client,
        MATCH_FOUND,
      );
      await waitForListeners(stack, matchFoundTopic(dave.id), 1);

      const waiting = dataOf(await gql(stack.url, FIND_MATCH, {}, { token: dave.token })).findMatch;
      expect(waiting).toMatchObject({ state: 'WAITING', match: null, playersWaiting: 1 });
      expect(waiting.queuedAt).toEqual(expect.any(String));
      // Asking again keeps the place in the queue.
      const again = dataOf(await gql(stack.url, FIND_MATCH, {}, { token: dave.token })).findMatch;
      expect(again).toMatchObject({ state: 'WAITING', queuedAt: waiting.queuedAt, playersWaiting: 1 });
      const status = '{ matchmakingStatus { state playersWaiting match { id } } }';
      expect(dataOf(await gql(stack.url, status, {}, { token: dave.token })).matchmakingStatus).toEqual({
        state: 'WAITING',
        playersWaiting: 1,
        match: null,
      });

      const paired = dataOf(await gql(stack.url, FIND_MATCH, {}, { token: erin.token })).findMatch;
      expect(paired).toMatchObject({ state: 'MATCHED', playersWaiting: 0 });
      const match = paired.match as MatchData;
      // The player who waited gets seat 1 and the first move.
      expect(match).toMatchObject({
        status: 'ACTIVE',
        moveCount: 0,
        players: [
          { seat: 1, disc: 'RED', user: { id: dave.id } },
          { seat: 2, disc: 'YELLOW', user: { id: erin.id } },
        ],
        nextPlayer: { seat: 1, user: { id: dave.id } },
        legalColumns: [0, 1, 2, 3, 4, 5, 6],
        roomCode: null,
      });
      expect(match.board).toHaveLength(6);
      expect(match.board.every((row) => row.length === 7 && row.every((cell) => cell === null))).toBe(true);

      await waitFor(() => found.events.length === 1, 'matchFound for the waiting player');
      expect(found.events[0]).toEqual({
        id: match.id,
        status: 'ACTIVE',
        players: [
          { seat: 1, user: { id: dave.id, displayName: 'dave' } },
          { seat: 2, user: { id: erin.id, displayName: 'erin' } },
        ],
      });
      expect(found.errors).toEqual([]);
      expect(dataOf(await gql(stack.url, status, {}, { token: dave.token })).matchmakingStatus).toEqual({
        state: 'MATCHED',
        playersWaiting: 0,
        match: { id: match.id },
      });
      await client.dispose();
    });

    it('leaves the queue on cancelMatchmaking, so nobody is paired with a player who left', async () => {
      const [frank, gina, hank] = await Promise.all([newPlayer('frank'), newPlayer('gina'), newPlayer('hank')]);
      expect(dataOf(await gql(stack.url, FIND_MATCH, {}, { token: frank.token })).findMatch.state).toBe('WAITING');
      const cancelled = dataOf(await gql(stack.url, 'mutation { cancelMatchmaking { state playersWaiting } }', {}, { token: frank.token }));
      expect(cancelled.cancelMatchmaking).toEqual({ state: 'IDLE', playersWaiting: 0 });
      expect(dataOf(await gql(stack.url, FIND_MATCH, {}, { token: gina.token })).findMatch.state).toBe('WAITING');
      const match = dataOf(await gql(stack.url, FIND_MATCH, {}, { token: hank.token })).findMatch.match as MatchData;
      expect(match.players.map((p) => p.user.id)).toEqual([gina.id, hank.id]);
    });

    it('pairs players who look at the same moment into distinct matches, never one player twice', async () => {
      const players = await Promise.all(Array.from({ length: 6 }, (_, i) => newPlayer(`rush${i}`)));
      const results = await Promise.all(players.map((p) => gql(stack.url, FIND_MATCH, {}, { token: p.token })));
      results.forEach((r) => expect(r.body.errors).toBeUndefined());
      const status = '{ matchmakingStatus { state match { id players { user { id } } } } }';
      const statuses = await Promise.all(
        players.map(async (p) => dataOf(await gql(stack.url, status, {}, { token: p.token })).matchmakingStatus),
      );
      const matchIds = new Set<string>();
      statuses.forEach((s, i) => {
        expect(s.state).toBe('MATCHED');
        expect(s.match.players.map((x: { user: { id: string } }) => x.user.id)).toContain(players[i]!.id);
        matchIds.add(s.match.id);
      });
      expect(matchIds.size).toBe(3);
      const seats = statuses.flatMap((s) => s.match.players.map((x: { user: { id: string } }) => `${s.match.id}:${x.user.id}`));
      expect(new Set(seats).size).toBe(6);
    });

    it('needs a signed-in user', async () => {
      expect(errorCodes(await gql(stack.url, FIND_MATCH))).toEqual(['UNAUTHENTICATED']);
    });
  });

  it('plays a full game to a win, pushing every state to both players with names from identity', async () => {
    const match = await pairUp(stack, alice, bob);
    const aliceClient = routerClient(stack, alice);
    const bobClient = routerClient(stack, bob);
    const aliceFeed = subscribe<PushedState>(aliceClient, GAME_UPDATED, { id: match.id });
    const bobFeed = subscribe<PushedState>(bobClient, GAME_UPDATED, { id: match.id });
    await waitForListeners(stack, matchTopic(match.id), 2);

    // Alice (seat 1, RED) builds a column at 3; Bob answers in column 4.
    const moves = [3, 4, 3, 4, 3, 4, 3];
    const responses: MatchData[] = [];
    for (let i = 0; i < moves.length; i++) {
      const payload = await dropDisc(stack, i % 2 === 0 ? alice : bob, match.id, moves[i]!);
      expect(payload.errors).toEqual([]);
      responses.push(payload.match!);
    }
    const final = responses.at(-1)!;
    expect(final).toMatchObject({
      status: 'FINISHED',
      result: 'WIN',
      moveCount: 7,
      winner: { seat: 1, user: { id: alice.id } },
      nextPlayer: null,
      legalColumns: [],
      winningCells: [
        { column: 3, row: 0 },
        { column: 3, row: 1 },
        { column: 3, row: 2 },
        { column: 3, row: 3 },
      ],
    });
    // Top row first: the bottom row holds RED at 3 and YELLOW at 4.
    expect(final.board[5]).toEqual([null, null, null, 'RED', 'YELLOW', null, null]);
    expect(final.board[2]).toEqual([null, null, null, 'RED', null, null, null]);

    for (const feed of [aliceFeed, bobFeed]) {
      await waitFor(() => feed.events.length === 7 && feed.completed, 'seven pushed states and the end of the stream');
      expect(feed.errors).toEqual([]);
      expect(feed.events.map((e) => e.moveCount)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(feed.events.map((e) => e.board)).toEqual(responses.map((r) => r.board));
      expect(feed.events.slice(0, 6).map((e) => e.nextPlayer?.user.displayName)).toEqual(['bob', 'alice', 'bob', 'alice', 'bob', 'alice']);
      expect(feed.events[0]!.players).toEqual([
        { seat: 1, disc: 'RED', user: { id: alice.id, displayName: 'alice' } },
        { seat: 2, disc: 'YELLOW', user: { id: bob.id, displayName: 'bob' } },
      ]);
      expect(feed.events[6]).toMatchObject({
        status: 'FINISHED',
        result: 'WIN',
        nextPlayer: null,
        winner: { seat: 1, user: { id: alice.id, displayName: 'alice' } },
      });
    }

    // The match as stored, its results and the domain event for notifications.
    expect(dataOf(await gql(stack.url, MATCH, { id: match.id }, { token: carol.token })).match).toEqual(final);
    const results = await em().find(MatchResult, { matchId: match.id }, { orderBy: { points: 'desc' } });
    expect(results.map((r) => [r.userId, r.outcome, r.points])).toEqual([
      [alice.id, 'WIN', 3],
      [bob.id, 'LOSS', 0],
    ]);
    const events = await em().find(OutboxEvent, { type: 'games.match.finished' });
    const event = events.find((e) => e.payload.matchId === match.id);
    expect(event?.payload).toEqual({
      matchId: match.id,
      game: 'CONNECT_FOUR',
      result: 'WIN',
      winnerId: alice.id,
      recipientIds: [alice.id, bob.id],
    });

    // A finished match takes no more moves.
    const late = await dropDisc(stack, bob, match.id, 0);
    expect(late).toMatchObject({ match: null, errors: [{ code: 'CONFLICT' }] });
    // Subscribing to a finished match yields its final state and ends.
    const lateFeed = subscribe<PushedState>(aliceClient, GAME_UPDATED, { id: match.id });
    await waitFor(() => lateFeed.completed, 'the late subscription to end');
    expect(lateFeed.events.map((e) => [e.status, e.moveCount, e.winner?.user.displayName])).toEqual([['FINISHED', 7, 'alice']]);
    await Promise.all([aliceClient.dispose(), bobClient.dispose()]);
  });

  it('refuses illegal moves: wrong turn (CONFLICT), bad or full column (BAD_USER_INPUT), spectators (FORBIDDEN)', async () => {
    const match = await pairUp(stack, alice, bob);
    expect(await dropDisc(stack, bob, match.id, 0)).toMatchObject({
      match: null,
      errors: [{ code: 'CONFLICT', message: 'It is not your turn.' }],
    });
    for (const column of [-1, 7, 100]) {
      expect(await dropDisc(stack, alice, match.id, column)).toMatchObject({
        match: null,
        errors: [{ field: 'column', code: 'BAD_USER_INPUT' }],
      });
    }
    expect(errorCodes(await gql(stack.url, DROP, { id: match.id, column: 0 }, { token: carol.token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(stack.url, DROP, { id: match.id, column: 0 }))).toEqual(['UNAUTHENTICATED']);
    const missing = '01900000-0000-7000-8000-00000000beef';
    expect(errorCodes(await gql(stack.url, DROP, { id: missing, column: 0 }, { token: alice.token }))).toEqual(['NOT_FOUND']);

    // Six alternating discs fill column 2 without a four.
    const filled = await play(stack, [alice, bob], match.id, [2, 2, 2, 2, 2, 2]);
    expect(filled.legalColumns).toEqual([0, 1, 3, 4, 5, 6]);
    const full = await dropDisc(stack, alice, match.id, 2);
    expect(full).toMatchObject({ match: null, errors: [{ field: 'column', code: 'BAD_USER_INPUT' }] });
    expect(full.errors[0]!.message).toMatch(/full/);
    // Nothing refused changed the match.
    const stored = dataOf(await gql(stack.url, MATCH, { id: match.id }, { token: alice.token })).match as MatchData;
    expect(stored).toMatchObject({ moveCount: 6, status: 'ACTIVE', nextPlayer: { seat: 1 } });
    await gql(stack.url, RESIGN, { id: match.id }, { token: alice.token });
  });

  it('lets exactly one of many concurrent moves land on a turn', async () => {
    const match = await pairUp(stack, alice, bob);
    for (let turn = 0; turn < 4; turn++) {
      const mover = turn % 2 === 0 ? alice : bob;
      const payloads = await Promise.all([0, 1, 2, 3, 4, 5, 6].map((column) => dropDisc(stack, mover, match.id, column)));
      const landed = payloads.filter((p) => p.errors.length === 0);
      expect(landed).toHaveLength(1);
      expect(payloads.filter((p) => p.errors.length > 0).every((p) => p.errors[0]!.code === 'CONFLICT')).toBe(true);
      expect(landed[0]!.match!.moveCount).toBe(turn + 1);
    }
    const stored = dataOf(await gql(stack.url, MATCH, { id: match.id }, { token: alice.token })).match as MatchData;
    expect(stored.moveCount).toBe(4);
    expect(stored.board.flat().filter((cell) => cell !== null)).toHaveLength(4);
    // The same move sent twice at once (a double click) lands once.
    const twice = await Promise.all([dropDisc(stack, alice, match.id, 5), dropDisc(stack, alice, match.id, 5)]);
    expect(twice.filter((p) => p.errors.length === 0)).toHaveLength(1);
    const after = dataOf(await gql(stack.url, MATCH, { id: match.id }, { token: alice.token })).match as MatchData;
    const discsIn = (m: MatchData, column: number) => m.board.filter((row) => row[column] !== null).length;
    expect(after.moveCount).toBe(5);
    expect(discsIn(after, 5)).toBe(discsIn(stored, 5) + 1);
    await gql(stack.url, RESIGN, { id: match.id }, { token: bob.token });
  });

  it('lets a player rejoin after a disconnect: subscribe again and read match(id)', async () => {
    const match = await pairUp(stack, alice, bob);
    const first = routerClient(stack, bob);
    const before = subscribe<PushedState>(first, GAME_UPDATED, { id: match.id });
    await waitForListeners(stack, matchTopic(match.id), 1);
    await dropDisc(stack, alice, match.id, 0);
    await waitFor(() => before.events.length === 1, 'the first push');
    await first.dispose(); // Bob's connection drops.
    await waitFor(
      () => (gamesOf(stack).pubsub as unknown as { fanout: { count(t: string): number } }).fanout.count(matchTopic(match.id)) === 0,
      'the listener to go',
    );

    expect((await dropDisc(stack, bob, match.id, 1)).errors).toEqual([]); // HTTP still works while his socket is down
    await dropDisc(stack, alice, match.id, 0);
    expect(before.events).toHaveLength(1);

    const second = routerClient(stack, bob);
    const after = subscribe<PushedState>(second, GAME_UPDATED, { id: match.id });
    await waitForListeners(stack, matchTopic(match.id), 1);
    const current = dataOf(await gql(stack.url, MATCH, { id: match.id }, { token: bob.token })).match as MatchData;
    expect(current).toMatchObject({ moveCount: 3, status: 'ACTIVE', nextPlayer: { seat: 2, user: { id: bob.id } } });
    expect(current.board[5]).toEqual(['RED', 'YELLOW', null, null, null, null, null]);
    expect(current.board[4]).toEqual(['RED', null, null, null, null, null, null]);

    await dropDisc(stack, bob, match.id, 1);
    await waitFor(() => after.events.length === 1, 'the push after rejoining');
    expect(after.events[0]).toMatchObject({ moveCount: 4, nextPlayer: { user: { displayName: 'alice' } } });
    await second.dispose();
    await gql(stack.url, RESIGN, { id: match.id }, { token: bob.token });
  });

  it('ends a match by resignation: the opponent wins and both are pushed the result', async () => {
    const match = await pairUp(stack, carol, alice);
    const client = routerClient(stack, carol);
    const feed = subscribe<PushedState>(client, GAME_UPDATED, { id: match.id });
    await waitForListeners(stack, matchTopic(match.id), 1);
    await play(stack, [carol, alice], match.id, [0, 1]);
    const resigned = dataOf(await gql(stack.url, RESIGN, { id: match.id }, { token: alice.token })).resign;
    expect(resigned).toMatchObject({
      errors: [],
      match: { status: 'FINISHED', result: 'RESIGNATION', winner: { seat: 1, user: { id: carol.id } }, winningCells: null, moveCount: 2 },
    });
    await waitFor(() => feed.completed, 'the stream to end');
    expect(feed.events.map((e) => [e.moveCount, e.status, e.result])).toEqual([
      [1, 'ACTIVE', null],
      [2, 'ACTIVE', null],
      [2, 'FINISHED', 'RESIGNATION'],
    ]);
    expect(dataOf(await gql(stack.url, RESIGN, { id: match.id }, { token: carol.token })).resign.errors).toMatchObject([
      { code: 'CONFLICT' },
    ]);
    expect(errorCodes(await gql(stack.url, RESIGN, { id: match.id }, { token: bob.token }))).toEqual(['FORBIDDEN']);
    const results = await em().find(MatchResult, { matchId: match.id });
    expect(Object.fromEntries(results.map((r) => [r.userId, r.points]))).toEqual({ [carol.id]: 3, [alice.id]: 0 });
    await client.dispose();
  });

  it('hosts private rooms: a code to share, one free seat, the host told when it fills', async () => {
    const [host, guest, late] = await Promise.all([newPlayer('host'), newPlayer('guest'), newPlayer('late')]);
    const CREATE =
      'mutation { createGameRoom { match { id status roomCode players { seat user { id } } nextPlayer { seat } } errors { code } } }';
    const JOIN =
      'mutation($code: String!) { joinGameRoom(code: $code) { match { id status roomCode players { seat user { id } } } errors { field code message } } }';
    const room = dataOf(await gql(stack.url, CREATE, {}, { token: host.token })).createGameRoom.match;
    expect(room).toMatchObject({ status: 'WAITING', players: [{ seat: 1, user: { id: host.id } }], nextPlayer: null });
    expect(room.roomCode).toMatch(/^[A-Z2-9]{6}$/);
    // Only players see the code.
    expect(dataOf(await gql(stack.url, MATCH, { id: room.id }, { token: guest.token })).match.roomCode).toBeNull();
    // Nobody can move before the room fills.
    expect((await dropDisc(stack, host, room.id, 0)).errors).toMatchObject([{ code: 'CONFLICT' }]);

    const hostClient = routerClient(stack, host);
    const found = subscribe<{ id: string; status: string; players: unknown[] }>(hostClient, MATCH_FOUND);
    await waitForListeners(stack, matchFoundTopic(host.id), 1);

    const join = (user: TestUser, code: string) =>
      gql(stack.url, JOIN, { code }, { token: user.token }).then((r) => dataOf(r).joinGameRoom);
    expect((await join(host, room.roomCode)).errors).toMatchObject([{ code: 'CONFLICT' }]);
    expect((await join(guest, 'nope')).errors).toMatchObject([{ field: 'code', code: 'BAD_USER_INPUT' }]);
    expect((await join(guest, 'ZZZZZZ')).errors).toMatchObject([{ field: 'code', code: 'NOT_FOUND' }]);
    const joined = await join(guest, room.roomCode.toLowerCase());
    expect(joined).toMatchObject({
      errors: [],
      match: {
        id: room.id,
        status: 'ACTIVE',
        roomCode: room.roomCode,
        players: [
          { seat: 1, user: { id: host.id } },
          { seat: 2, user: { id: guest.id } },
        ],
      },
    });
    expect((await join(late, room.roomCode)).errors).toMatchObject([{ field: 'code', code: 'CONFLICT' }]);
    await waitFor(() => found.events.length === 1, 'matchFound for the host');
    expect(found.events[0]).toEqual({
      id: room.id,
      status: 'ACTIVE',
      players: [
        { seat: 1, user: { id: host.id, displayName: 'host' } },
        { seat: 2, user: { id: guest.id, displayName: 'guest' } },
      ],
    });
    await hostClient.dispose();

    // A room nobody joined can be closed by its host.
    const lonely = dataOf(await gql(stack.url, CREATE, {}, { token: late.token })).createGameRoom.match;
    const closed = dataOf(await gql(stack.url, RESIGN, { id: lonely.id }, { token: late.token })).resign;
    expect(closed).toMatchObject({ errors: [], match: { status: 'CANCELLED', result: null, winner: null } });
    expect((await join(guest, lonely.roomCode)).errors).toMatchObject([{ code: 'CONFLICT' }]);
  });

  it('lists my matches newest first with Relay pagination and a status filter', async () => {
    const [ivy, jack] = await Promise.all([newPlayer('ivy'), newPlayer('jack')]);
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const match = await pairUp(stack, ivy, jack);
      ids.push(match.id);
    }
    await gql(stack.url, RESIGN, { id: ids[0] }, { token: ivy.token });
    const LIST = `query($first: Int, $after: String, $status: MatchStatus) {
      myMatches(first: $first, after: $after, status: $status) { totalCount pageInfo { hasNextPage endCursor } edges { node { id status } } }
    }`;
    const page1 = dataOf(await gql(stack.url, LIST, { first: 2 }, { token: jack.token })).myMatches;
    expect(page1.totalCount).toBe(3);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[2], ids[1]]);
    const page2 = dataOf(await gql(stack.url, LIST, { first: 2, after: page1.pageInfo.endCursor }, { token: jack.token })).myMatches;
    expect(page2.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[0]]);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const finished = dataOf(await gql(stack.url, LIST, { status: 'FINISHED' }, { token: ivy.token })).myMatches;
    expect(finished).toMatchObject({ totalCount: 1, edges: [{ node: { id: ids[0], status: 'FINISHED' } }] });
    expect(errorCodes(await gql(stack.url, LIST, { first: 0 }, { token: ivy.token }))).toEqual(['BAD_USER_INPUT']);
    // Tidy up: no active matches are left to other tests' eyes.
    for (const id of ids.slice(1)) await gql(stack.url, RESIGN, { id }, { token: ivy.token });
  });

  it('resolves Match references for other subgraphs through the entity loader', async () => {
    const match = await pairUp(stack, bob, carol);
    const res = await fetch(gamesOf(stack).url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Match { id status moveCount players { user { id } } } } }',
        variables: {
          r: [
            { __typename: 'Match', id: match.id },
            { __typename: 'Match', id: '01900000-0000-7000-8000-000000000000' },
            { __typename: 'Match', id: match.id },
          ],
        },
      }),
    });
    const body = (await res.json()) as { data?: { _entities: unknown[] }; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(body.data?._entities).toEqual([
      { id: match.id, status: 'ACTIVE', moveCount: 0, players: [{ user: { id: bob.id } }, { user: { id: carol.id } }] },
      null,
      { id: match.id, status: 'ACTIVE', moveCount: 0, players: [{ user: { id: bob.id } }, { user: { id: carol.id } }] },
    ]);
    await gql(stack.url, RESIGN, { id: match.id }, { token: bob.token });
  });
});
