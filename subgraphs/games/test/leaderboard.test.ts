import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { MatchResult } from '../src/entities';
import { DRAW_MOVES, RESIGN, dataOf, gamesOf, pairUp, play } from './helpers';

const LEADERBOARD = `query($period: LeaderboardPeriod, $first: Int) {
  leaderboard(period: $period, first: $first) {
    game period since totalPlayers
    entries { rank points played wins draws losses user { id displayName } }
  }
}`;
const MY_RANK = `query($period: LeaderboardPeriod) { myRank(period: $period) { rank points played wins draws losses user { id } } }`;

const DAY_MS = 86_400_000;

/** Midnight UTC of `date`'s day, worked out independently of the service. */
function utcMidnight(date: Date): Date {
  return new Date(`${date.toISOString().slice(0, 10)}T00:00:00.000Z`);
}

/** The Monday (UTC) of `date`'s week, found by stepping back a day at a time. */
function utcMonday(date: Date): Date {
  let day = utcMidnight(date);
  while (day.getUTCDay() !== 1) day = new Date(day.getTime() - DAY_MS);
  return day;
}

describe('games: leaderboard (own stack, so every result on the board is this suite’s)', () => {
  let stack: TestStack;
  let players: Record<'ann' | 'ben' | 'cat' | 'dan' | 'eve' | 'fay', TestUser>;

  const board = async (period: string, first?: number) => dataOf(await gql(stack.url, LEADERBOARD, { period, first })).leaderboard;
  const rankOf = async (user: TestUser, period: string) => dataOf(await gql(stack.url, MY_RANK, { period }, { token: user.token })).myRank;
  /** `[displayName, rank, points]` for each entry, in board order. */
  const summary = (entries: { rank: number; points: number; user: { displayName: string } }[]) =>
    entries.map((e) => [e.user.displayName, e.rank, e.points]);

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'games'] });
    const names = ['ann', 'ben', 'cat', 'dan', 'eve', 'fay'] as const;
    const users = await Promise.all(names.map((name) => signUpUser(stack.url, name)));
    players = Object.fromEntries(names.map((name, i) => [name, users[i]])) as typeof players;
    const { ann, ben, cat, dan, eve } = players;

    // Played through the API now: ann beats ben and cat; ben and cat draw; dan resigns against eve.
    const m1 = await pairUp(stack, ann, ben);
    await play(stack, [ann, ben], m1.id, [0, 1, 0, 1, 0, 1, 0]);
    const m2 = await pairUp(stack, ann, cat);
    await play(stack, [ann, cat], m2.id, [6, 5, 6, 5, 6, 5, 6]);
    const m3 = await pairUp(stack, ben, cat);
    const drawn = await play(stack, [ben, cat], m3.id, DRAW_MOVES);
    expect(drawn).toMatchObject({ status: 'FINISHED', result: 'DRAW', winner: null, moveCount: 42 });
    const m4 = await pairUp(stack, eve, dan);
    expect(dataOf(await gql(stack.url, RESIGN, { id: m4.id }, { token: dan.token })).resign.errors).toEqual([]);
  }, 120_000);

  it('scores 3 a win, 1 a draw, 0 a loss and ranks ties equally (1, 2, 3, 3, 5)', async () => {
    const all = await board('ALL');
    expect(all).toMatchObject({ game: 'CONNECT_FOUR', period: 'ALL', since: null, totalPlayers: 5 });
    // ann 6; eve 3; ben and cat 1 each (equal: ordered by wins, then id); dan 0.
    const tied = [players.ben, players.cat].sort((a, b) => (a.id < b.id ? -1 : 1)).map((u) => (u === players.ben ? 'ben' : 'cat'));
    expect(summary(all.entries)).toEqual([
      ['ann', 1, 6],
      ['eve', 2, 3],
      [tied[0], 3, 1],
      [tied[1], 3, 1],
      ['dan', 5, 0],
    ]);
    expect(all.entries[0]).toMatchObject({ played: 2, wins: 2, draws: 0, losses: 0 });
    expect(all.entries.find((e: { user: { displayName: string } }) => e.user.displayName === 'ben')).toMatchObject({
      played: 2,
      wins: 0,
      draws: 1,
      losses: 1,
    });
  });

  it('returns the top N only, and checks N', async () => {
    const top2 = await board('ALL', 2);
    expect(summary(top2.entries)).toEqual([
      ['ann', 1, 6],
      ['eve', 2, 3],
    ]);
    expect(top2.totalPlayers).toBe(5);
    expect(errorCodes(await gql(stack.url, LEADERBOARD, { period: 'ALL', first: 0 }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await gql(stack.url, LEADERBOARD, { period: 'ALL', first: 101 }))).toEqual(['BAD_USER_INPUT']);
  });

  it('gives myRank, shared on ties, and null without a finished match', async () => {
    expect(await rankOf(players.ann, 'ALL')).toMatchObject({ rank: 1, points: 6, user: { id: players.ann.id } });
    expect(await rankOf(players.cat, 'WEEK')).toMatchObject({ rank: 3, points: 1, draws: 1, losses: 1 });
    expect(await rankOf(players.ben, 'DAY')).toMatchObject({ rank: 3, points: 1 });
    expect(await rankOf(players.dan, 'MONTH')).toMatchObject({ rank: 5, points: 0, losses: 1 });
    expect(await rankOf(players.fay, 'ALL')).toBeNull();
    expect(errorCodes(await gql(stack.url, MY_RANK, { period: 'ALL' }))).toEqual(['UNAUTHENTICATED']);
  });

  describe('periods (older results written straight to the database)', () => {
    const now = new Date();
    const dayStart = utcMidnight(now);
    const weekStart = utcMonday(now);
    const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    /** Just before today began: inside this week unless today is Monday, this month unless it is the 1st. */
    const yesterday = new Date(dayStart.getTime() - 60_000);
    const longAgo = new Date(now.getTime() - 400 * DAY_MS);

    beforeAll(async () => {
      const em = gamesOf(stack).orm.em.fork();
      const win = (userId: string, finishedAt: Date, n: number) =>
        em.create(MatchResult, {
          matchId: `old-${userId.slice(-8)}-${n}-${finishedAt.getTime()}`,
          userId,
          game: 'CONNECT_FOUR',
          outcome: 'WIN',
          points: 3,
          finishedAt,
        });
      // fay: five wins long ago (15 points, ALL only); dan: one win just before today.
      for (let n = 0; n < 5; n++) win(players.fay.id, longAgo, n);
      win(players.dan.id, yesterday, 0);
      await em.flush();
    });

    it('counts everything in ALL', async () => {
      const all = await board('ALL');
      expect(all.totalPlayers).toBe(6);
      expect(summary(all.entries).slice(0, 2)).toEqual([
        ['fay', 1, 15],
        ['ann', 2, 6],
      ]);
      expect(await rankOf(players.dan, 'ALL')).toMatchObject({ points: 3, wins: 1, losses: 1, rank: 3 });
    });

    it.each(['DAY', 'WEEK', 'MONTH'])('counts only results since the start of the %s (UTC)', async (period) => {
      const since = { DAY: dayStart, WEEK: weekStart, MONTH: monthStart }[period]!;
      const result = await board(period);
      expect(result.since).toBe(since.toISOString());
      const danIn = yesterday >= since;
      expect(result.totalPlayers).toBe(5);
      expect(result.entries.some((e: { user: { displayName: string } }) => e.user.displayName === 'fay')).toBe(false);
      const dan = result.entries.find((e: { user: { displayName: string } }) => e.user.displayName === 'dan');
      expect(dan).toMatchObject(danIn ? { points: 3, rank: 2, wins: 1 } : { points: 0, rank: 5, wins: 0 });
      // With dan's older win counted he ties eve for second (3 points each).
      const eve = result.entries.find((e: { user: { displayName: string } }) => e.user.displayName === 'eve');
      expect(eve.rank).toBe(2);
      expect(await rankOf(players.fay, period)).toBeNull();
    });
  });
});
