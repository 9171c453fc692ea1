import { randomInt } from 'node:crypto';
import { DeadlockException, LockWaitTimeoutException, UniqueConstraintViolationException } from '@mikro-orm/core';
import {
  conflictError,
  fieldError,
  forbidden,
  newId,
  notFound,
  paginate,
  recordEvent,
  type Connection,
  type Em,
  type PageArgs,
  type PubSub,
  type UserError,
  type Viewer,
  requireViewer,
  endAfter,
  listenThen,
  once,
} from '../../../kit';
import type { GamesDeps } from './context';
import type { FilterQuery } from '@mikro-orm/core';
import { COLUMNS, EMPTY_BOARD, drop, seatToMove, type Seat } from './connect-four';
import {
  Match,
  MatchmakingTicket,
  MatchResult,
  type GameKind,
  type MatchResultKind,
  type MatchRow,
  type MatchStatus,
  type MatchmakingTicketRow,
  type PlayerOutcome,
} from './entities';

/** What a client sees of a match, and what `gameUpdated` pushes: plain data that survives JSON (Redis). */
export interface MatchState {
  id: string;
  game: GameKind;
  status: MatchStatus;
  playerOneId: string;
  playerTwoId: string | null;
  cells: string;
  moves: number[];
  moveCount: number;
  result: MatchResultKind | null;
  winnerId: string | null;
  winningCells: number[] | null;
  roomCode: string | null;
  createdAt: Date | string;
  updatedAt: Date | string;
  finishedAt: Date | string | null;
}

/** A match row as client-facing state. */
export function toState(row: MatchRow): MatchState {
  return {
    id: row.id,
    game: row.game,
    status: row.status,
    playerOneId: row.playerOneId,
    playerTwoId: row.playerTwoId ?? null,
    cells: row.cells,
    moves: row.moves,
    moveCount: row.moveCount,
    result: row.result ?? null,
    winnerId: row.winnerId ?? null,
    winningCells: row.winningCells ?? null,
    roomCode: row.roomCode ?? null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    finishedAt: row.finishedAt ?? null,
  };
}

export const matchTopic = (matchId: string) => `games:match:${matchId}`;
export const matchFoundTopic = (userId: string) => `games:match-found:${userId}`;

/** Finished and cancelled matches never change again. */
export const isTerminal = (status: MatchStatus): boolean => status === 'FINISHED' || status === 'CANCELLED';

/** The seat `userId` holds in a match, or null for a spectator. */
export function seatOf(match: { playerOneId: string; playerTwoId?: string | null }, userId: string | undefined): Seat | null {
  if (!userId) return null;
  if (match.playerOneId === userId) return 1;
  if (match.playerTwoId === userId) return 2;
  return null;
}

/** Points per player outcome (win 3, draw 1, loss 0). */
export const POINTS: Record<PlayerOutcome, number> = { WIN: 3, DRAW: 1, LOSS: 0 };

export type MatchOutcome = { match: MatchState; errors: [] } | { match: null; errors: UserError[] };

export type MatchmakingState = 'IDLE' | 'WAITING' | 'MATCHED';

export interface MatchmakingView {
  game: GameKind;
  state: MatchmakingState;
  queuedAt: Date | null;
  match: MatchState | null;
  playersWaiting: number;
}

/** A waiting ticket not refreshed (by calling findMatch again) for this long is not paired: its player left. */
export const TICKET_TTL_MS = 10 * 60_000;
const ROOM_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const ROOM_CODE = /^[A-HJ-NP-Z2-9]{6}$/;
const PAIRING_ATTEMPTS = 5;

class LostRace extends Error {}

const refuse = (error: UserError): MatchOutcome => ({ match: null, errors: [error] });

/**
 * Multiplayer Connect Four (catalogue #32). The database is the only state: every move is validated
 * here and written with `update … where moveCount = <the count it was validated against>`, so of two
 * concurrent moves exactly one lands and any replica can serve any player. Changes are published on
 * the match's topic after commit.
 */
export class MatchService {
  /** Reads a match for a change, bypassing the identity map so conditions are checked against the row as it is. */
  private async forChange(em: Em, viewer: Viewer, matchId: string): Promise<{ match: MatchRow; seat: Seat }> {
    const match = await em.findOne(Match, { id: matchId }, { disableIdentityMap: true });
    if (!match) throw notFound('Match', matchId);
    const seat = seatOf(match, viewer.userId);
    if (!seat) throw forbidden('Only the players of this match may change it.');
    return { match, seat };
  }

  private async publish(pubsub: PubSub, state: MatchState, alsoTo: string[] = []): Promise<void> {
    await pubsub.publish(matchTopic(state.id), state);
    for (const userId of alsoTo) await pubsub.publish(matchFoundTopic(userId), state);
  }

  /**
   * Writes the results of a finished match in the caller's transaction: one leaderboard row per player
   * and the `games.match.finished` domain event (for notifications).
   */
  private recordFinish(em: Em, state: MatchState): void {
    const players = [state.playerOneId, state.playerTwoId].filter((id): id is string => id !== null);
    const finishedAt = state.finishedAt instanceof Date ? state.finishedAt : new Date(state.finishedAt ?? Date.now());
    for (const userId of players) {
      const outcome: PlayerOutcome = state.result === 'DRAW' ? 'DRAW' : state.winnerId === userId ? 'WIN' : 'LOSS';
      em.create(MatchResult, { matchId: state.id, userId, game: state.game, outcome, points: POINTS[outcome], finishedAt });
    }
    recordEvent(em, 'games.match.finished', {
      matchId: state.id,
      game: state.game,
      result: state.result,
      winnerId: state.winnerId,
      recipientIds: players,
    });
  }

  async dropDisc(deps: GamesDeps, matchId: string, column: number): Promise<MatchOutcome> {
    const { em, pubsub } = deps;
    const viewer = requireViewer(deps.viewer);
    const { match, seat } = await this.forChange(em, viewer, matchId);
    if (match.status === 'WAITING') return refuse(conflictError(null, 'The match has not started: nobody has joined the room yet.'));
    if (match.status !== 'ACTIVE') return refuse(conflictError(null, 'The match is over.'));
    if (seatToMove(match.moveCount) !== seat) return refuse(conflictError(null, 'It is not your turn.'));
    const dropped = drop(match.cells, column, seat);
    if (!dropped.ok) {
      return refuse(
        dropped.reason === 'column-full'
          ? fieldError('column', `Column ${column} is full; choose another.`)
          : fieldError('column', `Choose a column from 0 to ${COLUMNS - 1}.`),
      );
    }
    const now = new Date();
    const won = dropped.winningCells !== null;
    const change: Partial<MatchState> = {
      cells: dropped.cells,
      moves: [...match.moves, column],
      moveCount: match.moveCount + 1,
      updatedAt: now,
      ...(won || dropped.full
        ? {
            status: 'FINISHED' as const,
            result: won ? ('WIN' as const) : ('DRAW' as const),
            winnerId: won ? viewer.userId : null,
            winningCells: dropped.winningCells,
            finishedAt: now,
          }
        : {}),
    };
    const state: MatchState = { ...toState(match), ...change };
    const landed = await em.transactional(async (tx) => {
      const affected = await tx.nativeUpdate(
        Match,
        { id: match.id, status: 'ACTIVE', moveCount: match.moveCount },
        change as Partial<MatchRow>,
      );
      if (affected !== 1) return false;
      if (state.status === 'FINISHED') this.recordFinish(tx, state);
      return true;
    });
    if (!landed) return refuse(conflictError(null, 'Another move was made first; read the match again.'));
    await this.publish(pubsub, state);
    return { match: state, errors: [] };
  }

  async resign(deps: GamesDeps, matchId: string): Promise<MatchOutcome> {
    const { em, pubsub } = deps;
    const viewer = requireViewer(deps.viewer);
    for (let attempt = 0; attempt < PAIRING_ATTEMPTS; attempt++) {
      const { match, seat } = await this.forChange(em, viewer, matchId);
      const now = new Date();
      if (match.status === 'WAITING') {
        const change = { status: 'CANCELLED' as const, finishedAt: now, updatedAt: now };
        const affected = await em.nativeUpdate(Match, { id: match.id, status: 'WAITING' }, change);
        if (affected !== 1) continue; // someone joined meanwhile: resign the match instead
        const state = { ...toState(match), ...change };
        await this.publish(pubsub, state);
        return { match: state, errors: [] };
      }
      if (match.status !== 'ACTIVE') return refuse(conflictError(null, 'The match is over.'));
      const change = {
        status: 'FINISHED' as const,
        result: 'RESIGNATION' as const,
        winnerId: (seat === 1 ? match.playerTwoId : match.playerOneId) ?? null,
        finishedAt: now,
        updatedAt: now,
      };
      const state: MatchState = { ...toState(match), ...change };
      const done = await em.transactional(async (tx) => {
        // Conditional on the move count too, so the state pushed is exactly the one stored.
        const affected = await tx.nativeUpdate(Match, { id: match.id, status: 'ACTIVE', moveCount: match.moveCount }, change);
        if (affected !== 1) return false;
        this.recordFinish(tx, state);
        return true;
      });
      if (!done) continue; // a move landed first: read again and resign that state
      await this.publish(pubsub, state);
      return { match: state, errors: [] };
    }
    return refuse(conflictError(null, 'The match kept changing; try again.'));
  }

  async createRoom(deps: GamesDeps, game: GameKind): Promise<MatchOutcome> {
    const { em } = deps;
    const viewer = requireViewer(deps.viewer);
    for (let attempt = 0; ; attempt++) {
      const roomCode = Array.from({ length: 6 }, () => ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)]).join('');
      const fork = em.fork();
      const match = fork.create(Match, {
        game,
        status: 'WAITING',
        playerOneId: viewer.userId,
        playerTwoId: null,
        cells: EMPTY_BOARD,
        moves: [],
        moveCount: 0,
        result: null,
        winnerId: null,
        winningCells: null,
        roomCode,
        finishedAt: null,
      });
      try {
        await fork.flush();
        return { match: toState(match), errors: [] };
      } catch (error) {
        // A code already taken (one in a billion): draw another.
        if (!(error instanceof UniqueConstraintViolationException) || attempt >= 4) throw error;
      }
    }
  }

  async joinRoom(deps: GamesDeps, rawCode: string): Promise<MatchOutcome> {
    const { em, pubsub } = deps;
    const viewer = requireViewer(deps.viewer);
    const code = rawCode.trim().toUpperCase();
    if (!ROOM_CODE.test(code)) return refuse(fieldError('code', 'A room code is 6 letters and digits, e.g. K7QX2M.'));
    const match = await em.findOne(Match, { roomCode: code }, { disableIdentityMap: true });
    if (!match) return refuse({ field: 'code', message: `No room has the code ${code}.`, code: 'NOT_FOUND' });
    if (match.playerOneId === viewer.userId) return refuse(conflictError('code', 'This is your own room; share the code with a friend.'));
    if (match.status !== 'WAITING') return refuse(conflictError('code', 'This room is full or closed.'));
    const now = new Date();
    const change = { playerTwoId: viewer.userId, status: 'ACTIVE' as const, updatedAt: now };
    const affected = await em.nativeUpdate(Match, { id: match.id, status: 'WAITING', playerTwoId: null }, change);
    if (affected !== 1) return refuse(conflictError('code', 'Someone else took the seat first, or the room closed.'));
    const state: MatchState = { ...toState(match), ...change };
    await this.publish(pubsub, state, [match.playerOneId]);
    return { match: state, errors: [] };
  }

  /** Puts the user's ticket in the queue (keeping its place when already waiting) and returns it. */
  private async enqueue(em: Em, userId: string, game: GameKind): Promise<MatchmakingTicketRow> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const now = new Date();
      const ticket = await em.findOne(MatchmakingTicket, { userId, game }, { disableIdentityMap: true });
      if (!ticket) {
        const fork = em.fork();
        const created = fork.create(MatchmakingTicket, { userId, game, status: 'WAITING', queuedAt: now, matchId: null });
        try {
          await fork.flush();
          return created;
        } catch (error) {
          if (error instanceof UniqueConstraintViolationException) continue; // a parallel call of the same user
          throw error;
        }
      }
      // Waiting already: keep the place in the queue, but mark the ticket as still wanted.
      const change =
        ticket.status === 'WAITING' ? { updatedAt: now } : { status: 'WAITING' as const, queuedAt: now, matchId: null, updatedAt: now };
      const affected = await em.nativeUpdate(MatchmakingTicket, { id: ticket.id, status: ticket.status }, change);
      if (affected === 1) return Object.assign(ticket, change);
    }
    throw new Error('could not queue the matchmaking ticket');
  }

  /**
   * Claims both tickets and creates the match in one transaction. Both tickets must still be WAITING:
   * when two players pick each other (or the same opponent) at once, one transaction updates two
   * rows and commits, the others update fewer, roll back and report the lost race with null.
   */
  private async pair(em: Em, mine: MatchmakingTicketRow, theirs: MatchmakingTicketRow): Promise<MatchState | null> {
    // The player who has waited longer gets seat 1 and the first move.
    const [first, second] = theirs.queuedAt.getTime() <= mine.queuedAt.getTime() ? [theirs, mine] : [mine, theirs];
    try {
      return await em.fork().transactional(async (tx) => {
        const matchId = newId();
        const now = new Date();
        const claimed = await tx.nativeUpdate(
          MatchmakingTicket,
          { id: { $in: [mine.id, theirs.id] }, status: 'WAITING' },
          { status: 'MATCHED', matchId, updatedAt: now },
        );
        if (claimed !== 2) throw new LostRace();
        const match = tx.create(Match, {
          id: matchId,
          game: mine.game,
          status: 'ACTIVE',
          playerOneId: first.userId,
          playerTwoId: second.userId,
          cells: EMPTY_BOARD,
          moves: [],
          moveCount: 0,
          result: null,
          winnerId: null,
          winningCells: null,
          roomCode: null,
          finishedAt: null,
        });
        await tx.flush();
        return toState(match);
      });
    } catch (error) {
      if (error instanceof LostRace || error instanceof DeadlockException || error instanceof LockWaitTimeoutException) return null;
      throw error;
    }
  }

  /**
   * Matchmaking: queue the viewer, then pair them with the longest-waiting other player if there is
   * one. Losing a race for an opponent means looking again; being picked by someone else in the
   * meantime means being MATCHED.
   */
  async findMatch(deps: GamesDeps, game: GameKind): Promise<MatchmakingView> {
    const { em, pubsub } = deps;
    const viewer = requireViewer(deps.viewer);
    const mine = await this.enqueue(em, viewer.userId, game);
    for (let attempt = 0; attempt < PAIRING_ATTEMPTS; attempt++) {
      const opponent = await em.findOne(
        MatchmakingTicket,
        { game, status: 'WAITING', userId: { $ne: viewer.userId }, updatedAt: { $gte: new Date(Date.now() - TICKET_TTL_MS) } },
        { orderBy: { queuedAt: 'asc', id: 'asc' }, disableIdentityMap: true },
      );
      if (!opponent) break;
      const match = await this.pair(em, mine, opponent);
      if (match) {
        await this.publish(pubsub, match, [match.playerOneId, match.playerTwoId!]);
        return { game, state: 'MATCHED', queuedAt: mine.queuedAt, match, playersWaiting: await this.waiting(em, game) };
      }
      const current = await em.findOne(MatchmakingTicket, { id: mine.id }, { disableIdentityMap: true });
      if (current?.status !== 'WAITING') return this.view(em, current, game);
    }
    return this.status(deps, game);
  }

  async cancelMatchmaking(deps: GamesDeps, game: GameKind): Promise<MatchmakingView> {
    const { em } = deps;
    const viewer = requireViewer(deps.viewer);
    await em.nativeUpdate(
      MatchmakingTicket,
      { userId: viewer.userId, game, status: 'WAITING' },
      { status: 'CANCELLED', updatedAt: new Date() },
    );
    return this.status(deps, game);
  }

  async status(deps: GamesDeps, game: GameKind): Promise<MatchmakingView> {
    const { em } = deps;
    const viewer = requireViewer(deps.viewer);
    const ticket = await em.findOne(MatchmakingTicket, { userId: viewer.userId, game }, { disableIdentityMap: true });
    return this.view(em, ticket, game);
  }

  private waiting(em: Em, game: GameKind): Promise<number> {
    return em.count(MatchmakingTicket, { game, status: 'WAITING', updatedAt: { $gte: new Date(Date.now() - TICKET_TTL_MS) } });
  }

  private async view(em: Em, ticket: MatchmakingTicketRow | null, game: GameKind): Promise<MatchmakingView> {
    const playersWaiting = await this.waiting(em, game);
    if (!ticket || ticket.status === 'CANCELLED') return { game, state: 'IDLE', queuedAt: null, match: null, playersWaiting };
    if (ticket.status === 'WAITING') return { game, state: 'WAITING', queuedAt: ticket.queuedAt, match: null, playersWaiting };
    const match = ticket.matchId ? await em.findOne(Match, { id: ticket.matchId }, { disableIdentityMap: true }) : null;
    return { game, state: 'MATCHED', queuedAt: ticket.queuedAt, match: match ? toState(match) : null, playersWaiting };
  }

  /**
   * `gameUpdated`: listens first, then reads the match, so no change between the two is missed. A match
   * already over yields its final state and ends; otherwise the stream ends after the final state.
   */
  async watch(deps: GamesDeps, matchId: string): Promise<AsyncIterableIterator<MatchState>> {
    requireViewer(deps.viewer);
    const source = deps.pubsub.subscribe<MatchState>(matchTopic(matchId));
    const match = await listenThen(source, async () => {
      const found = await deps.loaders.matchById.load(matchId);
      if (!found) throw notFound('Match', matchId);
      return found;
    });
    if (isTerminal(match.status)) {
      await source.return?.();
      return once(toState(match));
    }
    return endAfter(source, (state) => isTerminal(state.status));
  }

  /** `matchFound`: the viewer's own matchmaking announcements. */
  watchMatchFound(deps: GamesDeps): AsyncIterableIterator<MatchState> {
    return deps.pubsub.subscribe<MatchState>(matchFoundTopic(requireViewer(deps.viewer).userId));
  }

  /** One page of the user's matches, newest first. */
  async list(deps: GamesDeps, args: PageArgs & { status?: MatchStatus | null }): Promise<Connection<MatchState>> {
    const { em } = deps;
    const viewer = requireViewer(deps.viewer);
    const where: FilterQuery<MatchRow> = { $or: [{ playerOneId: viewer.userId }, { playerTwoId: viewer.userId }] };
    if (args.status) where.status = args.status;
    const page = await paginate(em, Match, where, args, { createdAt: 'desc', id: 'desc' });
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: toState(edge.node) })) };
  }
}
