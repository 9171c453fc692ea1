import type DataLoader from 'dataloader';
import { entityLoader, type Em, type ServiceDeps, type SubgraphConfig, type SubgraphContext } from '../../../kit';
import { ModerationCase, type ModerationCaseRow } from './entities';

export type ModerationConfig = SubgraphConfig;

export interface ModerationLoaders {
  caseById: DataLoader<string, ModerationCaseRow | null>;
}

export function createLoaders(em: Em): ModerationLoaders {
  return { caseById: entityLoader(em, ModerationCase) };
}

/** What every moderation service method receives first (`ctx.deps` in resolvers). */
export type ModerationDeps = ServiceDeps<ModerationConfig, ModerationLoaders>;
/** What moderation's resolvers receive (the codegen `contextType`). */
export type ModerationContext = SubgraphContext<ModerationLoaders, ModerationConfig>;

/** A User as moderation knows it: its key only. */
export interface UserRef {
  id: string;
}
