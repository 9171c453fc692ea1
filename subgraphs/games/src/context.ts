import type DataLoader from 'dataloader';
import { entityLoader, type Em, type SubgraphContext } from '../../../kit';
import { GuessSession, Match, type GuessSessionRow, type MatchRow } from './entities';

export interface GamesLoaders {
  matchById: DataLoader<string, MatchRow | null>;
  sessionById: DataLoader<string, GuessSessionRow | null>;
}

/** One loader set per request, so N references to matches in one plan step cost one statement. */
export function createLoaders(em: Em): GamesLoaders {
  return { matchById: entityLoader(em, Match), sessionById: entityLoader(em, GuessSession) };
}

export type GamesContext = SubgraphContext<GamesLoaders>;

/** A User as the games subgraph knows it: its key only. */
export interface UserRef {
  id: string;
}
