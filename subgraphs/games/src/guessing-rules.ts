/**
 * The rules of the number guessing game (catalogue #4) with nothing else in them: the games subgraph
 * plays by them (guessing.ts keeps the state in its database) and so does the `number-guess` CLI when it
 * plays offline. No GraphQL, no database: types only from the entities.
 */
import type { GuessingDifficulty, GuessingStatus, HintKind, HintRecord } from './entities';

export const SECRET_MIN = 1;
export const SECRET_MAX = 100;

/** Chances per difficulty (catalogue #4: Easy 10, Medium 5, Hard 3). */
export const CHANCES: Record<GuessingDifficulty, number> = { EASY: 10, MEDIUM: 5, HARD: 3 };

export type GuessOutcome = 'TOO_LOW' | 'TOO_HIGH' | 'CORRECT';

/** How `number` compares with `secret`. */
export function compareGuess(number: number, secret: number): GuessOutcome {
  return number < secret ? 'TOO_LOW' : number > secret ? 'TOO_HIGH' : 'CORRECT';
}

/** What the rules read of a game in progress. */
export interface GameState {
  secret: number;
  guesses: number[];
  hints: HintRecord[];
  maxChances: number;
  chancesUsed: number;
  status: GuessingStatus;
}

/**
 * The range the secret must lie in given the guesses and RANGE hints so far. Used to make each range
 * hint narrower than what the player already knows.
 */
export function knownRange(session: Pick<GameState, 'secret' | 'guesses' | 'hints'>): { min: number; max: number } {
  let min = SECRET_MIN;
  let max = SECRET_MAX;
  for (const n of session.guesses) {
    const outcome = compareGuess(n, session.secret);
    if (outcome === 'TOO_LOW') min = Math.max(min, n + 1);
    else if (outcome === 'TOO_HIGH') max = Math.min(max, n - 1);
  }
  for (const hint of session.hints) {
    if (hint.kind === 'RANGE' && hint.min !== undefined && hint.max !== undefined) {
      min = Math.max(min, hint.min);
      max = Math.min(max, hint.max);
    }
  }
  return { min, max };
}

export const RULES_TEXT =
  `I'm thinking of a number between ${SECRET_MIN} and ${SECRET_MAX}. Pick a difficulty: Easy gives ${CHANCES.EASY} chances, ` +
  `Medium ${CHANCES.MEDIUM}, Hard ${CHANCES.HARD}. After each wrong guess you learn whether the number is greater or less. ` +
  'A hint (even/odd, or a narrower range) costs one chance. Your best score per difficulty is the win with the fewest ' +
  'chances used, then the fastest.';

/**
 * The next hint of `kind`, or why there is none: PARITY once per game; RANGE a window about half as
 * wide as what is known so far that holds the secret, placed by `pick(lo, hiExclusive)` (random) so
 * its bounds say nothing more than "it is in here". Costing a chance is the caller's business.
 */
export function nextHint(
  game: Pick<GameState, 'secret' | 'guesses' | 'hints'>,
  kind: HintKind,
  pick: (min: number, maxExclusive: number) => number,
): HintRecord | string {
  if (kind === 'PARITY') {
    if (game.hints.some((h) => h.kind === 'PARITY')) return 'You already know whether it is even or odd.';
    return { kind, text: `The number is ${game.secret % 2 === 0 ? 'even' : 'odd'}.` };
  }
  const { min, max } = knownRange(game);
  const width = max - min + 1;
  if (width <= 2) return `You already know it is between ${min} and ${max}.`;
  const size = Math.ceil(width / 2);
  const lowestStart = Math.max(min, game.secret - size + 1);
  const highestStart = Math.min(game.secret, max - size + 1);
  const start = pick(lowestStart, highestStart + 1);
  return { kind, text: `The number is between ${start} and ${start + size - 1}.`, min: start, max: start + size - 1 };
}

/** The answer to a guess in words, as the catalogue's CLI prints it. */
export function guessMessage(session: GameState, number: number, outcome: GuessOutcome): string {
  if (outcome === 'CORRECT') {
    const attempts = session.guesses.length;
    return `Congratulations! You guessed the correct number in ${attempts} attempt${attempts === 1 ? '' : 's'}.`;
  }
  const direction = outcome === 'TOO_LOW' ? `greater than ${number}` : `less than ${number}`;
  const left = session.maxChances - session.chancesUsed;
  if (session.status === 'LOST') return `Incorrect! The number is ${direction}. You are out of chances: the number was ${session.secret}.`;
  return `Incorrect! The number is ${direction}. ${left} chance${left === 1 ? '' : 's'} left.`;
}
