/**
 * The two ways number-guess plays: offline by the games subgraph's own rules (subgraphs/games/src/
 * guessing-rules.ts), or on the games subgraph through the SDK, where the secret stays on the server
 * and best scores are kept per user. Both say the same words.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  GuessDocument,
  GuessingRulesDocument,
  HintDocument,
  HubgraphClient,
  HubgraphError,
  HubgraphNetworkError,
  MyBestScoresDocument,
  StartGuessingGameDocument,
} from '../../sdk/index';
import { CHANCES, compareGuess, guessMessage, nextHint, SECRET_MAX, SECRET_MIN } from '../../subgraphs/games/src/guessing-rules';
import type { GuessingDifficulty, HintKind, HintRecord } from '../../subgraphs/games/src/entities';
import { CliError } from '../lib';

export type Difficulty = GuessingDifficulty;
export const DIFFICULTIES: Difficulty[] = ['EASY', 'MEDIUM', 'HARD'];
export { CHANCES, SECRET_MAX, SECRET_MIN };

export interface GuessAnswer {
  correct: boolean;
  message: string;
  over: boolean;
  chancesLeft: number;
  /** The game's length as the server measured it (remote games). */
  durationMs?: number;
}

export interface BestScore {
  difficulty: Difficulty;
  attempts: number;
  durationMs: number;
}

/** One game being played. */
export interface Game {
  guess(n: number): Promise<GuessAnswer>;
  /** A hint's words and the chances left, or a string saying why there is none. */
  hint(kind: HintKind): Promise<{ text: string; chancesLeft: number } | string>;
}

export interface Backend {
  readonly where: string;
  start(difficulty: Difficulty): Promise<Game>;
  /** Records a win; says whether it is the new best for its difficulty. */
  recordWin(score: BestScore): Promise<boolean>;
  bestScores(): Promise<BestScore[]>;
}

/** mulberry32: a small seeded generator, so a test (NUMBER_GUESS_SEED) knows the secret. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Plays on this machine; best scores in a small JSON file. */
export class LocalBackend implements Backend {
  readonly where = 'offline';

  constructor(
    private readonly random: () => number,
    private readonly scoresFile: string,
  ) {}

  private readonly pick = (min: number, maxExclusive: number) => min + Math.floor(this.random() * (maxExclusive - min));

  async start(difficulty: Difficulty): Promise<Game> {
    const state = {
      secret: this.pick(SECRET_MIN, SECRET_MAX + 1),
      guesses: [] as number[],
      hints: [] as HintRecord[],
      maxChances: CHANCES[difficulty],
      chancesUsed: 0,
      status: 'PLAYING' as 'PLAYING' | 'WON' | 'LOST',
    };
    const left = () => state.maxChances - state.chancesUsed;
    return {
      guess: async (n) => {
        const outcome = compareGuess(n, state.secret);
        state.guesses.push(n);
        state.chancesUsed++;
        if (outcome === 'CORRECT') state.status = 'WON';
        else if (left() === 0) state.status = 'LOST';
        return {
          correct: outcome === 'CORRECT',
          message: guessMessage(state, n, outcome),
          over: state.status !== 'PLAYING',
          chancesLeft: left(),
        };
      },
      hint: async (kind) => {
        if (left() < 2) return 'A hint costs a chance and you have only one left: make it a guess.';
        const hint = nextHint(state, kind, this.pick);
        if (typeof hint === 'string') return hint;
        state.hints.push(hint);
        state.chancesUsed++;
        return { text: hint.text, chancesLeft: left() };
      },
    };
  }

  async bestScores(): Promise<BestScore[]> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(this.scoresFile, 'utf8'));
    } catch {
      return []; // no file yet, or one this program did not write: start over
    }
    const list = (parsed as { best?: unknown }).best;
    if (!Array.isArray(list)) return [];
    return list.filter(
      (s): s is BestScore =>
        DIFFICULTIES.includes((s as BestScore).difficulty) &&
        Number.isInteger((s as BestScore).attempts) &&
        Number.isFinite((s as BestScore).durationMs),
    );
  }

  async recordWin(score: BestScore): Promise<boolean> {
    const best = await this.bestScores();
    const current = best.find((b) => b.difficulty === score.difficulty);
    const better =
      !current || score.attempts < current.attempts || (score.attempts === current.attempts && score.durationMs < current.durationMs);
    if (!better) return false;
    const next = [...best.filter((b) => b.difficulty !== score.difficulty), score];
    mkdirSync(dirname(this.scoresFile), { recursive: true });
    const temporary = `${this.scoresFile}.${process.pid}.tmp`;
    writeFileSync(temporary, `${JSON.stringify({ best: next }, null, 2)}\n`);
    renameSync(temporary, this.scoresFile);
    return true;
  }
}

/** Plays on the games subgraph: the secret stays on the server, best scores are the server's. */
export class RemoteBackend implements Backend {
  readonly where: string;

  private constructor(
    private readonly client: HubgraphClient,
    url: string,
  ) {
    this.where = `on ${url}`;
  }

  /** A backend on the supergraph at `url`, or null when it cannot be reached (then the game is played offline). */
  static async connect(url: string, token: string): Promise<RemoteBackend | null> {
    const client = new HubgraphClient({ url, token, timeoutMs: 5_000, retry: { retries: 0 } });
    try {
      const rules = await client.request(GuessingRulesDocument);
      if (!rules.guessingRules) return null; // the games subgraph is down: the router answered without it
    } catch (error) {
      if (error instanceof HubgraphNetworkError) return null;
      throw new CliError(`the supergraph at ${url} refused the game: ${(error as Error).message}`, { code: 'REMOTE_REFUSED' });
    }
    return new RemoteBackend(client, url);
  }

  private async call<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof HubgraphNetworkError) throw new CliError('lost the connection to the supergraph', { code: 'UNREACHABLE' });
      if (error instanceof HubgraphError && error.code === 'UNAUTHENTICATED') {
        throw new CliError('the supergraph refused HUBGRAPH_TOKEN (expired or invalid)', { code: 'UNAUTHENTICATED' });
      }
      throw error;
    }
  }

  async start(difficulty: Difficulty): Promise<Game> {
    const started = await this.call(() => this.client.request(StartGuessingGameDocument, { difficulty }));
    const id = started.startGuessingGame?.session?.id;
    if (!id)
      throw new CliError(started.startGuessingGame?.errors[0]?.message ?? 'the server did not start a game', { code: 'REMOTE_REFUSED' });
    return {
      guess: async (n) => {
        const answer = (await this.call(() => this.client.request(GuessDocument, { sessionId: id, number: n }))).guess;
        const session = answer?.session;
        if (!answer?.outcome || !answer.message || !session) throw new CliError(answer?.errors[0]?.message ?? 'the guess was not counted');
        return {
          correct: answer.outcome === 'CORRECT',
          message: answer.message,
          over: session.status !== 'PLAYING',
          chancesLeft: session.chancesLeft,
          durationMs: session.durationMs,
        };
      },
      hint: async (kind) => {
        const answer = (await this.call(() => this.client.request(HintDocument, { sessionId: id, kind }))).hint;
        if (!answer?.hint || !answer.session) return answer?.errors[0]?.message ?? 'No hint this time.';
        return { text: answer.hint.text, chancesLeft: answer.session.chancesLeft };
      },
    };
  }

  async bestScores(): Promise<BestScore[]> {
    const data = await this.call(() => this.client.request(MyBestScoresDocument));
    return (data.myBestScores ?? []).map((s) => ({ difficulty: s.difficulty, attempts: s.attempts, durationMs: s.durationMs }));
  }

  /** The server records every game; a win is the new best when it is what the server now lists. */
  async recordWin(score: BestScore): Promise<boolean> {
    const best = (await this.bestScores()).find((b) => b.difficulty === score.difficulty);
    return best !== undefined && best.attempts === score.attempts && best.durationMs === score.durationMs;
  }
}
