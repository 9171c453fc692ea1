import { baseProperties, defineTenantEntity, p, type InferEntity } from '../../../../kit';

/**
 * Shared team files: tenant-owned (`defineTenantEntity`), so a request sees only its tenant's. A team
 * folder is flat (no nesting); its name is unique in the tenant.
 */
export const TeamFolder = defineTenantEntity({
  name: 'TeamFolder',
  tableName: 'media_team_folders',
  properties: {
    ...baseProperties(),
    name: p.string().length(255),
    createdById: p.string().length(36),
  },
  uniques: [{ properties: ['tenantId', 'name'] }],
});
export type TeamFolderRow = InferEntity<typeof TeamFolder>;

/**
 * A file shared with the tenant: a copy of one version of a member's personal file, made through the
 * same storage as personal files (`files/team/<id>`), so deleting the personal file leaves it intact.
 */
export const TeamFile = defineTenantEntity({
  name: 'TeamFile',
  tableName: 'media_team_files',
  properties: {
    ...baseProperties(),
    folderId: p.string().length(36),
    name: p.string().length(255),
    uploadedById: p.string().length(36),
    size: p.integer(),
    contentType: p.string().length(100),
    sha256: p.string().length(64),
  },
  uniques: [{ properties: ['folderId', 'name'] }],
});
export type TeamFileRow = InferEntity<typeof TeamFile>;

export const teamEntities = [TeamFolder, TeamFile];
