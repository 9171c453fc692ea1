import {
  fail,
  fieldError,
  isUuid,
  listAll,
  newId,
  ok,
  paginate,
  readObject,
  requireViewer,
  totalOrder,
  type Clock,
  type Connection,
  type Payload,
} from '../../../kit';
import type { MediaConfig } from './config';
import type { MediaDeps } from './context';
import { MediaImage, type ImageRow } from './entities';
import type { ImageTransformInput } from './generated/resolvers';
import { resources, transformsTotal } from './resources';
import {
  CONTENT_TYPES,
  applyTransform,
  checkTransform,
  inspectUpload,
  parseTransformPath,
  transformHash,
  transformPath,
} from './transform';

export const UPLOAD_PREFIX = '/media/upload/';
const DAY_MS = 86_400_000;

/** Where an image's objects live in storage. */
export const imagePrefix = (id: string) => `media/${id}/`;
export const originalKey = (id: string) => `${imagePrefix(id)}original`;
export const derivativeKey = (id: string, hash: string) => `${imagePrefix(id)}t-${hash}`;

export interface UploadView {
  imageId: string;
  url: string;
  method: string;
  maxBytes: number;
  expiresAt: Date;
}

/** The answer to an HTTP request on one of media's public paths. */
export type HttpAnswer =
  | { status: number; code: string; message: string; headers?: Record<string, string> }
  | { status: number; body: Buffer | NodeJS.ReadableStream; headers: Record<string, string> };

const refuse = (status: number, code: string, message: string, headers?: Record<string, string>): HttpAnswer => ({
  status,
  code,
  message,
  headers,
});

function publicUrl(config: MediaConfig, pathAndQuery: string): string {
  return `${config.MEDIA_PUBLIC_BASE_URL ?? ''}${pathAndQuery}`;
}

/** The rules of the media subgraph (catalogue #23), no GraphQL and no HTTP. */
export class MediaService {
  /** A signed upload URL for the viewer; the image is created only when its bytes arrive and pass. */
  requestUpload(deps: MediaDeps): Payload<{ upload: UploadView }> {
    const viewer = requireViewer(deps.viewer);
    const { uploadSigner } = resources.get(deps);
    const imageId = newId();
    const expiresAt = new Date(deps.clock.now().getTime() + deps.config.MEDIA_UPLOAD_URL_TTL_SECONDS * 1000);
    const signed = uploadSigner.sign(`${UPLOAD_PREFIX}${imageId}`, { owner: viewer.userId }, expiresAt);
    return ok({
      upload: { imageId, url: publicUrl(deps.config, signed), method: 'PUT', maxBytes: deps.config.MEDIA_MAX_UPLOAD_BYTES, expiresAt },
    });
  }

  /** One of the viewer's images, or null (none with this id, or someone else's). */
  async get(deps: MediaDeps, id: string): Promise<ImageRow | null> {
    const viewer = requireViewer(deps.viewer);
    if (!isUuid(id)) return null;
    const image = await deps.loaders.imageById.load(id);
    return image && image.ownerId === viewer.userId ? image : null;
  }

  /** For `_entities`: the image when the viewer owns it. */
  async reference(deps: MediaDeps, id: string): Promise<ImageRow | null> {
    if (!deps.viewer || !isUuid(id)) return null;
    const image = await deps.loaders.imageById.load(id);
    return image && image.ownerId === deps.viewer.userId ? image : null;
  }

  /** One page of the viewer's images, newest first. */
  list(deps: MediaDeps, args: { first?: number | null; after?: string | null }): Promise<Connection<ImageRow>> {
    const viewer = requireViewer(deps.viewer);
    return paginate(deps.em, MediaImage, { ownerId: viewer.userId }, args, totalOrder<ImageRow>('createdAt', 'DESC'));
  }

  /** Deletes one of the viewer's images: the row, then the original and every cached derivative. */
  async delete(deps: MediaDeps, id: string): Promise<Payload<{ deletedId: string }>> {
    const image = await this.get(deps, id);
    if (!image) return fail({ ...fieldError('id', 'No image with this id.'), code: 'NOT_FOUND' });
    await deps.em.nativeDelete(MediaImage, { id: image.id });
    const { storage } = resources.get(deps);
    const keys: string[] = [];
    for await (const object of listAll(storage, imagePrefix(image.id))) keys.push(object.key);
    await Promise.all(keys.map((key) => storage.delete(key)));
    return ok({ deletedId: image.id });
  }

  /**
   * The signed URL of `image` transformed by `input`. The expiry is rounded up to a whole day, so the
   * same transformation asked for during one day gets the same URL (and browsers' caches keep it).
   */
  async transformUrl(deps: MediaDeps, image: ImageRow, input: ImageTransformInput | null | undefined): Promise<string> {
    const spec = await checkTransform(input, image, async (id) => (await deps.loaders.imageById.load(id))?.ownerId ?? null);
    const ttl = deps.config.MEDIA_TRANSFORM_URL_TTL_SECONDS * 1000;
    const expiresAt = new Date(Math.ceil((deps.clock.now().getTime() + ttl) / DAY_MS) * DAY_MS);
    return publicUrl(deps.config, resources.get(deps).transformSigner.sign(transformPath(image.id, spec), {}, expiresAt));
  }

  /**
   * Accepts the bytes sent to a signed upload URL (`path`, `query`); `body` has already been read
   * within MEDIA_MAX_UPLOAD_BYTES. The original is stored, then the row written; a refused upload
   * stores nothing.
   */
  async acceptUpload(deps: MediaDeps, path: string, query: URLSearchParams, body: Buffer): Promise<HttpAnswer> {
    const check = this.checkUploadUrl(deps, path, query);
    if ('status' in check) return check;
    const { imageId, ownerId } = check;
    if (await deps.em.count(MediaImage, { id: imageId })) return refuse(409, 'CONFLICT', 'This upload URL has already been used.');
    if (body.length === 0) return refuse(400, 'BAD_USER_INPUT', 'The body is empty: send the image bytes.');
    const inspection = await inspectUpload(body, deps.config.MEDIA_MAX_INPUT_PIXELS);
    if (!inspection.ok) return refuse(inspection.status, inspection.code, inspection.message);
    const { storage } = resources.get(deps);
    const stored = await storage.put(originalKey(imageId), body, { contentType: inspection.contentType });
    const image = deps.em.create(MediaImage, {
      id: imageId,
      ownerId,
      format: inspection.format,
      contentType: inspection.contentType,
      size: stored.size,
      width: inspection.width,
      height: inspection.height,
    } as never) as ImageRow;
    try {
      await deps.em.flush();
    } catch (error) {
      // A concurrent upload to the same URL won the insert: its original stays. Otherwise nothing
      // may stay behind for a row that was never written.
      if (await deps.fork().em.count(MediaImage, { id: imageId })) return refuse(409, 'CONFLICT', 'This upload URL has already been used.');
      await storage.delete(originalKey(imageId));
      throw error;
    }
    const json = JSON.stringify({
      image: {
        id: image.id,
        format: image.format,
        contentType: image.contentType,
        size: image.size,
        width: image.width,
        height: image.height,
      },
    });
    return { status: 201, body: Buffer.from(json), headers: { 'content-type': 'application/json; charset=utf-8' } };
  }

  /** Checks an upload URL's signature before any byte of the body is read. */
  checkUploadUrl(
    deps: { config: MediaConfig; clock: Clock; log: MediaDeps['log'] },
    path: string,
    query: URLSearchParams,
  ): { imageId: string; ownerId: string } | HttpAnswer {
    const checked = resources.get(deps).uploadSigner.verify(path, query, deps.clock.now());
    if (!checked.ok) {
      return checked.problem === 'expired'
        ? refuse(410, 'FORBIDDEN', 'This upload URL has expired: ask for a new one.')
        : refuse(403, 'FORBIDDEN', 'This upload URL is not valid.');
    }
    const imageId = path.slice(UPLOAD_PREFIX.length);
    const ownerId = checked.params.owner;
    if (!isUuid(imageId) || !ownerId || !isUuid(ownerId) || Object.keys(checked.params).length !== 1) {
      return refuse(403, 'FORBIDDEN', 'This upload URL is not valid.');
    }
    return { imageId, ownerId };
  }

  /**
   * Answers a signed transformation URL: 403 when the signature does not match, the cached derivative
   * when there is one (no sharp work), otherwise — within the rate limit of the client's address and
   * of the image's owner — the derivative computed, stored and sent.
   */
  async serveTransform(
    deps: MediaDeps,
    path: string,
    query: URLSearchParams,
    clientIp: string,
    ifNoneMatch: string | undefined,
  ): Promise<HttpAnswer> {
    const { transformSigner, storage, spendTransform } = resources.get(deps);
    const checked = transformSigner.verify(path, query, deps.clock.now());
    if (!checked.ok) {
      return checked.problem === 'expired'
        ? refuse(410, 'FORBIDDEN', 'This image URL has expired: ask for a new one.')
        : refuse(403, 'FORBIDDEN', 'This image URL is not valid.');
    }
    const parsed = parseTransformPath(path);
    if (!parsed || Object.keys(checked.params).length) return refuse(403, 'FORBIDDEN', 'This image URL is not valid.');
    const { imageId, spec } = parsed;
    const image = await deps.em.findOne(MediaImage, { id: imageId });
    if (!image) return refuse(404, 'NOT_FOUND', 'This image no longer exists.');
    const hash = transformHash(imageId, spec);
    const headers = {
      'content-type': CONTENT_TYPES[spec.format],
      etag: `"${hash}"`,
      'cache-control': 'public, max-age=31536000, immutable',
    };
    if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === headers.etag)) {
      return { status: 304, body: Buffer.alloc(0), headers };
    }
    const key = derivativeKey(imageId, hash);
    if (await storage.head(key)) {
      return { status: 200, body: await storage.get(key), headers: { ...headers, 'x-media-cache': 'HIT' } };
    }
    for (const bucket of [`ip:${clientIp}`, `user:${image.ownerId}`]) {
      const spent = await spendTransform(bucket);
      if (!spent.ok) {
        return refuse(429, 'RATE_LIMITED', `Too many image transformations; retry in ${spent.retryAfterSeconds} s.`, {
          'retry-after': String(spent.retryAfterSeconds),
        });
      }
    }
    const maxBytes = deps.config.MEDIA_MAX_UPLOAD_BYTES;
    const original = await readObject(storage, originalKey(imageId), maxBytes);
    let watermark: Buffer | undefined;
    if (spec.watermark?.imageId) {
      const mark = await deps.em.findOne(MediaImage, { id: spec.watermark.imageId });
      if (!mark) return refuse(404, 'NOT_FOUND', 'The watermark image no longer exists.');
      watermark = await readObject(storage, originalKey(mark.id), maxBytes);
    }
    const result = await applyTransform(original, spec, deps.config.MEDIA_MAX_INPUT_PIXELS, watermark);
    transformsTotal.inc({ format: spec.format });
    await storage.put(key, result.data, { contentType: result.contentType });
    return { status: 200, body: result.data, headers: { ...headers, 'content-type': result.contentType, 'x-media-cache': 'MISS' } };
  }
}
