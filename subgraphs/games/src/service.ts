import { GuessingService } from './guessing';
import { LeaderboardService } from './leaderboard';
import { MatchService } from './matches';

export { GuessingService } from './guessing';
export { LeaderboardService } from './leaderboard';
export { MatchService } from './matches';

/** The games subgraph's business rules, one service per area; resolvers only translate to and from them. */
export interface GamesServices {
  guessing: GuessingService;
  matches: MatchService;
  leaderboard: LeaderboardService;
}

/** Builds the services (stateless: all state is in the database). */
export function createServices(): GamesServices {
  return { guessing: new GuessingService(), matches: new MatchService(), leaderboard: new LeaderboardService() };
}
