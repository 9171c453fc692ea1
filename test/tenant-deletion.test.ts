import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { createStorage, storageEnvSchema } from '../kit';
import { tenantColumnOf } from '../kit/src/tenant-filter';
import { subgraphs } from '../subgraphs';
import { addToTenant, errorCodes, gql, signUpUser, type TestUser } from './helpers/graphql';
import { TestClock } from './helpers/clock';
import { startTestStack, type TestStack } from './helpers/stack';
import { eventually } from './helpers/wait';

/**
 * Catalogue #55, deleting a tenant: its data in every subgraph is exported to one archive, and only
 * then removed; other tenants keep theirs; the members lose the tenant at once.
 */

const DELETION = `id status tenantName completedAt archiveUrl archiveBytes archiveSha256 archiveExpiresAt
  parts { subgraph exported exportedRows purged retainedRows }`;
const DELETE = `mutation($n: String!) { deleteTenant(confirmName: $n) { deletion { ${DELETION} } errors { field code message } } }`;
const STATUS = `query($id: ID!) { tenantDeletion(id: $id) { ${DELETION} } }`;

const as = (user: TestUser) => ({ token: user.token, headers: { 'x-hubgraph-tenant': user.tenantId } });

/** The files of a gzipped ustar archive. */
function untar(gz: Buffer): Map<string, Buffer> {
  const tar = gunzipSync(gz);
  const files = new Map<string, Buffer>();
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
    const size = parseInt(header.subarray(124, 136).toString('ascii').replace(/\0.*$/s, ''), 8);
    files.set(name, tar.subarray(at + 512, at + 512 + size));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** Rows naming `tenantId` in every tenant-data table of the running subgraphs, per `subgraph.Entity`. */
async function rowsOf(stack: TestStack, tenantId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const running of stack.subgraphs) {
    const definition = subgraphs.find((s) => s.name === running.name)!;
    for (const entity of definition.entities) {
      const column = tenantColumnOf(entity);
      if (!column) continue;
      const n = await running.orm.em.fork().count((entity as any).meta.className, { [column]: tenantId }, { filters: { tenant: false } });
      if (n) counts[`${running.name}.${(entity as any).meta.className}`] = n;
    }
  }
  return counts;
}

async function seedTenant(stack: TestStack, user: TestUser, label: string): Promise<void> {
  const auth = as(user);
  const run = async (query: string, variables: Record<string, unknown>) => {
    const res = await gql(stack.url, query, variables, auth);
    const payload = Object.values(res.body.data ?? {})[0] as { errors?: unknown[] } | undefined;
    if (res.body.errors || !payload || payload.errors?.length) throw new Error(`${query}: ${JSON.stringify(res.body)}`);
  };
  await run('mutation($t: String!) { createTask(input: { title: $t }) { task { id } errors { code } } }', { t: `${label} task` });
  await run('mutation($n: String!) { createProject(input: { name: $n }) { project { id } errors { code } } }', { n: `${label} project` });
  await run('mutation($n: String!) { createContact(input: { firstName: $n }) { contact { id } errors { code } } }', {
    n: `${label} contact`,
  });
  await run('mutation($n: String!) { createAnalyticsProject(input: { name: $n }) { project { id } errors { code } } }', {
    n: `${label} analytics`,
  });
  await run(
    'mutation($n: String!) { openBankAccount(input: { name: $n, ledger: "EUR", business: true }) { account { id } errors { code } } }',
    { n: `${label} account` },
  );
}

describe('deleting a tenant (#55): export, then purge in every subgraph', () => {
  let stack: TestStack;
  let admin: TestUser;
  let other: TestUser;
  let employee: TestUser;

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'work', 'crm', 'analytics', 'banking'] });
    [admin, other, employee] = (await Promise.all(['deleting-admin', 'other-admin', 'employee'].map((n) => signUpUser(stack.url, n)))) as [
      TestUser,
      TestUser,
      TestUser,
    ];
    await seedTenant(stack, admin, 'doomed');
    await seedTenant(stack, other, 'kept');
  });

  it('refuses non-admins and a wrong confirmation, changing nothing', async () => {
    const employeeAuth = await addToTenant(stack.url, admin, employee, 'MANAGER');
    expect(errorCodes(await gql(stack.url, DELETE, { n: 'anything' }, employeeAuth))).toEqual(['FORBIDDEN']);
    const wrong = await gql(stack.url, DELETE, { n: 'not its name' }, as(admin));
    expect(wrong.body.data.deleteTenant).toMatchObject({ deletion: null, errors: [{ field: 'confirmName', code: 'BAD_USER_INPUT' }] });
    expect(errorCodes(await gql(stack.url, DELETE, { n: 'x' }, {}))).toEqual(['UNAUTHENTICATED']);
    expect(Object.keys(await rowsOf(stack, admin.tenantId)).length).toBeGreaterThanOrEqual(5);
  });

  it('exports every row to a downloadable archive, then removes the tenant everywhere but keeps bank accounts', async () => {
    const before = await rowsOf(stack, admin.tenantId);
    const otherBefore = await rowsOf(stack, other.tenantId);
    const current = await gql(stack.url, '{ currentTenant { name } }', {}, as(admin));
    const name = current.body.data.currentTenant.name as string;

    // Tokens have whole-second `iat`: one issued in the second of the removal is still accepted.
    await new Promise((resolve) => setTimeout(resolve, 1010 - (Date.now() % 1000)));
    const asked = await gql(stack.url, DELETE, { n: name }, as(admin));
    expect(asked.body.data.deleteTenant.errors).toEqual([]);
    const id = asked.body.data.deleteTenant.deletion.id as string;
    // Members lose the tenant at once, even with a token that still lists it.
    await eventually(async () =>
      expect(errorCodes(await gql(stack.url, '{ tasks(first: 5) { totalCount } }', {}, as(admin)))).toEqual(['FORBIDDEN']),
    );
    expect(errorCodes(await gql(stack.url, DELETE, { n: name }, as(admin)))).toEqual(['FORBIDDEN']);

    const done = await eventually(async () => {
      const res = await gql(stack.url, STATUS, { id }, { token: admin.token });
      expect(res.body.data.tenantDeletion.status).toBe('DONE');
      return res.body.data.tenantDeletion;
    }, 20_000);
    expect([...done.parts].sort((a: any, b: any) => a.subgraph.localeCompare(b.subgraph))).toEqual(
      ['analytics', 'banking', 'crm', 'work'].map((subgraph) =>
        expect.objectContaining({ subgraph, exported: true, purged: true, retainedRows: subgraph === 'banking' ? 1 : 0 }),
      ),
    );
    // Nobody else sees the deletion.
    expect((await gql(stack.url, STATUS, { id }, { token: other.token })).body.data.tenantDeletion).toBeNull();

    // The archive: manifest plus one NDJSON file per subgraph, with every row that was there.
    const download = await fetch(new URL(done.archiveUrl, stack.url));
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/gzip');
    const gz = Buffer.from(await download.arrayBuffer());
    expect(gz.length).toBe(done.archiveBytes);
    expect(createHash('sha256').update(gz).digest('hex')).toBe(done.archiveSha256);
    const files = untar(gz);
    const manifest = JSON.parse(files.get('manifest.json')!.toString('utf8'));
    expect(manifest).toMatchObject({ format: 'hubgraph-tenant-export/1', tenantId: admin.tenantId, tenantName: name });
    const archived: Record<string, number> = {};
    for (const file of manifest.files) {
      const body = files.get(file.file)!;
      expect(createHash('sha256').update(body).digest('hex')).toBe(file.sha256);
      for (const line of body.toString('utf8').split('\n').filter(Boolean)) {
        const { entity, row } = JSON.parse(line);
        expect(
          row[tenantColumnOf(subgraphs.find((s) => s.name === file.subgraph)!.entities.find((e: any) => e.meta.className === entity)!)!],
        ).toBe(admin.tenantId);
        archived[`${file.subgraph}.${entity}`] = (archived[`${file.subgraph}.${entity}`] ?? 0) + 1;
      }
    }
    expect(archived).toEqual(before);
    // A standard tar: the system's tar lists the same files.
    const dir = mkdtempSync(join(tmpdir(), 'tenant-export-'));
    try {
      writeFileSync(join(dir, 'a.tar.gz'), gz);
      const listed = execFileSync('tar', ['-tzf', join(dir, 'a.tar.gz')], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .sort();
      expect(listed).toEqual([...files.keys()].sort());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // A tampered link is refused.
    const tampered = new URL(done.archiveUrl, stack.url);
    tampered.searchParams.set('exp', String(Number(tampered.searchParams.get('exp')) + 60));
    expect((await fetch(tampered)).status).toBe(403);

    // Gone from every subgraph but the business bank account; the other tenant is untouched.
    expect(await rowsOf(stack, admin.tenantId)).toEqual({ 'banking.BankAccount': 1 });
    expect(await rowsOf(stack, other.tenantId)).toEqual(otherBefore);
    const me = await gql(
      stack.url,
      '{ me { memberships(first: 50) { edges { node { tenant { id } } } } } }',
      {},
      { token: employee.token },
    );
    expect(JSON.stringify(me.body)).not.toContain(admin.tenantId);
  });
});

describe('deleting a tenant while a subgraph has not exported', () => {
  let stack: TestStack;
  let admin: TestUser;

  beforeAll(async () => {
    // `ghost` holds tenant data but never answers: the deletion must wait for it, and purge nothing.
    stack = await startTestStack({ only: ['identity', 'work'], env: { TENANT_DATA_SUBGRAPHS: 'work,ghost' } });
    admin = await signUpUser(stack.url, 'waiting-admin');
  });

  it('keeps every row until the archive is complete', async () => {
    await gql(stack.url, 'mutation { createTask(input: { title: "still here" }) { task { id } } }', {}, as(admin));
    const name = (await gql(stack.url, '{ currentTenant { name } }', {}, as(admin))).body.data.currentTenant.name;
    const asked = await gql(stack.url, DELETE, { n: name }, as(admin));
    const id = asked.body.data.deleteTenant.deletion.id;
    const waiting = await eventually(async () => {
      const res = await gql(stack.url, STATUS, { id }, { token: admin.token });
      expect(res.body.data.tenantDeletion.parts).toEqual([
        expect.objectContaining({ subgraph: 'work', exported: true, purged: false }),
        expect.objectContaining({ subgraph: 'ghost', exported: false, purged: false }),
      ]);
      return res.body.data.tenantDeletion;
    }, 10_000);
    expect(waiting).toMatchObject({ status: 'EXPORTING', archiveUrl: null });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await rowsOf(stack, admin.tenantId)).toEqual({ 'work.Task': 1 });
  });
});

describe("a deleted tenant's export after its retention", () => {
  let stack: TestStack;
  let admin: TestUser;
  const clock = new TestClock();

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'work'], clock, env: { TENANT_EXPORT_SWEEP_MS: '200' } });
    admin = await signUpUser(stack.url, 'retention-admin');
  });

  it('is deleted from storage (archive and parts), and the deletion keeps its size and checksum', async () => {
    const storage = createStorage(storageEnvSchema.parse(stack.env), stack.dataDir);
    await gql(stack.url, 'mutation { createTask(input: { title: "exported once" }) { task { id } } }', {}, as(admin));
    const name = (await gql(stack.url, '{ currentTenant { name } }', {}, as(admin))).body.data.currentTenant.name;
    const id = (await gql(stack.url, DELETE, { n: name }, as(admin))).body.data.deleteTenant.deletion.id as string;
    const done = await eventually(async () => {
      const res = await gql(stack.url, STATUS, { id }, { token: admin.token });
      expect(res.body.data.tenantDeletion.status).toBe('DONE');
      return res.body.data.tenantDeletion;
    }, 20_000);
    const stored = async () => (await storage.list(`tenant-exports/${id}/`)).objects.map((o) => o.key.split('/').pop()).sort();
    expect(await stored()).toEqual([`tenant-${admin.tenantId}.tar.gz`, 'work.ndjson']);
    expect((await fetch(new URL(done.archiveUrl, stack.url))).status).toBe(200);
    // A sweep before the expiry keeps everything.
    clock.advance(29 * 86_400_000);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await stored()).toHaveLength(2);

    clock.advance(2 * 86_400_000);
    await eventually(async () => expect(await stored()).toEqual([]), 10_000);
    const after = (await gql(stack.url, STATUS, { id }, { token: admin.token })).body.data.tenantDeletion;
    expect(after).toMatchObject({ status: 'DONE', archiveUrl: null, archiveBytes: done.archiveBytes, archiveSha256: done.archiveSha256 });
    // The old link expired with the clock; nothing is left behind it either.
    expect((await fetch(new URL(done.archiveUrl, stack.url))).status).toBe(403);
  });
});
