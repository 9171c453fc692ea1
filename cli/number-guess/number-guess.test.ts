import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signUpUser } from '../../test/helpers/graphql';
import { freePort } from '../../test/helpers/processes';
import { spawnInPty, type PtySession } from '../../test/helpers/pty';
import { runCli } from '../../test/helpers/run-cli';
import { startTestStack, type TestStack } from '../../test/helpers/stack';
import { seededRandom } from './game';

const CLI = 'cli/number-guess/main.ts';
const SEED = 42;
/** The first secret of a seeded offline game (the first number the generator draws). */
const SECRET = 1 + Math.floor(seededRandom(SEED)() * 100);

/** Types `line` and waits for what follows it. */
async function answer(session: PtySession, line: string, expected: string | RegExp): Promise<void> {
  const from = session.text().length;
  session.write(`${line}\r`);
  await session.waitFor(expected, { from });
}

describe('number-guess, offline', () => {
  let dir: string;
  let scores: string;
  const env = () => ({ NUMBER_GUESS_SEED: String(SEED), NUMBER_GUESS_SCORES_FILE: scores, NO_COLOR: '1' });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'number-guess-'));
    scores = join(dir, 'scores.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('plays the spec: welcome, difficulty menu, less/greater, a hint, the win with attempts and time, play again', async () => {
    const session = spawnInPty(CLI, [], { env: env() });
    await session.waitFor('Welcome to the Number Guessing Game!');
    await session.waitFor("I'm thinking of a number between 1 and 100.");
    await session.waitFor(/1\. Easy \(10 chances\)\r?\n2\. Medium \(5 chances\)\r?\n3\. Hard \(3 chances\)/);
    await answer(session, '2', /Great! You have selected the Medium difficulty level\.[\s\S]*Let's start the game!/);
    const low = SECRET > 1 ? 1 : 2;
    await answer(session, String(low), `Incorrect! The number is greater than ${low}. 4 chances left.`);
    await answer(session, '100', SECRET === 100 ? 'Congratulations' : 'Incorrect! The number is less than 100. 3 chances left.');
    await answer(session, 'hint', /Hint: The number is (even|odd)\. \(2 chances left\)/);
    await answer(session, String(SECRET), /Congratulations! You guessed the correct number in 3 attempts\. It took you \d+\.\d s\./);
    await session.waitFor('New best score for Medium!');
    await answer(session, 'y', 'Please select the difficulty level:');
    session.write('\u0003'); // Ctrl-C
    expect(await session.exited).toBe(130);
    const saved = JSON.parse(readFileSync(scores, 'utf8')) as { best: { difficulty: string; attempts: number }[] };
    expect(saved.best).toEqual([{ difficulty: 'MEDIUM', attempts: 3, durationMs: expect.any(Number) }]);
  }, 60_000);

  it('loses after the last chance and tells the number; a worse win is not a best score', async () => {
    const wrong = [1, 2, 3, 4, 5, 6].filter((n) => n !== SECRET);
    const lost = await runCli(CLI, ['--difficulty', 'hard'], { env: env(), stdin: `${wrong.slice(0, 3).join('\n')}\nn\n` });
    expect(lost.code).toBe(0);
    expect(lost.stdout).toContain(`You are out of chances: the number was ${SECRET}.`);
    expect(lost.stdout).toContain('Thanks for playing!');
    // A first win in 2 attempts, then one in 3: only the first is the best.
    const won = await runCli(CLI, ['--difficulty', 'easy'], { env: env(), stdin: `${wrong[0]}\n${SECRET}\nn\n` });
    expect(won.stdout).toContain('New best score for Easy!');
    const worse = await runCli(CLI, ['--difficulty', 'easy'], { env: env(), stdin: `${wrong[0]}\n${wrong[1]}\n${SECRET}\nn\n` });
    expect(worse.stdout).toContain('in 3 attempts');
    expect(worse.stdout).not.toContain('New best score');
    const listed = await runCli(CLI, ['--scores', '--json'], { env: env() });
    expect(JSON.parse(listed.stdout)).toEqual([{ difficulty: 'EASY', attempts: 2, durationMs: expect.any(Number) }]);
  }, 60_000);

  it('answers a bad guess with a reminder, not a lost chance; usage mistakes exit 2', async () => {
    const played = await runCli(CLI, ['--difficulty', 'hard'], { env: env(), stdin: `abc\n0\n101\n${SECRET}\nn\n` });
    expect(played.stderr.match(/Type a whole number from 1 to 100/g)).toHaveLength(3);
    expect(played.stdout).toContain('You guessed the correct number in 1 attempt.');
    expect((await runCli(CLI, ['--difficulty', 'impossible'], { env: env() })).code).toBe(2);
    expect((await runCli(CLI, ['--json'], { env: env() })).code).toBe(2);
  }, 60_000);
});

describe('number-guess on the games subgraph', () => {
  let stack: TestStack;
  let token: string;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'games'] });
    token = (await signUpUser(stack.url, 'guesser')).token;
  });

  it('plays a game the server keeps: a binary search wins on Easy, and the win is the server’s best score', async () => {
    const env = { HUBGRAPH_URL: stack.url, HUBGRAPH_TOKEN: token, NO_COLOR: '1' };
    const session = spawnInPty(CLI, ['--difficulty', 'easy'], { env });
    await session.waitFor(`Playing on ${stack.url}.`);
    await session.waitFor('Enter your guess: ');
    let [low, high] = [1, 100];
    for (let attempt = 1; attempt <= 7; attempt++) {
      const guess = Math.floor((low + high) / 2);
      const from = session.text().length;
      session.write(`${guess}\r`);
      const reply = await session.waitFor(/(greater than|less than) \d+\.|Congratulations!/, { from });
      if (reply.includes('Congratulations')) break;
      if (reply.includes('greater than')) low = guess + 1;
      else high = guess - 1;
    }
    await session.waitFor('New best score for Easy!');
    await answer(session, 'n', 'Thanks for playing!');
    expect(await session.exited).toBe(0);
    const scores = await runCli(CLI, ['--scores', '--json'], { env });
    expect(JSON.parse(scores.stdout)).toEqual([{ difficulty: 'EASY', attempts: expect.any(Number), durationMs: expect.any(Number) }]);
  }, 90_000);

  it('plays offline, saying why, when the supergraph does not answer or no token is set', async () => {
    const down = await runCli(CLI, ['--scores'], {
      env: {
        HUBGRAPH_URL: `http://127.0.0.1:${await freePort()}/graphql`,
        HUBGRAPH_TOKEN: token,
        NUMBER_GUESS_SCORES_FILE: '/nonexistent/x.json',
      },
    });
    expect(down.stderr).toMatch(/does not answer: playing offline\./);
    expect(down.stdout).toBe('No wins yet.\n');
    const noToken = await runCli(CLI, ['--scores'], { env: { HUBGRAPH_URL: stack.url, NUMBER_GUESS_SCORES_FILE: '/nonexistent/x.json' } });
    expect(noToken.stderr).toContain('HUBGRAPH_TOKEN is not set: playing offline.');
  }, 60_000);
});
