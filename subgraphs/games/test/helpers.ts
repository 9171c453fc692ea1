import { createClient, type Client } from 'graphql-ws';
import { Redis } from 'ioredis';
import WebSocket from 'ws';
import type { RunningSubgraph } from '../../../kit';
import { gql, type GraphQLResponse, type TestUser } from '../../../test/helpers/graphql';
import { disposeAfterAll, type TestStack } from '../../../test/helpers/stack';

/** A 42-move game that fills the board with no four in a row (columns 0,3,6,2,5,1,4, six times). */
export const DRAW_MOVES = Array.from({ length: 6 }, () => [0, 3, 6, 2, 5, 1, 4]).flat();

export const MATCH_FIELDS = `id status moveCount result roomCode
  players { seat disc user { id } }
  nextPlayer { seat user { id } }
  winner { seat user { id } }
  winningCells { column row }
  board legalColumns`;

export const FIND_MATCH = `mutation { findMatch { state queuedAt playersWaiting match { ${MATCH_FIELDS} } } }`;
export const DROP = `mutation($id: ID!, $column: Int!) {
  dropDisc(matchId: $id, column: $column) { match { ${MATCH_FIELDS} } errors { field message code } }
}`;
export const RESIGN = `mutation($id: ID!) { resign(matchId: $id) { match { ${MATCH_FIELDS} } errors { field message code } } }`;
export const MATCH = `query($id: ID!) { match(id: $id) { ${MATCH_FIELDS} } }`;

/** The running games subgraph of a test stack (its ORM and pub/sub are what tests peek at). */
export function gamesOf(stack: TestStack): RunningSubgraph {
  const running = stack.subgraphs.find((s) => s.name === 'games');
  if (!running) throw new Error('games subgraph is not running');
  return running;
}

/** Polls `condition` every 10 ms until it holds; fails with `what` after `timeoutMs`. */
export async function waitFor(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * How many local listeners the subgraph's pub/sub holds for `topic`. The kit exposes no count, so
 * this reads the fan-out both implementations keep, and fails loudly if that shape changes.
 */
function localListeners(games: RunningSubgraph, topic: string): number {
  const fanout = (games.pubsub as unknown as { fanout?: { count?: (t: string) => number } }).fanout;
  if (typeof fanout?.count !== 'function') throw new Error('pub/sub no longer keeps a fan-out with count(); update this test');
  return fanout.count(topic);
}

/**
 * Waits until `count` subscriptions listen on `topic` in the games subgraph, and with Redis until
 * Redis has the channel subscribed: graphql-ws does not acknowledge a subscription, so this is how a
 * test knows that a change made now will be pushed.
 */
export async function waitForListeners(stack: TestStack, topic: string, count: number): Promise<void> {
  const games = gamesOf(stack);
  await waitFor(() => localListeners(games, topic) >= count, `${count} listener(s) on ${topic}`);
  if (!stack.env.REDIS_URL) return;
  const redis = new Redis(stack.env.REDIS_URL);
  try {
    const channel = `${stack.env.REDIS_KEY_PREFIX ?? ''}${topic}`;
    await waitFor(async () => {
      const [, n] = (await redis.pubsub('NUMSUB', channel)) as [string, number];
      return Number(n) >= 1;
    }, `Redis to subscribe ${channel}`);
  } finally {
    redis.disconnect();
  }
}

/** A graphql-ws client on the ROUTER, signed in as `user`; disposed after the suite at the latest. */
export function routerClient(stack: TestStack, user: TestUser): Client {
  const client = createClient({
    url: stack.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${user.token}` },
    retryAttempts: 0,
    lazy: true,
  });
  disposeAfterAll(async () => {
    await client.dispose();
  });
  return client;
}

/** One live subscription and everything it has received so far. */
export interface Feed<T> {
  events: T[];
  errors: unknown[];
  completed: boolean;
  unsubscribe: () => void;
}

/** Subscribes and records every event, error and the completion. */
export function subscribe<T>(client: Client, query: string, variables: Record<string, unknown> = {}): Feed<T> {
  const feed: Feed<T> = { events: [], errors: [], completed: false, unsubscribe: () => undefined };
  feed.unsubscribe = client.subscribe<Record<string, T>>(
    { query, variables },
    {
      next: (result) => {
        if (result.errors) feed.errors.push(...result.errors);
        if (result.data) feed.events.push(Object.values(result.data)[0] as T);
      },
      error: (error) => feed.errors.push(error),
      complete: () => {
        feed.completed = true;
      },
    },
  );
  return feed;
}

/** Asserts a GraphQL response has no errors and returns its data. */
export function dataOf<T = any>(response: GraphQLResponse<T>): T {
  if (response.body.errors?.length || !response.body.data) {
    throw new Error(`unexpected errors: ${JSON.stringify(response.body.errors ?? response.body)}`);
  }
  return response.body.data;
}

export interface MatchData {
  id: string;
  status: string;
  moveCount: number;
  result: string | null;
  roomCode: string | null;
  players: { seat: number; disc: string; user: { id: string } }[];
  nextPlayer: { seat: number; user: { id: string } } | null;
  winner: { seat: number; user: { id: string } } | null;
  winningCells: { column: number; row: number }[] | null;
  board: (string | null)[][];
  legalColumns: number[];
}

/**
 * Pairs two users through the matchmaking queue (the first waits, the second is paired with them) and
 * returns the match: `first` holds seat 1. The queue must be empty before: tests leave it so.
 */
export async function pairUp(stack: TestStack, first: TestUser, second: TestUser): Promise<MatchData> {
  const waiting = dataOf(await gql(stack.url, FIND_MATCH, {}, { token: first.token })).findMatch;
  if (waiting.state !== 'WAITING') throw new Error(`expected ${first.email} to wait, got ${JSON.stringify(waiting)}`);
  const paired = dataOf(await gql(stack.url, FIND_MATCH, {}, { token: second.token })).findMatch;
  if (paired.state !== 'MATCHED') throw new Error(`expected a match, got ${JSON.stringify(paired)}`);
  return paired.match as MatchData;
}

/** Drops a disc and returns the payload (match or errors). */
export async function dropDisc(
  stack: TestStack,
  user: TestUser,
  matchId: string,
  column: number,
): Promise<{ match: MatchData | null; errors: { field: string | null; message: string; code: string }[] }> {
  return dataOf(await gql(stack.url, DROP, { id: matchId, column }, { token: user.token })).dropDisc;
}

/** Plays `columns` in turn (seat 1 first) and fails on any refused move; returns the last state. */
export async function play(stack: TestStack, seats: [TestUser, TestUser], matchId: string, columns: number[]): Promise<MatchData> {
  let last: MatchData | null = null;
  for (let i = 0; i < columns.length; i++) {
    const payload = await dropDisc(stack, seats[i % 2]!, matchId, columns[i]!);
    if (payload.errors.length || !payload.match) throw new Error(`move ${i + 1} refused: ${JSON.stringify(payload.errors)}`);
    last = payload.match;
  }
  if (!last) throw new Error('no moves played');
  return last;
}
