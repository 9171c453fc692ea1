import { DateTimeScalar } from '../../../kit';
import type { Resolvers } from './generated/resolvers';
import type { MediaService } from './service';
import { createFileResolvers } from './files/resolvers';
import type { FileService } from './files/service';
import { createVideoResolvers } from './video/resolvers';
import type { VideoService } from './video/service';

/** media's resolvers: thin translations onto the service. */
export function createResolvers(service: MediaService, files: FileService, videos: VideoService): Resolvers {
  const fileResolvers = createFileResolvers(files);
  const videoResolvers = createVideoResolvers(videos);
  return {
    ...fileResolvers,
    DateTime: DateTimeScalar,
    // Video
    Video: videoResolvers.Video,
    Subscription: videoResolvers.Subscription,
    Query: {
      ...fileResolvers.Query,
      ...videoResolvers.Query,
      image: (_, { id }, ctx) => service.get(ctx.deps, id),
      images: (_, args, ctx) => service.list(ctx.deps, args),
    },
    Mutation: {
      ...fileResolvers.Mutation,
      ...videoResolvers.Mutation,
      requestImageUpload: (_, __, ctx) => service.requestUpload(ctx.deps),
      deleteImage: (_, { id }, ctx) => service.delete(ctx.deps, id),
    },
    Image: {
      __resolveReference: (ref, ctx) => service.reference(ctx.deps, ref.id),
      owner: (image) => ({ id: image.ownerId }),
      format: (image) => image.format,
      url: (image, { transform }, ctx) => service.transformUrl(ctx.deps, image, transform),
    },
  };
}
