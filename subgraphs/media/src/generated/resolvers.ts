import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ImageRow } from '../entities';
import type { UserRef, MediaContext } from '../context';
import type { UploadView } from '../service';
import type { FileFolderRow, StoredFileRow, FileVersionRow } from '../files/entities';
import type { FileShareLinkView, FileUploadView, FileQuotaView } from '../files/service';
import type { TeamFolderRow, TeamFileRow } from '../team/entities';
import type { VideoRow } from '../video/entities';
import type { WatchProgressView, VideoProgressEvent } from '../video/service';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An instant in time, as an ISO-8601 string in UTC (e.g. `2026-11-23T10:00:00.000Z`). */
  DateTime: { input: Date; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** The result of aborting an upload. */
export type AbortFileUploadPayload = {
  __typename?: 'AbortFileUploadPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** The aborted upload's id; null when `errors` is not empty. */
  uploadId?: Maybe<Scalars['ID']['output']>;
};

/** Shares the current version of one of your personal files into a team folder. */
export type AddTeamFileInput = {
  /** One of your `StoredFile`s. */
  fileId: Scalars['ID']['input'];
  folderId: Scalars['ID']['input'];
  /** The name in the folder; the personal file's name when omitted. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A folder to make. */
export type CreateFileFolderInput = {
  /** Its name: one path segment, 1 to 255 characters. */
  name: Scalars['String']['input'];
  /** The folder to make it in; the root when null. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A share link to make. */
export type CreateFileShareLinkInput = {
  /** How long it works, 60 seconds to 30 days. */
  expiresInSeconds: Scalars['Int']['input'];
  /** The file. */
  fileId: Scalars['ID']['input'];
  /** An optional password, 8 to 200 characters (kept as an argon2 hash). */
  password?: InputMaybe<Scalars['String']['input']>;
};

export type CreateVideoInput = {
  /** A stored file of the viewer's (uploaded through `requestFileUpload`); its current version is transcoded. */
  fileId: Scalars['ID']['input'];
  /** 1–200 characters. */
  title: Scalars['String']['input'];
  /** PRIVATE unless given. */
  visibility?: InputMaybe<VideoVisibility>;
};

export type CreateVideoPayload = {
  __typename?: 'CreateVideoPayload';
  errors: Array<UserError>;
  /** The queued video; null when `errors` is not empty. */
  video?: Maybe<Video>;
};

/** The result of deleting a file or a folder. */
export type DeleteFileItemPayload = {
  __typename?: 'DeleteFileItemPayload';
  /** Id of what was deleted; null when `errors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted; empty on success. */
  errors: Array<UserError>;
};

/** The result of deleting an image. */
export type DeleteImagePayload = {
  __typename?: 'DeleteImagePayload';
  /** Id of the deleted image; null when `errors` is not empty. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  /** Why nothing was deleted; empty on success. */
  errors: Array<UserError>;
};

export type DeleteTeamItemPayload = {
  __typename?: 'DeleteTeamItemPayload';
  deletedId?: Maybe<Scalars['ID']['output']>;
  errors: Array<UserError>;
};

/** The machine-readable kind of an error, in `UserError.code` and in GraphQL errors' `extensions.code`. */
export type ErrorCode =
  /** An input is missing, malformed or out of range. */
  | 'BAD_USER_INPUT'
  /** The payment was declined by the card issuer or the processor. */
  | 'CARD_DECLINED'
  /** The change clashes with existing data (a duplicate, a stale version). */
  | 'CONFLICT'
  /** The signed-in user may not do this. */
  | 'FORBIDDEN'
  /** An idempotency key was sent again with other parameters; use a new key for a new request. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The thing is not in a state that allows this operation (e.g. capturing a canceled payment). */
  | 'INVALID_STATE'
  /** The thing named does not exist (or is not visible to you). */
  | 'NOT_FOUND'
  /** The tenant's plan allows no more of this (e.g. members); choose a bigger plan. */
  | 'QUOTA_EXCEEDED'
  /** Too many requests; retry later. */
  | 'RATE_LIMITED'
  /** The operation needs a signed-in user. */
  | 'UNAUTHENTICATED';

/** A folder of the signed-in user's file tree (catalogue #47). */
export type FileFolder = {
  __typename?: 'FileFolder';
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** Its files, by name. */
  files: StoredFileConnection;
  /** Its subfolders, by name. */
  folders: FileFolderConnection;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The folder's name: one path segment, 1 to 255 characters. */
  name: Scalars['String']['output'];
  /** The folder it is in; null at the root. */
  parent?: Maybe<FileFolder>;
};


/** A folder of the signed-in user's file tree (catalogue #47). */
export type FileFolderFilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A folder of the signed-in user's file tree (catalogue #47). */
export type FileFolderFoldersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of folders. */
export type FileFolderConnection = {
  __typename?: 'FileFolderConnection';
  /** The folders of this page. */
  edges: Array<FileFolderEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many folders there are, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One folder in a page of folders. */
export type FileFolderEdge = {
  __typename?: 'FileFolderEdge';
  /** Opaque position of this folder in the list. */
  cursor: Scalars['String']['output'];
  /** The folder. */
  node: FileFolder;
};

/** The result of making, renaming or moving a folder. */
export type FileFolderPayload = {
  __typename?: 'FileFolderPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** The folder; null when `errors` is not empty. */
  folder?: Maybe<FileFolder>;
};

/** A part uploaded, as its PUT answered. */
export type FilePartInput = {
  /** The ETag header its PUT answered. */
  etag: Scalars['String']['input'];
  /** The part's number. */
  partNumber: Scalars['Int']['input'];
};

/** The signed-in user's storage use. */
export type FileQuota = {
  __typename?: 'FileQuota';
  /** The most that may be used (FILES_QUOTA_BYTES). */
  limitBytes: Scalars['Int']['output'];
  /** Bytes of every version kept plus every pending upload's reservation. */
  usedBytes: Scalars['Int']['output'];
};

/** A link that downloads a file's current version without a session, until it expires or is revoked. */
export type FileShareLink = {
  __typename?: 'FileShareLink';
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** When it stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** Whether it asks for a password (sent in the `x-file-share-password` header). */
  hasPassword: Scalars['Boolean']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Whether it was revoked. */
  revoked: Scalars['Boolean']['output'];
  /** The link; only in the payload that made it (the token is not stored), null afterwards. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A page of a file's share links. */
export type FileShareLinkConnection = {
  __typename?: 'FileShareLinkConnection';
  /** The links of this page. */
  edges: Array<FileShareLinkEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many links there are, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One share link in a page of share links. */
export type FileShareLinkEdge = {
  __typename?: 'FileShareLinkEdge';
  /** Opaque position of this link in the list. */
  cursor: Scalars['String']['output'];
  /** The link. */
  node: FileShareLink;
};

/** The result of making or revoking a share link. */
export type FileShareLinkPayload = {
  __typename?: 'FileShareLinkPayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** The link; null when `errors` is not empty. */
  shareLink?: Maybe<FileShareLink>;
};

/** Where and how to send a file's bytes: one URL, or one per part. */
export type FileUpload = {
  __typename?: 'FileUpload';
  /** When the URLs stop working and the reservation is given back. */
  expiresAt: Scalars['DateTime']['output'];
  /** The HTTP method for every URL (PUT). */
  method: Scalars['String']['output'];
  /** A multipart upload's part size (every part but the last); null for a single upload. */
  partSize?: Maybe<Scalars['Int']['output']>;
  /** A multipart upload's parts; empty for a single upload. */
  parts: Array<FileUploadPart>;
  /** The upload's id (for completeMultipartFileUpload and abortFileUpload). */
  uploadId: Scalars['ID']['output'];
  /** A single upload's URL; null for a multipart upload. */
  url?: Maybe<Scalars['String']['output']>;
};

/** What to upload: a name in a folder, and the size and SHA-256 of the bytes that will be sent. */
export type FileUploadInput = {
  /** The folder; the root when null. */
  folderId?: InputMaybe<Scalars['ID']['input']>;
  /** The file's name: one path segment (no `/`, `\\`, `.` or `..`), 1 to 255 characters. An existing name gets a new version. */
  name: Scalars['String']['input'];
  /** SHA-256 of the bytes, 64 hex characters; checked when the bytes arrive. */
  sha256: Scalars['String']['input'];
  /** Exact size in bytes: up to FILES_PART_BYTES for a single upload, FILES_MAX_FILE_BYTES for a multipart one. */
  size: Scalars['Int']['input'];
};

/** One part of a multipart upload. */
export type FileUploadPart = {
  __typename?: 'FileUploadPart';
  /** 1 to the number of parts. */
  partNumber: Scalars['Int']['output'];
  /** The exact size this part must have. */
  size: Scalars['Int']['output'];
  /** The signed URL to PUT the part's bytes to; its answer's ETag header goes to completeMultipartFileUpload. */
  url: Scalars['String']['output'];
};

/** One version of a file's bytes; versions are never changed, only added or deleted with their file. */
export type FileVersion = {
  __typename?: 'FileVersion';
  /** Media type sniffed from the bytes. */
  contentType: Scalars['String']['output'];
  /** When it was stored. */
  createdAt: Scalars['DateTime']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Whether downloads give this version. */
  isCurrent: Scalars['Boolean']['output'];
  /** 1 for the first version, then 2, 3 … */
  number: Scalars['Int']['output'];
  /** SHA-256 of the bytes, hex (checked against the uploader's declaration). */
  sha256: Scalars['String']['output'];
  /** Size in bytes. */
  size: Scalars['Int']['output'];
};

/** A page of a file's versions. */
export type FileVersionConnection = {
  __typename?: 'FileVersionConnection';
  /** The versions of this page. */
  edges: Array<FileVersionEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many versions there are, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One version in a page of versions. */
export type FileVersionEdge = {
  __typename?: 'FileVersionEdge';
  /** Opaque position of this version in the list. */
  cursor: Scalars['String']['output'];
  /** The version. */
  node: FileVersion;
};

/** An uploaded image, owned by the user who uploaded it (catalogue #23). */
export type Image = {
  __typename?: 'Image';
  /** The original's media type, e.g. `image/png`. */
  contentType: Scalars['String']['output'];
  /** When it was uploaded. */
  createdAt: Scalars['DateTime']['output'];
  /** The original's encoding. */
  format: ImageFormat;
  /** The original's height in pixels. */
  height: Scalars['Int']['output'];
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** Who uploaded it. Null, with an error, when identity cannot be reached. */
  owner?: Maybe<User>;
  /** The original's size in bytes. */
  size: Scalars['Int']['output'];
  /**
   * A signed URL of the image with `transform` applied (the original re-encoded when it is omitted). It
   * works without a session until `expiresAt` of the URL (see docs/API/media.md); a changed character
   * makes it 403. Relative to the API's host unless MEDIA_PUBLIC_BASE_URL is set.
   */
  url: Scalars['String']['output'];
  /** The original's width in pixels. */
  width: Scalars['Int']['output'];
};


/** An uploaded image, owned by the user who uploaded it (catalogue #23). */
export type ImageUrlArgs = {
  transform?: InputMaybe<ImageTransformInput>;
};

/** A page of the signed-in user's images, newest first. */
export type ImageConnection = {
  __typename?: 'ImageConnection';
  /** The images of this page. */
  edges: Array<ImageEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many images the user has, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A rectangle cut out of the original before any resize, in the original's pixels. */
export type ImageCropInput = {
  /** Height, 1 to 4,096, within the image. */
  height: Scalars['Int']['input'];
  /** Distance from the left edge, 0 or more. */
  left: Scalars['Int']['input'];
  /** Distance from the top edge, 0 or more. */
  top: Scalars['Int']['input'];
  /** Width, 1 to 4,096, within the image. */
  width: Scalars['Int']['input'];
};

/** One image in a page of images. */
export type ImageEdge = {
  __typename?: 'ImageEdge';
  /** Opaque position of this image in the list. */
  cursor: Scalars['String']['output'];
  /** The image. */
  node: Image;
};

/** How a resized image fits the requested box (when both width and height are given). */
export type ImageFit =
  /** Fit inside the box, letterboxed to its exact size. */
  | 'CONTAIN'
  /** Fill the box, cropping what overflows (the default). */
  | 'COVER'
  /** Stretch to the box, ignoring the aspect ratio. */
  | 'FILL'
  /** Fit inside the box, keeping the aspect ratio; the result may be smaller than the box. */
  | 'INSIDE'
  /** Cover the box, keeping the aspect ratio; the result may be larger than the box. */
  | 'OUTSIDE';

/** The encoding of an image. */
export type ImageFormat =
  /** AVIF (image/avif). */
  | 'AVIF'
  /** GIF (image/gif); accepted as an upload, not written by transforms. */
  | 'GIF'
  /** JPEG (image/jpeg). */
  | 'JPEG'
  /** PNG (image/png). */
  | 'PNG'
  /** WebP (image/webp). */
  | 'WEBP';

/** What to do to an image; applied in this order: crop, rotate, flip/flop, resize, colour, watermark, encode. */
export type ImageTransformInput = {
  /** Cut this rectangle out first. */
  crop?: InputMaybe<ImageCropInput>;
  /** How to fit width × height; default COVER. */
  fit?: InputMaybe<ImageFit>;
  /** Mirror top to bottom. */
  flip?: InputMaybe<Scalars['Boolean']['input']>;
  /** Mirror left to right. */
  flop?: InputMaybe<Scalars['Boolean']['input']>;
  /** Output encoding (JPEG, PNG, WEBP or AVIF); default the original's (JPEG for a GIF). */
  format?: InputMaybe<ImageFormat>;
  /** Convert to shades of grey. */
  grayscale?: InputMaybe<Scalars['Boolean']['input']>;
  /** Target height, 1 to 4,096 pixels. */
  height?: InputMaybe<Scalars['Int']['input']>;
  /** Encoder quality 1 to 100 (JPEG, WebP, AVIF); PNG maps it onto its compression. Default 80. */
  quality?: InputMaybe<Scalars['Int']['input']>;
  /** Clockwise rotation in degrees: 0, 90, 180 or 270. */
  rotate?: InputMaybe<Scalars['Int']['input']>;
  /** A sepia tone. */
  sepia?: InputMaybe<Scalars['Boolean']['input']>;
  /** A watermark. */
  watermark?: InputMaybe<ImageWatermarkInput>;
  /** Target width, 1 to 4,096 pixels. */
  width?: InputMaybe<Scalars['Int']['input']>;
};

/** Where and how to send the bytes of a new image. */
export type ImageUpload = {
  __typename?: 'ImageUpload';
  /** When the URL stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The id the image will have once uploaded. */
  imageId: Scalars['ID']['output'];
  /** The largest body accepted, in bytes. */
  maxBytes: Scalars['Int']['output'];
  /** The HTTP method to use. */
  method: Scalars['String']['output'];
  /**
   * The signed URL to send the bytes to (`PUT`, or `POST`, with the raw image as the body). Relative to
   * the API's host unless MEDIA_PUBLIC_BASE_URL is set.
   */
  url: Scalars['String']['output'];
};

/** A mark drawn onto the image: exactly one of `text` and `imageId`. */
export type ImageWatermarkInput = {
  /** Another of your images, scaled to at most a quarter of the result's width. */
  imageId?: InputMaybe<Scalars['ID']['input']>;
  /** Opacity in percent, 1 to 100; default 50. */
  opacity?: InputMaybe<Scalars['Int']['input']>;
  /** Where it goes; default SOUTH_EAST. */
  position?: InputMaybe<WatermarkPosition>;
  /** Text, 1 to 100 characters. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Aborts a pending upload: its parts are deleted and its reserved bytes given back. */
  abortFileUpload?: Maybe<AbortFileUploadPayload>;
  /** Shares one of your personal files into a team folder (its bytes are copied; any member). */
  addTeamFile?: Maybe<TeamFilePayload>;
  /** Assembles the parts (each checked against its ETag, the whole against the declared SHA-256) into a new version. */
  completeMultipartFileUpload?: Maybe<StoredFilePayload>;
  /** Makes a folder. */
  createFileFolder?: Maybe<FileFolderPayload>;
  /** Makes a share link to a file's current version, with an expiry and an optional password. */
  createFileShareLink?: Maybe<FileShareLinkPayload>;
  /** Creates a team folder (any member). CONFLICT when the tenant has one with this name. */
  createTeamFolder?: Maybe<TeamFolderPayload>;
  /** Queues a stored file for transcoding into HLS; follow it with `videoTranscodeProgress`. */
  createVideo?: Maybe<CreateVideoPayload>;
  /** Deletes an empty folder. */
  deleteFileFolder?: Maybe<DeleteFileItemPayload>;
  /** Deletes one of the signed-in user's images: its row, its original and every cached derivative. */
  deleteImage?: Maybe<DeleteImagePayload>;
  /** Deletes a file, every version and share link, and gives its bytes back to the quota. */
  deleteStoredFile?: Maybe<DeleteFileItemPayload>;
  /** Deletes a team file and its bytes: who shared it, or MANAGER and up. */
  deleteTeamFile?: Maybe<DeleteTeamItemPayload>;
  /** Deletes a team folder with its files: who made it, or MANAGER and up. */
  deleteTeamFolder?: Maybe<DeleteTeamItemPayload>;
  /**
   * Deletes one of the viewer's videos with its renditions and everyone's watch progress (a job in
   * progress stops); the source file stays in file storage.
   */
  deleteVideo?: Maybe<DeleteFileItemPayload>;
  /** Reserves quota and signs one PUT URL per part (FILES_PART_BYTES each); complete with completeMultipartFileUpload. */
  initiateMultipartFileUpload?: Maybe<RequestFileUploadPayload>;
  /** Renames a team file: who shared it, or MANAGER and up. CONFLICT on a name taken in its folder. */
  renameTeamFile?: Maybe<TeamFilePayload>;
  /** Renames a team folder: who made it, or MANAGER and up. */
  renameTeamFolder?: Maybe<TeamFolderPayload>;
  /** Reserves quota and signs one PUT URL for a file of at most FILES_PART_BYTES; the file exists once its bytes are accepted there. */
  requestFileUpload?: Maybe<RequestFileUploadPayload>;
  /** A short-lived signed URL to upload one image to; the image exists once its bytes are accepted there. */
  requestImageUpload?: Maybe<RequestImageUploadPayload>;
  /** Makes one of a file's versions current again (newer versions are kept). */
  restoreFileVersion?: Maybe<StoredFilePayload>;
  /** Revokes a share link. */
  revokeFileShareLink?: Maybe<FileShareLinkPayload>;
  /** Records where the viewer is in a video (seconds from the start, at most its duration). */
  saveWatchProgress?: Maybe<SaveWatchProgressPayload>;
  /** Renames and/or moves a folder (not into itself or a subfolder, not deeper than FILES_MAX_FOLDER_DEPTH). */
  updateFileFolder?: Maybe<FileFolderPayload>;
  /** Renames and/or moves a file. */
  updateStoredFile?: Maybe<StoredFilePayload>;
};


export type MutationAbortFileUploadArgs = {
  uploadId: Scalars['ID']['input'];
};


export type MutationAddTeamFileArgs = {
  input: AddTeamFileInput;
};


export type MutationCompleteMultipartFileUploadArgs = {
  parts: Array<FilePartInput>;
  uploadId: Scalars['ID']['input'];
};


export type MutationCreateFileFolderArgs = {
  input: CreateFileFolderInput;
};


export type MutationCreateFileShareLinkArgs = {
  input: CreateFileShareLinkInput;
};


export type MutationCreateTeamFolderArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreateVideoArgs = {
  input: CreateVideoInput;
};


export type MutationDeleteFileFolderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteImageArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteStoredFileArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTeamFileArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteTeamFolderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteVideoArgs = {
  id: Scalars['ID']['input'];
};


export type MutationInitiateMultipartFileUploadArgs = {
  input: FileUploadInput;
};


export type MutationRenameTeamFileArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationRenameTeamFolderArgs = {
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
};


export type MutationRequestFileUploadArgs = {
  input: FileUploadInput;
};


export type MutationRestoreFileVersionArgs = {
  fileId: Scalars['ID']['input'];
  versionId: Scalars['ID']['input'];
};


export type MutationRevokeFileShareLinkArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSaveWatchProgressArgs = {
  positionSeconds: Scalars['Float']['input'];
  videoId: Scalars['ID']['input'];
};


export type MutationUpdateFileFolderArgs = {
  input: UpdateFileFolderInput;
};


export type MutationUpdateStoredFileArgs = {
  input: UpdateStoredFileInput;
};

/** Where a connection's page sits in the whole list. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when `after: endCursor` returns more. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when this page does not start the list. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge, null on an empty page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type Query = {
  __typename?: 'Query';
  /** One of the signed-in user's folders; null when there is none with this id (or it is someone else's). */
  fileFolder?: Maybe<FileFolder>;
  /** The signed-in user's folders in `parentId` (the root when null), by name. */
  fileFolders?: Maybe<FileFolderConnection>;
  /** The signed-in user's storage use and quota. */
  fileQuota?: Maybe<FileQuota>;
  /** One of the signed-in user's images; null when there is none with this id (or it is someone else's). */
  image?: Maybe<Image>;
  /** The signed-in user's images, newest first. */
  images?: Maybe<ImageConnection>;
  /** One of the signed-in user's files; null when there is none with this id (or it is someone else's). */
  storedFile?: Maybe<StoredFile>;
  /** The signed-in user's files in `folderId` (the root when null), by name. */
  storedFiles?: Maybe<StoredFileConnection>;
  /** One team file of the tenant, or null. */
  teamFile?: Maybe<TeamFile>;
  /** The tenant's team files, newest first: of one folder, or all when `folderId` is omitted. */
  teamFiles?: Maybe<TeamFileConnection>;
  /** One team folder of the tenant, or null. */
  teamFolder?: Maybe<TeamFolder>;
  /** The tenant's team folders, newest first. */
  teamFolders?: Maybe<TeamFolderConnection>;
  /** A video of the viewer's, or anyone's PUBLIC and READY one; null otherwise. */
  video?: Maybe<Video>;
  /** The viewer's videos, newest first. */
  videos?: Maybe<VideoConnection>;
};


export type QueryFileFolderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFileFoldersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  parentId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryImageArgs = {
  id: Scalars['ID']['input'];
};


export type QueryImagesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryStoredFileArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStoredFilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  folderId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTeamFileArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTeamFilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  folderId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTeamFolderArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTeamFoldersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryVideoArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVideosArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The result of asking to upload a file. */
export type RequestFileUploadPayload = {
  __typename?: 'RequestFileUploadPayload';
  /** Why not (e.g. CONFLICT on `size` past the quota); empty on success. */
  errors: Array<UserError>;
  /** Where to send the bytes; null when `errors` is not empty. */
  upload?: Maybe<FileUpload>;
};

/** The result of asking for an upload URL. */
export type RequestImageUploadPayload = {
  __typename?: 'RequestImageUploadPayload';
  /** Why no URL was given; empty on success. */
  errors: Array<UserError>;
  /** Where to send the bytes; null when `errors` is not empty. */
  upload?: Maybe<ImageUpload>;
};

export type SaveWatchProgressPayload = {
  __typename?: 'SaveWatchProgressPayload';
  errors: Array<UserError>;
  progress?: Maybe<WatchProgress>;
};

/** A stored file: a name in a folder, with one or more versions of its bytes. */
export type StoredFile = {
  __typename?: 'StoredFile';
  /** The current version's media type, sniffed from its bytes (never taken from the client). */
  contentType: Scalars['String']['output'];
  /** When its first version was stored. */
  createdAt: Scalars['DateTime']['output'];
  /** The version downloads give. */
  currentVersion: FileVersion;
  /**
   * A signed download URL (GET) of the current version, or of `versionId`; it expires after
   * FILES_URL_TTL_SECONDS. Null when `versionId` is not one of this file's versions.
   */
  downloadUrl?: Maybe<Scalars['String']['output']>;
  /** The folder it is in; null at the root. */
  folder?: Maybe<FileFolder>;
  /** Stable, opaque identifier. */
  id: Scalars['ID']['output'];
  /** The file's name: one path segment, 1 to 255 characters. */
  name: Scalars['String']['output'];
  /** The current version's SHA-256, hex. */
  sha256: Scalars['String']['output'];
  /** Its share links, newest first (their URLs are shown only when made). */
  shareLinks: FileShareLinkConnection;
  /** The current version's size in bytes. */
  size: Scalars['Int']['output'];
  /** When it last changed (a new version, a restore, a rename or a move). */
  updatedAt: Scalars['DateTime']['output'];
  /** How many versions it has. */
  versionCount: Scalars['Int']['output'];
  /** Its versions, newest first. */
  versions: FileVersionConnection;
};


/** A stored file: a name in a folder, with one or more versions of its bytes. */
export type StoredFileDownloadUrlArgs = {
  versionId?: InputMaybe<Scalars['ID']['input']>;
};


/** A stored file: a name in a folder, with one or more versions of its bytes. */
export type StoredFileShareLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A stored file: a name in a folder, with one or more versions of its bytes. */
export type StoredFileVersionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of files. */
export type StoredFileConnection = {
  __typename?: 'StoredFileConnection';
  /** The files of this page. */
  edges: Array<StoredFileEdge>;
  /** Where this page sits. */
  pageInfo: PageInfo;
  /** How many files there are, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One file in a page of files. */
export type StoredFileEdge = {
  __typename?: 'StoredFileEdge';
  /** Opaque position of this file in the list. */
  cursor: Scalars['String']['output'];
  /** The file. */
  node: StoredFile;
};

/** The result of a change to a file (completed upload, restore, rename, move). */
export type StoredFilePayload = {
  __typename?: 'StoredFilePayload';
  /** Why nothing changed; empty on success. */
  errors: Array<UserError>;
  /** The file; null when `errors` is not empty. */
  file?: Maybe<StoredFile>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The owner's transcoding progress: the current state, then every change; ends at READY or FAILED. */
  videoTranscodeProgress?: Maybe<VideoTranscodeProgress>;
};


export type SubscriptionVideoTranscodeProgressArgs = {
  videoId: Scalars['ID']['input'];
};

/**
 * A file shared with the tenant: a copy of one version of a member's personal file. Every member reads
 * and downloads it; who shared it or a MANAGER (and up) renames or deletes it.
 */
export type TeamFile = {
  __typename?: 'TeamFile';
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** A signed download URL (no session needed until it expires; see docs/API/media.md). */
  downloadUrl: Scalars['String']['output'];
  folder?: Maybe<TeamFolder>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  sha256: Scalars['String']['output'];
  size: Scalars['Int']['output'];
  uploadedBy?: Maybe<User>;
};

export type TeamFileConnection = {
  __typename?: 'TeamFileConnection';
  edges: Array<TeamFileEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TeamFileEdge = {
  __typename?: 'TeamFileEdge';
  cursor: Scalars['String']['output'];
  node: TeamFile;
};

export type TeamFilePayload = {
  __typename?: 'TeamFilePayload';
  errors: Array<UserError>;
  file?: Maybe<TeamFile>;
};

/**
 * A folder of the tenant's shared files (flat; its name is unique in the tenant). Every member of the
 * tenant reads it; who made it or a MANAGER (and up) renames or deletes it.
 */
export type TeamFolder = {
  __typename?: 'TeamFolder';
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<User>;
  /** The folder's files, newest first. */
  files: TeamFileConnection;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};


/**
 * A folder of the tenant's shared files (flat; its name is unique in the tenant). Every member of the
 * tenant reads it; who made it or a MANAGER (and up) renames or deletes it.
 */
export type TeamFolderFilesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type TeamFolderConnection = {
  __typename?: 'TeamFolderConnection';
  edges: Array<TeamFolderEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type TeamFolderEdge = {
  __typename?: 'TeamFolderEdge';
  cursor: Scalars['String']['output'];
  node: TeamFolder;
};

export type TeamFolderPayload = {
  __typename?: 'TeamFolderPayload';
  errors: Array<UserError>;
  folder?: Maybe<TeamFolder>;
};

/** A rename and/or a move of a folder. */
export type UpdateFileFolderInput = {
  /** The folder. */
  id: Scalars['ID']['input'];
  /** The new name; unchanged when absent. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The new parent: a folder id, null for the root; unchanged when absent. */
  parentId?: InputMaybe<Scalars['ID']['input']>;
};

/** A rename and/or a move of a file. */
export type UpdateStoredFileInput = {
  /** The new folder: a folder id, null for the root; unchanged when absent. */
  folderId?: InputMaybe<Scalars['ID']['input']>;
  /** The file. */
  id: Scalars['ID']['input'];
  /** The new name; unchanged when absent. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** A user, as the media subgraph points at them. */
export type User = {
  __typename?: 'User';
  id: Scalars['ID']['output'];
};

/** An expected problem with a mutation's input, returned as data so a form can show it next to its field. */
export type UserError = {
  __typename?: 'UserError';
  /** What kind of problem it is. */
  code: ErrorCode;
  /** The input field at fault, as a dotted path (e.g. `input.email`), or null when the whole input is. */
  field?: Maybe<Scalars['String']['output']>;
  /** What is wrong, in words a person understands. */
  message: Scalars['String']['output'];
};

/** A video: one stored file transcoded into an HLS ladder (240p, 480p, 720p, never above the source). */
export type Video = {
  __typename?: 'Video';
  createdAt: Scalars['DateTime']['output'];
  durationSeconds?: Maybe<Scalars['Float']['output']>;
  /** Why the job failed (FAILED), or why the last attempt failed before a retry (QUEUED). */
  failureReason?: Maybe<Scalars['String']['output']>;
  height?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  owner?: Maybe<User>;
  /** The master playlist: a plain URL for a PUBLIC video, a signed expiring one for a PRIVATE video; null until READY. */
  playbackUrl?: Maybe<Scalars['String']['output']>;
  /** 0–1 while transcoding; 1 when READY. */
  progress: Scalars['Float']['output'];
  /** Heights of the renditions, lowest first (READY only). */
  renditions: Array<Scalars['Int']['output']>;
  status: VideoStatus;
  /** The thumbnail (JPEG), signed like `playbackUrl`; null until READY. */
  thumbnailUrl?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  visibility: VideoVisibility;
  /** Where the viewer stopped watching (resume from `positionSeconds`); null if they never started. */
  watchProgress?: Maybe<WatchProgress>;
  /** The source's size and duration (READY only). */
  width?: Maybe<Scalars['Int']['output']>;
};

/** A page of videos. */
export type VideoConnection = {
  __typename?: 'VideoConnection';
  edges: Array<VideoEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type VideoEdge = {
  __typename?: 'VideoEdge';
  cursor: Scalars['String']['output'];
  node: Video;
};

/** Where a video is in its transcoding job. */
export type VideoStatus =
  /** The job failed for good; `failureReason` says why (e.g. the upload is not a video). */
  | 'FAILED'
  /** A worker holds the job and is transcoding. */
  | 'PROCESSING'
  /** Waiting for a worker (also after a worker stopped and its lease lapsed). */
  | 'QUEUED'
  /** The HLS ladder, master playlist and thumbnail are stored; playable. */
  | 'READY';

/** A transcoding job's state as it changes. */
export type VideoTranscodeProgress = {
  __typename?: 'VideoTranscodeProgress';
  failureReason?: Maybe<Scalars['String']['output']>;
  progress: Scalars['Float']['output'];
  status: VideoStatus;
  videoId: Scalars['ID']['output'];
};

/** Who may play a video. */
export type VideoVisibility =
  /** Only through a signed, expiring playback URL, which only the owner is given. */
  | 'PRIVATE'
  /** Anyone with the plain playback URL; every signed-in user can read it with `video(id)`. */
  | 'PUBLIC';

/** Where a user stopped watching a video. */
export type WatchProgress = {
  __typename?: 'WatchProgress';
  /** True once the position reached 95 % of the duration. */
  completed: Scalars['Boolean']['output'];
  positionSeconds: Scalars['Float']['output'];
  updatedAt: Scalars['DateTime']['output'];
  videoId: Scalars['ID']['output'];
};

/** Where a watermark is placed. */
export type WatermarkPosition =
  | 'CENTER'
  | 'NORTH_EAST'
  | 'NORTH_WEST'
  | 'SOUTH_EAST'
  | 'SOUTH_WEST';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  FileFolder: FileFolder;
  Image: Image;
  StoredFile: StoredFile;
  TeamFile: TeamFile;
  TeamFolder: TeamFolder;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  FileFolder:
    ( { __typename: 'FileFolder' }
    & GraphQLRecursivePick<FederationTypes['FileFolder'], {"id":true}> );
  Image:
    ( { __typename: 'Image' }
    & GraphQLRecursivePick<FederationTypes['Image'], {"id":true}> );
  StoredFile:
    ( { __typename: 'StoredFile' }
    & GraphQLRecursivePick<FederationTypes['StoredFile'], {"id":true}> );
  TeamFile:
    ( { __typename: 'TeamFile' }
    & GraphQLRecursivePick<FederationTypes['TeamFile'], {"id":true}> );
  TeamFolder:
    ( { __typename: 'TeamFolder' }
    & GraphQLRecursivePick<FederationTypes['TeamFolder'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AbortFileUploadPayload: ResolverTypeWrapper<AbortFileUploadPayload>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  AddTeamFileInput: AddTeamFileInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CreateFileFolderInput: CreateFileFolderInput;
  CreateFileShareLinkInput: CreateFileShareLinkInput;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CreateVideoInput: CreateVideoInput;
  CreateVideoPayload: ResolverTypeWrapper<Omit<CreateVideoPayload, 'video'> & { video?: Maybe<ResolversTypes['Video']> }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteFileItemPayload: ResolverTypeWrapper<DeleteFileItemPayload>;
  DeleteImagePayload: ResolverTypeWrapper<DeleteImagePayload>;
  DeleteTeamItemPayload: ResolverTypeWrapper<DeleteTeamItemPayload>;
  ErrorCode: ErrorCode;
  FileFolder: ResolverTypeWrapper<FileFolderRow>;
  FileFolderConnection: ResolverTypeWrapper<Omit<FileFolderConnection, 'edges'> & { edges: Array<ResolversTypes['FileFolderEdge']> }>;
  FileFolderEdge: ResolverTypeWrapper<Omit<FileFolderEdge, 'node'> & { node: ResolversTypes['FileFolder'] }>;
  FileFolderPayload: ResolverTypeWrapper<Omit<FileFolderPayload, 'folder'> & { folder?: Maybe<ResolversTypes['FileFolder']> }>;
  FilePartInput: FilePartInput;
  FileQuota: ResolverTypeWrapper<FileQuotaView>;
  FileShareLink: ResolverTypeWrapper<FileShareLinkView>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  FileShareLinkConnection: ResolverTypeWrapper<Omit<FileShareLinkConnection, 'edges'> & { edges: Array<ResolversTypes['FileShareLinkEdge']> }>;
  FileShareLinkEdge: ResolverTypeWrapper<Omit<FileShareLinkEdge, 'node'> & { node: ResolversTypes['FileShareLink'] }>;
  FileShareLinkPayload: ResolverTypeWrapper<Omit<FileShareLinkPayload, 'shareLink'> & { shareLink?: Maybe<ResolversTypes['FileShareLink']> }>;
  FileUpload: ResolverTypeWrapper<FileUploadView>;
  FileUploadInput: FileUploadInput;
  FileUploadPart: ResolverTypeWrapper<FileUploadPart>;
  FileVersion: ResolverTypeWrapper<FileVersionRow>;
  FileVersionConnection: ResolverTypeWrapper<Omit<FileVersionConnection, 'edges'> & { edges: Array<ResolversTypes['FileVersionEdge']> }>;
  FileVersionEdge: ResolverTypeWrapper<Omit<FileVersionEdge, 'node'> & { node: ResolversTypes['FileVersion'] }>;
  Image: ResolverTypeWrapper<ImageRow>;
  ImageConnection: ResolverTypeWrapper<Omit<ImageConnection, 'edges'> & { edges: Array<ResolversTypes['ImageEdge']> }>;
  ImageCropInput: ImageCropInput;
  ImageEdge: ResolverTypeWrapper<Omit<ImageEdge, 'node'> & { node: ResolversTypes['Image'] }>;
  ImageFit: ImageFit;
  ImageFormat: ImageFormat;
  ImageTransformInput: ImageTransformInput;
  ImageUpload: ResolverTypeWrapper<UploadView>;
  ImageWatermarkInput: ImageWatermarkInput;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RequestFileUploadPayload: ResolverTypeWrapper<Omit<RequestFileUploadPayload, 'upload'> & { upload?: Maybe<ResolversTypes['FileUpload']> }>;
  RequestImageUploadPayload: ResolverTypeWrapper<Omit<RequestImageUploadPayload, 'upload'> & { upload?: Maybe<ResolversTypes['ImageUpload']> }>;
  SaveWatchProgressPayload: ResolverTypeWrapper<Omit<SaveWatchProgressPayload, 'progress'> & { progress?: Maybe<ResolversTypes['WatchProgress']> }>;
  StoredFile: ResolverTypeWrapper<StoredFileRow>;
  StoredFileConnection: ResolverTypeWrapper<Omit<StoredFileConnection, 'edges'> & { edges: Array<ResolversTypes['StoredFileEdge']> }>;
  StoredFileEdge: ResolverTypeWrapper<Omit<StoredFileEdge, 'node'> & { node: ResolversTypes['StoredFile'] }>;
  StoredFilePayload: ResolverTypeWrapper<Omit<StoredFilePayload, 'file'> & { file?: Maybe<ResolversTypes['StoredFile']> }>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TeamFile: ResolverTypeWrapper<TeamFileRow>;
  TeamFileConnection: ResolverTypeWrapper<Omit<TeamFileConnection, 'edges'> & { edges: Array<ResolversTypes['TeamFileEdge']> }>;
  TeamFileEdge: ResolverTypeWrapper<Omit<TeamFileEdge, 'node'> & { node: ResolversTypes['TeamFile'] }>;
  TeamFilePayload: ResolverTypeWrapper<Omit<TeamFilePayload, 'file'> & { file?: Maybe<ResolversTypes['TeamFile']> }>;
  TeamFolder: ResolverTypeWrapper<TeamFolderRow>;
  TeamFolderConnection: ResolverTypeWrapper<Omit<TeamFolderConnection, 'edges'> & { edges: Array<ResolversTypes['TeamFolderEdge']> }>;
  TeamFolderEdge: ResolverTypeWrapper<Omit<TeamFolderEdge, 'node'> & { node: ResolversTypes['TeamFolder'] }>;
  TeamFolderPayload: ResolverTypeWrapper<Omit<TeamFolderPayload, 'folder'> & { folder?: Maybe<ResolversTypes['TeamFolder']> }>;
  UpdateFileFolderInput: UpdateFileFolderInput;
  UpdateStoredFileInput: UpdateStoredFileInput;
  User: ResolverTypeWrapper<UserRef>;
  UserError: ResolverTypeWrapper<UserError>;
  Video: ResolverTypeWrapper<VideoRow>;
  VideoConnection: ResolverTypeWrapper<Omit<VideoConnection, 'edges'> & { edges: Array<ResolversTypes['VideoEdge']> }>;
  VideoEdge: ResolverTypeWrapper<Omit<VideoEdge, 'node'> & { node: ResolversTypes['Video'] }>;
  VideoStatus: VideoStatus;
  VideoTranscodeProgress: ResolverTypeWrapper<VideoProgressEvent>;
  VideoVisibility: VideoVisibility;
  WatchProgress: ResolverTypeWrapper<WatchProgressView>;
  WatermarkPosition: WatermarkPosition;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AbortFileUploadPayload: AbortFileUploadPayload;
  ID: Scalars['ID']['output'];
  AddTeamFileInput: AddTeamFileInput;
  String: Scalars['String']['output'];
  CreateFileFolderInput: CreateFileFolderInput;
  CreateFileShareLinkInput: CreateFileShareLinkInput;
  Int: Scalars['Int']['output'];
  CreateVideoInput: CreateVideoInput;
  CreateVideoPayload: Omit<CreateVideoPayload, 'video'> & { video?: Maybe<ResolversParentTypes['Video']> };
  DateTime: Scalars['DateTime']['output'];
  DeleteFileItemPayload: DeleteFileItemPayload;
  DeleteImagePayload: DeleteImagePayload;
  DeleteTeamItemPayload: DeleteTeamItemPayload;
  FileFolder: FileFolderRow;
  FileFolderConnection: Omit<FileFolderConnection, 'edges'> & { edges: Array<ResolversParentTypes['FileFolderEdge']> };
  FileFolderEdge: Omit<FileFolderEdge, 'node'> & { node: ResolversParentTypes['FileFolder'] };
  FileFolderPayload: Omit<FileFolderPayload, 'folder'> & { folder?: Maybe<ResolversParentTypes['FileFolder']> };
  FilePartInput: FilePartInput;
  FileQuota: FileQuotaView;
  FileShareLink: FileShareLinkView;
  Boolean: Scalars['Boolean']['output'];
  FileShareLinkConnection: Omit<FileShareLinkConnection, 'edges'> & { edges: Array<ResolversParentTypes['FileShareLinkEdge']> };
  FileShareLinkEdge: Omit<FileShareLinkEdge, 'node'> & { node: ResolversParentTypes['FileShareLink'] };
  FileShareLinkPayload: Omit<FileShareLinkPayload, 'shareLink'> & { shareLink?: Maybe<ResolversParentTypes['FileShareLink']> };
  FileUpload: FileUploadView;
  FileUploadInput: FileUploadInput;
  FileUploadPart: FileUploadPart;
  FileVersion: FileVersionRow;
  FileVersionConnection: Omit<FileVersionConnection, 'edges'> & { edges: Array<ResolversParentTypes['FileVersionEdge']> };
  FileVersionEdge: Omit<FileVersionEdge, 'node'> & { node: ResolversParentTypes['FileVersion'] };
  Image: ImageRow;
  ImageConnection: Omit<ImageConnection, 'edges'> & { edges: Array<ResolversParentTypes['ImageEdge']> };
  ImageCropInput: ImageCropInput;
  ImageEdge: Omit<ImageEdge, 'node'> & { node: ResolversParentTypes['Image'] };
  ImageTransformInput: ImageTransformInput;
  ImageUpload: UploadView;
  ImageWatermarkInput: ImageWatermarkInput;
  Mutation: Record<PropertyKey, never>;
  Float: Scalars['Float']['output'];
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RequestFileUploadPayload: Omit<RequestFileUploadPayload, 'upload'> & { upload?: Maybe<ResolversParentTypes['FileUpload']> };
  RequestImageUploadPayload: Omit<RequestImageUploadPayload, 'upload'> & { upload?: Maybe<ResolversParentTypes['ImageUpload']> };
  SaveWatchProgressPayload: Omit<SaveWatchProgressPayload, 'progress'> & { progress?: Maybe<ResolversParentTypes['WatchProgress']> };
  StoredFile: StoredFileRow;
  StoredFileConnection: Omit<StoredFileConnection, 'edges'> & { edges: Array<ResolversParentTypes['StoredFileEdge']> };
  StoredFileEdge: Omit<StoredFileEdge, 'node'> & { node: ResolversParentTypes['StoredFile'] };
  StoredFilePayload: Omit<StoredFilePayload, 'file'> & { file?: Maybe<ResolversParentTypes['StoredFile']> };
  Subscription: Record<PropertyKey, never>;
  TeamFile: TeamFileRow;
  TeamFileConnection: Omit<TeamFileConnection, 'edges'> & { edges: Array<ResolversParentTypes['TeamFileEdge']> };
  TeamFileEdge: Omit<TeamFileEdge, 'node'> & { node: ResolversParentTypes['TeamFile'] };
  TeamFilePayload: Omit<TeamFilePayload, 'file'> & { file?: Maybe<ResolversParentTypes['TeamFile']> };
  TeamFolder: TeamFolderRow;
  TeamFolderConnection: Omit<TeamFolderConnection, 'edges'> & { edges: Array<ResolversParentTypes['TeamFolderEdge']> };
  TeamFolderEdge: Omit<TeamFolderEdge, 'node'> & { node: ResolversParentTypes['TeamFolder'] };
  TeamFolderPayload: Omit<TeamFolderPayload, 'folder'> & { folder?: Maybe<ResolversParentTypes['TeamFolder']> };
  UpdateFileFolderInput: UpdateFileFolderInput;
  UpdateStoredFileInput: UpdateStoredFileInput;
  User: UserRef;
  UserError: UserError;
  Video: VideoRow;
  VideoConnection: Omit<VideoConnection, 'edges'> & { edges: Array<ResolversParentTypes['VideoEdge']> };
  VideoEdge: Omit<VideoEdge, 'node'> & { node: ResolversParentTypes['Video'] };
  VideoTranscodeProgress: VideoProgressEvent;
  WatchProgress: WatchProgressView;
}>;

export type AuthenticatedDirectiveArgs = { };

export type AuthenticatedDirectiveResolver<Result, Parent, ContextType = MediaContext, Args = AuthenticatedDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AbortFileUploadPayloadResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['AbortFileUploadPayload'] = ResolversParentTypes['AbortFileUploadPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  uploadId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type CreateVideoPayloadResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['CreateVideoPayload'] = ResolversParentTypes['CreateVideoPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  video?: Resolver<Maybe<ResolversTypes['Video']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteFileItemPayloadResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['DeleteFileItemPayload'] = ResolversParentTypes['DeleteFileItemPayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DeleteImagePayloadResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['DeleteImagePayload'] = ResolversParentTypes['DeleteImagePayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DeleteTeamItemPayloadResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['DeleteTeamItemPayload'] = ResolversParentTypes['DeleteTeamItemPayload']> = ResolversObject<{
  deletedId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type FileFolderResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['FileFolder'] = ResolversParentTypes['FileFolder'], FederationReferenceType extends FederationReferenceTypes['FileFolder'] = FederationReferenceTypes['FileFolder']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FileFolder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  files?: Resolver<ResolversTypes['StoredFileConnection'], ParentType, ContextType, RequireFields<FileFolderFilesArgs, 'first'>>;
  folders?: Resolver<ResolversTypes['FileFolderConnection'], ParentType, ContextType, RequireFields<FileFolderFoldersArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['FileFolder']>, ParentType, ContextType>;
}>;

export type FileFolderConnectionResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['FileFolderConnection'] = ResolversParentTypes['FileFolderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FileFolderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FileFolderEdgeResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['FileFolderEdge'] = ResolversParentTypes['FileFolderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FileFolder'], ParentType, ContextType>;
}>;

export type FileFolderPayloadResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['FileFolderPayload'] = ResolversParentTypes['FileFolderPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  folder?: Resolver<Maybe<ResolversTypes['FileFolder']>, ParentType, ContextType>;
}>;

export type FileQuotaResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['FileQuota'] = ResolversParentTypes['FileQuota']> = ResolversObject<{
  limitBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  usedBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FileShareLinkResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['FileShareLink'] = ResolversParentTypes['FileShareLink']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  hasPassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revoked?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FileShareLinkConnectionResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['FileShareLinkConnection'] = ResolversParentTypes['FileShareLinkConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FileShareLinkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FileShareLinkEdgeResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['FileShareLinkEdge'] = ResolversParentTypes['FileShareLinkEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FileShareLink'], ParentType, ContextType>;
}>;

export type FileShareLinkPayloadResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['FileShareLinkPayload'] = ResolversParentTypes['FileShareLinkPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  shareLink?: Resolver<Maybe<ResolversTypes['FileShareLink']>, ParentType, ContextType>;
}>;

export type FileUploadResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['FileUpload'] = ResolversParentTypes['FileUpload']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partSize?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['FileUploadPart']>, ParentType, ContextType>;
  uploadId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type FileUploadPartResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['FileUploadPart'] = ResolversParentTypes['FileUploadPart']> = ResolversObject<{
  partNumber?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type FileVersionResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['FileVersion'] = ResolversParentTypes['FileVersion']> = ResolversObject<{
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isCurrent?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FileVersionConnectionResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['FileVersionConnection'] = ResolversParentTypes['FileVersionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['FileVersionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type FileVersionEdgeResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['FileVersionEdge'] = ResolversParentTypes['FileVersionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FileVersion'], ParentType, ContextType>;
}>;

export type ImageResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['Image'] = ResolversParentTypes['Image'], FederationReferenceType extends FederationReferenceTypes['Image'] = FederationReferenceTypes['Image']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Image']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ImageFormat'], ParentType, ContextType>;
  height?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType, Partial<ImageUrlArgs>>;
  width?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImageConnectionResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['ImageConnection'] = ResolversParentTypes['ImageConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ImageEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ImageEdgeResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['ImageEdge'] = ResolversParentTypes['ImageEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Image'], ParentType, ContextType>;
}>;

export type ImageUploadResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['ImageUpload'] = ResolversParentTypes['ImageUpload']> = ResolversObject<{
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  imageId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  maxBytes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  abortFileUpload?: Resolver<Maybe<ResolversTypes['AbortFileUploadPayload']>, ParentType, ContextType, RequireFields<MutationAbortFileUploadArgs, 'uploadId'>>;
  addTeamFile?: Resolver<Maybe<ResolversTypes['TeamFilePayload']>, ParentType, ContextType, RequireFields<MutationAddTeamFileArgs, 'input'>>;
  completeMultipartFileUpload?: Resolver<Maybe<ResolversTypes['StoredFilePayload']>, ParentType, ContextType, RequireFields<MutationCompleteMultipartFileUploadArgs, 'parts' | 'uploadId'>>;
  createFileFolder?: Resolver<Maybe<ResolversTypes['FileFolderPayload']>, ParentType, ContextType, RequireFields<MutationCreateFileFolderArgs, 'input'>>;
  createFileShareLink?: Resolver<Maybe<ResolversTypes['FileShareLinkPayload']>, ParentType, ContextType, RequireFields<MutationCreateFileShareLinkArgs, 'input'>>;
  createTeamFolder?: Resolver<Maybe<ResolversTypes['TeamFolderPayload']>, ParentType, ContextType, RequireFields<MutationCreateTeamFolderArgs, 'name'>>;
  createVideo?: Resolver<Maybe<ResolversTypes['CreateVideoPayload']>, ParentType, ContextType, RequireFields<MutationCreateVideoArgs, 'input'>>;
  deleteFileFolder?: Resolver<Maybe<ResolversTypes['DeleteFileItemPayload']>, ParentType, ContextType, RequireFields<MutationDeleteFileFolderArgs, 'id'>>;
  deleteImage?: Resolver<Maybe<ResolversTypes['DeleteImagePayload']>, ParentType, ContextType, RequireFields<MutationDeleteImageArgs, 'id'>>;
  deleteStoredFile?: Resolver<Maybe<ResolversTypes['DeleteFileItemPayload']>, ParentType, ContextType, RequireFields<MutationDeleteStoredFileArgs, 'id'>>;
  deleteTeamFile?: Resolver<Maybe<ResolversTypes['DeleteTeamItemPayload']>, ParentType, ContextType, RequireFields<MutationDeleteTeamFileArgs, 'id'>>;
  deleteTeamFolder?: Resolver<Maybe<ResolversTypes['DeleteTeamItemPayload']>, ParentType, ContextType, RequireFields<MutationDeleteTeamFolderArgs, 'id'>>;
  deleteVideo?: Resolver<Maybe<ResolversTypes['DeleteFileItemPayload']>, ParentType, ContextType, RequireFields<MutationDeleteVideoArgs, 'id'>>;
  initiateMultipartFileUpload?: Resolver<Maybe<ResolversTypes['RequestFileUploadPayload']>, ParentType, ContextType, RequireFields<MutationInitiateMultipartFileUploadArgs, 'input'>>;
  renameTeamFile?: Resolver<Maybe<ResolversTypes['TeamFilePayload']>, ParentType, ContextType, RequireFields<MutationRenameTeamFileArgs, 'id' | 'name'>>;
  renameTeamFolder?: Resolver<Maybe<ResolversTypes['TeamFolderPayload']>, ParentType, ContextType, RequireFields<MutationRenameTeamFolderArgs, 'id' | 'name'>>;
  requestFileUpload?: Resolver<Maybe<ResolversTypes['RequestFileUploadPayload']>, ParentType, ContextType, RequireFields<MutationRequestFileUploadArgs, 'input'>>;
  requestImageUpload?: Resolver<Maybe<ResolversTypes['RequestImageUploadPayload']>, ParentType, ContextType>;
  restoreFileVersion?: Resolver<Maybe<ResolversTypes['StoredFilePayload']>, ParentType, ContextType, RequireFields<MutationRestoreFileVersionArgs, 'fileId' | 'versionId'>>;
  revokeFileShareLink?: Resolver<Maybe<ResolversTypes['FileShareLinkPayload']>, ParentType, ContextType, RequireFields<MutationRevokeFileShareLinkArgs, 'id'>>;
  saveWatchProgress?: Resolver<Maybe<ResolversTypes['SaveWatchProgressPayload']>, ParentType, ContextType, RequireFields<MutationSaveWatchProgressArgs, 'positionSeconds' | 'videoId'>>;
  updateFileFolder?: Resolver<Maybe<ResolversTypes['FileFolderPayload']>, ParentType, ContextType, RequireFields<MutationUpdateFileFolderArgs, 'input'>>;
  updateStoredFile?: Resolver<Maybe<ResolversTypes['StoredFilePayload']>, ParentType, ContextType, RequireFields<MutationUpdateStoredFileArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  fileFolder?: Resolver<Maybe<ResolversTypes['FileFolder']>, ParentType, ContextType, RequireFields<QueryFileFolderArgs, 'id'>>;
  fileFolders?: Resolver<Maybe<ResolversTypes['FileFolderConnection']>, ParentType, ContextType, RequireFields<QueryFileFoldersArgs, 'first'>>;
  fileQuota?: Resolver<Maybe<ResolversTypes['FileQuota']>, ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['Image']>, ParentType, ContextType, RequireFields<QueryImageArgs, 'id'>>;
  images?: Resolver<Maybe<ResolversTypes['ImageConnection']>, ParentType, ContextType, RequireFields<QueryImagesArgs, 'first'>>;
  storedFile?: Resolver<Maybe<ResolversTypes['StoredFile']>, ParentType, ContextType, RequireFields<QueryStoredFileArgs, 'id'>>;
  storedFiles?: Resolver<Maybe<ResolversTypes['StoredFileConnection']>, ParentType, ContextType, RequireFields<QueryStoredFilesArgs, 'first'>>;
  teamFile?: Resolver<Maybe<ResolversTypes['TeamFile']>, ParentType, ContextType, RequireFields<QueryTeamFileArgs, 'id'>>;
  teamFiles?: Resolver<Maybe<ResolversTypes['TeamFileConnection']>, ParentType, ContextType, RequireFields<QueryTeamFilesArgs, 'first'>>;
  teamFolder?: Resolver<Maybe<ResolversTypes['TeamFolder']>, ParentType, ContextType, RequireFields<QueryTeamFolderArgs, 'id'>>;
  teamFolders?: Resolver<Maybe<ResolversTypes['TeamFolderConnection']>, ParentType, ContextType, RequireFields<QueryTeamFoldersArgs, 'first'>>;
  video?: Resolver<Maybe<ResolversTypes['Video']>, ParentType, ContextType, RequireFields<QueryVideoArgs, 'id'>>;
  videos?: Resolver<Maybe<ResolversTypes['VideoConnection']>, ParentType, ContextType, RequireFields<QueryVideosArgs, 'first'>>;
}>;

export type RequestFileUploadPayloadResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['RequestFileUploadPayload'] = ResolversParentTypes['RequestFileUploadPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  upload?: Resolver<Maybe<ResolversTypes['FileUpload']>, ParentType, ContextType>;
}>;

export type RequestImageUploadPayloadResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['RequestImageUploadPayload'] = ResolversParentTypes['RequestImageUploadPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  upload?: Resolver<Maybe<ResolversTypes['ImageUpload']>, ParentType, ContextType>;
}>;

export type SaveWatchProgressPayloadResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['SaveWatchProgressPayload'] = ResolversParentTypes['SaveWatchProgressPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['WatchProgress']>, ParentType, ContextType>;
}>;

export type StoredFileResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['StoredFile'] = ResolversParentTypes['StoredFile'], FederationReferenceType extends FederationReferenceTypes['StoredFile'] = FederationReferenceTypes['StoredFile']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['StoredFile']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  currentVersion?: Resolver<ResolversTypes['FileVersion'], ParentType, ContextType>;
  downloadUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, Partial<StoredFileDownloadUrlArgs>>;
  folder?: Resolver<Maybe<ResolversTypes['FileFolder']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  shareLinks?: Resolver<ResolversTypes['FileShareLinkConnection'], ParentType, ContextType, RequireFields<StoredFileShareLinksArgs, 'first'>>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  versionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  versions?: Resolver<ResolversTypes['FileVersionConnection'], ParentType, ContextType, RequireFields<StoredFileVersionsArgs, 'first'>>;
}>;

export type StoredFileConnectionResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['StoredFileConnection'] = ResolversParentTypes['StoredFileConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['StoredFileEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StoredFileEdgeResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['StoredFileEdge'] = ResolversParentTypes['StoredFileEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['StoredFile'], ParentType, ContextType>;
}>;

export type StoredFilePayloadResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['StoredFilePayload'] = ResolversParentTypes['StoredFilePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['StoredFile']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  videoTranscodeProgress?: SubscriptionResolver<Maybe<ResolversTypes['VideoTranscodeProgress']>, "videoTranscodeProgress", ParentType, ContextType, RequireFields<SubscriptionVideoTranscodeProgressArgs, 'videoId'>>;
}>;

export type TeamFileResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['TeamFile'] = ResolversParentTypes['TeamFile'], FederationReferenceType extends FederationReferenceTypes['TeamFile'] = FederationReferenceTypes['TeamFile']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TeamFile']> | FederationReferenceType, FederationReferenceType, ContextType>;
  contentType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  downloadUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  folder?: Resolver<Maybe<ResolversTypes['TeamFolder']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  uploadedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type TeamFileConnectionResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['TeamFileConnection'] = ResolversParentTypes['TeamFileConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TeamFileEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TeamFileEdgeResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['TeamFileEdge'] = ResolversParentTypes['TeamFileEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TeamFile'], ParentType, ContextType>;
}>;

export type TeamFilePayloadResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['TeamFilePayload'] = ResolversParentTypes['TeamFilePayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  file?: Resolver<Maybe<ResolversTypes['TeamFile']>, ParentType, ContextType>;
}>;

export type TeamFolderResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['TeamFolder'] = ResolversParentTypes['TeamFolder'], FederationReferenceType extends FederationReferenceTypes['TeamFolder'] = FederationReferenceTypes['TeamFolder']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['TeamFolder']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  files?: Resolver<ResolversTypes['TeamFileConnection'], ParentType, ContextType, RequireFields<TeamFolderFilesArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TeamFolderConnectionResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['TeamFolderConnection'] = ResolversParentTypes['TeamFolderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TeamFolderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TeamFolderEdgeResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['TeamFolderEdge'] = ResolversParentTypes['TeamFolderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TeamFolder'], ParentType, ContextType>;
}>;

export type TeamFolderPayloadResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['TeamFolderPayload'] = ResolversParentTypes['TeamFolderPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  folder?: Resolver<Maybe<ResolversTypes['TeamFolder']>, ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['ErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type VideoResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['Video'] = ResolversParentTypes['Video']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationSeconds?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  height?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  owner?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  playbackUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  renditions?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VideoStatus'], ParentType, ContextType>;
  thumbnailUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['VideoVisibility'], ParentType, ContextType>;
  watchProgress?: Resolver<Maybe<ResolversTypes['WatchProgress']>, ParentType, ContextType>;
  width?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type VideoConnectionResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['VideoConnection'] = ResolversParentTypes['VideoConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['VideoEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type VideoEdgeResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['VideoEdge'] = ResolversParentTypes['VideoEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Video'], ParentType, ContextType>;
}>;

export type VideoTranscodeProgressResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['VideoTranscodeProgress'] = ResolversParentTypes['VideoTranscodeProgress']> = ResolversObject<{
  failureReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['VideoStatus'], ParentType, ContextType>;
  videoId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type WatchProgressResolvers<ContextType = MediaContext, ParentType extends ResolversParentTypes['WatchProgress'] = ResolversParentTypes['WatchProgress']> = ResolversObject<{
  completed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  positionSeconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  videoId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = MediaContext> = ResolversObject<{
  AbortFileUploadPayload?: AbortFileUploadPayloadResolvers<ContextType>;
  CreateVideoPayload?: CreateVideoPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteFileItemPayload?: DeleteFileItemPayloadResolvers<ContextType>;
  DeleteImagePayload?: DeleteImagePayloadResolvers<ContextType>;
  DeleteTeamItemPayload?: DeleteTeamItemPayloadResolvers<ContextType>;
  FileFolder?: FileFolderResolvers<ContextType>;
  FileFolderConnection?: FileFolderConnectionResolvers<ContextType>;
  FileFolderEdge?: FileFolderEdgeResolvers<ContextType>;
  FileFolderPayload?: FileFolderPayloadResolvers<ContextType>;
  FileQuota?: FileQuotaResolvers<ContextType>;
  FileShareLink?: FileShareLinkResolvers<ContextType>;
  FileShareLinkConnection?: FileShareLinkConnectionResolvers<ContextType>;
  FileShareLinkEdge?: FileShareLinkEdgeResolvers<ContextType>;
  FileShareLinkPayload?: FileShareLinkPayloadResolvers<ContextType>;
  FileUpload?: FileUploadResolvers<ContextType>;
  FileUploadPart?: FileUploadPartResolvers<ContextType>;
  FileVersion?: FileVersionResolvers<ContextType>;
  FileVersionConnection?: FileVersionConnectionResolvers<ContextType>;
  FileVersionEdge?: FileVersionEdgeResolvers<ContextType>;
  Image?: ImageResolvers<ContextType>;
  ImageConnection?: ImageConnectionResolvers<ContextType>;
  ImageEdge?: ImageEdgeResolvers<ContextType>;
  ImageUpload?: ImageUploadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RequestFileUploadPayload?: RequestFileUploadPayloadResolvers<ContextType>;
  RequestImageUploadPayload?: RequestImageUploadPayloadResolvers<ContextType>;
  SaveWatchProgressPayload?: SaveWatchProgressPayloadResolvers<ContextType>;
  StoredFile?: StoredFileResolvers<ContextType>;
  StoredFileConnection?: StoredFileConnectionResolvers<ContextType>;
  StoredFileEdge?: StoredFileEdgeResolvers<ContextType>;
  StoredFilePayload?: StoredFilePayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TeamFile?: TeamFileResolvers<ContextType>;
  TeamFileConnection?: TeamFileConnectionResolvers<ContextType>;
  TeamFileEdge?: TeamFileEdgeResolvers<ContextType>;
  TeamFilePayload?: TeamFilePayloadResolvers<ContextType>;
  TeamFolder?: TeamFolderResolvers<ContextType>;
  TeamFolderConnection?: TeamFolderConnectionResolvers<ContextType>;
  TeamFolderEdge?: TeamFolderEdgeResolvers<ContextType>;
  TeamFolderPayload?: TeamFolderPayloadResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  Video?: VideoResolvers<ContextType>;
  VideoConnection?: VideoConnectionResolvers<ContextType>;
  VideoEdge?: VideoEdgeResolvers<ContextType>;
  VideoTranscodeProgress?: VideoTranscodeProgressResolvers<ContextType>;
  WatchProgress?: WatchProgressResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = MediaContext> = ResolversObject<{
  authenticated?: AuthenticatedDirectiveResolver<any, any, ContextType>;
}>;
