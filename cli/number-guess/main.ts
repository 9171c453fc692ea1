/**
 * `number-guess`: the roadmap.sh Number Guessing Game (catalogue #4) in a terminal. It plays on the
 * games subgraph when HUBGRAPH_URL and HUBGRAPH_TOKEN are set and the supergraph answers, offline
 * otherwise, by the same rules. See cli/number-guess/README.md.
 */
import { homedir } from 'node:os';
import { join } from 'node:path';
import { CliError, createPrompt, runMain, type Context, type ProgramSpec } from '../lib';
import {
  CHANCES,
  DIFFICULTIES,
  LocalBackend,
  RemoteBackend,
  SECRET_MAX,
  SECRET_MIN,
  seededRandom,
  type Backend,
  type BestScore,
  type Difficulty,
} from './game';

export const PROGRAM: ProgramSpec = {
  name: 'number-guess',
  summary: `Guess the number between ${SECRET_MIN} and ${SECRET_MAX} the computer is thinking of.`,
  json: true,
  options: {
    difficulty: { type: 'string', valueName: '<level>', description: 'skip the menu', choices: ['easy', 'medium', 'hard'] },
    offline: { type: 'boolean', description: 'play on this machine even when HUBGRAPH_URL is set' },
    scores: { type: 'boolean', description: 'show your best scores and exit' },
  },
};

const LABEL: Record<Difficulty, string> = { EASY: 'Easy', MEDIUM: 'Medium', HARD: 'Hard' };
/** The answers ended by Ctrl-C: exit 130, as a shell reports an interrupted program. */
const INTERRUPTED = 130;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

async function chooseBackend(ctx: Context): Promise<Backend> {
  const env = ctx.io.env;
  const seed = env.NUMBER_GUESS_SEED ? Number(env.NUMBER_GUESS_SEED) : undefined;
  const local = () =>
    new LocalBackend(
      seed !== undefined && Number.isFinite(seed) ? seededRandom(seed) : Math.random,
      env.NUMBER_GUESS_SCORES_FILE || join(env.HOME || homedir(), '.hubgraph', 'number-guess.json'),
    );
  if (ctx.args.options.offline === true || !env.HUBGRAPH_URL) return local();
  if (!env.HUBGRAPH_TOKEN) {
    ctx.err('HUBGRAPH_TOKEN is not set: playing offline.');
    return local();
  }
  const remote = await RemoteBackend.connect(env.HUBGRAPH_URL, env.HUBGRAPH_TOKEN);
  if (!remote) ctx.err(`The supergraph at ${env.HUBGRAPH_URL} does not answer: playing offline.`);
  return remote ?? local();
}

function printScores(ctx: Context, scores: BestScore[]): void {
  if (ctx.json) {
    ctx.printJson(scores);
    return;
  }
  if (!scores.length) ctx.out('No wins yet.');
  for (const d of DIFFICULTIES) {
    const s = scores.find((b) => b.difficulty === d);
    if (s) ctx.out(`${LABEL[d].padEnd(6)} ${s.attempts} attempt${s.attempts === 1 ? '' : 's'} in ${seconds(s.durationMs)}`);
  }
}

export async function handle(ctx: Context): Promise<number> {
  const backend = await chooseBackend(ctx);
  if (ctx.args.options.scores === true) {
    printScores(ctx, await backend.bestScores());
    return 0;
  }
  if (ctx.json) throw new CliError('--json goes with --scores; the game itself is played in a terminal', { code: 'USAGE', exitCode: 2 });
  const prompt = createPrompt(ctx.io.stdin, ctx.io.stdout);
  const ended = () => (prompt.interrupted ? INTERRUPTED : 0);
  const given = typeof ctx.args.options.difficulty === 'string' ? (ctx.args.options.difficulty.toUpperCase() as Difficulty) : undefined;
  try {
    ctx.out('Welcome to the Number Guessing Game!');
    ctx.out(`I'm thinking of a number between ${SECRET_MIN} and ${SECRET_MAX}.`);
    ctx.out('After each wrong guess you learn whether the number is greater or less.');
    ctx.out('Type "hint" for a hint (it costs a chance), "quit" to stop.');
    if (backend.where !== 'offline') ctx.out(`Playing ${backend.where}.`);
    for (;;) {
      let difficulty = given;
      while (!difficulty) {
        ctx.out('');
        ctx.out('Please select the difficulty level:');
        DIFFICULTIES.forEach((d, i) => ctx.out(`${i + 1}. ${LABEL[d]} (${CHANCES[d]} chances)`));
        ctx.out('');
        const choice = await prompt.ask('Enter your choice: ');
        if (choice === undefined || choice === 'quit') return ended();
        difficulty = DIFFICULTIES[Number(choice) - 1] ?? DIFFICULTIES.find((d) => d === choice.toUpperCase());
        if (!difficulty) ctx.err('Choose 1, 2 or 3.');
      }
      ctx.out('');
      ctx.out(`Great! You have selected the ${LABEL[difficulty]} difficulty level.`);
      ctx.out(`You have ${CHANCES[difficulty]} chances to guess the correct number.`);
      ctx.out("Let's start the game!");
      const game = await backend.start(difficulty);
      const startedAt = Date.now();
      let attempts = 0;
      let hints = 0;
      for (;;) {
        ctx.out('');
        const line = await prompt.ask('Enter your guess: ');
        if (line === undefined || line === 'quit') return ended();
        if (line === 'hint') {
          const hint = await game.hint(hints === 0 ? 'PARITY' : 'RANGE');
          if (typeof hint === 'string') ctx.out(hint);
          else {
            hints++;
            ctx.out(`Hint: ${hint.text} (${hint.chancesLeft} chance${hint.chancesLeft === 1 ? '' : 's'} left)`);
          }
          continue;
        }
        if (!/^\d{1,3}$/.test(line) || Number(line) < SECRET_MIN || Number(line) > SECRET_MAX) {
          ctx.err(`Type a whole number from ${SECRET_MIN} to ${SECRET_MAX}, "hint" or "quit".`);
          continue;
        }
        attempts++;
        const answer = await game.guess(Number(line));
        if (!answer.correct) {
          ctx.out(answer.message);
          if (answer.over) break;
          continue;
        }
        const durationMs = answer.durationMs ?? Date.now() - startedAt;
        ctx.out(`${answer.message} It took you ${seconds(durationMs)}.`);
        const best = await backend.recordWin({ difficulty, attempts, durationMs });
        if (best) ctx.out(ctx.color.green(`New best score for ${LABEL[difficulty]}!`));
        break;
      }
      ctx.out('');
      const again = await prompt.ask('Play again? (y/n): ');
      if (again === undefined) return ended();
      if (!/^y(es)?$/i.test(again)) {
        ctx.out('Thanks for playing!');
        return 0;
      }
    }
  } finally {
    prompt.close();
  }
}

export function runCli(): void {
  runMain(PROGRAM, handle);
}

if (require.main === module) runCli();
