import {
  ErrorCode,
  badInput,
  fail,
  flushOrConflict,
  isUuid,
  ok,
  paginate,
  requireTenant,
  tenantRoleAtLeast,
  totalOrder,
  type Connection,
  type Em,
  type Logger,
  type Payload,
  type TenantViewer,
  type UserError,
} from '../../../../kit';
import type { MediaConfig } from '../config';
import type { MediaDeps } from '../context';
import { resources } from '../resources';
import type { HttpAnswer } from '../service';
import { fileResources } from '../files/resources';
import { nameProblem, versionKey, type FileService } from '../files/service';
import { TeamFile, TeamFolder, type TeamFileRow, type TeamFolderRow } from './entities';

export const TEAM_DOWNLOAD_PREFIX = '/media/team-files/download/';
/** Where a team file's bytes live (a copy of the version it was shared from). */
export const teamFileKey = (id: string) => `files/team/${id}`;

type PageArgsLike = { first?: number | null; after?: string | null };

const err = (field: string | null, message: string, code: UserError['code'] = ErrorCode.BAD_USER_INPUT): UserError => ({
  field,
  message,
  code,
});

/** Whether the viewer may rename or delete a row made by `makerId`: its maker, or MANAGER and up in the tenant. */
function mayChange(viewer: TenantViewer, makerId: string): boolean {
  return makerId === viewer.userId || tenantRoleAtLeast(viewer.tenantRole, 'MANAGER');
}

/**
 * Shared team files: folders and files that belong to the request's tenant (the kit's tenant filter
 * scopes every read and write). Every member reads them; the maker or a MANAGER (and up) renames or
 * deletes. A file is shared from the member's personal files: its current version's bytes are copied
 * within media's storage, so the personal file and the team file live on independently.
 */
export class TeamFileService {
  constructor(private readonly personal: FileService) {}

  folders(deps: MediaDeps, args: PageArgsLike): Promise<Connection<TeamFolderRow>> {
    requireTenant(deps.viewer);
    return paginate(deps.em, TeamFolder, {}, args, totalOrder<TeamFolderRow>('createdAt', 'DESC'));
  }

  async folder(deps: MediaDeps, id: string): Promise<TeamFolderRow | null> {
    requireTenant(deps.viewer);
    return isUuid(id) ? deps.loaders.teamFolderById.load(id.toLowerCase()) : null;
  }

  /** The tenant's team files, newest first: of one folder, or of all when `folderId` is omitted. */
  files(deps: MediaDeps, folderId: string | null | undefined, args: PageArgsLike): Promise<Connection<TeamFileRow>> {
    requireTenant(deps.viewer);
    if (folderId != null && !isUuid(folderId)) throw badInput('folderId must be the id of a team folder.', 'folderId');
    const where = folderId == null ? {} : { folderId: folderId.toLowerCase() };
    return paginate(deps.em, TeamFile, where, args, totalOrder<TeamFileRow>('createdAt', 'DESC'));
  }

  async file(deps: MediaDeps, id: string): Promise<TeamFileRow | null> {
    requireTenant(deps.viewer);
    return isUuid(id) ? deps.loaders.teamFileById.load(id.toLowerCase()) : null;
  }

  async createFolder(deps: MediaDeps, name: string): Promise<Payload<{ folder: TeamFolderRow }>> {
    const viewer = requireTenant(deps.viewer);
    const problem = nameProblem(name);
    if (problem) return fail(err('name', `The name ${problem}.`));
    const folder = deps.em.create(TeamFolder, { name, createdById: viewer.userId });
    const conflict = await flushOrConflict(deps.em, 'name', 'The team already has a folder with this name.');
    return conflict.length ? fail(conflict) : ok({ folder });
  }

  async renameFolder(deps: MediaDeps, id: string, name: string): Promise<Payload<{ folder: TeamFolderRow }>> {
    const viewer = requireTenant(deps.viewer);
    const problem = nameProblem(name);
    if (problem) return fail(err('name', `The name ${problem}.`));
    const folder = await this.folder(deps, id);
    if (!folder) return fail(err('id', 'No team folder with this id.', ErrorCode.NOT_FOUND));
    if (!mayChange(viewer, folder.createdById))
      return fail(err('id', 'Only who made the folder or a MANAGER (or higher) renames it.', ErrorCode.FORBIDDEN));
    folder.name = name;
    const conflict = await flushOrConflict(deps.em, 'name', 'The team already has a folder with this name.');
    return conflict.length ? fail(conflict) : ok({ folder });
  }

  /**
   * A deleted tenant's team-file bytes (the kit's tenant purge calls this before it deletes the rows;
   * the archive already holds the rows). Pages through the ids so a large tenant is not read at once;
   * deleting a missing object is not an error, so a redelivered purge is harmless.
   */
  async purgeTenantFiles(deps: { config: MediaConfig; log: Logger }, em: Em, tenantId: string): Promise<Record<string, number>> {
    const { storage } = resources.get(deps);
    let removed = 0;
    for (let after = ''; ;) {
      const page = await em.find(
        TeamFile,
        { tenantId, id: { $gt: after } },
        { fields: ['id'], orderBy: { id: 'asc' }, limit: 500, filters: { tenant: false } },
      );
      await Promise.all(page.map((file) => storage.delete(teamFileKey(file.id))));
      removed += page.length;
      if (page.length < 500) return { TeamFile: removed };
      after = page[page.length - 1]!.id;
    }
  }

  /** Deletes a folder with its files (rows in one transaction, then their bytes). */
  async deleteFolder(deps: MediaDeps, id: string): Promise<Payload<{ deletedId: string }>> {
    const viewer = requireTenant(deps.viewer);
    const folder = await this.folder(deps, id);
    if (!folder) return fail(err('id', 'No team folder with this id.', ErrorCode.NOT_FOUND));
    if (!mayChange(viewer, folder.createdById))
      return fail(err('id', 'Only who made the folder or a MANAGER (or higher) deletes it.', ErrorCode.FORBIDDEN));
    const fileIds = await deps.em.transactional(async (tx) => {
      const ids = (await tx.find(TeamFile, { folderId: folder.id }, { fields: ['id'] })).map((f) => f.id);
      await tx.nativeDelete(TeamFile, { folderId: folder.id });
      await tx.nativeDelete(TeamFolder, { id: folder.id });
      return ids;
    });
    const { storage } = resources.get(deps);
    await Promise.all(fileIds.map((fileId) => storage.delete(teamFileKey(fileId))));
    return ok({ deletedId: folder.id });
  }

  /**
   * Shares the current version of one of the viewer's personal files into a team folder, under `name`
   * (the file's own name by default). The bytes are copied first; a refused row leaves no copy.
   */
  async addFile(
    deps: MediaDeps,
    input: { fileId: string; folderId: string; name?: string | null },
  ): Promise<Payload<{ file: TeamFileRow }>> {
    const viewer = requireTenant(deps.viewer);
    if (input.name != null) {
      const problem = nameProblem(input.name);
      if (problem) return fail(err('input.name', `The name ${problem}.`));
    }
    const source = await this.personal.file(deps, input.fileId);
    if (!source) return fail(err('input.fileId', 'None of your files has this id.', ErrorCode.NOT_FOUND));
    const folder = await this.folder(deps, input.folderId);
    if (!folder) return fail(err('input.folderId', 'No team folder with this id.', ErrorCode.NOT_FOUND));
    const version = await this.personal.currentVersion(deps, source);
    const file = deps.em.create(TeamFile, {
      folderId: folder.id,
      name: input.name ?? source.name,
      uploadedById: viewer.userId,
      size: version.size,
      contentType: version.contentType,
      sha256: version.sha256,
    });
    const { storage } = resources.get(deps);
    await storage.put(teamFileKey(file.id), await storage.get(versionKey(version.id)), { contentType: version.contentType });
    const conflict = await flushOrConflict(deps.em, 'input.name', 'The folder already has a file with this name.');
    if (conflict.length) {
      await storage.delete(teamFileKey(file.id));
      return fail(conflict);
    }
    return ok({ file });
  }

  async renameFile(deps: MediaDeps, id: string, name: string): Promise<Payload<{ file: TeamFileRow }>> {
    const viewer = requireTenant(deps.viewer);
    const problem = nameProblem(name);
    if (problem) return fail(err('name', `The name ${problem}.`));
    const file = await this.file(deps, id);
    if (!file) return fail(err('id', 'No team file with this id.', ErrorCode.NOT_FOUND));
    if (!mayChange(viewer, file.uploadedById))
      return fail(err('id', 'Only who shared the file or a MANAGER (or higher) renames it.', ErrorCode.FORBIDDEN));
    file.name = name;
    const conflict = await flushOrConflict(deps.em, 'name', 'The folder already has a file with this name.');
    return conflict.length ? fail(conflict) : ok({ file });
  }

  async deleteFile(deps: MediaDeps, id: string): Promise<Payload<{ deletedId: string }>> {
    const viewer = requireTenant(deps.viewer);
    const file = await this.file(deps, id);
    if (!file) return fail(err('id', 'No team file with this id.', ErrorCode.NOT_FOUND));
    if (!mayChange(viewer, file.uploadedById))
      return fail(err('id', 'Only who shared the file or a MANAGER (or higher) deletes it.', ErrorCode.FORBIDDEN));
    if (!(await deps.em.nativeDelete(TeamFile, { id: file.id }))) return fail(err('id', 'No team file with this id.', ErrorCode.NOT_FOUND));
    await resources.get(deps).storage.delete(teamFileKey(file.id));
    return ok({ deletedId: file.id });
  }

  /** A signed download URL of a team file (signed like personal downloads, on its own path). */
  downloadUrl(deps: MediaDeps, file: TeamFileRow): string {
    const expiresAt = new Date(deps.clock.now().getTime() + deps.config.FILES_URL_TTL_SECONDS * 1000);
    const path = fileResources.get(deps).downloadSigner.sign(`${TEAM_DOWNLOAD_PREFIX}${file.id}`, { m: 'GET' }, expiresAt);
    return `${deps.config.MEDIA_PUBLIC_BASE_URL ?? ''}${path}`;
  }

  /**
   * Answers a signed team download URL. The signature is the permission (the URL was handed to a
   * member), so the row is read across tenants deliberately (`filters: { tenant: false }`).
   */
  async serveDownload(deps: MediaDeps, method: string, path: string, query: URLSearchParams): Promise<HttpAnswer> {
    const checked = fileResources.get(deps).downloadSigner.verify(path, query, deps.clock.now());
    if (!checked.ok) {
      return checked.problem === 'expired'
        ? { status: 410, code: ErrorCode.FORBIDDEN, message: 'This download URL has expired: ask for a new one.' }
        : { status: 403, code: ErrorCode.FORBIDDEN, message: 'This download URL is not valid.' };
    }
    const allowed = checked.params.m === method || (checked.params.m === 'GET' && method === 'HEAD');
    if (!allowed) return { status: 403, code: ErrorCode.FORBIDDEN, message: `This download URL is signed for GET, not ${method}.` };
    const id = path.slice(TEAM_DOWNLOAD_PREFIX.length);
    if (!isUuid(id)) return { status: 403, code: ErrorCode.FORBIDDEN, message: 'This download URL is not valid.' };
    const file = await deps.em.findOne(TeamFile, { id }, { filters: { tenant: false } });
    if (!file) return { status: 404, code: ErrorCode.NOT_FOUND, message: 'This file no longer exists.' };
    return {
      status: 200,
      body: await resources.get(deps).storage.get(teamFileKey(file.id)),
      headers: {
        'content-type': file.contentType,
        'content-length': String(file.size),
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`,
        'x-content-type-options': 'nosniff',
        etag: `"${file.sha256}"`,
        'cache-control': 'private, no-store',
      },
    };
  }
}
