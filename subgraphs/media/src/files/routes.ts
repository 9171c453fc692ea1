import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpRoute, SubgraphDeps } from '../../../../kit';
import type { MediaConfig } from '../config';
import type { MediaLoaders } from '../context';
import { readLimited, send, split } from '../routes';
import { FILE_DOWNLOAD_PREFIX, FILE_SHARE_PREFIX, FILE_UPLOAD_PREFIX, SHARE_PASSWORD_HEADER, type FileService } from './service';

const ALL_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD'] as const;

/**
 * File storage's public endpoints under the router's `/media/` public path: signed upload and part
 * targets (PUT), signed downloads (GET) and share links (GET). Each is registered for every method so
 * that a URL used with another method than the one signed into it is refused (403), not unrouted.
 */
export function fileRoutes(deps: SubgraphDeps<MediaConfig, MediaLoaders>, service: FileService): HttpRoute[] {
  const upload = async (req: IncomingMessage, res: ServerResponse) => {
    const { path, query } = split(req);
    const method = req.method ?? 'GET';
    const check = service.checkUploadUrl(deps, method, path, query);
    if ('status' in check) {
      req.resume();
      send(res, check, false);
      return;
    }
    const serviceDeps = deps.serviceDeps();
    const found = await service.pendingUpload(serviceDeps, check.uploadId, check.ownerId);
    if ('refused' in found) {
      req.resume();
      send(res, found.refused, false);
      return;
    }
    const pending = found.upload;
    // At most the declared size (a part: the part size) is read; a longer body is refused as it streams.
    const limit = pending.partSize === 0 ? pending.size : Math.min(pending.partSize, pending.size);
    const body = await readLimited(req, limit);
    if (body === 'too-large') {
      send(res, { status: 413, code: 'PAYLOAD_TOO_LARGE', message: `The body is larger than the ${limit} bytes declared.` }, false);
      return;
    }
    const answer =
      check.partNumber === null
        ? await service.acceptSingle(serviceDeps, pending, body)
        : await service.acceptPart(serviceDeps, pending, check.partNumber, body);
    send(res, answer, false);
  };
  const download = async (req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    const { path, query } = split(req);
    const method = req.method ?? 'GET';
    send(res, await service.serveDownload(deps.serviceDeps(), method, path, query), method === 'HEAD');
  };
  const share = async (req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    const { path } = split(req);
    const method = req.method ?? 'GET';
    const header = req.headers[SHARE_PASSWORD_HEADER];
    const password = Array.isArray(header) ? header[0] : header;
    const token = path.slice(FILE_SHARE_PREFIX.length);
    send(res, await service.serveShare(deps.serviceDeps(), method, token, password), method === 'HEAD');
  };
  const routes: HttpRoute[] = [];
  for (const method of ALL_METHODS) {
    routes.push({ method, path: new RegExp(`^${FILE_UPLOAD_PREFIX}[^/]+(/\\d{1,5})?$`), handler: upload });
    routes.push({ method, path: new RegExp(`^${FILE_DOWNLOAD_PREFIX}[^/]+$`), handler: download });
    routes.push({ method, path: new RegExp(`^${FILE_SHARE_PREFIX}[^/]+$`), handler: share });
  }
  return routes;
}
