import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TestClock } from '../../../test/helpers/clock';
import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { FileFolder, FileQuota, FileUpload } from '../src/files/entities';
import { FileService } from '../src/files/service';
import { makeImage } from './helpers';
import {
  ABORT,
  COMPLETE,
  CREATE_FOLDER,
  FILE,
  INITIATE,
  QUOTA,
  REQUEST,
  SHARE,
  download,
  initiate,
  putBytes,
  sha,
  uploadFile,
} from './files-helpers';

const PART = 1_500_000; // above the router's 1 MB body limit: parts go through the public path
const QUOTA_BYTES = 5_000_000;

describe('media: file storage (#47)', () => {
  const clock = new TestClock();
  let stack: TestStack;
  let alice: TestUser;
  let bob: TestUser;

  beforeAll(async () => {
    stack = await startTestStack({
      only: ['identity', 'media'],
      clock,
      env: {
        FILES_PART_BYTES: String(PART),
        FILES_QUOTA_BYTES: String(QUOTA_BYTES),
        FILES_MAX_FOLDER_DEPTH: '3',
        FILES_SHARE_PASSWORD_ATTEMPTS: '3',
        FILES_SWEEP_MS: '0',
      },
    });
    [alice, bob] = await Promise.all([signUpUser(stack.url, 'alice'), signUpUser(stack.url, 'bob')]);
  });
  afterAll(() => stack?.stop());

  const q = (user: TestUser, query: string, variables: Record<string, unknown> = {}) =>
    gql(stack.url, query, variables, { token: user.token });
  const media = () => stack.subgraphs.find((s) => s.name === 'media')!;
  const storedKeys = (prefix: string) => {
    const dir = join(stack.dataDir, 'storage', prefix);
    return existsSync(dir) ? readdirSync(dir) : [];
  };

  async function folder(user: TestUser, name: string, parentId?: string): Promise<string> {
    const res = await q(user, CREATE_FOLDER, { input: { name, parentId } });
    const made = res.body.data.createFileFolder;
    if (!made.folder) throw new Error(JSON.stringify(made.errors));
    return made.folder.id;
  }

  describe('folders', () => {
    it('builds a tree, lists it page by page, renames and moves, and refuses cycles and depth', async () => {
      const docs = await folder(alice, 'docs');
      const a = await folder(alice, 'a', docs);
      const b = await folder(alice, 'b', a);
      await folder(alice, 'z', docs);
      // Depth 3 is the limit: a fourth level is refused.
      const tooDeep = await q(alice, CREATE_FOLDER, { input: { name: 'c', parentId: b } });
      expect(tooDeep.body.data.createFileFolder).toEqual({
        folder: null,
        errors: [expect.objectContaining({ field: 'parentId', code: 'BAD_USER_INPUT' })],
      });
      const dup = await q(alice, CREATE_FOLDER, { input: { name: 'a', parentId: docs } });
      expect(dup.body.data.createFileFolder.errors[0]).toMatchObject({ field: 'name', code: 'CONFLICT' });

      const LIST = `query($p: ID, $after: String) { fileFolders(parentId: $p, first: 1, after: $after) {
        totalCount edges { node { id name parent { id } } } pageInfo { hasNextPage endCursor } } }`;
      const first = await q(alice, LIST, { p: docs });
      expect(first.body.data.fileFolders).toMatchObject({
        totalCount: 2,
        edges: [{ node: { name: 'a', parent: { id: docs } } }],
        pageInfo: { hasNextPage: true },
      });
      const second = await q(alice, LIST, { p: docs, after: first.body.data.fileFolders.pageInfo.endCursor });
      expect(second.body.data.fileFolders.edges.map((e: any) => e.node.name)).toEqual(['z']);
      // Someone else's folder lists as empty, and cannot be a parent.
      expect((await q(bob, LIST, { p: docs })).body.data.fileFolders.totalCount).toBe(0);
      expect((await q(bob, CREATE_FOLDER, { input: { name: 'x', parentId: docs } })).body.data.createFileFolder.errors[0].code).toBe(
        'NOT_FOUND',
      );

      const UPDATE = `mutation($input: UpdateFileFolderInput!) { updateFileFolder(input: $input) { folder { id name parent { id } } errors { field code message } } }`;
      const cycle = await q(alice, UPDATE, { input: { id: docs, parentId: b } });
      expect(cycle.body.data.updateFileFolder.errors[0]).toMatchObject({ field: 'parentId', code: 'CONFLICT' });
      // Moving `a` (height 2) under `z` (depth 2) would make depth 4.
      const z = second.body.data.fileFolders.edges[0].node.id;
      expect((await q(alice, UPDATE, { input: { id: a, parentId: z } })).body.data.updateFileFolder.errors[0].field).toBe('parentId');
      const moved = await q(alice, UPDATE, { input: { id: b, parentId: null, name: 'b-top' } });
      expect(moved.body.data.updateFileFolder).toEqual({ folder: { id: b, name: 'b-top', parent: null }, errors: [] });

      const DELETE = `mutation($id: ID!) { deleteFileFolder(id: $id) { deletedId errors { code } } }`;
      expect((await q(alice, DELETE, { id: docs })).body.data.deleteFileFolder.errors[0].code).toBe('CONFLICT');
      expect((await q(alice, DELETE, { id: b })).body.data.deleteFileFolder).toEqual({ deletedId: b, errors: [] });
    });

    it('lets only one of two folders move into the other when both moves race', async () => {
      const UPDATE = `mutation($input: UpdateFileFolderInput!) { updateFileFolder(input: $input) { folder { id } errors { code } } }`;
      for (let round = 0; round < 5; round++) {
        const p = await folder(alice, `race-p-${round}`);
        const r = await folder(alice, `race-r-${round}`);
        const answers = await Promise.all([
          q(alice, UPDATE, { input: { id: p, parentId: r } }),
          q(alice, UPDATE, { input: { id: r, parentId: p } }),
        ]);
        const outcomes = answers.map((a) => a.body.data.updateFileFolder.errors[0]?.code ?? 'moved').sort();
        expect(outcomes).toEqual(['CONFLICT', 'moved']);
        // No loop: one of the two is still at the root.
        const rows = await media()
          .orm.em.fork()
          .find(FileFolder, { id: { $in: [p, r] } });
        expect(rows.filter((row) => row.parentId === null)).toHaveLength(1);
      }
    });

    it.each(['../../etc/passwd', '..', '.', 'a/b', 'a\\b', ' x', 'nul\u0001', ''])(
      'refuses the name %j and stores nothing',
      async (name) => {
        const res = await q(alice, CREATE_FOLDER, { input: { name } });
        expect(res.body.data.createFileFolder).toEqual({
          folder: null,
          errors: [expect.objectContaining({ field: 'name', code: 'BAD_USER_INPUT' })],
        });
        const bytes = Buffer.from('hello');
        const upload = await q(alice, REQUEST, { input: { name, size: bytes.length, sha256: sha(bytes) } });
        expect(upload.body.data.requestFileUpload.errors[0]).toMatchObject({ field: 'name', code: 'BAD_USER_INPUT' });
      },
    );
  });

  describe('single uploads and downloads', () => {
    it('stores bytes sent to the presigned URL, sniffs their type and serves them at a presigned download URL', async () => {
      const png = await makeImage('png', 20, 20);
      const file = await uploadFile(stack, alice, 'notes.txt', png);
      expect(file).toMatchObject({ name: 'notes.txt', size: png.length, contentType: 'image/png', sha256: sha(png), versionCount: 1 });
      const text = await uploadFile(stack, alice, 'readme', Buffer.from('plain words, héllo\n'));
      expect(text.contentType).toBe('text/plain; charset=utf-8');
      const binary = await uploadFile(stack, alice, 'blob.png', Buffer.from([0, 1, 2, 3, 255, 254]));
      expect(binary.contentType).toBe('application/octet-stream');

      const got = await download(stack, file.downloadUrl);
      expect(got.status).toBe(200);
      expect(got.body.equals(png)).toBe(true);
      expect(got.headers.get('content-type')).toBe('image/png');
      expect(got.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''notes.txt`);
      expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    });

    it('refuses a changed method, a tampered or expired URL, a wrong checksum or size, and writes nothing', async () => {
      const bytes = randomBytes(2000);
      const res = await q(alice, REQUEST, { input: { name: 'guarded.bin', size: bytes.length, sha256: sha(bytes) } });
      const { uploadId, url } = res.body.data.requestFileUpload.upload;
      const versionsBefore = storedKeys('files/v').length;

      // The method is part of the signature: the PUT URL used with POST is refused before the body is read.
      const post = await putBytes(stack, url, bytes, 'POST');
      expect([post.status, post.json.errors[0].extensions.code]).toEqual([403, 'FORBIDDEN']);
      expect(
        (
          await putBytes(
            stack,
            url.replace(
              uploadId,
              uploadId.replace(/.$/, (c: string) => (c === 'a' ? 'b' : 'a')),
            ),
            bytes,
          )
        ).status,
      ).toBe(403);
      const wrong = Buffer.from(bytes);
      wrong[0] = wrong[0]! ^ 1;
      const mismatch = await putBytes(stack, url, wrong);
      expect([mismatch.status, mismatch.json.errors[0].extensions.code]).toEqual([400, 'BAD_USER_INPUT']);
      expect(mismatch.json.errors[0].message).toMatch(/SHA-256/);
      expect((await putBytes(stack, url, bytes.subarray(0, 100))).status).toBe(400);
      expect((await putBytes(stack, url, Buffer.concat([bytes, bytes]))).status).toBe(413);
      expect(storedKeys('files/v').length).toBe(versionsBefore);

      // Still pending, so the right bytes go in; then the URL is spent.
      expect((await putBytes(stack, url, bytes)).status).toBe(201);
      expect((await putBytes(stack, url, bytes)).status).toBe(409);

      // A download URL is signed for GET: PUT and DELETE on it are refused.
      const file = (await q(alice, `query { storedFiles { edges { node { name downloadUrl } } } }`)).body.data.storedFiles.edges.find(
        (e: any) => e.node.name === 'guarded.bin',
      ).node;
      expect((await download(stack, file.downloadUrl, 'PUT')).status).toBe(403);
      expect((await download(stack, file.downloadUrl, 'DELETE')).status).toBe(403);
      expect((await download(stack, file.downloadUrl)).status).toBe(200);

      // After FILES_URL_TTL_SECONDS (900 s) both kinds of URL are refused.
      const late = await q(alice, REQUEST, { input: { name: 'late.bin', size: bytes.length, sha256: sha(bytes) } });
      clock.advance(901_000);
      const expired = await putBytes(stack, late.body.data.requestFileUpload.upload.url, bytes);
      expect([expired.status, expired.json.errors[0].extensions.code]).toEqual([410, 'FORBIDDEN']);
      expect((await download(stack, file.downloadUrl)).status).toBe(410);
      // The sweep gives the expired reservation back.
      const before = (await q(alice, QUOTA)).body.data.fileQuota.usedBytes;
      const em = media().orm.em.fork();
      expect(await em.count(FileUpload, { ownerId: alice.id, status: 'PENDING' })).toBeGreaterThan(0);
      await sweep();
      expect(await em.fork().count(FileUpload, { ownerId: alice.id, status: 'PENDING' })).toBe(0);
      expect((await q(alice, QUOTA)).body.data.fileQuota.usedBytes).toBe(before - bytes.length);
    });
  });

  /** Runs the expired-upload sweep once (FILES_SWEEP_MS is 0 here). */
  const sweep = () => new FileService().expireUploads(media().serviceDeps() as never);

  it('gives back the quota of an upload whose completion died half-way, once it is a URL lifetime past expiry', async () => {
    const bytes = randomBytes(3000);
    const requested = await q(alice, REQUEST, { input: { name: 'orphan.bin', size: bytes.length, sha256: sha(bytes) } });
    const { uploadId } = requested.body.data.requestFileUpload.upload;
    // The process that claimed the completion (PENDING → COMPLETING) died before it finished.
    await media().orm.em.fork().nativeUpdate(FileUpload, { id: uploadId }, { status: 'COMPLETING' });
    const held = (await q(alice, QUOTA)).body.data.fileQuota.usedBytes;
    const status = async () => (await media().orm.em.fork().findOneOrFail(FileUpload, { id: uploadId })).status;
    clock.advance(901_000); // expired, but a completion claimed just before expiry may still be running
    await sweep();
    expect(await status()).toBe('COMPLETING'); // the positive control: left alone
    expect((await q(alice, QUOTA)).body.data.fileQuota.usedBytes).toBe(held);
    clock.advance(900_000); // one URL lifetime later: abandoned
    await sweep();
    expect(await status()).toBe('ABORTED');
    expect((await q(alice, QUOTA)).body.data.fileQuota.usedBytes).toBe(held - bytes.length);
  });

  describe('multipart', () => {
    it('takes parts above the router body limit, checks every ETag and the whole SHA-256, and assembles the file', async () => {
      const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(2 * PART + 1234 - 9)]);
      const upload = await initiate(stack, alice, { name: 'big.pdf', size: bytes.length, sha256: sha(bytes) });
      expect(upload.url).toBeNull();
      expect(upload.parts.map((p: any) => [p.partNumber, p.size])).toEqual([
        [1, PART],
        [2, PART],
        [3, 1234],
      ]);
      const etags: string[] = [];
      for (const part of upload.parts) {
        const chunk = bytes.subarray((part.partNumber - 1) * PART, (part.partNumber - 1) * PART + part.size);
        const sent = await putBytes(stack, part.url, chunk);
        expect(sent.status).toBe(200);
        etags.push(sent.headers.get('etag')!);
      }
      expect(etags[0]).toBe(`"${sha(bytes.subarray(0, PART))}"`);

      const missing = await q(alice, COMPLETE, { id: upload.uploadId, parts: [{ partNumber: 1, etag: etags[0] }] });
      expect(missing.body.data.completeMultipartFileUpload.errors[0]).toMatchObject({ field: 'parts', code: 'BAD_USER_INPUT' });
      const badTag = etags.map((etag, i) => ({ partNumber: i + 1, etag: i === 1 ? etags[0] : etag }));
      const refused = await q(alice, COMPLETE, { id: upload.uploadId, parts: badTag });
      expect(refused.body.data.completeMultipartFileUpload).toEqual({
        file: null,
        errors: [expect.objectContaining({ field: 'parts', code: 'BAD_USER_INPUT', message: expect.stringMatching(/part 2/) })],
      });

      const parts = etags.map((etag, i) => ({ partNumber: i + 1, etag }));
      const done = await q(alice, COMPLETE, { id: upload.uploadId, parts });
      expect(done.body.data.completeMultipartFileUpload.errors).toEqual([]);
      const file = done.body.data.completeMultipartFileUpload.file;
      expect(file).toMatchObject({ name: 'big.pdf', size: bytes.length, contentType: 'application/pdf', sha256: sha(bytes) });
      expect(storedKeys(`files/uploads/${upload.uploadId}`)).toEqual([]);
      const got = await download(stack, file.downloadUrl);
      expect(got.body.equals(bytes)).toBe(true);
      expect((await q(alice, COMPLETE, { id: upload.uploadId, parts })).body.data.completeMultipartFileUpload.errors[0].code).toBe(
        'INVALID_STATE',
      );
    });

    it('refuses a whole-file checksum that does not match, and aborting gives the reservation back', async () => {
      const bytes = randomBytes(PART + 10);
      const upload = await initiate(stack, bob, { name: 'liar.bin', size: bytes.length, sha256: sha(Buffer.from('something else')) });
      const etags = [];
      for (const part of upload.parts) {
        const sent = await putBytes(
          stack,
          part.url,
          bytes.subarray((part.partNumber - 1) * PART, (part.partNumber - 1) * PART + part.size),
        );
        etags.push({ partNumber: part.partNumber, etag: sent.headers.get('etag') });
      }
      const res = await q(bob, COMPLETE, { id: upload.uploadId, parts: etags });
      expect(res.body.data.completeMultipartFileUpload.errors[0].message).toMatch(/SHA-256/);
      expect((await q(bob, `query { storedFiles { totalCount } }`)).body.data.storedFiles.totalCount).toBe(0);
      expect((await q(bob, QUOTA)).body.data.fileQuota.usedBytes).toBe(bytes.length);
      // Alice cannot abort Bob's upload.
      expect((await q(alice, ABORT, { id: upload.uploadId })).body.data.abortFileUpload.errors[0].code).toBe('NOT_FOUND');
      expect((await q(bob, ABORT, { id: upload.uploadId })).body.data.abortFileUpload).toEqual({ uploadId: upload.uploadId, errors: [] });
      expect((await q(bob, QUOTA)).body.data.fileQuota).toEqual({ usedBytes: 0, limitBytes: QUOTA_BYTES });
      expect(storedKeys(`files/uploads/${upload.uploadId}`)).toEqual([]);
      expect((await putBytes(stack, upload.parts[0].url, bytes.subarray(0, PART))).status).toBe(409);
    });
  });

  describe('versions', () => {
    it('keeps every upload of a name as a version, lists them and restores an older one', async () => {
      const v1 = Buffer.from('version one');
      const v2 = Buffer.from('version two!');
      const first = await uploadFile(stack, bob, 'doc.txt', v1);
      const second = await uploadFile(stack, bob, 'doc.txt', v2);
      expect(second).toMatchObject({ id: first.id, versionCount: 2, size: v2.length });
      const VERSIONS = `query($id: ID!) { storedFile(id: $id) { versions(first: 10) { totalCount edges { node { id number size sha256 isCurrent } } } } }`;
      const versions = (await q(bob, VERSIONS, { id: first.id })).body.data.storedFile.versions;
      expect(versions.edges.map((e: any) => [e.node.number, e.node.sha256, e.node.isCurrent])).toEqual([
        [2, sha(v2), true],
        [1, sha(v1), false],
      ]);
      const oldId = versions.edges[1].node.id;
      const RESTORE = `mutation($f: ID!, $v: ID!) { restoreFileVersion(fileId: $f, versionId: $v) { file { id sha256 downloadUrl } errors { code } } }`;
      expect((await q(alice, RESTORE, { f: first.id, v: oldId })).body.data.restoreFileVersion.errors[0].code).toBe('NOT_FOUND');
      const restored = (await q(bob, RESTORE, { f: first.id, v: oldId })).body.data.restoreFileVersion;
      expect(restored.file.sha256).toBe(sha(v1));
      expect((await download(stack, restored.file.downloadUrl)).body.toString()).toBe('version one');
      expect((await q(bob, QUOTA)).body.data.fileQuota.usedBytes).toBe(v1.length + v2.length);

      const DELETE = `mutation($id: ID!) { deleteStoredFile(id: $id) { deletedId errors { code } } }`;
      expect((await q(bob, DELETE, { id: first.id })).body.data.deleteStoredFile.deletedId).toBe(first.id);
      expect((await q(bob, QUOTA)).body.data.fileQuota.usedBytes).toBe(0);
      expect((await download(stack, restored.file.downloadUrl)).status).toBe(404);
    });
  });

  describe('quota', () => {
    it('lets exactly the concurrent uploads that fit reserve their bytes', async () => {
      const carol = await signUpUser(stack.url, 'carol');
      const size = 1_200_000; // 4 fit in 5,000,000; 8 race
      const bytes = randomBytes(size);
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) => q(carol, REQUEST, { input: { name: `q${i}.bin`, size, sha256: sha(bytes) } })),
      );
      const granted = results.filter((r) => r.body.data.requestFileUpload.upload);
      const refused = results.filter((r) => r.body.data.requestFileUpload.errors.length);
      expect([granted.length, refused.length]).toEqual([4, 4]);
      for (const r of refused) expect(r.body.data.requestFileUpload.errors[0]).toMatchObject({ field: 'size', code: 'CONFLICT' });
      await Promise.all(
        granted.map(async (r) => expect((await putBytes(stack, r.body.data.requestFileUpload.upload.url, bytes)).status).toBe(201)),
      );
      expect((await q(carol, QUOTA)).body.data.fileQuota.usedBytes).toBe(4 * size);
      const row = await media().orm.em.fork().findOneOrFail(FileQuota, { ownerId: carol.id });
      expect(row.usedBytes).toBe(4 * size);
      const over = await q(carol, INITIATE, { input: { name: 'more.bin', size: QUOTA_BYTES, sha256: sha(bytes) } });
      expect(over.body.data.initiateMultipartFileUpload.errors[0].code).toBe('CONFLICT');
    });
  });

  describe('share links', () => {
    it('serves the current version without a session, with a hashed, rate-limited password and an expiry', async () => {
      const bytes = Buffer.from('shared secret contents');
      const file = await uploadFile(stack, alice, 'shared.txt', bytes);
      const open = (await q(alice, SHARE, { input: { fileId: file.id, expiresInSeconds: 3600 } })).body.data.createFileShareLink.shareLink;
      expect(open).toMatchObject({ hasPassword: false, url: expect.stringMatching(/^\/media\/files\/share\//) });
      expect((await download(stack, open.url)).body.toString()).toBe('shared secret contents');
      expect(
        (await q(bob, SHARE, { input: { fileId: file.id, expiresInSeconds: 3600 } })).body.data.createFileShareLink.errors[0].code,
      ).toBe('NOT_FOUND');
      const short = await q(alice, SHARE, { input: { fileId: file.id, expiresInSeconds: 3600, password: 'short' } });
      expect(short.body.data.createFileShareLink.errors[0]).toMatchObject({ field: 'password', code: 'BAD_USER_INPUT' });

      const locked = (await q(alice, SHARE, { input: { fileId: file.id, expiresInSeconds: 600, password: 'correct horse' } })).body.data
        .createFileShareLink.shareLink;
      expect(locked.hasPassword).toBe(true);
      expect((await download(stack, locked.url)).status).toBe(401);
      expect((await download(stack, locked.url, 'GET', { 'x-file-share-password': 'wrong horse' })).status).toBe(403);
      const good = await download(stack, locked.url, 'GET', { 'x-file-share-password': 'correct horse' });
      expect([good.status, good.body.toString()]).toEqual([200, 'shared secret contents']);
      // Three attempts per window: the fourth is refused even with the right password.
      const limited = await download(stack, locked.url, 'GET', { 'x-file-share-password': 'correct horse' });
      await download(stack, locked.url, 'GET', { 'x-file-share-password': 'x' });
      const after = await download(stack, locked.url, 'GET', { 'x-file-share-password': 'correct horse' });
      expect([limited.status, after.status]).toEqual([200, 429]);
      expect(Number(after.headers.get('retry-after'))).toBeGreaterThan(0);

      const REVOKE = `mutation($id: ID!) { revokeFileShareLink(id: $id) { shareLink { id revoked url } errors { code } } }`;
      expect((await q(bob, REVOKE, { id: open.id })).body.data.revokeFileShareLink.errors[0].code).toBe('NOT_FOUND');
      expect((await q(alice, REVOKE, { id: open.id })).body.data.revokeFileShareLink.shareLink).toEqual({
        id: open.id,
        revoked: true,
        url: null,
      });
      expect((await download(stack, open.url)).status).toBe(404);
      const listed = await q(alice, `query($id: ID!) { storedFile(id: $id) { shareLinks { totalCount edges { node { id url } } } } }`, {
        id: file.id,
      });
      expect(listed.body.data.storedFile.shareLinks.totalCount).toBe(2);

      clock.advance(601_000);
      expect((await download(stack, locked.url, 'GET', { 'x-file-share-password': 'correct horse' })).status).toBe(410);
    });
  });

  it('answers a file by id to its owner only', async () => {
    const file = await uploadFile(stack, alice, 'mine.txt', Buffer.from('mine'));
    expect((await q(alice, FILE, { id: file.id })).body.data.storedFile.id).toBe(file.id);
    expect((await q(bob, FILE, { id: file.id })).body.data.storedFile).toBeNull();
    expect((await q(bob, FILE, { id: '../../etc/passwd' })).body.data.storedFile).toBeNull();
  });
});
