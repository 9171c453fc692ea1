import type { IncomingMessage, ServerResponse } from 'node:http';
import { forwardedFor, sendGraphQLError, type HttpRoute, type SubgraphDeps } from '../../../kit';
import type { MediaConfig } from './config';
import type { MediaLoaders } from './context';
import { UPLOAD_PREFIX, type HttpAnswer, type MediaService } from './service';
import { TRANSFORM_PREFIX } from './transform';
import { fileRoutes } from './files/routes';
import type { FileService } from './files/service';
import { videoRoutes } from './video/routes';
import type { VideoService } from './video/service';
import { TEAM_DOWNLOAD_PREFIX, type TeamFileService } from './team/service';

/** Reads a body of at most `limit` bytes; a larger one is refused as soon as it is declared or grows past it. */
export function readLimited(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.resolve('too-large');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Nothing more is kept: the rest is discarded as it arrives, so the client (and the router in
        // between) can read the 413; a client that goes on far beyond the limit is cut off.
        req.off('data', onData);
        let discarded = 0;
        req.on('data', (more: Buffer) => {
          discarded += more.length;
          if (discarded > limit * 8) req.destroy();
        });
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function send(res: ServerResponse, answer: HttpAnswer, head: boolean): void {
  if ('code' in answer) {
    sendGraphQLError(res, answer.status, answer.code, answer.message, answer.headers);
    return;
  }
  // Images are for pages on other origins too (the kit's default lets only this origin embed them).
  res.setHeader('cross-origin-resource-policy', 'cross-origin');
  if (Buffer.isBuffer(answer.body)) {
    res.writeHead(answer.status, { ...answer.headers, 'content-length': String(answer.body.length) });
    res.end(head ? undefined : answer.body);
    return;
  }
  res.writeHead(answer.status, answer.headers);
  if (head) {
    res.end();
    return;
  }
  const stream = answer.body;
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

export function split(req: IncomingMessage): { path: string; query: URLSearchParams } {
  const url = new URL(req.url ?? '/', 'http://media.invalid');
  return { path: url.pathname, query: url.searchParams };
}

/**
 * media's public endpoints, proxied by the router under `/media/` (wiring.publicPaths): the signed
 * upload target and the signed transformation URLs. Neither has a session; the URL's signature is the
 * authority.
 */
export function mediaRoutes(
  deps: SubgraphDeps<MediaConfig, MediaLoaders>,
  service: MediaService,
  files: FileService,
  videos: VideoService,
  team: TeamFileService,
): HttpRoute[] {
  const upload = async (req: IncomingMessage, res: ServerResponse) => {
    const { path, query } = split(req);
    // The signature is checked before a byte of the body is read.
    const check = service.checkUploadUrl(deps, path, query);
    if ('status' in check) {
      req.resume();
      send(res, check, false);
      return;
    }
    const limit = deps.config.MEDIA_MAX_UPLOAD_BYTES;
    const body = await readLimited(req, limit);
    if (body === 'too-large') {
      send(res, { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `The image is larger than ${limit} bytes.` }, false);
      return;
    }
    send(res, await service.acceptUpload(deps.serviceDeps(), path, query, body), false);
  };
  const transform = async (req: IncomingMessage, res: ServerResponse) => {
    const { path, query } = split(req);
    const answer = await service.serveTransform(deps.serviceDeps(), path, query, forwardedFor(req), req.headers['if-none-match']);
    send(res, answer, req.method === 'HEAD');
  };
  const uploadPath = new RegExp(`^${UPLOAD_PREFIX}[^/]+$`);
  const transformPath = new RegExp(`^${TRANSFORM_PREFIX}`);
  return [
    { method: 'PUT', path: uploadPath, handler: upload },
    { method: 'POST', path: uploadPath, handler: upload },
    { method: 'GET', path: transformPath, handler: transform },
    ...fileRoutes(deps, files),
    ...videoRoutes(deps, videos),
    // Team files' signed downloads (GET and HEAD; other methods are refused by the signature's `m`).
    ...(['GET', 'HEAD', 'PUT', 'POST', 'DELETE'] as const).map((method) => ({
      method,
      path: new RegExp(`^${TEAM_DOWNLOAD_PREFIX}[^/]+$`),
      handler: async (req: IncomingMessage, res: ServerResponse) => {
        req.resume();
        const { path, query } = split(req);
        const m = req.method ?? 'GET';
        send(res, await team.serveDownload(deps.serviceDeps(), m, path, query), m === 'HEAD');
      },
    })),
  ];
}
