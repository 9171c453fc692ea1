import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/core';
import {
  AppError,
  baseProperties,
  defineTenantEntity,
  forTenant,
  ormOptions,
  p,
  requireTenant,
  tenantRoleAtLeast,
  type Em,
  type Orm,
  type Viewer,
} from '../index';
import { scopesOf } from '../src/directives';
import { scopeToViewer } from '../src/tenant-filter';
import { testEnv } from '../../test/helpers/stack';

const Note = defineTenantEntity({
  name: 'Note',
  tableName: 'notes',
  properties: { ...baseProperties(), title: p.string().length(100) },
});

const A = '0193a1b2-0000-7000-8000-00000000000a';
const B = '0193a1b2-0000-7000-8000-00000000000b';
const viewerIn = (tenantId: string | null, tenantRole: Viewer['tenantRole'] = 'EMPLOYEE'): Viewer => ({
  userId: 'u1',
  roles: ['user'],
  tenantId,
  tenantRole: tenantId ? tenantRole : null,
});

describe('kit tenancy: tenant-owned entities are scoped by the ORM', () => {
  let orm: Orm;
  let dataDir: string;
  const prefix = `hgk_${randomBytes(4).toString('hex')}_`;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'hubgraph-tenancy-'));
    const options = ormOptions({
      subgraph: 'tenancy',
      entities: [Note],
      migrations: { sqlite: [], mysql: [] },
      config: { DATA_DIR: dataDir, MYSQL_URL: testEnv.MYSQL_URL, MYSQL_DATABASE_PREFIX: prefix },
    });
    orm = (await MikroORM.init(options)) as Orm;
    await orm.schema.ensureDatabase();
    await orm.schema.createSchema();
    const seed = orm.em.fork();
    for (const [tenantId, titles] of [
      [A, ['a1', 'a2']],
      [B, ['b1']],
    ] as const) {
      const em = forTenant(seed, tenantId);
      for (const title of titles) em.create(Note, { title });
      await em.flush();
    }
  });

  afterAll(async () => {
    if (testEnv.MYSQL_URL) await orm.schema.dropDatabase().catch(() => undefined);
    await orm.close(true);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const requestEm = (viewer: Viewer | null): Em => scopeToViewer(orm.em.fork(), viewer);

  it('reads, counts and loads by id only within the request tenant', async () => {
    const a = requestEm(viewerIn(A));
    expect((await a.find(Note, {}, { orderBy: { title: 'asc' } })).map((n) => n.title)).toEqual(['a1', 'a2']);
    expect(await a.count(Note)).toBe(2);
    const b1 = await forTenant(orm.em, B).findOneOrFail(Note, { title: 'b1' });
    // Asking for another tenant's row by its id finds nothing, as if it did not exist.
    expect(await requestEm(viewerIn(A)).findOne(Note, b1.id)).toBeNull();
    expect(await requestEm(viewerIn(A)).find(Note, { id: { $in: [b1.id] } })).toEqual([]);
  });

  it('fills tenantId in on create and refuses rows of another tenant on flush, writing nothing', async () => {
    const a = requestEm(viewerIn(A));
    const note = a.create(Note, { title: 'a3' });
    expect(note.tenantId).toBe(A);
    await a.flush();

    const forged = requestEm(viewerIn(A));
    forged.create(Note, { title: 'forged', tenantId: B });
    forged.create(Note, { title: 'innocent' });
    await expect(forged.flush()).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await forTenant(orm.em, B).count(Note, { title: 'forged' })).toBe(0);
    expect(await forTenant(orm.em, A).count(Note, { title: 'innocent' })).toBe(0);
  });

  it('scopes nativeUpdate and nativeDelete too', async () => {
    const b1 = await forTenant(orm.em, B).findOneOrFail(Note, { title: 'b1' });
    expect(await requestEm(viewerIn(A)).nativeUpdate(Note, { id: b1.id }, { title: 'hijacked' })).toBe(0);
    expect(await requestEm(viewerIn(A)).nativeDelete(Note, { id: b1.id })).toBe(0);
    expect((await forTenant(orm.em, B).findOneOrFail(Note, b1.id)).title).toBe('b1');
  });

  it('refuses to move a row to another tenant', async () => {
    const a = requestEm(viewerIn(A));
    const note = await a.findOneOrFail(Note, { title: 'a1' });
    note.tenantId = B;
    await expect(a.flush()).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(await forTenant(orm.em, B).count(Note, { title: 'a1' })).toBe(0);
  });

  it('fails closed without a tenant: requests with none read and write nothing', async () => {
    for (const viewer of [null, viewerIn(null)]) {
      const em = requestEm(viewer);
      await expect(em.find(Note, {})).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      await expect(em.nativeDelete(Note, {})).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
      em.create(Note, { title: 'orphan', tenantId: A });
      await expect(em.flush()).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    }
    // Background work with no scope at all must say which tenant it acts for.
    await expect(orm.em.fork().find(Note, {})).rejects.toBeInstanceOf(AppError);
    const unscoped = orm.em.fork();
    expect(await unscoped.count(Note, {}, { filters: { tenant: false } })).toBeGreaterThanOrEqual(4);
  });
});

describe('kit tenancy: roles', () => {
  it('orders roles ADMIN ⊃ MANAGER ⊃ EMPLOYEE', () => {
    expect(tenantRoleAtLeast('ADMIN', 'MANAGER')).toBe(true);
    expect(tenantRoleAtLeast('MANAGER', 'MANAGER')).toBe(true);
    expect(tenantRoleAtLeast('EMPLOYEE', 'MANAGER')).toBe(false);
    expect(tenantRoleAtLeast(null, 'EMPLOYEE')).toBe(false);
  });

  it('requireTenant: UNAUTHENTICATED without viewer, FORBIDDEN without tenant or with too low a role', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return (error as AppError).extensions.code;
      }
      return 'OK';
    };
    expect(code(() => requireTenant(null))).toBe('UNAUTHENTICATED');
    expect(code(() => requireTenant(viewerIn(null)))).toBe('FORBIDDEN');
    expect(code(() => requireTenant(viewerIn(A, 'EMPLOYEE'), 'MANAGER'))).toBe('FORBIDDEN');
    expect(code(() => requireTenant(viewerIn(A, 'MANAGER'), 'MANAGER'))).toBe('OK');
  });

  it('gives @requiresScopes the tenant role and the roles below it', () => {
    expect([...scopesOf(viewerIn(A, 'MANAGER'))].sort()).toEqual(['tenant:employee', 'tenant:manager', 'user']);
    expect(scopesOf(viewerIn(null)).has('tenant:employee')).toBe(false);
  });
});
