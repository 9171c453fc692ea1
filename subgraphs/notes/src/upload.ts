/**
 * The upload endpoint of signed note URLs: `PUT` (or `POST`) `/uploads/notes/<note id>?…&sig=…`,
 * reached through the router's public path (wiring.publicPaths) with the client's credentials
 * dropped; the signature in the URL is the only authority. The body is the Markdown file itself,
 * streamed and counted: a declared or actual size over NOTES_MAX_BODY_BYTES is answered 413 as soon
 * as it is known, without buffering the rest. Then it must be UTF-8 text (415 for another content
 * type, a charset other than UTF-8 or binary control bytes; 400 for bytes that are not UTF-8), and
 * only then is anything written. Errors are JSON: `{ errors: [{ message, extensions: { code } }] }`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendGraphQLError, sendJson, type HttpRoute, type SubgraphDeps } from '../../../kit';
import type { NotesConfig } from './config';
import type { NotesLoaders } from './context';
import { UPLOAD_PATH, UploadRefused, type NoteService } from './service';

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
    try {
      const url = new URL(req.url ?? '/', 'http://notes.invalid');
      const grant = service.verifyUpload(deps, url, deps.clock);
      checkContentType(req.headers['content-type']);
      const declared = req.headers['content-length'];
      if (declared !== undefined && Number(declared) > max) {
        throw new UploadRefused(413, 'PAYLOAD_TOO_LARGE', `The file is larger than the limit of ${max} bytes.`);
      }
      const text = decodeMarkdown(await readWithin(req, max));
      const note = await service.saveUpload(deps.serviceDeps(), grant, text);
      sendJson(res, 201, { note: { id: note.id, title: note.title, revision: note.revision, size: note.bodyBytes, tags: note.tags } });
    } catch (error) {
      if (!(error instanceof UploadRefused)) throw error;
      // Whatever of the body is left is read and dropped, so the connection stays usable.
      req.resume();
      sendGraphQLError(res, error.status, error.code, error.message);
    }
  };
  const path = new RegExp(`^${UPLOAD_PATH.replace(/\//g, '\\/')}[^/]+$`);
  return [
    { method: 'PUT', path, handler },
    { method: 'POST', path, handler },
  ];
}
