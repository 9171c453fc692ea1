import type DataLoader from 'dataloader';
import { entityLoader, type Em, type ServiceDeps, type SubgraphContext } from '../../../kit';
import type { MediaConfig } from './config';
import { MediaImage, type ImageRow } from './entities';
import { FileFolder, FileVersion, StoredFile, type FileFolderRow, type FileVersionRow, type StoredFileRow } from './files/entities';

export type { MediaConfig } from './config';

export interface MediaLoaders {
  imageById: DataLoader<string, ImageRow | null>;
  fileFolderById: DataLoader<string, FileFolderRow | null>;
  storedFileById: DataLoader<string, StoredFileRow | null>;
  fileVersionById: DataLoader<string, FileVersionRow | null>;
}

/** What every media service method receives first: the kit's per-request `ctx.deps`. */
export type MediaDeps = ServiceDeps<MediaConfig, MediaLoaders>;

export function createLoaders(em: Em): MediaLoaders {
  return {
    imageById: entityLoader(em, MediaImage),
    fileFolderById: entityLoader(em, FileFolder),
    storedFileById: entityLoader(em, StoredFile),
    fileVersionById: entityLoader(em, FileVersion),
  };
}

/** What media's resolvers receive (the codegen `contextType`). */
export type MediaContext = SubgraphContext<MediaLoaders, MediaConfig>;

/** A User as the media subgraph knows it: its key only. */
export interface UserRef {
  id: string;
}
