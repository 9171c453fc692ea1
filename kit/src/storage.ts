/**
 * Object storage for files the services keep outside the database (note bodies, media, backups): one
 * interface, two backends. {@link LocalStorage} (the default) keeps objects in a directory, written
 * to a temporary file and renamed into place so a reader never sees half an object;
 * {@link S3Storage} talks to any S3-compatible server (AWS, MinIO, R2, …) through @aws-sdk/client-s3.
 * {@link createStorage} picks one from the STORAGE_* / S3_* settings ({@link storageEnvSchema}).
 */
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type * as S3Module from '@aws-sdk/client-s3';
import type * as UploadModule from '@aws-sdk/lib-storage';
import { z } from 'zod';

/** What is known about a stored object. */
export interface StoredObject {
  key: string;
  size: number;
  lastModified: Date;
  contentType?: string;
}

export interface ListOptions {
  /** From the previous page's `nextCursor`. */
  cursor?: string;
  /** Page size, 1–1000 (default 1000). */
  limit?: number;
}

export interface ListPage {
  /** In key order. */
  objects: StoredObject[];
  /** Set when there are more objects: pass it as `cursor` for the next page. */
  nextCursor?: string;
}

export type StorageBody = Buffer | Uint8Array | string | Readable;

export interface PutOptions {
  contentType?: string;
}

/** A flat key space of objects; keys are `/`-separated paths (see {@link checkStorageKey}). */
export interface Storage {
  /** Where the objects are, for messages and logs (never with credentials). */
  readonly location: string;
  /** Stores `body` under `key`, replacing what was there; a stream is consumed to the end. */
  put(key: string, body: StorageBody, options?: PutOptions): Promise<StoredObject>;
  /** The object's bytes; throws {@link StorageNotFoundError} when there is none. */
  get(key: string): Promise<Readable>;
  /** The object's description, or undefined when there is none. */
  head(key: string): Promise<StoredObject | undefined>;
  /** One page of the objects whose key starts with `prefix`, in key order. */
  list(prefix: string, options?: ListOptions): Promise<ListPage>;
  /** Removes the object; removing a missing object is not an error. */
  delete(key: string): Promise<void>;
}

/** Thrown by {@link Storage.get} for a key with no object. */
export class StorageNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`no stored object "${key}"`);
    this.name = 'StorageNotFoundError';
  }
}

/** Thrown for a key that is not a plain relative path (`..`, an absolute path, control characters). */
export class StorageKeyError extends Error {
  constructor(
    readonly key: string,
    reason: string,
  ) {
    super(`invalid storage key ${JSON.stringify(key.slice(0, 100))}: ${reason}`);
    this.name = 'StorageKeyError';
  }
}

export const MAX_KEY_LENGTH = 1024;
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9_.=+@,-]*$/;

/**
 * Refuses anything but `segment/segment/…` where a segment is letters, digits and `_ - . = + @ ,`
 * and does not start with `.`: no `..`, no absolute paths, no backslashes, no hidden names (the
 * local backend keeps its temporary files under `.tmp`).
 */
export function checkStorageKey(key: string): string {
  if (typeof key !== 'string' || key.length === 0) throw new StorageKeyError(String(key), 'empty');
  if (key.length > MAX_KEY_LENGTH) throw new StorageKeyError(key, `longer than ${MAX_KEY_LENGTH} characters`);
  for (const segment of key.split('/')) {
    if (!SEGMENT.test(segment)) {
      throw new StorageKeyError(key, segment === '' ? 'empty path segment' : `segment "${segment}" is not allowed`);
    }
  }
  return key;
}

/** A prefix for list(): like a key, but may be empty and may end with `/`. */
function checkPrefix(prefix: string): string {
  if (prefix === '') return prefix;
  checkStorageKey(prefix.endsWith('/') ? prefix.slice(0, -1) : prefix);
  return prefix;
}

function pageSize(options?: ListOptions): number {
  const limit = options?.limit ?? 1000;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new RangeError('list limit must be an integer 1–1000');
  return limit;
}

// ---------------------------------------------------------------------------------------------------
// Local directory

/**
 * Objects as files under `root` (created on first write). A write goes to `root/.tmp/<random>` and is
 * renamed onto its key, so readers see the old object or the new one, never part of one; the content
 * type is kept beside it in `root/.meta/<key>.json`.
 */
export class LocalStorage implements Storage {
  readonly root: string;
  readonly location: string;

  constructor(root: string) {
    this.root = resolve(root);
    this.location = this.root;
  }

  private path(key: string): string {
    checkStorageKey(key);
    const path = resolve(this.root, ...key.split('/'));
    // checkStorageKey already rules out escapes; this is the second lock on the door.
    if (!path.startsWith(this.root + sep)) throw new StorageKeyError(key, 'outside the storage directory');
    return path;
  }

  private metaPath(key: string): string {
    return join(this.root, '.meta', ...key.split('/')) + '.json';
  }

  async put(key: string, body: StorageBody, options?: PutOptions): Promise<StoredObject> {
    const target = this.path(key);
    const tmpDir = join(this.root, '.tmp');
    await mkdir(tmpDir, { recursive: true });
    const tmp = join(tmpDir, `${randomBytes(12).toString('hex')}`);
    try {
      if (body instanceof Readable) {
        await pipeline(body, createWriteStream(tmp, { flags: 'wx' }));
      } else {
        await writeFile(tmp, body, { flag: 'wx' });
      }
      // Durable before it becomes visible: a crash after the rename must not leave an empty file.
      const handle = await open(tmp, 'r');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      await mkdir(join(target, '..'), { recursive: true });
      const meta = this.metaPath(key);
      await mkdir(join(meta, '..'), { recursive: true });
      if (options?.contentType) {
        const metaTmp = `${tmp}.meta`;
        await writeFile(metaTmp, JSON.stringify({ contentType: options.contentType }));
        await rename(metaTmp, meta);
      } else {
        await rm(meta, { force: true });
      }
      await rename(tmp, target);
    } catch (error) {
      await rm(tmp, { force: true });
      throw error;
    }
    const info = await this.head(key);
    if (!info) throw new Error(`stored object "${key}" vanished after writing`);
    return info;
  }

  async get(key: string): Promise<Readable> {
    const path = this.path(key);
    try {
      const info = await stat(path);
      if (!info.isFile()) throw new StorageNotFoundError(key);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StorageNotFoundError(key);
      throw error;
    }
    return createReadStream(path);
  }

  async head(key: string): Promise<StoredObject | undefined> {
    const path = this.path(key);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    if (!info.isFile()) return undefined;
    let contentType: string | undefined;
    try {
      contentType = (JSON.parse(await readFile(this.metaPath(key), 'utf8')) as { contentType?: string }).contentType;
    } catch {
      contentType = undefined;
    }
    return { key, size: info.size, lastModified: info.mtime, contentType };
  }

  async list(prefix: string, options?: ListOptions): Promise<ListPage> {
    checkPrefix(prefix);
    const limit = pageSize(options);
    const keys: string[] = [];
    // Only the directories a key with this prefix can live in are walked.
    const slash = prefix.lastIndexOf('/');
    const base = slash >= 0 ? prefix.slice(0, slash) : '';
    await this.walk(base, keys);
    const matching = keys.filter((key) => key.startsWith(prefix) && (options?.cursor === undefined || key > options.cursor)).sort();
    const page = matching.slice(0, limit);
    const objects: StoredObject[] = [];
    for (const key of page) {
      const info = await this.head(key);
      if (info) objects.push(info);
    }
    return { objects, nextCursor: matching.length > limit ? page[page.length - 1] : undefined };
  }

  private async walk(dir: string, into: string[]): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir ? join(this.root, ...dir.split('/')) : this.root, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'ENOTDIR') return;
      throw error;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const key = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await this.walk(key, into);
      else if (entry.isFile()) into.push(key);
    }
  }

  async delete(key: string): Promise<void> {
    const path = this.path(key);
    try {
      await unlink(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    await rm(this.metaPath(key), { force: true });
  }
}

// ---------------------------------------------------------------------------------------------------
// S3-compatible

export interface S3StorageOptions {
  bucket: string;
  /** Prepended to every key (e.g. `backups/`); keys and list() results are given without it. */
  prefix?: string;
  /** The server, e.g. http://127.0.0.1:9000 for MinIO; unset: AWS. */
  endpoint?: string;
  region?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** `http://host/bucket/key` instead of `http://bucket.host/key` (what most S3-compatible servers want). */
  forcePathStyle?: boolean;
  /** Parts of a streamed upload (bytes, ≥ 5 MiB); a stream shorter than one part is a single PutObject. */
  partSize?: number;
}

function isNotFound(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, $metadata } = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return name === 'NotFound' || name === 'NoSuchKey' || $metadata?.httpStatusCode === 404;
}

interface S3Sdk {
  s3: typeof S3Module;
  upload: typeof UploadModule;
}
let s3Sdk: Promise<S3Sdk> | undefined;

/**
 * The AWS SDK takes about 0.6 s to load; every subgraph imports the kit, so only a process that
 * really talks to S3 loads it, on its first call.
 */
function loadS3Sdk(): Promise<S3Sdk> {
  return (s3Sdk ??= Promise.all([import('@aws-sdk/client-s3'), import('@aws-sdk/lib-storage')]).then(([s3, upload]) => ({
    s3,
    upload,
  })));
}

export class S3Storage implements Storage {
  readonly location: string;
  private readonly options: S3StorageOptions;
  private connection?: Promise<{ sdk: S3Sdk; client: S3Module.S3Client }>;
  private readonly bucket: string;
  private readonly prefix: string;
  private readonly partSize: number;

  constructor(options: S3StorageOptions) {
    this.bucket = options.bucket;
    this.prefix = options.prefix ? checkPrefix(options.prefix.endsWith('/') ? options.prefix : `${options.prefix}/`) : '';
    this.partSize = Math.max(options.partSize ?? 8 * 1024 * 1024, 5 * 1024 * 1024);
    this.location = `s3://${this.bucket}/${this.prefix}${options.endpoint ? ` at ${options.endpoint}` : ''}`;
    this.options = options;
  }

  /** The SDK and one client, made on the first call. */
  private connect(): Promise<{ sdk: S3Sdk; client: S3Module.S3Client }> {
    const options = this.options;
    return (this.connection ??= loadS3Sdk().then((sdk) => ({
      sdk,
      client: new sdk.s3.S3Client({
        endpoint: options.endpoint,
        region: options.region ?? 'us-east-1',
        forcePathStyle: options.forcePathStyle ?? true,
        credentials:
          options.accessKeyId && options.secretAccessKey
            ? { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey }
            : undefined,
        // Checksums only where S3 requires them: many S3-compatible servers do not accept the
        // aws-chunked trailing checksums the SDK otherwise adds to streamed bodies.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
        maxAttempts: 3,
      }),
    })));
  }

  private full(key: string): string {
    return this.prefix + checkStorageKey(key);
  }

  async put(key: string, body: StorageBody, options?: PutOptions): Promise<StoredObject> {
    const Key = this.full(key);
    const { sdk, client } = await this.connect();
    if (body instanceof Readable) {
      // Multipart when the stream is longer than one part; memory stays at ~queueSize × partSize.
      const upload = new sdk.upload.Upload({
        client,
        params: { Bucket: this.bucket, Key, Body: body, ContentType: options?.contentType },
        partSize: this.partSize,
        queueSize: 2,
        leavePartsOnError: false,
      });
      await upload.done();
    } else {
      const bytes = typeof body === 'string' ? Buffer.from(body) : body;
      await client.send(
        new sdk.s3.PutObjectCommand({
          Bucket: this.bucket,
          Key,
          Body: bytes,
          ContentType: options?.contentType,
          ContentLength: bytes.length,
        }),
      );
    }
    const info = await this.head(key);
    if (!info) throw new Error(`stored object "${key}" is not there after writing`);
    return info;
  }

  async get(key: string): Promise<Readable> {
    const s3 = await this.connect();
    try {
      const result = await s3.client.send(new s3.sdk.s3.GetObjectCommand({ Bucket: this.bucket, Key: this.full(key) }));
      if (!(result.Body instanceof Readable)) throw new Error(`S3 returned no readable body for "${key}"`);
      return result.Body;
    } catch (error) {
      if (isNotFound(error)) throw new StorageNotFoundError(key);
      throw error;
    }
  }

  async head(key: string): Promise<StoredObject | undefined> {
    const s3 = await this.connect();
    try {
      const result = await s3.client.send(new s3.sdk.s3.HeadObjectCommand({ Bucket: this.bucket, Key: this.full(key) }));
      return {
        key,
        size: result.ContentLength ?? 0,
        lastModified: result.LastModified ?? new Date(0),
        contentType: result.ContentType,
      };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  }

  async list(prefix: string, options?: ListOptions): Promise<ListPage> {
    checkPrefix(prefix);
    const s3 = await this.connect();
    const result = await s3.client.send(
      new s3.sdk.s3.ListObjectsV2Command({
        Bucket: this.bucket,
        Prefix: this.prefix + prefix,
        MaxKeys: pageSize(options),
        ContinuationToken: options?.cursor,
      }),
    );
    const objects = (result.Contents ?? []).map((item) => ({
      key: (item.Key ?? '').slice(this.prefix.length),
      size: item.Size ?? 0,
      lastModified: item.LastModified ?? new Date(0),
    }));
    return { objects, nextCursor: result.IsTruncated ? result.NextContinuationToken : undefined };
  }

  async delete(key: string): Promise<void> {
    const s3 = await this.connect();
    await s3.client.send(new s3.sdk.s3.DeleteObjectCommand({ Bucket: this.bucket, Key: this.full(key) }));
  }
}

/** Every object under `prefix`, page by page (each page one round trip). */
export async function* listAll(storage: Storage, prefix: string): AsyncGenerator<StoredObject> {
  let cursor: string | undefined;
  do {
    const page = await storage.list(prefix, { cursor });
    yield* page.objects;
    cursor = page.nextCursor;
  } while (cursor);
}

/** Reads a whole object into memory, refusing one larger than `maxBytes`. */
export async function readObject(storage: Storage, key: string, maxBytes = 16 * 1024 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of await storage.get(key)) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new Error(`stored object "${key}" is larger than ${maxBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

// ---------------------------------------------------------------------------------------------------
// Configuration

/**
 * Where storage lives. STORAGE_URL is a directory (a path or `file:` URL; default
 * `<DATA_DIR>/storage`) or `s3://bucket[/prefix]`; for S3, S3_ENDPOINT names an S3-compatible server
 * (unset: AWS) and S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY the credentials (unset: the AWS SDK's
 * default chain). Merge it into a service's schema with `baseEnvSchema.extend(storageEnvSchema.shape)`.
 */
export const storageEnvSchema = z.object({
  STORAGE_URL: z
    .string()
    .min(1)
    .max(2048)
    .refine(
      (v) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(v) || /^(s3|file):\/\//.test(v),
      'must be a directory, a file: URL or s3://bucket[/prefix]',
    )
    .refine(
      (v) => !v.startsWith('s3://') || /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/.test(v),
      'has no valid bucket name (s3://bucket[/prefix])',
    )
    .optional(),
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/, 'e.g. us-east-1')
    .default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(1).max(256).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).max(256).optional(),
  S3_FORCE_PATH_STYLE: z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .transform((v) => v === 'true' || v === '1' || v === 'yes')
    .default(true),
});

export type StorageConfig = z.infer<typeof storageEnvSchema>;

/** The backend `config` describes (see {@link storageEnvSchema}); `dataDir` places the default directory. */
export function createStorage(config: StorageConfig, dataDir = 'data'): Storage {
  const url = config.STORAGE_URL ?? join(dataDir, 'storage');
  if (url.startsWith('s3://')) {
    const rest = url.slice('s3://'.length);
    const slash = rest.indexOf('/');
    const bucket = slash < 0 ? rest : rest.slice(0, slash);
    const prefix = slash < 0 ? '' : rest.slice(slash + 1);
    if ((config.S3_ACCESS_KEY_ID === undefined) !== (config.S3_SECRET_ACCESS_KEY === undefined)) {
      throw new Error('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: set both or neither');
    }
    return new S3Storage({
      bucket,
      prefix: prefix || undefined,
      endpoint: config.S3_ENDPOINT,
      region: config.S3_REGION,
      accessKeyId: config.S3_ACCESS_KEY_ID,
      secretAccessKey: config.S3_SECRET_ACCESS_KEY,
      forcePathStyle: config.S3_FORCE_PATH_STYLE,
    });
  }
  const dir = url.startsWith('file://') ? fileURLToPath(url) : url;
  return new LocalStorage(isAbsolute(dir) ? dir : resolve(dir));
}
