import type DataLoader from 'dataloader';
import { entityLoader, type Em, type ServiceDeps, type SubgraphContext } from '../../../kit';
import type { PublishingConfig } from './config';
import { Post, type PostRow } from './entities';

export interface PublishingLoaders {
  postById: DataLoader<string, PostRow | null>;
}

export function createLoaders(em: Em): PublishingLoaders {
  return { postById: entityLoader(em, Post) };
}

/** What publishing's resolvers receive (the codegen `contextType`). */
export type PublishingContext = SubgraphContext<PublishingLoaders, PublishingConfig>;

/** What every PublishingService method receives first (`ctx.deps` in resolvers). */
export type PublishingDeps = ServiceDeps<PublishingConfig, PublishingLoaders>;

/** A User as the publishing subgraph knows it: its key only. */
export interface UserRef {
  id: string;
}
