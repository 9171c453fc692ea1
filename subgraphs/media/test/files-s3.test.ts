import { randomBytes } from 'node:crypto';
import { startFakeS3, type FakeS3 } from '../../../test/helpers/fake-s3';
import { gql, signUpUser, type TestUser } from '../../../test/helpers/graphql';
import { startTestStack, type TestStack } from '../../../test/helpers/stack';
import { makeImage } from './helpers';
import { COMPLETE, download, initiate, putBytes, sha, uploadFile } from './files-helpers';

const PART = 1_100_000;

describe('media: file storage on an S3-compatible store (loopback)', () => {
  let s3: FakeS3;
  let stack: TestStack;
  let alice: TestUser;

  beforeAll(async () => {
    s3 = await startFakeS3({ bucket: 'files-test' });
    stack = await startTestStack({
      only: ['identity', 'media'],
      env: {
        STORAGE_URL: 's3://files-test/store',
        S3_ENDPOINT: s3.endpoint,
        S3_ACCESS_KEY_ID: s3.accessKeyId,
        S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
        FILES_PART_BYTES: String(PART),
        FILES_SWEEP_MS: '0',
      },
    });
    alice = await signUpUser(stack.url, 'alice');
  });

  afterAll(async () => {
    await stack?.stop();
    await s3?.close();
  });

  const keys = (prefix: string) => [...s3.objects.keys()].filter((key) => key.startsWith(prefix)).sort();

  it('stores a single upload and a multipart upload as objects, with the sniffed type, and deletes the parts', async () => {
    const png = await makeImage('png', 16, 16);
    const small = await uploadFile(stack, alice, 'pic.bin', png);
    expect(small.contentType).toBe('image/png');
    const versionId = (
      await gql(stack.url, `query($id: ID!) { storedFile(id: $id) { currentVersion { id } } }`, { id: small.id }, { token: alice.token })
    ).body.data.storedFile.currentVersion.id;
    expect(s3.objects.get(`store/files/v/${versionId}`)).toMatchObject({ body: png, contentType: 'image/png' });

    const bytes = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(PART + 5000)]);
    const upload = await initiate(stack, alice, { name: 'archive.zip', size: bytes.length, sha256: sha(bytes) });
    const parts = [];
    for (const part of upload.parts) {
      const sent = await putBytes(stack, part.url, bytes.subarray((part.partNumber - 1) * PART, (part.partNumber - 1) * PART + part.size));
      expect(sent.status).toBe(200);
      parts.push({ partNumber: part.partNumber, etag: sent.headers.get('etag') });
    }
    expect(keys(`store/files/uploads/${upload.uploadId}/`)).toHaveLength(2);
    const done = await gql(stack.url, COMPLETE, { id: upload.uploadId, parts }, { token: alice.token });
    const file = done.body.data.completeMultipartFileUpload.file;
    expect(file).toMatchObject({ contentType: 'application/zip', size: bytes.length, sha256: sha(bytes) });
    expect(keys(`store/files/uploads/${upload.uploadId}/`)).toEqual([]);
    const got = await download(stack, file.downloadUrl);
    expect([got.status, got.body.equals(bytes)]).toEqual([200, true]);
  });
});
