import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { GuessSession } from '../src/entities';
import { dataOf, gamesOf } from './helpers';

const SESSION_FIELDS = `id difficulty status maxChances chancesLeft attempts hintsUsed secret startedAt finishedAt durationMs
  player { id } guesses { number outcome } hints { kind text }`;
const START = `mutation($difficulty: GuessingDifficulty!) {
  startGuessingGame(difficulty: $difficulty) { session { ${SESSION_FIELDS} } errors { field message code } }
}`;
const GUESS = `mutation($id: ID!, $number: Int!) {
  guess(sessionId: $id, number: $number) { outcome message session { ${SESSION_FIELDS} } errors { field message code } }
}`;
const HINT = `mutation($id: ID!, $kind: HintKind) {
  hint(sessionId: $id, kind: $kind) { hint { kind text } session { ${SESSION_FIELDS} } errors { field message code } }
}`;
const SESSION = `query($id: ID!) { guessingSession(id: $id) { ${SESSION_FIELDS} } }`;
const BEST = `{ myBestScores { difficulty attempts hintsUsed chancesUsed durationMs achievedAt session { id status secret } } }`;

interface SessionData {
  id: string;
  difficulty: string;
  status: string;
  maxChances: number;
  chancesLeft: number;
  attempts: number;
  hintsUsed: number;
  secret: number | null;
  finishedAt: string | null;
  durationMs: number;
  guesses: { number: number; outcome: string }[];
  hints: { kind: string; text: string }[];
}

describe('games: number guessing through the router', () => {
  let stack: TestStack;
  let alice: TestUser;
  let bob: TestUser;

  /** A fresh ORM context on the games database: the only way tests see or set a secret. */
  const em = () => gamesOf(stack).orm.em.fork();
  const secretOf = async (id: string) => (await em().findOneOrFail(GuessSession, { id })).secret;
  const setSecret = async (id: string, secret: number) => {
    expect(await em().nativeUpdate(GuessSession, { id }, { secret })).toBe(1);
  };

  const start = async (user: TestUser, difficulty: string, secret?: number): Promise<SessionData> => {
    const session = dataOf(await gql(stack.url, START, { difficulty }, { token: user.token })).startGuessingGame.session as SessionData;
    if (secret !== undefined) await setSecret(session.id, secret);
    return session;
  };
  const guess = async (user: TestUser, id: string, number: number) =>
    dataOf(await gql(stack.url, GUESS, { id, number }, { token: user.token })).guess;
  const hint = async (user: TestUser, id: string, kind?: string) =>
    dataOf(await gql(stack.url, HINT, { id, kind }, { token: user.token })).hint;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'games'] });
    [alice, bob] = await Promise.all([signUpUser(stack.url, 'alice'), signUpUser(stack.url, 'bob')]);
  });

  it('publishes the rules: 1 to 100, Easy 10, Medium 5, Hard 3 chances', async () => {
    const rules = dataOf(await gql(stack.url, '{ guessingRules { min max levels { difficulty chances } text } }')).guessingRules;
    expect(rules).toMatchObject({
      min: 1,
      max: 100,
      levels: [
        { difficulty: 'EASY', chances: 10 },
        { difficulty: 'MEDIUM', chances: 5 },
        { difficulty: 'HARD', chances: 3 },
      ],
    });
    expect(rules.text).toMatch(/between 1 and 100/);
  });

  it.each([
    ['EASY', 10],
    ['MEDIUM', 5],
    ['HARD', 3],
  ])('starts a %s game with %i chances and a secret from 1 to 100 that the API never shows', async (difficulty, chances) => {
    const res = await gql(stack.url, START, { difficulty }, { token: alice.token });
    const { session, errors } = dataOf(res).startGuessingGame;
    expect(errors).toEqual([]);
    expect(session).toMatchObject({
      difficulty,
      status: 'PLAYING',
      maxChances: chances,
      chancesLeft: chances,
      attempts: 0,
      hintsUsed: 0,
      secret: null,
      finishedAt: null,
      player: { id: alice.id },
      guesses: [],
      hints: [],
    });
    const secret = await secretOf(session.id);
    expect(Number.isInteger(secret) && secret >= 1 && secret <= 100).toBe(true);
    const read = dataOf(await gql(stack.url, SESSION, { id: session.id }, { token: alice.token })).guessingSession;
    expect(read.secret).toBeNull();
    const listed = dataOf(
      await gql(stack.url, '{ myGuessingSessions(first: 50) { totalCount edges { node { id secret } } } }', {}, { token: alice.token }),
    ).myGuessingSessions;
    expect(listed.edges.find((e: { node: { id: string } }) => e.node.id === session.id).node.secret).toBeNull();
  });

  it('draws different secrets (not a constant)', async () => {
    const sessions = await Promise.all(Array.from({ length: 8 }, () => start(bob, 'EASY')));
    const secrets = await Promise.all(sessions.map((s) => secretOf(s.id)));
    expect(new Set(secrets).size).toBeGreaterThan(1);
  });

  it('answers greater / less / correct, counts attempts and reveals the secret once won', async () => {
    const session = await start(alice, 'EASY', 42);
    const high = await guess(alice, session.id, 50);
    expect(high).toMatchObject({
      outcome: 'TOO_HIGH',
      errors: [],
      session: { status: 'PLAYING', attempts: 1, chancesLeft: 9, secret: null },
    });
    expect(high.message).toMatch(/^Incorrect! The number is less than 50\./);

    const low = await guess(alice, session.id, 30);
    expect(low).toMatchObject({ outcome: 'TOO_LOW', session: { attempts: 2, chancesLeft: 8, secret: null } });
    expect(low.message).toMatch(/^Incorrect! The number is greater than 30\./);

    const right = await guess(alice, session.id, 42);
    expect(right).toMatchObject({
      outcome: 'CORRECT',
      errors: [],
      session: {
        status: 'WON',
        attempts: 3,
        chancesLeft: 7,
        secret: 42,
        guesses: [
          { number: 50, outcome: 'TOO_HIGH' },
          { number: 30, outcome: 'TOO_LOW' },
          { number: 42, outcome: 'CORRECT' },
        ],
      },
    });
    expect(right.message).toBe('Congratulations! You guessed the correct number in 3 attempts.');
    expect(right.session.finishedAt).not.toBeNull();
    expect(right.session.durationMs).toBeGreaterThanOrEqual(0);
    expect(right.session.durationMs).toBe(new Date(right.session.finishedAt).getTime() - new Date(right.session.startedAt).getTime());

    // A finished game refuses further guesses and spends nothing.
    const after = await guess(alice, session.id, 42);
    expect(after).toMatchObject({ outcome: null, session: null, errors: [{ code: 'CONFLICT' }] });
    expect((await em().findOneOrFail(GuessSession, { id: session.id })).chancesUsed).toBe(3);
  });

  it.each([0, 101, -5, 1000])('refuses %p as out of range (BAD_USER_INPUT) without using a chance', async (number) => {
    const session = await start(alice, 'HARD', 50);
    const res = await guess(alice, session.id, number);
    expect(res).toMatchObject({ outcome: null, session: null, errors: [{ field: 'number', code: 'BAD_USER_INPUT' }] });
    const read = dataOf(await gql(stack.url, SESSION, { id: session.id }, { token: alice.token })).guessingSession;
    expect(read).toMatchObject({ chancesLeft: 3, attempts: 0, status: 'PLAYING' });
  });

  it('accepts the edges 1 and 100', async () => {
    const session = await start(alice, 'EASY', 50);
    expect((await guess(alice, session.id, 1)).outcome).toBe('TOO_LOW');
    expect((await guess(alice, session.id, 100)).outcome).toBe('TOO_HIGH');
  });

  it('is LOST when the chances run out, reveals the secret, then refuses guesses (CONFLICT)', async () => {
    const session = await start(alice, 'HARD', 42);
    await guess(alice, session.id, 10);
    const second = await guess(alice, session.id, 90);
    expect(second.session).toMatchObject({ status: 'PLAYING', chancesLeft: 1, secret: null });
    const last = await guess(alice, session.id, 41);
    expect(last).toMatchObject({ outcome: 'TOO_LOW', session: { status: 'LOST', chancesLeft: 0, attempts: 3, secret: 42 } });
    expect(last.message).toMatch(/greater than 41.*the number was 42/);
    expect(last.session.finishedAt).not.toBeNull();
    const refused = await guess(alice, session.id, 42);
    expect(refused.errors).toMatchObject([{ code: 'CONFLICT' }]);
    const read = dataOf(await gql(stack.url, SESSION, { id: session.id }, { token: alice.token })).guessingSession;
    expect(read).toMatchObject({ status: 'LOST', attempts: 3, secret: 42 });
  });

  it('lets only the player guess, hint or read a game', async () => {
    const session = await start(alice, 'MEDIUM', 42);
    expect(errorCodes(await gql(stack.url, GUESS, { id: session.id, number: 42 }, { token: bob.token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(stack.url, HINT, { id: session.id }, { token: bob.token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(stack.url, SESSION, { id: session.id }, { token: bob.token }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(stack.url, GUESS, { id: session.id, number: 42 }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await gql(stack.url, START, { difficulty: 'EASY' }))).toEqual(['UNAUTHENTICATED']);
    const missing = '01900000-0000-7000-8000-00000000dead';
    expect(errorCodes(await gql(stack.url, GUESS, { id: missing, number: 5 }, { token: alice.token }))).toEqual(['NOT_FOUND']);
    // Bob's attempts cost Alice nothing.
    const read = dataOf(await gql(stack.url, SESSION, { id: session.id }, { token: alice.token })).guessingSession;
    expect(read).toMatchObject({ chancesLeft: 5, status: 'PLAYING' });
  });

  it('gives hints that cost a chance: parity once, ranges that halve what is known, never the last chance', async () => {
    const session = await start(alice, 'MEDIUM', 42);
    const parity = await hint(alice, session.id, 'PARITY');
    expect(parity).toMatchObject({
      hint: { kind: 'PARITY', text: 'The number is even.' },
      session: { chancesLeft: 4, hintsUsed: 1, attempts: 0, secret: null },
      errors: [],
    });
    expect((await hint(alice, session.id, 'PARITY')).errors).toMatchObject([{ code: 'CONFLICT' }]);

    const range = await hint(alice, session.id, 'RANGE');
    const [, lo, hi] = /between (\d+) and (\d+)/.exec(range.hint.text)!.map(Number);
    expect(lo).toBeLessThanOrEqual(42);
    expect(hi).toBeGreaterThanOrEqual(42);
    expect(hi! - lo! + 1).toBe(50);
    expect(range.session.chancesLeft).toBe(3);

    const narrower = await hint(alice, session.id, 'RANGE');
    const [, lo2, hi2] = /between (\d+) and (\d+)/.exec(narrower.hint.text)!.map(Number);
    expect(lo2).toBeGreaterThanOrEqual(lo!);
    expect(hi2).toBeLessThanOrEqual(hi!);
    expect(lo2! <= 42 && 42 <= hi2!).toBe(true);
    expect(hi2! - lo2! + 1).toBe(25);
    expect(narrower.session).toMatchObject({ chancesLeft: 2, hintsUsed: 3 });

    await guess(alice, session.id, lo2 === 42 ? hi2! : lo2!);
    const noSpare = await hint(alice, session.id, 'RANGE');
    expect(noSpare.errors).toMatchObject([{ code: 'CONFLICT' }]);
    const read = dataOf(await gql(stack.url, SESSION, { id: session.id }, { token: alice.token })).guessingSession;
    expect(read).toMatchObject({ chancesLeft: 1, hintsUsed: 3, attempts: 1 });
    expect(read.hints.map((h: { kind: string }) => h.kind)).toEqual(['PARITY', 'RANGE', 'RANGE']);
  });

  it('keeps the best score per difficulty: fewest chances used (hints count), then fastest', async () => {
    const carol = await signUpUser(stack.url, 'carol');
    const endsRight = (guesses: number[]) => guesses.at(-1) === 42;
    const win = async (difficulty: string, guesses: number[], hints: string[] = []) => {
      const session = await start(carol, difficulty, 42);
      for (const kind of hints) expect((await hint(carol, session.id, kind)).errors).toEqual([]);
      for (const n of guesses) await guess(carol, session.id, n);
      const row = await em().findOneOrFail(GuessSession, { id: session.id });
      expect(row.status).toBe(endsRight(guesses) ? 'WON' : 'LOST');
      return session.id;
    };
    const setDuration = (id: string, durationMs: number) => em().nativeUpdate(GuessSession, { id }, { durationMs });

    expect(dataOf(await gql(stack.url, BEST, {}, { token: carol.token })).myBestScores).toEqual([]);

    const easySlow3 = await win('EASY', [10, 20, 42]);
    const easySlow2 = await win('EASY', [10, 42]);
    const easyFast2 = await win('EASY', [90, 42]);
    await setDuration(easySlow3, 1_000);
    await setDuration(easySlow2, 9_000);
    await setDuration(easyFast2, 3_000);
    // MEDIUM: one guess after one hint (2 chances) beats three guesses, however fast.
    const mediumHinted = await win('MEDIUM', [42], ['PARITY']);
    const mediumThree = await win('MEDIUM', [1, 2, 42]);
    await setDuration(mediumHinted, 50_000);
    await setDuration(mediumThree, 10);
    // HARD: only a loss, so no best score.
    await win('HARD', [1, 2, 3]);

    const best = dataOf(await gql(stack.url, BEST, {}, { token: carol.token })).myBestScores;
    expect(best).toEqual([
      {
        difficulty: 'EASY',
        attempts: 2,
        hintsUsed: 0,
        chancesUsed: 2,
        durationMs: 3_000,
        achievedAt: expect.any(String),
        session: { id: easyFast2, status: 'WON', secret: 42 },
      },
      {
        difficulty: 'MEDIUM',
        attempts: 1,
        hintsUsed: 1,
        chancesUsed: 2,
        durationMs: 50_000,
        achievedAt: expect.any(String),
        session: { id: mediumHinted, status: 'WON', secret: 42 },
      },
    ]);
    // Other players' scores are their own.
    const bobBest = dataOf(await gql(stack.url, BEST, {}, { token: bob.token })).myBestScores;
    expect(bobBest.every((b: { session: { id: string } }) => ![easyFast2, mediumHinted].includes(b.session.id))).toBe(true);
  });

  it('counts exactly one of many concurrent guesses on the last chance', async () => {
    for (let round = 0; round < 3; round++) {
      const session = await start(alice, 'HARD', 42);
      await guess(alice, session.id, 1);
      await guess(alice, session.id, 2);
      // Wrong guesses and the right one race for the last chance.
      const numbers = [3, 4, 5, 6, 42, 7, 8, 9, 10, 11];
      const results = await Promise.all(numbers.map((n) => guess(alice, session.id, n)));
      const counted = results.filter((r) => r.errors.length === 0);
      expect(counted).toHaveLength(1);
      expect(results.filter((r) => r.errors.length > 0).every((r) => r.errors[0].code === 'CONFLICT')).toBe(true);
      const row = await em().findOneOrFail(GuessSession, { id: session.id });
      expect(row.chancesUsed).toBe(3);
      expect(row.guesses).toHaveLength(3);
      expect(row.status).toBe(counted[0].session.status);
      expect(['WON', 'LOST']).toContain(row.status);
      expect(row.guesses[2]).toBe(counted[0].session.guesses[2].number);
    }
  });

  it('never spends more chances than given under concurrent guesses and hints', async () => {
    const session = await start(alice, 'MEDIUM', 77);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => (i % 4 === 3 ? hint(alice, session.id, 'RANGE') : guess(alice, session.id, i + 1))),
    );
    const counted = results.filter((r) => r.errors.length === 0).length;
    const row = await em().findOneOrFail(GuessSession, { id: session.id });
    expect(row.chancesUsed).toBe(counted);
    expect(row.chancesUsed).toBeLessThanOrEqual(5);
    expect(row.guesses.length + row.hints.length).toBe(row.chancesUsed);
  });
});
