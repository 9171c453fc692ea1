import { DateTimeScalar, notFound, requireViewer } from '../../../kit';
import { COLUMNS, ROWS, legalColumns, rowsTopFirst, seatToMove, type Seat } from './connect-four';
import type { GamesContext } from './context';
import { GUESSING_DIFFICULTIES } from './entities';
import type { Resolvers } from './generated/resolvers';
import { CHANCES, RULES_TEXT, SECRET_MAX, SECRET_MIN, compareGuess } from './guessing';
import { isTerminal, matchFoundTopic, matchTopic, seatOf, toState, type MatchState } from './matches';
import type { GamesServices } from './service';

const DISC = { 1: 'RED', 2: 'YELLOW' } as const;

function player(match: MatchState, seat: Seat) {
  const id = seat === 1 ? match.playerOneId : match.playerTwoId;
  return id ? { seat, disc: DISC[seat], user: { id } } : null;
}

/**
 * An iterator over `source` that ends right after the first value for which `last` holds. `return()`
 * is passed straight to `source`, so a client leaving detaches at once (an async generator would
 * wait for the next event first).
 */
function endAfter<T>(source: AsyncIterableIterator<T>, last: (value: T) => boolean): AsyncIterableIterator<T> {
  let ended = false;
  const end = (): Promise<IteratorResult<T>> => {
    ended = true;
    return source.return ? source.return() : Promise.resolve({ value: undefined, done: true });
  };
  const iterator: AsyncIterableIterator<T> = {
    next: async () => {
      if (ended) return { value: undefined, done: true };
      const result = await source.next();
      if (!result.done && last(result.value)) await end();
      return result;
    },
    return: end,
    throw: async (error?: unknown) => {
      await end();
      throw error;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/** An iterator that yields `value` once and ends (a subscription to a match that is already over). */
function once<T>(value: T): AsyncIterableIterator<T> {
  let given = false;
  const iterator: AsyncIterableIterator<T> = {
    next: async () => {
      if (given) return { value: undefined, done: true };
      given = true;
      return { value, done: false };
    },
    return: async () => {
      given = true;
      return { value: undefined, done: true };
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/**
 * `gameUpdated`: listens first, then reads the match, so no change between the two is missed. A match
 * already over yields its final state and ends; otherwise the stream ends after the final state.
 */
async function watchMatch(ctx: GamesContext, matchId: string): Promise<AsyncIterableIterator<MatchState>> {
  const source = ctx.pubsub.subscribe<MatchState>(matchTopic(matchId));
  const match = await ctx.loaders.matchById.load(matchId).catch(async (error) => {
    await source.return?.();
    throw error;
  });
  if (!match) {
    await source.return?.();
    throw notFound('Match', matchId);
  }
  if (isTerminal(match.status)) {
    await source.return?.();
    return once(toState(match));
  }
  return endAfter(source, (state) => isTerminal(state.status));
}

export function createResolvers(services: GamesServices): Resolvers {
  const { guessing, matches, leaderboard } = services;
  return {
    DateTime: DateTimeScalar,
    Query: {
      guessingRules: () => ({
        min: SECRET_MIN,
        max: SECRET_MAX,
        levels: GUESSING_DIFFICULTIES.map((difficulty) => ({ difficulty, chances: CHANCES[difficulty] })),
        text: RULES_TEXT,
      }),
      guessingSession: async (_, { id }, ctx) => {
        const viewer = requireViewer(ctx.viewer);
        return guessing.visible(viewer, await ctx.loaders.sessionById.load(id));
      },
      myGuessingSessions: (_, args, ctx) => guessing.list(ctx.em, requireViewer(ctx.viewer), args),
      myBestScores: (_, __, ctx) => guessing.bestScores(ctx.em, requireViewer(ctx.viewer)),
      match: async (_, { id }, ctx) => {
        requireViewer(ctx.viewer);
        const match = await ctx.loaders.matchById.load(id);
        return match ? toState(match) : null;
      },
      myMatches: (_, args, ctx) => matches.list(ctx.em, requireViewer(ctx.viewer), args),
      matchmakingStatus: (_, { game }, ctx) => matches.status(ctx.em, requireViewer(ctx.viewer), game ?? 'CONNECT_FOUR'),
      leaderboard: (_, { game, period, first }, ctx) =>
        leaderboard.top(ctx.em, game ?? 'CONNECT_FOUR', period ?? 'ALL', first ?? 10),
      myRank: (_, { game, period }, ctx) =>
        leaderboard.rankOf(ctx.em, game ?? 'CONNECT_FOUR', period ?? 'ALL', requireViewer(ctx.viewer).userId),
    },
    Mutation: {
      startGuessingGame: (_, { difficulty }, ctx) => guessing.start(ctx.em, requireViewer(ctx.viewer), difficulty),
      guess: (_, { sessionId, number }, ctx) => guessing.guess(ctx.em, requireViewer(ctx.viewer), sessionId, number),
      hint: (_, { sessionId, kind }, ctx) => guessing.hint(ctx.em, requireViewer(ctx.viewer), sessionId, kind ?? 'PARITY'),
      findMatch: (_, { game }, ctx) => matches.findMatch(ctx.em, ctx.pubsub, requireViewer(ctx.viewer), game ?? 'CONNECT_FOUR'),
      cancelMatchmaking: (_, { game }, ctx) =>
        matches.cancelMatchmaking(ctx.em, requireViewer(ctx.viewer), game ?? 'CONNECT_FOUR'),
      createGameRoom: (_, { game }, ctx) => matches.createRoom(ctx.em, requireViewer(ctx.viewer), game ?? 'CONNECT_FOUR'),
      joinGameRoom: (_, { code }, ctx) => matches.joinRoom(ctx.em, ctx.pubsub, requireViewer(ctx.viewer), code),
      dropDisc: (_, { matchId, column }, ctx) =>
        matches.dropDisc(ctx.em, ctx.pubsub, requireViewer(ctx.viewer), matchId, column),
      resign: (_, { matchId }, ctx) => matches.resign(ctx.em, ctx.pubsub, requireViewer(ctx.viewer), matchId),
    },
    Subscription: {
      gameUpdated: {
        subscribe: async (_, { matchId }, ctx) => {
          requireViewer(ctx.viewer);
          return watchMatch(ctx, matchId);
        },
        resolve: (payload: MatchState) => payload,
      },
      matchFound: {
        subscribe: (_, __, ctx) => ctx.pubsub.subscribe<MatchState>(matchFoundTopic(requireViewer(ctx.viewer).userId)),
        resolve: (payload: MatchState) => payload,
      },
    },
    GuessingSession: {
      player: (session) => ({ id: session.playerId }),
      chancesLeft: (session) => session.maxChances - session.chancesUsed,
      attempts: (session) => session.guesses.length,
      hintsUsed: (session) => session.hints.length,
      guesses: (session) => session.guesses.map((number) => ({ number, outcome: compareGuess(number, session.secret) })),
      hints: (session) => session.hints.map(({ kind, text }) => ({ kind, text })),
      // The whole point of the game: the secret stays on the server until the game is over.
      secret: (session) => (session.status === 'PLAYING' ? null : session.secret),
      startedAt: (session) => session.createdAt,
      finishedAt: (session) => session.finishedAt ?? null,
      durationMs: (session) => session.durationMs ?? Math.max(0, Date.now() - session.createdAt.getTime()),
    },
    Match: {
      __resolveReference: async (ref, ctx) => {
        const match = await ctx.loaders.matchById.load(ref.id);
        return match ? toState(match) : null;
      },
      players: (match) => [player(match, 1), player(match, 2)].filter((p) => p !== null),
      columns: () => COLUMNS,
      rows: () => ROWS,
      board: (match) => rowsTopFirst(match.cells).map((row) => row.map((seat) => (seat ? DISC[seat] : null))),
      moves: (match) => {
        const heights = new Array<number>(COLUMNS).fill(0);
        return match.moves.map((column, i) => {
          const row = heights[column]++;
          return { number: i + 1, column, row, disc: DISC[seatToMove(i)] };
        });
      },
      nextPlayer: (match) => (match.status === 'ACTIVE' ? player(match, seatToMove(match.moveCount)) : null),
      legalColumns: (match) => (match.status === 'ACTIVE' ? legalColumns(match.cells) : []),
      winner: (match) => {
        const seat = match.winnerId ? seatOf(match, match.winnerId) : null;
        return seat ? player(match, seat) : null;
      },
      winningCells: (match) =>
        match.winningCells?.map((index) => ({ column: index % COLUMNS, row: Math.floor(index / COLUMNS) })) ?? null,
      roomCode: (match, _, ctx) => (seatOf(match, ctx.viewer?.userId) ? match.roomCode : null),
    },
  };
}
