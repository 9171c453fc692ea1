import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { createStorage, listAll, LocalStorage, readObject, S3Storage, type Storage, StorageKeyError, StorageNotFoundError, storageEnvSchema } from '../index';
import { startFakeS3, type FakeS3 } from '../../test/helpers/fake-s3';

let dir: string;
let s3: FakeS3;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hubgraph-storage-'));
  s3 = await startFakeS3();
});

afterAll(async () => {
  await s3.close();
  await rm(dir, { recursive: true, force: true });
});

const backends: Array<[string, () => Storage]> = [
  ['LocalStorage', () => new LocalStorage(join(dir, 'local'))],
  [
    'S3Storage',
    () =>
      new S3Storage({
        bucket: s3.bucket,
        prefix: 'app',
        endpoint: s3.endpoint,
        accessKeyId: s3.accessKeyId,
        secretAccessKey: s3.secretAccessKey,
        partSize: 5 * 1024 * 1024,
      }),
  ],
];

describe.each(backends)('%s', (_name, make) => {
  let storage: Storage;
  beforeAll(() => {
    storage = make();
  });

  it('puts a buffer and reads it back with its size and content type', async () => {
    const put = await storage.put('notes/1/body.md', '# Hello ✓\n', { contentType: 'text/markdown' });
    expect(put).toMatchObject({ key: 'notes/1/body.md', size: Buffer.byteLength('# Hello ✓\n'), contentType: 'text/markdown' });
    expect((await readObject(storage, 'notes/1/body.md')).toString()).toBe('# Hello ✓\n');
    expect(await storage.head('notes/1/body.md')).toMatchObject({ size: 12, contentType: 'text/markdown' });
  });

  it('puts a stream longer than one multipart part and gets it back byte for byte', async () => {
    const chunk = Buffer.alloc(1024 * 1024);
    for (let i = 0; i < chunk.length; i++) chunk[i] = (i * 7) % 251;
    const chunks = Array.from({ length: 12 }, () => chunk);
    const put = await storage.put('big/blob.bin', Readable.from(chunks), { contentType: 'application/octet-stream' });
    expect(put.size).toBe(12 * 1024 * 1024);
    const back = await readObject(storage, 'big/blob.bin', 20 * 1024 * 1024);
    expect(back.equals(Buffer.concat(chunks))).toBe(true);
  });

  it('replaces an object', async () => {
    await storage.put('replace/me', 'one');
    await storage.put('replace/me', 'two');
    expect((await readObject(storage, 'replace/me')).toString()).toBe('two');
  });

  it('answers a missing key: get throws StorageNotFoundError, head is undefined, delete is fine', async () => {
    await expect(storage.get('nope/none')).rejects.toBeInstanceOf(StorageNotFoundError);
    expect(await storage.head('nope/none')).toBeUndefined();
    await expect(storage.delete('nope/none')).resolves.toBeUndefined();
  });

  it('lists by prefix in key order, page by page', async () => {
    for (let i = 0; i < 7; i++) await storage.put(`list/item-${i}`, `v${i}`);
    await storage.put('listx/other', 'x');
    const first = await storage.list('list/', { limit: 3 });
    expect(first.objects.map((o) => o.key)).toEqual(['list/item-0', 'list/item-1', 'list/item-2']);
    expect(first.nextCursor).toBeDefined();
    const second = await storage.list('list/', { limit: 3, cursor: first.nextCursor });
    expect(second.objects.map((o) => o.key)).toEqual(['list/item-3', 'list/item-4', 'list/item-5']);
    const third = await storage.list('list/', { limit: 3, cursor: second.nextCursor });
    expect(third.objects.map((o) => o.key)).toEqual(['list/item-6']);
    expect(third.nextCursor).toBeUndefined();
    const all: string[] = [];
    for await (const o of listAll(storage, 'list')) all.push(o.key);
    expect(all).toEqual([...Array.from({ length: 7 }, (_, i) => `list/item-${i}`), 'listx/other']);
    await expect(storage.list('list/', { limit: 0 })).rejects.toThrow(RangeError);
  });

  it('deletes', async () => {
    await storage.put('gone/soon', 'x');
    await storage.delete('gone/soon');
    expect(await storage.head('gone/soon')).toBeUndefined();
  });

  it.each(['../escape', 'a/../../b', '/abs', 'a//b', '.tmp/x', 'a\\b', 'a/\u0000', '', 'x'.repeat(1025)])('refuses the key %j', async (key) => {
    await expect(storage.put(key, 'x')).rejects.toBeInstanceOf(StorageKeyError);
    await expect(storage.get(key)).rejects.toBeInstanceOf(StorageKeyError);
  });
});

describe('LocalStorage', () => {
  it('leaves no temporary file behind, and a failed stream leaves the old object in place', async () => {
    const storage = new LocalStorage(join(dir, 'atomic'));
    await storage.put('a/b', 'old');
    const failing = new Readable({
      read() {
        this.push(Buffer.from('partial'));
        this.destroy(new Error('source broke'));
      },
    });
    await expect(storage.put('a/b', failing)).rejects.toThrow('source broke');
    expect((await readObject(storage, 'a/b')).toString()).toBe('old');
    expect(await readdir(join(dir, 'atomic', '.tmp'))).toEqual([]);
  });
});

describe('S3Storage', () => {
  it('signs every request with the access key, and a wrong key is refused', async () => {
    const before = s3.requests.length;
    const wrong = new S3Storage({ bucket: s3.bucket, endpoint: s3.endpoint, accessKeyId: 'WRONG', secretAccessKey: 'x' });
    await expect(wrong.put('x', 'y')).rejects.toThrow(/Access Key Id/);
    expect(s3.requests.length).toBeGreaterThan(before);
  });

  it('used multipart upload for the long stream and left no upload open', () => {
    expect(s3.requests.some((r) => r.startsWith('POST /backups/app/big/blob.bin?uploads'))).toBe(true);
    expect(s3.requests.filter((r) => /^PUT \/backups\/app\/big\/blob\.bin\?.*partNumber=/.test(r)).length).toBeGreaterThanOrEqual(2);
    expect(s3.openUploads()).toBe(0);
  });
});

describe('createStorage', () => {
  it('is a directory by default and S3 for an s3:// URL', () => {
    const local = createStorage(storageEnvSchema.parse({}), join(dir, 'data'));
    expect(local).toBeInstanceOf(LocalStorage);
    expect(local.location).toBe(join(dir, 'data', 'storage'));
    const remote = createStorage(
      storageEnvSchema.parse({ STORAGE_URL: 's3://my-bucket/backups', S3_ENDPOINT: s3.endpoint, S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 'b' }),
    );
    expect(remote).toBeInstanceOf(S3Storage);
    expect(remote.location).toBe(`s3://my-bucket/backups/ at ${s3.endpoint}`);
  });

  it('refuses settings that describe no storage', () => {
    expect(storageEnvSchema.safeParse({ STORAGE_URL: 'ftp://x/y' }).success).toBe(false);
    expect(storageEnvSchema.safeParse({ STORAGE_URL: 's3://' }).success).toBe(false);
    expect(() => createStorage(storageEnvSchema.parse({ STORAGE_URL: 's3://bucket', S3_ACCESS_KEY_ID: 'a' }))).toThrow(/set both/);
  });
});
