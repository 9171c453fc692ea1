import { badInput, requireViewer, type Em } from '../../../kit';
import type { GamesDeps } from './context';
import type { GameKind } from './entities';

export type LeaderboardPeriod = 'DAY' | 'WEEK' | 'MONTH' | 'ALL';

export interface LeaderboardEntry {
  rank: number;
  user: { id: string };
  points: number;
  played: number;
  wins: number;
  draws: number;
  losses: number;
}

export interface LeaderboardView {
  game: GameKind;
  period: LeaderboardPeriod;
  since: Date | null;
  entries: LeaderboardEntry[];
  totalPlayers: number;
}

export const MAX_LEADERBOARD_SIZE = 100;
const DAY_MS = 86_400_000;

/** Start of a period in UTC calendar terms (today, this ISO week from Monday, this month); null for ALL. */
export function periodStart(period: LeaderboardPeriod, now: Date = new Date()): Date | null {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  switch (period) {
    case 'DAY':
      return new Date(today);
    case 'WEEK':
      return new Date(today - ((now.getUTCDay() + 6) % 7) * DAY_MS);
    case 'MONTH':
      return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
    case 'ALL':
      return null;
  }
}

interface RankedRow {
  user_id: string;
  points: number | string;
  played: number | string;
  wins: number | string;
  draws: number | string;
  losses: number | string;
  place: number | string;
  total: number | string;
}

/**
 * Leaderboards computed from `match_results` with one aggregate statement per call, whatever the
 * number of players: points are summed per user and `rank()` gives equal points an equal rank
 * (1, 2, 2, 4). SQLite (3.25+) and MariaDB (10.2+) both run window functions.
 */
export class LeaderboardService {
  /** The grouped, ranked subquery and its parameters, for one game and period. */
  private ranked(em: Em, game: GameKind, since: Date | null): { sql: string; params: unknown[] } {
    const params: unknown[] = [game];
    let where = 'r.game = ?';
    if (since) {
      where += ' and r.finished_at >= ?';
      // SQLite stores datetimes as epoch milliseconds, MySQL as DATETIME: let the platform convert.
      params.push(em.getPlatform().processDateProperty(since));
    }
    const sql = `select r.user_id,
        sum(r.points) as points,
        count(*) as played,
        sum(case when r.outcome = 'WIN' then 1 else 0 end) as wins,
        sum(case when r.outcome = 'DRAW' then 1 else 0 end) as draws,
        sum(case when r.outcome = 'LOSS' then 1 else 0 end) as losses,
        rank() over (order by sum(r.points) desc) as place,
        count(*) over () as total
      from match_results r
      where ${where}
      group by r.user_id`;
    return { sql, params };
  }

  private entry(row: RankedRow): LeaderboardEntry {
    return {
      rank: Number(row.place),
      user: { id: row.user_id },
      points: Number(row.points),
      played: Number(row.played),
      wins: Number(row.wins),
      draws: Number(row.draws),
      losses: Number(row.losses),
    };
  }

  async top(deps: GamesDeps, game: GameKind, period: LeaderboardPeriod, first: number): Promise<LeaderboardView> {
    const { em } = deps;
    const now = deps.clock.now();
    if (!Number.isInteger(first) || first < 1 || first > MAX_LEADERBOARD_SIZE) {
      throw badInput(`first must be between 1 and ${MAX_LEADERBOARD_SIZE}.`, 'first');
    }
    const since = periodStart(period, now);
    const ranked = this.ranked(em, game, since);
    const rows = await em
      .getConnection()
      .execute<RankedRow[]>(
        `select * from (${ranked.sql}) ranked order by ranked.place asc, ranked.wins desc, ranked.user_id asc limit ?`,
        [...ranked.params, first],
      );
    return { game, period, since, entries: rows.map((row) => this.entry(row)), totalPlayers: Number(rows[0]?.total ?? 0) };
  }

  /** The viewer's entry in a period, or null when they finished no match in it. */
  async rankOf(deps: GamesDeps, game: GameKind, period: LeaderboardPeriod): Promise<LeaderboardEntry | null> {
    const { em } = deps;
    const { userId } = requireViewer(deps.viewer);
    const now = deps.clock.now();
    const ranked = this.ranked(em, game, periodStart(period, now));
    const rows = await em
      .getConnection()
      .execute<RankedRow[]>(`select * from (${ranked.sql}) ranked where ranked.user_id = ?`, [...ranked.params, userId]);
    return rows[0] ? this.entry(rows[0]) : null;
  }
}
