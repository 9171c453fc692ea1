/**
 * The upload endpoint of signed note URLs: `PUT` (or `POST`) `/uploads/notes/<note id>?…&sig=…`,
 * reached through the router's public path (wiring.publicPaths) with the client's credentials
 * dropped; the signature in the URL is the only authority. The body is the Markdown file itself,
 * streamed and counted: a size over NOTES_MAX_BODY_BYTES is answered 413 as soon as the limit is
 * passed, without buffering the rest. Then it must be UTF-8 text (415 for another content
 * type, a charset other than UTF-8 or binary control bytes; 400 for bytes that are not UTF-8), and
 * only then is anything written. Errors are JSON: `{ errors: [{ message, extensions: { code } }] }`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Transform } from 'node:stream';
import { sendGraphQLError, sendJson, type HttpRoute, type SubgraphDeps } from '../../../kit';
import type { NotesConfig } from './config';
import type { NotesLoaders } from './context';
import { ATTACHMENT_PATH, UPLOAD_PATH, UploadRefused, type NoteService } from './service';

const ACCEPTED_TYPES = new Set(['text/markdown', 'text/x-markdown', 'text/plain']);
// eslint-disable-next-line no-control-regex
const BINARY = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

/** Checks the declared content type: Markdown or plain text, in UTF-8 (or no charset, meaning UTF-8). */
function checkContentType(header: string | undefined): void {
  const [type = '', ...params] = (header ?? '').split(';').map((part) => part.trim().toLowerCase());
  if (!ACCEPTED_TYPES.has(type)) {
    throw new UploadRefused(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'Upload a Markdown file with Content-Type text/markdown (or text/plain), charset UTF-8.',
    );
  }
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new UploadRefused(415, 'UNSUPPORTED_MEDIA_TYPE', `Only UTF-8 Markdown is accepted, not charset ${charset.slice(0, 40)}.`);
  }
}

/** The body, or an UploadRefused 413 as soon as it grows past `max` bytes (the rest is discarded, not kept). */
function readWithin(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const tooLarge = () => new UploadRefused(413, 'PAYLOAD_TOO_LARGE', `The file is larger than the limit of ${max} bytes.`);
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off('data', onData);
        chunks.length = 0;
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Before answering a refusal, reads (and drops) what the client has sent, up to `max` bytes: a
 * proxied connection answered while a large body is still in flight at its very first byte could
 * otherwise be left unusable for the next request on the same keep-alive socket.
 */
function settle(req: IncomingMessage, max: number): Promise<void> {
  if (req.readableEnded) return Promise.resolve();
  return new Promise((resolve) => {
    let size = 0;
    const done = () => {
      req.off('data', onData);
      req.off('end', done);
      req.off('error', done);
      resolve();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) done();
    };
    req.on('data', onData);
    req.on('end', done);
    req.on('error', done);
  });
}

/** The uploaded bytes as text: UTF-8 without binary control characters, a leading BOM dropped. */
function decodeMarkdown(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UploadRefused(400, 'BAD_USER_INPUT', 'The file is not valid UTF-8 text.');
  }
  if (BINARY.test(text))
    throw new UploadRefused(415, 'UNSUPPORTED_MEDIA_TYPE', 'The file looks binary (control bytes); upload Markdown text.');
  return text;
}

/** The routes of the upload endpoint, for the definition's `routes(deps)`. */
export function uploadRoutes(service: NoteService, deps: SubgraphDeps<NotesConfig, NotesLoaders>): HttpRoute[] {
  const max = deps.config.NOTES_MAX_BODY_BYTES;
  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let bodyRead = false;
    try {
      const url = new URL(req.url ?? '/', 'http://notes.invalid');
      const grant = service.verifyUpload(deps, url, deps.clock);
      checkContentType(req.headers['content-type']);
      bodyRead = true;
      const text = decodeMarkdown(await readWithin(req, max));
      const note = await service.saveUpload(deps.serviceDeps(), grant, text);
      sendJson(res, 201, { note: { id: note.id, title: note.title, revision: note.revision, size: note.bodyBytes, tags: note.tags } });
    } catch (error) {
      if (!(error instanceof UploadRefused)) throw error;
      // Refused before the body was read: read up to the limit first. Whatever is left is dropped.
      if (!bodyRead) await settle(req, max);
      req.resume();
      sendGraphQLError(res, error.status, error.code, error.message);
    }
  };
  const maxAttachment = deps.config.NOTES_MAX_ATTACHMENT_BYTES;
  const attachmentUpload = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let bodyRead = false;
    try {
      const url = new URL(req.url ?? '/', 'http://notes.invalid');
      const grant = service.verifyAttachmentUpload(deps, url, deps.clock);
      const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (type !== grant.contentType) {
        throw new UploadRefused(
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          `This URL takes a ${grant.contentType} file (Content-Type ${grant.contentType}).`,
        );
      }
      const tooLarge = () => new UploadRefused(413, 'PAYLOAD_TOO_LARGE', `The file is larger than the limit of ${maxAttachment} bytes.`);
      const attachment = await service.saveAttachment(deps.serviceDeps(), grant, async (storage, key) => {
        // Counted on the way to storage: the object is never longer than the limit, and a refused one is removed.
        let size = 0;
        let refused: UploadRefused | undefined;
        const counter = new Transform({
          transform(chunk: Buffer, _encoding, done) {
            size += chunk.length;
            if (size > maxAttachment) {
              refused = tooLarge();
              done(refused);
              return;
            }
            done(null, chunk);
          },
        });
        bodyRead = true;
        req.on('error', (error) => counter.destroy(error));
        try {
          await storage.put(key, req.pipe(counter), { contentType: grant.contentType });
        } catch (error) {
          throw refused ?? error;
        }
        if (refused) throw refused;
        return size;
      });
      sendJson(res, 201, {
        attachment: { id: attachment.id, fileName: attachment.fileName, contentType: attachment.contentType, size: attachment.size },
      });
    } catch (error) {
      if (!(error instanceof UploadRefused)) throw error;
      if (!bodyRead) await settle(req, maxAttachment);
      req.resume();
      sendGraphQLError(res, error.status, error.code, error.message);
    }
  };
  const download = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      const url = new URL(req.url ?? '/', 'http://notes.invalid');
      const serviceDeps = deps.serviceDeps();
      const attachment = await service.verifyDownload(serviceDeps, url, deps.clock);
      const body = await service.storage(deps).get(attachment.storageKey);
      res.writeHead(200, {
        'content-type': attachment.contentType,
        'content-length': String(attachment.size),
        // Always a download, never rendered on the router's origin.
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
        'cache-control': 'private, max-age=300',
      });
      if (req.method === 'HEAD') {
        body.destroy();
        res.end();
        return;
      }
      body.on('error', () => res.destroy());
      body.pipe(res);
    } catch (error) {
      if (!(error instanceof UploadRefused)) throw error;
      sendGraphQLError(res, error.status, error.code, error.message);
    }
  };
  const path = new RegExp(`^${UPLOAD_PATH.replace(/\//g, '\\/')}[^/]+$`);
  const attachmentPath = new RegExp(`^${ATTACHMENT_PATH.replace(/\//g, '\\/')}[^/]+$`);
  return [
    { method: 'PUT', path: attachmentPath, handler: attachmentUpload },
    { method: 'POST', path: attachmentPath, handler: attachmentUpload },
    { method: 'GET', path: attachmentPath, handler: download },
    { method: 'PUT', path, handler },
    { method: 'POST', path, handler },
  ];
}
