import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { raw } from '@mikro-orm/core';
import argon2 from 'argon2';
import {
  ErrorCode,
  checkPage,
  fail,
  isRetryableConflict,
  isUniqueViolation,
  lockRow,
  isUuid,
  listAll,
  newId,
  ok,
  paginate,
  requireViewer,
  totalOrder,
  type Connection,
  type Em,
  type Payload,
  type UserError,
  hashPassword,
} from '../../../../kit';
import { textProblem } from '../../../../kit/src/input';
import type { MediaConfig } from '../config';
import type { MediaDeps } from '../context';
import type { HttpAnswer } from '../service';
import {
  FileFolder,
  FileQuota,
  FileShareLink,
  FileUpload,
  FileVersion,
  ROOT_KEY,
  StoredFile,
  type FileFolderRow,
  type FileShareLinkRow,
  type FileUploadRow,
  type FileVersionRow,
  type StoredFileRow,
} from './entities';
import { fileResources } from './resources';
import { SNIFF_BYTES, sniffContentType } from './sniff';
import { resources } from '../resources';

export const FILE_UPLOAD_PREFIX = '/media/files/upload/';
export const FILE_DOWNLOAD_PREFIX = '/media/files/download/';
export const FILE_SHARE_PREFIX = '/media/files/share/';
/** The header a share link's password is sent in (never in the URL, where logs would keep it). */
export const SHARE_PASSWORD_HEADER = 'x-file-share-password';
export const MAX_PARTS = 1000;
const MAX_NAME = 255;

/** Where a version's bytes and an upload's parts live in storage (ids only: a name never reaches a key). */
export const versionKey = (versionId: string) => `files/v/${versionId}`;
export const partPrefix = (uploadId: string) => `files/uploads/${uploadId}/`;
export const partKey = (uploadId: string, n: number) => `${partPrefix(uploadId)}${String(n).padStart(5, '0')}`;

export interface FilePartView {
  partNumber: number;
  size: number;
  url: string;
}
export interface FileUploadView {
  uploadId: string;
  method: string;
  url: string | null;
  partSize: number | null;
  parts: FilePartView[];
  expiresAt: Date;
}
export interface FileQuotaView {
  usedBytes: number;
  limitBytes: number;
}
export interface FileShareLinkView {
  row: FileShareLinkRow;
  /** Only right after creation: the token is not stored. */
  url: string | null;
}

const err = (field: string | null, message: string, code: UserError['code'] = ErrorCode.BAD_USER_INPUT): UserError => ({
  field,
  message,
  code,
});
const refuse = (status: number, code: string, message: string, headers?: Record<string, string>): HttpAnswer => ({
  status,
  code,
  message,
  headers,
});
const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const publicUrl = (config: MediaConfig, path: string) => `${config.MEDIA_PUBLIC_BASE_URL ?? ''}${path}`;

/** Why `name` cannot name a file or folder, or null. Names never reach a storage key, but `../x` is refused all the same. */
export function nameProblem(name: string): string | null {
  const text = textProblem(name);
  if (text) return text;
  if (name.length < 1 || name.length > MAX_NAME) return `must be 1 to ${MAX_NAME} characters`;
  if (name === '.' || name === '..') return 'must not be "." or ".."';
  if (/[/\\]/.test(name)) return 'must not contain "/" or "\\" (a name is one path segment)';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'must not contain control characters';
  if (name.trim() !== name) return 'must not start or end with spaces';
  return null;
}

/** A refusal raised inside a transaction, turned back into a payload error. */
class Refusal extends Error {
  constructor(readonly error: UserError) {
    super(error.message);
  }
}

/** The rules of file storage (catalogue #47): folders, uploads, versions, quotas and share links. */
export class FileService {
  // ---------------------------------------------------------------------------------------------
  // Folders

  private async ownedFolder(deps: MediaDeps, id: string): Promise<FileFolderRow | null> {
    const viewer = requireViewer(deps.viewer);
    if (!isUuid(id)) return null;
    const folder = await deps.loaders.fileFolderById.load(id);
    return folder && folder.ownerId === viewer.userId ? folder : null;
  }

  /** One of the viewer's folders, or null. */
  folder(deps: MediaDeps, id: string): Promise<FileFolderRow | null> {
    return this.ownedFolder(deps, id);
  }

  /** How deep `folder` is (a root folder is 1): one query per level, at most FILES_MAX_FOLDER_DEPTH. */
  private async ancestry(
    deps: MediaDeps,
    folder: FileFolderRow,
    load: (id: string) => Promise<FileFolderRow | null | undefined> = (id) => deps.loaders.fileFolderById.load(id),
  ): Promise<string[]> {
    const ids = [folder.id];
    let parentId = folder.parentId;
    while (parentId && ids.length <= deps.config.FILES_MAX_FOLDER_DEPTH) {
      const parent = await load(parentId);
      if (!parent) break;
      ids.push(parent.id);
      parentId = parent.parentId;
    }
    return ids;
  }

  /** The levels of folders below `folder`, counting itself (1 for a leaf). */
  private async height(deps: MediaDeps, folder: FileFolderRow, em: Em = deps.em): Promise<number> {
    let level = [folder.id];
    let height = 0;
    while (level.length && height <= deps.config.FILES_MAX_FOLDER_DEPTH) {
      height++;
      const children = await em.find(FileFolder, { parentId: { $in: level } }, { fields: ['id'] });
      level = children.map((c) => c.id);
    }
    return height;
  }

  async createFolder(deps: MediaDeps, input: { name: string; parentId?: string | null }): Promise<Payload<{ folder: FileFolderRow }>> {
    const viewer = requireViewer(deps.viewer);
    const problem = nameProblem(input.name);
    if (problem) return fail(err('name', `The name ${problem}.`));
    let parent: FileFolderRow | null = null;
    if (input.parentId != null) {
      parent = await this.ownedFolder(deps, input.parentId);
      if (!parent) return fail(err('parentId', 'No folder with this id.', ErrorCode.NOT_FOUND));
      if ((await this.ancestry(deps, parent)).length + 1 > deps.config.FILES_MAX_FOLDER_DEPTH) {
        return fail(err('parentId', `Folders nest at most ${deps.config.FILES_MAX_FOLDER_DEPTH} deep.`));
      }
    }
    const folder = deps.em.create(FileFolder, {
      ownerId: viewer.userId,
      parentId: parent?.id ?? null,
      parentKey: parent?.id ?? ROOT_KEY,
      name: input.name,
    } as never) as FileFolderRow;
    const conflict = await this.flushOrConflict(deps.em, 'name', 'A folder with this name is already there.');
    return conflict ? fail(conflict) : ok({ folder });
  }

  /** Renames and/or moves a folder (`parentId` null: to the root; absent: where it is). */
  async updateFolder(
    deps: MediaDeps,
    input: { id: string; name?: string | null; parentId?: string | null },
  ): Promise<Payload<{ folder: FileFolderRow }>> {
    const folder = await this.ownedFolder(deps, input.id);
    if (!folder) return fail(err('id', 'No folder with this id.', ErrorCode.NOT_FOUND));
    if (input.name != null) {
      const problem = nameProblem(input.name);
      if (problem) return fail(err('name', `The name ${problem}.`));
    }
    const parentId = (input.parentId === undefined ? folder.parentId : input.parentId) ?? null;
    if (parentId !== null && parentId !== (folder.parentId ?? null)) return this.moveIntoFolder(deps, folder, parentId, input.name);
    folder.parentId = parentId;
    folder.parentKey = parentId ?? ROOT_KEY;
    if (input.name != null) folder.name = input.name;
    const conflict = await this.flushOrConflict(deps.em, 'name', 'A folder with this name is already there.');
    return conflict ? fail(conflict) : ok({ folder });
  }

  /**
   * Moves a folder under another (and renames it, when asked). Moves of one owner's folders take turns
   * on the owner's quota row and check the tree as their own transaction sees it: two moves of folders
   * into each other, each checked against the tree from before the other, would both pass and make a loop.
   */
  private async moveIntoFolder(
    deps: MediaDeps,
    folder: FileFolderRow,
    parentId: string,
    name: string | null | undefined,
  ): Promise<Payload<{ folder: FileFolderRow }>> {
    await this.ensureQuotaRow(deps.em, folder.ownerId);
    const refused = await deps.em.fork().transactional(async (tx): Promise<UserError | null> => {
      await lockRow(tx, FileQuota, { ownerId: folder.ownerId });
      const target = await tx.findOne(FileFolder, { id: parentId, ownerId: folder.ownerId });
      if (!target) return err('parentId', 'No folder with this id.', ErrorCode.NOT_FOUND);
      const above = await this.ancestry(deps, target, (id) => tx.findOne(FileFolder, { id }));
      if (above.includes(folder.id))
        return err('parentId', 'A folder cannot move into itself or one of its subfolders.', ErrorCode.CONFLICT);
      if (above.length + (await this.height(deps, folder, tx)) > deps.config.FILES_MAX_FOLDER_DEPTH) {
        return err('parentId', `Folders nest at most ${deps.config.FILES_MAX_FOLDER_DEPTH} deep.`);
      }
      try {
        await tx.nativeUpdate(FileFolder, { id: folder.id }, { parentId, parentKey: parentId, ...(name != null ? { name } : {}) });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        return err('name', 'A folder with this name is already there.', ErrorCode.CONFLICT);
      }
      return null;
    });
    if (refused) return fail(refused);
    return ok({ folder: (await deps.em.fork().findOneOrFail(FileFolder, { id: folder.id })) as FileFolderRow });
  }

  /** Deletes an empty folder (no subfolders, no files, no pending uploads). */
  async deleteFolder(deps: MediaDeps, id: string): Promise<Payload<{ deletedId: string }>> {
    const folder = await this.ownedFolder(deps, id);
    if (!folder) return fail(err('id', 'No folder with this id.', ErrorCode.NOT_FOUND));
    const [folders, files, uploads] = await Promise.all([
      deps.em.count(FileFolder, { parentId: folder.id }),
      deps.em.count(StoredFile, { folderId: folder.id }),
      deps.em.count(FileUpload, { folderId: folder.id, status: { $in: ['PENDING', 'COMPLETING'] } }),
    ]);
    if (folders + files + uploads > 0) return fail(err('id', 'The folder is not empty.', ErrorCode.CONFLICT));
    await deps.em.nativeDelete(FileFolder, { id: folder.id });
    return ok({ deletedId: folder.id });
  }

  /** The viewer's folders in `parentId` (the root when null), by name. */
  async folders(deps: MediaDeps, parentId: string | null | undefined, args: PageArgsLike): Promise<Connection<FileFolderRow>> {
    const order = totalOrder<FileFolderRow>('name', 'ASC');
    checkPage(FileFolder, args, order);
    const viewer = requireViewer(deps.viewer);
    if (parentId != null && !(await this.ownedFolder(deps, parentId))) return emptyConnection();
    return paginate(deps.em, FileFolder, { ownerId: viewer.userId, parentKey: parentId ?? ROOT_KEY }, args, order);
  }

  /** The viewer's files in `folderId` (the root when null), by name. */
  async files(deps: MediaDeps, folderId: string | null | undefined, args: PageArgsLike): Promise<Connection<StoredFileRow>> {
    const order = totalOrder<StoredFileRow>('name', 'ASC');
    checkPage(StoredFile, args, order);
    const viewer = requireViewer(deps.viewer);
    if (folderId != null && !(await this.ownedFolder(deps, folderId))) return emptyConnection();
    return paginate(deps.em, StoredFile, { ownerId: viewer.userId, folderKey: folderId ?? ROOT_KEY }, args, order);
  }

  // ---------------------------------------------------------------------------------------------
  // Files and versions

  /** One of the viewer's files, or null. */
  async file(deps: MediaDeps, id: string): Promise<StoredFileRow | null> {
    const viewer = requireViewer(deps.viewer);
    if (!isUuid(id)) return null;
    const file = await deps.loaders.storedFileById.load(id);
    return file && file.ownerId === viewer.userId ? file : null;
  }

  /** For `_entities`: the file when the viewer owns it. */
  async fileReference(deps: MediaDeps, id: string): Promise<StoredFileRow | null> {
    if (!deps.viewer || !isUuid(id)) return null;
    const file = await deps.loaders.storedFileById.load(id);
    return file && file.ownerId === deps.viewer.userId ? file : null;
  }

  async currentVersion(deps: MediaDeps, file: StoredFileRow): Promise<FileVersionRow> {
    const version = await deps.loaders.fileVersionById.load(file.currentVersionId);
    if (!version) throw new Error(`file ${file.id} has no current version ${file.currentVersionId}`);
    return version;
  }

  /** A file's versions, newest first. */
  versions(deps: MediaDeps, file: StoredFileRow, args: PageArgsLike): Promise<Connection<FileVersionRow>> {
    return paginate(deps.em, FileVersion, { fileId: file.id }, args, totalOrder<FileVersionRow>('number', 'DESC'));
  }

  /** A signed download URL of the file's current version, or of `versionId` (one of its versions). */
  async downloadUrl(deps: MediaDeps, file: StoredFileRow, versionId?: string | null): Promise<string | null> {
    const id = versionId ?? file.currentVersionId;
    if (!isUuid(id)) return null;
    const version = await deps.loaders.fileVersionById.load(id);
    if (!version || version.fileId !== file.id) return null;
    const expiresAt = new Date(deps.clock.now().getTime() + deps.config.FILES_URL_TTL_SECONDS * 1000);
    const path = fileResources.get(deps).downloadSigner.sign(`${FILE_DOWNLOAD_PREFIX}${version.id}`, { m: 'GET' }, expiresAt);
    return publicUrl(deps.config, path);
  }

  /** Makes `versionId` the file's current version again (the newer versions are kept). */
  async restoreVersion(deps: MediaDeps, fileId: string, versionId: string): Promise<Payload<{ file: StoredFileRow }>> {
    const file = await this.file(deps, fileId);
    if (!file) return fail(err('fileId', 'No file with this id.', ErrorCode.NOT_FOUND));
    const version = isUuid(versionId) ? await deps.loaders.fileVersionById.load(versionId) : null;
    if (!version || version.fileId !== file.id)
      return fail(err('versionId', 'This file has no version with this id.', ErrorCode.NOT_FOUND));
    file.currentVersionId = version.id;
    await deps.em.flush();
    return ok({ file });
  }

  /** Renames and/or moves a file (`folderId` null: to the root; absent: where it is). */
  async updateFile(
    deps: MediaDeps,
    input: { id: string; name?: string | null; folderId?: string | null },
  ): Promise<Payload<{ file: StoredFileRow }>> {
    const file = await this.file(deps, input.id);
    if (!file) return fail(err('id', 'No file with this id.', ErrorCode.NOT_FOUND));
    if (input.name != null) {
      const problem = nameProblem(input.name);
      if (problem) return fail(err('name', `The name ${problem}.`));
      file.name = input.name;
    }
    if (input.folderId !== undefined) {
      if (input.folderId !== null && !(await this.ownedFolder(deps, input.folderId))) {
        return fail(err('folderId', 'No folder with this id.', ErrorCode.NOT_FOUND));
      }
      file.folderId = input.folderId;
      file.folderKey = input.folderId ?? ROOT_KEY;
    }
    const conflict = await this.flushOrConflict(deps.em, 'name', 'A file with this name is already there.');
    return conflict ? fail(conflict) : ok({ file });
  }

  /** Deletes a file: every version, every share link, and gives its bytes back to the quota. */
  async deleteFile(deps: MediaDeps, id: string): Promise<Payload<{ deletedId: string }>> {
    const viewer = requireViewer(deps.viewer);
    const file = await this.file(deps, id);
    if (!file) return fail(err('id', 'No file with this id.', ErrorCode.NOT_FOUND));
    const versions = await deps.em.find(FileVersion, { fileId: file.id }, { fields: ['id', 'size'] });
    const deleted = await deps.fork().em.transactional(async (tx) => {
      const gone = await tx.nativeDelete(StoredFile, { id: file.id });
      if (!gone) return false;
      await tx.nativeDelete(FileVersion, { fileId: file.id });
      await tx.nativeDelete(FileShareLink, { fileId: file.id });
      await this.release(
        tx,
        viewer.userId,
        versions.reduce((sum, v) => sum + v.size, 0),
      );
      return true;
    });
    if (!deleted) return fail(err('id', 'No file with this id.', ErrorCode.NOT_FOUND));
    const { storage } = resources.get(deps);
    await Promise.all(versions.map((v) => storage.delete(versionKey(v.id))));
    return ok({ deletedId: file.id });
  }

  // ---------------------------------------------------------------------------------------------
  // Quota: one usage row per user, changed only by conditional single-statement updates.

  private async ensureQuotaRow(em: Em, ownerId: string): Promise<void> {
    if (await em.count(FileQuota, { ownerId })) return;
    try {
      const now = new Date();
      await em.insert(FileQuota, { id: newId(), ownerId, usedBytes: 0, createdAt: now, updatedAt: now } as never);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error; // a concurrent first upload made it
    }
  }

  /** Adds `bytes` to the owner's use when the result stays within the quota: one conditional UPDATE. */
  private async reserve(em: Em, ownerId: string, bytes: number, limit: number): Promise<boolean> {
    await this.ensureQuotaRow(em, ownerId);
    const changed = await em.nativeUpdate(FileQuota, { ownerId, usedBytes: { $lte: limit - bytes } }, {
      usedBytes: raw('used_bytes + ?', [bytes]),
    } as never);
    return changed === 1;
  }

  private async release(em: Em, ownerId: string, bytes: number): Promise<void> {
    if (bytes > 0) await em.nativeUpdate(FileQuota, { ownerId }, { usedBytes: raw('used_bytes - ?', [bytes]) } as never);
  }

  async quota(deps: MediaDeps): Promise<FileQuotaView> {
    const viewer = requireViewer(deps.viewer);
    const row = await deps.em.findOne(FileQuota, { ownerId: viewer.userId });
    return { usedBytes: row?.usedBytes ?? 0, limitBytes: deps.config.FILES_QUOTA_BYTES };
  }

  // ---------------------------------------------------------------------------------------------
  // Uploads

  /**
   * Reserves quota for an upload of `size` bytes named `name` in `folderId` and signs where to send
   * them: one PUT URL (`multipart` false, size at most FILES_PART_BYTES) or one URL per part.
   */
  async requestUpload(
    deps: MediaDeps,
    input: { folderId?: string | null; name: string; size: number; sha256: string },
    multipart: boolean,
  ): Promise<Payload<{ upload: FileUploadView }>> {
    const viewer = requireViewer(deps.viewer);
    const { config } = deps;
    const problem = nameProblem(input.name);
    if (problem) return fail(err('name', `The name ${problem}.`));
    if (!/^[0-9a-fA-F]{64}$/.test(input.sha256)) return fail(err('sha256', 'sha256 must be 64 hexadecimal characters.'));
    const max = multipart ? config.FILES_MAX_FILE_BYTES : Math.min(config.FILES_PART_BYTES, config.FILES_MAX_FILE_BYTES);
    if (!Number.isInteger(input.size) || input.size < 1 || input.size > max) {
      const hint = multipart ? '' : ' (larger files: initiateMultipartFileUpload)';
      return fail(err('size', `size must be between 1 and ${max} bytes${hint}.`));
    }
    const partCount = multipart ? Math.ceil(input.size / config.FILES_PART_BYTES) : 0;
    if (partCount > MAX_PARTS) return fail(err('size', `A file may have at most ${MAX_PARTS} parts of ${config.FILES_PART_BYTES} bytes.`));
    if (input.folderId != null && !(await this.ownedFolder(deps, input.folderId))) {
      return fail(err('folderId', 'No folder with this id.', ErrorCode.NOT_FOUND));
    }
    const existing = await deps.em.findOne(StoredFile, { ownerId: viewer.userId, folderKey: input.folderId ?? ROOT_KEY, name: input.name });
    if (existing && existing.versionCount >= config.FILES_MAX_VERSIONS) {
      return fail(err('name', `This file already has ${config.FILES_MAX_VERSIONS} versions.`, ErrorCode.CONFLICT));
    }
    if (!(await this.reserve(deps.em, viewer.userId, input.size, config.FILES_QUOTA_BYTES))) {
      return fail(err('size', `This upload does not fit in your storage quota of ${config.FILES_QUOTA_BYTES} bytes.`, ErrorCode.CONFLICT));
    }
    const expiresAt = new Date(deps.clock.now().getTime() + config.FILES_URL_TTL_SECONDS * 1000);
    const upload: FileUploadRow = deps.em.create(FileUpload, {
      ownerId: viewer.userId,
      folderId: input.folderId ?? null,
      name: input.name,
      size: input.size,
      sha256: input.sha256.toLowerCase(),
      partSize: multipart ? config.FILES_PART_BYTES : 0,
      status: 'PENDING',
      expiresAt,
    } as never) as FileUploadRow;
    try {
      await deps.em.flush();
    } catch (error) {
      await this.release(deps.fork().em, viewer.userId, input.size);
      throw error;
    }
    const { uploadSigner } = fileResources.get(deps);
    const sign = (path: string) => publicUrl(config, uploadSigner.sign(path, { m: 'PUT', owner: viewer.userId }, expiresAt));
    const parts = Array.from({ length: partCount }, (_, i) => ({
      partNumber: i + 1,
      size: expectedPartSize(upload, i + 1),
      url: sign(`${FILE_UPLOAD_PREFIX}${upload.id}/${i + 1}`),
    }));
    return ok({
      upload: {
        uploadId: upload.id,
        method: 'PUT',
        url: multipart ? null : sign(`${FILE_UPLOAD_PREFIX}${upload.id}`),
        partSize: multipart ? upload.partSize : null,
        parts,
        expiresAt,
      },
    });
  }

  /** Checks a signed upload URL and its method before any byte of the body is read. */
  checkUploadUrl(
    deps: Pick<MediaDeps, 'config' | 'clock' | 'log'>,
    method: string,
    path: string,
    query: URLSearchParams,
  ): { uploadId: string; ownerId: string; partNumber: number | null } | HttpAnswer {
    const checked = fileResources.get(deps).uploadSigner.verify(path, query, deps.clock.now());
    if (!checked.ok) {
      return checked.problem === 'expired'
        ? refuse(410, ErrorCode.FORBIDDEN, 'This upload URL has expired: ask for a new one.')
        : refuse(403, ErrorCode.FORBIDDEN, 'This upload URL is not valid.');
    }
    if (checked.params.m !== method)
      return refuse(403, ErrorCode.FORBIDDEN, `This upload URL is signed for ${checked.params.m ?? '?'}, not ${method}.`);
    const match = new RegExp(`^${FILE_UPLOAD_PREFIX}([^/]+)(?:/(\\d{1,5}))?$`).exec(path);
    const ownerId = checked.params.owner;
    if (!match || !isUuid(match[1]!) || !ownerId) return refuse(403, ErrorCode.FORBIDDEN, 'This upload URL is not valid.');
    return { uploadId: match[1]!, ownerId, partNumber: match[2] ? Number(match[2]) : null };
  }

  /** The pending upload a checked URL names, or why it cannot take bytes. */
  async pendingUpload(deps: MediaDeps, uploadId: string, ownerId: string): Promise<{ upload: FileUploadRow } | { refused: HttpAnswer }> {
    const upload = await deps.em.findOne(FileUpload, { id: uploadId, ownerId });
    if (!upload) return { refused: refuse(404, ErrorCode.NOT_FOUND, 'No such upload.') };
    if (upload.status === 'COMPLETED') return { refused: refuse(409, ErrorCode.CONFLICT, 'This upload is already complete.') };
    if (upload.status !== 'PENDING') return { refused: refuse(409, ErrorCode.CONFLICT, 'This upload was aborted or is being completed.') };
    if (upload.expiresAt.getTime() <= deps.clock.now().getTime())
      return { refused: refuse(410, ErrorCode.FORBIDDEN, 'This upload has expired.') };
    return { upload };
  }

  /**
   * The bytes of a single-PUT upload (read within the declared size): their SHA-256 must be the
   * declared one; the type is sniffed from them; then the version is stored and the file written.
   */
  async acceptSingle(deps: MediaDeps, upload: FileUploadRow, body: Buffer): Promise<HttpAnswer> {
    if (upload.partSize !== 0) return refuse(400, ErrorCode.BAD_USER_INPUT, 'This is a multipart upload: send its parts.');
    if (body.length !== upload.size) {
      return refuse(400, ErrorCode.BAD_USER_INPUT, `The body has ${body.length} bytes; ${upload.size} were declared.`);
    }
    if (sha256(body) !== upload.sha256) return refuse(400, ErrorCode.BAD_USER_INPUT, 'The SHA-256 of the body is not the declared one.');
    if (!(await this.claim(deps, upload))) return refuse(409, ErrorCode.CONFLICT, 'This upload is already being completed.');
    const versionId = newId();
    const { storage } = resources.get(deps);
    const contentType = sniffContentType(body.subarray(0, SNIFF_BYTES));
    try {
      await storage.put(versionKey(versionId), body, { contentType });
    } catch (error) {
      await storage.delete(versionKey(versionId)).catch(() => undefined);
      await deps.fork().em.nativeUpdate(FileUpload, { id: upload.id, status: 'COMPLETING' }, { status: 'PENDING' });
      throw error;
    }
    const result = await this.commit(deps, upload, { id: versionId, size: body.length, sha256: upload.sha256, contentType });
    if ('code' in result) return refuse(result.code === ErrorCode.NOT_FOUND ? 404 : 409, result.code, result.message);
    return json(201, fileJson(result.file, result.version));
  }

  /** One part of a multipart upload, of exactly its expected size; answers its ETag (the part's SHA-256). */
  async acceptPart(deps: MediaDeps, upload: FileUploadRow, partNumber: number, body: Buffer): Promise<HttpAnswer> {
    if (upload.partSize === 0) return refuse(400, ErrorCode.BAD_USER_INPUT, 'This is a single upload: PUT the whole file.');
    const count = Math.ceil(upload.size / upload.partSize);
    if (partNumber < 1 || partNumber > count) return refuse(400, ErrorCode.BAD_USER_INPUT, `Part numbers go from 1 to ${count}.`);
    const expected = expectedPartSize(upload, partNumber);
    if (body.length !== expected)
      return refuse(400, ErrorCode.BAD_USER_INPUT, `Part ${partNumber} must be ${expected} bytes; got ${body.length}.`);
    const etag = sha256(body);
    await resources.get(deps).storage.put(partKey(upload.id, partNumber), body, { contentType: 'application/octet-stream' });
    return {
      ...json(200, { partNumber, size: body.length, etag }),
      headers: { 'content-type': 'application/json; charset=utf-8', etag: `"${etag}"` },
    };
  }

  /**
   * Completes a multipart upload: `parts` must list every part in order with the ETag its PUT
   * answered. The parts are streamed into one object, each part's SHA-256 checked against its ETag
   * and the whole file's against the declared SHA-256; any mismatch stores nothing and leaves the
   * upload pending (fix and complete again, or abort).
   */
  async completeMultipart(
    deps: MediaDeps,
    uploadId: string,
    parts: readonly { partNumber: number; etag: string }[],
  ): Promise<Payload<{ file: StoredFileRow }>> {
    const viewer = requireViewer(deps.viewer);
    if (parts.length > MAX_PARTS) return fail(err('parts', `At most ${MAX_PARTS} parts.`));
    const upload = isUuid(uploadId) ? await deps.em.findOne(FileUpload, { id: uploadId, ownerId: viewer.userId }) : null;
    if (!upload) return fail(err('uploadId', 'No upload with this id.', ErrorCode.NOT_FOUND));
    if (upload.partSize === 0)
      return fail(err('uploadId', 'This is a single upload: PUT the whole file to its URL.', ErrorCode.INVALID_STATE));
    if (upload.status !== 'PENDING')
      return fail(err('uploadId', `This upload is ${upload.status.toLowerCase()}.`, ErrorCode.INVALID_STATE));
    if (upload.expiresAt.getTime() <= deps.clock.now().getTime())
      return fail(err('uploadId', 'This upload has expired.', ErrorCode.INVALID_STATE));
    const count = Math.ceil(upload.size / upload.partSize);
    if (parts.length !== count || parts.some((p, i) => p.partNumber !== i + 1)) {
      return fail(err('parts', `List all ${count} parts, numbered 1 to ${count} in order.`));
    }
    const etags = parts.map((p) => p.etag.replace(/^(W\/)?"|"$/g, '').toLowerCase());
    const { storage } = resources.get(deps);
    for (let n = 1; n <= count; n++) {
      const stored = await storage.head(partKey(upload.id, n));
      if (!stored || stored.size !== expectedPartSize(upload, n)) return fail(err('parts', `Part ${n} has not been uploaded.`));
    }
    if (!(await this.claim(deps, upload))) return fail(err('uploadId', 'This upload is already being completed.', ErrorCode.CONFLICT));

    // The type is sniffed from the first part's first bytes, so the object is written with it.
    let head = Buffer.alloc(0);
    const first = await storage.get(partKey(upload.id, 1));
    for await (const chunk of first) {
      head = Buffer.concat([head, chunk as Buffer]);
      if (head.length >= SNIFF_BYTES) break;
    }
    if ('destroy' in first) (first as Readable).destroy();
    const contentType = sniffContentType(head.subarray(0, SNIFF_BYTES));
    const versionId = newId();
    const whole = createHash('sha256');
    let size = 0;
    let badPart: number | null = null;
    async function* assembled(): AsyncGenerator<Buffer> {
      for (let n = 1; n <= count; n++) {
        const partHash = createHash('sha256');
        for await (const chunk of await storage.get(partKey(upload!.id, n))) {
          const bytes = chunk as Buffer;
          partHash.update(bytes);
          whole.update(bytes);
          size += bytes.length;
          yield bytes;
        }
        if (partHash.digest('hex') !== etags[n - 1]) {
          badPart = n;
          throw new Error(`part ${n}: ETag mismatch`);
        }
      }
    }
    const unclaim = () => deps.em.nativeUpdate(FileUpload, { id: upload.id, status: 'COMPLETING' }, { status: 'PENDING' });
    try {
      await storage.put(versionKey(versionId), Readable.from(assembled()), { contentType });
    } catch (error) {
      await storage.delete(versionKey(versionId));
      await unclaim();
      if (badPart !== null) return fail(err('parts', `The ETag of part ${badPart} is not the one its upload answered.`));
      throw error;
    }
    const digest = whole.digest('hex');
    if (digest !== upload.sha256 || size !== upload.size) {
      await storage.delete(versionKey(versionId));
      await unclaim();
      return fail(err('parts', 'The SHA-256 of the assembled file is not the declared one.'));
    }
    const result = await this.commit(deps, upload, { id: versionId, size, sha256: digest, contentType });
    if ('code' in result) return fail(err('uploadId', result.message, result.code));
    for (let n = 1; n <= count; n++) await storage.delete(partKey(upload.id, n));
    return ok({ file: result.file });
  }

  /** Aborts a pending upload: its parts are deleted and its reserved bytes given back. */
  async abortUpload(deps: MediaDeps, uploadId: string): Promise<Payload<{ uploadId: string }>> {
    const viewer = requireViewer(deps.viewer);
    const upload = isUuid(uploadId) ? await deps.em.findOne(FileUpload, { id: uploadId, ownerId: viewer.userId }) : null;
    if (!upload) return fail(err('uploadId', 'No upload with this id.', ErrorCode.NOT_FOUND));
    if (!(await this.endUpload(deps, upload))) {
      return fail(
        err('uploadId', `This upload is ${upload.status.toLowerCase()}; only a pending upload can be aborted.`, ErrorCode.INVALID_STATE),
      );
    }
    return ok({ uploadId: upload.id });
  }

  /** Aborts every upload that expired while pending (a sweep; each claimed by a conditional update). Returns how many. */
  async expireUploads(deps: MediaDeps): Promise<number> {
    // A completion whose process died leaves its upload COMPLETING. One URL lifetime past the upload's
    // expiry (no completion takes that long) it goes back to PENDING, so this sweep aborts it and gives
    // its quota back; a completion still running then finds it no longer COMPLETING and writes nothing.
    const abandoned = new Date(deps.clock.now().getTime() - deps.config.FILES_URL_TTL_SECONDS * 1000);
    await deps.em.nativeUpdate(FileUpload, { status: 'COMPLETING', expiresAt: { $lte: abandoned } }, { status: 'PENDING' });
    const expired = await deps.em.find(
      FileUpload,
      { status: 'PENDING', expiresAt: { $lte: deps.clock.now() } },
      { limit: 100, orderBy: { expiresAt: 'asc' } },
    );
    let ended = 0;
    for (const upload of expired) if (await this.endUpload(deps, upload)) ended++;
    return ended;
  }

  private async endUpload(deps: MediaDeps, upload: FileUploadRow): Promise<boolean> {
    const claimed = await deps.fork().em.transactional(async (tx) => {
      const changed = await tx.nativeUpdate(FileUpload, { id: upload.id, status: 'PENDING' }, { status: 'ABORTED' });
      if (changed === 1) await this.release(tx, upload.ownerId, upload.size);
      return changed === 1;
    });
    if (!claimed) return false;
    const { storage } = resources.get(deps);
    const keys: string[] = [];
    for await (const object of listAll(storage, partPrefix(upload.id))) keys.push(object.key);
    await Promise.all(keys.map((key) => storage.delete(key)));
    return true;
  }

  /** PENDING → COMPLETING, only while unexpired: of two concurrent completions one goes on. */
  private async claim(deps: MediaDeps, upload: FileUploadRow): Promise<boolean> {
    const changed = await deps
      .fork()
      .em.nativeUpdate(FileUpload, { id: upload.id, status: 'PENDING', expiresAt: { $gt: deps.clock.now() } }, { status: 'COMPLETING' });
    return changed === 1;
  }

  /**
   * Writes the version (its bytes already stored) and its file (made on the first version) and marks
   * the upload COMPLETED, in one transaction; retried when a concurrent version of the same file won
   * the number. On a refusal the stored bytes are deleted and the upload is pending again.
   */
  private async commit(
    deps: MediaDeps,
    upload: FileUploadRow,
    version: { id: string; size: number; sha256: string; contentType: string },
  ): Promise<{ file: StoredFileRow; version: FileVersionRow } | UserError> {
    const folderKey = upload.folderId ?? ROOT_KEY;
    for (let attempt = 0; ; attempt++) {
      try {
        return await deps.fork().em.transactional(async (tx) => {
          if (upload.folderId && !(await tx.count(FileFolder, { id: upload.folderId }))) {
            throw new Refusal(err('folderId', 'The folder was deleted.', ErrorCode.NOT_FOUND));
          }
          let file = await tx.findOne(StoredFile, { ownerId: upload.ownerId, folderKey, name: upload.name });
          if (!file) {
            file = tx.create(StoredFile, {
              ownerId: upload.ownerId,
              folderId: upload.folderId,
              folderKey,
              name: upload.name,
              currentVersionId: version.id,
              versionCount: 0,
            } as never) as StoredFileRow;
          }
          if (file.versionCount >= deps.config.FILES_MAX_VERSIONS) {
            throw new Refusal(err('name', `This file already has ${deps.config.FILES_MAX_VERSIONS} versions.`, ErrorCode.CONFLICT));
          }
          file.versionCount += 1;
          file.currentVersionId = version.id;
          const row = tx.create(FileVersion, {
            id: version.id,
            fileId: file.id,
            ownerId: upload.ownerId,
            number: file.versionCount,
            size: version.size,
            contentType: version.contentType,
            sha256: version.sha256,
          } as never) as FileVersionRow;
          await tx.flush();
          const done = await tx.nativeUpdate(FileUpload, { id: upload.id, status: 'COMPLETING' }, { status: 'COMPLETED' });
          if (done !== 1) throw new Refusal(err('uploadId', 'This upload was aborted meanwhile.', ErrorCode.CONFLICT));
          return { file, version: row };
        });
      } catch (error) {
        const retry = !(error instanceof Refusal) && (isUniqueViolation(error) || isRetryableConflict(error)) && attempt < 4;
        if (retry) continue;
        await resources.get(deps).storage.delete(versionKey(version.id));
        await deps.fork().em.nativeUpdate(FileUpload, { id: upload.id, status: 'COMPLETING' }, { status: 'PENDING' });
        if (error instanceof Refusal) return error.error;
        throw error;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Downloads and share links

  /** Answers a signed download URL: the version's bytes, with its sniffed type, as an attachment. */
  async serveDownload(deps: MediaDeps, method: string, path: string, query: URLSearchParams): Promise<HttpAnswer> {
    const checked = fileResources.get(deps).downloadSigner.verify(path, query, deps.clock.now());
    if (!checked.ok) {
      return checked.problem === 'expired'
        ? refuse(410, ErrorCode.FORBIDDEN, 'This download URL has expired: ask for a new one.')
        : refuse(403, ErrorCode.FORBIDDEN, 'This download URL is not valid.');
    }
    const allowed = checked.params.m === method || (checked.params.m === 'GET' && method === 'HEAD');
    if (!allowed) return refuse(403, ErrorCode.FORBIDDEN, `This download URL is signed for ${checked.params.m ?? '?'}, not ${method}.`);
    const versionId = path.slice(FILE_DOWNLOAD_PREFIX.length);
    if (!isUuid(versionId)) return refuse(403, ErrorCode.FORBIDDEN, 'This download URL is not valid.');
    const version = await deps.em.findOne(FileVersion, { id: versionId });
    const file = version && (await deps.em.findOne(StoredFile, { id: version.fileId }));
    if (!version || !file) return refuse(404, ErrorCode.NOT_FOUND, 'This file no longer exists.');
    return this.bytes(deps, file, version);
  }

  private async bytes(deps: MediaDeps, file: StoredFileRow, version: FileVersionRow): Promise<HttpAnswer> {
    return {
      status: 200,
      body: await resources.get(deps).storage.get(versionKey(version.id)),
      headers: {
        'content-type': version.contentType,
        'content-length': String(version.size),
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'x-content-type-options': 'nosniff',
        etag: `"${version.sha256}"`,
        'cache-control': 'private, no-store',
      },
    };
  }

  async createShareLink(
    deps: MediaDeps,
    input: { fileId: string; expiresInSeconds: number; password?: string | null },
  ): Promise<Payload<{ shareLink: FileShareLinkView }>> {
    const viewer = requireViewer(deps.viewer);
    const file = await this.file(deps, input.fileId);
    if (!file) return fail(err('fileId', 'No file with this id.', ErrorCode.NOT_FOUND));
    if (!Number.isInteger(input.expiresInSeconds) || input.expiresInSeconds < 60 || input.expiresInSeconds > 30 * 86_400) {
      return fail(err('expiresInSeconds', 'expiresInSeconds must be between 60 and 2592000 (30 days).'));
    }
    if (input.password != null) {
      const problem = textProblem(input.password);
      if (problem || input.password.length < 8 || input.password.length > 200) {
        return fail(err('password', `The password must be 8 to 200 characters${problem ? ` and ${problem}` : ''}.`));
      }
    }
    const token = randomBytes(32).toString('base64url');
    const row = deps.em.create(FileShareLink, {
      ownerId: viewer.userId,
      fileId: file.id,
      tokenHash: sha256(token),
      passwordHash: input.password != null ? await hashPassword(deps.config, input.password) : null,
      expiresAt: new Date(deps.clock.now().getTime() + input.expiresInSeconds * 1000),
      revoked: false,
    } as never) as FileShareLinkRow;
    await deps.em.flush();
    return ok({ shareLink: { row, url: publicUrl(deps.config, `${FILE_SHARE_PREFIX}${token}`) } });
  }

  async revokeShareLink(deps: MediaDeps, id: string): Promise<Payload<{ shareLink: FileShareLinkView }>> {
    const viewer = requireViewer(deps.viewer);
    const row = isUuid(id) ? await deps.em.findOne(FileShareLink, { id, ownerId: viewer.userId }) : null;
    if (!row) return fail(err('id', 'No share link with this id.', ErrorCode.NOT_FOUND));
    row.revoked = true;
    await deps.em.flush();
    return ok({ shareLink: { row, url: null } });
  }

  /** A file's share links, newest first. */
  async shareLinks(deps: MediaDeps, file: StoredFileRow, args: PageArgsLike): Promise<Connection<FileShareLinkView>> {
    const page = await paginate(deps.em, FileShareLink, { fileId: file.id }, args, totalOrder<FileShareLinkRow>('createdAt', 'DESC'));
    return { ...page, edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: { row: edge.node, url: null } })) };
  }

  /**
   * Answers a share link: 404 unknown or revoked, 410 expired; with a password, 401 without one,
   * 429 past FILES_SHARE_PASSWORD_ATTEMPTS per window for this link, 403 when wrong.
   */
  async serveShare(deps: MediaDeps, method: string, token: string, password: string | undefined): Promise<HttpAnswer> {
    if (method !== 'GET' && method !== 'HEAD') return refuse(405, ErrorCode.FORBIDDEN, 'Share links answer GET only.');
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return refuse(404, ErrorCode.NOT_FOUND, 'No such share link.');
    const link = await deps.em.findOne(FileShareLink, { tokenHash: sha256(token) });
    if (!link || link.revoked) return refuse(404, ErrorCode.NOT_FOUND, 'No such share link.');
    if (link.expiresAt.getTime() <= deps.clock.now().getTime()) return refuse(410, ErrorCode.FORBIDDEN, 'This share link has expired.');
    if (link.passwordHash) {
      if (!password) return refuse(401, ErrorCode.UNAUTHENTICATED, `This share link needs a password (header ${SHARE_PASSWORD_HEADER}).`);
      const spent = await fileResources.get(deps).sharePasswordLimit.spend(`link:${link.id}`);
      if (!spent.ok) {
        return refuse(429, ErrorCode.RATE_LIMITED, `Too many password attempts; retry in ${spent.retryAfterSeconds} s.`, {
          'retry-after': String(spent.retryAfterSeconds),
        });
      }
      if (password.length > 200 || !(await argon2.verify(link.passwordHash, password))) {
        return refuse(403, ErrorCode.FORBIDDEN, 'Wrong password.');
      }
    }
    const file = await deps.em.findOne(StoredFile, { id: link.fileId });
    const version = file && (await deps.em.findOne(FileVersion, { id: file.currentVersionId }));
    if (!file || !version) return refuse(404, ErrorCode.NOT_FOUND, 'This file no longer exists.');
    return this.bytes(deps, file, version);
  }

  private async flushOrConflict(em: Em, field: string, message: string): Promise<UserError | null> {
    try {
      await em.flush();
      return null;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      em.clear();
      return err(field, message, ErrorCode.CONFLICT);
    }
  }
}

type PageArgsLike = { first?: number | null; after?: string | null };

function emptyConnection<T>(): Connection<T> {
  return { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 };
}

function expectedPartSize(upload: FileUploadRow, n: number): number {
  const count = Math.ceil(upload.size / upload.partSize);
  return n < count ? upload.partSize : upload.size - upload.partSize * (count - 1);
}

function json(status: number, value: unknown): HttpAnswer {
  return { status, body: Buffer.from(JSON.stringify(value)), headers: { 'content-type': 'application/json; charset=utf-8' } };
}

function fileJson(file: StoredFileRow, version: FileVersionRow) {
  return {
    file: {
      id: file.id,
      name: file.name,
      size: version.size,
      contentType: version.contentType,
      sha256: version.sha256,
      version: { id: version.id, number: version.number },
    },
  };
}
