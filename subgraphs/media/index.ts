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

const service = new MediaService();

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
      },
    },
  },
  typeDefs: loadSubgraphSchema('media'),
  resolvers: createResolvers(service),
  entities,
  migrations,
  loaders: createLoaders,
  config: loadMediaConfig,
  start: (deps) => {
    // Made now rather than on the first request, so a missing URL_SIGNING_SECRET in production or a
    // half-configured S3 stops the start with a configuration error.
    resources.get(deps);
    return { stop: () => resources.close(deps.config) };
  },
  routes: (deps) => mediaRoutes(deps, service),
  seed,
};
