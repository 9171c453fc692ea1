import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { gql, type TestUser } from '../../../test/helpers/graphql';
import type { TestStack } from '../../../test/helpers/stack';

export const REQUEST_UPLOAD = `mutation { requestImageUpload { upload { imageId url method maxBytes expiresAt } errors { field message code } } }`;
export const IMAGE = `query($id: ID!) { image(id: $id) { id format contentType size width height createdAt owner { id } } }`;
export const IMAGES = `query($first: Int, $after: String) { images(first: $first, after: $after) {
  totalCount edges { cursor node { id format size width height createdAt } } pageInfo { hasNextPage endCursor } } }`;
export const IMAGE_URL = `query($id: ID!, $t: ImageTransformInput) { image(id: $id) { url(transform: $t) } }`;
export const DELETE = `mutation($id: ID!) { deleteImage(id: $id) { deletedId errors { field message code } } }`;

/** A small test image: a solid `color`, optionally with a differently coloured left half. */
export function makeImage(
  format: 'png' | 'jpeg' | 'webp' | 'avif' | 'gif',
  width = 64,
  height = 48,
  color = { r: 200, g: 40, b: 40 },
  leftHalf?: { r: number; g: number; b: number },
): Promise<Buffer> {
  let img = sharp({ create: { width, height, channels: 3, background: color } });
  if (leftHalf) {
    img = img.composite([
      { input: { create: { width: Math.floor(width / 2), height, channels: 3, background: leftHalf } }, left: 0, top: 0 },
    ]);
  }
  return img.toFormat(format).toBuffer();
}

/** The origin of the router (public paths are served there). */
export const originOf = (stack: TestStack) => new URL(stack.url).origin;

export async function requestUpload(
  stack: TestStack,
  user: TestUser,
): Promise<{ imageId: string; url: string; maxBytes: number; method: string }> {
  const res = await gql(stack.url, REQUEST_UPLOAD, {}, { token: user.token });
  const upload = res.body.data?.requestImageUpload?.upload;
  if (!upload) throw new Error(`requestImageUpload failed: ${JSON.stringify(res.body)}`);
  return upload;
}

/** Sends bytes to an upload URL (relative to the router) and reads the JSON answer. */
export async function sendBytes(
  stack: TestStack,
  url: string,
  body: Buffer,
  method = 'PUT',
): Promise<{ status: number; json: any; headers: Headers }> {
  const res = await fetch(originOf(stack) + url, { method, body, headers: { 'content-type': 'application/octet-stream' } });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null, headers: res.headers };
}

/** Uploads an image for `user` and returns its id. */
export async function upload(stack: TestStack, user: TestUser, bytes: Buffer): Promise<string> {
  const target = await requestUpload(stack, user);
  const sent = await sendBytes(stack, target.url, bytes);
  if (sent.status !== 201) throw new Error(`upload failed (${sent.status}): ${JSON.stringify(sent.json)}`);
  return target.imageId;
}

/** The signed URL of a transformation (GraphQL errors are thrown). */
export async function transformUrl(stack: TestStack, user: TestUser, id: string, t?: Record<string, unknown>): Promise<string> {
  const res = await gql(stack.url, IMAGE_URL, { id, t }, { token: user.token });
  const url = res.body.data?.image?.url;
  if (!url) throw new Error(`url failed: ${JSON.stringify(res.body)}`);
  return url;
}

/** GETs a URL on the router without credentials. */
export async function fetchImage(stack: TestStack, url: string, headers: Record<string, string> = {}) {
  const res = await fetch(originOf(stack) + url, { headers });
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, body };
}

/** The objects stored for an image in the local storage directory of a test stack. */
export function storedObjects(stack: TestStack, imageId: string): string[] {
  const dir = join(stack.dataDir, 'storage', 'media', imageId);
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** Everything under the stack's local media storage (image ids). */
export function storedImageIds(stack: TestStack): string[] {
  const dir = join(stack.dataDir, 'storage', 'media');
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A decompression bomb: a valid PNG header claiming `width` × `height` 8-bit grey pixels, followed by
 * a tiny compressed body (a few rows of zeros). Decoding it would need width × height bytes.
 */
export function pngBomb(width = 50_000, height = 50_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const rows = deflateSync(Buffer.alloc((width + 1) * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', rows),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The RGB of one pixel of an encoded image. */
export async function pixel(bytes: Buffer, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [data[at]!, data[at + 1]!, data[at + 2]!];
}
