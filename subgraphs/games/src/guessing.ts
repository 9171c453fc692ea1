import { randomInt } from 'node:crypto';
import {
  conflictError,
  fieldError,
  forbidden,
  notFound,
  paginate,
  type Connection,
  type Em,
  type PageArgs,
  type UserError,
  type Viewer,
  requireViewer,
} from '../../../kit';
import type { GamesDeps } from './context';
import { CHANCES, SECRET_MAX, SECRET_MIN, compareGuess, guessMessage, nextHint, type GuessOutcome } from './guessing-rules';
import { GuessSession, type GuessingDifficulty, type GuessingStatus, type GuessSessionRow, type HintKind } from './entities';

export type SessionResult = { session: GuessSessionRow; errors: [] } | { session: null; errors: UserError[] };

export type GuessResult =
  | { outcome: GuessOutcome; message: string; session: GuessSessionRow; errors: [] }
  | { outcome: null; message: null; session: null; errors: UserError[] };

export type HintResult =
  { hint: { kind: HintKind; text: string }; session: GuessSessionRow; errors: [] } | { hint: null; session: null; errors: UserError[] };

export interface BestScore {
  difficulty: GuessingDifficulty;
  attempts: number;
  hintsUsed: number;
  chancesUsed: number;
  durationMs: number;
  achievedAt: Date;
  session: GuessSessionRow;
}

const STALE = 'Another guess or hint on this game was counted at the same moment; reload the game and try again.';

/** A change to a session, written only if nobody changed it since it was read. */
type SessionChange = Partial<Pick<GuessSessionRow, 'status' | 'chancesUsed' | 'guesses' | 'hints' | 'finishedAt' | 'durationMs'>>;

/**
 * The number guessing game (catalogue #4). The secret is drawn and kept here; a guess or hint is one
 * conditional `update … where id = ? and version = ?`, so of two concurrent requests on one game only
 * one is counted and the chances used never exceed the chances given.
 */
export class GuessingService {
  async start(deps: GamesDeps, difficulty: GuessingDifficulty): Promise<SessionResult> {
    const { em } = deps;
    const viewer = requireViewer(deps.viewer);
    const session = em.create(GuessSession, {
      playerId: viewer.userId,
      difficulty,
      status: 'PLAYING',
      secret: randomInt(SECRET_MIN, SECRET_MAX + 1),
      maxChances: CHANCES[difficulty],
      chancesUsed: 0,
      guesses: [],
      hints: [],
      version: 0,
      finishedAt: null,
      durationMs: null,
    });
    await em.flush();
    return { session, errors: [] };
  }

  /**
   * Reads a session for a change, bypassing the request's identity map so the conditional update is
   * checked against the row as it is now. NOT_FOUND when missing, FORBIDDEN when someone else's.
   */
  private async ownedForChange(em: Em, viewer: Viewer, id: string): Promise<GuessSessionRow> {
    const session = await em.findOne(GuessSession, { id }, { disableIdentityMap: true });
    if (!session) throw notFound('Guessing game', id);
    if (session.playerId !== viewer.userId) throw forbidden('Only the player of this game may play it.');
    return session;
  }

  /** Writes `change` if the session still has the version it was read with; returns the session after it, or null. */
  private async commit(em: Em, session: GuessSessionRow, change: SessionChange): Promise<GuessSessionRow | null> {
    const updatedAt = new Date();
    const affected = await em.nativeUpdate(
      GuessSession,
      { id: session.id, version: session.version, status: 'PLAYING' },
      { ...change, version: session.version + 1, updatedAt },
    );
    if (affected !== 1) return null;
    return Object.assign(session, change, { version: session.version + 1, updatedAt });
  }

  private finish(session: GuessSessionRow, status: GuessingStatus): SessionChange {
    if (status === 'PLAYING') return {};
    const finishedAt = new Date();
    return { status, finishedAt, durationMs: Math.max(0, finishedAt.getTime() - session.createdAt.getTime()) };
  }

  async guess(deps: GamesDeps, sessionId: string, number: number): Promise<GuessResult> {
    const { em } = deps;
    const viewer = requireViewer(deps.viewer);
    const session = await this.ownedForChange(em, viewer, sessionId);
    const refuse = (error: UserError): GuessResult => ({ outcome: null, message: null, session: null, errors: [error] });
    if (!Number.isInteger(number) || number < SECRET_MIN || number > SECRET_MAX) {
      return refuse(fieldError('number', `Guess a whole number from ${SECRET_MIN} to ${SECRET_MAX}.`));
    }
    if (session.status !== 'PLAYING') {
      return refuse(conflictError(null, `This game is over (${session.status}); start a new one to play again.`));
    }
    const outcome = compareGuess(number, session.secret);
    const chancesUsed = session.chancesUsed + 1;
    const status: GuessingStatus = outcome === 'CORRECT' ? 'WON' : chancesUsed >= session.maxChances ? 'LOST' : 'PLAYING';
    const saved = await this.commit(em, session, {
      chancesUsed,
      guesses: [...session.guesses, number],
      ...this.finish(session, status),
    });
    if (!saved) return refuse(conflictError(null, STALE));
    return { outcome, message: guessMessage(saved, number, outcome), session: saved, errors: [] };
  }

  async hint(deps: GamesDeps, sessionId: string, kind: HintKind): Promise<HintResult> {
    const { em } = deps;
    const viewer = requireViewer(deps.viewer);
    const session = await this.ownedForChange(em, viewer, sessionId);
    const refuse = (error: UserError): HintResult => ({ hint: null, session: null, errors: [error] });
    if (session.status !== 'PLAYING') return refuse(conflictError(null, `This game is over (${session.status}).`));
    // A hint that used the last chance would end the game without a guess; keep one for guessing.
    if (session.maxChances - session.chancesUsed < 2) {
      return refuse(conflictError(null, 'A hint costs a chance and you have only one left: make it a guess.'));
    }
    const hint = nextHint(session, kind, randomInt);
    if (typeof hint === 'string') return refuse(conflictError('kind', hint));
    const saved = await this.commit(em, session, { chancesUsed: session.chancesUsed + 1, hints: [...session.hints, hint] });
    if (!saved) return refuse(conflictError(null, STALE));
    return { hint: { kind: hint.kind, text: hint.text }, session: saved, errors: [] };
  }

  /** One of the viewer's sessions: null when missing, FORBIDDEN when someone else's. */
  visible(deps: GamesDeps, session: GuessSessionRow | null): GuessSessionRow | null {
    const viewer = requireViewer(deps.viewer);
    if (session && session.playerId !== viewer.userId) throw forbidden('Only the player of this game may see it.');
    return session;
  }

  list(deps: GamesDeps, args: PageArgs): Promise<Connection<GuessSessionRow>> {
    const { em } = deps;
    const viewer = requireViewer(deps.viewer);
    return paginate(em, GuessSession, { playerId: viewer.userId }, args, { createdAt: 'desc', id: 'desc' });
  }

  /**
   * The best won game per difficulty: fewest chances used, then fastest, then earliest. One statement:
   * a window function picks the first row of each difficulty.
   */
  async bestScores(deps: GamesDeps): Promise<BestScore[]> {
    const { em } = deps;
    const viewer = requireViewer(deps.viewer);
    const rows = await em.getConnection().execute<Record<string, unknown>[]>(
      `select * from (
         select s.*, row_number() over (
           partition by s.difficulty order by s.chances_used asc, s.duration_ms asc, s.finished_at asc, s.id asc
         ) as pick
         from guess_sessions s
         where s.player_id = ? and s.status = 'WON'
       ) best
       where best.pick = 1`,
      [viewer.userId],
    );
    const order: GuessingDifficulty[] = ['EASY', 'MEDIUM', 'HARD'];
    return rows
      .map(({ pick: _pick, ...columns }) => em.map(GuessSession, columns))
      .sort((a, b) => order.indexOf(a.difficulty) - order.indexOf(b.difficulty))
      .map((session) => ({
        difficulty: session.difficulty,
        attempts: session.guesses.length,
        hintsUsed: session.hints.length,
        chancesUsed: session.chancesUsed,
        durationMs: session.durationMs ?? 0,
        achievedAt: session.finishedAt ?? session.updatedAt,
        session,
      }));
  }
}

export { CHANCES, RULES_TEXT, SECRET_MAX, SECRET_MIN, compareGuess, guessMessage, knownRange, type GuessOutcome } from './guessing-rules';
