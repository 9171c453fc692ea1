import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpRoute, SubgraphDeps } from '../../../../kit';
import type { MediaConfig } from '../config';
import type { MediaLoaders } from '../context';
import { send, split } from '../routes';
import { VIDEO_PREFIX, type VideoService } from './service';

/** Playback under the router's `/media/` public path: `/media/v/<id>/[s/<exp>.<sig>/]<file>`, from storage. */
export function videoRoutes(deps: SubgraphDeps<MediaConfig, MediaLoaders>, videos: VideoService): HttpRoute[] {
  const play = async (req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    const { path, query } = split(req);
    const method = req.method ?? 'GET';
    send(res, await videos.serve(deps.serviceDeps(), method, path, query), method === 'HEAD');
  };
  const path = new RegExp(`^${VIDEO_PREFIX}`);
  return (['GET', 'HEAD', 'PUT', 'POST', 'DELETE'] as const).map((method) => ({ method, path, handler: play }));
}
