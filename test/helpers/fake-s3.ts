/**
 * A small S3-compatible server on loopback for tests (path-style: `/<bucket>/<key>`), in memory:
 * PutObject, GetObject, HeadObject, DeleteObject, ListObjectsV2 (prefix, max-keys, continuation
 * token) and multipart upload (create, upload part, complete, abort). Every request must carry a
 * SigV4 `Authorization` header naming the configured access key (the signature itself is not
 * recomputed); anything else is answered 403 AccessDenied, as S3 would.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo } from 'node:net';

export interface FakeS3Object {
  body: Buffer;
  contentType?: string;
  etag: string;
  lastModified: Date;
}

export interface FakeS3 {
  endpoint: string;
  accessKeyId: string;
  secretAccessKey: string;
  bucket: string;
  /** key → object (one bucket) */
  objects: Map<string, FakeS3Object>;
  /** One line per request: `METHOD /path?query`. */
  requests: string[];
  /** Multipart uploads created and not yet completed or aborted. */
  openUploads(): number;
  close(): Promise<void>;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function sendXml(res: ServerResponse, status: number, body: string): void {
  const text = `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
  res.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  sendXml(res, status, `<Error><Code>${code}</Code><Message>${xmlEscape(message)}</Message></Error>`);
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Undoes `Content-Encoding: aws-chunked` (`<hex size>[;chunk-signature=…]\r\n<data>\r\n … 0\r\n<trailers>`). */
function decodeAwsChunked(raw: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = raw.indexOf('\r\n', at);
    if (eol < 0) throw new Error('bad aws-chunked body');
    const size = parseInt(raw.subarray(at, eol).toString('latin1').split(';')[0]!, 16);
    if (!Number.isFinite(size)) throw new Error('bad aws-chunked size');
    if (size === 0) return Buffer.concat(out);
    out.push(raw.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
}

export async function startFakeS3(options: { bucket?: string; accessKeyId?: string; secretAccessKey?: string } = {}): Promise<FakeS3> {
  const bucket = options.bucket ?? 'backups';
  const accessKeyId = options.accessKeyId ?? 'FAKEKEYID';
  const secretAccessKey = options.secretAccessKey ?? 'fake-secret-key';
  const objects = new Map<string, FakeS3Object>();
  const uploads = new Map<string, { key: string; contentType?: string; parts: Map<number, Buffer> }>();
  const requests: string[] = [];
  const etagOf = (body: Buffer) => `"${createHash('md5').update(body).digest('hex')}"`;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://fake-s3');
    const method = req.method ?? 'GET';
    requests.push(`${method} ${url.pathname}${url.search}`);
    const auth = req.headers.authorization ?? '';
    const match =
      /^AWS4-HMAC-SHA256 Credential=([^/]+)\/\d{8}\/[^/]+\/s3\/aws4_request, ?SignedHeaders=[^,]+, ?Signature=[0-9a-f]{64}$/.exec(auth);
    if (!match) return sendError(res, 403, 'AccessDenied', 'missing or malformed SigV4 Authorization header');
    if (match[1] !== accessKeyId)
      return sendError(res, 403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.');

    const [, bucketName = '', ...keyParts] = url.pathname.split('/');
    const key = decodeURIComponent(keyParts.join('/'));
    if (bucketName !== bucket) return sendError(res, 404, 'NoSuchBucket', `no bucket ${bucketName}`);
    const q = url.searchParams;

    if (!key) {
      if (method === 'GET' && q.get('list-type') === '2') {
        const prefix = q.get('prefix') ?? '';
        const max = Math.min(Number(q.get('max-keys') ?? 1000), 1000);
        const after = q.get('continuation-token')
          ? Buffer.from(q.get('continuation-token')!, 'base64url').toString()
          : (q.get('start-after') ?? '');
        const keys = [...objects.keys()].filter((k) => k.startsWith(prefix) && k > after).sort();
        const page = keys.slice(0, max);
        const truncated = keys.length > max;
        const contents = page
          .map((k) => {
            const o = objects.get(k)!;
            return `<Contents><Key>${xmlEscape(k)}</Key><LastModified>${o.lastModified.toISOString()}</LastModified><ETag>${xmlEscape(o.etag)}</ETag><Size>${o.body.length}</Size><StorageClass>STANDARD</StorageClass></Contents>`;
          })
          .join('');
        const next = truncated
          ? `<NextContinuationToken>${Buffer.from(page[page.length - 1]!).toString('base64url')}</NextContinuationToken>`
          : '';
        return sendXml(
          res,
          200,
          `<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><Name>${bucket}</Name><Prefix>${xmlEscape(prefix)}</Prefix><KeyCount>${page.length}</KeyCount><MaxKeys>${max}</MaxKeys><IsTruncated>${truncated}</IsTruncated>${contents}${next}</ListBucketResult>`,
        );
      }
      return sendError(res, 400, 'NotImplemented', 'bucket operation not supported by fake-s3');
    }

    if (method === 'POST' && q.has('uploads')) {
      const uploadId = randomBytes(8).toString('hex');
      uploads.set(uploadId, { key, contentType: req.headers['content-type'], parts: new Map() });
      return sendXml(
        res,
        200,
        `<InitiateMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${xmlEscape(key)}</Key><UploadId>${uploadId}</UploadId></InitiateMultipartUploadResult>`,
      );
    }
    const uploadId = q.get('uploadId');
    if (uploadId !== null) {
      const upload = uploads.get(uploadId);
      if (!upload || upload.key !== key) return sendError(res, 404, 'NoSuchUpload', 'no such upload');
      if (method === 'PUT') {
        const partNumber = Number(q.get('partNumber'));
        let body = await readBody(req);
        if (String(req.headers['content-encoding'] ?? '').includes('aws-chunked')) body = decodeAwsChunked(body);
        upload.parts.set(partNumber, body);
        res.writeHead(200, { etag: etagOf(body) });
        return void res.end();
      }
      if (method === 'POST') {
        const xml = (await readBody(req)).toString();
        const numbers = [...xml.matchAll(/<PartNumber>(\d+)<\/PartNumber>/g)].map((m) => Number(m[1]));
        const parts = numbers.map((n) => upload.parts.get(n));
        if (!numbers.length || parts.some((p) => !p)) return sendError(res, 400, 'InvalidPart', 'a listed part was not uploaded');
        const body = Buffer.concat(parts as Buffer[]);
        const etag = `"${createHash('md5').update(body).digest('hex')}-${numbers.length}"`;
        objects.set(key, { body, contentType: upload.contentType, etag, lastModified: new Date() });
        uploads.delete(uploadId);
        return sendXml(
          res,
          200,
          `<CompleteMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${xmlEscape(key)}</Key><ETag>${xmlEscape(etag)}</ETag></CompleteMultipartUploadResult>`,
        );
      }
      if (method === 'DELETE') {
        uploads.delete(uploadId);
        res.writeHead(204);
        return void res.end();
      }
    }

    if (method === 'PUT') {
      let body = await readBody(req);
      if (String(req.headers['content-encoding'] ?? '').includes('aws-chunked')) body = decodeAwsChunked(body);
      const etag = etagOf(body);
      objects.set(key, { body, contentType: req.headers['content-type'], etag, lastModified: new Date() });
      res.writeHead(200, { etag });
      return void res.end();
    }
    const object = objects.get(key);
    if (method === 'GET' || method === 'HEAD') {
      if (!object) {
        if (method === 'HEAD') {
          res.writeHead(404);
          return void res.end();
        }
        return sendError(res, 404, 'NoSuchKey', 'The specified key does not exist.');
      }
      res.writeHead(200, {
        'content-length': object.body.length,
        'content-type': object.contentType ?? 'application/octet-stream',
        etag: object.etag,
        'last-modified': object.lastModified.toUTCString(),
      });
      return void res.end(method === 'GET' ? object.body : undefined);
    }
    if (method === 'DELETE') {
      objects.delete(key);
      res.writeHead(204);
      return void res.end();
    }
    return sendError(res, 405, 'MethodNotAllowed', `${method} not supported`);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => sendError(res, 500, 'InternalError', String(error)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    accessKeyId,
    secretAccessKey,
    bucket,
    objects,
    requests,
    openUploads: () => uploads.size,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
