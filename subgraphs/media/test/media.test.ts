import { request } from 'node:http';
import sharp from 'sharp';
import { TestClock } from '../../../test/helpers/clock';
import { errorCodes, gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { transformsTotal } from '../src/resources';
import {
  DELETE,
  IMAGE,
  IMAGE_URL,
  IMAGES,
  REQUEST_UPLOAD,
  fetchImage,
  makeImage,
  originOf,
  pixel,
  pngBomb,
  requestUpload,
  sendBytes,
  storedImageIds,
  storedObjects,
  transformUrl,
  upload,
} from './helpers';

const MAX_UPLOAD = 200_000;

const transforms = async () => (await transformsTotal.get()).values.reduce((sum, v) => sum + v.value, 0);

describe('media: images through the router', () => {
  let stack: TestStack;
  let alice: TestUser;
  let bob: TestUser;
  const clock = new TestClock();

  beforeAll(async () => {
    stack = await startTestStack({ only: ['identity', 'media'], clock, env: { MEDIA_MAX_UPLOAD_BYTES: String(MAX_UPLOAD) } });
    [alice, bob] = await Promise.all([signUpUser(stack.url, 'alice'), signUpUser(stack.url, 'bob')]);
  });

  const count = async (user: TestUser) =>
    (await gql(stack.url, IMAGES, { first: 1 }, { token: user.token })).body.data.images.totalCount as number;

  describe('upload through a signed URL', () => {
    it('needs a signed-in user to ask for an upload URL or to list', async () => {
      const asked = await gql(stack.url, REQUEST_UPLOAD);
      expect(errorCodes(asked)).toEqual(['UNAUTHENTICATED']);
      const listed = await gql(stack.url, IMAGES, { first: 5 });
      expect(errorCodes(listed)).toEqual(['UNAUTHENTICATED']);
    });

    it('stores a PUT image and reports its metadata', async () => {
      const target = await requestUpload(stack, alice);
      expect(target).toMatchObject({ method: 'PUT', maxBytes: MAX_UPLOAD });
      expect(target.url).toMatch(new RegExp(`^/media/upload/${target.imageId}\\?`));
      const bytes = await makeImage('png', 64, 48);
      const sent = await sendBytes(stack, target.url, bytes);
      expect(sent.status).toBe(201);
      expect(sent.json.image).toEqual({
        id: target.imageId,
        format: 'PNG',
        contentType: 'image/png',
        size: bytes.length,
        width: 64,
        height: 48,
      });
      const res = await gql(stack.url, IMAGE, { id: target.imageId }, { token: alice.token });
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data.image).toMatchObject({
        id: target.imageId,
        format: 'PNG',
        size: bytes.length,
        width: 64,
        height: 48,
        owner: { id: alice.id },
      });
      expect(storedObjects(stack, target.imageId)).toEqual(['original']);
    });

    it('accepts POST, and JPEG, WebP, AVIF and GIF originals', async () => {
      for (const [format, name] of [
        ['jpeg', 'JPEG'],
        ['webp', 'WEBP'],
        ['avif', 'AVIF'],
        ['gif', 'GIF'],
      ] as const) {
        const target = await requestUpload(stack, alice);
        const sent = await sendBytes(stack, target.url, await makeImage(format, 20, 10), 'POST');
        expect(sent.status).toBe(201);
        expect(sent.json.image).toMatchObject({ format: name, width: 20, height: 10 });
      }
    });

    it('refuses a used, tampered or unsigned upload URL', async () => {
      const bytes = await makeImage('png', 8, 8);
      const target = await requestUpload(stack, alice);
      expect((await sendBytes(stack, target.url, bytes)).status).toBe(201);
      const again = await sendBytes(stack, target.url, bytes);
      expect(again.status).toBe(409);
      expect(again.json.errors[0].extensions.code).toBe('CONFLICT');

      const before = await count(bob);
      const other = await requestUpload(stack, bob);
      // Claiming the upload for someone else: the owner is part of what is signed.
      const forged = other.url.replace(/owner=[^&]+/, `owner=${alice.id}`);
      expect((await sendBytes(stack, forged, bytes)).status).toBe(403);
      const otherId = other.url.replace(other.imageId, alice.id);
      expect((await sendBytes(stack, otherId, bytes)).status).toBe(403);
      expect((await sendBytes(stack, other.url.replace(/sig=[^&]+/, 'sig=AAAA'), bytes)).status).toBe(403);
      expect((await sendBytes(stack, `/media/upload/${other.imageId}`, bytes)).status).toBe(403);
      expect(await count(bob)).toBe(before);
      expect(storedObjects(stack, other.imageId)).toEqual([]);
      // The genuine URL still works afterwards (the positive control).
      expect((await sendBytes(stack, other.url, bytes)).status).toBe(201);
    });

    it('refuses an oversized upload with 413, declared or while it streams, and stores nothing', async () => {
      const target = await requestUpload(stack, alice);
      const before = storedImageIds(stack);
      const big = Buffer.alloc(MAX_UPLOAD + 1, 1);
      const declared = await sendBytes(stack, target.url, big);
      expect(declared.status).toBe(413);
      expect(declared.json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');

      // Chunked, no Content-Length: refused once more than the limit has arrived.
      const streamed = await new Promise<number>((resolve, reject) => {
        const req = request(originOf(stack) + target.url, { method: 'PUT', headers: { 'transfer-encoding': 'chunked' } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        const piece = Buffer.alloc(16_384, 2);
        let sent = 0;
        const pump = () => {
          while (sent < MAX_UPLOAD * 3) {
            sent += piece.length;
            if (!req.write(piece)) return void req.once('drain', pump);
          }
          req.end();
        };
        pump();
      });
      expect(streamed).toBe(413);
      expect(storedImageIds(stack)).toEqual(before);
      const res = await gql(stack.url, IMAGE, { id: target.imageId }, { token: alice.token });
      expect(res.body.data.image).toBeNull();
      // The URL was not used up: a small image is still accepted.
      expect((await sendBytes(stack, target.url, await makeImage('png', 4, 4))).status).toBe(201);
    });

    it('refuses non-images (415), SVG (415), a decompression bomb and a truncated JPEG (422), storing nothing', async () => {
      const before = await count(alice);
      const beforeIds = storedImageIds(stack);
      const cases: [Buffer, number, string, RegExp][] = [
        [Buffer.from('hello, this is not an image at all'), 415, 'UNSUPPORTED_MEDIA_TYPE', /not an image/],
        [
          Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'),
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          /svg/,
        ],
        [pngBomb(50_000, 50_000), 422, 'BAD_USER_INPUT', /50000 × 50000 pixels/],
        [(await makeImage('jpeg', 200, 200)).subarray(0, 400), 422, 'BAD_USER_INPUT', /corrupt or truncated/],
        [Buffer.alloc(0), 400, 'BAD_USER_INPUT', /empty/],
      ];
      expect(pngBomb().length).toBeLessThan(1000);
      for (const [bytes, status, code, message] of cases) {
        const target = await requestUpload(stack, alice);
        const sent = await sendBytes(stack, target.url, bytes);
        expect([sent.status, sent.json.errors[0].extensions.code]).toEqual([status, code]);
        expect(sent.json.errors[0].message).toMatch(message);
        expect(storedObjects(stack, target.imageId)).toEqual([]);
      }
      expect(await count(alice)).toBe(before);
      expect(storedImageIds(stack)).toEqual(beforeIds);
    });
  });

  describe('lists, reads and deletes', () => {
    it('pages the viewer’s images newest first with a total, and refuses a bad cursor', async () => {
      const carol = await signUpUser(stack.url, 'carol');
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        ids.push(await upload(stack, carol, await makeImage('png', 10 + i, 5)));
        clock.advance(1000);
      }
      const first = await gql(stack.url, IMAGES, { first: 2 }, { token: carol.token });
      expect(first.body.errors).toBeUndefined();
      const page = first.body.data.images;
      expect(page.totalCount).toBe(3);
      expect(page.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[2], ids[1]]);
      expect(page.edges[0].node).toMatchObject({ format: 'PNG', width: 12, height: 5 });
      expect(page.pageInfo.hasNextPage).toBe(true);
      const second = await gql(stack.url, IMAGES, { first: 2, after: page.pageInfo.endCursor }, { token: carol.token });
      expect(second.body.data.images.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ids[0]]);
      const bad = await gql(stack.url, IMAGES, { first: 2, after: 'not-a-cursor' }, { token: carol.token });
      expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
      const tooMany = await gql(stack.url, IMAGES, { first: 1000 }, { token: carol.token });
      expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
    });

    it('shows each user only their own images', async () => {
      const id = await upload(stack, alice, await makeImage('png', 6, 6));
      const seen = await gql(stack.url, IMAGE, { id }, { token: bob.token });
      expect(seen.body.data.image).toBeNull();
      const bobs = await gql(stack.url, IMAGES, { first: 100 }, { token: bob.token });
      expect(bobs.body.data.images.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(id);
      const deleted = await gql(stack.url, DELETE, { id }, { token: bob.token });
      expect(deleted.body.data.deleteImage).toEqual({
        deletedId: null,
        errors: [{ field: 'id', message: 'No image with this id.', code: 'NOT_FOUND' }],
      });
      expect(storedObjects(stack, id)).toEqual(['original']);
      const url = await gql(stack.url, IMAGE_URL, { id, t: { width: 3 } }, { token: bob.token });
      expect(url.body.data.image).toBeNull();
      const mine = await gql(stack.url, IMAGE, { id }, { token: alice.token });
      expect(mine.body.data.image.id).toBe(id);
      const bad = await gql(stack.url, IMAGE, { id: 'nope' }, { token: alice.token });
      expect(bad.body.data.image).toBeNull();
    });

    it('deletes the row, the original and every cached derivative', async () => {
      const id = await upload(stack, alice, await makeImage('png', 30, 30));
      const small = await transformUrl(stack, alice, id, { width: 10 });
      const grey = await transformUrl(stack, alice, id, { grayscale: true, format: 'WEBP' });
      expect((await fetchImage(stack, small)).status).toBe(200);
      expect((await fetchImage(stack, grey)).status).toBe(200);
      expect(storedObjects(stack, id)).toHaveLength(3);
      const res = await gql(stack.url, DELETE, { id }, { token: alice.token });
      expect(res.body.data.deleteImage).toEqual({ deletedId: id, errors: [] });
      expect(storedObjects(stack, id)).toEqual([]);
      expect((await gql(stack.url, IMAGE, { id }, { token: alice.token })).body.data.image).toBeNull();
      expect((await fetchImage(stack, small)).status).toBe(404);
      const again = await gql(stack.url, DELETE, { id }, { token: alice.token });
      expect(again.body.data.deleteImage.errors[0].code).toBe('NOT_FOUND');
    });
  });

  describe('signed transformation URLs', () => {
    let photo: string;
    beforeAll(async () => {
      // Left half blue, right half red: flips, crops and colours show in single pixels.
      photo = await upload(stack, alice, await makeImage('png', 80, 40, { r: 220, g: 30, b: 30 }, { r: 30, g: 30, b: 220 }));
    });

    it('serves a resized WebP without a session, with Content-Type, ETag and a long Cache-Control, then from the cache', async () => {
      const url = await transformUrl(stack, alice, photo, { width: 32, height: 32, fit: 'COVER', format: 'WEBP', quality: 70 });
      expect(url).toMatch(new RegExp(`^/media/t/${photo}/w:32/h:32/fit:cover/q:70/f:webp\\?exp=\\d+&sig=`));
      const before = await transforms();
      const first = await fetchImage(stack, url);
      expect(first.status).toBe(200);
      expect(first.headers.get('content-type')).toBe('image/webp');
      expect(first.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(first.headers.get('etag')).toMatch(/^"[0-9a-f]{40}"$/);
      expect(first.headers.get('x-media-cache')).toBe('MISS');
      expect(await sharp(first.body).metadata()).toMatchObject({ format: 'webp', width: 32, height: 32 });
      expect(await transforms()).toBe(before + 1);

      const second = await fetchImage(stack, url);
      expect(second.status).toBe(200);
      expect(second.headers.get('x-media-cache')).toBe('HIT');
      expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
      expect(second.body.equals(first.body)).toBe(true);
      expect(await transforms()).toBe(before + 1);

      const notModified = await fetchImage(stack, url, { 'if-none-match': first.headers.get('etag')! });
      expect(notModified.status).toBe(304);
      // The same options give the same URL (and cache entry) for the rest of the day.
      expect(await transformUrl(stack, alice, photo, { quality: 70, format: 'WEBP', fit: 'COVER', height: 32, width: 32 })).toBe(url);
    });

    it('refuses a tampered or unsigned URL with 403', async () => {
      const url = await transformUrl(stack, alice, photo, { width: 20 });
      const tampered = [
        url.replace('w:20', 'w:21'),
        url.replace(/sig=[^&]+/, 'sig=' + 'A'.repeat(43)),
        url.replace(/exp=\d+/, (m) => `exp=${Number(m.slice(4)) + 1}`),
        url.split('?')[0]!,
        `${url}&w=30`,
        url.replace(
          photo,
          photo.replace(/.$/, (c) => (c === '0' ? '1' : '0')),
        ),
      ];
      for (const bad of tampered) {
        const res = await fetchImage(stack, bad);
        expect([bad, res.status]).toEqual([bad, 403]);
        expect(JSON.parse(res.body.toString()).errors[0].extensions.code).toBe('FORBIDDEN');
      }
      expect((await fetchImage(stack, url)).status).toBe(200);
    });

    it('resizes with each fit mode', async () => {
      const sizes: Record<string, [number, number]> = {
        COVER: [30, 30],
        CONTAIN: [30, 30],
        FILL: [30, 30],
        INSIDE: [30, 15],
        OUTSIDE: [60, 30],
      };
      for (const [fit, [w, h]] of Object.entries(sizes)) {
        const res = await fetchImage(stack, await transformUrl(stack, alice, photo, { width: 30, height: 30, fit, format: 'PNG' }));
        expect([
          fit,
          await sharp(res.body)
            .metadata()
            .then((m) => [m.width, m.height]),
        ]).toEqual([fit, [w, h]]);
      }
      const widthOnly = await fetchImage(stack, await transformUrl(stack, alice, photo, { width: 40 }));
      expect(await sharp(widthOnly.body).metadata()).toMatchObject({ format: 'png', width: 40, height: 20 });
    });

    it('crops, rotates, flips and flops', async () => {
      const crop = await fetchImage(stack, await transformUrl(stack, alice, photo, { crop: { left: 50, top: 0, width: 20, height: 10 } }));
      expect(await sharp(crop.body).metadata()).toMatchObject({ width: 20, height: 10 });
      expect(await pixel(crop.body, 5, 5)).toEqual([220, 30, 30]);
      const rotated = await fetchImage(stack, await transformUrl(stack, alice, photo, { rotate: 90 }));
      expect(await sharp(rotated.body).metadata()).toMatchObject({ width: 40, height: 80 });
      // Rotated clockwise, the blue left half is on top.
      expect(await pixel(rotated.body, 20, 5)).toEqual([30, 30, 220]);
      const flopped = await fetchImage(stack, await transformUrl(stack, alice, photo, { flop: true }));
      expect(await pixel(flopped.body, 5, 5)).toEqual([220, 30, 30]);
      const flipped = await fetchImage(stack, await transformUrl(stack, alice, photo, { flip: true }));
      expect(await pixel(flipped.body, 5, 5)).toEqual([30, 30, 220]);
    });

    it('converts to greyscale and sepia, and between formats with a quality', async () => {
      const grey = await fetchImage(stack, await transformUrl(stack, alice, photo, { grayscale: true }));
      const [r, g, b] = await pixel(grey.body, 70, 5);
      expect(r).toBe(g);
      expect(g).toBe(b);
      const sepia = await fetchImage(stack, await transformUrl(stack, alice, photo, { sepia: true }));
      const [sr, sg, sb] = await pixel(sepia.body, 70, 5);
      expect(sr).toBeGreaterThan(sg);
      expect(sg).toBeGreaterThan(sb);
      for (const [format, type] of [
        ['JPEG', 'image/jpeg'],
        ['PNG', 'image/png'],
        ['WEBP', 'image/webp'],
        ['AVIF', 'image/avif'],
      ]) {
        const res = await fetchImage(stack, await transformUrl(stack, alice, photo, { format, width: 16 }));
        expect([format, res.status, res.headers.get('content-type')]).toEqual([format, 200, type]);
        expect((await sharp(res.body).metadata()).width).toBe(16);
      }
      const big = await upload(
        stack,
        alice,
        await sharp({
          create: { width: 200, height: 200, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 60 } },
        })
          .png()
          .toBuffer(),
      );
      const low = await fetchImage(stack, await transformUrl(stack, alice, big, { format: 'JPEG', quality: 5 }));
      const high = await fetchImage(stack, await transformUrl(stack, alice, big, { format: 'JPEG', quality: 95 }));
      expect(low.body.length).toBeLessThan(high.body.length / 2);
    });

    it('draws a text or an image watermark', async () => {
      const plain = await fetchImage(stack, await transformUrl(stack, alice, photo, { format: 'PNG' }));
      const text = await fetchImage(
        stack,
        await transformUrl(stack, alice, photo, { watermark: { text: '© Alice <&>', position: 'CENTER', opacity: 100 } }),
      );
      expect(text.status).toBe(200);
      expect(await sharp(text.body).metadata()).toMatchObject({ width: 80, height: 40 });
      expect(text.body.equals(plain.body)).toBe(false);
      const mark = await upload(stack, alice, await makeImage('png', 40, 40, { r: 0, g: 255, b: 0 }));
      const withImage = await fetchImage(
        stack,
        await transformUrl(stack, alice, photo, { format: 'PNG', watermark: { imageId: mark, position: 'SOUTH_EAST', opacity: 100 } }),
      );
      expect(withImage.status).toBe(200);
      expect(withImage.body.equals(plain.body)).toBe(false);
      // A quarter of the width, bottom right: the green mark is there, the top-left is untouched.
      expect(await pixel(withImage.body, 77, 37)).toEqual([0, 255, 0]);
      expect(await pixel(withImage.body, 2, 2)).toEqual(await pixel(plain.body, 2, 2));
    });

    it('bounds every option (BAD_USER_INPUT naming the field)', async () => {
      const bobsImage = await upload(stack, bob, await makeImage('png', 8, 8));
      const cases: [Record<string, unknown>, string][] = [
        [{ width: 4097 }, 'transform.width'],
        [{ width: 0 }, 'transform.width'],
        [{ height: 5000 }, 'transform.height'],
        [{ quality: 0 }, 'transform.quality'],
        [{ quality: 101 }, 'transform.quality'],
        [{ rotate: 45 }, 'transform.rotate'],
        [{ fit: 'COVER' }, 'transform.fit'],
        [{ format: 'GIF' }, 'transform.format'],
        [{ crop: { left: 70, top: 0, width: 20, height: 10 } }, 'transform.crop.width'],
        [{ crop: { left: -1, top: 0, width: 20, height: 10 } }, 'transform.crop.left'],
        [{ crop: { left: 0, top: 40, width: 20, height: 10 } }, 'transform.crop.top'],
        [{ watermark: { text: 'a', imageId: bobsImage } }, 'transform.watermark'],
        [{ watermark: {} }, 'transform.watermark'],
        [{ watermark: { text: ' ' } }, 'transform.watermark.text'],
        [{ watermark: { text: 'x'.repeat(101) } }, 'transform.watermark.text'],
        [{ watermark: { text: 'ok', opacity: 0 } }, 'transform.watermark.opacity'],
        [{ watermark: { imageId: bobsImage } }, 'transform.watermark.imageId'],
        [{ watermark: { imageId: 'not-an-id' } }, 'transform.watermark.imageId'],
      ];
      for (const [t, field] of cases) {
        const res = await gql(stack.url, IMAGE_URL, { id: photo, t }, { token: alice.token });
        expect([JSON.stringify(t), errorCodes(res), res.body.errors?.[0]?.extensions?.field]).toEqual([
          JSON.stringify(t),
          ['BAD_USER_INPUT'],
          field,
        ]);
      }
    });
  });

  // Last: it moves the stack's clock past the URLs' lifetimes.
  it('refuses an expired upload URL and an expired image URL with 410', async () => {
    const id = await upload(stack, alice, await makeImage('png', 8, 8));
    const image = await transformUrl(stack, alice, id, { width: 4 });
    const target = await requestUpload(stack, alice);
    clock.advance(11 * 60_000);
    const sent = await sendBytes(stack, target.url, await makeImage('png', 4, 4));
    expect(sent.status).toBe(410);
    expect(sent.json.errors[0].message).toMatch(/expired/);
    expect(storedObjects(stack, target.imageId)).toEqual([]);
    // Image URLs live for 30 days, rounded up to a whole day.
    expect((await fetchImage(stack, image)).status).toBe(200);
    clock.advance(32 * 86_400_000);
    const expired = await fetchImage(stack, image);
    expect(expired.status).toBe(410);
    expect(JSON.parse(expired.body.toString()).errors[0].message).toMatch(/expired/);
  });
});
