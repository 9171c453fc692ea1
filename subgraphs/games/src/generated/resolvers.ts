import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { GuessSessionRow } from '../entities';
import type { MatchState } from '../matches';
import type { UserRef, GamesContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, as an ISO-8601 string in UTC (e.g. `2026-11-23T10:00:00.000Z`). */
  DateTime: { input: Date; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A user's best won game of one difficulty: fewest chances used, then fastest. */
export type BestScore = {
  __typename?: 'BestScore';
  /** When that game was won. */
  achievedAt: Scalars['DateTime']['output'];
  /** Guesses it took. */
  attempts: Scalars['Int']['output'];
  /** Guesses plus hints: what the score ranks by first. */
  chancesUsed: Scalars['Int']['output'];
  /** The difficulty this score is the best of. */
  difficulty: GuessingDifficulty;
  /** Time taken, the tie-breaker. */
  durationMs: Scalars['Int']['output'];
  /** Hints it took. */
  hintsUsed: Scalars['Int']['output'];
  /** The game itself. */
  session: GuessingSession;
};

/** A cell of the board; row 0 is the bottom row, column 0 the leftmost. */
export type Cell = {
  __typename?: 'Cell';
  /** 0 to 6, left to right. */
  column: Scalars['Int']['output'];
  /** 0 to 5, bottom to top. */
  row: Scalars['Int']['output'];
};

/** A player's colour; RED moves first. */
export type Disc =
  /** Seat 1's colour. */
  | 'RED'
  /** Seat 2's colour. */
  | 'YELLOW';

/** The machine-readable kind of an error, in `UserError.code` and in GraphQL errors' `extensions.code`. */
export type ErrorCode =
  /** An input is missing, malformed or out of range. */
  | 'BAD_USER_INPUT'
  /** The payment was declined by the card issuer or the processor. */
  | 'CARD_DECLINED'
  /** The change clashes with existing data (a duplicate, a stale version). */
  | 'CONFLICT'
  /** The signed-in user may not do this. */
  | 'FORBIDDEN'
  /** An idempotency key was sent again with other parameters; use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The thing is not in a state that allows this operation (e.g. capturing a canceled payment). */
  | 'INVALID_STATE'
  /** The thing named does not exist (or is not visible to you). */
  | 'NOT_FOUND'
  /** The tenant's plan allows no more of this (e.g. members); choose a bigger plan. */
  | 'QUOTA_EXCEEDED'
  /** Too many requests; retry later. */
  | 'RATE_LIMITED'
  /** The operation needs a signed-in user. */
  | 'UNAUTHENTICATED';

/** A game the server can host. */
export type GameKind =
  /** Connect Four: 7 columns, 6 rows, four in a row wins. */
  | 'CONNECT_FOUR';

/** One guess made in a game. */
export type Guess = {
  __typename?: 'Guess';
  /** The number guessed. */
  number: Scalars['Int']['output'];
  /** How it compared with the secret. */
  outcome: GuessOutcome;
};

/** How a guess compares with the secret. */
export type GuessOutcome =
  /** The guess is the secret. */
  | 'CORRECT'
  /** The guess is above the secret: the number is less. */
  | 'TOO_HIGH'
  /** The guess is below the secret: the number is greater. */
  | 'TOO_LOW';

/** The result of a guess. */
export type GuessPayload = {
  __typename?: 'GuessPayload';
  /**
   * Why the guess was not counted: BAD_USER_INPUT outside 1 to 100, CONFLICT when the game is over or a
   * concurrent guess got there first. A refused guess uses no chance.
   */
  errors: Array<UserError>;
  /** The answer in words: `Incorrect! The number is greater than 50.`, `Congratulations! …`. */
  message?: Maybe<Scalars['String']['output']>;
  /** How the guess compared; null when `errors` is not empty. */
  outcome?: Maybe<GuessOutcome>;
  /** The game after the guess; null when `errors` is not empty. */
  session?: Maybe<GuessingSession>;
};

/** How many chances a guessing game gives. */
export type GuessingDifficulty =
  /** 10 chances. */
  | 'EASY'
  /** 3 chances. */
  | 'HARD'
  /** 5 chances. */
  | 'MEDIUM';

/** The rules of one difficulty. */
export type GuessingLevel = {
  __typename?: 'GuessingLevel';
  /** Chances a game of this difficulty gives; a guess or a hint uses one. */
  chances: Scalars['Int']['output'];
  /** The difficulty these chances belong to. */
  difficulty: GuessingDifficulty;
};

/** The rules of the number guessing game, for a client's welcome screen. */
export type GuessingRules = {
  __typename?: 'GuessingRules';
  /** Every difficulty and its chances. */
  levels: Array<GuessingLevel>;
  /** The largest possible secret. */
  max: Scalars['Int']['output'];
  /** The smallest possible secret. */
  min: Scalars['Int']['output'];
  /** The rules in one paragraph. */
  text: Scalars['String']['output'];
};

/**
 * One number guessing game (catalogue #4). The secret is held by the server and is null here until the
 * game is over.
 */
export type GuessingSession = {
  __typename?: 'GuessingSession';
  /** Guesses made so far. */
  attempts: Scalars['Int']['output'];
  /** Chances left; each guess and each hint uses one. */
  chancesLeft: Scalars['Int']['output'];
  /** The difficulty chosen at the start. */
  difficulty: GuessingDifficulty;
  /** Milliseconds from start to finish, or to now while playing. */
  durationMs: Scalars['Int']['output'];
  /** When it was won or lost; null while playing. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Every guess, oldest first. */
  guesses: Array<Guess>;
  /** Every hint, oldest first. */
  hints: Array<Hint>;
  /** Hints given so far. */
  hintsUsed: Scalars['Int']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Chances the game started with. */
  maxChances: Scalars['Int']['output'];
  /** Who plays; only they may guess, ask for hints or see the game. */
  player?: Maybe<User>;
  /** The secret; null while the game is being played. */
  secret?: Maybe<Scalars['Int']['output']>;
  /** When the game started. */
  startedAt: Scalars['DateTime']['output'];
  /** Where the game stands. */
  status: GuessingStatus;
};

/** A page of guessing games, newest first. */
export type GuessingSessionConnection = {
  __typename?: 'GuessingSessionConnection';
  /** The games of this page. */
  edges: Array<GuessingSessionEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many games the user has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One game in a page of games. */
export type GuessingSessionEdge = {
  __typename?: 'GuessingSessionEdge';
  /** Opaque position of this game in the list. */
  cursor: Scalars['String']['output'];
  /** The game. */
  node: GuessingSession;
};

/** The result of starting a game. */
export type GuessingSessionPayload = {
  __typename?: 'GuessingSessionPayload';
  /** Why no game was started; empty on success. */
  errors: Array<UserError>;
  /** The new game; null when `errors` is not empty. */
  session?: Maybe<GuessingSession>;
};

/** Where a guessing game stands. */
export type GuessingStatus =
  /** Every chance was used without guessing the secret; the secret is now revealed. */
  | 'LOST'
  /** Guesses and hints are accepted. */
  | 'PLAYING'
  /** The secret was guessed. */
  | 'WON';

/** One hint given in a game. */
export type Hint = {
  __typename?: 'Hint';
  /** What kind of hint it is. */
  kind: HintKind;
  /** The hint in words, e.g. `The number is even.` or `The number is between 26 and 50.` */
  text: Scalars['String']['output'];
};

/** What a hint tells. */
export type HintKind =
  /** Whether the secret is even or odd (once per game). */
  | 'PARITY'
  /** A range about half as wide as what is known so far that holds the secret. */
  | 'RANGE';

/** The result of asking for a hint. */
export type HintPayload = {
  __typename?: 'HintPayload';
  /** Why no hint was given (CONFLICT: game over, parity already known, range already narrow, one chance left); a refused hint uses no chance. */
  errors: Array<UserError>;
  /** The hint; null when `errors` is not empty. */
  hint?: Maybe<Hint>;
  /** The game after the hint; null when `errors` is not empty. */
  session?: Maybe<GuessingSession>;
};

/** The top players of one period. */
export type Leaderboard = {
  __typename?: 'Leaderboard';
  /** The top entries, best first (equal points: more wins first, then by user id). */
  entries: Array<LeaderboardEntry>;
  /** The game ranked. */
  game: GameKind;
  /** The window ranked. */
  period: LeaderboardPeriod;
  /** Start of the period; null for ALL. */
  since?: Maybe<Scalars['DateTime']['output']>;
  /** Players with at least one finished match in the period. */
  totalPlayers: Scalars['Int']['output'];
};

/** A player's standing: 3 points a win, 1 a draw, 0 a loss. */
export type LeaderboardEntry = {
  __typename?: 'LeaderboardEntry';
  /** Matches drawn in the period. */
  draws: Scalars['Int']['output'];
  /** Matches lost in the period. */
  losses: Scalars['Int']['output'];
  /** Finished matches in the period. */
  played: Scalars['Int']['output'];
  /** Points in the period. */
  points: Scalars['Int']['output'];
  /** 1 for the most points; players with equal points share a rank (1, 2, 2, 4). */
  rank: Scalars['Int']['output'];
  /** The player. */
  user?: Maybe<User>;
  /** Matches won in the period (resignations of the opponent included). */
  wins: Scalars['Int']['output'];
};

/** A time window of the leaderboard, in UTC calendar terms. */
export type LeaderboardPeriod =
  /** Since the beginning. */
  | 'ALL'
  /** Since 00:00 UTC today. */
  | 'DAY'
  /** Since the 1st of this month, 00:00 UTC. */
  | 'MONTH'
  /** Since Monday 00:00 UTC. */
  | 'WEEK';

/**
 * A multiplayer match whose state lives on the server (catalogue #32). Every change is pushed by
 * `gameUpdated`; after a disconnect, subscribe again and read `match(id)` for the current state.
 */
export type Match = {
  __typename?: 'Match';
  /** The board, top row first, each row left to right; null is an empty cell. */
  board: Array<Array<Maybe<Disc>>>;
  /** Number of columns (7). */
  columns: Scalars['Int']['output'];
  /** When the match (or room) was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When it was finished or cancelled; null before. */
  finishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The game played. */
  game: GameKind;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Columns a disc can still go into; empty unless the match is ACTIVE. */
  legalColumns: Array<Scalars['Int']['output']>;
  /** Discs dropped so far; a client can order pushed states by it. */
  moveCount: Scalars['Int']['output'];
  /** Every move, oldest first. */
  moves: Array<Move>;
  /** Whose turn it is; null unless the match is ACTIVE. */
  nextPlayer?: Maybe<MatchPlayer>;
  /** Both seats; one while a private room waits for its second player. */
  players: Array<MatchPlayer>;
  /** How it ended; null until FINISHED. */
  result?: Maybe<MatchResult>;
  /** The private room's join code; shown to its players only, null for matchmade matches. */
  roomCode?: Maybe<Scalars['String']['output']>;
  /** Number of rows (6). */
  rows: Scalars['Int']['output'];
  /** Where the match stands. */
  status: MatchStatus;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** The winner; null unless someone won (a draw has none). */
  winner?: Maybe<MatchPlayer>;
  /** The four (or more) cells in a row that won; null unless the result is WIN. */
  winningCells?: Maybe<Array<Cell>>;
};

/** A page of matches, newest first. */
export type MatchConnection = {
  __typename?: 'MatchConnection';
  /** The matches of this page. */
  edges: Array<MatchEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many matches match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One match in a page of matches. */
export type MatchEdge = {
  __typename?: 'MatchEdge';
  /** Opaque position of this match in the list. */
  cursor: Scalars['String']['output'];
  /** The match. */
  node: Match;
};

/** The result of a change to a match. */
export type MatchPayload = {
  __typename?: 'MatchPayload';
  /**
   * Why nothing changed: BAD_USER_INPUT for a column outside 0 to 6 or a full column, CONFLICT when it
   * is not your turn, the match is not being played, or another move got there first.
   */
  errors: Array<UserError>;
  /** The match after the change; null when `errors` is not empty. */
  match?: Maybe<Match>;
};

/** One of the two seats of a match. */
export type MatchPlayer = {
  __typename?: 'MatchPlayer';
  /** The seat's colour. */
  disc: Disc;
  /** 1 (RED, moves first) or 2 (YELLOW). */
  seat: Scalars['Int']['output'];
  /** Who sits there. */
  user?: Maybe<User>;
};

/** How a finished match ended. */
export type MatchResult =
  /** The board filled up without four in a row. */
  | 'DRAW'
  /** A player resigned; the other wins. */
  | 'RESIGNATION'
  /** A player connected four. */
  | 'WIN';

/** Where a match stands. */
export type MatchStatus =
  /** Being played. */
  | 'ACTIVE'
  /** A private room closed before anyone joined. */
  | 'CANCELLED'
  /** Won, drawn or resigned. */
  | 'FINISHED'
  /** A private room waiting for its second player. */
  | 'WAITING';

/** Where the signed-in user stands in the matchmaking queue of one game. */
export type MatchmakingState =
  /** Not queued (never queued, or cancelled). */
  | 'IDLE'
  /** Paired: `match` is the new match. */
  | 'MATCHED'
  /** Queued, waiting for an opponent. */
  | 'WAITING';

/** The signed-in user's matchmaking status for one game. */
export type MatchmakingStatus = {
  __typename?: 'MatchmakingStatus';
  /** The game whose queue this is. */
  game: GameKind;
  /** The match the queue paired the user into; null unless MATCHED. */
  match?: Maybe<Match>;
  /** Players waiting in this game's queue now, the user included. */
  playersWaiting: Scalars['Int']['output'];
  /** When the user joined the queue; null when IDLE. */
  queuedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the user stands in it. */
  state: MatchmakingState;
};

/** One disc dropped. */
export type Move = {
  __typename?: 'Move';
  /** 0-based column the disc went into. */
  column: Scalars['Int']['output'];
  /** Whose disc it was. */
  disc: Disc;
  /** 1-based position in the match. */
  number: Scalars['Int']['output'];
  /** The row it landed on (0 = bottom). */
  row: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Leaves the matchmaking queue; a user already paired stays MATCHED. */
  cancelMatchmaking?: Maybe<MatchmakingStatus>;
  /** Opens a private room; a friend joins it with the returned `roomCode`. */
  createGameRoom?: Maybe<MatchPayload>;
  /** Drops a disc into a column (0 to 6) on the player's turn. */
  dropDisc?: Maybe<MatchPayload>;
  /**
   * Joins the matchmaking queue of a game: pairs the user with the player who has waited longest, or
   * leaves them WAITING until someone else looks for a match (`matchFound` then tells them).
   */
  findMatch?: Maybe<MatchmakingStatus>;
  /** Guesses the secret; uses one chance. Only the game's player may guess. */
  guess?: Maybe<GuessPayload>;
  /** Asks for a hint; uses one chance and needs at least two left. */
  hint?: Maybe<HintPayload>;
  /** Takes the free seat of a private room; the match starts at once. */
  joinGameRoom?: Maybe<MatchPayload>;
  /** Gives up an ACTIVE match (the opponent wins) or closes a WAITING room of one's own. */
  resign?: Maybe<MatchPayload>;
  /** Starts a guessing game with a new secret from 1 to 100. */
  startGuessingGame?: Maybe<GuessingSessionPayload>;
};


export type MutationCancelMatchmakingArgs = {
  game?: InputMaybe<GameKind>;
};


export type MutationCreateGameRoomArgs = {
  game?: InputMaybe<GameKind>;
};


export type MutationDropDiscArgs = {
  column: Scalars['Int']['input'];
  matchId: Scalars['ID']['input'];
};


export type MutationFindMatchArgs = {
  game?: InputMaybe<GameKind>;
};


export type MutationGuessArgs = {
  number: Scalars['Int']['input'];
  sessionId: Scalars['ID']['input'];
};


export type MutationHintArgs = {
  kind?: InputMaybe<HintKind>;
  sessionId: Scalars['ID']['input'];
};


export type MutationJoinGameRoomArgs = {
  code: Scalars['String']['input'];
};


export type MutationResignArgs = {
  matchId: Scalars['ID']['input'];
};


export type MutationStartGuessingGameArgs = {
  difficulty: GuessingDifficulty;
};

/** Where a connection's page sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when `after: endCursor` returns more. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page does not start the list. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge, null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** The rules of the number guessing game. */
  guessingRules?: Maybe<GuessingRules>;
  /** One of the signed-in user's guessing games; null when missing, FORBIDDEN when someone else's. */
  guessingSession?: Maybe<GuessingSession>;
  /** The top `first` (1 to 100) players of a period. */
  leaderboard?: Maybe<Leaderboard>;
  /** A match by id; matches can be watched by any signed-in user. */
  match?: Maybe<Match>;
  /** The signed-in user's place in a matchmaking queue. */
  matchmakingStatus?: Maybe<MatchmakingStatus>;
  /** The signed-in user's best score per difficulty (difficulties never won are left out). */
  myBestScores?: Maybe<Array<BestScore>>;
  /** The signed-in user's guessing games, newest first. */
  myGuessingSessions?: Maybe<GuessingSessionConnection>;
  /** The signed-in user's matches, newest first; optionally only those in one status. */
  myMatches?: Maybe<MatchConnection>;
  /** The signed-in user's standing in a period; null without a finished match in it. */
  myRank?: Maybe<LeaderboardEntry>;
};


export type QueryGuessingSessionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLeaderboardArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  game?: InputMaybe<GameKind>;
  period?: InputMaybe<LeaderboardPeriod>;
};


export type QueryMatchArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMatchmakingStatusArgs = {
  game?: InputMaybe<GameKind>;
};


export type QueryMyGuessingSessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyMatchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<MatchStatus>;
};


export type QueryMyRankArgs = {
  game?: InputMaybe<GameKind>;
  period?: InputMaybe<LeaderboardPeriod>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The full state of a match after every change (join, move, resignation) until it ends. */
  gameUpdated?: Maybe<Match>;
  /** Every match the signed-in user is put into by matchmaking or by someone joining their room. */
  matchFound?: Maybe<Match>;
};


export type SubscriptionGameUpdatedArgs = {
  matchId: Scalars['ID']['input'];
};

/** A user, owned by identity; the games subgraph only refers to one by id. */
export type User = {
  __typename?: 'User';
  /** Stable, opaque identifier (from identity). */
  id: Scalars['ID']['output'];
};

/** An expected problem with a mutation's input, returned as data so a form can show it next to its field. */
export type UserError = {
  __typename?: 'UserError';
  /** What kind of problem it is. */
  code: ErrorCode;
  /** The input field at fault, as a dotted path (e.g. `input.email`), or null when the whole input is. */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong, in words a person understands. */
  message: Scalars['String']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Match: Match;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Match:
    ( { __typename: 'Match' }
    & GraphQLRecursivePick<FederationTypes['Match'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  BestScore: ResolverTypeWrapper<Omit<BestScore, 'session'> & { session: ResolversTypes['GuessingSession'] }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Cell: ResolverTypeWrapper<Cell>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Disc: Disc;
  ErrorCode: ErrorCode;
  GameKind: GameKind;
  Guess: ResolverTypeWrapper<Guess>;
  GuessOutcome: GuessOutcome;
  GuessPayload: ResolverTypeWrapper<Omit<GuessPayload, 'session'> & { session?: Maybe<ResolversTypes['GuessingSession']> }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  GuessingDifficulty: GuessingDifficulty;
  GuessingLevel: ResolverTypeWrapper<GuessingLevel>;
  GuessingRules: ResolverTypeWrapper<GuessingRules>;
  GuessingSession: ResolverTypeWrapper<GuessSessionRow>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  GuessingSessionConnection: ResolverTypeWrapper<Omit<GuessingSessionConnection, 'edges'> & { edges: Array<ResolversTypes['GuessingSessionEdge']> }>;
  GuessingSessionEdge: ResolverTypeWrapper<Omit<GuessingSessionEdge, 'node'> & { node: ResolversTypes['GuessingSession'] }>;
  GuessingSessionPayload: ResolverTypeWrapper<Omit<GuessingSessionPayload, 'session'> & { session?: Maybe<ResolversTypes['GuessingSession']> }>;
  GuessingStatus: GuessingStatus;
  Hint: ResolverTypeWrapper<Hint>;
  HintKind: HintKind;
  HintPayload: ResolverTypeWrapper<Omit<HintPayload, 'session'> & { session?: Maybe<ResolversTypes['GuessingSession']> }>;
  Leaderboard: ResolverTypeWrapper<Omit<Leaderboard, 'entries'> & { entries: Array<ResolversTypes['LeaderboardEntry']> }>;
  LeaderboardEntry: ResolverTypeWrapper<Omit<LeaderboardEntry, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  LeaderboardPeriod: LeaderboardPeriod;
  Match: ResolverTypeWrapper<MatchState>;
  MatchConnection: ResolverTypeWrapper<Omit<MatchConnection, 'edges'> & { edges: Array<ResolversTypes['MatchEdge']> }>;
  MatchEdge: ResolverTypeWrapper<Omit<MatchEdge, 'node'> & { node: ResolversTypes['Match'] }>;
  MatchPayload: ResolverTypeWrapper<Omit<MatchPayload, 'match'> & { match?: Maybe<ResolversTypes['Match']> }>;
  MatchPlayer: ResolverTypeWrapper<Omit<MatchPlayer, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  MatchResult: MatchResult;
  MatchStatus: MatchStatus;
  MatchmakingState: MatchmakingState;
  MatchmakingStatus: ResolverTypeWrapper<Omit<MatchmakingStatus, 'match'> & { match?: Maybe<ResolversTypes['Match']> }>;
  Move: ResolverTypeWrapper<Move>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  User: ResolverTypeWrapper<UserRef>;
  UserError: ResolverTypeWrapper<UserError>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  BestScore: Omit<BestScore, 'session'> & { session: ResolversParentTypes['GuessingSession'] };
  Int: Scalars['Int']['output'];
  Cell: Cell;
  DateTime: Scalars['DateTime']['output'];
  Guess: Guess;
  GuessPayload: Omit<GuessPayload, 'session'> & { session?: Maybe<ResolversParentTypes['GuessingSession']> };
  String: Scalars['String']['output'];
  GuessingLevel: GuessingLevel;
  GuessingRules: GuessingRules;
  GuessingSession: GuessSessionRow;
  ID: Scalars['ID']['output'];
  GuessingSessionConnection: Omit<GuessingSessionConnection, 'edges'> & { edges: Array<ResolversParentTypes['GuessingSessionEdge']> };
  GuessingSessionEdge: Omit<GuessingSessionEdge, 'node'> & { node: ResolversParentTypes['GuessingSession'] };
  GuessingSessionPayload: Omit<GuessingSessionPayload, 'session'> & { session?: Maybe<ResolversParentTypes['GuessingSession']> };
  Hint: Hint;
  HintPayload: Omit<HintPayload, 'session'> & { session?: Maybe<ResolversParentTypes['GuessingSession']> };
  Leaderboard: Omit<Leaderboard, 'entries'> & { entries: Array<ResolversParentTypes['LeaderboardEntry']> };
  LeaderboardEntry: Omit<LeaderboardEntry, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  Match: MatchState;
  MatchConnection: Omit<MatchConnection, 'edges'> & { edges: Array<ResolversParentTypes['MatchEdge']> };
  MatchEdge: Omit<MatchEdge, 'node'> & { node: ResolversParentTypes['Match'] };
  MatchPayload: Omit<MatchPayload, 'match'> & { match?: Maybe<ResolversParentTypes['Match']> };
  MatchPlayer: Omit<MatchPlayer, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  MatchmakingStatus: Omit<MatchmakingStatus, 'match'> & { match?: Maybe<ResolversParentTypes['Match']> };
  Move: Move;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  Subscription: Record<PropertyKey, never>;
  User: UserRef;
  UserError: UserError;
}>;

export type BestScoreResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['BestScore'] = ResolversParentTypes['BestScore']> = ResolversObject<{
  achievedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  chancesUsed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  difficulty?: Resolver<ResolversTypes['GuessingDifficulty'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hintsUsed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  session?: Resolver<ResolversTypes['GuessingSession'], ParentType, ContextType>;
}>;

export type CellResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['Cell'] = ResolversParentTypes['Cell']> = ResolversObject<{
  column?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type GuessResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['Guess'] = ResolversParentTypes['Guess']> = ResolversObject<{
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['GuessOutcome'], ParentType, ContextType>;
}>;

export type GuessPayloadResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['GuessPayload'] = ResolversParentTypes['GuessPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  message?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['GuessOutcome']>, ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['GuessingSession']>, ParentType, ContextType>;
}>;

export type GuessingLevelResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['GuessingLevel'] = ResolversParentTypes['GuessingLevel']> = ResolversObject<{
  chances?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  difficulty?: Resolver<ResolversTypes['GuessingDifficulty'], ParentType, ContextType>;
}>;

export type GuessingRulesResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['GuessingRules'] = ResolversParentTypes['GuessingRules']> = ResolversObject<{
  levels?: Resolver<Array<ResolversTypes['GuessingLevel']>, ParentType, ContextType>;
  max?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  min?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GuessingSessionResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['GuessingSession'] = ResolversParentTypes['GuessingSession']> = ResolversObject<{
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  chancesLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  difficulty?: Resolver<ResolversTypes['GuessingDifficulty'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  guesses?: Resolver<Array<ResolversTypes['Guess']>, ParentType, ContextType>;
  hints?: Resolver<Array<ResolversTypes['Hint']>, ParentType, ContextType>;
  hintsUsed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxChances?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  player?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  secret?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['GuessingStatus'], ParentType, ContextType>;
}>;

export type GuessingSessionConnectionResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['GuessingSessionConnection'] = ResolversParentTypes['GuessingSessionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['GuessingSessionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type GuessingSessionEdgeResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['GuessingSessionEdge'] = ResolversParentTypes['GuessingSessionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['GuessingSession'], ParentType, ContextType>;
}>;

export type GuessingSessionPayloadResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['GuessingSessionPayload'] = ResolversParentTypes['GuessingSessionPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['GuessingSession']>, ParentType, ContextType>;
}>;

export type HintResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['Hint'] = ResolversParentTypes['Hint']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['HintKind'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type HintPayloadResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['HintPayload'] = ResolversParentTypes['HintPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  hint?: Resolver<Maybe<ResolversTypes['Hint']>, ParentType, ContextType>;
  session?: Resolver<Maybe<ResolversTypes['GuessingSession']>, ParentType, ContextType>;
}>;

export type LeaderboardResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['Leaderboard'] = ResolversParentTypes['Leaderboard']> = ResolversObject<{
  entries?: Resolver<Array<ResolversTypes['LeaderboardEntry']>, ParentType, ContextType>;
  game?: Resolver<ResolversTypes['GameKind'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['LeaderboardPeriod'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  totalPlayers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LeaderboardEntryResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['LeaderboardEntry'] = ResolversParentTypes['LeaderboardEntry']> = ResolversObject<{
  draws?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  losses?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  played?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  points?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  wins?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MatchResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['Match'] = ResolversParentTypes['Match'], FederationReferenceType extends FederationReferenceTypes['Match'] = FederationReferenceTypes['Match']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Match']> | FederationReferenceType, FederationReferenceType, ContextType>;
  board?: Resolver<Array<Array<Maybe<ResolversTypes['Disc']>>>, ParentType, ContextType>;
  columns?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  game?: Resolver<ResolversTypes['GameKind'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalColumns?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  moveCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  moves?: Resolver<Array<ResolversTypes['Move']>, ParentType, ContextType>;
  nextPlayer?: Resolver<Maybe<ResolversTypes['MatchPlayer']>, ParentType, ContextType>;
  players?: Resolver<Array<ResolversTypes['MatchPlayer']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['MatchResult']>, ParentType, ContextType>;
  roomCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MatchStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  winner?: Resolver<Maybe<ResolversTypes['MatchPlayer']>, ParentType, ContextType>;
  winningCells?: Resolver<Maybe<Array<ResolversTypes['Cell']>>, ParentType, ContextType>;
}>;

export type MatchConnectionResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['MatchConnection'] = ResolversParentTypes['MatchConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MatchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MatchEdgeResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['MatchEdge'] = ResolversParentTypes['MatchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Match'], ParentType, ContextType>;
}>;

export type MatchPayloadResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['MatchPayload'] = ResolversParentTypes['MatchPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  match?: Resolver<Maybe<ResolversTypes['Match']>, ParentType, ContextType>;
}>;

export type MatchPlayerResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['MatchPlayer'] = ResolversParentTypes['MatchPlayer']> = ResolversObject<{
  disc?: Resolver<ResolversTypes['Disc'], ParentType, ContextType>;
  seat?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type MatchmakingStatusResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['MatchmakingStatus'] = ResolversParentTypes['MatchmakingStatus']> = ResolversObject<{
  game?: Resolver<ResolversTypes['GameKind'], ParentType, ContextType>;
  match?: Resolver<Maybe<ResolversTypes['Match']>, ParentType, ContextType>;
  playersWaiting?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  queuedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['MatchmakingState'], ParentType, ContextType>;
}>;

export type MoveResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['Move'] = ResolversParentTypes['Move']> = ResolversObject<{
  column?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  disc?: Resolver<ResolversTypes['Disc'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  cancelMatchmaking?: Resolver<Maybe<ResolversTypes['MatchmakingStatus']>, ParentType, ContextType, RequireFields<MutationCancelMatchmakingArgs, 'game'>>;
  createGameRoom?: Resolver<Maybe<ResolversTypes['MatchPayload']>, ParentType, ContextType, RequireFields<MutationCreateGameRoomArgs, 'game'>>;
  dropDisc?: Resolver<Maybe<ResolversTypes['MatchPayload']>, ParentType, ContextType, RequireFields<MutationDropDiscArgs, 'column' | 'matchId'>>;
  findMatch?: Resolver<Maybe<ResolversTypes['MatchmakingStatus']>, ParentType, ContextType, RequireFields<MutationFindMatchArgs, 'game'>>;
  guess?: Resolver<Maybe<ResolversTypes['GuessPayload']>, ParentType, ContextType, RequireFields<MutationGuessArgs, 'number' | 'sessionId'>>;
  hint?: Resolver<Maybe<ResolversTypes['HintPayload']>, ParentType, ContextType, RequireFields<MutationHintArgs, 'kind' | 'sessionId'>>;
  joinGameRoom?: Resolver<Maybe<ResolversTypes['MatchPayload']>, ParentType, ContextType, RequireFields<MutationJoinGameRoomArgs, 'code'>>;
  resign?: Resolver<Maybe<ResolversTypes['MatchPayload']>, ParentType, ContextType, RequireFields<MutationResignArgs, 'matchId'>>;
  startGuessingGame?: Resolver<Maybe<ResolversTypes['GuessingSessionPayload']>, ParentType, ContextType, RequireFields<MutationStartGuessingGameArgs, 'difficulty'>>;
}>;

export type PageInfoResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  guessingRules?: Resolver<Maybe<ResolversTypes['GuessingRules']>, ParentType, ContextType>;
  guessingSession?: Resolver<Maybe<ResolversTypes['GuessingSession']>, ParentType, ContextType, RequireFields<QueryGuessingSessionArgs, 'id'>>;
  leaderboard?: Resolver<Maybe<ResolversTypes['Leaderboard']>, ParentType, ContextType, RequireFields<QueryLeaderboardArgs, 'first' | 'game' | 'period'>>;
  match?: Resolver<Maybe<ResolversTypes['Match']>, ParentType, ContextType, RequireFields<QueryMatchArgs, 'id'>>;
  matchmakingStatus?: Resolver<Maybe<ResolversTypes['MatchmakingStatus']>, ParentType, ContextType, RequireFields<QueryMatchmakingStatusArgs, 'game'>>;
  myBestScores?: Resolver<Maybe<Array<ResolversTypes['BestScore']>>, ParentType, ContextType>;
  myGuessingSessions?: Resolver<Maybe<ResolversTypes['GuessingSessionConnection']>, ParentType, ContextType, RequireFields<QueryMyGuessingSessionsArgs, 'first'>>;
  myMatches?: Resolver<Maybe<ResolversTypes['MatchConnection']>, ParentType, ContextType, RequireFields<QueryMyMatchesArgs, 'first'>>;
  myRank?: Resolver<Maybe<ResolversTypes['LeaderboardEntry']>, ParentType, ContextType, RequireFields<QueryMyRankArgs, 'game' | 'period'>>;
}>;

export type SubscriptionResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  gameUpdated?: SubscriptionResolver<Maybe<ResolversTypes['Match']>, "gameUpdated", ParentType, ContextType, RequireFields<SubscriptionGameUpdatedArgs, 'matchId'>>;
  matchFound?: SubscriptionResolver<Maybe<ResolversTypes['Match']>, "matchFound", ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = GamesContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = GamesContext> = ResolversObject<{
  BestScore?: BestScoreResolvers<ContextType>;
  Cell?: CellResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Guess?: GuessResolvers<ContextType>;
  GuessPayload?: GuessPayloadResolvers<ContextType>;
  GuessingLevel?: GuessingLevelResolvers<ContextType>;
  GuessingRules?: GuessingRulesResolvers<ContextType>;
  GuessingSession?: GuessingSessionResolvers<ContextType>;
  GuessingSessionConnection?: GuessingSessionConnectionResolvers<ContextType>;
  GuessingSessionEdge?: GuessingSessionEdgeResolvers<ContextType>;
  GuessingSessionPayload?: GuessingSessionPayloadResolvers<ContextType>;
  Hint?: HintResolvers<ContextType>;
  HintPayload?: HintPayloadResolvers<ContextType>;
  Leaderboard?: LeaderboardResolvers<ContextType>;
  LeaderboardEntry?: LeaderboardEntryResolvers<ContextType>;
  Match?: MatchResolvers<ContextType>;
  MatchConnection?: MatchConnectionResolvers<ContextType>;
  MatchEdge?: MatchEdgeResolvers<ContextType>;
  MatchPayload?: MatchPayloadResolvers<ContextType>;
  MatchPlayer?: MatchPlayerResolvers<ContextType>;
  MatchmakingStatus?: MatchmakingStatusResolvers<ContextType>;
  Move?: MoveResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
}>;

