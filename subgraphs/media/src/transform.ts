/**
 * Image transformations: the options a client may ask for, checked and normalised into a
 * {@link TransformSpec}; the spec written into (and read back from) an imgproxy-style URL path, one
 * option per segment in a fixed order, so equal options always give the same path and the same cache
 * key; and the sharp pipeline that applies it.
 */
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { badInput } from '../../../kit';
import type { ImageFormatName, ImageRow } from './entities';
import type { ImageTransformInput } from './generated/resolvers';

/** The largest width or height a transform may ask for. */
export const MAX_DIMENSION = 4096;
export const MAX_WATERMARK_TEXT = 100;

export const OUTPUT_FORMATS = ['jpeg', 'png', 'webp', 'avif'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
const FITS = ['cover', 'contain', 'fill', 'inside', 'outside'] as const;
type Fit = (typeof FITS)[number];
const POSITIONS = { CENTER: 'c', NORTH_WEST: 'nw', NORTH_EAST: 'ne', SOUTH_WEST: 'sw', SOUTH_EAST: 'se' } as const;
type Position = (typeof POSITIONS)[keyof typeof POSITIONS];
const GRAVITY: Record<Position, string> = { c: 'centre', nw: 'northwest', ne: 'northeast', sw: 'southwest', se: 'southeast' };

export const CONTENT_TYPES: Record<OutputFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
};

/** A checked, normalised transformation: absent means "leave as is". */
export interface TransformSpec {
  crop?: { left: number; top: number; width: number; height: number };
  rotate?: 90 | 180 | 270;
  flip?: true;
  flop?: true;
  width?: number;
  height?: number;
  fit?: Fit;
  grayscale?: true;
  sepia?: true;
  watermark?: { text?: string; imageId?: string; position: Position; opacity: number };
  quality: number;
  format: OutputFormat;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function intIn(value: number, min: number, max: number, field: string, what: string): number {
  if (!Number.isInteger(value) || value < min || value > max) throw badInput(`${what} must be ${min} to ${max}.`, field);
  return value;
}

function defaultFormat(image: Pick<ImageRow, 'format'>): OutputFormat {
  return image.format === 'GIF' ? 'jpeg' : (image.format.toLowerCase() as OutputFormat);
}

/**
 * Checks a client's transform against the bounds (BAD_USER_INPUT naming the field) and the image's
 * own size (a crop must lie inside it), and normalises it. `watermarkOwner` resolves a watermark image
 * id to its owner (or null), so only the viewer's own images can be drawn onto another.
 */
export async function checkTransform(
  input: ImageTransformInput | null | undefined,
  image: Pick<ImageRow, 'format' | 'width' | 'height' | 'ownerId'>,
  watermarkOwner: (id: string) => Promise<string | null>,
): Promise<TransformSpec> {
  const t = input ?? {};
  const spec: TransformSpec = { quality: 80, format: defaultFormat(image) };
  if (t.crop) {
    const left = intIn(t.crop.left, 0, image.width - 1, 'transform.crop.left', 'crop.left');
    const top = intIn(t.crop.top, 0, image.height - 1, 'transform.crop.top', 'crop.top');
    const width = intIn(t.crop.width, 1, Math.min(MAX_DIMENSION, image.width - left), 'transform.crop.width', 'crop.width');
    const height = intIn(t.crop.height, 1, Math.min(MAX_DIMENSION, image.height - top), 'transform.crop.height', 'crop.height');
    spec.crop = { left, top, width, height };
  }
  if (t.rotate != null) {
    const rotate = ((t.rotate % 360) + 360) % 360;
    if (!Number.isInteger(t.rotate) || rotate % 90 !== 0 || Math.abs(t.rotate) > 360) {
      throw badInput('rotate must be 0, 90, 180 or 270.', 'transform.rotate');
    }
    if (rotate !== 0) spec.rotate = rotate as 90 | 180 | 270;
  }
  if (t.flip) spec.flip = true;
  if (t.flop) spec.flop = true;
  if (t.width != null) spec.width = intIn(t.width, 1, MAX_DIMENSION, 'transform.width', 'width');
  if (t.height != null) spec.height = intIn(t.height, 1, MAX_DIMENSION, 'transform.height', 'height');
  if (t.fit != null && spec.width === undefined && spec.height === undefined) {
    throw badInput('fit needs a width or a height.', 'transform.fit');
  }
  if (spec.width !== undefined || spec.height !== undefined) spec.fit = (t.fit ?? 'COVER').toLowerCase() as Fit;
  if (t.grayscale) spec.grayscale = true;
  if (t.sepia) spec.sepia = true;
  if (t.watermark) {
    const w = t.watermark;
    const hasText = w.text != null;
    const hasImage = w.imageId != null;
    if (hasText === hasImage) throw badInput('A watermark needs exactly one of text and imageId.', 'transform.watermark');
    const position = POSITIONS[w.position ?? 'SOUTH_EAST'];
    const opacity = intIn(w.opacity ?? 50, 1, 100, 'transform.watermark.opacity', 'watermark.opacity');
    if (hasText) {
      const text = w.text!.trim();
      // eslint-disable-next-line no-control-regex
      if (text.length < 1 || [...text].length > MAX_WATERMARK_TEXT || /[\u0000-\u001f\u007f]/.test(text)) {
        throw badInput(
          `watermark.text must be 1 to ${MAX_WATERMARK_TEXT} characters without control characters.`,
          'transform.watermark.text',
        );
      }
      spec.watermark = { text, position, opacity };
    } else {
      const id = w.imageId!;
      if (!UUID.test(id) || (await watermarkOwner(id)) !== image.ownerId) {
        throw badInput('watermark.imageId must be one of your images.', 'transform.watermark.imageId');
      }
      spec.watermark = { imageId: id, position, opacity };
    }
  }
  if (t.format != null) {
    if (t.format === 'GIF') throw badInput('format must be JPEG, PNG, WEBP or AVIF.', 'transform.format');
    spec.format = t.format.toLowerCase() as OutputFormat;
  }
  if (t.quality != null) spec.quality = intIn(t.quality, 1, 100, 'transform.quality', 'quality');
  return spec;
}

/** The URL path of a transformation of `imageId`, e.g. `/media/t/<id>/w:200/h:100/fit:cover/q:80/f:webp`. */
export function transformPath(imageId: string, spec: TransformSpec): string {
  const s: string[] = [];
  if (spec.crop) s.push(`c:${spec.crop.left},${spec.crop.top},${spec.crop.width},${spec.crop.height}`);
  if (spec.rotate) s.push(`r:${spec.rotate}`);
  if (spec.flip) s.push('flip');
  if (spec.flop) s.push('flop');
  if (spec.width !== undefined) s.push(`w:${spec.width}`);
  if (spec.height !== undefined) s.push(`h:${spec.height}`);
  if (spec.fit) s.push(`fit:${spec.fit}`);
  if (spec.grayscale) s.push('gray');
  if (spec.sepia) s.push('sepia');
  if (spec.watermark) {
    const w = spec.watermark;
    s.push(w.text !== undefined ? `wmt:${Buffer.from(w.text, 'utf8').toString('base64url')}` : `wmi:${w.imageId}`);
    s.push(`wmp:${w.position}`, `wmo:${w.opacity}`);
  }
  s.push(`q:${spec.quality}`, `f:${spec.format}`);
  return `${TRANSFORM_PREFIX}${imageId}/${s.join('/')}`;
}

export const TRANSFORM_PREFIX = '/media/t/';

const NUM = /^(0|[1-9][0-9]{0,5})$/;

/**
 * Reads a path written by {@link transformPath}; anything else (unknown or repeated options, numbers
 * out of bounds, another order) is null. The signature already vouches for the path; this is the
 * second lock.
 */
export function parseTransformPath(path: string): { imageId: string; spec: TransformSpec } | null {
  if (!path.startsWith(TRANSFORM_PREFIX)) return null;
  const [imageId, ...segments] = path.slice(TRANSFORM_PREFIX.length).split('/');
  if (!imageId || !UUID.test(imageId)) return null;
  const spec: Partial<TransformSpec> = {};
  const wm: Partial<NonNullable<TransformSpec['watermark']>> = {};
  const num = (v: string, min: number, max: number): number => {
    if (!NUM.test(v) || Number(v) < min || Number(v) > max) throw new Error('bad number');
    return Number(v);
  };
  try {
    for (const segment of segments) {
      const colon = segment.indexOf(':');
      const key = colon < 0 ? segment : segment.slice(0, colon);
      const value = colon < 0 ? '' : segment.slice(colon + 1);
      switch (key) {
        case 'c': {
          const [l, t, w, h] = value.split(',');
          spec.crop = {
            left: num(l ?? '', 0, 999_999),
            top: num(t ?? '', 0, 999_999),
            width: num(w ?? '', 1, MAX_DIMENSION),
            height: num(h ?? '', 1, MAX_DIMENSION),
          };
          break;
        }
        case 'r':
          spec.rotate = num(value, 90, 270) as 90 | 180 | 270;
          if (spec.rotate % 90) return null;
          break;
        case 'flip':
          spec.flip = true;
          break;
        case 'flop':
          spec.flop = true;
          break;
        case 'w':
          spec.width = num(value, 1, MAX_DIMENSION);
          break;
        case 'h':
          spec.height = num(value, 1, MAX_DIMENSION);
          break;
        case 'fit':
          if (!(FITS as readonly string[]).includes(value)) return null;
          spec.fit = value as Fit;
          break;
        case 'gray':
          spec.grayscale = true;
          break;
        case 'sepia':
          spec.sepia = true;
          break;
        case 'wmt': {
          const text = Buffer.from(value, 'base64url').toString('utf8');
          if (!text || [...text].length > MAX_WATERMARK_TEXT) return null;
          wm.text = text;
          break;
        }
        case 'wmi':
          if (!UUID.test(value)) return null;
          wm.imageId = value;
          break;
        case 'wmp':
          if (!(Object.values(POSITIONS) as string[]).includes(value)) return null;
          wm.position = value as Position;
          break;
        case 'wmo':
          wm.opacity = num(value, 1, 100);
          break;
        case 'q':
          spec.quality = num(value, 1, 100);
          break;
        case 'f':
          if (!(OUTPUT_FORMATS as readonly string[]).includes(value)) return null;
          spec.format = value as OutputFormat;
          break;
        default:
          return null;
      }
    }
  } catch {
    return null;
  }
  if (wm.text !== undefined || wm.imageId !== undefined) {
    if (!wm.position || !wm.opacity) return null;
    spec.watermark = { ...wm, position: wm.position, opacity: wm.opacity };
  }
  if (spec.quality === undefined || spec.format === undefined) return null;
  const full = spec as TransformSpec;
  // Only the canonical spelling is accepted, so one transformation has one path and one cache entry.
  return transformPath(imageId, full) === path ? { imageId, spec: full } : null;
}

/** The cache key of a transformation: a hash of the image id and the normalised options. */
export function transformHash(imageId: string, spec: TransformSpec): string {
  return createHash('sha256').update(transformPath(imageId, spec)).digest('hex').slice(0, 40);
}

const SEPIA: [[number, number, number], [number, number, number], [number, number, number]] = [
  [0.393, 0.769, 0.189],
  [0.349, 0.686, 0.168],
  [0.272, 0.534, 0.131],
];

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function textOverlay(text: string, width: number, height: number, position: Position, opacity: number): Buffer {
  const size = Math.max(10, Math.round(Math.min(width, height) / 10));
  const pad = Math.round(size / 2);
  const x = position === 'c' ? width / 2 : position.endsWith('w') ? pad : width - pad;
  const y = position === 'c' ? height / 2 : position.startsWith('n') ? pad + size : height - pad;
  const anchor = position === 'c' ? 'middle' : position.endsWith('w') ? 'start' : 'end';
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    `<text x="${x}" y="${y}" font-family="sans-serif" font-size="${size}" text-anchor="${anchor}" ` +
    `fill="#ffffff" fill-opacity="${opacity / 100}" stroke="#000000" stroke-opacity="${opacity / 200}">${escapeXml(text)}</text></svg>`;
  return Buffer.from(svg);
}

/**
 * Applies `spec` to `original` with sharp. `maxPixels` bounds every input (the original and a
 * watermark image) before it is decoded; `watermark` is the watermark image's bytes when the spec
 * names one.
 */
export async function applyTransform(
  original: Buffer,
  spec: TransformSpec,
  maxPixels: number,
  watermark?: Buffer,
): Promise<{ data: Buffer; contentType: string }> {
  let img = sharp(original, { limitInputPixels: maxPixels });
  if (spec.crop) img = img.extract(spec.crop);
  if (spec.rotate) img = img.rotate(spec.rotate);
  if (spec.flip) img = img.flip();
  if (spec.flop) img = img.flop();
  if (spec.width !== undefined || spec.height !== undefined) {
    img = img.resize({ width: spec.width, height: spec.height, fit: spec.fit ?? 'cover' });
  }
  if (spec.grayscale) img = img.grayscale();
  if (spec.sepia) img = img.recomb(SEPIA);
  if (spec.watermark) {
    // The overlay is sized from the transformed image, so that one is made first.
    const base = await img.png({ compressionLevel: 0 }).toBuffer({ resolveWithObject: true });
    const { width, height } = base.info;
    const w = spec.watermark;
    let overlay: Buffer;
    if (w.text !== undefined) {
      overlay = textOverlay(w.text, width, height, w.position, w.opacity);
    } else {
      const mark = await sharp(watermark, { limitInputPixels: maxPixels })
        .resize({ width: Math.max(1, Math.floor(width / 4)), height: Math.max(1, Math.floor(height / 4)), fit: 'inside' })
        .ensureAlpha()
        .raw()
        .toBuffer({ resolveWithObject: true });
      // The opacity scales the mark's own alpha channel.
      for (let at = 3; at < mark.data.length; at += 4) mark.data[at] = Math.round((mark.data[at]! * w.opacity) / 100);
      overlay = await sharp(mark.data, { raw: { width: mark.info.width, height: mark.info.height, channels: 4 } })
        .png()
        .toBuffer();
    }
    img = sharp(base.data).composite([{ input: overlay, gravity: GRAVITY[w.position] }]);
  }
  switch (spec.format) {
    case 'jpeg':
      img = img.flatten({ background: '#ffffff' }).jpeg({ quality: spec.quality, mozjpeg: true });
      break;
    case 'png':
      img = img.png({ compressionLevel: Math.min(9, Math.max(0, Math.round(((100 - spec.quality) / 100) * 9))) });
      break;
    case 'webp':
      img = img.webp({ quality: spec.quality });
      break;
    case 'avif':
      img = img.avif({ quality: spec.quality, effort: 2 });
      break;
  }
  return { data: await img.toBuffer(), contentType: CONTENT_TYPES[spec.format] };
}

/** What an upload turned out to be: its format and size, or why it is refused (HTTP status and message). */
export type Inspection =
  | { ok: true; format: ImageFormatName; contentType: string; width: number; height: number }
  | { ok: false; status: number; code: string; message: string };

const INPUT_FORMATS: Record<string, { format: ImageFormatName; contentType: string }> = {
  jpeg: { format: 'JPEG', contentType: 'image/jpeg' },
  png: { format: 'PNG', contentType: 'image/png' },
  webp: { format: 'WEBP', contentType: 'image/webp' },
  gif: { format: 'GIF', contentType: 'image/gif' },
};

/**
 * Decides whether uploaded bytes are an image we keep: the header says which format and how large
 * (non-images and other formats, SVG among them, are 415); an image of more than `maxPixels` is
 * refused on the header alone, before a pixel is decoded (a decompression bomb); then the whole image
 * is decoded once, so a truncated or corrupt one is refused now rather than at its first transform.
 */
export async function inspectUpload(bytes: Buffer, maxPixels: number): Promise<Inspection> {
  let meta: sharp.Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    return { ok: false, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The body is not an image (JPEG, PNG, WebP, AVIF or GIF).' };
  }
  const kind =
    meta.format === 'heif'
      ? meta.compression === 'av1'
        ? { format: 'AVIF' as const, contentType: 'image/avif' }
        : undefined
      : INPUT_FORMATS[meta.format ?? ''];
  if (!kind) {
    return {
      ok: false,
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: `Images in ${meta.format ?? 'this'} format are not accepted: send JPEG, PNG, WebP, AVIF or GIF.`,
    };
  }
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width < 1 || height < 1 || width * height > maxPixels) {
    return {
      ok: false,
      status: 422,
      code: 'BAD_USER_INPUT',
      message: `The image is ${width} × ${height} pixels; at most ${maxPixels.toLocaleString('en')} pixels are accepted.`,
    };
  }
  try {
    await sharp(bytes, { limitInputPixels: maxPixels, failOn: 'error' }).stats();
  } catch {
    return { ok: false, status: 422, code: 'BAD_USER_INPUT', message: 'The image is corrupt or truncated.' };
  }
  return { ok: true, ...kind, width, height };
}
