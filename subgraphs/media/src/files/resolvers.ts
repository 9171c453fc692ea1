import type { Resolvers } from '../generated/resolvers';
import type { FileService } from './service';

/** File storage's resolvers: thin translations onto the FileService (merged into media's). */
export function createFileResolvers(files: FileService): Resolvers {
  return {
    Query: {
      fileFolder: (_, { id }, ctx) => files.folder(ctx.deps, id),
      fileFolders: (_, { parentId, ...page }, ctx) => files.folders(ctx.deps, parentId, page),
      storedFile: (_, { id }, ctx) => files.file(ctx.deps, id),
      storedFiles: (_, { folderId, ...page }, ctx) => files.files(ctx.deps, folderId, page),
      fileQuota: (_, __, ctx) => files.quota(ctx.deps),
    },
    Mutation: {
      createFileFolder: (_, { input }, ctx) => files.createFolder(ctx.deps, input),
      updateFileFolder: (_, { input }, ctx) => files.updateFolder(ctx.deps, input),
      deleteFileFolder: (_, { id }, ctx) => files.deleteFolder(ctx.deps, id),
      requestFileUpload: (_, { input }, ctx) => files.requestUpload(ctx.deps, input, false),
      initiateMultipartFileUpload: (_, { input }, ctx) => files.requestUpload(ctx.deps, input, true),
      completeMultipartFileUpload: (_, { uploadId, parts }, ctx) => files.completeMultipart(ctx.deps, uploadId, parts),
      abortFileUpload: (_, { uploadId }, ctx) => files.abortUpload(ctx.deps, uploadId),
      restoreFileVersion: (_, { fileId, versionId }, ctx) => files.restoreVersion(ctx.deps, fileId, versionId),
      updateStoredFile: (_, { input }, ctx) => files.updateFile(ctx.deps, input),
      deleteStoredFile: (_, { id }, ctx) => files.deleteFile(ctx.deps, id),
      createFileShareLink: (_, { input }, ctx) => files.createShareLink(ctx.deps, input),
      revokeFileShareLink: (_, { id }, ctx) => files.revokeShareLink(ctx.deps, id),
    },
    FileFolder: {
      __resolveReference: (ref, ctx) => files.folder(ctx.deps, ref.id),
      parent: (folder, _, ctx) => (folder.parentId ? ctx.deps.loaders.fileFolderById.load(folder.parentId) : null),
      folders: (folder, page, ctx) => files.folders(ctx.deps, folder.id, page),
      files: (folder, page, ctx) => files.files(ctx.deps, folder.id, page),
    },
    StoredFile: {
      __resolveReference: (ref, ctx) => files.fileReference(ctx.deps, ref.id),
      folder: (file, _, ctx) => (file.folderId ? ctx.deps.loaders.fileFolderById.load(file.folderId) : null),
      size: async (file, _, ctx) => (await files.currentVersion(ctx.deps, file)).size,
      contentType: async (file, _, ctx) => (await files.currentVersion(ctx.deps, file)).contentType,
      sha256: async (file, _, ctx) => (await files.currentVersion(ctx.deps, file)).sha256,
      currentVersion: (file, _, ctx) => files.currentVersion(ctx.deps, file),
      versions: (file, page, ctx) => files.versions(ctx.deps, file, page),
      downloadUrl: (file, { versionId }, ctx) => files.downloadUrl(ctx.deps, file, versionId),
      shareLinks: (file, page, ctx) => files.shareLinks(ctx.deps, file, page),
    },
    FileVersion: {
      isCurrent: async (version, _, ctx) => (await ctx.deps.loaders.storedFileById.load(version.fileId))?.currentVersionId === version.id,
    },
    FileShareLink: {
      id: (link) => link.row.id,
      url: (link) => link.url,
      hasPassword: (link) => link.row.passwordHash !== null,
      expiresAt: (link) => link.row.expiresAt,
      revoked: (link) => link.row.revoked,
      createdAt: (link) => link.row.createdAt,
    },
  };
}
