import { addToTenant, gql, signUpUser, type TenantAuth, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { createStorage, storageEnvSchema } from '../../../kit';
import { eventually } from '../../../test/helpers/wait';
import { TeamFile, TeamFolder } from '../src/team/entities';
import { teamFileKey } from '../src/team/service';
import { download, uploadFile } from './files-helpers';

jest.setTimeout(120_000);

const CREATE_FOLDER = 'mutation($n: String!) { createTeamFolder(name: $n) { folder { id name } errors { field code } } }';
const ADD =
  'mutation($i: AddTeamFileInput!) { addTeamFile(input: $i) { file { id name size sha256 contentType downloadUrl uploadedBy { id } folder { id } } errors { field code } } }';
const FILE = 'query($id: ID!) { teamFile(id: $id) { id name downloadUrl } }';
const LIST = 'query($f: ID) { teamFiles(folderId: $f, first: 50) { totalCount edges { node { id } } } }';
const RENAME = 'mutation($id: ID!, $n: String!) { renameTeamFile(id: $id, name: $n) { file { name } errors { field code } } }';
const DELETE = 'mutation($id: ID!) { deleteTeamFile(id: $id) { deletedId errors { field code } } }';
const DELETE_FOLDER = 'mutation($id: ID!) { deleteTeamFolder(id: $id) { deletedId errors { field code } } }';

describe('media: shared team files (tenant-owned)', () => {
  let stack: TestStack;
  let admin: TestUser;
  /** The admin, an employee who shares, another employee, and an outsider (ADMIN of another tenant), each acting in one tenant. */
  let asAdmin: TenantAuth;
  let sharer: TestUser;
  let asSharer: TenantAuth;
  let asColleague: TenantAuth;
  let asOutsider: TenantAuth;
  let outsiderUser: TestUser;
  const q = (auth: TenantAuth | null, query: string, variables: Record<string, unknown> = {}) =>
    gql(stack.url, query, variables, auth ?? {});

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'media'], env: { FILES_SWEEP_MS: '0' } });
    const [a, s, c, o] = await Promise.all(['admin', 'sharer', 'colleague', 'outsider'].map((n) => signUpUser(stack.url, n)));
    admin = a!;
    sharer = s!;
    asAdmin = { token: admin.token, headers: { 'x-hubgraph-tenant': admin.tenantId } };
    asSharer = await addToTenant(stack.url, admin, sharer);
    asColleague = await addToTenant(stack.url, admin, c!);
    outsiderUser = o!;
    asOutsider = { token: o!.token, headers: { 'x-hubgraph-tenant': o!.tenantId } };
  });
  afterAll(() => stack?.stop());

  it('members read and download what one shares; only the sharer or a MANAGER+ changes it; another tenant sees nothing', async () => {
    const bytes = Buffer.from('quarterly plan\n');
    const personal = await uploadFile(stack, sharer, 'plan.txt', bytes);
    const folder = (await q(asSharer, CREATE_FOLDER, { n: 'Plans' })).body.data.createTeamFolder.folder;
    expect((await q(asColleague, CREATE_FOLDER, { n: 'Plans' })).body.data.createTeamFolder.errors).toEqual([
      { field: 'name', code: 'CONFLICT' },
    ]);
    expect((await q(asSharer, CREATE_FOLDER, { n: '../x' })).body.data.createTeamFolder.errors).toEqual([
      { field: 'name', code: 'BAD_USER_INPUT' },
    ]);
    // Another member's personal file cannot be shared by someone else.
    const stolen = await q(asColleague, ADD, { i: { fileId: personal.id, folderId: folder.id } });
    expect(stolen.body.data.addTeamFile.errors).toEqual([{ field: 'input.fileId', code: 'NOT_FOUND' }]);
    const added = (await q(asSharer, ADD, { i: { fileId: personal.id, folderId: folder.id } })).body.data.addTeamFile;
    expect(added.errors).toEqual([]);
    const file = added.file;
    expect(file).toMatchObject({ name: 'plan.txt', size: bytes.length, uploadedBy: { id: sharer.id }, folder: { id: folder.id } });
    expect((await q(asSharer, ADD, { i: { fileId: personal.id, folderId: folder.id } })).body.data.addTeamFile.errors).toEqual([
      { field: 'input.name', code: 'CONFLICT' },
    ]);

    // A colleague reads, lists and downloads it.
    const seen = (await q(asColleague, FILE, { id: file.id })).body.data.teamFile;
    expect(seen.name).toBe('plan.txt');
    expect((await q(asColleague, LIST, { f: folder.id })).body.data.teamFiles.edges.map((e: any) => e.node.id)).toEqual([file.id]);
    const got = await download(stack, seen.downloadUrl);
    expect(got.status).toBe(200);
    expect(got.body.equals(bytes)).toBe(true);

    // Another tenant: not found anywhere.
    expect((await q(asOutsider, FILE, { id: file.id })).body.data.teamFile).toBeNull();
    expect((await q(asOutsider, LIST, {})).body.data.teamFiles.totalCount).toBe(0);
    expect((await q(asOutsider, RENAME, { id: file.id, n: 'mine' })).body.data.renameTeamFile.errors).toEqual([
      { field: 'id', code: 'NOT_FOUND' },
    ]);
    expect((await q(null, LIST, {})).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // Rename and delete: the colleague may not; the sharer and the ADMIN may.
    expect((await q(asColleague, RENAME, { id: file.id, n: 'x.txt' })).body.data.renameTeamFile.errors).toEqual([
      { field: 'id', code: 'FORBIDDEN' },
    ]);
    expect((await q(asAdmin, RENAME, { id: file.id, n: 'plan-2027.txt' })).body.data.renameTeamFile.file).toEqual({
      name: 'plan-2027.txt',
    });
    expect((await q(asColleague, DELETE, { id: file.id })).body.data.deleteTeamFile.errors).toEqual([{ field: 'id', code: 'FORBIDDEN' }]);

    // The team file is a copy: deleting the personal file leaves it downloadable.
    const gone = await gql(
      stack.url,
      'mutation($id: ID!) { deleteStoredFile(id: $id) { deletedId } }',
      { id: personal.id },
      { token: sharer.token },
    );
    expect(gone.body.data.deleteStoredFile.deletedId).toBe(personal.id);
    expect((await download(stack, seen.downloadUrl)).body.equals(bytes)).toBe(true);

    expect((await q(asSharer, DELETE, { id: file.id })).body.data.deleteTeamFile.deletedId).toBe(file.id);
    expect((await download(stack, seen.downloadUrl)).status).toBe(404);
    expect((await q(asColleague, FILE, { id: file.id })).body.data.teamFile).toBeNull();
  });

  it('a folder is deleted with its files by its maker or a MANAGER+, and rows carry the tenant that made them', async () => {
    const personal = await uploadFile(stack, sharer, 'notes.txt', Buffer.from('notes'));
    const folder = (await q(asSharer, CREATE_FOLDER, { n: 'Notes' })).body.data.createTeamFolder.folder;
    const file = (await q(asSharer, ADD, { i: { fileId: personal.id, folderId: folder.id, name: 'shared-notes.txt' } })).body.data
      .addTeamFile.file;
    const em = stack.subgraphs.find((s) => s.name === 'media')!.orm.em.fork();
    const all = { filters: { tenant: false } };
    expect((await em.findOneOrFail(TeamFile, { id: file.id }, all)).tenantId).toBe(admin.tenantId);
    expect((await em.findOneOrFail(TeamFolder, { id: folder.id }, all)).tenantId).toBe(admin.tenantId);
    expect((await q(asColleague, DELETE_FOLDER, { id: folder.id })).body.data.deleteTeamFolder.errors).toEqual([
      { field: 'id', code: 'FORBIDDEN' },
    ]);
    expect((await q(asOutsider, DELETE_FOLDER, { id: folder.id })).body.data.deleteTeamFolder.errors).toEqual([
      { field: 'id', code: 'NOT_FOUND' },
    ]);
    expect((await q(asAdmin, DELETE_FOLDER, { id: folder.id })).body.data.deleteTeamFolder.deletedId).toBe(folder.id);
    expect(await em.count(TeamFile, { folderId: folder.id }, all)).toBe(0);
    expect(
      (await q(asSharer, 'query($f: ID) { teamFiles(folderId: $f) { totalCount } }', { f: 'nope' })).body.errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
  });

  // Last: it deletes the admin's tenant.
  it("deleting the tenant removes its team files' bytes from storage with the rows; another tenant's stay", async () => {
    const storage = createStorage(storageEnvSchema.parse(stack.env), stack.dataDir);
    const share = async (user: TestUser, auth: TenantAuth, label: string) => {
      const personal = await uploadFile(stack, user, `${label}.txt`, Buffer.from(label));
      const folder = (await q(auth, CREATE_FOLDER, { n: `Purge ${label}` })).body.data.createTeamFolder.folder;
      return (await q(auth, ADD, { i: { fileId: personal.id, folderId: folder.id } })).body.data.addTeamFile.file.id as string;
    };
    const doomed = await share(sharer, asSharer, 'doomed');
    const kept = await share(outsiderUser, asOutsider, 'kept');
    expect(await storage.head(teamFileKey(doomed))).toBeDefined();
    const name = (await q(asAdmin, '{ currentTenant { name } }')).body.data.currentTenant.name;
    const asked = await q(
      asAdmin,
      'mutation($n: String!) { deleteTenant(confirmName: $n) { deletion { id } errors { field code message } } }',
      { n: name },
    );
    expect(asked.body.data.deleteTenant.errors).toEqual([]);
    const id = asked.body.data.deleteTenant.deletion.id;
    await eventually(async () => {
      const status = await gql(stack.url, 'query($id: ID!) { tenantDeletion(id: $id) { status } }', { id }, { token: admin.token });
      expect(status.body.data.tenantDeletion.status).toBe('DONE');
    }, 30_000);
    const em = stack.subgraphs.find((s) => s.name === 'media')!.orm.em.fork();
    expect(await em.count(TeamFile, { tenantId: admin.tenantId }, { filters: { tenant: false } })).toBe(0);
    expect(await storage.head(teamFileKey(doomed))).toBeUndefined();
    expect(await storage.head(teamFileKey(kept))).toBeDefined();
    expect((await q(asOutsider, FILE, { id: kept })).body.data.teamFile.id).toBe(kept);
  });
});
