import { baseProperties, defineEntity, p, type InferEntity } from '../../../../kit';

/** `folderKey`/`parentKey` of the root: a column in the unique keys, which NULL would not take part in. */
export const ROOT_KEY = 'root';

/**
 * A folder of a user's file tree. `parentKey` is the parent's id or {@link ROOT_KEY}, so names are
 * unique among siblings on both databases (a NULL parent would never collide).
 */
export const FileFolder = defineEntity({
  name: 'FileFolder',
  tableName: 'media_file_folders',
  properties: {
    ...baseProperties(),
    ownerId: p.string().length(36),
    parentId: p.string().length(36).nullable(),
    parentKey: p.string().length(36),
    name: p.string().length(255),
  },
  uniques: [{ properties: ['ownerId', 'parentKey', 'name'] }],
  indexes: [{ properties: ['parentId'] }],
});
export type FileFolderRow = InferEntity<typeof FileFolder>;

/** A stored file: a name in a folder, and the version that is current. Its bytes live in its versions. */
export const StoredFile = defineEntity({
  name: 'StoredFile',
  tableName: 'media_files',
  properties: {
    ...baseProperties(),
    ownerId: p.string().length(36),
    folderId: p.string().length(36).nullable(),
    folderKey: p.string().length(36),
    name: p.string().length(255),
    currentVersionId: p.string().length(36),
    versionCount: p.integer(),
  },
  uniques: [{ properties: ['ownerId', 'folderKey', 'name'] }],
  indexes: [{ properties: ['folderId'] }],
});
export type StoredFileRow = InferEntity<typeof StoredFile>;

/** One version of a file's bytes, stored under `files/v/<id>`; never changed once written. */
export const FileVersion = defineEntity({
  name: 'FileVersion',
  tableName: 'media_file_versions',
  properties: {
    ...baseProperties(),
    fileId: p.string().length(36),
    ownerId: p.string().length(36),
    number: p.integer(),
    size: p.integer(),
    /** Sniffed from the bytes, never taken from the client. */
    contentType: p.string().length(100),
    /** SHA-256 of the bytes, hex; checked against the client's declaration before the version exists. */
    sha256: p.string().length(64),
  },
  uniques: [{ properties: ['fileId', 'number'] }],
});
export type FileVersionRow = InferEntity<typeof FileVersion>;

export const FILE_UPLOAD_STATUSES = ['PENDING', 'COMPLETING', 'COMPLETED', 'ABORTED'] as const;

/**
 * An upload that was asked for: its quota is reserved from the start (one conditional update of the
 * owner's usage row), and given back when it is aborted or expires.
 */
export const FileUpload = defineEntity({
  name: 'FileUpload',
  tableName: 'media_file_uploads',
  properties: {
    ...baseProperties(),
    ownerId: p.string().length(36),
    folderId: p.string().length(36).nullable(),
    name: p.string().length(255),
    size: p.integer(),
    sha256: p.string().length(64),
    /** 0 for a single PUT; otherwise the size of every part but the last. */
    partSize: p.integer(),
    status: p.enum([...FILE_UPLOAD_STATUSES]),
    expiresAt: p.datetime(),
  },
  indexes: [{ properties: ['status', 'expiresAt'] }, { properties: ['ownerId'] }],
});
export type FileUploadRow = InferEntity<typeof FileUpload>;

/** A user's storage use: every version kept plus every pending upload's reservation. */
export const FileQuota = defineEntity({
  name: 'FileQuota',
  tableName: 'media_file_quotas',
  properties: {
    ...baseProperties(),
    ownerId: p.string().length(36).unique(),
    usedBytes: p.integer(),
  },
});
export type FileQuotaRow = InferEntity<typeof FileQuota>;

/** A link to a file's current version; only the SHA-256 of its token is kept, and of the password its argon2 hash. */
export const FileShareLink = defineEntity({
  name: 'FileShareLink',
  tableName: 'media_file_share_links',
  properties: {
    ...baseProperties(),
    ownerId: p.string().length(36),
    fileId: p.string().length(36),
    tokenHash: p.string().length(64).unique(),
    passwordHash: p.string().length(200).nullable(),
    expiresAt: p.datetime(),
    revoked: p.boolean(),
  },
  indexes: [{ properties: ['fileId'] }],
});
export type FileShareLinkRow = InferEntity<typeof FileShareLink>;

export const fileEntities = [FileFolder, StoredFile, FileVersion, FileUpload, FileQuota, FileShareLink];
