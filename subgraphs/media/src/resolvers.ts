import { DateTimeScalar } from '../../../kit';
import type { Resolvers } from './generated/resolvers';
import type { MediaService } from './service';
import { createFileResolvers } from './files/resolvers';
import type { FileService } from './files/service';
import { createVideoResolvers } from './video/resolvers';
import type { VideoService } from './video/service';
import type { TeamFileService } from './team/service';

/** media's resolvers: thin translations onto the service. */
export function createResolvers(service: MediaService, files: FileService, videos: VideoService, team: TeamFileService): Resolvers {
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
      teamFolders: (_, args, ctx) => team.folders(ctx.deps, args),
      teamFolder: (_, { id }, ctx) => team.folder(ctx.deps, id),
      teamFiles: (_, { folderId, ...args }, ctx) => team.files(ctx.deps, folderId, args),
      teamFile: (_, { id }, ctx) => team.file(ctx.deps, id),
    },
    Mutation: {
      ...fileResolvers.Mutation,
      ...videoResolvers.Mutation,
      requestImageUpload: (_, __, ctx) => service.requestUpload(ctx.deps),
      deleteImage: (_, { id }, ctx) => service.delete(ctx.deps, id),
      createTeamFolder: (_, { name }, ctx) => team.createFolder(ctx.deps, name),
      renameTeamFolder: (_, { id, name }, ctx) => team.renameFolder(ctx.deps, id, name),
      deleteTeamFolder: (_, { id }, ctx) => team.deleteFolder(ctx.deps, id),
      addTeamFile: (_, { input }, ctx) => team.addFile(ctx.deps, input),
      renameTeamFile: (_, { id, name }, ctx) => team.renameFile(ctx.deps, id, name),
      deleteTeamFile: (_, { id }, ctx) => team.deleteFile(ctx.deps, id),
    },
    TeamFolder: {
      __resolveReference: (ref, ctx) => team.folder(ctx.deps, ref.id),
      createdBy: (folder) => ({ id: folder.createdById }),
      files: (folder, args, ctx) => team.files(ctx.deps, folder.id, args),
    },
    TeamFile: {
      __resolveReference: (ref, ctx) => team.file(ctx.deps, ref.id),
      folder: (file, _, ctx) => ctx.loaders.teamFolderById.load(file.folderId),
      uploadedBy: (file) => ({ id: file.uploadedById }),
      downloadUrl: (file, _, ctx) => team.downloadUrl(ctx.deps, file),
    },
    Image: {
      __resolveReference: (ref, ctx) => service.reference(ctx.deps, ref.id),
      owner: (image) => ({ id: image.ownerId }),
      format: (image) => image.format,
      url: (image, { transform }, ctx) => service.transformUrl(ctx.deps, image, transform),
    },
  };
}
