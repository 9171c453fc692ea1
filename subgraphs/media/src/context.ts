import DataLoader from 'dataloader';
import { Video, VideoWatch, type VideoRow, type VideoWatchRow } from './video/entities';
import { entityLoader, type Em, type ServiceDeps, type SubgraphContext } from '../../../kit';
import type { MediaConfig } from './config';
import { MediaImage, type ImageRow } from './entities';
import { FileFolder, FileVersion, StoredFile, type FileFolderRow, type FileVersionRow, type StoredFileRow } from './files/entities';
import { TeamFile, TeamFolder, type TeamFileRow, type TeamFolderRow } from './team/entities';

export type { MediaConfig } from './config';

export interface MediaLoaders {
  imageById: DataLoader<string, ImageRow | null>;
  fileFolderById: DataLoader<string, FileFolderRow | null>;
  storedFileById: DataLoader<string, StoredFileRow | null>;
  fileVersionById: DataLoader<string, FileVersionRow | null>;
  /** Team files (tenant-owned: the loaders see the request's tenant only). */
  teamFolderById: DataLoader<string, TeamFolderRow | null>;
  teamFileById: DataLoader<string, TeamFileRow | null>;
  // Video
  videoById: DataLoader<string, VideoRow | null>;
  /** Keyed by `<userId>|<videoId>`. */
  videoWatchByKey: DataLoader<string, VideoWatchRow | null>;
}

/** What every media service method receives first: the kit's per-request `ctx.deps`. */
export type MediaDeps = ServiceDeps<MediaConfig, MediaLoaders>;

export function createLoaders(em: Em): MediaLoaders {
  return {
    imageById: entityLoader(em, MediaImage),
    fileFolderById: entityLoader(em, FileFolder),
    storedFileById: entityLoader(em, StoredFile),
    fileVersionById: entityLoader(em, FileVersion),
    teamFolderById: entityLoader(em, TeamFolder),
    teamFileById: entityLoader(em, TeamFile),
    // Video
    videoById: entityLoader(em, Video),
    videoWatchByKey: new DataLoader<string, VideoWatchRow | null>(async (keys) => {
      const pairs = keys.map((k) => k.split('|') as [string, string]);
      const rows = await em.find(VideoWatch, {
        userId: { $in: [...new Set(pairs.map((p) => p[0]))] },
        videoId: { $in: pairs.map((p) => p[1]) },
      });
      const byKey = new Map(rows.map((r) => [`${r.userId}|${r.videoId}`, r]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
  };
}

/** What media's resolvers receive (the codegen `contextType`). */
export type MediaContext = SubgraphContext<MediaLoaders, MediaConfig>;

/** A User as the media subgraph knows it: its key only. */
export interface UserRef {
  id: string;
}
