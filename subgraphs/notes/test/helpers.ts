import { request } from 'node:http';
import { Readable } from 'node:stream';
import { gql, type TestUser } from '../../../test/helpers/graphql';

export const NOTE_FIELDS = 'id title body html tags revision size createdAt updatedAt';

export async function createNote(url: string, user: TestUser, input: Record<string, unknown>) {
  const res = await gql(
    url,
    `mutation($input: CreateNoteInput!) { createNote(input: $input) { note { ${NOTE_FIELDS} } errors { field message code } } }`,
    { input },
    { token: user.token },
  );
  return res.body.data?.createNote ?? { errors: res.body.errors };
}

export async function requestUpload(url: string, user: TestUser, input: Record<string, unknown>) {
  const res = await gql(
    url,
    'mutation($input: RequestNoteUploadInput!) { requestNoteUpload(input: $input) { upload { url noteId expiresAt maxBytes } errors { field message code } } }',
    { input },
    { token: user.token },
  );
  return res.body.data?.requestNoteUpload ?? { errors: res.body.errors };
}

export interface RawAnswer {
  status: number;
  /** When `body` is a stream from {@link endlessMarkdown}: how many bytes it had produced when the answer's headers came. */
  producedAtAnswer?: number;
  body: any;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * Sends a body to a path of the router with node:http (so a test can stream a body that never ends in
 * memory, or declare a length it does not send). `body` may be a Buffer or a Readable.
 */
export function upload(
  routerUrl: string,
  path: string,
  body: Buffer | string | Readable,
  headers: Record<string, string> = { 'content-type': 'text/markdown; charset=utf-8' },
  method = 'PUT',
): Promise<RawAnswer> {
  const target = new URL(path, routerUrl);
  return new Promise((resolve, reject) => {
    const req = request(target, { method, headers }, (res) => {
      const producedAtAnswer = (body as Readable & { produced?: number }).produced;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // not JSON: the test sees the text
        }
        resolve({ status: res.statusCode ?? 0, body: parsed, headers: res.headers, producedAtAnswer });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body instanceof Readable) {
      body.on('error', () => req.destroy());
      body.pipe(req);
    } else {
      req.end(body);
    }
  });
}

/** A stream of `total` bytes of Markdown-looking text, made as it is read (never held in memory). */
export function endlessMarkdown(total: number): Readable & { produced: number } {
  const chunk = Buffer.alloc(64 * 1024, 'lorem ipsum ');
  const stream = new Readable({
    read() {
      if (stream.produced >= total) {
        this.push(null);
        return;
      }
      const piece = chunk.subarray(0, Math.min(chunk.length, total - stream.produced));
      stream.produced += piece.length;
      this.push(piece);
    },
  }) as Readable & { produced: number };
  stream.produced = 0;
  return stream;
}

export async function requestAttachment(url: string, user: TestUser, input: Record<string, unknown>) {
  const res = await gql(
    url,
    'mutation($input: RequestNoteAttachmentUploadInput!) { requestNoteAttachmentUpload(input: $input) { upload { url attachmentId expiresAt maxBytes } errors { field message code } } }',
    { input },
    { token: user.token },
  );
  return res.body.data?.requestNoteAttachmentUpload ?? { errors: res.body.errors };
}

/** GETs a path of the router; the body as bytes. */
export async function download(routerUrl: string, path: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const res = await fetch(new URL(path, routerUrl));
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}
