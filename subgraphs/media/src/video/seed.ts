import { createHash } from 'node:crypto';
import type { Em, SubgraphDeps } from '../../../../kit';
import type { MediaConfig } from '../config';
import type { MediaLoaders } from '../context';
import { FileFolder, FileQuota, FileVersion, ROOT_KEY, StoredFile } from '../files/entities';
import { versionKey } from '../files/service';
import { resources } from '../resources';
import { Video } from './entities';
import { ffmpegPath, makeTestClip } from './ffmpeg';

/**
 * The demo user's video: a 3 s 640×480 test pattern drawn by ffmpeg, stored as `test-pattern.mp4` in
 * their Documents folder (counted in their quota) and queued as a PUBLIC video, so the worker
 * transcodes it into 240p and 480p after `npm start`. Skipped when they have a video, and (with a
 * warning) when ffmpeg cannot run.
 */
export async function seedVideos(em: Em, deps: SubgraphDeps<MediaConfig, MediaLoaders>, ownerId: string): Promise<void> {
  if (await em.count(Video, { ownerId })) return;
  let clip: Buffer;
  try {
    clip = await makeTestClip(ffmpegPath(deps.config), { width: 640, height: 480, seconds: 3 });
  } catch (error) {
    deps.log.warn({ err: String(error) }, 'no demo video: ffmpeg could not draw the clip');
    return;
  }
  const folder = await em.findOne(FileFolder, { ownerId, parentKey: ROOT_KEY, name: 'Documents' });
  const file = em.create(StoredFile, {
    ownerId,
    folderId: folder?.id ?? null,
    folderKey: folder?.id ?? ROOT_KEY,
    name: 'test-pattern.mp4',
    currentVersionId: '',
    versionCount: 1,
  } as never) as { id: string; currentVersionId: string };
  const version = em.create(FileVersion, {
    fileId: file.id,
    ownerId,
    number: 1,
    size: clip.length,
    contentType: 'video/mp4',
    sha256: createHash('sha256').update(clip).digest('hex'),
  } as never) as { id: string };
  file.currentVersionId = version.id;
  await resources.get(deps).storage.put(versionKey(version.id), clip, { contentType: 'video/mp4' });
  const quota = await em.findOne(FileQuota, { ownerId });
  if (quota) quota.usedBytes += clip.length;
  else em.create(FileQuota, { ownerId, usedBytes: clip.length } as never);
  em.create(Video, {
    ownerId,
    sourceFileId: file.id,
    sourceVersionId: version.id,
    title: 'Test pattern (demo)',
    visibility: 'PUBLIC',
    status: 'QUEUED',
    progress: 0,
    attempts: 0,
  } as never);
  await em.flush();
}
