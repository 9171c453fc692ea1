import { loadSubgraphSchema, type SubgraphDefinition } from '../../kit';
import { migrations } from './migrations';
import { loadMediaConfig, type MediaConfig } from './src/config';
import { createLoaders, type MediaLoaders } from './src/context';
import { entities } from './src/entities';
import { resources } from './src/resources';
import { seed } from './src/seed';
import { createResolvers } from './src/resolvers';
import { mediaRoutes } from './src/routes';
import { MediaService } from './src/service';
import { fileResources } from './src/files/resources';
import { FileService } from './src/files/service';
import { TeamFileService } from './src/team/service';
import { startSweep } from '../../kit';
import { VideoService } from './src/video/service';

const service = new MediaService();
const files = new FileService();
const team = new TeamFileService(files);
// Video
const videos = new VideoService();

/** media: image processing (catalogue #23): signed uploads, signed imgproxy-style transformation URLs, cached derivatives. */
export const media: SubgraphDefinition<MediaLoaders, MediaConfig> = {
  name: 'media',
  defaultPort: 4017,
  wiring: {
    summary:
      'images: signed upload URLs, per-user lists, signed transformation URLs (resize, crop, rotate, formats, watermark) with cached derivatives',
    catalogue: '23',
    publicPaths: ['/media/'],
    codegen: {
      contextType: '../context#MediaContext',
      mappers: {
        Image: '../entities#ImageRow',
        User: '../context#UserRef',
        ImageUpload: '../service#UploadView',
        FileFolder: '../files/entities#FileFolderRow',
        StoredFile: '../files/entities#StoredFileRow',
        FileVersion: '../files/entities#FileVersionRow',
        FileShareLink: '../files/service#FileShareLinkView',
        FileUpload: '../files/service#FileUploadView',
        FileQuota: '../files/service#FileQuotaView',
        TeamFolder: '../team/entities#TeamFolderRow',
        TeamFile: '../team/entities#TeamFileRow',
        // Video
        Video: '../video/entities#VideoRow',
        WatchProgress: '../video/service#WatchProgressView',
        VideoTranscodeProgress: '../video/service#VideoProgressEvent',
      },
    },
  },
  typeDefs: loadSubgraphSchema('media'),
  resolvers: createResolvers(service, files, videos, team),
  entities,
  migrations,
  loaders: createLoaders,
  config: loadMediaConfig,
  start: (deps) => {
    // Made now rather than on the first request, so a missing URL_SIGNING_SECRET in production or a
    // half-configured S3 stops the start with a configuration error.
    resources.get(deps);
    fileResources.get(deps);
    const sweep = startSweep({
      name: 'expired file upload sweep',
      everyMs: deps.config.FILES_SWEEP_MS,
      run: () => files.expireUploads(deps.serviceDeps()),
      log: deps.log,
    });
    // Video: the transcoding queue's poller (the claim in VideoService.poll makes it safe on every replica).
    videos.resume();
    const videoPoller = startSweep({
      name: 'video transcoding queue',
      everyMs: deps.config.VIDEO_POLL_MS,
      run: () => videos.poll(deps.serviceDeps()),
      log: deps.log,
    });
    return {
      stop: async () => {
        await sweep?.stop();
        await videoPoller?.stop();
        await videos.stop();
        await Promise.all([resources.close(deps.config), fileResources.close(deps.config)]);
      },
    };
  },
  routes: (deps) => mediaRoutes(deps, service, files, videos, team),
  // A deleted tenant's team-file bytes go with its rows (the kit's tenant purge).
  purgeTenantObjects: (deps, em, tenantId) => team.purgeTenantFiles(deps, em, tenantId),
  seed,
};
