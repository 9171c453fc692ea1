import type DataLoader from 'dataloader';
import { entityLoader, type Em, type ServiceDeps, type SubgraphConfig, type SubgraphContext } from '../../../kit';
import { GuessSession, Match, type GuessSessionRow, type MatchRow } from './entities';

export interface GamesLoaders {
  matchById: DataLoader<string, MatchRow | null>;
  sessionById: DataLoader<string, GuessSessionRow | null>;
}

/** One loader set per request, so N references to matches in one plan step cost one statement. */
export function createLoaders(em: Em): GamesLoaders {
  return { matchById: entityLoader(em, Match), sessionById: entityLoader(em, GuessSession) };
}

/** games reads no settings of its own. */
export type GamesConfig = SubgraphConfig;

/** What every games service method receives first: the kit's per-request `ctx.deps`. */
export type GamesDeps = ServiceDeps<GamesConfig, GamesLoaders>;

export type GamesContext = SubgraphContext<GamesLoaders, GamesConfig>;

/** A User as the games subgraph knows it: its key only. */
export interface UserRef {
  id: string;
}
