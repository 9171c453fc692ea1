import { baseProperties, defineEntity, p, type InferEntity } from '../../../kit';

export const GUESSING_DIFFICULTIES = ['EASY', 'MEDIUM', 'HARD'] as const;
export const GUESSING_STATUSES = ['PLAYING', 'WON', 'LOST'] as const;
export const HINT_KINDS = ['PARITY', 'RANGE'] as const;
export const GAME_KINDS = ['CONNECT_FOUR'] as const;
export const MATCH_STATUSES = ['WAITING', 'ACTIVE', 'FINISHED', 'CANCELLED'] as const;
export const MATCH_RESULTS = ['WIN', 'DRAW', 'RESIGNATION'] as const;
export const TICKET_STATUSES = ['WAITING', 'MATCHED', 'CANCELLED'] as const;
export const PLAYER_OUTCOMES = ['WIN', 'DRAW', 'LOSS'] as const;

export type GuessingDifficulty = (typeof GUESSING_DIFFICULTIES)[number];
export type GuessingStatus = (typeof GUESSING_STATUSES)[number];
export type HintKind = (typeof HINT_KINDS)[number];
export type GameKind = (typeof GAME_KINDS)[number];
export type MatchStatus = (typeof MATCH_STATUSES)[number];
export type MatchResultKind = (typeof MATCH_RESULTS)[number];
export type PlayerOutcome = (typeof PLAYER_OUTCOMES)[number];

/** A hint as stored: its words, and for RANGE hints the bounds it gave (they narrow later hints). */
export interface HintRecord {
  kind: HintKind;
  text: string;
  min?: number;
  max?: number;
}

/**
 * One number guessing game. `secret` never leaves the server while `status` is PLAYING. Every change
 * is a conditional update on `version`, so two concurrent guesses cannot both spend the last chance.
 */
export const GuessSession = defineEntity({
  name: 'GuessSession',
  tableName: 'guess_sessions',
  properties: {
    ...baseProperties(),
    playerId: p.string().length(36),
    difficulty: p.enum([...GUESSING_DIFFICULTIES]),
    status: p.enum([...GUESSING_STATUSES]),
    secret: p.integer(),
    maxChances: p.integer(),
    /** Guesses and hints given so far; never more than `maxChances`. */
    chancesUsed: p.integer(),
    guesses: p.json<number[]>(),
    hints: p.json<HintRecord[]>(),
    version: p.integer(),
    finishedAt: p.datetime(3).nullable(),
    durationMs: p.integer().nullable(),
  },
  indexes: [{ properties: ['playerId', 'createdAt'] }, { properties: ['playerId', 'status', 'difficulty'] }],
});
export type GuessSessionRow = InferEntity<typeof GuessSession>;

/**
 * A Connect Four match. `cells` is the board as 42 characters (`.` empty, `1`/`2` a seat's disc),
 * row 0 (bottom) first. Moves are conditional updates on `moveCount`, so one move per turn wins.
 */
export const Match = defineEntity({
  name: 'Match',
  tableName: 'matches',
  properties: {
    ...baseProperties(),
    game: p.enum([...GAME_KINDS]),
    status: p.enum([...MATCH_STATUSES]),
    playerOneId: p.string().length(36),
    playerTwoId: p.string().length(36).nullable(),
    cells: p.string().length(42),
    moves: p.json<number[]>(),
    moveCount: p.integer(),
    result: p.enum([...MATCH_RESULTS]).nullable(),
    winnerId: p.string().length(36).nullable(),
    winningCells: p.json<number[]>().nullable(),
    roomCode: p.string().length(8).nullable().unique(),
    finishedAt: p.datetime(3).nullable(),
  },
  indexes: [{ properties: ['playerOneId', 'createdAt'] }, { properties: ['playerTwoId', 'createdAt'] }],
});
export type MatchRow = InferEntity<typeof Match>;

/** A user's place in one game's matchmaking queue; one row per user and game, reused across searches. */
export const MatchmakingTicket = defineEntity({
  name: 'MatchmakingTicket',
  tableName: 'matchmaking_tickets',
  properties: {
    ...baseProperties(),
    userId: p.string().length(36),
    game: p.enum([...GAME_KINDS]),
    status: p.enum([...TICKET_STATUSES]),
    queuedAt: p.datetime(3),
    matchId: p.string().length(36).nullable(),
  },
  uniques: [{ properties: ['userId', 'game'] }],
  indexes: [{ properties: ['game', 'status', 'queuedAt'] }],
});
export type MatchmakingTicketRow = InferEntity<typeof MatchmakingTicket>;

/** One player's outcome of one finished match: the rows the leaderboard aggregates. */
export const MatchResult = defineEntity({
  name: 'MatchResult',
  tableName: 'match_results',
  properties: {
    ...baseProperties(),
    matchId: p.string().length(36),
    userId: p.string().length(36),
    game: p.enum([...GAME_KINDS]),
    outcome: p.enum([...PLAYER_OUTCOMES]),
    points: p.integer(),
    finishedAt: p.datetime(3),
  },
  uniques: [{ properties: ['matchId', 'userId'] }],
  indexes: [{ properties: ['game', 'finishedAt'] }],
});
export type MatchResultRow = InferEntity<typeof MatchResult>;

export const entities = [GuessSession, Match, MatchmakingTicket, MatchResult];
