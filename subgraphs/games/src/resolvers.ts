import { DateTimeScalar, requireViewer } from '../../../kit';
import { COLUMNS, ROWS, legalColumns, rowsTopFirst, seatToMove, type Seat } from './connect-four';
import { GUESSING_DIFFICULTIES } from './entities';
import type { Resolvers } from './generated/resolvers';
import { CHANCES, RULES_TEXT, SECRET_MAX, SECRET_MIN, compareGuess } from './guessing';
import { seatOf, toState, type MatchState } from './matches';
import type { GamesServices } from './service';

const DISC = { 1: 'RED', 2: 'YELLOW' } as const;

function player(match: MatchState, seat: Seat) {
  const id = seat === 1 ? match.playerOneId : match.playerTwoId;
  return id ? { seat, disc: DISC[seat], user: { id } } : null;
}

/** games' resolvers: one line each onto the services with `ctx.deps`. */
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
      guessingSession: async (_, { id }, ctx) => guessing.visible(ctx.deps, await ctx.loaders.sessionById.load(id)),
      myGuessingSessions: (_, args, ctx) => guessing.list(ctx.deps, args),
      myBestScores: (_, __, ctx) => guessing.bestScores(ctx.deps),
      match: async (_, { id }, ctx) => {
        requireViewer(ctx.viewer);
        const match = await ctx.loaders.matchById.load(id);
        return match ? toState(match) : null;
      },
      myMatches: (_, args, ctx) => matches.list(ctx.deps, args),
      matchmakingStatus: (_, { game }, ctx) => matches.status(ctx.deps, game ?? 'CONNECT_FOUR'),
      leaderboard: (_, { game, period, first }, ctx) => leaderboard.top(ctx.deps, game ?? 'CONNECT_FOUR', period ?? 'ALL', first ?? 10),
      myRank: (_, { game, period }, ctx) => leaderboard.rankOf(ctx.deps, game ?? 'CONNECT_FOUR', period ?? 'ALL'),
    },
    Mutation: {
      startGuessingGame: (_, { difficulty }, ctx) => guessing.start(ctx.deps, difficulty),
      guess: (_, { sessionId, number }, ctx) => guessing.guess(ctx.deps, sessionId, number),
      hint: (_, { sessionId, kind }, ctx) => guessing.hint(ctx.deps, sessionId, kind ?? 'PARITY'),
      findMatch: (_, { game }, ctx) => matches.findMatch(ctx.deps, game ?? 'CONNECT_FOUR'),
      cancelMatchmaking: (_, { game }, ctx) => matches.cancelMatchmaking(ctx.deps, game ?? 'CONNECT_FOUR'),
      createGameRoom: (_, { game }, ctx) => matches.createRoom(ctx.deps, game ?? 'CONNECT_FOUR'),
      joinGameRoom: (_, { code }, ctx) => matches.joinRoom(ctx.deps, code),
      dropDisc: (_, { matchId, column }, ctx) => matches.dropDisc(ctx.deps, matchId, column),
      resign: (_, { matchId }, ctx) => matches.resign(ctx.deps, matchId),
    },
    Subscription: {
      gameUpdated: {
        subscribe: (_, { matchId }, ctx) => matches.watch(ctx.deps, matchId),
        resolve: (payload: MatchState) => payload,
      },
      matchFound: {
        subscribe: (_, __, ctx) => matches.watchMatchFound(ctx.deps),
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
      durationMs: (session, _, ctx) => session.durationMs ?? Math.max(0, ctx.deps.clock.now().getTime() - session.createdAt.getTime()),
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
          const row = heights[column] ?? 0;
          heights[column] = row + 1;
          return { number: i + 1, column, row, disc: DISC[seatToMove(i)] };
        });
      },
      nextPlayer: (match) => (match.status === 'ACTIVE' ? player(match, seatToMove(match.moveCount)) : null),
      legalColumns: (match) => (match.status === 'ACTIVE' ? legalColumns(match.cells) : []),
      winner: (match) => {
        const seat = match.winnerId ? seatOf(match, match.winnerId) : null;
        return seat ? player(match, seat) : null;
      },
      winningCells: (match) => match.winningCells?.map((index) => ({ column: index % COLUMNS, row: Math.floor(index / COLUMNS) })) ?? null,
      roomCode: (match, _, ctx) => (seatOf(match, ctx.viewer?.userId) ? match.roomCode : null),
    },
  };
}
