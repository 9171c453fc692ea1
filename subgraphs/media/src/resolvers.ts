import { DateTimeScalar } from '../../../kit';
import type { Resolvers } from './generated/resolvers';
import type { MediaService } from './service';
import { createFileResolvers } from './files/resolvers';
import type { FileService } from './files/service';

/** media's resolvers: thin translations onto the service. */
export function createResolvers(service: MediaService, files: FileService): Resolvers {
  const fileResolvers = createFileResolvers(files);
  return {
    ...fileResolvers,
    DateTime: DateTimeScalar,
    Query: {
      ...fileResolvers.Query,
      image: (_, { id }, ctx) => service.get(ctx.deps, id),
      images: (_, args, ctx) => service.list(ctx.deps, args),
    },
    Mutation: {
      ...fileResolvers.Mutation,
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
