import sharp from 'sharp';
import { startFakeS3, type FakeS3 } from '../../../test/helpers/fake-s3';
import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { MediaImage } from '../src/entities';
import { DELETE, fetchImage, makeImage, storedImageIds, transformUrl, upload } from './helpers';

describe('media: originals and derivatives in S3', () => {
  let s3: FakeS3;
  let stack: TestStack;
  let alice: TestUser;

  beforeAll(async () => {
    s3 = await startFakeS3({ bucket: 'media-test' });
    stack = await startTestStack({
      only: ['identity', 'media'],
      env: {
        STORAGE_URL: 's3://media-test/images',
        S3_ENDPOINT: s3.endpoint,
        S3_ACCESS_KEY_ID: s3.accessKeyId,
        S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
        SEED_DEMO_DATA: 'true',
      },
    });
    alice = await signUpUser(stack.url, 'alice');
  });

  afterAll(async () => {
    await stack?.stop();
    await s3?.close();
  });

  it('seeds two demo images for the demo user, bytes included', async () => {
    const media = stack.subgraphs.find((s) => s.name === 'media')!;
    const rows = await media.orm.em.fork().find(MediaImage, { ownerId: '01900000-0000-7000-8000-000000000002' });
    expect(rows.map((r) => [r.format, r.width, r.height]).sort()).toEqual([
      ['JPEG', 640, 400],
      ['PNG', 640, 400],
    ]);
    for (const row of rows) {
      const stored = s3.objects.get(`images/media/${row.id}/original`);
      expect(stored?.body.length).toBe(row.size);
      expect((await sharp(stored!.body).metadata()).width).toBe(640);
    }
  });

  const keysOf = (id: string) => [...s3.objects.keys()].filter((key) => key.includes(id)).sort();

  it('stores the original, caches a derivative and deletes both', async () => {
    const bytes = await makeImage('jpeg', 50, 30);
    const id = await upload(stack, alice, bytes);
    expect(keysOf(id)).toEqual([`images/media/${id}/original`]);
    expect(s3.objects.get(`images/media/${id}/original`)).toMatchObject({ body: bytes, contentType: 'image/jpeg' });
    expect(storedImageIds(stack)).toEqual([]);

    const url = await transformUrl(stack, alice, id, { width: 25, format: 'PNG' });
    const first = await fetchImage(stack, url);
    expect([first.status, first.headers.get('x-media-cache')]).toEqual([200, 'MISS']);
    expect(await sharp(first.body).metadata()).toMatchObject({ format: 'png', width: 25, height: 15 });
    expect(keysOf(id)).toHaveLength(2);
    const second = await fetchImage(stack, url);
    expect([second.status, second.headers.get('x-media-cache'), second.headers.get('content-type')]).toEqual([200, 'HIT', 'image/png']);
    expect(second.body.equals(first.body)).toBe(true);

    const deleted = await gql(stack.url, DELETE, { id }, { token: alice.token });
    expect(deleted.body.data.deleteImage).toEqual({ deletedId: id, errors: [] });
    expect(keysOf(id)).toEqual([]);
  });
});
