/**
 * The CV download endpoint: `GET /files/jobs/cv/<application id>?exp=…&sig=…`, reached through the
 * router's public path (wiring.publicPaths) with the client's credentials dropped; the signature from
 * `CvFile.downloadUrl` is the only authority. Always a download, never rendered on the router's origin.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendGraphQLError, type HttpRoute, type SubgraphDeps } from '../../../kit';
import type { JobsConfig } from './config';
import type { JobsLoaders } from './context';
import { CV_PATH, type JobsService } from './service';

export function downloadRoutes(service: JobsService, deps: SubgraphDeps<JobsConfig, JobsLoaders>): HttpRoute[] {
  const handler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://jobs.invalid');
    const found = await service.verifyCvUrl({ ...deps.serviceDeps(), clock: deps.clock }, url);
    if ('problem' in found) {
      if (found.problem === 'forbidden') sendGraphQLError(res, 403, 'FORBIDDEN', 'This download link is not valid or has expired.');
      else sendGraphQLError(res, 404, 'NOT_FOUND', 'This CV no longer exists.');
      return;
    }
    const { application } = found;
    const body = await service.storage(deps).get(application.cvKey);
    res.writeHead(200, {
      'content-type': application.cvContentType,
      'content-length': String(application.cvSize),
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(application.cvFileName)}`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'private, max-age=300',
    });
    body.on('error', () => res.destroy());
    body.pipe(res);
  };
  return [{ method: 'GET', path: new RegExp(`^${CV_PATH.replace(/\//g, '\\/')}[^/]+$`), handler }];
}
